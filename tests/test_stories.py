"""Stories: the index with its filters and pagination, story pages, related stories, the feed."""

import re
import xml.etree.ElementTree as ElementTree

import pytest
from bs4 import BeautifulSoup

from stories.models import RelatedStory, StoryIndexPage, StoryPage
from tests.conftest import LANGUAGES
from tests.factories import (
    OrganisationIndexPageFactory,
    OrganisationPageFactory,
    StoryAuthorFactory,
    StoryIndexPageFactory,
    StoryPageFactory,
    TopicFactory,
    publish_translations,
)
from tests.test_organisations import count_queries

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
# Routing, the site settings and menus take most; the stories, their topics, authors and
# organisations take one query each whatever their number.
INDEX_QUERY_BUDGET = 28
# A story also looks up its related stories (the chosen ones, then those sharing a topic), its
# approved comments and the privacy notice its comment form links to.
STORY_PAGE_QUERY_BUDGET = 36


def soup(response, status=200):
    assert response.status_code == status, response.status_code
    return BeautifulSoup(response.content.decode(), "html.parser")


def titles(html):
    return [a.get_text(strip=True) for a in html.select(".story-list .card__title a")]


@pytest.fixture
def stories(homes, locales):
    organisations = OrganisationIndexPageFactory(parent=homes["fi"])
    network = OrganisationPageFactory(parent=organisations, title="Verkosto")
    family = TopicFactory(name="Perhe", slug="perhe")
    work = TopicFactory(name="Työelämä", slug="tyoelama")
    author = StoryAuthorFactory(name="Piia K.", role="kokemuskumppani")
    index = StoryIndexPageFactory(parent=homes["fi"], slug="tarinat")

    def story(title, topics=(), **fields):
        page = StoryPageFactory(parent=index, title=title, author=author, organisation=network, **fields)
        page.topics.set(topics)
        page.save_revision().publish()
        return page

    pages = {
        "first": story("Ensimmäinen tehtävä", [family], content_notes="Kertoo päihteiden käytöstä."),
        "second": story("Valmennuksen päiväkirja", [family]),
        "third": story("Työpaikalla", [work]),
        "chosen": story("Valittu jatko", [work]),
    }
    RelatedStory.objects.create(page=pages["first"], story=pages["chosen"])
    pages["first"].save_revision().publish()
    return {"index": index, "network": network, "family": family, "work": work, "author": author, **pages}


def test_page_tree_rules():
    assert StoryIndexPage.parent_page_types == ["home.HomePage"]
    assert StoryIndexPage.subpage_types == ["stories.StoryPage"]
    assert StoryPage.parent_page_types == ["stories.StoryIndexPage"] and StoryPage.subpage_types == []


def test_a_story_is_an_article_with_its_date_author_and_organisation(client, stories):
    html = soup(client.get(stories["first"].url))
    article = html.select_one("main article")
    assert article.h1.get_text(strip=True) == "Ensimmäinen tehtävä"
    assert article.select_one("time")["datetime"] == stories["first"].date.isoformat()
    assert "Piia K., kokemuskumppani" in article.select_one(".meta").get_text()
    assert article.select_one(f'.meta a[href="{stories["network"].url}"]')


def test_content_notes_come_before_the_body(client, stories):
    html = client.get(stories["first"].url).content.decode()
    assert "Kertoo päihteiden käytöstä." in html
    assert html.index('class="prose content-note"') < html.index('class="prose story__body"')
    assert 'class="prose content-note"' not in client.get(stories["second"].url).content.decode()


def test_related_stories_are_the_chosen_ones_topped_up_by_shared_topics(stories):
    related = stories["first"].related_stories()
    # The chosen story first, then the newest story sharing a topic; never the story itself.
    assert [story.title for story in related] == ["Valittu jatko", "Valmennuksen päiväkirja"]
    assert [story.title for story in stories["third"].related_stories()] == ["Valittu jatko"]


def test_related_stories_stay_in_the_pages_language(client, stories, locales):
    publish_translations(stories["index"], locales)
    translations = {key: publish_translations(stories[key], locales) for key in ("first", "second", "chosen")}
    html = soup(client.get(translations["first"]["et"].url))
    related = [a["href"] for a in html.select(".story__related a")]
    assert related == [translations["chosen"]["et"].url, translations["second"]["et"].url]


@pytest.mark.parametrize("language", LANGUAGES)
def test_index_and_story_render_in_every_language(client, stories, locales, language):
    index = publish_translations(stories["index"], locales)[language]
    story = publish_translations(stories["second"], locales)[language]
    for page in (index, story):
        html = soup(client.get(page.url))
        assert html.html["lang"] == language
        assert html.select_one('link[rel=alternate][type="application/atom+xml"]')["href"] == index.feed_url()
    assert story.title in titles(soup(client.get(index.url)))


