"""The mirror format: WikiMili / Wikiwand / kiwix copies of a Wikipedia page (seed 004).

Mirrors add chrome ("Last updated", "Remove ads"), print icon file names as text ("Flag of
Syria.svg"), run the infobox columns together, and end with "Related Research Articles" and a
numbered reference list. The reading is shared with plaintext scrapes in ``page``; what tells a
mirror apart is declared here: article text with citation markers but no Wikipedia furniture is
a copy on another site (the page saved from Wikipedia itself shows its own chrome or its
pipe-row table).
"""

from __future__ import annotations

import re

from wikiparse import fields, vocab
from wikiparse.readers.base import Format, Signal, contains, count, lines_starting, occurrences
from wikiparse.readers.rendered.page import read_rendered

__all__ = ["EDIT_RESIDUE", "FORMAT", "ICON_NAME", "MIRROR_MARKER"]

MIRROR_MARKER = re.compile(r"\[\d{1,3}\]|\[citation needed\]")
ICON_NAME = (".svg",)
# Edit-link residue of a copied page: "[edit] Prelude" (2007-era copies), "Prelude[]" (fandom).
EDIT_RESIDUE = ("\n[edit] ", "[]\n")

FORMAT: Format = Format(
    name="mirror",
    summary="a copy on a mirror site (WikiMili, Wikiwand, kiwix): chrome, icon file names",
    read=read_rendered,
    signals=(
        Signal(contains(vocab.MIRROR_CHROME), 60),
        Signal(occurrences(ICON_NAME, 10), 12),
        Signal(occurrences(EDIT_RESIDUE, 3), 30),
        Signal(count(MIRROR_MARKER, 5), 1),  # article text copied without its furniture
        Signal(lines_starting(fields.INFOBOX_LABELS), 2),
        Signal(lines_starting(fields.OTHER_INFOBOX_LABELS), 7),  # "Konfliktparteien"
    ),
)
