"""What the readers share (``wikiparse/readers/common/``), each helper on its own: scrape
cleanup, icons and flags, rows and cells, parameter names, the HTML shape test, the end of a
news report and the text body of a rendered page. Table-driven rows:
``tests/cases/readers_common.yaml``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from wikiparse.raw import RawPage, RawReport
from wikiparse.readers.common import cells, icons, params, report, scrape, shapes, text_body

CASES: dict[str, list[list[Any]]] = yaml.safe_load(
    (Path(__file__).parent.parent / "cases" / "readers_common.yaml").read_text(encoding="utf-8")
)


def rows(name: str) -> Any:
    return pytest.mark.parametrize("row", CASES[name], ids=[str(r[0])[:40] for r in CASES[name]])


# --- table-driven rows --------------------------------------------------------------------------


@rows("strip_markers")
def test_strip_markers(row: list[str]) -> None:
    text, want = row
    assert scrape.strip_markers(text) == want


@rows("flag_from_file")
def test_flag_from_file(row: list[str]) -> None:
    name, want = row
    assert icons.flag_from_file(name) == want


@rows("canonical_param")
def test_canonical_param(row: list[str | None]) -> None:
    name, want = row
    assert params.canonical_param(str(name)) == want


@rows("row_label")
def test_row_label(row: list[str | None]) -> None:
    label, want = row
    assert cells.row_label(str(label)) == want


@rows("bullet_depth")
def test_bullet_depth(row: list[Any]) -> None:
    line, depth, text = row
    assert scrape.bullet_depth(line) == (depth, text)


@rows("split_items")
def test_split_items(row: list[Any]) -> None:
    line, want = row
    assert scrape.split_items(line) == want


@rows("make_item")
def test_make_item(row: list[Any]) -> None:
    text, want, flags, markers = row
    item = scrape.make_item(text)
    if want is None:
        assert item is None
        return
    assert item is not None
    assert (item.text, item.flags, item.markers) == (want, flags, markers)


# --- scrape: whole texts ----------------------------------------------------------------------


def test_make_item_without_file_names_keeps_the_text() -> None:
    """HTML shows icons as <img>: a name like "a.PNG a" there is text, not an icon."""
    item = scrape.make_item("M.I.A. Squad.PNG unit", file_names=False)
    assert item is not None and (item.text, item.flags) == ("M.I.A. Squad.PNG unit", [])


def test_emoji_flag() -> None:
    assert scrape.emoji_flag("🇸🇾 Syrian Arab Republic") == "Syria"
    assert scrape.emoji_flag("🇿🇿 Nowhere") == "ZZ"  # an unknown code stays a code
    assert scrape.emoji_flag("Syria") is None


CLEAN = """\
Last updated
Battle of Raqqa (2017)
Major battle in the Syrian civil war From Wikipedia, the free encyclopedia
{{cite web}}: Missing or empty |url= (help)
The battle began on 6 June 2017.
CS1 maint: multiple names: authors list (link)
The city fell in October.[1] {{cite news}}: |first= has generic name (help)
Remove ads
"""


def test_clean_lines_chrome_residue_and_description() -> None:
    cleaned = scrape.clean_lines(CLEAN)
    assert [line for line in cleaned.lines if line.strip()] == [
        "Battle of Raqqa (2017)",
        "The battle began on 6 June 2017.",
        "The city fell in October.[1]",
    ]  # markers stay: items are split at them later
    assert cleaned.description == "Major battle in the Syrian civil war"  # Wikiwand's, left of it
    residue = [i.text for i in cleaned.issues if i.code == "cs1-residue"]
    assert residue == [
        "cite web: Missing or empty url=",
        "CS1 maint: multiple names: authors list (link) cite news: first= has generic name",
    ]  # one Issue per run of residue, without braces, pipes or "(help)"
    (chrome,) = [i for i in cleaned.issues if i.code == "chrome-removed"]
    assert chrome.message.startswith("2 line(s)") and chrome.text is None


# --- cells --------------------------------------------------------------------------------------


def test_items_from_lines_depth_notes_and_splits() -> None:
    lines = ["Syria", "* Syrian Armed Forces", "(Tiger Forces)", "", "Hezbollah[3] Liwa Fatemiyoun"]
    items = cells.items_from_lines(lines, side=True)
    assert [(i.text, i.depth) for i in items] == [
        ("Syria", 0),
        ("Syrian Armed Forces (Tiger Forces)", 1),  # a "(note)" line joins the item above
        ("Hezbollah", 0),
        ("Liwa Fatemiyoun", 0),
    ]


def test_items_from_lines_single_field_is_not_split() -> None:
    items = cells.items_from_lines(["Inconclusive[2] Both sides claim victory"], side=False)
    assert [i.text for i in items] == ["Inconclusive Both sides claim victory"]


def test_value_of_nests_by_depth() -> None:
    value = cells.value_of(["Syria", "* Syrian Army", "** 4th Division", "Russia"], side=True)
    assert value.text == "Syria\nSyrian Army\n4th Division\nRussia"
    syria, russia = value.items
    assert [c.text for c in syria.children] == ["Syrian Army"]
    assert [c.text for c in syria.children[0].children] == ["4th Division"]
    assert (russia.text, russia.children) == ("Russia", [])


# --- params -------------------------------------------------------------------------------------


def test_has_side_fields() -> None:
    assert params.has_side_fields(["date", "combatant1"])
    assert params.has_side_fields(["casualties3a"])
    assert not params.has_side_fields(["date", "partof", "image_size"])


# --- shapes -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "html"),
    [
        ("<!DOCTYPE html>\n<html><body><p>Battle</p></body></html>", True),
        ("<!-- saved from url=(0042) -->\n<html lang=en><p>x</p></html>", True),
        ("<tr><td>" * 12 + "Belligerents", True),  # an infobox fragment: dense tags
        ("{{Infobox military conflict}}\n<span>x</span> <ref>y</ref>", False),
        ("Battle of Raqqa | |||||||\n---|---|---|", False),
    ],
    ids=["doctype", "comment-then-html", "fragment", "wikitext", "pipe-rows"],
)
def test_looks_like_html(text: str, html: bool) -> None:
    assert shapes.looks_like_html(text) == int(html)
    assert shapes.is_html(text) is html


# --- report -------------------------------------------------------------------------------------


def test_finish_report_dateline_with_country_and_agency() -> None:
    body = ["DAMASCUS, Syria (AP) — Syrian troops advanced on Monday.", "More fighting followed."]
    done = report.finish_report(RawReport(), body)
    assert (done.dateline, done.agency_hint) == ("DAMASCUS", "AP")
    assert done.paragraphs == ["Syrian troops advanced on Monday.", "More fighting followed."]


def test_finish_report_agency_from_the_text_only_when_none_given() -> None:
    told = ["Troops advanced on Monday, a monitor told AFP."]
    assert report.finish_report(RawReport(), told).agency_hint == "AFP"
    assert report.finish_report(RawReport(agency_hint="Reuters"), told).agency_hint == "Reuters"
    plain = report.finish_report(RawReport(), ["Troops advanced on Monday."])
    assert (plain.dateline, plain.agency_hint) == (None, None)
    assert report.finish_report(RawReport(), []).paragraphs == []


# --- text body ----------------------------------------------------------------------------------

BODY = """\
The Battle of Raqqa was fought by the Syrian Democratic Forces against ISIL in 2017.[1]

