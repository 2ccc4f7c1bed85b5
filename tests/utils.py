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
