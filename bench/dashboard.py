"""Benchmark: the progress monitor's render time and query count with 100,000 members.

Run by hand:  .venv/bin/python bench/dashboard.py [--members 100000] [--renders 30] [--rebuild]
Aim (issue 5): p95 at most 300 ms on a 2-core machine.

The data (members over ten years, their yearly progress reports, the accounts behind them) goes
into its own SQLite file, var/bench-dashboard.sqlite3, built once and reused; --rebuild makes it
again. Set DATABASE_URL to measure on PostgreSQL instead (the database is emptied first).
"""

import argparse
import datetime
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
os.environ.setdefault("DATABASE_URL", f"sqlite:///{ROOT / 'var' / 'bench-dashboard.sqlite3'}")
os.environ.setdefault("DEBUG", "false")  # no query log growing during the runs

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.auth.hashers import make_password  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.utils import timezone  # noqa: E402

from cms.core.models import Region  # noqa: E402
from employers.models import Membership, Organisation, OrganisationKind, Sector, SizeBand  # noqa: E402
from taalakkoord.models import Activity, Commitment, ProgressReport, TaalakkoordSettings  # noqa: E402
from taalakkoord.monitor.cache import bump  # noqa: E402
from taalakkoord.reporting import add_years  # noqa: E402

BATCH = 5000
UNUSABLE = make_password(None)
URLS = {
    "dashboard": "/admin/taalakkoord/progress/",
    "dashboard, Twente": "/admin/taalakkoord/progress/?region=twente",
    "dashboard, this year": "/admin/taalakkoord/progress/?start={year}-01-01",
    "admin home (panel)": "/admin/",
}


def aware(day, rng):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(rng.randint(8, 17))))


