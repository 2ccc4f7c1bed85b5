"""Demo content for the Taalakkoord: the Menukaart, the declaration, ~180 members.

Names are made up from common Dutch parts; dates run from the 29 koplopers of
27 January 2015 to today, so the counter and directory look like the real thing.
"""

import datetime
import random

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Locale

from cms.core.demo.pagetools import ensure_translation
from cms.core.models import Region
from employers.models import Organisation, OrganisationKind, SizeBand

from ..models import (
    Activity,
    Commitment,
    CommitmentStatus,
    Declaration,
    Measure,
    MemberNumberCounter,
    ProgressReport,
    StatusChange,
    TaalakkoordSettings,
)
from ..reporting import add_years
from .texts import (  # noqa: F401 -- PLACES is read by tests too
    BRANCHES,
    DECLARATION,
    FIRST_NAMES,
    MEASURES,
    NAME_PARTS,
    NAMES,
    PLACES,
    SIGNATORY_ROLES,
    STORIES,
    UMBRELLA_INVITED,
    UMBRELLA_NOT_INVITED,
)


def _unique_name(rng, kind, prefix, place, used):
    """A demo name not used before: two members called the same would confuse the directory."""
    for _attempt in range(20):
        if kind == OrganisationKind.EMPLOYER:
            name = f"{prefix} {rng.choice(NAMES)}"
        else:
            area = rng.choice(["Noord", "Zuid", "Oost", "West", "Nederland"])
            name = f"{prefix} {rng.choice(BRANCHES)} {area}"
        if name not in used:
            break
    else:
        name = f"{name} {place}"
    used.add(name)
    return name


KOPLOPER_DATE = datetime.date(2015, 1, 27)
MEMBER_COUNT = 180


def _measures():
    nl = Locale.objects.get(language_code="nl")
    en = Locale.objects.get(language_code="en")
    measures = []
    for order, (name_nl, name_en) in enumerate(MEASURES):
        measure, _created = Measure.objects.get_or_create(
            name=name_nl, locale=nl, defaults={"sort_order": order}
        )
        ensure_translation(measure, en, name=name_en)
        measures.append(measure)
    return measures


def _declarations():
    for code, (title, core, body) in DECLARATION.items():
        locale = Locale.objects.get(language_code=code)
        dutch = Declaration.objects.filter(locale__language_code="nl").first()
        if Declaration.objects.filter(locale=locale).exists():
            continue
        if dutch and code != "nl":
            ensure_translation(dutch, locale, title=title, core_sentence=core, body=body)
        else:
            Declaration.objects.create(locale=locale, title=title, core_sentence=core, body=body)


def _decided_at(submitted, signed_on):
    """When the national team decided: on the day of signing, or a week after submitting."""
    if signed_on:
        moment = datetime.datetime.combine(signed_on, datetime.time(10, 30))
        return max(timezone.make_aware(moment), submitted)
    return submitted + datetime.timedelta(days=7)


def _signing_dates(rng, count):
    """29 koplopers on 27 January 2015, then batches at regional events until today."""
    dates = [KOPLOPER_DATE] * 29
    today = timezone.localdate()
    span = (today - KOPLOPER_DATE).days
    while len(dates) < count:
        # More members sign in recent years, as the desks grow.
        event = KOPLOPER_DATE + datetime.timedelta(days=int(span * rng.random() ** 0.8))
        dates.extend([event] * rng.randint(1, 6))
    return sorted(dates[:count])


SIGNED = (CommitmentStatus.APPROVED, CommitmentStatus.WITHDRAWN)


def _moment(day, rng):
    """A time during office hours on `day`."""
    return timezone.make_aware(
        datetime.datetime.combine(day, datetime.time(rng.randint(8, 17), rng.randint(0, 59)))
    )


def _timeline(rng, status, signed_on):
    """When the wizard was started and the application submitted, before any signing."""
    today = timezone.localdate()
    if signed_on:
        submitted = signed_on - datetime.timedelta(days=rng.randint(3, 40))
    elif status == CommitmentStatus.SUBMITTED:
        submitted = today - datetime.timedelta(days=rng.randint(1, 45))
    elif status == CommitmentStatus.REJECTED:
        submitted = today - datetime.timedelta(days=rng.randint(60, 400))
    else:
        submitted = None
    started = (submitted or today) - datetime.timedelta(days=rng.randint(0, 50))
    return _moment(started, rng), _moment(submitted, rng) if submitted else None


