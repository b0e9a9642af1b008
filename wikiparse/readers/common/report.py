"""The end of reading a news report, whatever the markup: the dateline that opens the body and
the agency the text names. Shared by the news (text) reader and the html reader's news pages."""

from __future__ import annotations

import re

from wikiparse import vocab
from wikiparse.raw import RawReport

__all__ = ["DATELINE", "DATELINE_SOURCE", "finish_report"]

# "BEIRUT: A lightning assault", "BEIRUT (AFP) - A lightning assault", "KHAN YOUNIS, GAZA —
# The Israeli assault", "BEIRUT, Sept 20 (Reuters) - Israeli air strikes", "GOMA, Democratic
# Republic of Congo (AP) —", "SANAA, Jan. 3 (Xinhua) --", "ZAMZAM CAMP / EL FASHER –": a
# dateline.
DATELINE_SOURCE = (
    r"^(?P<place>[A-Z][A-Z.'-]{2,20}(?: (?:/ )?[A-Z][A-Z.'-]{1,20}){0,3})"
    r"(?:, [A-Z][A-Za-z]+(?: (?:of )?(?:the )?[A-Z][A-Za-z]+){0,3}){0,2}"
    r"(?:,? (?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8}\.?))?"
    r"(?: \((?P<agency>[A-Za-z][A-Za-z0-9]{1,14})\))?[ \t]?[:—–-]{1,2}[ \t]+"
)
DATELINE = re.compile(DATELINE_SOURCE)
# "July 18, 2024 (NYALA) – At least 23 civilians …": a date, then the place in brackets (Sudan
# Tribune); the date is the report's when its header gives none.
DATED_DATELINE = re.compile(
    r"^(?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}, (?:19|20)\d\d) \((?P<place>[A-Z][A-Z .'-]{1,30})\)"
    r"(?P<agency>)[ \t]?[:—–-]{1,2}[ \t]+"
)
# "… told AFP": the agency a report names as its own source.
TOLD_AGENCY = re.compile(r"\btold (?P<agency>" + "|".join(vocab.NEWS_AGENCIES) + r")\b")


def _dateline(report: RawReport, body: list[str]) -> list[str]:
    if not body:
        return body
    match = DATELINE.match(body[0]) or DATED_DATELINE.match(body[0])
    if match is None:
        return body
    report.dateline = match.group("place").strip()
    if "date" in match.groupdict() and report.date_text is None:
        report.date_text = match.group("date")
    if match.group("agency"):
        report.agency_hint = match.group("agency")
    return [body[0][match.end() :], *body[1:]]


def finish_report(report: RawReport, body: list[str]) -> RawReport:
    """The body's dateline ("BEIRUT (AFP) -") and the agency the text names ("told AFP");
    the news reader and the html reader's news pages (which find headline and body another
    way) both end here."""
    report.paragraphs = _dateline(report, body)
    told = next((m for p in report.paragraphs if (m := TOLD_AGENCY.search(p))), None)
    if report.agency_hint is None and told is not None:
        report.agency_hint = told.group("agency")
    return report
