"""Where the infobox is: found by a brace scan, so only its span is parsed to check it.

A page may hold other templates named "Infobox …" (a person's, a unit's) or wrap the conflict
infobox in a table or another template; the first span that parses as the conflict infobox
wins, and the body is read with that span cut out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# Where an infobox may start: "{{Infobox military conflict", "{{#invoke:Infobox …", "{{Warbox".
INFOBOX_START = re.compile(r"\{\{\s*(?:infobox|#invoke:\s*infobox|warbox)", re.IGNORECASE)
BRACES = re.compile(r"\{\{|\}\}")
INFOBOX_CAP = 400_000  # an infobox longer than this is read up to here
MAX_CANDIDATES = 20


def closing(text: str, start: int, cap: int = INFOBOX_CAP) -> int:
    """End of the template opening at ``start`` (after its "}}"), or ``start + cap``."""
    depth = 0
    limit = min(len(text), start + cap)
    for match in BRACES.finditer(text, start, limit):
        if match.group(0) == "{{":
            depth += 1
        else:
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
