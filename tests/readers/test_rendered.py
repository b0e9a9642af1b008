"""The scrape family (``plaintext`` and ``mirror``) at the RawPage level: each infobox layout
(pipe rows, label lines, one ``key: value`` line per parameter), the cut of flattened side runs
and its ``sides-inferred`` Issue, and the chrome, citation residue and back matter removed.

The document-level tests (seed expectations, cross-format agreement) are in
``tests/test_scraped.py``; these check what the reader itself gives.
"""

from __future__ import annotations

import pytest

import wikiparse
from wikiparse.raw import RawItem, RawPage, RawValue
from wikiparse.readers import BY_NAME
from wikiparse.readers.rendered.side_cuts import settle_flag_cut

from ..conftest import CORPUS


def read(fmt: str, text: str) -> RawPage:
    raw = BY_NAME[fmt].read(text, "<test>")
    assert isinstance(raw, RawPage)
    return raw


def texts(value: RawValue) -> list[str]:
    return [item.text for item in value.items]


def issue_text(page: RawPage, code: str) -> str | None:
    (issue,) = [i for i in page.issues if i.code == code]
    return issue.text


# --- pipe rows (seed 000's layout) ------------------------------------------------------------

PIPE_TABLE = """\
This article relies largely or entirely on a single source. (May 2019) |
Battle of Suwayda (2018) | |||||||
---|---|---|---|---|---|---|---|
Part of the Syrian Civil War | |||||||
Suwayda map.svg | |||||||
Situation in July 2018 | |||||||
Date | 25 July – 19 November 2018 | ||||||
Location | As-Suwayda Governorate, Syria | ||||||
Result | Syrian government victory | ||||||
Belligerents | |||||||
Syria |
Islamic State of Iraq and the Levant | ||||||
Commanders and leaders | |||||||
Suheil al-Hassan[1] Ali Mamlouk |
Abu Hamza[2] | ||||||
Strength | |||||||
5,000[3] | 1,000–1,500 | ||||||
Casualties and losses | |||||||
110 killed[4] |
390 killed[5] | ||||||
258 civilians killed[6] |
The Battle of Suwayda was launched by ISIL on 25 July 2018 with a series of suicide bombings.[7]
On 19 November, the army captured the last ISIL positions in the Tulul al-Safa volcanic field.[8]
"""


def test_pipe_table_title_banner_and_single_fields() -> None:
    page = read("plaintext", PIPE_TABLE)
    assert page.title == "Battle of Suwayda (2018)"
    assert page.notices == [
        "This article relies largely or entirely on a single source. (May 2019)"
    ]
    box = page.infobox
    assert box["partof"].text == "Part of the Syrian Civil War"
    assert box["image"].files == ["Suwayda map.svg"]
    assert box["caption"].text == "Situation in July 2018"
    assert box["date"].text == "25 July – 19 November 2018"
    assert box["place"].text == "As-Suwayda Governorate, Syria"
    assert box["result"].text == "Syrian government victory"
    assert page.conflict_box and page.issues == []  # columns kept: nothing had to be inferred


def test_pipe_table_cells_are_columns_and_markers_split_items() -> None:
    box = read("plaintext", PIPE_TABLE).infobox
    assert (box["combatant1"].text, box["combatant2"].text) == (
        "Syria",
        "Islamic State of Iraq and the Levant",
    )
    # "Suheil al-Hassan[1] Ali Mamlouk": the marker is where one name ends
    assert texts(box["commander1"]) == ["Suheil al-Hassan", "Ali Mamlouk"]
    assert texts(box["commander2"]) == ["Abu Hamza"]
    assert (box["strength1"].text, box["strength2"].text) == ("5,000", "1,000–1,500")
    # a third cell under a two-column header is the full-width (joint) row
    assert [box[f"casualties{n}"].text for n in (1, 2, 3)] == [
        "110 killed",
        "390 killed",
        "258 civilians killed",
    ]


def test_pipe_table_body_follows_the_table_without_markers() -> None:
    page = read("plaintext", PIPE_TABLE)
    (lead,) = page.sections
    assert lead.title is None
    assert lead.paragraphs[1] == (
        "On 19 November, the army captured the last ISIL positions in the Tulul al-Safa "
        "volcanic field."
    )
    assert not any("[" in p for p in lead.paragraphs)


