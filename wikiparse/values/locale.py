"""The words of a value's language, for the date and figure parsers (English's plus the
language's own, from ``vocab/lang/<code>.py``).

Dates are rewritten into the English words the date parser knows ("16. bis 19. Oktober 1813"
-> "16. to 19. October 1813", "2 августа 216 год до н. э." -> "2 August 216 год BC"); the
DateSpan keeps the text as written. Figures are read with patterns compiled per language: a
German figure's kind words ("Tote", "Gefangene"), range words ("bis"), scales ("Mio.") and
decimal comma ("2,4 тысяч").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache

from wikiparse import vocab
from wikiparse.models import QuantityKind
from wikiparse.vocab.lang import ENGLISH, language

__all__ = [
    "DOUBLE_DATE", "ENGLISH_CODE", "GARBLED", "NOT_ORDINAL", "NUMBER", "NUMBER_DECIMAL_COMMA",
    "SINCE", "FigureWords", "alternation", "breakdown_header", "coordinates_text", "date_text",
    "figure_words", "lead_subject", "month_names", "new_style", "unknown_words"
]  # fmt: skip

ENGLISH_CODE = "en"


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, escaped, longest first (so "Sept." is not read as
    "Sep" and a longer label wins over its start)."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _date_words(code: str) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """One pattern of the language's month names and date phrases, and their English."""
    lang = language(code)
    if lang is ENGLISH:
        return None
    english = {w: vocab.MONTH_NAMES[n - 1] for w, n in lang.months.items()}
    english.update(lang.date_words)
    # A whole word or phrase: no letter before or after it ("mai" is not "maison").
    pattern = re.compile(rf"(?<!\w)(?:{alternation(list(english))})(?!\w)\.?", re.IGNORECASE)
    return pattern, english


def _english(match: re.Match[str], table: Mapping[str, str]) -> str:
    found = match.group(0).lower()
    word = table.get(found) or table.get(found.rstrip(".")) or found
    return f" {word} "


# "27 июня (8 июля) 1709": a day and month, then another in brackets: the bracketed one is the
# New Style (Gregorian) date of a Julian one (ru-wiki writes dates before 1918 so).
DOUBLE_DATE = re.compile(
    r"(?P<old>\b\d{1,2}\s+[^\W\d_]{3,10}\.?)\s*\((?P<new>\d{1,2}\s+[^\W\d_]{3,10}\.?)\)"
)


def new_style(text: str, code: str | None) -> str | None:
    """The text with each Julian day-month replaced by the Gregorian one bracketed after it,
    or None when it has none (or the brackets hold no month of the language)."""
    if code in (None, ENGLISH_CODE):
        return None
    months = language(code).months
    found = False

    def swap(match: re.Match[str]) -> str:
        nonlocal found
        month = match.group("new").split()[-1].lower().rstrip(".")
        if month not in months:
            return match.group(0)
        found = True
        return match.group("new")

    out = DOUBLE_DATE.sub(swap, text)
    return out if found else None


SINCE = "since"


def date_text(text: str, code: str | None) -> str:
    """``text`` with the language's month names and date words in English; "seit 2011" (since)
    becomes "2011 – present"."""
    words = _date_words(code or ENGLISH_CODE)
    if words is None:
        return text
    pattern, table = words
    out = " ".join(pattern.sub(lambda m: _english(m, table), text).split())
    if out.lower().startswith(SINCE + " "):
        out = f"{out[len(SINCE) + 1 :]} – present"
    return out


@dataclass(frozen=True)
class FigureWords:
    """What the figure parser matches in one language (English included)."""

    figure: re.Pattern[str]
    kind_word: re.Pattern[str]
    kind_of: Mapping[str, QuantityKind]
    scales: Mapping[str, int]
    approx: frozenset[str]
    at_least: frozenset[str]
    unknown: frozenset[str]
    decimal_comma: bool
    not_figures: re.Pattern[str] | None = None  # dates and compounds: no figure in them
    # "20–25 000 hommes": the range's low end shares the high end's thousands (20 000)
    shared_groups: bool = False
    # words that tie two figures into one ("1 542 chevaliers dont 11 de haute noblesse")
    links: frozenset[str] = frozenset()
    # a number a copy glued its footnote digits to ("5.7803" = "5.780[3]"): the line's
    # figures cannot be told from its footnotes
    garbled: re.Pattern[str] | None = None


