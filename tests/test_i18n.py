"""Pages in German, French, Spanish, Italian, Russian and Portuguese (tests/i18n/<lang>/: real
search-result excerpts of mirrors, proxies, copies and machine translations; SOURCES.md).

Each page is checked against what reading it shows (tests/i18n/expected.yaml): not refused,
its language, its name, its date, its sides' belligerents and figures. Fields listed under a
page's ``gaps`` are not read yet: the table printed by ``test_results_table`` shows them, and
``test_gaps_are_still_gaps`` fails when one starts to read (so the list is kept true).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

import wikiparse
from wikiparse import vocab
from wikiparse.errors import WikiparseError
from wikiparse.models import Conflict, Document

from . import noise

HERE = Path(__file__).parent / "i18n"
EXPECTED: dict[str, dict[str, Any]] = yaml.safe_load((HERE / "expected.yaml").read_text("utf-8"))
FIELDS = ("refused", "language", "name", "date", "sides", "strength", "casualties")


def _doc(name: str) -> Document | str:
    try:
        return wikiparse.extract(HERE / name)
    except WikiparseError as error:
        return str(error)


def _lows(figures: list[list[Any]], conflict: Conflict, attr: str) -> bool:
    for n, wanted in enumerate(figures):
        side = conflict.sides[n] if n < len(conflict.sides) else None
        read = {q.low for q in getattr(side, attr)} if side is not None else set()
        if not set(wanted) <= read:
            return False
    return True


def _side_names(conflict: Conflict, n: int) -> set[str]:
    side = conflict.sides[n] if n < len(conflict.sides) else None
    parties = side.belligerents if side is not None else []
    return {p.name for p in parties} | {c.name for p in parties for c in p.children}


def _names(sides: list[list[str]], conflict: Conflict) -> bool:
    """Each side's names are read on that side, and on no other (a name on the wrong side is
    worse than a name missing)."""
    for n, wanted in enumerate(sides):
        if not set(wanted) <= _side_names(conflict, n):
            return False
        others = set().union(
            *(_side_names(conflict, m) for m in range(len(conflict.sides)) if m != n)
        )
        if set(wanted) & others:
            return False
    return True


def _date(want: list[Any] | None, conflict: Conflict) -> bool:
    if want is None:
        return conflict.date is None or conflict.date.start is None
    got = conflict.date
    return got is not None and [got.start, got.end] == [str(x) for x in want]


CHECKS: dict[str, Callable[[dict[str, Any], Document], bool]] = {
    "language": lambda e, d: d.language == e["language"],
    "name": lambda e, d: (
        d.conflict is not None and e["name"].casefold() in d.conflict.name.casefold()
    ),
    "date": lambda e, d: d.conflict is not None and _date(e["date"], d.conflict),
    "sides": lambda e, d: d.conflict is not None and _names(e["sides"], d.conflict),
    "strength": lambda e, d: (
        d.conflict is not None and _lows(e["strength"], d.conflict, "strength")
    ),
    "casualties": lambda e, d: (
        d.conflict is not None and _lows(e["casualties"], d.conflict, "casualties")
    ),
}


def results(name: str) -> dict[str, str]:
    """field -> "ok" | "FAIL" | "gap" | "" (the page carries no such field)."""
    want = EXPECTED[name]
    doc = _doc(name)
    gaps = set(want.get("gaps", []))
    out = {"refused": "FAIL" if isinstance(doc, str) else "ok"}
    for field in FIELDS[1:]:
        if field not in want:
            out[field] = ""
        elif isinstance(doc, str):
            out[field] = "FAIL"
        else:
            passed = CHECKS[field](want, doc)
            out[field] = "ok" if passed else ("gap" if field in gaps else "FAIL")
    return out


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_page_reads_as_expected(name: str) -> None:
    got = results(name)
    failed = [field for field, state in got.items() if state == "FAIL"]
    assert not failed, f"{name}: {failed}"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_gaps_are_still_gaps(name: str) -> None:
    """A field listed as a gap that now reads: take it off the list."""
    want, got = EXPECTED[name], results(name)
    mended = [field for field in want.get("gaps", []) if got.get(field) == "ok"]
    assert not mended, f"{name}: now read, remove from gaps: {mended}"


@pytest.mark.parametrize("name", sorted(n for n in EXPECTED if "sides" in EXPECTED[n]))
def test_no_name_on_the_wrong_side(name: str) -> None:
    """A sides gap is a name missing, never a name read on another side than the page's."""
    doc = _doc(name)
    assert not isinstance(doc, str) and doc.conflict is not None
    conflict, sides = doc.conflict, EXPECTED[name]["sides"]
    for n, wanted in enumerate(sides):
        others = set().union(*(_side_names(conflict, m) for m in range(len(sides)) if m != n))
        assert not set(wanted) & others, (n, set(wanted) & others)


