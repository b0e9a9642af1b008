"""Wikitext into nodes (``wikitext_nodes``) in one linear pass, read the way MediaWiki reads it.

Why not mwparserfromhell: building its tree alone took longer than wtf_wikipedia's whole
parse of the same pages (bench/throughput.py), and it is quadratic in unclosed openers. Here:

- one master regex (``TOKEN``) jumps from one place markup may start to the next;
- most links and templates hold no nested markup and are matched whole (``LINK_PLAIN``,
  ``TEMPLATE_PLAIN``); the others are frames on a stack (``wikitext_frames``): a closer that
  matches a deeper frame breaks the frames above it back into text, and frames still open at
  the end become text too ("{{a|b" stays visible and is counted), so nothing is read twice;
- tags whose content is not running text (<ref>, <nowiki>, <math>, tables) are jumped over to
  their closing tag and parsed only if a reader asks (``wikitext_tags``);
- list bullets, headings and tables are read at line starts (``wikitext_lines``).

Every forward search remembers where it stopped and nesting is capped (``MAX_DEPTH``), so
time stays linear in the input, whatever the input.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from wikiparse.readers.wikitext.frames import ARGUMENT, LINK, OPENER, ROOT, TEMPLATE, Frame
from wikiparse.readers.wikitext.lines import LineRules, cell_text_start
from wikiparse.readers.wikitext.nodes import NEWLINE, Argument, Link, Nodes, Param, Template

__all__ = [
    "LINK_OPEN", "LINK_PLAIN", "MAX_DEPTH", "MAX_PARAMS", "STREAM_NODES", "TEMPLATE_PLAIN",
    "TOKEN", "Reader", "parse"
]  # fmt: skip

# Every place markup may start. Each alternative begins with a literal character, so the
# regex engine skips plain text at C speed (about 60 MB/s on the corpus).
TOKEN = re.compile(
    r"\{\{+|\}\}+"  # template and argument braces, as runs ("{{{" opens an argument)
    r"|\[\[|\]\]|\|"  # links; the separator of template parameters
    r"|<(?:!--|/?[A-Za-z])"  # a comment or a tag
    r"|\[(?=(?:https?|ftp)://|//)"  # an external link in brackets
    r"|://"  # a free URL: its scheme is read backwards from here
    r"|&(?=#?\w{1,31};)"  # an entity
    r"|''+"  # bold and italic quotes
    r"|\n(?=[*#:;=\-{|!])"  # a line that may open a list, heading, table or rule
)
# [[Title]] or [[Title|plain text]]: nine links in ten, matched whole. No markup inside.
LINK_PLAIN = re.compile(r"\[\[([^\[\]{}|\n<>]+)(?:\|([^\[\]{}<>'&\n]*+))?\]\]")
# [[Title| with markup in the text part: the text is read as a frame.
LINK_OPEN = re.compile(r"\[\[([^\[\]{}|\n<>]+)\|")
# {{name|a|k=v}} with no markup inside (quotes and URLs are checked after the match); the
# repeats are possessive, so a match that fails never backtracks.
TEMPLATE_PLAIN = re.compile(r"\{\{([^{}|\[\]<>&\n]+)((?:\|[^{}|\[\]<>&\n]*+)*+)\}\}")
MAX_DEPTH = 40  # open templates and links; deeper openers stay text (MediaWiki caps too)
# Parameters of one template; the separators past it stay text in the last one. Real
# templates have tens; "{{x|a|a|…}}" with 10^5 of them held 140 bytes per input byte.
MAX_PARAMS = 500
# A page's body is handed to its reader in pieces of about this many top-level nodes, at a
# line that opens a list or heading while no template or link is open: a 10 MB article held
# all its nodes at once (3x its size) before its first paragraph was flattened.
STREAM_NODES = 2_000


def _split_key(part: Nodes) -> tuple[str | None, Nodes]:
    """ "key = value" -> (key, value nodes); None when the part is positional."""
    for j, node in enumerate(part):
        if type(node) is not str:
            return None, part  # markup before any "=": a positional value
        at = node.find("=")
        if at >= 0:
            key = "".join(part[:j]) + node[:at]  # type: ignore[arg-type]
            rest = node[at + 1 :]
            return key, ([rest] if rest else []) + part[j + 1 :]
    return None, part


def _params(parts: list[Nodes]) -> list[Param]:
    params, position = [], 0
    for part in parts:
        key, value = _split_key(part)
        if key is None:
            position += 1
            key = str(position)
        params.append(Param(key, value))
    return params


def _plain_params(raw: str) -> list[Param]:
    """The parameters of a TEMPLATE_PLAIN match ("|a|k=v"): text only, MAX_PARAMS at most."""
    params, position = [], 0
    for piece in raw.split("|", MAX_PARAMS)[1:]:
        key, eq, value = piece.partition("=")
        if not eq:
            position += 1
            key, value = str(position), piece
        params.append(Param(key, [value] if value else []))
    return params


class Reader:
    """Parses the ranges of one page and counts the openers nothing closed (an Issue)."""

    def __init__(self) -> None:
        self.unclosed = 0
        self.capped = 0  # parameter separators past MAX_PARAMS, kept as text

    def block(self, text: str, start: int = 0, end: int | None = None) -> Nodes:
        """A range read as lines of their own: lists, headings, tables and rules count."""
        stop = len(text) if end is None else end
        return _Pass(self, text, start, stop, block=True, table=False).run()

    def stream(self, text: str, take: Callable[[Nodes], None]) -> None:
        """The whole text read as ``block`` reads it, its top-level nodes handed to ``take`` in
        order, a piece at a time, so that they need not all be held at once."""
        rest = _Pass(self, text, 0, len(text), block=True, table=False, take=take).run()
        take(rest)

    def inline(self, text: str, start: int, end: int) -> Nodes:
        """One line of text: a heading's title, an external link's label."""
        return _Pass(self, text, start, end, block=False, table=False).run()

    def table(self, text: str, start: int, end: int) -> Nodes:
        """A whole wiki table: each row and cell becomes a line."""
        return _Pass(self, text, start, end, block=True, table=True).run()


class _Pass(LineRules):
    """One left-to-right reading of text[start:end] into nodes."""

    def run(self) -> Nodes:
        text, end, stack, search = self.text, self.end, self.stack, TOKEN.search
        pos = self.line_start(self.start) if self.block else self.start
        while (m := search(text, pos, end)) is not None:
            i = m.start()
            begin = pos if self.carry < 0 else self.carry
            if i > begin:
                stack[-1].nodes.append(text[begin:i])
            self.carry = -1
            c = text[i]
            if c == "[":
                pos = self.link(i) if text.startswith("[[", i) else self.bracket_url(i)
            elif c == "|":
                pos = self.pipe(i)
            elif c == "]":
                pos = self.link_end(i)
            elif c == "{":
                pos = self.braces(i, m.end())
            elif c == "}":
                pos = self.closing_braces(i, m.end())
            elif c == "\n":
                stack[-1].nodes.append("\n")
                if self.take is not None and len(stack) == 1 and len(stack[0].nodes) > STREAM_NODES:
                    self.take(stack[0].nodes)  # all final: no frame is open to break into them
                    stack[0].nodes = []
                pos = self.line_start(i + 1) if self.block else i + 1
            elif c == "<":
                pos = self.angle(i)
            elif c == "'":
                pos = self.quotes(i, m.end())
            elif c == "&":
                pos = self.entity(i)
            else:
                pos = self.free_url(i, begin)
        begin = pos if self.carry < 0 else self.carry
        if begin < end:
            stack[-1].nodes.append(text[begin:end])
        self.carry = -1
        self.break_above(0)
        return stack[0].nodes

    def nearest(self, kinds: tuple[int, ...]) -> int:
        """The innermost open frame of one of ``kinds`` (-1: none)."""
        for k in range(len(self.stack) - 1, 0, -1):
            if self.stack[k].kind in kinds:
                return k
        return -1

    def link(self, i: int) -> int:
        m = LINK_PLAIN.match(self.text, i, self.end)
        if m is not None:
            shown = m.group(2)
            text = None if shown is None else [shown] if shown else []
            self.nodes.append(Link(m.group(1), text, shown))
            return m.end()
        m = LINK_OPEN.match(self.text, i, self.end)
        if m is not None and len(self.stack) < MAX_DEPTH:
            self.stack.append(Frame(LINK, m.end(), m.group(1)))
            return m.end()
        self.nodes.append("[[")  # a constant: no new string, unlike a literal() run
        return i + 2

    def link_end(self, i: int) -> int:
        k = self.nearest((LINK,))
        if k < 0:
            self.nodes.append("]]")
            return i + 2
        self.break_above(k)
        frame = self.stack.pop()
        self.nodes.append(Link(frame.title, frame.nodes, self.text[frame.start : i]))
        return i + 2

    def pipe(self, i: int) -> int:
        top = self.stack[-1]
        if (top.kind == TEMPLATE or top.kind == ARGUMENT) and len(top.parts) < MAX_PARAMS:
            top.parts.append(top.nodes)
            top.cuts.append(i)
            top.nodes = []
            return i + 1
        if top.kind == TEMPLATE or top.kind == ARGUMENT:
            self.reader.capped += 1
        elif self.in_table and top.kind == ROOT and self.text.startswith("||", i):
            top.nodes.append(NEWLINE)  # "a || b": the next cell
            return cell_text_start(self.text, i + 2, self.end)
        top.nodes.append("|")
        return i + 1

    def braces(self, i: int, j: int) -> int:
        """A run of "{": a plain template matched whole, else frames (odd runs: the innermost
        is an argument, "{{{1}}}")."""
        stack, n = self.stack, j - i
        if n == 2:
            m = TEMPLATE_PLAIN.match(self.text, i, self.end)
            if m is not None and m.group(1).strip():
                whole = m.group()
                if "''" not in whole and "://" not in whole:
                    raw = m.group(2)
                    if len(raw) > MAX_PARAMS and raw.count("|") > MAX_PARAMS:
                        self.reader.capped += raw.count("|") - MAX_PARAMS
                    self.nodes.append(Template(m.group(1), _plain_params(raw)))
                    return m.end()
        kinds = [TEMPLATE] * ((n - 3) // 2) + [ARGUMENT] if n % 2 else [TEMPLATE] * (n // 2)
        at = i
        for kind in kinds:
            if len(stack) >= MAX_DEPTH:
                return self.literal(at, j)
            stack.append(Frame(kind, at))
            at += len(OPENER[kind])
        return j

    def closing_braces(self, i: int, j: int) -> int:
        n = j - i
        while n >= 2:
            k = self.nearest((TEMPLATE, ARGUMENT))
            if k < 0:
                break
            self.break_above(k)
            frame = self.stack.pop()
            if frame.kind == ARGUMENT and n >= 3:
                parts = [*frame.parts, frame.nodes]
                self.nodes.append(Argument(parts[1] if len(parts) > 1 else None))
                n -= 3
                continue
            if frame.kind == ARGUMENT:  # "{{{a}}": a template after a literal "{"
                self.nodes.append("{")
                frame.kind, frame.start = TEMPLATE, frame.start + 1
            template = self.template(frame, j - n)
            self.nodes.extend([template] if template else [*frame.literal(), "}}"])
            n -= 2
        return self.literal(j - n, j) if n else j

    def template(self, frame: Frame, close: int) -> Template | None:
        parts = [*frame.parts, frame.nodes]
        head = parts[0]
        if all(type(node) is str for node in head):
            name = "".join(head)  # type: ignore[arg-type]
        else:  # a name built by markup ("{{ {{x}} }}"): kept as written
            name = self.text[frame.start + 2 : frame.cuts[0] if frame.cuts else close]
        return Template(name, _params(parts[1:])) if name.strip() else None


def parse(text: str) -> tuple[Nodes, Reader]:
    """A whole text as nodes, and its reader (which parses lazy regions and counts)."""
    reader = Reader()
    return reader.block(text), reader
