"""The frontmatter reader at the RawPage level: a wtf_wikipedia-style export (``infoboxes:``
with text and links per field), the older export that hides the infobox among its ``tags``,
the markdown body, and what a broken head gives (an Issue, never an exception).

Unsafe YAML (python tags, alias bombs) at the document level: ``tests/test_edges.py``.
"""

from __future__ import annotations

from typing import Any

import pytest

from wikiparse.raw import RawPage, RawValue
from wikiparse.readers import BY_NAME, frontmatter

from ..conftest import CORPUS

EXPORT = """\
---
title: Southern Damascus offensive (March 2018)
lang: fr
shortDescription: Military operation
updated: 2018-02-30
img: https://upload.wikimedia.org/wikipedia/commons/e/e5/2018_Qadam_Offensive.svg
infoboxes:
  - conflict:
      text: Southern Damascus offensive (March 2018)
    partof:
      text: the Syrian Civil War
      links:
        - type: internal
          page: Syrian Civil War
    date:
      text: 12–20 March 2018
    place:
      text: al-Qadam, Syria
      links:
        - text: al-Qadam
          type: internal
          page: Qadam
    status:
      text: |-
        ISIL victory
        *ISIL takes control of 90% of al-Qadam
        *Rebels abandon al-Qadam
    combatant1:
      text: Islamic State of Iraq and the Levant
      links:
        - type: internal
          page: Islamic State of Iraq and the Levant
    Combatant2:
      text: |-
        Syria
        * Syrian Armed Forces
         Free Syrian Army (12 March only)
      links:
        - type: internal
          page: Syria
        - type: external
          page: https://example.org/fsa
        - type: internal
          page: Free Syrian Army
    commander2:
      text: Nidal Darwish[1]
    casualties2:
      text: |-
        116 killed (per SOHR)
         175 killed (per ISIL)
---

The **Southern Damascus offensive (March 2018)** started on 12 March 2018, when \
[ISIL](https://en.wikipedia.org/wiki/ISIL) began attacking rebel positions in al-Qadam.[1]

![Map](https://upload.wikimedia.org/map.svg)

## Offensive
On 14 March, ISIL launched an assault against Syrian Army positions in al-Qadam, managing to \
__advance slightly__.

## See also
 * Rif Dimashq offensive (February–April 2018)

## References[object Object]
[object Object]
[object Object]
"""


def read(text: str) -> RawPage:
    raw = BY_NAME["frontmatter"].read(text, "<test>")
    assert isinstance(raw, RawPage)
    return raw


def texts(value: RawValue) -> list[str]:
    return [item.text for item in value.items]


def codes(page: RawPage) -> list[str]:
    return [issue.code for issue in page.issues]


@pytest.fixture(scope="module")
def export() -> RawPage:
    return read(EXPORT)


def test_title_language_and_single_fields(export: RawPage) -> None:
    assert export.title == "Southern Damascus offensive (March 2018)"
    assert export.language == "fr"
    assert export.conflict_box
    box = export.infobox
    assert box["conflict"].text == "Southern Damascus offensive (March 2018)"
    assert box["date"].text == "12–20 March 2018"
    assert [(link.text, link.page) for link in box["place"].links] == [("al-Qadam", "Qadam")]
    assert [link.page for link in box["partof"].links] == ["Syrian Civil War"]


def test_star_lines_are_children(export: RawPage) -> None:
    (status,) = export.infobox["status"].items
    assert status.text == "ISIL victory"
    assert [c.text for c in status.children] == [
        "ISIL takes control of 90% of al-Qadam",
        "Rebels abandon al-Qadam",
    ]


def test_side_fields_items_links_and_markers(export: RawPage) -> None:
    box = export.infobox
    # "Combatant2" is the same parameter as "combatant2"
    syria, fsa = box["combatant2"].items
    assert (syria.text, [c.text for c in syria.children]) == ("Syria", ["Syrian Armed Forces"])
    assert fsa.text == "Free Syrian Army (12 March only)"
    assert "Free Syrian Army" in [link.page for link in fsa.links]
    # an external link is not a page of the wiki
    assert [link.page for link in box["combatant2"].links] == ["Syria", "Free Syrian Army"]
    assert texts(box["commander2"]) == ["Nidal Darwish"]  # "[1]" removed
    assert texts(box["casualties2"]) == ["116 killed (per SOHR)", "175 killed (per ISIL)"]


