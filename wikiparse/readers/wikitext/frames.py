"""The state of one parsing pass: the stack of open frames, and searches that stay linear.

A frame is a template, argument or link whose closer has not been seen yet. When a closer
matches a deeper frame, or the pass ends, the frames above are *broken*: their opener and
what they hold become plain text of the frame below, once — nothing is parsed again.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Protocol

from wikiparse.readers.wikitext.nodes import Nodes

__all__ = ["OPENER", "Finder", "Frame", "PassState", "RangeReader"]

ROOT, TEMPLATE, ARGUMENT, LINK = range(4)
OPENER = {TEMPLATE: "{{", ARGUMENT: "{{{", LINK: "[["}


class Frame:
    """A template, argument or link being read: its finished parts and the current one."""

    __slots__ = ("cuts", "kind", "nodes", "parts", "start", "title")

    def __init__(self, kind: int, start: int, title: str = "") -> None:
        self.kind, self.start, self.title = kind, start, title
        self.parts: list[Nodes] = []
        self.nodes: Nodes = []
        self.cuts: list[int] = []  # where each finished part ended (its "|")

    def literal(self) -> Nodes:
        """The frame as visible text: what an opener that nothing closed leaves."""
        out: Nodes = [OPENER[self.kind] + (self.title + "|" if self.kind == LINK else "")]
        for part in self.parts:
            out += part
            out.append("|")
        out += self.nodes
        return out


class Finder:
    """Forward searches that remember their last answer: a search from a later position that
    is still before that answer costs nothing, so "<ref>" × 10,000 with no "</ref>" is one
    scan, not 10,000."""

    __slots__ = ("_memo", "end", "text")

    def __init__(self, text: str, end: int) -> None:
        self.text, self.end = text, end
        self._memo: dict[object, tuple[int, int, int]] = {}  # needle -> (from, start, stop)

    def _recall(self, needle: object, at: int) -> tuple[int, int] | None:
        hit = self._memo.get(needle)
        if hit is not None and hit[0] <= at and (hit[1] < 0 or at <= hit[1]):
            return hit[1], hit[2]
        return None

    def find(self, needle: str, at: int) -> int:
        """Where ``needle`` next occurs at or after ``at`` (-1: nowhere before the end)."""
        hit = self._recall(needle, at)
        if hit is not None:
            return hit[0]
        found = self.text.find(needle, at, self.end)
        self._memo[needle] = (at, found, found + len(needle))
        return found

    def search(self, pattern: re.Pattern[str], at: int) -> tuple[int, int]:
        """(start, end) of the next match of ``pattern`` at or after ``at``, or (-1, -1)."""
        hit = self._recall(pattern, at)
        if hit is not None:
            return hit
        m = pattern.search(self.text, at, self.end)
        found = (m.start(), m.end()) if m is not None else (-1, -1)
        self._memo[pattern] = (at, *found)
        return found

    def line_end(self, at: int) -> int:
        """The end of the line holding ``at`` (its "\\n", or the end of the range)."""
        eol = self.find("\n", at)
        return self.end if eol < 0 else eol


class RangeReader(Protocol):
    """What a pass asks of the page reader: sub-ranges parsed, unclosed openers counted."""

    unclosed: int
    capped: int

    def block(self, text: str, start: int = 0, end: int | None = None) -> Nodes: ...

    def inline(self, text: str, start: int, end: int) -> Nodes: ...

    def table(self, text: str, start: int, end: int) -> Nodes: ...


class PassState:
    """What the rules of a pass share: the text and its range, the frames, the searches."""

    def __init__(
        self,
        reader: RangeReader,
        text: str,
        start: int,
        end: int,
        *,
        block: bool,
        table: bool,
        take: Callable[[Nodes], None] | None = None,
    ) -> None:
        self.reader, self.text, self.start, self.end = reader, text, start, end
        self.block, self.in_table = block, table
        self.take = take  # where finished top-level nodes go while the pass runs (streaming)
        self.find = Finder(text, end)
        self.stack = [Frame(ROOT, start)]
        self.carry = -1  # where literal text began that joins the text after it (see literal)

    def literal(self, i: int, j: int) -> int:
        """text[i:j] shows as it is: it joins the text that follows instead of being a node of
        its own (10^5 unclosed "<ref>" made 10^5 nodes, 33 bytes per input byte)."""
        if self.carry < 0:
            self.carry = i
        return j

    @property
    def nodes(self) -> Nodes:
        """Where text goes now: the current part of the innermost open frame."""
        return self.stack[-1].nodes

    def break_above(self, k: int) -> None:
        """Frames above ``stack[k]`` were never closed: they become its text."""
        stack = self.stack
        if len(stack) > k + 1:
            target = stack[k].nodes
            for frame in stack[k + 1 :]:
                target += frame.literal()
            self.reader.unclosed += len(stack) - k - 1
            del stack[k + 1 :]
