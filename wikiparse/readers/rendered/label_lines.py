"""The infobox of a rendered page saved as lines under row labels (mirrors, mobile scrapes):

    Date17–25 April 2018            <- a label glued to its value
    Location
    Result
    Decisive Syrian Army and allies victory
      • Syrian Army captures …
    Belligerents
    Flag of Syria.svg Syrian Arab Republic
    Flag of Syria 2011, observed.svg Unified Military Command …  White flag icon.svg [1]

Per-side blocks lost their column split here: ``rendered_box`` infers the sides. The infobox
ends at the first line that reads as a paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from wikiparse import fields
from wikiparse.readers.common.cells import row_label
from wikiparse.readers.common.scrape import BULLET, ICON_IN_TEXT, strip_markers
from wikiparse.readers.rendered.box import FIGURES_LINE, STRENGTH_UNIT, Box

# "Date17–25 April 2018", "Location Raqqa, Syria", "LocationLechfeld plain", "DateJuly 30,
# 1864": a short label and its value on one line (a glued value starts with a digit or a
# capital: the label words never run on in lower case, "Dates" is not "Date").
GLUED = re.compile(
    r"^(?P<label>" + "|".join(fields.INLINE_LABELS) + r")(?P<value>[\dA-Z].*|\s+\S.*)$"
)
# A coordinates line: "35.9500°N 39.0167°E / 35.9500; 39.0167".
COORDINATES = re.compile(r"\d°[^\n]{0,40}?[NS]\b")
SIDE = tuple(fields.SIDE_PREFIXES)
SINGLE_LINE_FIELDS = ("date", "place", "coordinates", "status")
IMAGE_NAME = re.compile(r"\.(?:svg|png|jpe?g|gif)$", re.I)


def paragraph_like(line: str) -> bool:
    """A line of running text (where the infobox ends), not a row value. Icon file names are
    left out of the measure: three flags before "Maj. Gen. X" do not make a sentence."""
    text = strip_markers(ICON_IN_TEXT.sub("", line) if ".svg" in line or ".png" in line else line)
    return len(text) >= 100 and (". " in text or text.endswith("."))


def strength_only(line: str) -> bool:
    """ "Unknown 3,000–4,000", "2,000–2,500 men[1] 1,300 men", "8,000 heavy cavalry and
    infantry 17,000 light cavalry": a Strength row that lost its label (commanders never
    start with a figure, and no name is only figures and lower-case words)."""
    text = strip_markers(line).strip()
    return bool(text) and (
        not STRENGTH_UNIT.sub("", text).strip() or bool(FIGURES_LINE.match(text))
    )


@dataclass
class _Blocks:
    box: Box = field(default_factory=Box)
    key: str | None = None
    lines: list[str] = field(default_factory=list)
    orphans: list[str] = field(default_factory=list)
    preamble: list[str] = field(default_factory=list)
    seen: set[str] = field(default_factory=set)
    glued: bool = False  # the current row's value started on its label's line

    def line(self, line: str) -> None:
        if self.key is not None:
            self.lines.append(line)
        elif self.seen:
            self.orphans.append(line)
        else:
            self.preamble.append(line)

    def start(self, key: str, first: str | None = None) -> None:
        self.flush()
        if not self.seen:
            self._read_preamble()
        if key == fields.COMMANDER and fields.COMBATANT not in self.seen:
            self._adopt_orphans()  # the Belligerents label was lost (mobile scrapes)
        self.key, self.lines, self.glued = key, [first] if first else [], bool(first)

    def flush(self) -> None:
        key, lines = self.key, self.lines
        self.key, self.lines = None, []
        if key is None:
            self.orphans.extend(lines)
            return
        # "ResultDecisive East Francian victory" then a blank line then "East Francia": a value
        # glued to its label is whole; what follows a blank line is the next (lost) row's
        glued = key == "result" and self.glued
        if (key in SINGLE_LINE_FIELDS or glued) and "" in [ln.strip() for ln in lines[1:]]:
            cut = next(i for i, ln in enumerate(lines) if i and not ln.strip())
            lines, rest = lines[:cut], lines[cut:]
            self.orphans.extend(rest)
        if key in (fields.COMMANDER, fields.UNITS):
            figures = [strength_only(ln) for ln in lines]
            moved = [ln for ln, figure in zip(lines, figures, strict=True) if figure]
            lines = [ln for ln, figure in zip(lines, figures, strict=True) if not figure]
            if moved and fields.STRENGTH not in self.seen:
                self._add(fields.STRENGTH, moved)
        self._add(key, lines)

    def _add(self, key: str, lines: list[str]) -> None:
        coords = [ln for ln in lines if COORDINATES.search(ln)] if key == "place" else []
        if coords:
            self._add("coordinates", coords)
            lines = [ln for ln in lines if ln not in coords]
        self.seen.add(key)
        if any(strip_markers(ln) for ln in lines):
            self.box.add(key, lines, columns=key not in SIDE)
        elif key in SINGLE_LINE_FIELDS or key == "result":
            self.box.lost.append(key)

    def _read_preamble(self) -> None:
        """Lines above the first label: the image file name, then the caption; indented
        lines under the caption are a map legend."""
        for line in self.preamble:
            text = strip_markers(line)
            if not text:
                continue
            if IMAGE_NAME.search(text) and "image" not in self.seen:
                self._add("image", [text])
            elif "caption" not in self.seen:
                self._add("caption", [text])
            elif line.startswith((" ", "\t")):
                self._add("map_legend", [text])
        self.preamble = []

    def _adopt_orphans(self) -> None:
        bullets = [ln for ln in self.orphans if BULLET.match(ln)]
        others = [ln for ln in self.orphans if not BULLET.match(ln)]  # blanks split sides
        if bullets and "result" not in self.seen:
            self._add("result", bullets)
        if any(ln.strip() for ln in others):
            self._add(fields.COMBATANT, others)
        self.orphans = []


def read_label_lines(lines: list[str], start: int) -> tuple[Box, int]:
    """Rows from ``start`` to the first paragraph after a labelled row; returns (box, end)."""
    blocks = _Blocks()
    i = start
    while i < len(lines):
        text = lines[i].strip()
        glued = GLUED.match(text)
        if text == "Territorial" and i + 1 < len(lines) and lines[i + 1].strip() == "changes":
            blocks.start("territory")
            i += 1
        elif row_label(text) is not None:
            blocks.start(row_label(text) or "")
        elif glued is not None:
            blocks.start(row_label(glued.group("label")) or "", glued.group("value").strip())
        elif (blocks.seen or blocks.key) and paragraph_like(text):
            break
        elif blocks.key is None and strip_markers(text).lower().startswith("part of "):
            blocks.box.add("partof", [text])
        else:
            blocks.line(lines[i])
        i += 1
    blocks.flush()
    return blocks.box, i
