"""The html reader at the RawPage / RawReport level: what the registry's ``html`` format reads
from a classic Wikipedia page, an InfoTabs fragment, the current skin's nested side table,
Parsoid's ``data-mw``, a page with another kind of infobox, and news pages.

The document-level tests (values after assembly, cross-format agreement) are in
``tests/test_html.py``; these check the reader's own output, so a fault shows where it is made.
"""

from __future__ import annotations

import html
import json

import pytest

from wikiparse.raw import RawPage, RawReport, RawValue
from wikiparse.readers import BY_NAME

from ..conftest import CORPUS

HTML = CORPUS / "html"
UPLOAD = "//upload.wikimedia.org/wikipedia/commons/thumb"


def read_page(text: str) -> RawPage:
    raw = BY_NAME["html"].read(text, "<test>")
    assert isinstance(raw, RawPage), type(raw).__name__
    return raw


def read_report(text: str) -> RawReport:
    raw = BY_NAME["html"].read(text, "<test>")
    assert isinstance(raw, RawReport), type(raw).__name__
    return raw


def texts(value: RawValue) -> list[str]:
    """The top-level items of a value, as text."""
    return [item.text for item in value.items]


def codes(raw: RawPage | RawReport) -> list[str]:
    return [issue.code for issue in raw.issues]


def flag_img(file: str, alt: str = "") -> str:
    """A flag as MediaWiki renders ``{{flagicon}}``: a thumbnail of the SVG in a span."""
    src = f"{UPLOAD}/a/ab/{file}/23px-{file}.png"
    return f'<span class="flagicon"><img alt="{alt}" src="{src}" width="23" height="15"></span>'


def wiki_link(page: str, text: str | None = None) -> str:
    href = "/wiki/" + page.replace(" ", "_").replace("'", "%27")
    return f'<a href="{href}" title="{html.escape(page)}">{text or page}</a>'


ISIL_FLAG = flag_img("AQMI_Flag_asymmetric.svg", alt="Islamic State")  # the alt names it
SDF = wiki_link("Syrian Democratic Forces")
ADNANI = wiki_link("Abu Muhammad al-Adnani")
KIA = wiki_link("Killed in action", "†")  # what {{KIA}} renders

