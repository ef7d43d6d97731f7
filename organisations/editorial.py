"""Who may do what in the admin: groups per organisation, site-wide moderators, and the moderation
workflow every language's pages go through.

`setup_editorial_groups()` builds all of it from the page tree and can run any number of times:
it brings existing groups up to date and adds what new organisations and languages need. The
setup_editorial_groups command and the demo loader call it, and it runs again by itself when an
organisation, a home page, a story index or a video gallery is created (organisations.signals).
"""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from .models import EditorialRole, OrganisationGroup, OrganisationPage
from .permissions import organisation_roles_for

# What each role may do with the pages of its organisation. Editors write and submit; only
# moderators and translators (in their own language) publish.
PAGE_ACTIONS = {
    EditorialRole.EDITOR: {"add", "change"},
    EditorialRole.TRANSLATOR: {"change", "publish"},
    EditorialRole.COORDINATOR: set(),
}
MODERATOR_PAGE_ACTIONS = {"add", "change", "publish", "lock", "unlock", "bulk_delete"}

# Images, documents and media files, in the organisation's own collection.
EDITOR_COLLECTION_PERMISSIONS = [
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
    "wagtailmedia.add_media",
    "wagtailmedia.change_media",
]
TRANSLATOR_COLLECTION_PERMISSIONS = ["wagtailimages.choose_image", "wagtaildocs.choose_document"]
MODERATOR_COLLECTION_PERMISSIONS = EDITOR_COLLECTION_PERMISSIONS + [
    "wagtailimages.delete_image",
    "wagtaildocs.delete_document",
    "wagtailmedia.delete_media",
]

# Model permissions; which objects they reach is narrowed to the organisation by the views.
MODEL_PERMISSIONS = {
    EditorialRole.EDITOR: [
        "wagtailadmin.access_admin",
        "videos.add_videoconsent",
        "videos.change_videoconsent",
        "videos.view_videoconsent",
        "stories.add_storyauthor",
        "stories.view_storyauthor",
        "stories.view_topic",
        "experts.view_expertrole",
        "experts.view_theme",
        "experts.view_region",
    ],
    EditorialRole.COORDINATOR: [
        "wagtailadmin.access_admin",
        "orders.view_order",
        "orders.change_order",
        "django_comments.view_comment",
        "django_comments.change_comment",
    ],
    EditorialRole.TRANSLATOR: ["wagtailadmin.access_admin", "wagtail_localize.submit_translation"],
}
MODERATOR_MODEL_PERMISSIONS = [
    "wagtailadmin.access_admin",
    "wagtail_localize.submit_translation",
    "django_comments.view_comment",
    "django_comments.change_comment",
    "videos.add_videoconsent",
    "videos.change_videoconsent",
    "videos.view_videoconsent",
    "stories.add_storyauthor",
    "stories.change_storyauthor",
    "stories.view_storyauthor",
    "stories.add_topic",
    "stories.change_topic",
    "stories.view_topic",
    "experts.add_expertrole",
    "experts.change_expertrole",
    "experts.view_expertrole",
    "experts.add_theme",
    "experts.change_theme",
    "experts.view_theme",
    "experts.add_region",
    "experts.change_region",
    "experts.view_region",
    "home.add_crisisline",
    "home.change_crisisline",
    "home.view_crisisline",
]

MODERATORS_GROUP = "Moderators"


def page_actions_for(user, page):
    """What the user's roles in the page's organisation allow on an organisation-owned page."""
    if not page.organisation_id:
        return set()
    organisation_key = OrganisationPage.objects.filter(pk=page.organisation_id).values_list("translation_key", flat=True).first()
    actions = set()
    for key, role, language in organisation_roles_for(user):
        if key == organisation_key and (role != EditorialRole.TRANSLATOR or language == page.locale.language_code):
            actions |= PAGE_ACTIONS[role]
    return actions


def permissions(names):
    """Permission objects for "app_label.codename" names; a missing one is a mistake here."""
    found = {
        f"{permission.content_type.app_label}.{permission.codename}": permission
        for permission in Permission.objects.select_related("content_type").filter(
            codename__in={name.split(".")[1] for name in names}
        )
    }
    return [found[name] for name in names]


def grant_pages(group, pages, actions):
    page_permissions = permissions([f"wagtailcore.{action}_page" for action in sorted(actions)])
    for page in pages:
        for permission in page_permissions:
            GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)


def grant_collection(group, collection, names):
    for permission in permissions(names):
        GroupCollectionPermission.objects.get_or_create(group=group, collection=collection, permission=permission)


def organisation_collection(organisation):
    """The collection for the organisation's images, documents and media, named after it."""
    return Collection.objects.filter(name=organisation.title).first() or Collection.get_first_root_node().add_child(
        name=organisation.title
    )


