"""Which of the five formats a text is: scored evidence, the highest score wins.

Each format has weighted signals (markup counts, chrome lines, layout shapes); counts are capped
so one repeated signal cannot drown the rest. Ties go to the more structured format.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from wikiparse import vocab

FORMATS = ("wikitext", "frontmatter", "mirror", "plaintext", "news")

# Wiki markup: templates, links, bold, headings, refs (escaped or not).
WIKI_MARKUP = re.compile(r"\{\{|\[\[|'''|^=+[^=\n]{1,200}=+[ \t]*$|<ref|&lt;ref", re.MULTILINE)
INFOBOX_CALL = re.compile(r"\{\{\s*(?:infobox|#invoke:\s*infobox)", re.IGNORECASE)
# A flattened infobox row: "Belligerents | |||||||".
PIPE_ROW = re.compile(r"\|[ \t]?\|{3,}")
CITATION_MARKER = re.compile(r"\[\d{1,3}\]|\[citation needed\]")
ICON_NAME = re.compile(r"\S\.svg\b")
# A mirror row whose label lost its separator: "Date17–25 April 2018".
GLUED_LABEL = re.compile(r"^(?:Date|Location)\d", re.MULTILINE)
BYLINE = re.compile(r"^By [A-Z][\w.]*(?: [A-Z][\w.]*){0,3}$", re.MULTILINE)
# "BEIRUT: A lightning assault": a dateline opening a paragraph.
DATELINE = re.compile(r"^[A-Z][A-Z.'-]{2,20}(?: [A-Z][A-Z.'-]{1,20}){0,2}(?: \(\w+\))?:\s", re.M)
REPORTING_VERB = re.compile(r"\b(?:said|told|reported|according to)\b")


def _lines_starting(text: str, words: tuple[str, ...]) -> int:
    return sum(1 for line in text.splitlines() if line.strip().startswith(words))


def _count(pattern: re.Pattern[str], cap: int) -> Callable[[str], int]:
    def count(text: str) -> int:
        total = 0
        for _ in pattern.finditer(text):
            total += 1
            if total >= cap:
                break
        return total

    return count


def _contains(words: tuple[str, ...]) -> Callable[[str], int]:
    return lambda text: sum(1 for w in words if w in text)


def _frontmatter(text: str) -> int:
    stripped = text.lstrip()
    if not stripped.startswith("---\n"):
        return 0
    end = stripped.find("\n---", 3)
    return 1 if end > 0 else 0


# format -> [(signal, weight)]; a signal returns a count.
SIGNALS: dict[str, list[tuple[Callable[[str], int], int]]] = {
    "wikitext": [(_count(WIKI_MARKUP, 40), 2), (_count(INFOBOX_CALL, 1), 40)],
    "frontmatter": [(_frontmatter, 200)],
    # Article text with citation markers but no Wikipedia furniture is a copy on another site;
    # the page saved from Wikipedia itself shows its own chrome or its pipe-row table.
    "mirror": [
        (_contains(vocab.MIRROR_CHROME), 60),
        (_count(ICON_NAME, 10), 3),
        (_count(GLUED_LABEL, 2), 10),
        (_count(CITATION_MARKER, 20), 1),
        (lambda t: _lines_starting(t, vocab.INFOBOX_LABELS), 2),
    ],
    "plaintext": [
        (_count(PIPE_ROW, 10), 5),
        (_contains(vocab.PLAINTEXT_CHROME), 15),
        (lambda t: _lines_starting(t, vocab.INFOBOX_LABELS), 3),
    ],
    "news": [
        (_count(BYLINE, 1), 20),
        (_count(DATELINE, 1), 15),
        (lambda t: _lines_starting(t, vocab.NEWS_CHROME), 8),
        (_count(REPORTING_VERB, 10), 1),
    ],
}


def scores(text: str) -> dict[str, int]:
    """The evidence for each format (higher is stronger)."""
    head = text[:200_000]  # the shape of a page shows in its start; keeps detection cheap
    return {fmt: sum(signal(head) * weight for signal, weight in SIGNALS[fmt]) for fmt in FORMATS}


def detect(text: str) -> str:
    """The most likely format; "plaintext" when nothing speaks for any."""
    found = scores(text)
    best = max(FORMATS, key=lambda fmt: found[fmt])  # first in FORMATS wins a tie
    return best if found[best] > 0 else "plaintext"