# A saved classic-render article (2017-era Vector): navigation, hatnote, maintenance banner,
# the infobox with flags, refs, a nested unit, a surrender icon and a fate link, a lead, sections
# with edit links and a thumbnail, See also, the reference list, coordinates and categories.
CLASSIC = f"""<!DOCTYPE html>
<html lang="en-GB" dir="ltr">
<head><meta charset="UTF-8"><title>Battle of Raqqa (2017) - Wikipedia</title>
<style>.mw-parser-output .hatnote{{font-style:italic}}</style></head>
<body class="skin-vector">
<div id="mw-navigation">{wiki_link("Main Page", "Main page")}</div>
<h1 id="firstHeading" class="firstHeading">Battle of Raqqa (2017)</h1>
<div id="mw-content-text" class="mw-body-content"><div class="mw-parser-output">
<div role="note" class="hatnote navigation-not-searchable">For the 2013 battle, see
{wiki_link("Battle of Raqqa (2013)")}.</div>
<table class="box-Update plainlinks metadata ambox ambox-content"><tbody><tr>
<td class="mbox-text">This article needs to be <b>updated</b>.</td></tr></tbody></table>
<table class="infobox vevent" style="width:25.5em"><tbody>
<tr><th colspan="2" class="summary">Battle of Raqqa (2017)</th></tr>
<tr><td colspan="2">Part of the {wiki_link("Syrian civil war")}</td></tr>
<tr><td colspan="2"><a href="/wiki/File:Raqqa_2017.jpg" class="image"><img alt=""
 src="{UPLOAD}/1/1a/Raqqa_2017.jpg/300px-Raqqa_2017.jpg"></a><br>SDF fighters in Raqqa, July
 2017</td></tr>
<tr><th scope="row">Date</th><td>6 June – 17 October 2017<br>(4 months, 1 week and 4 days)</td></tr>
<tr><th scope="row">Location</th><td>{wiki_link("Raqqa")}, Syria</td></tr>
<tr><th scope="row">Result</th><td>SDF victory<ul><li>SDF captures Raqqa</li></ul></td></tr>
<tr><th colspan="2">Belligerents</th></tr>
<tr><td style="width:50%">{flag_img("Flag_of_Rojava.svg")}&#160;{SDF}<sup id="cite_ref-sdf_1-0"
 class="reference"><a href="#cite_note-sdf-1">[1]</a></sup>
<ul><li>{wiki_link("People's Protection Units")}</li></ul>
{flag_img("Flag_of_the_United_States.svg")}&#160;<a
 href="/wiki/Combined_Joint_Task_Force_%E2%80%93_Operation_Inherent_Resolve">CJTF–OIR</a></td>
<td style="width:50%">{ISIL_FLAG}&#160;{wiki_link("Islamic State")} <img alt=""
 src="{UPLOAD}/8/8d/White_flag_icon.svg/15px-White_flag_icon.svg.png"></td></tr>
<tr><th colspan="2">Commanders and leaders</th></tr>
<tr><td>{wiki_link("Rojda Felat")}</td><td>{ADNANI}&#160;{KIA}</td></tr>
<tr><th colspan="2">Strength</th></tr>
<tr><td>30,000–40,000</td><td>3,000–4,000</td></tr>
<tr><th colspan="2">Casualties and losses</th></tr>
<tr><td>655 killed</td><td>1,400 killed</td></tr>
<tr><td colspan="2">1,130 civilians killed<sup class="reference"><a
 href="#cite_note-sohr-2">[2]</a></sup></td></tr>
</tbody></table>
<p>The <b>Battle of Raqqa</b> was fought by the Syrian Democratic Forces against the Islamic State
in Raqqa from June to October 2017.<sup class="reference"><a
 href="#cite_note-sdf-1">[1]</a></sup></p>
<h2><span class="mw-headline" id="Background">Background</span><span class="mw-editsection">[<a
 href="/w/index.php?title=Battle_of_Raqqa_(2017)&amp;action=edit&amp;section=1">edit</a>]</span></h2>
<div class="thumb tright"><div class="thumbinner"><img alt="" src="{UPLOAD}/map.png">
<div class="thumbcaption">Map of the offensive</div></div></div>
<p>The offensive on the city began on 6 June 2017.</p>
<h3>Siege</h3>
<p>The old city was encircled on 3 September.</p>
<h2>See also</h2>
<ul><li>{wiki_link("Battle of Mosul (2016–2017)")}</li></ul>
<h2>References</h2>
<div class="reflist"><ol class="references">
<li id="cite_note-sdf-1"><span class="mw-cite-backlink"><b><a
 href="#cite_ref-sdf_1-0">^</a></b></span>
<span class="reference-text"><cite class="citation news"><a rel="nofollow" class="external text"
 href="https://www.reuters.com/article/raqqa-sdf">"SDF enters Raqqa"</a>. <i>Reuters</i>. 6 June
 2017.</cite></span></li>
<li id="cite_note-sohr-2"><span class="mw-cite-backlink"><b><a
 href="#cite_ref-sohr_2-0">^</a></b></span>
<span class="reference-text">Syrian Observatory for Human Rights, 17 October 2017.</span></li>
</ol></div>
<span class="geo-dec">35.950°N 39.017°E</span>
</div></div>
<div id="catlinks" class="catlinks"><ul>
<li>{wiki_link("Category:Battles of the Syrian civil war", "Battles of the Syrian civil war")}</li>
<li>{wiki_link("Category:Conflicts in 2017", "Conflicts in 2017")}</li></ul></div>
</body></html>
"""


@pytest.fixture(scope="module")
def classic() -> RawPage:
    return read_page(CLASSIC)


# --- a classic page --------------------------------------------------------------------------


