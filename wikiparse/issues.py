"""Issue, its Severity, and the code -> severity table: the one place a severity is decided.

Every stage reports problems as ``Issue`` records, so this module sits at the bottom of the
house: readers import it without importing the output contract (``models``).

``info``: noise removed or a harmless repair; the values are as the page meant them.
``warning``: a value could not be read, or was guessed, and may be wrong or missing.
``error``: the record as a whole is not trustworthy.
``--strict`` fails a document with a warning or worse; ``--fail-on error`` only on errors.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

__all__ = ["DEFAULT_SEVERITY", "ISSUE_SEVERITY", "SEVERITIES", "Issue", "Severity"]

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("info", "warning", "error")  # in rising order

ISSUE_SEVERITY: dict[str, Severity] = {
    # info: removed or repaired, nothing lost that the page meant
    "control-characters": "info",
    "lone-surrogates": "info",
    "mojibake-repaired": "info",
    "decoded-windows-1252": "info",
    "cs1-residue": "info",
    "flag-noise": "info",
    "heraldic-icon": "info",
    "date-new-style": "info",  # "27 июня (8 июля) 1709": the Gregorian date of two was read
    "markup-residue": "info",
    "table-skipped": "info",
    "empty-ref": "info",
    "list-link-dropped": "info",
    "lost-dash": "info",
    "html-noise-removed": "info",
    "chrome-removed": "info",
    "header-not-a-figure": "info",
    "figure-derived": "info",  # "… → 80.000 Fußsoldaten": the result of a derivation was read
    # warning: a value not read, or guessed
    "html-empty": "warning",
    "html-too-deep": "warning",
    "html-attributes-capped": "warning",
    "claims-capped": "warning",
    "list-capped": "warning",
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
    "run-together": "warning",  # a commander line that may be two names, kept as one
    "glued-figures": "warning",  # "20.00025.000": two dot-grouped numbers, read apart
    "glued-digits": "warning",  # "47,56136" on a page with no bracketed marker to tell
    "stray-figures": "warning",  # a line of figures under a row of names: its label was lost
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
    "date-from-lead": "warning",  # the box's date was lost; the lead sentence's was read
    "sources-disagree": "warning",  # merge: the kept value is one of several sources give
    "merge-ambiguous": "warning",  # merge: an undated document fits several conflicts
    # error: the record as a whole cannot be trusted
    "no-content": "error",
}
# A code missing from the table is treated as a warning (flagged, never passed off as clean);
# tests/test_layout.py checks that every code the library emits is in the table.
DEFAULT_SEVERITY: Severity = "warning"


class Issue(BaseModel):
    """Something in the input that could not be used as is; nothing is dropped silently."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    code: str = Field(
        description=(
            'stable machine-readable code ("cs1-residue", "unparsed-value", "unknown-template", …)'
        ),
    )
    severity: Severity = Field(
        default="warning",
        description="info (noise removed, harmless repair), warning (a value not read or "
        "guessed), error (the record is not trustworthy); a property of the code",
    )
    message: str = Field(description="what happened, for a person")
    field: str | None = Field(
        default=None,
        description=(
            'dotted path of the field concerned ("sides.1.casualties.0"), when there is one'
        ),
    )
    text: str | None = Field(default=None, description="the snippet of input concerned")

    @model_validator(mode="before")
    @classmethod
    def _severity_of_code(cls, data: object) -> object:
        """The severity comes from the code's row in ``ISSUE_SEVERITY`` (one table)."""
        if isinstance(data, dict) and "severity" not in data and "code" in data:
            code = data["code"]
            severity = ISSUE_SEVERITY.get(code, DEFAULT_SEVERITY)
            return {**data, "severity": severity}
        return data
