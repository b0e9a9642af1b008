"""Each language's data file (vocab/lang/<code>.py): its tables are whole, and the values of a
page in that language read by its words (tests/cases/languages.yaml)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from wikiparse import fields
from wikiparse.values import locale
from wikiparse.values.dates import parse_date_span
from wikiparse.values.geo import parse_coordinates
from wikiparse.values.quantities import parse_quantities
from wikiparse.values.text import is_unknown
from wikiparse.vocab.lang import LANGUAGES

CASES: dict[str, list[dict[str, Any]]] = yaml.safe_load(
    (Path(__file__).parent / "cases" / "languages.yaml").read_text("utf-8")
)
# Canonical names a label or parameter may map to besides the Conflict's own fields: kept in
# ``extra`` (DATUMBIS is the date's end, read with DATUM).
EXTRA_NAMES = {"date_end", "casus", "consequences", "peace_treaty", "image_size", "latitude",
               "longitude", "campaignbox", "kind"}  # fmt: skip
CANONICAL = set(fields.SINGLE_FIELDS) | set(fields.SIDE_PREFIXES) | EXTRA_NAMES


@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_language_tables_are_whole(code: str) -> None:
    lang = LANGUAGES[code]
    assert lang.iso == code
    assert set(lang.months.values()) == set(range(1, 13)), "a month is missing"
    assert lang.infoboxes, "no conflict infobox named"
    assert set(lang.labels.values()) <= CANONICAL
    assert set(lang.params.values()) <= CANONICAL
    assert set(lang.side_prefixes.values()) <= set(fields.SIDE_PREFIXES)
    assert {kind for _, kind in lang.kind_words} <= {
        "killed", "wounded", "captured", "missing", "dead_or_wounded", "total", "materiel"
    }  # fmt: skip
    assert lang.common_words, "no common words: the language cannot be detected"


@pytest.mark.parametrize("row", CASES["dates"], ids=lambda r: f"{r['lang']}:{r['text']}")
def test_dates(row: dict[str, Any]) -> None:
    span = parse_date_span(row["text"], row["lang"])
    assert span is not None
    assert (span.start, span.end, span.ongoing) == (
        row["start"],
        row["end"],
        row.get("ongoing", False),
    )
    assert span.text == row["text"]  # kept as written


@pytest.mark.parametrize("row", CASES["figures"], ids=lambda r: f"{r['lang']}:{r['text']}")
def test_figures(row: dict[str, Any]) -> None:
    got = parse_quantities(row["text"], lang=row["lang"])
    assert [[q.low, q.high, q.kind] for q in got] == row["figures"]


@pytest.mark.parametrize("row", CASES["unknown"], ids=lambda r: r["lang"])
def test_unknown_words(row: dict[str, Any]) -> None:
    assert is_unknown(row["text"], row["lang"])
    assert not is_unknown(row["text"])  # not an English word
    assert parse_quantities(row["text"], lang=row["lang"]) == []


@pytest.mark.parametrize("row", CASES["coordinates"], ids=lambda r: r["lang"])
def test_coordinates(row: dict[str, Any]) -> None:
    coords = parse_coordinates(locale.coordinates_text(row["text"], row["lang"]))
    assert coords is not None
    assert (round(coords.lat, 4), round(coords.lon, 4)) == (row["lat"], row["lon"])


def test_double_date_reads_the_gregorian() -> None:
    assert locale.new_style("27 июня (8 июля) 1709", "ru") == "8 июля 1709"
    assert locale.new_style("27 июня 1709", "ru") is None
    assert locale.new_style("12 March (O.S. 1 March) 1709", "en") is None


def test_english_figures_unchanged_by_other_languages() -> None:
    """The same text read as English and as German differs only by German's words."""
    assert [q.low for q in parse_quantities("190.000 Mann")] == [190000]
    assert parse_quantities("2,5 Mio.")[0].low != 2500000  # English has no "Mio."
