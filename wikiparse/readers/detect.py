"""Which format a text is: the signals each reader declares, scored; the highest score wins.

Counts are capped so one repeated signal cannot drown the rest; ties go to the format listed
first in the registry (the more structured one).
"""

from __future__ import annotations

from wikiparse.readers.base import Format, signal_head
from wikiparse.readers.registry import FALLBACK, REGISTRY

__all__ = ["DECISIVE", "detect", "detect_format", "scores"]

# A score this high is decisive: no other format's evidence reaches it on a page of its own
# shape (the corpus: wikitext 120, front matter 200, html 1000; mirror and plaintext pages
# score at most 2 for wikitext). Formats later in the registry are then not scored at all.
DECISIVE = 100


def _score(fmt: Format, text: str, head: str) -> int:
    return sum(s.count(text if s.whole else head) * s.weight for s in fmt.signals)


def scores(text: str) -> dict[str, int]:
    """The evidence for each format (higher is stronger), every format scored."""
    head = signal_head(text)  # sliced once for every signal that reads only the head
    return {fmt.name: _score(fmt, text, head) for fmt in REGISTRY}


def detect_format(text: str) -> Format:
    """The most likely format; the fallback (plaintext) when nothing speaks for any. Formats
    are scored in registry order and the first decisive score ends the search."""
    head = signal_head(text)
    best, best_score = FALLBACK, 0
    for fmt in REGISTRY:
        score = _score(fmt, text, head)
        if score > best_score:  # an earlier format wins a tie
            best, best_score = fmt, score
        if score >= DECISIVE:
            break
    return best


def detect(text: str) -> str:
    """The name of the most likely format."""
    return detect_format(text).name
