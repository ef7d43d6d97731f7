"""Comments on stories: nothing shown before approval, spam kept out, bad input answered, moderation in the admin."""

import time

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.test import override_settings
from django.urls import reverse
from django_comments.forms import CommentSecurityForm
from wagtail.models import GroupPagePermission

from stories.comments import Comment, StoryCommentForm
from tests.factories import StoryIndexPageFactory, StoryPageFactory

pytestmark = pytest.mark.django_db

XSS = '<script>alert(1)</script><img src=x onerror="alert(2)">'


@pytest.fixture
def story(homes):
    index = StoryIndexPageFactory(parent=homes["fi"])
    return StoryPageFactory(parent=index, title="Ensimmäinen tehtävä")


@pytest.fixture
def moderator(django_user_model, homes):
    """A site-wide moderator: the group's page permissions start at the home page."""
    group = Group.objects.create(name="Comment moderators")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        *Permission.objects.filter(content_type__app_label="django_comments"),
    )
    GroupPagePermission.objects.create(group=group, page=homes["fi"], permission=Permission.objects.get(codename="change_page"))
    user = django_user_model.objects.create_user("moderator", "moderator@example.fi", "pw")
    user.groups.add(group)
    return user


def comment_data(story, seconds_ago=60, **changes):
    """What the comment form posts, signed as if it had been shown `seconds_ago`."""
    timestamp = str(int(time.time()) - seconds_ago)
    security = CommentSecurityForm(story)
    data = {
        "content_type": str(story._meta),
        "object_pk": str(story.pk),
        "timestamp": timestamp,
        "security_hash": security.initial_security_hash(timestamp),
        "name": "Maija",
        "email": "maija@example.fi",
        "comment": "Kiitos, tämä auttoi.",
        "privacy_consent": "on",
        "honeypot": "",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def page(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def shown_comments(client, story):
    return [p.get_text(" ", strip=True) for p in page(client.get(story.url)).select(".comment p:not(.meta)")]


def test_a_comment_waits_for_approval_and_editors_hear_of_it(client, story, moderator, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(story.route_url("comment"), comment_data(story))
    assert response.status_code == 302 and response["Location"] == story.url + "#comments"
    comment = Comment.objects.get()
    assert not comment.is_public and comment.content_object == story
    # The commenter is told, in the page's language, that the comment waits for an editor.
    html = page(client.get(story.url))
    assert html.select_one("#comments .notice[role=status]")
    assert shown_comments(client, story) == []
    assert mail.outbox[0].to == ["moderator@example.fi"]
    assert reverse("story_comments:edit", args=[comment.pk]) in mail.outbox[0].body

    comment.is_public = True
    comment.save()
    assert shown_comments(client, story) == ["Kiitos, tämä auttoi."]
    # The email address is never published.
    assert "maija@example.fi" not in client.get(story.url).content.decode()


@pytest.mark.parametrize(
    "changes, field",
    [
        ({"name": ""}, "name"),
        ({"comment": ""}, "comment"),
        ({"comment": "x" * 20000}, "comment"),
        ({"email": "not-an-address"}, "email"),
        ({"privacy_consent": None}, "privacy_consent"),
        ({"honeypot": "https://spam.example"}, "honeypot"),
        ({"timestamp": "abc"}, "timestamp"),
        ({"security_hash": "0" * 40}, "security_hash"),
    ],
)
def test_bad_input_gets_a_message_and_stores_nothing(client, story, changes, field):
    response = client.post(story.route_url("comment"), comment_data(story, **changes))
    assert response.status_code == 400
    html = page(response)
    assert html.html["lang"] == "fi"
    assert html.select_one("#comment-errors li")
    assert Comment.objects.count() == 0


def test_a_comment_sent_too_quickly_is_refused(client, story):
    response = client.post(story.route_url("comment"), comment_data(story, seconds_ago=1))
    assert response.status_code == 400 and Comment.objects.count() == 0


def test_markup_stays_text_on_the_site_and_in_the_admin(client, story, admin_client):
    client.post(story.route_url("comment"), comment_data(story, comment=XSS, name="<b>Maija</b>"))
    comment = Comment.objects.get()
    comment.is_public = True
    comment.save()
    for response in (client.get(story.url), admin_client.get(reverse("story_comments:index"))):
        html = response.content.decode()
        assert "<script>alert(1)</script>" not in html and "<b>Maija</b>" not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert shown_comments(client, story)[0] == XSS


@override_settings(COMMENT_RATE_LIMIT="2/h")
def test_a_flood_of_comments_gets_a_friendly_429(client, story):
    for number in range(2):
        assert client.post(story.route_url("comment"), comment_data(story, comment=f"Kommentti {number}")).status_code == 302
    response = client.post(story.route_url("comment"), comment_data(story, comment="Vielä yksi"))
    assert response.status_code == 429
    assert page(response).html["lang"] == "fi"
    assert Comment.objects.count() == 2


def test_editors_approve_reject_and_filter_comments_in_the_admin(client, story, moderator):
    client.post(story.route_url("comment"), comment_data(story, comment="Hyvä kirjoitus"))
    client.post(story.route_url("comment"), comment_data(story, comment="Mainos", name="Botti"))
    good, spam = Comment.objects.order_by("pk")
    client.force_login(moderator)
    assert client.post(reverse("story_comments:edit", args=[good.pk]), {"state": "approved"}).status_code == 302
    assert client.post(reverse("story_comments:edit", args=[spam.pk]), {"state": "rejected"}).status_code == 302
    good.refresh_from_db()
    spam.refresh_from_db()
    assert good.is_public and not good.is_removed and spam.is_removed and not spam.is_public
    assert shown_comments(type(client)(), story) == ["Hyvä kirjoitus"]

    listing = client.get(reverse("story_comments:index"), {"state": "rejected", "story": story.pk})
    assert [cell.a.get_text(strip=True) for cell in page(listing).select("tbody td:first-child")] == ["Botti"]
    assert client.get(reverse("story_comments:add")).status_code in (403, 404, 302)
    assert client.post(reverse("story_comments:delete", args=[spam.pk])).status_code == 302
    assert Comment.objects.count() == 1


def test_the_form_names_its_required_fields_and_hides_the_trap(client, story):
    html = page(client.get(story.url))
    form = html.select_one("form.comment-form")
    labels = {label.get_text(" ", strip=True) for label in form.select("label")}
    assert any(label.endswith("*") or "*" in label for label in labels)
    assert form.select_one(".order-form__trap input[name=honeypot]")
    assert not form.select("input[name=url]")
    assert set(StoryCommentForm(story).fields) >= {"name", "email", "comment", "privacy_consent", "honeypot"}


def test_a_coordinator_moderates_only_their_own_organisations_comments(client, homes):
    from tests.factories import OrganisationIndexPageFactory, OrganisationPageFactory, member_of

    organisations = OrganisationIndexPageFactory(parent=homes["fi"])
    ours, theirs = (OrganisationPageFactory(parent=organisations, title=title) for title in ("Oma", "Muu"))
    index = StoryIndexPageFactory(parent=homes["fi"])
    comments = {}
    for organisation in (ours, theirs):
        story = StoryPageFactory(parent=index, organisation=organisation)
        comments[organisation.title] = Comment.objects.create(
            content_object=story, site_id=1, user_name=f"Lukija {organisation.title}", user_email="l@example.org", comment="Hei"
        )
    client.force_login(member_of(ours, "coordinator", ["view_comment", "change_comment", "delete_comment"]))
    listing = client.get(reverse("story_comments:index")).content.decode()
    assert "Lukija Oma" in listing and "Lukija Muu" not in listing
    assert client.get(reverse("story_comments:edit", args=[comments["Oma"].pk])).status_code == 200
    # Not found (Django's LocaleMiddleware first tries the address with a language prefix).
    for name in ("edit", "delete"):
        assert client.get(reverse(f"story_comments:{name}", args=[comments["Muu"].pk]), follow=True).status_code == 404
    assert client.post(reverse("story_comments:delete", args=[comments["Muu"].pk]), follow=True).status_code == 404
    assert Comment.objects.filter(pk=comments["Muu"].pk).exists()
