"""RawReport -> NewsReport: agency, ISO publication date, claims and mentions."""

from __future__ import annotations

from wikiparse import vocab
from wikiparse.models import Issue, NewsReport
from wikiparse.raw import RawReport
from wikiparse.values.claims import MAX_CLAIMS, extract_claims, mentions
from wikiparse.values.dates import parse_date

NO_HEADLINE = "Untitled report"


def _agency(raw: RawReport) -> str | None:
    for candidate in (raw.byline, raw.agency_hint):
        for name, aliases in vocab.NEWS_SOURCES.items():
            if candidate is not None and candidate in aliases and name in vocab.NEWS_AGENCIES:
                return name
        if candidate in vocab.NEWS_AGENCIES:
            return candidate
    return None


def assemble_report(raw: RawReport) -> tuple[NewsReport, list[Issue]]:
    issues: list[Issue] = []
    published = parse_date(raw.date_text) if raw.date_text else None
    if raw.date_text and published is None:
        issues.append(Issue(code="unparsed-value", message="could not read a date",
                            field="published", text=raw.date_text))  # fmt: skip
    if not raw.headline:
        issues.append(Issue(code="missing-headline", message="no headline found"))
    if not raw.paragraphs:
        issues.append(Issue(code="no-paragraphs", message="no article text found"))
    claims = extract_claims(raw.paragraphs)
    if len(claims) > MAX_CLAIMS:
        claims = claims[:MAX_CLAIMS]
        issues.append(Issue(code="claims-capped", message=f"more than {MAX_CLAIMS:,} casualty "
                            "claims: the rest were not read"))  # fmt: skip
    text = "\n".join([raw.headline or "", *raw.paragraphs])
    report = NewsReport(
        headline=raw.headline or NO_HEADLINE,
        agency=_agency(raw),
        publisher=raw.publisher,
        published=published,
        dateline=raw.dateline,
        paragraphs=raw.paragraphs,
        claims=claims,
        mentions=mentions(text),
    )
    return report, issues
