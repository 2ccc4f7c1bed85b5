"""Benchmark: milliseconds per certificate and peak memory, in a warm process.

Run by hand:  .venv/bin/python bench/certificates.py [--renders 50]
Aim (issue 4): p95 at most 250 ms and at most 150 MiB on a 2-core machine.
It renders in memory only: no database is needed, nothing is stored.
"""

import argparse
import datetime
import os
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")

import django  # noqa: E402

django.setup()

from taalakkoord.certificates import render_pdf  # noqa: E402
from taalakkoord.models import Certificate, Declaration, TaalakkoordSettings  # noqa: E402

NAMES = [
    "Zorggroep Noorderhaven",
    "Schoonmaakbedrijf De Vries & Zonen B.V.",
    "Stichting " + "Taalvaardigheid " * 10 + "Nederland",
    "مؤسسة اللغة للجميع",
    "Ëlsa's Zorg & Welzijn – Coöperatie U.A.",
]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--renders", type=int, default=50)
    args = parser.parse_args()
    declaration = Declaration(
        title="Wij zetten in op taal",
        core_sentence="Wij zorgen ervoor dat onze medewerkers beter leren lezen, schrijven en spreken.",
    )
    settings = TaalakkoordSettings(
        signatory_1_name="Marloes de Boer",
        signatory_1_role="Landelijk manager",
        signatory_2_name="Ahmet Yilmaz",
        signatory_2_role="Voorzitter stuurgroep",
    )

    def certificate(number):
        return Certificate(
            code=f"BENC-H000-0000-{number:04d}",
            language="nl" if number % 2 else "en",
            organisation_name=NAMES[number % len(NAMES)],
            member_number=number,
            signed_on=datetime.date(2016, 9, 1),
        )

    baseline_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    for warm_up in range(3):
        render_pdf(certificate(warm_up), declaration, settings)
    timings = []
    for number in range(args.renders):
        start = time.perf_counter()
        render_pdf(certificate(number), declaration, settings)
        timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    p95 = timings[max(0, round(0.95 * len(timings)) - 1)]
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"certificates rendered: {len(timings)}")
    print(
        f"p50: {statistics.median(timings):.0f} ms   p95: {p95:.0f} ms   max: {timings[-1]:.0f} ms"
    )
    print(
        f"peak memory (max RSS): {peak_mib:.0f} MiB, of which {baseline_mib:.0f} MiB before the first render "
        f"(Django, Wagtail and the app loaded)"
    )


if __name__ == "__main__":
    main()
