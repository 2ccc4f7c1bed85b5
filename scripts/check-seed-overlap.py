#!/usr/bin/env python3
"""Fail when a text the project ships repeats eight or more words in a row from a source document.

The source documents in ../shared/seeds/ give us facts; our sentences are our own. This compares
every text file in the repository (demo content, templates, catalogues, docs, code) with them,
after lower-casing, removing accents and punctuation, and reports each run of eight or more
consecutive words in common, with the file and line. Names and official titles that cannot be
said otherwise are listed in scripts/seed-overlap-allowed.txt, one per line.

    python scripts/check-seed-overlap.py [--seeds DIR] [--words N]

--words sets the run length (8 by default, as CI checks); a lower one helps find near-copies.

SEEDS_DIR (or --seeds) points at the documents; by default ../shared/seeds beside the checkout.
"""

import argparse
import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

RUN = 8
ROOT = Path(__file__).resolve().parent.parent
ALLOWED = ROOT / "scripts" / "seed-overlap-allowed.txt"
TEXT_SUFFIXES = {".py", ".html", ".txt", ".md", ".po", ".js", ".css", ".toml", ".sh", ".svg", ""}
WORD = re.compile(r"[a-z0-9]+")


def words_of(text):
    """The words of `text`, lower-cased, without accents or punctuation."""
    plain = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(char for char in plain if not unicodedata.combining(char))
    return WORD.findall(plain)


def words_with_lines(text):
    """Each word of `text` with the number of the line it stands on."""
    found = []
    for number, line in enumerate(text.splitlines(), start=1):
        found.extend((word, number) for word in words_of(line))
    return found


def runs(words):
    return {tuple(words[i : i + RUN]) for i in range(len(words) - RUN + 1)}


def set_run_length(words):
    global RUN
    RUN = words


def shipped_files():
    git = ["git", "ls-files", "-z"]  # noqa: S607 (git from PATH, fixed arguments)
    listed = subprocess.run(  # noqa: S603
        git, cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split("\0")
    for name in filter(None, listed):
        path = ROOT / name
        if path.suffix in TEXT_SUFFIXES and path.is_file() and "vendor" not in path.parts:
            yield path


def overlaps(path, seed_runs, allowed_runs):
    """(line, text) for each stretch of `path` that repeats a seed's words."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return []
    words = words_with_lines(text)
    plain = [word for word, _line in words]
    hits = [
        i
        for i in range(len(plain) - RUN + 1)
        if (run := tuple(plain[i : i + RUN])) in seed_runs and run not in allowed_runs
    ]
    stretches, start, end = [], None, None
    for i in hits:
        if start is not None and i <= end:
            end = i + RUN
            continue
        if start is not None:
            stretches.append((start, end))
        start, end = i, i + RUN
    if start is not None:
        stretches.append((start, end))
    return [(words[a][1], " ".join(plain[a:b])) for a, b in stretches]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = os.environ.get("SEEDS_DIR") or str(ROOT.parent / "shared" / "seeds")
    parser.add_argument("--seeds", default=default)
    parser.add_argument("--words", type=int, default=RUN)
    arguments = parser.parse_args()
    set_run_length(arguments.words)
    seeds = Path(arguments.seeds)
    documents = sorted(seeds.glob("*")) if seeds.is_dir() else []
    if not documents:
        print(f"No source documents in {seeds}: nothing to compare with.", file=sys.stderr)
        return 1 if os.environ.get("CI") else 0
    seed_runs = set()
    for document in documents:
        seed_runs |= runs(words_of(document.read_text(encoding="utf-8", errors="replace")))
    allowed_runs = set()
    for line in ALLOWED.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            allowed_runs |= runs(words_of(line))
    found = 0
    for path in shipped_files():
        for line, text in overlaps(path, seed_runs, allowed_runs):
            found += 1
            print(f"{path.relative_to(ROOT)}:{line}: {text}")
    if found:
        print(
            f"\n{found} passage(s) repeat {RUN} or more words of a source document in "
            f"{seeds}. Say it in our own words (or, for a name or official title only, add it "
            f"to {ALLOWED.relative_to(ROOT)}).",
            file=sys.stderr,
        )
        return 1
    print(f"No run of {RUN} words in common with the {len(documents)} source documents.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
