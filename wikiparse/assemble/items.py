"""The items of a belligerent or commander column made ready to build: two linked names
joined by "and" are two entries, a flag's name written before a link gives way to the
link, and a heraldic icon is no flag.

"[[Kingdom of England|England]] and [[Duchy of Burgundy|Burgundy]]" is England and Burgundy;
"{{flag|Kingdom of Hanover}} [[Electorate of Hanover|Hanover]]" is Hanover (flag Kingdom of
Hanover); "Tudor Dragon Badge.svg" beside a name is a badge, not a flag: ``flag`` None and an
info Issue that keeps the icon's name.
"""

from __future__ import annotations

import re

from wikiparse import vocab
from wikiparse.issues import Issue
from wikiparse.raw import RawItem, RawLink

__all__ = ["ICON_WORDS", "is_heraldic", "prepare", "split_joined_links"]

# The words of an icon's name, to find heraldic words among them.
ICON_WORDS = re.compile(r"[^\W_]+")


def prepare(
    items: list[RawItem], issues: list[Issue], path: str, deep: bool = True
) -> list[RawItem]:
    """Each item split at "and" between links, its name freed of a flag's name, its heraldic
    icons moved out of ``flags`` into Issues; ``deep``: its children too (commanders come
    as one flat list already)."""
    out: list[RawItem] = []
    for item in items:
        for piece in split_joined_links(item):
            if deep:
                piece.children = prepare(piece.children, issues, path)
            _link_over_flag_name(piece)
            _drop_heraldry(piece, issues, path)
            out.append(piece)
    return out


def split_joined_links(item: RawItem) -> list[RawItem]:
    """ "[[A]] and [[B]]", "[[A]], [[B]] and [[C]]": an item made only of links joined by
    "and", "&" or commas is one entry per link. Flags go one to each when there are as many,
    else to the first; refs, markers and children to the last."""
    links = _joined(item)
    if links is None:
        return [item]
    last = len(links) - 1
    paired = len(item.flags) == len(links)
    return [
        RawItem(
            text=link.text,
            depth=item.depth,
            links=[link],
            flags=[item.flags[k]] if paired else (item.flags if k == 0 else []),
            markers=item.markers if k == last else [],
            refs=item.refs if k == last else [],
            children=item.children if k == last else [],
        )
        for k, link in enumerate(links)
    ]


def _joined(item: RawItem) -> list[RawLink] | None:
    """The links that make up the whole text, in order, when only joining words stand
    between them (and nothing before or after); None otherwise."""
    links = [link for link in item.links if link.text]
    if len(links) < 2:
        return None
    text, at = item.text, 0
    for k, link in enumerate(links):
        found = text.find(link.text, at)
        if found < 0:
            return None
        gap = text[at:found]
        if (k == 0 and gap.strip()) or (k > 0 and gap.strip().lower() not in vocab.LINK_JOINERS):
            return None
        at = found + len(link.text)
    return links if not text[at:].strip() else None


def _link_over_flag_name(item: RawItem) -> None:
    """ "Kingdom of Hanover Hanover" ({{flag|Kingdom of Hanover}} then a link "Hanover"): the
    flag template's name is the flag's, the link names the entry."""
    if len(item.links) < 2 or not item.flags:
        return
    shown, named = item.links[0], item.links[1]
    flag = item.flags[0]
    if flag != shown.text and not flag.startswith(shown.text + " ("):
        return
    rest = item.text[len(shown.text) :].strip()
    if item.text.startswith(shown.text + " ") and rest.startswith(named.text):
        item.text, item.links = rest, item.links[1:]


def is_heraldic(icon: str) -> bool:
    """A badge or coat of arms ("Tudor Dragon Badge", "Blason France moderne", "Wappen
    Brandenburg-Ansbach"), named by a word of ``vocab.HERALDIC_WORDS``."""
    words = f" {' '.join(ICON_WORDS.findall(icon.lower()))} "
    return any(f" {word} " in words for word in vocab.HERALDIC_WORDS)


def _drop_heraldry(item: RawItem, issues: list[Issue], path: str) -> None:
    kept = [flag for flag in item.flags if not is_heraldic(flag)]
    for icon in item.flags:
        if icon not in kept:
            issues.append(
                Issue(
                    code="heraldic-icon",
                    field=path,
                    text=icon,
                    message="a badge or coat of arms beside the name is not a "
                    "flag: left out of `flag` (the icon's name is here)",
                )
            )
    item.flags = kept
