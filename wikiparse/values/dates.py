"""Dates and date ranges to DateSpan, keeping their precision.

"12–20 March 2018" -> 2018-03-12 .. 2018-03-20; "March 2018" stays "2018-03"; "c. 1274 BC" is
"-1274", approx; "2011 – present" is ongoing with no end. A day or month is never invented,
and a range is never collapsed.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace

from wikiparse import vocab
from wikiparse.models import DateSpan
from wikiparse.models.iso import ISO_PARTIAL_DATE, iso_ordered
from wikiparse.values import cjk, locale
from wikiparse.values.text import squash

__all__ = [
    "CALENDAR_PARTS", "DATE_TOKEN", "LATEST_YEAR", "OTHER_ERA", "PARENTHETICAL", "YEAR",
    "common_era_part", "keeps_one_of_two", "parse_date", "parse_date_span"
]  # fmt: skip

# One date token. Alternatives are anchored on distinct first characters, so the scan is linear.
# A run of U+FFFD is a dash lost to a bad decoding ("16 April ��� 2 May 1945").
DATE_TOKEN = re.compile(
    r"""
    (?P<iso>(?<![\d-])-?\d{4}-(?:0[1-9]|1[0-2])(?:-[0-3]\d)?(?![\d–-]))  # 2018-03-12, -0031-09
    | (?P<num>\d{1,4})(?:st|nd|rd|th)?(?![\d])                           # 12, 1st, 955
    | (?P<word>[^\W\d_]+\.?(?:[^\W\d_]\.)*)                              # March, c., B.C.
    | (?P<dash>[–—−-]|/|\ufffd+)                                         # range separators
    | (?P<comma>,)
    | (?P<tilde>~)
    """,
    re.VERBOSE,
)
# Parenthetical remarks carry durations and other dates: "(1 week and 1 day)", "(O.S. 3 May)".
PARENTHETICAL = re.compile(r"\([^()]*\)")
# The era of another calendar written beside the Common Era date ("March, 623 CE, 1 AH",
# "Ramadan 2 AH (March 624 CE)"), as a word of its own; and where such a part ends.
_OTHER_ERAS = locale.alternation(vocab.OTHER_CALENDAR_ERAS)
OTHER_ERA = re.compile(rf"(?<![^\W\d_])(?:{_OTHER_ERAS})(?![^\W\d_])", re.IGNORECASE)
CALENDAR_PARTS = re.compile(r"[,/;()]")


@dataclass(frozen=True)
class _Token:
    kind: str  # num | month | era_bc | era_ad | approx | ongoing | dash | comma | iso | word
    value: int = 0
    text: str = ""


@dataclass(frozen=True)
class _Partial:
    year: int | None = None
    month: int | None = None
    day: int | None = None
    bc: bool = False
    era_given: bool = False
    iso: str | None = None


def _classify(word: str) -> _Token:
    low = word.lower()
    if low in vocab.MONTHS:
        return _Token("month", vocab.MONTHS[low])
    if low.rstrip(".") in vocab.MONTHS and len(low.rstrip(".")) >= 3:
        return _Token("month", vocab.MONTHS[low.rstrip(".")])
    # "September 2, 31 BC.": a sentence's full stop after the era ("b.c." keeps its own)
    era = low if low in vocab.ERA_BC or low in vocab.ERA_AD else low.rstrip(".")
    if era in vocab.ERA_BC:
        return _Token("era_bc")
    if era in vocab.ERA_AD:
        return _Token("era_ad")
    if low in vocab.APPROX_WORDS:
        return _Token("approx")
    if low in vocab.ONGOING_WORDS:
        return _Token("ongoing")
    if low in vocab.RANGE_WORDS:
        return _Token("dash")
    return _Token("word", text=low)


def _tokens(text: str) -> list[_Token]:
    out: list[_Token] = []
    for match in DATE_TOKEN.finditer(text):
        kind = match.lastgroup or ""
        if kind == "iso":
            out.append(_Token("iso", text=match.group("iso")))
        elif kind == "num":
            out.append(_Token("num", int(match.group("num")), match.group("num")))
        elif kind == "word":
            out.append(_classify(match.group("word")))
        elif kind == "tilde":
            out.append(_Token("approx"))
        else:
            out.append(_Token(kind))
    return out


def _has_date(tokens: list[_Token], ongoing_ok: bool = False) -> bool:
    wanted = {"num", "month", "iso"} | ({"ongoing"} if ongoing_ok else set())
    return any(t.kind in wanted for t in tokens)


def _split_range(tokens: list[_Token]) -> tuple[list[_Token], list[_Token] | None]:
    """Cut at the first separator with a date on both sides ("mid-June" is not a range)."""
    for i, token in enumerate(tokens):
        if token.kind == "dash" and _has_date(tokens[:i]) and _has_date(tokens[i + 1 :], True):
            return tokens[:i], tokens[i + 1 :]
    return tokens, None


def _partial(tokens: list[_Token]) -> _Partial:
    bc = any(t.kind == "era_bc" for t in tokens)
    era = bc or any(t.kind == "era_ad" for t in tokens)
    for t in tokens:
        if t.kind == "iso":
            return _Partial(iso=t.text, bc=t.text.startswith("-"), era_given=True)
    nums = [(i, t) for i, t in enumerate(tokens) if t.kind == "num"]
    month_at = next((i for i, t in enumerate(tokens) if t.kind == "month"), None)
    if month_at is None:
        if len(nums) >= 2 and nums[0][1].value <= 31:  # "18, 1812" after "November 15–"
            return _Partial(year=nums[1][1].value, day=nums[0][1].value, bc=bc, era_given=era)
        return _Partial(year=nums[0][1].value if nums else None, bc=bc, era_given=era)
    month = tokens[month_at].value
    before = [t.value for i, t in nums if i < month_at]
    after = [t.value for i, t in nums if i > month_at]
    day = before[-1] if before and before[-1] <= 31 else None
    year = before[-1] if before and day is None else None
    if after:
        if day is None and len(after) >= 2:
            day, year = after[0], after[1]
        elif day is None and after[0] <= 31 and not era:
            day = after[0]  # "June 25 – …": a day; a year this small needs an era
        else:
            year = after[0]
    return _Partial(year=year, month=month, day=day, bc=bc, era_given=era)


def _fill(left: _Partial, right: _Partial) -> _Partial:
    """Give the left end what it shares with the right: "12–20 March 2018", "100–44 BC"."""
    if left.iso is not None:
        return left
    year, bc = left.year, left.bc or (right.bc and not left.era_given)
    era_given = left.era_given or right.era_given
    if year is None:
        year, bc = right.year, right.bc
    month = left.month
    if month is None and left.day is not None:
        month = right.month
    return replace(left, year=year, month=month, bc=bc, era_given=era_given)


def _fill_right(left: _Partial, right: _Partial) -> _Partial:
    """ "November 15–18, 1812": the right end takes the month; "1942–43" takes the century."""
    if right.iso is not None or right.year is None:
        return right
    month = right.month if right.month is not None or right.day is None else left.month
    year = right.year
    if left.year is not None and not right.era_given and year < 100 <= left.year:
        year += left.year - left.year % 100
        if year < left.year:
            year += 100
    return replace(right, month=month, year=year, era_given=right.era_given or year >= 100)


def _iso(p: _Partial) -> str | None:
    if p.iso is not None:
        return p.iso
    if p.year is None or p.year == 0 or (p.day is not None and p.month is None):
        return None
    if p.year < 100 and not p.era_given:
        return None  # "3–5" or "March 31": a year this small is written with its era
    year = f"-{p.year:04d}" if p.bc else f"{p.year:04d}"
    if p.month is None:
        return year
    if p.day is None:
        return f"{year}-{p.month:02d}"
    limit = 29 if p.bc and p.month == 2 else calendar.monthrange(max(p.year, 1), p.month)[1]
    if not 1 <= p.day <= limit:
        return None
    return f"{year}-{p.month:02d}-{p.day:02d}"


def _day_before_month(left: _Partial, right: _Partial) -> bool:
    lone_number = left.month is None and left.day is None and not left.era_given
    return lone_number and right.month is not None and left.year is not None and left.year <= 31


def common_era_part(text: str) -> str:
    """The text without its parts in another calendar: "March, 623 CE, 1 AH" -> "March, 623
    CE", "1 AH / 622 CE" -> "622 CE", "Ramadan 2 AH (March 624 CE)" -> "March 624 CE"; ""
    when every part is in another calendar (an AH year is never read as a CE one)."""
    if OTHER_ERA.search(text) is None:
        return text
    parts = (part.strip() for part in CALENDAR_PARTS.split(text))
    return ", ".join(part for part in parts if part and OTHER_ERA.search(part) is None)


def parse_date_span(text: str, lang: str | None = None) -> DateSpan | None:
    """A date or date range in free text -> DateSpan; None when there is no date in it.
    ``lang``: the page's language ("16. Oktober 1813", "27 июня 1709"); the span's text
    stays as written."""
    clean = squash(text)
    if not clean:
        return None
    if ISO_PARTIAL_DATE.fullmatch(clean):  # "2018-03", "-0031", "0001": already ISO
        return DateSpan(text=clean, start=clean, end=clean)
    readable = cjk.date_text(clean) if cjk.has_cjk(clean) else clean  # "1331年9月11日"
    readable = common_era_part(readable)
    readable = locale.date_text(readable, lang) if lang else readable
    tokens = _tokens(PARENTHETICAL.sub(" ", readable))
    approx = any(t.kind == "approx" for t in tokens)
    left_tokens, right_tokens = _split_range(tokens)
    left = _partial(left_tokens)
    if right_tokens is None:
        start = _iso(left)
        if start is None:
            return None
        return DateSpan(text=clean, start=start, end=start, approx=approx)
    if not _has_date(right_tokens):
        start = _iso(left)
        ongoing = any(t.kind == "ongoing" for t in right_tokens)
        return DateSpan(text=clean, start=start, end=None, approx=approx, ongoing=ongoing)
    right = _partial(right_tokens)
    if _day_before_month(left, right):  # "12–20 March 2018": 12 is a day
        left = replace(left, day=left.year, year=None)
    if left.day is not None and left.month is None and right.month is None:
        return None  # "3–5" with no month or year anywhere
    start, end = _iso(_fill(left, right)), _iso(_fill_right(left, right))
    if start is None or end is None or not iso_ordered(start, end):
        return None
    return DateSpan(text=clean, start=start, end=end, approx=approx)


# A year outside remarks: three or four digits standing alone ("1642", "955").
YEAR = re.compile(r"(?<![\d.,])\d{3,4}(?![\d.,]\d)")
LATEST_YEAR = 2100


def keeps_one_of_two(text: str, span: DateSpan) -> bool:
    """The text names two different years but the span ends where it starts (or ends
    nowhere without being ongoing): one of two dates was lost, and the end may be wrong."""
    outside = PARENTHETICAL.sub(" ", common_era_part(text))
    years = {int(y) for y in YEAR.findall(outside) if int(y) <= LATEST_YEAR}
    if len(years) < 2:
        return False
    return span.start == span.end or (span.end is None and not span.ongoing)


def parse_date(text: str, lang: str | None = None) -> str | None:
    """A single date -> ISO string with its precision ("3 April 2018" -> "2018-04-03")."""
    span = parse_date_span(text, lang)
    if span is None or span.start is None or span.start != span.end:
        return None
    return span.start