# A number: "1,500", "12 000", "5.000" (thousands), "1.2", "300". The grouped form must end at
# a non-digit so "1,2345" is not read as 1,234 + 5. Bounded repetition: no backtracking blow-up.
NUMBER = r"\d{1,3}(?:[,. ]\d{3})+(?!\d)|\d+(?:\.\d+)?"
# In a language with a decimal comma, "2,4 тысяч" is 2.4 thousand ("80,000" is still grouped).
NUMBER_DECIMAL_COMMA = r"\d{1,3}(?:[,. ]\d{3})+(?!\d)|\d+(?:[.,]\d{1,2}(?!\d))?"
# An ordinal is a name, not a figure: "1st Marine Division: 17,490" is 17,490, not 1.
NOT_ORDINAL = r"(?!\d|(?:st|nd|rd|th)\b)"


def _figure(number: str, scales: list[str], ranges: list[str]) -> re.Pattern[str]:
    """One figure: a number or a range of two, each with an optional scale, and a "+"."""
    scale = r"(?:\s?(?P<{}>" + "|".join(map(re.escape, scales)) + r")(?!\w))?"
    if scales == list(ENGLISH.scales):  # English's, as it always was
        scale = r"(?:\s?(?P<{}>" + "|".join(scales) + r")\b)?"
    return re.compile(
        rf"(?<![\d.,])(?P<low>{number}){NOT_ORDINAL}{scale.format('lscale')}"
        rf"(?:\s*(?:{'|'.join(ranges)})\s*(?P<high>{number}){NOT_ORDINAL}{scale.format('hscale')})?"
        r"(?P<plus>\+)?",
        re.IGNORECASE,
    )


def _kind_word(phrases: list[str]) -> re.Pattern[str]:
    """Casualty-kind words as whole words, longest phrase first so "killed and wounded" beats
    "killed"; the lookahead on first letters lets most positions fail at once (2x faster)."""
    ordered = sorted(phrases, key=lambda p: -len(p))
    initials = "".join(sorted({p[0] for p in ordered}))
    alternatives = "|".join(re.escape(p) for p in ordered)
    return re.compile(rf"\b(?=[{re.escape(initials)}])(?:{alternatives})\b", re.IGNORECASE)


@cache
def figure_words(code: str | None) -> FigureWords:
    lang = language(code)
    extra = lang if lang is not ENGLISH else None
    kinds = [*ENGLISH.kind_words, *(extra.kind_words if extra else ())]
    scales = {**ENGLISH.scales, **(extra.scales if extra else {})}
    ranges = ["–", "—", "−", "-", "to", *(map(re.escape, extra.range_words) if extra else ())]
    return FigureWords(
        figure=_figure(
            NUMBER_DECIMAL_COMMA if lang.decimal_comma else NUMBER, list(scales), ranges
        ),
        kind_word=_kind_word([p for p, _ in kinds]),
        kind_of=dict(kinds),  # type: ignore[arg-type]
        scales={k.lower(): v for k, v in scales.items()},
        approx=ENGLISH.approx_words | (extra.approx_words if extra else frozenset()),
        at_least=ENGLISH.at_least_words | (extra.at_least_words if extra else frozenset()),
        unknown=ENGLISH.unknown_words | (extra.unknown_words if extra else frozenset()),
        decimal_comma=lang.decimal_comma,
        not_figures=_not_figures(lang.months) if extra else None,
        shared_groups=extra is not None,
        garbled=GARBLED if lang.decimal_comma else None,
        links=frozenset(w for w in lang.breakdown_words if " " not in w) if extra else frozenset(),
    )


