from babel import Locale as BabelLocale
from django import forms
from django.core.paginator import Paginator
from django.db import models
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import RICH_TEXT_FEATURES, PriceTableBlock
from home.localization import in_active_language
from home.models import BasePage, Country, FilteredIndexMixin, SectionIndexPage
from home.seo import sharing_image
from orders.routes import OrderRoutes

from .fields import ChoiceListField


class AssignmentType(models.TextChoices):
    LECTURE = "lecture", _("Lecture")
    TRAINING = "training", _("Training")
    PANEL = "panel", _("Panel discussion")
    WORKSHOP = "workshop", _("Development workshop")
    CLIENT_PANEL = "client_panel", _("Client panel")
    PEER_SUPPORT = "peer_support", _("Peer-support session")
    INTERVIEW = "interview", _("Interview")
    WORKING_PAIR = "working_pair", _("Working pair")


class Audience(models.TextChoices):
    PROFESSIONALS = "professionals", _("Professionals")
    STUDENTS = "students", _("Students")
    YOUNG_PEOPLE = "young_people", _("Young people")
    FAMILIES = "families", _("Families and close ones")
    DECISION_MAKERS = "decision_makers", _("Decision-makers")
    PEERS = "peers", _("People in a similar situation")
    PUBLIC = "public", _("General public")


class WorkFormat(models.TextChoices):
    # The same codes as the price table's formats.
    IN_PERSON = "in_person", _("In person")
    REMOTE = "remote", _("Remote")


class Availability(models.TextChoices):
    AVAILABLE = "available", _("Available")
    LIMITED = "limited", _("Limited availability")
    PAUSED = "paused", _("Taking a break")


# Languages an expert may work in: the site's four and the region's other common ones.
SPOKEN_LANGUAGE_CODES = ["et", "fi", "lv", "nb", "sv", "se", "ru", "uk", "en"]


def spoken_language_choices():
    """The languages' names in the active language, from Babel's data (no strings to translate)."""
    active = BabelLocale.parse((translation.get_language() or "fi").replace("-", "_"))
    return [(code, BabelLocale.parse(code).get_display_name(active)) for code in SPOKEN_LANGUAGE_CODES]


class SpokenLanguageField(ChoiceListField):
    def __init__(self, *args, **kwargs):
        kwargs["choices"] = [(code, code) for code in SPOKEN_LANGUAGE_CODES]
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        field = super().formfield(**kwargs)
        field.choices = spoken_language_choices
        return field

    def get_display(self, value):
        labels = dict(spoken_language_choices())
        return [labels[code] for code in value if code in labels]


