"""Uploads on S3-compatible object storage, past one machine.

Two buckets, chosen by folder with the same rule that decides what /media/ may serve
(`cms.core.media.is_public`):

- the public bucket holds images, their renditions and logos; anyone may read it (a bucket policy
  allowing anonymous `s3:GetObject`), optionally through a CDN (`AWS_S3_CUSTOM_DOMAIN`);
- the private bucket holds everything else: plans of action and certificates (`private/`), and
  documents, which Wagtail's document view streams after checking their collection's privacy.
  Nobody can read it without a signature; the site streams its files through the views that check
  permissions, and a signed address (`url()`) is valid for AWS_QUERYSTRING_EXPIRE seconds.

Enabled by setting AWS_STORAGE_BUCKET_NAME and AWS_PRIVATE_STORAGE_BUCKET_NAME (cms/settings).
"""

from django.core.files.storage import Storage
from django.utils.deconstruct import deconstructible


@deconstructible(path="cms.core.storage.ObjectStorage")
class ObjectStorage(Storage):
    def __init__(self, public=None, private=None):
        from storages.backends.s3 import S3Storage

        from .media import is_public

        self.is_public = is_public
        self.public = S3Storage(**{"querystring_auth": False, **(public or {})})
        self.private = S3Storage(**{"querystring_auth": True, **(private or {})})

    def parts(self):
        return (self.public, self.private)

    def bucket_for(self, name):
        return self.public if self.is_public(str(name).replace("\\", "/")) else self.private

    # Storage's API, each call passed to the bucket the name belongs in.
    def _open(self, name, mode="rb"):
        return self.bucket_for(name)._open(name, mode)

    def _save(self, name, content):
        return self.bucket_for(name)._save(name, content)

    def get_available_name(self, name, max_length=None):
        return self.bucket_for(name).get_available_name(name, max_length=max_length)

    def delete(self, name):
        return self.bucket_for(name).delete(name)

    def exists(self, name):
        return self.bucket_for(name).exists(name)

    def size(self, name):
        return self.bucket_for(name).size(name)

    def url(self, name):
        return self.bucket_for(name).url(name)

    def listdir(self, path):
        return self.bucket_for(f"{path.rstrip('/')}/-").listdir(path)

    def get_modified_time(self, name):
        return self.bucket_for(name).get_modified_time(name)

    def get_created_time(self, name):
        return self.bucket_for(name).get_created_time(name)

    def get_accessed_time(self, name):
        return self.bucket_for(name).get_accessed_time(name)


def settings_for(env_str, env_int):
    """STORAGES["default"] and the origins browsers load public media from (for the CSP) from
    the environment, or (None, []) when media stay on this machine's disk."""
    public_bucket = env_str("AWS_STORAGE_BUCKET_NAME", "")
    if not public_bucket:
        return None, []
    from django.core.exceptions import ImproperlyConfigured

    private_bucket = env_str("AWS_PRIVATE_STORAGE_BUCKET_NAME", "")
    if not private_bucket or private_bucket == public_bucket:
        raise ImproperlyConfigured(
            "Set AWS_PRIVATE_STORAGE_BUCKET_NAME to a second bucket that is not public: "
            "plans of action, certificates and documents must not be readable by address."
        )
    shared = {
        "endpoint_url": env_str("AWS_S3_ENDPOINT_URL", "") or None,
        "region_name": env_str("AWS_S3_REGION_NAME", "") or None,
        "file_overwrite": False,
        "default_acl": None,  # the buckets' policies decide, not per-object ACLs
        # "path" for most S3-compatible servers on an address of their own; AWS needs none.
        "addressing_style": env_str("AWS_S3_ADDRESSING_STYLE", "") or None,
    }
    custom_domain = env_str("AWS_S3_CUSTOM_DOMAIN", "") or None
    backend = {
        "BACKEND": "cms.core.storage.ObjectStorage",
        "OPTIONS": {
            "public": {**shared, "bucket_name": public_bucket, "custom_domain": custom_domain},
            "private": {
                **shared,
                "bucket_name": private_bucket,
                "querystring_expire": env_int("AWS_QUERYSTRING_EXPIRE", 60),
            },
        },
    }
    # Where browsers fetch public images from, for the Content Security Policy.
    from urllib.parse import urlsplit

    if custom_domain:
        origins = [f"https://{custom_domain}"]
    elif shared["endpoint_url"]:
        endpoint = urlsplit(shared["endpoint_url"])
        origins = [f"{endpoint.scheme}://{endpoint.netloc}"]
        if shared["addressing_style"] != "path":
            origins.append(f"{endpoint.scheme}://{public_bucket}.{endpoint.netloc}")
    else:
        region = shared["region_name"]
        origins = [f"https://{public_bucket}.s3.amazonaws.com"]
        if region:
            origins.append(f"https://{public_bucket}.s3.{region}.amazonaws.com")
    return backend, origins
