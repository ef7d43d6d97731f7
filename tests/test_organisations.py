"""Content pages, organisations and programmes: page types, shared blocks, prices, navigation, budgets."""

import datetime

import pytest
import wagtail_factories
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from experts.models import ExpertProfilePage
from home.blocks import CallToActionBlock, ImageBlock
from home.demo import stream
from home.formatting import format_duration, format_price
from home.models import ContentPage, HomePage
from organisations.models import OrganisationIndexPage, OrganisationPage, ProgrammePage
from tests.conftest import LANGUAGES
from tests.factories import (
    ContentPageFactory,
    OrganisationIndexPageFactory,
    OrganisationPageFactory,
    ProgrammePageFactory,
    event,
    price_table,
    publish_translations,
)

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content.decode(), "html.parser")


@pytest.fixture
def tree(homes, locales):
    """Content page, organisation index, organisation and programme, translated into every language."""
    today = timezone.localdate()
    content = ContentPageFactory(parent=homes["fi"], title="Mikä on kokemusasiantuntija?", show_in_menus=True)
    index = OrganisationIndexPageFactory(parent=homes["fi"], title="Järjestöt", show_in_menus=True)
    organisation = OrganisationPageFactory(
        parent=index,
        title="Kokemusverkosto",
        price_list=stream([["price_table", price_table(("Luento", "in_person", 60, "35", "EUR"))]]),
    )
    programme = ProgrammePageFactory(
        parent=organisation,
        title="Koulutusohjelma",
        events=stream(
            [
                event("Coming course", today + datetime.timedelta(days=20)),
                event("Old course", today - datetime.timedelta(days=200), today - datetime.timedelta(days=199)),
            ]
        ),
    )
    return {
        name: publish_translations(page, locales)
        for name, page in [("content", content), ("index", index), ("organisation", organisation), ("programme", programme)]
    }


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page_type", ["content", "index", "organisation", "programme"])
def test_every_page_type_renders_in_every_language(client, tree, page_type, language):
    page = tree[page_type][language]
    html = soup(client.get(page.url))
    assert html.html["lang"] == language
    assert html.h1.get_text(strip=True) == page.title
    crumbs = [a.get_text(strip=True) for a in html.select(".breadcrumbs a")]
    assert crumbs[-1] == page.title and len(crumbs) == page.depth - 1
    switcher = {a["lang"]: a["href"] for a in html.select(".language-switcher a")}
    assert switcher == {code: tree[page_type][code].url for code in LANGUAGES}


def test_home_has_no_breadcrumbs_and_the_menu_reaches_the_sections(client, tree):
    html = soup(client.get("/lv/"))
    assert html.select(".breadcrumbs") == []
    menu = {a.get_text(strip=True): a["href"] for a in html.select(".main-menu a")}
    assert menu[tree["content"]["lv"].title] == tree["content"]["lv"].url
    assert menu[tree["index"]["lv"].title] == tree["index"]["lv"].url
    index = soup(client.get(tree["index"]["lv"].url))
    assert [a["href"] for a in index.select(".organisation-list h2 a")] == [tree["organisation"]["lv"].url]
    organisation = soup(client.get(tree["organisation"]["lv"].url))
    assert tree["programme"]["lv"].url in [a["href"] for a in organisation.select("#programmes ~ ul a")]


def test_page_tree_rules():
    assert OrganisationIndexPage.can_create_at(HomePage()) and not OrganisationPage.can_create_at(HomePage())
    assert OrganisationPage.allowed_parent_page_models() == [OrganisationIndexPage]
    assert ProgrammePage.allowed_parent_page_models() == [OrganisationPage]
    assert set(OrganisationPage.allowed_subpage_models()) == {ProgrammePage, ExpertProfilePage, ContentPage}
    assert ProgrammePage.allowed_subpage_models() == []


@pytest.mark.parametrize(
    ("language", "amount", "currency", "expected"),
    [
        ("et", "35", "EUR", "35\xa0€"),
        ("et", "45", "EUR", "45\xa0€"),
        ("fi", "25", "EUR", "25\xa0€"),
        ("lv", "35", "EUR", "35\xa0€"),
        ("nb", "355", "NOK", "355\xa0kr"),
        ("nb", "3500", "NOK", "3\xa0500\xa0kr"),
        ("fi", "35.50", "EUR", "35,50\xa0€"),
    ],
)
def test_prices_are_written_the_way_each_language_writes_them(language, amount, currency, expected):
    assert format_price(amount, currency, language) == expected


@pytest.mark.parametrize(
    ("language", "minutes", "expected"),
    [
        ("et", 60, "1\xa0t"),
        ("et", 90, "1,5\xa0t"),
        ("lv", 60, "1\xa0st."),
        ("nb", 45, "45\xa0min"),
        ("fi", 120, "2\xa0t"),
    ],
)
def test_durations_are_abbreviated_in_each_language_and_kept_on_one_line(language, minutes, expected):
    assert format_duration(minutes, language) == expected


@pytest.mark.parametrize(("language", "expected"), [("et", "47,50\xa0€"), ("nb", "47,50\xa0€"), ("fi", "47,50\xa0€")])
def test_price_table_and_contact_details_come_from_the_data(client, tree, language, expected):
    organisation = tree["organisation"][language]
    organisation.price_list = stream(
        [["price_table", price_table(("Grupitöö", "remote", 90, "47.50", "EUR"), caption="Hinnakiri 2027")]]
    )
    organisation.contact_phone = "+372 5555 9876"
    organisation.contact_email = "tere@unique-org.example"
    organisation.save_revision().publish()
    html = soup(client.get(organisation.url))
    table = html.select_one(".price-table")
    assert table.caption.get_text(strip=True) == "Hinnakiri 2027"
    cells = [cell.get_text(strip=True) for cell in table.select("tbody tr > *")]
    assert cells[0] == "Grupitöö" and cells[-1] == expected
    assert "1,5" in cells[2]
    contact = html.select_one(".contact").get_text()
    assert "+372 5555 9876" in contact and "tere@unique-org.example" in contact
    assert "private.example" not in html.decode()  # the coordinator's address stays private


