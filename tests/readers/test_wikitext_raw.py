"""The wikitext reader at the RawPage level: what ``read`` gives for an infobox (templates,
links, refs, flags, fates, lists), the article around it (lead, sections, See also, references,
notices, categories, coordinates) and the pages that are not a conflict's.

The parser's node shapes: ``test_wikitext_parse.py``; documents: ``test_wikitext.py``.
"""

from __future__ import annotations

import pytest

from wikiparse.raw import RawPage, RawValue
from wikiparse.readers import BY_NAME

from ..conftest import CORPUS


def read(text: str) -> RawPage:
    raw = BY_NAME["wikitext"].read(text, "<test>")
    assert isinstance(raw, RawPage)
    return raw


def texts(value: RawValue) -> list[str]:
    return [item.text for item in value.items]


PAGE = """\
{{Short description|Battle of the Syrian civil war}}
{{Refimprove|date=May 2019}}
{{Infobox military conflict
| conflict    = Battle of Raqqa (2017)
| partof      = the [[Syrian civil war]]
| image       = Raqqa 2017.jpg
| caption     = SDF fighters in Raqqa
| date        = 6 June – 17 October 2017
| place       = [[Raqqa]], [[Syria]]
| coordinates = {{coord|35|57|N|39|01|E|display=inline,title}}
| result      = SDF victory
* SDF captures Raqqa
| combatant1  = {{flagicon image|Flag of Rojava.svg}} [[Syrian Democratic Forces]]<ref \
name="sdf">{{cite news |title=SDF enters Raqqa |work=Reuters |date=6 June 2017 \
|url=https://www.reuters.com/article/raqqa-sdf}}</ref>
* [[People's Protection Units|YPG]]
{{flag|United States}}
| combatant2  = {{flag|Islamic State of Iraq and the Levant|name=Islamic State}} {{surrender}}
| commander1  = {{plainlist|
* [[Rojda Felat]]
* [[Talal Silo]]
}}
| commander2  = [[Abu Muhammad al-Adnani]] {{KIA}}<ref name="sdf"/>
| strength1   = 30,000–40,000
| casualties1 = 655 killed
| casualties2 = 1,400 killed
| casualties3 = 1,130 civilians killed<ref>SOHR, 17 October 2017.</ref>
| notes       =
}}
The '''Battle of Raqqa''' was fought by the [[Syrian Democratic Forces]] against the \
[[Islamic State]] in [[Raqqa]] in 2017.<ref name="sdf"/>

== Background ==
The offensive began on 6 June 2017.{{citation needed|date=June 2017}}

=== Siege ===
The old city was encircled on 3 September.

== See also ==
* [[Battle of Mosul (2016–2017)]]

== References ==
{{Reflist}}

[[Category:Battles of the Syrian civil war]]
[[Category:Conflicts in 2017]]
"""


@pytest.fixture(scope="module")
def page() -> RawPage:
    return read(PAGE)


def test_single_fields(page: RawPage) -> None:
    box = page.infobox
    assert page.conflict_box and page.other_boxes == []
    assert box["conflict"].text == "Battle of Raqqa (2017)"
    assert box["partof"].text == "the Syrian civil war"
    assert [link.page for link in box["partof"].links] == ["Syrian civil war"]
    assert box["image"].text == "Raqqa 2017.jpg"
    assert box["date"].text == "6 June – 17 October 2017"
    assert box["place"].text == "Raqqa, Syria"
    assert [link.page for link in box["place"].links] == ["Raqqa", "Syria"]
    assert box["coordinates"].text == "35°57′N 39°01′E"  # {{coord}} as a page shows it
    (victory,) = box["result"].items
    assert (victory.text, [c.text for c in victory.children]) == (
        "SDF victory",
        ["SDF captures Raqqa"],
    )
    assert "notes" not in box  # an empty parameter is no field


def test_side_fields_flags_links_refs_and_fates(page: RawPage) -> None:
    box = page.infobox
    sdf, usa = box["combatant1"].items
    assert (sdf.text, sdf.flags, sdf.refs) == ("Syrian Democratic Forces", ["Rojava"], ["sdf"])
    (ypg,) = sdf.children
    assert (ypg.text, ypg.links[0].page) == ("YPG", "People's Protection Units")
    assert (usa.text, usa.flags) == ("United States", ["United States"])  # {{flag|…}}
    (isil,) = box["combatant2"].items
    assert (isil.text, isil.markers) == ("Islamic State", ["surrendered"])  # name=, {{surrender}}
    assert isil.links[0].page == "Islamic State of Iraq and the Levant"
    assert texts(box["commander1"]) == ["Rojda Felat", "Talal Silo"]  # {{plainlist}}
    (adnani,) = box["commander2"].items
    assert (adnani.text, adnani.markers, adnani.refs) == (
        "Abu Muhammad al-Adnani",
        ["killed"],
        ["sdf"],
    )  # {{KIA}}, and the reused named ref
    assert box["casualties3"].text == "1,130 civilians killed"