# A dot group of four or more digits where the dot groups thousands ("5.7803", "6.9068").
GARBLED = re.compile(r"(?<![\d.,])\d{1,3}\.\d{4,}")


def _not_figures(months: Mapping[str, int]) -> re.Pattern[str]:
    """Digits that are no count: a day before a month ("16. Oktober", "2 de febrero"), a year
    after one ("Oktober 1863"), a number joined to a word ("50-Jahr-Jubiläum"), a footnote
    glued to a word ("Colombia6")."""
    names = alternation([*vocab.MONTHS, *months])
    return re.compile(
        rf"(?<![\d.,])\d{{1,2}}\.?(?:[ \t]+de)?[ \t]+(?:{names})(?!\w)"
        rf"|(?<!\w)(?:{names})\.?(?:[ \t]+de)?[ \t]+\d{{3,4}}(?!\d)"
        r"|(?<![\d.,])\d+-(?=[^\W\d_])"
        # footnote digits glued to a word: "de la Gran Colombia6 *1.500"
        r"|(?<=[^\W\d_])\d{1,2}(?=[ \t*|]|$)"
        # a model's designation: "F-15", "AH-64", "M777"
        r"|(?<=[A-Z])-?\d+"
        # a sum, not "at least": "38000+30000" is two figures
        r"|(?<=\d)\+(?=\d)"
        # a footnote number ending a cell: "68 000 hommes 1", "160 à 278 canons 2"
        r"|(?<=[^\W\d_] )\d{1,2}$",
        re.IGNORECASE,
    )


def breakdown_header(text: str, code: str | None) -> bool:
    """ "davon:", "dont :", "de los cuales:": a line saying the figures under it break down
    the one above (only in the page's language: English has its own rules for "including")."""
    lang = language(code)
    key = text.strip().rstrip(":").strip().lower()
    return lang is not ENGLISH and key in lang.breakdown_words


def unknown_words(code: str | None) -> frozenset[str]:
    """The words that mean "no value" in the language (English's too)."""
    return figure_words(code).unknown


@cache
def month_names(code: str | None) -> re.Pattern[str]:
    """The language's month names (English's too), as whole words."""
    names = [*vocab.MONTHS, *language(code).months]
    return re.compile(rf"(?<!\w)(?:{alternation(names)})(?!\w)", re.IGNORECASE)


@cache
def _compass(code: str) -> re.Pattern[str] | None:
    words = language(code).compass
    if not words:
        return None
    return re.compile(rf"(?<=[\d″\"′'\s])(?:{alternation(list(words))})(?!\w)")


def coordinates_text(text: str, code: str | None) -> str:
    """ "49° 08′ 00″ nord" -> "49° 08′ 00″ N", "16° 7′ 57″ O" (German Ost) -> "… E",
    "41°18′23″ с. ш." -> "… N": the hemisphere letters the coordinates reader knows."""
    pattern = _compass(code or ENGLISH_CODE)
    if pattern is None:
        return text
    table = language(code).compass
    return pattern.sub(lambda m: table[m.group(0)], text)


@cache
def _lead_subject(code: str) -> re.Pattern[str] | None:
    verbs = language(code).lead_verbs
    if not verbs:
        return None
    return re.compile(
        r"^(?P<subject>[^\W\d_][^,.()\n]{2,80}?(?: \([^()\n]{1,40}\))?)"
        rf"(?:,| (?:{alternation(list(verbs))})(?!\w))"
    )


def lead_subject(paragraph: str, code: str | None) -> str | None:
    """What a lead's first sentence is about, in the page's language: "La batalla de
    Gaugamela es …" -> "La batalla de Gaugamela", "Битва при Каннах — …"."""
    pattern = _lead_subject(code or ENGLISH_CODE)
    match = pattern.match(paragraph) if pattern is not None else None
    return " ".join(match.group("subject").split()) if match is not None else None
