"""Benchmark: every public page type, p50/p95 milliseconds and queries, on the demo data and on
ten times as much, with the growth between the two.

Run by hand:  .venv/bin/python bench/pages.py [--runs 200] [--rebuild]

Two SQLite files in var/: bench-pages-1x.sqlite3 (the demo content, `load_demo_content`) and
bench-pages-10x.sqlite3 (the demo content plus nine times as many news items, good practices,
vacancies, ambassadors and members, made with the project's factories and bench/seed.py). They
are built once and reused; --rebuild makes them again. Each database is measured in its own
interpreter, in-process with Django's test client, DEBUG off, the page cache off (so every page
is rendered), rounds interleaved page by page. The page frame and the kept page parts
(cms/core/layout.py, {% kept %}) stay on, as in production; the columns "after a change" measure
the first view after a new data version (something published or saved), when the frame, the
route and the kept parts are all made afresh.

The side-by-side comparison with wagtail/bakerydemo is in bench/README.md.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
VAR = ROOT / "var"
SCALES = {"1x": 1, "10x": 10}


def database(scale):
    return VAR / f"bench-pages-{scale}.sqlite3"


def setup_django(scale):
    sys.path.insert(0, str(ROOT))
    os.environ["DJANGO_SETTINGS_MODULE"] = "cms.settings.dev"
    os.environ["DATABASE_URL"] = f"sqlite:///{database(scale)}"
    os.environ["DEBUG"] = "false"
    os.environ["PAGE_CACHE_SECONDS"] = "0"
    import django
    from django.conf import settings

    django.setup()
    settings.ALLOWED_HOSTS = ["*"]


def build(scale):
    """The demo content, and for 10x nine times more of what lists grow with."""
    import random

    from django.core.management import call_command
    from django.db import transaction

    from ambassadors.factories import AmbassadorFactory
    from bench.seed import seed
    from cms.core.models import Region
    from cms.goodpractices.factories import GoodPracticePageFactory
    from cms.goodpractices.models import GoodPracticeIndexPage, GoodPracticePage
    from cms.news.factories import NewsPageFactory
    from cms.news.models import NewsIndexPage, NewsPage
    from cms.vacancies.factories import VacancyPageFactory
    from cms.vacancies.models import VacancyIndexPage, VacancyPage
    from taalakkoord.models import Commitment

    call_command("migrate", verbosity=0, interactive=False)
    call_command("load_demo_content", verbosity=0, allow_production=True)
    extra = SCALES[scale] - 1
    if not extra:
        return
    rng = random.Random(10)
    regions = list(Region.objects.all())
    nl = {"locale__language_code": "nl"}
    news_index = NewsIndexPage.objects.filter(**nl).order_by("depth").first()
    practice_index = GoodPracticeIndexPage.objects.filter(**nl).order_by("depth").first()
    vacancy_index = VacancyIndexPage.objects.filter(**nl).first()
    plans = [
        (NewsPageFactory, news_index, NewsPage.objects.filter(**nl).count(), {}),
        (
            GoodPracticePageFactory,
            practice_index,
            GoodPracticePage.objects.filter(**nl).count(),
            {},
        ),
        (VacancyPageFactory, vacancy_index, VacancyPage.objects.filter(**nl).count(), {}),
    ]
    for factory, parent, count, fields in plans:
        for number in range(count * extra):
            if factory is not NewsPageFactory:
                fields = {"region": rng.choice(regions)}
            factory(parent=parent, title=f"{factory.__name__[:-7]} {number}", **fields)
    for number in range(12 * extra):
        AmbassadorFactory(name=f"Ambassadeur {number}", region=rng.choice(regions))
    with transaction.atomic():
        seed(Commitment.objects.public().count() * extra, prefix="tenfold", rng=rng)


def paths():
    """One page of each public type in Dutch, the directory's member profile and a search."""
    from wagtail.models import Page, get_page_models

    from taalakkoord.models import MemberDirectoryPage

    found = {}
    for model in get_page_models():
        if model is Page:
            continue
        page = model.objects.live().filter(locale__language_code="nl").order_by("path").first()
        if page is not None:
            found[model.__name__] = page.url
    directory = MemberDirectoryPage.objects.filter(locale__language_code="nl").first()
    member = directory.members().first()
    found["member profile"] = directory.url + f"{member.organisation.slug}/"
    found["directory page 2"] = directory.url + "?page=2"
    found["search"] = "/nl/zoeken/?q=taal+werkvloer"
    return found


