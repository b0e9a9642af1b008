"""The news reader: a news page saved as text -> a RawReport (headline, byline, date,
dateline, paragraphs), with the site's chrome removed.

Chrome is removed by line rules (a data table in ``vocab``: ads, teasers, slogans, language
switchers, widgets), by shape (image captions ending in a photo credit, runs of tag names glued
together, promo lines after the last paragraph) and by a duplicate-line test: a line a page
prints twice is furniture, not prose.
"""

from __future__ import annotations

import re
from collections import Counter

from wikiparse import vocab
from wikiparse.raw import RawReport
from wikiparse.readers.base import Format, Signal, count, lines_starting
from wikiparse.values.text import squash

# "By Tom Perry": a byline line. One definition, compiled per line (reading) and per text
# (detection, MULTILINE).
BYLINE_SOURCE = r"^By (?P<who>[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,4})$"
BYLINE = re.compile(BYLINE_SOURCE)
# "BEIRUT: A lightning assault", "BEIRUT (AFP) - A lightning assault": a dateline.
DATELINE_SOURCE = (
    r"^(?P<place>[A-Z][A-Z.'-]{2,20}(?: [A-Z][A-Z.'-]{1,20}){0,2})(?:, [A-Z][a-z]+)?"
    r"(?: \((?P<agency>[A-Za-z]{2,10})\))?[ \t]?[:—–-][ \t]+"
)
DATELINE = re.compile(DATELINE_SOURCE)
REPORTING_VERB = re.compile(r"\b(?:said|told|reported|according to)\b")
LANGUAGE_SWITCHER = re.compile(r"^[A-ZÀ-Þ][a-zà-ÿ]{2,12}(?: ?/ ?[A-ZÀ-Þ][a-zà-ÿ]{2,12}){1,6}$")
# Captions end with a credit: "[Pakistan Defence/Facebook]", "(AP Photo/Hussein Malla)".
PHOTO_CREDIT = re.compile(
    r"(?:\[[^\[\]\n]{2,80}/[^\[\]\n]{1,80}\]"
    r"|\((?:" + "|".join(vocab.PHOTO_AGENCIES) + r")[^()\n]{0,80}\))\s*$"
)
# A date line under the headline: "March 22, 2018", "4 Sep 2017", "Thursday 22 March 2018".
DATE_LINE = re.compile(
    r"^(?:[A-Z][a-z]{2,8},? )?(?:\d{1,2} (?P<month>[A-Z][a-z]{2,8}\.?),? \d{4}"
    r"|(?P<month2>[A-Z][a-z]{2,8}\.?) \d{1,2},? \d{4})(?: [^\n]{0,30})?$"
)
GLUED_WORDS = re.compile(r"[a-z][A-Z]")
COPYRIGHT = re.compile(r"^(?:©|Copyright)\s*(?:\d{4}\s*)?(?P<who>[^|\n]{2,80})$")
TOLD_AGENCY = re.compile(r"\btold (?P<agency>" + "|".join(vocab.NEWS_AGENCIES) + r")\b")
SENTENCE_END = (".", '"', "”", "’", "!", "?", ".)")


def _chrome(line: str, repeated: Counter[str]) -> bool:
    text = line.strip()
    return (
        text.lower().rstrip(".") in vocab.NEWS_CHROME_LINES
        or text.startswith(vocab.NEWS_CHROME_PREFIXES)
        or LANGUAGE_SWITCHER.match(text) is not None
        or PHOTO_CREDIT.search(text) is not None
        or (repeated[text] > 1 and len(text) < 120)
        or (len(GLUED_WORDS.findall(text)) >= 2 and " " in text and len(text) < 150
            and not text.endswith(SENTENCE_END))
    )  # fmt: skip


def _last_copies(lines: list[str]) -> list[str]:
    """A paragraph printed twice (a standfirst repeated as the opening) is kept once, late."""
    keys = [line.rstrip(".").casefold() for line in lines]
    last = {key: i for i, key in enumerate(keys)}
    return [line for i, line in enumerate(lines) if last[keys[i]] == i]


def _is_sentence(line: str) -> bool:
    return line.rstrip().endswith(SENTENCE_END) and len(line) > 40


class _Parts:
    """The header lines (headline, byline, date) and the body, read in order."""

    def __init__(self, lines: list[str]) -> None:
        self.report = RawReport()
        self.body: list[str] = []
        for line in lines:
            self._line(line)
        self._drop_trailing_promo()

    def _line(self, line: str) -> None:
        byline = BYLINE.match(line)
        copyright_ = COPYRIGHT.match(line)
        if copyright_ is not None:
            self.report.publisher = copyright_.group("who").strip()
        elif byline is not None and not self.body:
            self.report.byline = byline.group("who")
        elif not self.body and self._is_date(line):
            self.report.date_text = self.report.date_text or line
        elif self.report.headline is None:
            self.report.headline = line
        else:
            self.body.append(line)

    @staticmethod
    def _is_date(line: str) -> bool:
        match = DATE_LINE.match(line)
        if match is None:
            return False
        month = (match.group("month") or match.group("month2")).lower().rstrip(".")
        return month in vocab.MONTHS

    def _drop_trailing_promo(self) -> None:
        """Short lines after the last sentence are promos and tags, not the article."""
        while self.body and not _is_sentence(self.body[-1]) and len(self.body[-1]) < 120:
            self.body.pop()


def _dateline(report: RawReport, body: list[str]) -> list[str]:
    if not body:
        return body
    match = DATELINE.match(body[0])
    if match is None:
        return body
    report.dateline = match.group("place")
    if match.group("agency"):
        report.agency_hint = match.group("agency")
    return [body[0][match.end() :], *body[1:]]


def read(text: str, source: str = "<string>") -> RawReport:
    lines = [squash(line) for line in text.split("\n")]
    repeated = Counter(line for line in lines if line)
    kept = _last_copies([line for line in lines if line and not _chrome(line, repeated)])
    parts = _Parts(kept)
    return finish_report(parts.report, parts.body)


def finish_report(report: RawReport, body: list[str]) -> RawReport:
    """The body's dateline ("BEIRUT (AFP) -") and the agency the text names ("told AFP");
    shared with the html reader, which finds headline and body another way."""
    report.paragraphs = _dateline(report, body)
    told = next((m for p in report.paragraphs if (m := TOLD_AGENCY.search(p))), None)
    if report.agency_hint is None and told is not None:
        report.agency_hint = told.group("agency")
    return report


FORMAT = Format(
    name="news",
    summary="a news page: headline, byline or agency, dateline, body, site chrome",
    read=read,
    signals=(
        Signal(count(re.compile(BYLINE_SOURCE, re.MULTILINE), 1), 20),
        Signal(count(re.compile(DATELINE_SOURCE, re.MULTILINE), 1), 15),
        Signal(lines_starting(vocab.NEWS_CHROME), 8),
        Signal(count(REPORTING_VERB, 10), 1),
    ),
)
