"""News from wars other than Syria's (issue 28): every claim has the figure, kind and source a
reader writes down, and no mention or source names a party of another war.

The reports in tests/news_wars/ were written for this test in the shapes of their outlets;
tests/news_wars/labels.yaml holds what a reader takes from each.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

import wikiparse
from wikiparse import vocab
from wikiparse.models import Claim, NewsReport
from wikiparse.values.mentions import mentions

WARS = Path(__file__).parent / "news_wars"
LABELS: dict[str, dict[str, Any]] = yaml.safe_load((WARS / "labels.yaml").read_text())
HEADER = ("headline", "published", "agency", "dateline")


def _report(name: str) -> NewsReport:
    doc = wikiparse.extract((WARS / name).read_bytes(), source=name)
    assert doc.format == "news" and doc.report is not None
    return doc.report


def _claim(claim: Claim) -> dict[str, Any]:
    q = claim.quantity
    return {"low": q.low, "high": q.high, "kind": q.kind, "who": claim.who,
            "source": claim.source, "at_least": q.at_least, "approx": q.approx}  # fmt: skip


def _other_wars_parties(war: str) -> set[str]:
    return {name for name, (wars, _) in vocab.PARTIES.items() if war not in wars}


def test_the_reports_cover_four_wars_besides_syria() -> None:
    wars = {label["war"] for label in LABELS.values()}
    assert len(wars - {"syria"}) >= 4


@pytest.mark.parametrize("name", sorted(LABELS))
def test_header(name: str) -> None:
    report, label = _report(name), LABELS[name]
    got = {key: getattr(report, key) for key in HEADER if key in label}
    assert got == {key: label[key] for key in HEADER if key in label}


@pytest.mark.parametrize("name", sorted(LABELS))
def test_every_claim_as_a_reader_writes_it_down(name: str) -> None:
    claims, want = _report(name).claims, LABELS[name]["claims"]
    assert len(claims) == len(want), [c.quantity.text for c in claims]
    for claim, expected in zip(claims, want, strict=True):
        got = _claim(claim)
        assert {key: got[key] for key in expected} == expected, claim.sentence


@pytest.mark.parametrize("name", sorted(LABELS))
def test_no_mention_or_source_names_a_party_of_another_war(name: str) -> None:
    report, label = _report(name), LABELS[name]
    foreign = _other_wars_parties(label["war"])
    assert set(label["mentions"]) <= set(report.mentions)
    assert not foreign & set(report.mentions), report.mentions
    for claim in report.claims:
        named = set(mentions(claim.source or ""))
        assert not foreign & named, claim.source
