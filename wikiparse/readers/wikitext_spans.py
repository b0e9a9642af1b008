"""Where to point mwparserfromhell: the infobox span, and the body cut into bounded chunks.

mwparserfromhell's work grows faster than the input on some shapes (deeply nested templates,
long runs of "{{"), so it never sees more than ``CHUNK_CAP`` characters at once. The infobox is
found by a brace scan, not by walking a tree of the whole page, and the body is cut at line
ends where no template, table or comment is open, so ordinary pages parse exactly as a whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# Where an infobox may start: "{{Infobox military conflict", "{{#invoke:Infobox …", "{{Warbox".
INFOBOX_START = re.compile(r"\{\{\s*(?:infobox|#invoke:\s*infobox|warbox)", re.IGNORECASE)
# Markup that opens or closes a span a chunk must not cut: templates, tables, comments.
SPAN_TOKEN = re.compile(r"\{\{|\}\}|^\{\||^\|\}|<!--|-->", re.MULTILINE)
INFOBOX_CAP = 400_000  # an infobox longer than this is read up to here
CHUNK_TARGET = 64_000  # body chunks are cut at the first safe line end after this size
CHUNK_CAP = 256_000  # and at the next line end after this size, safe or not
MAX_CANDIDATES = 20


def closing(text: str, start: int, cap: int = INFOBOX_CAP) -> int:
    """End of the template opening at ``start`` (after its "}}"), or ``start + cap``."""
    depth = 0
    limit = min(len(text), start + cap)
    for match in SPAN_TOKEN.finditer(text, start, limit):
        token = match.group(0)
        if token == "{{":
            depth += 1
        elif token == "}}":
            depth -= 1
            if depth == 0:
                return match.end()
    return limit


def infobox_candidates(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the first templates that look like an infobox, in page order."""
    for n, match in enumerate(INFOBOX_START.finditer(text)):
        if n >= MAX_CANDIDATES:
            return
        yield match.start(), closing(text, match.start())


def chunks(text: str) -> Iterator[str]:
    """The text in pieces of bounded size, cut at line ends outside templates and tables."""
    start, depth, comment = 0, 0, False
    tokens = SPAN_TOKEN.finditer(text)
    token = next(tokens, None)
    position = 0
    while True:
        cut = text.find("\n", position + 1)
        if cut < 0 or cut - start > CHUNK_CAP:  # no line end soon: cut inside the line
            cut = start + CHUNK_CAP if len(text) - start > CHUNK_CAP else -1
        if cut < 0:
            break
        while token is not None and token.start() < cut:
            depth, comment = _step(token.group(0), depth, comment)
            token = next(tokens, None)
        size = cut - start
        safe = depth <= 0 and not comment
        if (size >= CHUNK_TARGET and safe) or size >= CHUNK_CAP:
            yield text[start:cut]
            start, depth, comment = cut, 0, False
        position = cut
    yield text[start:]


def _step(token: str, depth: int, comment: bool) -> tuple[int, bool]:
    if token == "<!--":
        return depth, True
    if token == "-->":
        return depth, False
    if comment:
        return depth, comment
    return depth + (1 if token in ("{{", "{|") else -1), comment
