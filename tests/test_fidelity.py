"""Right or flagged: the table-driven rows of tests/cases/fidelity.yaml, class by class."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

import wikiparse
from wikiparse import Conflict, Document

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "fidelity.yaml").read_text("utf-8"))
BOX = "{{Infobox military conflict|conflict=Battle of X|combatant1=A|combatant2=B|%s}}"


def read(param: str, value: str, box: str = BOX) -> tuple[Conflict, Document]:
    doc = wikiparse.extract(box % f"{param}={value}")
    assert doc.conflict is not None
    return doc.conflict, doc


def rows(name: str) -> Any:
    return pytest.mark.parametrize("row", CASES[name], ids=[str(r)[:60] for r in CASES[name]])


@rows("date_ranges")
def test_date_ranges_keep_both_ends(row: dict[str, str]) -> None:
    conflict, doc = read("date", row["date"])
    assert conflict.date is not None
    assert (conflict.date.start, conflict.date.end) == (row["start"], row["end"])
    if "issue" in row:
        assert row["issue"] in [i.code for i in doc.issues]


def _check_figure(row: dict[str, Any]) -> None:
    conflict, _ = read("casualties1", row["casualties"])
    (figure,) = conflict.sides[0].casualties
    assert figure.low == row["low"] and figure.kind == row["kind"]
    assert figure.high == row.get("high", row["low"])
    if "what" in row:
        assert figure.what == row["what"]


@rows("casualty_kinds")
def test_casualty_kinds(row: dict[str, Any]) -> None:
    _check_figure(row)


@rows("figure_ranges")
def test_figure_ranges(row: dict[str, Any]) -> None:
    _check_figure(row)


@rows("flags")
def test_flags_name_their_entity(row: dict[str, str]) -> None:
    box = BOX.replace("combatant1=A", "combatant1=" + row["combatant"].replace("%", "%%"))
    conflict = wikiparse.parse(box % "x=1")
    (party,) = conflict.sides[0].belligerents
    assert (party.name, party.flag) == (row["name"], row["flag"])


@rows("result_lines")
def test_result_lines(row: dict[str, Any]) -> None:
    conflict, _ = read("result", row["result"])
    assert (conflict.result, conflict.outcomes) == (row["head"], row["outcomes"])


@rows("group_headers")
def test_group_headers_and_note_lines(row: dict[str, Any]) -> None:
    _check_people(row)


@rows("ranks_and_titles")
def test_ranks_and_titles(row: dict[str, Any]) -> None:
    _check_people(row)


def _check_people(row: dict[str, Any]) -> None:
    if "combatant" in row:
        param, value, box = "combatant1", row["combatant"], BOX.replace("combatant1=A|", "")
    else:
        param, value, box = "commander1", row["commander"], BOX
    conflict, doc = read(param, value, box)
    side = conflict.sides[0]
    if "parties" in row:
        assert [[p.name, p.note] for p in side.belligerents] == row["parties"]
    if "children" in row:
        assert [c.name for c in side.belligerents[0].children] == row["children"]
    if "commanders" in row:
        assert [[c.name, c.rank, c.note] for c in side.commanders] == row["commanders"]
    if "issue" in row:
        assert row["issue"] in [i.code for i in doc.issues]


CORPUS_DOCS = [
    *sorted((Path(__file__).parent.parent / "seeds").glob("*.txt")),
    *sorted((Path(__file__).parent / "corpus").rglob("*.txt")),
    *sorted((Path(__file__).parent / "corpus").rglob("*.html")),
    *sorted(p for p in (Path(__file__).parent / "i18n").glob("*.wikitext")),
]


@pytest.mark.parametrize("path", CORPUS_DOCS, ids=lambda p: p.name)
def test_no_header_or_rank_is_a_name(path: Path) -> None:
    """Every corpus Document: no party or commander named after a header or ending in ":",
    no name starting with a rank or title word. (A side whose one entry is "Allies", with no
    members, is named by it: World War II's box reads "Allies" | "Axis".)"""
    from wikiparse import vocab

    conflict = wikiparse.extract(path).conflict
    if conflict is None:
        return
    parties, commanders = [], []
    for side in [*conflict.sides, *([conflict.joint] if conflict.joint else [])]:
        named = len(side.belligerents) == 1 and not side.belligerents[0].children
        stack = [*side.belligerents[named:], *side.units]
        while stack:
            party = stack.pop()
            parties.append(party.name)
            stack.extend(party.children)
        commanders.extend(c.name for c in side.commanders)
    for name in [*parties, *commanders]:
        assert not name.endswith(":") and name.lower() not in vocab.GROUP_HEADERS, name
    for name in commanders:  # a peer's style is a name: "Duke of Wellington", "Lord Stirling"
        rank = next((r for r in vocab.RANKS if name.startswith(r + " ")), None)
        rest = name[len(rank or "") :].strip()
        peerage = rank in vocab.PEERAGE_TITLES or rest.startswith("of ")
        assert rank is None or peerage, name


def _people(conflict: Conflict) -> list[str]:
    """Every party, unit and commander name of a conflict, children included."""
    names: list[str] = []
    for side in [*conflict.sides, *([conflict.joint] if conflict.joint else [])]:
        stack = [*side.belligerents, *side.units]
        while stack:
            party = stack.pop()
            names.append(party.name)
            stack.extend(party.children)
        names.extend(c.name for c in side.commanders)
    return names


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


BULLET_STARTS = ("•", "·", "▪", "◦", "‣", "●", "– ", "— ", "- ", "* ")
# A range as the page writes one: two bare numbers joined by a dash or "to" (no unit between).
WRITTEN_RANGE = re.compile(r"(?P<a>\d[\d,.]*)\s*(?:–|—|−|-|to|～|~)\s*(?P<b>\d[\d,.]*)")


@pytest.mark.parametrize("path", CORPUS_DOCS, ids=lambda p: p.name)
def test_names_strings_and_ranges_are_whole(path: Path) -> None:
    """Every corpus Document (issue 30): no name starts with a lower-case word (but a name
    particle: "al-Quds Brigades", "de Gaulle"), "of" or a hyphen; no string of the record
    starts with a list bullet; no range joins figures of two units ("15,000 - 3 Roman
    legions" is two figures): its ends are bare numbers joined by a dash, low first or close."""
    from wikiparse import vocab

    conflict = wikiparse.extract(path).conflict
    if conflict is None:
        return
    for name in _people(conflict):
        first = name.split(" ", 1)[0]
        particle = first.lower() in vocab.NAME_PARTICLES or (
            "-" in first and first.split("-", 1)[0].lower() in vocab.NAME_PARTICLES
        )
        assert not name.startswith(("of ", "-", "–")), name
        assert not first[:1].islower() or particle, name
    for text in _strings(conflict.model_dump()):
        assert not text.startswith(BULLET_STARTS), text
    for side in [*conflict.sides, *([conflict.joint] if conflict.joint else [])]:
        for q in [*side.strength, *side.casualties]:
            if q.low is None or q.high is None or q.low == q.high:
                continue
            written = WRITTEN_RANGE.search(re.sub(r"\([^()]*\)", " ", q.text))
            assert written is not None, q.text
            a, b = (int(re.sub(r"[,.]", "", written.group(k)) or 0) for k in "ab")
            assert a < 10 * b, q.text


@rows("breakdowns")
def test_totals_and_their_parts(row: dict[str, Any]) -> None:
    param, key = ("strength1", "strength") if "strength" in row else ("casualties1", "casualties")
    conflict, _ = read(param, row[key])
    figures = getattr(conflict.sides[0], key)
    assert [[q.low, q.kind, q.part_of] for q in figures] == row["figures"]


@pytest.mark.parametrize("path", CORPUS_DOCS, ids=lambda p: p.name)
def test_every_part_points_at_an_earlier_total(path: Path) -> None:
    conflict = wikiparse.extract(path).conflict
    if conflict is None:
        return
    for side in [*conflict.sides, *([conflict.joint] if conflict.joint else [])]:
        for figures in (side.strength, side.casualties):
            for i, q in enumerate(figures):
                if q.part_of is not None:
                    assert q.part_of < i and figures[q.part_of].kind == "total", (i, q)


@rows("two_dates_one_kept")
def test_two_dates_one_kept_is_flagged(row: dict[str, Any]) -> None:
    conflict, doc = read("date", row["date"])
    assert conflict.date is not None and conflict.date.start == row["start"]
    codes = [i.code for i in doc.issues]
    assert (row["issue"] in codes) if row["issue"] else ("date-kept-one" not in codes)


FOUR_DIGITS = re.compile(r"(?<!\d)\d{4}(?!\d)")


@pytest.mark.parametrize("path", CORPUS_DOCS, ids=lambda p: p.name)
def test_two_dates_give_a_range_or_an_issue(path: Path) -> None:
    doc = wikiparse.extract(path)
    date = doc.conflict.date if doc.conflict else None
    if date is None:
        return
    outside = re.sub(r"\([^()]*\)", " ", date.text)  # durations and ISO copies in remarks
    if len(set(FOUR_DIGITS.findall(outside))) < 2:
        return
    ranged = date.start and date.end and date.start < date.end
    assert ranged or date.ongoing or "date-kept-one" in [i.code for i in doc.issues], date


def _figure_rows(row: dict[str, Any]) -> tuple[list[list[Any]], list[str]]:
    param, key = ("strength1", "strength") if "strength" in row else ("casualties1", "casualties")
    conflict, doc = read(param, row[key])
    figures = getattr(conflict.sides[0], key)
    return [[q.low, q.kind] for q in figures], [i.code for i in doc.issues]


@rows("no_number_rows")
def test_no_number_is_no_figure_row(row: dict[str, Any]) -> None:
    figures, codes = _figure_rows(row)
    assert figures == row["figures"]
    if "issue" in row:
        assert row["issue"] in codes


@rows("figures_on_one_line")
def test_several_figures_on_one_line(row: dict[str, Any]) -> None:
    figures, _ = _figure_rows(row)
    assert figures == row["figures"]


@rows("chinese_values")
def test_chinese_values(row: dict[str, Any]) -> None:
    if "date" in row:
        conflict, _ = read("date", row["date"])
        assert conflict.date is not None
        assert (conflict.date.start, conflict.date.end) == (row["start"], row["end"])
    elif "combatant" in row or "commander" in row:
        param = "combatant1" if "combatant" in row else "commander1"
        box = BOX.replace("combatant1=A|", "") if "combatant" in row else BOX
        conflict, _ = read(param, row.get("combatant") or row["commander"], box)
        side = conflict.sides[0]
        people = side.belligerents if "combatant" in row else side.commanders
        assert [p.name for p in people] == row["names"]
    else:
        key = "strength" if "strength" in row else "casualties"
        conflict, _ = read(f"{key}1", row[key])
        (q,) = getattr(conflict.sides[0], key)
        assert (q.low, q.high, q.approx, q.at_least) == (
            row["low"],
            row["high"],
            row["approx"],
            row["at_least"],
        )
        assert q.kind == row.get("kind")


def test_the_zh_page_reads_in_chinese() -> None:
    doc = wikiparse.extract(CORPUS_DOCS[-1])
    assert doc.language == "zh" and doc.conflict is not None and doc.conflict.date is not None
    assert (doc.conflict.date.start, doc.conflict.date.end) == ("1331-09-11", "1331-10-21")
    (strength,) = doc.conflict.sides[1].strength
    assert (strength.low, strength.high, strength.approx) == (200000, 300000, True)


@rows("conversions")
def test_conversions_keep_both_units(row: dict[str, str]) -> None:
    conflict, _ = read("place", row["place"])
    assert conflict.place == row["text"]
