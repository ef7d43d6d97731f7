"""Expert roles, profiles and the directory: filters, consent-bound themes, paused experts, query budget."""

import datetime
import re

import pytest
import wagtail_factories
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from experts.models import Availability, ExpertProfilePage, ExpertTheme
from home.demo import stream
from tests.conftest import LANGUAGES
from tests.factories import (
    ContentPageFactory,
    ExpertIndexPageFactory,
    ExpertProfilePageFactory,
    ExpertRoleFactory,
    OrganisationIndexPageFactory,
    OrganisationPageFactory,
    RegionFactory,
    ThemeFactory,
    publish_translations,
)
from tests.test_organisations import count_queries

pytestmark = pytest.mark.django_db

DIRECTORY_QUERY_BUDGET = 30


def soup(response, status=200):
    assert response.status_code == status, response.status_code
    return BeautifulSoup(response.content.decode(), "html.parser")


def names(html):
    return sorted(a.get_text(strip=True) for a in html.select(".expert-list .card__title a"))


@pytest.fixture
def directory(homes, locales):
    index = OrganisationIndexPageFactory(parent=homes["fi"])
    network = OrganisationPageFactory(parent=index, title="Verkosto", country="FI")
    centre = OrganisationPageFactory(parent=index, title="Keskus", country="FI")
    lecturer = ExpertRoleFactory(title="Kokemusasiantuntija")
    client = ExpertRoleFactory(title="Kehittäjäasiakas", training_hours=None)
    loneliness, housing = ThemeFactory(name="Yksinäisyys"), ThemeFactory(name="Asunnottomuus")
    north = RegionFactory(name="Lappi")
    aino = ExpertProfilePageFactory(
        parent=network, title="Aino", role=lecturer, assignment_types=["lecture", "panel"], languages=["fi", "sv"],
        formats=["in_person", "remote"],
    )
    aino.regions.add(north)
    ExpertTheme.objects.create(expert=aino, theme=loneliness, consent_given_on=datetime.date(2026, 1, 1))
    # Housing is recorded, but without consent: it must never show or filter.
    ExpertTheme.objects.create(expert=aino, theme=housing)
    aino.save_revision().publish()
    ExpertProfilePageFactory(parent=network, title="Mikko", role=client, assignment_types=["panel"], formats=["remote"])
    ExpertProfilePageFactory(
        parent=centre, title="Pekka", role=lecturer, availability=Availability.PAUSED, languages=["fi", "en"]
    )
    page = ExpertIndexPageFactory(parent=homes["fi"], slug="asiantuntijat")
    return {"page": page, "network": network, "centre": centre, "lecturer": lecturer, "loneliness": loneliness,
            "housing": housing, "north": north, "aino": aino}


def test_page_tree_rules():
    from home.models import HomePage
    from organisations.models import OrganisationPage

    assert ExpertProfilePage.allowed_parent_page_models() == [OrganisationPage]
    assert "experts.ExpertIndexPage" in HomePage.subpage_types


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["Aino", "Mikko", "Pekka"]),
        ("?assignment=panel", ["Aino", "Mikko"]),
        ("?assignment=panel&format=in_person", ["Aino"]),
        ("?language=sv", ["Aino"]),
        ("?language=en&assignment=lecture", ["Pekka"]),
        ("?format=remote&language=en", []),
    ],
)
def test_filters_combine(client, directory, query, expected):
    html = soup(client.get(directory["page"].url + query))
    assert names(html) == expected
    assert re.search(rf"\b{len(expected)}\b", html.select_one(".result-count").get_text())


def test_filters_by_role_theme_region_and_organisation(client, directory):
    url = directory["page"].url
    assert names(soup(client.get(f"{url}?role={directory['lecturer'].translation_key}"))) == ["Aino", "Pekka"]
    assert names(soup(client.get(f"{url}?theme={directory['loneliness'].translation_key}"))) == ["Aino"]
    assert names(soup(client.get(f"{url}?region={directory['north'].translation_key}"))) == ["Aino"]
    assert names(soup(client.get(f"{url}?organisation={directory['centre'].pk}"))) == ["Pekka"]


def test_a_theme_without_consent_is_neither_shown_nor_filterable(client, directory):
    url = directory["page"].url
    assert names(soup(client.get(f"{url}?theme={directory['housing'].translation_key}"))) == []
    profile = soup(client.get(directory["aino"].url))
    assert "Yksinäisyys" in profile.get_text()
    assert "Asunnottomuus" not in profile.get_text()


@pytest.mark.parametrize(
    "query", ["?role=nonsense", "?assignment=<script>", "?language=xx&format=1", "?organisation=999999", "?theme=%00"]
)
def test_bad_filters_answer_400_with_the_form_never_500(client, directory, query):
    html = soup(client.get(directory["page"].url + query), status=400)
    assert html.select_one("form.filters")
    assert html.select_one(".form-error")


