"""What the site's public forms share against scripts: a minimum fill time and a rate limit."""

from django.utils.translation import gettext_lazy as _
from django_ratelimit.core import get_usage

# A person needs at least this long to fill in a form; scripts are quicker.
MINIMUM_FILL_SECONDS = 4
FORM_EXPIRED = _("The form expired. Please check the details and send it again.")
SENT_TOO_QUICKLY = _("The form was sent too quickly. Please check the details and send it again.")


def submissions_from(request, group, rate, increment=False):
    """How many submissions of `group` this client has stored within the rate's window, and the limit.

    Only stored submissions count (`increment` after storing), so that someone correcting a
    form is never locked out.
    """
    usage = get_usage(request, group=group, key="ip", rate=rate, method="POST", increment=increment)
    return usage["count"], usage["limit"]