def test_page_keys_image_and_extra_scalars(export: RawPage) -> None:
    box = export.infobox
    # the image URL gives the file name when the infobox names none
    assert box["image"].files == ["2018 Qadam Offensive.svg"]
    assert box["short_description"].text == "Military operation"  # camelCase to snake_case
    assert box["updated"].text == "2018-02-30"  # not a day: kept as text, and said
    assert "title" not in box and "img" not in box


def test_issues_bad_scalars_and_object_residue(export: RawPage) -> None:
    assert codes(export) == ["unparsed-value", "object-residue"]
    assert export.issues[0].text == "2018-02-30"
    assert export.issues[1].message.startswith("3 entries")  # three "[object Object]"


def test_markdown_body(export: RawPage) -> None:
    assert [(s.title, s.level) for s in export.sections] == [(None, 0), ("Offensive", 2)]
    lead, offensive = (s.paragraphs for s in export.sections)
    # bold, links and images unwrapped; the marker gone
    assert lead == [
        "The Southern Damascus offensive (March 2018) started on 12 March 2018, when ISIL began "
        "attacking rebel positions in al-Qadam."
    ]
    assert offensive[0].endswith("managing to advance slightly.")
    assert [link.text for link in export.see_also] == [
        "Rif Dimashq offensive (February–April 2018)"
    ]
    assert export.references == []  # the references were exported as "[object Object]"


@pytest.mark.parametrize("loader", frontmatter.LOADERS, ids=lambda c: c.__name__)
def test_both_yaml_loaders_read_the_same(
    loader: Any, export: RawPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    """libyaml's loader (when PyYAML has it) and the pure-Python one give one page."""
    monkeypatch.setattr(frontmatter, "LOADER", loader)
    assert read(EXPORT) == export


def test_tags_export_gives_columns_part_of_and_categories() -> None:
    """The older export: no ``infoboxes``; the belligerent columns are the multi-line tags."""
    page = read((CORPUS / "frontmatter" / "2016-khanasir-offensive.txt").read_text())
    box = page.infobox
    assert page.title == "2016 Khanasir offensive"  # from "subject"
    first = box["combatant1"].items
    assert first[0].text == "Syrian Arab Republic"
    assert [c.text for c in first[0].children] == [
        "Syrian Army",
        "Syrian Air Force",
        "National Defence Forces",
    ]
    quds = next(i for i in first if i.text == "al-Quds Brigades")
    assert quds.flags == ["Emblem of Liwa Al-Quds"]  # "Emblem of Liwa Al-Quds.svg al-Quds …"
    russia = next(i for i in first if i.text == "Russia")
    assert (russia.flags, [c.text for c in russia.children]) == (["Russia"], ["Aerospace Forces"])
    assert texts(box["combatant2"])[:2] == [
        "Islamic State of Iraq and the Levant (ISIL)",
        "Jund al-Aqsa",
    ]
    assert box["partof"].text.startswith("the Syrian Civil War and the Russian military")
    assert box["categories"].text.startswith("February 2016 events in Syria; ")
    assert (box["date"].text, box["place"].text) == (
        "21–29 February 2016",
        "Aleppo Governorate, Syria",
    )
    assert box["image"].files == ["Ithriyah-Raqqa .svg"]  # "/FileIthriyah-Raqqa_.svg"
    assert [s.title for s in page.sections] == [None, "The offensive", "Aftermath"]
    assert [link.text for link in page.see_also] == [
        "Battle of Aleppo (2012–2016)",
        "Northern Aleppo offensive (2016)",
        "East Aleppo offensive (2015–16)",
    ]
    assert page.issues[0].code == "object-residue"
    assert page.issues[0].message.startswith("56 entries")


@pytest.mark.parametrize(
    ("head", "message"),
    [
        ("- a list\n- not a mapping", "front matter is not a mapping"),
        ("title: [unclosed", "front matter refused"),
    ],
    ids=["list", "broken"],
)
def test_a_head_that_is_not_a_mapping_is_refused_with_an_issue(head: str, message: str) -> None:
    page = read(f"---\n{head}\n---\n\nThe Battle of X was fought in 1800.\n")
    (issue,) = page.issues
    assert issue.code == "invalid-frontmatter" and issue.message.startswith(message)
    assert page.infobox == {} and not page.conflict_box
    assert page.sections[0].paragraphs == ["The Battle of X was fought in 1800."]


def test_an_unclosed_fence_is_all_body() -> None:
    page = read("---\ntitle: Battle of X\n\nThe Battle of X was fought in 1800.\n")
    assert page.title is None and page.infobox == {} and page.issues == []
    assert frontmatter.split_front_matter("---\ntitle: X\n") == ("", "---\ntitle: X\n")