def _accounts(rng, started):
    """An account for each organisation's contact person, made when the wizard was started,
    and a few accounts of people who never started the wizard."""
    from django.contrib.auth import get_user_model

    from employers.models import Membership, Role

    User = get_user_model()
    users = [
        User(
            username=f"contact-{organisation.slug}"[:150],
            email=f"contact@{organisation.slug}.example",
            first_name="Contactpersoon",
            last_name=organisation.name[:150],
            date_joined=moment - datetime.timedelta(minutes=rng.randint(5, 90)),
        )
        for organisation, moment in started
    ]
    today = timezone.localdate()
    users += [
        User(
            username=f"aanmelder-{index}",
            email=f"aanmelder-{index}@voorbeeld.example",
            date_joined=_moment(today - datetime.timedelta(days=rng.randint(0, 700)), rng),
        )
        for index in range(40)
    ]
    for user in users:
        user.set_unusable_password()
    User.objects.bulk_create(users)
    by_username = dict(
        User.objects.filter(username__startswith="contact-").values_list("username", "pk")
    )
    Membership.objects.bulk_create(
        Membership(
            user_id=by_username[f"contact-{organisation.slug}"[:150]],
            organisation=organisation,
            role=Role.ADMIN,
        )
        for organisation, _moment_ in started
    )


def _report_schedule(rng, status, signed_on):
    """Most members report on time; some are overdue, a few have become inactive."""
    if status != CommitmentStatus.APPROVED:
        return {}
    today = timezone.localdate()
    roll = rng.random()
    if roll < 0.05:
        due = today - datetime.timedelta(days=rng.randint(95, 300))
        return {
            "activity": Activity.INACTIVE,
            "next_report_due": due,
            "lapsed_on": due + datetime.timedelta(days=settings.TAALAKKOORD_INACTIVE_AFTER_DAYS),
        }
    if roll < 0.12:
        return {
            "activity": Activity.OVERDUE,
            "next_report_due": today - datetime.timedelta(days=rng.randint(31, 80)),
        }
    due = signed_on
    while due < today:
        due = add_years(due, 1)
    return {"activity": Activity.ACTIVE, "next_report_due": due}


def _reports(rng, commitment, measures):
    """A report for each year the member has already been through."""
    if commitment.status != CommitmentStatus.APPROVED:
        return
    due = add_years(commitment.signed_on, 1)
    while due < commitment.next_report_due:
        report = ProgressReport.objects.create(
            commitment=commitment,
            due_date=due,
            employees_reached=rng.randint(1, max(1, commitment.employees_to_reach)),
            story=rng.choice(STORIES),
            story_public=rng.random() > 0.3,
        )
        report.measures_done.set(rng.sample(measures, 2))
        sent = min(due - datetime.timedelta(days=rng.randint(0, 40)), timezone.localdate())
        ProgressReport.objects.filter(pk=report.pk).update(submitted_at=_moment(sent, rng))
        due = add_years(due, 1)


def _stories(rng):
    """Stories from the latest public reports: most published (one on the home page), two
    waiting for the team."""
    from taalakkoord.models import Story

    reports = (
        ProgressReport.objects.filter(
            story_public=True,
            commitment__status=CommitmentStatus.APPROVED,
            commitment__activity=Activity.ACTIVE,
            commitment__consent_publish=True,
        )
        .exclude(story="")
        .select_related("commitment")
        .order_by("-submitted_at")
    )
    seen, chosen = set(), []
    for report in reports:
        if report.commitment_id not in seen and len(chosen) < 6:
            seen.add(report.commitment_id)
            chosen.append(report)
    for index, report in enumerate(chosen):
        decided = index < 4
        story = Story.objects.create(
            report=report,
            commitment=report.commitment,
            text=report.story,
            approved=True if decided else None,
            featured=index == 0,
        )
        # Sent with its report, decided a few days later (never in the future).
        sent = report.submitted_at
        Story.objects.filter(pk=story.pk).update(
            created_at=sent,
            decided_at=min(timezone.now(), sent + datetime.timedelta(days=rng.randint(2, 14)))
            if decided
            else None,
        )


