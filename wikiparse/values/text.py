"""Small text helpers shared by the value parsers."""

from __future__ import annotations

import re

from wikiparse import vocab
from wikiparse.values import locale

# The subject of an article's first sentence: "The battle of Raqqa (2017), also known as …",
# "The Southern Damascus offensive (March 2018) started on …". Bounded: no backtracking.
LEAD_SUBJECT = re.compile(
    r"^(?P<subject>[A-Z][^,.()\n]{2,80}?(?: \([^()\n]{1,40}\))?)"
    r"(?:,| (?:was|is|were|are|started|began|took place|refers to)\b)"
)
# A trailing or leading run of separators left when a list item is cut out of a sentence,
# stripped after squash (so the only space left is " "): str.strip, where "[…]+$" would retry
# from every separator and be quadratic.
LEADING_SEPARATORS, TRAILING_SEPARATORS = ",;:•·", ",;•·"


# Past this length squash rewrites runs of whitespace in place instead of splitting to words.
LONG_TEXT = 10_000
WHITESPACE_RUN = re.compile(r"\s+")


def squash(text: str) -> str:
    """Collapse runs of whitespace to one space and strip the ends."""
    if "  " not in text and text.isprintable():  # the common case: nothing to collapse
        return text.strip()
    if len(text) > LONG_TEXT:  # no list of every word of a megabyte line: 8 bytes per byte
        return WHITESPACE_RUN.sub(" ", text).strip()
    return " ".join(text.split())  # str.split() splits where the regex \s+ would


def trim_item(text: str) -> str:
    """Squash and drop list punctuation at the edges ("42,000 regulars," -> "42,000 regulars")."""
    text = squash(text)
    if text and text[0] not in LEADING_SEPARATORS and text[-1] not in TRAILING_SEPARATORS:
        return text  # squashed: no spaces at the edges either
    return text.lstrip(" " + LEADING_SEPARATORS).rstrip(" " + TRAILING_SEPARATORS)


def is_unknown(text: str, lang: str | None = None) -> bool:
    """True for texts that mean "no value" ("Unknown", "N/A", "none"; "unbekannt" on a page
    in German)."""
    words = vocab.UNKNOWN_WORDS if lang in (None, "en") else locale.unknown_words(lang)
    return trim_item(text).rstrip(".").lower() in words


def split_trailing_note(text: str) -> tuple[str, str | None]:
    """ "Free Syrian Army (12 March only)" -> ("Free Syrian Army", "12 March only")."""
    if not text.endswith(")"):
        return text, None
    start = text.rfind("(")
    head, note = text[:start].strip(), text[start + 1 : -1]
    if start <= 0 or ")" in note or not head:
        return text, None
    return head, squash(note) or None


def lead_subject(paragraph: str) -> str | None:
    """What the first sentence is about, used as a name when a page gives no title."""
    match = LEAD_SUBJECT.match(paragraph)
    return squash(match.group("subject")) if match else None
