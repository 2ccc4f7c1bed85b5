"""Texts for the demo home page, the about section, the contact form and the statements."""

from .privacy import privacy_statement

HOME = {
    "nl": {
        "title": "Leren en Werken",
        "hero_title": "Verder komen met leren en werken",
        "intro": "Wilt u een opleiding volgen, uw ervaring laten erkennen of een andere baan? Het "
        "Leerwerkloket in uw regio geeft gratis en onafhankelijk advies. Voor werkenden, "
        "werkzoekenden, scholieren en werkgevers.",
        "news_heading": "Nieuws",
        "practices_heading": "Praktijkvoorbeelden uit de regio's",
        "ctas": [
            (
                "Advies over uw loopbaan",
                "Praat met een adviseur over opleidingen, EVC en leren op de "
                "werkvloer. Telefonisch, via video of bij het loket.",
                "Neem contact op",
                "contact",
            ),
            (
                "Werkgever? Doe mee aan het Taalakkoord",
                "Help uw medewerkers beter Nederlands te "
                "lezen, schrijven en spreken. Het Leerwerkloket helpt u op weg.",
                "Meld uw organisatie aan",
                "start",
            ),
        ],
    },
    "en": {
        "title": "Leren en Werken",  # the site's name, as on the logo, in both languages
        "hero_title": "Get ahead with learning and working",
        "intro": "Would you like to take a course, have your experience recognised or find a "
        "different job? The Leerwerkloket in your region gives free, independent advice to workers, "
        "job seekers, pupils and employers.",
        "news_heading": "News",
        "practices_heading": "Good practices from the regions",
        "ctas": [
            (
                "Career advice",
                "Talk to an adviser about courses, recognition of prior learning and "
                "learning on the job. By phone, by video or at the desk.",
                "Contact us",
                "contact",
            ),
            (
                "Employer? Join the Taalakkoord",
                "Help your staff read, write and speak Dutch better. "
                "The Leerwerkloket helps you get started.",
                "Register your organisation",
                "start",
            ),
        ],
    },
}

ABOUT = {
    "nl": {
        "title": "Over de Leerwerkloketten",
        "slug": "over-de-leerwerkloketten",
        "intro": "De Leerwerkloketten helpen iedereen met vragen over leren en werken. In elke "
        "arbeidsmarktregio is er één.",
        "body": [
            ("heading", "Wat doet een Leerwerkloket?"),
            (
                "paragraph",
                "Een Leerwerkloket is een samenwerking van scholen (ROC's), gemeenten, "
                "werkgevers en UWV. Het advies is gratis en hoort bij geen enkele school. Het gaat over opleidingen, over "
                "het laten erkennen van wat u al kunt (EVC) en over leren terwijl u werkt.",
            ),
            (
                "paragraph",
                "Het loket is er voor scholieren, werkenden, werkzoekenden en werkgevers. "
                "Nederland heeft 35 arbeidsmarktregio's, en elke regio heeft een Leerwerkloket.",
            ),
            ("heading", "Het landelijk team"),
            (
                "paragraph",
                "Een landelijk team, ondergebracht bij UWV, ondersteunt de loketten. Het "
                "team zorgt voor deze website, een gezamenlijke huisstijl, kennisdeling, opleidingen "
                "voor adviseurs en het bijhouden van resultaten.",
            ),
            (
                "quote",
                (
                    "Leren gebeurt niet alleen in een klaslokaal. Op de werkvloer leren mensen "
                    "minstens zoveel.",
                    "Een loopbaanadviseur",
                ),
            ),
        ],
        "faq": [
            ("Kost een adviesgesprek geld?", "Nee. Het advies van het Leerwerkloket is gratis."),
            (
                "Kan ik ook telefonisch of via video advies krijgen?",
                "Ja. Sinds 2020 kan dat bij alle loketten. U kiest zelf wat u het prettigst vindt.",
            ),
            (
                "Ik ben werkgever. Kan ik ook terecht?",
                "Ja. Het loket helpt u met scholing van "
                "medewerkers, met regelingen en met het Taalakkoord.",
            ),
        ],
    },
    "en": {
        "title": "About the Leerwerkloketten",
        "slug": "about-the-leerwerkloketten",
        "intro": "The Leerwerkloketten (learning and working desks) help everyone with questions about "
        "learning and working. There is one in every labour-market region.",
        "body": [
            ("heading", "What does a Leerwerkloket do?"),
            (
                "paragraph",
                "A Leerwerkloket is a partnership of vocational schools, municipalities, "
                "employers and UWV. It gives free, independent advice on courses, on having your "
                "experience recognised (EVC) and on learning while you work.",
            ),
            (
                "paragraph",
                "The desks serve pupils, workers, job seekers and employers. The "
                "Netherlands has 35 labour-market regions, and each has a Leerwerkloket.",
            ),
            ("heading", "The national team"),
            (
                "paragraph",
                "A national team hosted by UWV supports the desks. It runs this website, a "
                "shared brand, knowledge exchange, training for advisers and monitoring.",
            ),
            (
                "quote",
                (
                    "Learning does not only happen in a classroom. People learn at least as much "
                    "on the job.",
                    "A career adviser",
                ),
            ),
        ],
        "faq": [
            ("Does advice cost money?", "No. Advice from the Leerwerkloket is free."),
            (
                "Can I get advice by phone or video?",
                "Yes. Since 2020 every desk offers this. You choose what suits you.",
            ),
            (
                "I am an employer. Can you help me?",
                "Yes. The desk helps with training your staff, "
                "with funding schemes and with the Taalakkoord.",
            ),
        ],
    },
}

