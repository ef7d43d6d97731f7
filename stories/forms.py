from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Topic


class StoryFilterForm(forms.Form):
    """The story index's filters, as plain GET parameters that links and bookmarks keep."""

    topic = forms.ChoiceField(label=_("Topic"), required=False)
    organisation = forms.ChoiceField(label=_("Organisation"), required=False)

    def __init__(self, *args, locale, **kwargs):
        from organisations.models import OrganisationPage

        super().__init__(*args, **kwargs)
        self.topics = {topic.slug: topic for topic in Topic.objects.filter(locale=locale)}
        self.organisations = {
            str(page.pk): page for page in OrganisationPage.objects.live().public().filter(locale=locale).order_by("title")
        }
        self.fields["topic"].choices = [("", _("All topics"))] + [(slug, topic.name) for slug, topic in self.topics.items()]
        self.fields["organisation"].choices = [("", _("All organisations"))] + [
            (pk, page.title) for pk, page in self.organisations.items()
        ]

    def filter(self, stories):
        if not self.is_bound:
            return stories
        if not self.is_valid():
            return stories.none()
        if topic := self.cleaned_data["topic"]:
            stories = stories.filter(topics__translation_key=self.topics[topic].translation_key)
        if organisation := self.cleaned_data["organisation"]:
            stories = stories.filter(organisation__translation_key=self.organisations[organisation].translation_key)
        return stories.distinct()

    def link_groups(self, query):
        """Each filter as links that change it and keep the others: [(label, [(text, query, current)])]."""
        chosen = self.cleaned_data if self.is_bound and self.is_valid() else {}
        groups = []
        for name, field in self.fields.items():
            links = []
            for value, text in field.choices:
                params = query.copy()
                params.pop("page", None)
                params.pop(name, None)
                if value:
                    params[name] = value
                links.append((text, f"?{params.urlencode()}" if params else "", value == chosen.get(name, "")))
            groups.append((field.label, links))
        return groups
