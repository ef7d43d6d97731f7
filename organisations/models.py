from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import RICH_TEXT_FEATURES, BodyBlock, EventBlock, PartnersBlock, PriceTableBlock
from home.models import BasePage, ContentPage, Country, SectionIndexPage
from home.seo import absolute_url, sharing_image
from orders.routes import OrderRoutes

LOGO_RENDITION = "fill-160x160|format-webp"


class OrganisationIndexPage(SectionIndexPage):
    """Lists the organisations of one language."""

    subpage_types = ["organisations.OrganisationPage"]

    class Meta:
        verbose_name = _("organisation index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["organisations"] = (
            OrganisationPage.objects.child_of(self)
            .live()
            .public()
            .select_related("logo")
            .prefetch_related("logo__renditions")
            .order_by("title")
        )
        return context


class OrganisationPage(OrderRoutes, BasePage):
    """Who an organisation is, what it offers and how to reach it."""

    country = models.CharField(_("country"), max_length=2, choices=Country.choices)
    logo = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("logo"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    intro = models.TextField(_("short introduction"), max_length=600)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("about the organisation"))
    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    address = models.TextField(_("address"), max_length=300, blank=True)
    website = models.URLField(_("website"), blank=True)
    partners = StreamField(PartnersBlock(), blank=True, verbose_name=_("partners and badges"))
    price_list = StreamField(
        [("price_table", PriceTableBlock())], blank=True, verbose_name=_("price list")
    )
    cancellation_terms = RichTextField(_("cancellation terms"), features=RICH_TEXT_FEATURES, blank=True)
    coordinator_email = models.EmailField(
        _("coordinator's email for orders"),
        help_text=_("Orders are sent here. Never shown on the site."),
    )

    content_panels = BasePage.content_panels + [
        FieldRowPanel([FieldPanel("country"), FieldPanel("logo")]),
        FieldPanel("intro"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("contact_email"), FieldPanel("contact_phone"), FieldPanel("address"), FieldPanel("website")],
            heading=_("Contact details"),
        ),
        FieldPanel("partners"),
        FieldPanel("price_list"),
        FieldPanel("cancellation_terms"),
        FieldPanel("coordinator_email"),
    ]

    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("intro"),
        TranslatableField("body"),
        TranslatableField("address"),
        TranslatableField("partners"),
        TranslatableField("price_list"),
        TranslatableField("cancellation_terms"),
        SynchronizedField("country"),
        SynchronizedField("logo"),
        SynchronizedField("contact_email"),
        SynchronizedField("contact_phone"),
        SynchronizedField("website"),
        SynchronizedField("coordinator_email"),
    ]
    # Never the coordinator's address: it is not shown on the site.
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.SearchField("address"),
    ]

    parent_page_types = ["organisations.OrganisationIndexPage"]
    subpage_types = ["organisations.ProgrammePage", "experts.ExpertProfilePage", "home.ContentPage"]
    latest_stories = 3

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def order_target(self):
        return self, None

    @property
    def sharing_image(self):
        return self.logo

    def schema_reference(self, request):
        """The organisation as other pages' schema.org data names it: publisher, employer."""
        return {"@type": "Organization", "name": self.title, "url": self.get_full_url(request)}

    def structured_data(self, request):
        data = {"@context": "https://schema.org", **self.schema_reference(request), "description": self.description}
        if self.logo:
            data["logo"] = sharing_image(request, self.logo)["url"]
        if self.contact_email:
            data["email"] = self.contact_email
        if self.contact_phone:
            data["telephone"] = self.contact_phone
        if self.address:
            data["address"] = self.address
        if self.website:
            data["sameAs"] = [absolute_url(request, self.website)]
        return data

    def orderable_experts(self):
        from experts.models import Availability, ExpertProfilePage

        return (
            ExpertProfilePage.objects.child_of(self).live().public().exclude(availability=Availability.PAUSED).order_by("title")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        from experts.models import ExpertIndexPage, ExpertProfilePage
        from stories.models import StoryIndexPage, StoryPage

        context["order_url"] = self.order_url(request)
        context["expert_cards"] = ExpertProfilePage.cards(ExpertProfilePage.listed(self.locale).child_of(self))
        context["directory"] = ExpertIndexPage.objects.live().public().filter(locale=self.locale).first()
        story_index = StoryIndexPage.objects.live().public().filter(locale=self.locale).first()
        if story_index:
            stories = story_index.stories().filter(organisation__translation_key=self.translation_key)
            context["story_cards"] = StoryPage.cards(stories[: self.latest_stories])
            context["story_index"] = story_index
        context["programmes"] = ProgrammePage.objects.child_of(self).live().public().order_by("-start_date", "title")
        context["more_pages"] = self.get_children().live().public().type(ContentPage)
        return context


class ProgrammePage(BasePage):
    """A programme or project of an organisation, with its courses and events."""

    summary = models.TextField(_("summary"), max_length=600)
    start_date = models.DateField(_("starts"))
    end_date = models.DateField(_("ends"), null=True, blank=True, help_text=_("Leave empty while it goes on."))
    partners = StreamField(PartnersBlock(), blank=True, verbose_name=_("partners"))
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    evaluation = RichTextField(_("results of the evaluation"), features=RICH_TEXT_FEATURES, blank=True)
    events = StreamField([("event", EventBlock())], blank=True, verbose_name=_("courses and events"))

    content_panels = BasePage.content_panels + [
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")], heading=_("Period")),
        FieldPanel("partners"),
        FieldPanel("body"),
        FieldPanel("evaluation"),
        FieldPanel("events"),
    ]

    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("summary"),
        TranslatableField("partners"),
        TranslatableField("body"),
        TranslatableField("evaluation"),
        TranslatableField("events"),
        SynchronizedField("start_date"),
        SynchronizedField("end_date"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("evaluation"),
        index.SearchField("events"),
    ]

    parent_page_types = ["organisations.OrganisationPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("programme or project")
        verbose_name_plural = _("programmes and projects")

    def split_events(self, today=None):
        """Upcoming events soonest first, past events latest first."""
        today = today or timezone.localdate()
        events = [block.value for block in self.events]
        upcoming = sorted((e for e in events if EventBlock.last_day(e) >= today), key=lambda e: e["start_date"])
        past = sorted((e for e in events if EventBlock.last_day(e) < today), key=lambda e: e["start_date"], reverse=True)
        return upcoming, past

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["upcoming_events"], context["past_events"] = self.split_events()
        return context


class EditorialRole(models.TextChoices):
    EDITOR = "editor", _("editors")
    COORDINATOR = "coordinator", _("coordinators")
    TRANSLATOR = "translator", _("translators")


class OrganisationGroup(models.Model):
    """Ties a user group to the organisation it works for, in one role (translators: into one language).

    The groups are made by the setup_editorial_groups command; what a group may do follows from
    its role, so the command can bring every group up to date."""

    group = models.OneToOneField("auth.Group", on_delete=models.CASCADE, related_name="organisation_role")
    organisation_key = models.UUIDField(_("organisation"), help_text=_("The translation key of the organisation's pages."))
    role = models.CharField(_("role"), max_length=20, choices=EditorialRole.choices)
    language = models.CharField(_("language"), max_length=8, blank=True, choices=settings.LANGUAGES)

    class Meta:
        verbose_name = _("organisation group")
        constraints = [
            models.UniqueConstraint(fields=["organisation_key", "role", "language"], name="one_group_per_role_and_language")
        ]

    def __str__(self):
        return self.group.name
