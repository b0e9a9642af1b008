"""A rendered infobox (rows of label and text) -> the canonical infobox fields of a RawPage.

Scraped formats lose the markup but keep the rows: "Belligerents" then one cell per side, or
(mirrors) one run of lines for all sides. Cells become items; a run with no column split is cut
into sides by evidence (surrender markers, flag sets that do not overlap, blank-line groups,
the two-value Strength row) and the cut is reported as an Issue "sides-inferred".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from wikiparse import fields, vocab
from wikiparse.issues import Issue
from wikiparse.raw import RawItem, RawValue, nest, walk
from wikiparse.readers.common.cells import items_from_lines, value_of
from wikiparse.readers.common.locale import kind_order_cut
from wikiparse.readers.common.scrape import make_item, split_items, strip_markers
from wikiparse.readers.rendered.flag_words import FlagReader
from wikiparse.readers.rendered.interleave import by_side_names
from wikiparse.readers.rendered.lost_rows import (
    glued_header,
    looks_several,
    lost_values,
    party_items,
    two_names,
)
from wikiparse.readers.rendered.side_cuts import (
    cut_by_flags,
    cut_by_surrender,
    settle_flag_cut,
    side_unknown,
)
from wikiparse.readers.rendered.stray_rows import drop_figure_lines

__all__ = [
    "FIGURES_LINE", "FIGURE_NUMBERS", "FIGURE_START", "NO_FIGURE_CELL", "SIDE_PREFIXES",
    "SPACED_FIGURE_START", "STRENGTH_UNIT", "Box", "Row", "SideSplitter", "build_infobox"
]  # fmt: skip

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
    label_lost: bool = False  # read from lines whose row label the scrape lost


@dataclass
class Box:
    rows: list[Row] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)  # labels shown with no value ("Date: –")

    def add(self, key: str, lines: list[str], columns: bool = True) -> None:
        self.rows.append(Row(key, [lines], columns))


def _groups(lines: list[str]) -> list[list[str]]:
    """Blank lines separate groups in a flattened run (often one group per side)."""
    groups: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            groups[-1].append(line)
        elif groups[-1]:
            groups.append([])
    return [g for g in groups if g]


def _pair(line: str, spaced: bool = False, links: tuple[str, ...] = ()) -> list[str]:
    """The two values of a flattened two-column line ("Unknown 1,500"), or []. ``spaced``:
    thousands are grouped by spaces on the page ("20–25 000 hommes 10–15 000 hommes")."""
    pair = split_items(line, notes_end_items=False)
    if len(pair) == 2:
        return pair
    text = strip_markers(line)
    # "8,500 6,100", "~3,000 4,000–5,000 killed:", "8,000 heavy cavalry 17,000 light cavalry":
    # a line of two figures (each with its words) is one per side
    starts = [m.start() for m in (SPACED_FIGURE_START if spaced else FIGURE_START).finditer(text)]
    if len(starts) == 2 and starts[0] == 0 and FIGURES_LINE.match(text):
        before = text[: starts[1]].split()
        if before and before[-1].lower() in links:  # "1 542 chevaliers dont 11 …": one figure
            return []
        return [text[: starts[1]].strip(), text[starts[1] :].strip()]
    no_figure = NO_FIGURE_CELL.match(text)
    if no_figure is not None and FIGURE_START.search(text, no_figure.end()):
        return [no_figure.group("cell"), text[no_figure.end() :]]
    units = [m.group(0) for m in STRENGTH_UNIT.finditer(text)]
    only_units = not STRENGTH_UNIT.sub("", text).strip()
    return units if len(units) == 2 and only_units else []


# Where a figure starts in a line of figures: at the start, after a space, or glued to a word
# ("cavalry8,000"); never inside one ("4,000–5,000", "~3,000").
FIGURE_START = re.compile(r"(?:^|(?<=\s)|(?<=[a-z]))(?:[~≈]|ca?\.[ \t]?)?\d")
# Figures, each with up to five lower-case words: "8,000 heavy cavalry and infantry 17,000
# light cavalry", "7,000–10,000 heavy cavalry8,000–10,000 horse archers"; "c." or "ca." starts
# a figure, never ends a word ("4,897 men ca. 4,765 men"). Atomic groups and possessive
# repeats: a run of digits is never re-split, so a failing line costs one pass.
FIGURES_LINE = re.compile(
    r"(?:(?>(?:ca?\.[ \t]?|~)?\d[\d,.]*+(?:[ \t]?[–-][ \t]?\d[\d,.]*+)?\+?|unknown)"
    r"(?>[ \t]*+(?!ca?\.)[a-z][a-z-]*+){0,5}(?>[ \t]*+\([^()\n]{0,60}\))?:?[ \t]*+)++$"
)  # "15,000+ (4,000 engaged)": a note in parentheses after a figure
# A cell that says there is no figure, ahead of the other side's ("Few Nearly 4,000; …").
NO_FIGURE_CELL = re.compile(r"^(?P<cell>" + "|".join(vocab.NO_FIGURE_WORDS) + r")\s+(?=\S)", re.I)
# The same where "68 000" is one number: a group of three digits after a number and a space
# goes on that number.
SPACED_FIGURE_START = re.compile(FIGURE_START.pattern + r"(?<!\d[ \u202f\xa0]\d)")
# What a figure line says apart from its numbers: "1,413 missing or captured[3]" -> "missing or
# captured". A side's list of casualty kinds starting over is where the next side begins.
FIGURE_NUMBERS = re.compile(r"[~≈]|\bc\.|\d[\d,.]*(?:\s?[–-]\s?\d[\d,.]*)?\+?")


def _signature(line: str, range_words: tuple[str, ...] = ()) -> str:
    words = FIGURE_NUMBERS.sub("", strip_markers(line)).strip(" :").lower().split()
    return " ".join(w for w in words if w not in range_words)


def _cut_figure_run(lines: list[str], range_words: tuple[str, ...] = ()) -> int | None:
    """Where the second side's figures start in a run of figure lines, or None.

    A line ending in "," goes on in the next line ("42,000 regulars," / "39,000 stragglers"):
    two such cells are the two sides. Else the kinds start over: "3,798 total / 504 killed /
    … / 1,491 / 361 killed" is cut before "1,491" (a bare figure just before the repeated kind
    is that side's total); "9 killed / 500 total / 15–30 killed" before "15–30 killed"."""
    starts = [0] + [k + 1 for k, line in enumerate(lines[:-1]) if not line.rstrip().endswith(",")]
    if len(starts) == 2 and starts[1] > 1:
        return starts[1]
    signatures = [_signature(line, range_words) for line in lines]
    for k, sig in enumerate(signatures):
        if sig and sig in signatures[:k]:
            return k - 1 if k > 1 and not signatures[k - 1] else k
    return None


