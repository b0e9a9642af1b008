"""Each language's data file (vocab/lang/<code>.py): its tables are whole, and the values of a
page in that language read by its words (tests/cases/languages.yaml)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

import wikiparse
from wikiparse import fields
from wikiparse.values import locale
from wikiparse.values.dates import parse_date_span
from wikiparse.values.geo import parse_coordinates
from wikiparse.values.quantities import parse_quantities
from wikiparse.values.states import flag_and_name, state_then_header
from wikiparse.values.text import is_unknown
from wikiparse.vocab.lang import LANGUAGES

CASES: dict[str, list[dict[str, Any]]] = yaml.safe_load(
    (Path(__file__).parent / "cases" / "languages.yaml").read_text("utf-8")
)
# Canonical names a label or parameter may map to besides the Conflict's own fields: kept in
# ``extra`` (DATUMBIS is the date's end, read with DATUM).
EXTRA_NAMES = {"date_end", "casus", "consequences", "peace_treaty", "image_size", "latitude",
               "longitude", "campaignbox", "kind"}  # fmt: skip
CANONICAL = set(fields.SINGLE_FIELDS) | set(fields.SIDE_PREFIXES) | EXTRA_NAMES


@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_language_tables_are_whole(code: str) -> None:
    lang = LANGUAGES[code]
    assert lang.iso == code
    assert set(lang.months.values()) == set(range(1, 13)), "a month is missing"
    assert lang.infoboxes, "no conflict infobox named"
    assert set(lang.labels.values()) <= CANONICAL
    assert set(lang.params.values()) <= CANONICAL
    assert set(lang.side_prefixes.values()) <= set(fields.SIDE_PREFIXES)
    assert {kind for _, kind in lang.kind_words} <= {
        "killed",
        "wounded",
        "captured",
        "missing",
        "dead_or_wounded",
        "total",
        "materiel",
    }
    assert lang.common_words, "no common words: the language cannot be detected"


@pytest.mark.parametrize("row", CASES["dates"], ids=lambda r: f"{r['lang']}:{r['text']}")
def test_dates(row: dict[str, Any]) -> None:
    span = parse_date_span(row["text"], row["lang"])
    assert span is not None
    assert (span.start, span.end, span.ongoing) == (
        row["start"],
        row["end"],
        row.get("ongoing", False),
    )
    assert span.text == row["text"]  # kept as written


@pytest.mark.parametrize("row", CASES["figures"], ids=lambda r: f"{r['lang']}:{r['text']}")
def test_figures(row: dict[str, Any]) -> None:
    got = parse_quantities(row["text"], lang=row["lang"])
    assert [[q.low, q.high, q.kind] for q in got] == row["figures"]


@pytest.mark.parametrize("row", CASES["unknown"], ids=lambda r: r["lang"])
def test_unknown_words(row: dict[str, Any]) -> None:
    assert is_unknown(row["text"], row["lang"])
    assert not is_unknown(row["text"])  # not an English word
    assert parse_quantities(row["text"], lang=row["lang"]) == []


@pytest.mark.parametrize("row", CASES["coordinates"], ids=lambda r: r["lang"])
def test_coordinates(row: dict[str, Any]) -> None:
    coords = parse_coordinates(locale.coordinates_text(row["text"], row["lang"]))
    assert coords is not None
    assert (round(coords.lat, 4), round(coords.lon, 4)) == (row["lat"], row["lon"])


def test_double_date_reads_the_gregorian() -> None:
    assert locale.new_style("27 июня (8 июля) 1709", "ru") == "8 июля 1709"
    assert locale.new_style("27 июня 1709", "ru") is None
    assert locale.new_style("12 March (O.S. 1 March) 1709", "en") is None


def test_english_figures_unchanged_by_other_languages() -> None:
    """The same text read as English and as German differs only by German's words."""
    assert [q.low for q in parse_quantities("190.000 Mann")] == [190000]
    assert parse_quantities("2,5 Mio.")[0].low != 2500000  # English has no "Mio."


FR_PAGE = """Bataille de Verdun

Bataille de Verdun
Informations générales
Date {date}
Lieu Verdun
Issue Victoire française
Belligérants
Drapeau de la France France
Drapeau de l'Empire allemand Empire allemand
Pertes
163 000 morts
143 000 morts

La bataille de Verdun est une bataille qui se déroule du 21 février au 19 décembre 1916 \
près de Verdun, en France, pendant la Première Guerre mondiale, entre les armées française \
et allemande.
"""


