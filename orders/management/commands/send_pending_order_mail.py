from django.core.management.base import BaseCommand

from orders.models import Order
from orders.tasks import send_order_mail


class Command(BaseCommand):
    help = "Queue the mail of every order whose coordinator or orderer has not been mailed yet."

    def handle(self, *args, **options):
        pending = Order.objects.with_unsent_mail().filter(anonymised_at__isnull=True)
        for order_id in pending.values_list("pk", flat=True):
            send_order_mail.enqueue(order_id)
        self.stdout.write(f"Queued mail for {pending.count()} orders.")
