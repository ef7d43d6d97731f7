from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from home.choosers import active_language_first

from .permissions import pages_hidden_from
from .views import TranslationStatusView, may_see_translation_status


@hooks.register("construct_explorer_page_queryset")
def hide_other_organisations_pages_in_explorer(parent_page, pages, request):
    return pages_hidden_from(request.user, pages)


@hooks.register("construct_page_chooser_queryset")
def hide_other_organisations_pages_in_chooser(pages, request):
    return pages_hidden_from(request.user, pages)


@hooks.register("register_admin_urls")
def register_translation_status_url():
    return [path("reports/translation-status/", TranslationStatusView.as_view(), name="translation_status")]


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request):
        return may_see_translation_status(request.user)


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return TranslationStatusMenuItem(
        _("Translation status"), reverse("translation_status"), name="translation-status", icon_name="doc-full", order=900
    )


@hooks.register("construct_page_chooser_queryset")
def list_the_editors_language_first(pages, request):
    return active_language_first(pages)
