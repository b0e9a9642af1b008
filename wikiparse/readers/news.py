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
from wikiparse.issues import Issue
from wikiparse.raw import RawReport
from wikiparse.readers.base import Format, Signal, count, lines_starting, occurrences
from wikiparse.readers.common.news_lines import (
    date_text,
    is_credit,
    is_desk_byline,
    split_leading_date,
)
from wikiparse.readers.common.report import DATELINE_SOURCE, finish_report
from wikiparse.values.newsdates import has_label
from wikiparse.values.text import squash

__all__ = [
    "BYLINE", "BYLINE_SOURCE", "COPYRIGHT", "FORMAT", "GLUED_WORDS", "LANGUAGE_SWITCHER",
    "LOWER_AGENCIES", "MAX_HEADLINE_CHARS", "MENU_WORDS", "MIN_HEADLINE_WORDS", "REPORTING_VERB",
    "SENTENCE_ENDINGS", "TAG_LETTERS_END", "TAG_LETTERS_LINE", "TAG_LETTERS_START", "TOP_LINES",
    "read"
]  # fmt: skip

# "By Tom Perry", "by Martin Fornusek", "By Laila Bassam and Maya Gebeily", "By Barbara
# Plett Usher, BBC Africa correspondent": a byline line (its role is no part of the name).
# One definition, compiled per line (reading) and per text (detection, MULTILINE).
# (An agency may be written in lower case: "By dpa".)
LOWER_AGENCIES = "|".join(a for a in vocab.NEWS_AGENCIES if a.islower())
BYLINE_SOURCE = (
    r"^[Bb]y (?P<who>(?:[A-Z][\w.&'-]*|" + LOWER_AGENCIES + r")"
    r"(?:(?:,? | and | in )[A-Z][\w.&'-]*){0,7})(?:, [\w .&'-]{1,60})?$"
)
BYLINE = re.compile(BYLINE_SOURCE)
REPORTING_VERB = (" said", " told ", " reported", "according to")
LANGUAGE_SWITCHER = re.compile(r"^[A-ZÀ-Þ][a-zà-ÿ]{2,12}(?: ?/ ?[A-ZÀ-Þ][a-zà-ÿ]{2,12}){1,6}$")
GLUED_WORDS = re.compile(r"[a-z][A-Z]")
# What a scraper leaves of <p>…</p> when it strips only the angle brackets: "pHeavy fighting
# erupted … on Monday.p", and lines of "pp" between paragraphs. A "p" glued to a capital that
# starts a word ("pBEIRUT", "pHeavy", "ppKurdish" where two tags met; not "pH 7"), and "p"s
# after a sentence's end.
TAG_LETTERS_START = re.compile(r"^(?:/?p){1,3}(?=[A-Z](?:[a-z]{2}|[A-Z]{2}))")
TAG_LETTERS_END = re.compile(r"(?<=[.!?\"”’)])(?:/?p){1,3}$")
TAG_LETTERS_LINE = re.compile(r"(?:/?p|br){1,6}")
COPYRIGHT = re.compile(r"^(?:©|Copyright)\s*(?:\d{4}\s*)?(?P<who>[^|\n]{2,80})$")
SENTENCE_ENDINGS = (".", '"', "”", "’", "!", "?", ".)")
MIN_HEADLINE_WORDS = 2  # a header line of two words or fewer is a section or site label
TOP_LINES = 3  # lines of the body where a labelled date is still the header's
MENU_WORDS = 3
# A header line longer than this after the headline is its standfirst ("Missiles hit city
# centre as people gathered for church services, in deadliest attack …"), kept as text.
MAX_HEADLINE_CHARS = 100  # "Home | Politics | Sudan | Darfur": a menu's items are this short


def _chrome(line: str, repeated: Counter[str]) -> bool:
    text = line.strip()
    return (
        text.lower().rstrip(".") in vocab.NEWS_CHROME_LINES
        or text.startswith(vocab.NEWS_CHROME_PREFIXES)
        or LANGUAGE_SWITCHER.match(text) is not None
        or is_credit(text)
        or (repeated[text] > 1 and len(text) < 120)
        or (
            len(GLUED_WORDS.findall(text)) >= 2
            and " " in text
            and len(text) < 150
            and not text.endswith(SENTENCE_ENDINGS)
        )
    )


def _last_copies(lines: list[str]) -> list[str]:
    """A paragraph printed twice (a standfirst repeated as the opening) is kept once, late."""
    keys = [line.rstrip(".").casefold() for line in lines]
    last = {key: i for i, key in enumerate(keys)}
    return [line for i, line in enumerate(lines) if last[keys[i]] == i]


def _can_be_headline(line: str) -> bool:
    """Not a label: "Garowe Online", "Libya", "World | Asia", "Home | Politics | Sudan" (but
    "Idlib | Russian airstrikes kill 9 civilians …" is a headline with its section)."""
    segments = line.split(" | ")
    longest = max(len(segment.split()) for segment in segments)
    return len(line.split()) > MIN_HEADLINE_WORDS and longest > MENU_WORDS


def _is_sentence(line: str) -> bool:
    return line.rstrip().endswith(SENTENCE_ENDINGS) and len(line) > 40


