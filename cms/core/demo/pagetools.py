"""Helpers that create demo pages once and translate them, so the demo can load again."""

import json
import uuid

from django.utils.html import escape
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments


def stream(items):
    """Turn (kind, value) pairs into StreamField JSON."""
    data = []
    for kind, value in items:
        if kind == "heading":
            text, anchor = value if isinstance(value, tuple) else (value, "")
            data.append(
                {"type": "heading", "value": {"text": text, "level": "h2", "anchor": anchor}}
            )
        elif kind == "paragraph":
            data.append({"type": "paragraph", "value": f"<p>{escape(value)}</p>"})
        elif kind == "quote":
            data.append({"type": "quote", "value": {"quote": value[0], "attribution": value[1]}})
        elif kind == "cta":
            title, text, label, url = value
            link = {"label": label, "page": None, "document": None, "url": url}
            data.append(
                {"type": "call_to_action", "value": {"title": title, "text": text, "link": link}}
            )
        elif kind == "faq":
            data.append(
                {
                    "type": "accordion",
                    "value": {
                        "title": value[0],
                        "items": list_items(
                            {"question": q, "answer": f"<p>{escape(a)}</p>"} for q, a in value[1]
                        ),
                    },
                }
            )
    # Block ids, as Wagtail gives them: wagtail-localize matches translations by them.
    return json.dumps([{"id": str(uuid.uuid4()), **block} for block in data])


def list_items(values):
    """A ListBlock's items in Wagtail's block format (with ids), which wagtail-localize needs
    to translate them."""
    return [{"type": "item", "value": value, "id": str(uuid.uuid4())} for value in values]


def tips(title, items):
    """A good practice's tips field."""
    value = {"title": title, "tips": list_items(items)}
    return json.dumps([{"type": "tips", "value": value, "id": str(uuid.uuid4())}])


def paragraphs(texts):
    return stream([("paragraph", text) for text in texts])


def publish(page):
    page.save_revision().publish()
    return page


def fresh(page):
    """Reload a page so tree fields (such as its number of children) are current before saving."""
    return type(page).objects.get(pk=page.pk)


def ensure_child(parent, model, slug, **fields):
    """The child page with this slug, created and published when missing."""
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing:
        return existing
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    return publish(page)


def ensure_translation(source, locale, **fields):
    """The translation of `source` (a page or a snippet) into `locale`, made through
    wagtail-localize with the given fields' text, published.

    The text goes in as wagtail-localize's string translations, so editors see the page as a
    translation in its editor, and a change to the Dutch page can be synced. A string an editor
    has translated already is kept. `fields` must have the structure of the source's (the same
    number of paragraphs, for example), as translations are matched to the source's strings in
    order within each field.
    """
    source = source.specific if isinstance(source, Page) else source
    translation_source, _created = TranslationSource.update_or_create_from_instance(source)
    translation, made = Translation.objects.get_or_create(
        source=translation_source, target_locale=locale, defaults={"enabled": True}
    )
    candidate = type(source).objects.get(pk=source.pk)
    for name, value in fields.items():
        setattr(candidate, name, value)
    wanted = _strings_by_field(extract_segments(candidate))
    segments = (
        StringSegment.objects.filter(source=translation_source)
        .select_related("string", "context")
        .order_by("order")
    )
    by_field = {}
    for segment in segments:
        by_field.setdefault(segment.context.path.split(".")[0], []).append(segment)
    added = False
    for field, field_segments in by_field.items():
        texts = wanted.get(field, [])
        if len(texts) != len(field_segments):
            raise ValueError(
                f"{source}: {field} has {len(texts)} strings, the source {len(field_segments)}"
            )
        for segment, text in zip(field_segments, texts, strict=True):
            _string, new = StringTranslation.objects.get_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={
                    "data": text,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                },
            )
            added = added or new
    existing = source.get_translation_or_none(locale)
    if made or added or existing is None or getattr(existing, "alias_of_id", None):
        if isinstance(source, Page):
            # wagtail-localize publishes on commit; the demo (and a test) may run in one
            # transaction, so it saves a draft and the demo publishes that at once.
            translation.save_target(publish=False)
            source.get_translation(locale).get_latest_revision().publish()
        else:
            translation.save_target(publish=True)
    result = source.get_translation(locale)
    return result.specific if isinstance(result, Page) else result


def _strings_by_field(segments):
    """The text of each string segment, grouped by top-level field, in order."""
    result = {}
    for segment in sorted(
        (s for s in segments if isinstance(s, StringSegmentValue)), key=lambda s: s.order
    ):
        result.setdefault(segment.path.split(".")[0], []).append(segment.string.data)
    return result


def join_url(language):
    """The Taalakkoord's start page ("Meld uw organisatie aan") in `language`."""
    from django.urls import reverse
    from django.utils import translation

    with translation.override(language):
        return reverse("taalakkoord:start")


def with_join_link(body, language):
    """A demo body whose call-to-action blocks lead to the start page in `language`."""
    return stream(
        [
            (kind, (*value[:3], join_url(language)) if kind == "cta" else value)
            for kind, value in body
        ]
    )
