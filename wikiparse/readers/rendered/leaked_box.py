"""A conflict infobox whose wikitext leaked into a rendered page with its braces and line
breaks stripped, glued to the title of the entry it belongs to:

    Première Guerre mondialeInfobox Conflit militaire | image = WWImontage.jpg | taille image
    = 280 | légende = Dans le sens des aiguilles d'une montre : …

(a concept list that shows each concept's title, then the start of its page's source: fr
graphsearch.epfl.ch). The title is the conflict's name, the "key = value" pieces its fields;
the other entries of such a list are other pages, so none of their text is this conflict's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wikiparse import fields
from wikiparse.raw import RawValue
from wikiparse.readers.common.params import canonical_param
from wikiparse.readers.common.scrape import strip_markers
from wikiparse.values.locale import alternation
from wikiparse.vocab.lang import LANGUAGES

__all__ = ["LEAKED_BOX", "MAX_TITLE", "PARAM_SEPARATOR", "Leaked", "find_leaked_box"]

MAX_TITLE = 150
# A conflict infobox's name (any language's) glued after some text, then its first "|".
LEAKED_BOX = re.compile(
    r"(?P<box>" + alternation(fields.CONFLICT_INFOBOXES) + r")[ \t]*\|",
    re.IGNORECASE,
)
# Between two parameters: " | " (a "|" inside a value would be a link's or a template's,
# whose brackets leaked too; none is split on when it has no spaces around it). Tried only
# where a run of blanks starts: inside a long run each start would scan the rest (quadratic).
PARAM_SEPARATOR = re.compile(r"(?<![ \t])[ \t]+\|[ \t]+")


@dataclass
class Leaked:
    title: str
    infobox: dict[str, RawValue]
    language: str | None  # the language whose infobox it is (None: English's)


def _params(text: str) -> dict[str, RawValue]:
    out: dict[str, RawValue] = {}
    for piece in PARAM_SEPARATOR.split(text):
        name, found, value = piece.partition("=")
        key = canonical_param(name) if found else None
        if key is not None and value.strip() and key not in out:
            out[key] = RawValue(text=strip_markers(value.strip()))
    return out


def find_leaked_box(lines: list[str]) -> Leaked | None:
    """The first line holding a leaked conflict infobox glued to a title, or None."""
    for line in lines:
        if "|" not in line or "=" not in line:  # "| k = v": searched only then (a table's
            continue  # rows would cost the pattern 8% of a page's read)
        match = LEAKED_BOX.search(line)
        title = line[: match.start()].strip() if match is not None else ""
        if match is None or not title or len(title) > MAX_TITLE or "|" in title:
            continue
        name = " ".join(match.group("box").lower().split())
        code = next(
            (x.iso for x in LANGUAGES.values() if x.iso != "en" and name in x.infoboxes), None
        )
        return Leaked(title=title, infobox=_params(line[match.end() :]), language=code)
    return None
