"""Demo desks: the overview page and a Leerwerkloket in each of the 35 regions. Four are rich
(the three Plus pilots among them); the others are plain pages (`regions`)."""

from django.utils.text import slugify

from cms.desks.models import DeskPartner, LeerwerkloketPage, RegionsIndexPage
from cms.news.models import NewsIndexPage, NewsPage

from . import regions
from .pagetools import ensure_child, ensure_translation, fresh, paragraphs, publish

DESKS = [
    {
        "slug": "fryslan",
        "region": "friesland",
        "title": "Leerwerkloket Fryslân",
        "plus": True,
        "intro": "Wilt u verder leren of een ander vak kiezen? Bij het Leerwerkloket in Friesland "
        "krijgt u gratis en onafhankelijk advies.",
        "intro_en": "Want to keep learning or choose another trade? The Leerwerkloket in Friesland "
        "gives free and independent advice.",
        "address": "Zuiderkruisweg 2\n8903 CC Leeuwarden",
        "hours": "Dinsdag en donderdag 9.00 tot 16.00 uur, alleen op afspraak",
        "phone_hours": "Maandag tot en met vrijdag 9.00 tot 12.00 uur",
        "phone": "058 800 12 34",
        "body": [
            "Friesland heeft veel werk in zorg, techniek en landbouw en veel mensen met een "
            "praktische opleiding. Wij helpen u uw eigen loopbaan in handen te nemen.",
            "Sinds juni 2019 zijn wij een Leerwerkloket Plus. Daardoor kunnen wij meer mensen "
            "helpen met laaggeletterdheid en met een opleiding naast het werk.",
        ],
        "en": {
            "hours": "Tuesday and Thursday 9 am to 4 pm, by appointment only",
            "phone_hours": "Monday to Friday 9 am to 12 noon",
            "body": [
                "Friesland has a lot of work in care, engineering and farming, and many people "
                "with a practical education. We help you take charge of your own career.",
                "Since June 2019 we have been a Leerwerkloket Plus. This lets us help more people "
                "who find reading and writing hard, and people who want to study while they work.",
            ],
        },
        "partners": [
            ("UWV Leeuwarden", "uwv", "https://www.uwv.nl"),
            ("Gemeente Leeuwarden", "gemeente", "https://www.leeuwarden.nl"),
            ("Friesland College", "onderwijs", ""),
        ],
    },
    {
        "slug": "twente",
        "region": "twente",
        "title": "Leerwerkloket Twente",
        "plus": True,
        "intro": "Het Leerwerkloket Twente helpt werkenden, werkzoekenden en werkgevers met "
        "vragen over leren, een opleiding en werk.",
        "intro_en": "Leerwerkloket Twente helps workers, job seekers and employers with questions "
        "about learning, training and work.",
        "address": "Hengelosestraat 30\n7514 AE Enschede",
        "hours": "Maandag tot en met donderdag 9.00 tot 17.00 uur",
        "phone_hours": "Maandag tot en met vrijdag 9.00 tot 13.00 uur",
        "phone": "053 700 45 67",
        "body": [
            "In Twente zijn veel vakmensen nodig in de techniek en de zorg. Wij laten zien welke "
            "opleiding bij u past, en hoe u die kunt combineren met werk.",
            "Een adviesgesprek kan bij ons op kantoor, aan de telefoon of via video.",
        ],
        "en": {
            "hours": "Monday to Thursday 9 am to 5 pm",
            "phone_hours": "Monday to Friday 9 am to 1 pm",
            "body": [
                "Twente needs many skilled people in engineering and care. We show you which "
                "course suits you, and how to combine it with work.",
                "You can talk to an adviser at our office, by phone or by video call.",
            ],
        },
        "partners": [
            ("UWV Enschede", "uwv", "https://www.uwv.nl"),
            ("Gemeente Enschede", "gemeente", "https://www.enschede.nl"),
            ("ROC van Twente", "onderwijs", ""),
            ("Werkgeversservicepunt Twente", "werkgevers", ""),
        ],
    },
    {
        "slug": "rijnmond",
        "region": "rijnmond",
        "title": "Leerwerkloket Rijnmond",
        "plus": True,
        "intro": "Het Leerwerkloket Rijnmond geeft advies over leren en werken in Rotterdam en "
        "omgeving, ook als u nog geen diploma hebt.",
        "intro_en": "Leerwerkloket Rijnmond gives advice on learning and working in Rotterdam and "
        "the area around it, also if you have no diploma yet.",
        "address": "Schiedamsedijk 15\n3011 EA Rotterdam",
        "hours": "Maandag tot en met vrijdag 9.00 tot 17.00 uur",
        "phone_hours": "Maandag tot en met vrijdag 9.00 tot 17.00 uur",
        "phone": "010 400 78 90",
        "body": [
            "In de haven, de logistiek en de bouw is veel werk. Wij helpen u een leerwerkbaan "
            "te vinden waarin u leert en tegelijk geld verdient.",
        ],
        "en": {
            "hours": "Monday to Friday 9 am to 5 pm",
            "phone_hours": "Monday to Friday 9 am to 5 pm",
            "body": [
                "The port, logistics and construction have plenty of work. We help you find a job "
                "in which you learn and earn money at the same time.",
            ],
        },
        "partners": [
            ("UWV Rotterdam", "uwv", "https://www.uwv.nl"),
            ("Gemeente Rotterdam", "gemeente", "https://www.rotterdam.nl"),
            ("Albeda", "onderwijs", ""),
        ],
    },
    {
        "slug": "midden-brabant",
        "region": "midden-brabant",
        "title": "LeerWerkLoket Midden-Brabant",
        "plus": False,
        "intro": "In Tilburg en omgeving helpen wij inwoners hun talent te ontwikkelen, ook als "
        "leren voor hen geen fijn woord is.",
        "intro_en": "In Tilburg and the area around it we help people develop their talents, also "
        "if learning is not a word they like.",
        "address": "Spoorlaan 20\n5038 CB Tilburg",
        "hours": "Dinsdag en donderdag 10.00 tot 15.00 uur",
        "phone_hours": "Maandag tot en met vrijdag 9.00 tot 12.00 uur",
        "phone": "013 500 23 45",
        "body": [
            "Elk jaar spreken wij ongeveer 500 mensen. De meesten zetten daarna een volgende "
            "stap: een cursus, een opleiding of ander werk.",
        ],
        "en": {
            "hours": "Tuesday and Thursday 10 am to 3 pm",
            "phone_hours": "Monday to Friday 9 am to 12 noon",
            "body": [
                "We talk to about 500 people every year. Most of them then take a next step: a "
                "short course, a full training or other work.",
            ],
        },
        "partners": [
            ("Gemeente Tilburg", "gemeente", "https://www.tilburg.nl"),
            ("UWV Tilburg", "uwv", "https://www.uwv.nl"),
        ],
    },
]

