"""The coordinators' side: orders in the Wagtail admin, each coordinator seeing only their organisation's."""

import django_filters
from django import forms
from django.contrib.admin.utils import unquote
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.views import generic

from home.permissions import SubmittedOnlyPermissionPolicy
from organisations.permissions import OwnOrganisationsMixin

from .models import Order, OrderStatus


class OrderFilterSet(WagtailFilterSet):
    status = django_filters.MultipleChoiceFilter(choices=OrderStatus.choices, widget=forms.CheckboxSelectMultiple)
    created_at = django_filters.DateFromToRangeFilter(label=_("Received"), widget=DateRangePickerWidget)
    mail_pending = django_filters.BooleanFilter(label=_("Mail not yet sent"), method="filter_mail_pending")

    class Meta:
        model = Order
        fields = ["status", "organisation", "expert", "created_at"]

    def filter_mail_pending(self, queryset, name, value):
        pending = queryset.with_unsent_mail()
        return pending if value else queryset.exclude(pk__in=pending.values("pk"))


class OrderStatusForm(WagtailAdminModelForm):
    """Moves an order one step along its workflow, with a note kept in its history."""

    note = forms.CharField(label=_("Note"), widget=forms.Textarea(attrs={"rows": 3}), required=False, max_length=2000)

    class Meta:
        model = Order
        fields = ["status"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        current = self.instance.status
        self.fields["status"] = forms.ChoiceField(
            label=_("New status"),
            choices=[(current, OrderStatus(current).label)] + [(s.value, s.label) for s in self.instance.next_statuses],
            initial=current,
        )

    def save(self, commit=True):
        status = self.cleaned_data["status"]
        # The form has already written the new status onto its instance; start from the stored order.
        order = Order.objects.get(pk=self.instance.pk)
        if status != order.status:
            order.change_status(status, self.cleaned_data["note"], self.for_user)
        elif self.cleaned_data["note"]:
            order.add_note(self.cleaned_data["note"], self.for_user)
        return order


class OrderHistoryMixin(OwnOrganisationsMixin):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["events"] = self.object.events.select_related("changed_by")
        return context


class OrderIndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().for_user(self.request.user).select_related("organisation", "expert")


class OrderEditView(OrderHistoryMixin, generic.EditView):
    template_name = "orders/admin/edit.html"


class OrderInspectView(OrderHistoryMixin, generic.InspectView):
    template_name = "orders/admin/inspect.html"

    def get_object(self, queryset=None):
        return get_object_or_404(self.get_queryset(), pk=unquote(str(self.pk)))


class OrderDeleteView(OwnOrganisationsMixin, generic.DeleteView):
    pass


class OrderViewSet(ModelViewSet):
    model = Order
    permission_policy = SubmittedOnlyPermissionPolicy(Order)
    icon = "form"
    menu_label = _("Orders")
    menu_order = 150
    add_to_admin_menu = True
    index_view_class = OrderIndexView
    edit_view_class = OrderEditView
    inspect_view_class = OrderInspectView
    delete_view_class = OrderDeleteView
    inspect_view_enabled = True
    filterset_class = OrderFilterSet
    search_fields = ["reference", "name", "email", "orderer_organisation"]
    list_display = [
        "reference", "created_at", "status", "organisation", "expert", "date", "name",
        BooleanColumn("mail_pending", label=_("Mail pending")),
    ]
    list_export = [
        "reference", "created_at", "status", "organisation", "expert", "language", "name", "orderer_organisation",
        "orderer_type", "email", "phone", "assignment_type", "theme", "date", "start_time", "duration_minutes",
        "format", "audience", "audience_size", "minors_present", "billing_name", "business_id",
        "e_invoice_address", "billing_reference",
    ]
    export_filename = "orders"
    inspect_view_fields_exclude = ["id"]

    def get_form_class(self, for_update=False):
        return OrderStatusForm
