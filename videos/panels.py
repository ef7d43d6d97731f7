from django.urls import reverse
from wagtail.admin.panels import Panel


class ConsentPanel(Panel):
    """The consent records of the video being edited, with links to record or withdraw consent.

    The records themselves stay out of the page form, its revisions and its translations.
    """

    class BoundPanel(Panel.BoundPanel):
        template_name = "videos/admin/consent_panel.html"

        def is_shown(self):
            return self.request.user.has_perm("videos.view_videoconsent")

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            page = self.instance
            context.update(
                consents=list(page.consents()) if page.pk else [],
                has_consent=bool(page.pk) and page.has_consent(),
                add_url=reverse("video_consents:add") + f"?video={page.pk}" if page.pk else "",
                can_add=self.request.user.has_perm("videos.add_videoconsent"),
            )
            return context
