"""Walk parsed nodes into lines of visible text, keeping links, flags, markers and refs.

This is where wikitext markup becomes plain data: one ``Line`` per visual line or list item
("*", "**", "<br>"), each with the clean text a reader would see and what was attached to it.
Template knowledge lives in ``dispatch`` and the handlers it names, which write through
the ``Sink`` methods below; this module handles the node types.
"""

from __future__ import annotations

import re

from wikiparse import vocab
from wikiparse.raw import RawLink, RawRef
from wikiparse.readers.common.icons import flag_from_file
from wikiparse.readers.common.text_body import BRACE_RESIDUE  # (scraped text's residue too)
from wikiparse.readers.wikitext import dispatch
from wikiparse.readers.wikitext.context import Line, PageContext
from wikiparse.readers.wikitext.nodes import (
    BR,
    LIST_MARK,
    NEWLINE,
    Argument,
    ExtLink,
    Heading,
    Lazy,
    Link,
    Marker,
    Node,
    Nodes,
    Ref,
    Template,
)
from wikiparse.readers.wikitext.sink import Mode
from wikiparse.values.text import squash

__all__ = [
    "IMAGE_WIDTH", "INTERWIKI", "LINE_BULLETS", "NOT_PLAIN", "TAG_RESIDUE",
    "Flattener", "clean_residue"
]  # fmt: skip

# Tag-looking residue that was not parsed as a tag ("<br/ >" in odd places), bounded length.
TAG_RESIDUE = re.compile(r"</?[A-Za-z][A-Za-z0-9]{0,15}(?:\s[^<>]{0,200})?/?>")
# "[[File:X.svg|25px]]", "|22x20px": the display width of an image link.
IMAGE_WIDTH = re.compile(r"(?:^|\|)\s*(?:\d+x)?(?P<w>\d+)\s*px\s*(?:\||$)")
# Interwiki prefixes ("[[fr:Bataille]]"): two or three lower-case letters and a colon.
INTERWIKI = re.compile(r"[a-z]{2,3}(?:-[a-z]+)?:")
# Characters a line would still clean up (residue, quotes): plain text has none of them.
NOT_PLAIN = re.compile(r"[{}\[\]<']")
# Bullets typed as characters at a line's start ("• Henry VII crowned"): the line is a list
# item of its own, not the continuation of the line above.
LINE_BULLETS = "•·▪◦‣∙●"


