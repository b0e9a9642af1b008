"""The conflict infobox of a rendered page -> canonical infobox fields.

The infobox is the table that owns the first side-row header ("Belligerents", "Commanders and
leaders", "Strength", "Casualties and losses"), whatever its classes (InfoTabs strips them).
Its rows are read in document order: a lone header cell opens a section; the row after it
holds one cell per side (classic render) or one full-width cell with a nested table of side
cells (current skins); a single full-width cell is the joint row; a label cell beside a data
cell is a single field (Date, Location, Result). Side columns come from the cells, never from
the text. A Parsoid infobox carries its own wikitext parameters in ``data-mw``: read those.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from wikiparse import fields, vocab
from wikiparse.issues import Issue
from wikiparse.raw import RawPage, RawRef, RawValue
from wikiparse.readers.common.cells import row_label
from wikiparse.readers.html.cells import cell_value, file_of
from wikiparse.readers.html.tree import Element, has_class, is_noise, tag, text_of

__all__ = [
    "CELL_TAGS", "PART_OF", "SIDE_KEYS", "TRANSCLUSION", "Rows", "WikitextReader", "find_infobox",
    "other_infoboxes", "own_cells", "parsoid_infobox", "read_rows"
]  # fmt: skip

# Reads a conflict infobox written in wikitext (Parsoid keeps it in ``data-mw``).
WikitextReader = Callable[[str], RawPage]

SIDE_KEYS = frozenset(fields.SIDE_PREFIXES)
CELL_TAGS = ("td", "th")
PART_OF = "part of "  # "Part of the Eastern Front": the row under the title
TRANSCLUSION = "mw:Transclusion"


def own_cells(row: Element) -> list[Element]:
    return [c for c in row if tag(c) in CELL_TAGS]


def find_infobox(root: Element, labels: Mapping[str, str] = fields.ROW_LABELS) -> Element | None:
    """The first table with a Belligerents header, or with two kinds of side header
    (Commanders, Strength, Casualties). A header is a lone cell of its row or the label of a
    label row: the column headers of a data table ("Battle | Date | Casualties") are not, and
    a military unit's box has "Commanders" alone."""
    seen: dict[Element, set[str]] = {}
    for cell in root.iter("th", "td"):
        if len(cell) > 3:
            continue  # a header cell holds a word or two, not a list
        key = row_label(cell.text_content()[:40], labels)
        row = cell.getparent()
        if key not in SIDE_KEYS or row is None:
            continue
        cells = own_cells(row)
        owner = next(cell.iterancestors("table"), None)
        if owner is None or not (len(cells) == 1 or (len(cells) == 2 and cells[0] is cell)):
            continue
        keys = seen.setdefault(owner, set())
        keys.add(str(key))
        if fields.COMBATANT in keys or len(keys) >= 2:
            return owner
    return None


def other_infoboxes(root: Element) -> list[str]:
    """Tables with an infobox class that are not a conflict's: what their labels say."""
    out: list[str] = []
    for table in root.iter("table"):
        if has_class(table, vocab.HTML_INFOBOX_CLASSES):
            labels = [label for th in table.iter("th") if len(label := text_of(th)) < 40][:3]
            out.append(f"infobox (rows: {', '.join(labels)})" if labels else "infobox")
    return out


@dataclass
class Rows:
    """The walk over the rows: the open section, how many columns the box has."""

    box: dict[str, RawValue] = field(default_factory=dict)
    section: str | None = None
    rows_in_section: int = 0
    columns: int = 0
    consumed: set[Element] = field(default_factory=set)
    unread: list[str] = field(default_factory=list)
    label: str = ""  # the open section's header as shown
    empty: list[str] = field(default_factory=list)  # headers with no cells under them
    labels: Mapping[str, str] = field(default_factory=lambda: fields.ROW_LABELS)  # the page's
    part_of: tuple[str, ...] = (PART_OF,)  # "part of ", "teil von:"

    def open(self, key: str | None, label: str) -> None:
        """A new section begins (None: a single field or an unknown header ends the last)."""
        if self.section is not None and not self.rows_in_section:
            self.empty.append(self.label)
        self.section, self.rows_in_section, self.label = key, 0, label

    def put(self, key: str, value: RawValue | None) -> None:
        if value is not None and key not in self.box:
            self.box[key] = value

    def side_row(self, cells: list[Element]) -> None:
        """One row of a side section: a cell per side, or one full-width (joint) cell."""
        assert self.section is not None
        if self.rows_in_section > len(fields.SIDE_ROWS):  # "combatant1d" is the last there is
            self.unread.append(self.section)
            return
        suffix = fields.SIDE_ROWS[self.rows_in_section - 1] if self.rows_in_section else ""
        self.rows_in_section += 1
        if len(cells) >= 2:
            self.columns = max(self.columns, len(cells))
            for n, cell in enumerate(cells, start=1):
                self.put(f"{self.section}{n}{suffix}", cell_value([cell]))
        else:
            joint = max(self.columns, 2) + 1
            self.put(f"{self.section}{joint}{suffix}", cell_value(cells))
        for cell in cells:
            self.consumed.update(cell.iter("tr"))


