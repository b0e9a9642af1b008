"""The article text of a rendered page: paragraphs, headings, See also, related articles and the
numbered reference list, for the readers of scraped text (plaintext, mirror, frontmatter).

A heading is a short standalone line (a blank line above, no closing punctuation); each other
line is one paragraph, with citation markers removed.
"""

from __future__ import annotations

import re

from wikiparse import fields
from wikiparse.issues import Issue
from wikiparse.raw import RawLink, RawPage, RawRef, RawSection
from wikiparse.readers.common.scrape import ICON_IN_TEXT, bullet_depth, strip_markers
from wikiparse.values.text import squash

__all__ = [
    "BRACE_RESIDUE", "HEADING_END", "INLINE_TAG", "MARKDOWN_HEADING", "NUMBERED_REF",
    "PAGE_TITLE_SPAN", "BodyReader", "heading_of", "paragraph_text", "read_text_body"
]  # fmt: skip

# Mirror "Related Research Articles" entries: the title is in this span, the rest is a summary.
PAGE_TITLE_SPAN = re.compile(r'<span class="mw-page-title-main">(?P<title>[^<>]{1,200})</span>')
INLINE_TAG = re.compile(r"</?(?:span|div|a|b|i|sup|sub|small|em|strong)(?:\s[^<>]{0,200})?>")
# "  1. 1 2 3 \"Title\". Work. 3 April 2018.": a numbered reference with its back-links.
NUMBERED_REF = re.compile(r"^\s*(?P<n>\d{1,3})\.\s+(?P<rest>\S.*)$")
# "## Aftermath" in markdown bodies.
MARKDOWN_HEADING = re.compile(r"^(?P<marks>#{1,6})\s+(?P<title>.+?)\s*#*\s*$")
HEADING_END = (".", ",", ";", ":", '"', "”", ")", "!", "?")
# Leftover braces or brackets of wiki markup: what the wikitext reader's parse left unbalanced,
# and what a scrape or an export left in its text ("{|" of a table that did not render); removed
# from visible text, with an Issue (both readers use this one pattern).
BRACE_RESIDUE = re.compile(r"\{\{|\}\}|\[\[|\]\]|\{\||\|\}")


def _strip_backlinks(text: str) -> str:
    """ "1 2 3 \"Title\"…" -> "\"Title\"…": back-links count 1, 2, 3 (or ^ a b c)."""
    words = text.split(" ")
    i = 0
    if words and words[0] == "^":
        i = 1
        while i < len(words) and len(words[i]) == 1 and words[i].isalpha():
            i += 1
    else:
        while i < len(words) and words[i] == str(i + 1):
            i += 1
    return " ".join(words[i:]).strip() if i < len(words) else text


def heading_of(lines: list[str], i: int) -> tuple[str, int] | None:
    """(title, level) when line ``i`` is a heading."""
    line = lines[i].strip()
    markdown = MARKDOWN_HEADING.match(line)
    if markdown is not None:
        return strip_markers(markdown.group("title")), len(markdown.group("marks"))
    above_blank = i == 0 or not lines[i - 1].strip()
    bare = strip_markers(line) if line.endswith("]") else line  # "…in October 2017.[1]"
    if (
        above_blank
        and 0 < len(line) <= 80
        and line[0].isupper()
        and not bare.endswith(HEADING_END)
        and "°" not in line  # "Coordinates: 54°33′36″N …", a map's position line
        and len(line.split()) <= 10
        and not bullet_depth(lines[i])[0]
        and "<" not in line
    ):
        return line, 2
    return None


def paragraph_text(line: str) -> str:
    if "<" in line:
        line = INLINE_TAG.sub("", line)
    if ".svg" in line or ".png" in line:
        line = ICON_IN_TEXT.sub("", line)
    return strip_markers(line)


class BodyReader:
    """Routes lines to sections, See also, related articles or references by heading."""

    def __init__(self, page: RawPage) -> None:
        self.page = page
        self.mode = "text"
        self.residue: list[str] = []  # lines that lost wiki markup (the first is shown)

    def heading(self, title: str, level: int) -> None:
        key = title.lower()
        if key in fields.SEE_ALSO_TITLES:
            self.mode = "see_also"
        elif key in fields.RELATED_TITLES:
            self.mode = "related"
        elif key in fields.REFERENCE_TITLES:
            self.mode = "references"
        else:
            self.mode = "text"
            self.page.sections.append(RawSection(title, level, []))

    def line(self, line: str) -> None:
        if self.mode == "related":
            span = PAGE_TITLE_SPAN.search(line)  # the summaries are other articles' prose
            if span is not None:
                self.page.related.append(RawLink(squash(span.group("title"))))
            return
        text = paragraph_text(bullet_depth(line)[1])
        if ("{" in text or "}" in text or "[[" in text or "]]" in text) and BRACE_RESIDUE.search(
            text
        ):
            self.residue.append(text)
            text = squash(BRACE_RESIDUE.sub(" ", text))
        if not text:
            return
        if self.mode == "see_also":
            self.page.see_also.append(RawLink(text))
        elif self.mode == "references":
            self.page.references.append(self._reference(line))
        else:
            if not self.page.sections:
                self.page.sections.append(RawSection(None, 0, []))
            self.page.sections[-1].paragraphs.append(text)

    def _reference(self, line: str) -> RawRef:
        numbered = NUMBERED_REF.match(line)
        if numbered is None:
            return RawRef(key=None, text=paragraph_text(line), rendered=True)
        rest = paragraph_text(_strip_backlinks(numbered.group("rest")))
        return RawRef(key=numbered.group("n"), text=rest, rendered=True)


def read_text_body(lines: list[str], page: RawPage) -> None:
    """Fill ``page`` with the sections, links and references found in ``lines``."""
    reader = BodyReader(page)
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        heading = heading_of(lines, i)
        if heading is not None:
            reader.heading(*heading)
        else:
            reader.line(line)
    if reader.residue:
        count = len(reader.residue)
        message = "wiki markup left in the text removed" + (
            f" ({count} lines; the first shown)" if count > 1 else ""
        )
        page.issues.append(
            Issue(code="markup-residue", message=message, text=reader.residue[0][:120])
        )
