"""What search engines and link previews read about a page: absolute addresses on the site's
configured host, the sharing image, and schema.org data as JSON-LD."""

import json
from urllib.parse import urlsplit

from django.conf import settings
from django.utils.safestring import mark_safe
from wagtail.models import Site

# Link previews want a wide image in a format every service reads.
SHARING_IMAGE = "fill-1200x630|format-jpeg|jpegquality-80"
# Characters that could end the <script> element or open markup inside it.
JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def current_site(request):
    """The Wagtail site the request is for, else the default one."""
    return Site.find_for_request(request) or Site.objects.select_related("root_page").get(is_default_site=True)


def site_root_url(request):
    """The scheme, host and port configured for the request's Wagtail site, looked up once per request."""
    if not hasattr(request, "_site_root_url"):
        request._site_root_url = current_site(request).root_url
    return request._site_root_url


def x_default(urls):
    """The x-default alternate among a page's addresses by language: the default language's, else the first."""
    if settings.LANGUAGE_CODE in urls:
        return urls[settings.LANGUAGE_CODE]
    return next((urls[code] for code, _name in settings.LANGUAGES if code in urls), "")


def absolute_url(request, url):
    return url if urlsplit(url).scheme else site_root_url(request) + url


def sharing_image(request, image):
    """The image's rendition for link previews: its absolute address, size and description."""
    rendition = image.get_rendition(SHARING_IMAGE)
    return {
        "url": absolute_url(request, rendition.url),
        "width": rendition.width,
        "height": rendition.height,
        "alt": image.default_alt_text or "",
    }


def breadcrumb_trail(request, page):
    """The pages from the language's home to `page`, both included, looked up once per request."""
    trails = request.__dict__.setdefault("_breadcrumb_trails", {})
    if page.pk not in trails:
        above = page.get_ancestors().filter(depth__gte=2) if page.depth > 2 else []
        trails[page.pk] = [*above, page]
    return trails[page.pk]


def breadcrumb_list(request, page):
    """schema.org's BreadcrumbList: the way from the language's home to the page."""
    trail = breadcrumb_trail(request, page)
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": step.title, "item": step.get_full_url(request)}
            for position, step in enumerate(trail, start=1)
        ],
    }


def json_ld(data):
    """`data` as the content of a <script type="application/ld+json"> element."""
    return mark_safe(json.dumps(data, ensure_ascii=False, default=str).translate(JSON_SCRIPT_ESCAPES))
