from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _
from django.views.static import serve as serve_static
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.documents import urls as wagtaildocs_urls

from home.views import robots_txt, search, sitemap
from organisations.views import OrganisationScopedPageSearchView

urlpatterns = [
    path("django-admin/", admin.site.urls),
    # Wagtail's page search, answered before Wagtail's own: an organisation's people find only what they may see.
    path("admin/pages/search/", require_admin_access(OrganisationScopedPageSearchView.as_view()), name="admin_page_search"),
    path(
        "admin/pages/search/results/",
        require_admin_access(OrganisationScopedPageSearchView.as_view(results_only=True)),
        name="admin_page_search_results",
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
]

if getattr(settings, "SERVE_MEDIA", False):
    urlpatterns += [
        re_path(r"^media/(?P<path>.*)$", serve_static, {"document_root": settings.MEDIA_ROOT}),
    ]

# Every language has its prefix, the default included: "/" itself is answered by
# LocaleMiddleware with a redirect to the visitor's best language.
urlpatterns += i18n_patterns(
    path(_("search/"), search, name="search"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
