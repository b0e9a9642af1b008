"""Reports to the conflicts they describe: shared places, belligerents under any of their
names (IS = ISIL = Daesh), and dates (published inside the conflict's span or within
``vocab.LINK_DAYS_AFTER`` days after it).

Conflict documents with the same name are one conflict (a page and its export). A report is
linked to the conflict with the best score when that score rests on a shared place or name
word and no other conflict ties it; otherwise it stays unlinked, with the reason.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from wikiparse import vocab
from wikiparse.models import Conflict, Document, NewsReport
from wikiparse.models.iso import iso_key
from wikiparse.models.linking import (
    ConflictGroup,
    InfoboxFigure,
    LinkedReport,
    Linking,
    TimelineEntry,
    UnlinkedReport,
)
from wikiparse.values.mentions import mentions

__all__ = [
    "ARTICLE", "MIN_SCORE", "NAME_WORD", "OPEN_END", "SINCE_YEAR", "link", "reports_of", "words"
]  # fmt: skip

NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# Arabic article prefixes: "al-Qadam" and "Qadam" are one place.
ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an)[-‑]", re.IGNORECASE)
MIN_SCORE = 3
OPEN_END = dt.date.max - dt.timedelta(days=vocab.LINK_DAYS_AFTER)  # an ongoing conflict's end
# "since 2011", "starting in 2011": where a count starts (the words: vocab.WIDER_SCOPE_SINCE).
SINCE_YEAR = re.compile(
    r"\b(?:" + "|".join(map(re.escape, vocab.WIDER_SCOPE_SINCE)) + r")\s+(?P<year>1\d{3}|20\d{2})\b"
)


def words(text: str) -> set[str]:
    return {ARTICLE.sub("", w).lower() for w in NAME_WORD.findall(text)}


def _day(iso: str | None, last: bool) -> dt.date | None:
    """The first (or last) day an ISO date with precision covers; None for BC or none."""
    if iso is None or iso.startswith("-"):
        return None
    parts = iso_key(iso)
    year, month = parts[0], parts[1] if len(parts) > 1 else (12 if last else 1)
    if len(parts) > 2:
        return dt.date(year, month, parts[2])
    if not last:
        return dt.date(year, month, 1)
    following = dt.date(year + (month == 12), month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


@dataclass
class _Group:
    name: str
    conflicts: list[Conflict] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    places: set[str] = field(default_factory=set)
    name_words: set[str] = field(default_factory=set)
    sides: set[str] = field(default_factory=set)

    def add(self, conflict: Conflict, source: str) -> None:
        self.conflicts.append(conflict)
        self.sources.append(source)
        self.name_words |= words(conflict.name) - vocab.LINK_STOPWORDS
        if conflict.place:  # "al-Qadam, Syria": the last part is the country, too broad
            parts = [p for p in conflict.place.split(",") if p.strip()]
            self.places |= words(" ".join(parts[:-1] if len(parts) > 1 else parts))
        self.places |= {w for x in conflict.place_links for w in words(f"{x.text} {x.page or ''}")}
        self.places -= vocab.LINK_STOPWORDS  # "in the Raqqa Governorate": "in", "the" are no place
        names = [p.name for s in conflict.sides for p in s.belligerents]
        self.sides |= set(mentions("; ".join(names)))

    @property
    def date(self) -> tuple[dt.date | None, dt.date | None]:
        span = next((c.date for c in self.conflicts if c.date), None)
        if span is None:
            return None, None
        if span.ongoing and span.end is None:  # "6 June 2017 – ongoing": no end to be after
            return _day(span.start, False), OPEN_END
        return _day(span.start, False), _day(span.end, True)


def _score(group: _Group, report: NewsReport, seen: set[str]) -> tuple[int, list[str], str | None]:
    """(score, reasons, veto) given the report's words; a veto is a date ruling it out."""
    reasons, score = [], 0
    places = sorted(group.places & seen)
    named = sorted((group.name_words - group.places) & seen)
    sides = sorted(group.sides & set(report.mentions))
    if places:
        score += 3 * min(len(places), 2)
        reasons.append(f"place: {', '.join(places)}")
    if named:
        score += 2
        reasons.append(f"name: {', '.join(named)}")
    if sides:
        score += min(len(sides), 2)
        reasons.append(f"belligerents: {', '.join(sides)}")
    start, end = group.date
    published = _day(report.published, False)
    if published is not None and start is not None:
        limit = (end or start) + dt.timedelta(days=vocab.LINK_DAYS_AFTER)
        if not start <= published <= limit:
            return score, reasons, f"published {report.published}, outside {group.name}"
        score += 2
        reasons.append(
            f"published {report.published}, within the span or {vocab.LINK_DAYS_AFTER} days after"
        )
    return score, reasons, None


def _figures(group: _Group) -> list[InfoboxFigure]:
    for conflict in group.conflicts:
        out = [
            InfoboxFigure(side=str(n), quantity=q)
            for n, side in enumerate(conflict.sides, start=1)
            for q in side.casualties
        ]
        out += [
            InfoboxFigure(side="joint", quantity=q)
            for q in (conflict.joint.casualties if conflict.joint else [])
        ]
        if out:
            return out
    return []


def _groups(documents: Sequence[Document], sources: Sequence[str]) -> list[_Group]:
    groups: dict[str, _Group] = {}
    for doc, source in zip(documents, sources, strict=True):
        if doc.conflict is not None:
            key = doc.conflict.name.casefold()
            groups.setdefault(key, _Group(doc.conflict.name)).add(doc.conflict, source)
    return list(groups.values())


