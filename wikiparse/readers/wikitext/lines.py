"""Parsing rules for what a line start means: list bullets, headings, rules and wiki tables.

A table ("{|" … "|}") is jumped over whole and kept as a ``Lazy`` region (article bodies skip
tables); when it is read, every row and cell becomes a line of its own.
"""

from __future__ import annotations

import re

from wikiparse.readers.wikitext.frames import LINK, ROOT
from wikiparse.readers.wikitext.nodes import LIST_MARK, NEWLINE, Heading, Lazy
from wikiparse.readers.wikitext.tags import COMMENT_END, COMMENT_START, TagRules

__all__ = [
    "BULLET_RUN", "CELL_ATTRIBUTE_RUN", "TABLE_EDGE", "LineRules", "cell_text_start", "table_ends"
]  # fmt: skip

BULLET_RUN = re.compile(r"[*#:;]+")
# A table opens and closes at the start of a line.
TABLE_EDGE = re.compile(r"^(?:\{\||\|\})", re.MULTILINE)
# "| style="…" | text": the attributes before a cell's own "|" (not "||", a new cell): a run of
# attribute characters holding a "=". Matched as one run then checked: "X*=X*\|" backtracks
# over every "=" and is quadratic on a long "a=a=a=…" cell.
CELL_ATTRIBUTE_RUN = re.compile(r"[^|\n\[\]{}<]*")


def table_ends(text: str, start: int, end: int) -> dict[int, int]:
    """Where each table opened in text[start:end] ends (just after its "|}"), nested ones
    too; a table that nothing closes is absent. One scan for the whole range."""
    ends: dict[int, int] = {}
    opened: list[int] = []
    for m in TABLE_EDGE.finditer(text, start, end):
        if m.group() == "{|":
            opened.append(m.start())
        elif opened:
            ends[opened.pop()] = m.end()
    return ends


def cell_text_start(text: str, at: int, end: int) -> int:
    """Where the text of a cell starting at ``at`` begins, past its attributes if any."""
    run = CELL_ATTRIBUTE_RUN.match(text, at, end)
    stop = run.end() if run is not None else at
    if stop >= end or text[stop] != "|" or (stop + 1 < end and text[stop + 1] == "|"):
        return at
    return stop + 1 if "=" in text[at:stop] else at


# One chain of rule classes (PassState -> TagRules -> LineRules -> the pass), not two mixins:
# mypyc compiles single inheritance only (bench/compiled.py measures what compiling gives).
class LineRules(TagRules):
    _tables: dict[int, int] | None = None

    def line_start(self, j: int) -> int:
        """What the line starting at ``j`` opens; returns where running text resumes."""
        if j >= self.end:
            return j
        text, c = self.text, self.text[j]
        if c in "*#:;":
            k = BULLET_RUN.match(text, j, self.end).end()  # type: ignore[union-attr]
            self.nodes.extend([LIST_MARK] * (k - j))
            return k
        if c == "=":
            return self.heading(j)
        if c == "{" and text.startswith("{|", j):
            return self.table_start(j)
        if c == "-" and text.startswith("----", j):
            self.nodes.append(NEWLINE)
            return _dashes(text, j, self.end)
        if self.in_table and self.stack[-1].kind == ROOT and c in "|!":
            return self.table_line(j)
        return j

    def heading(self, j: int) -> int:
        """ "== Title ==" on a line of its own (trailing spaces and comments allowed)."""
        stop = self.find.line_end(j)
        line = self.text[j:stop].rstrip()
        while line.endswith(COMMENT_END) and COMMENT_START in line:  # "== Notes == <!-- x -->"
            line = line[: line.rfind(COMMENT_START)].rstrip()
        level = min(len(line) - len(line.lstrip("=")), len(line) - len(line.rstrip("=")), 6)
        if level == 0 or len(line) <= 2 * level:
            return j  # not a heading: the "=" is text
        title = self.reader.inline(self.text, j + level, j + len(line) - level)
        while self.stack[-1].kind == LINK:  # a heading ends any link still open
            self.break_above(len(self.stack) - 2)
        self.nodes.append(Heading(level, title))
        return stop

    def table_start(self, j: int) -> int:
        if self.in_table and j == self.start:  # this table's own first line: attributes
            self.nodes.append(NEWLINE)
            return self.find.line_end(j)
        if self._tables is None:
            self._tables = table_ends(self.text, self.start, self.end)
        stop = self._tables.get(j, -1)
        if stop < 0:
            self.reader.unclosed += 1
            return j  # "{|" that nothing closes is text
        self.nodes.append(Lazy("table", self.text, j, stop, self.reader.table))
        return stop

    def table_line(self, j: int) -> int:
        """A row ("|-"), caption ("|+"), end ("|}") or cell ("|", "!") line of a table."""
        text = self.text
        self.nodes.append(NEWLINE)
        if text.startswith("|}", j) or text.startswith("|+", j):
            return j + 2
        if text.startswith("|-", j):
            return self.find.line_end(j)  # a row line holds only attributes
        return cell_text_start(text, j + 1, self.end)


def _dashes(text: str, j: int, end: int) -> int:
    while j < end and text[j] == "-":
        j += 1
    return j
