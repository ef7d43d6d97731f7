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
