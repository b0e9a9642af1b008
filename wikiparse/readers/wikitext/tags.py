"""Parsing rules for what is not a frame: tags, comments, quotes, entities and URLs.

A tag either shows its text (formatting: <small>, <span>, <center>), starts a line (<p>,
<div>, <br>) or holds content that is not running text (<ref>, <nowiki>, <math>, <table>),
which is jumped over to its closing tag and kept as a ``Lazy`` region, parsed when read.
"""

from __future__ import annotations

import html
import re

from wikiparse import vocab
from wikiparse.readers.wikitext.frames import PassState
from wikiparse.readers.wikitext.nodes import BOLD, BR, NEWLINE, ExtLink, Lazy, Ref

__all__ = [
    "BRACKET_URL", "ENTITY", "NAME_ATTR", "TAG", "URL_BODY", "URL_SCHEMES", "URL_TRAIL",
    "TagRules", "closing_tag", "free_url_text", "ref_name"
]  # fmt: skip

# <tag attributes> or </tag>; bounded and possessive, so a stray "<" costs one short look.
TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]{0,15})(?=[\s/>])([^<>]{0,2000}+)>")
# name="x", name='x' or name=x among a tag's attributes.
NAME_ATTR = re.compile(r"""\bname\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'/>]+))""", re.IGNORECASE)
ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# The rest of a URL: no spaces, brackets, quotes, pipes or braces (possessive: no backtracking).
URL_BODY = re.compile(r"[^\s\[\]<>\"{}|']*+")
BRACKET_URL = re.compile(r"\[((?:(?:https?|ftp):)?//[^\s\[\]<>\"{}|]++)")
# Punctuation after a free URL belongs to the sentence ("see http://a.org.").
URL_TRAIL = ".,;:!?'"
URL_SCHEMES = ("https", "http", "ftp")
COMMENT_START, COMMENT_END = "<!--", "-->"

_CLOSING: dict[str, re.Pattern[str]] = {}


def closing_tag(name: str) -> re.Pattern[str]:
    """</name>, any case, spaces before the ">" allowed (compiled once per name)."""
    pattern = _CLOSING.get(name)
    if pattern is None:
        pattern = _CLOSING[name] = re.compile(rf"</{name}\s*>", re.IGNORECASE)
    return pattern


def ref_name(attributes: str) -> str:
    m = NAME_ATTR.search(attributes)
    if m is None:
        return ""
    return next(g for g in m.groups() if g is not None).strip()


def free_url_text(text: str, start: int, end: int) -> str:
    """The URL starting at ``start``, without the punctuation that ends a sentence."""
    stop = URL_BODY.match(text, start, end).end()  # type: ignore[union-attr]
    url = text[start:stop].rstrip(URL_TRAIL)
    if url.endswith(")") and "(" not in url:  # "(see http://a.org/b)"
        url = url.rstrip(")").rstrip(URL_TRAIL)
    return url


class TagRules(PassState):
    def angle(self, i: int) -> int:
        """At "<": a comment (skipped), a tag, or a plain "<"."""
        if self.text.startswith(COMMENT_START, i):
            stop = self.find.find(COMMENT_END, i + 4)
            if stop >= 0:
                return stop + len(COMMENT_END)
            self.reader.unclosed += 1
            return self.literal(i, i + 4)
        m = TAG.match(self.text, i, self.end)
        if m is None:
            return self.literal(i, i + 1)
        return self.tag(m)

    def tag(self, m: re.Match[str]) -> int:
        slash, name, attributes = m.group(1), m.group(2).lower(), m.group(3)
        if name == "br":
            self.nodes.append(BR)
        elif slash or name not in vocab.CONTENT_TAGS:
            if not slash and name in vocab.NEWLINE_TAGS:
                self.nodes.append(NEWLINE)
            # formatting tags and closing tags: only the text between them shows
        elif attributes.endswith("/"):
            if name == "ref":
                self.nodes.append(Ref(ref_name(attributes), None))
        else:
            return self.content_tag(m, name, attributes)
        return m.end()

    def content_tag(self, m: re.Match[str], name: str, attributes: str) -> int:
        """A tag read apart up to its closing tag; one that nothing closes is visible text."""
        text, nodes, reader = self.text, self.nodes, self.reader
        start, stop = self.find.search(closing_tag(name), m.end())
        if start < 0:
            reader.unclosed += 1
            return self.literal(m.start(), m.end())
        if name == "ref":
            contents = Lazy("ref", text, m.end(), start, reader.block)
            nodes.append(Ref(ref_name(attributes), contents))
        elif name == "nowiki":
            nodes.append(html.unescape(text[m.end() : start]))
        elif name == "pre":
            nodes.append(text[m.end() : start])
        elif name == "table" or name in vocab.BLOCK_TAGS:
            nodes.append(Lazy(name, text, m.end(), start, reader.block))
        return stop  # vocab.SKIPPED_TAGS (<math>, <gallery>…): nothing shows

    def quotes(self, i: int, j: int) -> int:
        """Two quotes (italic) show nothing; three or five (bold) leave a BOLD mark, which
        names the page in its lead; a fourth or a sixth quote onwards is an apostrophe."""
        n = j - i
        if n >= 3:
            if n == 4 or n > 5:
                self.nodes.append("'" * (1 if n == 4 else n - 5))
            self.nodes.append(BOLD)
        return j

    def entity(self, i: int) -> int:
        m = ENTITY.match(self.text, i, self.end)
        if m is None:
            return self.literal(i, i + 1)
        self.nodes.append(html.unescape(m.group()))
        return m.end()

    def free_url(self, i: int, pos: int) -> int:
        """At "://": a URL when a scheme stands just before, at the end of the last text."""
        text, nodes = self.text, self.nodes
        for scheme in URL_SCHEMES:
            s = i - len(scheme)
            if s < pos or not text.startswith(scheme, s):
                continue
            if s > self.start and (text[s - 1].isalnum() or text[s - 1] == "_"):
                break  # "xhttp://" is not a link
            url = free_url_text(text, s, self.end)
            if len(url) <= len(scheme) + 3:
                break  # nothing after the "://"
            if s > pos:
                nodes[-1] = text[pos:s]  # the text before the scheme
            else:
                nodes.pop()
            nodes.append(ExtLink(url, None, False))
            return s + len(url)
        nodes.append("://")
        return i + 3

    def bracket_url(self, i: int) -> int:
        """[http://x.org label], on one line; without its "]" the "[" is text."""
        text = self.text
        m = BRACKET_URL.match(text, i, self.end)
        close = self.find.find("]", m.end()) if m is not None else -1
        if m is None or close < 0 or self.find.line_end(i) < close:
            if m is not None:
                self.reader.unclosed += 1
            self.nodes.append("[")
            return i + 1
        label = m.end()
        while label < close and text[label] in " \t":
            label += 1
        title = self.reader.inline(text, label, close) if label < close else None
        self.nodes.append(ExtLink(m.group(1), title, True))
        return close + 1
