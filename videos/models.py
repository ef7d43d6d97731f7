import datetime

from csp.decorators import csp_update
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.core.validators import FileExtensionValidator
from django.db import models, transaction
from django.http import Http404
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.actions.publish_revision import PublishPermissionError
from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, PageManager, PagePermissionTester
from wagtail.search import index
from wagtail.query import PageQuerySet
from wagtail_localize.fields import SynchronizedField, TranslatableField
from wagtailmedia.edit_handlers import MediaChooserPanel

from home.blocks import RICH_TEXT_FEATURES
from home.localization import in_active_language
from home.models import BasePage, SectionIndexPage, SiteSettings
from home.seo import absolute_url, sharing_image
from organisations.ownership import OrganisationOwnedPage
from organisations.permissions import OrganisationPagePermissionTester

from .embeds import parse_external_video
from .panels import ConsentPanel

LANGUAGE_NAMES = dict(settings.LANGUAGES)


def validate_webvtt(file):
    file.seek(0)
    if not file.read(6).startswith(b"WEBVTT"):
        raise ValidationError(_("This is not a WebVTT caption file: its first line must be WEBVTT."))
    file.seek(0)


class GalleryPermissionTester(PagePermissionTester):
    def can_publish_subpage(self):
        # A new video has no consent record yet: it is saved as a draft, consent is recorded, then it is published.
        return False


