"""Small helpers shared by the tests."""


def response_text(response):
    """The body of a response as text, whether it streams (exports) or not."""
    if response.streaming:
        return b"".join(response.streaming_content).decode()
    return response.content.decode()
