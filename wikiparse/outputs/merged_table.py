"""Merged records as plain text for a terminal (``wikiparse merge --format table``): the
merged conflict as ``render_table`` shows one, then its sources, reports and disagreements."""

from __future__ import annotations

import json
import textwrap

from wikiparse.models.merged import Merged
from wikiparse.outputs.table import TOTAL_WIDTH, render_table

__all__ = ["INDENT", "render_merged_table"]

INDENT = "  "


def _wrapped(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width, initial_indent=INDENT, subsequent_indent=INDENT * 2)


def _merged(record: Merged, width: int) -> list[str]:
    out = [f"[{record.key}]", *render_table(record.conflict, width).rstrip("\n").split("\n")]
    out += ["", f"Sources ({len(record.sources)}, the most faithful first)"]
    out += [line for s in record.sources for line in _wrapped(s, width)]
    if record.reports:
        out += ["", f"Reports ({len(record.reports)})"]
        out += [line for s in record.reports for line in _wrapped(s, width)]
    if record.disagreements:
        out += ["", f"Disagreements ({len(record.disagreements)}, the kept value first)"]
    for d in record.disagreements:
        out += _wrapped(f"{d.field}:", width)
        for v in d.values:
            value = json.dumps(v.value, ensure_ascii=False)
            out += _wrapped(f"{INDENT}{v.source}: {value}", width)
    return out


def render_merged_table(records: list[Merged], width: int = TOTAL_WIDTH) -> str:
    """Each record as a table, a blank line between two."""
    blocks = ["\n".join(_merged(r, width)) for r in records]
    return "\n\n".join(blocks) + "\n" if blocks else ""
