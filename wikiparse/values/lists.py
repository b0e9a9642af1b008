"""Lists written as prose: "Part of the X and the Y", "A, the B, and the C"."""

from __future__ import annotations

import re

from wikiparse.values.text import squash

__all__ = ["PART_OF_LEAD", "PART_OF_SEPARATOR", "split_part_of"]

# Separators between the wars a battle is part of. Only "the"-led joins are cut, so names with
# "and" inside ("Russo-Turkish War and Peace"?) stay whole unless written as a list.
PART_OF_SEPARATOR = re.compile(r",? and the |, the |; |\n")
# "Part of the …" prefix; a capital "The" belongs to a name ("The Troubles") and stays.
PART_OF_LEAD = re.compile(r"^(?i:part of )?(?:the )?")


def split_part_of(text: str) -> list[str]:
    """ "Part of the Syrian Civil War and the inter-rebel conflict" -> both names, no "the"."""
    out = []
    for piece in PART_OF_SEPARATOR.split(text):
        name = squash(PART_OF_LEAD.sub("", squash(piece), count=1)).rstrip(",;")
        if name:
            out.append(name)
    return out
