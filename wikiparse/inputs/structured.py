"""Inputs that are data or markup wikiparse does not read as a page: JSON, JSON Lines, CSV,
XML (a MediaWiki dump among them) and HTML. Said before detection, so that a table of data or
an output file fed back in is refused, never dressed up as a conflict."""

from __future__ import annotations

import json
import re

from wikiparse.readers.common.shapes import is_html

HEAD = 20_000  # characters looked at
CSV_LINES = 8  # lines of a table that must agree on their column count
CSV_SEPARATORS = (",", "\t", ";")
XML_START = re.compile(r"\s*<\?xml[^>]{0,200}\?>\s*(?:<!--[^>]{0,2000}-->\s*)*<(?P<root>[\w:.-]+)")
NOT_SPACE = re.compile(r"\S")
MEDIAWIKI_ROOT = re.compile(r"\s*(?:<\?xml[^>]{0,200}\?>\s*)?<mediawiki[\s>]")


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
    # where the text starts, found without copying it (an lstrip() of every page was a copy
    # of every page)
    first = NOT_SPACE.search(text)
    if first is None or text[first.start()] not in "{[":
        return None
    stripped = text[first.start() :]
    try:
        value = json.loads(stripped)
    except (ValueError, RecursionError):
        return _json_lines(stripped)
    kind = "a JSON object" if isinstance(value, dict) else "a JSON array"
    return f"JSON data ({kind})", False


def _json_lines(text: str) -> tuple[str, bool] | None:
    lines = [line for line in text[:HEAD].splitlines() if line.strip()][:3]
    try:
        records = [json.loads(line) for line in lines]
    except (ValueError, RecursionError):
        return None
    if len(records) >= 2 and all(isinstance(r, (dict, list)) for r in records):
        return "JSON Lines data (one record per line)", False
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