def test_every_page_has_expectations() -> None:
    kept = [p for p in HERE.glob("*/*.txt") if p.parent.name not in ("doc", "negative")]
    pages = {str(p.relative_to(HERE)) for p in kept}
    assert pages == set(EXPECTED)


def test_results_table(capsys: pytest.CaptureFixture[str]) -> None:
    """Prints fields read per language (ok / expected): run with -s to see it."""
    totals: dict[str, list[int]] = {}
    lines = [f"{'page':58} " + " ".join(f"{f[:8]:>8}" for f in FIELDS)]
    for name in sorted(EXPECTED):
        got = results(name)
        lines.append(f"{name[:58]:58} " + " ".join(f"{got[f]:>8}" for f in FIELDS))
        count = totals.setdefault(name.split("/")[0], [0, 0])
        count[0] += sum(1 for state in got.values() if state == "ok")
        count[1] += sum(1 for state in got.values() if state)
    lines.append("")
    lines.extend(f"{lang}: {ok}/{all_} fields read" for lang, (ok, all_) in sorted(totals.items()))
    with capsys.disabled():
        print("\n" + "\n".join(lines))
    assert totals


# Noise a scrape adds (citation markers, NBSPs, trailing spaces, CRLF, site chrome lines) does
# not change what a page in another language reads (DESIGN.md: noise invariance).
NOISE_PAGES = [
    "de/dewiki-de-voelkerschlacht-bei-leipzig.txt",
    "fr/frwiki-fr-bataille-d-austerlitz.txt",
    "es/clateway-batalla-de-waterloo.txt",
    "ru/wiki4-bitva-pri-kannakh.txt",
]


@pytest.mark.parametrize("name", NOISE_PAGES)
@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_noise_does_not_change_pages_in_other_languages(name: str, data: st.DataObject) -> None:
    path = HERE / name
    text = path.read_text(encoding="utf-8")
    clean = wikiparse.extract(text)
    noisy = wikiparse.extract(data.draw(noise.noisy(text, "mirror")))
    assert noisy.conflict == clean.conflict


READ_PAGES = sorted(
    p
    for p in HERE.glob("*/*")
    if p.parent.name not in ("doc", "negative") and p.suffix in (".txt", ".wikitext", ".html")
)


@pytest.mark.parametrize("path", READ_PAGES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_header_is_a_name(path: Path) -> None:
    """A group header in any language ("Unterstützt durch:", "Sostenuti da:") names no party,
    and no commander is named after one."""
    conflict = wikiparse.extract(path).conflict
    assert conflict is not None
    for side in [*conflict.sides, *([conflict.joint] if conflict.joint else [])]:
        named = len(side.belligerents) == 1 and not side.belligerents[0].children
        stack = [*side.belligerents[named:], *side.units]
        while stack:
            party = stack.pop()
            stack.extend(party.children)
            assert not party.name.endswith(":"), party.name
            assert party.name.lower() not in vocab.GROUP_HEADERS_ALL, party.name
        assert not any(c.name.endswith(":") for c in side.commanders)
