"""Uploaded files: public ones are served, private ones (plans, certificates) never by URL."""

import pytest
from django.http import Http404

from cms.core.media import public_media


@pytest.fixture
def media(tmp_path):
    (tmp_path / "logos").mkdir()
    (tmp_path / "logos" / "logo.png").write_bytes(b"\x89PNG public")
    (tmp_path / "private" / "plans").mkdir(parents=True)
    (tmp_path / "private" / "plans" / "plan.pdf").write_bytes(b"%PDF secret")
    return tmp_path


def test_public_media_is_served(rf, media):
    response = public_media(rf.get("/media/logos/logo.png"), "logos/logo.png", str(media))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"\x89PNG public"


@pytest.mark.parametrize(
    "path", ["private/plans/plan.pdf", "/private/plans/plan.pdf", "logos/../private/plans/plan.pdf"]
)
def test_private_media_is_never_served_by_url(rf, media, path):
    with pytest.raises(Http404):
        public_media(rf.get(f"/media/{path}"), path, str(media))
