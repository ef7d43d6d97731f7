"""The parts of the layout every page shares: language versions, main menu, crisis help."""

from babel.dates import format_date
from django import template
from django.conf import settings
from django.utils import translation
from wagtail.models import Page, Site

from home.formatting import format_price
from home.models import Country, CrisisLine, SiteSettings
from home.seo import breadcrumb_list, breadcrumb_trail, json_ld, sharing_image, x_default

register = template.Library()


def _live_homes(request):
    """Each language's live home page (the site root and its translations), looked up once per request."""
    if not hasattr(request, "_live_homes"):
        site = Site.find_for_request(request)
        homes = []
        if site is not None:
            root_key = Page.objects.filter(pk=site.root_page_id).values("translation_key")
            homes = Page.objects.live().filter(translation_key__in=root_key).select_related("locale")
        request._live_homes = {home.locale.language_code: home for home in homes}
    return request._live_homes


def _current_page(context):
    page = context.get("page")
    return page if isinstance(page, Page) else None


@register.simple_tag(takes_context=True)
def language_versions(context):
    """For each language: where the switcher leads, and whether this page is translated into it."""
    request = context["request"]
    cache_key = "_language_versions"
    if hasattr(request, cache_key):
        return getattr(request, cache_key)

    page = _current_page(context)
    translations = {}
    if page is not None:
        for version in page.get_translations(inclusive=True).live().select_related("locale"):
            translations[version.locale.language_code] = version
    homes = _live_homes(request)
    current = translation.get_language()
    # A view outside the page tree (search) may give its own address in each language.
    view_urls = context.get("language_urls", {})

    versions = []
    for code, name in settings.LANGUAGES:
        target = translations.get(code) or homes.get(code)
        if target is None:
            continue
        versions.append(
            {
                "code": code,
                "name": name,
                "url": view_urls.get(code) or target.get_url(request),
                "full_url": target.get_full_url(request),
                "translated": code in translations,
                "current": code == current,
            }
        )
    setattr(request, cache_key, versions)
    return versions


@register.simple_tag(takes_context=True)
def default_language_url(context):
    """The x-default alternate: the page in the default language, else its source language."""
    page = _current_page(context)
    if page is None:
        return ""
    return x_default({version["code"]: version["full_url"] for version in language_versions(context) if version["translated"]})


# Open Graph names a language with its country.
OPEN_GRAPH_LOCALES = {"et": "et_EE", "fi": "fi_FI", "lv": "lv_LV", "nb": "nb_NO"}


@register.inclusion_tag("includes/sharing_metadata.html", takes_context=True)
def sharing_metadata(context):
    """The description, Open Graph and Twitter card tags and schema.org JSON-LD of the page."""
    request = context["request"]
    page = _current_page(context)
    if page is None:
        return {}
    image = page.sharing_image or SiteSettings.for_request(request).sharing_image
    versions = language_versions(context)
    structured = [data for data in (page.structured_data(request), breadcrumb_list(request, page)) if data]
    return {
        "title": page.seo_title or page.title,
        "description": page.description,
        "type": page.sharing_type,
        "url": page.get_full_url(request),
        "locale": OPEN_GRAPH_LOCALES[page.locale.language_code],
        "alternate_locales": [
            OPEN_GRAPH_LOCALES[version["code"]] for version in versions if version["translated"] and not version["current"]
        ],
        "image": sharing_image(request, image) if image else None,
        "json_ld": [json_ld(data) for data in structured],
    }


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    home = _live_homes(request).get(translation.get_language())
    page = _current_page(context)
    items = []
    if home is not None:
        items = list(home.get_children().live().public().in_menu())
    active_path = page.path if page is not None else ""
    return {
        "request": request,
        "home": home,
        "items": [
            {"page": item, "current": item.path == active_path, "ancestor": active_path.startswith(item.path)}
            for item in items
        ],
        "home_current": home is not None and page is not None and page.pk == home.pk,
    }


@register.simple_tag(takes_context=True)
def home_url(context):
    home = _live_homes(context["request"]).get(translation.get_language())
    return home.get_url(context["request"]) if home is not None else "/"


@register.inclusion_tag("includes/crisis_help.html")
def crisis_help():
    """The crisis lines in the page's language: its own country first, the others one click away."""
    language = translation.get_language()
    lines = CrisisLine.objects.filter(locale__language_code=language)
    by_country = {}
    for line in lines:
        by_country.setdefault(line.country, []).append(line)
    home_country = settings.LANGUAGE_COUNTRIES.get(language)
    others = [
        {"label": label, "lines": by_country[code]}
        for code, label in Country.choices
        if code != home_country and code in by_country
    ]
    return {
        "country_label": Country(home_country).label if home_country else "",
        "lines": by_country.get(home_country, []),
        "others": others,
    }


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    """The way from the language's home to the page, for every page below home."""
    page = _current_page(context)
    ancestors = []
    if page is not None and page.depth > 2:
        ancestors = breadcrumb_trail(context["request"], page)[:-1]
    return {"request": context["request"], "ancestors": ancestors, "page": page}


@register.filter
def local_date(value, style="long"):
    """A date as the page's language writes it, e.g. "12. märts 2026" or "2026. gada 12. marts"."""
    if not value:
        return ""
    return format_date(value, format=style, locale=translation.get_language())


@register.filter
def price(amount, currency):
    return format_price(amount, currency)