def test_programme_shows_upcoming_and_past_events_apart(client, tree):
    html = soup(client.get(tree["programme"]["nb"].url))
    upcoming = [h.get_text() for h in html.select("#upcoming ~ ul .event__title")]
    past = [h.get_text() for h in html.select("#past ~ ul .event__title")]
    assert upcoming == ["Coming course"] and past == ["Old course"]
    assert html.select_one("#upcoming ~ ul time")["datetime"] == (timezone.localdate() + datetime.timedelta(days=20)).isoformat()


def every_block(image, page):
    return stream(
        [
            ["heading", {"text": "Heading block", "anchor": "heading-block"}],
            ["text", "<p>Rich <b>text</b> block</p>"],
            ["definitions", [{"term": "Kogemusnõustaja", "definition": "<p>Peer counsellor</p>"}]],
            ["goals", [{"title": "Goal A", "text": "Text A", "icon": "heart"}, {"title": "Goal B", "text": "Text B", "icon": "sun"}]],
            ["values", [{"name": "Openness", "description": "We say it as it is."}]],
            ["quote", {"text": "My story became a strength.", "who": "Aino", "role": "kokemuskumppani"}],
            ["image", {"image": image.pk, "alt_text": "Soft green shapes", "decorative": False, "caption": "Caption", "credit": "Credit"}],
            ["call_to_action", {"title": "Order", "text": "Tell us", "link_text": "Go", "page": page.pk, "url": ""}],
            ["price_table", price_table(("Session", "in_person", 60, "35", "EUR"))],
            ["faq", [{"question": "How?", "answer": "<p>Like this.</p>"}]],
            ["partners", [{"name": "Partner org", "url": "https://partner.example", "logo": image.pk}]],
        ]
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_block_renders_in_every_language(client, homes, language):
    image = wagtail_factories.ImageFactory()
    page = ContentPageFactory(parent=homes[language], title="Blocks")
    page.body = every_block(image, homes[language])
    page.save_revision().publish()
    html = soup(client.get(page.url))
    article = html.select_one("article")
    assert article.select_one("h2#heading-block").get_text() == "Heading block"
    assert article.select_one(".rich-text b").get_text() == "text"
    assert article.select_one("dl dt").get_text() == "Kogemusnõustaja"
    assert len(article.select(".goal-cards li")) == 2 and article.select_one(".goal-cards use")["href"].endswith("#heart")
    assert article.select_one(".values strong").get_text() == "Openness"
    assert article.select_one("blockquote").get_text(strip=True) == "My story became a strength."
    img = article.select_one("figure img")
    assert img["alt"] == "Soft green shapes" and "webp" in img["srcset"] and img["srcset"].count("w,") >= 1
    assert article.select_one(".cta a")["href"] == homes[language].url
    assert article.select_one(".price-table td.price-table__price").get_text(strip=True) == format_price("35", "EUR", language)
    assert article.select_one("details summary").get_text() == "How?"
    assert article.select_one(".partners a")["href"] == "https://partner.example"


def test_image_block_requires_alt_text_unless_decorative():
    block = ImageBlock()
    image = wagtail_factories.ImageFactory()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"image": image.pk, "alt_text": " ", "decorative": False}))
    assert block.clean(block.to_python({"image": image.pk, "alt_text": "", "decorative": True}))["decorative"]


@pytest.mark.parametrize(
    ("page", "url", "valid"),
    [(False, "", False), (True, "https://example.org", False), (False, "javascript:alert(1)", False), (False, "mailto:a@b.example", True)],
)
def test_call_to_action_needs_exactly_one_safe_target(homes, page, url, valid):
    block = CallToActionBlock()
    value = block.to_python({"title": "T", "link_text": "Go", "page": homes["fi"].pk if page else None, "url": url})
    if valid:
        block.clean(value)
    else:
        with pytest.raises(ValidationError):
            block.clean(value)


def count_queries(client, url):
    client.get(url)  # warm Wagtail's per-process caches
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


# Routing walks the tree one level a query, so deeper pages cost a few more; an organisation
# page also lists its experts and latest stories and links to the directory and the stories,
# and its logo's rendition for link previews.
PAGE_QUERY_BUDGET = 27


def test_organisation_page_queries_stay_flat_with_50_programmes(client, tree):
    organisation = tree["organisation"]["fi"]
    with_one = count_queries(client, organisation.url)
    for number in range(49):
        ProgrammePageFactory(parent=organisation, title=f"Programme {number}")
    assert with_one <= PAGE_QUERY_BUDGET
    assert count_queries(client, organisation.url) == with_one


def test_index_and_programme_page_queries_stay_flat(client, tree):
    index = tree["index"]["fi"]
    programme = tree["programme"]["fi"]
    index_queries, programme_queries = count_queries(client, index.url), count_queries(client, programme.url)
    for number in range(30):
        OrganisationPageFactory(parent=index, title=f"Org {number}", logo=wagtail_factories.ImageFactory())
    programme.events = stream([event(f"Course {n}", timezone.localdate() + datetime.timedelta(days=n)) for n in range(40)])
    programme.save_revision().publish()
    assert max(index_queries, programme_queries) <= PAGE_QUERY_BUDGET
    assert count_queries(client, index.url) <= index_queries + 1  # +1: logo renditions, fetched in one query
    assert count_queries(client, programme.url) == programme_queries
