"""Demo content of the organisations: five fictional organisations, their programmes and the
site-wide content pages, each written in its own language and translated into the other three
through wagtail-localize. The texts live in organisations/demo_data/, one module an organisation.
"""

import datetime
import importlib
import pkgutil

from django.contrib.auth import get_user_model
from wagtail.fields import StreamField
from wagtail.users.models import UserProfile
from wagtail.models import Collection, Page

from home.demo import demo_key, draw_image, ensure_locales, stream_with_ids, translate
from home.models import ContentPage, HomePage, SiteSettings

from . import demo_data
from .models import EditorialRole, OrganisationGroup, OrganisationIndexPage, OrganisationPage, ProgrammePage

PAGE_REFERENCE = "@page:"


class DemoTree:
    """Creates demo pages in their source language, then translates them in tree order.

    Texts may point at images ("@hero") and at other demo pages ("@page:<key>"). A page may
    point at one created after it, so references are filled in once every source page exists,
    and translations that hold references are saved again once every translation exists.
    """

    def __init__(self, locales):
        self.locales = locales
        self.untranslated = []  # (page, model, texts by language, fields shared by every language, images)
        self.with_references = []

    def page_id(self, key, locale):
        page = Page.objects.filter(translation_key=demo_key(key), locale=locale).first()
        return page.pk if page else None

    def resolve(self, value, images, locale):
        if isinstance(value, dict):
            return {name: self.resolve(item, images, locale) for name, item in value.items()}
        if isinstance(value, (list, tuple)):
            return [self.resolve(item, images, locale) for item in value]
        if isinstance(value, str) and value.startswith(PAGE_REFERENCE):
            return self.page_id(value.removeprefix(PAGE_REFERENCE), locale)
        if isinstance(value, str) and value.startswith("@") and value[1:] in images:
            return images[value[1:]].pk
        return value

    def fields(self, model, texts, shared, images, locale):
        # A callable stands for child objects, which belong to one page: each copy gets its own.
        fields = {name: value() if callable(value) else value for name, value in shared.items()}
        for name, value in self.resolve(texts, images, locale).items():
            field = model._meta.get_field(name)
            if isinstance(field, StreamField):
                value = stream_with_ids(field.stream_block, value)
            fields[name] = value
        return fields

    def ensure(self, parent, model, key, source_language, texts, shared=None, images=None, before_publish=None):
        """The page in its source language under `parent` (or `parent`'s translation into it).

        `before_publish` is called with a new page before it is first published (videos need their
        consent recorded first).
        """
        shared, images = shared or {}, images or {}
        locale = self.locales[source_language]
        page = model.objects.filter(translation_key=demo_key(key), locale=locale).first()
        if page is None:
            parent = parent.get_translation(locale)
            page = model(
                translation_key=demo_key(key),
                locale=locale,
                **self.fields(model, texts[source_language], shared, images, locale),
            )
            parent.add_child(instance=page)
            if before_publish:
                before_publish(page)
            page.save_revision().publish()
            self.untranslated.append((page, model, texts, shared, images))
        return page

    def translate(self):
        """Translate the pages created since the last call, parents before children."""
        for entry in self.untranslated:
            page, model, texts, shared, images = entry
            if PAGE_REFERENCE in repr(texts[page.locale.language_code]):
                # Fill in references to pages that did not exist yet when this one was made.
                fields = self.fields(model, texts[page.locale.language_code], shared, images, page.locale)
                for name, value in fields.items():
                    setattr(page, name, value)
                page.save_revision().publish()
                self.with_references.append(entry)
            self._translate(*entry)
        self.untranslated = []

    def finish(self):
        """Save again the translations that link to other pages, now that those are translated too."""
        for entry in self.with_references:
            self._translate(*entry)

    def _translate(self, page, model, texts, shared, images):
        for code, locale in self.locales.items():
            if locale.pk != page.locale_id:
                copy = model(**self.fields(model, texts[code], shared, images, page.locale))
                translate(page, locale, copy)


def organisation_modules():
    for module in pkgutil.iter_modules(demo_data.__path__):
        data = importlib.import_module(f"{demo_data.__name__}.{module.name}")
        if hasattr(data, "ORGANISATION"):
            yield data.ORGANISATION


def organisation_page(key, locales):
    """A demo organisation's page in the language it was written in."""
    (organisation,) = [data for data in organisation_modules() if data["key"] == key]
    return OrganisationPage.objects.get(translation_key=demo_key(key), locale=locales[organisation["source_language"]])