TAALAKKOORD = {
    "title": "Het Taalakkoord",
    "slug": "taalakkoord",
    "intro": "Met het Taalakkoord beloven werkgevers, branche-organisaties en koepelorganisaties "
    "dat zij werken aan de taalvaardigheid van hun medewerkers.",
    "body": [
        (
            "paragraph",
            "Het Taalakkoord begon in 2015. Op 27 januari 2015 tekenden de eerste 29 "
            "werkgevers. Sinds 1 juli 2016 voeren de Leerwerkloketten het Taalakkoord uit.",
        ),
        ("heading", "Wat doet u als lid?"),
        (
            "paragraph",
            "U kiest maatregelen van de Menukaart. Bijvoorbeeld een taalscreening, "
            "taallessen op de werkplek, taalmaatjes of interne communicatie in eenvoudige taal. U "
            "maakt een plan van aanpak en vertelt elk jaar hoe het gaat.",
        ),
        ("paragraph", "Samen willen we 300 leden halen."),
        (
            "cta",
            (
                "Doet uw organisatie mee?",
                "Aanmelden kost ongeveer een kwartier. U kiest zelf de maatregelen die bij u "
                "passen.",
                "Meld uw organisatie aan",
                "start",
            ),
        ),
    ],
}

STATEMENTS = {
    "accessibility": {
        "nl": {
            "title": "Toegankelijkheidsverklaring",
            "slug": "toegankelijkheid",
            "intro": "Iedereen moet deze website kunnen gebruiken. Ook mensen die slecht zien, een "
            "toetsenbord gebruiken of moeite hebben met lezen.",
            "body": [
                (
                    "paragraph",
                    "We bouwen deze website volgens de richtlijnen WCAG 2.2 op niveau AA en "
                    "schrijven in eenvoudige taal (B1). Elke wijziging testen we automatisch, in "
                    "het Nederlands en het Engels: elk soort pagina en elk formulier met een fout "
                    "erin, ook op een scherm van 320 pixels breed. We controleren of de code van "
                    "elke pagina klopt, en we vullen het hele aanmeldformulier van het "
                    "Taalakkoord in met alleen het toetsenbord.",
                ),
                ("heading", "Wat werkt nog niet goed?"),
                (
                    "paragraph",
                    "Sommige oudere documenten (PDF) zijn nog niet toegankelijk. Vraag ons "
                    "gerust om een andere versie.",
                ),
                ("heading", "Iets gevonden dat niet werkt?"),
                (
                    "paragraph",
                    "Laat het ons weten via het contactformulier. We reageren binnen vijf "
                    "werkdagen.",
                ),
            ],
        },
        "en": {
            "title": "Accessibility statement",
            "slug": "accessibility",
            "intro": "Everyone should be able to use this website, including people with low vision, "
            "people who use a keyboard and people who find reading hard.",
            "body": [
                (
                    "paragraph",
                    "We build this website to WCAG 2.2 level AA and write in plain language. Every "
                    "change is tested automatically, in Dutch and English: each kind of page and "
                    "each form with a mistake in it, also on a screen 320 pixels wide. We check "
                    "that the code of every page is valid, and we fill in the whole Taalakkoord "
                    "application form with the keyboard alone.",
                ),
                ("heading", "What does not work well yet?"),
                (
                    "paragraph",
                    "Some older PDF documents are not accessible yet. Ask us for another version.",
                ),
                ("heading", "Found something that does not work?"),
                (
                    "paragraph",
                    "Tell us through the contact form. We reply within five working days.",
                ),
            ],
        },
    },
    "privacy": privacy_statement(),
}