class VideoGalleryPage(SectionIndexPage):
    """The youth videos of one language, newest first."""

    subpage_types = ["videos.VideoPage"]
    videos_per_page = 12

    class Meta:
        verbose_name = _("video gallery")

    def permissions_for_user(self, user):
        return GalleryPermissionTester(user, self)

    def videos(self):
        return (
            VideoPage.objects.child_of(self)
            .live()
            .public()
            .with_consent()
            .select_related("organisation", "poster", "video")
            .prefetch_related("poster__renditions")
            .order_by("-date", "-pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        page = Paginator(self.videos(), self.videos_per_page).get_page(request.GET.get("page"))
        organisations = in_active_language(video.organisation for video in page.object_list if video.organisation_id)
        organisations = {organisation.translation_key: organisation for organisation in organisations}
        context.update(
            videos_page=page,
            cards=[
                {
                    "video": video,
                    "organisation": organisations.get(video.organisation.translation_key) if video.organisation_id else None,
                }
                for video in page.object_list
            ],
        )
        return context


class VideoCaptions(Orderable):
    """A WebVTT caption file in one language; the page's own language is the one shown by default."""

    page = ParentalKey("videos.VideoPage", on_delete=models.CASCADE, related_name="captions")
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    file = models.FileField(
        _("WebVTT file"),
        upload_to="captions",
        validators=[FileExtensionValidator(["vtt"]), validate_webvtt],
    )

    panels = [FieldRowPanel([FieldPanel("language"), FieldPanel("file")])]

    class Meta(Orderable.Meta):
        verbose_name = _("captions")
        verbose_name_plural = _("captions")
        constraints = [models.UniqueConstraint(fields=["page", "language"], name="one_caption_file_per_language")]

    @property
    def label(self):
        return LANGUAGE_NAMES[self.language]


class VideoPageQuerySet(PageQuerySet):
    def with_consent(self):
        """Videos someone consented to and nobody has withdrawn from."""
        consents = VideoConsent.objects.all()
        return self.filter(translation_key__in=consents.values("video__translation_key")).exclude(
            translation_key__in=consents.withdrawn().values("video__translation_key")
        )


class VideoPermissionTester(OrganisationPagePermissionTester):
    def can_publish(self):
        return self.page.has_consent() and super().can_publish()


class VideoPage(OrganisationOwnedPage, BasePage):
    """A short video young experience experts made: played from this site or, on request, from YouTube or Vimeo."""

    lead = models.TextField(_("lead"), max_length=400)
    date = models.DateField(_("date"), default=datetime.date.today)
    organisation = models.ForeignKey(
        "organisations.OrganisationPage",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    video = models.ForeignKey(
        "wagtailmedia.Media",
        verbose_name=_("video file"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Played from this site. Upload WebVTT captions for it below."),
    )
    external_url = models.URLField(
        _("YouTube or Vimeo address"),
        blank=True,
        help_text=_("Instead of a file: the video loads from YouTube or Vimeo only after the visitor agrees."),
    )
    poster = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("poster image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown before the video plays."),
    )
    content_notes = models.CharField(
        _("content notes"),
        max_length=300,
        blank=True,
        help_text=_("Shown before the video, for example: mentions bullying."),
    )
    transcript = RichTextField(
        _("transcript"),
        features=RICH_TEXT_FEATURES,
        help_text=_("Everything said in the video, with who says it, and what is seen on screen."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("lead"),
        FieldRowPanel([FieldPanel("date"), FieldPanel("organisation")]),
        ConsentPanel(heading=_("Consent")),
        MultiFieldPanel(
            [
                MediaChooserPanel("video", media_type="video"),
                FieldPanel("external_url"),
                FieldPanel("poster"),
                InlinePanel("captions", label=_("Captions")),
            ],
            heading=_("Video"),
        ),
        FieldPanel("content_notes"),
        FieldPanel("transcript"),
    ]

    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("lead"),
        TranslatableField("content_notes"),
        TranslatableField("transcript"),
        SynchronizedField("date"),
        SynchronizedField("organisation"),
        SynchronizedField("video"),
        SynchronizedField("external_url"),
        SynchronizedField("poster"),
        SynchronizedField("captions"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("lead"), index.SearchField("transcript")]
    sharing_type = "video.other"

    parent_page_types = ["videos.VideoGalleryPage"]
    subpage_types = []

    objects = PageManager.from_queryset(VideoPageQuerySet)()

    class Meta:
        verbose_name = _("youth video")
        verbose_name_plural = _("youth videos")

    def clean(self):
        super().clean()
        if bool(self.video_id) == bool(self.external_url):
            raise ValidationError(_("Choose a video file or give a YouTube or Vimeo address, one of the two."))
        if self.external_url and not self.external_video:
            raise ValidationError({"external_url": _("This is not the address of a YouTube or Vimeo video.")})

    @property
    def running_time(self):
        """The uploaded video's length as an ISO 8601 duration and as minutes:seconds, when it is known."""
        seconds = round(self.video.duration) if self.video and self.video.duration else 0
        if not seconds:
            return None
        return f"PT{seconds}S", f"{seconds // 60}:{seconds % 60:02d}"

    @property
    def sharing_image(self):
        return self.poster

    def structured_data(self, request):
        data = {
            "@context": "https://schema.org",
            "@type": "VideoObject",
            "name": self.title,
            "description": self.description,
            "uploadDate": self.date.isoformat(),
            "inLanguage": self.locale.language_code,
            "url": self.get_full_url(request),
            "transcript": " ".join(strip_tags(self.transcript).split()),
        }
        if self.poster:
            data["thumbnailUrl"] = sharing_image(request, self.poster)["url"]
        if self.video:
            data["contentUrl"] = absolute_url(request, self.video.url)
        elif self.external_video:
            data["embedUrl"] = self.external_video.player_url
        if self.running_time:
            data["duration"] = self.running_time[0]
        if self.organisation_id:
            (organisation,) = in_active_language([self.organisation])
            data["publisher"] = organisation.schema_reference(request)
        return data

    @property
    def external_video(self):
        return parse_external_video(self.external_url) if self.external_url else None

    def consents(self):
        return VideoConsent.objects.filter(video__translation_key=self.translation_key)

    def has_consent(self):
        return VideoPage.objects.filter(pk=self.pk).with_consent().exists()

    def permissions_for_user(self, user):
        return VideoPermissionTester(user, self)

    def publish(self, revision, *args, **kwargs):
        # Every way of publishing (editor, workflow, translation editor, schedule) comes through here.
        if not self.has_consent():
            raise PublishPermissionError(_("A video is published only with the consent of the people in it."))
        return super().publish(revision, *args, **kwargs)

    def withdraw(self, user=None):
        """Take every language's version of this video off the site and out of any pending publication."""
        for page in VideoPage.objects.filter(translation_key=self.translation_key):
            if page.workflow_in_progress:
                page.current_workflow_state.cancel(user=user)
            page.revisions.update(approved_go_live_at=None)
            if page.live:
                UnpublishPageAction(page, user=user).execute(skip_permission_checks=True)

    def serve(self, request, *args, **kwargs):
        if not self.has_consent():
            raise Http404
        serve = super().serve
        if self.external_video:
            serve = csp_update({"frame-src": [self.external_video.player_origin]})(serve)
        return serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            gallery=self.get_parent().specific,
            organisation=in_active_language([self.organisation])[0] if self.organisation_id else None,
            captions=sorted(self.captions.all(), key=lambda track: track.language != self.locale.language_code),
            privacy_notice_url=SiteSettings.for_request(request).privacy_notice_url(request),
        )
        return context


class ConsentScope(models.TextChoices):
    SITE = "site", _("This website only")
    SITE_AND_EVENTS = "site_and_events", _("This website and the organisation's events")
    SITE_EVENTS_SOCIAL = "site_events_social", _("This website, events and social media")


class VideoConsentQuerySet(models.QuerySet):
    def withdrawn(self):
        return self.filter(withdrawn_on__isnull=False)

    def for_user(self, user):
        """The records a user may see: all for superusers, else those of their organisations' videos."""
        from organisations.permissions import visible_to

        return visible_to(user, self, "video__organisation")


class VideoConsent(models.Model):
    """One person's consent to appear in a video. Never shown on the site; kept apart from the page
    so that it is neither copied into translations nor kept in page revisions."""

    video = models.ForeignKey(
        VideoPage, verbose_name=_("video"), on_delete=models.CASCADE, related_name="+"
    )
    person = models.CharField(_("who consented"), max_length=120, help_text=_("The person seen or heard in the video."))
    minor = models.BooleanField(_("under 18 when recorded"), default=False)
    guardian = models.CharField(
        _("guardian who consented"), max_length=120, blank=True, help_text=_("Required for a person under 18.")
    )
    consented_on = models.DateField(_("date of consent"))
    scope = models.CharField(_("scope"), max_length=20, choices=ConsentScope.choices, default=ConsentScope.SITE)
    notes = models.TextField(_("notes"), max_length=1000, blank=True)
    withdrawn_on = models.DateField(
        _("consent withdrawn on"),
        null=True,
        blank=True,
        help_text=_("Withdrawing takes the video off the site in every language; it cannot be published again."),
    )
    recorded_at = models.DateTimeField(_("recorded"), auto_now_add=True)

    objects = VideoConsentQuerySet.as_manager()

    class Meta:
        ordering = ["-recorded_at"]
        verbose_name = _("video consent")
        verbose_name_plural = _("video consents")

    def __str__(self):
        return f"{self.person} – {self.video.title}"

    @property
    def withdrawn(self):
        return self.withdrawn_on is not None

    def clean(self):
        errors = {}
        today = datetime.date.today()
        if self.minor and not self.guardian.strip():
            errors["guardian"] = _("A person under 18 needs a guardian's consent.")
        if self.consented_on and self.consented_on > today:
            errors["consented_on"] = _("The date of consent cannot be in the future.")
        if self.withdrawn_on and self.consented_on and self.withdrawn_on < self.consented_on:
            errors["withdrawn_on"] = _("Consent cannot be withdrawn before it was given.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, withdrawn_by=None, **kwargs):
        with transaction.atomic():
            super().save(*args, **kwargs)
            if self.withdrawn:
                self.video.withdraw(user=withdrawn_by)