def site_pages():
    from .demo_data.site_pages import SITE_PAGES

    return {page["key"]: page for page in SITE_PAGES}


def parse_date(value):
    return datetime.date.fromisoformat(value) if value else None


def load_organisation(tree, index, organisation):
    key = organisation["key"]
    source = organisation["source_language"]
    name = organisation["content"][source]["title"]
    collection = Collection.objects.filter(name=name).first() or Collection.get_first_root_node().add_child(name=name)
    logo = organisation["logo"]
    images = {"logo": draw_image(f"{name} logo", (400, 400), logo["colour"], initials=logo["initials"], collection=collection)}
    for image_name, image in organisation.get("images", {}).items():
        images[image_name] = draw_image(f"{name} {image_name}", (1600, 900), image["colour"], collection=collection)

    texts = {
        code: {**content, "price_list": [["price_table", table] for table in content.get("price_list", [])]}
        for code, content in organisation["content"].items()
    }
    shared = {
        "country": organisation["country"],
        "logo": images["logo"],
        "contact_email": organisation["contact_email"],
        "contact_phone": organisation["contact_phone"],
        "website": organisation["website"],
        "coordinator_email": organisation["coordinator_email"],
        "show_in_menus": False,
    }
    page = tree.ensure(index, OrganisationPage, key, source, texts, shared, images)

    for programme in organisation["programmes"]:
        programme_texts = {}
        for code, content in programme["content"].items():
            events = [
                ["event", {**text, "start_date": event["start_date"], "end_date": event["end_date"], "online": event["online"]}]
                for event, text in zip(programme["events"], content["events"], strict=True)
            ]
            programme_texts[code] = {**content, "events": events}
        programme_shared = {
            "start_date": parse_date(programme["start_date"]),
            "end_date": parse_date(programme["end_date"]),
        }
        tree.ensure(page, ProgrammePage, programme["key"], source, programme_texts, programme_shared, images)
    tree.translate()


def load():
    locales = ensure_locales()
    tree = DemoTree(locales)
    home = HomePage.objects.filter(translation_key=demo_key("home")).first()
    pages = site_pages()

    def site_page(key, model, fields):
        page = pages[key]
        texts = {code: {name: content[name] for name in fields} for code, content in page["content"].items()}
        return tree.ensure(home, model, key, page["source_language"], texts, {"show_in_menus": page["show_in_menus"]})

    site_page("what-is-an-experience-expert", ContentPage, ["title", "slug", "intro", "body"])
    index = site_page("organisations", OrganisationIndexPage, ["title", "slug", "intro"])
    tree.translate()
    for organisation in organisation_modules():
        load_organisation(tree, index, organisation)
    privacy_notice = site_page("privacy-notice", ContentPage, ["title", "slug", "intro", "body"])
    site_page("accessibility-statement", ContentPage, ["title", "slug", "intro", "body"])
    tree.translate()
    tree.finish()
    site_settings = SiteSettings.for_site(home.get_site())
    site_settings.privacy_notice = privacy_notice
    site_settings.save()


# Each demo organisation's translator works into a language other than the organisation's own.
DEMO_TRANSLATION_LANGUAGE = {"et": "fi", "fi": "lv", "lv": "nb", "nb": "et"}


def load_accounts(password):
    """One editor, coordinator and translator per demo organisation, in its editorial groups, with
    the admin in the language they work in. Returns (username, group name) pairs."""
    locales = ensure_locales()
    groups = {
        (membership.organisation_key, membership.role, membership.language): membership.group
        for membership in OrganisationGroup.objects.select_related("group")
    }
    accounts = []
    for data in organisation_modules():
        organisation = organisation_page(data["key"], locales)
        source = data["source_language"]
        for role, language in (
            (EditorialRole.EDITOR, ""),
            (EditorialRole.COORDINATOR, ""),
            (EditorialRole.TRANSLATOR, DEMO_TRANSLATION_LANGUAGE[source]),
        ):
            username = f"{data['key']}-{role}"
            user = get_user_model().objects.filter(username=username).first()
            if user is None:
                user = get_user_model().objects.create_user(username, f"{username}@experience-experts.example", password)
            user.groups.add(groups[(organisation.translation_key, role, language)])
            profile = UserProfile.get_for_user(user)
            profile.preferred_language = language or source
            profile.save()
            accounts.append((username, groups[(organisation.translation_key, role, language)].name))
    return accounts
