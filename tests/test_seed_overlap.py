"""The check that no shipped text repeats eight words in a row from a source document
(`make check` runs it on the whole repository in CI)."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location(
    "check_seed_overlap", ROOT / "scripts" / "check-seed-overlap.py"
)
check = importlib.util.module_from_spec(spec)
spec.loader.exec_module(check)

SEED = "Het Leerwerkloket geeft gratis en onafhankelijk advies aan iedereen die vragen heeft."


def found_in(tmp_path, text, allowed=""):
    path = tmp_path / "page.py"
    path.write_text(text, encoding="utf-8")
    return check.overlaps(
        path, check.runs(check.words_of(SEED)), check.runs(check.words_of(allowed))
    )


def test_eight_words_in_a_row_are_found_across_lines_accents_and_punctuation(tmp_path):
    text = (
        'body = [\n    "Het LEERWERKLOKET géeft gratis, en "\n    "onafhankelijk advies: aan"\n]\n'
    )
    assert found_in(tmp_path, text) == [
        (2, "het leerwerkloket geeft gratis en onafhankelijk advies aan")
    ]


def test_seven_words_or_our_own_sentence_pass(tmp_path):
    assert found_in(tmp_path, "Het Leerwerkloket geeft gratis en onafhankelijk advies.") == []
    assert found_in(tmp_path, "Het advies van het loket is gratis en van niemand.") == []


def test_a_longer_copy_is_one_passage_and_the_allow_list_is_for_names(tmp_path):
    copied = "Zoals wij zeggen: " + SEED
    [(line, text)] = found_in(tmp_path, copied)
    assert line == 1 and text.endswith("die vragen heeft")
    assert found_in(tmp_path, copied, allowed=SEED) == []
