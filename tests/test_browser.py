"""Browser journeys in headless Chromium: accessibility with axe-core, keyboard order."""

import datetime

import pytest
from axe_playwright_python.sync_playwright import Axe

from home.models import Country
from tests.conftest import LANGUAGES
from tests.factories import CrisisLineFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WCAG_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


@pytest.fixture
def site_with_crisis_lines(homes, locales):
    for locale in locales.values():
        for country in Country:
            CrisisLineFactory(locale=locale, country=country)
    return homes


def axe_violations(page):
    results = Axe().run(page, options=WCAG_AA)
    return [(v["id"], [node["target"] for node in v["nodes"]]) for v in results.response["violations"]]


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_has_no_accessibility_violations(live_server, browser_page, site_with_crisis_lines, language):
    browser_page.goto(f"{live_server.url}/{language}/")
    assert browser_page.locator("html").get_attribute("lang") == language
    assert axe_violations(browser_page) == []
    # The other countries' lines are one click away, and still pass once opened.
    browser_page.locator(".crisis-help__others summary").click()
    assert browser_page.locator(".crisis-help__others h3").count() == 3
    assert axe_violations(browser_page) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_404_page_has_no_accessibility_violations(live_server, browser_page, site_with_crisis_lines, language):
    response = browser_page.goto(f"{live_server.url}/{language}/no-such-page/")
    assert response.status == 404
    assert axe_violations(browser_page) == []


def test_skip_link_is_the_first_tab_stop_and_moves_focus_to_main(live_server, browser_page, site_with_crisis_lines):
    browser_page.goto(f"{live_server.url}/fi/")
    browser_page.keyboard.press("Tab")
    focused = browser_page.evaluate("() => [document.activeElement.className, document.activeElement.getAttribute('href')]")
    assert focused == ["skip-link", "#main"]
    assert browser_page.locator(".skip-link").is_visible()
    browser_page.keyboard.press("Enter")
    assert browser_page.evaluate("() => document.activeElement.id") == "main"


@pytest.mark.parametrize("width", [320, 1280])
def test_layout_fits_narrow_screens_and_zoom(live_server, browser_page, site_with_crisis_lines, width):
    browser_page.set_viewport_size({"width": width, "height": 800})
    browser_page.goto(f"{live_server.url}/lv/")
    # 320 CSS px is also what a 1280 px window shows at 400 % zoom; nothing may scroll sideways.
    assert browser_page.evaluate("() => document.documentElement.scrollWidth") <= width


def test_site_loads_nothing_from_another_host(live_server, browser_page, site_with_crisis_lines):
    requested = []
    browser_page.on("request", lambda request: requested.append(request.url))
    browser_page.goto(f"{live_server.url}/et/")
    assert requested
    assert all(url.startswith(live_server.url) for url in requested), requested


@pytest.fixture
def organisation_pages(site_with_crisis_lines):
    import wagtail_factories
    from django.utils import timezone

    from home.demo import stream
    from tests.factories import (
        ContentPageFactory,
        OrganisationIndexPageFactory,
        OrganisationPageFactory,
        ProgrammePageFactory,
        event,
        price_table,
    )
    from tests.test_organisations import every_block

    homes = site_with_crisis_lines
    pages = {}
    for language, home in homes.items():
        image = wagtail_factories.ImageFactory()
        content = ContentPageFactory(parent=home, title=f"Content {language}", show_in_menus=True)
        content.body = every_block(image, home)
        content.save_revision().publish()
        index = OrganisationIndexPageFactory(parent=home, title=f"Organisations {language}", show_in_menus=True)
        organisation = OrganisationPageFactory(
            parent=index,
            logo=image,
            body=every_block(image, home),
            partners=stream([["partner", {"name": "Partner", "url": "https://partner.example"}], ["badge", {"text": "Partner of the fund"}]]),
            price_list=stream([["price_table", price_table(("Session", "remote", 90, "45", "EUR"))]]),
            cancellation_terms="<p>Cancel 24 hours ahead.</p>",
        )
        today = timezone.localdate()
        programme = ProgrammePageFactory(
            parent=organisation,
            body=every_block(image, home),
            evaluation="<p>Twelve people finished the course.</p>",
            partners=stream([["partner", {"name": "Partner", "url": ""}]]),
            events=stream(
                [event("Next course", today + datetime.timedelta(days=9)), event("Last course", today - datetime.timedelta(days=90), online=True)]
            ),
        )
        pages[language] = {"content": content, "organisation": organisation, "programme": programme}
    return pages


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page_type", ["content", "organisation", "programme"])
def test_organisation_pages_have_no_accessibility_violations(live_server, browser_page, organisation_pages, page_type, language):
    browser_page.goto(live_server.url + organisation_pages[language][page_type].url)
    for summary in browser_page.locator("details summary").all():
        summary.click()
    assert axe_violations(browser_page) == []


