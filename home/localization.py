"""Translatable snippets shown in the language of the page, whatever locale a page points at."""

from wagtail.models import Locale


def in_active_language(instances):
    """Each object's translation into the active language, where there is one, in one query.

    Pages keep their links to snippets (roles, themes, regions) synchronised across translations,
    so a page in any language may point at the source language's snippet.
    """
    instances = list(instances)
    if not instances:
        return []
    model = type(instances[0])
    translations = model.objects.filter(
        locale=Locale.get_active(), translation_key__in={instance.translation_key for instance in instances}
    )
    by_key = {translation.translation_key: translation for translation in translations}
    return [by_key.get(instance.translation_key, instance) for instance in instances]
