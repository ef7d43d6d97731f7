"""Site-wide views outside the page tree: search, the sitemap and robots.txt."""

import re
from collections import defaultdict
from functools import reduce
from operator import or_
from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale, Page

from orders.routes import RECEIVED_PATH

from .seo import current_site, site_root_url, x_default

# Longer queries are cut here: nothing a visitor types needs more, and the index never sees more.
MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10
# The search backends read quotes and other signs as query syntax; a visitor's words are searched as words.
NOT_A_WORD = re.compile(r"[^\w\s'-]+")


def search_address(language, query=""):
    """The search page in `language`, searching for `query` when there is one."""
    with translation.override(language):
        address = reverse("search")
    return f"{address}?{urlencode({'q': query})}" if query else address


def search(request):
    """Pages of the active language that match the query, newest index order first, ten a page."""
    query = " ".join(request.GET.get("q", "").replace("\x00", "").split())[:MAX_QUERY_LENGTH]
    home = current_site(request).root_page.localized
    context = {
        "search_query": query,
        "results": [],
        "results_page": None,
        "result_count": 0,
        "sections": [],
        "language_urls": {code: search_address(code, query) for code, _name in settings.LANGUAGES},
    }
    words = " ".join(NOT_A_WORD.sub(" ", query).split())
    if words:
        matches = Page.objects.live().public().filter(locale=Locale.get_active(), depth__gt=1).search(words)
        results_page = Paginator(matches, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
        found = {page.pk: page for page in Page.objects.filter(pk__in=[match.pk for match in results_page]).specific()}
        context.update(
            results_page=results_page,
            result_count=results_page.paginator.count,
            results=[found[match.pk] for match in results_page if match.pk in found],
        )
    if not context["results"]:
        context["sections"] = home.get_children().live().public().in_menu()
    return TemplateResponse(request, "home/search.html", context)


def sitemap(request):
    """Every live public page of every language, each with its translations as alternates."""
    homes = current_site(request).root_page.get_translations(inclusive=True)
    pages = list(
        Page.objects.live()
        .public()
        .filter(reduce(or_, (Q(path__startswith=home.path) for home in homes)))
        .select_related("locale")
        .order_by("path")
    )
    urls = {page.pk: page.get_full_url(request) for page in pages}
    versions = defaultdict(dict)
    for page in pages:
        versions[page.translation_key][page.locale.language_code] = urls[page.pk]
    entries = []
    for page in pages:
        translated = versions[page.translation_key]
        alternates = [(code, translated[code]) for code, _name in settings.LANGUAGES if code in translated]
        alternates.append(("x-default", x_default(translated)))
        lastmod = page.last_published_at or page.latest_revision_created_at
        entries.append({"location": urls[page.pk], "lastmod": lastmod, "alternates": alternates})
    return TemplateResponse(request, "home/sitemap.xml", {"entries": entries}, content_type="application/xml")


def robots_txt(request):
    """Crawlers may read the site but not the admin, search results or the order confirmations."""
    closed = ["/admin/", "/django-admin/"]
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            closed += [search_address(code), f"/{code}/*/{RECEIVED_PATH}"]
    lines = ["User-agent: *", *(f"Disallow: {path}" for path in closed), f"Sitemap: {site_root_url(request)}/sitemap.xml"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
