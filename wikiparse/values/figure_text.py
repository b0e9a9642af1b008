"""Figure values whose text must be put right before the figures are read, and the Issue each
repair leaves (the sides builder reports them; ``quantities`` reads the repaired text).

"16 Legionen: 8 Legionen (je 5000 Mann) … → 80.000 Fußsoldaten und 6.000 Kavalleristen": the
arrow gives the figures; what stands before it is how they were reached (de.wikipedia's
Cannae). "20.00025.000 soldati": a copy dropped the dash of "20.000–25.000" (a machine
translation of ru.wikipedia's Mosul); in a language that groups thousands with dots, a group
is three digits, so the two numbers can be told apart.
"""

from __future__ import annotations

import re

from wikiparse.issues import Issue
from wikiparse.values.locale import figure_words

__all__ = ["DERIVATION", "GLUED_GROUPS", "repair_issues", "repaired"]

# The arrow between a derivation and its result: "… → 80.000 Fußsoldaten", "… ⇒ 12 000".
# Tried only where a run of blanks starts (the lookbehind): tried inside a long run, each
# start would scan the rest of it (quadratic in the run).
DERIVATION = re.compile(r"(?<![ \t])[ \t]*(?:→|⇒|⟶)[ \t]*")
# Two dot-grouped numbers with nothing between them: "20.00025.000" (the first ends at its
# last three-digit group, the second starts at once). Bounded groups: linear.
GLUED_GROUPS = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:\.\d{3}){1,3})(\d{1,3}(?:\.\d{3}){1,3})(?![\d.,])"
)


def _derived(text: str, lang: str | None) -> str | None:
    """The text after the last arrow, when it holds a figure (else None: no derivation)."""
    if "→" not in text and "⇒" not in text and "⟶" not in text:
        return None
    pieces = DERIVATION.split(text)
    result = pieces[-1]
    return result if len(pieces) > 1 and figure_words(lang).figure.search(result) else None


def _number(group: str) -> int:
    return int(group.replace(".", ""))


def _unglued(match: re.Match[str]) -> str:
    low, high = match.group(1), match.group(2)
    joint = "–" if _number(low) <= _number(high) else "; "  # a range is written low to high
    return f"{low}{joint}{high}"


def _glued(text: str, lang: str | None) -> bool:
    return figure_words(lang).decimal_comma and GLUED_GROUPS.search(text) is not None


def repaired(text: str, lang: str | None) -> str:
    """``text`` as its figures are read: the result of a derivation, glued numbers apart."""
    text = _derived(text, lang) or text
    return GLUED_GROUPS.sub(_unglued, text) if _glued(text, lang) else text


def repair_issues(text: str, field: str, lang: str | None) -> list[Issue]:
    """What ``repaired`` changed in ``text``, as Issues for ``field``."""
    issues = []
    if _derived(text, lang) is not None:
        message = (
            "the figures after the arrow were read: what stands before it is how they were reached"
        )
        issues.append(Issue(code="figure-derived", field=field, text=text, message=message))
    if _glued(text, lang):
        message = (
            "two numbers with nothing between them: read apart (a range whose dash was lost, "
            "when the first is the smaller)"
        )
        issues.append(Issue(code="glued-figures", field=field, text=text, message=message))
    return issues
