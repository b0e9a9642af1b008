"""Right or flagged, round 3 (issue 30): the table rows of tests/cases/fidelity.yaml for
titles, line breaks, stray ranges, bullets, flags, dates and materiel, class by class. The
corpus walk that keeps each rule is tests/test_fidelity.py::test_names_strings_and_ranges_are_whole.
"""

from __future__ import annotations

from typing import Any

import wikiparse
from wikiparse import Conflict, Document, Side

from .test_fidelity import BOX, CASES, read, rows

NO_COMBATANT = BOX.replace("combatant1=A|", "")


def _read_row(row: dict[str, Any]) -> tuple[Conflict, Document]:
    """The row's one parameter in an infobox: combatant1, commander1, strength1, casualties1,
    result or date."""
    for key, param in (("combatant", "combatant1"), ("commander", "commander1"),
                       ("strength", "strength1"), ("casualties", "casualties1"),
                       ("result", "result"), ("date", "date")):  # fmt: skip
        if key in row:
            box = NO_COMBATANT if key == "combatant" else BOX
            return read(param, row[key], box)
    raise AssertionError(f"no parameter in {row}")


def _check(row: dict[str, Any]) -> None:
    """The fields the row lists: parties [name, note], children, commanders [name, rank,
    note], figures [low, kind], result head and outcomes, issue code."""
    conflict, doc = _read_row(row)
    side: Side = conflict.sides[0]
    if "parties" in row:
        assert [[p.name, p.note] for p in side.belligerents] == row["parties"]
    if "children" in row:
        assert [c.name for c in side.belligerents[0].children] == row["children"]
    if "commanders" in row:
        assert [[c.name, c.rank, c.note] for c in side.commanders] == row["commanders"]
    if "figures" in row:
        figures = side.strength if "strength" in row else side.casualties
        assert [[q.low, q.kind] for q in figures] == row["figures"]
    if "head" in row:
        assert (conflict.result, conflict.outcomes) == (row["head"], row["outcomes"])
    if "issue" in row:
        assert row["issue"] in [i.code for i in doc.issues]


@rows("titles_and_roles")
def test_titles_ranks_and_roles(row: dict[str, Any]) -> None:
    _check(row)


@rows("line_breaks")
def test_a_single_newline_is_a_space(row: dict[str, Any]) -> None:
    _check(row)


@rows("stray_ranges")
def test_ranges_need_two_figures_of_one_kind(row: dict[str, Any]) -> None:
    conflict, _ = _read_row(row)
    side = conflict.sides[0]
    figures = side.strength if "strength" in row else side.casualties
    assert [[q.low, q.high, q.kind] for q in figures] == row["figures"]


@rows("bullets")
def test_typed_bullets_are_markers(row: dict[str, Any]) -> None:
    _check(row)


@rows("flag_names")
def test_flags_codes_links_and_badges(row: dict[str, Any]) -> None:
    conflict, doc = _read_row(row)
    (party,) = conflict.sides[0].belligerents
    assert (party.name, party.flag, party.page) == (row["name"], row["flag"], row["page"])
    assert [c.name for c in party.children] == row.get("children", [])
    if "issue" in row:
        (issue,) = [i for i in doc.issues if i.code == row["issue"]]
        assert issue.text and issue.severity == "info"  # the icon's name is kept


@rows("joined_parties")
def test_and_between_two_links_is_two_parties(row: dict[str, Any]) -> None:
    _check(row)


@rows("era_dates")
def test_dates_lost_dashes_and_second_calendars(row: dict[str, Any]) -> None:
    conflict, doc = _read_row(row)
    if row.get("none"):
        assert conflict.date is None
        assert "unparsed-value" in [i.code for i in doc.issues]
        return
    assert conflict.date is not None
    assert (conflict.date.start, conflict.date.end) == (row["start"], row["end"])


@rows("materiel")
def test_materiel_is_counted_with_what(row: dict[str, Any]) -> None:
    conflict, _ = _read_row(row)
    figures = conflict.sides[0].casualties
    assert [[q.low, q.kind, q.what] for q in figures] == row["figures"]


def test_every_round3_table_has_rows() -> None:
    tables = ("titles_and_roles", "line_breaks", "stray_ranges", "bullets", "flag_names",
              "joined_parties", "era_dates", "materiel", "html_cells")  # fmt: skip
    assert all(len(CASES[name]) >= 5 for name in tables)


HTML_BOX = (
    '<html><body><table class="infobox"><tr><th colspan="2">Battle of X</th></tr>'
    '<tr><th colspan="2">{header}</th></tr><tr><td>{cell}</td><td>B</td></tr>'
    "{more}</table></body></html>"
)
# A belligerents row, so that a box of commanders or figures alone is still a conflict's.
BELLIGERENTS = '<tr><th colspan="2">Belligerents</th></tr><tr><td>A</td><td>B</td></tr>'


@rows("html_cells")
def test_the_classes_in_rendered_html(row: dict[str, Any]) -> None:
    more = "" if row["header"] == "Belligerents" else BELLIGERENTS
    doc = wikiparse.extract(HTML_BOX.format(header=row["header"], cell=row["cell"], more=more))
    assert doc.format == "html" and doc.conflict is not None
    side = doc.conflict.sides[0]
    if "parties" in row:
        assert [[p.name, p.note] for p in side.belligerents] == row["parties"]
    if "flags" in row:
        assert [p.flag for p in side.belligerents] == row["flags"]
    if "commanders" in row:
        assert [[c.name, c.rank, c.note] for c in side.commanders] == row["commanders"]
    if "figures" in row:
        assert [[q.low, q.kind, q.what] for q in side.casualties] == row["figures"]
    if "issue" in row:
        assert row["issue"] in [i.code for i in doc.issues]
