"""Fuzzing of every URL argument and the listings' query filters (Hypothesis).

Each example takes a URL pattern of the project, puts any text in each of its arguments
(control characters and NUL bytes among them, percent-encoded as a browser would send them) and
requests it as a visitor, an employer or a superuser. No address may give a server error:
control characters get a 400, anything else a page or a clean 404.
"""

import re
from urllib.parse import quote

import pytest
from django.test import Client
from hypothesis import given
from hypothesis import strategies as st

from .test_fuzzing import ANY_TEXT, fuzz
from .urlmatrix import SKIP, endpoints, url_for

pytestmark = [pytest.mark.fuzz, pytest.mark.django_db]

ROLES = ("anonymous", "employer_a", "superuser")
CONVERTER = re.compile(r"<(?:(\w+):)?(\w+)>")
ARGUMENT_TEXT = ANY_TEXT.filter(lambda text: text not in ("", ".", "..")) | st.sampled_from(
    ["\x00", "%00", "abc\x00def", "12345678\x00", "\x1f", "\x7f", "😀", "a/b", "99999999999"]
)


def patterns_with_arguments(world):
    """(URL name, a sample URL, the route pieces) of every pattern that takes arguments."""
    from django.urls.resolvers import RoutePattern

    found = []
    for endpoint in endpoints():
        if endpoint.name in SKIP or not any(
            isinstance(piece, RoutePattern) and CONVERTER.search(str(piece))
            for piece in endpoint.pieces
        ):
            continue
        try:
            url_for(endpoint, world)
        except LookupError:
            continue
        found.append(endpoint)
    return found


def fuzzed_url(endpoint, texts):
    """The endpoint's URL with each argument replaced by the next of `texts`, percent-encoded,
    and the texts it used."""
    from django.urls.resolvers import LocalePrefixPattern, RoutePattern

    remaining, used = iter(texts), []

    def argument(_match):
        used.append(next(remaining))
        return quote(used[-1], safe="")

    url = "/"
    for piece in endpoint.pieces:
        if isinstance(piece, LocalePrefixPattern):
            url += "nl/"
        elif isinstance(piece, RoutePattern):
            url += CONVERTER.sub(argument, str(piece))
        else:
            url += str(piece).strip("^$")
    return url, used


def test_every_path_argument(demo_world, settings):
    settings.SERVE_MEDIA = True
    patterns = patterns_with_arguments(demo_world)
    names = {endpoint.name for endpoint in patterns}
    # Invitation codes, certificate codes, KvK numbers, ids and slugs are all among them.
    assert {
        "ambassadors:invitation",
        "certificate_verify_code",
        "taalakkoord:request_access",
    } <= names
    assert len(patterns) > 100
    clients = {}
    for role in ROLES:
        clients[role] = Client(raise_request_exception=False)
        if demo_world.users[role] is not None:
            clients[role].force_login(demo_world.users[role])
    statuses = set()

    @fuzz
    @given(
        endpoint=st.sampled_from(patterns),
        role=st.sampled_from(ROLES),
        texts=st.lists(ARGUMENT_TEXT, min_size=6, max_size=6),
    )
    def run(endpoint, role, texts):
        url, used = fuzzed_url(endpoint, texts)
        response = clients[role].get(url)
        assert response.status_code < 500, (url, role, response.status_code)
        if any(ord(char) < 32 or char == "\x7f" for text in used for char in text):
            assert response.status_code == 400, (url, role, response.status_code)
        statuses.add(response.status_code)

    run()
    assert 400 in statuses and 404 in statuses, statuses


@pytest.mark.parametrize(
    "path",
    ["/nl/uitnodiging/%00/", "/nl/mijn-taalakkoord/toegang-vragen/%00/", "/nl/certificaat/%00/"],
)
def test_nul_bytes_in_paths_give_400(demo_world, path):
    client = Client(raise_request_exception=False)
    client.force_login(demo_world.users["employer_a"])
    response = client.get(path)
    assert response.status_code == 400
    assert "Dit adres klopt niet" in response.content.decode()


def test_listing_filters(demo_world):
    """The tag, region, theme and page filters of the listings, with any text in them."""
    from cms.goodpractices.models import GoodPracticeIndexPage
    from cms.news.models import NewsIndexPage
    from cms.vacancies.models import VacancyIndexPage

    client = Client(raise_request_exception=False)
    urls = [
        model.objects.live().filter(locale__language_code="nl").first().url
        for model in (NewsIndexPage, GoodPracticeIndexPage, VacancyIndexPage)
    ]
    keys = ["tag", "region", "theme", "level", "route", "page", "q", "type"]

    @fuzz
    @given(
        url=st.sampled_from(urls),
        params=st.dictionaries(st.sampled_from(keys), ARGUMENT_TEXT, min_size=1, max_size=3),
    )
    def run(url, params):
        response = client.get(url, params)
        assert response.status_code < 500, (url, params)
        if any("\x00" in text for text in params.values()):
            assert response.status_code == 400, (url, params)

    run()
