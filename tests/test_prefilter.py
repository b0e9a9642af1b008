"""The byte-level prefilter of multistream dumps selects exactly the pages the page-by-page
prefilter selects: over dumps of the corpus, and over generated dumps whose pages put the
infobox's name everywhere raw XML may write it differently from the parsed text."""

from __future__ import annotations

import re
import string
import tempfile
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

from hypothesis import given
from hypothesis import strategies as st

from tests import dumpmaker
from wikiparse.batch.dumps import Page, iter_range, list_streams, wanted
from wikiparse.batch.prefilter import FOLDED, WIDE_SPACES, iter_candidates

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = sorted(
    p
    for folder in ("tests/corpus", "tests/i18n", "tests/negative", "seeds")
    for p in (ROOT / folder).rglob("*")
    if p.is_file() and p.suffix != ".md"
)


def compare(dump: Path, index: Path) -> tuple[int, int]:
    """Each stream gives the same pages both ways, a page left out being one ``wanted``
    rejects; (pages, pages left out unparsed)."""
    pages = left_out = 0
    for stream in list_streams(dump, index):
        before = _pages_or_error(lambda s=stream: list(iter_range(s)))
        after = _pages_or_error(lambda s=stream: list(iter_candidates(s)))
        if isinstance(before, str):
            assert after == before  # damage reported the same way
            continue
        assert isinstance(after, list) and len(after) == len(before)
        for old, new in zip(before, after, strict=True):
            assert new == old if new is not None else not wanted(old), old.title
        left_out += after.count(None)
        pages += len(before)
    return pages, left_out


def _pages_or_error(read: Callable[[], list[Page] | list[Page | None]]) -> list[Page | None] | str:
    try:
        return list(read())
    except Exception as exc:  # the same exception either way, whatever it is
        return f"{type(exc).__name__}: {exc}"


def test_corpus_dump_selections_are_the_same(tmp_path: Path) -> None:
    texts = [p.read_text(encoding="utf-8") for p in ARTICLES]
    filler = "A page about something else, with [[links]] and {{cite web|title=t}}.\n" * 20
    pages = [
        (i + 1, f"Page {i} & “more”", texts[i % len(texts)] if i % 4 else filler)
        for i in range(len(texts) * 4)
    ]
    dump, index = dumpmaker.multistream(tmp_path, pages, per_stream=7)
    total, left_out = compare(dump, index)
    assert total == len(pages)
    assert left_out >= len(pages) // 4, "the filler pages are never parsed"


# What raw XML may write differently from the parsed text, and what ``wanted`` tells apart.
TEXTS = [
    "{{Infobox military conflict\n| conflict = X\n}}",
    "{{infobox_Military  conflict|a=1}}",
    "{{ Template:Infobox military conflict<!-- c -->\n}}",
    "{{Infobox military conflict<ref>x</ref>}}",
    "{{Infobox military conflicts}}",
    "<!-- {{Infobox military conflict}} -->",
    "<nowiki>{{Infobox military conflict}}</nowiki>",
    "{{Infobox Napoleonic battle\n|combatant1=A\n|combatant2 = B}}",
    "|combatant1=A only",
    "|combatant2 = B only",
    "#REDIRECT [[Battle of X]]",
    "plain text, é, 中文, ÆØÅ & <b>tags</b>",
    "{{Infobox warship|name=x}}",
    "line\r\nbreaks\r\n",
    "{{Infobox military conflict\r\n|date=1}}",
    "&amp;lt; &quot; &#123;",
    "{{\u00a0Infobox military conflict\u3000|date=1}}",
    "{{Infobox mılitary conflict|date=1}}",
    "{{İnfobox military conflict}}",
    "|\u2003combatant1=A\n|combatant2\u00a0=B",
]


def _char_refs(text: str) -> str:
    """Escaped XML with every letter and brace written as a character reference."""
    return "".join(f"&#{ord(c)};" if c.isalpha() or c in "{}" else escape(c) for c in text)


@st.composite
def page_xmls(draw: st.DrawFn, page_id: int) -> tuple[int, str, str]:
    title = draw(st.text(st.sampled_from("Aé中 &<>\"'-x"), min_size=1, max_size=8)).strip()
    title = title or "T"
    text = "".join(draw(st.lists(st.sampled_from(TEXTS), max_size=3)))
    ns = draw(st.sampled_from([0, 0, 0, 1, 10, 14]))
    shape = draw(st.sampled_from(["plain", "plain", "deleted", "refs", "comment", "prefix"]))
    body = _char_refs(text) if shape == "refs" else escape(text)
    text_xml = (
        '<text deleted="deleted"/>'
        if shape == "deleted"
        else (f'<text xml:space="preserve">{body}</text>')
    )
    if shape == "comment":
        text_xml += "<!-- a comment in the XML -->"
    page = "mw:page" if shape == "prefix" else "page"
    xmlns = ' xmlns:mw="urn:x"' if shape == "prefix" else ""
    xml = (
        f"<{page}{xmlns}><title>{escape(title)}</title><ns>{ns}</ns><id>{page_id}</id>"
        f"<revision><id>{page_id * 10}</id>{text_xml}</revision></{page}>\n"
    )
    return page_id, title.replace("\n", " "), xml


@st.composite
def dumps(draw: st.DrawFn) -> tuple[list[tuple[int, str, str]], int]:
    count = draw(st.integers(1, 12))
    return [draw(page_xmls(i + 1)) for i in range(count)], draw(st.integers(1, 5))


@given(dumps())
def test_generated_dump_selections_are_the_same(
    dump: tuple[list[tuple[int, str, str]], int],
) -> None:
    pages, per_stream = dump
    with tempfile.TemporaryDirectory() as folder:
        path, index = dumpmaker.multistream_xml(Path(folder), pages, per_stream)
        total, _ = compare(path, index)
    assert total == len(pages)


def test_the_letters_bytes_patterns_cannot_match_are_all_known() -> None:
    wide = [chr(c) for c in range(0x80, 0x110000) if re.match(r"\s", chr(c))]
    assert "".join(wide) == WIDE_SPACES
    related = (chr(c) for c in range(0x80, 0x110000))
    related = (c for c in related if any(x.isascii() for x in c.lower() + c.upper() + c.casefold()))
    folded = [
        c for c in related if any(re.fullmatch(f"(?i){a}", c) for a in string.ascii_lowercase)
    ]
    assert "".join(folded) == FOLDED