CONTACT = {
    "title": "Contact",
    "slug": "contact",
    "intro": "<p>Hebt u een vraag over leren en werken, of over het Taalakkoord? Stuur ons een "
    "bericht. We reageren binnen vijf werkdagen.</p>",
    "thank_you": "<p>Bedankt voor uw bericht. We reageren binnen vijf werkdagen.</p>",
    "fields": [
        ("Naam", "singleline", True, "", ""),
        ("E-mailadres", "email", True, "", "We gebruiken uw e-mailadres alleen om te antwoorden."),
        (
            "Waar gaat uw vraag over?",
            "dropdown",
            True,
            "Advies over mijn loopbaan\nHet Taalakkoord\nDeze website\nIets anders",
            "",
        ),
        ("Uw bericht", "multiline", True, "", ""),
    ],
}

CONTACT_EN = {
    "title": "Contact",
    "slug": "contact",
    "intro": "<p>Do you have a question about learning and working, or about the Taalakkoord? "
    "Send us a message. We reply within five working days.</p>",
    "thank_you": "<p>Thank you for your message. We reply within five working days.</p>",
    # label, choices, help text: in the order of CONTACT's fields
    "fields": [
        ("Name", "", ""),
        ("Email address", "", "We only use your email address to reply to you."),
        (
            "What is your question about?",
            "Advice about my career\nThe Taalakkoord\nThis website\nSomething else",
            "",
        ),
        ("Your message", "", ""),
    ],
}

NAVIGATION_FOOTER = {
    "nl": "Leren en Werken is de website van de Leerwerkloketten in Nederland, ondersteund door "
    "het landelijk team bij UWV.",
    "en": "Leren en Werken (learning and working) is the website of the Leerwerkloketten in the "
    "Netherlands, supported by the national team at UWV.",
}

TAALAKKOORD_EN = {
    "title": "The Taalakkoord",
    "slug": "taalakkoord",
    "intro": "In the Taalakkoord, employers, branch organisations and umbrella organisations "
    "promise to help their employees with reading, writing and speaking Dutch.",
    "body": [
        (
            "paragraph",
            "The first 29 employers signed on 27 January 2015. The Leerwerkloketten have run the "
            "Taalakkoord since 1 July 2016.",
        ),
        ("heading", "What does a member do?"),
        (
            "paragraph",
            "You pick measures from the Menukaart, our list of measures that help employees "
            "with Dutch: a language screening, classes at work, language buddies or plain "
            "language in your own letters and notices, for example. You write down your plan "
            "and tell us once a year how it is going.",
        ),
        ("paragraph", "Together we are working towards 300 members."),
        (
            "cta",
            (
                "Does your organisation want to join?",
                "Registering takes about fifteen minutes, and you choose the measures that fit "
                "your organisation.",
                "Register your organisation",
                "start",
            ),
        ),
    ],
}
