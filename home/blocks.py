"""StreamField blocks shared by every page type of the site.

Each block renders with its own template in website/templates/blocks/ and has a preview value
for the admin's block picker.
"""

from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Locale

from .formatting import format_duration, format_price

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]

GOAL_ICONS = [
    ("heart", _("Heart")),
    ("people", _("People")),
    ("sun", _("Sun")),
    ("compass", _("Compass")),
    ("leaf", _("Leaf")),
    ("shield", _("Shield")),
    ("star", _("Star")),
    ("chat", _("Speech bubble")),
    ("hand", _("Open hand")),
    ("spark", _("Spark")),
]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=120, label=_("Heading"))
    anchor = blocks.RegexBlock(
        regex=r"^[a-z0-9-]*$",
        required=False,
        max_length=60,
        label=_("Anchor"),
        help_text=_("Optional: lower-case letters, digits and hyphens, to link to this heading."),
        error_messages={"invalid": _("Use only lower-case letters, digits and hyphens.")},
    )

    class Meta:
        icon = "title"
        template = "blocks/heading.html"
        label = _("Heading")
        description = _("A section heading that can be linked to")
        preview_value = {"text": "Mitä kokemusasiantuntija tekee?", "anchor": "tehtavat"}


class TextBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=RICH_TEXT_FEATURES, **kwargs)

    class Meta:
        icon = "pilcrow"
        template = "blocks/text.html"
        label = _("Text")
        description = _("Paragraphs and lists")
        preview_value = "<p>Kokemusasiantuntija käyttää omaa toipumistaan työvälineenä.</p>"


class DefinitionBlock(blocks.StructBlock):
    term = blocks.CharBlock(max_length=120, label=_("Term"))
    definition = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Definition"))


class DefinitionListBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(DefinitionBlock(), min_num=1, **kwargs)

    class Meta:
        icon = "list-ul"
        template = "blocks/definition_list.html"
        label = _("Definition list")
        description = _("Terms and what they mean")
        preview_value = [
            {"term": "Kogemusnõustaja", "definition": "<p>Koolitatud nõustaja, kes toetub oma kogemusele.</p>"},
            {"term": "Kokemusasiantuntija", "definition": "<p>Koulutettu kokemuksen asiantuntija.</p>"},
        ]


class GoalCardBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=80, label=_("Title"))
    text = blocks.TextBlock(max_length=400, label=_("Text"))
    icon = blocks.ChoiceBlock(choices=GOAL_ICONS, default="heart", label=_("Icon"))


class GoalCardsBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(GoalCardBlock(), min_num=1, max_num=12, **kwargs)

    class Meta:
        icon = "list-ul"
        template = "blocks/goal_cards.html"
        label = _("Goal cards")
        description = _("Goals or areas of work, each with an icon")
        preview_value = [
            {"title": "Pašapziņa", "text": "Ticēt sev un savām spējām.", "icon": "star"},
            {"title": "Attiecības", "text": "Veidot drošas attiecības.", "icon": "people"},
        ]


class ValueBlock(blocks.StructBlock):
    name = blocks.CharBlock(max_length=80, label=_("Value"))
    description = blocks.TextBlock(required=False, max_length=400, label=_("Description"))


class ValuesBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(ValueBlock(), min_num=1, **kwargs)

    class Meta:
        icon = "tick-inverse"
        template = "blocks/values.html"
        label = _("Values")
        description = _("What the organisation stands for")
        preview_value = [{"name": "Avoimuus", "description": "Kerromme asioista suoraan."}]


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(max_length=1200, label=_("Quote"))
    who = blocks.CharBlock(max_length=80, label=_("Who said it"))
    role = blocks.CharBlock(required=False, max_length=120, label=_("Their role"))

    class Meta:
        icon = "openquote"
        template = "blocks/quote.html"
        label = _("Quote or reflection")
        description = _("Someone's own words, with who they are")
        preview_value = {"text": "Oma tarina muuttui voimavaraksi.", "who": "Aino", "role": "kokemuskumppani"}


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        required=False,
        max_length=250,
        label=_("Alternative text"),
        help_text=_("What the image shows, for people who cannot see it."),
    )
    decorative = blocks.BooleanBlock(
        required=False, label=_("Decorative"), help_text=_("Tick only if the image adds nothing to the text.")
    )
    caption = blocks.CharBlock(required=False, max_length=250, label=_("Caption"))
    credit = blocks.CharBlock(required=False, max_length=120, label=_("Credit"))

    class Meta:
        icon = "image"
        template = "blocks/image.html"
        label = _("Image")
        description = _("An image with a caption and credit")

    def clean(self, value):
        value = super().clean(value)
        if not value.get("decorative") and not (value.get("alt_text") or "").strip():
            raise StructBlockValidationError(
                block_errors={"alt_text": ValidationError(_("Describe the image, or mark it as decorative."))}
            )
        return value


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120, label=_("Title"))
    text = blocks.TextBlock(required=False, max_length=400, label=_("Text"))
    link_text = blocks.CharBlock(max_length=60, label=_("Link text"))
    page = blocks.PageChooserBlock(required=False, label=_("Page"))
    url = blocks.CharBlock(
        required=False,
        max_length=300,
        label=_("Address"),
        help_text=_("An address such as https://… or mailto:…, when no page is chosen."),
    )

    class Meta:
        icon = "pick"
        template = "blocks/call_to_action.html"
        label = _("Call to action")
        description = _("A prominent link to the next step")
        preview_value = {
            "title": "Tilaa kokemusasiantuntija",
            "text": "Kerro tarpeestasi, niin etsimme sopivan asiantuntijan.",
            "link_text": "Ota yhteyttä",
            "url": "mailto:info@example.org",
        }

    def clean(self, value):
        value = super().clean(value)
        url = (value.get("url") or "").strip()
        errors = {}
        if bool(value.get("page")) == bool(url):
            errors["url"] = ValidationError(_("Choose a page or give an address, not both."))
        elif url and not url.startswith(("https://", "http://", "mailto:", "tel:", "/")):
            errors["url"] = ValidationError(_("The address must start with https://, mailto:, tel: or /."))
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value


class PriceRowBlock(blocks.StructBlock):
    service = blocks.CharBlock(max_length=120, label=_("Service"))
    format = blocks.ChoiceBlock(
        choices=[("in_person", _("In person")), ("remote", _("Remote"))], default="in_person", label=_("Format")
    )
    duration_minutes = blocks.IntegerBlock(min_value=5, max_value=60 * 24, label=_("Duration in minutes"))
    price = blocks.DecimalBlock(min_value=0, max_digits=9, decimal_places=2, label=_("Price"))
    currency = blocks.ChoiceBlock(
        choices=[("EUR", "EUR"), ("NOK", "NOK")], default="EUR", label=_("Currency")
    )


class PriceTableBlock(blocks.StructBlock):
    caption = blocks.CharBlock(max_length=120, label=_("Caption"))
    rows = blocks.ListBlock(PriceRowBlock(), min_num=1, label=_("Prices"))
    note = blocks.CharBlock(required=False, max_length=300, label=_("Note"))

    class Meta:
        icon = "table"
        template = "blocks/price_table.html"
        label = _("Price table")
        description = _("Services with format, duration and price, written the way each language writes them")
        preview_value = {
            "caption": "Hinnakiri",
            "rows": [
                {"service": "Individuaalne nõustamine", "format": "in_person", "duration_minutes": 60, "price": "35", "currency": "EUR"},
                {"service": "Nõustamine Zoomis", "format": "remote", "duration_minutes": 60, "price": "25", "currency": "EUR"},
            ],
            "note": "",
        }

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        language = translation.get_language()
        context["rows"] = [
            {
                "service": row["service"],
                "format": row["format"],
                "duration": format_duration(row["duration_minutes"], language),
                "price": format_price(row["price"], row["currency"], language),
            }
            for row in value["rows"]
        ]
        return context


class FAQItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=200, label=_("Question"))
    answer = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Answer"))


class FAQBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(FAQItemBlock(), min_num=1, **kwargs)

    class Meta:
        icon = "help"
        template = "blocks/faq.html"
        label = _("Questions and answers")
        description = _("Questions that open to show their answers")
        preview_value = [{"question": "Kuinka tilaan?", "answer": "<p>Täytä tilauslomake.</p>"}]


class PartnerBlock(blocks.StructBlock):
    name = blocks.CharBlock(max_length=120, label=_("Name"))
    url = blocks.URLBlock(required=False, label=_("Website"))
    logo = ImageChooserBlock(required=False, label=_("Logo"))

    class Meta:
        icon = "group"
        template = "blocks/partner.html"
        label = _("Partner")


class BadgeBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=200, label=_("Recognition"))
    logo = ImageChooserBlock(required=False, label=_("Logo"))

    class Meta:
        icon = "success"
        template = "blocks/badge.html"
        label = _("Badge")


class PartnerLogosBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(PartnerBlock(), min_num=1, **kwargs)

    class Meta:
        icon = "group"
        template = "blocks/partner_logos.html"
        label = _("Partner logos")
        description = _("The organisations someone works with")
        preview_value = [{"name": "Example partner", "url": "https://example.org"}]


class PartnersBlock(blocks.StreamBlock):
    """Partners and recognitions of an organisation or a programme."""

    partner = PartnerBlock()
    badge = BadgeBlock()


class ExpertRolesBlock(blocks.StructBlock):
    """The expert roles of every country side by side, as editors keep them in the role snippets."""

    heading = blocks.CharBlock(max_length=120, label=_("Heading"))
    intro = blocks.TextBlock(required=False, max_length=600, label=_("Introduction"))

    class Meta:
        icon = "list-ul"
        template = "blocks/expert_roles.html"
        label = _("Expert roles")
        description = _("Every expert role with its training and what it does and does not do")
        preview_value = {"heading": "Nimikkeet maittain", "intro": ""}

    def get_context(self, value, parent_context=None):
        from experts.models import ExpertRole

        context = super().get_context(value, parent_context=parent_context)
        context["roles"] = ExpertRole.objects.filter(locale=Locale.get_active())
        return context


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    text = TextBlock()
    definitions = DefinitionListBlock()
    goals = GoalCardsBlock()
    values = ValuesBlock()
    quote = QuoteBlock()
    image = ImageBlock()
    call_to_action = CallToActionBlock()
    price_table = PriceTableBlock()
    faq = FAQBlock()
    partners = PartnerLogosBlock()
    expert_roles = ExpertRolesBlock()


class EventBlock(blocks.StructBlock):
    """A course or an event of a programme."""

    title = blocks.CharBlock(max_length=150, label=_("Title"))
    start_date = blocks.DateBlock(label=_("Starts"))
    end_date = blocks.DateBlock(required=False, label=_("Ends"), help_text=_("Leave empty for a one-day event."))
    place = blocks.CharBlock(max_length=200, label=_("Place"), help_text=_("Town and venue, or how to join online."))
    online = blocks.BooleanBlock(required=False, label=_("Online"))
    audience = blocks.CharBlock(required=False, max_length=200, label=_("For whom"))
    description = blocks.TextBlock(required=False, max_length=800, label=_("Description"))

    class Meta:
        icon = "date"
        template = "blocks/event.html"
        label = _("Course or event")
        preview_value = {
            "title": "Å være profesjonell som erfaringskonsulent",
            "start_date": "2027-02-11",
            "end_date": "2027-02-12",
            "place": "Tromsø, kurssenteret",
            "online": False,
            "audience": "Erfaringskonsulenter",
            "description": "",
        }

    def clean(self, value):
        value = super().clean(value)
        if value.get("end_date") and value["end_date"] < value["start_date"]:
            raise StructBlockValidationError(
                block_errors={"end_date": ValidationError(_("The end cannot be before the start."))}
            )
        return value

    @staticmethod
    def last_day(value):
        return value.get("end_date") or value["start_date"]
