"""Value parsers, table-driven: every row of tests/cases/values.yaml plus our own edge rows."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from wikiparse.raw import RawRef
from wikiparse.values.citations import build_citation, citation_text
from wikiparse.values.claims import (
    NUMBER_PHRASES,
    names_a_number,
    number_cues,
    phrase_pattern,
)
from wikiparse.values.dates import parse_date, parse_date_span
from wikiparse.values.geo import parse_coordinates
from wikiparse.values.language import WORD, _words
from wikiparse.values.lists import split_part_of
from wikiparse.values.mentions import ALIAS_WORD, alias_words
from wikiparse.values.parties import parse_commander, parse_party
from wikiparse.values.quantities import parse_quantities

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "values.yaml").read_text())


def rows(section: str) -> list[Any]:
    return [pytest.param(row, id=row["in"]) for row in CASES[section]]


def assert_partial(expected: dict[str, Any], actual: dict[str, Any]) -> None:
    for key, want in expected.items():
        assert actual[key] == want, f"{key}: expected {want!r}, got {actual[key]!r}"


@pytest.mark.parametrize("row", rows("dates"))
def test_dates(row: dict[str, Any]) -> None:
    span = parse_date_span(row["in"])
    if row.get("none"):
        assert span is None
        return
    assert span is not None
    assert_partial({k: v for k, v in row.items() if k != "in"}, span.model_dump())


@pytest.mark.parametrize("row", rows("quantities"))
def test_quantities(row: dict[str, Any]) -> None:
    found = parse_quantities(row["in"])
    assert len(found) == len(row["out"])
    for want, got in zip(row["out"], found, strict=True):
        assert_partial(want, got.model_dump())


@pytest.mark.parametrize("row", rows("commanders"))
def test_commanders(row: dict[str, Any]) -> None:
    parsed = parse_commander(row["in"])
    assert parsed is not None
    assert_partial(row["out"], vars(parsed))


@pytest.mark.parametrize("row", rows("parties"))
def test_parties(row: dict[str, Any]) -> None:
    parsed = parse_party(row["in"])
    assert parsed is not None
    assert_partial(row["out"], vars(parsed))


# --- our own rows: shapes met in the corpus --------------------------------------------------

MORE_DATES = [
    ("November 15–18, 1812", "1812-11-15", "1812-11-18"),
    ("July 30, 1864", "1864-07-30", "1864-07-30"),
    ("4 August 1265", "1265-08-04", "1265-08-04"),
    ("12 March – 20 April 2018", "2018-03-12", "2018-04-20"),
    ("March–April 2018", "2018-03", "2018-04"),
    ("Winter 1942–43", "1942", "1943"),
    ("100–44 BC", "-0100", "-0044"),
    ("150 BC – 50 AD", "-0150", "0050"),
    ("mid-June 1944", "1944-06", "1944-06"),
    ("2018-04-03", "2018-04-03", "2018-04-03"),
    ("6 June 2017 – ongoing", "2017-06-06", None),
]


@pytest.mark.parametrize(("text", "start", "end"), MORE_DATES, ids=[r[0] for r in MORE_DATES])
def test_more_dates(text: str, start: str, end: str | None) -> None:
    span = parse_date_span(text)
    assert span is not None
    assert (span.start, span.end) == (start, end)


@pytest.mark.parametrize("text", ["31 February 2001", "3–5", "no date here", "", "(1 week)"])
def test_not_dates(text: str) -> None:
    assert parse_date_span(text) is None


def test_single_date_keeps_precision() -> None:
    assert parse_date("3 April 2018") == "2018-04-03"
    assert parse_date("April 2018") == "2018-04"
    assert parse_date("1 – 3 April 2018") is None  # a range is not one date


MORE_QUANTITIES = [
    ("Total: 5780-8500 men", 5780, 8500, "total", False),
    ("Nearly 4,000; estimates are unreliable.", 4000, 4000, None, True),
    ("c. 5.000", 5000, 5000, None, True),
    ("1,413 missing or captured", 1413, 1413, "total", False),  # several kinds: combined
    ("2,000 fleeing Hungarians killed by German reserve-troops", 2000, 2000, "killed", False),
    ("1.5–2 million", 1_500_000, 2_000_000, None, False),
    ("Killed and wounded unknown", None, None, "dead_or_wounded", False),
]


@pytest.mark.parametrize(
    ("text", "low", "high", "kind", "approx"), MORE_QUANTITIES, ids=[r[0] for r in MORE_QUANTITIES]
)
def test_more_quantities(
    text: str, low: int | None, high: int | None, kind: str | None, approx: bool
) -> None:
    (q,) = parse_quantities(text)
    assert (q.low, q.high, q.kind, q.approx) == (low, high, kind, approx)


def test_several_figures_split_at_separators() -> None:
    found = parse_quantities("5 killed and 30 wounded; 2 missing")
    assert [(q.text, q.kind) for q in found] == [
        ("5 killed", "killed"),
        ("30 wounded", "wounded"),
        ("2 missing", "missing"),
    ]


def test_figures_in_remarks_are_not_values() -> None:
    (q,) = parse_quantities("1,491 (361 killed, 727 wounded)")
    assert (q.low, q.kind) == (1491, None)


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        ("54°33′36″N 31°25′48″E", 54.56, 31.43),
        ("52.1058726°N 1.9445372°W", 52.1058726, -1.9445372),
        ("35.9500°N 39.0167°E / 35.9500; 39.0167", 35.95, 39.0167),
        ("-33.5; 151.2", -33.5, 151.2),
    ],
)
def test_coordinates(text: str, lat: float, lon: float) -> None:
    coords = parse_coordinates(text)
    assert coords is not None
    assert (coords.lat, coords.lon) == (lat, lon)


def test_coordinates_out_of_range() -> None:
    assert parse_coordinates("95°N 10°E") is None


def test_part_of_lists() -> None:
    text = "Part of the Syrian Civil War and the inter-rebel conflict during the Syrian Civil War"
    assert split_part_of(text) == [
        "Syrian Civil War",
        "inter-rebel conflict during the Syrian Civil War",
    ]
    assert split_part_of("The Troubles") == ["The Troubles"]


def test_commander_fate_in_note_and_rank() -> None:
    parsed = parse_commander("Lt. Gen. Michel Ney (POW)")
    assert parsed is not None
    assert (parsed.rank, parsed.name, parsed.note, parsed.fate) == (
        "Lt. Gen.",
        "Michel Ney",
        None,
        "captured",
    )


def test_citation_from_template_fields() -> None:
    ref = RawRef(
        key="a",
        fields={
            "title": "Syria's rebels announce refusal",
            "work": "The New Arab",
            "date": "3 April 2018",
            "accessdate": "27 April 2018",
            "last1": "Smith",
            "first1": "Jo",
            "isbn": "123",
            "date-format": "dmy",
        },
    )
    citation, issues = build_citation(ref)
    assert (citation.date, citation.access_date, citation.authors) == (
        "2018-04-03",
        "2018-04-27",
        ["Jo Smith"],
    )
    assert citation.extra == {"isbn": "123", "date-format": "dmy"}
    assert citation.text == citation_text(citation)
    assert not issues


def test_citation_with_bad_date_keeps_it_in_extra() -> None:
    citation, issues = build_citation(RawRef(key=None, fields={"title": "T", "date": "someday"}))
    assert citation.date is None
    assert citation.extra["date"] == "someday"
    assert [i.code for i in issues] == ["unparsed-date"]


# Text where the byte-level word cut could go wrong: letters next to digits, "_", dashes and
# other scripts; dotted capital I and final sigma, whose lower case depends on context.
WORDISH = st.text(alphabet=st.sampled_from("aZé É_1–-'İΣσΟ的 der DIE und The\u0301ł\n<>"))


@given(st.one_of(WORDISH, st.text(max_size=200)))
def test_word_counts_are_those_of_the_letter_runs(text: str) -> None:
    """The language guess counts words from the UTF-8 bytes (issue 19: the regex cut cost a
    fifth of an extraction); the counts are those of the runs of letters, lowered."""
    expected = Counter(word.lower().encode() for word in WORD.findall(text))
    assert _words(text) == expected


# ASCII text where the cut into alias words could go wrong: every ASCII character, and runs of
# the ones ALIAS_WORD keeps inside a word.
ASCIIISH = st.text(
    alphabet=st.sampled_from("aZ_1-'.,;: \t\n\x1c\x1f\x0b!\"#$%&()*+/<=>?@[]^`{|}~\x7f")
)


@given(st.one_of(ASCIIISH, st.text(alphabet=st.characters(max_codepoint=127)), st.text()))
def test_alias_words_are_the_regex_words(text: str) -> None:
    """News names are looked up in words cut by str.translate and split for ASCII text (issue
    19: the regex cuts were 15% of a news extraction); they are the regex's words, any text."""
    assert alias_words(text) == ALIAS_WORD.findall(text)


