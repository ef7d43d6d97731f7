import datetime

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed


class StoryFeed(Feed):
    """An Atom feed of one language's newest stories."""

    feed_type = Atom1Feed
    item_count = 20

    def __init__(self, index):
        super().__init__()
        self.index = index
        self.language = index.locale.language_code

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.index

    def title(self, index):
        return index.title

    def subtitle(self, index):
        return index.intro

    def link(self, index):
        return index.get_url(self.request)

    def feed_url(self, index):
        return index.feed_url(self.request)

    def items(self, index):
        return index.stories()[: self.item_count]

    def item_title(self, story):
        return story.title

    def item_description(self, story):
        return story.lead

    def item_link(self, story):
        return story.get_url(self.request)

    def item_pubdate(self, story):
        return datetime.datetime.combine(story.date, datetime.time(), tzinfo=datetime.UTC)

    def item_updateddate(self, story):
        return story.last_published_at

    def item_author_name(self, story):
        return story.author.name if story.author else None
