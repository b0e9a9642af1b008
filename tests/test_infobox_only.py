"""Infobox-only extraction (``extract(..., sections=False)``, ``--no-sections``): the Conflict
of a full read minus sections, See also, related links and the references the infobox does
not cite, over the corpus and over generated pages that put what the body may add (notices,
the page's coordinates, definitions of references the infobox reuses) everywhere it can be."""

from __future__ import annotations

import json
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from hypothesis import given
from hypothesis import strategies as st

import wikiparse.readers.wikitext.reader as wikitext_reader
from wikiparse import extract
from wikiparse.api import DEFAULT_MAX_CHARS, prepare
from wikiparse.cli import main
from wikiparse.errors import WikiparseError
from wikiparse.models import Conflict, Document
from wikiparse.raw import RawPage, cited
from wikiparse.readers import BY_NAME
from wikiparse.readers.wikitext import infobox_only

ROOT = Path(__file__).resolve().parent.parent
INPUTS = sorted(
    p
    for folder in ("tests/corpus", "tests/i18n", "tests/negative", "seeds")
    for p in (ROOT / folder).rglob("*")
    if p.is_file() and p.suffix != ".md"
)


def expected(full: Document, text: str, source: str) -> Conflict:
    """The full Conflict with the body's fields emptied and only the cited references."""
    assert full.conflict is not None
    raw = BY_NAME[full.format].read(text, source)
    assert isinstance(raw, RawPage)
    keys = cited(raw.infobox)
    kept = [ref for ref in full.conflict.references if ref.key in keys]
    return full.conflict.model_copy(
        update={"sections": [], "see_also": [], "related": [], "references": kept}
    )


def check(text: str, source: str = "<string>", format: str | None = None) -> Document | None:
    """Both modes agree: the same error, or the expected Conflict."""
    try:
        full = extract(text, format=format, source=source)
    except WikiparseError as exc:
        with pytest.raises(type(exc)):
            extract(text, format=format, source=source, sections=False)
        return None
    only = extract(text, format=format, source=source, sections=False)
    assert (only.format, only.language) == (full.format, full.language)
    if full.conflict is None:
        assert only == full  # a news report has no sections to drop
        return None
    prepared, _ = prepare(text, source, DEFAULT_MAX_CHARS)
    assert only.conflict == expected(full, prepared, source)
    return only


@pytest.mark.parametrize("path", INPUTS, ids=lambda p: str(p.relative_to(ROOT)))
def test_infobox_only_is_the_full_conflict_without_the_body(path: Path) -> None:
    check(path.read_text(encoding="utf-8"), source=str(path))


def test_the_corpus_articles_are_read_without_their_body(monkeypatch: pytest.MonkeyPatch) -> None:
    """The point of the mode: most wikitext articles never have their body parsed."""
    bodies: list[str] = []
    real = wikitext_reader.read_body
    monkeypatch.setattr(wikitext_reader, "read_body", lambda *a: (bodies.append(""), real(*a)))
    pages = sorted((ROOT / "tests/corpus/wikitext").glob("*.txt"))
    for page in pages:
        extract(page, sections=False)
    assert len(bodies) <= len(pages) // 4, f"{len(bodies)} of {len(pages)} bodies read"
    bodies.clear()
    extract(pages[0])
    assert bodies, "a full extraction reads the body"


