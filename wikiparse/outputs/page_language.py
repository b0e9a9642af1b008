"""Which language a Conflict's wikitext is written in, so that it reads back as it was read.

A Conflict read from a German page keeps its values as written ("19. Juli 2012", "8.000 Tote"),
and they were read in German's words. Written under {{Infobox military conflict}} they would be
read back in English's ("Juli" is no month to it, "Tote" no kind) and the round trip would
break; written under the language's own infobox ({{Infobox Militärischer Konflikt}}) they are
read in its words again. The Conflict does not say its language, so the values decide: the
first language (the Document's, then English, then the others) in which its date and figures
read back to the same values.
"""

from __future__ import annotations

from wikiparse import fields
from wikiparse.assemble.dates import read_date
from wikiparse.models import Conflict, DateSpan, Quantity
from wikiparse.values.quantities import parse_quantities
from wikiparse.vocab.lang import LANGUAGES, language

__all__ = ["ENGLISH_CODE", "breakdown_line", "infobox_title", "values_language"]

ENGLISH_CODE = "en"


def _same_date(span: DateSpan, lang: str) -> bool:
    again = read_date(span.text, lang, [])
    if again is None:
        return False
    return (again.start, again.end, again.approx, again.ongoing) == (
        span.start,
        span.end,
        span.approx,
        span.ongoing,
    )


def _facts(q: Quantity) -> tuple[object, ...]:
    return (q.low, q.high, q.approx, q.at_least, q.kind, q.what)


def _same_figure(q: Quantity, lang: str) -> bool:
    again = parse_quantities(q.text, None, lang)
    return len(again) == 1 and _facts(again[0]) == _facts(q)


def _figures(c: Conflict) -> list[Quantity]:
    sides = [*c.sides, *([c.joint] if c.joint is not None else [])]
    return [q for s in sides for q in (*s.strength, *s.casualties) if q.low is not None]


def _read_back(c: Conflict, figures: list[Quantity], lang: str) -> int:
    """How many of ``c``'s date and figures read back alone to the same values in ``lang``
    (a figure whose kind came from its row, "72.000" under "insgesamt", reads back in none)."""
    dated = c.date is not None and bool(c.date.text) and _same_date(c.date, lang)
    return dated + sum(_same_figure(q, lang) for q in figures)


def values_language(c: Conflict, given: str | None = None) -> str:
    """The language most of ``c``'s date and figures read back in; on a tie ``given`` (the
    Document's) first, then English, then the others in ``LANGUAGES`` order. The first that
    reads them all back ends the search (an English Conflict is read once)."""
    order = [given] if given in LANGUAGES else []
    order += [code for code in LANGUAGES if code != given and code != ENGLISH_CODE]
    order.insert(1 if order and order[0] == given else 0, ENGLISH_CODE)
    figures = _figures(c)
    whole = len(figures) + (c.date is not None and bool(c.date.text))
    scores: dict[str, int] = {}
    for code in dict.fromkeys(order):
        scores[code] = _read_back(c, figures, code)
        if scores[code] == whole:
            return code
    return max(scores, key=lambda code: scores[code])  # the first of the best (dict order)


def infobox_title(lang: str) -> str:
    """The conflict infobox a page in ``lang`` is written with (English's when it has none)."""
    return language(lang).infobox_title or fields.RENDERED_INFOBOX


def breakdown_line(lang: str) -> str | None:
    """The line that says the figures after it break down the one before ("davon:"), in a
    language that writes one (English's totals say "total" in their own text)."""
    words = language(lang).breakdown_words if lang != ENGLISH_CODE else ()
    return f"{words[0]}:" if words else None
