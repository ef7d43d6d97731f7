"""Choosers in the editor's language: they list what is in the editor's admin language first
(the page or snippet an editor links to is nearly always in the language they work in), and
the snippet chooser's labels are worded in it."""

from django.db.models import Case, IntegerField, Value, When
from django.utils.functional import cached_property, lazy
from django.utils.translation import gettext
from wagtail.models import Locale
from wagtail.snippets.views.chooser import ChooseResultsView, ChooseView, SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet
from wagtail.snippets.widgets import AdminSnippetChooser


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


def label_for(message, model):
    """Wagtail's chooser label `message` for `model`, in the language active when it is shown."""
    return lazy(lambda: gettext(message) % {"object": model._meta.verbose_name}, str)()


class SnippetChooser(AdminSnippetChooser):
    """Wagtail makes one snippet chooser widget per model at start-up and words its labels in the
    language active then; these are worded in each editor's language."""

    def __init__(self, model, **kwargs):
        super().__init__(model, **kwargs)
        self.choose_one_text = label_for("Choose %(object)s", model)
        self.choose_another_text = label_for("Choose another %(object)s", model)
        self.link_to_chosen_text = label_for("Edit this %(object)s", model)


class LanguageFirstChooserViewSet(SnippetChooserViewSet):
    choose_view_class = LanguageFirstChooseView
    choose_results_view_class = LanguageFirstChooseResultsView

    @cached_property
    def widget_class(self):
        return SnippetChooser(model=self.model, icon=self.icon)


class TranslatableSnippetViewSet(SnippetViewSet):
    """For the site's translatable snippets (roles, themes, regions, authors, topics, crisis lines)."""

    chooser_viewset_class = LanguageFirstChooserViewSet
