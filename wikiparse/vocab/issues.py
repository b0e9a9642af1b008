"""Issue codes and their severity: one table, the only place a severity is decided.

``info``: noise removed or a harmless repair; the values are as the page meant them.
``warning``: a value could not be read, or was guessed, and may be wrong or missing.
``error``: the record as a whole is not trustworthy.
``--strict`` fails a document with a warning or worse; ``--fail-on error`` only on errors.
"""

from __future__ import annotations

ISSUE_SEVERITY: dict[str, str] = {
    # info: removed or repaired, nothing lost that the page meant
    "control-characters": "info",
    "lone-surrogates": "info",
    "mojibake-repaired": "info",
    "decoded-windows-1252": "info",
    "cs1-residue": "info",
    "flag-noise": "info",
    "markup-residue": "info",
    "table-skipped": "info",
    "empty-ref": "info",
    "list-link-dropped": "info",
    "lost-dash": "info",
    "html-noise-removed": "info",
    "chrome-removed": "info",
    "header-not-a-figure": "info",
    # warning: a value not read, or guessed
    "html-empty": "warning",
    "html-too-deep": "warning",
    "html-rows-dropped": "warning",
    "side-row-missing": "warning",
    "invalid-utf8": "warning",
    "unparsed-value": "warning",
    "unparsed-date": "warning",
    "date-kept-one": "warning",
    "not-a-figure": "warning",
    "implausible-figure": "warning",
    "unknown-template": "warning",
    "unclosed-markup": "warning",
    "markup-capped": "warning",
    "sides-inferred": "warning",
    "side-unknown": "warning",
    "value-lost": "warning",
    "no-infobox": "warning",
    "invalid-frontmatter": "warning",
    "object-residue": "warning",
    "missing-name": "warning",
    "missing-headline": "warning",
    "ambiguous-date": "warning",
    "no-paragraphs": "warning",
    "looks-like-a-path": "warning",
    # error: the record as a whole cannot be trusted
    "no-content": "error",
}
# A code missing from the table is treated as a warning (flagged, never passed off as clean);
# tests/test_layout.py checks that every code the library emits is in the table.
DEFAULT_SEVERITY = "warning"