def test_classic_page_title_language_and_single_fields(classic: RawPage) -> None:
    assert classic.title == "Battle of Raqqa (2017)"
    assert classic.lead_name == "Battle of Raqqa"
    assert classic.language == "en"  # "en-GB": the language, not the region
    assert classic.conflict_box and not classic.other_boxes
    box = classic.infobox
    assert box["conflict"].text == "Battle of Raqqa (2017)"
    assert texts(box["date"]) == ["6 June – 17 October 2017", "(4 months, 1 week and 4 days)"]
    assert box["place"].text == "Raqqa, Syria"
    assert [(link.text, link.page) for link in box["place"].links] == [("Raqqa", "Raqqa")]
    assert texts(box["result"]) == ["SDF victory"]
    assert [c.text for c in box["result"].items[0].children] == ["SDF captures Raqqa"]


def test_classic_page_part_of_image_and_caption(classic: RawPage) -> None:
    box = classic.infobox
    assert box["partof"].text == "the Syrian civil war"  # "Part of" is the row's label
    assert [link.page for link in box["partof"].links] == ["Syrian civil war"]
    assert box["image"].files == ["Raqqa 2017.jpg"]  # the original behind the 300px thumbnail
    assert box["caption"].text == "SDF fighters in Raqqa, July 2017"


def test_classic_side_cells_keep_flags_links_refs_and_nesting(classic: RawPage) -> None:
    first = classic.infobox["combatant1"].items
    assert [i.text for i in first] == ["Syrian Democratic Forces", "CJTF–OIR"]
    sdf, coalition = first
    assert sdf.flags == ["Rojava"] and coalition.flags == ["United States"]
    assert sdf.refs == ["sdf-1"]
    assert [c.text for c in sdf.children] == ["People's Protection Units"]
    assert sdf.children[0].links[0].page == "People's Protection Units"  # %27 unquoted
    assert coalition.links[0].page == "Combined Joint Task Force – Operation Inherent Resolve"
    (isil,) = classic.infobox["combatant2"].items
    assert (isil.text, isil.flags, isil.markers) == (
        "Islamic State",
        ["Islamic State"],
        ["surrendered"],
    )


def test_classic_fate_link_is_a_marker_not_text(classic: RawPage) -> None:
    (adnani,) = classic.infobox["commander2"].items
    assert adnani.text == "Abu Muhammad al-Adnani"
    assert adnani.markers == ["killed"]
    assert [link.page for link in adnani.links] == ["Abu Muhammad al-Adnani"]


def test_classic_figures_by_column_and_the_joint_row(classic: RawPage) -> None:
    box = classic.infobox
    assert (box["strength1"].text, box["strength2"].text) == ("30,000–40,000", "3,000–4,000")
    assert (box["casualties1"].text, box["casualties2"].text) == ("655 killed", "1,400 killed")
    # the full-width row under a two-column box is the third column (the joint side)
    (joint,) = [key for key in box if key.startswith("casualties3")]
    assert box[joint].text == "1,130 civilians killed"
    assert box[joint].refs == ["sohr-2"]
    assert not [key for key in box if key.startswith(("combatant3", "strength3"))]


def test_classic_body_sections_see_also_and_furniture(classic: RawPage) -> None:
    sections = [(s.title, s.level, s.paragraphs) for s in classic.sections]
    assert sections == [
        (
            None,
            0,
            [
                "The Battle of Raqqa was fought by the Syrian Democratic Forces against the "
                "Islamic State in Raqqa from June to October 2017."
            ],
        ),
        ("Background", 2, ["The offensive on the city began on 6 June 2017."]),
        ("Siege", 3, ["The old city was encircled on 3 September."]),
    ]
    assert [(link.text, link.page) for link in classic.see_also] == [
        ("Battle of Mosul (2016–2017)", "Battle of Mosul (2016–2017)")
    ]
    every = " ".join(p for s in classic.sections for p in s.paragraphs)
    assert "Map of the offensive" not in every and "2013 battle" not in every
    (noise,) = [i for i in classic.issues if i.code == "html-noise-removed"]
    assert sorted((noise.text or "").split(", ")) == ["1 hatnote", "1 thumb"]


