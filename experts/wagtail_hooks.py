from wagtail.snippets.models import register_snippet

from home.choosers import TranslatableSnippetViewSet

from .models import ExpertRole, Region, Theme

for model in (ExpertRole, Theme, Region):
    register_snippet(model, viewset=TranslatableSnippetViewSet)