class _Parts:
    """The header lines (headline, byline, date) and the body, read in order.

    The headline is the last line of the header that can be one (a label of two words, "Garowe
    Online", "World | Asia", cannot): lines around it are site furniture ("Tips for becoming a
    good boxer" from a sidebar) and are left out, counted in an Issue. A page with no sentence
    at all (a video caption) keeps its first line as the headline and the rest as its
    paragraphs."""

    def __init__(self, lines: list[str]) -> None:
        self.report = RawReport()
        first = next((i for i, line in enumerate(lines) if _is_sentence(line)), len(lines))
        header = [line for line in lines[:first] if not self._header_line(line)]
        standfirst: list[str] = []
        if first < len(lines) and len(header) > 1:
            titles = [line for line in header if _can_be_headline(line)] or header
            short = [line for line in titles if len(line) <= MAX_HEADLINE_CHARS] or titles
            at = header.index(short[-1])
            standfirst = [s for s in header[at + 1 :] if len(s) > MAX_HEADLINE_CHARS]
            self._furniture([s for s in header if s is not short[-1] and s not in standfirst])
            header = short[-1:]
        self.report.headline = header[0] if header else None
        body = lines[first:]  # in the body, only a copyright line is the header's, and a
        # labelled date near its top ("Published On 10 Jan 2025" under a standfirst)
        kept = [s for k, s in enumerate(body) if k >= TOP_LINES or not self._labelled_date(s)]
        self.body = header[1:] + standfirst + [s for s in kept if not self._publisher(s)]
        self._drop_trailing_promo()

    def _labelled_date(self, line: str) -> bool:
        found = date_text(line) if has_label(line) else None
        if found is not None and self.report.date_text is None:
            self.report.date_text = found
        return found is not None

    def _furniture(self, above: list[str]) -> None:
        message = f"{len(above)} line(s) above the headline left out as site furniture"
        text = " | ".join(above)[:300]
        self.report.issues.append(Issue(code="chrome-removed", text=text, message=message))

    def _publisher(self, line: str) -> bool:
        copyright_ = COPYRIGHT.match(line)
        if copyright_ is not None:
            self.report.publisher = copyright_.group("who").strip()
        return copyright_ is not None

    def _header_line(self, line: str) -> bool:
        """A byline, date or copyright line: its part of the report taken, True."""
        byline = BYLINE.match(line)
        if self._publisher(line):
            return True
        if byline is not None or is_desk_byline(line):
            if self.report.byline is None:  # "Sudan Events – Follow-ups" names a desk
                self.report.byline = byline.group("who") if byline else None
            return True
        found = date_text(line)  # "Uploaded: 2017-07-13", "KHARTOUM, 12 May 2024"
        if found is not None and self.report.date_text is None:
            self.report.date_text = found
        return found is not None

    def _drop_trailing_promo(self) -> None:
        """Short lines after the last sentence are promos and tags, not the article (one line
        is kept: a video page's caption is its only paragraph)."""
        while len(self.body) > 1 and not _is_sentence(self.body[-1]) and len(self.body[-1]) < 120:
            self.body.pop()


def _without_tags(lines: list[str]) -> tuple[list[str], int]:
    """Lines with the letters of stripped tags taken off, and how many lines had them."""
    out, touched = [], 0
    for line in lines:
        clean = TAG_LETTERS_END.sub("", TAG_LETTERS_START.sub("", line)) if line else line
        clean = "" if TAG_LETTERS_LINE.fullmatch(clean) else clean
        touched += clean != line
        out.append(clean)
    return out, touched


def _lines(text: str) -> tuple[list[str], int]:
    """The page's lines, squashed, tag letters off, a date glued before a line cut off it."""
    lines, residue = _without_tags([squash(line) for line in text.split("\n")])
    return [part for line in lines for part in split_leading_date(line)], residue


def _furniture_repeats(lines: list[str]) -> Counter[str]:
    """Lines printed more than once, but not a headline printed twice above the first
    sentence: that is one headline, kept once by _last_copies."""
    first = next((i for i, line in enumerate(lines) if _is_sentence(line)), len(lines))
    repeated = Counter(line for line in lines if line)
    late = set(lines[first:])
    return Counter({line: n for line, n in repeated.items() if n > 1 and line in late})


def read(text: str, source: str = "<string>") -> RawReport:
    lines, residue = _lines(text)
    repeated = _furniture_repeats(lines)
    kept = _last_copies([line for line in lines if line and not _chrome(line, repeated)])
    parts = _Parts(kept)
    if residue:
        message = f"letters of stripped HTML tags removed from {residue} line(s) (pHeavy…p)"
        parts.report.issues.append(Issue(code="markup-residue", message=message))
    return finish_report(parts.report, parts.body)


FORMAT: Format = Format(
    name="news",
    summary="a news page: headline, byline or agency, dateline, body, site chrome",
    read=read,
    signals=(
        # the line start as the newline before it (base.signal_head): a literal, scanned fast
        Signal(count(re.compile("\n" + BYLINE_SOURCE[1:], re.MULTILINE), 1), 20),
        Signal(count(re.compile("\n" + DATELINE_SOURCE[1:], re.MULTILINE), 1), 15),
        Signal(lines_starting(vocab.NEWS_CHROME), 8),
        Signal(occurrences(REPORTING_VERB, 10), 1),
    ),
)
