"""Signing events: registering with or without an account, the confirmation with its calendar
file, cancelling, places, the organiser's list and export, the certificates of those who signed
there as one PDF, and the events on the home page, the desk page, the overview and the feed."""

import datetime
import io

import icalendar
import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from cms.core.factories import UserFactory, region
from employers.factories import MembershipFactory
from taalakkoord.factories import CommitmentFactory, EventIndexPageFactory, EventPageFactory
from taalakkoord.models import EventRegistration

from .conftest import verified_user

DATA = {
    "name": "Fatma Kaya",
    "email": "fatma@bakkerij-korrel.example",
    "organisation_name": "Bakkerij Korrel",
}


@pytest.fixture
def overview(home):
    return EventIndexPageFactory(parent=home)


@pytest.fixture
def event(overview):
    return EventPageFactory(
        parent=overview, title="Taalakkoord tekenen in Twente", capacity=2, region=region("twente")
    )


def register(client, event, **changes):
    return client.post(event.url, {**DATA, **changes})


def calendar_of(text):
    calendar = icalendar.Calendar.from_ical(text)
    return list(calendar.walk("VEVENT"))


def test_a_visitor_registers_without_an_account_and_gets_a_calendar_file(
    client, event, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = register(client, event)
    registration = EventRegistration.objects.get()
    assert response["Location"] == f"{event.url}{registration.token}/"
    assert (registration.name, registration.organisation_name, registration.user) == (
        "Fatma Kaya",
        "Bakkerij Korrel",
        None,
    )
    message = mail.outbox[-1]
    assert message.to == [DATA["email"]]
    assert message.subject == "U bent ingeschreven: Taalakkoord tekenen in Twente"
    assert f"{event.url}{registration.token}/" in message.body
    ((filename, content, mimetype),) = message.attachments
    assert mimetype == "text/calendar" and filename.endswith(".ics")
    (entry,) = calendar_of(content)
    assert str(entry["summary"]) == "Taalakkoord tekenen in Twente"
    assert entry.decoded("dtstart") == event.start
    assert entry.decoded("dtend") == event.end
    assert str(entry["location"]) == "Stadhuis Enschede, Langestraat 24, 7511 HC Enschede"
    page = client.get(response["Location"])
    assert page["Cache-Control"] == "private, no-store"
    assert "Fatma Kaya" in page.content.decode()


def test_a_member_registers_with_the_details_filled_in(client, event):
    user = verified_user("wendy", first_name="Wendy", last_name="Jansen")
    membership = MembershipFactory(user=user)
    client.force_login(user)
    form = client.get(event.url).content.decode()
    assert 'value="Wendy Jansen"' in form and f'value="{user.email}"' in form
    register(client, event, name="Wendy Jansen", email=user.email, organisation_name="")
    registration = EventRegistration.objects.get()
    assert registration.organisation == membership.organisation
    assert registration.organisation_name == membership.organisation.name
    page = client.get(event.url).content.decode()
    assert "U bent ingeschreven met" in page and "Inschrijven voor deze bijeenkomst" not in page


def test_bad_input_is_explained_and_kept(client, event):
    response = register(client, event, name="", email="fatma-at-korrel")
    assert response.status_code == 422
    html = response.content.decode()
    assert "Vul uw naam in." in html
    assert "Vul een e-mailadres in zoals naam@bedrijf.nl." in html
    assert 'value="fatma-at-korrel"' in html and 'value="Bakkerij Korrel"' in html
    assert not EventRegistration.objects.exists()


def test_one_registration_per_address_and_no_more_than_the_places(client, event):
    register(client, event)
    again = register(client, event, email=DATA["email"].upper())
    assert again.status_code == 422
    assert "is al ingeschreven voor deze bijeenkomst" in again.content.decode()
    register(client, event, email="tweede@example.org")
    full = register(client, event, email="derde@example.org")
    assert full.status_code == 422
    assert EventRegistration.objects.count() == 2
    assert "er zijn geen plaatsen meer" in client.get(event.url).content.decode().lower()


def test_cancelling_frees_the_place_and_the_link_belongs_to_its_event(client, event, overview):
    register(client, event)
    registration = EventRegistration.objects.get()
    other = EventPageFactory(parent=overview)
    # The token of one event's registration opens nothing on another event's page.
    assert client.get(f"{other.url}{registration.token}/").status_code == 404
    page = f"{event.url}{registration.token}/"
    client.post(page)
    registration.refresh_from_db()
    assert registration.cancelled_at is not None
    assert event.places_left() == 2
    assert "U hebt deze inschrijving geannuleerd" in client.get(page).content.decode()


def test_an_event_that_took_place_takes_no_registrations(client, overview):
    past = EventPageFactory(
        parent=overview,
        start=timezone.now() - datetime.timedelta(days=3),
        end=timezone.now() - datetime.timedelta(days=3, hours=-2),
    )
    response = register(client, past)
    assert not EventRegistration.objects.exists()
    assert "Deze bijeenkomst is geweest" in response.content.decode()


def test_online_events_send_the_link_only_to_who_registered(
    client, overview, django_capture_on_commit_callbacks
):
    online = EventPageFactory(
        parent=overview,
        online=True,
        venue="",
        address="",
        online_link="https://meet.example/taalakkoord",
    )
    assert "meet.example" not in client.get(online.url).content.decode()
    feed = client.get(online.url + online.reverse_subpage("ics")).content.decode()
    assert "Online" in feed
    assert "meet.example" not in feed
    with django_capture_on_commit_callbacks(execute=True):
        register(client, online)
    message = mail.outbox[-1]
    assert "https://meet.example/taalakkoord" in message.body
    (entry,) = calendar_of(message.attachments[0][1])
    assert "https://meet.example/taalakkoord" in str(entry["description"])


def test_the_overview_lists_coming_events_and_offers_a_feed(client, overview, event):
    EventPageFactory(
        parent=overview,
        title="Al geweest",
        start=timezone.now() - datetime.timedelta(days=40),
        end=timezone.now() - datetime.timedelta(days=40, hours=-2),
    )
    html = client.get(overview.url).content.decode()
    coming, past = html.split("Eerdere bijeenkomsten")
    assert "Taalakkoord tekenen in Twente" in coming and "Al geweest" in past
    feed = client.get(overview.url + overview.reverse_subpage("feed"))
    assert feed["Content-Type"] == "text/calendar; charset=utf-8"
    titles = sorted(str(entry["summary"]) for entry in calendar_of(feed.content))
    assert titles == ["Al geweest", "Taalakkoord tekenen in Twente"]


def test_events_show_on_the_home_page_and_the_desk_page_of_their_region(client, home, event):
    from cms.desks.factories import LeerwerkloketPageFactory, RegionsIndexPageFactory

    assert "Taalakkoord tekenen in Twente" in client.get(home.url).content.decode()
    desks = RegionsIndexPageFactory(parent=home)
    twente = LeerwerkloketPageFactory(parent=desks, region=region("twente"))
    rijnmond = LeerwerkloketPageFactory(parent=desks, region=region("rijnmond"))
    assert "Taalakkoord tekenen in Twente" in client.get(twente.url).content.decode()
    assert "Taalakkoord tekenen in Twente" not in client.get(rijnmond.url).content.decode()


def test_an_event_that_ended_leaves_the_home_desk_and_overview_within_the_hour(
    client, home, overview
):
    """The lists are kept (the day's page parts, the events by the hour): an event that ended
    at 10:00 is gone by 11:00 without anyone publishing anything."""
    import time_machine

    from cms.desks.factories import LeerwerkloketPageFactory, RegionsIndexPageFactory

    ten = timezone.make_aware(datetime.datetime(2026, 3, 10, 10, 0))
    EventPageFactory(
        parent=overview,
        title="Ochtendbijeenkomst Twente",
        region=region("twente"),
        start=ten - datetime.timedelta(hours=2),
        end=ten,
    )
    twente = LeerwerkloketPageFactory(
        parent=RegionsIndexPageFactory(parent=home), region=region("twente")
    )
    pages = (home.url, twente.url, overview.url)

    def upcoming(url):
        html = client.get(url).content.decode()
        return "Ochtendbijeenkomst Twente" in html.split("Eerdere bijeenkomsten")[0]

    with time_machine.travel(ten - datetime.timedelta(minutes=30), tick=False):
        assert all(upcoming(url) for url in pages)
    with time_machine.travel(ten + datetime.timedelta(hours=1, minutes=1), tick=False):
        assert [url for url in pages if upcoming(url)] == []


# The organiser ---------------------------------------------------------------------------


def registrations_url(event):
    return reverse("taalakkoord_events:registrations", args=[event.pk])


def test_the_organiser_sees_and_exports_the_list(client, event, moderator):
    register(client, event)
    register(client, event, name="=HYPERLINK(1)", email="b@example.org")
    client.force_login(moderator)
    html = client.get(registrations_url(event)).content.decode()
    assert "Fatma Kaya" in html and DATA["email"] in html
    # What the boxes are for comes before them.
    assert html.index("Vink na de bijeenkomst aan") < html.index('type="checkbox" name="signed"')
    export = client.get(reverse("taalakkoord_events:export", args=[event.pk, "csv"]))
    text = b"".join(export.streaming_content).decode("utf-8-sig")
    assert "Fatma Kaya" in text and "'=HYPERLINK(1)" in text
    # A cancelled registration is not on the list, and cannot be marked as signed either.
    from django.utils import timezone

    cancelled = EventRegistration.objects.get(email="b@example.org")
    cancelled.cancelled_at = timezone.now()
    cancelled.save()
    client.post(registrations_url(event), {"signed": [cancelled.pk]})
    cancelled.refresh_from_db()
    assert not cancelled.signed_here


def test_desk_staff_organise_only_their_own_desks_events(client, home):
    from cms.desks.factories import LeerwerkloketPageFactory, RegionsIndexPageFactory

    desks = RegionsIndexPageFactory(parent=home)
    twente = LeerwerkloketPageFactory(parent=desks, region=region("twente"))
    rijnmond = LeerwerkloketPageFactory(parent=desks, region=region("rijnmond"))
    own = EventPageFactory(parent=EventIndexPageFactory(parent=twente))
    other = EventPageFactory(parent=EventIndexPageFactory(parent=rijnmond))
    twente.refresh_from_db()
    staff = UserFactory(username="daan")
    staff.groups.add(twente.moderators_group)
    client.force_login(staff)
    EventRegistration.objects.create(event=other, name="Rotterdamse Gast", email="r@example.org")
    assert client.get(registrations_url(own)).status_code == 200
    # Another desk's event: Wagtail's admin sends the user back with "no permission".
    for url in (
        registrations_url(other),
        reverse("taalakkoord_events:export", args=[other.pk, "csv"]),
    ):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    client.post(registrations_url(other), {"signed": [other.pk]})
    assert not EventRegistration.objects.filter(signed_here=True).exists()


def test_an_employer_cannot_open_the_organisers_screen(client, event, employer):
    client.force_login(employer)
    assert client.get(registrations_url(event)).status_code in (302, 403)


def test_the_certificates_of_those_who_signed_print_as_one_pdf(
    client, event, moderator, settings, tmp_path
):
    from pypdf import PdfReader, PdfWriter

    from taalakkoord.models import Certificate

    settings.MEDIA_ROOT = tmp_path
    registrations = []
    for name in ("Bakkerij Korrel", "Hotel De Brug", "Garage Noord"):
        commitment = CommitmentFactory(approved=True, organisation__name=name)
        page = PdfWriter()
        page.add_blank_page(width=842, height=595)
        data = io.BytesIO()
        page.write(data)
        certificate = Certificate.objects.create(
            commitment=commitment,
            organisation_name=name,
            member_number=commitment.member_number,
            signed_on=commitment.signed_on,
        )
        from django.core.files.base import ContentFile

        certificate.pdf.save(f"{name}.pdf", ContentFile(data.getvalue()))
        registrations.append(
            EventRegistration.objects.create(
                event=event,
                name=f"Contact {name}",
                email=f"{commitment.pk}@example.org",
                organisation=commitment.organisation,
            )
        )
    walk_in = EventRegistration.objects.create(
        event=event, name="Zonder account", email="z@example.org"
    )
    client.force_login(moderator)
    chosen = [registrations[0].pk, registrations[2].pk, walk_in.pk]
    response = client.post(registrations_url(event), {"signed": chosen, "print": "1"})
    assert response["Content-Type"] == "application/pdf"
    assert len(PdfReader(io.BytesIO(response.content)).pages) == 2
    assert set(
        EventRegistration.objects.filter(signed_here=True).values_list("pk", flat=True)
    ) == set(chosen)
    html = client.get(registrations_url(event)).content.decode()
    assert "2 certificaten zijn klaar om te printen." in html and "Zonder account" in html


def test_the_organisers_list_costs_the_same_queries_however_many_registered(
    client, event, moderator
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(moderator)
    event.capacity = None
    event.save()

    def queries_with(count):
        for index in range(count):
            commitment = CommitmentFactory(approved=True)
            EventRegistration.objects.create(
                event=event,
                name=f"Naam {index}",
                email=f"{commitment.pk}-{index}@example.org",
                organisation=commitment.organisation,
                signed_here=True,
            )
        client.get(registrations_url(event))
        with CaptureQueriesContext(connection) as queries:
            client.get(registrations_url(event))
        return len(queries)

    assert queries_with(1) == queries_with(5)


def test_the_registrations_stay_together_across_translations(client, event, english, home_en):
    translated = event.copy_for_translation(english, copy_parents=True)
    translated.save_revision().publish()
    register(client, event)
    assert translated.places_left() == 1
    client.post(translated.url, {**DATA, "email": "x@example.org"})
    assert event.places_left() == 0


def test_the_organiser_reaches_the_list_from_the_event_in_the_admin(client, event, moderator):
    client.force_login(moderator)
    url = registrations_url(event)
    assert url in client.get(reverse("wagtailadmin_pages:edit", args=[event.pk])).content.decode()
    listing = client.get(reverse("wagtailadmin_explore", args=[event.get_parent().pk]))
    assert url in listing.content.decode()


def test_the_overview_and_the_home_page_cost_the_same_queries_however_many_events(
    client, home, overview
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from cms.core import pagecache

    client.force_login(verified_user("lezer"))  # signed in: no page is served from a cache

    def queries_with(count):
        for index in range(count):
            EventPageFactory(parent=overview, region=region("twente") if index % 2 else None)
        counts = []
        for url in (overview.url, home.url):
            client.get(url)
            client.get(url)
            pagecache.purge()  # the lists are kept once rendered: count a fresh render
            with CaptureQueriesContext(connection) as queries:
                client.get(url)
            counts.append(len(queries))
        return counts

    assert queries_with(1) == queries_with(5)


def test_the_admin_lists_the_events_each_organiser_organises(client, home, event, moderator):
    from cms.desks.factories import LeerwerkloketPageFactory, RegionsIndexPageFactory

    register(client, event)
    desks = RegionsIndexPageFactory(parent=home)
    twente = LeerwerkloketPageFactory(parent=desks, region=region("twente"))
    own = EventPageFactory(parent=EventIndexPageFactory(parent=twente), title="Loketbijeenkomst")
    twente.refresh_from_db()
    index = reverse("taalakkoord_events:index")
    client.force_login(moderator)
    html = client.get(index).content.decode()
    assert "Taalakkoord tekenen in Twente" in html and "Loketbijeenkomst" in html
    assert "<td>1 / 2</td>" in html  # registered out of the places
    staff = UserFactory(username="daan")
    staff.groups.add(twente.moderators_group)
    client.force_login(staff)
    html = client.get(index).content.decode()
    assert "Loketbijeenkomst" in html and "Taalakkoord tekenen in Twente" not in html
    assert registrations_url(own) in html


def test_the_export_speaks_the_admins_language_whatever_the_browser_asks(client, event, moderator):
    from wagtail.users.models import UserProfile

    register(client, event)
    EventRegistration.objects.update(signed_here=True)
    profile = UserProfile.get_for_user(moderator)
    profile.preferred_language = "nl"
    profile.save()
    client.force_login(moderator)
    export = client.get(
        reverse("taalakkoord_events:export", args=[event.pk, "csv"]), HTTP_ACCEPT_LANGUAGE="en"
    )
    heading, row = b"".join(export.streaming_content).decode("utf-8-sig").splitlines()
    assert heading.startswith("Naam;E-mailadres;Organisatie;Ingeschreven;Getekend")
    assert row.endswith(";Ja")
    assert "inschrijvingen-" in export["Content-Disposition"]


def test_people_registering_at_once_never_take_more_than_the_places(migrated_db):
    import threading

    from django.db import connection

    from cms.home.factories import HomePageFactory
    from taalakkoord import events

    if connection.vendor != "postgresql":
        pytest.skip("Row locks need PostgreSQL; CI runs this test there.")
    from wagtail.models import Locale, Page, Site

    home = HomePageFactory(
        parent=Page.get_first_root_node(),
        slug="home-race",
        locale=Locale.objects.get(language_code="nl"),
    )
    Site.objects.filter(is_default_site=True).update(root_page=home)
    event = EventPageFactory(parent=EventIndexPageFactory(parent=home), capacity=3)
    people = 8
    barrier = threading.Barrier(people)
    outcomes = []

    def take_a_place(number):
        from django.db import connections

        try:
            barrier.wait()
            events.register(event, name=f"Persoon {number}", email=f"p{number}@example.org")
            outcomes.append("registered")
        except events.Full:
            outcomes.append("full")
        finally:
            connections.close_all()

    threads = [threading.Thread(target=take_a_place, args=(n,)) for n in range(people)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["full"] * 5 + ["registered"] * 3
    assert event.registrations().count() == 3
