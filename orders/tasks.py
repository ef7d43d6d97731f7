"""Order mail, sent in the background so that a mail server that is down never costs an order."""

import datetime
import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks import task

logger = logging.getLogger(__name__)

# Seconds to wait before each new attempt: a minute, then longer, up to six hours.
RETRY_DELAYS = [60, 300, 900, 3600, 3 * 3600, 6 * 3600]


def retry_delay(attempts):
    return RETRY_DELAYS[min(attempts, len(RETRY_DELAYS)) - 1]


def queue_order_mail(order):
    """Send the order's mail once the transaction that stored it has committed."""
    transaction.on_commit(lambda: send_order_mail.enqueue(order.pk))


def _message(order, recipient):
    coordinator, orderer = order.organisation.coordinator_email, order.email
    if recipient == "coordinator":
        # The coordinator reads the order in the site's default language.
        language, to, reply_to = settings.LANGUAGE_CODE, coordinator, orderer
    else:
        language, to, reply_to = order.language, orderer, coordinator
    with translation.override(language):
        context = {"order": order, "admin_url": settings.WAGTAILADMIN_BASE_URL + reverse("orders:inspect", args=[order.pk])}
        subject = render_to_string(f"orders/mail/{recipient}_subject.txt", context).strip()
        body = render_to_string(f"orders/mail/{recipient}_body.txt", context)
    return EmailMessage(subject, body, to=[to], reply_to=[reply_to])


@task()
def send_order_mail(order_id):
    """Mail the coordinator and the orderer, each exactly once; on failure, try again later."""
    from .models import Order

    for recipient, field in (("coordinator", "coordinator_notified_at"), ("orderer", "orderer_notified_at")):
        with transaction.atomic():
            # The row lock keeps two workers from sending the same message.
            order = Order.objects.select_for_update().select_related("organisation").get(pk=order_id)
            if getattr(order, field) is not None or order.anonymised_at is not None:
                continue
            try:
                _message(order, recipient).send()
            except Exception as error:  # Any failure of the mail server: keep the order, try later.
                order.mail_attempts += 1
                order.mail_error = f"{type(error).__name__}: {error}"[:300]
                order.save(update_fields=["mail_attempts", "mail_error"])
                _retry_later(order)
                return
            setattr(order, field, timezone.now())
            order.mail_error = ""
            order.save(update_fields=[field, "mail_error"])


def _retry_later(order):
    backend = send_order_mail.get_backend()
    if not backend.supports_defer:
        logger.warning("Mail for order %s failed; run 'manage.py send_pending_order_mail' to try again.", order.reference)
        return
    run_after = timezone.now() + datetime.timedelta(seconds=retry_delay(order.mail_attempts))
    transaction.on_commit(lambda: send_order_mail.using(run_after=run_after).enqueue(order.pk))
