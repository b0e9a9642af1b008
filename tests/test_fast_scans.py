"""Scans rewritten for speed find what the plain patterns they replace find, on generated
text made of the pieces each pattern looks at."""

from __future__ import annotations

import re
from collections.abc import Callable

from hypothesis import given
from hypothesis import strategies as st

from wikiparse.inputs.safe import DECODES, _may_decode
from wikiparse.readers.wikitext.nesting import _TOKEN, NESTING

# The nesting scan as it was: a search for the next token, led by its first characters.
TOKEN_SEARCH = re.compile(r"(?=[{}\[\]<\n])" + _TOKEN)
MARKUP_PIECES = ["{", "}", "{{", "}}", "[", "]", "[[", "]]", "<", ">", "<!--", "-->",
                 "<ref name=a>", "<ref/>", "</ref>", "<br />", "<nowiki>", "\n", "\n{|", "\n |}",
                 " ", "\t", "a", "|", "/", "é", "<1", "< b>"]  # fmt: skip
ENTITY_PIECES = ["&#", "&", "#", "\\", "&ZeroWidthSpace", "&NoBreak", "&Negative", "Thin",
                 "Space", "x", "&lt;", ";"]  # fmt: skip

Next = Callable[[str, int], "re.Match[str] | None"]


def _tokens(text: str, next_token: Next) -> list[tuple[str | None, int, str]]:
    found, pos = [], 0
    while (match := next_token(text, pos)) is not None:
        found.append((match.lastgroup, match.end(), match.group(match.lastgroup or 0)))
        pos = match.end()
    return found


@given(st.lists(st.sampled_from(MARKUP_PIECES), max_size=40).map("".join))
def test_the_nesting_scan_takes_the_tokens_a_search_finds(text: str) -> None:
    assert _tokens(text, NESTING.match) == _tokens(text, TOKEN_SEARCH.search)


@given(st.lists(st.sampled_from(ENTITY_PIECES), max_size=12).map("".join))
def test_what_may_decode_is_what_the_pattern_finds(text: str) -> None:
    assert _may_decode(text) == (DECODES.search(text) is not None)
