"""Demo content of the experts: the roles of all four countries, the themes and regions, an
expert directory per language and eight experts per organisation, each written in their
organisation's language and translated into the other three. The texts live in
experts/demo_data/: vocabulary.py and one module an organisation.
"""

import datetime
import importlib
import pkgutil

from wagtail.models import Collection

from home.demo import demo_key, draw_image, ensure_locales, ensure_snippet
from home.models import HomePage
from organisations.demo import DemoTree, organisation_page

from . import demo_data
from .demo_data.vocabulary import REGIONS, ROLES, THEMES
from .models import ExpertIndexPage, ExpertProfilePage, ExpertRole, ExpertTheme, Region, Theme

COUNTRY_LANGUAGES = {"EE": "et", "FI": "fi", "LV": "lv", "NO": "nb"}
# Themes belong to no country; their names were written in Finnish first.
THEME_SOURCE_LANGUAGE = "fi"
PHOTO_COLOURS = ["#1f5f5b", "#34456f", "#7a3b52", "#4d5b23", "#6b4a2b", "#2f5d7c", "#5c3f7a", "#805020"]
CONSENT_GIVEN_ON = datetime.date(2025, 9, 1)
CONSENT_WITHDRAWN_ON = datetime.date(2026, 3, 15)

DIRECTORY = {
    "et": {
        "title": "Kogemuseksperdid",
        "slug": "kogemuseksperdid",
        "intro": "Leia kogemusekspert oma loengule, koolitusele, paneelile või arendustööle. Vali teema, keel, piirkond ja töövorm ning telli otse eksperdi lehelt.",
    },
    "fi": {
        "title": "Kokemusasiantuntijat",
        "slug": "kokemusasiantuntijat",
        "intro": "Löydä kokemusasiantuntija luennolle, koulutukseen, paneeliin tai kehittämistyöhön. Rajaa teeman, kielen, alueen ja työtavan mukaan ja tilaa suoraan asiantuntijan sivulta.",
    },
    "lv": {
        "title": "Pieredzes eksperti",
        "slug": "pieredzes-eksperti",
        "intro": "Atrodiet pieredzes ekspertu lekcijai, apmācībām, diskusijai vai attīstības darbam. Atlasiet pēc tēmas, valodas, reģiona un darba formas un pasūtiet tieši eksperta lapā.",
    },
    "nb": {
        "title": "Erfaringseksperter",
        "slug": "erfaringseksperter",
        "intro": "Finn en erfaringsekspert til foredrag, opplæring, panel eller utviklingsarbeid. Velg tema, språk, region og arbeidsform, og bestill rett fra ekspertens side.",
    },
}


def load_vocabulary(locales):
    """The roles, themes and regions by key, each in its source language."""
    roles = {
        role["key"]: ensure_snippet(
            ExpertRole,
            role["key"],
            role["source_language"],
            locales,
            role["content"],
            {"country": role["country"], "training_hours": role["training_hours"], "sort_order": role["sort_order"]},
        )
        for role in ROLES
    }
    themes = {
        theme["key"]: ensure_snippet(
            Theme, theme["key"], THEME_SOURCE_LANGUAGE, locales, {code: {"name": name} for code, name in theme["names"].items()}
        )
        for theme in THEMES
    }
    regions = {
        region["key"]: ensure_snippet(
            Region,
            region["key"],
            COUNTRY_LANGUAGES[region["country"]],
            locales,
            {code: {"name": name} for code, name in region["names"].items()},
            {"country": region["country"]},
        )
        for region in REGIONS
    }
    return roles, themes, regions


def expert_modules():
    for module in pkgutil.iter_modules(demo_data.__path__):
        data = importlib.import_module(f"{demo_data.__name__}.{module.name}")
        if hasattr(data, "EXPERTS"):
            yield data


def theme_consents(expert, themes):
    """The expert's theme links: consent given for each theme, and withdrawn for some."""

    def links():
        given = [ExpertTheme(theme=themes[key], consent_given_on=CONSENT_GIVEN_ON) for key in expert["themes"]]
        withdrawn = [
            ExpertTheme(theme=themes[key], consent_given_on=CONSENT_GIVEN_ON, consent_withdrawn_on=CONSENT_WITHDRAWN_ON)
            for key in expert["withdrawn_themes"]
        ]
        return given + withdrawn

    return links


def load_experts(tree, module, vocabulary):
    roles, themes, regions = vocabulary
    organisation = organisation_page(module.ORGANISATION_KEY, tree.locales)
    source_language = organisation.locale.language_code
    collection = Collection.objects.filter(name=organisation.title).first()
    for number, expert in enumerate(module.EXPERTS):
        photo = None
        if expert["photo"]:
            initials = "".join(part[0] for part in expert["name"].split()[:2])
            colour = PHOTO_COLOURS[number % len(PHOTO_COLOURS)]
            photo = draw_image(expert["name"], (640, 640), colour, initials=initials, collection=collection)
        texts = {
            code: {
                "title": expert["name"],
                "slug": expert["slug"],
                "summary": content["summary"],
                "own_words": content["own_words"],
                "training_programme": content["training_programme"],
                "services": [["price_table", table] for table in content["services"]],
            }
            for code, content in expert["content"].items()
        }
        shared = {
            "is_pseudonym": expert["is_pseudonym"],
            "photo": photo,
            "role": roles[expert["role"]],
            "availability": expert["availability"],
            "training_hours": expert["training_hours"],
            "training_year": expert["training_year"],
            "assignment_types": expert["assignment_types"],
            "audiences": expert["audiences"],
            "languages": expert["languages"],
            "formats": expert["formats"],
            "regions": [regions[key] for key in expert["regions"]],
            "theme_consents": theme_consents(expert, themes),
            "show_in_menus": False,
        }
        tree.ensure(organisation, ExpertProfilePage, expert["key"], source_language, texts, shared)
    tree.translate()


def load():
    locales = ensure_locales()
    vocabulary = load_vocabulary(locales)
    tree = DemoTree(locales)
    home = HomePage.objects.get(translation_key=demo_key("home"), locale=locales["fi"])
    tree.ensure(home, ExpertIndexPage, "experts", "fi", DIRECTORY, {"show_in_menus": True})
    tree.translate()
    for module in expert_modules():
        load_experts(tree, module, vocabulary)
