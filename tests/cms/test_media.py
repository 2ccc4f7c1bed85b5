"""Uploaded files: public ones are served, private ones (plans, certificates) and documents never
by a media address, however the address is spelled."""

import shutil
import tempfile

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.test import Client
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, CollectionViewRestriction

from cms.core.media import may_serve, plain_path
from tests.utils import response_text

PRIVATE_FILES = {
    "private/plans": "plan.pdf",
    "private/certificates": "ABCD-1234.pdf",
}
# Every way of spelling a path that a naive prefix check would read as a public folder.
TRICKS = [
    "{folder}/{name}",
    "./{folder}/{name}",
    "%2e/{folder}/{name}",
    "%2E/{folder}/{name}",
    "logos/../{folder}/{name}",
    "logos/%2e%2e/{folder}/{name}",
    "logos%2f..%2f{folder}/{name}",
    "/{folder}/{name}",
    "//{folder}/{name}",
    "{folder}//{name}",
    "{folder}/./{name}",
    "{folder_encoded}/{name}",
    "logos/..%5c{folder}/{name}",
    "%252e/{folder}/{name}",
]


@pytest.fixture
def media(settings, db):
    """Public and private files in a media folder of this test's own."""
    settings.SERVE_MEDIA = True
    settings.MEDIA_ROOT = tempfile.mkdtemp(prefix="lenw-media-test-")
    default_storage.save("logos/logo.png", ContentFile(b"\x89PNG public"))
    for folder, name in PRIVATE_FILES.items():
        default_storage.save(f"{folder}/{name}", ContentFile(b"%PDF secret"))
    yield settings
    shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)


def test_public_media_is_served(client, media):
    response = client.get("/media/logos/logo.png")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"\x89PNG public"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_media_is_not_served_without_serve_media(client, media):
    media.SERVE_MEDIA = False
    assert client.get("/media/logos/logo.png").status_code == 404


@pytest.mark.parametrize("folder", PRIVATE_FILES)
@pytest.mark.parametrize("trick", TRICKS)
def test_private_media_is_never_served_by_url(media, folder, trick):
    client = Client(raise_request_exception=False)
    name = PRIVATE_FILES[folder]
    path = trick.format(folder=folder, name=name, folder_encoded=folder.replace("/", "%2f"))
    response = client.get(f"/media/{path}")
    assert response.status_code in (400, 404), path
    assert "secret" not in response_text(response)


@pytest.mark.parametrize(
    "path",
    ["", "logos", "logos/", "./logos/logo.png", "logos/./logo.png", "documents/a.pdf", "x/y.png"],
)
def test_only_plain_paths_in_public_folders_may_be_served(rf, path):
    assert not may_serve(rf.get("/"), path)


def test_plain_path_accepts_ordinary_names():
    assert plain_path("images/foto.fill-100x100.jpg") == "images/foto.fill-100x100.jpg"
    assert plain_path("logos/../private/x.pdf") is None


def test_documents_are_served_only_through_the_document_view(client, media):
    """A document in a collection for logged-in users: the document view asks for a login and
    the media address of its file does not serve it at all."""
    root = Collection.get_first_root_node()
    members_only = root.add_child(name="Alleen voor ingelogde gebruikers")
    CollectionViewRestriction.objects.create(
        collection=members_only, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = get_document_model().objects.create(
        title="Interne notitie",
        collection=members_only,
        file=ContentFile(b"%PDF-1.4 intern", name="interne-notitie.pdf"),
    )
    assert client.get(f"/media/{document.file.name}").status_code == 404
    response = client.get(document.url)
    assert response.status_code == 302
    assert "login" in response["Location"]
    # Public documents, too, are only served by the document view.
    public = get_document_model().objects.create(
        title="Folder", file=ContentFile(b"%PDF-1.4 folder", name="folder.pdf")
    )
    assert client.get(f"/media/{public.file.name}").status_code == 404
    assert client.get(public.url).status_code == 200


def test_images_in_a_restricted_collection_need_the_restriction_passed(client, media):
    from cms.core.factories import UserFactory

    root = Collection.get_first_root_node()
    staff_only = root.add_child(name="Handtekeningen")
    CollectionViewRestriction.objects.create(
        collection=staff_only, restriction_type=CollectionViewRestriction.LOGIN
    )
    image = get_image_model().objects.create(
        title="Handtekening", collection=staff_only, file=get_test_image_file()
    )
    rendition = image.get_rendition("width-50")
    open_image = get_image_model().objects.create(title="Foto", file=get_test_image_file())
    for path in (image.file.name, rendition.file.name):
        assert client.get(f"/media/{path}").status_code == 404, path
    assert client.get(f"/media/{open_image.file.name}").status_code == 200
    assert client.get(f"/media/{open_image.file.name}")["Cache-Control"].startswith("public")
    client.force_login(UserFactory(username="lid"))
    for path in (image.file.name, rendition.file.name):
        response = client.get(f"/media/{path}")
        assert response.status_code == 200, path
        # Never kept by a shared cache, which would hand it to anyone.
        assert response["Cache-Control"] == "private, no-store"