def role_group_name(organisation, role, language=""):
    """A group's name in the organisation's own language, such as "Kaiku ry – kääntäjät (Latviešu)"."""
    with translation.override(organisation.locale.language_code):
        name = f"{organisation.title} – {EditorialRole(role).label}"
    if language:
        name += f" ({dict(settings.LANGUAGES)[language]})"
    return name[:150]


def organisation_group(organisation, role, language=""):
    membership = (
        OrganisationGroup.objects.select_related("group")
        .filter(organisation_key=organisation.translation_key, role=role, language=language)
        .first()
    )
    if membership:
        return membership.group
    group, _created = Group.objects.get_or_create(name=role_group_name(organisation, role, language))
    OrganisationGroup.objects.create(group=group, organisation_key=organisation.translation_key, role=role, language=language)
    return group


def setup_moderators():
    group, _created = Group.objects.get_or_create(name=MODERATORS_GROUP)
    group.permissions.add(*permissions(MODERATOR_MODEL_PERMISSIONS))
    grant_pages(group, [Page.get_first_root_node()], MODERATOR_PAGE_ACTIONS)
    grant_collection(group, Collection.get_first_root_node(), MODERATOR_COLLECTION_PERMISSIONS)
    return group


def setup_workflows(moderators):
    """One moderation workflow per language, named in it, on that language's home page: every
    page an editor writes there, stories and videos included, waits for a moderator's approval."""
    from home.models import HomePage

    for home in HomePage.objects.select_related("locale"):
        with translation.override(home.locale.language_code):
            workflow_name = _("Moderation")
            task_name = _("Approval by a moderator")
        task = GroupApprovalTask.objects.filter(name=task_name).first()
        if task is None:
            task = GroupApprovalTask.objects.create(name=task_name)
        task.groups.add(moderators)
        workflow, _created = Workflow.objects.get_or_create(name=workflow_name)
        WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
        WorkflowPage.objects.update_or_create(page=home.page_ptr, defaults={"workflow": workflow})


def shared_sections():
    """The sections all organisations publish in, in every language: their editors add pages there."""
    from stories.models import StoryIndexPage
    from videos.models import VideoGalleryPage

    return [*StoryIndexPage.objects.all(), *VideoGalleryPage.objects.all()]


@transaction.atomic
def setup_editorial_groups():
    """Create or update the site-wide moderators, the workflows, and every organisation's groups
    and collection. Returns the organisations' groups by organisation title."""
    moderators = setup_moderators()
    setup_workflows(moderators)
    sections = shared_sections()
    summary = {}
    languages = [code for code, _name in settings.LANGUAGES]
    for organisation in OrganisationPage.objects.filter(pk__in=source_organisations()).select_related("locale"):
        every_language = OrganisationPage.objects.filter(translation_key=organisation.translation_key).select_related("locale")
        collection = organisation_collection(organisation)

        editors = organisation_group(organisation, EditorialRole.EDITOR)
        editors.permissions.add(*permissions(MODEL_PERMISSIONS[EditorialRole.EDITOR]))
        grant_pages(editors, every_language, PAGE_ACTIONS[EditorialRole.EDITOR])
        grant_pages(editors, sections, {"add"})
        grant_collection(editors, collection, EDITOR_COLLECTION_PERMISSIONS)

        coordinators = organisation_group(organisation, EditorialRole.COORDINATOR)
        coordinators.permissions.add(*permissions(MODEL_PERMISSIONS[EditorialRole.COORDINATOR]))

        translators = []
        for language in languages:
            group = organisation_group(organisation, EditorialRole.TRANSLATOR, language)
            group.permissions.add(*permissions(MODEL_PERMISSIONS[EditorialRole.TRANSLATOR]))
            in_language = [page for page in every_language if page.locale.language_code == language]
            grant_pages(group, in_language, PAGE_ACTIONS[EditorialRole.TRANSLATOR])
            grant_collection(group, collection, TRANSLATOR_COLLECTION_PERMISSIONS)
            translators.append(group)
        summary[organisation.title] = [editors, coordinators, *translators]
    return summary


def source_organisations():
    """One page per organisation: the one in the language it was written in."""
    from wagtail_localize.models import TranslationSource

    first_by_key = {}
    sources = dict(
        TranslationSource.objects.filter(specific_content_type__model="organisationpage").values_list("object_id", "locale_id")
    )
    for pk, key, locale_id in OrganisationPage.objects.order_by("pk").values_list("pk", "translation_key", "locale_id"):
        if key not in first_by_key or sources.get(key) == locale_id:
            first_by_key[key] = pk
    return list(first_by_key.values())
