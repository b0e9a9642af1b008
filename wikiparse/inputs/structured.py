"""Inputs that are data or markup wikiparse does not read as a page: JSON, JSON Lines, CSV,
XML (a MediaWiki dump among them) and HTML. Said before detection, so that a table of data or
an output file fed back in is refused, never dressed up as a conflict."""

from __future__ import annotations

import json
import re

from wikiparse.readers.common.shapes import is_html

__all__ = [
    "CSV_LINES", "CSV_SEPARATORS", "DECODER", "DOCUMENT_KEYS", "ERROR_KEYS", "HEAD", "JSON_LINES",
    "MEDIAWIKI_ROOT", "NOT_SPACE", "OWN_HINT", "XML_START", "structured_kind"
]  # fmt: skip

HEAD = 20_000  # characters looked at
CSV_LINES = 8  # lines of a table that must agree on their column count
CSV_SEPARATORS = (",", "\t", ";")
XML_START = re.compile(r"\s*<\?xml[^>]{0,200}\?>\s*(?:<!--[^>]{0,2000}-->\s*)*<(?P<root>[\w:.-]+)")
NOT_SPACE = re.compile(r"\S")
MEDIAWIKI_ROOT = re.compile(r"\s*(?:<\?xml[^>]{0,200}\?>\s*)?<mediawiki[\s>]")
JSON_LINES = 3  # values read to call a text JSON Lines
DECODER = json.JSONDecoder()
# The keys that make a JSON object one of wikiparse's own outputs (read back by mistake).
DOCUMENT_KEYS = frozenset({"format", "language", "issues"})
ERROR_KEYS = frozenset({"source", "code", "error", "type"})
OWN_HINT = ": make tables of them with `wikiparse tables`"


def structured_kind(text: str) -> tuple[str, bool] | None:
    """(what the input is, whether it is HTML), or None for a page of text."""
    head = text[:HEAD]
    if MEDIAWIKI_ROOT.match(head):
        return "a MediaWiki XML dump (many pages: read it with `wikiparse batch`)", False
    if is_html(head):
        return "an HTML page", True
    xml = XML_START.match(head)
    if xml is not None:
        return f"XML data (root element <{xml.group('root')}>)", False
    return _json(text) or _csv(head)


def _json(text: str) -> tuple[str, bool] | None:
    """JSON or JSON Lines, whatever the length of a line: the values are read one after the
    other from where they start (a batch's JSON Lines hold whole articles, far longer than
    HEAD; cut at HEAD, no line parsed and the file was read as a news page)."""
    # where the text starts, found without copying it (an lstrip() of every page was a copy
    # of every page)
    first = NOT_SPACE.search(text)
    if first is None or text[first.start()] not in "{[":
        return None
    values, lines = _values(text, first.start())
    if not values:
        return None
    own = _own_kind(values[0])
    if not lines:
        kind = "a JSON object" if isinstance(values[0], dict) else "a JSON array"
        what = "wikiparse's own Document JSON" if own == "document" else "JSON data"
        return f"{what} ({kind})", False
    if own == "document":
        return f"wikiparse's own records (JSON Lines of Documents){OWN_HINT}", False
    if own == "errors":
        return "wikiparse's own errors file (JSON Lines)", False
    return "JSON Lines data (one record per line)", False


def _values(text: str, start: int) -> tuple[list[object], bool]:
    """Up to JSON_LINES values from ``start`` and whether they are lines (another value starts
    on a line of its own after the first); none when the text is no JSON (wikitext's ``{{``)
    or a JSON value followed by prose ("[1] Battle of X …" is a page)."""
    values: list[object] = []
    end = start
    while len(values) < JSON_LINES:
        try:
            value, end = DECODER.raw_decode(text, end)
        except (ValueError, RecursionError):  # past the first: a cut line of a stopped run
            lines = len(values) > 1 or (bool(values) and _own_kind(values[0]) is not None)
            return (values, True) if lines else ([], False)
        values.append(value)
        gap = NOT_SPACE.search(text, end)
        if gap is None:
            return values, len(values) > 1
        if "\n" not in text[end : gap.start()] or text[gap.start()] not in "{[":
            return [], False
        end = gap.start()
    return values, True


def _own_kind(value: object) -> str | None:
    """What wikiparse itself writes: "document" (a Document, as ``dump`` and ``batch`` write
    it, or an older batch record ``{"source", "document"}``; a list of them), "errors" (an
    errors-file record); None for other data."""
    if isinstance(value, list) and value:
        value = value[0]
    if not isinstance(value, dict):
        return None
    inner = value.get("document")
    if isinstance(inner, dict) and inner.keys() >= DOCUMENT_KEYS:
        return "document"
    if value.keys() >= DOCUMENT_KEYS:
        return "document"
    if value.keys() >= ERROR_KEYS:
        return "errors"
    return None


def _csv(head: str) -> tuple[str, bool] | None:
    lines = [line for line in head.splitlines() if line.strip()][:CSV_LINES]
    if len(lines) < 3:
        return None
    for sep in CSV_SEPARATORS:
        counts = {line.count(sep) for line in lines}
        if len(counts) == 1 and min(counts) >= 2 and max(len(line) for line in lines) < 2000:
            return f"CSV data ({min(counts) + 1} columns)", False
    return None
