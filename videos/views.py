"""Consent records in the Wagtail admin: recorded and withdrawn by editors, never deleted, never public."""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.views import generic
from wagtail.permission_policies import ModelPermissionPolicy

from organisations.permissions import OwnOrganisationsMixin, visible_to

from .models import VideoConsent, VideoPage


class KeptRecordPermissionPolicy(ModelPermissionPolicy):
    """A consent record is evidence of what was agreed: it is withdrawn, not deleted."""

    def user_has_permission(self, user, action):
        return action != "delete" and super().user_has_permission(user, action)


class ConsentFilterSet(WagtailFilterSet):
    withdrawn = django_filters.BooleanFilter(label=_("Withdrawn"), field_name="withdrawn_on", lookup_expr="isnull", exclude=True)

    class Meta:
        model = VideoConsent
        fields = ["video", "minor", "scope"]


class ConsentForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["video"].queryset = visible_to(self.for_user, VideoPage.objects.all(), "organisation")
        if self.instance.withdrawn:
            # Once withdrawn, only the notes may change: the video must stay off the site.
            for name, field in self.fields.items():
                field.disabled = name != "notes"

    def save(self, commit=True):
        consent = super().save(commit=False)
        if commit:
            consent.save(withdrawn_by=self.for_user)
        return consent


class ConsentCreateView(generic.CreateView):
    def get_initial(self):
        # The video page's consent panel links here with the video chosen.
        return {**super().get_initial(), "video": self.request.GET.get("video")}


class ConsentIndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().for_user(self.request.user).select_related("video")


class ConsentEditView(OwnOrganisationsMixin, generic.EditView):
    pass


class ConsentViewSet(ModelViewSet):
    model = VideoConsent
    permission_policy = KeptRecordPermissionPolicy(VideoConsent)
    icon = "lock"
    menu_label = _("Video consents")
    menu_order = 170
    add_to_admin_menu = True
    index_view_class = ConsentIndexView
    add_view_class = ConsentCreateView
    edit_view_class = ConsentEditView
    filterset_class = ConsentFilterSet
    search_fields = ["person", "guardian"]
    list_display = [
        "person",
        Column("video", label=_("Video"), accessor="video"),
        "consented_on",
        "scope",
        BooleanColumn("minor", label=_("Under 18")),
        "withdrawn_on",
    ]
    edit_handler = ObjectList(
        [
            FieldPanel("video"),
            FieldRowPanel([FieldPanel("person"), FieldPanel("minor"), FieldPanel("guardian")]),
            FieldRowPanel([FieldPanel("consented_on"), FieldPanel("scope")]),
            FieldPanel("notes"),
            FieldPanel("withdrawn_on"),
        ],
        base_form_class=ConsentForm,
    )