def _enough(score: int, reasons: list[str]) -> bool:
    """A link needs a shared place or name word; belligerents and dates only add to it."""
    return score >= MIN_SCORE and any(r.startswith(("place", "name")) for r in reasons)


def _place(
    report: NewsReport, source: str, groups: list[_Group]
) -> tuple[int | None, LinkedReport | UnlinkedReport]:
    seen = words(" ".join([report.headline or "", *report.paragraphs]))  # once, not per conflict
    scored = [(g, *_score(g, report, seen)) for g in groups]
    eligible = [(g, s, r) for g, s, r, veto in scored if veto is None and _enough(s, r)]
    if not eligible:
        vetoes = [veto for *_, veto in scored if veto]
        reason = "; ".join(vetoes) if vetoes else "no conflict shares a place or name with it"
        if not groups:  # only reports were given: nothing to be compared with
            reason = "no conflict pages given"
        return None, UnlinkedReport(source=source, headline=report.headline, reason=reason)
    eligible.sort(key=lambda e: -e[1])
    if len(eligible) > 1 and eligible[0][1] == eligible[1][1]:
        names = " and ".join(e[0].name for e in eligible[:2])
        return None, UnlinkedReport(
            source=source, headline=report.headline, reason=f"ambiguous: {names} score the same"
        )
    group, score, reasons = eligible[0]
    linked = LinkedReport(
        source=source,
        headline=report.headline,
        published=report.published,
        score=score,
        reasons=reasons,
    )
    return groups.index(group), linked


def reports_of(
    conflicts: Sequence[tuple[Conflict, str]], reports: Sequence[tuple[NewsReport, str]]
) -> list[list[LinkedReport]]:
    """The reports linked to each conflict, each conflict a group of its own (``merge`` has
    grouped them already: two conflicts of one name stay two)."""
    groups = []
    by_word: dict[str, list[int]] = {}  # a link needs a shared place or name word: an index
    for conflict, source in conflicts:
        groups.append(_Group(conflict.name))
        groups[-1].add(conflict, source)
        for word in groups[-1].places | groups[-1].name_words:
            by_word.setdefault(word, []).append(len(groups) - 1)
    out: list[list[LinkedReport]] = [[] for _ in groups]
    for report, source in reports:
        seen = words(" ".join([report.headline or "", *report.paragraphs]))
        found = sorted({i for w in seen for i in by_word.get(w, [])})
        index, result = _place(report, source, [groups[i] for i in found])
        if index is not None and isinstance(result, LinkedReport):
            out[found[index]].append(result)
    return out


def _timeline(pairs: list[tuple[LinkedReport, NewsReport]], group: _Group) -> list[TimelineEntry]:
    """The claims by date, each with its scope; the same claim (figure, kind, speaker, day)
    from several reports, or restated in one, is one point listing every report."""
    points: dict[tuple[object, ...], TimelineEntry] = {}
    start = group.date[0]
    for linked, report in pairs:
        for claim in report.claims:
            q = claim.quantity
            key = (report.published, q.low, q.high, q.kind, (claim.source or "").casefold())
            seen = points.get(key)
            if seen is None:
                points[key] = TimelineEntry(
                    date=report.published,
                    report=linked.source,
                    claim=claim,
                    reports=[linked.source],
                    scope=_scope(claim.sentence, start),
                )
            elif linked.source not in seen.reports:
                points[key] = seen.model_copy(update={"reports": [*seen.reports, linked.source]})
    timeline = list(points.values())
    timeline.sort(key=lambda e: (e.date is None, e.date or ""))
    return timeline


def _scope(sentence: str, start: dt.date | None) -> Literal["conflict", "wider"]:
    """wider: the sentence counts the wider war's dead (a phrase of vocab.WIDER_SCOPE_PHRASES,
    or "since 2011" with a year before the conflict's start)."""
    low = sentence.casefold()
    if any(phrase in low for phrase in vocab.WIDER_SCOPE_PHRASES):
        return "wider"
    years = [int(m.group("year")) for m in SINCE_YEAR.finditer(low)]
    if start is not None and any(year < start.year for year in years):
        return "wider"
    return "conflict"


def link(documents: Sequence[Document], sources: Sequence[str] | None = None) -> Linking:
    """Group news reports with the conflicts they describe; a casualty timeline per conflict."""
    names = (
        list(sources)
        if sources is not None
        else [doc.source or f"document {i + 1}" for i, doc in enumerate(documents)]
    )
    groups = _groups(documents, names)
    linked: dict[int, list[tuple[LinkedReport, NewsReport]]] = {}
    unlinked: list[UnlinkedReport] = []
    for doc, source in zip(documents, names, strict=True):
        if doc.report is None:
            continue
        index, result = _place(doc.report, source, groups)
        if isinstance(result, LinkedReport) and index is not None:
            linked.setdefault(index, []).append((result, doc.report))
        elif isinstance(result, UnlinkedReport):
            unlinked.append(result)
    out = []
    for i, group in enumerate(groups):
        pairs = linked.get(i, [])
        timeline = _timeline(pairs, group)
        out.append(
            ConflictGroup(
                name=group.name,
                documents=group.sources,
                date=next((c.date for c in group.conflicts if c.date), None),
                reports=[lr for lr, _ in pairs],
                timeline=timeline,
                infobox=_figures(group),
            )
        )
    return Linking(conflicts=out, unlinked=unlinked)
