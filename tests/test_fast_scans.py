"""Scans rewritten for speed find what the plain patterns they replace find, on generated
text made of the pieces each pattern looks at."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from wikiparse.inputs.safe import DECODES, _may_decode
from wikiparse.readers.wikitext.nesting import _TOKEN, INSIDE, TOP, Scan

# The nesting scan as it was: a search for the next token, led by its first characters.
TOKEN_SEARCH = re.compile(r"(?=[{}\[\]<\n])" + _TOKEN)
MARKUP_PIECES = ["{", "}", "{{", "}}", "[", "]", "[[", "]]", "<", ">", "<!--", "-->",
                 "<ref name=a>", "<ref/>", "</ref>", "<br />", "<nowiki>", "\n", "\n{|", "\n |}",
                 " ", "\t", "a", "|", "/", "é", "<1", "< b>", "{{x}}", "[[a|b]]", "{{a|b}}}",
                 "{{{a}}}", "[[[a]]]", "]]]", "}}}", "{{a\n}}", "<ref>[[x]]</ref>"]  # fmt: skip
ENTITY_PIECES = ["&#", "&", "#", "\\", "&ZeroWidthSpace", "&NoBreak", "&Negative", "Thin",
                 "Space", "x", "&lt;", ";"]  # fmt: skip


class SearchScan(Scan):
    """The scan as it was: a search for each next token, every link and template in turn."""

    def at(self, at: int) -> str:
        if at < self.pos:
            return self.jumped
        while (match := TOKEN_SEARCH.search(self.body, self.pos, at)) is not None:
            self.pos = match.end()
            if not self._take(match):
                return INSIDE
            if at < self.pos:
                return self.jumped
        self.pos = at
        return TOP if not any(self.depth.values()) else INSIDE


@given(
    st.lists(st.sampled_from(MARKUP_PIECES), max_size=40).map("".join),
    st.lists(st.integers(0, 200), max_size=12),
    st.integers(0, 200),
)
def test_the_nesting_scan_answers_as_a_search_did(text: str, asked: list[int], jump: int) -> None:
    """The same answer at each position asked, in increasing order as callers ask, also
    after the caller moves the scan past a part it read (``parts_to_read``)."""
    new, old = Scan(text), SearchScan(text)
    for at in sorted(a for a in asked if a <= len(text)):
        if at < new.pos:
            continue  # inside the part read: never asked
        assert new.at(at) == old.at(at), (text, at)
        if new.pos < jump <= len(text):
            new.pos = old.pos = jump
    if new.pos <= len(text):
        assert new.at(len(text)) == old.at(len(text))


@given(st.lists(st.sampled_from(ENTITY_PIECES), max_size=12).map("".join))
def test_what_may_decode_is_what_the_pattern_finds(text: str) -> None:
    assert _may_decode(text) == (DECODES.search(text) is not None)
