import datetime
import logging

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from orders.models import FINISHED, Order

logger = logging.getLogger("orders.privacy")


class Command(BaseCommand):
    help = (
        "Remove the personal data of orders finished longer ago than ORDER_RETENTION_DAYS, or with "
        "--delete-for EMAIL delete every order of one person who asked for it. Run daily by a scheduler."
    )

    def add_arguments(self, parser):
        parser.add_argument("--delete-for", metavar="EMAIL", help="Delete all orders sent from this email address.")

    def handle(self, *args, delete_for=None, **options):
        if delete_for:
            with transaction.atomic():
                orders = Order.objects.filter(email__iexact=delete_for.strip())
                references = list(orders.values_list("reference", flat=True))
                orders.delete()
            logger.info("Deleted %d orders on request: %s", len(references), ", ".join(references) or "none")
            self.stdout.write(f"Deleted {len(references)} orders.")
            return
        cutoff = timezone.now() - datetime.timedelta(days=settings.ORDER_RETENTION_DAYS)
        expired = Order.objects.filter(status__in=FINISHED, status_changed_at__lt=cutoff, anonymised_at__isnull=True)
        count = 0
        for order in expired.iterator():
            order.anonymise()
            count += 1
        logger.info("Removed personal data from %d orders finished before %s.", count, cutoff.date())
        self.stdout.write(f"Anonymised {count} orders.")
