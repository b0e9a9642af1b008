"""The scraped formats: detection, the seed expectations, the corpus, cross-format agreement."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

import wikiparse
from wikiparse.readers import detect

from .conftest import CORPUS, SEEDS, corpus_files
from .expectations import check, strings

EXPECTED = Path(__file__).parent / "expected"
SPECS = sorted(EXPECTED.glob("*.yaml"))
SCRAPED = corpus_files("plaintext") + corpus_files("frontmatter") + corpus_files("mirror")
NOISE = ("[1]", " [7]", "[citation needed]", ".svg", "Last updated", "(help)", "mw-page-title",
         "Remove ads", "{{", "}}", "[[", "<span", "[object Object]", "\n*")  # fmt: skip


def seed(stem: str) -> Path:
    return next(SEEDS.glob(f"{stem}.*"))


@pytest.mark.parametrize(
    "path", sorted(SEEDS.glob("*.txt")) + sorted(CORPUS.glob("*/*.txt")), ids=lambda p: p.stem
)
def test_detected_as_its_folder_or_expectation_says(path: Path) -> None:
    if path.parent == SEEDS:
        want = yaml.safe_load((EXPECTED / f"{path.stem}.yaml").read_text())["format"]
    else:
        want = path.parent.name
    assert detect(path.read_text(encoding="utf-8")) == want


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.stem)
def test_seed_matches_its_expectation(spec: Path) -> None:
    document = wikiparse.extract(seed(spec.stem).read_bytes()).model_dump(mode="json")
    assert check(yaml.safe_load(spec.read_text()), document) == []


@pytest.mark.parametrize("path", SCRAPED, ids=lambda p: p.stem)
def test_scraped_corpus_gives_clean_documents(path: Path) -> None:
    doc = wikiparse.extract(path.read_bytes(), source=str(path))
    assert doc.format == path.parent.name
    assert doc.conflict is not None and doc.conflict.name
    assert doc.conflict.sections, "the article text was read"
    for text in strings(doc.model_dump(mode="json")):
        for bad in NOISE:
            assert bad not in text, f"{bad!r} in {text[:120]!r}"


# --- behaviours named in the issue -----------------------------------------------------------


def test_markers_split_flattened_items_and_cs1_residue_is_an_issue() -> None:
    doc = wikiparse.extract(seed("000_0b446f8746b756ae").read_bytes())
    assert doc.conflict is not None
    side = doc.conflict.sides[1]
    assert [(p.name, p.note) for p in side.belligerents] == [
        ("Palestinian People's Party", None),
        ("Free Syrian Army", "12 March only"),
    ]
    assert [u.name for u in side.units] == ["National Defence Forces", "Syrian Air Force"]
    residue = [i for i in doc.issues if i.code == "cs1-residue"]
    assert residue and "generic name" in (residue[0].text or "")


def test_mirror_icons_surrender_related_and_references() -> None:
    doc = wikiparse.extract(seed("004_93f12bc60d18918d").read_bytes())
    c = doc.conflict
    assert c is not None
    assert [(p.flag, p.surrendered) for p in c.sides[0].belligerents] == [
        ("Syria", False),
        ("Russia", False),
    ]
    assert all(p.surrendered for p in c.sides[1].belligerents)
    assert c.sides[1].belligerents[0].flag == "Syria 2011, observed"
    assert len(c.related) == 13 and all(len(x.text) < 80 for x in c.related)
    first = c.references[0]
    assert (first.key, first.work, first.date) == ("1", "The New Arab", "2018-04-03")
    assert "sides-inferred" in [i.code for i in doc.issues]


def test_frontmatter_refuses_unsafe_yaml_and_keeps_the_body() -> None:
    text = (
        "---\ntitle: !!python/object/apply:os.system ['echo hi']\n---\n\n"
        "The Battle of X was fought.\n"
    )
    doc = wikiparse.extract(text, format="frontmatter")
    assert [i.code for i in doc.issues] == ["invalid-frontmatter", "no-infobox"]
    assert doc.conflict is not None and doc.conflict.name == "The Battle of X"


def test_label_glued_to_value_and_lost_labels() -> None:
    path = next(p for p in SCRAPED if "mobile" in p.name)
    c = wikiparse.parse(path.read_bytes())
    assert c.date is not None and (c.date.start, c.date.ongoing) == ("2017-06-06", True)
    assert c.outcomes[0].startswith("The SDF captures six neighborhoods")
    assert [p.name for p in c.sides[1].belligerents] == ["Islamic State of Iraq and the Levant"]
    assert [q.low for q in c.sides[1].strength] == [3000]


# --- cross-format agreement ------------------------------------------------------------------


def _key(item: Any) -> Any:
    if isinstance(item, dict):
        return item.get("name") or item.get("text") or item.get("title") or item.get("low")
    return item


def agree(a: Any, b: Any, path: str = "$") -> list[str]:
    """Fields both carry are equal; a list one format lost items of must be a subsequence."""
    if not a or not b:
        return []  # one of the two does not carry it
    if isinstance(a, dict) and isinstance(b, dict):
        return [e for k in a.keys() & b.keys() for e in agree(a[k], b[k], f"{path}.{k}")]
    if isinstance(a, list) and isinstance(b, list):
        short, long_ = (a, b) if len(a) <= len(b) else (b, a)
        errors, at = [], 0
        for item in short:
            hit = next((j for j in range(at, len(long_)) if _key(long_[j]) == _key(item)), None)
            if hit is None:
                return [f"{path}: {_key(item)!r} missing from the other format"]
            errors += agree(item, long_[hit], f"{path}[{hit}]")
            at = hit + 1
        return errors
    return [] if a == b else [f"{path}: {a!r:.80} != {b!r:.80}"]


def test_seeds_000_and_001_agree() -> None:
    plain = wikiparse.parse(seed("000_0b446f8746b756ae").read_bytes()).model_dump(mode="json")
    front = wikiparse.parse(seed("001_6a4a8cde6f42e158").read_bytes()).model_dump(mode="json")
    assert agree(plain, front) == []
    assert plain["sections"][0]["paragraphs"] == front["sections"][0]["paragraphs"]
