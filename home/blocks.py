"""StreamField blocks shared by every page type of the site."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=120, label=_("Heading"))
    anchor = blocks.CharBlock(
        required=False,
        max_length=60,
        regex=r"^[a-z0-9-]+$",
        label=_("Anchor"),
        help_text=_("Optional: lower-case letters, digits and hyphens, to link to this heading."),
    )

    class Meta:
        icon = "title"
        template = "blocks/heading.html"
        preview_value = {"text": "Kokemusasiantuntija", "anchor": "kokemusasiantuntija"}


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    text = blocks.RichTextBlock(
        features=["bold", "italic", "link", "ol", "ul"],
        template="blocks/text.html",
        label=_("Text"),
        icon="pilcrow",
    )