def build(members, rng):
    """Members signed over ten years, with yearly reports and an account each; plus applications."""
    today = timezone.localdate()
    first = today - datetime.timedelta(days=3650)
    regions = list(Region.objects.values_list("pk", flat=True))
    kinds, sectors, sizes = (
        list(OrganisationKind.values),
        list(Sector.values),
        list(SizeBand.values),
    )
    applications = members // 20
    total = members + applications
    organisations = [
        Organisation(
            name=f"Bench organisatie {index}",
            slug=f"bench-organisatie-{index}",
            kvk_number=f"{20_000_000 + index:08d}",
            kind=kinds[index % 23 == 0 and 1 or index % 41 == 0 and 2 or 0],
            sector=rng.choice(sectors),
            size_band=rng.choice(sizes),
            region_id=rng.choice(regions),
            place="Bench",
        )
        for index in range(total)
    ]
    Organisation.objects.bulk_create(organisations, batch_size=BATCH)
    organisation_ids = list(
        Organisation.objects.filter(slug__startswith="bench-")
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    # Dates from the data, not from "now": switch the automatic timestamps off while building.
    fields = [
        Commitment._meta.get_field("created_at"),
        ProgressReport._meta.get_field("submitted_at"),
    ]
    for field in fields:
        field.auto_now_add = False
    commitments, reports_due = [], []
    for number, organisation_id in enumerate(organisation_ids, start=1):
        is_member = number <= members
        signed = (
            first + datetime.timedelta(days=int(3650 * rng.random() ** 0.7)) if is_member else None
        )
        started = (signed or today) - datetime.timedelta(days=rng.randint(5, 60))
        roll = rng.random()
        activity = (
            Activity.INACTIVE
            if roll < 0.05
            else Activity.OVERDUE
            if roll < 0.12
            else Activity.ACTIVE
        )
        due = None
        if signed:
            due = add_years(signed, 1)
            while due < today and activity == Activity.ACTIVE:
                due = add_years(due, 1)
        commitments.append(
            Commitment(
                organisation_id=organisation_id,
                status="approved" if is_member else rng.choice(["draft", "submitted", "rejected"]),
                activity=activity,
                signed_on=signed,
                member_number=number if is_member else None,
                next_report_due=due,
                employees_total=120,
                employees_in_scope=rng.randint(5, 60),
                employees_to_reach=rng.randint(2, 30),
                created_at=aware(started, rng),
                submitted_at=aware(started + datetime.timedelta(days=3), rng)
                if roll > 0.2 or signed
                else None,
                declaration_accepted=True,
            )
        )
        if signed:
            reports_due.append((number, signed, due))
    Commitment.objects.bulk_create(commitments, batch_size=BATCH)
    ids = dict(
        Commitment.objects.filter(member_number__isnull=False).values_list("member_number", "pk")
    )
    batch = []
    for number, signed, due in reports_due:
        report_due = add_years(signed, 1)
        while report_due < (due or today) and report_due <= today:
            batch.append(
                ProgressReport(
                    commitment_id=ids[number],
                    due_date=report_due,
                    employees_reached=rng.randint(0, 20),
                    submitted_at=aware(
                        report_due - datetime.timedelta(days=rng.randint(0, 40)), rng
                    ),
                )
            )
            report_due = add_years(report_due, 1)
        if len(batch) >= BATCH:
            ProgressReport.objects.bulk_create(batch)
            batch = []
    ProgressReport.objects.bulk_create(batch)
    for field in fields:
        field.auto_now_add = True
    User = get_user_model()
    User.objects.bulk_create(
        (
            User(
                username=f"bench-{pk}",
                email=f"bench-{pk}@bench.example",
                password=UNUSABLE,
                date_joined=commitment.created_at,
            )
            for pk, commitment in zip(organisation_ids, commitments, strict=True)
        ),
        batch_size=BATCH,
    )
    users = dict(User.objects.filter(username__startswith="bench-").values_list("username", "pk"))
    Membership.objects.bulk_create(
        (
            Membership(user_id=users[f"bench-{pk}"], organisation_id=pk, role="admin")
            for pk in organisation_ids
        ),
        batch_size=BATCH,
    )
    settings = TaalakkoordSettings.load()
    settings.target = int(members * 1.2)
    settings.save()


def prepare(members, rebuild):
    call_command("migrate", verbosity=0, interactive=False)
    have = Commitment.objects.filter(member_number__isnull=False).count()
    if have == members and not rebuild:
        print(f"Reusing {have:,} members in {connection.settings_dict['NAME']}")
        return
    print(f"Building {members:,} members with ten years of history …", flush=True)
    started = time.perf_counter()
    with transaction.atomic():
        ProgressReport.objects.all().delete()
        Commitment.objects.all().delete()
        Membership.objects.all().delete()
        Organisation.objects.all().delete()
        get_user_model().objects.filter(username__startswith="bench-").delete()
        build(members, random.Random(2015))
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")  # fresh planner statistics, as autovacuum would give
    print(
        f"Built in {time.perf_counter() - started:.0f} s: {ProgressReport.objects.count():,} reports"
    )


def check(response, url):
    if response.status_code != 200:
        raise SystemExit(f"{url} answered {response.status_code}")


def render(client, url, cold):
    """One request: (milliseconds, queries). Cold: the figures are computed, not cached."""
    queries = []

    def count(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    if cold:
        bump()
    with connection.execute_wrapper(count):
        started = time.perf_counter()
        response = client.get(url)
        elapsed = (time.perf_counter() - started) * 1000
    check(response, url)
    return elapsed, len(queries)


def measure(client, url, renders, cold):
    render(client, url, cold)  # warm up templates and connections
    runs = [render(client, url, cold) for _ in range(renders)]
    timings = sorted(ms for ms, _queries in runs)
    p95 = timings[max(0, round(0.95 * len(timings)) - 1)]
    return statistics.median(timings), p95, runs[-1][1]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument("--renders", type=int, default=30)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    (ROOT / "var").mkdir(exist_ok=True)
    prepare(args.members, args.rebuild)
    admin, _created = get_user_model().objects.get_or_create(
        username="bench-admin", defaults={"is_superuser": True, "is_staff": True}
    )
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(admin)
    print(f"{'view':<24} {'figures':<10} {'p50 ms':>8} {'p95 ms':>8} {'queries':>8}")
    year = timezone.localdate().year
    for label, url in URLS.items():
        for cold in (True, False):
            p50, p95, count = measure(client, url.format(year=year), args.renders, cold)
            state = "computed" if cold else "cached"
            print(f"{label:<24} {state:<10} {p50:8.0f} {p95:8.0f} {count:8d}")
    print("Aim: p95 at most 300 ms for the dashboard.")


if __name__ == "__main__":
    main()
