"""Editors hear of new comments by mail, sent in the background so that posting never waits on it."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django_tasks import task

from .comments import Comment


def comment_moderators():
    return get_user_model().objects.with_perm("django_comments.change_comment").exclude(email="")


@task()
def notify_comment_moderators(comment_id):
    comment = Comment.objects.filter(pk=comment_id).first()
    recipients = list(comment_moderators().values_list("email", flat=True)) if comment else []
    if not recipients:
        return
    with translation.override(settings.LANGUAGE_CODE):
        context = {
            "comment": comment,
            "admin_url": settings.WAGTAILADMIN_BASE_URL + reverse("story_comments:edit", args=[comment.pk]),
        }
        subject = render_to_string("stories/mail/new_comment_subject.txt", context).strip()
        body = render_to_string("stories/mail/new_comment_body.txt", context)
    send_mail(subject, body, None, recipients)
