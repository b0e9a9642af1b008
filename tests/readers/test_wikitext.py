"""The wikitext reader on the real corpus and on small snippets for each markup feature."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import wikiparse
from wikiparse import Conflict, Document

from ..conftest import CORPUS, GOLDEN, SEEDS, corpus_files

WIKITEXT = corpus_files("wikitext")
NOISE = ("{{", "}}", "[[", "]]", "<ref", "&lt;", "&quot;", ".svg", "&amp;", "<br")


def strings(node: Any, path: str = "$") -> Iterator[tuple[str, str]]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key != "image":
                yield from strings(value, f"{path}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from strings(value, f"{path}[{i}]")
    elif isinstance(node, str):
        yield path, node


def box(params: str, body: str = "") -> str:
    return "{{Infobox military conflict\n" + params + "\n}}\n" + body


def parse(params: str, body: str = "") -> Conflict:
    return wikiparse.parse(box(params, body), format="wikitext")


# --- the corpus ------------------------------------------------------------------------------


@pytest.mark.parametrize("path", WIKITEXT, ids=[p.stem for p in WIKITEXT])
def test_corpus_page_gives_a_full_conflict(path: Path) -> None:
    doc = wikiparse.extract(path.read_bytes(), source=str(path))
    assert doc.format == "wikitext"
    conflict = doc.conflict
    assert conflict is not None and conflict.name
    assert conflict.date is not None and conflict.date.start and conflict.date.end
    assert len(conflict.sides) >= 2
    assert all(side.belligerents for side in conflict.sides)
    assert conflict.sections and conflict.sections[0].paragraphs


@pytest.mark.parametrize("path", WIKITEXT, ids=[p.stem for p in WIKITEXT])
def test_corpus_strings_carry_no_markup(path: Path) -> None:
    doc = wikiparse.extract(path.read_bytes())
    for where, text in strings(doc.model_dump(mode="json")):
        if where.endswith((".url", ".archive_url")) or where.startswith("$.issues"):
            continue
        for bad in NOISE:
            assert bad not in text, f"{where}: {bad!r} in {text[:120]!r}"


GOLDEN_INPUTS = (
    sorted(SEEDS.glob("*.txt")) + sorted(CORPUS.glob("*/*.txt")) + sorted(CORPUS.glob("*/*.html"))
)


@pytest.mark.parametrize("path", GOLDEN_INPUTS, ids=[p.stem for p in GOLDEN_INPUTS])
def test_golden(path: Path, update_golden: bool) -> None:
    """Output is reviewed once and then pinned: tests/golden/<page>.json."""
    got = wikiparse.extract(path.read_bytes()).model_dump(mode="json")
    golden = GOLDEN / f"{path.stem}.json"
    if update_golden:
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(json.dumps(got, indent=2, ensure_ascii=False) + "\n")
    assert got == json.loads(golden.read_text()), "run pytest --update-golden and review the diff"


def test_kia_commanders_are_killed() -> None:
    text = (Path(WIKITEXT[0]).parent / "battle-of-evesham.txt").read_bytes()
    side = wikiparse.parse(text).sides[1]
    assert [(c.name, c.fate) for c in side.commanders] == [
        ("Simon de Montfort", "killed"),
        ("Peter de Montfort", "killed"),
    ]
    lechfeld = wikiparse.parse(
        (Path(WIKITEXT[0]).parent / "battle-of-lechfeld-955.txt").read_bytes()
    )
    fates = {c.name: c.fate for c in lechfeld.sides[0].commanders}
    assert fates["Conrad the Red"] == "killed"  # "[[Killed in action|†]]"
    assert fates["Otto I the Great"] is None


# --- finding the infobox ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "{{Infobox Military Conflict|conflict=X|combatant1=A|combatant2=B}}",
        "{{infobox military conflict <!-- c -->|conflict=X|combatant1=A|combatant2=B}}",
        '{| class="x"\n|-\n|{{Infobox military conflict|conflict=X|combatant1=A|combatant2=B}}\n|}',
        "{{Wrapper|{{Infobox military conflict|conflict=X|combatant1=A|combatant2=B}}}}",
        "{{#invoke:Infobox military conflict|main|conflict=X|combatant1=A|combatant2=B}}",
        "{{Infobox military conflict|conflict=X|combatant1=A&lt;ref&gt;r&lt;/ref&gt;"
        "|combatant2=B}}",
    ],
    ids=["capitals", "comment", "in-table", "in-template", "invoke", "xml-escaped"],
)
def test_infobox_found_anywhere(text: str) -> None:
    conflict = wikiparse.parse(text, format="wikitext")
    assert conflict.name == "X"
    assert [s.belligerents[0].name for s in conflict.sides] == ["A", "B"]


def test_no_infobox_keeps_the_article() -> None:
    doc = wikiparse.extract("'''Battle of Nowhere''' was fought.\n== Aftermath ==\nPeace.")
    assert doc.conflict is not None
    assert doc.conflict.name == "Battle of Nowhere"
    assert doc.conflict.sides == []
    assert [s.title for s in doc.conflict.sections] == [None, "Aftermath"]


# --- values inside the infobox ---------------------------------------------------------------


def test_flags_names_and_variants() -> None:
    c = parse(
        "|combatant1={{flag|Gran Colombia}}\n*{{flagicon|Spain|1785}} [[Mid Spain|Spain]]\n"
        "*[[File:Flag of the United Kingdom.svg|25px]] [[British Legions]]\n"
        "|combatant2={{flagcountry|Kingdom of Great Britain}}\n"
        "*{{flagicon image|Flag of Hesse.svg}} [[Landgraviate of Hesse-Kassel|Hesse-Kassel]]"
    )
    root = c.sides[0].belligerents[0]
    assert (root.name, root.flag, root.page) == ("Gran Colombia", "Gran Colombia", "Gran Colombia")
    assert [(p.name, p.flag, p.page) for p in root.children] == [
        ("Spain", "Spain (1785)", "Mid Spain"),
        ("British Legions", "United Kingdom", "British Legions"),
    ]
    assert c.sides[1].belligerents[0].children[0].flag == "Hesse"


def test_status_markers() -> None:
    c = parse(
        "|combatant1=A|combatant2=B{{Surrendered}}\n"
        "|commander1=[[Simon]]{{KIA}}<br />Peroz I †<br />Ney (POW)<br />X{{DOW}}\n"
        "|commander2=Y [[Killed in action|†]]<br />{{Executed}} Z"
    )
    assert c.sides[1].belligerents[0].surrendered is True
    assert [(x.name, x.fate) for x in c.sides[0].commanders] == [
        ("Simon", "killed"),
        ("Peroz I", "killed"),
        ("Ney", "captured"),
        ("X", "died_of_wounds"),
    ]
    assert [(x.name, x.fate) for x in c.sides[1].commanders] == [("Y", "killed"), ("Z", "executed")]


@pytest.mark.parametrize(
    "value",
    [
        "{{plainlist|\n* Syria\n** Syrian Army\n* Russia}}",
        "{{ubl|Syria|Russia}}",
        "Syria<br>Russia",
        "Syria<br/>Russia",
        "*Syria\n*Russia",
        "{{collapsible list|title=Syria|Syrian Army}}\nRussia",
    ],
)
def test_list_forms_give_ordered_items(value: str) -> None:
    c = parse(f"|combatant1={value}|combatant2=B")
    assert [p.name for p in c.sides[0].belligerents] == ["Syria", "Russia"]


def test_children_from_double_bullets() -> None:
    c = parse("|combatant1=\n*Syria\n**Syrian Army\n***141st Regiment\n*Russia|combatant2=B")
    syria = c.sides[0].belligerents[0]
    assert syria.children[0].name == "Syrian Army"
    assert syria.children[0].children[0].name == "141st Regiment"


def test_refs_attach_by_key_and_resolve_page_wide() -> None:
    c = parse(
        '|combatant1=A<ref name="n1">{{cite news|title=T|work=W|date=3 April 2018}}</ref>'
        "|combatant2=B<ref>Hughes pg. 349</ref>"
        "|strength1=5,000<ref name=n1/>{{sfn|Smith|2001|p=4}}",
        "Text.<ref name=late>Defined late</ref>",
    )
    assert c.sides[0].belligerents[0].refs == ["n1"]
    assert c.sides[0].strength[0].refs == ["n1", "Smith 2001, p. 4"]
    by_key = {r.key: r for r in c.references}
    assert (by_key["n1"].title, by_key["n1"].work, by_key["n1"].date) == ("T", "W", "2018-04-03")
    key_b = c.sides[1].belligerents[0].refs[0]
    assert by_key[key_b].text == "Hughes pg. 349"
    assert by_key["late"].text == "Defined late"
    assert by_key["Smith 2001, p. 4"].text == "Smith 2001, p. 4"


def test_date_templates_and_circa() -> None:
    c = parse("|date={{start date|1864|7|30}} – {{end date|1864|8|2}}")
    assert c.date is not None and (c.date.start, c.date.end) == ("1864-07-30", "1864-08-02")
    c = parse("|date={{circa}} 1274 BC")
    assert c.date is not None and (c.date.start, c.date.approx) == ("-1274", True)
    c = parse("|date={{Start date|1265|08|04|df=y}}")
    assert c.date is not None and c.date.text == "4 August 1265"


def test_coordinates_convert_and_layout() -> None:
    c = parse(
        "|coordinates={{coord|54|33|36|N|31|25|48|E|display=inline,title}}"
        "|combatant1=A|combatant2=B|strength1={{convert|10|to|20|km}}"
        "|caption=<small>Map</small> of&nbsp;the <!-- hidden -->battle"
    )
    assert c.coordinates is not None and (c.coordinates.lat, c.coordinates.lon) == (54.56, 31.43)
    assert c.sides[0].strength[0].text == "10 to 20 km (6.2 to 12 mi)"  # as the page shows it
    assert c.caption == "Map of the battle"


def test_page_level_coordinates_are_used() -> None:
    c = wikiparse.parse(
        "{{Coord|52|6|N|1|56|W|display=title}}\n" + box("|conflict=X|combatant1=A|combatant2=B")
    )
    assert c.coordinates is not None and c.coordinates.lat == pytest.approx(52.1)


def test_joint_row_is_the_k_plus_one_column() -> None:
    c = parse("|combatant1=A|combatant2=B|casualties1=5 killed|casualties3=1 civilian killed")
    assert len(c.sides) == 2
    assert c.joint is not None and c.joint.casualties[0].low == 1
    three = parse("|combatant1=A|combatant2=B|combatant3=C|casualties3=7 killed")
    assert len(three.sides) == 3 and three.joint is None
    assert three.sides[2].casualties[0].low == 7


def test_supplementary_rows_join_their_side() -> None:
    c = parse("|combatant1=A|combatant1a=Supported by:\n*D|combatant2=B")
    # the header is a note on its members, never a party (assemble_groups)
    assert [(p.name, p.note) for p in c.sides[0].belligerents] == [
        ("A", None),
        ("D", "Supported by"),
    ]


def test_unknown_params_go_to_extra_and_unknown_templates_leave_issues() -> None:
    doc = wikiparse.extract(
        box(
            "|conflict=X|combatant1={{mystery|Shown text}}|combatant2=B|casus=Trade|map_type=Syria"
        ),
        format="wikitext",
    )
    assert doc.conflict is not None
    assert doc.conflict.extra == {"casus": "Trade", "map_type": "Syria"}
    assert doc.conflict.sides[0].belligerents[0].name == "Shown text"
    assert [(i.code, i.text) for i in doc.issues] == [("unknown-template", "mystery")]


def test_unknown_words_give_no_values() -> None:
    c = parse("|combatant1=A|combatant2=B|commander1=Unknown|strength1=Unknown|casualties2=N/A")
    assert c.sides[0].commanders == [] and c.sides[0].strength == []
    assert c.sides[1].casualties == []


def test_result_outcomes_and_status() -> None:
    c = parse("|result=Decisive victory<br>\n*Capitulation\n*End of rule|status=Ongoing")
    assert (c.result, c.outcomes) == ("Decisive victory", ["Capitulation", "End of rule"])
    assert c.extra == {"status": "Ongoing"}
    assert parse("|status=Ongoing").result == "Ongoing"


def test_body_sections_see_also_notices() -> None:
    c = parse(
        "|conflict=X",
        "{{One source|date=November 2018}}\nLead '''text''' with [[link|a link]].<ref>r</ref>\n"
        "== Background ==\n{{Main|Y}}\nFirst.\n\nSecond [http://x.org site].\n"
        "== See also ==\n* [[Battle of Y]]\n* Plain\n== References ==\n{{Reflist}}\n"
        "* {{cite book|title=Book|year=1990}}\n",
    )
    assert c.sections[0].paragraphs == ["Lead text with a link."]
    assert (c.sections[1].title, c.sections[1].paragraphs) == (
        "Background",
        ["First.", "Second site."],
    )
    assert [(x.text, x.page) for x in c.see_also] == [
        ("Battle of Y", "Battle of Y"),
        ("Plain", None),
    ]
    assert c.notices == [
        "This article relies largely or entirely on a single source. (November 2018)"
    ]
    assert c.references[-1].title == "Book" and c.references[-1].date == "1990"


def test_broken_markup_is_text_and_an_issue() -> None:
    doc = wikiparse.extract(box("|conflict=X|combatant1=A {{broken [[link|combatant2=B"))
    assert isinstance(doc, Document) and doc.conflict is not None
    for _, text in strings(doc.conflict.model_dump(mode="json")):
        assert "{{" not in text and "[[" not in text
