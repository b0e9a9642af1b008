"""Inputs that are data or markup wikiparse does not read as a page: JSON, JSON Lines, CSV,
XML (a MediaWiki dump among them) and HTML. Said before detection, so that a table of data or
an output file fed back in is refused, never dressed up as a conflict."""

from __future__ import annotations

import json
import re

HEAD = 20_000  # characters looked at
CSV_LINES = 8  # lines of a table that must agree on their column count
CSV_SEPARATORS = (",", "\t", ";")
# HTML: a doctype or an <html> element, or a head dense with HTML's own tags.
HTML_START = re.compile(r"\s*(?:<!--[^>]{0,2000}-->\s*)*<(?:!doctype\s+html|html[\s>])", re.I)
HTML_TAG = re.compile(r"<(?:div|p|a\s+href|td|tr|table|li|ul|span|img|meta|link|script)[\s>]", re.I)
HTML_DENSE = 20  # HTML tags in the head that make a page HTML (wikitext uses few of these)
XML_START = re.compile(r"\s*<\?xml[^>]{0,200}\?>\s*(?:<!--[^>]{0,2000}-->\s*)*<(?P<root>[\w:.-]+)")
NOT_SPACE = re.compile(r"\S")
MEDIAWIKI_ROOT = re.compile(r"\s*(?:<\?xml[^>]{0,200}\?>\s*)?<mediawiki[\s>]")


def structured_kind(text: str) -> tuple[str, bool] | None:
    """(what the input is, whether it is HTML), or None for a page of text."""
    head = text[:HEAD]
    if MEDIAWIKI_ROOT.match(head):
        return "a MediaWiki XML dump (many pages: read it with `wikiparse batch`)", False
    if HTML_START.match(head) or _dense_html(head):
        return "an HTML page", True
    xml = XML_START.match(head)
    if xml is not None:
        return f"XML data (root element <{xml.group('root')}>)", False
    return _json(text) or _csv(head)


def looks_like_html(text: str) -> int:
    """1 for an HTML page (a doctype, an <html> element, a head dense with HTML tags), else 0:
    the html format's detection signal."""
    head = text[:HEAD]
    return int(HTML_START.match(head) is not None or _dense_html(head))


def _dense_html(head: str) -> bool:
    """Many HTML tags and fewer templates: wikitext uses a few <span>s, never a page of them."""
    tags = len(HTML_TAG.findall(head))
    return tags >= HTML_DENSE and tags > head.count("{{")


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
