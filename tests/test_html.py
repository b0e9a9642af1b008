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
from .readers.test_wikitext import strings

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


# --- mirrors, microformats, furniture ---------------------------------------------------------

MIRROR = """<!DOCTYPE html><html lang="en"><head><title>Battle of Krasnoi - WikiMili, The Best
Wikipedia Reader</title></head><body><nav><a href="/">WikiMili</a></nav>
<div class="ads">Remove ads</div><main><h1>Battle of Krasnoi</h1><p>Last updated</p>
<table class="infobox vevent"><tr><th colspan="2">Battle of Krasnoi</th></tr>
<tr><th>Date</th><td>15–18 November 1812</td></tr>
<tr><th colspan="2">Belligerents</th></tr>
<tr><td><span class="flagicon"><img src="https://wikimili.com/en/images/Flag_of_France.svg"
alt="Flag of France.svg"></span> <a href="https://wikimili.com/en/First_French_Empire">French
Empire</a></td><td><span class="flagicon"><img alt=""
src="/thumb/Flag_of_Russia.svg/22px-Flag_of_Russia.svg.png"></span><a href="/en/Russian_Empire">
Russian Empire</a></td></tr></table>
<p>The <b>Battle of Krasnoi</b> was fought in 1812.</p>
<h2>Related Research Articles</h2>
<div class="related"><a href="https://wikimili.com/en/Battle_of_Borodino">Battle of Borodino</a>
<p>The Battle of Borodino was fought on 7 September 1812.</p></div>
<div class="related"><a href="https://wikimili.com/en/Battle_of_Berezina">Battle of Berezina</a>
<p>The Battle of Berezina took place from 26 to 29 November 1812.</p></div>
<footer>This page was last edited on 3 May 2024</footer></main></body></html>"""


def test_mirror_page_keeps_the_box_drops_the_chrome() -> None:
    doc = wikiparse.extract(MIRROR)
    c = doc.conflict
    assert doc.format == "html" and c is not None
    assert c.name == "Battle of Krasnoi" and c.date is not None and c.date.end == "1812-11-18"
    assert [(p.name, p.flag) for s in c.sides for p in s.belligerents] == [
        ("French Empire", "France"),
        ("Russian Empire", "Russia"),
    ]
    assert [link.text for link in c.related] == ["Battle of Borodino", "Battle of Berezina"]
    assert [p for s in c.sections for p in s.paragraphs] == [
        "The Battle of Krasnoi was fought in 1812."
    ]
    clean_strings(doc)


def test_microformats_and_hidden_text() -> None:
    page = (
        '<html><body><table class="infobox"><tr><th colspan="2">Battle of X</th></tr>'
        '<tr><th>Location</th><td>Near Y <span class="geo-dec">51.5°N 36.05°E</span>'
        '<span style="display:none"><span class="geo">51.5; 36.05</span></span></td></tr>'
        '<tr><th colspan="2">Commanders and leaders</th></tr>'
        '<tr><td><a href="/wiki/A_B">A B</a> <a href="/wiki/Killed_in_action">†</a></td>'
        '<td>C D (<a href="/wiki/Prisoner_of_war">POW</a>)</td></tr>'
        '<tr><th colspan="2">Casualties and losses</th></tr>'
        "<tr><td>100 killed</td><td>200 captured</td></tr></table></body></html>"
    )
    c = wikiparse.parse(page)
    assert c.coordinates is not None and (c.coordinates.lat, c.coordinates.lon) == (51.5, 36.05)
    assert [(x.name, x.fate, x.page) for s in c.sides for x in s.commanders] == [
        ("A B", "killed", "A B"),
        ("C D", "captured", None),
    ]
    assert [q.kind for s in c.sides for q in s.casualties] == ["killed", "captured"]


def test_a_name_that_looks_like_a_file_is_a_name_in_html() -> None:
    """Icons are images in HTML: text like "a.PNG a" (a generated name the round trip found)
    is a name, not an icon file and a flag, as it would be in a text scrape."""
    page = (
        '<html><body><table class="infobox"><tr><th colspan="2">Belligerents</th></tr>'
        "<tr><td>a.PNG a</td><td>B</td></tr></table></body></html>"
    )
    side = wikiparse.parse(page).sides[0]
    assert [(p.name, p.flag) for p in side.belligerents] == [("a.PNG a", None)]
