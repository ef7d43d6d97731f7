"""What belongs to a user's organisations: their pages, orders, comments and consent records."""

from django.db.models import Q
from wagtail.models import GroupPagePermission, PagePermissionTester


def organisation_keys_for(user):
    """Translation keys of the organisations the user works for.

    A user works for an organisation through one of its editorial groups (see
    organisations.editorial), or through a group with permissions on the organisation's page or a
    page above it (the organisation index reaches every organisation below). Cached on the user
    for the request, as Wagtail caches page permissions.
    """
    from organisations.models import OrganisationPage

    if not hasattr(user, "_organisation_keys"):
        keys = {key for key, _role, _language in organisation_roles_for(user)}
        paths = GroupPagePermission.objects.filter(group__user=user).values_list("page__path", flat=True).distinct()
        if paths:
            below = Q()
            for path in paths:
                below |= Q(path__startswith=path)
            keys |= set(OrganisationPage.objects.filter(below).values_list("translation_key", flat=True))
        user._organisation_keys = keys
    return user._organisation_keys


def organisation_roles_for(user):
    """(organisation key, role, language) of each editorial group the user is in, cached on the user."""
    from organisations.models import OrganisationGroup

    if not hasattr(user, "_organisation_roles"):
        user._organisation_roles = list(
            OrganisationGroup.objects.filter(group__user=user).values_list("organisation_key", "role", "language")
        )
    return user._organisation_roles


def works_site_wide(user):
    """Superusers, and groups given permissions on a home page or the root (site-wide moderators)."""
    if not hasattr(user, "_works_site_wide"):
        user._works_site_wide = user.is_superuser or (
            user.is_authenticated and GroupPagePermission.objects.filter(group__user=user, page__depth__lte=2).exists()
        )
    return user._works_site_wide


def visible_to(user, queryset, organisation):
    """`queryset` narrowed to what belongs to the user's organisations, found through the
    `organisation` lookup (such as "video__organisation"); those working site-wide see everything."""
    if works_site_wide(user):
        return queryset
    return queryset.filter(**{f"{organisation}__translation_key__in": organisation_keys_for(user)})


class OwnOrganisationsMixin:
    """For Wagtail admin views of a model whose queryset has `for_user()`: another organisation's
    objects are not found."""

    def get_queryset(self):
        return self.model._default_manager.for_user(self.request.user)


class OrganisationPagePermissionTester(PagePermissionTester):
    """For pages that name their organisation but live in a section every organisation shares
    (stories, videos). Outside site-wide groups, what a user may do with such a page comes from
    their role in the page's organisation, never from permissions on the shared section."""

    def __init__(self, user, page):
        super().__init__(user, page)
        if user.is_active and not user.is_superuser and not works_site_wide(user):
            from organisations.editorial import page_actions_for

            self.permissions = page_actions_for(user, page)


def pages_hidden_from(user, pages):
    """`pages` without the organisation-owned pages of organisations the user doesn't work for,
    so that their titles and drafts stay out of the explorer and the choosers."""
    if works_site_wide(user):
        return pages
    from organisations.ownership import OrganisationOwnedPage

    keys = organisation_keys_for(user)
    others = Q()
    for model in OrganisationOwnedPage.page_models():
        others |= Q(pk__in=model.objects.exclude(organisation__translation_key__in=keys).values("pk"))
    return pages.exclude(others)
