import factory
import wagtail_factories
from wagtail.models import Locale

from home.models import Country, CrisisLine, HomePage


class HomePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Home {n}")
    slug = factory.Sequence(lambda n: f"home-{n}")
    intro = "A short introduction."

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