Background

The city had been held since 2014.
<span class="mw-page-title-main">Not here</span> is only a paragraph.

## Aftermath
Flag of Syria.svg The city was handed to a civil council.

See also

• Battle of Mosul (2016–2017)

Related Research Articles

<span class="mw-page-title-main">Battle of Tabqa</span> Battle in 2017

The Battle of Tabqa was fought in 2017 and ended with the capture of the dam.

References

1. ^ a b "SDF enters Raqqa". Reuters. 6 June 2017.
2. 1 2 "The fall of Raqqa". BBC. 17 October 2017.
"""


def test_read_text_body_routes_lines_by_heading() -> None:
    page = RawPage()
    text_body.read_text_body(BODY.split("\n"), page)
    assert [(s.title, s.level) for s in page.sections] == [
        (None, 0),
        ("Background", 2),
        ("Aftermath", 2),
    ]
    assert page.sections[0].paragraphs == [
        "The Battle of Raqqa was fought by the Syrian Democratic Forces against ISIL in 2017."
    ]
    assert page.sections[1].paragraphs[1] == "Not here is only a paragraph."  # tags out
    assert page.sections[2].paragraphs == ["The city was handed to a civil council."]
    assert [link.text for link in page.see_also] == ["Battle of Mosul (2016–2017)"]
    assert [link.text for link in page.related] == ["Battle of Tabqa"]  # never the summary
    assert [(r.key, r.text) for r in page.references] == [
        ("1", '"SDF enters Raqqa". Reuters. 6 June 2017.'),  # back-links "^ a b" gone
        ("2", '"The fall of Raqqa". BBC. 17 October 2017.'),  # and "1 2"
    ]


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        (["", "Background"], ("Background", 2)),
        (["", "### Siege of the old city"], ("Siege of the old city", 3)),
        (["The city fell.", "Background"], None),  # no blank line above
        (["", "The city fell."], None),  # closing punctuation
        (["", "the aftermath"], None),  # lower case
        (["", "• Battle of Mosul"], None),  # a bullet
    ],
    ids=["short-line", "markdown", "no-blank", "sentence", "lower-case", "bullet"],
)
def test_heading_of(lines: list[str], want: tuple[str, int] | None) -> None:
    assert text_body.heading_of(lines, 1) == want


def test_short_paragraph_ending_in_a_marker_is_not_a_heading() -> None:
    assert text_body.heading_of(["", "The city fell in October 2017.[1]"], 1) is None
    assert text_body.heading_of(["", "Aftermath[1]"], 1) == ("Aftermath[1]", 2)


def test_finish_report_dateline_with_a_region_in_capitals() -> None:
    """'KHAN YOUNIS, GAZA —' (The Intercept's page in the corpus): a region in capitals."""
    body = ["KHAN YOUNIS, GAZA — The Israeli assault on the Gaza Strip has left the health sector"]
    done = report.finish_report(RawReport(), body)
    assert done.dateline == "KHAN YOUNIS"
    assert done.paragraphs[0].startswith("The Israeli assault")
