"""Helpers that create demo pages once and translate them, so the demo can load again."""

import json

from django.utils.html import escape


def stream(items):
    """Turn (kind, value) pairs into StreamField JSON."""
    data = []
    for kind, value in items:
        if kind == "heading":
            data.append({"type": "heading", "value": {"text": value, "level": "h2"}})
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
                        "items": [
                            {"question": q, "answer": f"<p>{escape(a)}</p>"} for q, a in value[1]
                        ],
                    },
                }
            )
    return json.dumps(data)


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


def ensure_translation(page, locale, **fields):
    """A real (not alias) translation of `page` with the given fields, published.

    An existing translation keeps what an editor wrote; only fields that still hold the source's
    own text (a copy nobody translated) get the given ones."""
    existing = page.get_translation_or_none(locale)
    if existing and not existing.alias_of_id:
        translation, source = existing.specific, page.specific
        copied = {name: value for name, value in fields.items() if _same(translation, source, name)}
        if not copied:
            return translation
        for name, value in copied.items():
            setattr(translation, name, value)
        return publish(translation)
    if existing:  # an alias made by tree sync: turn it into its own page
        translation = existing.specific
        translation.alias_of = None
    else:
        translation = page.copy_for_translation(locale).specific
    for name, value in fields.items():
        setattr(translation, name, value)
    return publish(translation)


def _same(translation, source, name):
    """Whether `translation` still holds `source`'s value of field `name`."""
    field = type(source)._meta.get_field(name)
    prepared = field.get_prep_value
    return prepared(getattr(translation, name)) == prepared(getattr(source, name))


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