INFOBOX = """{{Infobox military conflict
| conflict = Battle of Testing
| date = 3 May 1801
| place = Nowhere
%s| result = Victory<ref name="R1"/>
| combatant1 = [[Land A]]<ref name="Own">Defined in the box.</ref>
| combatant2 = [[Land B]]<ref name=Later />
| casualties1 = 100 killed<ref>Anonymous box ref.</ref>
| casualties2 = 200 killed{{r|Later}}
}}
"""
COORDS = "| coordinates = {{coord|1|N|2|E}}\n"
# What a body may hold, where it may hold it.
PIECES = [
    "{{Refimprove|date=May 2020}}\n",
    "{{Multiple issues|\n{{POV}}\n{{Update|date=2019}}\n}}\n",
    "<!-- {{Refimprove}} -->\n",
    "<nowiki>{{Cleanup}}</nowiki>\n",
    "{{Ambox|text=A custom notice}}\n",
    "{{quote|{{Cleanup}}}}\n",
    "* {{Cleanup}} in a list\n",
    "{{coord|10|N|20|E|display=title}}\n",
    "{{Coord|5|N|6|E|display=inline,title}}\n",
    "{{coord|7|N|8|E|display=title}} after it\n",
    "{|\n| {{coord|3|N|4|E|display=title}}\n|}\n",
    "== Aftermath {{coord|1|N|2|E|display=title}} ==\n",
    'The battle<ref name="Later">Smith 2001, p. 4.</ref> began.\n',
    "<ref name=R1>Jones, ''History'', 1999.</ref>\n",
    "Again<ref name=Later/> and {{r|R1}}.\n",
    "{{efn|name=Later|A note.}}\n",
    "{|\n| <ref name=Later>In a table.</ref>\n|}\n",
    "<references>\n<ref name=R1>Listed.</ref>\n</references>\n",
    "{{Reflist|refs=\n<ref name=Later>List-defined.</ref>\n}}\n",
    "{{reflist|refs=<ref name=R1>One.</ref><ref name=Later>Two.</ref>}}\n",
    "{{Reflist|refs=\n<ref name=Later></ref>\n<ref name=R1/>\n}}\n",
    "{{Reflist|refs=\n<!-- <ref name=Later>Hidden.</ref> -->\n}}\n",
    "{{Reflist|refs={{quote|<ref name=R1>Nested.</ref>}}}}\n",
    "Text {{Reflist|refs=<ref name=Later>Not on its own line.</ref>}}\n",
    "{|\n| {{Reflist|refs=<ref name=R1>In a table.</ref>}}\n|}\n",
    "{{Reflist|refs=<ref name=Later>Never closed.</ref>\n",
    "{{Reflist}}\n",
    '<ref name="R1">  </ref>\n',
    "<ref name=Later><!-- nothing --></ref>\n",
    "[[File:X.jpg|thumb|A caption<ref name=R1>In a caption.</ref>]]\n",
    "== Background ==\n",
    "A paragraph with [[a link]], '''bold''' and {{lang|fr|mots}}.\n",
    "{{{1|an argument}}}\n",
    "<!-- never closed\n",
    "{{never closed\n",
    "{{<!-- hidden -->Refimprove}}\n",
    "<pre>{{Update}}</pre>\n",
    "<ref>Unnamed body ref.</ref>\n",
    "=== See also ===\n* [[Another battle]]\n",
    "'''Battle of Testing''' was a battle.\n",
]


@pytest.mark.parametrize("before", [False, True], ids=["after-box", "before-box"])
@pytest.mark.parametrize("piece", PIECES)
def test_each_piece_alone(piece: str, before: bool) -> None:
    """Each piece where only it can change the mode's choice (the generated pages below mix
    them, and one that makes the whole body read hides the others)."""
    box = INFOBOX % ""
    check(("Intro.\n" + piece + box) if before else (box + "Text.\n" + piece), format="wikitext")


@given(
    st.lists(st.sampled_from(PIECES), max_size=8),
    st.booleans(),
    st.booleans(),
    st.booleans(),
)
def test_generated_pages_agree(pieces: list[str], coords: bool, escaped: bool, named: bool) -> None:
    box = INFOBOX % (COORDS if coords else "")
    if not named:
        box = box.replace("| conflict = Battle of Testing\n", "")
    page = "".join(pieces[:2]) + box + "".join(pieces[2:])
    check(escape(page) if escaped else page, format="wikitext")


def test_the_cli_flags(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = ROOT / "tests/corpus/wikitext/battle-of-the-crater.txt"
    assert main(["dump", "--no-sections", "--format", "json", str(page)]) == 0
    dumped = json.loads(capsys.readouterr().out)
    assert dumped["conflict"]["sections"] == [] and dumped["conflict"]["sides"]
    out = tmp_path / "out.jsonl"
    assert main(["batch", "--no-sections", str(page), "-o", str(out), "-j", "1"]) == 0
    line = json.loads(out.read_text(encoding="utf-8"))
    assert line == dumped  # a batch line is the Document, as dump prints it


def test_a_page_of_many_parts_is_read_whole_and_agrees(monkeypatch: pytest.MonkeyPatch) -> None:
    """Past MAX_PARTS parts the body is read whole (cheaper than each part parsed apart)."""
    bodies: list[str] = []
    real = wikitext_reader.read_body
    monkeypatch.setattr(wikitext_reader, "read_body", lambda *a: (bodies.append(""), real(*a)))
    last = "{{Reflist|refs=<ref name=Later>At last.</ref>}}\n"
    for lists, whole in ((infobox_only.MAX_PARTS + 1, True), (1, False)):
        page = INFOBOX % "" + "{{Reflist|refs=<ref name=Later/>}}\n" * lists + last
        check(page, format="wikitext")
        bodies.clear()
        extract(page, format="wikitext", sections=False)
        assert bool(bodies) is whole