def test_french_date_lost_to_its_template_is_read_from_the_lead() -> None:
    """fr-wiki's date template renders to nothing in scrapes ("Date | du au |"): the box's date
    is None with a warning, and the lead's first sentence gives the date, flagged."""
    doc = wikiparse.extract(FR_PAGE.format(date="du au"))
    assert doc.language == "fr" and doc.conflict is not None
    codes = {i.code: i.severity for i in doc.issues}
    assert codes.get("value-lost") == "warning"
    assert codes.get("date-from-lead") == "warning"
    assert doc.conflict.date is not None
    assert (doc.conflict.date.start, doc.conflict.date.end) == ("1916-02-21", "1916-12-19")


def test_french_date_kept_when_the_box_has_one() -> None:
    doc = wikiparse.extract(FR_PAGE.format(date="21 février – 19 décembre 1916"))
    assert doc.conflict is not None and doc.conflict.date is not None
    assert doc.conflict.date.start == "1916-02-21"
    assert "date-from-lead" not in [i.code for i in doc.issues]


def test_russian_double_date_in_a_rendered_box() -> None:
    page = (
        "Полтавская битва\n\nПолтавская битва\nОсновной конфликт: Северная война\n"
        "Дата 27 июня (8 июля) 1709\nМесто Полтава\nИтог Победа русской армии\nПротивники\n\n"
        "Русское царство\n\nШведская империя\n\nПотери\n\n1345 убитых\n\n6900 убитых\n"
    )
    doc = wikiparse.extract(page)
    assert doc.conflict is not None and doc.conflict.date is not None
    assert (doc.conflict.date.start, doc.conflict.date.text) == (
        "1709-07-08",
        "27 июня (8 июля) 1709",
    )
    assert {i.code: i.severity for i in doc.issues}.get("date-new-style") == "info"


@pytest.mark.parametrize("row", CASES["flag_names"], ids=lambda r: f"{r['lang']}:{r['text']}")
def test_flag_before_a_name(row: dict[str, Any]) -> None:
    """A state's name printed for its flag before a party's name, on a page in another
    language: (flag, name), or None where the line is one name (or several parties)."""
    got = flag_and_name(row["text"], row["lang"], row.get("sure", False))
    assert got == (None if row["flag"] is None else (row["flag"], row["name"]))


@pytest.mark.parametrize("row", CASES["side_headers"], ids=lambda r: f"{r['lang']}:{r['text']}")
def test_side_header_glued(row: dict[str, Any]) -> None:
    got = state_then_header(row["text"], row["lang"])
    assert got == (None if row["header"] is None else (row["state"], row["header"]))


BOX_PAGE = {
    "fr": "Bataille d'Austerlitz\n\nBataille d'Austerlitz\nDate 2 décembre 1805\n"
    "Lieu Austerlitz\n{box}\nLa bataille d'Austerlitz est une bataille qui se déroule le "
    "2 décembre 1805 près d'Austerlitz, entre les armées française et russe.\n",
    "es": "Batalla de Waterloo\n\nBatalla de Waterloo\nParte de las guerras napoleónicas\n"
    "Fecha 18 de junio de 1815\nLugar Waterloo\nResultado Victoria de la coalición\n{box}\n"
    "La batalla de Waterloo fue un combate que tuvo lugar el 18 de "
    "junio de 1815 en las proximidades de Waterloo, una localidad de la Bélgica actual, y que "
    "fue la última batalla de Napoleón con el ejército francés.\n",
}


@pytest.mark.parametrize("row", CASES["flag_boxes"], ids=lambda r: r["box"].split("\n")[1][:40])
def test_flags_in_a_rendered_box(row: dict[str, Any]) -> None:
    doc = wikiparse.extract(BOX_PAGE[row["lang"]].format(box=row["box"]))
    assert doc.language == row["lang"] and doc.conflict is not None
    sides = doc.conflict.sides
    assert [[[p.name, p.flag] for p in s.belligerents] for s in sides] == row["sides"]
    assert [[[m.name, m.flag] for m in s.commanders] for s in sides] == row["commanders"]
