"""Every URL of the project, requested as each of seven roles, against who may use it.

Unknown patterns fail: a new view needs a rule in `urlmatrix.RULES` before it can land.
"""

import pytest
from django.test import Client

from .conftest import ROLES
from .urlmatrix import (
    ANY,
    DENY,
    REACH,
    SKIP,
    endpoints,
    expect_with_other_object,
    other_object,
    rule_for,
    url_for,
)

pytestmark = pytest.mark.filterwarnings(
    # wagtail-localize pages its translations without an order; not ours to fix.
    "ignore:Pagination may yield inconsistent results:django.core.paginator.UnorderedObjectListWarning"
)

LOGIN_PATHS = ("/nl/account/login/", "/admin/login/", "/nl/_util/login/")


def outcome(response, url):
    """ "error", "denied", "reached" or "other" for one response."""
    status = response.status_code
    if status >= 500:
        return "error"
    if status in (401, 403, 404):
        return "denied"
    if status in (301, 302, 303, 307, 308):
        location = response["Location"]
        if location.startswith(LOGIN_PATHS):
            return "denied"
        # The admin's answer to a staff member without permission: back to the dashboard.
        if location == "/admin/" and url != "/admin/":
            return "denied"
        return "reached"
    if 200 <= status < 300:
        return "reached"
    return "other"  # 400, 405: a request this view does not take


def test_every_url_pattern_has_a_rule():
    missing = [str(e) for e in endpoints() if e.name not in SKIP and rule_for(e.name) is None]
    assert not missing, f"URL patterns without a rule in tests/security/urlmatrix.py: {missing}"


def judge(expected, got):
    """A problem, or None. A 400 or 405 where the role must get through is a problem too: the
    view did not answer the request the role is allowed to make."""
    if got == "error":
        return "server error"
    if expected == REACH and got == "denied":
        return "should be reachable, was refused"
    if expected == REACH and got == "other":
        return "should be reachable, answered 400 or 405"
    if expected == DENY and got == "reached":
        return "should be refused, was served"
    return None


def requests_for(world, role):
    """(label, URL, expected) for every URL pattern with each role's own objects, then the
    object-bound ones again with the other organisation's and the other desk's objects, and
    the restricted collection's document and image."""
    for endpoint in endpoints():
        if endpoint.name in SKIP:
            continue
        yield str(endpoint), url_for(endpoint, world), rule_for(endpoint.name).expect(role)
        if other_object(world, endpoint) is not None:
            yield (
                f"{endpoint}, other organisation or desk",
                url_for(endpoint, world, other=True),
                expect_with_other_object(endpoint.name, role),
            )
    signed_in = DENY if role == "anonymous" else REACH
    yield "restricted document", world.private_document.url, signed_in
    yield "restricted image", f"/media/{world.private_image.file.name}", signed_in
    rendition = world.private_image.get_rendition("width-40")
    yield "restricted image rendition", f"/media/{rendition.file.name}", signed_in


@pytest.mark.parametrize("role", ROLES)
def test_permission_matrix(demo_world, db, settings, role):
    settings.SERVE_MEDIA = True  # public media through the app, by the rule of cms/core/media.py
    client = Client(raise_request_exception=False)
    user = demo_world.users[role]

    def send(method, url):
        if user is not None and "_auth_user_id" not in client.session:
            client.force_login(user)  # also after a logout URL did its work
        return getattr(client, method)(url)

    problems, post_only, checked, others = [], [], 0, 0
    for label, url, expected in requests_for(demo_world, role):
        assert expected in (REACH, DENY, ANY)
        others += "other organisation" in label
        response = send("get", url)
        if response.status_code == 405 and (expected == REACH or not url.startswith("/admin/")):
            post_only.append((label, url, expected))  # POSTed last: they change things
            continue
        problem = judge(expected, outcome(response, url))
        checked += 1
        if problem:
            problems.append(f"GET {url} ({label}): {problem}")
    for label, url, expected in post_only:
        problem = judge(expected, outcome(send("post", url), url))
        checked += 1
        if problem:
            problems.append(f"POST {url} ({label}): {problem}")
    assert checked > 300 and others > 20
    assert not problems, f"{role}:\n" + "\n".join(problems)
