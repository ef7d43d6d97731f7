"""Youth videos: the gallery, video pages with captions and transcripts, external videos behind a
notice, and the consent records that decide whether a video may be on the site at all."""

import datetime
import json

import pytest
import wagtail_factories
from bs4 import BeautifulSoup
from django.contrib.auth.models import Permission
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.actions.publish_revision import PublishPermissionError
from wagtail_localize.models import Translation, TranslationSource

from home.models import HomePage
from tests.conftest import LANGUAGES
from tests.factories import (
    OrganisationIndexPageFactory,
    OrganisationPageFactory,
    VideoCaptionsFactory,
    VideoConsentFactory,
    VideoGalleryPageFactory,
    VideoPageFactory,
    publish_translations,
    webvtt_file,
)
from tests.test_organisations import count_queries
from videos.embeds import ExternalVideo, parse_external_video
from videos.models import VideoCaptions, VideoConsent, VideoPage

pytestmark = pytest.mark.django_db

# Routing, the site settings and menus take most; the videos, their posters and organisations
# take one query each whatever their number.
GALLERY_QUERY_BUDGET = 26
VIDEO_PAGE_QUERY_BUDGET = 30


def soup(response, status=200):
    assert response.status_code == status, response.status_code
    return BeautifulSoup(response.content.decode(), "html.parser")


def make_videos(homes, locales):
    """An uploaded video with captions in every language and one kept on YouTube, both consented to
    and published in every language."""
    organisations = OrganisationIndexPageFactory(parent=homes["fi"])
    network = OrganisationPageFactory(parent=organisations, title="Verkosto")
    gallery = VideoGalleryPageFactory(parent=homes["fi"], slug="videot")
    uploaded = VideoPageFactory(
        parent=gallery,
        title="Mitä opin",
        organisation=network,
        content_notes="Kertoo kiusaamisesta.",
        poster=wagtail_factories.ImageFactory(),
    )
    for code in LANGUAGES:
        VideoCaptionsFactory(page=uploaded, language=code, file=webvtt_file(code, f"Tekstitys {code}"))
    hosted = VideoPageFactory(
        parent=gallery, title="Nuorisoneuvosto", video=None, external_url="https://youtu.be/dQw4w9WgXcQ"
    )
    consents = {}
    for name, page in (("uploaded", uploaded), ("hosted", hosted)):
        consents[name] = VideoConsentFactory(video=page, person=f"Aino Esimerkki {name}", minor=True, guardian="Leena Esimerkki")
        page.save_revision().publish()
    return {
        "gallery": publish_translations(gallery, locales),
        "uploaded": publish_translations(VideoPage.objects.get(pk=uploaded.pk), locales),
        "hosted": publish_translations(VideoPage.objects.get(pk=hosted.pk), locales),
        "consents": consents,
        "network": network,
    }


@pytest.fixture
def videos(homes, locales):
    return make_videos(homes, locales)


def test_page_tree_rules():
    assert VideoPage.parent_page_types == ["videos.VideoGalleryPage"]
    assert VideoPage.subpage_types == []
    assert "videos.VideoGalleryPage" in HomePage.subpage_types


@pytest.mark.parametrize("language", LANGUAGES)
def test_gallery_and_video_render_in_every_language_with_captions_in_that_language(client, videos, language):
    gallery = soup(client.get(videos["gallery"][language].url))
    assert gallery.html["lang"] == language
    listed = [a["href"] for a in gallery.select(".video-list .card__title a")]
    assert sorted(listed) == sorted([videos["uploaded"][language].url, videos["hosted"][language].url])

    page = videos["uploaded"][language]
    html = soup(client.get(page.url))
    assert html.html["lang"] == language
    video = html.select_one("article video[controls]")
    assert video["poster"].endswith(".webp")
    assert video.select_one("source")["src"] == page.video.url
    tracks = video.select("track[kind=captions]")
    assert sorted(track["srclang"] for track in tracks) == sorted(LANGUAGES)
    (default,) = video.select("track[default]")
    assert default["srclang"] == language
    assert client.get(default["src"]).getvalue().decode().startswith("WEBVTT")
    assert f"Tekstitys {language}" in client.get(default["src"]).getvalue().decode()
    assert "What I learned." in html.select_one(".video__transcript").get_text()


def test_content_notes_come_before_the_video(client, videos):
    html = client.get(videos["uploaded"]["fi"].url).content.decode()
    assert html.index("Kertoo kiusaamisesta.") < html.index("<video")


