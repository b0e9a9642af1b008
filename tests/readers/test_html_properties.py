"""The html reader's guarantees as properties: any Conflict rendered the way a skin renders
its infobox reads back to the same values; page furniture changes nothing; any tag soup gives
a Document or a WikiparseError."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import wikiparse
from wikiparse import Conflict, Document, WikiparseError

from .. import html_render
from .. import strategies as s
from ..conftest import CORPUS
from ..test_html import values

SKINS = st.sampled_from(["classic", "current"])
# Each example renders and reads a whole page (~170 ms): 200 under the ci profile keep the
# two page properties near 70 s together.
PAGE_BUDGET = settings(max_examples=min(settings().max_examples, 200))
# A box with side rows: with no sides nothing in the HTML says it is a conflict's infobox.
# Names that end like an image file ("a.SVG") are read as icons by design: in HTML a name is
# never a file name, but mirrors print their icons' file names as text.
FILE_END = (".svg", ".png", ".gif", ".jpg", ".jpeg")


def _no_file_names(c: Conflict) -> bool:
    people = [x.name for side in c.sides for x in [*side.belligerents, *side.commanders]]
    return not any(name.lower().endswith(FILE_END) for name in people)


WITH_SIDES = s.conflicts().filter(lambda c: len(c.sides) >= 2 and _no_file_names(c))


@PAGE_BUDGET
@given(WITH_SIDES, SKINS)
def test_rendered_infobox_round_trip(conflict: Conflict, skin: str) -> None:
    page = html_render.page(conflict, skin)  # type: ignore[arg-type]
    doc = wikiparse.extract(page)
    assert doc.conflict is not None
    assert values(doc.conflict) == values(conflict)


# --- noise invariance --------------------------------------------------------------------------

FURNITURE = [
    '<span class="mw-editsection">[<a href="/w/index.php?action=edit&amp;section=1">edit</a>]'
    "</span>",
    '<table class="navbox"><tr><td><a href="/wiki/Battle_of_Y">Battle of Y</a></td></tr></table>',
    '<sup class="reference"><a href="#cite_note-99">[99]</a></sup>',
    '<div class="hatnote">For the battle of 1644, see Battle of Y.</div>',
    "<!-- a comment --><script>var a = 1 < 2;</script><style>p{}</style>",
    '<div id="toc" class="toc"><ul><li>1 Background</li></ul></div>',
    '<span style="display:none">hidden sort key</span>',
]
# Where furniture may go: before a heading's end, after a paragraph, beside the infobox.
SLOTS = ("</h2>", "</p>", '<table class="infobox vevent"', "</table>")


@st.composite
def furnished(draw: st.DrawFn) -> tuple[str, str]:
    """A rendered page and the same page with furniture spliced in at element boundaries."""
    conflict = draw(WITH_SIDES)
    page = html_render.page(conflict, draw(SKINS))  # type: ignore[arg-type]
    noisy = page
    for _ in range(draw(st.integers(1, 4))):
        slot = draw(st.sampled_from(SLOTS))
        piece = draw(st.sampled_from(FURNITURE))
        before = slot.startswith(("</h", "<t"))  # inside the heading, before the infobox
        noisy = noisy.replace(slot, piece + slot if before else slot + piece, 1)
    return page, noisy


def comparable(doc: Document) -> dict[str, object]:
    """The whole Conflict as JSON (a furniture [99] ref would add a key: it must not)."""
    assert doc.conflict is not None
    return doc.conflict.model_dump(mode="json")


@PAGE_BUDGET
@given(furnished())
def test_furniture_changes_nothing(pages: tuple[str, str]) -> None:
    clean, noisy = pages
    assert comparable(wikiparse.extract(noisy)) == comparable(wikiparse.extract(clean))


# --- totality --------------------------------------------------------------------------------

TAGS = ["table", "tr", "td", "th", "div", "span", "ul", "li", "p", "br", "sup", "a", "img", "b",
        "h2", "section", "article", "ol", "cite", "script", "style"]  # fmt: skip
ATTRS = [
    "", ' class="infobox vevent"', ' class="flagicon"', ' class="reference"', ' colspan="2"',
    ' colspan=""2""', ' href="/wiki/Battle_of_X"', ' href="#cite_note-1"', ' id="cite_note-1"',
    ' src="//u/23px-Flag_of_Spain.svg.png"', ' class="infobox-label"', ' class="geo"',
    ' typeof="mw:Transclusion" data-mw="{&quot;parts&quot;:[1]}"', ' style="display:none"',
]  # fmt: skip
WORDS = ["Belligerents", "Commanders and leaders", "Strength", "Casualties and losses", "Date",
         "3 May 1800", "Result", "France", "†", "1,000 killed", "[1]", "&#160;", "&amp;",
         "x"]  # fmt: skip


@st.composite
def tag_soup(draw: st.DrawFn) -> str:
    parts = ["<!DOCTYPE html><html><body>"]
    for _ in range(draw(st.integers(0, 60))):
        kind = draw(st.integers(0, 2))
        name = draw(st.sampled_from(TAGS))
        if kind == 0:
            parts.append(f"<{name}{draw(st.sampled_from(ATTRS))}>")
        elif kind == 1:
            parts.append(f"</{name}>")
        else:
            parts.append(draw(st.sampled_from(WORDS)))
    return "".join(parts)


HTML_PAGES = [p.read_text(encoding="utf-8") for p in sorted((CORPUS / "html").glob("*.html"))]


@settings(max_examples=settings().max_examples * 2)
@given(st.one_of(tag_soup(), st.sampled_from(HTML_PAGES).flatmap(
    lambda page: st.integers(0, len(page)).map(lambda cut: page[:cut]))))  # fmt: skip
def test_any_tag_soup_or_cut_page(text: str) -> None:
    try:
        doc = wikiparse.extract(text, format="html")
    except WikiparseError:
        return
    assert isinstance(doc, Document) and (doc.conflict is None) != (doc.report is None)
    doc.model_dump_json()
