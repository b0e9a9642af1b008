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
from wikiparse.readers.common.locale import Words, glued_label, words
from wikiparse.readers.common.scrape import BULLET, ICON_IN_TEXT, strip_markers
from wikiparse.readers.rendered.box import FIGURES_LINE, STRENGTH_UNIT, Box, Row
from wikiparse.readers.rendered.lost_rows import lost_belligerents

__all__ = [
    "COLUMN_GAP", "COORDINATES", "IMAGE_NAME", "SIDE", "SINGLE_LINE_FIELDS", "paragraph_like",
    "read_label_lines", "spaced_columns", "strength_only"
]  # fmt: skip

# A coordinates line: "35.9500°N 39.0167°E / 35.9500; 39.0167".
COORDINATES = re.compile(r"\d°[^\n]{0,40}?[NS]\b")
SIDE = tuple(fields.SIDE_PREFIXES)
SINGLE_LINE_FIELDS = ("date", "place", "coordinates", "status")
# An unlabelled box row that is a file name ("Krasnoi.jpg"): the image, not its caption
# (label lines and pipe tables alike).
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
    pipes: bool = False  # "Comandantes |" / "Antonio José de Sucre | José de la Serna |"
    code: str = "en"  # the page's language

    def line(self, line: str) -> None:
        if self.key is not None:
            self.lines.append(line)
        elif self.seen:
            self.orphans.append(line)
        else:
            self.preamble.append(line)

    def start(self, key: str, first: str | None = None) -> None:
        lost: list[str] = []
        if key == fields.COMMANDER and fields.COMBATANT not in self.seen:
            lost = self._lost_under_result()
        self.flush()
        if not self.seen:
            self._read_preamble()
        if lost:
            self.seen.add(fields.COMBATANT)
            self.box.rows.append(Row(fields.COMBATANT, [lost], columns=False, label_lost=True))
        elif key == fields.COMMANDER and fields.COMBATANT not in self.seen:
            self._adopt_orphans()  # the Belligerents label was lost (mobile scrapes)
        self.key, self.lines, self.glued = key, [first] if first else [], bool(first)

    def _lost_under_result(self) -> list[str]:
        """ "Result Confederate victory" then "United States (Union) Confederate States
        (Confederacy)" then "Commanders and leaders": lines of state names at the end of a
        glued Result row are the lost Belligerents row (taken out of the result)."""
        if self.key != "result" or not self.glued:
            return []
        cut = lost_belligerents(self.lines, self.code)
        lost, self.lines = self.lines[cut:], self.lines[:cut]
        return lost

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
        if self.pipes and any("|" in ln for ln in lines):
            lines = self._pipe_cells(key, lines)
            if not lines:
                return
        columns = spaced_columns(lines) if self.pipes and key in SIDE else None
        if columns is not None:
            self.seen.add(key)
            self.box.rows.append(Row(key, columns, columns=True))
            return
        coords = [ln for ln in lines if COORDINATES.search(ln)] if key == "place" else []
        if coords:
            self._add("coordinates", coords)
            lines = [ln for ln in lines if ln not in coords]
        self.seen.add(key)
        if any(strip_markers(ln) for ln in lines):
            self.box.add(key, lines, columns=key not in SIDE)
        elif key in SINGLE_LINE_FIELDS or key == "result":
            self.box.lost.append(key)

    def _pipe_cells(self, key: str, lines: list[str]) -> list[str]:
        """A table copied one cell per line (es copies, pages in other languages): a "|" ends a
        cell. A side row's cells are its columns (added here: [] is returned); another row's
        value is its text without the pipes."""
        if key not in SIDE:
            return [ln.strip().strip("|").strip() for ln in lines]
        cells: list[list[str]] = [[]]
        for line in lines:
            pieces = line.split("|")
            cells[-1].append(pieces[0])
            cells.extend([piece] for piece in pieces[1:])
        columns = [[ln for ln in cell if ln.strip()] for cell in cells]
        self.seen.add(key)
        self.box.rows.append(Row(key, [c for c in columns if c], columns=True))
        return []

    def drop_campaign_title(self) -> None:
        """ "…drapeaux", "", "Troisième Coalition", "" then "Batailles": the last line, alone
        after a blank and with no figure, is the campaign box's title, not the row's."""
        lines = self.lines
        while lines and not lines[-1].strip():
            lines.pop()
        if len(lines) >= 2 and not lines[-2].strip() and not any(c.isdigit() for c in lines[-1]):
            del lines[-2:]

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


