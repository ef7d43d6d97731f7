"""Findable and shareable: search per language, sitemap.xml, robots.txt, link previews and JSON-LD, redirects."""

import datetime
import json
import xml.etree.ElementTree as ElementTree

import pytest
import wagtail_factories
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import translation
from wagtail.models import PageViewRestriction

from experts.models import ExpertTheme
from home.demo import stream
from tests.conftest import LANGUAGES
from tests.factories import (
    ContentPageFactory,
    ExpertProfilePageFactory,
    OrganisationIndexPageFactory,
    OrganisationPageFactory,
    StoryAuthorFactory,
    StoryIndexPageFactory,
    StoryPageFactory,
    ThemeFactory,
    VideoConsentFactory,
    VideoGalleryPageFactory,
    VideoPageFactory,
)
from tests.test_organisations import count_queries

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
# What each language calls the role; each page below is written in its own language.
ROLE_NAMES = {"et": "kogemusnõustaja", "fi": "kokemusasiantuntija", "lv": "pieredzes eksperts", "nb": "erfaringskonsulent"}


def soup(response, status=200):
    assert response.status_code == status, response.status_code
    return BeautifulSoup(response.content.decode(), "html.parser")


def search_url(language, **params):
    with translation.override(language):
        url = reverse("search")
    return url + ("?" + "&".join(f"{key}={value}" for key, value in params.items()) if params else "")


def found(client, language, query):
    html = soup(client.get(search_url(language), {"q": query}))
    return [a["href"] for a in html.select(".search-result__title a")]


def translate(page, locale, **fields):
    """The page's translation into `locale`, written in that language and published."""
    copy = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save_revision().publish()
    copy.refresh_from_db()
    return copy.specific


@pytest.fixture
def role_pages(homes, locales):
    """A page about the role in each language, and an organisation whose hidden address must stay hidden."""
    source = ContentPageFactory(
        parent=homes["fi"],
        title="Kuka on kokemusasiantuntija?",
        slug="kuka",
        intro="Kokemusasiantuntija kertoo omasta toipumisestaan.",
        body=stream([["text", "<p>Kokemusasiantuntija on koulutettu.</p>"]]),
    )
    source.save_revision().publish()
    pages = {"fi": source}
    for code in LANGUAGES:
        if code != "fi":
            word = ROLE_NAMES[code]
            pages[code] = translate(
                source,
                locales[code],
                title=f"{word.capitalize()} ({code})",
                intro=f"{word.capitalize()} jagab oma kogemust ({code}).",
                body=stream([["text", f"<p>{word}</p>"]]),
            )
    organisations = OrganisationIndexPageFactory(parent=homes["fi"])
    organisation = OrganisationPageFactory(
        parent=organisations, title="Verkosto", coordinator_email="hidden-coordinator@example.org"
    )
    organisation.save_revision().publish()
    return {"pages": pages, "organisation": organisation}


@pytest.mark.parametrize("language", LANGUAGES)
def test_search_finds_the_role_in_each_language_only(client, role_pages, language):
    results = found(client, language, ROLE_NAMES[language])
    assert role_pages["pages"][language].url in results
    assert all(url.startswith(f"/{language}/") for url in results), results
    other = next(code for code in LANGUAGES if code != language and ROLE_NAMES[code] != ROLE_NAMES[language])
    assert role_pages["pages"][other].url not in found(client, language, ROLE_NAMES[other])


def test_search_results_show_their_type_and_a_snippet(client, role_pages):
    html = soup(client.get(search_url("fi"), {"q": "kokemusasiantuntija"}))
    result = html.select_one(".search-result")
    assert result.select_one(".search-result__type").get_text(strip=True) == "Sisältösivu"
    assert "kertoo omasta toipumisestaan" in result.get_text()


def test_search_never_shows_hidden_fields(client, role_pages):
    assert found(client, "fi", "hidden-coordinator@example.org") == []
    assert found(client, "fi", "hidden coordinator") == []


def test_search_shows_an_experts_theme_only_with_consent(client, role_pages):
    theme = ThemeFactory(name="Pelihaitat")
    expert = ExpertProfilePageFactory(parent=role_pages["organisation"], title="Aino K.")
    link = ExpertTheme.objects.create(expert=expert, theme=theme)
    expert.save_revision().publish()
    assert found(client, "fi", "Pelihaitat") == []
    link.consent_given_on = datetime.date(2026, 1, 1)
    link.save()
    expert.save_revision().publish()
    assert found(client, "fi", "Pelihaitat") == [expert.url]


