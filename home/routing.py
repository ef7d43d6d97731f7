from django.utils import translation
from wagtail.contrib.routable_page.models import RoutablePageMixin


class TranslatedRoutesMixin(RoutablePageMixin):
    """Routes whose addresses are translated, such as `order/` → `tilaa/`."""

    def route_url(self, name, request=None):
        """The address of one of the page's routes, in the page's language whichever one is active."""
        with translation.override(self.locale.language_code):
            return self.get_url(request) + self.reverse_subpage(name)
