"""The output of ``wikiparse.merge``: one record per conflict from many documents.

Part of the output contract like ``models`` (public field names); values only, no parsing.
"""

from __future__ import annotations

from pydantic import Field, JsonValue

from wikiparse.issues import Issue
from wikiparse.models.records import Conflict, _Model

__all__ = ["Disagreement", "Merged", "SourcedValue"]


class SourcedValue(_Model):
    source: str = Field(description="the document's input name")
    value: JsonValue = Field(description="the value that document gives, as JSON")


class Disagreement(_Model):
    """A field whose members give values that differ beyond format noise (case, diacritics,
    punctuation, a value one source gives in part). Never averaged: the kept value is the most
    faithful source's, and every source's value is listed here."""

    field: str = Field(
        description='dotted path in the merged conflict ("date", "sides.1.casualties_total")'
    )
    values: list[SourcedValue] = Field(
        default_factory=list, description="each source's value, the kept one first"
    )


class Merged(_Model):
    key: str = Field(description="Conflict.key of the merged conflict")
    conflict: Conflict = Field(description="the merged values")
    sources: list[str] = Field(
        default_factory=list,
        description="input names of the documents merged, the most faithful first "
        "(wikitext > html > frontmatter > mirror > plaintext, then the most complete)",
    )
    reports: list[str] = Field(
        default_factory=list, description="input names of the news reports linked to it"
    )
    provenance: dict[str, list[str]] = Field(
        default_factory=dict,
        description='field path -> the sources that give the kept value ("place": [...])',
    )
    disagreements: list[Disagreement] = Field(
        default_factory=list, description="fields whose sources differ beyond format noise"
    )
    issues: list[Issue] = Field(
        default_factory=list, description="what merging met (disagreements, ambiguous members)"
    )