def worker(scale, runs, rebuild, only):
    if rebuild and database(scale).exists():
        database(scale).unlink()
    fresh = not database(scale).exists()
    setup_django(scale)
    if fresh:
        build(scale)
    from django.db import connection
    from django.test import Client

    client = Client(HTTP_HOST="127.0.0.1")
    targets = only or paths()
    queries = []

    def count(execute, sql, params, many, context):
        queries.append(1)
        return execute(sql, params, many, context)

    from cms.core.cacheversion import bump
    from cms.core.pagecache import VERSION

    timings = {label: [] for label in targets}
    counts = {}
    fresh_timings = {label: [] for label in targets}
    fresh_counts = {}

    def get(address):
        # A page on another site (a desk's own host) is asked for with that host.
        parts = urlsplit(address)
        if parts.netloc:
            return client.get(
                parts.path + (f"?{parts.query}" if parts.query else ""), HTTP_HOST=parts.netloc
            )
        return client.get(address)

    for label, path in targets.items():  # warm up: templates, renditions, the page frame
        for _ in range(5):
            response = get(path)
            if response.status_code != 200:
                raise SystemExit(f"{label} {path} answered {response.status_code}")

    def measure(label, path, times, query_counts):
        queries.clear()
        with connection.execute_wrapper(count):
            started = time.perf_counter()
            get(path)
            times[label].append((time.perf_counter() - started) * 1000)
        query_counts[label] = len(queries)

    rounds = 4
    for _ in range(rounds):
        for label, path in targets.items():
            for _ in range(max(1, runs // rounds)):
                measure(label, path, timings, counts)
            for _ in range(max(1, runs // rounds // 10)):  # the first view after a change
                bump(VERSION)
                measure(label, path, fresh_timings, fresh_counts)
    result = {}
    for label, values in timings.items():
        values.sort()
        p95 = values[max(0, round(0.95 * len(values)) - 1)]
        result[label] = {
            "path": targets[label],
            "p50": statistics.median(values),
            "p95": p95,
            "queries": counts[label],
            "fresh_p50": statistics.median(fresh_timings[label]),
            "fresh_queries": fresh_counts[label],
        }
    print(json.dumps({"scale": scale, "paths": targets, "result": result}))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--worker", choices=SCALES, help=argparse.SUPPRESS)
    parser.add_argument("--paths", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.runs, args.rebuild, json.loads(args.paths) if args.paths else None)
        return
    VAR.mkdir(exist_ok=True)
    results, paths_seen = {}, None
    for scale in SCALES:
        command = [sys.executable, __file__, "--worker", scale, "--runs", str(args.runs)]
        if args.rebuild:
            command.append("--rebuild")
        if paths_seen:
            command += ["--paths", json.dumps(paths_seen)]
        print(f"Measuring {scale} …", file=sys.stderr, flush=True)
        output = subprocess.run(command, stdout=subprocess.PIPE, text=True, cwd=ROOT)  # noqa: S603
        if output.returncode:
            raise SystemExit(f"The {scale} measurement failed (its error is above).")
        data = json.loads(output.stdout.strip().splitlines()[-1])
        paths_seen = paths_seen or data["paths"]
        results[scale] = data["result"]
    print(f"{'':<28} {'views after the first':^39}   {'after a change (p50, q)':^23}")
    print(
        f"{'page':<28} {'1x p50':>7} {'p95':>6} {'q':>3}   {'10x p50':>7} {'p95':>6} {'q':>3}"
        f"   {'1x':>10}   {'10x':>10}"
    )
    for label in paths_seen:
        one, ten = results["1x"][label], results["10x"][label]
        print(
            f"{label:<28} {one['p50']:7.1f} {one['p95']:6.1f} {one['queries']:3d}   "
            f"{ten['p50']:7.1f} {ten['p95']:6.1f} {ten['queries']:3d}   "
            f"{one['fresh_p50']:6.1f} {one['fresh_queries']:3d}   "
            f"{ten['fresh_p50']:6.1f} {ten['fresh_queries']:3d}"
        )
    print(
        "Aim: at most 12 ms p50 and 10 queries per page; the same queries at 10x (no N+1, also "
        "after a change)."
    )


if __name__ == "__main__":
    main()
