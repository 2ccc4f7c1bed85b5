"""Benchmark: requests per second under gunicorn, side by side with wagtail/bakerydemo, the memory
of a warm worker, and the Varnish front cache of `make prod` under load.

Run by hand:  .venv/bin/python bench/throughput.py [--seconds 10] [--rounds 3]

Needs wrk and varnish (Debian's packages), our demo database (bench/pages.py builds
var/bench-pages-1x.sqlite3) and bakerydemo built as ../shared/bench/README.md says (BAKERYDEMO,
default /tmp/bakerydemo). Both sites run under gunicorn with the same settings (5 sync workers,
the application loaded before the workers fork; ours also warms up and freezes the collector's
objects then, as scripts/gunicorn.conf.py does in `make prod`),
on SQLite with a local-memory cache and DEBUG off, our page cache off, so every request renders
the page; rounds alternate between the two. Then Varnish (scripts/varnish.sh, as in `make prod`)
goes in front of ours: the cached home page with 16 and with 200 concurrent clients.

Prints, per pair of pages, requests per second and the ratio (ours / bakerydemo's); the resident
(RSS), proportional (PSS) and own (USS) memory of each site's workers after warm-up; and the front
cache's requests per second, latency and errors. Aims (issue 15): uncached home at least 2x bakerydemo's
requests per second; cached home at least 5,000 req/s; 200 clients with no errors and p95 at
most 1 s through the front cache; an idle worker at most 110 MiB RSS.
"""

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAIRS = {  # label: (our path, bakerydemo's path)
    "home": ("/nl/", "/"),
    "news item / blog post": ("/nl/nieuws/evaluatie-leerwerkloketten-2022/", "/blog/wild-yeast/"),
    "good practice / bread": (
        "/nl/praktijkvoorbeelden/twente-fonds-voor-vakmanschap/",
        "/breads/anadama-bread/",
    ),
}
OURS, BAKERY, FRONT = 8101, 8102, 8103


def gunicorn(python_dir, module, port, cwd, env, config=()):
    command = [
        str(python_dir / "gunicorn"), module, "--bind", f"127.0.0.1:{port}", "--workers", "5",
        "--timeout", "60", "--access-logfile", "/dev/null", "--error-logfile", "/dev/null",
        "--preload", *config,
    ]  # fmt: skip
    return subprocess.Popen(command, cwd=cwd, env={**os.environ, **env})  # noqa: S603


def wait_for(url):
    for _ in range(100):
        try:
            with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"{url} did not answer")


def warm(url, count=60):
    for _ in range(count):
        with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310
            response.read()