@pytest.mark.parametrize(
    "query, expected",
    [
        ("", ["Valittu jatko", "Työpaikalla", "Valmennuksen päiväkirja", "Ensimmäinen tehtävä"]),
        ("?topic=perhe", ["Valmennuksen päiväkirja", "Ensimmäinen tehtävä"]),
        ("?topic=tyoelama&page=1", ["Valittu jatko", "Työpaikalla"]),
    ],
)
def test_the_index_filters_by_topic_with_plain_links(client, stories, query, expected):
    html = soup(client.get(stories["index"].url + query))
    assert titles(html) == expected
    assert re.search(rf"\b{len(expected)}\b", html.select_one(".result-count").get_text())


def test_the_index_filters_by_organisation_and_marks_the_current_links(client, stories):
    other = OrganisationPageFactory(parent=stories["network"].get_parent(), title="Keskus")
    StoryPageFactory(parent=stories["index"], title="Keskuksen tarina", organisation=other)
    html = soup(client.get(f'{stories["index"].url}?organisation={other.pk}'))
    assert titles(html) == ["Keskuksen tarina"]
    current = [a.get_text(strip=True) for a in html.select(".story-filters a[aria-current]")]
    assert current == [html.select(".story-filters ul")[0].a.get_text(strip=True), "Keskus"]
    # Choosing a topic keeps the chosen organisation.
    topic_link = next(a for a in html.select(".story-filters a") if a.get_text(strip=True) == "Perhe")
    assert f"organisation={other.pk}" in topic_link["href"] and "topic=perhe" in topic_link["href"]


@pytest.mark.parametrize("query", ["?topic=nope", "?organisation=abc", "?organisation=999999", "?topic=%3Cscript%3E"])
def test_bad_filters_answer_400_never_500(client, stories, query):
    html = soup(client.get(stories["index"].url + query), status=400)
    assert html.select_one(".form-error")


@pytest.mark.parametrize("page_number", ["2", "999", "abc", "-1"])
def test_pagination_never_fails(client, stories, page_number):
    for number in range(10):
        StoryPageFactory(parent=stories["index"], title=f"Lisää {number}")
    html = soup(client.get(f'{stories["index"].url}?page={page_number}'))
    assert len(titles(html)) in (4, 10)
    assert html.select("nav.pagination a[aria-current=page]")


def test_the_feed_lists_the_languages_stories_only(client, stories, locales):
    index = publish_translations(stories["index"], locales)
    publish_translations(stories["second"], locales)
    response = client.get(index["et"].feed_url())
    assert response.status_code == 200 and response["Content-Type"].startswith("application/atom+xml")
    feed = ElementTree.fromstring(response.content)
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "et"
    entries = feed.findall(f"{ATOM}entry")
    assert [entry.findtext(f"{ATOM}title") for entry in entries] == ["Valmennuksen päiväkirja (et)"]
    assert entries[0].find(f"{ATOM}link").get("href").endswith(stories["second"].get_translation(locales["et"]).url)
    finnish = ElementTree.fromstring(client.get(stories["index"].feed_url()).content)
    assert len(finnish.findall(f"{ATOM}entry")) == 4


def test_the_index_query_count_is_flat_with_500_stories(client, stories):
    before = count_queries(client, stories["index"].url)
    for number in range(496):
        story = StoryPageFactory(
            parent=stories["index"], title=f"Tarina {number}", author=stories["author"], organisation=stories["network"]
        )
        story.topics.set([stories["family"], stories["work"]])
        story.save()
    assert count_queries(client, stories["index"].url) == before <= INDEX_QUERY_BUDGET


def test_the_story_page_query_count_is_bounded(client, stories):
    first = StoryPage.objects.get(pk=stories["first"].pk)
    before = count_queries(client, first.url)
    for number in range(5):
        story = StoryPageFactory(parent=stories["index"], title=f"Perhetarina {number}")
        story.topics.set([stories["family"], stories["work"]])
        story.save_revision().publish()
        first.related_links.add(RelatedStory(story=story))
    first.topics.add(stories["work"])
    first.save_revision().publish()
    # Enough chosen stories leave nothing to top up, so the count may only fall.
    assert count_queries(client, first.url) <= before <= STORY_PAGE_QUERY_BUDGET
    assert len(soup(client.get(first.url)).select(".story__related li")) == StoryPage.related_count


def test_the_organisation_page_shows_its_latest_stories(client, stories):
    network = stories["network"]
    html = soup(client.get(network.url))
    shown = [a.get_text(strip=True) for a in html.select("section[aria-labelledby=stories] .card__title a")]
    assert shown == ["Valittu jatko", "Työpaikalla", "Valmennuksen päiväkirja"]
    assert html.select_one(f'a[href="{stories["index"].url}?organisation={network.pk}"]')
