"""The output contract: validated, frozen pydantic models.

Field names here are public (see DESIGN.md). Models hold values; they never parse markup. The
validators only check invariants that every producer must keep (low <= high, start <= end, ISO
date shapes, coordinate ranges), so a Conflict that validates is internally consistent.
"""

from __future__ import annotations

import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, computed_field, field_validator, model_validator

from wikiparse.issues import Issue
from wikiparse.models import identity
from wikiparse.models.iso import check_iso, first_day, iso_ordered, last_day
from wikiparse.models.totals import Total, check_parts, total
from wikiparse.raw import FormatName

__all__ = [
    "TOTALS", "Citation", "Claim", "Commander", "Conflict", "Coordinates", "DateSpan", "Document",
    "Fate", "Link", "NewsReport", "Party", "Quantity", "QuantityKind", "Section", "Side"
]  # fmt: skip

Fate = Literal[
    "killed", "died_of_wounds", "executed", "captured", "surrendered", "wounded", "missing",
    "assassinated",
]  # fmt: skip
QuantityKind = Literal[
    "killed", "wounded", "captured", "missing", "dead_or_wounded", "total", "materiel"
]


# Side's computed fields: in its JSON, never read from it.
TOTALS = frozenset({"casualties_total", "strength_total"})


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Link(_Model):
    text: str = Field(description="the text shown")
    page: str | None = Field(default=None, description="the article it links to, when known")


class Coordinates(_Model):
    lat: float = Field(
        ge=-90, le=90, description="latitude in signed decimal degrees (south is negative)"
    )
    lon: float = Field(
        ge=-180, le=180, description="longitude in signed decimal degrees (west is negative)"
    )


class DateSpan(_Model):
    text: str = Field(description='the date as written ("12–20 March 2018")')
    start: str | None = Field(
        default=None,
        description=(
            'ISO date that keeps its precision: "2018-03-12", "2018-03", "2018", "-0031" (31 BC)'
        ),
    )
    end: str | None = Field(
        default=None, description="ISO end date with its precision; null when ongoing or unknown"
    )
    approx: bool = Field(default=False, description='the date is approximate ("c. 1274 BC")')
    ongoing: bool = Field(default=False, description='the conflict is ongoing ("2011 – present")')

    _iso = field_validator("start", "end")(check_iso)

    @property
    def start_date(self) -> datetime.date | None:
        """The earliest day ``start`` can mean ("2018-03" -> 2018-03-01); None before year 1."""
        return first_day(self.start)

    @property
    def end_date(self) -> datetime.date | None:
        """The latest day ``end`` can mean ("2018-03" -> 2018-03-31); None before year 1."""
        return last_day(self.end)

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
    """One figure of a side's strength or casualties. A figure with ``part_of`` breaks down
    the total at that index, which comes right before its parts ("3,798 total: 504 killed,
    1,881 wounded"; a bold Total line with items under it; "1,200 casualties, including 300
    killed"): add the parts or take the total, never both. Figures of one kind from different
    sources ("116 killed (per SOHR)", "175 killed (per ISIL)") are rival estimates, not parts:
    read them as a range (lowest to highest), never as a sum; so are the two figures "30/50
    killed" gives ("30 killed", "50 killed"). Other figures are of their own.
    """

    text: str = Field(description='the figure as written ("116 killed (per SOHR)")')
    low: int | None = Field(
        default=None,
        description='lower bound ("1,500–2,500" -> 1500); null when the text has no figure',
    )
    high: int | None = Field(
        default=None, description='upper bound; null when open ("5,000+", "at least 40")'
    )
    approx: bool = Field(default=False, description='approximate ("c.", "~", "about", "dozens")')
    at_least: bool = Field(
        default=False, description='a lower bound only ("5,000+", "at least", "more than")'
    )
    kind: QuantityKind | None = Field(
        default=None,
        description="killed, wounded, captured, missing, dead_or_wounded, total or materiel",
    )
    what: str | None = Field(
        default=None, description='what is counted ("civilians", "tanks", "soldiers")'
    )
    source: str | None = Field(
        default=None, description='who gives the figure ("SOHR" in "(per SOHR)")'
    )
    refs: list[str] = Field(
        default_factory=list, description="keys of the references attached to the figure"
    )
    part_of: int | None = Field(
        default=None,
        ge=0,
        description="index, in the same list, of the total this figure breaks down "
        '("3,798 total: 504 killed, …"); null for a figure of its own',
    )

    @model_validator(mode="after")
    def _ordered(self) -> Quantity:
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError(f"quantity low {self.low} is above high {self.high}")
        return self


