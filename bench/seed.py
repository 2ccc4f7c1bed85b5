"""The one seeder for benchmarks: many members, built with the project's factories.

Used by the load test (`bench/load_seed.py`: members who signed today) and the monitor benchmark
(`bench/dashboard.py`: ten years of members, applications, yearly progress reports and the
accounts behind them). Rows are made with the factories' `build()` (the same defaults as the
tests) and written with `bulk_create`, so 100,000 members take about a minute.

Member numbers come from the same counter as approvals (`services.reserve_member_numbers`), so
the next real approval on a seeded database gets the next free number.

Needs Django set up (the two scripts do that); call `seed()` inside a transaction.
"""

import datetime
import random

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.utils import timezone

from cms.core.models import Region
from employers.factories import MembershipFactory, OrganisationFactory
from employers.models import Organisation, OrganisationKind, Sector, SizeBand
from taalakkoord.factories import CommitmentFactory
from taalakkoord.models import Activity, Commitment, CommitmentStatus, ProgressReport
from taalakkoord.reporting import add_years
from taalakkoord.services import reserve_member_numbers

BATCH = 5000
PLACES = ["Enschede", "Rotterdam", "Tilburg", "Leeuwarden", "Zwolle", "Utrecht", "Groningen"]


def aware(day, rng):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(rng.randint(8, 17))))


def seed(members, *, prefix, rng=None, history=False, applications=0):
    """Add `members` approved, public members (and `applications` that are not members yet).

    With `history`, members signed over the last ten years, some are late with their report or
    inactive, every member has its yearly progress reports and an account. Without, they all
    signed today and are active. Slugs, KvK numbers and user names start from `prefix` and go on
    from what an earlier run made, so running it again adds members. Returns the commitments.
    """
    rng = rng or random.Random(2015)
    today = timezone.localdate()
    regions = list(Region.objects.all())
    start = Organisation.objects.filter(slug__startswith=f"{prefix}-").count()
    total = members + applications
    organisations = Organisation.objects.bulk_create(
        [
            OrganisationFactory.build(
                name=f"Leerbedrijf {prefix} {index:06d} {rng.choice(PLACES)}",
                slug=f"{prefix}-{index}",
                kvk_number=f"{kvk_base(prefix) + index:08d}",
                kind=OrganisationKind.EMPLOYER
                if index % 23
                else rng.choice([OrganisationKind.BRANCH, OrganisationKind.UMBRELLA]),
                sector=rng.choice(Sector.values),
                size_band=rng.choice(SizeBand.values),
                region=rng.choice(regions),
                place=rng.choice(PLACES),
            )
            for index in range(start, start + total)
        ],
        batch_size=BATCH,
    )
    numbers = iter(reserve_member_numbers(members))
    # Dates from the data, not from "now": switch the automatic timestamps off while building.
    stamped = [
        Commitment._meta.get_field("created_at"),
        ProgressReport._meta.get_field("submitted_at"),
    ]
    for field in stamped:
        field.auto_now_add = False
    try:
        commitments = [
            commitment(organisation, next(numbers) if index < members else None, history, rng)
            for index, organisation in enumerate(organisations)
        ]
        Commitment.objects.bulk_create(commitments, batch_size=BATCH)
        if history:
            ProgressReport.objects.bulk_create(reports(commitments, today, rng), batch_size=BATCH)
    finally:
        for field in stamped:
            field.auto_now_add = True
    if history:
        accounts(organisations, commitments, prefix)
    return commitments


def commitment(organisation, member_number, history, rng):
    today = timezone.localdate()
    member = member_number is not None
    if history and member:
        signed = today - datetime.timedelta(days=int(3650 * (1 - rng.random() ** 0.7)))
    else:
        signed = today if member else None
    roll = rng.random() if history else 1.0
    activity = (
        Activity.INACTIVE if roll < 0.05 else Activity.OVERDUE if roll < 0.12 else Activity.ACTIVE
    )
    due = None
    if signed:
        due = add_years(signed, 1)
        while history and due < today and activity == Activity.ACTIVE:
            due = add_years(due, 1)
    started = (signed or today) - datetime.timedelta(days=rng.randint(5, 60) if history else 0)
    status = CommitmentStatus.APPROVED if member else rng.choice(["draft", "submitted", "rejected"])
    return CommitmentFactory.build(
        organisation=organisation,
        status=status,
        activity=activity,
        signed_on=signed,
        member_number=member_number,
        next_report_due=due,
        employees_total=120,
        employees_in_scope=rng.randint(5, 60) if history else 30,
        employees_to_reach=rng.randint(2, 30) if history else 12,
        created_at=aware(started, rng),
        submitted_at=aware(started + datetime.timedelta(days=3), rng)
        if member or roll > 0.2
        else None,
    )


def reports(commitments, today, rng):
    """Each member's yearly progress reports, from a year after signing until today."""
    for item in commitments:
        if not item.signed_on:
            continue
        report_due = add_years(item.signed_on, 1)
        while report_due < (item.next_report_due or today) and report_due <= today:
            yield ProgressReport(
                commitment_id=item.pk,
                due_date=report_due,
                employees_reached=rng.randint(0, 20),
                submitted_at=aware(report_due - datetime.timedelta(days=rng.randint(0, 40)), rng),
            )
            report_due = add_years(report_due, 1)


def accounts(organisations, commitments, prefix):
    """An administrator's account for each organisation, made when the commitment started."""
    User = get_user_model()
    unusable = make_password(None)
    users = User.objects.bulk_create(
        [
            User(
                username=f"{prefix}-{organisation.pk}",
                email=f"{prefix}-{organisation.pk}@bench.example",
                password=unusable,
                date_joined=item.created_at,
            )
            for organisation, item in zip(organisations, commitments, strict=True)
        ],
        batch_size=BATCH,
    )
    if users and users[0].pk is None:  # databases that do not return keys from bulk_create
        by_name = dict(
            User.objects.filter(username__startswith=f"{prefix}-").values_list("username", "pk")
        )
        for user in users:
            user.pk = by_name[user.username]
    from employers.models import Membership

    Membership.objects.bulk_create(
        [
            MembershipFactory.build(user=user, organisation=organisation)
            for user, organisation in zip(users, organisations, strict=True)
        ],
        batch_size=BATCH,
    )


def kvk_base(prefix):
    """A block of made-up KvK numbers of its own for each prefix (no clash with real demo data)."""
    return 60_000_000 + (sum(map(ord, prefix)) % 30) * 1_000_000
