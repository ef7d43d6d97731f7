"""The demo that the run command loads: complete in four languages, linked by wagtail-localize, idempotent.

Other tests build their data with factories; these check the demo itself. It is loaded once for
the module and flushed afterwards.
"""

import html
import io
import json
import re
import xml.etree.ElementTree as ElementTree

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation
from wagtail.images.models import Image
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Locale, Page, Revision, Workflow
from wagtail_localize.models import Translation, TranslationSource

from home.demo import demo_key
from experts.demo import expert_modules
from experts.models import ExpertIndexPage, ExpertProfilePage, ExpertRole, Region, Theme
from home.models import CrisisLine, HomePage, SiteSettings
from orders.models import Order
from stories.comments import Comment
from stories.demo import story_modules
from stories.models import StoryAuthor, StoryIndexPage, StoryPage, Topic
from organisations.demo import DEMO_TRANSLATION_LANGUAGE, organisation_modules
from organisations.models import OrganisationPage, ProgrammePage
from tests.conftest import LANGUAGES
from videos.demo_data import VIDEOS
from videos.models import VideoConsent, VideoGalleryPage, VideoPage

# The demo is loaded once for the module, outside each test's transaction; the mark makes
# pytest-django set up the test database even when this module runs on its own.
pytestmark = pytest.mark.django_db

ORGANISATIONS = {organisation["key"]: organisation for organisation in organisation_modules()}


def load_demo():
    output = io.StringIO()
    call_command("setup_demo", stdout=output)
    return output.getvalue()


def demo_counts():
    return (
        Page.objects.count(),
        Revision.objects.count(),
        CrisisLine.objects.count(),
        ExpertRole.objects.count(),
        Theme.objects.count(),
        Region.objects.count(),
        StoryAuthor.objects.count(),
        Topic.objects.count(),
        Translation.objects.count(),
        Order.objects.count(),
        Comment.objects.count(),
        VideoConsent.objects.count(),
        Group.objects.count(),
        GroupPagePermission.objects.count(),
        GroupCollectionPermission.objects.count(),
        Workflow.objects.count(),
        get_user_model().objects.count(),
    )


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        load_demo()
        first_counts = demo_counts()
        output = load_demo()
        yield {"first_counts": first_counts, "second_counts": demo_counts(), "output": output}
        call_command("flush", interactive=False, verbosity=0)


@pytest.fixture
def client_for_demo(demo, client):
    return client


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content.decode(), "html.parser")


def page_for(key, language):
    return Page.objects.get(translation_key=demo_key(key), locale__language_code=language).specific


def test_loading_again_changes_nothing(demo):
    assert demo["second_counts"] == demo["first_counts"]


def test_there_are_five_organisations_with_programmes():
    assert len(ORGANISATIONS) == 5
    assert sorted(o["country"] for o in ORGANISATIONS.values()) == ["EE", "FI", "FI", "LV", "NO"]
    assert all(o["programmes"] for o in ORGANISATIONS.values())