@pytest.fixture
def expert_directory(site_with_crisis_lines, locales):
    """An expert directory in each language with two experts, one of them remote and ordered below."""
    from experts.models import ExpertTheme
    from home.demo import stream
    from tests.factories import (
        ExpertIndexPageFactory,
        ExpertProfilePageFactory,
        ExpertRoleFactory,
        OrganisationIndexPageFactory,
        OrganisationPageFactory,
        ThemeFactory,
        price_table,
        publish_translations,
    )

    homes = site_with_crisis_lines
    role, theme = ExpertRoleFactory(title="Kokemusasiantuntija"), ThemeFactory(name="Toipuminen")
    for locale in locales.values():
        for snippet in (role, theme):
            if not snippet.has_translation(locale):
                snippet.copy_for_translation(locale).save()
    index = OrganisationIndexPageFactory(parent=homes["fi"])
    organisation = OrganisationPageFactory(
        parent=index, price_list=stream([["price_table", price_table(("Luento", "remote", 60, "130", "EUR"))]])
    )
    aino = ExpertProfilePageFactory(parent=organisation, title="Aino", role=role, formats=["remote"])
    ExpertTheme.objects.create(expert=aino, theme=theme, consent_given_on=datetime.date(2026, 1, 1))
    aino.save_revision().publish()
    ExpertProfilePageFactory(parent=organisation, title="Mikko", role=role, formats=["in_person"])
    directory = ExpertIndexPageFactory(parent=homes["fi"])
    for page in [index, organisation, directory, *organisation.get_children().specific()]:
        publish_translations(page, locales)
    return {"directory": directory, "role": role, "organisation": organisation}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_visitor_finds_an_expert_orders_them_and_sees_the_confirmation(
    live_server, browser_page, expert_directory, locales, language, monkeypatch
):
    from orders.models import Order

    # The minimum fill time has its own tests; here a quick robot of a visitor is welcome.
    monkeypatch.setattr("orders.forms.MINIMUM_FILL_SECONDS", 0)
    page = browser_page
    directory = expert_directory["directory"].get_translation(locales[language])
    page.goto(live_server.url + directory.url)
    assert axe_violations(page) == []

    page.select_option("#id_role", str(expert_directory["role"].translation_key))
    page.select_option("#id_format", "remote")
    page.locator("form.filters button[type=submit]").click()
    cards = page.locator(".expert-list .card__title a")
    assert cards.count() == 1 and "Aino" in cards.first.inner_text()
    assert axe_violations(page) == []

    cards.first.click()
    assert "Aino" in page.locator("h1").inner_text()
    assert axe_violations(page) == []

    page.locator("#order ~ p a.button").click()
    assert page.locator("html").get_attribute("lang") == language
    assert axe_violations(page) == []
    page.fill("#id_name", "Maija Tilaaja")
    page.check("input[name=orderer_type][value=public]")
    page.fill("#id_email", "maija@example.fi")
    page.select_option("#id_assignment_type", "lecture")
    page.fill("#id_date", (datetime.date.today() + datetime.timedelta(days=30)).isoformat())
    page.fill("#id_start_time", "10:00")
    page.fill("#id_duration_minutes", "60")
    page.check("input[name=format][value=remote]")
    # The estimate follows the choices without a round trip to the server.
    assert "130" in page.locator("[data-state=found]").inner_text()
    page.fill("#id_audience", "Opiskelijat")
    page.fill("#id_audience_size", "40")
    page.select_option("#id_audience_language", language)
    page.check("#id_accepts_terms")
    page.check("#id_privacy_consent")
    page.locator("form.order-form button[type=submit]").click()

    reference = page.locator(".reference").inner_text()
    order = Order.objects.get(reference=reference)
    assert order.expert.title.startswith("Aino") and order.language == language
    assert page.locator("html").get_attribute("lang") == language
    assert axe_violations(page) == []