# --- label lines, the sides cut by evidence ----------------------------------------------------

MIRROR = """\
Battle of al-Qadam

Last updated

From Wikipedia, the free encyclopedia

Battle of al-Qadam
Part of the Syrian Civil War
2018 Qadam Offensive.svg
Map of the battle
Date12–20 March 2018
Location
al-Qadam, Syria
Result ISIL victory
Belligerents
Flag of Syria.svg Syrian Arab Republic
Flag of Syria 2011, observed.svg Free Syrian Army White flag icon.svg [1]
Commanders and leaders
Flag of Syria.svg Nidal Darwish
Flag of Syria 2011, observed.svg Abu Omar
Strength
1,500–2,500 Unknown [2]
Casualties and losses
62 killed [3] 17 killed
1 civilian killed

The Battle of al-Qadam started on 12 March 2018, when ISIL attacked rebel positions in the \
al-Qadam neighborhood of southern Damascus.[4] The rebels had agreed to evacuate.

Aftermath

Remove ads
The army retook the district in May 2018, after a month of fighting in the south of the city.[5]
{{cite news}}: |first= has generic name (help)

See also

Rif Dimashq offensive (February–April 2018)

Related Research Articles

<span class="mw-page-title-main">Army of Conquest</span> Joint command centre of rebel factions

The Army of Conquest was a joint command center of Sunni Islamist Syrian rebel factions.

References

1. ^ a b "Rebels leave al-Qadam". Reuters. 13 March 2018.
2. 1 2 "ISIL strength in Damascus". SOHR. 14 March 2018.
"""


@pytest.fixture(scope="module")
def mirror() -> RawPage:
    return read("mirror", MIRROR)


def test_label_lines_single_fields_glued_and_split(mirror: RawPage) -> None:
    box = mirror.infobox
    assert mirror.title == "Battle of al-Qadam"  # the repeat at the box's top is not the lead
    assert box["partof"].text == "Part of the Syrian Civil War"
    assert (box["image"].text, box["caption"].text) == (
        "2018 Qadam Offensive.svg",
        "Map of the battle",
    )
    assert box["date"].text == "12–20 March 2018"  # "Date12–20 March 2018": label glued on
    assert box["place"].text == "al-Qadam, Syria"  # the value on the line under its label
    assert box["result"].text == "ISIL victory"


def test_label_lines_sides_cut_by_flags_and_surrender(mirror: RawPage) -> None:
    box = mirror.infobox
    (syria,) = box["combatant1"].items
    (fsa,) = box["combatant2"].items
    assert (syria.text, syria.flags, syria.markers) == ("Syrian Arab Republic", ["Syria"], [])
    assert (fsa.text, fsa.flags, fsa.markers) == (
        "Free Syrian Army",
        ["Syria 2011, observed"],
        ["surrendered"],
    )
    # commanders follow the belligerents' flags
    assert (box["commander1"].text, box["commander2"].text) == ("Nidal Darwish", "Abu Omar")
    # a line of two figures is one per side; the line under it is the joint row
    assert (box["strength1"].text, box["strength2"].text) == ("1,500–2,500", "Unknown")
    assert [box[f"casualties{n}"].text for n in (1, 2, 3)] == [
        "62 killed",
        "17 killed",
        "1 civilian killed",
    ]
    inferred = issue_text(mirror, "sides-inferred")
    assert inferred == "combatant, commander, strength, casualties"


