"""Advice requests: routed to the right desk with emails; each desk sees only its own; purged."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from cms.core.factories import UserFactory, region
from cms.desks.factories import LeerwerkloketPageFactory, RegionsIndexPageFactory
from cms.desks.models import AdviceRequest, AdviceRequestPage
from tests.utils import assert_references_exist, response_text

VALID = {
    "name": "Samira Bakker",
    "email": "samira@voorbeeld.example",
    "phone": "06 12345678",
    "contact_preference": "video",
    "question": "Ik werk in de zorg en wil graag verpleegkundige worden. Kan dat naast mijn werk?",
    "consent": "on",
}


@pytest.fixture
def desks(home):
    index = RegionsIndexPageFactory(parent=home)
    return {
        slug: LeerwerkloketPageFactory(parent=index, region=region(slug))
        for slug in ("twente", "rijnmond")
    }


@pytest.fixture
def national_form(home, desks):
    page = AdviceRequestPage(title="Adviesgesprek aanvragen", slug="adviesgesprek")
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def staff(desk, username):
    user = UserFactory(username=username)
    user.groups.add(desk.moderators_group)
    return user


def post(client, page, django_capture_on_commit_callbacks, **changes):
    with django_capture_on_commit_callbacks(execute=True):
        return client.post(page.url, {**VALID, **changes})


def test_a_request_on_a_desk_page_goes_to_that_desk(
    client, desks, django_capture_on_commit_callbacks
):
    response = post(client, desks["twente"], django_capture_on_commit_callbacks)
    assert response.status_code == 302
    assert response["Location"].endswith("?aangevraagd=1#adviesgesprek")
    advice = AdviceRequest.objects.get()
    assert (advice.region.slug, advice.desk_id, advice.status) == (
        "twente",
        desks["twente"].pk,
        "nieuw",
    )
    assert advice.language == "nl"
    to_desk, confirmation = mail.outbox
    assert to_desk.to == ["info@twente.leerwerkloket.example"]
    assert to_desk.reply_to == ["samira@voorbeeld.example"]
    assert "Samira Bakker" in to_desk.body and "Via een videogesprek" in to_desk.body
    assert reverse("desks_advice_requests:inspect", args=[advice.pk]) in to_desk.body
    assert confirmation.to == ["samira@voorbeeld.example"]
    assert "binnen vijf werkdagen" in confirmation.body
    assert "Leerwerkloket Twente" in confirmation.body


@pytest.mark.parametrize("page", ["twente", "national"])
def test_a_kept_form_carries_each_visitors_own_csrf_token(
    desks, national_form, page, django_capture_on_commit_callbacks
):
    """The empty form is kept once rendered ({% keptform %}); each visitor still gets a token of
    their own, the page is never stored whole, and the form is sent as before."""
    import re

    from django.test import Client

    page = desks["twente"] if page == "twente" else national_form
    tokens = []
    for _ in range(3):
        visitor = Client(enforce_csrf_checks=True)
        response = visitor.get(page.url)
        assert "private" in response["Cache-Control"]  # a page with a token is never kept whole
        html = response.content.decode()
        assert "kept-form-csrf-token" not in html
        (token,) = re.findall(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
        tokens.append(token)
    assert len(set(tokens)) == 3
    data = {**VALID, "csrfmiddlewaretoken": token}
    if page == national_form:
        data["place"] = "Enschede"
    with django_capture_on_commit_callbacks(execute=True):
        sent = visitor.post(page.url, data)
    assert sent.status_code == 302 and AdviceRequest.objects.count() == 1
    thanks = visitor.get(sent["Location"]).content.decode()  # the thanks, not the kept form
    assert "Wij hebben uw aanvraag ontvangen" in thanks and "csrfmiddlewaretoken" not in thanks


def test_the_national_form_routes_by_where_the_visitor_lives(
    client, national_form, desks, django_capture_on_commit_callbacks
):
    # Schiedam lies in the Rijnmond region; the visitor need not know that.
    response = post(client, national_form, django_capture_on_commit_callbacks, place="Schiedam")
    assert response.status_code == 302
    advice = AdviceRequest.objects.get()
    assert (advice.desk_id, advice.place) == (desks["rijnmond"].pk, "Schiedam")
    assert mail.outbox[0].to == ["info@rijnmond.leerwerkloket.example"]
    assert "Gemeente of woonplaats: Schiedam" in mail.outbox[0].body


def test_a_place_inside_a_municipality_finds_its_region(
    client, national_form, desks, django_capture_on_commit_callbacks
):
    post(client, national_form, django_capture_on_commit_callbacks, place="enschede")
    assert AdviceRequest.objects.get().desk_id == desks["twente"].pk


def test_an_unknown_place_gets_a_clear_message_and_suggestions(client, national_form, desks):
    response = client.post(national_form.url, {**VALID, "place": "Enschde"})
    assert response.status_code == 200
    html = response_text(response)
    assert "We kunnen “Enschde” niet vinden. Bedoelt u Enschede?" in html
    assert 'value="Enschde"' in response.content.decode()
    assert "Samira Bakker" in response.content.decode()  # what was typed stays
    assert not AdviceRequest.objects.exists()
    response = client.post(national_form.url, {**VALID, "place": "Bergen"})
    assert "Er zijn meer gemeenten met de naam “Bergen”" in response_text(response)


def test_a_region_without_a_desk_goes_to_the_national_team(
    client, national_form, django_capture_on_commit_callbacks
):
    from wagtail.models import Site

    from cms.core.models import SiteSettings

    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.email = "landelijk@lerenenwerken.example"
    settings.save()
    post(client, national_form, django_capture_on_commit_callbacks, place="Middelburg")
    advice = AdviceRequest.objects.get()
    assert advice.region.slug == "zeeland" and advice.desk is None
    assert mail.outbox[0].to == ["landelijk@lerenenwerken.example"]


def test_bad_input_gets_clear_messages_and_keeps_what_was_typed(client, desks):
    response = client.post(
        desks["twente"].url, {**VALID, "contact_preference": "telefoon", "phone": "", "consent": ""}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Vul uw telefoonnummer in, zodat het loket u kan bellen." in html
    assert "Vink dit vakje aan, zodat het loket contact met u mag opnemen." in html
    assert "Ik werk in de zorg en wil graag verpleegkundige worden." in html
    assert 'value="Samira Bakker"' in html
    assert "<title>Fout: " in html
    assert_references_exist(html)
    assert not AdviceRequest.objects.exists() and not mail.outbox


def test_the_spam_trap_and_rate_limit(client, desks, django_capture_on_commit_callbacks):
    response = client.post(desks["twente"].url, {**VALID, "website_address": "http://spam.example"})
    assert response.status_code == 200 and not AdviceRequest.objects.exists()
    import datetime

    import time_machine

    with time_machine.travel(
        datetime.datetime(2026, 3, 2, 9, 0, 5, tzinfo=datetime.UTC), tick=False
    ):
        for _ in range(5):  # five requests a minute; the refused spam did not count
            post(client, desks["twente"], django_capture_on_commit_callbacks)
        response = client.post(desks["twente"].url, VALID)
    assert "Wacht een minuut" in response.content.decode()
    assert 'value="Samira Bakker"' in response.content.decode()
    assert AdviceRequest.objects.count() == 5


def make_request(desk, name):
    return AdviceRequest.objects.create(
        region=desk.region, desk=desk, name=name, email="iemand@voorbeeld.example",
        contact_preference="telefoon", phone="0612345678", question="Welke opleiding past bij mij?",
    )  # fmt: skip


def test_desk_staff_see_and_handle_only_their_own_requests(client, desks):
    mine = make_request(desks["twente"], "Jan Twente")
    theirs = make_request(desks["rijnmond"], "Rik Rijnmond")
    client.force_login(staff(desks["twente"], "loket-twente"))
    html = client.get(reverse("desks_advice_requests:index")).content.decode()
    assert "Jan Twente" in html and "Rik Rijnmond" not in html
    assert client.get(reverse("desks_advice_requests:inspect", args=[mine.pk])).status_code == 200
    # Refused inside the admin, in its own look: no redirect to a public /nl/admin/… address.
    for view in ("inspect", "edit", "delete"):
        url = reverse(f"desks_advice_requests:{view}", args=[theirs.pk])
        response = client.get(url)
        assert response.status_code == 404, url
        html = response.content.decode()
        assert "Rik Rijnmond" not in html
        assert "van een ander loket" in html and 'href="/admin/"' in html
    response = client.post(
        reverse("desks_advice_requests:edit", args=[theirs.pk]),
        {"status": "afgehandeld", "staff_notes": "x"},
        follow=True,
    )
    assert response.status_code == 404
    theirs.refresh_from_db()
    assert theirs.status == "nieuw"
    response = client.post(
        reverse("desks_advice_requests:edit", args=[mine.pk]),
        {"status": "contact", "staff_notes": "Gebeld op dinsdag."},
    )
    assert response.status_code == 302
    mine.refresh_from_db()
    assert (mine.status, mine.staff_notes) == ("contact", "Gebeld op dinsdag.")


def test_every_view_of_another_desks_request_answers_404(client, desks):
    """Each URL of the viewset that takes a request's id: edit, inspect, delete, history, usage…"""
    from cms.desks.viewsets import advice_request_viewset

    theirs = make_request(desks["rijnmond"], "Rik Rijnmond")
    mine = make_request(desks["twente"], "Jan Twente")
    client.force_login(staff(desks["twente"], "loket-twente"))
    names = [
        pattern.name
        for pattern in advice_request_viewset.get_urlpatterns()
        if "<int:pk>" in str(pattern.pattern) or "<str:pk>" in str(pattern.pattern)
    ]
    assert {"edit", "inspect", "delete", "history", "usage"} <= set(names)
    for name in names:
        url = reverse(f"desks_advice_requests:{name}", args=[theirs.pk])
        response = client.get(url)
        assert response.status_code == 404, url
        assert "Rik Rijnmond" not in response.content.decode(), url
        own = client.get(reverse(f"desks_advice_requests:{name}", args=[mine.pk]))
        # Their own: open, except deleting, which only superusers may do.
        assert own.status_code == (302 if name == "delete" else 200), name


