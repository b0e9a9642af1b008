"""Names and finished Documents made safe to write: no control, bidi or lone surrogate
character in any output string, whatever decoded it.

``normalize`` cleans the input text once, but some characters arrive after it: a file name
with a byte that is not UTF-8 (Python hands it over as a lone surrogate, "a\\udcff.txt"), a
caller's ``source="a\\ud800"``, an Enterprise title, and character references that a reader
decodes later ("&#x202e;" in wikitext or HTML, "\\u202e" in Parsoid's data-mw JSON or a YAML
double-quoted string). Names are escaped (visible, reversible, one line); text decoded inside
a reader is cleaned at the end, over the whole Document, as the input was.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel

from wikiparse.inputs.normalize import CONTROL_CHARS, SURROGATES, TERMINAL_CONTROLS, ZERO_WIDTH
from wikiparse.issues import Issue
from wikiparse.models import Document

__all__ = [
    "DECODES", "FORBIDDEN", "LINE_ESCAPES", "SURROGATE_ESCAPES", "UNSAFE_IN_LINE",
    "clean_document", "safe_line", "safe_name"
]  # fmt: skip

# Every character no output string may hold: the edge rule of ``normalize`` in one class.
FORBIDDEN = re.compile(
    "["
    + "".join(p.pattern[1:-1] for p in (CONTROL_CHARS, TERMINAL_CONTROLS, SURROGATES, ZERO_WIDTH))
    + "]"
)
# In a name or a message line, line ends and tabs too: a file named "a\nwikiparse: error: …"
# must not print a second diagnostic line.
UNSAFE_IN_LINE = re.compile(FORBIDDEN.pattern[:-1] + "\t\n\r]")
# What can decode into a forbidden character after the edge: a numeric character reference
# ("&#x202e;", "&#27;"), the HTML5 names of zero-width characters (html.unescape knows them),
# and backslash escapes (YAML's "\e", JSON's "\u202e" in Parsoid's data-mw).
DECODES = re.compile(r"&#|&(?:ZeroWidthSpace|NoBreak|Negative[A-Za-z]{0,10}Space)|\\")
SURROGATE_ESCAPES = range(0xDC80, 0xDD00)  # os.fsdecode's stand-ins for bytes 0x80-0xFF


LINE_ESCAPES = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in LINE_ESCAPES:
        return LINE_ESCAPES[char]
    code = ord(char)
    if code in SURROGATE_ESCAPES:  # the byte the file system name held
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def safe_name(name: str) -> str:
    """A name (path, dump page title, caller's source) as one printable line: controls, bidi
    characters, lone surrogates and line ends shown as escapes ("a\\\\xff.txt")."""
    return UNSAFE_IN_LINE.sub(_escape, name)


def safe_line(message: str) -> str:
    """A diagnostic as exactly one line, with nothing that drives a terminal."""
    return safe_name(message)


class _Cleaner:
    """Forbidden characters out of every string of a value; the same object where nothing
    changed. A string met again is looked up, not scanned again (32,000 news claims share
    one long sentence)."""

    def __init__(self) -> None:
        self.removed = 0
        self.seen: dict[int, str] = {}

    def clean(self, value: Any) -> Any:
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, BaseModel):
            update = {}
            for key, item in value.__dict__.items():
                new = self.clean(item)
                if new is not item:
                    update[key] = new
            return value.model_copy(update=update) if update else value
        if isinstance(value, (list, tuple)):
            items = [self.clean(item) for item in value]
            changed = any(new is not old for new, old in zip(items, value, strict=True))
            return type(value)(items) if changed else value
        if isinstance(value, dict):
            pairs = [(self.clean(k), self.clean(v)) for k, v in value.items()]
            old = value.items()
            changed = any(
                a is not k or b is not v for (a, b), (k, v) in zip(pairs, old, strict=True)
            )
            return dict(pairs) if changed else value
        return value

    def text(self, value: str) -> str:
        known = self.seen.get(id(value))
        if known is not None:
            return known
        count = len(FORBIDDEN.findall(value))
        self.removed += count
        out = FORBIDDEN.sub(_replacement, value) if count else value
        self.seen[id(value)] = out
        return out


def _may_decode(text: str) -> bool:
    """Does DECODES match in ``text``? Found by substring scans, the regex only for its one
    open-ended name: the regex, run over every page, cost 6 ns a character (an "&lt;" of an
    escaped page at every few words), 5 % of an infobox-only extraction."""
    if "&#" in text or "\\" in text or "&ZeroWidthSpace" in text or "&NoBreak" in text:
        return True
    return "&Negative" in text and DECODES.search(text) is not None


def _replacement(match: re.Match[str]) -> str:
    return "\ufffd" if SURROGATES.match(match.group()) else ""


def clean_document(document: Document, text: str) -> Document:
    """The Document with no forbidden character in any string, and an Issue saying how many
    were removed. ``text`` is the input, cleaned at the edge: only what a reader decodes can
    bring one back, so a text with no character reference and no backslash escape is
    left as it is (a scan of the input, not of the Document)."""
    if not _may_decode(text):
        return document
    cleaner = _Cleaner()
    cleaned = cleaner.clean(document)
    if not cleaner.removed:
        return document
    issue = Issue(
        code="control-characters",
        message=f"removed {cleaner.removed} control "
        "characters (bidi overrides, ESC, BOM and the like) that character references "
        "or escapes decoded into",
    )
    result: Document = cleaned.model_copy(update={"issues": [*cleaned.issues, issue]})
    return result