class ExpertRole(TranslatableMixin, models.Model):
    """A role such as kokemusasiantuntija or erfaringskonsulent: what it requires and what it covers."""

    title = models.CharField(_("title"), max_length=80)
    country = models.CharField(_("country"), max_length=2, choices=Country.choices)
    organisation_type = models.CharField(
        _("kind of organisation"), max_length=160, help_text=_("Where the role belongs, for example a mental health NGO.")
    )
    training_hours = models.PositiveSmallIntegerField(
        _("minimum training hours"), null=True, blank=True, help_text=_("Leave empty when no number of hours is set.")
    )
    training = models.CharField(
        _("training required"), max_length=200, help_text=_("For example: at least 50 hours over about four months.")
    )
    does = RichTextField(_("what the role does"), features=RICH_TEXT_FEATURES)
    does_not = RichTextField(_("what the role does not do"), features=RICH_TEXT_FEATURES, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("position"), default=0)

    panels = [
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("country"), FieldPanel("sort_order")]),
        FieldPanel("organisation_type"),
        FieldRowPanel([FieldPanel("training_hours"), FieldPanel("training")]),
        FieldPanel("does"),
        FieldPanel("does_not"),
    ]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("organisation_type"),
        TranslatableField("training"),
        TranslatableField("does"),
        TranslatableField("does_not"),
        SynchronizedField("country"),
        SynchronizedField("training_hours"),
        SynchronizedField("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["country", "sort_order", "pk"]
        verbose_name = _("expert role")
        verbose_name_plural = _("expert roles")

    def __str__(self):
        return self.title


class Theme(TranslatableMixin, models.Model):
    """A theme of lived experience from the shared vocabulary. Life situations, never diagnoses."""

    name = models.CharField(_("name"), max_length=80)

    panels = [FieldPanel("name")]
    translatable_fields = [TranslatableField("name")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("theme of lived experience")
        verbose_name_plural = _("themes of lived experience")

    def __str__(self):
        return self.name


class Region(TranslatableMixin, models.Model):
    name = models.CharField(_("name"), max_length=80)
    country = models.CharField(_("country"), max_length=2, choices=Country.choices)

    panels = [FieldPanel("name"), FieldPanel("country")]
    translatable_fields = [TranslatableField("name"), SynchronizedField("country")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["country", "name"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")

    def __str__(self):
        return self.name


class ExpertTheme(Orderable):
    """A theme an expert speaks about, public only while their consent to publish it stands."""

    expert = ParentalKey("experts.ExpertProfilePage", on_delete=models.CASCADE, related_name="theme_consents")
    theme = models.ForeignKey(Theme, verbose_name=_("theme"), on_delete=models.PROTECT, related_name="+")
    consent_given_on = models.DateField(
        _("consent to publish given on"), null=True, blank=True, help_text=_("The theme is shown only with a date here.")
    )
    consent_withdrawn_on = models.DateField(_("consent withdrawn on"), null=True, blank=True)

    panels = [
        FieldPanel("theme"),
        FieldRowPanel([FieldPanel("consent_given_on"), FieldPanel("consent_withdrawn_on")]),
    ]

    @property
    def is_public(self):
        return self.consent_given_on is not None and self.consent_withdrawn_on is None


PUBLIC_THEMES = models.Q(theme_consents__consent_given_on__isnull=False, theme_consents__consent_withdrawn_on__isnull=True)


class ExpertIndexPage(FilteredIndexMixin, SectionIndexPage):
    """The directory of experts of one language, filtered with plain links and a GET form."""

    subpage_types = []
    experts_per_page = 12

    class Meta:
        verbose_name = _("expert directory")

    def get_context(self, request, *args, **kwargs):
        from .forms import DirectoryFilterForm

        context = super().get_context(request, *args, **kwargs)
        filters = DirectoryFilterForm(request.GET or None, locale=self.locale)
        experts = filters.filter(ExpertProfilePage.listed(self.locale))
        page = Paginator(experts, self.experts_per_page).get_page(request.GET.get("page"))
        context.update(filters=filters, experts_page=page, cards=ExpertProfilePage.cards(page.object_list))
        return context


class ExpertProfilePage(OrderRoutes, BasePage):
    """An expert's public profile, and the way to order them."""

    is_pseudonym = models.BooleanField(
        _("the name is a pseudonym"), default=False, help_text=_("The page title is the name shown on the site.")
    )
    photo = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("photo"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    role = models.ForeignKey(ExpertRole, verbose_name=_("role"), on_delete=models.PROTECT, related_name="+")
    summary = models.TextField(_("summary"), max_length=300, help_text=_("One or two sentences for the directory."))
    own_words = RichTextField(_("in their own words"), features=RICH_TEXT_FEATURES)
    training_programme = models.CharField(_("training programme"), max_length=160, blank=True)
    training_hours = models.PositiveSmallIntegerField(_("training hours"), null=True, blank=True)
    training_year = models.PositiveSmallIntegerField(_("year of training"), null=True, blank=True)
    assignment_types = ChoiceListField(_("assignments"), choices=AssignmentType.choices)
    audiences = ChoiceListField(_("audiences"), choices=Audience.choices)
    languages = SpokenLanguageField(_("languages"))
    formats = ChoiceListField(_("formats"), choices=WorkFormat.choices)
    regions = ParentalManyToManyField(Region, verbose_name=_("regions"), blank=True, related_name="+")
    services = StreamField([("price_table", PriceTableBlock())], blank=True, verbose_name=_("services and prices"))
    availability = models.CharField(
        _("availability"), max_length=20, choices=Availability.choices, default=Availability.AVAILABLE
    )

    content_panels = BasePage.content_panels + [
        FieldRowPanel([FieldPanel("is_pseudonym"), FieldPanel("availability")]),
        FieldRowPanel([FieldPanel("role"), FieldPanel("photo")]),
        FieldPanel("summary"),
        FieldPanel("own_words"),
        MultiFieldPanel(
            [FieldPanel("training_programme"), FieldRowPanel([FieldPanel("training_hours"), FieldPanel("training_year")])],
            heading=_("Training"),
        ),
        InlinePanel("theme_consents", heading=_("Themes of lived experience"), label=_("Theme")),
        MultiFieldPanel(
            [
                FieldPanel("assignment_types"),
                FieldPanel("audiences"),
                FieldPanel("languages"),
                FieldPanel("formats"),
                FieldPanel("regions", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("What, for whom, where"),
        ),
        FieldPanel("services"),
    ]

    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("summary"),
        TranslatableField("own_words"),
        TranslatableField("training_programme"),
        TranslatableField("services"),
        SynchronizedField("is_pseudonym"),
        SynchronizedField("photo"),
        SynchronizedField("role"),
        SynchronizedField("training_hours"),
        SynchronizedField("training_year"),
        SynchronizedField("theme_consents"),
        SynchronizedField("assignment_types"),
        SynchronizedField("audiences"),
        SynchronizedField("languages"),
        SynchronizedField("formats"),
        SynchronizedField("regions"),
        SynchronizedField("availability"),
    ]

    parent_page_types = ["organisations.OrganisationPage"]
    subpage_types = []

    # What the profile shows, and the themes only while their consent stands.
    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("own_words"),
        index.SearchField("training_programme"),
        index.SearchField("public_theme_names"),
    ]
    sharing_type = "profile"

    class Meta:
        verbose_name = _("expert profile")
        verbose_name_plural = _("expert profiles")

    @property
    def can_be_ordered(self):
        return self.availability != Availability.PAUSED

    def order_target(self):
        return self.organisation, self

    @cached_property
    def organisation(self):
        return self.get_parent().specific

    @property
    def public_themes(self):
        return in_active_language(link.theme for link in self.theme_consents.all() if link.is_public)

    def public_theme_names(self):
        """The published themes' names in the page's own language, for the search index."""
        keys = [link.theme.translation_key for link in self.theme_consents.all() if link.is_public]
        return " ".join(Theme.objects.filter(translation_key__in=keys, locale=self.locale).values_list("name", flat=True))

    @property
    def sharing_image(self):
        return self.photo

    def structured_data(self, request):
        """A person as the profile shows them: never their themes of lived experience."""
        (role,) = in_active_language([self.role])
        data = {
            "@context": "https://schema.org",
            "@type": "Person",
            "name": self.title,
            "jobTitle": role.title,
            "description": self.description,
            "url": self.get_full_url(request),
            "worksFor": self.organisation.schema_reference(request),
            "knowsLanguage": list(self.languages),
        }
        if self.photo:
            data["image"] = sharing_image(request, self.photo)["url"]
        return data

    @classmethod
    def listed(cls, locale):
        """The public profiles of a language, with what their cards show fetched alongside."""
        return (
            cls.objects.live()
            .public()
            .filter(locale=locale)
            .select_related("role", "photo")
            .prefetch_related("photo__renditions", "theme_consents__theme")
            .order_by("title", "pk")
        )

    @classmethod
    def cards(cls, experts):
        """What the directory shows of each expert, in a fixed number of queries for any number of experts.

        `experts` come with their role, photo and theme links already fetched.
        """
        from organisations.models import OrganisationPage

        experts = list(experts)
        organisations = {
            page.path: page
            for page in OrganisationPage.objects.filter(path__in={expert.path[: -cls.steplen] for expert in experts})
        }
        roles = in_active_language(expert.role for expert in experts)
        themes = {t.translation_key: t for t in in_active_language(
            link.theme for expert in experts for link in expert.theme_consents.all() if link.is_public
        )}
        return [
            {
                "expert": expert,
                "role": role,
                "organisation": organisations.get(expert.path[: -cls.steplen]),
                "themes": [themes[link.theme.translation_key] for link in expert.theme_consents.all() if link.is_public],
            }
            for expert, role in zip(experts, roles)
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        (role,) = in_active_language([self.role])
        context.update(
            order_url=self.order_url(request),
            general_order_url=self.organisation.order_url(request),
            role=role,
            themes=self.public_themes,
            regions=in_active_language(self.regions.all()),
        )
        for name in ("assignment_types", "audiences", "languages", "formats"):
            context[name] = self._meta.get_field(name).get_display(getattr(self, name))
        return context