def test_site_history_lists_only_the_desks_own_requests(client, desks):
    from wagtail.log_actions import log

    theirs = make_request(desks["rijnmond"], "Rik Rijnmond")
    mine = make_request(desks["twente"], "Jan Twente")
    for advice in (theirs, mine):
        log(advice, "wagtail.edit")
    client.force_login(staff(desks["twente"], "loket-twente"))
    report = reverse("wagtailadmin_reports:site_history")
    for url in (
        report,
        reverse("wagtailadmin_reports:site_history_results"),
        f"{report}?export=csv",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        body = response_text(response)
        assert "Jan Twente" in body and "Rik Rijnmond" not in body, url
    xlsx = client.get(f"{report}?export=xlsx")
    assert b"Rik Rijnmond" not in b"".join(xlsx.streaming_content)
    # A superuser sees both.
    client.force_login(UserFactory(username="beheer", is_superuser=True))
    body = client.get(report).content.decode()
    assert "Jan Twente" in body and "Rik Rijnmond" in body


def test_editors_and_the_public_cannot_read_requests(client, desks, editor):
    advice = make_request(desks["twente"], "Jan Twente")
    url = reverse("desks_advice_requests:inspect", args=[advice.pk])
    assert client.get(url).status_code == 302  # to the login page
    client.force_login(editor)
    response = client.get(url)
    assert response.status_code in (302, 403, 404)
    assert "Jan Twente" not in response.content.decode()


def test_old_requests_are_purged(desks, settings):
    settings.ADVICE_REQUEST_RETENTION_DAYS = 180
    old, recent = make_request(desks["twente"], "Oud"), make_request(desks["twente"], "Nieuw")
    AdviceRequest.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=181)
    )
    AdviceRequest.objects.filter(pk=recent.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=179)
    )
    call_command("purge_advice_requests", "--dry-run")
    assert AdviceRequest.objects.count() == 2
    call_command("purge_advice_requests")
    assert list(AdviceRequest.objects.values_list("name", flat=True)) == ["Nieuw"]