@pytest.mark.parametrize("page_number", ["2", "999", "abc", "-1"])
def test_pagination_never_fails(client, directory, page_number):
    ExpertIndexPageFactory._meta.model.experts_per_page = 2
    try:
        html = soup(client.get(f"{directory['page'].url}?page={page_number}"))
    finally:
        ExpertIndexPageFactory._meta.model.experts_per_page = 12
    assert len(html.select(".expert-list .card__title")) in (1, 2)
    assert html.select("nav.pagination a[aria-current=page]")


def test_directory_query_count_does_not_grow_with_experts(client, directory):
    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(directory["page"].url).status_code == 200
        return len(queries)

    count()  # The first request fills the site's caches.
    before = count()
    for number in range(8):
        expert = ExpertProfilePageFactory(parent=directory["network"], title=f"Extra {number}")
        ExpertTheme.objects.create(expert=expert, theme=directory["loneliness"], consent_given_on=datetime.date(2026, 1, 1))
    assert count() == before <= DIRECTORY_QUERY_BUDGET


def test_a_paused_expert_stays_visible_but_cannot_be_ordered(client, directory):
    pekka = ExpertProfilePage.objects.get(title="Pekka")
    html = soup(client.get(pekka.url))
    assert "Pekka" in html.h1.get_text()
    assert not html.select(f'a[href="{pekka.order_url()}"]')
    response = client.get(pekka.order_url())
    assert response.status_code == 302 and response["Location"] == pekka.url
    aino = soup(client.get(directory["aino"].url))
    assert aino.select(f'a[href="{directory["aino"].order_url()}"]')


@pytest.mark.parametrize("language", LANGUAGES)
def test_profile_and_directory_render_in_every_language(client, directory, locales, language):
    for page in (directory["page"], directory["network"].get_parent(), directory["network"]):
        publish_translations(page, locales)
    aino = publish_translations(directory["aino"], locales)[language]
    index = directory["page"].get_translation(locales[language])
    html = soup(client.get(aino.url))
    assert html.html["lang"] == language
    assert "Aino" in html.h1.get_text()
    listing = soup(client.get(index.url))
    assert listing.html["lang"] == language
    assert any("Aino" in name for name in names(listing))


def test_the_organisation_page_shows_its_experts_and_the_way_to_order(client, directory):
    network = directory["network"]
    html = soup(client.get(network.url))
    assert sorted(a.get_text(strip=True) for a in html.select("section[aria-labelledby=experts] h3.card__title a")) == [
        "Aino",
        "Mikko",
    ]
    assert html.select_one(f'a[href="{network.order_url()}"]')
    assert html.select_one(f'a[href="{directory["page"].url}?organisation={network.pk}"]')


def test_the_organisation_page_queries_stay_flat_with_its_experts(client, directory):
    network = directory["network"]
    before = count_queries(client, network.url)
    for number in range(8):
        expert = ExpertProfilePageFactory(parent=network, title=f"Extra {number}", photo=wagtail_factories.ImageFactory())
        ExpertTheme.objects.create(expert=expert, theme=directory["loneliness"], consent_given_on=datetime.date(2026, 1, 1))
    # Photos are new images, so their renditions are made (written) on the first visit.
    count_queries(client, network.url)
    assert count_queries(client, network.url) <= before + 1  # +1: the photos' renditions, fetched in one query


def test_the_roles_block_shows_every_role_in_the_page_language(client, homes, locales):
    role = ExpertRoleFactory(title="Kehittäjäasiakas", training="Ei koulutusvaatimusta", does_not="<p>Ei asiakastyötä.</p>")
    estonian = role.copy_for_translation(locales["et"])
    estonian.title, estonian.training = "Arendajaklient (Soome)", "Väljaõpet ei nõuta"
    estonian.save()
    page = ContentPageFactory(parent=homes["fi"], body=stream([["expert_roles", {"heading": "Roolit", "intro": ""}]]))
    pages = publish_translations(page, locales)

    finnish = soup(client.get(pages["fi"].url)).select_one(".expert-roles")
    assert [h3.get_text(strip=True) for h3 in finnish.select("h3")] == ["Kehittäjäasiakas"]
    assert "Ei koulutusvaatimusta" in finnish.get_text() and "Ei asiakastyötä." in finnish.get_text()
    translated = soup(client.get(pages["et"].url)).select_one(".expert-roles")
    assert [h3.get_text(strip=True) for h3 in translated.select("h3")] == ["Arendajaklient (Soome)"]
    assert "Väljaõpet ei nõuta" in translated.get_text()
