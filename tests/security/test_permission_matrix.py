"""Every URL of the project, requested as each of seven roles, against who may use it.

Unknown patterns fail: a new view needs a rule in `urlmatrix.RULES` before it can land.
"""

import pytest
from django.test import Client

from .conftest import ROLES
from .urlmatrix import ANY, DENY, REACH, SKIP, endpoints, rule_for, url_for

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
        # A 404 outside the language prefix, turned by LocaleMiddleware into a redirect into it.
        if location == f"/nl{url}":
            return "denied"
        return "reached"
    if 200 <= status < 300:
        return "reached"
    return "other"  # 400, 405: a request this view does not take


def test_every_url_pattern_has_a_rule():
    missing = [str(e) for e in endpoints() if e.name not in SKIP and rule_for(e.name) is None]
    assert not missing, f"URL patterns without a rule in tests/security/urlmatrix.py: {missing}"


def judge(expected, got):
    """A problem, or None. A 400 or 405 neither reaches nor leaks: it passes either way."""
    if got == "error":
        return "server error"
    if expected == REACH and got == "denied":
        return "should be reachable, was refused"
    if expected == DENY and got == "reached":
        return "should be refused, was served"
    return None


@pytest.mark.parametrize("role", ROLES)
def test_permission_matrix(demo_world, db, settings, role):
    settings.SERVE_MEDIA = True  # public media through the app, by the rule of cms/core/media.py
    client = Client(raise_request_exception=False)
    user = demo_world.users[role]

    def send(method, url):
        if user is not None and "_auth_user_id" not in client.session:
            client.force_login(user)  # also after a logout URL did its work
        return getattr(client, method)(url)

    problems, post_only, checked = [], [], 0
    for endpoint in endpoints():
        if endpoint.name in SKIP:
            continue
        url = url_for(endpoint, demo_world)
        expected = rule_for(endpoint.name).expect(role)
        assert expected in (REACH, DENY, ANY)
        response = send("get", url)
        if response.status_code == 405 and not url.startswith("/admin/"):
            post_only.append((endpoint, url, expected))  # POSTed last: they change things
            continue
        problem = judge(expected, outcome(response, url))
        checked += 1
        if problem:
            problems.append(f"GET {url} ({endpoint}): {problem}")
    for endpoint, url, expected in post_only:
        problem = judge(expected, outcome(send("post", url), url))
        checked += 1
        if problem:
            problems.append(f"POST {url} ({endpoint}): {problem}")
    assert checked > 300
    assert not problems, f"{role}:\n" + "\n".join(problems)