def test_after_sending_the_visitor_stays_on_the_site_they_used(
    client, desks, django_capture_on_commit_callbacks
):
    from wagtail.models import Site

    Site.objects.create(hostname="twente.localhost", port=80, root_page=desks["twente"])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/nl/leerwerkloketten/twente/", VALID, HTTP_HOST="testserver")
    assert response["Location"] == "/nl/leerwerkloketten/twente/?aangevraagd=1#adviesgesprek"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/nl/", VALID, HTTP_HOST="twente.localhost")
    assert response["Location"] == "/nl/?aangevraagd=1#adviesgesprek"


def test_an_empty_request_links_each_error_to_its_field(client, desks):
    """The error summary's link for the radio group leads to its first option, not to '#'."""
    html = client.post(desks["twente"].url, {}).content.decode()
    assert 'href="#id_contact_preference_0"' in html
    assert_references_exist(html)


def test_only_requests_that_would_be_sent_count_towards_the_limit(client, desks):
    import datetime

    import time_machine
    from django.core.cache import cache

    cache.clear()
    url = desks["twente"].url
    with time_machine.travel(
        datetime.datetime(2026, 3, 2, 9, 0, 5, tzinfo=datetime.UTC), tick=False
    ):
        # Correcting a form, however often, is never held back.
        for _ in range(8):
            response = client.post(url, {**VALID, "email": "geen-adres"})
            assert "Vul een e-mailadres in zoals naam@voorbeeld.nl." in response_text(response)
        statuses = [client.post(url, VALID).status_code for _ in range(6)]
    assert statuses == [302] * 5 + [200]
    assert AdviceRequest.objects.count() == 5