def test_search_pages_through_many_results(client, homes):
    for number in range(13):
        ContentPageFactory(parent=homes["fi"], title=f"Vertaistuki {number}", slug=f"vertaistuki-{number}")
    first = soup(client.get(search_url("fi"), {"q": "vertaistuki"}))
    assert "13" in first.select_one(".result-count").get_text()
    assert len(first.select(".search-result")) == 10
    second = soup(client.get(search_url("fi"), {"q": "vertaistuki", "page": "2"}))
    assert len(second.select(".search-result")) == 3


@pytest.mark.parametrize(
    "query",
    ["", " ", "x" * 20000, "<script>alert(1)</script>", '"', "(", "*", "a OR b", "NEAR(a b)", "\x00", "' --", "🙂"],
)
def test_any_query_gives_a_page_never_a_500(client, role_pages, query):
    response = client.get(search_url("lv"), {"q": query, "page": "x"})
    html = soup(response)
    assert html.html["lang"] == "lv"
    assert "<script>alert" not in response.content.decode()
    assert html.select_one("meta[name=robots]")["content"] == "noindex"


def test_a_search_without_results_suggests_where_to_go(client, role_pages):
    role_pages["pages"]["fi"].show_in_menus = True
    role_pages["pages"]["fi"].save_revision().publish()
    html = soup(client.get(search_url("fi"), {"q": "zyxwvut"}))
    assert not html.select(".search-result")
    assert role_pages["pages"]["fi"].url in [a["href"] for a in html.select("main li a")]


def test_the_language_switcher_of_the_search_page_keeps_the_query(client, homes):
    html = soup(client.get(search_url("et"), {"q": "tugi & abi"}))
    links = {a["lang"]: a["href"] for a in html.select(".language-switcher a")}
    assert links == {code: search_url(code) + "?q=tugi+%26+abi" for code in LANGUAGES}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_has_a_search_form_in_its_language(client, role_pages, language):
    html = soup(client.get(role_pages["pages"][language].url))
    form = html.select_one("header form[role=search]")
    assert form["action"] == search_url(language)
    assert form.select_one("input[name=q]")["id"] == form.select_one("label")["for"]


def sitemap_entries(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200 and response["Content-Type"].startswith("application/xml")
    root = ElementTree.fromstring(response.content)
    return {
        url.findtext(f"{SITEMAP}loc"): {
            "lastmod": url.findtext(f"{SITEMAP}lastmod"),
            "alternates": {link.get("hreflang"): link.get("href") for link in url.findall(f"{XHTML}link")},
        }
        for url in root.findall(f"{SITEMAP}url")
    }


def test_the_sitemap_lists_every_live_public_page_once_per_language_with_its_alternates(client, homes, role_pages):
    draft = ContentPageFactory(parent=homes["fi"], title="Luonnos", slug="luonnos", live=False)
    private = ContentPageFactory(parent=homes["fi"], title="Sisäinen", slug="sisainen")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="secret")
    entries = sitemap_entries(client)
    pages = role_pages["pages"]
    expected = {page.get_full_url() for page in [*homes.values(), *pages.values(), role_pages["organisation"]]}
    expected.add(role_pages["organisation"].get_parent().get_full_url())
    assert set(entries) == expected
    assert draft.get_full_url() not in entries and private.get_full_url() not in entries
    for code, page in pages.items():
        entry = entries[page.get_full_url()]
        assert entry["alternates"] == {
            **{other: translated.get_full_url() for other, translated in pages.items()},
            "x-default": pages["fi"].get_full_url(),
        }
        datetime.datetime.fromisoformat(entry["lastmod"])
    assert all(url.startswith("http://localhost/") for url in entries)


def test_the_sitemap_query_count_does_not_grow_with_the_site(client, homes, role_pages):
    before = count_queries(client, "/sitemap.xml")
    for number in range(30):
        ContentPageFactory(parent=homes["fi"], title=f"Sivu {number}", slug=f"sivu-{number}")
    assert count_queries(client, "/sitemap.xml") == before


def test_robots_txt_names_the_sitemap_and_keeps_crawlers_out_of_the_admin_search_and_confirmations(client, homes):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    assert "Disallow: /admin/" in lines
    for language in LANGUAGES:
        assert f"Disallow: {search_url(language)}" in lines
        with translation.override(language):
            assert f"Disallow: /{language}/*/{translation.gettext('order/received/')}" in lines
    assert "Sitemap: http://localhost/sitemap.xml" in lines


def structured_data(html):
    return {data["@type"]: data for data in (json.loads(script.string) for script in html.select('script[type="application/ld+json"]'))}


