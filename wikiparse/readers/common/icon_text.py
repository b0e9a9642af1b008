"""Flag icons a scrape printed as text (issue 27 class 2): "15px Swiss Confederation", "US
flag 48 stars United States", "Merchant flag of Japan Empire of Japan".

The size and the caption are no part of the name; where one stands between two names it is
the cue that the next name starts. A caption "Flag of X" is rewritten as the file name
"Flag of X.svg", which the scrape's item maker already reads as the flag X.
"""

from __future__ import annotations

import re

from wikiparse import vocab

__all__ = ["icon_pieces"]


def _kind(kind: str) -> str:
    """ "flag" and two-word kinds may start a caption capitalised ("Flag of", "Merchant flag
    of"); a bare "ensign", "standard", "jack", "banner" only in lower case ("Jack of Kent",
    "Standard Oil" are names)."""
    head, rest = kind[0], re.escape(kind[1:])
    if kind == "flag" or " " in kind:
        return f"[{head.upper()}{head}]{rest}"
    return re.escape(kind)


# An image size a scrape left before a name: "15px", "20x15px" (a word of its own).
ICON_SIZE = re.compile(r"(?<!\S)\d{1,4}(?:x\d{1,4})?px(?!\S)")
# "US flag 48 stars": a country code, "flag", a count of stars (the flag of a year).
FLAG_STARS = re.compile(
    r"(?<!\S)(?:[A-Z]{2,3} )?[Ff]lag \d{1,3} (?:" + "|".join(vocab.FLAG_STAR_WORDS) + r")(?!\S)"
)
# "Merchant flag of (the) ": a caption's head; its country X follows (see _country_end).
FLAG_OF = re.compile(
    r"(?<!\S)(?:[A-Z]{2,3} )?(?:"
    + "|".join(_kind(k) for k in sorted(vocab.FLAG_KINDS, key=len, reverse=True))
    + r") of (?:the )?"
)
# A file name is read by the item maker already ("Flag of France.svg Napoleon I").
FILE_NAME = re.compile(r"\.(?:svg|png|gif|jpe?g)\b", re.IGNORECASE)
# The longest country a caption may name, in words ("Bosnia and Herzegovina", "United Arab …").
MAX_COUNTRY_WORDS = 4
CUT = "\x00"  # where a size or caption stood: a boundary between names


def _has_icon_text(line: str) -> bool:
    low = line.lower()
    return "px" in low or any(kind in low for kind in vocab.FLAG_KINDS)


def _country_end(words: list[str]) -> int:
    """How many of the words after "flag of" are its country: the most that the name after
    them repeats ("Japan | Empire of Japan", "United Kingdom | United Kingdom"), else all of
    them when nothing follows, else one ("Flag of France Napoleon I")."""
    for k in range(min(MAX_COUNTRY_WORDS, len(words) - 1), 0, -1):
        rest = f" {' '.join(words[k:])} "
        if f" {' '.join(words[:k])} " in rest:
            return k
    return len(words) if len(words) <= MAX_COUNTRY_WORDS else 1


def _caption(after: str) -> str:
    """A caption and the text after it (to the next cut) -> "Flag of X.svg rest"."""
    words = after.split()
    if not words:
        return CUT
    k = _country_end(words)
    country, rest = " ".join(words[:k]), " ".join(words[k:]) or " ".join(words[:k])
    return f"{CUT}Flag of {country}.svg {rest}"


def icon_pieces(line: str) -> list[str]:
    """One flattened line -> its pieces with the icon text gone, a new piece at each."""
    if not _has_icon_text(line) or FILE_NAME.search(line):
        return [line]
    text = FLAG_STARS.sub(CUT, ICON_SIZE.sub(CUT, line))
    if FLAG_OF.search(text):
        heads = list(FLAG_OF.finditer(text))
        parts = [text[: heads[0].start()]]
        for n, head in enumerate(heads):
            end = heads[n + 1].start() if n + 1 < len(heads) else len(text)
            after, tail = text[head.end() : end], ""
            if CUT in after:
                after, tail = after.split(CUT, 1)
                tail = CUT + tail
            parts.append(_caption(after) + tail)
        text = "".join(parts)
    return [piece.strip() for piece in text.split(CUT) if piece.strip()]
