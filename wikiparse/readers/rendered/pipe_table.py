"""The infobox of a page saved as text with its table kept as pipe rows (seed 000, Wikiwand):

    Southern Damascus offensive (March 2018) | |||||||
    ---|---|---|---|---|---|---|---|
    Belligerents | |||||||
    Islamic State of Iraq and the Levant |
    Palestinian People's Party[1] Free Syrian Army (12 March only) | ||||||

A row ends with a run of filler pipes; a line ending in one pipe is a cell that the next line
continues. Rows before the header row are banners.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from wikiparse import fields
from wikiparse.readers.common.locale import Words, kind_word, words
from wikiparse.readers.common.scrape import strip_markers
from wikiparse.readers.rendered.box import Box, Row
from wikiparse.readers.rendered.label_lines import IMAGE_NAME

__all__ = [
    "CELL_LINES", "FIGURE_CELL", "FILLER_MIN", "MAX_CELL_LINE", "NAMES", "SEPARATOR",
    "SIDE_PREFIXES", "SINGLE_ROWS", "PipeTable", "find_pipe_table"
]  # fmt: skip

# "---|---|---|": the markdown separator under the header row.
SEPARATOR = re.compile(r"^\s*-{3,}(?:\s*\|\s*-{3,}){1,20}\s*\|?\s*$")
# The pipes that pad a row to the table width ("| |||||||") and a last cell's closing pipe are
# found from the end of the line by string methods: "\s*\|…\s*$" retries from every space
# and is quadratic on a long row of spaces.
FILLER_MIN = 3  # "|||", or "| ||": a pipe, one optional space or tab, two or more pipes
SIDE_PREFIXES = tuple(fields.SIDE_PREFIXES)
SINGLE_ROWS = ("date", "place", "result")
NAMES = (fields.COMBATANT, fields.COMMANDER)
STRENGTH, CASUALTIES = fields.STRENGTH, fields.CASUALTIES
FIGURE_CELL = re.compile(r"^[~≈]?\d")
# A cell may run over a few short lines before its closing pipe; a paragraph ends the table.
CELL_LINES = 4
MAX_CELL_LINE = 100


@dataclass
class PipeTable:
    title: str | None
    banners: list[str]
    box: Box
    start: int  # first line of the table (banners included)
    end: int  # line after the table


def _filler_start(line: str) -> int | None:
    """Where the padding pipes at the end of ``line`` start (spaces before them included)."""
    end = len(line.rstrip())
    run = end - len(line[:end].rstrip("|"))
    start = end - run
    if run >= 2 and start >= 2 and line[start - 1] in " \t" and line[start - 2] == "|":
        start -= 2
    elif run < FILLER_MIN:
        return None
    return len(line[:start].rstrip())


def _cells(line: str) -> list[str]:
    filler = _filler_start(line)
    body = (line if filler is None else line[:filler]).rstrip()
    if body.endswith("|"):  # the last cell's closing pipe
        body = body[:-1]
    return [c.strip() for c in body.split("|")] if body.strip() else []


def _rows(lines: list[str], each_line: bool = False) -> list[list[str]]:
    """The table's rows; ``each_line``: a line closed by a pipe ends a row (a two-column
    table copied one row per line: "Lieu | Austerlitz |", "Issue |" then "Victoire…" "|")."""
    rows: list[list[str]] = []
    pending: list[str] = []
    for line in lines:
        pending.extend(_cells(line))
        if _filler_start(line) is not None or (each_line and line.rstrip().endswith("|")):
            rows.append(pending)
            pending = []
    if pending:
        rows.append(pending)
    return rows


@dataclass
class _Reader:
    """Walks the rows after the header, tracking which label they belong to."""

    lang: Words
    box: Box = field(default_factory=Box)
    label: str | None = None
    columns: dict[str, list[list[str]]] = field(default_factory=dict)
    loose: list[str] = field(default_factory=list)
    held: str | None = None  # a figure cell waiting for the other side's

    def row(self, cells: list[str]) -> None:
        cells = [c for c in cells if c]
        if not cells:
            return
        first = self.lang.row_label(cells[0])
        if first is None and self.lang.box_end(strip_markers(cells[0])):
            self.label = None  # the map's caption ends the last side row: not a third side
        elif first is not None and len(cells) == 1:
            self.label = first
        elif first is not None:
            self._value(first, cells[1:])
        elif self.label in SIDE_PREFIXES:
            self.columns.setdefault(self.label, []).extend([c] for c in cells)
        elif self.label is not None:
            self._value(self.label, cells)
            self.label = None
        elif self.lang.part_of_line(strip_markers(cells[0])):
            self.box.add("partof", [self.lang.part_of_value(cells[0])])
        elif not (self.lang.code != "en" and self._unlabelled(cells)):
            self.loose.extend(cells)

    def _unlabelled(self, cells: list[str]) -> bool:
        """Side rows whose labels the copy lost, after the box's single rows (a mobile mirror
        of fr-wiki: "Empire français | Empire russe Empire d'Autriche |"): names are the
        belligerents, then the commanders; figures the strength, then the losses (the first
        row naming casualty kinds). Two cells, or two rows of one figure cell, are the sides."""
        if not any(r.key in SINGLE_ROWS for r in self.box.rows) and not self.box.lost:
            return False
        figures = all(FIGURE_CELL.match(strip_markers(c)) for c in cells)
        if figures and len(cells) == 1:
            if self.held is None:
                self.held = cells[0]
                return True
            cells, self.held = [self.held, cells[0]], None
        if len(cells) != 2:
            return False
        losses = figures and any(kind_word(self.lang.code, c) for c in cells)
        order = ((CASUALTIES,) if losses else (STRENGTH, CASUALTIES)) if figures else NAMES
        key = next((k for k in order if k not in self.columns), None)
        if key is not None:
            self.columns[key] = [[c] for c in cells]
        return key is not None

    def _value(self, key: str, cells: list[str]) -> None:
        if key in SIDE_PREFIXES:
            self.columns.setdefault(key, []).extend([c] for c in cells)
        else:
            self.box.add(key, cells)

    def finish(self) -> Box:
        for text in self.loose:  # unlabeled rows: the image name, then the caption
            key = "image" if IMAGE_NAME.search(text) else "caption"
            if not any(r.key == key for r in self.box.rows):
                self.box.add(key, [text])
        for key, cells in self.columns.items():
            self.box.rows.append(Row(key, cells, columns=True))
        return self.box


def _cell_continues(lines: list[str], i: int) -> int | None:
    """Lines of a cell before the line with its closing pipe ("Patriots:" then "|", kiwix):
    the index after that line, when it comes within CELL_LINES short lines, else None."""
    for j in range(i, min(i + CELL_LINES, len(lines))):
        line = lines[j].strip()
        if line.endswith("|"):
            return j + 1
        if not line or len(line) > MAX_CELL_LINE:
            return None
    return None


def find_pipe_table(lines: list[str], lang: Words | None = None) -> PipeTable | None:
    """The pipe-row infobox in ``lines``, or None when the page has none (``lang``: the
    words of the page's language, English's by default)."""
    sep = next((i for i, line in enumerate(lines) if SEPARATOR.match(line)), None)
    if sep is None or sep == 0:
        return None
    start = sep - 1
    while start > 0 and lines[start - 1].rstrip().endswith("|"):
        start -= 1
    end = sep + 1
    while end < len(lines):
        if lines[end].rstrip().endswith("|"):
            end += 1
        elif (ahead := _cell_continues(lines, end)) is not None:
            end = ahead
        else:
            break
    head = _cells(lines[sep - 1])
    reader = _Reader(lang or words("en"))
    if head and reader.lang.row_label(head[0]) is not None:  # "Date | |": a row, no title
        reader.row(head)
        head = []
    for cells in _rows(lines[sep + 1 : end], reader.lang.code != "en"):
        reader.row(cells)
    banners = [c for line in lines[start : sep - 1] for c in _cells(line)]
    return PipeTable(head[0] if head else None, banners, reader.finish(), start, end)