class Party(_Model):
    name: str = Field(min_length=1, description="the belligerent or unit as named")
    page: str | None = Field(default=None, description="the article it links to")
    flag: str | None = Field(
        default=None, description='the flag shown beside it ("Syria", "Spain (1785)")'
    )
    note: str | None = Field(default=None, description='a note in parentheses ("12 March only")')
    surrendered: bool = Field(
        default=False, description="marked as having surrendered (white flag)"
    )
    children: list[Party] = Field(
        default_factory=list,
        description="parties listed under it (an army of a state, a unit of an army)",
    )
    refs: list[str] = Field(
        default_factory=list, description="keys of the references attached to it"
    )


class Commander(_Model):
    name: str = Field(min_length=1, description="the commander's name, without rank or fate marker")
    page: str | None = Field(default=None, description="the article it links to")
    rank: str | None = Field(
        default=None, description='military rank written before the name ("Maj. Gen.")'
    )
    note: str | None = Field(default=None, description='a note in parentheses ("Tiger Forces")')
    flag: str | None = Field(default=None, description="the flag shown beside the name")
    fate: Fate | None = Field(
        default=None,
        description=(
            "killed, died_of_wounds, executed, captured, surrendered, wounded, "
            "missing or assassinated"
        ),
    )
    refs: list[str] = Field(default_factory=list, description="keys of the references attached")


class Side(_Model):
    belligerents: list[Party] = Field(
        default_factory=list, description="the side's combatants, in order"
    )
    commanders: list[Commander] = Field(default_factory=list, description="commanders and leaders")
    units: list[Party] = Field(default_factory=list, description="units involved")
    strength: list[Quantity] = Field(default_factory=list, description="strength figures")
    casualties: list[Quantity] = Field(default_factory=list, description="casualties and losses")

    @computed_field(  # type: ignore[prop-decorator]
        description="the casualties counted once: an explicit total, else the parts of "
        "distinct kinds added, rival estimates as a range; null without figures (computed)"
    )
    @property
    def casualties_total(self) -> Quantity | None:
        """The side's casualties counted once (``wikiparse.models.totals``): an explicit total, else
        the parts of distinct kinds added, rival estimates as a range; None without figures."""
        return _as_quantity(total(self.casualties, people=True))

    @computed_field(  # type: ignore[prop-decorator]
        description="the strength counted once, by the rules of casualties_total (computed)"
    )
    @property
    def strength_total(self) -> Quantity | None:
        """The side's strength counted once, by the same rules as ``casualties_total``."""
        return _as_quantity(total(self.strength, people=False))

    @model_validator(mode="before")
    @classmethod
    def _totals_are_computed(cls, data: Any) -> Any:
        """The totals a Document's JSON carries are computed from the figures: read back (a
        batch's records, ``wikiparse tables``) they are dropped and computed again."""
        if isinstance(data, dict) and not TOTALS.isdisjoint(data):
            return {key: value for key, value in data.items() if key not in TOTALS}
        return data

    @model_validator(mode="after")
    def _parts_follow_their_total(self) -> Side:
        check_parts(self.strength)
        check_parts(self.casualties)
        return self


def _as_quantity(found: Total | None) -> Quantity | None:
    if found is None:
        return None
    span = f"{found.low:,}" if found.low == found.high else f"{found.low:,}–{found.high:,}"
    return Quantity(
        text=f"{span} (counted once)",
        low=found.low,
        high=found.high,
        approx=found.approx,
        at_least=found.at_least,
        kind="total",
    )


class Section(_Model):
    title: str | None = Field(default=None, description="heading; null for the lead")
    level: int = Field(
        default=2, ge=0, le=6, description="heading level (2 for ==X==); 0 for the lead"
    )
    paragraphs: list[str] = Field(
        default_factory=list, description="clean paragraphs: no templates, references or markup"
    )


class Citation(_Model):
    """One reference. ``extra`` keeps citation parameters that have no field (isbn, pages…)."""

    key: str | None = Field(
        default=None,
        description=(
            'the reference name items point to ("Harris2008", "ref-3", "1"); null '
            "for bibliography entries"
        ),
    )
    title: str | None = Field(default=None, description="title of the work cited")
    url: str | None = Field(default=None, description="URL of the work")
    work: str | None = Field(
        default=None, description="newspaper, website, journal or encyclopedia"
    )
    publisher: str | None = Field(default=None, description="publisher")
    date: str | None = Field(default=None, description="publication date, ISO with its precision")
    access_date: str | None = Field(default=None, description="when the URL was read, ISO")
    archive_url: str | None = Field(default=None, description="archived copy")
    archive_date: str | None = Field(default=None, description="when it was archived, ISO")
    authors: list[str] = Field(default_factory=list, description="author names in order")
    text: str = Field(default="", description="the citation as one line of text")
    extra: dict[str, str] = Field(
        default_factory=dict,
        description="citation parameters with no field above (isbn, pages, …); never dropped",
    )

    _iso = field_validator("date", "access_date", "archive_date")(check_iso)


