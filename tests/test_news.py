"""News reports: chrome removed, header parts read, casualty claims with their sources."""

from __future__ import annotations

from pathlib import Path

import pytest

import wikiparse
from wikiparse.values.claims import extract_claims, sentences

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


CLAIMS = [
    ("A lightning assault killed 62 regime fighters, a monitor said.", 62, 62, "killed",
     "regime fighters", False, False),
    ("The monitor gave an initial toll of 36 pro-government fighters dead.", 36, 36, "killed",
     "pro-government fighters", False, False),
    ('"The toll has risen to 62, most of them local fighters," said the Observatory.', 62, 62,
     "killed", None, False, False),
    ("More than 1,400 people have been killed there.", 1400, None, "killed", "people", True,
     False),
    ("Syria's war has killed more than 350,000 people.", 350000, None, "killed", "people", True,
     False),
    ("Dozens of others were wounded in the attack.", 24, None, "wounded", None, False, True),
    ("Clashes left two soldiers dead and five wounded.", 2, 2, "killed", "soldiers", False, False),
    ("Rebels captured three villages and 40 fighters were captured.", 40, 40, "captured",
     "fighters", False, False),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "low", "high", "kind", "who", "at_least", "approx"),
    CLAIMS,
    ids=[c[0][:40] for c in CLAIMS],
)
def test_claims(
    sentence: str, low: int, high: int | None, kind: str, who: str | None, at_least: bool,
    approx: bool,
) -> None:  # fmt: skip
    first = extract_claims([sentence])[0]
    q = first.quantity
    assert (q.low, q.high, q.kind, first.who, q.at_least, q.approx) == (
        low, high, kind, who, at_least, approx,
    )  # fmt: skip
    assert first.sentence == sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "The SDF controls 50 per cent of Raqqa.",
        "IS swept across Syria in 2014.",
        "They entered Raqqa on June 6, seven months after the offensive began.",
        "Two small areas of desert remain.",
    ],
)
def test_figures_that_are_not_claims(sentence: str) -> None:
    assert extract_claims([sentence]) == []


def test_sources_resolve_to_the_organisation_the_article_names() -> None:
    paragraphs = [
        "A lightning assault killed 62 regime fighters, a monitor said Wednesday.",
        "The Syrian Observatory for Human Rights war monitor gave a toll of 36 fighters dead.",
        "Rebels moved in, Reuters has reported. IS killed 12 soldiers as they entered.",
    ]
    found = [(c.quantity.low, c.source) for c in extract_claims(paragraphs)]
    assert found == [
        (62, "Syrian Observatory for Human Rights"),
        (36, "Syrian Observatory for Human Rights"),
        (12, "Reuters"),
    ]
    assert extract_claims(["Fighters killed 5 people, a monitor said."])[0].source is None


def test_sentences_keep_quotes_together() -> None:
    text = '"The toll has risen to 62," said the Observatory. "Reinforcements have gathered."'
    assert sentences(text) == [
        '"The toll has risen to 62," said the Observatory.',
        '"Reinforcements have gathered."',
    ]