def test_references_from_the_infobox_and_the_body(page: RawPage) -> None:
    refs = {ref.key: ref for ref in page.references}
    assert list(refs) == ["sdf", "ref-1"]  # a named ref once, however often reused
    assert refs["sdf"].fields == {
        "title": "SDF enters Raqqa",
        "work": "Reuters",
        "date": "6 June 2017",
        "url": "https://www.reuters.com/article/raqqa-sdf",
    }
    assert refs["ref-1"].text == "SOHR, 17 October 2017."
    assert page.infobox["casualties3"].items[0].refs == ["ref-1"]


def test_article_around_the_infobox(page: RawPage) -> None:
    assert page.lead_name == "Battle of Raqqa"
    assert [(s.title, s.level) for s in page.sections] == [
        (None, 0),
        ("Background", 2),
        ("Siege", 3),
    ]
    assert page.sections[0].paragraphs == [
        "The Battle of Raqqa was fought by the Syrian Democratic Forces against the Islamic "
        "State in Raqqa in 2017."
    ]
    assert page.sections[1].paragraphs == ["The offensive began on 6 June 2017."]
    assert [(link.text, link.page) for link in page.see_also] == [
        ("Battle of Mosul (2016–2017)", "Battle of Mosul (2016–2017)")
    ]
    assert page.notices == ["This article needs additional citations for verification. (May 2019)"]
    assert page.categories == ["Battles of the Syrian civil war", "Conflicts in 2017"]
    assert page.issues == []


def test_unknown_template_keeps_its_first_parameter_and_says_so() -> None:
    raw = read("{{Infobox military conflict\n|combatant1=A {{Rebel flagx|Foo}}\n|combatant2=B\n}}")
    assert raw.infobox["combatant1"].text == "A Foo"
    (issue,) = raw.issues
    assert (issue.code, issue.text) == ("unknown-template", "rebel flagx")


def test_infobox_name_variants_are_the_conflict_box() -> None:
    raw = read("{{Infobox Military Conflict\n|conflict=X\n|Combatant1=A\n|combatant2=B\n}}")
    assert raw.conflict_box
    assert list(raw.infobox) == ["conflict", "combatant1", "combatant2"]


# --- the corpus: an XML-escaped page from a dump ----------------------------------------------


def test_corpus_escaped_page() -> None:
    raw = read((CORPUS / "wikitext" / "battle-of-the-crater.txt").read_text())
    box = raw.infobox
    assert box["date"].text == "July 30, 1864"  # {{Start date|1864|7|30}}
    assert box["result"].text == "Confederate victory"
    assert box["result"].items[0].refs == ["NPS"]  # "&lt;ref name=NPS/&gt;"
    assert texts(box["commander1"]) == ["Ambrose E. Burnside", "James Ledlie"]  # &lt;br/&gt;
    assert box["commander1"].links[0].page == "Ambrose Burnside"
    assert texts(box["casualties1"]) == [
        "3,798 total",
        "504 killed",
        "1,881 wounded",
        "1,413 missing or captured",
    ]
    assert box["strength2"].items[0].refs == ["cwsac"]
    assert box["campaignbox"].text == "Campaignbox Richmond-Petersburg Campaign"
    assert raw.coordinates == "37.2183°N 77.3777°W"
    assert raw.lead_name == "Battle of the Crater"
    assert "Conflicts in 1864" in raw.categories


def test_image_given_as_a_file_link() -> None:
    raw = read("{{Infobox military conflict\n|image=[[File:Raqqa 2017.jpg|300px]]\n}}")
    assert "image" in raw.infobox
    assert raw.infobox["image"].files == ["Raqqa 2017.jpg"]


# --- not a conflict's page --------------------------------------------------------------------


def test_another_infobox_is_named() -> None:
    raw = read("{{Infobox settlement\n|name=Raqqa\n|country=Syria\n}}\n'''Raqqa''' is a city.\n")
    assert not raw.conflict_box and raw.infobox == {}
    assert raw.other_boxes == ["infobox settlement"]
    assert raw.lead_name == "Raqqa"


def test_redirect_and_disambiguation() -> None:
    assert read("#REDIRECT [[Battle of Raqqa (2017)]]\n\n{{R from move}}").redirect == (
        "Battle of Raqqa (2017)"
    )
    dab = read(
        "'''Battle of Raqqa''' may refer to:\n* [[Battle of Raqqa (2013)]]\n"
        "* [[Battle of Raqqa (2017)]]\n\n{{disambiguation}}"
    )
    assert dab.disambiguation and not dab.conflict_box and dab.redirect is None
