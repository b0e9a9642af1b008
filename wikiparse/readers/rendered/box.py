"""A rendered infobox (rows of label and text) -> the canonical infobox fields of a RawPage.

Scraped formats lose the markup but keep the rows: "Belligerents" then one cell per side, or
(mirrors) one run of lines for all sides. Cells become items; a run with no column split is cut
into sides by evidence (surrender markers, flag sets that do not overlap, blank-line groups,
the two-value Strength row) and the cut is reported as an Issue "sides-inferred".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from wikiparse import fields
from wikiparse.models import Issue
from wikiparse.raw import RawItem, RawValue, nest, walk
from wikiparse.readers.rendered.scrape import bullet_depth, make_item, split_items, strip_markers

SIDE_PREFIXES = tuple(fields.SIDE_PREFIXES)
# A value unit of a flattened Strength row: an unknown word or a figure ("Unknown 1,500").
STRENGTH_UNIT = re.compile(
    r"(?:unknown|n/a|none)\b|(?:c\.\s?|~)?\d[\d,. ]*\d(?:\s?[–-]\s?\d[\d,.]*)?\+?|\d\+?", re.I
)


@dataclass
class Row:
    """One infobox row: a canonical key or side prefix, and its cells (one per column).

    ``columns`` is False when the scrape ran every side's values into one cell."""

    key: str
    cells: list[list[str]]
    columns: bool = True


@dataclass
class Box:
    rows: list[Row] = field(default_factory=list)

    def add(self, key: str, lines: list[str], columns: bool = True) -> None:
        self.rows.append(Row(key, [lines], columns))


def items_from_lines(lines: list[str], side: bool) -> list[RawItem]:
    """Lines of a cell -> items: bullets give depth, "(note)" lines join the item above,
    flattened runs are split at markers and icons."""
    items: list[RawItem] = []
    for line in lines:
        depth, text = bullet_depth(line)
        if not text:
            continue
        note = make_item(text) if side and text.startswith("(") and text.endswith(")") else None
        if items and note is not None:  # "(Tiger Forces)" on its own line: the item's note
            items[-1].text = f"{items[-1].text} {note.text}"
            continue
        for piece in split_items(text) if side else [text]:
            item = make_item(piece, depth)
            if item is not None:
                items.append(item)
    return items


def value_of(lines: list[str], side: bool) -> RawValue:
    items = items_from_lines(lines, side)
    return RawValue(text="\n".join(i.text for i in items), items=nest(items))


def _groups(lines: list[str]) -> list[list[str]]:
    """Blank lines separate groups in a flattened run (often one group per side)."""
    groups: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            groups[-1].append(line)
        elif groups[-1]:
            groups.append([])
    return [g for g in groups if g]


def _cut_by_surrender(items: list[RawItem]) -> int | None:
    """The one place where surrender changes: [False, False, True, True] -> 2."""
    flags = ["surrendered" in i.markers for i in items]
    changes = [k for k in range(1, len(flags)) if flags[k] != flags[k - 1]]
    return changes[0] if len(changes) == 1 else None


def _cut_by_flags(items: list[RawItem]) -> int | None:
    """The first cut where no flag is on both sides (every item must show a flag).

    One pass: the cut at k is clean when every flag seen before k was last seen before k."""
    if not items or not all(i.flags for i in items):
        return None
    last = {flag: k for k, item in enumerate(items) for flag in item.flags}
    reach = -1
    for k, item in enumerate(items[:-1]):
        reach = max(reach, *(last[f] for f in item.flags))
        if reach == k:
            return k + 1
    return None


def _pair(line: str) -> list[str]:
    """The two values of a flattened two-column line ("Unknown 1,500"), or []."""
    pair = split_items(line, notes_end_items=False)
    if len(pair) == 2:
        return pair
    text = strip_markers(line)
    units = [m.group(0) for m in STRENGTH_UNIT.finditer(text)]
    only_units = not STRENGTH_UNIT.sub("", text).strip()
    return units if len(units) == 2 and only_units else []


class SideSplitter:
    """Cuts flattened per-side runs; the belligerents' cut gives each side's flags."""

    def __init__(self) -> None:
        self.side_flags: list[set[str]] = []
        self.inferred: list[str] = []

    def split(self, prefix: str, lines: list[str]) -> list[list[RawItem]]:
        if prefix in fields.FIGURE_PREFIXES:
            return self._figures(prefix, lines)
        groups = [items_from_lines(g, True) for g in _groups(lines)]
        items = [i for g in groups for i in g]
        cut = self._cut(prefix, items, groups)
        if cut is None:
            return [items]
        self.inferred.append(prefix)
        return [items[:cut], items[cut:]]

    def _cut(self, prefix: str, items: list[RawItem], groups: list[list[RawItem]]) -> int | None:
        roots = [i for i in items if i.depth == 0] or items
        if len(roots) < 2:
            return None
        if prefix == fields.COMBATANT:
            cut = _cut_by_surrender(items) or _cut_by_flags(items)
            if cut is not None:
                self.side_flags = [{f for i in items[:cut] for f in i.flags},
                                   {f for i in items[cut:] for f in i.flags}]  # fmt: skip
                return cut
        elif len(self.side_flags) == 2:
            for k, item in enumerate(items):
                if k and set(item.flags) & self.side_flags[1]:
                    return k
        return len(items) - len(groups[-1]) if len(groups) >= 2 else None

    def _figures(self, prefix: str, lines: list[str]) -> list[list[RawItem]]:
        """ "Unknown 1,500 [6]", "15–103 killed[20] 142–400 killed[22]": the first line holds
        one value per side; lines under it are the full-width row."""
        filled = [line for line in lines if line.strip()]
        if not filled:
            return []
        pair = _pair(filled[0])
        if not pair:
            return [items_from_lines(lines, True)]
        self.inferred.append(prefix)
        sides = [[i] for i in (make_item(p) for p in pair) if i is not None]
        joint = items_from_lines(filled[1:], True)
        return [*sides, joint] if joint else sides


def _put(box: dict[str, RawValue], key: str, items: list[RawItem]) -> None:
    if items:
        box[key] = RawValue(text="\n".join(i.text for i in walk(items)), items=nest(items))


def build_infobox(box: Box) -> tuple[dict[str, RawValue], list[Issue]]:
    """Rows -> canonical fields: single fields by key, per-side rows as prefixN."""
    out: dict[str, RawValue] = {}
    splitter = SideSplitter()
    for row in box.rows:
        if row.key == "image":  # the file name itself, not an icon before a name
            name = strip_markers(" ".join(ln for cell in row.cells for ln in cell))
            out.setdefault("image", RawValue(text=name, files=[name]))
            continue
        if row.key not in SIDE_PREFIXES:
            value = value_of([ln for cell in row.cells for ln in cell], side=False)
            if value.items:
                out.setdefault(row.key, value)
            continue
        if row.columns:
            columns = [items_from_lines(cell, True) for cell in row.cells]
        else:
            columns = splitter.split(row.key, row.cells[0])
        for n, items in enumerate(columns, start=1):
            _put(out, f"{row.key}{n}", items)
    issues = []
    if splitter.inferred:
        issues.append(
            Issue(
                code="sides-inferred",
                message="the scrape ran the sides together; split by flags, surrender markers "
                "and layout",
                text=", ".join(dict.fromkeys(splitter.inferred)),
            )
        )
    return out, issues


def row_label(text: str) -> str | None:
    """ "Commanders and leaders" -> "commander"; None when the text is not a row label."""
    return fields.ROW_LABELS.get(text.strip().rstrip(":").lower())
