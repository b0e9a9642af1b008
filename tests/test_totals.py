"""Totals without double-counting, day bounds of partial dates, flat belligerent names."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given

import wikiparse
from wikiparse import DateSpan, Side
from wikiparse.values.quantities import parse_quantities

from .strategies import sides

# casualties lines of one side -> (low, high) of casualties_total, None when no figure
TOTALS = [
    (["3,798 total", "504 killed", "1,881 wounded", "1,413 missing or captured"], (3798, 3798)),
    (["1,491", "361 killed", "727 wounded", "403 missing or captured"], (1491, 1491)),
    (["504 killed", "1,881 wounded"], (2385, 2385)),
    (["116 killed (per SOHR)", "175 killed (per ISIL)"], (116, 175)),
    (["9 killed", "500 total"], (500, 500)),
    (["15–30 killed", "37 wounded", "~400 deserted"], (452, 467)),
    (["4,000–5,000 killed:", "1,000 fell in the battle", "~1,500 killed by farmers"], (4000, 5000)),
    (["1,000 killed or wounded", "300 killed", "200 captured"], (1200, 1200)),
    (["12 tanks destroyed", "40 killed"], (40, 40)),
    (["3,000 casualties (per A)", "5,000 casualties (per B)"], (3000, 5000)),
    (["Unknown"], None),
    (["30/50 killed"], (30, 50)),
]


@pytest.mark.parametrize("lines, want", TOTALS, ids=[" | ".join(t[0])[:50] for t in TOTALS])
def test_casualties_counted_once(lines: list[str], want: tuple[int, int] | None) -> None:
    side = Side(casualties=[q for line in lines for q in parse_quantities(line)])
    found = side.casualties_total
    assert (None if found is None else (found.low, found.high)) == want


def test_strength_adds_distinct_figures() -> None:
    side = Side(strength=parse_quantities("42,000 regulars, 39,000 stragglers"))
    assert side.strength_total is not None and side.strength_total.low == 81000


@given(side=sides(("1", "a")))
def test_totals_are_ranges_or_none(side: Side) -> None:
    """None exactly when no figure counts (materiel is no casualty); else low <= high."""
    people = [q for q in side.casualties if q.kind != "materiel"]
    for found, figures in ((side.casualties_total, people), (side.strength_total, side.strength)):
        assert (found is None) == (not any(q.low is not None for q in figures))
        if found is not None:
            assert found.low is not None and found.high is not None and found.low <= found.high


DAYS = [
    ("2018-03-12", "2018-03-12", datetime.date(2018, 3, 12), datetime.date(2018, 3, 12)),
    ("2018-03", "2018-03", datetime.date(2018, 3, 1), datetime.date(2018, 3, 31)),
    ("1900-02", "2000-02", datetime.date(1900, 2, 1), datetime.date(2000, 2, 29)),
    ("1812", "1812", datetime.date(1812, 1, 1), datetime.date(1812, 12, 31)),
    ("-0031-09-02", "-0031-09-02", None, None),
    ("0955-08-10", None, datetime.date(955, 8, 10), None),
]


@pytest.mark.parametrize("start, end, first, last", DAYS)
def test_date_span_days(
    start: str, end: str | None, first: datetime.date | None, last: datetime.date | None
) -> None:
    span = DateSpan(text="x", start=start, end=end)
    assert (span.start_date, span.end_date) == (first, last)


def test_belligerent_names_are_flat() -> None:
    c = wikiparse.parse(
        "{{Infobox military conflict|conflict=X|combatant1=Seventh Coalition:\n"
        "* United Kingdom\n* Prussia|combatant2=France}}"
    )
    assert c.belligerent_names(0) == ["Seventh Coalition", "United Kingdom", "Prussia"]
    assert c.belligerent_names(1) == ["France"]
