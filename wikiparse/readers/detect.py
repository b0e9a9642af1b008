"""Which format a text is: the signals each reader declares, scored; the highest score wins.

Counts are capped so one repeated signal cannot drown the rest; ties go to the format listed
first in the registry (the more structured one).
"""

from __future__ import annotations

from wikiparse.readers.base import DETECT_HEAD, Format
from wikiparse.readers.registry import FALLBACK, REGISTRY


def scores(text: str) -> dict[str, int]:
    """The evidence for each format (higher is stronger)."""
    head = text[:DETECT_HEAD]  # sliced once for every signal that reads only the head
    return {
        fmt.name: sum(
            signal.count(text if signal.whole else head) * signal.weight for signal in fmt.signals
        )
        for fmt in REGISTRY
    }


def detect_format(text: str) -> Format:
    """The most likely format; the fallback (plaintext) when nothing speaks for any."""
    found = scores(text)
    best = max(REGISTRY, key=lambda fmt: found[fmt.name])  # first in REGISTRY wins a tie
    return best if found[best.name] > 0 else FALLBACK


def detect(text: str) -> str:
    """The name of the most likely format."""
    return detect_format(text).name
