from wagtail import hooks
from wagtail.snippets.models import register_snippet

from home.choosers import TranslatableSnippetViewSet

from .models import StoryAuthor, Topic
from .views import CommentViewSet

for model in (StoryAuthor, Topic):
    register_snippet(model, viewset=TranslatableSnippetViewSet)


@hooks.register("register_admin_viewset")
def register_comment_viewset():
    return CommentViewSet("story_comments")
