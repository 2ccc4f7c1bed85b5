"""The demo's privacy statement, in Dutch and English, with the retention periods this site
really applies (from the settings, so the statement and `apply_retention` never disagree)."""

from django.conf import settings


def privacy_statement():
    advice = settings.ADVICE_REQUEST_RETENTION_DAYS
    forms = settings.FORM_SUBMISSION_RETENTION_DAYS
    tasks = settings.TASK_RESULT_RETENTION_DAYS
    anonymise = settings.TAALAKKOORD_ANONYMISE_AFTER_DAYS
    return {
        "nl": {
            "title": "Privacyverklaring",
            "slug": "privacy",
            "intro": "Wij gaan zorgvuldig om met uw gegevens. Hier leest u welke gegevens wij "
            "bewaren, waarvoor, hoe lang, en wat u zelf met uw gegevens kunt doen.",
            "body": [
                (
                    "paragraph",
                    "Deze website plaatst geen cookies die u volgen en laadt niets van andere "
                    "partijen. Een video van YouTube of Vimeo laadt pas als u zelf op de knop "
                    "drukt.",
                ),
                ("heading", "Het contactformulier"),
                (
                    "paragraph",
                    "Vult u het contactformulier in, dan bewaren wij uw naam, e-mailadres en "
                    "bericht. Wij gebruiken die alleen om uw vraag te beantwoorden. Na "
                    f"{forms} dagen verwijderen wij uw bericht automatisch.",
                ),
                ("heading", "Een adviesgesprek aanvragen"),
                (
                    "paragraph",
                    "Vraagt u een adviesgesprek aan, dan krijgt alleen het Leerwerkloket van uw "
                    "regio uw naam, contactgegevens en vraag te zien. Na "
                    f"{advice} dagen verwijderen wij uw aanvraag automatisch.",
                ),
                ("heading", "Uw account en het Taalakkoord"),
                (
                    "paragraph",
                    "Voor een account bewaren wij uw e-mailadres en een versleuteld wachtwoord. "
                    "Meldt u uw organisatie aan voor het Taalakkoord, dan bewaren wij ook de "
                    "gegevens van de organisatie, het plan van aanpak en de naam van wie "
                    "ondertekent. De naam en het logo van de organisatie zijn alleen openbaar "
                    "als u daarvoor toestemming geeft.",
                ),
                (
                    "paragraph",
                    "Stopt een organisatie met het Taalakkoord, of keurt het landelijk team een "
                    f"aanmelding af? Dan halen wij na {anonymise} dagen de naam, het "
                    "KvK-nummer, de mensen en de bestanden van die organisatie weg. Wat "
                    "overblijft zijn cijfers zonder naam, zoals sector, grootte en regio.",
                ),
                ("heading", "E-mails die wij sturen"),
                (
                    "paragraph",
                    "E-mails gaan via een wachtrij, zodat ze ook aankomen als de mailserver even "
                    f"niet werkt. Verstuurde berichten halen wij na {tasks} dagen uit die "
                    "wachtrij.",
                ),
                ("heading", "Wat u zelf kunt doen"),
                (
                    "paragraph",
                    "In Mijn Taalakkoord kunt u al uw gegevens downloaden, als JSON-bestand. Daar "
                    "kunt u ook uw account verwijderen. Bent u de enige beheerder van uw "
                    "organisatie? Maak dan eerst een collega beheerder, of zeg het Taalakkoord "
                    "op. U mag ons ook altijd vragen uw gegevens te verbeteren. Bent u het niet "
                    "eens met hoe wij met uw gegevens omgaan, dan kunt u een klacht indienen bij "
                    "de Autoriteit Persoonsgegevens.",
                ),
                ("heading", "Een beveiligingsprobleem melden"),
                (
                    "paragraph",
                    "Hebt u een zwakke plek in deze website gevonden? Meld die dan bij ons. Het "
                    "adres staat in het bestand /.well-known/security.txt van deze website.",
                ),
            ],
        },
        "en": {
            "title": "Privacy statement",
            "slug": "privacy",
            "intro": "We handle your data with care. This page explains what we keep, what for, "
            "for how long, and what you can do with your data yourself.",
            "body": [
                (
                    "paragraph",
                    "This website sets no cookies that track you and loads nothing from other "
                    "parties. A YouTube or Vimeo video only loads when you press its button.",
                ),
                ("heading", "The contact form"),
                (
                    "paragraph",
                    "When you fill in the contact form we keep your name, email address and "
                    "message, only to answer your question. We delete your message "
                    f"automatically after {forms} days.",
                ),
                ("heading", "Asking for advice"),
                (
                    "paragraph",
                    "When you ask for an advice meeting, only the Leerwerkloket of your region "
                    "sees your name, contact details and question. We delete your request "
                    f"automatically after {advice} days.",
                ),
                ("heading", "Your account and the Taalakkoord"),
                (
                    "paragraph",
                    "For an account we keep your email address and an encrypted password. When "
                    "you register your organisation for the Taalakkoord, we also keep the "
                    "organisation's details, its plan of action and the name of the person who "
                    "signs. The organisation's name and logo are only public with your consent.",
                ),
                (
                    "paragraph",
                    "When an organisation leaves the Taalakkoord, or the national team turns an "
                    f"application down, we remove its name, KvK number, people and files after "
                    f"{anonymise} days. What is left are figures without a name, such as sector, "
                    "size and region.",
                ),
                ("heading", "Emails we send"),
                (
                    "paragraph",
                    "Emails go through a queue, so that they arrive even when the mail server is "
                    f"briefly down. We remove sent messages from that queue after {tasks} days.",
                ),
                ("heading", "What you can do yourself"),
                (
                    "paragraph",
                    "In My Taalakkoord you can download all your data as a JSON file, and delete "
                    "your account. Are you your organisation's only administrator? Then first "
                    "make a colleague administrator, or withdraw from the Taalakkoord. You may "
                    "also always ask us to correct your data. If you disagree with how we handle "
                    "your data, you can complain to the Dutch Data Protection Authority "
                    "(Autoriteit Persoonsgegevens).",
                ),
                ("heading", "Reporting a security problem"),
                (
                    "paragraph",
                    "Have you found a weak spot in this website? Please report it to us. The "
                    "address is in this website's file /.well-known/security.txt.",
                ),
            ],
        },
    }
