"""What a walk over one page produces: ``Line``s of visible text with what was attached to
them, and the ``PageContext`` that collects citations, notices and Issues for the whole page."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from wikiparse.issues import Issue
from wikiparse.raw import RawLink, RawRef
from wikiparse.readers.wikitext.parse import Reader
from wikiparse.values.text import squash

__all__ = ["QUOTE_RESIDUE", "Line", "PageContext"]

# Quotes shown as text (from <nowiki>, or a run the parser left): removed from visible text.
QUOTE_RESIDUE = re.compile(r"'{2,}")


class Line:
    """One visual line or list item: its text parts and what was attached to it."""

    __slots__ = (
        "_text",
        "bullet",
        "cites",
        "depth",
        "files",
        "flags",
        "links",
        "markers",
        "nameless_flag",
        "parts",
        "refs",
        "urls",
    )

    def __init__(self, depth: int = 0, bullet: bool = False) -> None:
        self.depth, self.bullet = depth, bullet
        self._text: str | None = None  # set once the line is finished
        self.parts: list[str] = []
        self.links: list[RawLink] = []
        self.flags: list[str] = []
        # a flag that names no party: a code the tables lack ("PRE"), a template's genitive
        self.nameless_flag = False
        self.markers: list[str] = []  # fates and surrender, canonical names
        self.refs: list[str] = []
        self.files: list[str] = []
        self.urls: list[str] = []
        self.cites: list[dict[str, str]] = []

    @property
    def text(self) -> str:
        if self._text is not None:
            return self._text
        joined = "".join(self.parts)
        return squash(QUOTE_RESIDUE.sub("", joined) if "''" in joined else joined)

    def close(self, raw: str) -> None:
        """The line is complete: its text is ``raw``, cleaned once and kept."""
        self.parts = [raw]
        self._text = None
        self._text = self.text

    def has_text(self) -> bool:
        """Cheaper than ``text`` (which runs only when a line holds nothing but quotes)."""
        parts = self.parts
        if not parts:
            return False
        joined = parts[0] if len(parts) == 1 else "".join(parts)
        if joined.strip(" \t\n'"):
            return True
        return "'" in joined and bool(self.text)

    def blank(self) -> bool:
        if self.flags or self.refs or self.markers or self.cites or self.urls or self.files:
            return False
        return not self.has_text()


@dataclass
class PageContext:
    """What one page's walk collects beside the text: citations, notices, issues."""

    source: str
    refs: dict[str, RawRef] = field(default_factory=dict)  # key -> definition, in order
    unnamed: int = 0
    notices: list[str] = field(default_factory=list)
    coordinates: str | None = None
    issues: list[Issue] = field(default_factory=list)
    seen_templates: set[str] = field(default_factory=set)
    categories: list[str] = field(default_factory=list)  # "Battles involving Spain"
    skipped_tables: int = 0
    reader: Reader = field(default_factory=Reader)  # parses lazy regions, counts unclosed
    language: str | None = None  # the conflict infobox's language: its flag templates' words

    residue_lines: int = 0  # lines that lost broken markup, reported once (see finish)
    residue_first: str = ""

    def issue(self, code: str, message: str, text: str | None = None) -> None:
        self.issues.append(Issue(code=code, message=message, text=text))

    def residue(self, text: str) -> None:
        """Count a line that lost broken markup; one Issue per page, not one per line (10^5
        unclosed "{|" lines made 10^5 Issues)."""
        if not self.residue_lines:
            self.residue_first = text[:120]
        self.residue_lines += 1

    def finish(self) -> None:
        """Issues that were counted while the page was read."""
        if self.residue_lines:
            lines = self.residue_lines
            message = "unbalanced wiki markup removed from text" + (
                f" ({lines} lines; the first shown)" if lines > 1 else ""
            )
            self.issue("markup-residue", message, self.residue_first)

    def unknown_template(self, name: str) -> None:
        if name not in self.seen_templates:
            self.seen_templates.add(name)
            self.issue(
                "unknown-template",
                "template not known to wikiparse; kept its first parameter as text",
                name,
            )

    def new_key(self) -> str:
        while True:
            self.unnamed += 1
            key = f"ref-{self.unnamed}"
            if key not in self.refs:
                return key
