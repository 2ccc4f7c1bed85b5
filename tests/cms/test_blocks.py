"""The shared block library: previews render, video addresses parse, links validate."""

import pytest
from wagtail.blocks import StructBlockValidationError

from cms.core.blocks import BaseContentBlock, LinkBlock, TipsBlock, VideoBlock, parse_video_url


@pytest.mark.parametrize("name", list(BaseContentBlock.base_blocks) + ["tips"])
def test_every_block_with_a_preview_renders_it(db, name):
    block = TipsBlock() if name == "tips" else BaseContentBlock().child_blocks[name]
    assert block.meta.icon and block.meta.description
    if name == "image":  # its preview needs an image from the library
        from cms.core.factories import ImageFactory

        value = block.to_python(
            {"image": ImageFactory().pk, "alt_text": "Een adviesgesprek", "caption": ""}
        )
    else:
        value = block.get_preview_value()
    html = block.render(value)
    assert html.strip()


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.youtube.com/watch?v=dQw4w9WgXcQ", ("youtube", "dQw4w9WgXcQ")),
        ("https://youtu.be/dQw4w9WgXcQ", ("youtube", "dQw4w9WgXcQ")),
        ("https://www.youtube.com/embed/dQw4w9WgXcQ", ("youtube", "dQw4w9WgXcQ")),
        ("https://vimeo.com/76979871", ("vimeo", "76979871")),
        ("https://example.org/video.mp4", None),
        ("https://www.youtube.com/watch?v=<script>", None),
        ("javascript:alert(1)", None),
    ],
)
def test_parse_video_url(url, expected):
    assert parse_video_url(url) == expected


def test_video_block_refuses_other_addresses():
    block = VideoBlock()
    value = block.to_python({"title": "Film", "url": "https://example.org/film", "transcript": ""})
    with pytest.raises(StructBlockValidationError):
        block.clean(value)


@pytest.mark.parametrize(
    "targets",
    [{}, {"url": "https://www.uwv.nl/", "page": 1}],
)
def test_link_block_needs_exactly_one_target(db, targets):
    block = LinkBlock()
    value = block.to_python(
        {"label": "Lees meer", "page": None, "document": None, "url": "", **targets}
    )
    with pytest.raises(StructBlockValidationError):
        block.clean(value)


def test_link_block_accepts_a_web_address(db):
    block = LinkBlock()
    value = block.to_python(
        {"label": "UWV", "page": None, "document": None, "url": "https://www.uwv.nl/"}
    )
    assert block.clean(value)["url"] == "https://www.uwv.nl/"
