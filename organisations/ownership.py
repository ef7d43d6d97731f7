from wagtail.models import get_page_models

from .forms import OrganisationOwnedPageForm
from .permissions import OrganisationPagePermissionTester


class OrganisationOwnedPage:
    """For a page type with an `organisation` field that lives in a section every organisation
    shares (stories, videos), outside its organisation's subtree: the organisation decides who
    may edit and publish it."""

    base_form_class = OrganisationOwnedPageForm

    @classmethod
    def page_models(cls):
        return [model for model in get_page_models() if issubclass(model, cls)]

    def permissions_for_user(self, user):
        return OrganisationPagePermissionTester(user, self)
