"""Group headers and note lines among the items of a side (belligerents, commanders, units).

Rules (docs/model.md): a generic header line ("Supported by:", "Allies:") names no party or
commander: each member under or after it (until the next header) gets it as ``note``. A header
that names an entity and ends with a colon ("Seventh Coalition:") is a group Party whose
members become its ``children``. A line that is only a parenthesis ("(Supreme Allied
Commander)") is the note of the entry above it, and so is a commander line that names an
office ("Führer und Reichskanzler") or a role after a dash ("– left wing"). A line that points
at a list ("...full list") names no one: it is dropped with an ``info`` Issue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from wikiparse import vocab
from wikiparse.issues import Issue
from wikiparse.raw import RawItem
from wikiparse.values.names import DASHES, is_title_line

__all__ = ["GLUED_HEADER", "MAX_HEADER_WORDS", "Grouped", "regroup"]

# "Royalists: Spanish Empire": a capitalised header of a few words, a colon, a member.
GLUED_HEADER = re.compile(r"^(?P<head>[A-Z][^:\n]{0,40}):[ \t]+(?P<member>[A-Z][^\n]*)$")
MAX_HEADER_WORDS = 4


@dataclass
class Grouped:
    """The items to build, each with the note its header or note line gave it."""

    items: list[RawItem] = field(default_factory=list)
    notes: dict[int, str] = field(default_factory=dict)  # id(item) -> note


def _header_key(text: str) -> str:
    return text.strip().rstrip(":").strip().lower()


def _is_list_link(text: str) -> bool:
    low = text.strip().lower().lstrip(".…").strip()
    return any(low == link.lstrip(".…") for link in vocab.LIST_LINKS) or low.startswith("see ")


def regroup(
    items: list[RawItem], issues: list[Issue], field_path: str, people: bool = False
) -> Grouped:
    """``people``: commanders, who form no groups: any "…:" line heads the ones after it."""
    out = Grouped()
    note: str | None = None
    group: RawItem | None = None
    items = items if people else [i for item in items for i in _unglue_header(item)]
    for k, item in enumerate(items):
        text = item.text.strip()
        if _is_list_link(text):
            issues.append(_list_link_dropped(text, field_path))
            continue
        if _is_header(text, people) and not _names_the_side(item, items, k):
            # "Supported by:": a note on the members, not a party
            note, group = text.rstrip(":").strip(), None
            for child in item.children:
                _add(out, child, note)
            continue
        if text.startswith("(") and text.endswith(")") and out.items and not item.children:
            out.notes.setdefault(id(out.items[-1]), text[1:-1].strip())  # the entry above's
            continue
        if people and out.items and not item.children and _is_remark_line(text):
            above = id(out.items[-1])  # "Führer und Reichskanzler": the office of the one above
            remark = text.lstrip(DASHES + " ")
            out.notes[above] = "; ".join(n for n in (out.notes.get(above), remark) if n)
            continue
        if text.endswith(":") and len(text) > 1:  # "Seventh Coalition:": a group
            item.text, note = text[:-1].strip(), None
            group = item if not item.children else None
            out.items.append(item)
            continue
        if group is not None and item.depth == group.depth:
            group.children.append(item)
            continue
        _add(out, item, note)
    return out


def _list_link_dropped(text: str, field_path: str) -> Issue:
    return Issue(
        code="list-link-dropped",
        message="a link to a list, not a name: dropped",
        field=field_path,
        text=text,
    )


def _unglue_header(item: RawItem) -> list[RawItem]:
    """ "Royalists: Spanish Empire" (a kiwix cell; "'''Allies:''' France" in wikitext): a short
    header and its first member on one line -> the header line, and the member under it."""
    match = GLUED_HEADER.match(item.text)
    if match is None or item.children or len(match.group("head").split()) > MAX_HEADER_WORDS:
        return [item]
    head, member = match.group("head"), match.group("member")
    links = [link for link in item.links if link.text and link.text in member]
    child = RawItem(
        text=member,
        depth=item.depth,
        links=links,
        flags=item.flags,
        markers=item.markers,
        refs=item.refs,
    )
    return [RawItem(text=f"{head}:", depth=item.depth), child]


def _is_remark_line(text: str) -> bool:
    """A commander line that names no person: an office ("Führer und Reichskanzler", "Prime
    Minister") or a role after a dash ("– left wing") under the one it belongs to."""
    if text[:1] in DASHES:
        return text.lstrip(DASHES + " ").lower() in vocab.ROLE_SUFFIXES
    return is_title_line(text)


def _is_header(text: str, people: bool) -> bool:
    return _header_key(text) in vocab.GROUP_HEADERS_ALL or (people and text.endswith(":"))


def _names_the_side(item: RawItem, items: list[RawItem], k: int) -> bool:
    """ "Allies" with no colon, nothing under it and nothing after it is the side's name (World
    War II's box: "Allies" | "Axis"), not a header of members the page lost."""
    text = item.text.strip()
    return not text.endswith(":") and not item.children and k == len(items) - 1


def _add(out: Grouped, item: RawItem, note: str | None) -> None:
    out.items.append(item)
    if note is not None:
        out.notes[id(item)] = note
