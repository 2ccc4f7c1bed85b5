"""Property-based fuzzing (Hypothesis) of every public form and the JSON endpoints.

Each form gets FUZZ_EXAMPLES submissions (500 unless the environment says otherwise). An example
starts from a valid submission and changes or drops any of its fields: other valid choices, any
text, control characters, NUL bytes, very long values. No submission may cause a server error,
and none may leave half-saved data: it either saves everything it should, or nothing. Each test
also checks that both outcomes happened, so the fuzzing reached past the form's first check.
"""

import os
from collections import Counter

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import transaction
from django.test import Client
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.contrib.forms.models import FormSubmission

from cms.core.factories import UserFactory, region
from cms.desks.factories import LeerwerkloketPageFactory, RegionsIndexPageFactory
from cms.desks.models import AdviceRequest, AdviceRequestPage
from cms.standardpages.factories import FormFieldFactory, FormPageFactory
from cms.standardpages.forms import HONEYPOT_FIELD
from cms.vacancies.factories import VacancyIndexPageFactory, VacancyPageFactory
from employers.models import Organisation
from taalakkoord.factories import CommitmentFactory
from taalakkoord.models import Commitment, MemberDirectoryPage

pytestmark = [pytest.mark.fuzz, pytest.mark.django_db]

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "500"))
fuzz = settings(
    max_examples=EXAMPLES,
    deadline=None,
    # The same examples in every CI run; `make fuzz` explores new ones (FUZZ_EXPLORE=1).
    derandomize=not os.environ.get("FUZZ_EXPLORE"),
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

ANY_TEXT = st.text(max_size=300) | st.text(
    alphabet=st.sampled_from("\x00\r\n\t<>\"'&%;=:/\\ é€😀"), max_size=40
)
LONG_TEXT = st.integers(min_value=150, max_value=5000).map(lambda n: "x" * n)


def value(*others):
    """Another valid value (when given), any text, or a very long one."""
    options = [ANY_TEXT, LONG_TEXT]
    if others:
        options.insert(0, st.sampled_from([str(other) for other in others]))
    return st.one_of(*options)


def submissions(valid, **changes):
    """A valid submission with any of its fields changed (by `changes`) or left out."""
    return st.builds(
        lambda changed, dropped: {
            key: val for key, val in {**valid, **changed}.items() if key not in dropped
        },
        st.fixed_dictionaries({}, optional=changes),
        st.sets(st.sampled_from(sorted(valid))),
    )


class Requests:
    """Sends each example in a savepoint that is undone afterwards, and counts the outcomes."""

    def __init__(self, client):
        self.client = client
        self.outcomes = Counter()

    def __call__(self, method, url, data, check=None):
        cache.clear()  # rate limits count per address; every example starts fresh
        with transaction.atomic():
            response = getattr(self.client, method)(url, data)
            assert response.status_code < 500, (url, data)
            self.outcomes[check(response) if check else response.status_code] += 1
            transaction.set_rollback(True)

    def assert_both(self, accepted, refused):
        assert self.outcomes[accepted] and self.outcomes[refused], self.outcomes


@pytest.fixture
def requests(db):
    return Requests(Client(raise_request_exception=True))


@pytest.fixture
def desk(home):
    index = RegionsIndexPageFactory(parent=home)
    return LeerwerkloketPageFactory(parent=index, region=region("twente"))


ADVICE = {
    "name": "Samira Bakker",
    "email": "samira@voorbeeld.example",
    "phone": "06 12345678",
    "contact_preference": "video",
    "question": "Kan ik verpleegkundige worden naast mijn werk?",
    "consent": "on",
}
ADVICE_CHANGES = {
    "name": value(),
    "email": value("geen-adres", "a@b"),
    "phone": value(""),
    "contact_preference": value("telefoon", "email", "gesprek"),
    "question": value(),
    "consent": value(""),
    HONEYPOT_FIELD: value(""),
}


def advice_check(count_before, desk=None):
    def check(response):
        saved = AdviceRequest.objects.count() - count_before
        assert saved == (1 if response.status_code == 302 else 0)
        if saved:
            advice = AdviceRequest.objects.latest("pk")
            assert advice.name and advice.email and advice.question and advice.region_id
            assert desk is None or advice.desk_id == desk.pk
        return "saved" if saved else "refused"

    return check


def test_advice_request_on_a_desk_page(requests, desk):
    check = advice_check(AdviceRequest.objects.count(), desk)

    @fuzz
    @given(data=submissions(ADVICE, **ADVICE_CHANGES))
    def run(data):
        requests("post", desk.url, data, check)

    run()
    requests.assert_both("saved", "refused")


def test_national_advice_request_form(requests, home, desk):
    page = AdviceRequestPage(title="Adviesgesprek aanvragen", slug="adviesgesprek")
    home.add_child(instance=page)
    page.save_revision().publish()
    check = advice_check(AdviceRequest.objects.count())
    valid = {**ADVICE, "place": "Enschede"}

    @fuzz
    @given(
        data=submissions(valid, **ADVICE_CHANGES, place=value("Hengelo", "den haag", "Atlantis"))
    )
    def run(data):
        requests("post", page.url, data, check)

    run()
    requests.assert_both("saved", "refused")


def test_contact_form(requests, home):
    page = FormPageFactory(parent=home, slug="contact")
    FormFieldFactory(page=page, label="Naam", field_type="singleline")
    FormFieldFactory(page=page, label="E-mailadres", field_type="email")
    FormFieldFactory(page=page, label="Aantal medewerkers", field_type="number", required=False)
    FormFieldFactory(page=page, label="Bericht", field_type="multiline")
    page.save_revision().publish()

    def check(response):
        saved = FormSubmission.objects.count()
        assert saved == (1 if "form_submission" in (response.context or {}) else 0)
        return "saved" if saved else "refused"

    @fuzz
    @given(
        data=submissions(
            {
                "naam": "Kees de Vries",
                "e_mailadres": "kees@voorbeeld.example",
                "aantal_medewerkers": "12",
                "bericht": "Graag meer informatie over het Taalakkoord.",
            },
            naam=value(),
            e_mailadres=value("geen-adres"),
            aantal_medewerkers=value("-1", "1e9", "12.5"),
            bericht=value(),
            **{HONEYPOT_FIELD: value("")},
        )
    )
    def run(data):
        requests("post", page.url, data, check)

    run()
    requests.assert_both("saved", "refused")


def test_signup(requests):
    users, addresses = get_user_model().objects.count(), EmailAddress.objects.count()

    def check(response):
        new_users = get_user_model().objects.count() - users
        assert new_users == EmailAddress.objects.count() - addresses
        assert new_users == (1 if response.status_code == 302 else 0)
        return "saved" if new_users else "refused"

    @fuzz
    @given(
        data=submissions(
            {
                "email": "nieuw@voorbeeld.example",
                "password1": "Taalakkoord-2026!",
                "password2": "Taalakkoord-2026!",
            },
            email=value("geen-adres", "NIEUW@voorbeeld.example"),
            password1=value("kort"),
            password2=value("anders-wachtwoord"),
        )
    )
    def run(data):
        requests("post", reverse("account_signup"), data, check)

    run()
    requests.assert_both("saved", "refused")


@pytest.mark.parametrize("name", ["account_login", "account_reset_password"])
def test_login_and_password_reset(requests, name):
    user = UserFactory(username="anna", email="anna@voorbeeld.example")
    user.set_password("Taalakkoord-2026!")
    user.save()
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)

    @fuzz
    @given(
        data=submissions(
            {"login": user.email, "email": user.email, "password": "Taalakkoord-2026!"},
            login=value("ANNA@voorbeeld.example"),
            email=value("iemand@voorbeeld.example"),
            password=value("verkeerd-wachtwoord"),
            remember=value("on"),
        )
    )
    def run(data):
        requests("post", reverse(name), data)

    run()
    requests.assert_both(302, 200)


