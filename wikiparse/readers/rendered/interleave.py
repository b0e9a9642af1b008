"""Both sides' commanders on one line, each after its side's flag printed as a name (issue 27
class 3): "United Kingdom Sir Arthur Wellesley France Henri Delaborde".

The belligerents row already told which names stand on which side (its column order); each
of those names met again in the commanders' line says the people after it are of that side.
"""

from __future__ import annotations

import re

from wikiparse.raw import RawItem

__all__ = ["by_side_names"]

# A side's name this short ("UK", "US") may be part of a person's name; not used as a cue.
MIN_CUE = 3


def by_side_names(items: list[RawItem], side_names: list[set[str]]) -> list[list[RawItem]] | None:
    """One line that starts with a side's name and names the other side too -> the people
    after each name, per side (the name their flag); None when the line does not so."""
    if len(side_names) != 2 or len(items) != 1 or items[0].children:
        return None
    text = items[0].text
    names = sorted((n for side in side_names for n in side if len(n) >= MIN_CUE), key=len)
    if not names:
        return None
    # Literal names, longest first, each a whole run of words: a match is one pass.
    cue = re.compile(r"(?<!\S)(?:" + "|".join(re.escape(n) for n in reversed(names)) + r")(?=\s)")
    hits = list(cue.finditer(text))
    if not hits or hits[0].start() != 0:
        return None
    sides: list[list[RawItem]] = [[], []]
    for k, hit in enumerate(hits):
        end = hits[k + 1].start() if k + 1 < len(hits) else len(text)
        people = text[hit.end() : end].strip()
        if people:
            side = 0 if hit.group(0) in side_names[0] else 1
            sides[side].append(RawItem(text=people, depth=items[0].depth, flags=[hit.group(0)]))
    return sides if all(sides) else None
