"""Comment moderation in the Wagtail admin: editors approve, reject or delete what visitors wrote."""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.views import generic

from home.permissions import SubmittedOnlyPermissionPolicy
from organisations.permissions import visible_to, works_site_wide

from .comments import Comment
from .models import StoryPage

PENDING, APPROVED, REJECTED = "pending", "approved", "rejected"
STATES = [(PENDING, _("Waiting for moderation")), (APPROVED, _("Approved")), (REJECTED, _("Rejected"))]
STATE_FILTERS = {
    PENDING: {"is_public": False, "is_removed": False},
    APPROVED: {"is_public": True, "is_removed": False},
    REJECTED: {"is_removed": True},
}


def state_of(comment):
    if comment.is_removed:
        return REJECTED
    return APPROVED if comment.is_public else PENDING


def story_choices():
    return [(str(story.pk), f"{story.title} ({story.locale.language_code})") for story in StoryPage.objects.select_related("locale").order_by("title")]


class CommentFilterSet(WagtailFilterSet):
    state = django_filters.ChoiceFilter(label=_("State"), choices=STATES, method="filter_state")
    story = django_filters.ChoiceFilter(label=_("Story"), choices=story_choices, method="filter_story")

    class Meta:
        model = Comment
        fields = []

    def filter_state(self, queryset, name, value):
        return queryset.filter(**STATE_FILTERS[value])

    def filter_story(self, queryset, name, value):
        return queryset.filter(object_pk=value)


class ModerationForm(WagtailAdminModelForm):
    state = forms.ChoiceField(label=_("Decision"), choices=STATES, widget=forms.RadioSelect)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.initial["state"] = state_of(self.instance)

    def save(self, commit=True):
        state = self.cleaned_data["state"]
        self.instance.is_public = state == APPROVED
        self.instance.is_removed = state == REJECTED
        if commit:
            self.instance.save(update_fields=["is_public", "is_removed"])
        return self.instance


def visible_comments(user, comments):
    """The comments on the stories of the user's organisations; every comment for site-wide moderators."""
    if works_site_wide(user):
        return comments
    stories = visible_to(user, StoryPage.objects.all(), "organisation").values_list("pk", flat=True)
    return comments.filter(object_pk__in=[str(pk) for pk in stories])


class OwnStoriesCommentsMixin:
    def get_queryset(self):
        return visible_comments(self.request.user, Comment.objects.all())


class CommentIndexView(generic.IndexView):
    def get_base_queryset(self):
        return visible_comments(self.request.user, super().get_base_queryset()).prefetch_related("content_object")


class CommentEditView(OwnStoriesCommentsMixin, generic.EditView):
    pass


class CommentDeleteView(OwnStoriesCommentsMixin, generic.DeleteView):
    pass


class CommentViewSet(ModelViewSet):
    model = Comment
    permission_policy = SubmittedOnlyPermissionPolicy(Comment)
    icon = "comment"
    menu_label = _("Comments")
    menu_order = 160
    add_to_admin_menu = True
    index_view_class = CommentIndexView
    edit_view_class = CommentEditView
    delete_view_class = CommentDeleteView
    filterset_class = CommentFilterSet
    search_fields = ["user_name", "comment"]
    ordering = ["-submit_date"]
    list_display = [
        "user_name",
        Column("comment", label=_("Comment"), accessor=lambda comment: comment.comment[:120]),
        Column("story", label=_("Story"), accessor="content_object"),
        "submit_date",
        Column("state", label=_("State"), accessor=lambda comment: dict(STATES)[state_of(comment)]),
    ]
    edit_handler = ObjectList(
        [
            FieldPanel("user_name", read_only=True),
            FieldPanel("user_email", read_only=True),
            FieldPanel("submit_date", read_only=True),
            FieldPanel("comment", read_only=True),
            FieldPanel("state"),
        ],
        base_form_class=ModerationForm,
    )
