"""Where the infobox is: found by a brace scan, so only its span is parsed to check it.

A page may hold other templates named "Infobox …" (a person's, a unit's) or wrap the conflict
infobox in a table or another template; the first span that parses as the conflict infobox
wins, and the body is read with that span cut out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from wikiparse import fields

__all__ = [
    "BRACES", "CONFLICT_INFOBOX_USE", "INFOBOX_CAP", "INFOBOX_START", "MAX_CANDIDATES",
    "WRAPPER_COLUMN", "closing", "conflict_infobox_use", "infobox_candidates",
    "mentions_conflict_infobox"
]  # fmt: skip


def _name_pattern(name: str, escape: Callable[[str], str] = re.escape) -> str:
    """A normalised template name as written in source: any case, spaces or underscores,
    spaces after "#invoke:" ("infobox military conflict" matches "Infobox_Military conflict").
    ``escape`` writes each word (the dump prefilter's also takes letters that fold to it)."""
    invoke = name.startswith(fields.INVOKE_PREFIX)
    words = name[len(fields.INVOKE_PREFIX) :] if invoke else name
    body = "[ _]+".join(escape(word) for word in words.split(" "))
    return (escape(fields.INVOKE_PREFIX) + r"\s*" if invoke else "") + body


def _alternation(names: Iterable[str], escape: Callable[[str], str] = re.escape) -> str:
    return "|".join(sorted((_name_pattern(n, escape) for n in names), key=len, reverse=True))


# Names that open an infobox without the "Infobox" word ("{{Warbox").
_OTHER_OPENERS = [n for n in fields.CONFLICT_INFOBOXES
                  if not n.startswith((fields.INFOBOX_PREFIX, fields.INVOKE_PREFIX))]  # fmt: skip
# Where an infobox may start: "{{Infobox military conflict", "{{#invoke:Infobox …", "{{Warbox".
INFOBOX_START = re.compile(
    r"\{\{\s*(?:"
    + _alternation([fields.INFOBOX_PREFIX, fields.INVOKE_PREFIX + fields.INFOBOX_PREFIX,
                    *_OTHER_OPENERS])
    + ")",
    re.IGNORECASE,
)  # fmt: skip


def conflict_infobox_use(ends: str, escape: Callable[[str], str] = re.escape) -> re.Pattern[str]:
    """A use of a conflict infobox by one of its names, the whole name ("{{Infobox war" must
    not match "{{Infobox warship"): the name is followed by one of ``ends``."""
    return re.compile(
        r"\{\{\s*(?:template:\s*)?(?:" + _alternation(fields.CONFLICT_INFOBOXES, escape) + r")[ _]*"
        r"(?=[" + re.escape(ends) + "])",
        re.IGNORECASE,
    )


# ... followed by a parameter, the end, or a comment (the dump prefilter adds what ends a
# name in raw XML).
CONFLICT_INFOBOX_USE = conflict_infobox_use("|}\n<")
# A per-war wrapper's first two columns ("{{Infobox Napoleonic battle|combatant1=…").
WRAPPER_COLUMN = re.compile(r"\|\s*" + fields.COMBATANT + r"(?P<n>[12])\s*=")
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


def mentions_conflict_infobox(text: str) -> bool:
    """Does the page use a conflict infobox (by name, or a wrapper with both columns)?

    A cheap test on raw source, for skipping pages in a dump before parsing them: a page it
    rejects has no infobox ``read`` would take (the tests pin both directions)."""
    if CONFLICT_INFOBOX_USE.search(text) is not None:
        return True
    columns = {match.group("n") for match in WRAPPER_COLUMN.finditer(text)}
    return len(columns) == 2
