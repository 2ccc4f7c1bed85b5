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
from django.db.models import Max  # noqa: E402
from django.utils import timezone  # noqa: E402

from cms.core.models import Region  # noqa: E402
from cms.core.pagecache import purge  # noqa: E402
from cms.goodpractices.models import GoodPracticePage  # noqa: E402
from cms.news.models import NewsPage  # noqa: E402
from employers.models import Organisation, OrganisationKind, Sector, SizeBand  # noqa: E402
from taalakkoord.models import Commitment, MemberDirectoryPage  # noqa: E402
from taalakkoord.monitor.cache import bump  # noqa: E402

BATCH = 2000
PLACES = ["Enschede", "Rotterdam", "Tilburg", "Leeuwarden", "Zwolle", "Utrecht", "Groningen"]


def seed(members):
    have = Commitment.objects.public().count()
    missing = members - have
    if missing <= 0:
        return have
    rng = random.Random(300)
    regions = list(Region.objects.values_list("pk", flat=True))
    start = (Organisation.objects.filter(slug__startswith="load-").count()) + 1
    with transaction.atomic():
        organisations = Organisation.objects.bulk_create(
            [
                Organisation(
                    name=f"Leerbedrijf {index:05d} {rng.choice(PLACES)}",
                    slug=f"load-{index}",
                    kvk_number=f"{60_000_000 + index:08d}",
                    kind=OrganisationKind.EMPLOYER,
                    sector=rng.choice(list(Sector.values)),
                    size_band=rng.choice(list(SizeBand.values)),
                    region_id=rng.choice(regions),
                    place=rng.choice(PLACES),
                    description="Wij bieden taallessen in werktijd en werken met taalmaatjes.",
                )
                for index in range(start, start + missing)
            ],
            batch_size=BATCH,
        )
        number = (Commitment.objects.aggregate(Max("member_number"))["member_number__max"] or 0) + 1
        Commitment.objects.bulk_create(
            [
                Commitment(
                    organisation=organisation,
                    status="approved",
                    activity="active",
                    consent_publish=True,
                    declaration_accepted=True,
                    member_number=number + offset,
                    signed_on=timezone.localdate(),
                    employees_total=120,
                    employees_in_scope=30,
                    employees_to_reach=12,
                )
                for offset, organisation in enumerate(organisations)
            ],
            batch_size=BATCH,
        )
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