class SideSplitter:
    """Cuts flattened per-side runs; the belligerents' cut gives each side's flags."""

    def __init__(self, group_figures: bool = False, flags: FlagReader | None = None) -> None:
        self.flags = flags or FlagReader(None)  # flags printed as words (other languages)
        self.range_words = self.flags.range_words  # "80 000 à 90 000 hommes" is "hommes"
        self.side_flags: list[set[str]] = []
        self.side_names: list[set[str]] = []
        self.stray: list[Issue] = []  # lines of figures under a names row
        self.inferred: list[str] = []
        self.runs: dict[str, list[RawItem]] = {}  # runs cut by flags, as read
        # The belligerents were cut before their last blank-line group, and figure runs may be
        # cut so too: a page in another language whose copy (dewiki.de) keeps one group per
        # side's cell ("100.000 Soldaten" / "dutzende Panzer" / "ca. 5000–7500 Kämpfer").
        self.group_figures = group_figures
        self.by_groups = False
        self.header: int | None = None  # where a side's group header starts the run

    def columns(self, row: Row) -> list[list[RawItem]]:
        """A side row's items per column: its cells, or its one run cut by evidence. Lines of
        figures under a row of names lost their label: out, with an Issue."""
        row = replace(
            row, cells=drop_figure_lines(row.key, row.cells, FIGURES_LINE.match, self.stray)
        )
        if not row.columns:
            return self.split(row.key, row.cells[0])
        columns = [items_from_lines(cell, True) for cell in row.cells]
        for column in columns:
            self.flags.fix_row(column, row.key)
        return columns

    def split(self, prefix: str, lines: list[str]) -> list[list[RawItem]]:
        if prefix in fields.FIGURE_PREFIXES:
            lines = self.flags.split_lines(lines)
            headed = self.flags.headed_columns(lines)
            if headed is not None:
                self.inferred.append(prefix)
                return [items_from_lines(column, True) for column in headed]
            figures = self._figures(prefix, lines)
            for column in figures:
                self.flags.fix_row(column, prefix)
            return figures
        groups = [items_from_lines(g, True) for g in _groups(self.flags.split_lines(lines))]
        for group in groups:
            self.flags.fix_row(group, prefix)
        header = None
        if prefix == fields.COMBATANT:
            groups = [party_items(group, self.flags.code) for group in groups]
            header = glued_header(groups[0], self.flags.code) if len(groups) == 1 else None
        groups = [g for g in groups if g]
        items = [i for g in groups for i in g]
        self.header = next((k for k, i in enumerate(items) if i is header), None)
        cut = self._cut(prefix, items, groups)
        if cut is None and prefix == fields.COMMANDER:
            pair = by_side_names(items, self.side_names) or two_names(items)
            if pair is not None:
                self.inferred.append(prefix)
                return pair
        if cut is None:
            return [items]
        if prefix == fields.COMBATANT:  # which names stand on which side: cues for later rows
            self.side_names = [{i.text for i in items[:cut]}, {i.text for i in items[cut:]}]
        self.inferred.append(prefix)
        return [items[:cut], items[cut:]]

    def _cut(self, prefix: str, items: list[RawItem], groups: list[list[RawItem]]) -> int | None:
        roots = [i for i in items if i.depth == 0] or items
        if len(roots) < 2:
            return None
        if prefix == fields.COMBATANT:
            cut = cut_by_surrender(items)
            if cut is None:  # (surrender markers are surer than flags: no check by flags)
                cut = cut_by_flags(items)
                self.runs[prefix] = list(items)
            cut = self.header if cut is None else cut
            if cut is not None:
                self.side_flags = [
                    {f for i in items[:cut] for f in i.flags},
                    {f for i in items[cut:] for f in i.flags},
                ]
                return cut
        elif len(self.side_flags) == 2:
            self.runs[prefix] = list(items)
            for k, item in enumerate(items):
                if k and set(item.flags) & self.side_flags[1]:
                    return k
        elif self.flags.on and (cut := cut_by_flags(items)) is not None:
            return cut  # commanders each under a flag printed as words ("Espanha Fidel Dávila")
        last = len(groups) - 1
        while self.flags.on and last > 0 and groups[last][0].depth > 0:
            last -= 1  # "• Forze del Wilayat di Ninawa": a group of bullets is the one above's
        if last < 1 or self.flags.list_runs_on(groups[last - 1], groups[last]):
            return None
        self.by_groups = self.by_groups or prefix == fields.COMBATANT
        return sum(len(group) for group in groups[:last])

    def _figures(self, prefix: str, lines: list[str]) -> list[list[RawItem]]:
        """ "Unknown 1,500 [6]", "15–103 killed[20] 142–400 killed[22]": the first line holds
        one value per side; lines under it are the full-width row."""
        filled = [line for line in lines if line.strip()]
        if not filled:
            return []
        pair = _pair(filled[0], self.flags.spaced, self.flags.links)
        pair = pair or self.flags.glued_pair(strip_markers(filled[0]))
        if not pair:
            cut = _cut_figure_run(filled, self.range_words)
            if self.flags.on:
                cut = kind_order_cut(filled, self.flags.code, prefix == fields.CASUALTIES) or cut
            groups = _groups(lines)
            # Two blank-line groups where the belligerents were two such groups: one per side
            # ("9,000" / blank / "11,000"); more groups are cut so only when the page's copy
            # is known to keep one group per cell (``group_figures``).
            grouped = self.group_figures or len(groups) == 2
            if cut is None and grouped and self.by_groups and len(groups) >= 2:
                cut = len(filled) - len(groups[-1])
            if cut is None:
                return [items_from_lines(lines, True)]
            self.inferred.append(prefix)
            return [items_from_lines(filled[:cut], True), items_from_lines(filled[cut:], True)]
        self.inferred.append(prefix)
        sides = [[i] for i in (make_item(p) for p in pair) if i is not None]
        joint = items_from_lines(filled[1:], True)
        if joint and len(sides) == 2 and pair[1].endswith(":"):
            # "~3,000 4,000–5,000 killed:" then "1,000 fell in the battle"…: the lines break
            # down the figure their header closes, the second side's
            return [sides[0], sides[1] + joint]
        return [*sides, joint] if joint else sides