PHRASES = NUMBER_PHRASES
# Text made of number phrases' pieces, run together or apart (and a phrase no cue holds).
NUMBERISH = st.lists(
    st.sampled_from([*PHRASES, "a few", "few", "a", "some", "one", "tens of", " ", "\n", "x"]),
    max_size=8,
).map("".join)


@pytest.mark.parametrize("phrases", [PHRASES, (*PHRASES, "a few"), ("a few", "dozens")])
@given(text=st.one_of(NUMBERISH, st.text(max_size=80)))
def test_number_cues_find_what_the_phrase_alternation_finds(
    phrases: tuple[str, ...], text: str
) -> None:
    """A sentence is tokenized for figures when a number phrase stands in it; str "in" over
    the cues answers that where the alternation of every phrase did (issue 19: 4x faster),
    also for phrases no cue holds ("a few"), which the cues' own pattern finds."""
    cues, uncued = number_cues(phrases)
    found = any(cue in text for cue in cues) or (uncued is not None and uncued.search(text))
    reference = phrase_pattern(phrases)
    assert reference is not None
    assert bool(found) == (reference.search(text) is not None)


def test_every_number_phrase_is_found() -> None:
    for phrase in PHRASES:
        spread = phrase.replace(" ", " \n ")  # words apart by any run of spaces
        assert names_a_number(f"some {spread} x"), phrase
    assert not names_a_number("the army took the town")


@given(text=st.one_of(NUMBERISH, st.text(max_size=80)))
def test_names_a_number_is_the_phrase_search(text: str) -> None:
    reference = phrase_pattern(PHRASES)
    assert reference is not None
    assert names_a_number(text) == (reference.search(text) is not None)
