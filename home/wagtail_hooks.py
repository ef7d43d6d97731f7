from wagtail.snippets.models import register_snippet

from .choosers import TranslatableSnippetViewSet
from .models import CrisisLine

register_snippet(CrisisLine, viewset=TranslatableSnippetViewSet)
