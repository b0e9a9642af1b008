"""Belligerents a rendered box ran together or lost the label of (issue 27 classes 3 and 4).

    Belligerents
    Royal forces Baronial forces              <- two parties on one line, one per column

    Result Confederate victory
    United States (Union) Confederate States (Confederacy)   <- the Belligerents label lost
    Commanders and leaders

A line of belligerents becomes one item per party when the split is sure (``party_items``).
A row whose label was lost is read as belligerents only when it is nothing but names of
states, and dealt out by order only when it holds one party per column: the wikivisually
copy of Chusto-Talasah shows "Confederate States of America CSA (Confederacy)" (the CSA's
flag caption and name: one party) where the Creek/Seminole cell was lost, and by order that
one party would stand on the Creek side.
"""

from __future__ import annotations

from wikiparse.issues import Issue
from wikiparse.raw import RawItem
from wikiparse.readers.common.scrape import BULLET, strip_markers
from wikiparse.values.runs import split_run
from wikiparse.values.states import parties, split_parties, state_then_header

__all__ = [
    "glued_header", "looks_several", "lost_belligerents", "lost_values", "party_items", "two_names"
]  # fmt: skip


def party_items(items: list[RawItem], lang: str | None) -> list[RawItem]:
    """ "Royal forces Baronial forces", "United Kingdom Portugal France": a line of
    belligerents run together, one item per party (the flags go to the first, markers and
    refs to the last); the side each stands on is told later, by the other rows."""
    out: list[RawItem] = []
    for item in items:
        names = split_parties(item.text, lang).names
        if len(names) == 1 or item.children:
            out.append(item)
            continue
        first, *rest = (RawItem(text=name, depth=item.depth) for name in names)
        first.flags, rest[-1].markers, rest[-1].refs = item.flags, item.markers, item.refs
        out.extend([first, *rest])
    return out


def glued_header(items: list[RawItem], lang: str | None) -> RawItem | None:
    """ "Bandera de Francia Primer Imperio francés Séptima Coalición:" then the coalition's
    members, a line each (es clateway Waterloo): the copy joined the first cell's one line to
    the second cell's first, its group header. The item is cut in two in place and the header
    returned: it and the items after it are the second side's, those before the first's. One
    such item only, at the top level; else None."""
    found = [
        (k, cut)
        for k, item in enumerate(items)
        if item.depth == 0 and not item.children and (cut := state_then_header(item.text, lang))
    ]
    if len(found) != 1:
        return None
    k, (state, header) = found[0]
    item = items[k]
    head = RawItem(text=header, depth=0, markers=item.markers, refs=item.refs)
    item.text, item.markers, item.refs = state, [], []
    items.insert(k + 1, head)
    return head


def looks_several(roots: list[RawItem], lang: str | None) -> bool:
    """One belligerents line, in a box whose other rows show two sides, that looks like
    several parties with no sure cut ("American Revolutionary Forces British Empire Troops"):
    put on side 1, half of it would stand on the wrong side."""
    return len(roots) == 1 and split_parties(roots[0].text, lang).unsure


def lost_belligerents(lines: list[str], lang: str | None) -> int:
    """Where, in a glued Result row's lines ("Confederate victory", then "United States
    (Union) Confederate States (Confederacy)" just above "Commanders and leaders"), the lines
    of the lost Belligerents row start: the last lines that are only names of states. The
    first line is the result's own; bullets are its outcomes. len(lines) when none."""
    k = len(lines)
    while k > 1:
        line = strip_markers(lines[k - 1]).strip()
        if not line or BULLET.match(lines[k - 1]) or parties(line, lang) is None:
            break
        k -= 1
    return k


def two_names(items: list[RawItem]) -> list[list[RawItem]] | None:
    """ "Opothleyahola Douglas H. Cooper" alone under "Commanders and leaders": a two-column
    row flattened to one line holds one name per column, so two names told apart on it are
    one per side (more than two cannot be dealt out; the assembler splits them on one side)."""
    if len(items) != 1 or items[0].children:
        return None
    run = split_run(items[0].text)
    if len(run.names) != 2 or run.unsure:
        return None
    first, second = (RawItem(text=name, depth=items[0].depth) for name in run.names)
    first.flags, second.markers, second.refs = items[0].flags, items[0].markers, items[0].refs
    return [[first], [second]]


def lost_values(keys: list[str]) -> list[Issue]:
    """A row the scrape shows with its value gone ("Date: –", "Location" then "Result")."""
    message = "the scrape shows this row with no value: the value was lost, none is given"
    return [Issue(code="value-lost", field=key, message=message) for key in dict.fromkeys(keys)]