def wrk(url, seconds, connections=16):
    output = subprocess.run(  # noqa: S603
        [shutil.which("wrk"), "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    latency = dict(re.findall(r"^\s+(50|75|90|99)%\s+(\S+)", output, re.MULTILINE))
    errors = re.search(r"Socket errors: (.*)|Non-2xx or 3xx responses: (\d+)", output)
    return rate, latency, errors.group(0) if errors else "none"


def memory(master):
    """RSS, PSS and USS (its own pages, shared with no other process) in MiB of each worker of a
    gunicorn master."""
    children = subprocess.run(  # noqa: S603
        [shutil.which("pgrep"), "-P", str(master.pid)], capture_output=True, text=True
    ).stdout.split()
    figures = []
    for pid in children:
        status = Path(f"/proc/{pid}/status").read_text()
        rss = int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) / 1024
        rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
        pss = int(re.search(r"^Pss:\s+(\d+)", rollup, re.MULTILINE).group(1)) / 1024
        uss = sum(
            int(value)
            for value in re.findall(r"^Private_(?:Clean|Dirty):\s+(\d+)", rollup, re.MULTILINE)
        )
        figures.append((rss, pss, uss / 1024))
    return figures


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    bakery = Path(os.environ.get("BAKERYDEMO", "/tmp/bakerydemo"))  # noqa: S108
    source = ROOT / "var" / "bench-pages-1x.sqlite3"
    for need, hint in ((source, "run bench/pages.py once"), (bakery / ".venv", "build bakerydemo")):
        if not need.exists():
            raise SystemExit(f"{need} is missing: {hint}")
    scratch = Path(tempfile.mkdtemp(prefix="bench-throughput-"))
    shutil.copy(source, scratch / "ours.sqlite3")
    ours_env = {
        "DJANGO_SETTINGS_MODULE": "cms.settings.dev",
        "DATABASE_URL": f"sqlite:///{scratch / 'ours.sqlite3'}",
        "DEBUG": "false",
        "PAGE_CACHE_SECONDS": "0",
        "ALLOWED_HOSTS": "*",
    }
    servers = [
        gunicorn(
            ROOT / ".venv/bin",
            "cms.wsgi",
            OURS,
            ROOT,
            ours_env,
            config=("-c", str(ROOT / "scripts/gunicorn.conf.py")),
        ),
        gunicorn(
            bakery / ".venv/bin",
            "bakerydemo.wsgi",
            BAKERY,
            bakery,
            {"DJANGO_SETTINGS_MODULE": "bakerydemo.settings.bench"},
        ),
    ]
    try:
        for ours, theirs in PAIRS.values():
            wait_for(f"http://127.0.0.1:{OURS}{ours}")
            wait_for(f"http://127.0.0.1:{BAKERY}{theirs}")
            for _ in range(5):  # every worker warm
                warm(f"http://127.0.0.1:{OURS}{ours}", 20)
                warm(f"http://127.0.0.1:{BAKERY}{theirs}", 20)
        rates = {label: ([], []) for label in PAIRS}
        for _ in range(args.rounds):
            for label, (ours, theirs) in PAIRS.items():
                rates[label][0].append(wrk(f"http://127.0.0.1:{OURS}{ours}", args.seconds)[0])
                rates[label][1].append(wrk(f"http://127.0.0.1:{BAKERY}{theirs}", args.seconds)[0])
        print(f"Uncached, gunicorn 5 sync workers, wrk -t2 -c16, {args.rounds} x {args.seconds} s")
        print(f"{'pages':<24} {'ours req/s':>10} {'bakerydemo':>10} {'ratio':>6}")
        for label, (ours, theirs) in rates.items():
            a, b = statistics.median(ours), statistics.median(theirs)
            print(f"{label:<24} {a:10.1f} {b:10.1f} {a / b:6.2f}")
        print("\nWorkers after warm-up (MiB):   RSS median / max     PSS median   USS median")
        for name, server in (("ours", servers[0]), ("bakerydemo", servers[1])):
            figures = memory(server)
            rss, pss, uss = ([value[i] for value in figures] for i in range(3))
            print(
                f"{name:<30} {statistics.median(rss):6.1f} / {max(rss):6.1f}"
                f"     {statistics.median(pss):6.1f}       {statistics.median(uss):6.1f}"
            )
        front(args.seconds, scratch)
    finally:
        for server in servers:
            server.terminate()
        for server in servers:
            server.wait(timeout=30)
        subprocess.run(  # noqa: S603
            ["/bin/bash", str(ROOT / "scripts/varnish.sh"), "stop", str(scratch)], check=False
        )
        shutil.rmtree(scratch, ignore_errors=True)


def front(seconds, scratch):
    subprocess.run(  # noqa: S603
        [
            "/bin/bash",
            str(ROOT / "scripts/varnish.sh"),
            "start",
            str(FRONT),
            str(OURS),
            str(scratch),
        ],
        check=True,
        capture_output=True,
    )
    url = f"http://127.0.0.1:{FRONT}/nl/"
    wait_for(url)
    warm(url, 5)
    print("\nThrough Varnish (cached anonymous home):")
    for connections in (16, 200):
        rate, latency, errors = wrk(url, seconds, connections)
        print(
            f"  {connections:>3} clients: {rate:9.0f} req/s   p50 {latency.get('50')}"
            f"   p90 {latency.get('90')}   p99 {latency.get('99')}   errors: {errors}"
        )


if __name__ == "__main__":
    sys.exit(main())
