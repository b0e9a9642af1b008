"""The output contract: validated, frozen pydantic models.

Field names here are public (see DESIGN.md). Models hold values; they never parse markup. The
validators only check invariants that every producer must keep (low <= high, start <= end, ISO
date shapes, coordinate ranges), so a Conflict that validates is internally consistent.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Fate = Literal[
    "killed",
    "died_of_wounds",
    "executed",
    "captured",
    "surrendered",
    "wounded",
    "missing",
    "assassinated",
]
QuantityKind = Literal[
    "killed", "wounded", "captured", "missing", "dead_or_wounded", "total", "materiel"
]
FormatName = Literal["wikitext", "plaintext", "frontmatter", "mirror", "news"]

# An ISO date that keeps its precision: "2018-03-12", "2018-03", "2018"; BC years are negative
# with four digits ("-0031" is 31 BC, as Wikidata writes them).
ISO_PARTIAL_DATE = re.compile(r"-?\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?")


def iso_key(value: str) -> tuple[int, ...]:
    """Split a partial ISO date into comparable integers: "-0031-09" -> (-31, 9)."""
    negative = value.startswith("-")
    parts = [int(p) for p in value.lstrip("-").split("-")]
    if negative:
        parts[0] = -parts[0]
    return tuple(parts)


def iso_ordered(start: str, end: str) -> bool:
    """True when ``start`` is not after ``end``, comparing only the precision both share."""
    a, b = iso_key(start), iso_key(end)
    n = min(len(a), len(b))
    return a[:n] <= b[:n]


def _check_iso(value: str | None) -> str | None:
    if value is not None and not ISO_PARTIAL_DATE.fullmatch(value):
        raise ValueError(f"not an ISO date with precision: {value!r}")
    return value


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Issue(_Model):
    """Something in the input that could not be used as is; nothing is dropped silently."""

    code: str
    message: str
    field: str | None = None
    text: str | None = None


class Link(_Model):
    text: str
    page: str | None = None


class Coordinates(_Model):
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)


class DateSpan(_Model):
    text: str
    start: str | None = None
    end: str | None = None
    approx: bool = False
    ongoing: bool = False

    _iso = field_validator("start", "end")(_check_iso)

    @model_validator(mode="after")
    def _ordered(self) -> DateSpan:
        if (
            self.start is not None
            and self.end is not None
            and not iso_ordered(self.start, self.end)
        ):
            raise ValueError(f"date start {self.start} is after end {self.end}")
        return self


class Quantity(_Model):
    text: str
    low: int | None = None
    high: int | None = None
    approx: bool = False
    at_least: bool = False
    kind: QuantityKind | None = None
    what: str | None = None
    source: str | None = None
    refs: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _ordered(self) -> Quantity:
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError(f"quantity low {self.low} is above high {self.high}")
        return self


class Party(_Model):
    name: str = Field(min_length=1)
    page: str | None = None
    flag: str | None = None
    note: str | None = None
    surrendered: bool = False
    children: list[Party] = Field(default_factory=list)
    refs: list[str] = Field(default_factory=list)


class Commander(_Model):
    name: str = Field(min_length=1)
    page: str | None = None
    rank: str | None = None
    note: str | None = None
    flag: str | None = None
    fate: Fate | None = None
    refs: list[str] = Field(default_factory=list)


class Side(_Model):
    belligerents: list[Party] = Field(default_factory=list)
    commanders: list[Commander] = Field(default_factory=list)
    units: list[Party] = Field(default_factory=list)
    strength: list[Quantity] = Field(default_factory=list)
    casualties: list[Quantity] = Field(default_factory=list)


class Section(_Model):
    title: str | None = None
    level: int = Field(default=2, ge=0, le=6)
    paragraphs: list[str] = Field(default_factory=list)


class Citation(_Model):
    """One reference. ``extra`` keeps citation parameters that have no field (isbn, pages…)."""

    key: str | None = None
    title: str | None = None
    url: str | None = None
    work: str | None = None
    publisher: str | None = None
    date: str | None = None
    access_date: str | None = None
    archive_url: str | None = None
    archive_date: str | None = None
    authors: list[str] = Field(default_factory=list)
    text: str = ""
    extra: dict[str, str] = Field(default_factory=dict)

    _iso = field_validator("date", "access_date", "archive_date")(_check_iso)


class Conflict(_Model):
    name: str = Field(min_length=1)
    part_of: list[Link] = Field(default_factory=list)
    image: str | None = None
    caption: str | None = None
    date: DateSpan | None = None
    place: str | None = None
    place_links: list[Link] = Field(default_factory=list)
    coordinates: Coordinates | None = None
    result: str | None = None
    outcomes: list[str] = Field(default_factory=list)
    territory: str | None = None
    sides: list[Side] = Field(default_factory=list)
    joint: Side | None = None
    notes: str | None = None
    notices: list[str] = Field(default_factory=list)
    sections: list[Section] = Field(default_factory=list)
    see_also: list[Link] = Field(default_factory=list)
    references: list[Citation] = Field(default_factory=list)
    related: list[Link] = Field(default_factory=list)
    extra: dict[str, str] = Field(default_factory=dict)


class Claim(_Model):
    quantity: Quantity
    who: str | None = None
    source: str | None = None
    sentence: str


class NewsReport(_Model):
    headline: str = Field(min_length=1)
    agency: str | None = None
    publisher: str | None = None
    published: str | None = None
    dateline: str | None = None
    paragraphs: list[str] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    mentions: list[str] = Field(default_factory=list)

    _iso = field_validator("published")(_check_iso)


class Document(_Model):
    """What ``extract`` returns: the detected format, one record, and the issues met on the way."""

    format: FormatName
    conflict: Conflict | None = None
    report: NewsReport | None = None
    issues: list[Issue] = Field(default_factory=list)

    @model_validator(mode="after")
    def _one_record(self) -> Document:
        if (self.conflict is None) == (self.report is None):
            raise ValueError("a Document holds exactly one of conflict or report")
        return self


# --- linking reports to the conflicts they describe (wikiparse.link) ---------------------------


class LinkedReport(_Model):
    source: str
    headline: str
    published: str | None = None
    score: int
    reasons: list[str] = Field(default_factory=list)


class TimelineEntry(_Model):
    """One casualty claim on the conflict's timeline: when it was published and by whom."""

    date: str | None = None
    report: str
    claim: Claim


class InfoboxFigure(_Model):
    side: str  # "1", "2", … or "joint"
    quantity: Quantity


class ConflictGroup(_Model):
    name: str
    documents: list[str] = Field(default_factory=list)
    date: DateSpan | None = None
    reports: list[LinkedReport] = Field(default_factory=list)
    timeline: list[TimelineEntry] = Field(default_factory=list)
    infobox: list[InfoboxFigure] = Field(default_factory=list)


class UnlinkedReport(_Model):
    source: str
    headline: str
    reason: str


class Linking(_Model):
    conflicts: list[ConflictGroup] = Field(default_factory=list)
    unlinked: list[UnlinkedReport] = Field(default_factory=list)
