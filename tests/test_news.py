"""News reports: chrome removed, header parts read, casualty claims with their sources."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

import wikiparse
from wikiparse.models import Claim
from wikiparse.values.claims import extract_claims, sentences
from wikiparse.values.mentions import mentions

from .conftest import SEEDS, corpus_files

NEWS = [*corpus_files("news"), *sorted(SEEDS.glob("00[23]_*.txt"))]
CHROME = ("Advertisement", "Read:", "Powered by automated translation", "AP Photo",
          "Espanol / English", "Middle East Near You", "Pakistan Defence/Facebook",
          "OrganisationsMiddle", "Israeli Elections", "By AFP")  # fmt: skip


@pytest.mark.parametrize("path", NEWS, ids=lambda p: p.stem)
def test_news_pages_give_clean_reports(path: Path) -> None:
    doc = wikiparse.extract(path.read_bytes(), source=str(path))
    assert doc.format == "news" and doc.report is not None
    report = doc.report
    assert report.headline and report.paragraphs
    for text in [report.headline, *report.paragraphs]:
        for chrome in CHROME:
            assert chrome not in text, f"{chrome!r} survived in {text[:100]!r}"
    with pytest.raises(wikiparse.NotAConflictError, match="not a conflict"):
        wikiparse.parse(path.read_bytes())


def test_header_parts() -> None:
    report = wikiparse.extract((SEEDS / "002_30c9be34c4bdeb2a.txt").read_bytes()).report
    assert report is not None
    assert (report.agency, report.published, report.dateline) == ("AFP", "2018-03-22", "BEIRUT")
    assert report.paragraphs[0].startswith("A lightning assault")
    assert "Islamic State" in report.mentions


def test_standfirst_printed_twice_is_kept_once() -> None:
    path = next(p for p in NEWS if "thenational" in p.name)
    report = wikiparse.extract(path.read_bytes()).report
    assert report is not None
    starts = [p for p in report.paragraphs if p.startswith("The Syrian Democratic Forces have")]
    assert len(starts) == 1
    assert report.agency == "AFP"  # "… told AFP"


CASES = yaml.safe_load((Path(__file__).parent / "cases" / "news.yaml").read_text())
CLAIM_ROWS = [(cls, row) for cls, rows in CASES["claims"].items() for row in rows]


def _got(claim: Claim) -> dict[str, Any]:
    q = claim.quantity
    return {"low": q.low, "high": q.high, "kind": q.kind, "who": claim.who, "text": q.text,
            "at_least": q.at_least, "approx": q.approx, "source": claim.source}  # fmt: skip


@pytest.mark.parametrize(
    ("cls", "row"), CLAIM_ROWS, ids=[f"{c}-{r['in'][0][:40]}" for c, r in CLAIM_ROWS]
)
def test_claims(cls: str, row: dict[str, Any]) -> None:
    """Every claim of the paragraphs, in order, with its figure, kind and speaker."""
    claims = extract_claims(row["in"])
    want = row.get("claims", [])
    assert len(claims) == len(want), [c.quantity.text for c in claims]
    for claim, expected in zip(claims, want, strict=True):
        got = _got(claim)
        assert {key: got[key] for key in expected} == expected
        assert claim.quantity.source == claim.source
        assert claim.sentence in " ".join(row["in"])


@pytest.mark.parametrize("row", CASES["mentions"], ids=lambda r: r["in"][:40])
def test_mentions_name_no_party_of_another_war(row: dict[str, Any]) -> None:
    found = mentions(row["in"])
    assert set(row["has"]) <= set(found)
    assert not set(row["lacks"]) & set(found)


@pytest.mark.parametrize("row", CASES["headlines"], ids=lambda r: r["text"][:40])
def test_headlines(row: dict[str, Any]) -> None:
    doc = wikiparse.extract(row["text"], format="news")
    assert doc.report is not None
    assert doc.report.headline == row["headline"]
    if "published" in row:
        assert doc.report.published == row["published"]
    if "issue" in row:
        assert row["issue"] in [i.code for i in doc.issues]
    for text in doc.report.paragraphs:
        assert text != row["headline"]


@pytest.mark.parametrize("row", CASES["dates"], ids=lambda r: f"{r['line']}-{r.get('language')}")
def test_published_dates(row: dict[str, Any]) -> None:
    body = "Clashes near Marib killed 12 fighters, officials said."
    page = f"Fighting in Marib\n\n{row['line']}\n\n{body}\n"
    doc = wikiparse.extract(page, format="news", language=row.get("language"))
    assert doc.report is not None
    assert doc.report.published == row["published"]
    assert doc.report.headline == "Fighting in Marib"
    codes = [i.code for i in doc.issues]
    assert (row.get("issue") in codes) if "issue" in row else "ambiguous-date" not in codes


@pytest.mark.parametrize("row", CASES["residue"], ids=lambda r: r["text"][:40])
def test_residue_never_reaches_the_text(row: dict[str, Any]) -> None:
    report = wikiparse.extract(row["text"], format="news").report
    assert report is not None and report.headline and report.paragraphs
    for text in [report.headline, *report.paragraphs]:
        for residue in row["absent"]:
            assert residue not in text, f"{residue!r} in {text!r}"


def test_a_sidebar_or_caption_date_is_not_the_published_date() -> None:
    page = (
        "Most read\n\nMarch 3, 2019\n\nIraqi forces retake Tal Afar\n\n"
        "Iraqi troops stand in Tal Afar, August 27, 2017. REUTERS/Thaier Al-Sudani\n\n"
        "Iraqi forces took the centre of Tal Afar on Sunday, a week into the offensive, "
        "and at least 30 soldiers were killed, the Joint Operations Command said.\n"
    )
    report = wikiparse.extract(page, format="news").report
    assert report is not None
    assert report.headline == "Iraqi forces retake Tal Afar"
    assert report.published != "2017-08-27"


def test_sentences_keep_quotes_together() -> None:
    text = '"The toll has risen to 62," said the Observatory. "Reinforcements have gathered."'
    assert sentences(text) == [
        '"The toll has risen to 62," said the Observatory.',
        '"Reinforcements have gathered."',
    ]


def test_mentions_keep_the_order_names_first_appear_in() -> None:
    """A possessive ("ISIL's") later in the text does not move a name's first place (it did
    under some hash seeds: the keys are a set)."""
    text = "ISIL fighters fled. The Syrian Democratic Forces advanced into ISIL's last district."
    assert mentions(text) == ["Islamic State", "Syrian Democratic Forces"]


def test_an_agency_a_sentence_names_is_its_source_not_the_reports_agency() -> None:
    page = (
        "Drone strike kills 4 near Kherson\n\n"
        "A Russian drone struck a bus near Kherson on Monday, killing four people, dpa reported.\n"
    )
    report = wikiparse.extract(page, format="news").report
    assert report is not None and report.agency is None
    assert [(c.quantity.low, c.source) for c in report.claims] == [(4, "dpa")]
    byline = wikiparse.extract(
        "Drone strike kills 4 near Kherson\n\nBy dpa\n\n" + page.split("\n\n")[1], format="news"
    )
    assert byline.report is not None and byline.report.agency == "dpa"


def test_an_html_headline_loses_its_site_name() -> None:
    page = (
        '<html><head><meta property="og:title" content="RSF shelling kills 15 | Sudan Tribune">'
        '<meta property="og:site_name" content="Sudan Tribune"><meta property="og:type" '
        'content="article"></head><body><article><p>The Rapid Support Forces shelled El Fasher '
        "on Sunday, killing 15 people, medics said.</p><p>The Sudan Doctors Network said the "
        "shells hit a market and a health centre in the city.</p></article></body></html>"
    )
    report = wikiparse.extract(page).report
    assert report is not None and report.headline == "RSF shelling kills 15"
    assert [(c.quantity.low, c.source) for c in report.claims] == [(15, "medics")]
