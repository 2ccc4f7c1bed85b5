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
