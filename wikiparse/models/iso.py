"""Partial ISO dates as the models keep them ("2018-03-12", "2018-03", "2018", "-0031"):
ordering, and the earliest and latest day a partial date can mean."""

from __future__ import annotations

import calendar
import datetime
import re

__all__ = ["ISO_PARTIAL_DATE", "check_iso", "first_day", "iso_key", "iso_ordered", "last_day"]

# An ISO date that keeps its precision: "2018-03-12", "2018-03", "2018"; BC years are negative
# with four digits ("-0031" is 31 BC, as Wikidata writes them).
ISO_PARTIAL_DATE = re.compile(r"-?\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?")


def iso_key(value: str) -> tuple[int, ...]:
    """Split a partial ISO date into comparable integers: "-0031-09" -> (-31, 9)."""
    negative = value.startswith("-")
    parts = [int(p) for p in value.lstrip("-").split("-")]
    if negative:
        parts[0] = -parts[0]
    return tuple(parts)


def iso_ordered(start: str, end: str) -> bool:
    """True when ``start`` is not after ``end``, comparing only the precision both share."""
    a, b = iso_key(start), iso_key(end)
    n = min(len(a), len(b))
    return a[:n] <= b[:n]


def check_iso(value: str | None) -> str | None:
    if value is not None and not ISO_PARTIAL_DATE.fullmatch(value):
        raise ValueError(f"not an ISO date with precision: {value!r}")
    return value


def first_day(value: str | None) -> datetime.date | None:
    """The earliest day a partial date can mean ("2018-03" -> 2018-03-01); None before year 1
    (``datetime.date`` has no year 0 or BC years: use the integer year columns for those)."""
    parts = iso_key(value) if value else ()
    if not parts or parts[0] < 1:
        return None
    year, month, day = (*parts, 1, 1)[:3]
    return datetime.date(year, month, min(day, calendar.monthrange(year, month)[1]))


def last_day(value: str | None) -> datetime.date | None:
    """The latest day a partial date can mean ("2018-02" -> 2018-02-28); None before year 1."""
    parts = iso_key(value) if value else ()
    if not parts or parts[0] < 1:
        return None
    year, month = parts[0], parts[1] if len(parts) > 1 else 12
    end = calendar.monthrange(year, month)[1]
    return datetime.date(year, month, min(parts[2], end) if len(parts) > 2 else end)