def test_each_missing_answer_gets_its_own_message(client, desks):
    response = client.post(desks["twente"].url, {"consent": "on"})
    html = response_text(response)
    for message in (
        "Vul uw naam in.",
        "Vul uw e-mailadres in, zodat het loket u kan bereiken.",
        "Kies hoe u het gesprek wilt voeren.",
        "Vertel kort wat u wilt weten.",
    ):
        assert message in html
    assert "?:" not in html  # "Hoe wilt u het gesprek voeren?" needs no colon after it


def test_the_request_reads_in_dutch_time_and_in_the_staffs_words(client, desks):
    """Received at 23:30 UTC on 7 December is 00:30 on 8 December in the Netherlands: the
    inspect page, the title and the list agree. The labels are the staff's, not the form's."""
    advice = make_request(desks["twente"], "Jan Twente")
    late = datetime.datetime(2026, 12, 7, 23, 30, tzinfo=datetime.UTC)
    AdviceRequest.objects.filter(pk=advice.pk).update(created_at=late)
    advice.refresh_from_db()
    assert str(advice) == "Jan Twente (08-12-2026)"
    client.force_login(staff(desks["twente"], "loket-twente"))
    inspect = response_text(client.get(reverse("desks_advice_requests:inspect", args=[advice.pk])))
    assert "8 december 2026 00:30" in inspect and "23:30" not in inspect
    assert "Nederlands" in inspect
    edit = client.get(reverse("desks_advice_requests:edit", args=[advice.pk])).content.decode()
    assert "Manier van contact" in edit and "Uw vraag" not in edit
    assert "gesprek voeren" not in edit


def test_the_dashboard_counts_only_the_desks_own_waiting_requests(client, desks, editor):
    make_request(desks["twente"], "Jan Twente")
    make_request(desks["twente"], "Els Twente")
    contacted = make_request(desks["twente"], "Piet Twente")
    AdviceRequest.objects.filter(pk=contacted.pk).update(status="contact")
    make_request(desks["rijnmond"], "Rik Rijnmond")  # another desk's: not counted
    client.force_login(staff(desks["twente"], "loket-twente"))
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    panel = html.split('id="advice-requests-section"', 1)[1].split("</section>", 1)[0]
    assert html.index("advice-requests-section") < html.index("editor-start-section")  # first
    assert "2 nieuwe aanvragen wachten op antwoord" in panel
    assert "1 aanvraag: contact opgenomen, nog niet afgehandeld" in panel
    assert "status=nieuw" in panel
    # Editors, who do not handle requests, get no such panel.
    client.force_login(editor)
    assert (
        "advice-requests-section" not in client.get(reverse("wagtailadmin_home")).content.decode()
    )