class Conflict(identity.Keyed, _Model):
    name: str = Field(min_length=1, description="infobox `conflict`, else the page title")
    part_of: list[Link] = Field(
        default_factory=list, description="the larger conflicts it is part of"
    )
    image: str | None = Field(
        default=None, description='lead image file name ("2018 Qadam Offensive.svg")'
    )
    caption: str | None = Field(default=None, description="caption of the lead image")
    date: DateSpan | None = Field(default=None, description="when")
    place: str | None = Field(default=None, description='where, as plain text ("al-Qadam, Syria")')
    place_links: list[Link] = Field(default_factory=list, description="the links inside the place")
    coordinates: Coordinates | None = Field(default=None, description="where, in decimal degrees")
    result: str | None = Field(
        default=None,
        description=(
            'the headline outcome ("ISIL victory"); `status` fills it for ongoing conflicts'
        ),
    )
    outcomes: list[str] = Field(
        default_factory=list, description="the bullet points under the result"
    )
    territory: str | None = Field(default=None, description="territorial changes")
    sides: list[Side] = Field(
        default_factory=list, description="one per infobox column, in column order (2–5)"
    )
    joint: Side | None = Field(
        default=None,
        description="the full-width row (`casualties3` in a two-column box): civilians or totals",
    )
    notes: str | None = Field(default=None, description="the infobox footnote row")
    notices: list[str] = Field(
        default_factory=list, description='maintenance banners ("This article relies largely …")'
    )
    sections: list[Section] = Field(
        default_factory=list, description="the article: lead first, then one per heading"
    )
    see_also: list[Link] = Field(default_factory=list, description="See also links")
    references: list[Citation] = Field(
        default_factory=list,
        description=(
            "every reference, keyed ones first in order of definition, then bibliography entries"
        ),
    )
    related: list[Link] = Field(
        default_factory=list, description='mirror "Related Research Articles" titles'
    )
    extra: dict[str, str] = Field(
        default_factory=dict, description="infobox parameters with no field above; never dropped"
    )

    def belligerent_names(self, side: int) -> list[str]:
        """The names of ``sides[side]``'s belligerents, group members included, in order."""
        out: list[str] = []
        stack = list(reversed(self.sides[side].belligerents))
        while stack:
            party = stack.pop()
            out.append(party.name)
            stack.extend(reversed(party.children))
        return out


class Claim(_Model):
    quantity: Quantity = Field(description="the figure claimed")
    who: str | None = Field(default=None, description='who was counted ("regime fighters")')
    source: str | None = Field(
        default=None,
        description=(
            'who says so, as the article names them ("Syrian Observatory for Human Rights")'
        ),
    )
    sentence: str = Field(description="the sentence the claim is in")


class NewsReport(_Model):
    headline: str | None = Field(default=None, min_length=1, description="the headline or null")
    agency: str | None = Field(default=None, description='news agency ("AFP" from "By AFP")')
    publisher: str | None = Field(default=None, description="publisher, where the page names it")
    published: str | None = Field(default=None, description="publication date, ISO")
    dateline: str | None = Field(default=None, description='dateline place ("BEIRUT")')
    paragraphs: list[str] = Field(
        default_factory=list, description="the article text without site chrome"
    )
    claims: list[Claim] = Field(
        default_factory=list, description="casualty claims, in reading order"
    )
    mentions: list[str] = Field(
        default_factory=list, description="groups and organisations named, by canonical name"
    )

    _iso = field_validator("published")(check_iso)


class Document(_Model):
    """What ``extract`` returns: the detected format, one record, and the issues met on the way."""

    source: str | None = Field(
        default=None,
        description='the name the input was given by: a file path, "-" for standard input, '
        '"dump.xml.bz2#Page title"; null when the caller gave none',
    )
    format: FormatName = Field(
        description="the input format: wikitext, plaintext, frontmatter, mirror or news"
    )
    language: str = Field(
        default="en",
        description='ISO 639-1 code of the text ("zh"), from what the input says (front matter, '
        'a dump\'s site, the script or common words); "en" when it says nothing else',
    )
    conflict: Conflict | None = Field(
        default=None, description="the conflict, for every format but news"
    )
    report: NewsReport | None = Field(default=None, description="the report, for news")
    issues: list[Issue] = Field(default_factory=list, description="what could not be used as is")

    @model_validator(mode="after")
    def _one_record(self) -> Document:
        if (self.conflict is None) == (self.report is None):
            raise ValueError("a Document holds exactly one of conflict or report")
        return self