def test_classic_references_notices_coordinates_categories(classic: RawPage) -> None:
    refs = {ref.key: ref for ref in classic.references}
    assert set(refs) == {"sdf-1", "sohr-2"}
    assert refs["sdf-1"].text == '"SDF enters Raqqa". Reuters. 6 June 2017.'
    assert refs["sdf-1"].urls == ["https://www.reuters.com/article/raqqa-sdf"]
    assert refs["sdf-1"].rendered and not refs["sohr-2"].rendered  # a <cite> or free text
    assert refs["sohr-2"].text == "Syrian Observatory for Human Rights, 17 October 2017."
    assert classic.notices == ["This article needs to be updated."]
    assert classic.coordinates == "35.950°N 39.017°E"
    assert classic.categories == ["Battles of the Syrian civil war", "Conflicts in 2017"]


# --- InfoTabs fragments (no classes, broken colspan quoting) ----------------------------------


def test_infotabs_fragment_reports_headers_that_lost_their_cells() -> None:
    page = read_page((HTML / "infotabs-great-northern-war-infobox.html").read_text())
    box = page.infobox
    assert box["conflict"].text == "Great Northern War"
    assert texts(box["date"])[0] == "22 February 1700 – 10 September 1721"
    assert box["place"].text == "Northern, Central, and Eastern Europe"
    assert texts(box["territory"])[0].startswith("Treaty of Nystad: Russia")
    assert len(box["territory"].items) == 4  # four <li> treaties
    # four headers in a row, then one row of two cells: the cells are the last header's
    assert texts(box["casualties1"])[1] == "175,000 killed by famine, disease and exhaustion"
    assert texts(box["casualties2"]) == ["Unknown."]
    assert len(box["casualties2"].items[0].children) == 3
    assert not [k for k in box if k.startswith(("combatant", "commander", "strength"))]
    (lost,) = [i for i in page.issues if i.code == "side-row-missing"]
    assert lost.text == "Belligerents, Commanders and leaders, Strength"


def test_infotabs_fragment_skips_hidden_sort_keys_and_reads_participants() -> None:
    page = read_page((HTML / "infotabs-world-war-ii-infobox.html").read_text())
    box = page.infobox
    # the display:none span holds "(1939-09-01 – 1945-09-02)" for machines
    assert texts(box["date"]) == ["1 September 1939 – 2 September 1945", "(6 years and 1 day)"]
    assert "1939-09-01" not in box["date"].text
    assert (box["combatant1"].text, box["combatant2"].text) == ("Allies", "Axis")  # Participants
    assert texts(box["casualties1"])[:2] == ["Military dead:", "Over 16,000,000"]
    assert texts(box["casualties2"])[5] == "Over 12,000,000"
    assert texts(box["result"])[0] == "Allied victory" and len(box["result"].items) == 7


# --- the current skin: side cells in a table nested in one full-width cell --------------------

FRANCE = wiki_link("First French Empire", "French Empire")
INVASION = wiki_link("French invasion of Russia")
WIA = f"({wiki_link('Wounded in action', 'WIA')})"  # what {{WIA}} renders

CURRENT = f"""<table class="infobox vevent"><tbody>
<tr><th colspan="2" class="infobox-above summary">Battle of Krasnoi</th></tr>
<tr><td colspan="2" class="infobox-full-data">Part of the {INVASION}</td></tr>
<tr><th scope="row" class="infobox-label">Date</th>
<td class="infobox-data">15–18 November 1812</td></tr>
<tr><th scope="row" class="infobox-label">Location</th><td class="infobox-data">Krasny, Smolensk
 Governorate</td></tr>
<tr><th colspan="2" class="infobox-header">Belligerents</th></tr>
<tr><td colspan="2" class="infobox-full-data"><table style="width:100%"><tbody><tr>
<td style="width:50%">{flag_img("Flag_of_France.svg")}&#160;{FRANCE}</td>
<td style="width:50%">{flag_img("Flag_of_Russia.svg")}&#160;{wiki_link("Russian Empire")}</td>
</tr></tbody></table></td></tr>
<tr><th colspan="2" class="infobox-header">Commanders and leaders</th></tr>
<tr><td colspan="2" class="infobox-full-data"><table style="width:100%"><tbody><tr>
<td>{wiki_link("Napoleon")}<br>{wiki_link("Michel Ney")}&#160;{WIA}</td>
<td>{wiki_link("Mikhail Kutuzov")}</td></tr></tbody></table></td></tr>
<tr><th colspan="2" class="infobox-header">Casualties and losses</th></tr>
<tr><td colspan="2" class="infobox-full-data"><table style="width:100%"><tbody><tr>
<td>6,000–13,000 killed and wounded<br>20,000–26,000 captured</td>
<td>5,000 killed and wounded</td></tr></tbody></table></td></tr>
</tbody></table>"""


