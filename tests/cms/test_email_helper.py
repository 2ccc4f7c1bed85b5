"""The one email helper: every email gets the same words in its HTML part, escaped, with links,
and ends with the site's name and address."""

from django.core import mail

from cms.core.emails import queue, send_templated


def test_the_html_part_says_what_the_text_says_escaped_and_linked(db):
    body = (
        "Iemand gebruikte dit adres (anna@voorbeeld.example). Er is al een account.\n\n"
        "Kies een nieuw wachtwoord: https://lerenenwerken.example/nl/account/?a=1&b=2.\n\n"
        "Naam: <script>alert(1)</script>"
    )
    queue("Onderwerp", body, ["anna@voorbeeld.example"])
    (message,) = mail.outbox
    ((html, mimetype),) = message.alternatives
    assert mimetype == "text/html" and '<html lang="nl">' in html
    assert "anna@voorbeeld.example</a>). Er is al" in html
    assert 'href="https://lerenenwerken.example/nl/account/?a=1&amp;b=2"' in html
    assert "/?a=1&amp;b=2</a>." in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script>" not in html
    assert message.body.startswith(body)
    assert message.body.rstrip().endswith("-- \nLeren en Werken\nhttp://testserver/")


def test_templated_emails_use_the_recipients_language(db):

    send_templated(
        "taalakkoord/email/new_application",
        {"organisation": {"name": "Bakkerij Test"}, "commitment": None, "review_url": "x"},
        ["team@voorbeeld.example"],
        "en",
    )
    (message,) = mail.outbox
    assert '<html lang="en">' in message.alternatives[0][0]


def test_no_recipient_sends_nothing(db):
    queue("Onderwerp", "Tekst", ["", None])
    assert mail.outbox == []
