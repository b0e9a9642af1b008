"""One table cell (or any element) -> the items of a list value, keeping what HTML knows.

``<br>``, list items and block elements end an item; nested lists give depth (children);
``span.flagicon img`` is the item's flag (never text); links keep their page; a link to a
status page ("Killed in action" behind a "†") is a fate marker; ``sup.reference`` is a ref key
tied to the item; a white-flag icon marks the item surrendered. Walked without recursion.
"""

from __future__ import annotations

from urllib.parse import unquote

import lxml.etree

from wikiparse import vocab
from wikiparse.raw import RawItem, RawLink, RawValue, nest, walk
from wikiparse.readers.common.icons import FLAG_PREFIXES, flag_from_file
from wikiparse.readers.common.scrape import make_item, strip_markers
from wikiparse.readers.html.tree import Element, classes, is_noise, page_of, tag
from wikiparse.values.text import squash

__all__ = [
    "ICON_WIDTH", "REF_TARGET", "SURRENDER_FILES", "THUMB_SIZE", "CellReader", "cell_items",
    "cell_value", "file_of", "flag_of", "ref_key"
]  # fmt: skip

THUMB_SIZE = "px-"  # "23px-Flag_of_Italy.svg.png": a thumbnail of "Flag_of_Italy.svg"
ICON_WIDTH = 50  # pixels: an image this narrow beside a name is an icon (as in wikitext)
REF_TARGET = "#cite_note-"
SURRENDER_FILES = frozenset(name.lower() for name in vocab.SURRENDER_ICONS)


def file_of(src: str | None) -> str | None:
    """The file an image shows: "//upload…/thumb/0/03/Flag_of_Italy.svg/23px-Flag_of_Italy.svg.png"
    -> "Flag of Italy.svg" (a thumbnail names its original after the size)."""
    if not src:
        return None
    name = unquote(src.rsplit("/", 1)[-1].split("?", 1)[0])
    size = name.find(THUMB_SIZE)
    if 0 < size <= 5 and name[:size].isdigit():
        name = name[size + len(THUMB_SIZE) :]
        if name.lower().endswith((".svg.png", ".gif.png", ".tif.png")):
            name = name[:-4]
    return name.replace("_", " ").strip() or None


def flag_of(el: Element) -> str | None:
    """The country of a flag icon: its image's alt text, else its file name; else its link."""
    for img in el.iter("img"):
        alt = (img.get("alt") or "").strip()
        file = file_of(img.get("src"))
        if alt and not alt.lower().endswith((".svg", ".png")):
            return flag_from_file(alt)
        if file:
            return flag_from_file(file)
    for a in el.iter("a"):
        return page_of(a.get("href")) or a.get("title")
    return None


def _icon_sized(img: Element) -> bool:
    """An image shown at icon size beside a name ("20px-Blason_France_moderne.svg.png", as
    "[[File:…|20px]]" renders): an icon, as in wikitext; the assembler tells flags from
    badges. A picture is wider."""
    width = (img.get("width") or "").strip()
    if not width.isdigit():
        name = (img.get("src") or "").rsplit("/", 1)[-1]
        width = name.split(THUMB_SIZE, 1)[0] if THUMB_SIZE in name else ""
    return width.isdigit() and 0 < int(width) <= ICON_WIDTH


def ref_key(el: Element) -> str | None:
    """ "<sup class=reference><a href="#cite_note-Glantz-3">" -> "Glantz-3"."""
    for a in el.iter("a"):
        href = a.get("href") or ""
        at = href.find(REF_TARGET)
        if at >= 0:
            return href[at + len(REF_TARGET) :]
    return None


