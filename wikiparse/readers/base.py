"""What a reader declares: its format name, its detection signals and its ``read``.

Each reader module builds one ``Format``; ``readers/registry.py`` lists them once, and
everything that names formats (detection, ``extract(format=…)``, the CLI's ``--from``, the
docs) takes them from there. Signals are small counting functions over the head of the text,
built with the helpers below so that every count is capped and linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from wikiparse.raw import FormatName, RawPage, RawReport

__all__ = [
    "DETECT_HEAD", "Format", "Signal", "SignalFn", "contains", "count", "lines_starting",
    "occurrences", "signal_head"
]  # fmt: skip

# A signal counts evidence in a text; its weight says how much one count is worth. Signals
# see the head of the text (DETECT_HEAD characters: the shape of a page shows in its start,
# and detection stays cheap), unless ``whole`` (a format's mark may lie further on).
SignalFn = Callable[[str], int]
DETECT_HEAD = 200_000


def signal_head(text: str) -> str:
    """What signals see: the head of the text with a newline in front, so that a pattern finds
    line starts as a literal "\n" (which the regex engine scans for fast: "^" in MULTILINE mode
    is tried at every character, 4-7x slower on a page of prose)."""
    return "\n" + text[:DETECT_HEAD]


@dataclass(frozen=True)
class Signal:
    count: SignalFn
    weight: int
    whole: bool = False  # counted on the whole text, not its head


@dataclass(frozen=True)
class Format:
    """One input format: detection evidence and the reader that turns text into raw data."""

    name: FormatName
    summary: str  # one line for ``--help`` and the docs
    read: Callable[[str, str], RawPage | RawReport]
    signals: tuple[Signal, ...]
    # A faster ``read`` for ``extract(..., sections=False)`` that may leave the body unread;
    # None: ``read`` (the caller drops the body's fields either way).
    read_infobox: Callable[[str, str], RawPage | RawReport] | None = None


def count(pattern: re.Pattern[str], cap: int) -> SignalFn:
    """Matches of ``pattern``, counted up to ``cap`` (one repeated signal cannot drown the rest)."""

    def counted(text: str) -> int:
        total = 0
        for _ in pattern.finditer(text):
            total += 1
            if total >= cap:
                break
        return total

    return counted


def occurrences(literals: tuple[str, ...], cap: int) -> SignalFn:
    """How often the ``literals`` occur (str.count, in C: no regex over every character),
    up to ``cap``."""
    return lambda text: min(cap, sum(text.count(w) for w in literals))


def contains(words: tuple[str, ...]) -> SignalFn:
    """How many of ``words`` occur anywhere."""
    return lambda text: sum(1 for w in words if w in text)


def lines_starting(words: tuple[str, ...]) -> SignalFn:
    """How many lines start with one of ``words`` (after leading spaces): one regex over the
    head, each line start found as its newline (``signal_head`` puts one before the first)."""
    pattern = re.compile(r"\n[ \t]*(?:" + "|".join(map(re.escape, words)) + ")")
    return lambda text: len(pattern.findall(text))
