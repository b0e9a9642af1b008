"""The date of a page in another language: its own words, Julian/Gregorian double dates, a date
its render lost (fr-wiki's date template scrapes drop) and the lead sentence's date instead.

No markup here: the values are plain text, read by ``values.dates`` in the page's language.
"""

from __future__ import annotations

import re

from wikiparse.models import DateSpan, Issue
from wikiparse.raw import RawPage
from wikiparse.values import locale
from wikiparse.values.dates import parse_date_span

__all__ = [
    "DIGIT", "LEAD_DATE_CHARS", "RANGE_GAP", "join_date_end", "lead_date", "lost_date", "read_date"
]  # fmt: skip

# How much of the lead is searched for a date, and how far around a month name a date runs
# ("vom 17. Oktober 2016 bis 9. Juli 2017": a day before the month, a year after it).
LEAD_DATE_CHARS = 400
BEFORE_MONTH, AFTER_MONTH = 12, 10
RANGE_GAP = 12  # at most this many characters between the two ends' months ("au 19")
DIGIT = re.compile(r"\d")


def join_date_end(date: str | None, end: str | None) -> str | None:
    """DATUM and DATUMBIS (de-wiki's start and end parameters) as one range."""
    if date and end:
        return f"{date} – {end}"
    return date


def lost_date(text: str, issues: list[Issue]) -> bool:
    """A date value left with no digit ("du au": fr-wiki's date template rendered to nothing)
    was lost: True, with a warning."""
    if DIGIT.search(text) is not None:
        return False
    message = "the date holds no digit: its markup rendered to nothing"
    issues.append(Issue(code="value-lost", field="date", text=text, message=message))
    return True


def read_date(text: str, lang: str | None, issues: list[Issue]) -> DateSpan | None:
    """The date of a value; a Julian date with the Gregorian one in brackets gives the
    Gregorian (an info Issue)."""
    gregorian = locale.new_style(text, lang)
    if gregorian is None:
        return parse_date_span(text, lang)
    span = parse_date_span(gregorian, lang)
    if span is not None:
        span = span.model_copy(update={"text": " ".join(text.split())})
        issues.append(
            Issue(
                code="date-new-style",
                field="date",
                text=text,
                message="a Julian date with its Gregorian date in brackets: the "
                "Gregorian (New Style) date was read",
            )
        )
    return span


def lead_date(page: RawPage, lang: str | None, issues: list[Issue]) -> DateSpan | None:
    """The date the lead's first sentence states, for a page whose box lost its date (flagged:
    the sentence may name another date than the conflict's)."""
    if not page.sections or not page.sections[0].paragraphs or page.sections[0].title:
        return None
    lead = " ".join(page.sections[0].paragraphs)[:LEAD_DATE_CHARS]
    sentence = lead.split(". ", 1)[0] if ". " in lead else lead
    months = list(locale.month_names(lang).finditer(sentence))
    for k, match in enumerate(months):
        # a range runs on to the next month names near it ("du 21 février au 19 décembre 1916")
        last = match
        for later in months[k + 1 :]:
            if later.start() - last.end() > RANGE_GAP:
                break
            last = later
        window = sentence[max(0, match.start() - BEFORE_MONTH) : last.end() + AFTER_MONTH]
        span = parse_date_span(_from_digit(window), lang)
        if span is not None and span.start is not None:
            issues.append(
                Issue(
                    code="date-from-lead",
                    field="date",
                    text=span.text,
                    message="the infobox gave no date; the lead sentence's date was read",
                )
            )
            return span
    return None


def _from_digit(window: str) -> str:
    """The window from its first digit (the words before a day are not the date's)."""
    first = DIGIT.search(window)
    return window[first.start() :] if first is not None else window