def test_mirror_chrome_residue_and_back_matter(mirror: RawPage) -> None:
    assert issue_text(mirror, "chrome-removed") is None  # counted, never quoted
    (chrome,) = [i for i in mirror.issues if i.code == "chrome-removed"]
    assert chrome.message.startswith("2 line(s)")  # "Last updated", "Remove ads"
    assert issue_text(mirror, "cs1-residue") == "cite news: first= has generic name"
    paragraphs = [p for s in mirror.sections for p in s.paragraphs]
    assert [s.title for s in mirror.sections] == [None, "Aftermath"]
    assert paragraphs[0].endswith("southern Damascus. The rebels had agreed to evacuate.")
    assert not any("Remove ads" in p or "(help)" in p or "[" in p for p in paragraphs)
    assert [link.text for link in mirror.see_also] == [
        "Rif Dimashq offensive (February–April 2018)"
    ]
    # related articles: the title in the span, never the summary beside or under it
    assert [link.text for link in mirror.related] == ["Army of Conquest"]
    assert [(r.key, r.text) for r in mirror.references] == [
        ("1", '"Rebels leave al-Qadam". Reuters. 13 March 2018.'),
        ("2", '"ISIL strength in Damascus". SOHR. 14 March 2018.'),
    ]
    assert all(r.rendered for r in mirror.references)


SHORT_HILLS = """\
Battle of Short Hills
Part of the American Revolutionary War
Date June 26, 1777
Location
Scotch Plains, New Jersey
Result
British victory
Belligerents
Flag of the United States (1777-1795).svg United States
Flag of Great Britain (1707-1800).svg Great Britain
Commanders and leaders
William Alexander
Thomas Conway
William Howe
Charles Cornwallis
Strength
2,500 11,000

The Battle of Short Hills was a conflict between a force of Americans commanded by William \
Alexander and an opposing British force commanded by William Howe, fought in June 1777.
"""


def test_a_run_nothing_cuts_is_left_out_with_an_issue() -> None:
    page = read("mirror", SHORT_HILLS)
    box = page.infobox
    assert (box["combatant1"].text, box["combatant2"].text) == ("United States", "Great Britain")
    assert (box["strength1"].text, box["strength2"].text) == ("2,500", "11,000")
    # four commanders with no flag and no gap: which side each led is not in the text
    assert not [key for key in box if key.startswith("commander")]
    (unknown,) = [i for i in page.issues if i.code == "side-unknown"]
    assert unknown.field == "commander"
    assert unknown.text == "William Alexander; Thomas Conway; William Howe; Charles Cornwallis"
    assert issue_text(page, "sides-inferred") == "combatant, strength"


def test_a_blank_line_between_the_groups_is_the_cut() -> None:
    page = read("mirror", SHORT_HILLS.replace("Thomas Conway\n", "Thomas Conway\n\n"))
    box = page.infobox
    assert texts(box["commander1"]) == ["William Alexander", "Thomas Conway"]
    assert texts(box["commander2"]) == ["William Howe", "Charles Cornwallis"]
    assert "side-unknown" not in [i.code for i in page.issues]
    assert issue_text(page, "sides-inferred") == "combatant, commander, strength"


def test_corpus_mirror_commanders_cut_by_flags_and_continued_figures() -> None:
    page = read("mirror", (CORPUS / "mirror" / "wikimili-battle-of-krasnoi.txt").read_text())
    box = page.infobox
    assert page.title == "Battle of Krasnoi"
    assert texts(box["commander1"]) == [
        "Napoleon I",
        "Louis Nicolas Davout",
        "Eugène de Beauharnais",
        "Michel Ney",
    ]
    assert all(item.flags == ["France"] for item in box["commander1"].items)
    assert texts(box["commander2"]) == ["Mikhail Illarionovich Kutuzov", "Mikhail Miloradovich"]
    # "42,000 regulars," goes on in "39,000 stragglers": one side's cell
    assert texts(box["strength1"]) == ["42,000 regulars", "39,000 stragglers"]
    assert texts(box["strength2"]) == ["60,000–80,000"]
    assert texts(box["casualties2"]) == ["2,000–5,000 killed and wounded"]
    assert "sides-inferred" in [i.code for i in page.issues]


def test_corpus_mirror_ally_with_its_own_flag_stays_on_its_side() -> None:
    page = read("mirror", (CORPUS / "mirror" / "wikimili-battle-of-krasnoi.txt").read_text())
    assert "Duchy of Warsaw" not in texts(page.infobox["combatant2"])
    assert texts(page.infobox["combatant1"]) == ["First French Empire"]
    unknown = [i for i in page.issues if i.code == "side-unknown"]
    assert [i.text for i in unknown] == ["Duchy of Warsaw"]


