"""What grouping reads of one conflict document: its key, its name in a loose form, its date
span, the places, belligerents and commanders it names, and how faithful its format is."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from wikiparse import vocab
from wikiparse.linking import words
from wikiparse.models import Conflict, DateSpan, Document, Party
from wikiparse.models.identity import APOSTROPHES, fold, split_parenthetical
from wikiparse.models.iso import iso_key
from wikiparse.values.dates import parse_date_span
from wikiparse.values.mentions import mentions

__all__ = [
    "FORMAT_RANK", "MISSING_NAME", "NAME_TOKEN", "NOT_ALNUM", "ONGOING_END", "Bound", "Profile",
    "Span", "completeness", "loose_name", "overlap", "profile", "span_of", "squeeze"
]  # fmt: skip

# Most faithful first: a wikitext infobox is the source every other format was made from.
FORMAT_RANK = {"wikitext": 0, "html": 1, "frontmatter": 2, "mirror": 3, "plaintext": 4}
NAME_TOKEN = re.compile(r"[^\W_]+")
NOT_ALNUM = re.compile(r"[\W_]+")
Bound = tuple[int, int, int]
Span = tuple[Bound, Bound]
ONGOING_END: Bound = (10_000, 12, 31)  # "2011 – present": open to any later date
MISSING_NAME = "missing-name"  # the Issue of a conflict named "Untitled conflict" by default


@functools.lru_cache(maxsize=1 << 16)  # one name is squeezed for every pair it is compared in
def squeeze(text: str) -> str:
    """Letters and digits only, folded: the form in which format noise (case, accents,
    spacing, punctuation, a flag name glued to its party) no longer differs."""
    return NOT_ALNUM.sub("", fold(text).translate(APOSTROPHES))


def _variant(word: str) -> str:
    for old, new in vocab.SPELLING_VARIANTS:
        word = word.replace(old, new)
    return word


def loose_name(name: str) -> tuple[str, str | None]:
    """(name, ordinal): the name as spellings of one title share it ("Battle o Bannockburn",
    "Battle of the Bannockburn" -> "battlebannockburn"; "Battle of Krasnoy" = "Krasnoi"),
    the ordinal apart ("Second Battle of Lechfeld" -> ("battlelechfeld", "second"))."""
    base, _ = split_parenthetical(fold(name).translate(APOSTROPHES))
    kept, ordinal = [], None
    for word in NAME_TOKEN.findall(base):
        if word in vocab.ORDINALS and ordinal is None:
            ordinal = word
        elif word not in vocab.NAME_FILLERS:
            kept.append(_variant(word))
    return "".join(kept), ordinal


def _bounds(iso: str, last: bool) -> Bound:
    """ "2018-03" -> (2018, 3, 1), or (2018, 3, 31) as a last day (31 is late enough for any
    month: the bounds are only compared)."""
    parts = iso_key(iso)
    month = parts[1] if len(parts) > 1 else (12 if last else 1)
    return parts[0], month, parts[2] if len(parts) > 2 else (31 if last else 1)


def span_of(date: DateSpan | None) -> Span | None:
    """The earliest and latest day the date can mean, as (year, month, day) bounds."""
    if date is None or date.start is None:
        return None
    if date.end is not None:
        end = _bounds(date.end, True)
    else:
        end = ONGOING_END if date.ongoing else _bounds(date.start, True)
    return _bounds(date.start, False), end


def overlap(a: Span, b: Span) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _parties(parties: list[Party]) -> Iterator[str]:
    for party in parties:
        yield party.name
        yield from _parties(party.children)


def _places(conflict: Conflict) -> frozenset[str]:
    """Place words but the country ("al-Qadam, Syria": "Syria" is too broad to tell apart)."""
    found: set[str] = set()
    if conflict.place:
        parts = [p for p in conflict.place.split(",") if p.strip()]
        found |= words(" ".join(parts[:-1] if len(parts) > 1 else parts))
    found |= {w for x in conflict.place_links for w in words(x.text)}
    return frozenset(found - vocab.LINK_STOPWORDS)


@dataclass(frozen=True)
class Profile:
    """One conflict document as grouping sees it."""

    index: int  # place in the input: only the output order depends on it
    source: str
    document: Document
    conflict: Conflict
    key: str
    rank: int
    completeness: int
    name: str
    ordinal: str | None
    span: Span | None
    places: frozenset[str]
    parties: frozenset[str]
    commanders: frozenset[str]
    part_of: frozenset[str]
    nameless: bool  # no name was found ("Untitled conflict"): it joins nothing

    @property
    def join_key(self) -> str:
        """The key the hash join uses: a nameless document's own, so two nameless
        documents of one year are never one conflict."""
        return f"{self.key}#{self.source}" if self.nameless else self.key

    @property
    def order(self) -> tuple[int, int, str]:
        """Most faithful first, then most complete, then by name: never by input position."""
        return self.rank, -self.completeness, self.source


def completeness(conflict: Conflict) -> int:
    """How many values the conflict carries (its article text aside: excerpts cut it)."""
    top = (
        conflict.date,
        conflict.place,
        conflict.coordinates,
        conflict.result,
        conflict.territory,
        conflict.part_of,
        conflict.outcomes,
        conflict.joint,
    )
    sides = sum(
        bool(s.belligerents)
        + bool(s.commanders)
        + bool(s.units)
        + bool(s.strength)
        + bool(s.casualties)
        for s in conflict.sides
    )
    return sum(1 for value in top if value) + sides


def profile(index: int, source: str, document: Document) -> Profile:
    conflict = document.conflict
    assert conflict is not None  # merge profiles conflict documents only
    name, ordinal = loose_name(conflict.name)
    span = span_of(conflict.date)
    if span is None:  # "Battle of Raqqa (2017)" with its date lost: the title still dates it
        _, inner = split_parenthetical(conflict.name)
        span = span_of(parse_date_span(inner)) if inner else None
    parties = [n for s in conflict.sides for n in _parties(s.belligerents)]
    commanders = [c.name for s in conflict.sides for c in s.commanders]
    return Profile(
        index=index,
        source=source,
        document=document,
        conflict=conflict,
        key=conflict.key,
        rank=FORMAT_RANK.get(document.format, len(FORMAT_RANK)),
        completeness=completeness(conflict),
        name=name,
        ordinal=ordinal,
        span=span,
        places=_places(conflict),
        parties=frozenset({squeeze(n) for n in parties} | set(mentions("; ".join(parties)))) - {""},
        commanders=frozenset(squeeze(n) for n in commanders) - {""},
        part_of=frozenset(loose_name(x.text)[0] for x in conflict.part_of),
        nameless=any(i.code == MISSING_NAME for i in document.issues),
    )
