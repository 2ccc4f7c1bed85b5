"""The shared StreamField block library used by every page type."""

import re
from urllib.parse import parse_qs, urlparse

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_slug
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.contrib.table_block.blocks import TableBlock as WagtailTableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]
INLINE_FEATURES = ["bold", "italic", "link", "document-link"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=120)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Level 2")), ("h3", _("Level 3"))], default="h2", label=_("Level")
    )
    anchor = blocks.CharBlock(
        label=_("Anchor"),
        required=False,
        max_length=50,
        validators=[validate_slug],
        help_text=_(
            "Optional: a short name (letters, digits, hyphens) so that links can lead straight to "
            "this heading, such as 'bbl' on the glossary."
        ),
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Heading")
        description = _("A heading that divides the page into sections.")
        preview_value = {"text": "Wat doet een Leerwerkloket?", "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "blocks/paragraph_block.html"
        label = _("Text")
        description = _("Running text with links and lists.")
        preview_value = (
            "<p>Het Leerwerkloket geeft gratis en onafhankelijk advies over leren en werken.</p>"
        )


ALT_TEXT_HELP = _(
    "Leave empty to use the description of the image. Write another text if this page needs a "
    "different one; an image without a description is treated as decoration."
)


class ImageBlock(blocks.StructBlock):
    """An image whose alternative text is, unless the editor writes another here, the
    description written once on the image itself."""

    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        required=False,
        help_text=_(
            "Leave empty to use the description of the image. Write another text if this page "
            "needs a different one."
        ),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    def clean(self, value):
        value = super().clean(value)
        image = value.get("image")
        if image is not None and not value.get("alt_text") and not image.description.strip():
            raise StructBlockValidationError(
                block_errors={
                    "alt_text": ValidationError(
                        _(
                            "This image has no description yet. Describe what it shows, here or "
                            "in the image library."
                        )
                    )
                }
            )
        return value

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        label = _("Image")
        description = _("An image with an alternative text and an optional caption.")


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Who said it"), required=False, max_length=150)

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        label = _("Quote")
        description = _("A quote from a person, with who said it.")
        preview_value = {
            "quote": "Wie wil bijleren, hoeft niet terug in de schoolbanken. Op het werk leert u ook.",
            "attribution": "Adviseur van een Leerwerkloket",
        }


def validate_link_address(value):
    """A web address (https://…), or an address on this site that is not a page (/nl/…)."""
    if value.startswith("/") and not value.startswith("//"):
        return
    URLValidator(schemes=["http", "https", "mailto"])(value)


class LinkBlock(blocks.StructBlock):
    """A link to a page, a document or another website, with its own label."""

    label = blocks.CharBlock(label=_("Label"), max_length=150)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    document = DocumentChooserBlock(label=_("Document"), required=False)
    url = blocks.CharBlock(
        label=_("Web address"),
        required=False,
        max_length=500,
        validators=[validate_link_address],
        help_text=_(
            "Another website (https://…), or an address on this site that is not a page, "
            "such as /nl/mijn-taalakkoord/aanmelden/."
        ),
    )

    class Meta:
        icon = "link"
        label = _("Link")
        template = "blocks/link_block.html"

    def clean(self, value):
        value = super().clean(value)
        targets = [t for t in ("page", "document", "url") if value.get(t)]
        if len(targets) != 1:
            raise blocks.StructBlockValidationError(
                block_errors={
                    "page": ValidationError(
                        _("Choose exactly one: a page, a document or a web address.")
                    )
                }
            )
        return value


class LinkListBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    links = blocks.ListBlock(LinkBlock(), label=_("Links"), min_num=1)

    class Meta:
        icon = "list-ul"
        template = "blocks/link_list_block.html"
        label = _("Documents and links")
        description = _("A list of links to pages, documents or other websites.")
        preview_value = {
            "title": "Meer weten?",
            "links": [
                {"label": "Het Leerwerkloket in uw regio", "url": "https://www.lerenenwerken.nl/"}
            ],
        }


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False)
    link = LinkBlock(label=_("Button"))

    class Meta:
        icon = "pick"
        template = "blocks/call_to_action_block.html"
        label = _("Call to action")
        description = _("A highlighted box that sends the visitor to the next step.")
        preview_value = {
            "title": "Werkgever? Doe mee aan het Taalakkoord",
            "text": "Help uw medewerkers beter Nederlands te lezen, schrijven en spreken.",
            "link": {"label": "Lees meer", "url": "https://www.lerenenwerken.nl/"},
        }


class AccordionItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question or title"), max_length=200)
    answer = ParagraphBlock(label=_("Answer"))


class AccordionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    items = blocks.ListBlock(AccordionItemBlock(), label=_("Items"), min_num=1)

    class Meta:
        icon = "list-ul"
        template = "blocks/accordion_block.html"
        label = _("Questions and answers")
        description = _("Questions that open to show their answer (FAQ).")
        preview_value = {
            "title": "Veelgestelde vragen",
            "items": [
                {
                    "question": "Kost een adviesgesprek geld?",
                    "answer": "<p>Nee, het advies is gratis.</p>",
                },
            ],
        }


class TableBlock(WagtailTableBlock):
    class Meta:
        icon = "table"
        template = "blocks/table_block.html"
        label = _("Table")
        description = _("A table with a caption and optional header row.")
        preview_value = {
            "data": [["Jaar", "Leden Taalakkoord"], ["2016", "70"], ["2017", "bijna 200"]],
            "first_row_is_table_header": True,
            "table_caption": "Groei van het Taalakkoord",
        }


VIDEO_ID_PATTERNS = {
    "youtube": re.compile(r"^[A-Za-z0-9_-]{11}$"),
    "vimeo": re.compile(r"^\d+$"),
}


def parse_video_url(url: str) -> tuple[str, str] | None:
    """Return (provider, video id) for a YouTube or Vimeo address, or None."""
    parsed = urlparse(url)
    host = (parsed.hostname or "").removeprefix("www.").removeprefix("m.")
    video_id = ""
    provider = ""
    if host in {"youtube.com", "youtube-nocookie.com"}:
        provider = "youtube"
        if parsed.path == "/watch":
            video_id = parse_qs(parsed.query).get("v", [""])[0]
        elif parsed.path.startswith(("/embed/", "/shorts/")):
            video_id = parsed.path.split("/")[2]
    elif host == "youtu.be":
        provider, video_id = "youtube", parsed.path.lstrip("/")
    elif host in {"vimeo.com", "player.vimeo.com"}:
        provider, video_id = "vimeo", parsed.path.rstrip("/").split("/")[-1]
    if provider and VIDEO_ID_PATTERNS[provider].match(video_id):
        return provider, video_id
    return None


class VideoValue(blocks.StructValue):
    def provider_and_id(self):
        return parse_video_url(self.get("url") or "")

    def embed_url(self):
        parsed = self.provider_and_id()
        if not parsed:
            return ""
        provider, video_id = parsed
        if provider == "youtube":
            return f"https://www.youtube-nocookie.com/embed/{video_id}"
        return f"https://player.vimeo.com/video/{video_id}?dnt=1"

    def provider_name(self):
        parsed = self.provider_and_id()
        return {"youtube": "YouTube", "vimeo": "Vimeo"}.get(parsed[0]) if parsed else ""


class VideoBlock(blocks.StructBlock):
    """A YouTube or Vimeo video that loads only after the visitor asks for it.

    Nothing is fetched from the video service until the visitor presses play, so a page view
    leaks nothing to a third party (two-click embed).
    """

    title = blocks.CharBlock(label=_("Title of the video"), max_length=150)
    url = blocks.URLBlock(label=_("YouTube or Vimeo address"))
    transcript = ParagraphBlock(label=_("Transcript"), required=False)

    class Meta:
        icon = "media"
        template = "blocks/video_block.html"
        label = _("Video")
        description = _("A YouTube or Vimeo video, loaded only when the visitor presses play.")
        value_class = VideoValue
        preview_value = {
            "title": "Wat doet een Leerwerkloket?",
            "url": "https://vimeo.com/76979871",
        }

    def clean(self, value):
        value = super().clean(value)
        if not parse_video_url(value.get("url") or ""):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "url": ValidationError(_("Enter the address of a YouTube or Vimeo video."))
                }
            )
        return value


class BaseContentBlock(blocks.StreamBlock):
    """Everything an editor can put in the body of a content page."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    links = LinkListBlock()
    accordion = AccordionBlock()
    table = TableBlock()
    video = VideoBlock()


class TipsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    tips = blocks.ListBlock(blocks.TextBlock(label=_("Tip")), label=_("Tips"), min_num=1)

    class Meta:
        icon = "help"
        template = "blocks/tips_block.html"
        label = _("Tips")
        description = _("A list of practical tips from this approach.")
        preview_value = {"title": "Tips", "tips": ["Begin klein, met mensen die echt willen."]}
