"""The employer's path by keyboard alone, in Dutch and in English: never a click. After every error
the page title starts with "Fout: " ("Error: ") and focus is on the error summary, whose links lead
to the fields."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

PASSWORD = "een-lang-wachtwoord-2026"

# What the employer reads on the way, in each language.
WORDS = {
    "nl": {
        "error": "Fout: ",
        "join": "Meld uw organisatie aan",
        "sign up": "Account maken",
        "confirm": "E-mailadres bevestigen",
        "next": "Opslaan en verder",
        "check": "Opslaan en controleren",
        "send": "Versturen naar het landelijk team",
        "steps": ["Organisatie", "Maatregelen", "Aantallen", "Plan van aanpak", "Verklaring"],
        "review": "Controleren en versturen",
        "employer": "Werkgever",
        "sector": "Industrie",
        "size": "10 tot",
        "submitted": "Ingediend",
    },
    "en": {
        "error": "Error: ",
        "join": "Register your organisation",
        "sign up": "Create an account",
        "confirm": "Confirm email address",
        "next": "Save and continue",
        "check": "Save and check",
        "send": "Send to the national team",
        "steps": ["Organisation", "Measures", "Numbers", "Plan of action", "Declaration"],
        "review": "Check and submit",
        "employer": "Employer",
        "sector": "Manufacturing",
        "size": "10 to",
        "submitted": "Submitted",
    },
}


def tab_to(page, test, limit=150):
    """Press Tab until the focused element passes `test` (JavaScript on `el`)."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"(() => {{ const el = document.activeElement; return !!({test}); }})()"):
            return
    pytest.fail(f"Tab never reached an element where {test} ({page.url})")


def tab_to_field(page, field_id):
    tab_to(page, f"el.id === {field_id!r}")


def tab_to_text(page, text):
    tab_to(page, f"el.textContent.trim() === {text!r}")


def type_into(page, field_id, text):
    tab_to_field(page, field_id)
    page.keyboard.press("Control+A")
    page.keyboard.type(text)


def choose(page, field_id, option_label):
    """A select, by keyboard: type the start of the option's label."""
    tab_to_field(page, field_id)
    page.keyboard.type(option_label)
    assert page.evaluate(
        f"document.getElementById({field_id!r}).selectedOptions[0].text.startsWith({option_label!r})"
    ), option_label


def type_date(page, field_id, iso_date):
    """A date field, reached by Tab. Headless Chromium's date segments do not take typed digits
    reliably (they pile up in the year), so the value is set on the focused field, no click."""
    tab_to_field(page, field_id)
    page.locator(f"#{field_id}").fill(iso_date)


def send(page, button_text):
    tab_to_text(page, button_text)
    with page.expect_navigation():
        page.keyboard.press("Enter")


def assert_error_has_focus(page, words):
    expect(page).to_have_title(re.compile("^" + re.escape(words["error"])))
    assert page.evaluate("document.activeElement.classList.contains('error-summary')"), page.url


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_new_employer_joins_by_keyboard_alone(page, language):
    words = WORDS[language]
    organisation, measures, numbers, plan, declaration = words["steps"]
    page.goto(f"/{language}/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.classList.contains('skip-link')")
    send(page, words["join"])
    send(page, words["sign up"])

    type_into(page, "id_email", f"toetsenbord-{language}@voorbeeld.example")
    type_into(page, "id_password1", PASSWORD)
    type_into(page, "id_password2", "iets-anders-2026")
    send(page, words["sign up"])
    assert_error_has_focus(page, words)
    type_into(page, "id_password2", PASSWORD)
    send(page, words["sign up"])
    link = re.search(r"https?://\S+/confirm-email/\S+", mail.outbox[-1].body).group(0)
    page.goto(link)  # the link in the email
    send(page, words["confirm"])
    expect(page.locator("h1")).to_have_text(organisation)

    type_into(page, "id_name", "Toetsenbord Techniek B.V.")
    type_into(page, "id_kvk_number", "1234567")  # 7 digits: an error
    choose(page, "id_kind", words["employer"])
    choose(page, "id_sector", words["sector"])
    choose(page, "id_size_band", words["size"])
    choose(page, "id_region", "Twente")
    type_into(page, "id_place", "Almelo")
    send(page, words["next"])
    assert_error_has_focus(page, words)
    type_into(page, "id_kvk_number", "12345678")
    send(page, words["next"])

    expect(page.locator("h1")).to_have_text(measures)
    send(page, words["next"])  # nothing chosen
    assert_error_has_focus(page, words)
    tab_to(page, "el.type === 'checkbox'")
    page.keyboard.press("Space")
    send(page, words["next"])

    expect(page.locator("h1")).to_have_text(numbers)
    type_into(page, "id_employees_total", "30")
    type_into(page, "id_employees_in_scope", "40")  # more than the total: an error
    type_into(page, "id_employees_to_reach", "10")
    type_date(page, "id_reach_by", "2028-06-30")
    send(page, words["next"])
    assert_error_has_focus(page, words)
    type_into(page, "id_employees_in_scope", "12")
    send(page, words["next"])

    expect(page.locator("h1")).to_have_text(plan)
    send(page, words["next"])  # no plan
    assert_error_has_focus(page, words)
    type_into(page, "id_plan_text", "Elke ploeg krijgt een taalmaatje en een taaltoets.")
    send(page, words["next"])

    expect(page.locator("h1")).to_have_text(declaration)
    type_into(page, "id_signatory_name", "Noor de Wit")
    type_into(page, "id_signatory_role", "Bedrijfsleider")
    send(page, words["check"])  # not signed
    assert_error_has_focus(page, words)
    tab_to_field(page, "id_declaration_accepted")
    page.keyboard.press("Space")
    send(page, words["check"])

    expect(page.locator("h1")).to_have_text(words["review"])
    send(page, words["send"])
    expect(page.locator(".status")).to_have_text(words["submitted"])
