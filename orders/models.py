import secrets

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from experts.models import AssignmentType

# Letters and digits that cannot be mistaken for one another when read out on the phone.
REFERENCE_ALPHABET = "ACDEFHJKMNPRTUVWXY34679"


class OrderStatus(models.TextChoices):
    RECEIVED = "received", _("Received")
    IN_REVIEW = "in_review", _("In review")
    MATCHING = "matching", _("Finding an expert")
    OFFERED = "offered", _("Offered")
    CONFIRMED = "confirmed", _("Confirmed")
    DELIVERED = "delivered", _("Delivered")
    CLOSED = "closed", _("Closed")
    DECLINED = "declined", _("Declined")
    CANCELLED = "cancelled", _("Cancelled")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    ON_HOLD = "on_hold", _("On hold")


# Where an order may go from each status. The main path runs received → closed; the others
# may branch off while the order is still open.
_MAIN_PATH = ["received", "in_review", "matching", "offered", "confirmed", "delivered", "closed"]
_OPEN = {"received", "in_review", "matching", "offered", "confirmed", "on_hold"}
TRANSITIONS = {
    status: (
        ({_MAIN_PATH[_MAIN_PATH.index(status) + 1]} if status in _MAIN_PATH[:-1] else set())
        | ({"declined", "cancelled", "withdrawn", "on_hold"} - {status} if status in _OPEN else set())
        | (set(_MAIN_PATH[:5]) if status == "on_hold" else set())
    )
    for status in OrderStatus.values
}
FINISHED = {"closed", "declined", "cancelled", "withdrawn"}


class OrdererType(models.TextChoices):
    PUBLIC = "public", _("Public sector")
    NGO = "ngo", _("Association or foundation")
    COMPANY = "company", _("Company")
    EDUCATION = "education", _("School or university")
    PRIVATE = "private", _("Private person")