class Flattener:
    """Turns parsed nodes into ``Line``s; implements ``sink.Sink`` for the template handlers."""

    def __init__(
        self, ctx: PageContext, mode: Mode, links: bool | None = None, texts: bool = False
    ) -> None:
        self.ctx = ctx
        self._mode: Mode = mode
        # Links are kept where a reader uses them: infobox values, See also lists.
        self.keep_links = mode == "infobox" if links is None else links
        self.lines: list[Line] = [Line()]
        self.cited = False  # a citation template was met (a ref keeps only the first as fields)
        # ``texts``: the reader wants only each line's text (paragraphs), so a finished line is
        # kept as its text and its Line dropped: 10^5 short lines held 640 bytes each.
        self.texts: list[str] | None = [] if texts else None

    @property
    def cur(self) -> Line:
        return self.lines[-1]

    @property
    def mode(self) -> Mode:
        return self._mode

    @property
    def language(self) -> str | None:
        return self.ctx.language

    def run(self, code: Nodes) -> list[Line]:
        self.walk(code)
        return self.finish()

    def finish_texts(self) -> list[str]:
        """The text of each line with content (a flattener made with ``texts=True``)."""
        kept = self.texts if self.texts is not None else []
        return [*kept, *(line.text for line in self.finish())]

    def finish(self) -> list[Line]:
        """The lines with content, residue of broken markup removed."""
        lines = [line for line in self.lines if not line.blank()]
        for line in lines:
            self._settle(line)
        return lines

    def _settle(self, line: Line) -> None:
        """Clean the residue of broken markup out of a finished line (once: a settled line
        leaves ``lines``, or ``finish`` ends the flattener)."""
        raw = "".join(line.parts)
        if ("{" in raw or "[" in raw or "<" in raw or "}" in raw or "]" in raw) and (
            BRACE_RESIDUE.search(raw) or TAG_RESIDUE.search(raw)
        ):
            raw = clean_residue(raw, self.ctx)
        line.close(raw)

    def text_of(self, code: Nodes | None) -> str:
        """The visible text of a template parameter, on one line."""
        if not code:
            return ""
        if len(code) == 1 and type(code[0]) is str:  # most parameters: plain text
            plain = code[0]
            if NOT_PLAIN.search(plain) is None:
                return squash(plain)
        lines = Flattener(self.ctx, "plain").run(code)
        return squash(" ".join(line.text for line in lines))

    # --- emitting -----------------------------------------------------------------------------

    def newline(self, depth: int = 0, bullet: bool = False) -> None:
        cur = self.lines[-1]
        if cur.blank():
            cur.depth, cur.bullet = depth, bullet
        elif self.texts is not None:
            self._settle(cur)
            self.texts.append(cur.text)
            self.lines[-1] = Line(depth=depth, bullet=bullet)
        else:
            self.lines.append(Line(depth=depth, bullet=bullet))

    def emit(self, text: str) -> None:
        if "\n" not in text:
            if text:
                self.lines[-1].parts.append(text)
            return
        for i, piece in enumerate(text.split("\n")):
            if i and self._continues(piece):
                self.lines[-1].parts.append(" ")
            elif i:
                self.newline()
            if piece:
                self.lines[-1].parts.append(piece)

    def _continues(self, piece: str) -> bool:
        """Is a single newline inside an infobox value a space? MediaWiki renders it so
        ("18\\nkilled", "George M.\\nJones", "Empire\\nof Japan"). Not before a list item or a
        bullet, a template or link line (the parser hands those over apart: ``piece`` is
        empty), a blank line, nor after a list item, which a newline ends, or a header
        ("Allies:\\nFrance": the header heads the lines under it)."""
        start = piece.lstrip(" \t")[:1]
        if self._mode != "infobox" or not start or start in LINE_BULLETS:
            return False
        cur = self.lines[-1]
        # the last part with text, not the whole line joined: a value of 10^5 such lines
        # would join a growing line at each newline
        last = next((p for p in reversed(cur.parts) if p.strip(" \t\n'")), None)
        return not cur.bullet and last is not None and not last.rstrip().endswith(":")

    def link(self, text: str, page: str | None) -> None:
        line = self.lines[-1]
        line.parts.append(text)
        if self.keep_links and text.strip():
            line.links.append(RawLink(text=squash(text), page=page))

    def walk(self, code: Nodes) -> None:
        for node in code:
            if type(node) is str:
                self.emit(node)
            else:
                self.node(node)

    def item_depth(self) -> int:
        cur = self.cur
        return cur.depth if cur.blank() else cur.depth + 1

    # --- attached to the current line, collected for the page (the Sink for handlers) ---------

    def add_flag(self, name: str, nameless: bool = False) -> None:
        self.cur.flags.append(name)
        self.cur.nameless_flag = self.cur.nameless_flag or nameless

    def add_marker(self, marker: str) -> None:
        self.cur.markers.append(marker)

    def add_ref(self, key: str) -> None:
        self.cur.refs.append(key)

    def add_cite(self, fields: dict[str, str]) -> bool:
        first_in_ref = self._mode == "ref" and not self.cited
        self.cited = True
        self.cur.cites.append(fields)
        return first_in_ref

    def define_ref(self, key: str, text: str) -> None:
        self.ctx.refs.setdefault(key, RawRef(key=key, text=text))

    def notice(self, text: str) -> None:
        self.ctx.notices.append(text)

    def title_coordinates(self, text: str) -> None:
        self.ctx.coordinates = self.ctx.coordinates or text

    def unknown_template(self, name: str) -> None:
        self.ctx.unknown_template(name)

    # --- nodes --------------------------------------------------------------------------------

    def node(self, node: Node) -> None:
        if type(node) is str:
            self.emit(node)
        elif type(node) is Link:
            self._wikilink(node)
        elif type(node) is Template:
            dispatch.handle(self, node)
        elif type(node) is Marker:
            self._marker(node)
        elif type(node) is Ref:
            self.attach_ref(node.name or None, node.contents)
        elif type(node) is ExtLink:
            self._external(node)
        elif type(node) is Lazy:
            self._lazy(node)
        elif type(node) is Heading:
            self.newline()
            self.walk(node.title)
            self.newline()
        elif type(node) is Argument and node.default is not None:
            self.walk(node.default)

    def _marker(self, marker: Marker) -> None:
        if marker is LIST_MARK:
            self._bullet()
        elif marker is BR:
            if self.cur.bullet:
                self.emit(" ")  # a break inside a bullet item continues the item
            else:
                self.newline()
        elif marker is NEWLINE:
            self.newline()
        # BOLD shows nothing (the body reads it for the page's name)

    def _lazy(self, region: Lazy) -> None:
        if region.kind == "table":
            if self._mode == "body":
                self.ctx.skipped_tables += 1
            else:
                self.walk(region.nodes)
        elif region.kind == "references":
            Flattener(self.ctx, "plain").run(region.nodes)  # list-defined refs register
        else:
            self.walk(region.nodes)

    def _wikilink(self, node: Link) -> None:
        title = node.title.strip()
        if ":" in title:
            namespace, _, rest = title.partition(":")
            namespace = namespace.strip().lower()
            if namespace in vocab.FILE_NAMESPACES:
                self._file(rest, node.raw or "")
                return
            if namespace in vocab.HIDDEN_NAMESPACES:
                self.ctx.categories.append(rest.strip())  # the page's category: evidence
                return
            if INTERWIKI.match(title):
                return
            title = title.lstrip(":").strip()
        target = title.replace("_", " ").strip() if "_" in title else title
        visible = self.text_of(node.text) if node.text is not None else _shown(target)
        marker = vocab.STATUS_PAGES.get(target.lower())
        if marker is not None and not any(ch.isalnum() for ch in visible):
            self.cur.markers.append(marker)  # "[[Killed in action|†]]"
            return
        page = target if target and not target.startswith("#") else None
        self.link(visible, page)

    def _file(self, name: str, options: str) -> None:
        if self._mode not in ("infobox", "plain"):
            return
        width = IMAGE_WIDTH.search(options)
        small = width is not None and int(width.group("w")) <= 50
        if small or any(w in name.lower() for w in vocab.ICON_FILE_WORDS):
            self.cur.flags.append(flag_from_file(name))
        else:
            self.cur.files.append(name.strip())

    def _external(self, node: ExtLink) -> None:
        self.cur.urls.append(node.url)
        if node.title is not None:
            self.walk(node.title)
        elif not node.brackets:
            self.emit(node.url)

    def _bullet(self) -> None:
        if self.cur.has_text():
            self.newline()
        self.cur.depth = self.cur.depth + 1 if self.cur.bullet else 1
        self.cur.bullet = True

    # --- references ---------------------------------------------------------------------------

    def attach_ref(self, name: str | None, contents: Lazy | Nodes | None) -> None:
        """Define (once) and attach a reference; a bare ``<ref name=x/>`` only attaches."""
        key = name or self.ctx.new_key()
        if contents and key not in self.ctx.refs and _has_content(contents):
            nodes = contents.once() if isinstance(contents, Lazy) else contents
            ref = self._read_ref(key, nodes)
            if ref.text or ref.fields or ref.urls:
                self.ctx.refs[key] = ref
            else:
                self.ctx.issue("empty-ref", "reference with no readable content", key)
        self.cur.refs.append(key)

    def _read_ref(self, key: str, contents: Nodes) -> RawRef:
        lines = Flattener(self.ctx, "ref").run(contents)
        cites = [c for line in lines for c in line.cites]
        text = squash(" ".join(line.text for line in lines))
        urls = [u for line in lines for u in line.urls]
        fields = dict(cites[0]) if cites else {}
        if cites and text:
            fields["comment"] = text
        return RawRef(key=key, fields=fields, text=text, urls=urls)


def _has_content(contents: Lazy | Nodes) -> bool:
    if isinstance(contents, Lazy):
        return bool(contents.raw.strip())
    return any(type(n) is not str or n.strip() for n in contents)


def clean_residue(text: str, ctx: PageContext) -> str:
    """Remove markup that survived parsing (broken braces, raw tags), reporting braces."""
    if BRACE_RESIDUE.search(text):
        ctx.residue(text)
        text = BRACE_RESIDUE.sub(" ", text)
    return TAG_RESIDUE.sub(" ", text)


def _shown(target: str) -> str:
    """What an unlabelled link shows. "[[:File:LocationNorthPeru.png]]" (a link to the file's
    page, in a reference of Battle of Ayacucho) shows the file's name without its extension:
    no output string carries a file name."""
    namespace, _, rest = target.partition(":")
    if rest and namespace.strip().lower() in vocab.FILE_NAMESPACES:
        return flag_from_file(rest)
    return target