def _put(box: dict[str, RawValue], key: str, items: list[RawItem]) -> None:
    if items:
        box[key] = RawValue(text="\n".join(i.text for i in walk(items)), items=nest(items))


def build_infobox(
    box: Box, group_figures: bool = False, flags: FlagReader | None = None
) -> tuple[dict[str, RawValue], list[Issue]]:
    """Rows -> canonical fields: single fields by key, per-side rows as prefixN.
    ``group_figures``: figure runs may be cut at their last blank-line group; ``flags``: flags
    printed as words on the page (both for pages in other languages, ``SideSplitter``)."""
    out: dict[str, RawValue] = {}
    splitter = SideSplitter(group_figures, flags)
    uncut: list[tuple[Row, list[RawItem]]] = []  # flattened runs no evidence could cut
    two_sides = False
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
        columns = splitter.columns(row)
        if not row.columns and len(columns) == 1:
            uncut.append((row, columns[0]))
            continue
        two_sides = two_sides or sum(1 for c in columns if c) >= 2
        for n, items in enumerate(columns, start=1):
            _put(out, f"{row.key}{n}", items)
    issues = [*splitter.stray, *_place_uncut(out, uncut, two_sides, splitter)]
    issues.extend(settle_flag_cut(out, splitter.runs))
    issues.extend(lost_values([key for key in box.lost if key not in out]))
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


