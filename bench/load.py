"""Load test of the production-like stack (`make prod`) on loopback, with Locust headless.

Run by hand:  make prod  &&  .venv/bin/python bench/load.py [--members 10000] [--duration 300]

Seeds the stack up to --members public Taalakkoord members, then visits five pages (home, a news
item, a good practice, directory page 10, a search) at --rate requests per second for --duration
seconds: first as the front cache (Varnish) and the page cache serve them, then with a unique
query string on every request so that every page passes both and is rendered. Prints requests per second, p50/p95/p99 and the error rate per
page for both runs. Aim (issues 7 and 15): no errors at 50 requests per second for five minutes, and an
uncached p95 of at most 200 ms.
"""

import argparse
import csv
import os
import platform
import subprocess
import sys
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOST = "http://127.0.0.1:8001"


def ensure_locust():
    try:
        import locust  # noqa: F401
    except ImportError:
        print("Installing Locust (the load generator) into the virtual environment …")
        subprocess.run(
            [sys.executable, "-m", "pip", "install", "-q", "locust>=2.40,<3"], check=True
        )


def stack_is_up():
    try:
        with urllib.request.urlopen(HOST + "/nl/", timeout=5) as response:  # noqa: S310
            return response.status == 200
    except OSError:
        return False


def run(label, rate, duration, uncached):
    prefix = ROOT / "var" / f"bench-load-{label}"
    env = {**os.environ, "LOAD_UNCACHED": "1" if uncached else "0"}
    subprocess.run(  # noqa: S603 -- fixed arguments
        [
            sys.executable, "-m", "locust", "-f", str(ROOT / "bench" / "locustfile.py"),
            "--headless", "--host", HOST, "--users", str(rate), "--spawn-rate", str(rate),
            "--run-time", f"{duration}s", "--csv", str(prefix), "--only-summary",
            "--loglevel", "WARNING",
        ],
        env=env,
        check=False,  # Locust exits 1 when any request failed; the table shows it
        stdout=subprocess.DEVNULL,
    )  # fmt: skip
    with open(f"{prefix}_stats.csv", newline="") as handle:
        return list(csv.DictReader(handle))


def report(label, rows):
    print(f"\n{label}")
    print(
        f"{'page':<20} {'requests':>9} {'req/s':>7} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7} {'errors':>7}"
    )
    for row in rows:
        count = int(row["Request Count"])
        errors = 100 * int(row["Failure Count"]) / count if count else 0
        print(
            f"{row['Name']:<20} {count:>9} {float(row['Requests/s']):>7.1f} {row['50%']:>7} "
            f"{row['95%']:>7} {row['99%']:>7} {errors:>6.2f}%"
        )  # fmt: skip


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=10_000)
    parser.add_argument("--rate", type=int, default=50, help="requests per second (default 50)")
    parser.add_argument("--duration", type=int, default=300, help="seconds per run (default 300)")
    args = parser.parse_args()
    if not stack_is_up():
        sys.exit(f"Nothing answers at {HOST}: start the stack with `make prod` first.")
    ensure_locust()
    subprocess.run(  # noqa: S603 -- fixed arguments
        [
            "/bin/bash",
            "scripts/prod.sh",
            "python",
            "bench/load_seed.py",
            "--members",
            str(args.members),
        ],
        cwd=ROOT,
        check=True,
    )
    print(
        f"Machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores; "
        f"the load generator runs on the same machine. {args.rate} requests per second, "
        f"{args.duration} s per run."
    )
    results = {}
    for label, uncached in (("cached", False), ("uncached", True)):
        results[label] = run(label, args.rate, args.duration, uncached)
        report(
            f"{label.capitalize()} (page cache {'bypassed' if uncached else 'on'}):", results[label]
        )
    print(
        "\nAim: no errors at 50 requests per second for five minutes; uncached p95 at most 200 ms."
    )


if __name__ == "__main__":
    main()
