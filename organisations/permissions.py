"""What belongs to a user's organisations: their orders, comments and consent records."""

from django.db.models import Q
from wagtail.models import GroupPagePermission


def organisation_keys_for(user):
    """Translation keys of the organisations whose pages the user's groups have permissions on.

    A coordinator's group is given permissions on their organisation's page; permissions on a
    page above it (the organisation index, the home) reach every organisation below.
    """
    from organisations.models import OrganisationPage

    paths = GroupPagePermission.objects.filter(group__user=user).values_list("page__path", flat=True).distinct()
    if not paths:
        return set()
    below = Q()
    for path in paths:
        below |= Q(path__startswith=path)
    return set(OrganisationPage.objects.filter(below).values_list("translation_key", flat=True))


def works_site_wide(user):
    """Superusers, and groups given permissions on a home page (site-wide moderators)."""
    return user.is_superuser or GroupPagePermission.objects.filter(group__user=user, page__depth__lte=2).exists()


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
