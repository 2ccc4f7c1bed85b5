"""Benchmark: milliseconds per certificate and the peak memory of the process that renders it.

Run by hand:  .venv/bin/python bench/certificates.py [--renders 50]
Each PDF is made by its own short-lived process (taalakkoord/pdfrender.py, WeasyPrint without
Django), as in production; the time includes starting it. Aim: the rendering process at most
150 MiB at its peak; the process asking (here, as in the task worker) never loads WeasyPrint.
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

from taalakkoord.certificates import certificate_html  # noqa: E402
from taalakkoord.models import (  # noqa: E402
    Certificate,
    Commitment,
    Declaration,
    TaalakkoordSettings,
)
from taalakkoord.pdf import render  # noqa: E402

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
            commitment=Commitment(signatory_name="Fatima El Amrani", signatory_role="Directeur"),
        )

    for warm_up in range(3):
        render(certificate_html(certificate(warm_up), declaration, settings))
    timings, peaks = [], []
    for number in range(args.renders):
        start = time.perf_counter()
        _pdf, peak_kib = render(certificate_html(certificate(number), declaration, settings))
        timings.append((time.perf_counter() - start) * 1000)
        peaks.append(peak_kib / 1024)
    timings.sort()
    p95 = timings[max(0, round(0.95 * len(timings)) - 1)]
    asking_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"certificates rendered: {len(timings)}")
    print(
        f"p50: {statistics.median(timings):.0f} ms   p95: {p95:.0f} ms   max: {timings[-1]:.0f} ms"
    )
    print(f"rendering process peak (max RSS): {max(peaks):.0f} MiB (aim: at most 150)")
    print(
        f"asking process (Django, Wagtail, the app) peak: {asking_mib:.0f} MiB; "
        f"WeasyPrint loaded in it: {'weasyprint' in sys.modules}"
    )


if __name__ == "__main__":
    main()
