"""Comments on stories, kept by django-contrib-comments and shown only once an editor approves them.

The library stores the comments and signs the form (the story it belongs to and when it was
shown); this module adds the privacy consent, the minimum fill time and the moderation.
"""

import time

from django import forms
from django.utils.translation import gettext_lazy as _
from django_comments import get_model
from django_comments.forms import DEFAULT_COMMENTS_TIMEOUT, CommentForm

from home.forms import FORM_EXPIRED, MINIMUM_FILL_SECONDS, SENT_TOO_QUICKLY

Comment = get_model()


class StoryCommentForm(CommentForm):
    privacy_consent = forms.BooleanField(
        label=_("I agree that my name and comment are published once an editor has approved them."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        del self.fields["url"]
        self.fields["email"].help_text = _("Never published. An editor may use it to reach you about your comment.")
        self.fields["comment"].widget.attrs["rows"] = 6

    def fields_for_people(self):
        return [self[name] for name in ("name", "email", "comment", "privacy_consent")]

    def clean_security_hash(self):
        try:
            return super().clean_security_hash()
        except forms.ValidationError:
            raise forms.ValidationError(FORM_EXPIRED)

    def clean_timestamp(self):
        age = time.time() - self.cleaned_data["timestamp"]
        if age > DEFAULT_COMMENTS_TIMEOUT:
            raise forms.ValidationError(FORM_EXPIRED)
        if age < MINIMUM_FILL_SECONDS:
            raise forms.ValidationError(SENT_TOO_QUICKLY)
        return self.cleaned_data["timestamp"]

    def clean_honeypot(self):
        if self.cleaned_data["honeypot"]:
            raise forms.ValidationError(_("This field must stay empty."))
        return ""

    def get_comment_create_data(self, site_id=None):
        self.cleaned_data["url"] = ""
        # Nothing is shown before an editor has read it.
        return {**super().get_comment_create_data(site_id=site_id), "is_public": False}


def approved_comments(story):
    return Comment.objects.for_model(story).filter(is_public=True, is_removed=False).order_by("submit_date", "pk")
