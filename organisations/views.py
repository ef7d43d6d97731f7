from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.admin.views.pages.search import SearchView
from wagtail.models import Page
from wagtail.permissions import page_permission_policy

from . import translation_status
from .permissions import pages_hidden_from, works_site_wide


def may_see_translation_status(user):
    """Those who write or translate pages."""
    return page_permission_policy.user_has_any_permission(user, ["add", "change", "publish"])


class TranslationStatusFilterForm(forms.Form):
    organisation = forms.ChoiceField(label=_("Organisation"), required=False)
    language = forms.ChoiceField(label=_("Language"), required=False)
    status = forms.ChoiceField(label=_("Status"), required=False)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        everything = [("", _("All"))]
        self.fields["organisation"].choices = everything + translation_status.organisation_choices(user)
        self.fields["language"].choices = everything + list(settings.LANGUAGES)
        self.fields["status"].choices = everything + [
            (status, translation_status.STATUS_LABELS[status]) for status in translation_status.TRANSLATION_STATUSES
        ]


class TranslationStatusView(WagtailAdminTemplateMixin, TemplateView):
    """The translation status report: per page, each language missing, out of date or complete."""

    template_name = "organisations/admin/translation_status.html"
    page_title = _("Translation status")
    header_icon = "doc-full"
    rows_per_page = 50

    def dispatch(self, request, *args, **kwargs):
        if not may_see_translation_status(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = TranslationStatusFilterForm(self.request.GET or None, user=self.request.user)
        filters = form.cleaned_data if form.is_valid() else {}
        rows, languages = translation_status.translation_statuses(
            self.request.user,
            organisation_key=filters.get("organisation"),
            language=filters.get("language"),
            status=filters.get("status"),
        )
        page = Paginator(rows, self.rows_per_page).get_page(self.request.GET.get("p"))
        user = self.request.user
        for row in page.object_list:
            row.sync_url = translation_status.sync_url(row, user)
            for cell in row.languages.values():
                cell.url = translation_status.cell_url(row, cell, user)
        language_names = dict(settings.LANGUAGES)
        counts = translation_status.summary(rows, languages)
        query = self.request.GET.copy()
        query.pop("p", None)
        context.update(
            form=form,
            rows=page,
            query=query.urlencode(),
            languages=[(code, language_names[code]) for code in languages],
            summary=[(language_names[code], counts[code]) for code in languages],
            statuses=translation_status.STATUS_LABELS,
        )
        return context


class OrganisationScopedPageSearchView(SearchView):
    """Wagtail's admin page search without the stories and videos of organisations the user
    doesn't work for: they sit in sections every organisation shares, which Wagtail's search
    would otherwise open to anyone who may add pages there."""

    def annotate_queryset(self, pages):
        if not works_site_wide(self.request.user):
            pages = pages.filter(pk__in=pages_hidden_from(self.request.user, Page.objects.all()).values("pk"))
        return super().annotate_queryset(pages)