def test_current_skin_fragment_reads_the_nested_side_table() -> None:
    page = read_page(CURRENT)
    box = page.infobox
    assert page.conflict_box and page.title is None  # a fragment: no heading, no <title>
    assert box["partof"].text == "the French invasion of Russia"
    assert box["date"].text == "15–18 November 1812"
    assert box["place"].text == "Krasny, Smolensk Governorate"
    assert [(i.text, i.flags) for i in box["combatant1"].items] == [("French Empire", ["France"])]
    assert box["combatant1"].links[0].page == "First French Empire"
    assert [(i.text, i.flags) for i in box["combatant2"].items] == [("Russian Empire", ["Russia"])]
    ney = box["commander1"].items[1]
    assert (ney.text, ney.markers) == ("Michel Ney", ["wounded"])  # "(WIA)" left no "()"
    assert texts(box["commander2"]) == ["Mikhail Kutuzov"]
    assert texts(box["casualties1"]) == [
        "6,000–13,000 killed and wounded",
        "20,000–26,000 captured",
    ]
    assert texts(box["casualties2"]) == ["5,000 killed and wounded"]
    assert not [k for k in box if k.endswith(("3", "a"))]  # no joint row, no extra rows


# --- Parsoid: the infobox's own wikitext in data-mw -------------------------------------------


def parsoid_page(params: dict[str, str], template: str = "Infobox military conflict") -> str:
    data = {
        "parts": [
            {
                "template": {
                    "target": {"wt": template, "href": f"./Template:{template}"},
                    "params": {k: {"wt": v} for k, v in params.items()},
                    "i": 0,
                }
            }
        ]
    }
    return f"""<!DOCTYPE html><html lang="en"><head><title>Battle of Lechfeld</title></head>
<body><section data-mw-section-id="0"><table class="infobox vevent" about="#mwt1"
 typeof="mw:Transclusion" data-mw="{html.escape(json.dumps(data), quote=True)}"><tbody>
<tr><th colspan="2">Battle of Lechfeld</th></tr><tr><th colspan="2">Belligerents</th></tr>
</tbody></table><p>The <b>Battle of Lechfeld</b> was fought on 10 August 955.</p></section>
</body></html>"""


LECHFELD = {
    "conflict": "Battle of Lechfeld",
    "date": "10 August 955",
    "combatant1": "{{flagicon image|Banner of Otto I.svg}} [[East Francia]]",
    "combatant2": "[[Hungarian invasions of Europe|Hungarians]]",
    "commander2": "[[Bulcsú (chieftain)|Bulcsú]] {{Executed}}",
    "casualties1": "Heavy<ref name=\"regino\">Regino, ''Chronicle'', p. 12.</ref>",
}


def test_parsoid_infobox_is_read_from_its_wikitext() -> None:
    page = read_page(parsoid_page(LECHFELD))
    box = page.infobox
    assert page.conflict_box
    assert box["conflict"].text == "Battle of Lechfeld"
    assert box["date"].text == "10 August 955"
    assert [(i.text, i.links[0].page) for i in box["combatant2"].items] == [
        ("Hungarians", "Hungarian invasions of Europe")
    ]
    (bulcsu,) = box["commander2"].items
    assert (bulcsu.text, bulcsu.markers) == ("Bulcsú", ["executed"])
    assert box["casualties1"].text == "Heavy"
    # the ref inside a parameter becomes one of the page's references
    assert [ref.key for ref in page.references] == ["regino"]
    # the rendered rows (a header with no cells) are not read when data-mw is
    assert "side-row-missing" not in codes(page)
    assert page.sections[0].paragraphs == ["The Battle of Lechfeld was fought on 10 August 955."]


