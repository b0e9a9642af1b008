"""Wikitext markup as data: the file and hidden namespaces (in the languages read), the words
of icon file names, and what each tag does to the text (skipped, a line break, raw, a block).
"""

from __future__ import annotations

__all__ = [
    "BLOCK_TAGS", "CONTENT_TAGS", "FILE_NAMESPACES", "HIDDEN_NAMESPACES", "ICON_FILE_WORDS",
    "NEWLINE_TAGS", "RAW_TEXT_TAGS", "SKIPPED_TAGS"
]  # fmt: skip

FILE_NAMESPACES = frozenset({"file", "image", "media", "datei", "fichier", "archivo", "imagen"})
# Links that render nowhere in the text (the page's categories).
HIDDEN_NAMESPACES = frozenset({"category", "kategorie", "catégorie"})
# An image whose name has one of these words is an icon beside a name (its flag), not a picture.
ICON_FILE_WORDS = (
    "flag", "bandera", "bandeira", "drapeau", "coat of arms", "coa ", "arms", "armoiries",
    "wappen", "escudo", "emblem", "banner", "insignia", "roundel", "ensign", "standard",
    "seal of", "logo", "icon", "jack", "blason", "badge",
)  # fmt: skip
# Tags whose content is not prose: skipped entirely.
SKIPPED_TAGS = frozenset(
    {
        "gallery", "math", "timeline", "imagemap", "score", "syntaxhighlight", "source",
        "templatedata", "graph", "mapframe", "maplink", "categorytree", "chem", "ce", "hiero",
        "inputbox", "indicator", "noinclude", "includeonly", "onlyinclude", "style", "script",
    }
)  # fmt: skip
# Tags that start a new visual line (their closing tags show nothing).
NEWLINE_TAGS = frozenset({"p", "div", "li", "tr", "hr"})
# Tags whose content is read apart from the running text, up to their closing tag: a
# reference, text shown as written, wikitext blocks read on demand, tables, skipped tags.
RAW_TEXT_TAGS = frozenset({"nowiki", "pre"})
BLOCK_TAGS = frozenset({"poem", "references"})
CONTENT_TAGS = frozenset({"ref", "table"}) | RAW_TEXT_TAGS | BLOCK_TAGS | SKIPPED_TAGS
