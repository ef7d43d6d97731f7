"""Translation with wagtail-localize from end to end: translate, edit the original, sync, PO files,
machine translation, links between pages, and the translation status report."""

import re

import polib
import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.blocks import StreamValue
from wagtail.users.models import UserProfile
from wagtail_localize.models import String, StringTranslation, Translation, TranslationSource

from home.models import ContentPage
from organisations.editorial import setup_editorial_groups
from organisations.models import EditorialRole, OrganisationGroup
from organisations.translation_status import COMPLETE, MISSING, ORIGINAL, OUT_OF_DATE, translation_statuses
from stories.models import StoryPage
from tests.factories import (
    ContentPageFactory,
    OrganisationIndexPageFactory,
    OrganisationPageFactory,
    StoryIndexPageFactory,
    StoryPageFactory,
    TopicFactory,
)
from tests.conftest import HOME_TITLES

PARAGRAPHS = ["Første avsnitt om veien tilbake.", "Andre avsnitt om arbeidet.", "Tredje avsnitt om håp."]


def body(paragraphs):
    return StreamValue(
        StoryPage.body.field.stream_block, [("text", f"<p>{paragraph}</p>") for paragraph in paragraphs], is_lazy=False
    )


def localize(page, locale):
    """Translate `page` into `locale` through wagtail-localize, as "Translate this page" does."""
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    translation.save_target(publish=True)
    return translation


def translate_strings(translation, translate):
    """Enter a translation for every string of `translation`'s source, as the translation editor does."""
    for segment in translation.source.stringsegment_set.select_related("string", "context"):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=translation.target_locale,
            context=segment.context,
            defaults={"data": translate(segment.string.data), "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
        )


def pending(translation):
    total, done = translation.get_progress()
    return total - done


@pytest.fixture
def norwegian_story(homes, locales, django_capture_on_commit_callbacks):
    """A story written in Norwegian, translated into Estonian, Finnish and Latvian."""
    index = OrganisationIndexPageFactory(parent=homes["nb"])
    organisation = OrganisationPageFactory(parent=index, title="Lysning")
    stories = StoryIndexPageFactory(parent=homes["nb"], title="Historier", slug="historier")
    story = StoryPageFactory(
        parent=stories, title="Veien tilbake", slug="veien-tilbake", lead="Om å finne fotfeste.", body=body(PARAGRAPHS),
        organisation=organisation,
    )
    translations = {}
    with django_capture_on_commit_callbacks(execute=True):
        for page in (stories,):
            for code in ("et", "fi", "lv"):
                localize(page, locales[code])
        for code in ("et", "fi", "lv"):
            translations[code] = localize(story, locales[code])
            translate_strings(translations[code], lambda text, code=code: f"[{code}] {text}")
            translations[code].save_target(publish=True)
    return story, translations


def test_a_norwegian_story_reaches_the_other_three_languages_and_a_sync_keeps_what_was_translated(
    norwegian_story, locales, client, django_capture_on_commit_callbacks
):
    story, translations = norwegian_story
    for code, translation in translations.items():
        assert pending(translation) == 0
        page = StoryPage.objects.get(translation_key=story.translation_key, locale=locales[code])
        assert page.live and page.title == f"[{code}] Veien tilbake"
        assert [block.value.source for block in page.body] == [f"<p>[{code}] {text}</p>" for text in PARAGRAPHS]

    # The Norwegian text changes in one paragraph, and the translations are synced.
    # (The page editor keeps each block's id; the strings' contexts depend on it.)
    blocks = list(story.body.raw_data)
    blocks[1] = {**blocks[1], "value": "<p>Andre avsnitt, nå skrevet om.</p>"}
    story.body = blocks
    story.save_revision().publish()
    source = translations["fi"].source
    client.force_login(get_user_model().objects.create_superuser("admin", "admin@example.org", "pw"))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("wagtail_localize:update_translations", args=[source.pk]), {})
    assert response.status_code == 302

    for code, translation in translations.items():
        translation.refresh_from_db()
        # Only the rewritten paragraph waits for a translator; the others kept their translation.
        assert pending(translation) == 1
        page = StoryPage.objects.get(translation_key=story.translation_key, locale=locales[code])
        draft = page.get_latest_revision_as_object()
        texts = [block.value.source for block in draft.body]
        assert texts[0] == f"<p>[{code}] {PARAGRAPHS[0]}</p>" and texts[2] == f"<p>[{code}] {PARAGRAPHS[2]}</p>"
        assert draft.title == f"[{code}] Veien tilbake"


