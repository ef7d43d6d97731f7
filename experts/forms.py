from django import forms
from django.utils.translation import gettext_lazy as _

from .models import PUBLIC_THEMES, AssignmentType, ExpertRole, Region, Theme, WorkFormat, spoken_language_choices


def _any(label):
    return [("", label)]


class DirectoryFilterForm(forms.Form):
    """The directory's filters: every choice a plain GET parameter, so links and bookmarks work."""

    role = forms.ChoiceField(label=_("Role"), required=False)
    theme = forms.ChoiceField(label=_("Theme"), required=False)
    assignment = forms.ChoiceField(label=_("Assignment"), required=False)
    language = forms.ChoiceField(label=_("Language"), required=False)
    region = forms.ChoiceField(label=_("Region"), required=False)
    format = forms.ChoiceField(label=_("Format"), required=False)
    organisation = forms.ChoiceField(label=_("Organisation"), required=False)

    def __init__(self, *args, locale, **kwargs):
        from organisations.models import OrganisationPage

        super().__init__(*args, **kwargs)
        self.organisations = {
            str(page.pk): page for page in OrganisationPage.objects.live().public().filter(locale=locale).order_by("title")
        }
        fields = self.fields
        fields["role"].choices = _any(_("All roles")) + [
            (str(role.translation_key), role.title) for role in ExpertRole.objects.filter(locale=locale)
        ]
        fields["theme"].choices = _any(_("All themes")) + [
            (str(theme.translation_key), theme.name) for theme in Theme.objects.filter(locale=locale)
        ]
        fields["assignment"].choices = _any(_("All assignments")) + AssignmentType.choices
        fields["language"].choices = _any(_("All languages")) + spoken_language_choices()
        fields["region"].choices = _any(_("All regions")) + [
            (str(region.translation_key), region.name) for region in Region.objects.filter(locale=locale)
        ]
        fields["format"].choices = _any(_("In person or remote")) + WorkFormat.choices
        fields["organisation"].choices = _any(_("All organisations")) + [
            (pk, page.title) for pk, page in self.organisations.items()
        ]

    def filter(self, experts):
        if not self.is_bound:
            return experts
        if not self.is_valid():
            return experts.none()
        wanted = self.cleaned_data
        if wanted["role"]:
            experts = experts.filter(role__translation_key=wanted["role"])
        if wanted["theme"]:
            experts = experts.filter(PUBLIC_THEMES, theme_consents__theme__translation_key=wanted["theme"])
        if wanted["assignment"]:
            experts = experts.filter(assignment_types__has=wanted["assignment"])
        if wanted["language"]:
            experts = experts.filter(languages__has=wanted["language"])
        if wanted["region"]:
            experts = experts.filter(regions__translation_key=wanted["region"])
        if wanted["format"]:
            experts = experts.filter(formats__has=wanted["format"])
        if wanted["organisation"]:
            experts = experts.descendant_of(self.organisations[wanted["organisation"]])
        return experts.distinct()

    @property
    def active(self):
        """The chosen filters as (field, label of the choice), for the summary above the results."""
        if not self.is_bound or not self.is_valid():
            return []
        return [
            (self[name], dict(self.fields[name].choices)[value]) for name, value in self.cleaned_data.items() if value
        ]