def _umbrella_links(rng):
    """One branch organisation that invited its member companies: five signed up through it,
    two invitations are still open and one company is not invited yet."""
    from ..models import MemberInvitation

    umbrella = (
        Organisation.objects.filter(
            kind__in=[OrganisationKind.BRANCH, OrganisationKind.UMBRELLA],
            commitment__status=CommitmentStatus.APPROVED,
            commitment__activity=Activity.ACTIVE,
            commitment__consent_publish=True,
        )
        .order_by("commitment__member_number")
        .select_related("commitment")
        .first()
    )
    if umbrella is None:
        return
    joined = Organisation.objects.filter(
        kind=OrganisationKind.EMPLOYER,
        commitment__status=CommitmentStatus.APPROVED,
        commitment__signed_on__gt=umbrella.commitment.signed_on,
    ).select_related("commitment")[:5]
    for company in joined:
        sent = _moment(company.commitment.signed_on - datetime.timedelta(days=40), rng)
        MemberInvitation.objects.create(
            umbrella=umbrella,
            company_name=company.name,
            email=f"info@{slugify(company.name).replace('-', '')}.example",
            sent_at=sent,
            organisation=company,
        )
        Organisation.objects.filter(pk=company.pk).update(via=umbrella)
    for name in UMBRELLA_INVITED:
        MemberInvitation.objects.create(
            umbrella=umbrella,
            company_name=name,
            email=f"personeelszaken@{slugify(name).replace('-', '')}.example",
            sent_at=timezone.now() - datetime.timedelta(days=rng.randint(3, 20)),
        )
    MemberInvitation.objects.create(umbrella=umbrella, company_name=UMBRELLA_NOT_INVITED)


def _work_in_hand():
    """The team's moderator handles the three applications that wait longest, with a note."""
    from django.contrib.auth import get_user_model

    from employers.models import OrganisationNote

    moderator = get_user_model().objects.filter(username="moderator").first()
    if moderator is None:
        return
    waiting = Commitment.objects.filter(status=CommitmentStatus.SUBMITTED).order_by("submitted_at")
    for commitment in waiting[:3]:
        Commitment.objects.filter(pk=commitment.pk).update(assigned_to=moderator)
    first = waiting.select_related("organisation").first()
    if first:
        OrganisationNote.objects.create(
            organisation=first.organisation,
            author=moderator,
            text="Gebeld met de contactpersoon: het plan van aanpak volgt deze week.",
        )


def _signature(seed):
    """A made-up handwritten signature, drawn here (never a real person's)."""
    import io

    from django.core.files.images import ImageFile
    from PIL import Image, ImageDraw
    from wagtail.images import get_image_model

    title = f"Handtekening {seed}"
    Image_ = get_image_model()
    existing = Image_.objects.filter(title=title).first()
    if existing:
        return existing
    rng = random.Random(seed)
    canvas = Image.new("RGBA", (600, 160), (255, 255, 255, 0))
    draw = ImageDraw.Draw(canvas)
    points = [(20 + i * 14, 80 + rng.randint(-45, 45)) for i in range(40)]
    draw.line(points, fill=(11, 49, 87, 255), width=5, joint="curve")
    buffer = io.BytesIO()
    canvas.save(buffer, format="PNG")
    image = Image_(title=title)
    image.file = ImageFile(io.BytesIO(buffer.getvalue()), name=f"handtekening-{seed}.png")
    image.save()
    return image


def _certificate_settings():
    settings = TaalakkoordSettings.load()
    if not settings.signatory_1_name:
        settings.signatory_1_name, settings.signatory_1_role = (
            "Marloes de Boer",
            "Landelijk manager Leerwerkloketten",
        )
        settings.signatory_1_signature = _signature("landelijk-manager")
        settings.signatory_2_name, settings.signatory_2_role = (
            "Ahmet Yilmaz",
            "Voorzitter landelijke stuurgroep",
        )
        settings.signatory_2_signature = _signature("voorzitter")
        settings.save()