def _flagged(*pairs: str) -> list[RawItem]:
    """ "F:Napoleon" -> an item under flag F."""
    return [RawItem(text=p.split(":")[1], flags=[p.split(":")[0]]) for p in pairs]


@pytest.mark.parametrize(
    ("parties", "commanders", "want"),
    [
        # the commanders cut once (F | R): either side fits P, left out
        (["F:France", "P:Poland", "R:Russia"], ["F:N", "F:D", "R:K"],
         ("France", "Russia", "Poland")),
        # the commanders cut once (F, P | R): the belligerents are re-cut after Poland
        (["F:France", "P:Poland", "R:Russia"], ["F:N", "P:J", "F:D", "R:K"],
         ("France Poland", "Russia", "")),
        # the commanders cut in two places (F | R | H): they tell nothing; the first cut stands
        (["F:France", "R:Russia", "A:Austria"], ["F:N", "R:K", "H:W"], None),
    ],
)  # fmt: skip
def test_belligerents_cut_checked_against_the_commanders_flags(
    parties: list[str], commanders: list[str], want: tuple[str, str, str] | None
) -> None:
    out = {"combatant1": RawValue("first"), "combatant2": RawValue("second")}
    runs = {"combatant": _flagged(*parties), "commander": _flagged(*commanders)}
    issues = settle_flag_cut(out, runs)
    if want is None:
        assert (out["combatant1"].text, out["combatant2"].text, issues) == ("first", "second", [])
        return
    got = [" ".join(texts(out["combatant1"])), " ".join(texts(out["combatant2"]))]
    assert (*got, " ".join(i.text or "" for i in issues)) == want


def test_corpus_mirror_coordinates_line_is_not_a_heading() -> None:
    page = read("mirror", (CORPUS / "mirror" / "wikimili-battle-of-krasnoi.txt").read_text())
    assert not any((s.title or "").startswith("Coordinates") for s in page.sections)
    assert page.infobox["coordinates"].text.startswith("54°33′36″N")  # the box's, read


def test_coordinates_line_above_a_german_box_is_the_box_coordinates() -> None:
    """A copy that prints "Koordinaten: …" as its first line, above the title."""
    text = (CORPUS.parent / "i18n" / "de" / "richxsearch-schlacht-von-cannae.txt").read_text()
    page = read("plaintext", text)
    assert page.infobox["coordinates"].text == "41° 18′ 23″ N, 16° 7′ 57″ O"
    assert not any((s.title or "").startswith("Koordinaten") for s in page.sections)


def test_corpus_pipe_table_map_caption_is_not_a_casualty() -> None:
    text = (CORPUS / "plaintext" / "kiwix-datana-battle-of-ayacucho.txt").read_text()
    page = read("plaintext", text)
    assert "casualties3" not in page.infobox
    assert page.infobox["casualties2"].text.startswith("1,800 killed")


def test_corpus_pipe_table_with_cells_continued_over_lines() -> None:
    text = (CORPUS / "plaintext" / "kiwix-datana-battle-of-ayacucho.txt").read_text()
    box = read("plaintext", text).infobox
    # "Patriots:" then a line "|": a cell whose closing pipe came on the next line
    assert (box["combatant1"].text, box["combatant2"].text) == (
        "Patriots:",
        "Royalists: Spanish Empire",
    )
    assert texts(box["commander2"]) == ["José la Serna (WIA)", "José de Canterac"]
    assert (box["strength1"].text, box["strength2"].text) == ("5,780–8,500", "6,906–9,310")


# --- one "key: value" line per parameter ------------------------------------------------------


def test_flat_params_current_render() -> None:
    text = (CORPUS / "plaintext" / "enwiki-render-battle-of-krasnoi.txt").read_text()
    page = read("plaintext", text)
    box = page.infobox
    assert page.title == "Battle of Krasnoi"  # "= Battle of Krasnoi =" above the box
    assert box["conflict"].text == "Battle of Krasnoi"
    assert box["partof"].text == "the French invasion of Russia"
    # "France, Kingdom of Westphalia , Duchy of Warsaw , Kingdom of Italy": a names row's commas
    assert texts(box["combatant1"]) == [
        "France",
        "Kingdom of Westphalia",
        "Duchy of Warsaw",
        "Kingdom of Italy",
    ]
    # "A | B | C": one commander per piece (the render ran the first two together)
    assert texts(box["commander1"])[1:3] == ["Jean-Baptiste Bessières", "François Joseph Lefebvre"]
    # a figures row splits at a comma before a figure, not inside "killed, wounded or drowned"
    assert texts(box["strength1"]) == ["41,500 combatants", "35,000 stragglers"]
    assert texts(box["casualties1"])[0].startswith("5,000 to 13,000 killed, wounded or drowned")
    assert page.sections[0].paragraphs[0].startswith("The Battle of Krasnoi (at Krasny")


