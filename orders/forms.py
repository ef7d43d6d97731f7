import time

from django import forms
from django.core import signing
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from experts.models import AssignmentType
from home.forms import FORM_EXPIRED, MINIMUM_FILL_SECONDS, SENT_TOO_QUICKLY

from .models import Order, OrderFormat, OrdererType

STARTED_SALT = "orders.form-started"

FIELD_GROUPS = [
    (_("About you"), ["name", "orderer_organisation", "orderer_type", "email", "phone"]),
    (_("Invoicing"), ["billing_name", "business_id", "e_invoice_address", "billing_reference"]),
    (_("The assignment"), ["expert", "assignment_type", "theme", "goals", "avoid"]),
    (_("Time"), ["date", "start_time", "duration_minutes", "alternative_dates"]),
    (_("Format"), ["format", "address", "recording"]),
    (_("Audience"), ["audience", "audience_size", "minors_present", "audience_language"]),
    (_("Price and terms"), ["accepts_terms", "pays_travel"]),
    (_("Accessibility"), ["accessibility_needs"]),
    (_("Privacy"), ["privacy_consent"]),
]


class OrderForm(forms.ModelForm):
    """An order for one expert, or for the organisation to find one; checked fully on the server."""

    privacy_consent = forms.BooleanField(
        label=_("I agree that my details are used to handle this order, as the privacy notice explains."),
    )
    # Hidden from people; a script filling in every field fills this one too.
    website = forms.CharField(required=False, label=_("Leave this field empty"))
    started = forms.CharField(widget=forms.HiddenInput)
    duration_minutes = forms.IntegerField(
        label=Order._meta.get_field("duration_minutes").verbose_name, min_value=15, max_value=8 * 60
    )
    audience_size = forms.IntegerField(label=Order._meta.get_field("audience_size").verbose_name, min_value=1, max_value=100000)

    class Meta:
        model = Order
        fields = [name for _heading, names in FIELD_GROUPS for name in names if name != "privacy_consent"]
        widgets = {
            "date": forms.DateInput(attrs={"type": "date"}),
            "start_time": forms.TimeInput(attrs={"type": "time"}),
            "goals": forms.Textarea(attrs={"rows": 4}),
            "avoid": forms.Textarea(attrs={"rows": 3}),
            "accessibility_needs": forms.Textarea(attrs={"rows": 3}),
            "format": forms.RadioSelect,
            "orderer_type": forms.RadioSelect,
        }
        help_texts = {
            "avoid": _("For example subjects that should not come up. Please do not write about anyone's health."),
            "alternative_dates": _("If the date does not suit the expert, which other days would?"),
            "address": _("Needed for events in person or hybrid."),
            "e_invoice_address": _("If you want an e-invoice."),
        }

    def __init__(self, *args, organisation, expert=None, experts=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.organisation, self.fixed_expert = organisation, expert
        if expert is not None:
            del self.fields["expert"]
        else:
            self.fields["expert"].queryset = experts
            self.fields["expert"].empty_label = _("Let the coordinator choose")
            self.fields["expert"].label = _("Preferred expert")
        self.fields["assignment_type"].choices = [("", "—"), *AssignmentType.choices]
        # Radio buttons need no empty choice: nothing is checked until the orderer picks one.
        self.fields["orderer_type"].choices = OrdererType.choices
        self.fields["format"].choices = OrderFormat.choices
        self.fields["accepts_terms"].required = True
        self.fields["accepts_terms"].label = _("I accept the price list and the cancellation terms.")
        self.fields["pays_travel"].label = _("We pay the expert's travel costs, if there are any.")
        if not self.is_bound:
            self.initial["started"] = signing.dumps(time.time(), salt=STARTED_SALT)

    def groups(self):
        """(heading, fields, whether the group is about money and so shows the price estimate)."""
        return [
            (heading, [self[name] for name in names if name in self.fields], "accepts_terms" in names)
            for heading, names in FIELD_GROUPS
        ]

    def chosen_format_and_duration(self):
        """The format and duration chosen so far, valid ones only, to estimate the price from."""
        cleaned = getattr(self, "cleaned_data", {})
        return cleaned.get("format"), cleaned.get("duration_minutes")

    def clean_website(self):
        if self.cleaned_data["website"]:
            raise forms.ValidationError(_("This field must stay empty."))
        return ""

    def clean_started(self):
        try:
            started = signing.loads(self.cleaned_data["started"], salt=STARTED_SALT, max_age=24 * 3600)
        except (signing.BadSignature, TypeError, ValueError):
            raise forms.ValidationError(FORM_EXPIRED)
        if time.time() - started < MINIMUM_FILL_SECONDS:
            raise forms.ValidationError(SENT_TOO_QUICKLY)
        return started

    def clean_date(self):
        date = self.cleaned_data["date"]
        if date < timezone.localdate():
            raise forms.ValidationError(_("The date is in the past."))
        return date

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("format") in (OrderFormat.IN_PERSON, OrderFormat.HYBRID) and not cleaned.get("address"):
            self.add_error("address", _("Tell us where the event takes place."))
        return cleaned

    def build_order(self, language):
        """The order, ready to store: `save_new` stores it in one transaction."""
        order = super().save(commit=False)
        order.language = language
        order.organisation = self.organisation
        if self.fixed_expert is not None:
            order.expert = self.fixed_expert
        order.privacy_consent_at = timezone.now()
        return order
