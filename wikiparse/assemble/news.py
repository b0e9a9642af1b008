"""RawReport -> NewsReport: agency, ISO publication date, claims and mentions."""

from __future__ import annotations

from wikiparse import vocab
from wikiparse.models import Issue, NewsReport
from wikiparse.raw import RawReport
from wikiparse.values.claims import MAX_CLAIMS, extract_claims
from wikiparse.values.mentions import mentions
from wikiparse.values.newsdates import read_published

__all__ = ["AGENCY_ALIASES", "assemble_report"]

AGENCY_ALIASES = {"Agence France-Presse": "AFP", "AP": "Associated Press"}


def _agency(raw: RawReport) -> str | None:
    """The agency a byline or a dateline names ("By AFP", "BEIRUT (AFP) -"); an agency a
    sentence names ("dpa reported") is a source of that sentence, not the report's."""
    for candidate in (raw.byline, raw.agency_hint):
        name = AGENCY_ALIASES.get(candidate or "", candidate)
        if name in vocab.NEWS_AGENCIES:
            return name
    return None


def _published(raw: RawReport, language: str | None, issues: list[Issue]) -> str | None:
    if not raw.date_text:
        return None
    published, ambiguous = read_published(raw.date_text, language)
    if ambiguous:
        message = "day and month could swap, and the page's language does not say which is first"
        issues.append(
            Issue(code="ambiguous-date", message=message, field="published", text=raw.date_text)
        )
    elif published is None:
        issues.append(
            Issue(
                code="unparsed-value",
                message="could not read a date",
                field="published",
                text=raw.date_text,
            )
        )
    return published


def assemble_report(raw: RawReport, language: str | None = None) -> tuple[NewsReport, list[Issue]]:
    """``language``: the page's (ISO 639-1), which orders an ambiguous numeric date."""
    issues: list[Issue] = []
    published = _published(raw, language or raw.language, issues)
    if not raw.headline:
        message = "no headline found: the page starts with its text"
        issues.append(Issue(code="missing-headline", message=message))
    if not raw.paragraphs:
        issues.append(Issue(code="no-paragraphs", message="no article text found"))
    claims = extract_claims(raw.paragraphs)
    if len(claims) > MAX_CLAIMS:
        claims = claims[:MAX_CLAIMS]
        issues.append(
            Issue(
                code="claims-capped",
                message=f"more than {MAX_CLAIMS:,} casualty claims: the rest were not read",
            )
        )
    text = "\n".join([raw.headline or "", *raw.paragraphs])
    report = NewsReport(
        headline=raw.headline or None,
        agency=_agency(raw),
        publisher=raw.publisher,
        published=published,
        dateline=raw.dateline,
        paragraphs=raw.paragraphs,
        claims=claims,
        mentions=mentions(text),
    )
    return report, issues