def test_a_po_file_goes_out_and_comes_back_translated(norwegian_story, client):
    story, translations = norwegian_story
    translation = translations["lv"]
    StringTranslation.objects.filter(locale=translation.target_locale).delete()
    assert pending(translation) > 0
    client.force_login(get_user_model().objects.create_superuser("admin", "admin@example.org", "pw"))

    response = client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert response.status_code == 200
    po = polib.pofile(response.content.decode())
    msgids = {entry.msgid for entry in po}
    assert "Veien tilbake" in msgids and PARAGRAPHS[1] in msgids
    for entry in po:
        entry.msgstr = f"LV: {entry.msgid}"

    upload = SimpleUploadedFile("story-lv.po", str(po).encode(), content_type="text/x-gettext-translation")
    response = client.post(reverse("wagtail_localize:upload_pofile", args=[translation.pk]), {"file": upload})
    assert response.status_code == 302
    assert pending(translation) == 0
    assert StringTranslation.objects.get(
        translation_of=String.objects.get(data="Veien tilbake"), locale=translation.target_locale
    ).data == "LV: Veien tilbake"


def test_machine_translation_fills_the_missing_strings_with_the_configured_backend(norwegian_story, client, settings):
    story, translations = norwegian_story
    assert settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR["CLASS"].endswith("DummyTranslator")
    translation = translations["et"]
    StringTranslation.objects.filter(locale=translation.target_locale).delete()
    client.force_login(get_user_model().objects.create_superuser("admin", "admin@example.org", "pw"))
    response = client.post(reverse("wagtail_localize:machine_translate", args=[translation.pk]))
    assert response.status_code == 302
    assert pending(translation) == 0
    title = StringTranslation.objects.get(translation_of=String.objects.get(data="Veien tilbake"), locale=translation.target_locale)
    assert title.translation_type == StringTranslation.TRANSLATION_TYPE_MACHINE


def test_links_chosen_in_the_original_point_to_each_languages_own_page(homes, locales, client, django_capture_on_commit_callbacks):
    target = ContentPageFactory(parent=homes["fi"], title="Kohde", slug="kohde")
    linking = ContentPageFactory(
        parent=homes["fi"],
        title="Linkittävä",
        slug="linkittava",
        body=StreamValue(
            ContentPage.body.field.stream_block,
            [
                ("text", f'<p>Lue <a linktype="page" id="{target.pk}">tästä</a>.</p>'),
                ("call_to_action", {"title": "Seuraavaksi", "text": "", "link_text": "Jatka", "page": target, "url": ""}),
            ],
            is_lazy=False,
        ),
    )
    with django_capture_on_commit_callbacks(execute=True):
        localize(target, locales["lv"])
        translation = localize(linking, locales["lv"])
    latvian_target = target.get_translation(locales["lv"])
    latvian_page = linking.get_translation(locales["lv"])
    html = client.get(latvian_page.url).content.decode()
    assert html.count(f'href="{latvian_target.url}"') == 2
    assert f'href="{target.url}"' not in html
    assert translation.source.get_translated_instance(locales["lv"]).pk == latvian_page.pk


def test_the_status_report_counts_missing_out_of_date_and_complete_translations(
    norwegian_story, locales, client, django_capture_on_commit_callbacks
):
    story, translations = norwegian_story
    setup_editorial_groups()
    admin = get_user_model().objects.create_superuser("admin", "admin@example.org", "pw")

    def story_row(**filters):
        rows, _languages = translation_statuses(admin, **filters)
        (row,) = [row for row in rows if row.page.pk == story.pk]
        return {code: cell.status for code, cell in row.languages.items()}

    assert story_row() == {"et": COMPLETE, "fi": COMPLETE, "lv": COMPLETE, "nb": ORIGINAL}

    # The Latvian translation is deleted, and the original changes without a sync.
    StoryPage.objects.get(translation_key=story.translation_key, locale=locales["lv"]).delete()
    story.lead = "Om å finne fotfeste igjen."
    story.save_revision().publish()
    assert story_row() == {"et": OUT_OF_DATE, "fi": OUT_OF_DATE, "lv": MISSING, "nb": ORIGINAL}
    assert story_row(language="lv") == {"lv": MISSING}

    # Synced: the new lead waits for translation, one string per language.
    with django_capture_on_commit_callbacks(execute=True):
        translations["fi"].source.update_from_db()
    rows, _languages = translation_statuses(admin)
    (row,) = [row for row in rows if row.page.pk == story.pk]
    assert row.languages["fi"].status == OUT_OF_DATE and row.languages["fi"].pending_strings == 1

    # Translated: complete again.
    translate_strings(translations["fi"], lambda text: f"[fi] {text}")
    assert story_row()["fi"] == COMPLETE

    client.force_login(admin)
    response = client.get(reverse("translation_status"), {"language": "lv", "status": MISSING})
    html = response.content.decode()
    assert response.status_code == 200
    assert f'data-page="{story.pk}"' in html
    summary = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html.split("data-translation-summary")[1].split("</table>")[0]))
    missing_in_latvian = sum(1 for row in translation_statuses(admin, language="lv")[0] if row.languages["lv"].status == MISSING)
    assert f"Latviešu {missing_in_latvian} 0 0" in summary