def test_the_order_form_shows_its_errors_accessibly(live_server, browser_page, expert_directory):
    browser_page.goto(live_server.url + expert_directory["organisation"].url)
    browser_page.locator("#order ~ p a.button").click()
    assert browser_page.locator("[data-state=ask]").is_visible()
    browser_page.locator("form.order-form button[type=submit]").click()
    assert browser_page.locator("#errors li").count() > 5
    assert axe_violations(browser_page) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_stories_have_no_accessibility_violations(live_server, browser_page, site_with_crisis_lines, locales, language):
    import wagtail_factories

    from tests.factories import (
        StoryAuthorFactory,
        StoryIndexPageFactory,
        StoryPageFactory,
        TopicFactory,
        publish_translations,
    )
    from tests.test_organisations import every_block

    homes = site_with_crisis_lines
    topic = TopicFactory(name="Perhe", slug="perhe")
    index = StoryIndexPageFactory(parent=homes["fi"])
    image = wagtail_factories.ImageFactory()
    author = StoryAuthorFactory(photo=image)
    story = StoryPageFactory(
        parent=index, author=author, hero_image=image, content_notes="Kertoo päihteistä.", body=every_block(image, homes["fi"])
    )
    story.topics.set([topic])
    story.save_revision().publish()
    StoryPageFactory(parent=index, title="Toinen tarina").topics.set([topic])
    index = publish_translations(index, locales)[language]
    story = publish_translations(story, locales)[language]
    for page in (index, story):
        browser_page.goto(live_server.url + page.url)
        assert browser_page.locator("html").get_attribute("lang") == language
        assert axe_violations(browser_page) == []


def test_a_script_in_a_comment_never_runs_on_the_site_or_in_the_admin(live_server, browser_page, homes, monkeypatch):
    from django.contrib.auth import get_user_model

    from stories.comments import Comment
    from tests.factories import StoryIndexPageFactory, StoryPageFactory

    monkeypatch.setattr("stories.comments.MINIMUM_FILL_SECONDS", 0)
    story = StoryPageFactory(parent=StoryIndexPageFactory(parent=homes["fi"]))
    get_user_model().objects.create_superuser("editor", "editor@example.fi", "secret-password")
    dialogs = []
    browser_page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))

    browser_page.goto(live_server.url + story.url)
    browser_page.fill("#id_name", "<b>Maija</b>")
    browser_page.fill("#id_email", "maija@example.fi")
    browser_page.fill("#id_comment", '<script>alert(1)</script><img src=x onerror="alert(2)">')
    browser_page.check("#id_privacy_consent")
    browser_page.locator("form.comment-form button[type=submit]").click()
    assert browser_page.locator("#comments .notice").is_visible()
    assert axe_violations(browser_page) == []

    Comment.objects.update(is_public=True)
    browser_page.goto(live_server.url + story.url)
    assert "<script>alert(1)</script>" in browser_page.locator(".comment p:not(.meta)").inner_text()
    browser_page.goto(live_server.url + "/admin/login/")
    browser_page.fill("#id_username", "editor")
    browser_page.fill("#id_password", "secret-password")
    browser_page.locator("form button[type=submit]").click()
    browser_page.goto(live_server.url + "/admin/story_comments/")
    assert browser_page.get_by_text("<b>Maija</b>").count() >= 1
    assert dialogs == []


