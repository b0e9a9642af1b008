"""Where a position stands in a page's nesting, found by a cheap forward scan of the source.

Infobox-only reading (``infobox_only``) reads a few templates and references of the body
alone, without parsing the body; that is only the same as reading them in place when they
stand at the top level of the page, outside every template, link, table and content tag. The
scan tracks just that nesting (brace runs, link brackets, table lines) and jumps over comments
and content tags as the parser does. It answers TOP only where the parser would too; where
it cannot tell (an odd brace run such as "{{{1}}}", a comment or tag never closed) it answers
INSIDE, and the caller reads the whole body instead.
"""

from __future__ import annotations

import re

from wikiparse import vocab
from wikiparse.readers.wikitext.tags import closing_tag

__all__ = ["NESTING", "TABLE_FIRST", "UNREAD_TAGS", "Scan"]

TOP, HIDDEN, INSIDE = "top", "hidden", "inside"
# What the parser jumps over without reading markup: comments, and tags whose text is not
# parsed (nowiki, pre) or not read at all (math, gallery…). Other content tags (ref, poem,
# references, table) are read in place, so what stands in them is not at the top level.
UNREAD_TAGS = vocab.RAW_TEXT_TAGS | vocab.SKIPPED_TAGS
# Where nesting changes: brace runs, link brackets, comments, tags, table lines. Tags are
# matched by shape and looked up (an alternation of names was 2x slower).
_TOKEN = (
    r"(?:(?P<open>\{\{+)|(?P<close>\}\}+)|(?P<link>\[\[)|(?P<unlink>\]\])"
    r"|<(?:(?P<comment>!--)|(?P<tag>[A-Za-z][A-Za-z0-9]{0,15})(?=[\s/>])(?P<attrs>[^<>]{0,2000}+)>)"
    r"|\n[ \t]*(?P<table>\{\||\|\}))"
)
# A link or a template with nothing in it that nests ("[[Simón Bolívar|Bolívar]]", "{{cite
# web|url=…}}" on one line) leaves the nesting as it was: skipped with the text around it (a
# brace run longer than two, which the scan cannot read, is never skipped so).
_FLAT = r"\[\[[^{}\[\]<\n]*\]\]|(?<!\{)\{\{[^{}\[\]<\n]*\}\}(?!\})"
# A token and the text before it, in one match from where the scan stands: runs of plain
# text are taken by one class loop, flat links and templates whole, a first character of no
# token by a lookahead that fails (each character is passed once). A search for each token,
# even led by a lookahead naming its first characters, tried the pattern at every position
# and went through Python for every link: 3x slower (battle-of-ayacucho).
NESTING = re.compile(
    r"(?:[^{}\[\]<\n]++|"
    + _FLAT
    + r"|(?!"
    + re.sub(r"\(\?P<\w+>", "(?:", _TOKEN)
    + r")[{}\[\]<\n])*+"
    + _TOKEN
)

TABLE_FIRST = re.compile(r"[ \t]*\{\|")


class Scan:
    """The nesting of ``body`` at positions asked in increasing order (each character is
    read once for all of them)."""

    def __init__(self, body: str) -> None:
        self.body, self.pos = body, 0
        self.depth = {"open": 0, "link": 0, "table": 0}
        self.jumped = INSIDE  # what the last token covered: HIDDEN (a comment…) or INSIDE
        opening = TABLE_FIRST.match(body)  # a table on the first line has no newline before
        if opening is not None:
            self.depth["table"], self.pos = 1, opening.end()

    def at(self, at: int) -> str:
        """TOP, HIDDEN (in a comment or an unread tag: the parser never reads it) or INSIDE."""
        if at < self.pos:  # inside a region jumped over, or a token that covers it
            return self.jumped
        while (match := NESTING.match(self.body, self.pos, at)) is not None:
            self.pos = match.end()
            if not self._take(match):
                return INSIDE
            if at < self.pos:
                return self.jumped
        self.pos = at
        return TOP if not any(self.depth.values()) else INSIDE

    def _take(self, match: re.Match[str]) -> bool:
        """One token: the nesting it changes; False where the scan cannot say."""
        self.jumped = INSIDE
        kind = match.lastgroup
        if kind == "open" or kind == "close":
            pairs, odd = divmod(len(match.group(kind)), 2)
            self._step("open", pairs if kind == "open" else -pairs)
            return not odd
        if kind == "link" or kind == "unlink":
            self._step("link", 1 if kind == "link" else -1)
        elif kind == "table":
            self._step("table", 1 if match.group(kind) == "{|" else -1)
        elif kind == "comment":
            stop, self.jumped = self.body.find("-->", self.pos), HIDDEN
            self.pos = stop + 3
            return stop >= 0
        else:
            name = match.group("tag").lower()
            if name in vocab.CONTENT_TAGS and not match.group("attrs").endswith("/"):
                return self._past_tag(name)  # (<ref name=x/> holds nothing)
        return True

    def _step(self, kind: str, step: int) -> None:
        # a closer with nothing open is text to the parser, as it is here
        self.depth[kind] = max(0, self.depth[kind] + step)

    def _past_tag(self, name: str) -> bool:
        closer = closing_tag(name).search(self.body, self.pos)
        if closer is None:
            return False
        self.pos = closer.end()
        self.jumped = HIDDEN if name in UNREAD_TAGS else INSIDE
        return True