def test_the_status_report_shows_an_organisations_people_only_its_own_pages(norwegian_story, homes, client):
    story, _translations = norwegian_story
    other = StoryPageFactory(parent=story.get_parent(), title="Annen historie", organisation=None)
    setup_editorial_groups()
    membership = OrganisationGroup.objects.get(organisation_key=story.organisation.translation_key, role=EditorialRole.EDITOR)
    editor = get_user_model().objects.create_user("editor", "editor@example.org", "pw")
    editor.groups.add(membership.group)
    client.force_login(editor)
    html = client.get(reverse("translation_status")).content.decode()
    assert f'data-page="{story.pk}"' in html and f'data-page="{other.pk}"' not in html
    coordinator = get_user_model().objects.create_user("coordinator", "c@example.org", "pw")
    coordinator.groups.add(OrganisationGroup.objects.get(organisation_key=story.organisation.translation_key, role="coordinator").group)
    client.force_login(coordinator)
    assert client.get(reverse("translation_status")).status_code in (302, 403)


def test_the_status_report_runs_a_fixed_number_of_queries(norwegian_story, client, django_assert_max_num_queries):
    client.force_login(get_user_model().objects.create_superuser("admin", "admin@example.org", "pw"))
    with django_assert_max_num_queries(30):
        assert client.get(reverse("translation_status")).status_code == 200
    for index in range(5):
        StoryPageFactory(parent=norwegian_story[0].get_parent(), title=f"Flere {index}")
    with django_assert_max_num_queries(30):
        assert client.get(reverse("translation_status")).status_code == 200


def test_the_translation_editor_opens_for_a_translated_story_with_its_streamfield_strings(norwegian_story, client, locales):
    story, translations = norwegian_story
    client.force_login(get_user_model().objects.create_superuser("admin", "admin@example.org", "pw"))
    latvian = StoryPage.objects.get(translation_key=story.translation_key, locale=locales["lv"])
    html = client.get(f"/admin/pages/{latvian.pk}/edit/").content.decode()
    assert "data-props" in html
    # The editor's data is JSON, where letters such as ø are escaped.
    for text in ("Veien tilbake", "avsnitt om veien tilbake.", "Tredje avsnitt om h"):
        assert text in html


def admin_in(language, username="chooser"):
    user = get_user_model().objects.create_superuser(username, f"{username}@example.org", "pw")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


def test_the_page_chooser_lists_the_editors_language_first(homes, client):
    client.force_login(admin_in("lv"))
    html = client.get("/admin/choose-page/").json()["html"]
    titles = [title for title in HOME_TITLES.values() if title in html]
    assert len(titles) == 4
    assert html.index(HOME_TITLES["lv"]) < min(html.index(HOME_TITLES[code]) for code in ("et", "fi", "nb"))


def test_snippet_choosers_list_the_editors_language_first(locales, client):
    for code, name in (("fi", "Aihe A"), ("nb", "Tema B"), ("lv", "Tēma C"), ("et", "Teema D")):
        TopicFactory(name=name, slug=f"topic-{code}", locale=locales[code])
    client.force_login(admin_in("lv"))
    html = client.get("/admin/snippets/choose/stories/topic/").json()["html"]
    positions = {name: html.index(name) for name in ("Aihe A", "Tema B", "Tēma C", "Teema D")}
    assert positions["Tēma C"] == min(positions.values())


def test_the_page_editor_labels_choosers_and_actions_in_the_editors_language(norwegian_story, client):
    from django.utils import translation

    from stories.models import StoryAuthor

    story, _translations = norwegian_story
    for language in ("lv", "et"):
        client.force_login(admin_in(language, username=f"editor-{language}"))
        html = client.get(f"/admin/pages/{story.pk}/edit/").content.decode()
        with translation.override(language):
            expected = [
                translation.gettext("Choose %(object)s") % {"object": StoryAuthor._meta.verbose_name},
                'aria-label="%s"' % translation.gettext("Actions"),
            ]
        assert all(text in html for text in expected), language
        assert 'aria-label="Actions"' not in html