def test_parsoid_transclusion_of_another_template_falls_back_to_the_rows() -> None:
    page = read_page(parsoid_page({"name": "Lechfeld"}, template="Infobox settlement"))
    assert page.conflict_box  # the rendered table has a Belligerents header
    assert page.infobox["conflict"].text == "Battle of Lechfeld"
    assert codes(page).count("side-row-missing") == 1


def test_broken_data_mw_is_ignored() -> None:
    text = parsoid_page(LECHFELD).replace('data-mw="', 'data-mw="{broken ', 1)
    page = read_page(text)
    assert "date" not in page.infobox  # only the rendered rows were read
    assert page.infobox["conflict"].text == "Battle of Lechfeld"


# --- not a conflict's infobox -----------------------------------------------------------------


def test_wikipedia_page_with_another_infobox_is_a_page_with_other_boxes() -> None:
    text = """<html><head><title>Raqqa - Wikipedia</title></head><body>
<h1 id="firstHeading">Raqqa</h1><div id="mw-content-text"><div class="mw-parser-output">
<table class="infobox ib-settlement vcard"><tbody><tr><th colspan="2">Raqqa</th></tr>
<tr><th>Country</th><td>Syria</td></tr><tr><th>Governorate</th><td>Raqqa</td></tr></tbody></table>
<p><b>Raqqa</b> is a city in Syria on the north bank of the Euphrates River.</p></div></div>
</body></html>"""
    page = read_page(text)
    assert not page.conflict_box and page.infobox == {}
    assert page.other_boxes == ["infobox (rows: Raqqa, Country, Governorate)"]
    assert page.title == "Raqqa" and page.lead_name == "Raqqa"


def test_data_table_in_the_body_lists_its_rows_pages() -> None:
    text = f"""<html><body><h1 id="firstHeading">List of battles of 1812</h1>
<div class="mw-parser-output"><table class="wikitable"><tbody>
<tr><th>Battle</th><th>Date</th></tr>
<tr><td>{wiki_link("Battle of Krasnoi")}</td><td>15 November</td></tr>
<tr><td>{wiki_link("Battle of Borodino")}</td><td>7 September</td></tr>
</tbody></table></div></body></html>"""
    page = read_page(text)
    assert page.listed == ["Battle of Krasnoi", "Battle of Borodino"]
    assert not page.conflict_box


def test_empty_markup_is_a_page_with_an_issue() -> None:
    page = read_page("<!-- nothing here -->")
    assert "html-empty" in codes(page)
    assert page.infobox == {} and page.sections == []


# --- news pages -> RawReport ------------------------------------------------------------------

NEWS = """<!doctype html><html lang="en-US"><head>
<title>Kurdish forces retake Raqqa's old city</title>
<meta property="og:type" content="article">
<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
 {"@type": "WebSite", "name": "Daily Star"},
 {"@type": "NewsArticle", "headline": "Kurdish forces retake Raqqa's old city",
  "datePublished": "2017-09-04T10:02:00Z", "author": [{"@type": "Person", "name": "Tom Perry"}],
  "publisher": {"@type": "Organization", "name": "Daily Star"}}]}</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Kurdish forces retake Raqqa's old city</h1>
<p>Kurdish forces retake Raqqa's old city</p>
<p>BEIRUT (AFP) — US-backed forces captured the old city of Raqqa on Monday, a monitor said.</p>
<p>The Syrian Democratic Forces said 40 fighters were killed in the assault, a spokesman said.</p>
<p><a href="/a">Read more about Syria</a> <a href="/b">and the war in the whole region</a></p>
<aside><p>Sign up for our newsletter to get the latest news every single day.</p></aside>
</article>
<footer><p>Copyright 2017 Daily Star. All rights reserved, everywhere in the world.</p></footer>
</body></html>"""


