"""Small helpers shared by the tests."""


def response_text(response):
    """The body of a response as text, whether it streams (exports) or not."""
    if response.streaming:
        return b"".join(response.streaming_content).decode()
    return response.content.decode()


def unreachable_redis_url():
    """A Redis address on loopback where nothing listens: Redis as it is during an outage."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"redis://127.0.0.1:{port}/0"


def assert_references_exist(html):
    """Every id that aria-describedby, aria-labelledby, a label's `for` or an in-page link names
    is on the page."""
    import re

    ids = set(re.findall(r'\sid="([^"]+)"', html))
    named = re.findall(r'aria-(?:describedby|labelledby)="([^"]+)"', html)
    missing = {ref for refs in named for ref in refs.split() if ref not in ids}
    missing |= {ref for ref in re.findall(r'<label[^>]*\sfor="([^"]+)"', html) if ref not in ids}
    links = re.findall(r'<a[^>]*\shref="#([^"]*)"', html)
    missing |= {f"#{ref}" for ref in links if ref not in ids}
    assert not missing, f"references to missing ids: {sorted(missing)}"


def restore_migrated_data(snapshot):
    """Put the migrations' data back if a transactional test's flush removed it."""
    from django.contrib.contenttypes.models import ContentType
    from django.core.management import call_command
    from django.db import connection
    from wagtail.models import Locale

    if not Locale.objects.exists():
        # Empty the tables the previous test's flush refilled, keeping the sequences (whose
        # values are past every id in the snapshot), then put the snapshot back.
        call_command(
            "flush",
            interactive=False,
            inhibit_post_migrate=True,
            reset_sequences=False,
            verbosity=0,
        )
        ContentType.objects.clear_cache()
        connection.creation.deserialize_db_from_string(snapshot)
        ContentType.objects.clear_cache()


def fresh_render_queries(client, url):
    """The queries of rendering `url` afresh: after two views (renditions, settings rows and the
    route made), the kept page parts ({% kept %}) are dropped by a new data version, so the
    count covers the lists themselves (and the frame, rebuilt too) and shows an N+1 query."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from cms.core import pagecache

    client.get(url)
    client.get(url)
    pagecache.purge()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return response, len(queries.captured_queries)