TWENTE_NEWS = [
    # slug, title, intro; English slug, title, intro
    (
        "spreekuur-bibliotheek",
        "Spreekuur in de bibliotheek van Hengelo",
        "Elke woensdagmiddag zit een adviseur van het Leerwerkloket in de bibliotheek.",
        "library-consultation-hours",
        "Consultation hours in the Hengelo library",
        "Every Wednesday afternoon an adviser of the Leerwerkloket is at the library.",
    ),
    (
        "techniekweek",
        "Ontdek de techniek tijdens de Techniekweek",
        "Werkgevers laten zien welke leerwerkbanen zij hebben in de techniek.",
        "engineering-week",
        "Discover engineering during Engineering Week",
        "Employers show the jobs in engineering in which you learn while you work.",
    ),
]


def build(home, en, log=print):
    """The overview and the desks, in Dutch and English; returns the desks by slug."""
    from cms.core.models import Region

    overview = ensure_child(
        home,
        RegionsIndexPage,
        "leerwerkloketten",
        title="Leerwerkloketten",
        intro="In elke arbeidsmarktregio is een Leerwerkloket. Vul in waar u woont, dan ziet u "
        "welk loket bij u hoort.",
    )
    ensure_translation(
        fresh(overview),
        en,
        title="Leerwerkloketten",
        slug="desks",
        intro="Every labour-market region has a Leerwerkloket. Type where you live and we show "
        "you your desk.",
    )
    desks = {}
    names = dict(Region.objects.values_list("slug", "name"))
    for data in DESKS + regions.plain_desks(names):
        desk = LeerwerkloketPage.objects.child_of(overview).filter(slug=data["slug"]).first()
        if desk is None:
            desk = LeerwerkloketPage(
                slug=data["slug"],
                title=data["title"],
                region=Region.objects.get(slug=data["region"]),
                intro=data["intro"],
                body=paragraphs(data["body"]),
                visiting_address=data["address"],
                opening_hours=data["hours"],
                phone_hours=data["phone_hours"],
                email=f"info@{data['slug']}.leerwerkloket.example",
                phone=data["phone"],
                plus_pilot=data["plus"],
            )
            for order, (name, kind, url) in enumerate(data["partners"]):
                desk.partners.add(DeskPartner(name=name, kind=kind, url=url, sort_order=order))
            fresh(overview).add_child(instance=desk)
            publish(desk)
        ensure_translation(
            fresh(desk),
            en,
            intro=data["intro_en"],
            body=paragraphs(data["en"]["body"]),
            opening_hours=data["en"]["hours"],
            phone_hours=data["en"]["phone_hours"],
        )
        desks[data["slug"]] = fresh(desk)
    news = ensure_child(desks["twente"], NewsIndexPage, "nieuws", title="Nieuws uit Twente")
    ensure_translation(fresh(news), en, title="News from Twente", slug="news")
    for slug, title, intro, slug_en, title_en, intro_en in TWENTE_NEWS:
        item = NewsPage.objects.child_of(news).filter(slug=slug).first()
        if item is None:
            item = NewsPage(slug=slug, title=title, intro=intro, body=paragraphs([intro]))
            fresh(news).add_child(instance=item)
            publish(item)
        ensure_translation(
            fresh(item),
            en,
            title=title_en,
            slug=slug_en,
            intro=intro_en,
            body=paragraphs([intro_en]),
        )
    log(f"{len(desks)} Leerwerkloketten are on the site.")
    return desks


