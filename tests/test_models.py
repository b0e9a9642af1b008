"""The models hold invariants, are frozen and refuse unknown fields; they never parse."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from wikiparse import Conflict, Coordinates, DateSpan, Document, Quantity


def test_quantity_bounds_are_ordered() -> None:
    with pytest.raises(ValidationError, match="low 5 is above high 3"):
        Quantity(text="5–3", low=5, high=3)


@pytest.mark.parametrize(
    ("start", "end"), [("2018-03-20", "2018-03-12"), ("-0030", "-0031"), ("2019", "2018-12")]
)
def test_date_span_is_ordered(start: str, end: str) -> None:
    with pytest.raises(ValidationError, match="after end"):
        DateSpan(text="x", start=start, end=end)


@pytest.mark.parametrize("iso", ["2018-3-1", "18-03", "2018-13", "March 2018", "-31"])
def test_dates_are_iso_with_precision(iso: str) -> None:
    with pytest.raises(ValidationError, match="ISO"):
        DateSpan(text="x", start=iso, end=None)


def test_mixed_precision_compares_on_what_both_have() -> None:
    assert DateSpan(text="x", start="2018", end="2018-03").end == "2018-03"
    assert DateSpan(text="x", start="-0031-09-02", end="0014").start == "-0031-09-02"


def test_coordinates_in_range() -> None:
    with pytest.raises(ValidationError):
        Coordinates(lat=91, lon=0)


def test_frozen_and_closed() -> None:
    conflict = Conflict(name="Battle of X")
    with pytest.raises(ValidationError):
        conflict.name = "Y"  # type: ignore[misc]
    with pytest.raises(ValidationError, match="extra"):
        Conflict(name="X", belligerents=[])  # type: ignore[call-arg]
    with pytest.raises(ValidationError):
        Conflict(name="")


def test_document_holds_exactly_one_record() -> None:
    with pytest.raises(ValidationError, match="exactly one"):
        Document(format="wikitext")
