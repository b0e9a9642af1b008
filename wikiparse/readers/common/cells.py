"""A rendered cell's lines -> items, and a row's label -> its canonical key: what every reader
of a rendered infobox (plaintext, mirror, HTML, front matter) does the same way."""

from __future__ import annotations

from collections.abc import Mapping

from wikiparse import fields
from wikiparse.raw import MAX_ITEMS, RawItem, RawValue, nest
from wikiparse.readers.common.scrape import bullet_depth, make_item, split_items

__all__ = ["items_from_lines", "row_label", "value_of"]


def items_from_lines(lines: list[str], side: bool) -> list[RawItem]:
    """Lines of a cell -> items: bullets give depth, "(note)" lines join the item above,
    flattened runs are split at markers and icons."""
    items: list[RawItem] = []
    for line in lines:
        if len(items) > MAX_ITEMS:  # one past the cap: the assembler reports the rest
            break
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


def row_label(text: str, labels: Mapping[str, str] = fields.ROW_LABELS) -> str | None:
    """ "Commanders and leaders" -> "commander"; None when the text is not a row label.
    ``labels``: the page language's (``locale.words``), English's by default."""
    return labels.get(text.strip().rstrip(":").strip().lower())
