from django.db import models
from django.shortcuts import redirect
from django.utils.text import Truncator
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .blocks import BodyBlock


class BasePage(Page):
    """What every public page of the site shares."""

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        SynchronizedField("show_in_menus"),
    ]
    search_fields = Page.search_fields + [index.SearchField("search_description")]

    # Open Graph's kind of page: "article", "profile", "video.other" or, by default, "website".
    sharing_type = "website"
    # The fields, in order of preference, that say what a page is about when its editor has not.
    summary_fields = ("lead", "intro", "summary")

    class Meta:
        abstract = True

    @property
    def description(self):
        """What the page is about in a sentence or two: the editor's own description, else its lead or introduction."""
        if self.search_description:
            return self.search_description
        for name in self.summary_fields:
            text = getattr(self, name, "")
            if text:
                return Truncator(text).chars(300)
        return ""

    @property
    def sharing_image(self):
        """The image a link preview shows; the site's default image when None."""
        return None

    def structured_data(self, request):
        """The page as a schema.org object, for pages that are one (an organisation, a story, a video, a person)."""
        return None

    def serve(self, request, *args, **kwargs):
        # Wagtail routes a language without a live translation to the source page; send
        # the visitor to that page's own address so that URL, language and text agree.
        if self.locale.language_code != translation.get_language():
            return redirect(self.get_url(request))
        return super().serve(request, *args, **kwargs)


class SectionIndexPage(BasePage):
    """The one page per language that lists a section of the site: organisations, experts, stories, videos."""

    intro = models.TextField(_("introduction"), max_length=600, blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("intro")]

    search_fields = BasePage.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True


class FilteredIndexMixin:
    """For an index page whose context holds its GET filter form as `filters`.

    Filters it cannot read (a hand-edited or outdated address) answer 400 with the form and
    its message, never 500.
    """

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        filters = getattr(response, "context_data", {}).get("filters")
        if filters is not None and filters.is_bound and not filters.is_valid():
            response.status_code = 400
        return response


class HomePage(BasePage):
    intro = models.TextField(_("introduction"), max_length=600)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("body")]

    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("intro"),
        TranslatableField("body"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.ContentPage",
        "organisations.OrganisationIndexPage",
        "experts.ExpertIndexPage",
        "stories.StoryIndexPage",
        "videos.VideoGalleryPage",
    ]

    class Meta:
        verbose_name = _("home page")


class ContentPage(BasePage):
    """A page of text and shared blocks: a definition, a vision, a privacy notice, a statement."""

    intro = models.TextField(_("introduction"), max_length=600, blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"))

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("body")]

    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("intro"),
        TranslatableField("body"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.ContentPage", "organisations.OrganisationPage"]
    subpage_types = ["home.ContentPage"]

    class Meta:
        verbose_name = _("content page")


class Country(models.TextChoices):
    ESTONIA = "EE", _("Estonia")
    FINLAND = "FI", _("Finland")
    LATVIA = "LV", _("Latvia")
    NORWAY = "NO", _("Norway")


class CrisisLine(TranslatableMixin, models.Model):
    """A helpline shown in every page's crisis-help box, kept by editors because numbers and hours change."""

    country = models.CharField(_("country"), max_length=2, choices=Country.choices)
    name = models.CharField(_("name"), max_length=120)
    number = models.CharField(
        _("phone number"), max_length=40, blank=True, help_text=_("Leave empty for a chat service.")
    )
    details = models.CharField(
        _("details"), max_length=200, blank=True, help_text=_("Hours, languages or who the line is for.")
    )
    sort_order = models.PositiveSmallIntegerField(_("position"), default=0)

    panels = [
        FieldPanel("country"),
        FieldPanel("name"),
        FieldPanel("number"),
        FieldPanel("details"),
        FieldPanel("sort_order"),
    ]

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("details"),
        SynchronizedField("country"),
        SynchronizedField("number"),
        SynchronizedField("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["country", "sort_order", "pk"]
        verbose_name = _("crisis line")
        verbose_name_plural = _("crisis lines")

    def __str__(self):
        return f"{self.name} {self.number}".strip()

    @property
    def tel_href(self):
        digits = "".join(ch for ch in self.number if ch.isdigit() or ch == "+")
        return f"tel:{digits}" if digits else ""


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    privacy_notice = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Forms link to this page, in the visitor's language where it is translated."),
    )

    sharing_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image for link previews"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when a page without an image of its own is shared."),
    )

    panels = [FieldPanel("privacy_notice"), FieldPanel("sharing_image")]

    class Meta:
        verbose_name = _("site settings")

    def privacy_notice_url(self, request):
        page = self.privacy_notice.localized if self.privacy_notice else None
        return page.get_url(request) if page and page.live else ""
