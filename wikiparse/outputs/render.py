"""Conflicts and Documents out: json, yaml, wikitext, table."""

from __future__ import annotations

import yaml

from wikiparse.errors import NotAConflictError, UnknownFormatError
from wikiparse.models import Conflict, Document
from wikiparse.models.linking import Linking
from wikiparse.outputs.link_table import render_linking_table
from wikiparse.outputs.table import render_table
from wikiparse.outputs.wikitext import render_wikitext

__all__ = ["OUTPUT_FORMATS", "render"]

OUTPUT_FORMATS = ("table", "json", "jsonl", "yaml", "wikitext")


def render(record: Conflict | Document | Linking, fmt: str = "json", width: int = 100) -> str:
    """Render a Conflict, a Document or a Linking as ``fmt`` (one of OUTPUT_FORMATS); a table
    is ``width`` characters wide."""
    if fmt == "json":
        return record.model_dump_json(indent=2)
    if fmt == "jsonl":
        return record.model_dump_json()
    if fmt == "yaml":
        data = record.model_dump(mode="json")
        return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)
    if fmt == "table":
        if isinstance(record, Linking):
            return render_linking_table(record)
        return render_table(record, width)
    if isinstance(record, Linking):
        raise UnknownFormatError("<render>", "a linking renders as json, jsonl, yaml or table")
    if fmt == "wikitext":
        conflict = record.conflict if isinstance(record, Document) else record
        if conflict is None:
            raise NotAConflictError("<record>", "a news report has no wikitext form")
        language = record.language if isinstance(record, Document) else None
        return render_wikitext(conflict, language)
    raise UnknownFormatError(
        "<render>", f"unknown output format {fmt!r}; use one of " + ", ".join(OUTPUT_FORMATS)
    )
