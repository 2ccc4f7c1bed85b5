"""The benchmarks' one seeder (bench/seed.py): members built with the factories, member numbers
from the approvals' counter, so a real approval afterwards gets the next free number."""

import random

import pytest

from bench.seed import seed
from cms.core.factories import UserFactory
from taalakkoord.factories import CommitmentFactory
from taalakkoord.models import Commitment, MemberNumberCounter, ProgressReport
from taalakkoord.services import approve

pytestmark = pytest.mark.django_db


def test_seeded_members_take_their_numbers_from_the_counter_and_approval_goes_on():
    before = MemberNumberCounter.objects.get(pk=1).last_number
    seed(30, prefix="test", rng=random.Random(1))
    numbers = sorted(
        Commitment.objects.filter(member_number__isnull=False).values_list(
            "member_number", flat=True
        )
    )
    assert numbers == list(range(before + 1, before + 31))
    assert Commitment.objects.public().count() == 30
    application = CommitmentFactory(submitted=True)
    approve(application, UserFactory(is_superuser=True))
    application.refresh_from_db()
    assert application.member_number == before + 31  # no clash with the seeded numbers


def test_a_second_run_adds_members_and_history_brings_reports_and_accounts():
    seed(10, prefix="hist", rng=random.Random(2), history=True, applications=4)
    seed(5, prefix="hist", rng=random.Random(3), history=True)
    members = Commitment.objects.filter(member_number__isnull=False)
    assert members.count() == 15
    assert Commitment.objects.filter(member_number__isnull=True).count() == 4
    assert ProgressReport.objects.exists()
    assert all(c.organisation.memberships.exists() for c in members.select_related("organisation"))
