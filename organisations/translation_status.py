"""Which pages lack which translation: for every page written in one language, whether each other
language is missing, out of date (the original changed since the last sync, or strings wait for
translation) or complete. The numbers come from wagtail-localize's records, in a fixed number of
queries however many pages there are."""

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Count, Exists, OuterRef
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from .models import OrganisationPage
from .ownership import OrganisationOwnedPage
from .permissions import organisation_keys_for, works_site_wide

ORIGINAL = "original"
MISSING = "missing"
OUT_OF_DATE = "out_of_date"
COMPLETE = "complete"
STATUS_LABELS = {
    ORIGINAL: _("Original"),
    MISSING: _("Missing"),
    OUT_OF_DATE: _("Out of date"),
    COMPLETE: _("Complete"),
}
TRANSLATION_STATUSES = [MISSING, OUT_OF_DATE, COMPLETE]


@dataclass
class LanguageStatus:
    language: str
    status: str
    page_id: int | None = None
    pending_strings: int = 0

    @property
    def label(self):
        return STATUS_LABELS[self.status]


@dataclass
class PageStatus:
    page: Page
    organisation_key: object
    organisation_title: str = ""
    source_id: int | None = None
    source_changed: bool = False
    languages: dict = field(default_factory=dict)


def original_pages():
    """Pages written in their own language: every page that is not a wagtail-localize translation."""
    translation_of_it = Translation.objects.filter(source__object_id=OuterRef("translation_key"), target_locale_id=OuterRef("locale_id"))
    return Page.objects.filter(depth__gt=1).exclude(Exists(translation_of_it)).select_related("locale").order_by("path")


def organisation_paths():
    """Tree paths of every organisation's pages, in every language, with the organisation's key."""
    return list(OrganisationPage.objects.values_list("path", "translation_key"))


def organisation_of(page, paths, owned):
    if page.pk in owned:
        return owned[page.pk]
    for path, key in paths:
        if page.path.startswith(path):
            return key
    return None


def translation_statuses(user, organisation_key=None, language=None, status=None):
    """The statuses of the original pages the user may see, narrowed by organisation, by a
    language (its column only) and by a status in the shown languages."""
    pages = list(original_pages())
    pks = [page.pk for page in pages]
    owned = {}
    for model in OrganisationOwnedPage.page_models():
        owned.update(model.objects.filter(pk__in=pks).values_list("pk", "organisation__translation_key"))
    paths = organisation_paths()
    rows = [PageStatus(page, organisation_of(page, paths, owned)) for page in pages]

    if not works_site_wide(user):
        allowed = organisation_keys_for(user)
        rows = [row for row in rows if row.organisation_key in allowed]
    if organisation_key:
        rows = [row for row in rows if str(row.organisation_key) == str(organisation_key)]
    languages = [language] if language else [code for code, _name in settings.LANGUAGES]
    if language:
        rows = [row for row in rows if row.page.locale.language_code != language]

    fill_statuses(rows, languages)
    if status:
        rows = [row for row in rows if any(cell.status == status for cell in row.languages.values())]
    name_organisations(rows)
    return rows, languages


def fill_statuses(rows, languages):
    keys = [row.page.translation_key for row in rows]
    versions = {
        (key, code): pk
        for key, code, pk in Page.objects.filter(translation_key__in=keys).values_list("translation_key", "locale__language_code", "pk")
    }
    sources = {
        (source.object_id, source.locale_id): source
        for source in TranslationSource.objects.filter(object_id__in=keys).only("pk", "object_id", "locale_id", "last_updated_at")
    }
    translations = set(
        Translation.objects.filter(source__in=sources.values()).values_list("source_id", "target_locale__language_code")
    )
    totals = dict(
        StringSegment.objects.filter(source__in=sources.values()).values("source").annotate(count=Count("pk")).values_list("source", "count")
    )
    translated = {code: translated_strings(sources.values(), code) for code in languages}
    changed = dict(Page.objects.filter(pk__in=[row.page.pk for row in rows]).values_list("pk", "latest_revision_created_at"))

    for row in rows:
        source = sources.get((row.page.translation_key, row.page.locale_id))
        if source:
            row.source_id = source.pk
            revised = changed.get(row.page.pk)
            row.source_changed = bool(revised and revised > source.last_updated_at)
        for code in languages:
            page_id = versions.get((row.page.translation_key, code))
            if code == row.page.locale.language_code:
                cell = LanguageStatus(code, ORIGINAL, page_id)
            elif page_id is None:
                cell = LanguageStatus(code, MISSING)
            elif source and (source.pk, code) in translations:
                pending = totals.get(source.pk, 0) - translated[code].get(source.pk, 0)
                stale = pending or row.source_changed
                cell = LanguageStatus(code, OUT_OF_DATE if stale else COMPLETE, page_id, pending)
            else:
                # Written separately in this language, not through the translation editor: nothing to sync.
                cell = LanguageStatus(code, COMPLETE, page_id)
            row.languages[code] = cell


def translated_strings(sources, language):
    """Strings translated into `language`, counted per source, as wagtail-localize counts progress."""
    has_translation = StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"), context_id=OuterRef("context_id"), locale__language_code=language, has_error=False
    )
    return dict(
        StringSegment.objects.filter(source__in=sources)
        .filter(Exists(has_translation))
        .values("source")
        .annotate(count=Count("pk"))
        .values_list("source", "count")
    )


def organisation_titles(organisations):
    """Each organisation's title in the admin's language where it has a page in it, by translation key."""
    titles = {}
    language = get_language()
    for key, code, title in organisations.values_list("translation_key", "locale__language_code", "title"):
        if key not in titles or code == language:
            titles[key] = title
    return titles


def name_organisations(rows):
    keys = {row.organisation_key for row in rows if row.organisation_key}
    titles = organisation_titles(OrganisationPage.objects.filter(translation_key__in=keys))
    for row in rows:
        row.organisation_title = titles.get(row.organisation_key, "")


def summary(rows, languages):
    """How many pages are missing, out of date and complete, per language."""
    counts = {code: {status: 0 for status in TRANSLATION_STATUSES} for code in languages}
    for row in rows:
        for code, cell in row.languages.items():
            if cell.status in TRANSLATION_STATUSES:
                counts[code][cell.status] += 1
    return counts


def organisation_choices(user):
    keys = None if works_site_wide(user) else organisation_keys_for(user)
    organisations = OrganisationPage.objects.all() if keys is None else OrganisationPage.objects.filter(translation_key__in=keys)
    titles = organisation_titles(organisations)
    return sorted(((str(key), title) for key, title in titles.items()), key=lambda choice: choice[1])


def cell_url(row, cell, user):
    if cell.page_id:
        return reverse("wagtailadmin_pages:edit", args=[cell.page_id])
    if user.has_perm("wagtail_localize.submit_translation"):
        return reverse("wagtail_localize:submit_page_translation", args=[row.page.pk])
    return ""


def sync_url(row, user):
    if row.source_id and row.source_changed and user.has_perm("wagtail_localize.submit_translation"):
        return reverse("wagtail_localize:update_translations", args=[row.source_id])
    return ""

