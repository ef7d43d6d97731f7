"""The order form and its confirmation, as routes of the page they are ordered from."""

from django.conf import settings
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import path

from home.forms import submissions_from
from home.models import SiteSettings
from home.routing import TranslatedRoutesMixin

from .pricing import estimate, listed_prices, price_estimate
from .tasks import queue_order_mail

SESSION_KEY = "orders.received"
# Where the orderer lands once an order is stored: robots.txt keeps crawlers out of it.
RECEIVED_PATH = _("order/received/")


def orders_stored_from(request, increment=False):
    return submissions_from(request, "orders", settings.ORDER_RATE_LIMIT, increment=increment)


class OrderRoutes(TranslatedRoutesMixin):
    """Adds `order/` and `order/received/` below a page that can be ordered from.

    The page says what is ordered through `order_target()`: (organisation, expert or None).
    """

    def order_target(self):
        raise NotImplementedError

    def order_url(self, request=None):
        return self.route_url("order", request)

    @path(_("order/"), name="order")
    def order(self, request):
        from .forms import OrderForm

        organisation, expert = self.order_target()
        if expert is not None and not expert.can_be_ordered:
            return redirect(expert.get_url(request))
        form_kwargs = {"organisation": organisation, "expert": expert, "experts": organisation.orderable_experts()}
        if request.method == "POST":
            stored, limit = orders_stored_from(request)
            if stored >= limit:
                return TemplateResponse(request, "orders/too_many_orders.html", {"page": self}, status=429)
            form = OrderForm(request.POST, **form_kwargs)
            if form.is_valid():
                order = form.build_order(language=translation.get_language())
                order.save_new()
                orders_stored_from(request, increment=True)
                queue_order_mail(order)
                request.session[SESSION_KEY] = order.pk
                return redirect(self.route_url("order_received", request))
            status = 400
        else:
            form, status = OrderForm(**form_kwargs), 200
        prices = listed_prices(organisation, expert)
        chosen_format, chosen_duration = form.chosen_format_and_duration()
        context = {
            "page": self,
            "form": form,
            "prices": prices,
            "estimate": estimate(prices, chosen_format, chosen_duration),
            "estimate_asked": bool(chosen_format and chosen_duration),
            "organisation": organisation,
            "expert": expert,
            "privacy_notice_url": SiteSettings.for_request(request).privacy_notice_url(request),
        }
        return TemplateResponse(request, "orders/order_form.html", context, status=status)

    @path(RECEIVED_PATH, name="order_received")
    def order_received(self, request):
        from .models import Order

        order = Order.objects.filter(pk=request.session.get(SESSION_KEY)).select_related("organisation").first()
        if order is None:
            return redirect(self.order_url(request))
        context = {"page": self, "order": order, "estimate": price_estimate(order)}
        return TemplateResponse(request, "orders/order_received.html", context)