def test_listings_search_and_certificate_lookup(requests, home):
    directory = MemberDirectoryPage(title="Deelnemers", slug="deelnemers")
    home.add_child(instance=directory)
    CommitmentFactory(approved=True, organisation__name="Bakkerij De Linde")
    vacancies = VacancyIndexPageFactory(parent=home)
    VacancyPageFactory(parent=vacancies)
    query = st.fixed_dictionaries(
        {},
        optional={
            "q": value("bakkerij", "taal"),
            "kind": value("werkgever", "branche"),
            "region": value("twente", "1"),
            "sector": value("Q", "N"),
            "type": value("news", "practice", "page"),
            "page": value("1", "2", "-1", "0", "999999999999"),
            "code": value("ABCD-EFGH-JKLM-NPQR"),
        },
    )
    urls = [directory.url, vacancies.url, reverse("search"), reverse("certificate_verify")]

    @fuzz
    @given(url=st.sampled_from(urls), data=query)
    def run(url, data):
        requests("get", url, data)

    run()
    assert requests.outcomes[200] > EXAMPLES // 2


def test_json_endpoints(requests):
    CommitmentFactory(approved=True, organisation__name="Bakkerij De Linde")
    urls = [reverse("taalakkoord_api:progress"), reverse("taalakkoord_api:members")]

    def check(response):
        assert response["Content-Type"].startswith("application/json")
        response.json()
        return response.status_code

    @fuzz
    @given(
        url=st.sampled_from(urls),
        data=st.fixed_dictionaries(
            {}, optional={"page": value("1", "2", "0", "-5", "1.5"), "format": value("json")}
        ),
    )
    def run(url, data):
        requests("get", url, data, check)

    run()
    requests.assert_both(200, 400)


def test_joining_wizard_organisation_step(employer):
    organisation = employer.membership.organisation
    client = Client(raise_request_exception=True)
    client.force_login(employer)
    requests = Requests(client)
    original = Organisation.objects.values().get(pk=organisation.pk)

    def check(response):
        now = Organisation.objects.values().get(pk=organisation.pk)
        assert Commitment.objects.filter(organisation=organisation).count() == 1
        if response.status_code == 302:
            return "saved"
        assert now == original  # refused: nothing of it saved
        return "refused"

    @fuzz
    @given(
        data=submissions(
            {
                "name": "Zorggroep Anna en Zonen",
                "kvk_number": "11223344",
                "kind": "werkgever",
                "sector": "Q",
                "size_band": "50-249",
                "region": str(region("twente").pk),
                "place": "Enschede",
                "website": "https://www.zorggroep.example",
                "description": "Wij zorgen voor ouderen in Twente.",
            },
            name=value(),
            kvk_number=value("1234 5678", "abc"),
            kind=value("branche", "koepel"),
            sector=value("N"),
            size_band=value("10-49", "250+"),
            region=value("999999"),
            place=value(),
            website=value("javascript:alert(1)", "www.zorggroep.example"),
            description=value(),
        )
    )
    def run(data):
        requests("post", reverse("taalakkoord:wizard", args=["organisation"]), data, check)

    run()
    requests.assert_both("saved", "refused")
