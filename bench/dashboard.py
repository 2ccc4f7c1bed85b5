"""Benchmark: the progress monitor's render time and query count with 100,000 members.

Run by hand:  .venv/bin/python bench/dashboard.py [--members 100000] [--renders 30] [--rebuild]
Aims (issue 15): figures computed in p95 at most 300 ms on SQLite and 150 ms on PostgreSQL at
100,000 members, and at most 1.5 times their time at 10,000 (run it with --members 10000 too).

"computed" starts a new data version before each view, as a change does; the figures then come
from the tally (taalakkoord/monitor/tally.py) that the task worker makes after a change (here the
tasks run at once, before the view is timed), plus a few counts along an index. The time the
worker takes to make the tally is printed last.

The data (members over ten years, their yearly progress reports, the accounts behind them) goes
into its own SQLite file, var/bench-dashboard.sqlite3, built once and reused; --rebuild makes it
again. Set DATABASE_URL to measure on PostgreSQL instead (the database is emptied first).
"""

import argparse
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
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.utils import timezone  # noqa: E402

from bench import seed as one_seeder  # noqa: E402
from employers.models import Membership, Organisation  # noqa: E402
from taalakkoord.models import (  # noqa: E402
    Commitment,
    MemberNumberCounter,  # noqa: E402
    ProgressReport,
    TaalakkoordSettings,
)
from taalakkoord.monitor.cache import bump  # noqa: E402

URLS = {
    "dashboard": "/admin/taalakkoord/progress/",
    "dashboard, Twente": "/admin/taalakkoord/progress/?region=twente",
    "dashboard, this year": "/admin/taalakkoord/progress/?start={year}-01-01",
    "admin home (panel)": "/admin/",
}


def build(members, rng):
    """Members signed over ten years, with yearly reports and an account each; plus applications."""
    one_seeder.seed(members, prefix="bench", rng=rng, history=True, applications=members // 20)
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
        MemberNumberCounter.objects.filter(pk=1).update(last_number=0)
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
    from taalakkoord.monitor import tally

    started = time.perf_counter()
    tally.build(timezone.localdate())
    print(
        f"Tally made (in the task worker, after each change): {time.perf_counter() - started:.2f} s"
    )
    print("Aims: computed p95 at most 300 ms (SQLite) / 150 ms (PostgreSQL), 1.5x of 10,000's.")


if __name__ == "__main__":
    main()