class OrderFormat(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    REMOTE = "remote", _("Remote")
    HYBRID = "hybrid", _("Hybrid")


class OrderQuerySet(models.QuerySet):
    def for_user(self, user):
        """The orders a user may see: all for superusers, else those of their organisations."""
        from organisations.permissions import visible_to

        return visible_to(user, self, "organisation")

    def with_unsent_mail(self):
        return self.filter(models.Q(coordinator_notified_at__isnull=True) | models.Q(orderer_notified_at__isnull=True))


class Order(models.Model):
    reference = models.CharField(_("reference"), max_length=12, unique=True, editable=False)
    organisation = models.ForeignKey(
        "organisations.OrganisationPage", verbose_name=_("organisation"), on_delete=models.PROTECT, related_name="orders"
    )
    expert = models.ForeignKey(
        "experts.ExpertProfilePage",
        verbose_name=_("expert"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="orders",
    )
    language = models.CharField(_("language of the orderer"), max_length=5, choices=settings.LANGUAGES)
    status = models.CharField(_("status"), max_length=20, choices=OrderStatus.choices, default=OrderStatus.RECEIVED)
    created_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)
    status_changed_at = models.DateTimeField(_("status changed"), default=timezone.now)

    # Orderer
    name = models.CharField(_("your name"), max_length=120)
    orderer_organisation = models.CharField(_("organisation"), max_length=160, blank=True)
    orderer_type = models.CharField(_("type of orderer"), max_length=20, choices=OrdererType.choices)
    email = models.EmailField(_("email"), max_length=254)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    # Billing
    billing_name = models.CharField(_("legal name for the invoice"), max_length=160, blank=True)
    business_id = models.CharField(_("business ID"), max_length=40, blank=True)
    e_invoice_address = models.CharField(_("e-invoice address"), max_length=120, blank=True)
    billing_reference = models.CharField(_("invoice reference"), max_length=120, blank=True)
    # Assignment
    assignment_type = models.CharField(_("assignment"), max_length=20, choices=AssignmentType.choices)
    theme = models.CharField(_("theme or topic"), max_length=200, blank=True)
    goals = models.TextField(_("what you hope the assignment achieves"), max_length=2000, blank=True)
    avoid = models.TextField(_("anything the expert should avoid or know in advance"), max_length=2000, blank=True)
    # Time
    date = models.DateField(_("date"))
    start_time = models.TimeField(_("starts at"))
    duration_minutes = models.PositiveSmallIntegerField(_("duration in minutes"))
    alternative_dates = models.CharField(_("alternative dates"), max_length=300, blank=True)
    # Format
    format = models.CharField(_("format"), max_length=20, choices=OrderFormat.choices)
    address = models.CharField(_("address of the venue"), max_length=300, blank=True)
    recording = models.BooleanField(_("the assignment will be recorded"), default=False)
    # Audience
    audience = models.CharField(_("who the audience are"), max_length=300)
    audience_size = models.PositiveIntegerField(_("number of people"))
    minors_present = models.BooleanField(_("people under 18 will be present"), default=False)
    audience_language = models.CharField(_("language of the event"), max_length=5, choices=settings.LANGUAGES)
    # Money
    accepts_terms = models.BooleanField(_("accepts the price list and the cancellation terms"), default=False)
    pays_travel = models.BooleanField(_("pays the expert's travel costs"), default=False)
    # Accessibility and consent
    accessibility_needs = models.TextField(_("accessibility needs"), max_length=2000, blank=True)
    privacy_consent_at = models.DateTimeField(_("agreed to the privacy notice"))

    # Mail, sent by a background task after the order is stored.
    coordinator_notified_at = models.DateTimeField(_("coordinator notified"), null=True, blank=True)
    orderer_notified_at = models.DateTimeField(_("orderer notified"), null=True, blank=True)
    mail_attempts = models.PositiveSmallIntegerField(_("mail attempts"), default=0)
    mail_error = models.CharField(_("last mail error"), max_length=300, blank=True)

    anonymised_at = models.DateTimeField(_("personal data removed"), null=True, blank=True)

    objects = OrderQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("order")
        verbose_name_plural = _("orders")

    def __str__(self):
        return self.reference

    @property
    def mail_pending(self):
        return self.coordinator_notified_at is None or self.orderer_notified_at is None

    @property
    def next_statuses(self):
        return [status for status in OrderStatus if status.value in TRANSITIONS[self.status]]

    def save_new(self):
        """Store a new order with a fresh reference, retrying on the rare clash of two references."""
        for _attempt in range(5):
            self.reference = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(8))
            try:
                with transaction.atomic():
                    self.save(force_insert=True)
                    OrderEvent.objects.create(order=self, status=self.status, note="")
                return
            except IntegrityError:
                if Order.objects.filter(reference=self.reference).exists():
                    self.pk = None
                    continue
                raise
        raise IntegrityError("No free order reference was found.")

    def change_status(self, status, note, user):
        if status not in TRANSITIONS[self.status]:
            raise ValueError(f"An order cannot go from {self.status} to {status}.")
        with transaction.atomic():
            self.status, self.status_changed_at = status, timezone.now()
            self.save(update_fields=["status", "status_changed_at"])
            OrderEvent.objects.create(order=self, status=status, note=note, changed_by=user)

    def add_note(self, note, user):
        OrderEvent.objects.create(order=self, status=self.status, note=note, changed_by=user)

    # The fields that identify the orderer or the people at the event, cleared by anonymise().
    PERSONAL_FIELDS = [
        "name", "orderer_organisation", "phone", "billing_name", "business_id", "e_invoice_address",
        "billing_reference", "goals", "avoid", "address", "audience", "accessibility_needs", "theme",
        "alternative_dates",
    ]

    def anonymise(self):
        for field in self.PERSONAL_FIELDS:
            setattr(self, field, "")
        self.email = f"removed-{self.reference.lower()}@invalid"
        self.anonymised_at = timezone.now()
        with transaction.atomic():
            self.save()
            self.events.update(note="")


class OrderEvent(models.Model):
    """One step in an order's history: the status it moved to, who moved it and why."""

    order = models.ForeignKey(Order, on_delete=models.CASCADE, related_name="events")
    status = models.CharField(_("status"), max_length=20, choices=OrderStatus.choices)
    note = models.TextField(_("note"), max_length=2000, blank=True)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("changed by"), null=True, blank=True, on_delete=models.SET_NULL
    )
    changed_at = models.DateTimeField(_("changed at"), default=timezone.now)

    class Meta:
        ordering = ["changed_at", "pk"]
        verbose_name = _("order history entry")
        verbose_name_plural = _("order history")
