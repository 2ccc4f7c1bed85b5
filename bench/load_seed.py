"""Seed the `make prod` stack for the load test: members up to --members, and the URLs to visit.

Run through the stack's environment:  bash scripts/prod.sh python bench/load_seed.py --members 10000
Writes var/bench-load-urls.json. Safe to run again: it only adds the members that are missing.
"""

import argparse
import json
import os
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.production")

import django  # noqa: E402

django.setup()

from django.db import transaction  # noqa: E402

from bench import seed as one_seeder  # noqa: E402
from cms.core.pagecache import purge  # noqa: E402
from cms.goodpractices.models import GoodPracticePage  # noqa: E402
from cms.news.models import NewsPage  # noqa: E402
from taalakkoord.models import Commitment, MemberDirectoryPage  # noqa: E402
from taalakkoord.monitor.cache import bump  # noqa: E402


def seed(members):
    """Add public members (signed today) until there are `members`; returns how many there are."""
    missing = members - Commitment.objects.public().count()
    if missing > 0:
        with transaction.atomic():
            one_seeder.seed(missing, prefix="load", rng=random.Random(300))
        bump()
        purge()
    return Commitment.objects.public().count()


def urls():
    def first(model):
        page = model.objects.live().filter(locale__language_code="nl").first()
        return page.get_url_parts()[2]

    return {
        "home": "/nl/",
        "news item": first(NewsPage),
        "good practice": first(GoodPracticePage),
        "directory page 10": first(MemberDirectoryPage) + "?page=10",
        "search": "/nl/zoeken/?q=taal+werkvloer",
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=10_000)
    args = parser.parse_args()
    count = seed(args.members)
    target = ROOT / "var" / "bench-load-urls.json"
    target.write_text(json.dumps(urls(), indent=2))
    print(f"{count:,} public members; URLs in {target.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
