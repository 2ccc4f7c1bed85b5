"""Uploads on S3-compatible object storage, against a real S3 server on loopback.

Debian's only S3 server (radosgw) needs a Ceph cluster and PyPI has no other server that runs
here, so this is moto's server mode: an HTTP S3 service that checks who may read what (an
unsigned read of a private object is refused), though not signatures' expiry.
"""

import contextlib
import json
import urllib.error
import urllib.request

import boto3
import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from cms.core.storage import ObjectStorage, settings_for
from employers.models import Membership
from tests.taalakkoord import conftest as taalakkoord_fixtures

# The Taalakkoord tests' people: an employer, another organisation's, the national team.
employer = taalakkoord_fixtures.employer
other_employer = taalakkoord_fixtures.other_employer
national_team = taalakkoord_fixtures.national_team

PUBLIC, PRIVATE = "lenw-media", "lenw-private"


@pytest.fixture(scope="module")
def s3_server():
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture
def object_storage(s3_server, settings, monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "lenw-test")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "lenw-test-secret")
    client = boto3.client("s3", endpoint_url=s3_server, region_name="eu-west-1")
    for bucket in (PUBLIC, PRIVATE):
        with contextlib.suppress(client.exceptions.BucketAlreadyOwnedByYou):
            client.create_bucket(
                Bucket=bucket, CreateBucketConfiguration={"LocationConstraint": "eu-west-1"}
            )
    # The public bucket: anyone may read (as a hosting partner would set it up).
    client.put_bucket_policy(
        Bucket=PUBLIC,
        Policy=json.dumps(
            {
                "Version": "2012-10-17",
                "Statement": [
                    {
                        "Effect": "Allow",
                        "Principal": "*",
                        "Action": "s3:GetObject",
                        "Resource": f"arn:aws:s3:::{PUBLIC}/*",
                    }
                ],
            }
        ),
    )
    environment = {
        "AWS_STORAGE_BUCKET_NAME": PUBLIC,
        "AWS_PRIVATE_STORAGE_BUCKET_NAME": PRIVATE,
        "AWS_S3_ENDPOINT_URL": s3_server,
        "AWS_S3_REGION_NAME": "eu-west-1",
        "AWS_S3_ADDRESSING_STYLE": "path",
    }
    backend, origins = settings_for(
        lambda name, default=None: environment.get(name, default),
        lambda name, default: int(environment.get(name, default)),
    )
    settings.STORAGES = {**settings.STORAGES, "default": backend}
    return client, origins


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, b""


def keys(client, bucket):
    return {item["Key"] for item in client.list_objects_v2(Bucket=bucket).get("Contents", [])}


def test_public_media_go_to_the_public_bucket_and_anyone_can_read_them(object_storage):
    client, _origins = object_storage
    name = default_storage.save("logos/bakkerij-de-korenaar.png", ContentFile(b"\x89PNG logo"))
    assert isinstance(default_storage._wrapped, ObjectStorage)
    assert name in keys(client, PUBLIC) and name not in keys(client, PRIVATE)
    url = default_storage.url(name)
    assert "Signature" not in url and "X-Amz" not in url
    assert fetch(url) == (200, b"\x89PNG logo")
    assert default_storage.exists(name) and default_storage.size(name) == 9
    default_storage.delete(name)
    assert not default_storage.exists(name)


def test_private_files_are_refused_without_a_signature_and_signed_addresses_are_short_lived(
    object_storage, s3_server
):
    client, _origins = object_storage
    name = default_storage.save("private/plans/plan.pdf", ContentFile(b"%PDF-1.4 plan"))
    assert name in keys(client, PRIVATE) and name not in keys(client, PUBLIC)
    # The object's plain address: refused.
    assert fetch(f"{s3_server}/{PRIVATE}/{name}")[0] == 403
    # A document is private too: Wagtail's view checks its collection first.
    doc = default_storage.save("documents/reglement.pdf", ContentFile(b"%PDF-1.4 doc"))
    assert doc in keys(client, PRIVATE)
    assert fetch(f"{s3_server}/{PRIVATE}/{doc}")[0] == 403
    # A signed address works, for a minute.
    signed = default_storage.url(name)
    assert "X-Amz-Expires=60" in signed or "Expires=" in signed
    assert fetch(signed) == (200, b"%PDF-1.4 plan")


def test_the_plan_of_action_is_streamed_only_to_its_own_organisation_and_the_team(
    object_storage,
    client,
    employer,
    other_employer,
    national_team,
):
    storage_client, _origins = object_storage
    commitment = Membership.objects.get(user=employer).organisation.commitment
    commitment.plan_file = SimpleUploadedFile(
        "plan.pdf", b"%PDF-1.4 plan van Anna", content_type="application/pdf"
    )
    commitment.save()
    assert commitment.plan_file.name in keys(storage_client, PRIVATE)
    url = reverse("taalakkoord:plan_file", args=[commitment.pk])
    client.force_login(other_employer)
    assert client.get(url).status_code == 404
    client.force_login(employer)
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 plan van Anna"
    client.force_login(national_team)
    assert client.get(url).status_code == 200


@pytest.mark.django_db
def test_readyz_checks_both_buckets(object_storage, client):
    storage_client, _origins = object_storage
    assert client.get("/readyz").json()["checks"]["storage"] == "ok"
    storage_client.delete_bucket(Bucket=PUBLIC)  # empty, so it can go
    try:
        response = client.get("/readyz")
        assert response.status_code == 503
        assert response.json()["checks"]["storage"] == "unavailable"
        assert PUBLIC not in response.content.decode()
    finally:
        storage_client.create_bucket(
            Bucket=PUBLIC, CreateBucketConfiguration={"LocationConstraint": "eu-west-1"}
        )


def test_the_content_security_policy_allows_the_media_host(object_storage, s3_server):
    _client, origins = object_storage
    assert origins == [s3_server]
    cdn, cdn_origins = settings_for(
        lambda name, default=None: {
            "AWS_STORAGE_BUCKET_NAME": "a",
            "AWS_PRIVATE_STORAGE_BUCKET_NAME": "b",
            "AWS_S3_CUSTOM_DOMAIN": "media.lerenenwerken.nl",
        }.get(name, default),
        lambda name, default: default,
    )
    assert cdn_origins == ["https://media.lerenenwerken.nl"]
    assert cdn["OPTIONS"]["private"]["querystring_expire"] == 60


def test_a_public_bucket_alone_is_refused():
    with pytest.raises(ImproperlyConfigured, match="AWS_PRIVATE_STORAGE_BUCKET_NAME"):
        settings_for(
            lambda name, default=None: {"AWS_STORAGE_BUCKET_NAME": "a"}.get(name, default),
            lambda name, default: default,
        )