def test_flat_params_old_copy_with_inline_citations() -> None:
    text = (CORPUS / "plaintext" / "en-academic-battle-of-short-hills.txt").read_text()
    page = read("plaintext", text)
    box = page.infobox
    assert page.title == "Battle of Short Hills"  # "- Battle of Short Hills" above the box
    # "result=Tactical British Victory" continued on the next line
    assert texts(box["result"]) == ["Tactical British Victory", "Strategic American Victory"]
    assert texts(box["commander2"]) == ["General William Howe", "General Charles Cornwallis"]
    assert texts(box["strength2"]) == ["15,000+ (4,000 engaged)"]
    # "70 captured [Martin, David G., …; page 26] .": the inline citation is cut off
    assert texts(box["casualties1"]) == ["Killed and wounded unknown", "70 captured"]
    assert texts(box["casualties2"]) == ["5 killed", "30 wounded"]
    assert "caption" not in box
    (lost,) = [i for i in page.issues if i.code == "value-lost"]
    assert lost.field == "caption"  # "caption=" with nothing after it
    assert (issue_text(page, "markup-residue") or "").startswith("70 captured [Martin, David G.")


def test_flat_params_need_three_rows() -> None:
    """A lone "Date: …" line is prose, not an infobox."""
    text = "Battle of Nowhere\n\nDate: 3 May 1800\n\nThe battle was fought on 3 May 1800.\n"
    page = read("plaintext", text)
    assert "date" not in page.infobox
    assert not page.conflict_box


@pytest.mark.parametrize(
    ("text", "name", "date"),
    [
        (  # a concept list: each entry's title, then the start of its page's source
            "Alliés de la Seconde Guerre mondialeLes Alliés sont l'ensemble des pays.\n"
            "Bataille de VerdunInfobox Conflit militaire | date = 21 février 1916 | lieu = "
            "Verdun | belligérants1 = France\nNeutralitéLa neutralité désigne …\n",
            "Bataille de Verdun",
            "1916-02-21",
        ),
        (
            "Battle of HastingsInfobox military conflict | conflict = Battle of Hastings | "
            "date = 14 October 1066 | place = Senlac Hill\n",
            "Battle of Hastings",
            "1066-10-14",
        ),
    ],
)
def test_leaked_infobox_glued_to_its_title(text: str, name: str, date: str) -> None:
    """Wikitext of a conflict box leaked into a rendered list with its braces stripped: the
    title glued before it names the conflict; the box's pieces are its fields."""
    conflict = wikiparse.parse(text, format="plaintext")
    assert conflict.name == name
    assert conflict.date is not None and conflict.date.start == date
    assert conflict.sections == []  # the other entries are other pages


def test_leaked_infobox_of_another_page_is_not_the_pages_own() -> None:
    """A page with a box of its own keeps it when a "related articles" entry below shows
    another conflict's leaked infobox (it took the page's name, date and sides before)."""
    text = (
        "Battle of Evesham\n\nDate 4 August 1265\nLocation Evesham, Worcestershire\n"
        "Result Royal victory\nBelligerents\nRoyal forces Baronial forces\n\n"
        "The Battle of Evesham was one of the two main battles of the Second Barons' War.\n\n"
        "Related articles\n\nBattle of LewesInfobox military conflict | conflict = Battle of "
        "Lewes | date = 14 May 1264 | place = Lewes, Sussex\n"
    )
    conflict = wikiparse.parse(text, format="plaintext")
    assert conflict.name == "Battle of Evesham"
    assert conflict.date is not None and conflict.date.start == "1265-08-04"
