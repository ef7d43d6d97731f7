"""Choosers list what is in the editor's admin language first: the page and snippet an editor
links to is nearly always in the language they work in."""

from django.db.models import Case, IntegerField, Value, When
from wagtail.models import Locale
from wagtail.snippets.views.chooser import ChooseResultsView, ChooseView, SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet


def active_language_first(queryset):
    """`queryset` with the active language's objects first, each group in its usual order."""
    try:
        locale = Locale.get_active()
    except Locale.DoesNotExist:
        return queryset
    ordering = list(queryset.query.order_by or queryset.model._meta.ordering or ["pk"])
    first = Case(When(locale=locale, then=Value(0)), default=Value(1), output_field=IntegerField())
    return queryset.order_by(first, *ordering)


class ActiveLanguageFirstMixin:
    def apply_object_list_ordering(self, objects):
        return active_language_first(super().apply_object_list_ordering(objects))


class LanguageFirstChooseView(ActiveLanguageFirstMixin, ChooseView):
    pass


class LanguageFirstChooseResultsView(ActiveLanguageFirstMixin, ChooseResultsView):
    pass


class LanguageFirstChooserViewSet(SnippetChooserViewSet):
    choose_view_class = LanguageFirstChooseView
    choose_results_view_class = LanguageFirstChooseResultsView


class TranslatableSnippetViewSet(SnippetViewSet):
    """For the site's translatable snippets (roles, themes, regions, authors, topics, crisis lines)."""

    chooser_viewset_class = LanguageFirstChooserViewSet
