"""Which labour-market region a municipality, or a larger place in it, belongs to.

Visitors rarely know their labour-market region ("Food Valley", "Holland Rijnland"), but they do
know where they live. `data/municipalities.csv` lists every municipality with its region and the
larger places in it; its opening lines say which year's classification it follows. The desk
finder on the Leerwerkloketten page and the national advice form both look names up here.
"""

import csv
import difflib
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "municipalities.csv"
MAX_SUGGESTIONS = 8


@dataclass(frozen=True)
class Place:
    """A name a visitor may type: a municipality, or a place within one."""

    name: str
    municipality: str
    region: str

    @property
    def is_municipality(self):
        return self.name == self.municipality


def normalise(text):
    """Lower case without accents, punctuation or a leading "gemeente", so that "Súdwest
    Fryslân", "sudwest-fryslan" and "Gemeente Súdwest-Fryslân" are one name."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"[^a-z0-9]+", " ", text.casefold()).strip()
    return re.sub(r"^gemeente ", "", text)


def _without_suffix(name):
    """ "Bergen (NH.)" is also found as "Bergen"."""
    return normalise(re.sub(r"\s*\(.*\)\s*$", "", name))


def read_rows(path=DATA):
    """The data file's rows as dicts, its comment lines skipped."""
    with open(path, encoding="utf-8", newline="") as file:
        lines = (line for line in file if not line.startswith("#") and line.strip())
        return list(csv.DictReader(lines))


@lru_cache(maxsize=1)
def places():
    """Every municipality and place in the data, municipalities first, in alphabetical order."""
    municipalities, others = [], []
    for row in read_rows():
        name, region = row["municipality"].strip(), row["region"].strip()
        municipalities.append(Place(name, name, region))
        others.extend(
            Place(place.strip(), name, region)
            for place in row["places"].split("|")
            if place.strip()
        )
    key = lambda place: normalise(place.name)  # noqa: E731
    return sorted(municipalities, key=key) + sorted(others, key=key)


# CBS writes a shared municipality name with its province, abbreviated; people write it out.
PROVINCE_SUFFIXES = {"(L.)": "Limburg", "(NH.)": "Noord-Holland"}


@lru_cache(maxsize=1)
def _index():
    exact, loose = {}, {}
    for place in places():
        exact.setdefault(normalise(place.name), []).append(place)
        loose.setdefault(_without_suffix(place.name), []).append(place)
        for suffix, province in PROVINCE_SUFFIXES.items():
            if place.name.endswith(suffix):
                written_out = f"{place.name[: -len(suffix)].strip()} {province}"
                exact.setdefault(normalise(written_out), []).append(place)
    return exact, loose


def find(text):
    """(matches, suggestions) for what a visitor typed.

    Matches are the places with exactly that name (more than one when the name is shared, such
    as "Bergen"); suggestions are names that start with it or look like it, for a typing error.
    """
    query = normalise(text or "")
    if not query:
        return [], []
    exact, loose = _index()
    matches = exact.get(query) or loose.get(query) or []
    if matches:
        return matches, []
    starting = [place for name, found in exact.items() if name.startswith(query) for place in found]
    if starting:
        return [], _once(starting)[:MAX_SUGGESTIONS]
    close = difflib.get_close_matches(query, list(exact), n=MAX_SUGGESTIONS, cutoff=0.75)
    return [], _once([place for name in close for place in exact[name]])[:MAX_SUGGESTIONS]


def _once(found):
    """Each place once, in order (a place can be found under two spellings)."""
    return list(dict.fromkeys(found))


def region_names():
    """The regions the data knows, each once."""
    return sorted({place.region for place in places()})
