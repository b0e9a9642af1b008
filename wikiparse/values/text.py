"""Small text helpers shared by the value parsers."""

from __future__ import annotations

import re

from wikiparse import vocab
from wikiparse.values import locale

__all__ = [
    "BULLETS", "DASH_BULLETS", "LEAD_SUBJECT", "LONG_TEXT", "WHITESPACE_RUN", "is_unknown",
    "lead_subject", "split_trailing_note", "squash", "strip_bullet", "trim_item"
]  # fmt: skip

# The subject of an article's first sentence: "The battle of Raqqa (2017), also known as …",
# "The Southern Damascus offensive (March 2018) started on …". Bounded: no backtracking.
LEAD_SUBJECT = re.compile(
    r"^(?P<subject>[A-Z][^,.()\n]{2,80}?(?: \([^()\n]{1,40}\))?)"
    r"(?:,| (?:was|is|were|are|started|began|took place|refers to)\b)"
)
# List markers typed as characters ("• Final overthrow of House of York", "▪ Spain").
BULLETS = "•·▪◦‣∙●■"
# A trailing or leading run of separators left when a list item is cut out of a sentence,
# stripped after squash (so the only space left is " "): str.strip, where "[…]+$" would retry
# from every separator and be quadratic.
LEADING_SEPARATORS, TRAILING_SEPARATORS = ",;:" + BULLETS, ",;•·"
# A dash and a space at the start of an entry is a list marker too ("– Kingdom of Scotland",
# "- 300 killed"); a dash glued to a figure is a sign ("-5") and stays.
DASH_BULLETS = ("– ", "— ", "- ")


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
    """Squash and drop list punctuation and bullets at the edges ("42,000 regulars," ->
    "42,000 regulars", "• Final overthrow of House of York" -> "Final overthrow …")."""
    text = squash(text)
    if not text or (
        text[0] not in LEADING_SEPARATORS
        and text[-1] not in TRAILING_SEPARATORS
        and not text.startswith(DASH_BULLETS)
    ):
        return text  # squashed: no spaces at the edges either
    return strip_bullet(text, LEADING_SEPARATORS).rstrip(" " + TRAILING_SEPARATORS)


def strip_bullet(text: str, marks: str = BULLETS) -> str:
    """The text without the list markers it starts with ("• Henry VII crowned", "– Kingdom
    of Scotland"); ``marks``: the characters taken as markers. ``text`` is squashed."""
    at = 0  # one pass over the leading run (slicing in a loop is quadratic on ",,,,…")
    while at < len(text):
        if text[at] in marks or text[at] == " ":
            at += 1
        elif text.startswith(DASH_BULLETS, at):
            at += 2
        else:
            break
    return text[at:]


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
