from django.db import transaction
from django.db.models.signals import post_save

from .editorial import setup_editorial_groups


def set_up_groups_for_new_pages(sender, instance, created, raw=False, **kwargs):
    """A new organisation, or a new language's home, story index or video gallery, gets its
    groups' permissions and its workflow as soon as it is saved. A failure here is logged and
    never undoes the page."""
    if created and not raw:
        transaction.on_commit(setup_editorial_groups, robust=True)


def connect():
    from home.models import HomePage
    from stories.models import StoryIndexPage
    from videos.models import VideoGalleryPage

    from .models import OrganisationPage

    for model in (HomePage, OrganisationPage, StoryIndexPage, VideoGalleryPage):
        post_save.connect(set_up_groups_for_new_pages, sender=model, dispatch_uid=f"editorial-groups-{model.__name__}")
