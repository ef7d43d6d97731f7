from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from .permissions import organisation_keys_for, works_site_wide


class OrganisationOwnedPageForm(WagtailAdminPageForm):
    """An organisation's people choose only among their own organisations, and must choose one,
    drafts included: the organisation decides who may edit the page."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.limited_to_own_organisations = self.for_user is not None and not works_site_wide(self.for_user)
        if self.limited_to_own_organisations:
            field = self.fields["organisation"]
            field.queryset = field.queryset.filter(translation_key__in=organisation_keys_for(self.for_user))

    def clean(self):
        cleaned_data = super().clean()
        if self.limited_to_own_organisations and not cleaned_data.get("organisation") and "organisation" not in self.errors:
            self.add_error("organisation", _("Choose your organisation."))
        return cleaned_data
