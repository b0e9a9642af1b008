"""Icon file names beside party names: "Flag of Syria.svg" is the flag "Syria".

Shared by the readers that meet icons: wikitext ``[[File:…|25px]]`` and mirror copies that
print the file name as text.
"""

from __future__ import annotations

import re

__all__ = ["FILE_EXTENSION", "FLAG_PREFIXES", "flag_from_file"]

FILE_EXTENSION = re.compile(r"\.(?:svg|png|jpe?g|gif|tiff?|webp)$", re.IGNORECASE)
FLAG_PREFIXES = ("flag of the ", "flag of ")


def flag_from_file(name: str) -> str:
    """ "Flag of the United Kingdom.svg" -> "United Kingdom"; other icons keep their stem."""
    stem = FILE_EXTENSION.sub("", name.strip()).replace("_", " ").strip()
    low = stem.lower()
    for prefix in FLAG_PREFIXES:
        if low.startswith(prefix):
            return stem[len(prefix) :].strip()
    return stem
