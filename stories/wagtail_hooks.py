from wagtail import hooks

from .views import CommentViewSet


@hooks.register("register_admin_viewset")
def register_comment_viewset():
    return CommentViewSet("story_comments")
