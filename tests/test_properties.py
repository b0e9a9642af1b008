"""The guarantees of DESIGN.md as properties: round trips and idempotence.

Strategies are in tests/strategies.py (hand-written, valid by construction). Run with
``--hypothesis-profile=ci`` for the large budget.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

import wikiparse
from wikiparse import Citation, Commander, Conflict, DateSpan, Document, Party, Quantity

from . import noise
from . import strategies as s
from .conftest import CORPUS, SEEDS, corpus_files


@given(s.conflicts())
def test_json_round_trip(conflict: Conflict) -> None:
    assert Conflict.model_validate_json(conflict.model_dump_json()) == conflict


@given(s.documents)
def test_document_json_and_yaml_round_trip(document: Document) -> None:
    assert Document.model_validate_json(document.model_dump_json()) == document
    assert Document.model_validate(yaml.safe_load(wikiparse.render(document, "yaml"))) == document


@given(s.conflicts())
def test_wikitext_round_trip(conflict: Conflict) -> None:
    text = wikiparse.render(conflict, "wikitext")
    assert wikiparse.parse(text, format="wikitext") == conflict


@given(s.quantities(("a", "b")))
def test_quantity_text_says_its_fields(quantity: Quantity) -> None:
    from wikiparse.values.quantities import parse_quantities

    assert parse_quantities(quantity.text, quantity.refs) == [quantity]


@given(s.date_spans())
def test_date_text_says_its_fields(span: DateSpan) -> None:
    from wikiparse.values.dates import parse_date_span

    assert parse_date_span(span.text) == span


@given(s.parties(("a",)), s.commanders(("a",)), s.citations("k"))
def test_small_models_json_round_trip(party: Party, commander: Commander, cite: Citation) -> None:
    for model in (party, commander, cite):
        assert type(model).model_validate_json(model.model_dump_json()) == model


IDEMPOTENT = [
    *corpus_files("wikitext"),
    *corpus_files("plaintext"),
    *corpus_files("frontmatter"),
    *corpus_files("mirror"),
    *(p for p in sorted(SEEDS.glob("*.txt")) if p.name[:3] in ("000", "001", "004")),
]


@pytest.mark.parametrize("path", IDEMPOTENT, ids=[p.stem for p in IDEMPOTENT])
def test_idempotent_on_corpus(path: Path) -> None:
    first = wikiparse.parse(path.read_bytes())
    again = wikiparse.parse(wikiparse.render(first, "wikitext"), format="wikitext")
    assert again == first


NOISY_SEEDS = {
    "000_0b446f8746b756ae": "plaintext",
    "001_6a4a8cde6f42e158": "frontmatter",
    "004_93f12bc60d18918d": "mirror",
}


@pytest.mark.parametrize("stem", sorted(NOISY_SEEDS))
@given(data=st.data())
def test_noise_does_not_change_the_result(stem: str, data: st.DataObject) -> None:
    text = (SEEDS / f"{stem}.txt").read_text(encoding="utf-8")
    clean = _clean(SEEDS / f"{stem}.txt").conflict
    noisy_text = data.draw(noise.noisy(text, NOISY_SEEDS[stem]))
    assert wikiparse.parse(noisy_text) == clean


@functools.cache
def _clean(path: Path) -> Document:
    return wikiparse.extract(path.read_bytes())


WHITESPACE_NOISE = [*corpus_files("wikitext")[:3], *sorted(SEEDS.glob("00[23]_*.txt"))]


@pytest.mark.parametrize("path", WHITESPACE_NOISE, ids=lambda p: p.stem)
@given(data=st.data())
def test_noise_in_wikitext_and_news(path: Path, data: st.DataObject) -> None:
    """NBSPs, CRLF, trailing spaces everywhere; ads and teasers between news paragraphs."""
    text = path.read_text(encoding="utf-8")
    fmt = "news" if path.parent == SEEDS else "wikitext"
    clean = _clean(path)
    noisy_doc = wikiparse.extract(data.draw(noise.noisy(text, fmt)))
    assert (noisy_doc.conflict, noisy_doc.report) == (clean.conflict, clean.report)


# The scrape shapes of issue 17: a flattened "- Key: value" box, "key=value" lines, labels glued
# to their values, a mirror whose chrome named the page.
NEW_SHAPES = [
    CORPUS / "plaintext" / "enwiki-render-battle-of-krasnoi.txt",
    CORPUS / "plaintext" / "en-academic-battle-of-short-hills.txt",
    CORPUS / "plaintext" / "richxsearch-battle-of-the-crater.txt",
    CORPUS / "mirror" / "kiddle-battle-of-the-crater.txt",
    CORPUS / "mirror" / "wikimili-battle-of-krasnoi.txt",
]


@pytest.mark.parametrize("path", NEW_SHAPES, ids=lambda p: p.stem)
@given(data=st.data())
def test_noise_does_not_change_new_scrape_shapes(path: Path, data: st.DataObject) -> None:
    text = path.read_text(encoding="utf-8")
    noisy_text = data.draw(noise.noisy(text, path.parent.name))
    assert wikiparse.parse(noisy_text) == _clean(path).conflict