class CellReader:
    """The walk over one cell: text pieces of the current item and what belongs to it."""

    def __init__(self, side: bool = True) -> None:
        self.side = side  # a side cell's items are names and figures, trimmed as list entries
        self.items: list[RawItem] = []
        self.parts: list[str] = []
        self.links: list[RawLink] = []
        self.flags: list[str] = []
        self.refs: list[str] = []
        self.markers: list[str] = []
        self.files: list[str] = []
        self.depth = 0
        self.open_links: list[tuple[Element, int]] = []

    def read(self, cell: Element) -> list[RawItem]:
        walker = lxml.etree.iterwalk(cell, events=("start", "end"))
        for event, el in walker:
            if event == "start":
                if el is not cell and self._special(el):
                    walker.skip_subtree()
                    continue
                self._start(el)
            else:
                self._end(el, el is cell)
        self.end_item()
        return self.items

    def _special(self, el: Element) -> bool:
        """Elements read whole or skipped: refs, flags, images, noise. True to skip inside."""
        found = classes(el)
        key = ref_key(el) if "reference" in found or tag(el) == "sup" else None
        if "reference" in found or key is not None:
            if key:
                self.refs.append(key)
            return True
        if not found.isdisjoint(vocab.HTML_FLAG_CLASSES):
            flag = flag_of(el)
            if flag:
                self.flags.append(flag)
            return True
        if tag(el) == "img":
            self._image(el)
            return True
        return is_noise(el, keep=frozenset({"infobox"}))

    def _image(self, img: Element) -> None:
        file = file_of(img.get("src"))
        if file is None:
            return
        if file.lower() in SURRENDER_FILES:
            self.markers.append("surrendered")
        elif file.lower().startswith(FLAG_PREFIXES) or _icon_sized(img):
            self.flags.append(flag_from_file(file))  # file_of gave "_" back as spaces
        else:
            self.files.append(file)

    def _start(self, el: Element) -> None:
        name = tag(el)
        if name == "br" or name in vocab.HTML_BLOCK_TAGS:
            self.end_item()
        if name in vocab.HTML_LIST_TAGS:
            self.depth += 1
        elif name == "a":
            self.open_links.append((el, len(self.parts)))
        if el.text:
            self.parts.append(el.text)

    def _end(self, el: Element, is_cell: bool) -> None:
        name = tag(el)
        if name == "a" and self.open_links and self.open_links[-1][0] is el:
            _, at = self.open_links.pop()
            if self._link(el, squash("".join(self.parts[at:]))):
                del self.parts[at:]  # "†", "WIA": the marker's text is not part of the name
        if name in vocab.HTML_LIST_TAGS:
            self.end_item()
            self.depth = max(0, self.depth - 1)
        elif name in vocab.HTML_BLOCK_TAGS:
            self.end_item()
        if not is_cell and el.tail:
            self.parts.append(el.tail)

    def _link(self, a: Element, text: str) -> bool:
        """Keep a link; True when it is a status marker (its text is dropped)."""
        page = page_of(a.get("href"))
        fate = vocab.STATUS_PAGES.get((page or "").lower())
        if fate is not None:
            self.markers.append(fate)
            return True
        if text:
            self.links.append(RawLink(text=text, page=page))
        return False

    def end_item(self) -> None:
        text = squash("".join(self.parts))
        if "()" in text:  # "(WIA)" once its marker link is gone
            text = squash(text.replace("()", ""))
        self.parts.clear()
        self.open_links = [(a, 0) for a, _ in self.open_links]  # a link across a <br>
        item = None
        if text:  # a single field keeps its punctuation ("Inconclusive;" is what it says)
            item = (
                make_item(text, self.depth, file_names=False)  # icons are <img>s here
                if self.side
                else _plain_item(text, self.depth)
            )
        if item is None:
            if self.items and (self.refs or self.markers):  # "†" or "[3]" alone: the item above
                self.items[-1].refs.extend(self.refs)
                self.items[-1].markers.extend(self.markers)
                self.refs, self.markers = [], []
            return  # flags wait for the item they stand before
        item.flags = [*self.flags, *item.flags]
        item.markers = [*item.markers, *self.markers]
        item.links, item.refs = self.links, self.refs
        self.items.append(item)
        self.flags, self.markers, self.links, self.refs = [], [], [], []


def _plain_item(text: str, depth: int) -> RawItem | None:
    clean = strip_markers(text)
    return RawItem(text=clean, depth=depth) if clean else None


def cell_items(cell: Element, side: bool = True) -> tuple[list[RawItem], list[str]]:
    """The items of a cell (flat, with depths) and the image files it shows."""
    reader = CellReader(side)
    items = reader.read(cell)
    return items, reader.files


def cell_value(cells: list[Element], side: bool = True) -> RawValue | None:
    """Cells -> one RawValue (items nested by depth); None when they hold no text."""
    items: list[RawItem] = []
    files: list[str] = []
    for cell in cells:
        found, shown = cell_items(cell, side)
        items += found
        files += shown
    if not items:
        return None
    top = min(i.depth for i in items)  # a cell that is one list: its items are the top level
    for item in items:
        item.depth -= top
    tree = nest(items)
    flat = list(walk(tree))
    return RawValue(
        text="\n".join(i.text for i in flat),
        items=tree,
        links=[link for i in flat for link in i.links],
        files=files,
        refs=[r for i in flat for r in i.refs],
    )
