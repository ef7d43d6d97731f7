"""The editors' side: groups per organisation, what each role may touch, and the moderation workflow."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django_comments.models import Comment
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, Page, WorkflowPage
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile

from organisations.editorial import MODERATORS_GROUP, setup_editorial_groups
from organisations.models import EditorialRole, OrganisationGroup
from stories.models import StoryPage
from tests.factories import (
    OrganisationIndexPageFactory,
    OrganisationPageFactory,
    StoryIndexPageFactory,
    StoryPageFactory,
    VideoGalleryPageFactory,
)
from tests.test_orders import make_order


@pytest.fixture
def newsroom(homes, locales):
    """Two organisations with a page in Finnish and Latvian, a story each in both languages, an
    image each in their collection, an order and a comment each, and the editorial groups."""
    index = OrganisationIndexPageFactory(parent=homes["fi"])
    stories = StoryIndexPageFactory(parent=homes["fi"])
    latvian_stories = stories.copy_for_translation(locales["lv"])
    latvian_stories.save_revision().publish()
    VideoGalleryPageFactory(parent=homes["fi"])
    world = {"stories": stories, "latvian_stories": latvian_stories}
    for name, title in (("own", "Oma ry"), ("other", "Muu ry")):
        organisation = OrganisationPageFactory(parent=index, title=title)
        latvian_organisation = organisation.copy_for_translation(locales["lv"], copy_parents=True)
        latvian_organisation.save_revision().publish()
        story = StoryPageFactory(parent=stories, title=f"Tarina {title}", organisation=organisation, live=False)
        story.save_revision()
        latvian_story = story.copy_for_translation(locales["lv"])
        latvian_story.title = f"Stāsts {title}"
        latvian_story.save_revision()
        world[name] = {
            "organisation": organisation,
            "latvian_organisation": latvian_organisation,
            "story": story,
            "latvian_story": latvian_story,
            "order": make_order(organisation),
            "comment": Comment.objects.create(
                content_object=story, site_id=1, user_name=f"Lukija {title}", user_email="l@example.org", comment="Hei"
            ),
        }
    groups = setup_editorial_groups()
    for name in ("own", "other"):
        organisation = world[name]["organisation"]
        world[name]["groups"] = groups[organisation.title]
        world[name]["image"] = Image.objects.create(
            title=f"Kuva {organisation.title}",
            file=get_test_image_file(),
            collection=Collection.objects.get(name=organisation.title),
        )
    return world


def person(organisation, role, language="", username=None):
    membership = OrganisationGroup.objects.get(organisation_key=organisation.translation_key, role=role, language=language)
    user = get_user_model().objects.create_user(
        username or f"{role}-{language}-{organisation.slug}", f"{role}@example.org", "pw"
    )
    user.groups.add(membership.group)
    return user


def moderator():
    user = get_user_model().objects.create_user("moderator", "moderator@example.org", "pw")
    user.groups.add(Group.objects.get(name=MODERATORS_GROUP))
    return user


def story_form(page, **changes):
    """What the page editor posts for a story, with `changes`."""
    fields = {
        "title": page.title,
        "slug": page.slug,
        "lead": page.lead,
        "date": str(page.date),
        "organisation": page.organisation_id,
        "body": streamfield([("text", rich_text("<p>Muutettu tarina.</p>"))]),
        "related_links": inline_formset([]),
        "comments": inline_formset([]),
        "captions": inline_formset([]),
    }
    fields.update(changes)
    return nested_form_data(fields)


def edit_url(page):
    return f"/admin/pages/{page.pk}/edit/"


def is_denied(response):
    """Wagtail answers a forbidden admin page with a redirect to the dashboard, or 403/404."""
    return response.status_code in (403, 404) or (response.status_code == 302 and "/edit/" not in response.url)


def test_the_command_creates_each_organisations_groups_collection_and_the_moderation_workflow(newsroom, homes):
    call_command("setup_editorial_groups")  # running it again changes nothing
    organisation = newsroom["own"]["organisation"]
    roles = OrganisationGroup.objects.filter(organisation_key=organisation.translation_key)
    assert sorted(roles.values_list("role", "language")) == sorted(
        [("coordinator", ""), ("editor", "")] + [("translator", code) for code in ("et", "fi", "lv", "nb")]
    )
    assert Collection.objects.filter(name=organisation.title).count() == 1
    assert Group.objects.filter(name=MODERATORS_GROUP).count() == 1
    # Each language's home has a workflow named in that language, approved by the moderators.
    for code, home in homes.items():
        workflow = WorkflowPage.objects.get(page=home).workflow
        (task,) = workflow.tasks.all()
        assert list(task.specific.groups.values_list("name", flat=True)) == [MODERATORS_GROUP]
    assert WorkflowPage.objects.get(page=homes["fi"]).workflow.name == "Moderointi"
    assert WorkflowPage.objects.get(page=homes["lv"]).workflow.name != WorkflowPage.objects.get(page=homes["fi"]).workflow.name


def test_a_new_organisation_gets_its_groups_when_it_is_created(newsroom, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        organisation = OrganisationPageFactory(parent=newsroom["own"]["organisation"].get_parent(), title="Uusi ry")
    assert OrganisationGroup.objects.filter(organisation_key=organisation.translation_key).count() == 6


# The permission matrix: each role of the own organisation against the own and the other
# organisation's page, story, image, order and comment.


def test_an_editor_edits_their_organisations_pages_and_stories_but_not_anothers(client, newsroom):
    editor = person(newsroom["own"]["organisation"], EditorialRole.EDITOR)
    client.force_login(editor)
    for own_page in (
        newsroom["own"]["organisation"],
        newsroom["own"]["latvian_organisation"],
        newsroom["own"]["story"],
        newsroom["own"]["latvian_story"],
    ):
        assert client.get(edit_url(own_page)).status_code == 200, own_page
    for other_page in (
        newsroom["other"]["organisation"],
        newsroom["other"]["latvian_organisation"],
        newsroom["other"]["story"],
        newsroom["other"]["latvian_story"],
    ):
        assert is_denied(client.get(edit_url(other_page))), other_page
        assert is_denied(client.get(f"/admin/pages/{other_page.pk}/view_draft/")), other_page
    # A crafted post changes nothing.
    story = newsroom["other"]["story"]
    response = client.post(edit_url(story), story_form(story, title="Kaapattu"))
    assert is_denied(response)
    assert StoryPage.objects.get(pk=story.pk).get_latest_revision_as_object().title != "Kaapattu"


def test_an_editor_never_sees_another_organisations_stories_in_the_explorer_or_chooser(client, newsroom):
    client.force_login(person(newsroom["own"]["organisation"], EditorialRole.EDITOR))
    listing = client.get(f"/admin/pages/{newsroom['stories'].pk}/").content.decode()
    assert "Tarina Oma ry" in listing and "Tarina Muu ry" not in listing
    chooser = client.get(f"/admin/choose-page/{newsroom['stories'].pk}/").content.decode()
    assert "Tarina Oma ry" in chooser and "Tarina Muu ry" not in chooser


def test_an_editor_cannot_publish_but_submits_for_moderation(client, newsroom):
    client.force_login(person(newsroom["own"]["organisation"], EditorialRole.EDITOR))
    story = newsroom["own"]["story"]
    edit = client.get(edit_url(story)).content.decode()
    assert 'name="action-publish"' not in edit and 'name="action-submit"' in edit
    client.post(edit_url(story), story_form(story, **{"action-publish": "publish"}))
    assert not Page.objects.get(pk=story.pk).live
    client.post(edit_url(story), story_form(story, **{"action-submit": "submit"}))
    story.refresh_from_db()
    assert not story.live and story.workflow_in_progress


def test_an_editor_can_attach_a_story_only_to_their_own_organisation(client, newsroom):
    client.force_login(person(newsroom["own"]["organisation"], EditorialRole.EDITOR))
    story = newsroom["own"]["story"]
    response = client.post(edit_url(story), story_form(story, organisation=newsroom["other"]["organisation"].pk))
    assert response.status_code == 200  # the form again, with the error
    assert StoryPage.objects.get(pk=story.pk).get_latest_revision_as_object().organisation_id == story.organisation_id
    add_url = f"/admin/pages/add/stories/storypage/{newsroom['stories'].pk}/"
    assert client.get(add_url).status_code == 200
    client.post(add_url, story_form(StoryPageFactory.build(slug="uusi", organisation=None), title="Uusi", organisation=""))
    assert not StoryPage.objects.filter(slug="uusi").exists()


def test_an_editor_edits_only_their_organisations_images(client, newsroom):
    client.force_login(person(newsroom["own"]["organisation"], EditorialRole.EDITOR))
    assert client.get(f"/admin/images/{newsroom['own']['image'].pk}/").status_code == 200
    assert is_denied(client.get(f"/admin/images/{newsroom['other']['image'].pk}/"))
    listing = client.get("/admin/images/").content.decode()
    assert "Kuva Oma ry" in listing and "Kuva Muu ry" not in listing
    other_collection = Collection.objects.get(name="Muu ry")
    client.post(
        "/admin/images/add/", {"title": "Salaa", "file": get_test_image_file(), "collection": other_collection.pk}
    )
    assert not Image.objects.filter(title="Salaa", collection=other_collection).exists()


def test_orders_and_comments_belong_to_their_organisations_coordinators(client, newsroom):
    own, other = newsroom["own"], newsroom["other"]
    client.force_login(person(own["organisation"], EditorialRole.COORDINATOR))
    orders = client.get("/admin/orders/").content.decode()
    assert own["order"].reference in orders and other["order"].reference not in orders
    assert client.get(f"/admin/orders/edit/{own['order'].pk}/").status_code == 200
    assert is_denied(client.get(f"/admin/orders/edit/{other['order'].pk}/", follow=True))
    comments = client.get("/admin/story_comments/").content.decode()
    assert "Lukija Oma ry" in comments and "Lukija Muu ry" not in comments
    assert is_denied(client.get(f"/admin/story_comments/edit/{other['comment'].pk}/", follow=True))
    # A coordinator is no editor.
    assert is_denied(client.get(edit_url(own["story"])))


def test_editors_and_translators_see_no_orders(client, newsroom):
    organisation = newsroom["own"]["organisation"]
    for user in (person(organisation, EditorialRole.EDITOR), person(organisation, EditorialRole.TRANSLATOR, "lv")):
        client.force_login(user)
        assert is_denied(client.get("/admin/orders/"))
        assert is_denied(client.get(f"/admin/orders/edit/{newsroom['own']['order'].pk}/"))


def test_a_translator_edits_and_publishes_only_their_language_of_their_organisation(client, newsroom):
    own, other = newsroom["own"], newsroom["other"]
    translator = person(own["organisation"], EditorialRole.TRANSLATOR, "lv")
    client.force_login(translator)
    assert own["latvian_story"].permissions_for_user(translator).can_publish()
    assert client.get(edit_url(own["latvian_story"])).status_code == 200
    assert client.get(edit_url(own["latvian_organisation"])).status_code == 200
    for page in (own["story"], own["organisation"], other["latvian_story"], other["latvian_organisation"]):
        assert is_denied(client.get(edit_url(page))), page
        assert not page.permissions_for_user(translator).can_publish()


def test_site_wide_moderators_reach_every_organisation(newsroom):
    user = moderator()
    for name in ("own", "other"):
        permissions = newsroom[name]["story"].permissions_for_user(user)
        assert permissions.can_edit() and permissions.can_publish()


# The moderation workflow, with its emails.


def test_a_story_is_published_when_a_moderator_approves_it_and_the_editor_is_told(newsroom, django_capture_on_commit_callbacks):
    editor = person(newsroom["own"]["organisation"], EditorialRole.EDITOR)
    UserProfile.get_for_user(editor).__class__.objects.filter(user=editor).update(preferred_language="fi")
    reviewer = moderator()
    story = StoryPage.objects.get(pk=newsroom["own"]["story"].pk)
    with django_capture_on_commit_callbacks(execute=True):
        story.save_revision(user=editor)
        workflow_state = story.get_workflow().start(story, editor)
    assert [message.to for message in mail.outbox] == [[reviewer.email]]  # the moderators hear of it
    mail.outbox.clear()
    task_state = workflow_state.current_task_state
    with django_capture_on_commit_callbacks(execute=True):
        task_state.task.specific.on_action(task_state, reviewer, "approve")
    story.refresh_from_db()
    assert story.live
    assert [message.to for message in mail.outbox] == [[editor.email]]


def test_a_rejected_story_stays_unpublished_and_the_editor_is_told(newsroom, django_capture_on_commit_callbacks):
    editor = person(newsroom["own"]["organisation"], EditorialRole.EDITOR)
    reviewer = moderator()
    story = StoryPage.objects.get(pk=newsroom["own"]["story"].pk)
    story.save_revision(user=editor)
    workflow_state = story.get_workflow().start(story, editor)
    mail.outbox.clear()
    task_state = workflow_state.current_task_state
    with django_capture_on_commit_callbacks(execute=True):
        task_state.task.specific.on_action(task_state, reviewer, "reject")
    story.refresh_from_db()
    assert not story.live
    assert [message.to for message in mail.outbox] == [[editor.email]]
    assert "Tarina Oma ry" in mail.outbox[0].subject


def test_the_admin_page_search_finds_no_other_organisations_story(client, newsroom):
    client.force_login(person(newsroom["own"]["organisation"], EditorialRole.EDITOR))
    for url in ("/admin/pages/search/", "/admin/pages/search/results/"):
        results = client.get(url, {"q": "Tarina"}).content.decode()
        assert "Tarina Oma ry" in results and "Tarina Muu ry" not in results
    client.logout()
    assert client.get("/admin/pages/search/", {"q": "Tarina"}).status_code == 302  # to the login
