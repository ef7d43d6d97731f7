"""Demo stories: a story index per language and six stories per organisation, each written in
its organisation's language by a fictional author and translated into the other three. The
texts live in stories/demo_data/, one module an organisation.
"""

import datetime
import importlib
import pkgutil

from django.conf import settings
from django.utils.text import slugify
from wagtail.models import Collection

from home.demo import demo_key, draw_image, ensure_locales, ensure_snippet
from home.models import HomePage
from organisations.demo import DemoTree, organisation_page

from . import demo_data
from .comments import Comment
from .models import RelatedStory, StoryAuthor, StoryIndexPage, StoryPage, Topic

# Topics were named in Finnish first: (name, address part) in each language.
TOPIC_SOURCE_LANGUAGE = "fi"
TOPICS = {
    "topic-recovery": {
        "et": ("Taastumine", "taastumine"),
        "fi": ("Toipuminen", "toipuminen"),
        "lv": ("Atveseļošanās", "atveselosanas"),
        "nb": ("Bedring", "bedring"),
    },
    "topic-peer-support": {
        "et": ("Kogemusnõustamine", "kogemusnoustamine"),
        "fi": ("Vertaistuki", "vertaistuki"),
        "lv": ("Līdzinieku atbalsts", "lidzinieku-atbalsts"),
        "nb": ("Likepersonsarbeid", "likepersonsarbeid"),
    },
    "topic-family": {
        "et": ("Pere ja lähedased", "pere-ja-lahedased"),
        "fi": ("Perhe ja läheiset", "perhe-ja-laheiset"),
        "lv": ("Ģimene un tuvinieki", "gimene-un-tuvinieki"),
        "nb": ("Familie og pårørende", "familie-og-parorende"),
    },
    "topic-youth": {
        "et": ("Noored", "noored"),
        "fi": ("Nuoret", "nuoret"),
        "lv": ("Jaunieši", "jauniesi"),
        "nb": ("Unge", "unge"),
    },
    "topic-training": {
        "et": ("Väljaõpe", "valjaope"),
        "fi": ("Koulutus", "koulutus"),
        "lv": ("Apmācības", "apmacibas"),
        "nb": ("Opplæring", "opplaering"),
    },
    "topic-working-life": {
        "et": ("Tööelu", "tooelu"),
        "fi": ("Työelämä", "tyoelama"),
        "lv": ("Darba dzīve", "darba-dzive"),
        "nb": ("Arbeidsliv", "arbeidsliv"),
    },
    "topic-services": {
        "et": ("Teenuste arendamine", "teenuste-arendamine"),
        "fi": ("Palvelujen kehittäminen", "palvelujen-kehittaminen"),
        "lv": ("Pakalpojumu attīstība", "pakalpojumu-attistiba"),
        "nb": ("Tjenesteutvikling", "tjenesteutvikling"),
    },
    "topic-inclusion": {
        "et": ("Kaasamine", "kaasamine"),
        "fi": ("Osallisuus", "osallisuus"),
        "lv": ("Iekļaušana", "ieklausana"),
        "nb": ("Inkludering", "inkludering"),
    },
    "topic-projects": {
        "et": ("Projektid", "projektid"),
        "fi": ("Hankkeet", "hankkeet"),
        "lv": ("Projekti", "projekti"),
        "nb": ("Prosjekter", "prosjekter"),
    },
}

INDEX = {
    "et": {
        "title": "Lood",
        "slug": "lood",
        "intro": "Kogemusekspertide, nende koolitajate ja koostööpartnerite lood: taastumisest, esimestest ülesannetest ja sellest, mida kogemus teistele annab.",
    },
    "fi": {
        "title": "Tarinat",
        "slug": "tarinat",
        "intro": "Kokemusasiantuntijoiden, heidän kouluttajiensa ja yhteistyökumppaneidensa kirjoituksia toipumisesta, ensimmäisistä tehtävistä ja siitä, mitä kokemus antaa muille.",
    },
    "lv": {
        "title": "Stāsti",
        "slug": "stasti",
        "intro": "Pieredzes ekspertu, viņu apmācītāju un sadarbības partneru stāsti par atveseļošanos, pirmajiem uzdevumiem un to, ko pieredze dod citiem.",
    },
    "nb": {
        "title": "Historier",
        "slug": "historier",
        "intro": "Historier fra erfaringseksperter, dem som lærer dem opp, og dem de samarbeider med: om bedring, de første oppdragene og hva erfaringen gir andre.",
    },
}