@pytest.fixture
def youth_videos(site_with_crisis_lines, locales):
    from django.core.files import File

    from tests.test_videos import make_videos
    from videos.demo import DEMO_MEDIA

    videos = make_videos(site_with_crisis_lines, locales)
    # A real, playable recording, so that the browser can play it.
    media = videos["uploaded"]["fi"].video
    with open(DEMO_MEDIA / "ee-first-talk.mp4", "rb") as recording:
        media.file.save("first-talk.mp4", File(recording))
    return videos


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_video_plays_from_the_site_with_captions_in_the_pages_language(live_server, browser_page, youth_videos, language):
    requested = []
    browser_page.on("request", lambda request: requested.append(request.url))
    browser_page.goto(live_server.url + youth_videos["gallery"][language].url)
    assert axe_violations(browser_page) == []
    browser_page.goto(live_server.url + youth_videos["uploaded"][language].url)
    assert axe_violations(browser_page) == []
    browser_page.evaluate("() => { const video = document.querySelector('video'); video.muted = true; return video.play(); }")
    browser_page.wait_for_function("() => document.querySelector('video').currentTime > 1")
    shown = browser_page.evaluate(
        """() => [...document.querySelector('video').textTracks]
            .filter((track) => track.mode === 'showing')
            .map((track) => [track.language, [...track.activeCues].map((cue) => cue.text)])"""
    )
    assert shown == [[language, [f"Tekstitys {language}"]]]
    assert all(url.startswith(live_server.url) for url in requested), requested


def test_an_external_video_contacts_its_host_only_after_the_click(live_server, browser_page, youth_videos):
    elsewhere = []

    def keep_offline(route):
        if route.request.url.startswith(live_server.url):
            route.continue_()
        else:
            elsewhere.append(route.request.url)
            route.abort()

    browser_page.route("**/*", keep_offline)
    browser_page.goto(live_server.url + youth_videos["hosted"]["nb"].url)
    assert axe_violations(browser_page) == []
    browser_page.wait_for_timeout(500)
    assert elsewhere == [] and browser_page.locator("iframe").count() == 0
    with browser_page.expect_request(lambda request: request.url.startswith("https://www.youtube-nocookie.com/embed/")):
        browser_page.locator("[data-video-embed-play]").click()
    assert browser_page.locator("iframe.video-embed__frame").get_attribute("title") == youth_videos["hosted"]["nb"].title
    assert all(url.startswith("https://www.youtube-nocookie.com/") for url in elsewhere), elsewhere


@pytest.mark.parametrize("language", LANGUAGES)
def test_searching_from_the_header_is_accessible(live_server, browser_page, site_with_crisis_lines, language):
    from tests.factories import ContentPageFactory

    ContentPageFactory(parent=site_with_crisis_lines[language], title="Vertaistuki", slug="vertaistuki")
    browser_page.goto(f"{live_server.url}/{language}/")
    browser_page.locator("header input[name=q]").fill("vertaistuki")
    browser_page.locator("header input[name=q]").press("Enter")
    browser_page.wait_for_selector(".search-result")
    assert browser_page.url.startswith(f"{live_server.url}/{language}/")
    assert browser_page.locator(".search-result__title a").inner_text() == "Vertaistuki"
    assert axe_violations(browser_page) == []
    browser_page.goto(browser_page.url + "x<b>")  # nothing found
    assert axe_violations(browser_page) == []


