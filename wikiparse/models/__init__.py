"""The output contract: validated, frozen pydantic models (``records``), the linking of reports
to conflicts (``linking``), per-side totals (``totals``) and ISO date helpers (``iso``).
``from wikiparse.models import …`` is the way in."""

from __future__ import annotations

from wikiparse.issues import SEVERITIES, Issue, Severity
from wikiparse.models.linking import (
    ConflictGroup,
    InfoboxFigure,
    LinkedReport,
    Linking,
    TimelineEntry,
    UnlinkedReport,
)
from wikiparse.models.records import (
    Citation,
    Claim,
    Commander,
    Conflict,
    Coordinates,
    DateSpan,
    Document,
    Fate,
    Link,
    NewsReport,
    Party,
    Quantity,
    QuantityKind,
    Section,
    Side,
)
from wikiparse.raw import FormatName

__all__ = [
    "SEVERITIES", "Citation", "Claim", "Commander", "Conflict", "ConflictGroup", "Coordinates",
    "DateSpan", "Document", "Fate", "FormatName", "InfoboxFigure", "Issue", "Link", "LinkedReport",
    "Linking", "NewsReport", "Party", "Quantity", "QuantityKind", "Section", "Severity", "Side",
    "TimelineEntry", "UnlinkedReport"
]  # fmt: skip