# A few readers' comments on each organisation's newest story, in its language: some approved,
# one still waiting for an editor.
COMMENTS = {
    "ee-peer-counselling": [
        ("Tiina", "Aitäh, et jagasite. Tunnen end oma murega nüüd vähem üksi.", True),
        ("Margus", "Kas kogemusnõustaja juurde võib tulla ka lähedane, mitte ainult see, kes ise abi vajab?", True),
        ("Anu", "Väga hea lugu. Saadan selle oma õele.", False),
    ],
    "fi-expert-network": [
        ("Sari", "Kiitos avoimuudesta. Tällaisia kirjoituksia tarvitaan lisää.", True),
        ("Opettaja Mikko", "Tilasimme teiltä luennon viime syksynä, ja opiskelijat puhuvat siitä yhä.", False),
    ],
    "fi-family-rehabilitation": [
        ("Jonna", "Tunnistin tästä paljon omasta perheestäni. Kiitos, että kirjoitit.", True),
        ("Sosiaalityöntekijä Leena", "Hyvä muistutus siitä, miltä kirjeemme näyttävät vastaanottajan silmin.", False),
    ],
    "lv-youth-movement": [
        ("Elīna", "Paldies! Man arī bija grūti sākumā runāt, bet tagad ir vieglāk.", True),
        ("Roberts", "Vai uz jūsu tikšanās vakariem var atnākt arī no citas pilsētas?", False),
    ],
    "no-competence-centre": [
        ("Kari", "Takk for en ærlig tekst. Vi vurderer å ansette en erfaringskonsulent i vårt team.", True),
        ("Ola", "Hvor kan man lese hele evalueringsrapporten?", False),
    ],
}


def load_comments(locales, index_by_language):
    """The demo's comments, made only while there are none, so that real ones are never touched."""
    if Comment.objects.exists():
        return
    for key, comments in COMMENTS.items():
        organisation = organisation_page(key, locales)
        story = (
            StoryPage.objects.child_of(index_by_language[organisation.locale_id])
            .filter(organisation=organisation)
            .order_by("-date")
            .first()
        )
        for name, text, approved in comments:
            Comment.objects.create(
                content_object=story,
                site_id=settings.SITE_ID,
                user_name=name,
                user_email=f"{slugify(name)}@example.org",
                comment=text,
                is_public=approved,
            )


def story_modules():
    for module in pkgutil.iter_modules(demo_data.__path__):
        data = importlib.import_module(f"{demo_data.__name__}.{module.name}")
        if hasattr(data, "STORIES"):
            yield data


def in_reading_order(stories):
    """The stories ordered so that the ones a story points to as related come before it."""
    pending, ordered, done = list(stories), [], set()
    while pending:
        ready = [story for story in pending if set(story["related"]) <= done] or pending[:1]
        for story in ready:
            ordered.append(story)
            done.add(story["key"])
            pending.remove(story)
    return ordered


def load_stories(tree, index, module, topics):
    organisation = organisation_page(module.ORGANISATION_KEY, tree.locales)
    source_language = organisation.locale.language_code
    collection = Collection.objects.filter(name=organisation.title).first()
    authors = {}
    for author in module.AUTHORS:
        photo = None
        if author["photo"]:
            initials = "".join(part[0] for part in author["name"].split()[:2])
            photo = draw_image(author["name"], (480, 480), "#5c3f7a", initials=initials, collection=collection)
        # Authors may be experts too; their own keys keep the snippet apart from the profile page.
        authors[author["key"]] = ensure_snippet(
            StoryAuthor,
            f"story-author:{author['key']}",
            source_language,
            tree.locales,
            {code: {"role": role} for code, role in author["role"].items()},
            {"name": author["name"], "photo": photo},
        )
    created = {}
    for story in in_reading_order(module.STORIES):
        source_texts = story["content"][source_language]
        hero = draw_image(source_texts["title"], (1600, 800), story["hero_colour"], collection=collection)
        related = [key for key in story["related"] if key in created]
        shared = {
            "author": authors[story["author"]],
            "date": datetime.date.fromisoformat(story["date"]),
            "organisation": organisation,
            "topics": [topics[key] for key in story["topics"]],
            "hero_image": hero,
            "related_links": lambda related=related: [RelatedStory(story=created[key]) for key in related],
            "show_in_menus": False,
        }
        texts = {
            code: {
                "title": content["title"],
                "slug": story["slug"],
                "lead": content["lead"],
                "content_notes": content["content_notes"],
                "body": content["body"],
            }
            for code, content in story["content"].items()
        }
        created[story["key"]] = tree.ensure(index, StoryPage, f"story:{story['key']}", source_language, texts, shared)
    tree.translate()


def load():
    locales = ensure_locales()
    topics = {
        key: ensure_snippet(
            Topic,
            key,
            TOPIC_SOURCE_LANGUAGE,
            locales,
            {code: {"name": name, "slug": slug} for code, (name, slug) in names.items()},
        )
        for key, names in TOPICS.items()
    }
    tree = DemoTree(locales)
    home = HomePage.objects.get(translation_key=demo_key("home"), locale=locales["fi"])
    index = tree.ensure(home, StoryIndexPage, "stories", "fi", INDEX, {"show_in_menus": True})
    tree.translate()
    for module in story_modules():
        load_stories(tree, index, module, topics)
    load_comments(locales, {page.locale_id: page for page in StoryIndexPage.objects.filter(translation_key=index.translation_key)})