def test_an_external_video_loads_nothing_from_its_host_until_the_visitor_asks(client, videos):
    response = client.get(videos["hosted"]["lv"].url)
    html = soup(response)
    assert not html.select("iframe")
    sources = [element.get(name) for name in ("src", "srcset", "poster", "data") for element in html.select(f"[{name}]")]
    assert sources and all(source.startswith("/") for source in sources), sources
    facade = html.select_one("[data-video-embed]")
    assert facade["data-player-url"].startswith("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ")
    assert html.select_one('a[href="https://www.youtube.com/watch?v=dQw4w9WgXcQ"]')
    # The player may be framed on this page only, and only from the video's own host.
    assert "frame-src https://www.youtube-nocookie.com" in response["Content-Security-Policy"]
    assert "frame-src" not in client.get(videos["uploaded"]["lv"].url)["Content-Security-Policy"]


@pytest.mark.parametrize(
    "url, expected",
    [
        ("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=10", ExternalVideo("YouTube", "dQw4w9WgXcQ")),
        ("https://youtu.be/dQw4w9WgXcQ", ExternalVideo("YouTube", "dQw4w9WgXcQ")),
        ("https://m.youtube.com/shorts/dQw4w9WgXcQ", ExternalVideo("YouTube", "dQw4w9WgXcQ")),
        ("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", ExternalVideo("YouTube", "dQw4w9WgXcQ")),
        ("https://vimeo.com/76979871", ExternalVideo("Vimeo", "76979871")),
        ("https://player.vimeo.com/video/76979871", ExternalVideo("Vimeo", "76979871")),
        ("https://example.org/watch?v=dQw4w9WgXcQ", None),
        ("https://www.youtube.com/watch?v=<script>", None),
        ("https://vimeo.com/channels/staffpicks", None),
        ("javascript:alert(1)", None),
        ("", None),
    ],
)
def test_external_addresses_are_recognised_or_refused(url, expected):
    assert parse_external_video(url) == expected


def test_a_video_is_a_file_or_an_external_address_never_both_or_neither(videos):
    page = VideoPage.objects.get(pk=videos["uploaded"]["fi"].pk)
    page.external_url = "https://vimeo.com/76979871"
    with pytest.raises(ValidationError):
        page.full_clean()
    page.video, page.external_url = None, ""
    with pytest.raises(ValidationError):
        page.full_clean()
    page.external_url = "https://example.org/a-video"
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "external_url" in error.value.message_dict


def test_a_caption_file_must_be_webvtt(videos):
    captions = VideoCaptions(page=videos["uploaded"]["fi"], language="fi", file=webvtt_file("fi"))
    captions.full_clean(exclude=["page"])
    captions.file = ContentFile(b"1\n00:00:01,000 --> 00:00:02,000\nHi\n", name="captions.srt")
    with pytest.raises(ValidationError):
        captions.full_clean(exclude=["page"])
    captions.file = ContentFile(b"<html>", name="captions.vtt")
    with pytest.raises(ValidationError):
        captions.full_clean(exclude=["page"])


def test_a_video_without_consent_cannot_be_published(admin_client, admin_user, homes):
    gallery = VideoGalleryPageFactory(parent=homes["fi"])
    draft = VideoPageFactory(parent=gallery, live=False)
    revision = draft.save_revision()
    assert not draft.permissions_for_user(admin_user).can_publish()
    assert not gallery.permissions_for_user(admin_user).can_publish_subpage()
    edit = admin_client.get(reverse("wagtailadmin_pages:edit", args=[draft.pk])).content.decode()
    assert 'name="action-publish"' not in edit
    with pytest.raises(PublishPermissionError):
        revision.publish()
    assert not VideoPage.objects.get(pk=draft.pk).live
    assert admin_client.get(draft.url).status_code == 404

    consent = VideoConsentFactory(video=draft)
    assert draft.permissions_for_user(admin_user).can_publish()
    edit = admin_client.get(reverse("wagtailadmin_pages:edit", args=[draft.pk])).content.decode()
    assert 'name="action-publish"' in edit
    assert reverse("video_consents:edit", args=[consent.pk]) in edit
    revision.publish()
    assert VideoPage.objects.get(pk=draft.pk).live


def withdraw(admin_client, consent, on="2026-03-01"):
    return admin_client.post(
        reverse("video_consents:edit", args=[consent.pk]),
        {
            "video": consent.video_id,
            "person": consent.person,
            "minor": "on" if consent.minor else "",
            "guardian": consent.guardian,
            "consented_on": consent.consented_on.isoformat(),
            "scope": consent.scope,
            "notes": "",
            "withdrawn_on": on,
        },
    )


