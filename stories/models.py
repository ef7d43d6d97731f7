import datetime

from django import forms
from django.conf import settings
from django.core.paginator import Paginator
from django.db import models, transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import path
from wagtail.fields import StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import BodyBlock
from home.localization import in_active_language
from home.forms import submissions_from
from home.models import BasePage, FilteredIndexMixin, SectionIndexPage, SiteSettings
from home.routing import TranslatedRoutesMixin
from home.seo import sharing_image
from organisations.ownership import OrganisationOwnedPage

COMMENT_WAITING_SESSION_KEY = "stories.comment-waiting"


class StoryAuthor(TranslatableMixin, models.Model):
    """Who wrote a story, as they want to be named: often a first name or a pseudonym."""

    name = models.CharField(_("display name"), max_length=80)
    role = models.CharField(_("role"), max_length=120, blank=True, help_text=_("For example: experience partner."))
    photo = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("photo"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    panels = [FieldPanel("name"), FieldPanel("role"), FieldPanel("photo")]
    translatable_fields = [SynchronizedField("name"), TranslatableField("role"), SynchronizedField("photo")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("story author")
        verbose_name_plural = _("story authors")

    def __str__(self):
        return self.name


class Topic(TranslatableMixin, models.Model):
    """A topic stories are filed under, with a name and an address part in each language."""

    name = models.CharField(_("name"), max_length=60)
    slug = models.SlugField(_("address part"), max_length=60, allow_unicode=True)

    panels = [FieldPanel("name"), FieldPanel("slug")]
    translatable_fields = [TranslatableField("name"), TranslatableField("slug")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        constraints = [models.UniqueConstraint(fields=["locale", "slug"], name="unique_topic_slug_per_locale")]

    def __str__(self):
        return self.name


class StoryIndexPage(FilteredIndexMixin, TranslatedRoutesMixin, SectionIndexPage):
    """The stories of one language, newest first, filtered by topic or organisation, with a feed."""

    subpage_types = ["stories.StoryPage"]
    stories_per_page = 10

    class Meta:
        verbose_name = _("story index")

    def stories(self):
        return (
            StoryPage.objects.child_of(self)
            .live()
            .public()
            .select_related("author", "organisation", "hero_image")
            .prefetch_related("hero_image__renditions", "topics")
            .order_by("-date", "-pk")
        )

    def feed_url(self, request=None):
        return self.route_url("feed", request)

    def get_context(self, request, *args, **kwargs):
        from .forms import StoryFilterForm

        context = super().get_context(request, *args, **kwargs)
        filters = StoryFilterForm(request.GET or None, locale=self.locale)
        page = Paginator(filters.filter(self.stories()), self.stories_per_page).get_page(request.GET.get("page"))
        context.update(
            filters=filters,
            filter_links=filters.link_groups(request.GET),
            stories_page=page,
            cards=StoryPage.cards(page.object_list),
        )
        return context

    @path(_("feed/"), name="feed")
    def feed(self, request):
        from .feeds import StoryFeed

        return StoryFeed(self)(request)


class RelatedStory(Orderable):
    page = ParentalKey("stories.StoryPage", on_delete=models.CASCADE, related_name="related_links")
    story = models.ForeignKey("stories.StoryPage", verbose_name=_("story"), on_delete=models.CASCADE, related_name="+")

    panels = [PageChooserPanel("story", "stories.StoryPage")]


class StoryPage(OrganisationOwnedPage, TranslatedRoutesMixin, BasePage):
    lead = models.TextField(_("lead"), max_length=400)
    author = models.ForeignKey(
        StoryAuthor, verbose_name=_("author"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    date = models.DateField(_("date"), default=datetime.date.today)
    organisation = models.ForeignKey(
        "organisations.OrganisationPage",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    topics = ParentalManyToManyField(Topic, verbose_name=_("topics"), blank=True, related_name="+")
    content_notes = models.CharField(
        _("content notes"),
        max_length=300,
        blank=True,
        help_text=_("Shown before the story, for example: mentions substance use and self-harm."),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("hero image"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"))

    content_panels = BasePage.content_panels + [
        FieldPanel("lead"),
        FieldRowPanel([FieldPanel("author"), FieldPanel("date")]),
        FieldPanel("organisation"),
        FieldPanel("content_notes"),
        FieldPanel("hero_image"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("topics", widget=forms.CheckboxSelectMultiple), InlinePanel("related_links", label=_("Story"))],
            heading=_("Topics and related stories"),
        ),
    ]

    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("lead"),
        TranslatableField("content_notes"),
        TranslatableField("body"),
        SynchronizedField("author"),
        SynchronizedField("date"),
        SynchronizedField("organisation"),
        SynchronizedField("topics"),
        SynchronizedField("hero_image"),
        SynchronizedField("related_links"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("lead"), index.SearchField("body")]
    sharing_type = "article"

    parent_page_types = ["stories.StoryIndexPage"]
    subpage_types = []
    related_count = 3

    class Meta:
        verbose_name = _("story")
        verbose_name_plural = _("stories")

    @classmethod
    def cards(cls, stories):
        """What lists show of each story, in the active language, in a fixed number of queries.

        `stories` come with their author, hero image and topics already fetched.
        """
        stories = list(stories)
        authors = in_active_language(story.author for story in stories if story.author)
        authors = {author.translation_key: author for author in authors}
        organisations = in_active_language(story.organisation for story in stories if story.organisation_id)
        organisations = {organisation.translation_key: organisation for organisation in organisations}
        topics = {
            topic.translation_key: topic
            for topic in in_active_language(topic for story in stories for topic in story.topics.all())
        }
        return [
            {
                "story": story,
                "author": authors.get(story.author.translation_key) if story.author else None,
                "organisation": organisations.get(story.organisation.translation_key) if story.organisation_id else None,
                "topics": [topics[topic.translation_key] for topic in story.topics.all()],
            }
            for story in stories
        ]

    @property
    def sharing_image(self):
        return self.hero_image

    def structured_data(self, request):
        data = {
            "@context": "https://schema.org",
            "@type": "BlogPosting",
            "headline": self.title,
            "description": self.description,
            "datePublished": self.date.isoformat(),
            "inLanguage": self.locale.language_code,
            "url": self.get_full_url(request),
            "mainEntityOfPage": self.get_full_url(request),
        }
        if self.last_published_at:
            data["dateModified"] = self.last_published_at.isoformat()
        if self.author:
            data["author"] = {"@type": "Person", "name": self.author.name}
        if self.organisation_id:
            (organisation,) = in_active_language([self.organisation])
            data["publisher"] = organisation.schema_reference(request)
        if self.hero_image:
            data["image"] = sharing_image(request, self.hero_image)["url"]
        return data

    def related_stories(self):
        """The stories editors chose, topped up with the newest ones sharing a topic, in this language."""
        chosen_keys = [link.story.translation_key for link in self.related_links.select_related("story")]
        siblings = (
            StoryPage.objects.live()
            .public()
            .filter(locale=self.locale)
            .exclude(translation_key=self.translation_key)
            .select_related("hero_image")
        )
        chosen = {story.translation_key: story for story in siblings.filter(translation_key__in=chosen_keys)}
        related = [chosen[key] for key in chosen_keys if key in chosen][: self.related_count]
        missing = self.related_count - len(related)
        if missing > 0:
            topic_keys = [topic.translation_key for topic in self.topics.all()]
            related += (
                siblings.filter(topics__translation_key__in=topic_keys)
                .exclude(translation_key__in=chosen_keys)
                .distinct()
                .order_by("-date", "-pk")[:missing]
            )
        return related

    def get_context(self, request, *args, **kwargs):
        from .comments import StoryCommentForm, approved_comments

        context = super().get_context(request, *args, **kwargs)
        (card,) = StoryPage.cards([self])
        context.update(
            card=card,
            index=self.get_parent().specific,
            related=self.related_stories(),
            comments=approved_comments(self),
            comment_form=StoryCommentForm(self),
            comment_url=self.route_url("comment", request),
            comment_waiting=request.session.pop(COMMENT_WAITING_SESSION_KEY, None) == self.pk,
            privacy_notice_url=SiteSettings.for_request(request).privacy_notice_url(request),
        )
        return context

    @path(_("comment/"), name="comment")
    def comment(self, request):
        """Stores a comment for moderation, or shows the story again with what needs correcting."""
        from .comments import StoryCommentForm
        from .tasks import notify_comment_moderators

        if request.method != "POST":
            return redirect(self.get_url(request) + "#comments")
        stored, limit = submissions_from(request, "comments", settings.COMMENT_RATE_LIMIT)
        if stored >= limit:
            return TemplateResponse(request, "stories/too_many_comments.html", {"page": self}, status=429)
        form = StoryCommentForm(self, data=request.POST)
        if not form.is_valid():
            context = self.get_context(request)
            context["comment_form"] = form
            return TemplateResponse(request, self.get_template(request), context, status=400)
        comment = form.get_comment_object(site_id=settings.SITE_ID)
        comment.save()
        transaction.on_commit(lambda: notify_comment_moderators.enqueue(comment.pk))
        submissions_from(request, "comments", settings.COMMENT_RATE_LIMIT, increment=True)
        request.session[COMMENT_WAITING_SESSION_KEY] = self.pk
        return redirect(self.get_url(request) + "#comments")