def test_every_demo_page_is_a_wagtail_localize_translation_of_its_source(client_for_demo):
    for page in Page.objects.filter(depth__gte=2, locale__language_code=settings.LANGUAGE_CODE):
        versions = Page.objects.filter(translation_key=page.translation_key)
        assert sorted(versions.values_list("locale__language_code", flat=True)) == LANGUAGES, page
        assert all(versions.values_list("live", flat=True)), page
        source = TranslationSource.objects.get(object_id=page.translation_key)
        targets = Translation.objects.filter(source=source).values_list("target_locale__language_code", flat=True)
        assert sorted([source.locale.language_code, *targets]) == LANGUAGES, page
    # Each organisation is written in its own language and translated from it.
    for key, organisation in ORGANISATIONS.items():
        source = TranslationSource.objects.get(object_id=demo_key(key))
        assert source.locale.language_code == organisation["source_language"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_menu_reaches_every_organisation_and_programme(client_for_demo, language):
    home = get(client_for_demo, f"/{language}/")
    menu_links = [a["href"] for a in home.select(".main-menu a")]
    organisations_url = page_for("organisations", language).url
    assert organisations_url in menu_links
    assert page_for("what-is-an-experience-expert", language).url in menu_links

    index = get(client_for_demo, organisations_url)
    organisation_links = [a["href"] for a in index.select(".organisation-list h2 a")]
    assert sorted(organisation_links) == sorted(page_for(key, language).url for key in ORGANISATIONS)
    for link in organisation_links:
        organisation = get(client_for_demo, link)
        assert organisation.html["lang"] == language
        programmes = [a["href"] for a in organisation.select("#programmes ~ ul a")]
        assert programmes
        for programme_link in programmes:
            programme = get(client_for_demo, programme_link)
            assert programme.html["lang"] == language
            switcher = {a["lang"] for a in programme.select(".language-switcher a")}
            assert switcher == set(LANGUAGES)


def test_estonian_price_list(client_for_demo):
    html = get(client_for_demo, page_for("ee-peer-counselling", "et").url)
    rows = [[cell.get_text(strip=True) for cell in row.select("th, td")] for row in html.select(".price-table tbody tr")]
    prices = [(row[1], row[2], row[3]) for row in rows]
    assert prices == [
        ("Kohapeal", "1\xa0t", "35\xa0€"),
        ("Kohapeal", "1,5\xa0t", "45\xa0€"),
        ("Veebis või telefonil", "1\xa0t", "25\xa0€"),
        ("Veebis või telefonil", "1,5\xa0t", "35\xa0€"),
    ]


def test_finnish_network_explains_the_three_titles_with_their_training(client_for_demo):
    key = next(key for key, o in ORGANISATIONS.items() if "kehittäjäasiakas" in repr(o["content"]["fi"]).lower())
    html = get(client_for_demo, page_for(key, "fi").url)
    terms = {dt.get_text(strip=True).lower(): dt.find_next_sibling("dd").get_text() for dt in html.select("dl.definitions dt")}
    titles = {term.split()[0]: text for term, text in terms.items()}
    assert {"kokemusasiantuntija", "kokemustoimija", "kehittäjäasiakas"} <= set(titles)
    assert "50" in titles["kokemusasiantuntija"] and "45" in titles["kokemustoimija"]


def test_latvian_movement_shows_six_goal_areas(client_for_demo):
    html = get(client_for_demo, page_for("lv-youth-movement", "lv").url)
    assert len(html.select(".goal-cards li")) == 6


def test_norwegian_projects_list_courses_with_dates(client_for_demo):
    organisation = page_for(next(k for k, o in ORGANISATIONS.items() if o["country"] == "NO"), "nb")
    projects = ProgrammePage.objects.child_of(organisation)
    assert projects.count() == 2
    for project in projects:
        html = get(client_for_demo, project.url)
        dates = [time["datetime"] for time in html.select(".event time")]
        assert dates and all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", date) for date in dates)


@pytest.mark.parametrize("language", LANGUAGES)
def test_demo_pages_keep_coordinator_addresses_private_and_images_described(client_for_demo, language):
    for organisation in OrganisationPage.objects.filter(locale__language_code=language):
        html = get(client_for_demo, organisation.url)
        assert organisation.coordinator_email not in html.decode()
        for img in html.select("main img"):
            # Logos and photos stand next to the name they show, so they carry no text of their own.
            decorative = {"page-header__logo", "card__photo", "story-card__image"} & set(img.get("class", [])) or img.find_parent(
                class_=["partner", "badge"]
            )
            assert decorative or img["alt"].strip(), img


def test_the_admin_tree_is_headed_by_the_sites_name(demo):
    assert Page.get_first_root_node().title == settings.WAGTAIL_SITE_NAME


def test_homes_and_crisis_lines(client_for_demo):
    homes = HomePage.objects.live().filter(depth=2)
    assert sorted(homes.values_list("locale__language_code", flat=True)) == LANGUAGES
    assert homes.values("translation_key").distinct().count() == 1
    source = TranslationSource.objects.get(object_id=homes.first().translation_key)
    assert source.locale == Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    for language in LANGUAGES:
        # Every country's lines, 112 included, in every language.
        lines = CrisisLine.objects.filter(locale__language_code=language)
        assert sorted(set(lines.values_list("country", flat=True))) == ["EE", "FI", "LV", "NO"]
        assert lines.filter(number="112").count() == 4


def test_no_sentence_of_a_source_page_is_left_untranslated(client_for_demo):
    """Each translation carries its own language throughout: in nested blocks (definition lists,
    goal cards, events) as much as in the title."""

    def sentences(page):
        html = get(client_for_demo, page.url)
        return {
            element.get_text(" ", strip=True)
            for element in html.select("main p, main dd, main li, main h2, main h3, main blockquote")
            # Postal addresses stay as the post office writes them; a date, a name and an
            # organisation's name can read the same in two languages.
            if len(element.get_text(strip=True)) > 40
            and not element.find_parent(class_="contact")
            and "card__meta" not in element.get("class", [])
        }

    for source in TranslationSource.objects.filter(specific_content_type__app_label__in=["home", "organisations", "experts", "stories", "videos"]):
        page = source.get_source_instance()
        if not isinstance(page, Page):
            continue
        source_sentences = sentences(page)
        assert source_sentences, page
        for translation in Translation.objects.filter(source=source):
            translated = sentences(page.get_translation(translation.target_locale))
            assert not translated & source_sentences, (page, translation.target_locale)


def test_every_organisation_has_eight_experts_in_every_language(client_for_demo):
    assert sorted(module.ORGANISATION_KEY for module in expert_modules()) == sorted(ORGANISATIONS)
    for key in ORGANISATIONS:
        for language in LANGUAGES:
            experts = ExpertProfilePage.objects.child_of(page_for(key, language)).live()
            assert experts.count() >= 8, (key, language)
    finnish = ExpertProfilePage.objects.filter(locale__language_code="fi")
    assert finnish.filter(is_pseudonym=True, photo__isnull=True).count() >= 5
    assert finnish.filter(availability="paused").count() >= 5
    assert finnish.filter(formats=",remote,").exists() and finnish.filter(formats=",in_person,").exists()


def test_roles_of_all_four_countries_in_every_language():
    for language in LANGUAGES:
        roles = ExpertRole.objects.filter(locale__language_code=language)
        assert sorted(set(roles.values_list("country", flat=True))) == ["EE", "FI", "LV", "NO"]
        assert roles.values("title").distinct().count() == roles.count() == 7


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_what_is_page_compares_the_roles_in_its_language(client_for_demo, language):
    html = get(client_for_demo, page_for("what-is-an-experience-expert", language).url)
    titles = [h3.get_text(strip=True) for h3 in html.select(".expert-roles h3")]
    assert titles == list(ExpertRole.objects.filter(locale__language_code=language).values_list("title", flat=True))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_directory_finds_the_demo_experts_by_role(client_for_demo, language):
    directory = ExpertIndexPage.objects.get(locale__language_code=language)
    html = get(client_for_demo, directory.url)
    assert "40" in html.select_one(".result-count").get_text()
    role = demo_key("no-erfaringskonsulent")
    html = get(client_for_demo, f"{directory.url}?role={role}")
    assert len(html.select(".expert-list .card__title")) == 8


@pytest.mark.parametrize("language", LANGUAGES)
def test_order_forms_link_to_the_privacy_notice_in_their_language(client_for_demo, language):
    html = get(client_for_demo, page_for("fi-expert-network", language).order_url())
    privacy_notice = page_for("privacy-notice", language)
    assert html.select_one(f'form a[href="{privacy_notice.url}"]')
    assert SiteSettings.objects.get().privacy_notice.translation_key == privacy_notice.translation_key


def test_demo_orders_are_at_different_points_of_the_workflow(demo):
    orders = Order.objects.all()
    assert orders.count() >= 5
    assert len(set(orders.values_list("status", flat=True))) >= 5
    assert orders.filter(expert__isnull=True).exists() and orders.filter(expert__isnull=False).exists()
    assert all(order.events.count() >= 1 for order in orders)


def test_every_organisation_has_six_stories_in_every_language(client_for_demo):
    assert sorted(module.ORGANISATION_KEY for module in story_modules()) == sorted(ORGANISATIONS)
    for language in LANGUAGES:
        index = StoryIndexPage.objects.get(locale__language_code=language)
        stories = StoryPage.objects.child_of(index).live()
        for key in ORGANISATIONS:
            assert stories.filter(organisation__translation_key=demo_key(key)).count() >= 6, (key, language)
        assert stories.exclude(content_notes="").count() >= 5
        assert all(story.topics.exists() for story in stories)


@pytest.mark.parametrize("language", LANGUAGES)
def test_demo_stories_show_their_content_notes_and_related_stories(client_for_demo, language):
    stories = StoryPage.objects.live().filter(locale__language_code=language)
    with_note = stories.exclude(content_notes="").first()
    html = get(client_for_demo, with_note.url)
    assert html.select_one(".content-note").get_text(" ", strip=True).endswith(with_note.content_notes)
    with_chosen = stories.filter(related_links__isnull=False).first()
    related = get(client_for_demo, with_chosen.url).select(".story__related li a")
    assert len(related) == StoryPage.related_count
    assert all(f"/{language}/" in a["href"] for a in related)


def test_demo_comments_show_only_once_approved(client_for_demo):
    comments = Comment.objects.all()
    assert comments.filter(is_public=True).count() >= 5 and comments.filter(is_public=False).count() >= 5
    for comment in comments.select_related("content_type"):
        html = get(client_for_demo, comment.content_object.url)
        shown = [p.get_text(" ", strip=True) for p in html.select(".comment p:not(.meta)")]
        assert (comment.comment in shown) == comment.is_public
        assert html.html["lang"] == comment.content_object.locale.language_code


@pytest.mark.parametrize("language", LANGUAGES)
def test_youth_videos_play_with_captions_and_a_transcript_in_every_language(client_for_demo, language):
    gallery = VideoGalleryPage.objects.get(locale__language_code=language)
    videos = VideoPage.objects.child_of(gallery).live()
    assert videos.count() == len(VIDEOS) >= 3
    assert len(get(client_for_demo, gallery.url).select(".video-list .card__title a")) == len(VIDEOS)
    for data in VIDEOS:
        video = videos.get(translation_key=demo_key(f"video:{data['key']}"))
        assert video.has_consent()
        html = get(client_for_demo, video.url)
        assert client_for_demo.get(html.select_one("video source")["src"]).status_code == 200
        (default,) = html.select("video track[default]")
        assert default["srclang"] == language
        captions = b"".join(client_for_demo.get(default["src"]).streaming_content).decode()
        lines = data["content"][language]["lines"]
        assert captions.startswith("WEBVTT") and captions.count(" --> ") == len(lines)
        assert all(line in captions for line in lines)
        transcript = html.select_one(".video__transcript").get_text(" ", strip=True)
        assert all(line in transcript for line in lines)
        if data["content"][language]["content_notes"]:
            assert html.select_one(".content-note")


def test_demo_consents_name_a_guardian_for_every_minor(demo):
    consents = VideoConsent.objects.all()
    assert consents.count() == sum(len(data["consents"]) for data in VIDEOS)
    assert consents.filter(minor=True).exists()
    assert not consents.filter(minor=True, guardian="").exists()


@pytest.mark.parametrize(
    "language, word",
    [("fi", "kokemusasiantuntija"), ("et", "kogemusnõustaja"), ("lv", "pieredzes eksperts"), ("nb", "erfaringskonsulent")],
)
def test_searching_the_roles_name_finds_pages_of_that_language_only(client_for_demo, language, word):
    with translation.override(language):
        search = reverse("search")
    html = get(client_for_demo, f"{search}?q={word}")
    results = [a["href"] for a in html.select(".search-result__title a")]
    assert len(results) >= 3
    assert all(url.startswith(f"/{language}/") for url in results), results


def test_the_sitemap_lists_every_public_demo_page_once_per_language_with_its_translations(client_for_demo):
    sitemap = ElementTree.fromstring(client_for_demo.get("/sitemap.xml").content)
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    listed = [url.findtext("s:loc", namespaces=namespace) for url in sitemap.findall("s:url", namespace)]
    pages = Page.objects.live().public().filter(depth__gte=2)
    assert len(listed) == len(set(listed)) == pages.count()
    for url in sitemap.findall("s:url", namespace):
        languages = {link.get("hreflang") for link in url.findall("x:link", namespace)}
        assert languages == {*LANGUAGES, "x-default"}, url.findtext("s:loc", namespaces=namespace)


DEMO_EDITOR_PASSWORD = "demo-editor-2026"


def test_the_run_command_prints_the_demo_accounts(demo):
    for key in ORGANISATIONS:
        for role in ("editor", "coordinator", "translator"):
            assert f"{key}-{role}" in demo["output"]
    assert DEMO_EDITOR_PASSWORD in demo["output"] and "demo-admin-2026" in demo["output"]


def demo_login(client, key, role):
    assert client.login(username=f"{key}-{role}", password=DEMO_EDITOR_PASSWORD)


def organisation_story(key, language, own=True):
    stories = StoryPage.objects.filter(locale__language_code=language)
    organisation_key = demo_key(key)
    if own:
        return stories.filter(organisation__translation_key=organisation_key).first()
    return stories.exclude(organisation__translation_key=organisation_key).first()


def is_denied(response):
    return response.status_code in (403, 404) or (response.status_code == 302 and "/edit/" not in response.url)


@pytest.mark.parametrize("key", sorted(ORGANISATIONS))
def test_a_demo_editor_changes_nothing_of_another_organisation(client_for_demo, key):
    demo_login(client_for_demo, key, "editor")
    language = ORGANISATIONS[key]["source_language"]
    own, other = organisation_story(key, language), organisation_story(key, language, own=False)
    assert client_for_demo.get(f"/admin/pages/{own.pk}/edit/").status_code == 200
    other_organisation = other.organisation
    for page in (other, other_organisation):
        assert is_denied(client_for_demo.get(f"/admin/pages/{page.pk}/edit/"))
        before = page.get_latest_revision().pk
        assert is_denied(client_for_demo.post(f"/admin/pages/{page.pk}/edit/", {"title": "X", "action-publish": "1"}))
        assert page.get_latest_revision().pk == before
        assert is_denied(client_for_demo.post(f"/admin/pages/{page.pk}/delete/"))
        assert Page.objects.filter(pk=page.pk).exists()
    own_image = Image.objects.filter(collection__name=page_for(key, language).title).first()
    other_image = Image.objects.filter(collection__name=other_organisation.title).first()
    assert client_for_demo.get(f"/admin/images/{own_image.pk}/").status_code == 200
    assert is_denied(client_for_demo.get(f"/admin/images/{other_image.pk}/"))
    assert is_denied(client_for_demo.post(f"/admin/images/{other_image.pk}/delete/"))
    assert Image.objects.filter(pk=other_image.pk).exists()
    assert is_denied(client_for_demo.get("/admin/orders/"))


@pytest.mark.parametrize("key", sorted(ORGANISATIONS))
def test_a_demo_coordinator_sees_their_organisations_orders_only(client_for_demo, key):
    demo_login(client_for_demo, key, "coordinator")
    own = Order.objects.filter(organisation__translation_key=demo_key(key))
    other = Order.objects.exclude(organisation__translation_key=demo_key(key)).first()
    listing = client_for_demo.get("/admin/orders/").content.decode()
    assert all(order.reference in listing for order in own)
    assert other.reference not in listing
    assert client_for_demo.get(f"/admin/orders/edit/{other.pk}/", follow=True).status_code == 404


@pytest.mark.parametrize("key", sorted(ORGANISATIONS))
def test_a_demo_translator_publishes_only_in_their_language(client_for_demo, key):
    user = get_user_model().objects.get(username=f"{key}-translator")
    language = DEMO_TRANSLATION_LANGUAGE[ORGANISATIONS[key]["source_language"]]
    assert organisation_story(key, language).permissions_for_user(user).can_publish()
    for other_language in set(LANGUAGES) - {language}:
        assert not organisation_story(key, other_language).permissions_for_user(user).can_edit()
    assert not organisation_story(key, language, own=False).permissions_for_user(user).can_edit()


def test_each_organisation_has_its_collection_with_its_images(demo):
    for key, data in ORGANISATIONS.items():
        title = data["content"][data["source_language"]]["title"]
        assert Image.objects.filter(collection=Collection.objects.get(name=title)).exists()


def test_the_translation_editor_opens_a_translation_of_every_page_type(client_for_demo):
    client_for_demo.force_login(get_user_model().objects.get(username="admin"))
    translated = Translation.objects.select_related("source", "target_locale")
    seen = set()
    for translation_record in translated:
        content_type = translation_record.source.specific_content_type
        if content_type.app_label == "wagtailcore" or content_type.pk in seen or not hasattr(content_type.model_class(), "get_url_parts"):
            continue
        seen.add(content_type.pk)
        page = Page.objects.get(translation_key=translation_record.source.object_id, locale=translation_record.target_locale)
        response = client_for_demo.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200, page
        props = json.loads(html.unescape(re.search(r'data-props="([^"]*)"', response.content.decode()).group(1)))
        assert any(segment["type"] == "string" for segment in props["segments"]), page
    assert len(seen) >= 10


ENGLISH_ADMIN_WORDS = {
    "Root", "Actions", "Live", "Draft", "Save draft", "Publish", "Submit for moderation", "Preview", "Status",
    "History", "Comments", "Content", "Promote", "Settings", "Title", "Search", "Edit", "Delete", "Filter",
    "Orders", "Order", "Story", "Stories", "Organisation", "Language", "Translations", "Sync translated pages",
}


def visible_admin_texts(response):
    """The text an editor sees or hears on an admin screen: text nodes and labels, without scripts."""
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    for hidden in soup(["script", "style", "template"]):
        hidden.decompose()
    texts = {text.strip() for text in soup.stripped_strings}
    texts |= {element[name].strip() for name in ("aria-label", "title", "placeholder") for element in soup.select(f"[{name}]")}
    return texts


@pytest.mark.parametrize(
    "role, screen",
    [("editor", "story"), ("editor", "explorer"), ("editor", "dashboard"), ("coordinator", "orders"),
     ("coordinator", "order"), ("coordinator", "comments"), ("translator", "account")],
)
def test_the_estonian_demo_staff_see_no_english_on_their_everyday_screens(client_for_demo, role, screen):
    key = "ee-peer-counselling"
    demo_login(client_for_demo, key, role)
    story = organisation_story(key, "et")
    order = Order.objects.filter(organisation__translation_key=demo_key(key)).first()
    url = {
        "story": f"/admin/pages/{story.pk}/edit/",
        "explorer": f"/admin/pages/{story.get_parent().pk}/",
        "dashboard": "/admin/",
        "orders": "/admin/orders/",
        "order": f"/admin/orders/edit/{order.pk}/",
        "comments": "/admin/story_comments/",
        "account": "/admin/account/",
    }[screen]
    response = client_for_demo.get(url)
    assert response.status_code == 200
    assert visible_admin_texts(response) & ENGLISH_ADMIN_WORDS == set()
