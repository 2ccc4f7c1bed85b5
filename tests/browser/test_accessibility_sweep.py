"""Accessibility sweep: axe-core in Chromium on every page type and every form in its error state,
in Dutch and in English. Page types come from Wagtail's registry, so a new type is swept as soon
as the demo content has one (and the sweep fails until it does). Every HTML page the server sends
during the sweep, form error states included, must also pass the Nu Html Checker."""

import pytest
from wagtail.models import Page, get_page_models

from cms.home.models import HomePage
from taalakkoord.models import Certificate, Commitment, MemberDirectoryPage
from taalakkoord.views.wizard import STEP_NAMES
from tests.html_validity import assert_valid_html

from .conftest import assert_accessible as axe_check

# A look test: what the pages look like and how they read, the same on any database (CI runs
# it on SQLite only; see .ci/run).
pytestmark = [pytest.mark.browser, pytest.mark.look]

LANGUAGES = ["nl", "en"]
EMPLOYER = ("werkgever@lerenenwerken.example", "leren-en-werken-demo")


@pytest.fixture(autouse=True)
def _every_served_page_is_valid_html(served_documents):
    yield
    assert_valid_html(served_documents)


def path_of(page, language):
    """The page's address on the national site, in its language."""
    home = HomePage.objects.get(locale__language_code=language)
    return f"/{language}/" + page.url_path[len(home.url_path) :]


def one_page_of_each_type(language):
    pages = {}
    for model in get_page_models():
        if model is Page:
            continue
        page = model.objects.live().filter(locale__language_code=language).first()
        assert page is not None, f"The demo content has no {model.__name__} in {language}"
        pages[model.__name__] = path_of(page, language)
    directory = MemberDirectoryPage.objects.get(locale__language_code=language)
    member = directory.members().first()
    pages["member profile"] = path_of(directory, language) + f"{member.organisation.slug}/"
    return pages


def log_in(page, language, email, password):
    page.goto(f"/{language}/account/login/")
    page.locator("#id_login").fill(email)
    page.locator("#id_password").fill(password)
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()


def submit_without_browser_checks(page, form="main form[method=post]"):
    """Submit as a visitor whose browser does not check required fields: the server's errors."""
    with page.expect_navigation():
        page.locator(form).first.evaluate(
            "form => { form.noValidate = true; form.requestSubmit(); }"
        )
    page.wait_for_load_state()


def assert_shows_errors(page):
    errors = ".error-summary, .form-field--error, .errorlist, [aria-invalid=true]"
    assert page.locator(errors).count(), page.url


MISSING_REFERENCES = """() => {
    const ids = (el, name) => (el.getAttribute(name) || '').split(/\\s+/).filter(Boolean);
    const described = [...document.querySelectorAll('[aria-describedby],[aria-labelledby]')]
        .flatMap(el => ids(el, 'aria-describedby').concat(ids(el, 'aria-labelledby')))
        .filter(id => !(document.getElementById(id)?.textContent.trim()));
    const labelled = [...document.querySelectorAll('label[for]')].map(el => el.htmlFor);
    const linked = [...document.querySelectorAll('a[href^="#"]')].map(a => a.hash.slice(1));
    return described.concat(labelled.concat(linked).filter(id => !document.getElementById(id)));
}"""


