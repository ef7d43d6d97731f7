from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from .choosers import TranslatableSnippetViewSet
from .models import CrisisLine

register_snippet(CrisisLine, viewset=TranslatableSnippetViewSet)


@hooks.register("insert_editor_js")
def translation_editor_heading_in_the_editors_language():
    return format_html(
        '<script src="{}" data-heading="{}"></script>',
        static("home/admin/translation-editor.js"),
        _("Translation from {source} into {target}"),
    )