@transaction.atomic
def build(log=print):
    """Create the Menukaart, the declaration and the demo members, unless they exist."""
    measures = _measures()
    _declarations()
    _certificate_settings()
    if Commitment.objects.exists():
        return
    rng = random.Random(2015)
    regions = list(Region.objects.all())
    statuses = (
        [CommitmentStatus.APPROVED] * 150
        + [CommitmentStatus.SUBMITTED] * 12
        + [CommitmentStatus.DRAFT] * 8
        + [CommitmentStatus.REJECTED] * 5
        + [CommitmentStatus.WITHDRAWN] * 5
    )
    rng.shuffle(statuses)  # withdrawn and rejected organisations among the others
    signing = [status in SIGNED for status in statuses]
    approved_dates = iter(_signing_dates(rng, sum(signing)))
    number = 0
    accounts = []
    used_names = set()
    for index, status in enumerate(statuses):
        kind = (
            OrganisationKind.BRANCH
            if index % 23 == 5
            else OrganisationKind.UMBRELLA
            if index % 41 == 7
            else OrganisationKind.EMPLOYER
        )
        prefix, sector = rng.choice(NAME_PARTS[kind])
        region = rng.choice(regions)
        place = PLACES.get(region.slug, region.name)
        name = _unique_name(rng, kind, prefix, place, used_names)
        organisation = Organisation.objects.create(
            name=name,
            kvk_number=f"{40_000_000 + index * 7919:08d}",
            kind=kind,
            sector=sector,
            size_band=rng.choice(list(SizeBand)),
            region=region,
            place=place,
            website=f"https://www.{slugify(name).replace('-', '')}.example",
            description=rng.choice(
                [
                    "Wij bieden taallessen in werktijd en werken met taalmaatjes op de werkvloer.",
                    "Onze leidinggevenden leren laaggeletterdheid herkennen en bespreekbaar maken.",
                    "Samen met het Leerwerkloket bieden wij medewerkers een taaltraject op maat.",
                    "Werkinstructies schrijven wij in eenvoudige taal, met pictogrammen erbij.",
                ]
            ),
        )
        signed_on = (
            next(approved_dates)
            if status in (CommitmentStatus.APPROVED, CommitmentStatus.WITHDRAWN)
            else None
        )
        total = rng.choice([12, 35, 80, 150, 420, 1200])
        commitment = Commitment.objects.create(
            organisation=organisation,
            status=status,
            employees_total=total,
            employees_in_scope=max(1, total // rng.randint(3, 8)),
            employees_to_reach=max(1, total // 10),
            reach_by=(signed_on or timezone.localdate()) + datetime.timedelta(days=730),
            plan_text="Wij starten met een taalscreening. Daarna bieden wij lessen op de werkvloer aan.",
            declaration_accepted=status != CommitmentStatus.DRAFT,
            consent_publish=rng.random() > 0.08,
            signatory_name=f"{rng.choice(FIRST_NAMES)} {rng.choice(NAMES)}",
            signatory_role=rng.choice(SIGNATORY_ROLES),
            signed_on=signed_on,
            **_report_schedule(rng, status, signed_on),
            rejection_reason="Het plan van aanpak is nog te algemeen."
            if status == CommitmentStatus.REJECTED
            else "",
        )
        started, submitted = _timeline(rng, status, signed_on)
        Commitment.objects.filter(pk=commitment.pk).update(
            created_at=started, submitted_at=submitted
        )
        accounts.append((organisation, started))
        commitment.measures.set(rng.sample(measures, rng.randint(2, 5)))
        _reports(rng, commitment, measures)
        if signed_on:
            number += 1
            commitment.member_number = number
            commitment.save(update_fields=["member_number"])
        if status == CommitmentStatus.WITHDRAWN:
            # Left some time after signing; the public profile says since when.
            commitment.lapsed_on = min(
                timezone.localdate(), signed_on + datetime.timedelta(days=rng.randint(200, 900))
            )
            commitment.save(update_fields=["lapsed_on"])
        # The history carries the moments of the timeline, not the moment the demo ran.
        if status != CommitmentStatus.DRAFT:
            change = StatusChange.objects.create(
                commitment=commitment,
                from_status=CommitmentStatus.DRAFT,
                to_status=CommitmentStatus.SUBMITTED,
            )
            if submitted:
                StatusChange.objects.filter(pk=change.pk).update(created_at=submitted)
        if status not in (CommitmentStatus.DRAFT, CommitmentStatus.SUBMITTED):
            change = StatusChange.objects.create(
                commitment=commitment, from_status=CommitmentStatus.SUBMITTED, to_status=status
            )
            if submitted:
                decided = _decided_at(submitted, signed_on)
                StatusChange.objects.filter(pk=change.pk).update(created_at=decided)
    MemberNumberCounter.objects.filter(pk=1).update(last_number=number)
    _accounts(rng, accounts)
    _work_in_hand()
    _stories(rng)
    _umbrella_links(rng)
    log(f"Created {len(statuses)} Taalakkoord organisations ({number} with a member number).")
