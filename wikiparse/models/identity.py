"""A conflict's identity from its document alone: ``Conflict.key``, and the name forms
``wikiparse.merge`` compares.

The key rule (docs/merge.md):

1. the name, diacritics folded ("Ayacucho" = "Ayacúcho") and casefolded;
2. a trailing parenthetical dropped ("Battle of Raqqa (2017)"), then a leading "The";
3. apostrophes dropped ("Barons' War" -> "barons-war"), every other run of non-letters and
   non-digits (spaces, dashes, commas) turned into one "-";
4. "-" and the start year when the date has one (negative BC: "battle-of-actium--31"); when
   the date is missing, the year the dropped parenthetical names ("(2017)");
5. "-" and the month (two digits) when the dropped parenthetical names a month of that year:
   "Southern Damascus offensive (March 2018)" -> "southern-damascus-offensive-2018-03".
   Wikipedia titles two conflicts of one name and one year by their months ("(March 2018)",
   "(April–May 2018)"); without the month they would share a key.

No run state enters the key: the same text gives the same key in any batch, so keys join
across runs. Two scrapes of one conflict can still have different keys (one lost its date, one
names it otherwise); ``merge`` joins those on evidence.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Protocol, cast

from pydantic import BaseModel, computed_field, model_validator

from wikiparse import vocab
from wikiparse.models.iso import iso_key

__all__ = [
    "APOSTROPHES", "NON_WORD", "PAREN_WORD", "PAREN_YEAR", "UNNAMED_SLUG", "Keyed", "Named",
    "conflict_key", "fold", "key_of", "parenthetical_date", "slug", "split_parenthetical",
    "without_key"
]  # fmt: skip

# Everything but letters and digits separates slug words ("Chusto-Talasah", "Krasnoi, 1812").
NON_WORD = re.compile(r"[\W_]+")
# Apostrophes join, not separate: "Napoleon's" is one word ("napoleons"), as in URLs.
APOSTROPHES = str.maketrans("", "", "'’ʼ`´")
# A year in a title's parenthetical: "(2017)", "(March 2018)", "(955)", "(31 BC)"; "(1st)" has
# none (the digit is glued to letters).
PAREN_YEAR = re.compile(r"\b(\d{1,4})\b(\s*(?:BCE?|B\.C\.(?:E\.)?)(?!\w))?", re.IGNORECASE)
PAREN_WORD = re.compile(r"[^\W\d_]+")
UNNAMED_SLUG = "untitled"


class Named(Protocol):
    """What a key is computed from (a Conflict)."""

    @property
    def name(self) -> str: ...

    @property
    def date(self) -> _Dated | None: ...


class _Dated(Protocol):
    @property
    def start(self) -> str | None: ...


def fold(text: str) -> str:
    """Diacritics folded and casefolded: "Ayacúcho" -> "ayacucho", "Krasnoï" -> "krasnoi"."""
    if text.isascii():  # most names: nothing to decompose
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def split_parenthetical(name: str) -> tuple[str, str | None]:
    """("Battle of Raqqa", "2017") from "Battle of Raqqa (2017)"; a name without a trailing
    parenthetical comes back whole. Found by position, not by regex: a name full of
    unclosed "(" costs one scan."""
    stripped = name.rstrip()
    if not stripped.endswith(")"):
        return stripped, None
    opening = stripped.rfind("(")
    if opening <= 0:
        return stripped, None
    return stripped[:opening].rstrip(), stripped[opening + 1 : -1].strip()


def slug(name: str) -> str:
    """Steps 1-3 of the key rule: "The battle of Raqqa (2017)" -> "battle-of-raqqa"."""
    base, _ = split_parenthetical(fold(name))
    base = base.translate(APOSTROPHES).strip()
    for article in vocab.NAME_ARTICLES:
        if base.startswith(article + " "):
            base = base[len(article) + 1 :]
            break
    return NON_WORD.sub("-", base).strip("-") or UNNAMED_SLUG


def parenthetical_date(name: str) -> tuple[int | None, int | None]:
    """(year, month) the title's parenthetical names: "(March 2018)" -> (2018, 3),
    "(2016–2017)" -> (2016, None), "(31 BC)" -> (-31, None), "(film)" -> (None, None)."""
    _, inner = split_parenthetical(name)
    if not inner:
        return None, None
    found = PAREN_YEAR.search(inner)
    if found is None:
        return None, None
    year = -int(found.group(1)) if found.group(2) else int(found.group(1))
    months = [vocab.MONTHS[w] for w in PAREN_WORD.findall(fold(inner)) if w in vocab.MONTHS]
    return year, months[0] if months else None


def conflict_key(name: str, start: str | None) -> str:
    """The key of a conflict named ``name`` whose date starts at ``start`` (partial ISO)."""
    paren_year, paren_month = parenthetical_date(name)
    year = iso_key(start)[0] if start else paren_year
    if year is None:
        return slug(name)
    month = f"-{paren_month:02d}" if paren_month and paren_year == year else ""
    return f"{slug(name)}-{year}{month}"


def key_of(conflict: Named) -> str:
    """``Conflict.key``: the key of the conflict's name and date."""
    return conflict_key(conflict.name, conflict.date.start if conflict.date else None)


def without_key(data: object) -> object:
    """A dumped Conflict read back: its ``key`` is derived, so the given one is dropped (a key
    made by an older rule must not make the record unreadable, nor stand beside a new one)."""
    if isinstance(data, dict) and "key" in data:
        return {k: v for k, v in data.items() if k != "key"}
    return data


class Keyed(BaseModel):
    """What gives ``Conflict`` its ``key`` (a base of it): computed on every read, so a copy
    with another name or date (``model_copy(update=…)``) has its own key."""

    @computed_field(  # type: ignore[prop-decorator]
        description='identity from the name and start year ("battle-of-raqqa-2017"), computed '
        "from the document alone (wikiparse.models.identity); a key given on input is dropped"
    )
    @property
    def key(self) -> str:
        return key_of(cast(Named, self))

    _no_key = model_validator(mode="before")(without_key)
