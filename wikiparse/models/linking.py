"""The output of ``wikiparse.link``: news reports grouped with the conflicts they describe.

Part of the output contract like ``models`` (public field names); values only, no parsing.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from wikiparse.models.records import Claim, DateSpan, Quantity, _Model

__all__ = [
    "ConflictGroup", "InfoboxFigure", "LinkedReport", "Linking", "TimelineEntry", "UnlinkedReport"
]  # fmt: skip


class LinkedReport(_Model):
    source: str = Field(description="the report's input name")
    headline: str | None = Field(default=None, description="its headline")
    published: str | None = Field(default=None, description="its publication date")
    score: int = Field(description="strength of the match")
    reasons: list[str] = Field(
        default_factory=list, description="what matched (places, names, belligerents, date)"
    )


class TimelineEntry(_Model):
    """One casualty claim on the conflict's timeline: when it was published and by whom."""

    date: str | None = Field(default=None, description="the report's publication date")
    report: str = Field(description="the report's input name (the first, when several)")
    claim: Claim = Field(description="the casualty claim")
    reports: list[str] = Field(
        default_factory=list,
        description="every report that gives this claim (the same figure, kind and speaker on "
        "the same day): one point, its sources",
    )
    scope: Literal["conflict", "wider"] = Field(
        default="conflict",
        description="conflict: about the linked conflict; wider: about the wider war it is "
        'part of ("Syria\'s war has killed more than 350,000 people", "since 2011")',
    )


class InfoboxFigure(_Model):
    side: str  # "1", "2", … or "joint" = Field(description='"1", "2", … or "joint"')
    quantity: Quantity = Field(description="a casualty figure of the infobox")


class ConflictGroup(_Model):
    name: str = Field(description="the conflict")
    documents: list[str] = Field(
        default_factory=list, description="input names of the documents describing it"
    )
    date: DateSpan | None = Field(default=None, description="its date span")
    reports: list[LinkedReport] = Field(default_factory=list, description="reports linked to it")
    timeline: list[TimelineEntry] = Field(
        default_factory=list, description="casualty claims of its reports, by date"
    )
    infobox: list[InfoboxFigure] = Field(
        default_factory=list, description="its infobox casualty figures"
    )


class UnlinkedReport(_Model):
    source: str = Field(description="the report's input name")
    headline: str | None = Field(default=None, description="its headline")
    reason: str = Field(description="why it matched no conflict")


class Linking(_Model):
    conflicts: list[ConflictGroup] = Field(
        default_factory=list, description="one group per conflict"
    )
    unlinked: list[UnlinkedReport] = Field(
        default_factory=list, description="reports that matched nothing"
    )