VACANCIES = [
    # where, slug, title, title_en, employer, place, region, level, route, hours, days open
    ("national", "leerling-verzorgende-ig", "Leerling verzorgende IG", "Trainee carer (IG)",
     "Zorggroep De Linde", "Leeuwarden", "friesland", "mbo3", "bbl", 28, 45),
    ("national", "werkstudent-data", "Werkstudent data en techniek", "Working student in data and engineering",
     "Netbeheer Noord", "Groningen", "groningen", "hbo", "overig", 24, 60),
    ("national", "assistent-logistiek", "Assistent logistiek medewerker", "Assistant logistics worker",
     "Distributiecentrum Midden", "Tilburg", "midden-brabant", "mbo1", "bbl", 32, 20),
    ("twente", "leerling-monteur", "Leerling-monteur elektrotechniek", "Trainee electrical fitter",
     "Installatiebedrijf Oost", "Enschede", "twente", "mbo2", "bbl", 32, 30),
    ("twente", "helpende-zorg", "Helpende zorg en welzijn", "Care and welfare assistant",
     "Thuiszorg Twente", "Hengelo", "twente", "mbo2", "bol", 20, 14),
    ("rijnmond", "leerling-havenwerker", "Leerling havenwerker", "Trainee port worker",
     "Stuwadoors Rotterdam", "Rotterdam", "rijnmond", "mbo2", "bbl", 38, 40),
    ("rijnmond", "leerling-timmerman", "Leerling timmerman", "Trainee carpenter",
     "Bouwbedrijf Maas", "Schiedam", "rijnmond", "mbo2", "bbl", 36, -5),
]  # fmt: skip

VACANCY_INTRO = (
    "U leert het vak in de praktijk, met een vaste begeleider. U volgt daarnaast een opleiding "
    "die de werkgever betaalt.",
    "You learn the trade in practice, with a fixed supervisor, and follow a course the employer "
    "pays for.",
)

HOW_TO_APPLY = (
    "<p>Stuur een korte brief en uw cv naar de werkgever. Vragen? Bel het Leerwerkloket in uw "
    "regio.</p>",
    "<p>Send a short letter and your CV to the employer. Questions? Call the Leerwerkloket in "
    "your region.</p>",
)