# Three or more spaces between two cells of a table copied as text (e-monsite: "France
# Napoléon Ier   Drapeau de l'Empire russe Alexandre Ier de Russie").
COLUMN_GAP = re.compile(r"(?<=\S)[ \t]{3,}(?=\S)")


def spaced_columns(lines: list[str]) -> list[list[str]] | None:
    """A side row whose lines hold two cells apart by a run of spaces (a line indented by one
    holds only the second): its two columns. None when no line holds two different cells
    (a proxy's "Irak   Irak" is a flag and its name)."""
    pairs = [COLUMN_GAP.split(line.rstrip(), maxsplit=1) for line in lines]
    if not any(len(p) == 2 and _fold(p[0]) != _fold(p[1]) for p in pairs):
        return None
    left: list[str] = []
    right: list[str] = []
    for line, pair in zip(lines, pairs, strict=True):
        if len(pair) == 2 and _fold(pair[0]) != _fold(pair[1]):
            left.append(pair[0])
            right.append(pair[1])
        elif line.startswith(("   ", "\t")) and line.strip():
            right.append(line.strip())
        elif line.strip():
            left.append(line)
    return [left, right]


def _fold(text: str) -> str:
    return "".join(c for c in strip_markers(text).casefold() if c.isalnum())


def _box_tail(lines: list[str], i: int, lang: Words, blocks: _Blocks) -> int:
    """After the box's own rows, a campaign box, the coordinates and the map ("Batailles",
    "Coordonnées 49° 08′ 00″ nord, …", "Géolocalisation sur la carte : …"): read the
    coordinates, skip the rest up to the first paragraph; returns where the body starts."""
    blocks.flush()
    while i < len(lines) and not paragraph_like(lines[i].strip()):
        glued = lang.glued.match(lines[i].strip())
        if glued is not None and lang.row_label(glued_label(glued)[0]) == "coordinates":
            blocks.start("coordinates", glued_label(glued)[1].strip())
            blocks.flush()
        i += 1
    return i


def read_label_lines(lines: list[str], start: int, lang: Words | None = None) -> tuple[Box, int]:
    """Rows from ``start`` to the first paragraph after a labelled row; returns (box, end).
    ``lang``: the words of the page's language (English's by default)."""
    lang = lang or words("en")
    blocks = _Blocks(pipes=lang.code != "en", code=lang.code)
    i = start
    while i < len(lines):
        text = lines[i].strip()
        glued = lang.glued.match(text)
        if text == "Territorial" and i + 1 < len(lines) and lines[i + 1].strip() == "changes":
            blocks.start("territory")
            i += 1
        elif lang.row_label(text) is not None:
            blocks.start(lang.row_label(text) or "")
        elif glued is not None:
            label, value = glued_label(glued)
            blocks.start(lang.row_label(label) or "", value.strip())
        elif (blocks.seen or blocks.key) and paragraph_like(text):
            break
        elif blocks.seen and lang.box_end(text):
            blocks.drop_campaign_title()
            i = _box_tail(lines, i, lang, blocks)
            break
        elif blocks.key is None and lang.part_of_line(strip_markers(text)):
            blocks.box.add("partof", [lang.part_of_value(text)])
        else:
            blocks.line(lines[i])
        i += 1
    blocks.flush()
    return blocks.box, i
