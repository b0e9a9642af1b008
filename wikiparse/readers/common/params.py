"""Parameter and label names to the canonical infobox names of ``fields``."""

from __future__ import annotations

import re
from collections.abc import Iterable

from wikiparse import fields

__all__ = ["NAME_SEPARATORS", "canonical_param", "has_side_fields"]

# Runs of spaces/underscores/hyphens in a parameter name: "image size", "image_size".
NAME_SEPARATORS = re.compile(r"[\s_]+")


def has_side_fields(box: Iterable[str]) -> bool:
    """Does a read infobox have per-side rows (combatant1, casualties2…): a conflict's box?"""
    for key in box:
        side = fields.SIDE_PARAM.fullmatch(key)
        if side is not None and side.group("prefix") in fields.SIDE_PREFIXES:
            return True
    return False


def canonical_param(name: str) -> str | None:
    """ "Combatant1" -> "combatant1", "part of" -> "partof", "commanders2a" -> "commander2a".

    Positional parameters (digits only) have no name and give None.
    """
    key = NAME_SEPARATORS.sub("_", name.strip().lower()).strip("_")
    if not key or key.isdigit():
        return None
    key = fields.PARAM_ALIASES.get(key, fields.PARAM_ALIASES.get(key.replace("_", " "), key))
    side = fields.SIDE_PARAM.fullmatch(key)
    if side is not None:
        prefix = fields.SIDE_PREFIX_ALIASES.get(side.group("prefix"), side.group("prefix"))
        return f"{prefix}{side.group('n')}{side.group('row')}"
    return key
