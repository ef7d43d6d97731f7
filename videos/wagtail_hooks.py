from wagtail import hooks

from .views import ConsentViewSet


@hooks.register("register_admin_viewset")
def register_consent_viewset():
    return ConsentViewSet("video_consents")