def read_rows(
    table: Element, labels: Mapping[str, str] = fields.ROW_LABELS, part_of: tuple[str, ...] = ()
) -> tuple[dict[str, RawValue], list[Issue]]:
    """The box's rows by their labels (``labels``, ``part_of``: English's and the page
    language's)."""
    rows = Rows(labels=labels, part_of=part_of or (PART_OF,))
    for row in table.iter("tr"):
        if row in rows.consumed or _in_furniture(row, table):
            continue
        cells = own_cells(row)
        if cells:
            _row(rows, cells)
    rows.open(None, "")
    issues = []
    if rows.empty:
        issues.append(
            Issue(
                code="side-row-missing",
                message="infobox headers with no side "
                "cells under them (the page or scrape lost the row)",
                text=", ".join(rows.empty),
            )
        )
    if rows.unread:
        issues.append(
            Issue(
                code="html-rows-dropped",
                message="more rows under one infobox header than the infobox has (a–d)",
                text=_counted(rows.unread),
            )
        )
    return rows.box, issues


def _in_furniture(row: Element, box: Element) -> bool:
    """A row of a navbox or hidden table inside the box: not the box's own row."""
    for ancestor in row.iterancestors():
        if ancestor is box:
            return False
        if is_noise(ancestor, keep=vocab.HTML_READ_APART):
            return True
    return False


def _counted(keys: list[str]) -> str:
    """ "combatant: 3 rows, casualties: 1 row" (a hostile page can hold thousands)."""
    counts = Counter(keys)
    return ", ".join(f"{key}: {n} row{'s' if n > 1 else ''}" for key, n in counts.items())


def _row(rows: Rows, cells: list[Element]) -> None:
    first = cells[0]
    if len(cells) == 1 and _holds_table(first):
        return  # a layout cell: its nested rows come next
    header = _header(first, rows.labels) if len(cells) == 1 else None
    if header is not None:
        key, label = header
        rows.open(key if key in SIDE_KEYS else None, label)
        return
    if tag(first) == "th" or has_class(first, vocab.HTML_LABEL_CLASSES):
        if len(cells) >= 2:
            _label_row(rows, first, cells[1:])
            return
        _lone_header(rows, first)
        return
    if rows.section is not None:
        rows.side_row(cells)
        return
    _loose_cell(rows, cells)


def _holds_table(cell: Element) -> bool:
    return next(cell.iterdescendants("table"), None) is not None


def _header(cell: Element, labels: Mapping[str, str]) -> tuple[str, str] | None:
    """The canonical key of a lone header cell and its text ("Belligerents" -> "combatant")."""
    if len(cell) > 3 or (tag(cell) != "th" and not has_class(cell, vocab.HTML_HEADER_CLASSES)):
        return None
    text = text_of(cell)
    key = row_label(text, labels)
    return (key, text) if key is not None else None


def _label_row(rows: Rows, label: Element, data: list[Element]) -> None:
    text = text_of(label)
    key = row_label(text, rows.labels)
    if key is None:
        return
    if key in SIDE_KEYS:  # "Strength | 5,000" as a label row: the section's full-width row
        rows.open(key, text)
        rows.side_row(data)
        return
    rows.open(None, "")
    rows.put(key, cell_value(data, side=False))


def _lone_header(rows: Rows, cell: Element) -> None:
    """The title row (first lone <th>), or an unknown section header (its rows not read)."""
    text = text_of(cell)
    if "conflict" not in rows.box and text:
        rows.put("conflict", RawValue(text=text))
    rows.open(None, "")


def _loose_cell(rows: Rows, cells: list[Element]) -> None:
    """A cell outside any section: the image, its caption, "Part of …"."""
    cell = cells[0]
    images = [file_of(img.get("src")) for img in cell.iter("img")]
    text = text_of(cell)
    if images and images[0] and "image" not in rows.box:
        rows.put("image", RawValue(text=images[0], files=[images[0]]))
        caption = text if not has_class(cell, vocab.HTML_CAPTION_CLASSES) else ""
        if caption:
            rows.put("caption", RawValue(text=caption))
        return
    lead = next((p for p in rows.part_of if text.lower().startswith(p)), None)
    if lead is not None:
        value = cell_value(cells, side=False)
        if value is not None:
            value.text = value.text[len(lead) :].lstrip()
            if value.items:
                value.items[0].text = value.items[0].text[len(lead) :].lstrip()
            rows.put("partof", value)
    elif text and "image" in rows.box and "caption" not in rows.box:
        rows.put("caption", RawValue(text=text))


def parsoid_infobox(
    root: Element, read_wikitext: WikitextReader
) -> tuple[dict[str, RawValue], list[RawRef]] | None:
    """The infobox's own parameters from Parsoid's ``data-mw``, read as wikitext by
    ``read_wikitext`` (the wikitext reader, handed in by the registry: readers do not import
    each other), with the references they hold. None when no conflict infobox is transcluded."""
    for el in root.iter():
        if TRANSCLUSION not in (el.get("typeof") or ""):
            continue
        for wikitext in _templates(el.get("data-mw") or ""):
            page = read_wikitext(wikitext)
            if page.conflict_box:  # the wikitext reader knows every name of the infobox
                return page.infobox, page.references
    return None


def _templates(data: str) -> list[str]:
    """'{"parts":[{"template":{"target":{"wt":"Infobox military conflict"},"params":…' ->
    ["{{Infobox military conflict\n|conflict=…}}"]: each template of a transclusion."""
    try:
        parts = json.loads(data).get("parts", [])
    except (ValueError, AttributeError, RecursionError):
        return []
    out = []
    for part in parts if isinstance(parts, list) else []:
        template = part.get("template") if isinstance(part, dict) else None
        target = template.get("target") if isinstance(template, dict) else None
        params = template.get("params") if isinstance(template, dict) else None
        if not isinstance(target, dict) or not isinstance(params, dict):
            continue
        lines = [
            f"|{key}={value.get('wt', '')}"
            for key, value in params.items()
            if isinstance(value, dict)
        ]
        out.append("{{" + str(target.get("wt", "")) + "\n" + "\n".join(lines) + "\n}}")
    return out