def test_withdrawing_consent_unpublishes_every_language_for_good(
    client, admin_client, admin_user, videos, locales, django_capture_on_commit_callbacks
):
    translations = videos["uploaded"]
    latvian = VideoPage.objects.get(pk=translations["lv"].pk)
    latvian.go_live_at = None
    scheduled = latvian.save_revision(approved_go_live_at=datetime.datetime(2030, 1, 1, tzinfo=datetime.UTC))

    response = withdraw(admin_client, videos["consents"]["uploaded"])
    assert response.status_code == 302, response.content.decode()[:2000]

    for code, page in translations.items():
        page = VideoPage.objects.get(pk=page.pk)
        assert not page.live, code
        assert client.get(page.url).status_code == 404
        gallery = soup(client.get(videos["gallery"][code].url))
        assert [a["href"] for a in gallery.select(".video-list .card__title a")] == [videos["hosted"][code].url]
        assert not page.permissions_for_user(admin_user).can_publish()
        with pytest.raises(PublishPermissionError):
            page.save_revision().publish()
    scheduled.refresh_from_db()
    assert scheduled.approved_go_live_at is None
    # Through the translation editor, too.
    source, _created = TranslationSource.get_or_create_from_instance(VideoPage.objects.get(pk=translations["fi"].pk))
    translation = Translation.objects.create(source=source, target_locale=locales["et"])
    with pytest.raises(PublishPermissionError), django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    assert not VideoPage.objects.get(pk=translations["et"].pk).live

    # A withdrawn consent stays withdrawn: only its notes may change, and it is never deleted.
    consent = VideoConsent.objects.get(pk=videos["consents"]["uploaded"].pk)
    assert withdraw(admin_client, consent, on="").status_code == 302
    assert VideoConsent.objects.get(pk=consent.pk).withdrawn_on == datetime.date(2026, 3, 1)
    assert admin_client.get(reverse("video_consents:delete", args=[consent.pk])).status_code in (302, 403)
    assert VideoConsent.objects.filter(pk=consent.pk).exists()
    # The other video was not touched.
    assert VideoPage.objects.get(pk=videos["hosted"]["fi"].pk).live


def test_withdrawal_ends_a_moderation_workflow_in_progress(admin_user, videos):
    from wagtail.models import Workflow, WorkflowState

    page = VideoPage.objects.get(pk=videos["uploaded"]["nb"].pk)
    workflow = Workflow.objects.create(name="Review")
    workflow.start(page, admin_user)
    consent = videos["consents"]["uploaded"]
    consent.withdrawn_on = datetime.date(2026, 3, 1)
    consent.save()
    assert not WorkflowState.objects.active().filter(base_content_type__isnull=False, object_id=str(page.pk)).exists()


def test_consent_records_are_seen_by_editors_only(client, admin_client, videos, django_user_model):
    consent = videos["consents"]["uploaded"]
    for code in LANGUAGES:
        public = client.get(videos["uploaded"][code].url).content.decode()
        assert consent.person not in public and consent.guardian not in public
    listing = reverse("video_consents:index")
    assert client.get(listing).status_code == 302  # to the login
    visitor = django_user_model.objects.create_user("reader", password="pw-reader-2026")
    visitor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(visitor)
    assert client.get(listing).status_code in (302, 403)
    assert client.get(reverse("video_consents:edit", args=[consent.pk])).status_code in (302, 403)
    assert consent.person in admin_client.get(listing).content.decode()


@pytest.mark.parametrize(
    "fields, field",
    [
        ({"minor": True, "guardian": " "}, "guardian"),
        ({"consented_on": datetime.date.today() + datetime.timedelta(days=1)}, "consented_on"),
        ({"consented_on": datetime.date(2026, 2, 1), "withdrawn_on": datetime.date(2026, 1, 1)}, "withdrawn_on"),
    ],
)
def test_consent_records_are_checked(videos, fields, field):
    consent = VideoConsentFactory.build(video=videos["uploaded"]["fi"], **fields)
    with pytest.raises(ValidationError) as error:
        consent.full_clean()
    assert field in error.value.message_dict


def test_the_gallery_query_count_is_flat_with_many_videos(client, videos):
    gallery = videos["gallery"]["fi"]
    before = count_queries(client, gallery.url)
    for number in range(40):
        video = VideoPageFactory(parent=gallery, title=f"Video {number}", organisation=videos["network"], poster=wagtail_factories.ImageFactory())
        VideoConsentFactory(video=video)
    assert count_queries(client, gallery.url) == before <= GALLERY_QUERY_BUDGET


def test_the_video_page_query_count_is_bounded(client, videos):
    assert count_queries(client, videos["uploaded"]["et"].url) <= VIDEO_PAGE_QUERY_BUDGET
    assert count_queries(client, videos["hosted"]["et"].url) <= VIDEO_PAGE_QUERY_BUDGET


@pytest.mark.parametrize("page_number", ["2", "999", "x", "-1"])
def test_gallery_pagination_never_fails(client, videos, page_number):
    assert client.get(videos["gallery"]["fi"].url + f"?page={page_number}").status_code == 200