def assert_accessible(page):
    """axe-core finds nothing, and every aria/label/in-page reference leads to an element (with
    text, for descriptions and labels)."""
    axe_check(page)
    assert page.evaluate(MISSING_REFERENCES) == [], page.url


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_type_reflows_at_320_pixels(page, language):
    """WCAG 1.4.10: no sideways scrolling at 320 CSS pixels."""
    page.set_viewport_size({"width": 320, "height": 640})
    for name, path in one_page_of_each_type(language).items():
        page.goto(path)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 320, (name, path, width)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_type(page, language):
    for name, path in one_page_of_each_type(language).items():
        response = page.goto(path)
        assert response.status == 200, (name, path)
        assert page.locator("html").get_attribute("lang") == language, (name, path)
        assert_accessible(page)
    code = Certificate.objects.first().code
    for path in (
        f"/{language}/",
        "/bestaat-niet/" if language == "nl" else "/en/does-not-exist/",
        f"/{language}/{'zoeken' if language == 'nl' else 'search'}/?q=taal",
        f"/{language}/{'certificaat' if language == 'nl' else 'certificate'}/{code}/",
        f"/{language}/account/login/",
        f"/{language}/account/signup/",
        f"/{language}/account/password/reset/",
    ):
        page.goto(path)
        assert_accessible(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_public_form_in_its_error_state(page, language):
    from cms.desks.models import AdviceRequestPage, LeerwerkloketPage
    from cms.standardpages.models import FormPage
    from taalakkoord.models import EventPage

    for model in (FormPage, AdviceRequestPage, LeerwerkloketPage, EventPage):
        form_page = model.objects.live().filter(locale__language_code=language).first()
        page.goto(path_of(form_page, language))
        submit_without_browser_checks(page, "main form[method=post]")
        assert_shows_errors(page)
        assert_accessible(page)

    page.goto(f"/{language}/{'certificaat' if language == 'nl' else 'certificate'}/?code=ONBEKEND")
    assert_accessible(page)

    page.goto(f"/{language}/account/signup/")
    page.locator("#id_email").fill("geen-adres")
    page.locator("#id_password1").fill("kort")
    page.locator("#id_password2").fill("anders")
    submit_without_browser_checks(page)
    assert_shows_errors(page)
    assert_accessible(page)

    log_in(page, language, "iemand@voorbeeld.example", "verkeerd-wachtwoord")
    assert_shows_errors(page)
    assert_accessible(page)

    page.goto(f"/{language}/account/password/reset/")
    page.locator("#id_email").fill("geen-adres")
    submit_without_browser_checks(page)
    assert_shows_errors(page)
    assert_accessible(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_member_pages_and_their_forms_in_their_error_state(page, language):
    log_in(page, language, *EMPLOYER)
    base = f"/{language}/{'mijn-taalakkoord' if language == 'nl' else 'my-taalakkoord'}/"
    page.goto(base)
    assert_accessible(page)
    for path in ("", "collegas/" if language == "nl" else "colleagues/",
                 "profiel/" if language == "nl" else "profile/",
                 "voortgang/" if language == "nl" else "progress-report/"):  # fmt: skip
        page.goto(base + path)
        assert_accessible(page)
        fillable = "main form[method=post]:has(input:not([type=hidden]), textarea)"
        forms = page.locator(fillable)
        if forms.count():
            forms.first.evaluate(
                "form => form.querySelectorAll('input:not([type=hidden]):not([type=checkbox])"
                ":not([type=radio]), textarea').forEach(field => field.value = '')"
            )
            submit_without_browser_checks(page, fillable)
            if path.startswith(("collegas", "colleagues", "profiel", "profile")):
                assert_shows_errors(page)
            assert_accessible(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_umbrellas_member_companies_and_its_form_in_its_error_state(page, language):
    log_in(page, language, "koepel@lerenenwerken.example", "leren-en-werken-demo")
    base = f"/{language}/{'mijn-taalakkoord' if language == 'nl' else 'my-taalakkoord'}/"
    page.goto(base + ("aangesloten-bedrijven/" if language == "nl" else "member-companies/"))
    assert page.locator("main table tbody tr").count() >= 5
    assert_accessible(page)
    submit_without_browser_checks(page, "main form.form")
    assert_shows_errors(page)
    assert_accessible(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_joining_wizard_steps_in_their_error_state(page, language):
    from allauth.account.models import EmailAddress

    from employers.models import Role

    draft = Commitment.objects.filter(status="draft").select_related("organisation").first()
    user = draft.organisation.memberships.filter(role=Role.ADMIN).first().user
    user.set_password("Taalakkoord-2026!")
    user.save()
    EmailAddress.objects.update_or_create(
        user=user, email=user.email, defaults={"verified": True, "primary": True}
    )
    log_in(page, language, user.email, "Taalakkoord-2026!")
    base = f"/{language}/{'mijn-taalakkoord/aanmelden' if language == 'nl' else 'my-taalakkoord/join'}/"
    for step in STEP_NAMES:
        page.goto(f"{base}{step}/")
        assert_accessible(page)
        page.locator("main form[method=post]").first.evaluate(
            "form => form.querySelectorAll('input[type=text], input[type=number], input[type=url],"
            " input[type=date], textarea').forEach(field => field.value = '')"
        )
        submit_without_browser_checks(page, "main form[method=post]")
        if step in ("organisation", "numbers"):
            assert_shows_errors(page)
        assert_accessible(page)
