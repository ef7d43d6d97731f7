"""The shared layout: crisis-help box, 404 and 500 pages, and no interface string left untranslated."""

import re
from pathlib import Path

import polib
import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation

from home.models import Country
from tests.conftest import LANGUAGES
from tests.factories import CrisisLineFactory

CATALOGS = {code: polib.pofile(str(Path(settings.BASE_DIR) / "locale" / code / "LC_MESSAGES" / "django.po")) for code in LANGUAGES}


def visible_text(html):
    document = BeautifulSoup(html, "html.parser")
    attributes = " ".join(
        value for tag in document.find_all(True) for name, value in tag.attrs.items() if name in {"aria-label", "title", "alt", "placeholder"}
    )
    return document.get_text(" ") + " " + attributes


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalog_is_complete(language):
    catalog = CATALOGS[language]
    assert catalog.untranslated_entries() == []
    assert catalog.fuzzy_entries() == []
    assert len(catalog.translated_entries()) > 20


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_no_english_interface_string_on_rendered_pages(client, homes, language):
    CrisisLineFactory(locale=homes[language].locale, country=Country.ESTONIA)
    CrisisLineFactory(locale=homes[language].locale, country=Country.NORWAY)
    pages = [client.get(f"/{language}/").content.decode(), client.get(f"/{language}/no-such-page/").content.decode()]
    english = {entry.msgid for entry in CATALOGS[language] if entry.msgid != entry.msgstr}
    for html in pages:
        text = visible_text(html)
        leaked = [msgid for msgid in english if re.search(rf"(?<!\w){re.escape(msgid)}(?!\w)", text)]
        # Short words such as "name" could occur inside translated text by chance; whole sentences cannot.
        assert [msgid for msgid in leaked if " " in msgid or msgid[0].isupper()] == []


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "home_country", "other_countries"),
    [
        ("et", Country.ESTONIA, [Country.FINLAND, Country.LATVIA, Country.NORWAY]),
        ("fi", Country.FINLAND, [Country.ESTONIA, Country.LATVIA, Country.NORWAY]),
        ("lv", Country.LATVIA, [Country.ESTONIA, Country.FINLAND, Country.NORWAY]),
        ("nb", Country.NORWAY, [Country.ESTONIA, Country.FINLAND, Country.LATVIA]),
    ],
)
def test_crisis_box_shows_the_country_of_the_language_first(client, homes, locales, language, home_country, other_countries):
    for country in Country:
        for code, locale in locales.items():
            CrisisLineFactory(locale=locale, country=country, name=f"{country.value}-{code} line", number="116 123")
    html = BeautifulSoup(client.get(f"/{language}/").content.decode(), "html.parser")
    box = html.select_one(".crisis-help")
    first_list = box.find("ul", class_="crisis-lines")
    assert first_list.find_parent("details") is None
    assert [name.get_text() for name in first_list.select(".crisis-lines__name")] == [f"{home_country.value}-{language} line"]
    assert first_list.select_one("a")["href"] == "tel:116123"
    others = box.select_one("details")
    with translation.override(language):
        assert [h.get_text() for h in others.find_all("h3")] == [str(country.label) for country in other_countries]
    assert {name.get_text() for name in others.select(".crisis-lines__name")} == {
        f"{country.value}-{language} line" for country in other_countries
    }


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_404_page_is_in_the_language_of_the_address(client, homes, language):
    response = client.get(f"/{language}/no-such-page/")
    assert response.status_code == 404
    html = BeautifulSoup(response.content.decode(), "html.parser")
    assert html.html["lang"] == language
    assert html.h1.get_text() == CATALOGS[language].find("Page not found").msgstr
    assert html.select_one(".language-switcher a[aria-current]")["lang"] == language


@pytest.mark.parametrize("language", LANGUAGES)
def test_500_page_is_translated_and_needs_no_database(language):
    # Without the django_db mark any query would raise: the page renders with the database down.
    with translation.override(language):
        html = BeautifulSoup(render_to_string("500.html"), "html.parser")
    assert html.html["lang"] == language
    assert html.h1.get_text() == CATALOGS[language].find("Something went wrong").msgstr