def test_editors_record_consent_from_the_video_page(admin_client, admin_user, homes):
    gallery = VideoGalleryPageFactory(parent=homes["fi"])
    draft = VideoPageFactory(parent=gallery, live=False)
    add_url = reverse("video_consents:add") + f"?video={draft.pk}"
    assert add_url in admin_client.get(reverse("wagtailadmin_pages:edit", args=[draft.pk])).content.decode()
    form = BeautifulSoup(admin_client.get(add_url).content.decode(), "html.parser")
    assert form.select_one("input[name=video]")["value"] == str(draft.pk)
    fields = {"video": draft.pk, "person": "Aino", "minor": "on", "guardian": "", "consented_on": "2026-01-05", "scope": "site"}
    assert admin_client.post(add_url, fields).status_code == 200  # a minor without a guardian is refused
    assert not VideoConsent.objects.exists()
    response = admin_client.post(add_url, {**fields, "guardian": "Leena"})
    assert response.status_code == 302
    assert VideoConsent.objects.get().guardian == "Leena"
    assert VideoPage.objects.get(pk=draft.pk).permissions_for_user(admin_user).can_publish()


def test_an_editor_sees_and_records_consent_only_for_their_own_organisations_videos(client, homes):
    from tests.factories import member_of

    organisations = OrganisationIndexPageFactory(parent=homes["fi"])
    ours, theirs = (OrganisationPageFactory(parent=organisations, title=title) for title in ("Oma", "Muu"))
    gallery = VideoGalleryPageFactory(parent=homes["fi"])
    videos = {organisation.title: VideoPageFactory(parent=gallery, organisation=organisation) for organisation in (ours, theirs)}
    consents = {title: VideoConsentFactory(video=video, person=f"Henkilö {title}") for title, video in videos.items()}
    client.force_login(member_of(ours, "editor", ["view_videoconsent", "add_videoconsent", "change_videoconsent"]))
    listing = client.get(reverse("video_consents:index")).content.decode()
    assert "Henkilö Oma" in listing and "Henkilö Muu" not in listing
    assert client.get(reverse("video_consents:edit", args=[consents["Oma"].pk])).status_code == 200
    # Not found (Django's LocaleMiddleware first tries the address with a language prefix).
    assert client.get(reverse("video_consents:edit", args=[consents["Muu"].pk]), follow=True).status_code == 404
    fields = {"person": "Uusi", "consented_on": "2026-01-05", "scope": "site", "withdrawn_on": "2026-02-01"}
    assert client.post(reverse("video_consents:add"), {**fields, "video": videos["Muu"].pk}).status_code == 200
    assert withdraw(client, consents["Muu"]).status_code in (302, 404)
    assert not VideoConsent.objects.get(pk=consents["Muu"].pk).withdrawn
    assert not VideoConsent.objects.filter(person="Uusi").exists()
    assert VideoPage.objects.get(pk=videos["Muu"].pk).live
    assert client.post(reverse("video_consents:add"), {**fields, "video": videos["Oma"].pk}).status_code == 302
    assert not VideoPage.objects.get(pk=videos["Oma"].pk).live


def test_two_caption_files_in_one_language_are_refused_with_a_message(homes, admin_user):
    gallery = VideoGalleryPageFactory(parent=homes["fi"])
    page = VideoPageFactory(parent=gallery, live=False)
    data = {
        "title": page.title, "slug": page.slug, "lead": page.lead, "date": "2026-01-05", "video": page.video_id,
        "transcript": json.dumps({"blocks": [{"key": "a1b2c", "type": "unstyled", "text": "Aino puhuu.", "depth": 0,
                                              "inlineStyleRanges": [], "entityRanges": []}], "entityMap": {}}),
        "comments-TOTAL_FORMS": 0, "comments-INITIAL_FORMS": 0,
        "captions-TOTAL_FORMS": 2, "captions-INITIAL_FORMS": 0,
        "captions-0-language": "fi", "captions-0-ORDER": 1,
        "captions-1-language": "fi", "captions-1-ORDER": 2,
    }
    files = {"captions-0-file": webvtt_file("fi"), "captions-1-file": webvtt_file("fi")}
    form_class = VideoPage.get_edit_handler().get_form_class()
    form = form_class(data, files, instance=page, for_user=admin_user, parent_page=gallery)
    assert not form.is_valid()
    assert form.formsets["captions"].non_form_errors()
    data["captions-1-language"] = "et"
    files = {"captions-0-file": webvtt_file("fi"), "captions-1-file": webvtt_file("et")}
    assert form_class(data, files, instance=page, for_user=admin_user, parent_page=gallery).is_valid()