@pytest.fixture
def finnish_story_for_a_latvian_translator(homes, locales):
    """A Finnish story whose Latvian translation waits for two strings, and the organisation's
    Latvian translator, who works in the admin in Latvian."""
    from django.contrib.auth import get_user_model
    from wagtail.users.models import UserProfile
    from wagtail_localize.models import Translation, TranslationSource

    from organisations.editorial import setup_editorial_groups
    from organisations.models import EditorialRole, OrganisationGroup
    from tests.factories import OrganisationIndexPageFactory, OrganisationPageFactory, StoryIndexPageFactory, StoryPageFactory

    organisation = OrganisationPageFactory(parent=OrganisationIndexPageFactory(parent=homes["fi"]), title="Kaiku ry")
    stories = StoryIndexPageFactory(parent=homes["fi"], title="Tarinat", slug="tarinat")
    story = StoryPageFactory(
        parent=stories, title="Ensimmäinen työpäiväni", slug="ensimmainen-tyopaivani", lead="Jännitti, mutta kaikki meni hyvin.",
        organisation=organisation,
    )
    for page in (organisation.get_parent(), organisation, stories, story):
        source, _created = TranslationSource.get_or_create_from_instance(page)
        Translation.objects.create(source=source, target_locale=locales["lv"]).save_target(publish=page != story)
    setup_editorial_groups()
    translator = get_user_model().objects.create_user("tulkotaja", "tulkotaja@example.lv", "secret-password")
    translator.groups.add(
        OrganisationGroup.objects.get(organisation_key=organisation.translation_key, role=EditorialRole.TRANSLATOR, language="lv").group
    )
    profile = UserProfile.get_for_user(translator)
    profile.preferred_language = "lv"
    profile.save()
    return story


def test_a_translator_translates_a_finnish_story_into_latvian_and_publishes_it(
    live_server, browser_page, finnish_story_for_a_latvian_translator, locales
):
    from stories.models import StoryPage

    story = finnish_story_for_a_latvian_translator
    latvian = StoryPage.objects.get(translation_key=story.translation_key, locale=locales["lv"])
    assert not latvian.live

    browser_page.goto(live_server.url + "/admin/login/")
    browser_page.fill("#id_username", "tulkotaja")
    browser_page.fill("#id_password", "secret-password")
    browser_page.locator("form button[type=submit]").click()
    # The translation status report leads to the Latvian translation.
    browser_page.goto(live_server.url + "/admin/reports/translation-status/?language=lv")
    browser_page.locator(f'tr[data-page="{story.pk}"] td[data-language="lv"] a').click()
    browser_page.wait_for_url(f"**/admin/pages/{latvian.pk}/edit/")
    assert browser_page.locator("html").get_attribute("lang") == "lv"
    # The editor's own heading, written in English upstream, is in the admin's language.
    browser_page.get_by_role("heading", name="Tulkojums: Suomi → Latviešu").wait_for()
    assert "translation" not in browser_page.locator(".js-translation-editor").inner_text()

    for source, translation in (
        ("Ensimmäinen työpäiväni", "Mana pirmā darba diena"),
        ("Jännitti, mutta kaikki meni hyvin.", "Bija satraukums, bet viss izdevās."),
    ):
        segment = browser_page.locator("li", has=browser_page.locator("p", has_text=source)).last
        segment.locator("button").first.click()  # translate
        segment.locator("textarea").fill(translation)
        segment.locator("button").last.click()  # save, after cancel
        browser_page.locator("li.complete", has_text=translation).wait_for()

    browser_page.locator('button[name="action"][value="publish"]').click()
    browser_page.wait_for_load_state()
    latvian.refresh_from_db()
    assert latvian.live

    browser_page.goto(live_server.url + latvian.url)
    assert browser_page.locator("h1").inner_text() == "Mana pirmā darba diena"
    assert "Bija satraukums, bet viss izdevās." in browser_page.locator("main").inner_text()
    assert browser_page.locator("html").get_attribute("lang") == "lv"
