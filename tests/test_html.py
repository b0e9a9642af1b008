"""The html reader: the corpus pages, the negative pages, and cross-format agreement (a corpus
wikitext infobox rendered the way each skin renders it reads back to the same values)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import mwparserfromhell
import pytest

import wikiparse
from wikiparse import Conflict, NotAConflictError

from . import html_render
from .conftest import CORPUS, corpus_files
from .test_wikitext_reader import strings

HTML = sorted((CORPUS / "html").glob("*.html"))
BOXES = [p for p in HTML if "infobox" in p.name]
NEWS = [p for p in HTML if p.name.startswith("news-")]
NEGATIVE = Path(__file__).resolve().parent / "negative"
WIKITEXT = corpus_files("wikitext")
SKINS = ("classic", "current", "parsoid")
# What no output string of an HTML page may hold: markup, entities, icon files, markers.
HTML_NOISE = ("<", "&#160;", "&nbsp;", "&amp;", ".svg", ".png", "[1]", "[edit]")


def clean_strings(doc: wikiparse.Document) -> None:
    for where, text in strings(doc.model_dump(mode="json")):
        if where.endswith((".url", ".archive_url", ".image")) or where.startswith("$.issues"):
            continue
        for bad in HTML_NOISE:
            assert bad not in text, f"{where}: {bad!r} in {text[:120]!r}"


@pytest.mark.parametrize("path", HTML, ids=[p.stem for p in HTML])
def test_corpus_html_is_detected_and_clean(path: Path) -> None:
    doc = wikiparse.extract(path.read_bytes(), source=str(path))
    assert doc.format == "html"
    clean_strings(doc)


@pytest.mark.parametrize("path", BOXES, ids=[p.stem for p in BOXES])
def test_infobox_fragments_give_conflicts(path: Path) -> None:
    doc = wikiparse.extract(path.read_bytes())
    conflict = doc.conflict
    shown = path.read_text(encoding="utf-8").replace("\xa0", " ")  # the name as the page shows it
    assert conflict is not None and conflict.name and conflict.name in shown
    assert conflict.date is not None and conflict.date.start and conflict.date.end
    assert conflict.place
    # the fragments lost some side cells: every header left without cells is reported
    empty = [i.text for i in doc.issues if i.code == "side-row-missing"]
    if not any(side.belligerents for side in conflict.sides):
        assert empty and "Belligerents" in empty[0]
    else:
        assert len(conflict.sides) >= 2 and all(s.belligerents for s in conflict.sides)


@pytest.mark.parametrize("path", NEWS, ids=[p.stem for p in NEWS])
def test_news_pages_give_reports(path: Path) -> None:
    doc = wikiparse.extract(path.read_bytes())
    report = doc.report
    assert report is not None and report.headline and report.published
    assert len(report.paragraphs) >= 5
    assert all(len(p) >= 25 for p in report.paragraphs)


NEGATIVE_HTML = sorted(NEGATIVE.glob("wtq-*.html"))


@pytest.mark.parametrize("path", NEGATIVE_HTML, ids=[p.stem for p in NEGATIVE_HTML])
def test_negative_pages_are_refused(path: Path) -> None:
    with pytest.raises(NotAConflictError, match="not a military conflict"):
        wikiparse.extract(path.read_bytes(), source=str(path))


def test_crash_news_is_a_report_without_a_conflict() -> None:
    doc = wikiparse.extract((NEGATIVE / "news-wsvn-miami-crash.html").read_bytes())
    assert doc.conflict is None and doc.report is not None
    assert "crash" in doc.report.headline
    assert doc.report.claims == []  # "7News cameras captured …" is a TV station, not 7 captured


# --- cross-format agreement -------------------------------------------------------------------


def infobox_params(text: str) -> dict[str, str]:
    """The conflict infobox's parameters as wikitext (what Parsoid puts in data-mw)."""
    for tpl in mwparserfromhell.parse(text).filter_templates(recursive=True):
        if str(tpl.name).strip().lower().startswith("infobox military conflict"):
            return {str(p.name).strip(): str(p.value).strip() for p in tpl.params}
    raise AssertionError("no infobox")


def values(c: Conflict) -> dict[str, Any]:
    """The infobox values every skin can carry."""
    return {
        "name": c.name,
        "date": (c.date.start, c.date.end) if c.date else None,
        "result": c.result,
        "coordinates": c.coordinates,
        "sides": [
            {
                "belligerents": [
                    (p.name, p.flag, p.surrendered, len(p.children)) for p in s.belligerents
                ],
                "commanders": [(x.name, x.rank, x.fate) for x in s.commanders],
                "strength": [(q.low, q.high, q.kind) for q in s.strength],
                "casualties": [(q.low, q.high, q.kind) for q in s.casualties],
            }
            for s in c.sides
        ],
    }


@pytest.mark.parametrize("skin", SKINS)
@pytest.mark.parametrize("path", WIKITEXT, ids=[p.stem for p in WIKITEXT])
def test_rendered_infobox_reads_back_to_the_wikitext_values(path: Path, skin: str) -> None:
    text = path.read_text(encoding="utf-8")
    original = wikiparse.parse(text, format="wikitext")
    params = infobox_params(text) if skin == "parsoid" else None
    page = html_render.page(original, skin, params)  # type: ignore[arg-type]
    doc = wikiparse.extract(page)
    assert doc.format == "html" and doc.conflict is not None
    assert values(doc.conflict) == values(original)
    clean_strings(doc)
    assert doc.conflict.sections and doc.conflict.sections[0].paragraphs
    assert json.dumps(doc.model_dump(mode="json")).count("Navigation Battles") == 0
