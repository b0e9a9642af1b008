"""Citation markers a scrape glued to a figure without their brackets (issue 27 class 5):
"47,56136" is 47,561 and the marker [36] when the page's markers run to about 36.

A figure's comma groups are three digits, so digits past the last group are no part of it;
whether they are a marker or a figure of their own ("7,00010,000") the page's numbering
tells: the bracketed markers it kept ("[35]", "[37]") say how far its notes run.
"""

from __future__ import annotations

import re

__all__ = ["rebracket"]

# A bracketed citation number the page kept: "[36]".
MARKER_NUMBER = re.compile(r"\[(\d{1,3})\]")
# One to three digits glued after a figure's last comma group, then no more figure:
# "47,56136" (not "7,00010,000", whose tail is a figure with its own group).
GLUED_TAIL = re.compile(r"(?<=\d,\d{3})(?P<n>\d{1,3})(?![\d,.])")
# The whole figure with such a tail, for the Issue that quotes it.
GLUED_MARKER_FIGURE = re.compile(r"\d{1,3}(?:,\d{3})+\d{1,3}(?![\d,.])")
# How far past the highest bracketed marker a glued one may be: an excerpt cut the page
# before its later markers, and the glued one may be the next notes.
MARKER_SLACK = 5


def rebracket(lines: list[str]) -> tuple[list[str], list[str]]:
    """Lines with each glued tail the page's numbering makes a marker written "[n]" again
    (the marker pass then removes it), and the figures with a tail no numbering decides: a
    page with no bracketed marker leaves "47,56136" as it is (read as two figures, which the
    caller reports: the tail may be a marker or the next cell's figure)."""
    numbers = [int(n) for line in lines if "[" in line for n in MARKER_NUMBER.findall(line)]
    if not numbers:
        undecided = [
            m.group(0) for line in lines if "," in line for m in GLUED_MARKER_FIGURE.finditer(line)
        ]
        return lines, undecided
    top = max(numbers) + MARKER_SLACK

    def bracket(match: re.Match[str]) -> str:
        n = match.group("n")
        return f"[{n}]" if 1 <= int(n) <= top and not n.startswith("0") else n

    return [GLUED_TAIL.sub(bracket, line) if "," in line else line for line in lines], []
