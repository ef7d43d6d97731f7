import datetime

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from wagtail.models import Collection, GroupPagePermission, Locale
from wagtailmedia.models import Media

from home.demo import stream
from experts.models import ExpertIndexPage, ExpertProfilePage, ExpertRole, Region, Theme
from home.models import ContentPage, Country, CrisisLine, HomePage
from organisations.models import OrganisationIndexPage, OrganisationPage, ProgrammePage
from stories.models import StoryAuthor, StoryIndexPage, StoryPage, Topic
from videos.models import VideoCaptions, VideoConsent, VideoGalleryPage, VideoPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Home {n}")
    slug = factory.Sequence(lambda n: f"home-{n}")
    intro = factory.Sequence(lambda n: f"Intro {n}.")

    class Meta:
        model = HomePage


class CrisisLineFactory(factory.django.DjangoModelFactory):
    country = Country.FINLAND
    name = factory.Sequence(lambda n: f"Helpline {n}")
    number = "116 123"
    details = "24/7"
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = CrisisLine


class ContentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Content page {n}")
    intro = "What this page is about."
    body = factory.LazyFunction(lambda: stream([["text", "<p>Some text.</p>"]]))

    class Meta:
        model = ContentPage


class OrganisationIndexPageFactory(wagtail_factories.PageFactory):
    title = "Organisations"
    intro = "The organisations."

    class Meta:
        model = OrganisationIndexPage


class OrganisationPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Organisation {n}")
    country = Country.ESTONIA
    intro = "A peer-counselling practice."
    coordinator_email = "coordinator@private.example"
    contact_email = "hello@org.example"
    contact_phone = "+372 5555 0101"
    address = "Example street 1\nTallinn"

    class Meta:
        model = OrganisationPage


class ProgrammePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Programme {n}")
    summary = "A programme."
    start_date = datetime.date(2025, 1, 1)
    end_date = None

    class Meta:
        model = ProgrammePage


def price_table(*rows, caption="Prices"):
    return {
        "caption": caption,
        "rows": [
            {"service": service, "format": fmt, "duration_minutes": minutes, "price": price, "currency": currency}
            for service, fmt, minutes, price, currency in rows
        ],
        "note": "",
    }


def event(title, start, end=None, place="Oslo", online=False):
    return ["event", {"title": title, "start_date": start, "end_date": end, "place": place, "online": online, "audience": "", "description": ""}]


class ExpertRoleFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Role {n}")
    country = Country.FINLAND
    organisation_type = "Associations"
    training_hours = 50
    training = "50 h"
    does = "<p>Lectures.</p>"
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = ExpertRole


class ThemeFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Theme {n}")
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Theme


class RegionFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Region {n}")
    country = Country.FINLAND
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Region


class ExpertIndexPageFactory(wagtail_factories.PageFactory):
    title = "Experts"

    class Meta:
        model = ExpertIndexPage


class ExpertProfilePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Expert {n}")
    role = factory.SubFactory(ExpertRoleFactory)
    summary = "Speaks about recovery."
    own_words = "<p>My way back.</p>"
    assignment_types = ["lecture"]
    languages = ["fi"]
    formats = ["in_person"]

    class Meta:
        model = ExpertProfilePage


def publish_translations(page, locales):
    translations = {page.locale.language_code: page}
    for code, locale in locales.items():
        if code != page.locale.language_code:
            copy = page.copy_for_translation(locale)
            copy.title = f"{page.title} ({code})"
            copy.save_revision().publish()
            copy.refresh_from_db()
            translations[code] = copy
    return translations


class TopicFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Topic


class StoryAuthorFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Author {n}")
    role = "kokemuskumppani"
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = StoryAuthor


class StoryIndexPageFactory(wagtail_factories.PageFactory):
    title = "Stories"

    class Meta:
        model = StoryIndexPage


class StoryPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Story {n}")
    lead = "What happened."
    date = factory.Sequence(lambda n: datetime.date(2026, 1, 1) + datetime.timedelta(days=n))
    body = factory.LazyFunction(lambda: stream([["text", "<p>The story.</p>"]]))

    class Meta:
        model = StoryPage


class MediaFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Video {n}")
    file = factory.LazyFunction(lambda: ContentFile(b"not really a video", name="video.mp4"))
    type = "video"
    duration = 75
    # Transactional tests flush the root collection that Wagtail's migrations create.
    collection = factory.LazyFunction(lambda: Collection.get_first_root_node() or Collection.add_root(name="Root"))
    width = 640
    height = 360

    class Meta:
        model = Media


class VideoGalleryPageFactory(wagtail_factories.PageFactory):
    title = "Videos"

    class Meta:
        model = VideoGalleryPage


class VideoPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Video {n}")
    lead = "Young people tell what they learned."
    date = factory.Sequence(lambda n: datetime.date(2026, 1, 1) + datetime.timedelta(days=n))
    video = factory.SubFactory(MediaFactory)
    transcript = "<p><b>Aino:</b> What I learned.</p>"

    class Meta:
        model = VideoPage


def webvtt_file(language, text="Hello"):
    return ContentFile(f"WEBVTT\n\n00:00:00.500 --> 00:00:04.000\n{text}\n".encode(), name=f"captions-{language}.vtt")


class VideoCaptionsFactory(factory.django.DjangoModelFactory):
    language = "fi"
    file = factory.LazyAttribute(lambda captions: webvtt_file(captions.language))

    class Meta:
        model = VideoCaptions


class VideoConsentFactory(factory.django.DjangoModelFactory):
    person = factory.Sequence(lambda n: f"Consenting Person {n}")
    consented_on = datetime.date(2026, 1, 1)

    class Meta:
        model = VideoConsent


def member_of(organisation, username, codenames):
    """An admin user of one organisation: page permissions on its page, and the given model permissions."""
    group = Group.objects.create(name=f"{username} of {organisation.title}")
    group.permissions.add(*Permission.objects.filter(codename__in=["access_admin", *codenames]))
    GroupPagePermission.objects.create(group=group, page=organisation, permission=Permission.objects.get(codename="change_page"))
    user = get_user_model().objects.create_user(username, password="pw")
    user.groups.add(group)
    return user
