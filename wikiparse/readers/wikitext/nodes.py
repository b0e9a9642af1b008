"""The nodes ``wikitext_parse`` builds: just what the flattener reads, nothing else.

A node list is a plain ``list``: visible text is a ``str`` (the common case, so no wrapper
object), markup is one of the small classes below. Raw slices are kept where a reader needs
the source text (file-link options, whether a reference has content, a skipped table).
Regions whose content may never be read (references, tables) are parsed only when asked.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Union

__all__ = [
    "BOLD", "BR", "LIST_MARK", "NEWLINE", "Argument", "ExtLink", "Heading", "Lazy", "Link",
    "Marker", "Node", "Nodes", "Param", "RangeParser", "Ref", "Template"
]  # fmt: skip

Node = Union[str, "Template", "Link", "ExtLink", "Ref", "Heading", "Argument", "Lazy", "Marker"]
Nodes = list[Node]
# How a lazy region is parsed when it is read: (text, start, end) -> nodes.
RangeParser = Callable[[str, int, int], Nodes]


class Marker:
    """A markup event with no content: a line break, a list bullet, a bold quote."""

    __slots__ = ("kind",)

    def __init__(self, kind: str) -> None:
        self.kind = kind

    def __repr__(self) -> str:
        return f"<{self.kind}>"


BR = Marker("br")  # <br>: a new line, or a space inside a list item
NEWLINE = Marker("newline")  # <p>, <div>, <li>, <hr>, "----", a table row or cell
LIST_MARK = Marker("bullet")  # one of "*", "#", ":", ";" at a line start
BOLD = Marker("bold")  # ''' (the first bold phrase of the lead names the page)


class Param:
    """One template parameter: its name ("1", "2"… for positional ones) and value."""

    __slots__ = ("name", "value")

    def __init__(self, name: str, value: Nodes) -> None:
        self.name = name
        self.value = value


class Template:
    __slots__ = ("name", "params")

    def __init__(self, name: str, params: list[Param]) -> None:
        self.name = name  # as written, comments removed ("Infobox military conflict\n")
        self.params = params

    def has(self, name: str) -> bool:
        return any(p.name.strip() == name for p in self.params)


class Link:
    """[[title|text]]; ``raw`` is the text part as written (file-link options)."""

    __slots__ = ("raw", "text", "title")

    def __init__(self, title: str, text: Nodes | None, raw: str | None) -> None:
        self.title = title
        self.text = text
        self.raw = raw


class ExtLink:
    __slots__ = ("brackets", "title", "url")

    def __init__(self, url: str, title: Nodes | None, brackets: bool) -> None:
        self.url = url
        self.title = title
        self.brackets = brackets


class Heading:
    __slots__ = ("level", "title")

    def __init__(self, level: int, title: Nodes) -> None:
        self.level = level
        self.title = title


class Argument:
    """{{{1|default}}}: only the default can show."""

    __slots__ = ("default",)

    def __init__(self, default: Nodes | None) -> None:
        self.default = default


class Lazy:
    """A region parsed on first read: a <references> block, a <poem>, a table."""

    __slots__ = ("_nodes", "_parse", "end", "kind", "start", "text")

    def __init__(self, kind: str, text: str, start: int, end: int, parse: RangeParser) -> None:
        self.kind, self.text, self.start, self.end = kind, text, start, end
        self._parse = parse
        self._nodes: Nodes | None = None

    @property
    def raw(self) -> str:
        return self.text[self.start : self.end]

    @property
    def nodes(self) -> Nodes:
        if self._nodes is None:
            self._nodes = self._parse(self.text, self.start, self.end)
        return self._nodes

    def once(self) -> Nodes:
        """The nodes, not kept: a region read once (a reference's contents; 16,000 kept on one
        line of references were half of what the page's reading held at its peak)."""
        return (
            self._nodes if self._nodes is not None else self._parse(self.text, self.start, self.end)
        )


class Ref:
    """<ref name=…>…</ref> or <ref name=… />; ``contents`` is None for the second form."""

    __slots__ = ("contents", "name")

    def __init__(self, name: str, contents: Lazy | None) -> None:
        self.name = name
        self.contents = contents