def vacancies(home, desks, en, log=print):
    """A national vacancies page, one under Twente and Rijnmond, and seven vacancies."""
    import datetime

    from django.utils import timezone

    from cms.core.models import Region
    from cms.vacancies.models import VacancyIndexPage, VacancyPage

    national = ensure_child(
        home,
        VacancyIndexPage,
        "vacatures",
        title="Leerwerkvacatures",
        intro="Banen waarin u werkt en tegelijk leert. Kies uw regio, niveau en leerweg.",
    )
    ensure_translation(
        fresh(national),
        en,
        title="Learning-and-working vacancies",
        slug="vacancies",
        intro="Jobs in which you work and learn at the same time.",
    )
    indexes = {"national": national}
    for slug in ("twente", "rijnmond"):
        indexes[slug] = ensure_child(
            desks[slug], VacancyIndexPage, "vacatures", title="Leerwerkvacatures"
        )
        ensure_translation(fresh(indexes[slug]), en, title="Vacancies", slug="vacancies")
    today = timezone.localdate()
    for (
        where,
        slug,
        title,
        title_en,
        employer,
        place,
        region,
        level,
        route,
        hours,
        days,
    ) in VACANCIES:
        parent = fresh(indexes[where])
        vacancy = VacancyPage.objects.child_of(parent).filter(slug=slug).first()
        if vacancy is None:
            vacancy = VacancyPage(
                slug=slug,
                title=title,
                employer=employer,
                place=place,
                region=Region.objects.get(slug=region),
                education_level=level,
                learning_route=route,
                hours_per_week=hours,
                closing_date=today + datetime.timedelta(days=days),
                intro=VACANCY_INTRO[0],
                how_to_apply=HOW_TO_APPLY[0],
            )
            parent.add_child(instance=vacancy)
            publish(vacancy)
        ensure_translation(
            fresh(vacancy),
            en,
            title=title_en,
            slug=slugify(title_en),
            intro=VACANCY_INTRO[1],
            how_to_apply=HOW_TO_APPLY[1],
        )
    log(f"Created {len(VACANCIES)} vacancies.")


ADVICE_REQUESTS = [
    ("twente", "Mehmet Yıldız", "telefoon", "Ik ben chauffeur en wil graag monteur worden. Welke opleiding past daarbij?"),
    ("twente", "Anouk de Graaf", "video", "Kan ik mijn ervaring in de kinderopvang laten erkennen met een EVC?"),
    ("rijnmond", "Kees Verhoeven", "loket", "Ik heb geen diploma. Kan ik toch een leerwerkbaan in de haven krijgen?"),
    ("fryslan", "Sytske Hoekstra", "telefoon", "Ik wil na twintig jaar in de winkel graag de zorg in. Hoe begin ik?"),
]  # fmt: skip


def advice(home, desks, en, log=print):
    """The national request form, and a few requests waiting for the Twente and Rijnmond desks."""
    from cms.desks.models import AdviceRequest, AdviceRequestPage

    overview = fresh(desks["twente"].get_parent().specific)
    form_page = ensure_child(
        overview,
        AdviceRequestPage,
        "adviesgesprek",
        title="Adviesgesprek aanvragen",
        intro="Vul in waar u woont en vertel kort wat u wilt weten. Het Leerwerkloket in uw regio neemt "
        "contact met u op: telefonisch, via video of op het loket.",
    )
    ensure_translation(
        fresh(form_page),
        en,
        title="Ask for advice",
        slug="advice",
        intro="Tell us where you live and what you would like to know. The desk in "
        "your region will contact you by phone, by video call or at the desk.",
    )
    if AdviceRequest.objects.exists():
        return
    for slug, name, preference, question in ADVICE_REQUESTS:
        desk = desks[slug]
        AdviceRequest.objects.create(
            region=desk.region,
            desk=desk,
            name=name,
            email=f"{name.split()[0].lower()}@voorbeeld.example",
            phone="06 12 34 56 78",
            contact_preference=preference,
            question=question,
        )
    log(f"Created {len(ADVICE_REQUESTS)} advice requests.")


def regional_site(desks, port, log=print):
    """Twente's section as a site of its own: http://twente.localhost:<port>/."""
    from wagtail.models import Site

    site, created = Site.objects.get_or_create(
        hostname="twente.localhost",
        defaults={"port": port, "root_page": desks["twente"], "site_name": "Leerwerkloket Twente"},
    )
    if site.port != port:
        site.port = port
        site.save()
    if created:
        log(f"Leerwerkloket Twente has its own site at http://twente.localhost:{port}/")
    return site