def _cut_at_side_name(items: list[RawItem], second: RawValue | None) -> int | None:
    """ "Islamic State of Iraq and the Levant Abu Khattab al-Tunisi": a flattened commanders
    run where the second side's belligerent heads its first name (the render's side header);
    the cut index, with the header taken off that item, or None."""
    names = [i.text for i in second.items] if second is not None else []
    for k, item in enumerate(items):
        head = next((n for n in names if item.text.startswith(f"{n} ")), None)
        if k and head is not None:
            item.text = item.text[len(head) :].strip()
            return k
    return None


def _cut_at_side_flag(items: list[RawItem], second: RawValue | None) -> int | None:
    """ "Segunda República Espanhola", "Brigadas Internacionais", "Espanha Nacionalista": the
    belligerent named by the flag the second side's commanders stand under starts that side."""
    flags = {f for item in (second.items if second is not None else []) for f in item.flags}
    for k, item in enumerate(items):
        if k and item.depth == 0 and any(item.text.startswith(f) for f in flags):
            return k
    return None


def _place_uncut(
    out: dict[str, RawValue],
    uncut: list[tuple[Row, list[RawItem]]],
    two_sides: bool,
    splitter: SideSplitter,
) -> list[Issue]:
    """Runs of names no evidence cut, once the other rows are known. A box with one side keeps
    them as that side's. Where other rows show two sides, two belligerents are one per side
    ("United States (Union) Confederate States (Confederacy)"); any other run is left out with
    an Issue: which of its names belong to which side is not in the text, and a commander put
    on the wrong side is worse than one missing. A row whose label was lost is dealt out so
    only when it holds one party per side."""
    splitter.flags.settle(out)  # flags shown as words in a later row: the belligerents' too
    issues: list[Issue] = []
    for row, items in uncut:
        prefix, roots = row.key, [i for i in items if i.depth == 0]
        if row.label_lost and not (two_sides and len(items) == len(roots) == 2):
            issues.append(side_unknown(prefix, items))
            continue
        if prefix == fields.COMBATANT and two_sides and looks_several(roots, splitter.flags.code):
            issues.append(side_unknown(prefix, items))  # "American … Forces British … Troops"
            continue
        named = _cut_at_side_name(items, out.get(f"{fields.COMBATANT}2"))
        if named is None and prefix == fields.COMBATANT and splitter.flags.on:
            named = _cut_at_side_flag(items, out.get(f"{fields.COMMANDER}2"))
        if named is not None:
            splitter.inferred.append(prefix)
            _put(out, f"{prefix}1", items[:named])
            _put(out, f"{prefix}2", items[named:])
        elif len(roots) < 2 or not (two_sides or splitter.flags.on):
            # (a page in another language: names of both sides in one run are left out)
            _put(out, f"{prefix}1", items)
        elif prefix == fields.COMBATANT and len(items) == 2:
            splitter.inferred.append(prefix)
            _put(out, f"{prefix}1", items[:1])
            _put(out, f"{prefix}2", items[1:])
        else:
            issues.append(side_unknown(prefix, items))
    return issues