def test_news_page_metadata_from_ld_json() -> None:
    report = read_report(NEWS)
    assert report.headline == "Kurdish forces retake Raqqa's old city"
    assert report.date_text == "2017-09-04"  # the day of an ISO timestamp
    assert report.byline == "Tom Perry"
    assert report.publisher == "Daily Star"
    assert report.language == "en"


def test_news_page_body_dateline_and_chrome() -> None:
    report = read_report(NEWS)
    assert report.dateline == "BEIRUT" and report.agency_hint == "AFP"
    assert report.paragraphs == [
        "US-backed forces captured the old city of Raqqa on Monday, a monitor said.",
        "The Syrian Democratic Forces said 40 fighters were killed in the assault, a spokesman "
        "said.",
    ]  # the repeated headline, the link-dense line, the aside and the footer are left out


CORPUS_NEWS = [
    (
        "news-wapo-bardo-attack-north-africa",
        "Attack stokes instability fears in North Africa",
        "2015-03-18",
        "Washington Post",
        None,
    ),  # the date from the article's URL
    (
        "news-theintercept-gaza-hospitals",
        "What It’s Like to Give Birth in Gaza",
        "2023-11-08",
        "The Intercept",
        "en",
    ),
    (
        "news-de-pence-syrien-tuerkei",
        "No Peace for Our Time – Pence, Syrien und die Türkei",
        "2019-10-18",
        "Tichys Einblick",
        "de",
    ),
]


@pytest.mark.parametrize(
    ("name", "headline", "date", "publisher", "language"),
    CORPUS_NEWS,
    ids=[row[0] for row in CORPUS_NEWS],
)
def test_corpus_news_pages(
    name: str, headline: str, date: str, publisher: str, language: str | None
) -> None:
    report = read_report((HTML / f"{name}.html").read_text())
    assert (report.headline, report.date_text) == (headline, date)
    assert (report.publisher, report.language) == (publisher, language)
    assert len(report.paragraphs) >= 8
    assert all(len(p) >= 25 for p in report.paragraphs)


def test_corpus_news_authors_and_agency() -> None:
    intercept = read_report((HTML / "news-theintercept-gaza-hospitals.html").read_text())
    assert intercept.byline == "Ibtisam Mahdi, Ruwaida Kamal Amer"  # two ld+json Persons
    assert intercept.dateline == "KHAN YOUNIS"  # "KHAN YOUNIS, GAZA — The Israeli assault"
    assert intercept.paragraphs[0].startswith("The Israeli assault")
    telegraph = read_report((HTML / "news-telegraph-zimbabwe-coup.html").read_text())
    assert telegraph.agency_hint == "Reuters"  # "… a senior political source told Reuters"
    assert telegraph.paragraphs[0].startswith("Zimbabwe President Robert Mugabe, his wife Grace")


def test_corpus_news_gallery_caption_is_not_the_first_paragraph() -> None:
    report = read_report((HTML / "news-wapo-bardo-attack-north-africa.html").read_text())
    assert report.dateline == "CAIRO"


@pytest.mark.parametrize(
    "label", ["format-gallery", "category-slideshow", "tag-promo", "has-gallery", "with-carousel"]
)
def test_news_post_labelled_gallery_keeps_its_story(label: str) -> None:
    """WordPress writes a post's format and terms as classes on the story's own wrapper: a
    widget word there labels the post (its story was dropped whole: no paragraphs)."""
    page = (
        "<html><head><meta property='og:type' content='article'><title>Raqqa</title></head>"
        f"<body><article class='post-12 post type-post {label} hentry'><h1>Raqqa</h1>"
        "<div class='entry-content'><p>RAQQA — Kurdish-led forces took the old city of Raqqa on"
        " Friday, the coalition said.</p><div class='gallery'><p>A photo caption</p></div>"
        "</div></article></body></html>"
    )
    assert read_report(page).paragraphs == [
        "Kurdish-led forces took the old city of Raqqa on Friday, the coalition said."
    ]
