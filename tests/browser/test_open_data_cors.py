"""A web page on another website reads the open-data API with fetch(): CORS lets it."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from playwright.sync_api import expect

from taalakkoord.factories import CommitmentFactory

pytestmark = pytest.mark.browser

PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Re-user</title></head>
<body><p id="count">waiting</p><p id="first"></p>
<script>
fetch("{api}members/")
  .then((response) => response.json())
  .then((data) => {{
    document.getElementById("first").textContent = data.results[0].name;
    document.getElementById("count").textContent = "count " + data.count;
  }})
  .catch((error) => {{ document.getElementById("count").textContent = "refused: " + error; }});
</script></body></html>
"""


@pytest.fixture
def other_website(live_server):
    """A page served from another origin (loopback, another port) that fetches the API."""
    body = PAGE.format(api=f"{live_server.url}/api/taalakkoord/").encode()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server's name
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


def test_a_page_on_another_website_reads_the_member_list(browser, migrated_db, other_website):
    for name in ("Bakkerij De Linde", "Hotel Twente", "Zorggroep Oost"):
        CommitmentFactory(approved=True, organisation__name=name)
    context = browser.new_context()
    context.set_default_timeout(15_000)
    page = context.new_page()
    api_requests = []
    page.on(
        "request",
        lambda request: "/api/taalakkoord/" in request.url and api_requests.append(request),
    )
    try:
        page.goto(f"{other_website}/")
        # Without CORS the browser refuses to hand over the answer: "refused: TypeError: …".
        expect(page.locator("#count")).to_have_text("count 3")
        expect(page.locator("#first")).to_have_text("Bakkerij De Linde")
        (request,) = api_requests
        assert request.header_value("origin") == other_website  # it was a cross-origin read
        assert not request.url.startswith(other_website)
    finally:
        context.close()
