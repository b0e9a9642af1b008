"""The published date of a news page, from the line that states it.

    "March 22, 2018", "4 Sep 2017 14:02"           -> the date (values/dates.py reads it)
    "Uploaded: 2017-07-13", "date 2024-12-20"      -> a label, then the date
    "Published Date: Nov 03, 2016 10:42 AM GMT"    -> the date; the time is no part of it
    "25/11/2016"                                   -> 2016-11-25 (25 is no month)
    "03/04/2016"                                   -> day first for an outlet writing in a
                                                      day-first language; else None, flagged

A numeric date whose day and month could swap is never guessed for an English page: English
outlets write both orders (03/04 is 3 April in London and March 4 in Washington).
"""

from __future__ import annotations

import re

from wikiparse import vocab
from wikiparse.values.dates import parse_date
from wikiparse.values.locale import alternation

__all__ = [
    "DATE_LABEL", "DAY_DASH_YEAR", "ISO_DATE", "LEADING_DATE", "MAX_DATE_TEXT", "NUMERIC_DATE",
    "TIME_TAIL", "has_label", "leading_date", "read_published", "strip_label"
]  # fmt: skip

MAX_DATE_TEXT = 120  # characters: a date with its label and time is far shorter (an ld+json
# value can be anything)
# "Published Date:", "Uploaded:", "date": a label before the date, any case, maybe a colon.
DATE_LABEL = re.compile(
    r"^(?:" + alternation(vocab.DATE_LABELS) + r")\b\s*:?\s*",
    re.IGNORECASE,
)
# 25/11/2016, 25.11.2016, 25-11-2016 (a year first is ISO, read by parse_date).
NUMERIC_DATE = re.compile(r"^(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-](?P<y>(?:19|20)\d\d)\b")
# "March 5 - 2024": a dash between day and year, read as a comma.
DAY_DASH_YEAR = re.compile(r"\b(\d{1,2}) [-–] ((?:19|20)\d\d)\b")
ISO_DATE = re.compile(r"^(?:19|20)\d\d-[01]\d-[0-3]\d\b")
# A time of day, a zone and what follows: "10:42 AM GMT", "| 14:02", "- Updated …".
TIME_TAIL = re.compile(r"(?:\s*[|,–-]\s*|\s+)(?:at\s+)?\d{1,2}[:.]\d\d\b.*$|\s+\|.*$")
# The date at the start of a line after its label; the rest may be a headline glued on.
LEADING_DATE = re.compile(
    r"^(?:(?:19|20)\d\d-[01]\d-[0-3]\d|\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d)(?=\s|$)"
)


def strip_label(line: str) -> str:
    """The line without a date label ("Uploaded: 2017-07-13" -> "2017-07-13")."""
    return DATE_LABEL.sub("", line.strip(), count=1)


def has_label(line: str) -> bool:
    return DATE_LABEL.match(line.strip()) is not None


def leading_date(line: str) -> tuple[str, str] | None:
    """A numeric date opening a line, and the rest ("date 2024-12-20 RSF shells El Fasher"
    -> ("2024-12-20", "RSF shells El Fasher")); None when the line opens with none."""
    bare = strip_label(line)
    match = LEADING_DATE.match(bare)
    if match is None:
        return None
    return match.group(), bare[match.end() :].strip()


def read_published(text: str, language: str | None) -> tuple[str | None, bool]:
    """(ISO date or None, ambiguous): ambiguous when day and month could swap and the
    outlet's language does not say which comes first."""
    bare = DAY_DASH_YEAR.sub(r"\1, \2", strip_label(text[:MAX_DATE_TEXT]))
    bare = TIME_TAIL.sub("", bare).strip()
    if ISO_DATE.match(bare):
        return parse_date(bare[:10]), False
    numeric = NUMERIC_DATE.match(bare)
    if numeric is None:
        return parse_date(bare), False
    a, b, year = int(numeric["a"]), int(numeric["b"]), int(numeric["y"])
    if a > 12 and b <= 12:
        day, month = a, b
    elif b > 12 and a <= 12:
        day, month = b, a
    elif language in vocab.DAY_FIRST_LANGUAGES or a == b:
        day, month = a, b
    else:
        return None, True
    return parse_date(f"{year:04d}-{month:02d}-{day:02d}"), False