@pytest.fixture
def shared_pages(homes, role_pages):
    organisation = role_pages["organisation"]
    organisation.logo = wagtail_factories.ImageFactory()
    organisation.contact_email = "info@verkosto.example"
    organisation.save_revision().publish()
    stories = StoryIndexPageFactory(parent=homes["fi"])
    story = StoryPageFactory(
        parent=stories, title="Ensimmäinen luento", author=StoryAuthorFactory(name="Piia K."),
        organisation=organisation, hero_image=wagtail_factories.ImageFactory(), search_description="Piia kertoo.",
    )
    gallery = VideoGalleryPageFactory(parent=homes["fi"])
    video = VideoPageFactory(parent=gallery, title="Nuoret neuvovat", organisation=organisation, poster=wagtail_factories.ImageFactory())
    VideoConsentFactory(video=video)
    theme = ThemeFactory(name="Yksinäisyys")
    expert = ExpertProfilePageFactory(parent=organisation, title="Aino K.", photo=wagtail_factories.ImageFactory())
    ExpertTheme.objects.create(expert=expert, theme=theme, consent_given_on=datetime.date(2026, 1, 1))
    for page in (story, video, expert):
        page.save_revision().publish()
    return {"organisation": organisation, "story": story, "video": video, "expert": expert, "content": role_pages["pages"]["fi"]}


def test_json_ld_describes_each_page_type_with_its_required_properties(client, shared_pages):
    organisation = structured_data(soup(client.get(shared_pages["organisation"].url)))["Organization"]
    assert organisation["name"] == "Verkosto" and organisation["email"] == "info@verkosto.example"
    assert organisation["logo"].startswith("http://localhost/")
    assert "hidden-coordinator" not in json.dumps(organisation)

    story = structured_data(soup(client.get(shared_pages["story"].url)))["BlogPosting"]
    assert story["headline"] == "Ensimmäinen luento" and story["description"] == "Piia kertoo."
    assert story["author"] == {"@type": "Person", "name": "Piia K."}
    assert story["publisher"]["name"] == "Verkosto"
    datetime.date.fromisoformat(story["datePublished"])

    video = structured_data(soup(client.get(shared_pages["video"].url)))["VideoObject"]
    assert {"name", "description", "thumbnailUrl", "uploadDate", "contentUrl", "duration"} <= set(video)
    assert video["thumbnailUrl"].startswith("http://localhost/") and video["duration"] == "PT75S"

    person = structured_data(soup(client.get(shared_pages["expert"].url)))["Person"]
    assert person["name"] == "Aino K." and person["worksFor"]["name"] == "Verkosto"
    assert "Yksinäisyys" not in json.dumps(person)


@pytest.mark.parametrize("kind", ["organisation", "story", "video", "expert", "content"])
def test_every_page_shares_a_title_description_image_and_breadcrumbs(client, shared_pages, kind):
    page = shared_pages[kind]
    html = soup(client.get(page.url))

    def meta(name):
        tag = html.select_one(f'meta[property="{name}"], meta[name="{name}"]')
        return tag["content"] if tag else None

    assert meta("og:title") == page.title
    assert meta("og:description") and meta("description") == meta("og:description")
    assert meta("og:url") == html.select_one("link[rel=canonical]")["href"] == page.get_full_url()
    assert meta("og:locale") == "fi_FI"
    if kind != "content":
        assert meta("og:image").startswith("http://localhost/") and meta("twitter:card") == "summary_large_image"
    breadcrumbs = structured_data(html)["BreadcrumbList"]["itemListElement"]
    assert [item["position"] for item in breadcrumbs] == list(range(1, len(breadcrumbs) + 1))
    assert breadcrumbs[-1]["item"] == page.get_full_url() and breadcrumbs[0]["item"] == "http://localhost/fi/"


def test_markup_in_a_title_cannot_end_the_json_ld_script(client, homes):
    page = ContentPageFactory(parent=homes["fi"], title="</script><script>alert(1)</script>", slug="outo")
    response = client.get(page.url).content.decode()
    assert "<script>alert(1)" not in response
    html = BeautifulSoup(response, "html.parser")
    assert structured_data(html)["BreadcrumbList"]["itemListElement"][-1]["name"] == page.title


@pytest.mark.parametrize("language", ["fi", "et"])
def test_a_moved_page_keeps_its_old_address_working(client, role_pages, language, django_capture_on_commit_callbacks):
    page = role_pages["pages"][language]
    old_url = page.url
    page.slug = f"{page.slug}-uusi"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    page.refresh_from_db()
    response = client.get(old_url)
    assert response.status_code in (301, 302) and response["Location"].endswith(page.url)
    assert client.get(page.url).status_code == 200
