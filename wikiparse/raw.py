"""The neutral intermediate every reader produces: a RawPage (a conflict page: visible text,
items and links) or a RawReport (a news page). Both carry the Issues their reader met.

Readers turn markup into these plain dataclasses (no markup survives past a reader); ``assemble``
turns a RawPage into a Conflict with the value parsers. Plain dataclasses, not pydantic: they
are built once per page on the hot path and never validated.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

from wikiparse.issues import Issue

__all__ = [
    "MAX_ITEMS", "FormatName", "RawItem", "RawLink", "RawPage", "RawRef", "RawReport",
    "RawSection", "RawValue", "cited", "nest", "walk"
]  # fmt: skip

# The input formats, named once here (the registry in ``readers`` lists a reader for each).
FormatName = Literal["html", "wikitext", "plaintext", "frontmatter", "mirror", "news"]
# Entries kept of one list value (a side's belligerents, commanders, units, figures): each is a
# RawItem (450 bytes), then a model (1 KB), so a scrape of 20,000 "Flag of Syria.svg Syria1"
# lines (28 bytes each) held 61 bytes per input byte. Real boxes list a few dozen. A reader
# stops one past the cap (so the assembler knows there were more: it says so in an Issue).
MAX_ITEMS = 500


@dataclass(slots=True)
class RawLink:
    text: str
    page: str | None = None


@dataclass(slots=True)
class RawItem:
    """One entry of a list value (a party, a commander, a figure); ``depth``: bullet level."""

    text: str
    depth: int = 0
    links: list[RawLink] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    markers: list[str] = field(default_factory=list)  # fates / surrender, canonical names
    refs: list[str] = field(default_factory=list)
    children: list[RawItem] = field(default_factory=list)


@dataclass(slots=True)
class RawValue:
    """One infobox field: its whole visible text and the same split into ordered items."""

    text: str
    items: list[RawItem] = field(default_factory=list)
    links: list[RawLink] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    refs: list[str] = field(default_factory=list)


@dataclass(slots=True)
class RawRef:
    """A citation as found: citation-template parameters (visible text) and/or free text."""

    key: str | None
    fields: dict[str, str] = field(default_factory=dict)
    text: str = ""
    urls: list[str] = field(default_factory=list)
    rendered: bool = False  # ``text`` is a citation as a page renders it ("Title". Work. Date.)


@dataclass(slots=True)
class RawSection:
    title: str | None
    level: int
    paragraphs: list[str] = field(default_factory=list)


@dataclass(slots=True)
class RawReport:
    """A news page with its chrome removed: the parts a report is made of, as text."""

    headline: str | None = None
    byline: str | None = None  # "AFP" from "By AFP"
    agency_hint: str | None = None  # "(AFP)" in a dateline, "told AFP" in the text
    date_text: str | None = None  # "March 22, 2018"
    dateline: str | None = None  # "BEIRUT"
    publisher: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    language: str | None = None  # when the page says (front matter "lang", HTML lang)


@dataclass(slots=True)
class RawPage:
    """A conflict page as a reader found it: infobox fields by canonical name, the article."""

    title: str | None = None
    lead_name: str | None = None  # the bold name in the lead, a fallback for the title
    infobox: dict[str, RawValue] = field(default_factory=dict)
    coordinates: str | None = None  # page-level coordinates, as visible text
    sections: list[RawSection] = field(default_factory=list)
    see_also: list[RawLink] = field(default_factory=list)
    related: list[RawLink] = field(default_factory=list)
    references: list[RawRef] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    language: str | None = None  # when the page says (front matter "lang", HTML lang)
    # The values are text a render flattened (a plaintext or mirror scrape): names a cell held
    # on separate lines may stand run together in one. Markup keeps its separators (<br>, lists,
    # flags), so a wikitext, front-matter or HTML value is never split at name cues.
    flattened: bool = False
    # What the page is, for telling a conflict from other pages (``judge``):
    conflict_box: bool = False  # a conflict infobox (or its rendered rows) was found
    other_boxes: list[str] = field(default_factory=list)  # other infoboxes, by template name
    categories: list[str] = field(default_factory=list)
    redirect: str | None = None  # the target of a redirect page
    disambiguation: bool = False  # a disambiguation or set-index page
    listed: list[str] = field(default_factory=list)  # pages a body table lists, one per row


def nest(items: list[RawItem]) -> list[RawItem]:
    """Turn a flat run of items with bullet depths into a tree.

    An item becomes a child of the nearest earlier item with a smaller depth ("Syria" then
    "* Syrian Armed Forces" is a state and its army); items with no such item are top level.
    """
    roots: list[RawItem] = []
    stack: list[RawItem] = []
    for item in items:
        while stack and stack[-1].depth >= item.depth:
            stack.pop()
        (stack[-1].children if stack else roots).append(item)
        stack.append(item)
    return roots


def walk(items: list[RawItem]) -> Iterator[RawItem]:
    """Every item of a tree, parents before their children."""
    for item in items:
        yield item
        yield from walk(item.children)


def cited(infobox: dict[str, RawValue]) -> set[str]:
    """The keys of every reference the infobox's values cite (on their lines or items)."""
    keys = {key for value in infobox.values() for key in value.refs}
    for value in infobox.values():
        keys.update(key for item in walk(value.items) for key in item.refs)
    return keys
