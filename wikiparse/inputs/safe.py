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

# Every character no output string may hold: the edge rule of ``normalize`` in one class.
FORBIDDEN = re.compile(
    "["
    + "".join(p.pattern[1:-1] for p in (CONTROL_CHARS, TERMINAL_CONTROLS, SURROGATES, ZERO_WIDTH))
    + "]"
)
# In a name or a message line, line ends and tabs too: a file named "a\nwikiparse: error: …"
# must not print a second diagnostic line.
UNSAFE_IN_LINE = re.compile(FORBIDDEN.pattern[:-1] + "\t\n\r]")
# What pydantic's JSON shows of a Document that holds a forbidden character: C0 controls as
# "\u00XX" escapes (tab, LF and CR as \t \n \r), every other one raw. A "\\u001b" that was a
# backslash in the text only sends the Document down the exact (slower) path.
FORBIDDEN_IN_JSON = re.compile(r"\\u00(?:0[0-8bcef]|1[0-9a-f])|" + FORBIDDEN.pattern)
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


def _clean(value: Any, removed: list[int]) -> Any:
    """``value`` with forbidden characters out of every string in it (surrogates become
    U+FFFD, as ``normalize`` does); the same object when nothing changed."""
    if isinstance(value, str):
        count = len(FORBIDDEN.findall(value))
        if not count:
            return value
        removed[0] += count
        return FORBIDDEN.sub(lambda m: "\ufffd" if SURROGATES.match(m.group()) else "", value)
    if isinstance(value, BaseModel):
        update = {}
        for key, item in value.__dict__.items():
            new = _clean(item, removed)
            if new is not item:
                update[key] = new
        return value.model_copy(update=update) if update else value
    if isinstance(value, (list, tuple)):
        items = [_clean(item, removed) for item in value]
        changed = any(new is not old for new, old in zip(items, value, strict=True))
        return type(value)(items) if changed else value
    if isinstance(value, dict):
        pairs = [(_clean(k, removed), _clean(v, removed)) for k, v in value.items()]
        old = value.items()
        changed = any(a is not k or b is not v for (a, b), (k, v) in zip(pairs, old, strict=True))
        return dict(pairs) if changed else value
    return value


def _suspect(document: Document) -> bool:
    """Could the Document hold a forbidden character? One C-speed JSON dump and scan (a lone
    surrogate cannot even be written)."""
    try:
        return FORBIDDEN_IN_JSON.search(document.model_dump_json()) is not None
    except ValueError:  # PydanticSerializationError: a lone surrogate
        return True


def clean_document(document: Document) -> Document:
    """The Document with no forbidden character in any string, and an Issue saying how many
    were removed (they came from character references or escapes a reader decoded)."""
    if not _suspect(document):
        return document
    removed = [0]
    cleaned = _clean(document, removed)
    if not removed[0]:
        return document
    issue = Issue(code="control-characters", message=f"removed {removed[0]} control characters "
                  "(bidi overrides, ESC, BOM and the like) that character references or escapes "
                  "decoded into")  # fmt: skip
    result: Document = cleaned.model_copy(update={"issues": [*cleaned.issues, issue]})
    return result
