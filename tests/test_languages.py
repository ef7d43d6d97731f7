"""Four languages: prefixes, the redirect from "/", fallbacks, the switcher and the alternates."""

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.models import Country

from tests.conftest import HOME_TITLES, LANGUAGES
from tests.factories import CrisisLineFactory, HomePageFactory

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_renders_in_its_language_with_canonical_and_alternates(client, homes, language):
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    html = soup(response)
    assert html.html["lang"] == language
    assert html.h1.get_text() == HOME_TITLES[language]
    assert html.find("link", rel="canonical")["href"] == f"http://localhost/{language}/"
    alternates = {link["hreflang"]: link["href"] for link in html.find_all("link", rel="alternate")}
    assert alternates == {
        **{code: f"http://localhost/{code}/" for code in LANGUAGES},
        "x-default": f"http://localhost/{settings.LANGUAGE_CODE}/",
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_switcher_links_every_language_in_its_own_name(client, homes, language):
    html = soup(client.get(f"/{language}/"))
    links = html.select(".language-switcher a")
    assert [(a["lang"], a["hreflang"], a["href"], a.get_text()) for a in links] == [
        (code, code, f"/{code}/", name) for code, name in settings.LANGUAGES
    ]
    assert [a["lang"] for a in links if a.get("aria-current")] == [language]


def test_switcher_leads_to_the_translation_it_names(client, homes):
    html = soup(client.get("/et/"))
    latvian = html.select_one('.language-switcher a[lang="lv"]')["href"]
    assert soup(client.get(latvian)).h1.get_text() == HOME_TITLES["lv"]


def test_switcher_falls_back_to_home_of_a_language_without_the_page(client, homes):
    # A page that exists only in Finnish: the other languages lead to their homes.
    only_finnish = HomePageFactory(parent=homes["fi"], title="Vain suomeksi", slug="vain-suomeksi")
    html = soup(client.get(only_finnish.url))
    hrefs = {a["lang"]: a["href"] for a in html.select(".language-switcher a")}
    assert hrefs["fi"] == only_finnish.url
    assert hrefs["et"] == "/et/"
    alternates = {link["hreflang"] for link in html.find_all("link", rel="alternate")}
    assert alternates == {"fi", "x-default"}


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("lv", "/lv/"),
        ("et-EE,et;q=0.9,en;q=0.5", "/et/"),
        ("nb-NO,nb;q=0.9", "/nb/"),
        ("fi", "/fi/"),
        ("de-DE,de;q=0.9", f"/{settings.LANGUAGE_CODE}/"),
        ("", f"/{settings.LANGUAGE_CODE}/"),
    ],
)
def test_root_redirects_to_the_best_language(client, homes, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected


def test_language_without_live_home_falls_back_to_default_home(client, homes):
    homes["lv"].unpublish()
    response = client.get("/lv/")
    assert response.status_code == 302
    assert response["Location"] == f"/{settings.LANGUAGE_CODE}/"
    assert soup(client.get(response["Location"])).h1.get_text() == HOME_TITLES[settings.LANGUAGE_CODE]


def test_unpublished_translation_is_no_alternate_and_switcher_skips_nothing(client, homes):
    homes["nb"].unpublish()
    html = soup(client.get("/fi/"))
    alternates = {link["hreflang"] for link in html.find_all("link", rel="alternate")}
    assert alternates == {"et", "fi", "lv", "x-default"}
    assert "nb" not in {a["lang"] for a in html.select(".language-switcher a")}


# The site settings hold the image link previews show for a page without its own.
HOME_PAGE_QUERY_BUDGET = 13


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_page_queries_stay_within_budget_and_do_not_grow(client, homes, locales, language):
    def add_menu_item_and_crisis_line(number):
        HomePageFactory(parent=homes[language], title=f"Menu item {number}", show_in_menus=True)
        CrisisLineFactory(locale=locales[language], country=Country.LATVIA)

    add_menu_item_and_crisis_line(0)
    client.get(f"/{language}/")  # warm Wagtail's per-process caches (site root paths)
    with CaptureQueriesContext(connection) as baseline:
        assert client.get(f"/{language}/").status_code == 200
    assert len(baseline) <= HOME_PAGE_QUERY_BUDGET

    for number in range(1, 12):
        add_menu_item_and_crisis_line(number)
    with CaptureQueriesContext(connection) as with_more_items:
        html = soup(client.get(f"/{language}/"))
    assert len(html.select(".main-menu li")) == 13
    assert len(with_more_items) == len(baseline)
