"""What is not a conflict is said, never dressed up as one; every document says where it came
from, its language, and how sure each Issue is (its severity)."""

from __future__ import annotations

import base64
import io
import json
import random
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import wikiparse
from wikiparse import Document, NotAConflictError, WikiparseError
from wikiparse.cli.app import main
from wikiparse.errors import InputTypeError, NotTextError
from wikiparse.issues import ISSUE_SEVERITY
from wikiparse.models import Issue

from .conftest import CORPUS, SEEDS
from .strategies import documents

HERE = Path(__file__).resolve().parent
NEGATIVE = HERE / "negative"
ZH = HERE / "i18n" / "zhwiki-chinapedia-akasaka-castle-1331.wikitext"
CONFLICT_FILES = [
    *sorted(SEEDS.glob("*.txt")),
    *sorted(p for p in CORPUS.rglob("*.txt")),
    *sorted(p for p in CORPUS.rglob("*.html")),
    ZH,
]
BOX = "{{Infobox military conflict|conflict=Battle of X|combatant1=A|combatant2=B}}"


# --- not text, not a conflict ----------------------------------------------------------------


def test_binary_data_is_not_text(tmp_path: Path) -> None:
    elf = b"\x7fELF\x02\x01\x01" + bytes(range(256)) * 40  # what /bin/ls starts like
    with pytest.raises(NotTextError, match=r"^ls: binary data: \d+% of the first 4 KB are"):
        wikiparse.extract(elf, source="ls")
    with pytest.raises(NotTextError, match="NUL bytes"):
        wikiparse.extract("text\x00" * 100)


def test_random_base64_is_not_a_conflict() -> None:
    data = base64.b64encode(random.Random(4).randbytes(300_000))
    with pytest.raises(NotAConflictError, match=r"^r\.b64: not a military conflict: no conflict"):
        wikiparse.extract(data, source="r.b64")


def test_output_fed_back_in_is_structured_data(tmp_path: Path) -> None:
    lines = [wikiparse.extract(p.read_bytes()).model_dump_json() for p in SEEDS.glob("00[12]*")]
    with pytest.raises(NotAConflictError, match=r"^out\.jsonl: .*JSON Lines"):
        wikiparse.extract("\n".join(lines) + "\n", source="out.jsonl")
    with pytest.raises(NotAConflictError, match=r"wikiparse's own Document JSON \(a JSON object"):
        wikiparse.extract(lines[0])
    with pytest.raises(NotAConflictError, match=r"JSON data \(a JSON object\)"):
        wikiparse.extract('{"name": "Battle of X", "date": "1812"}')
    csv = "name,date,place\nBattle of X,1812,Here\nBattle of Y,1813,There\nSiege of Z,1814,W\n"
    with pytest.raises(NotAConflictError, match=r"CSV data \(3 columns\)"):
        wikiparse.extract(csv)
    with pytest.raises(NotAConflictError, match=r"XML data \(root element <rows>\)"):
        wikiparse.extract('<?xml version="1.0"?>\n<rows><row>Battle of X</row></rows>')


NEGATIVES = {
    "dollar-point-california.txt": (NotAConflictError, r"an \{\{Infobox settlement\}\} page"),
    "dewiki-hms-irresistible-shipindex.txt": (NotAConflictError, "no conflict infobox"),
    "wtq-italian-air-force.html": (NotAConflictError, r"an \{\{Infobox \(rows: Italian Air Force"),
    "wtq-list-of-texas-revolution-battles.html": (NotAConflictError, r"a list page \(11 conflicts"),
    "wtq-operation-toggle.html": (NotAConflictError, r"an \{\{Infobox \(rows: Operation Toggle"),
    # (the crash news page is a report with no claims: tests/test_html.py)
}


@pytest.mark.parametrize("name", sorted(NEGATIVES))
def test_negative_pages_are_refused_naming_what_was_seen(name: str) -> None:
    error, message = NEGATIVES[name]
    path = NEGATIVE / name
    with pytest.raises(error, match=message) as raised:
        wikiparse.extract(path)
    assert str(raised.value).startswith(f"{path}: ")


@pytest.mark.parametrize(
    ("text", "seen"),
    [
        ("#REDIRECT [[Battle of Evesham]]", "a redirect to 'Battle of Evesham'"),
        ("#redirect:[[Siege of Acre (1189–1191)]] {{R from move}}", "a redirect to"),
        ("'''Acre''' may refer to:\n* [[Siege of Acre]]\n{{disambiguation}}", "disambiguation"),
        ("The '''List of battles of 1812''' is a list of…\n* [[Battle of X]]", "a list page"),
        ("{{Infobox person|name=Simon}}\n'''Simon''' was a baron who died at a battle.", "person"),
        ("{{Infobox military unit|unit_name=2nd Army}}\n'''2nd Army''' fought.", "military unit"),
        ("{{Infobox warship|name=HMS X}}\n'''HMS X''' was a ship.", "Infobox warship"),
        ("'''Springfield''' is a town in Ohio with a population of 30,720.", "no conflict"),
    ],
)
def test_pages_that_are_something_else(text: str, seen: str) -> None:
    with pytest.raises(NotAConflictError, match=seen):
        wikiparse.extract(text)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("'''Battle of Nowhere''' was fought in 1812 between A and B.", "title"),
        ("The '''Second Siege of X''' began in May.", "title"),
        ("'''X''' was a battle of the Napoleonic Wars.", "lead"),
        ("'''X''' took place in 1066.\n[[Category:Battles involving England]]", "category"),
        ("'''X''' took place in 955.\n[[Category:Conflicts in 955]]", "category"),
        ("'''The Southern Damascus offensive''' began in March 2018.", "title"),
    ],
)
def test_conflicts_without_an_infobox_are_read_with_a_warning(text: str, rule: str) -> None:
    doc = wikiparse.extract(text)
    (issue,) = [i for i in doc.issues if i.code == "no-infobox"]
    assert issue.severity == "warning" and rule in issue.message


@pytest.mark.parametrize("path", CONFLICT_FILES, ids=lambda p: p.name)
def test_every_conflict_and_report_of_the_corpus_stays_a_document(path: Path) -> None:
    doc = wikiparse.extract(path)
    assert isinstance(doc, Document) and doc.source == str(path)


# --- source, language, severity -----------------------------------------------------------------


def test_every_entry_point_sets_the_source(tmp_path: Path) -> None:
    seed = SEEDS / "001_6a4a8cde6f42e158.txt"
    assert wikiparse.extract(seed.read_bytes()).source is None  # the caller gave no name
    assert wikiparse.extract(seed.read_bytes(), source="x.txt").source == "x.txt"
    assert wikiparse.extract(seed).source == str(seed)
    with seed.open("rb") as handle:
        assert wikiparse.extract(handle).source == str(seed)
    with seed.open(encoding="utf-8") as text_handle:
        assert wikiparse.extract(text_handle).conflict is not None
    assert wikiparse.extract(io.BytesIO(seed.read_bytes())).conflict is not None
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(seed), "-o", str(out)]) == 0
    assert json.loads(out.read_text())["source"] == str(seed)


def test_linked_reports_are_named_by_their_source() -> None:
    paths = sorted(SEEDS.glob("00[0123]_*.txt"))
    docs = [wikiparse.extract(p) for p in paths]
    linking = wikiparse.link(docs)
    names = {r.source for group in linking.conflicts for r in group.reports}
    assert names and names <= {str(p) for p in paths}


def test_language_comes_from_the_input() -> None:
    assert wikiparse.extract(ZH).language == "zh"
    assert wikiparse.extract(SEEDS / "001_6a4a8cde6f42e158.txt").language == "en"
    head = "---\ntitle: Bataille de X\nlang: fr\n---\n\nLa bataille de X fut livrée en 1812.\n"
    assert wikiparse.extract(head).language == "fr"
    assert wikiparse.extract(BOX, language="de-AT").language == "de"


def test_windows_1252_bytes_are_decoded_as_such() -> None:
    doc = wikiparse.extract(
        "Bataille de Café\n\nLa Bataille de Café was a battle.".encode("cp1252")
    )
    assert doc.conflict is not None and doc.conflict.name == "Bataille de Café"
    (issue,) = doc.issues[:1]
    assert (issue.code, issue.severity) == ("decoded-windows-1252", "info")


def test_utf16_with_and_without_a_bom() -> None:
    for data in (BOX.encode("utf-16"), BOX.encode("utf-16-le"), BOX.encode("utf-16-be")):
        doc = wikiparse.extract(data)
        assert doc.conflict is not None and doc.conflict.name == "Battle of X"


def test_a_path_given_as_text_is_flagged(tmp_path: Path) -> None:
    seed = str(SEEDS / "000_0b446f8746b756ae.txt")
    with pytest.raises(NotAConflictError, match="pass a Path to read the file"):
        wikiparse.extract(seed)
    doc = wikiparse.extract(seed, format="news")  # a reader that takes any text: a warning
    (issue,) = [i for i in doc.issues if i.code == "looks-like-a-path"]
    assert issue.severity == "warning" and "pass a Path" in issue.message


@pytest.mark.parametrize("value", [42, 3.5, None, ["a"], {"text": "x"}, object()])
def test_other_types_raise_a_wikiparse_error(value: object) -> None:
    with pytest.raises(InputTypeError, match=f"cannot read a {type(value).__name__}") as raised:
        wikiparse.extract(value)
    assert isinstance(raised.value, WikiparseError) and isinstance(raised.value, TypeError)


@given(documents)
def test_every_issue_has_the_severity_of_its_code(doc: Document) -> None:
    for issue in doc.issues:
        assert issue.severity == ISSUE_SEVERITY.get(issue.code, "warning")
    again = Document.model_validate_json(doc.model_dump_json())
    assert [i.severity for i in again.issues] == [i.severity for i in doc.issues]


@given(st.lists(st.sampled_from(sorted(ISSUE_SEVERITY)), max_size=4))
def test_fail_on_follows_the_severities(codes: list[str]) -> None:
    from wikiparse.cli.app import _failing

    doc = wikiparse.extract(BOX)
    doc = doc.model_copy(update={"issues": [Issue(code=c, message="m") for c in codes]})
    levels = {ISSUE_SEVERITY[c] for c in codes}
    assert bool(_failing(doc, "warning")) == bool(levels & {"warning", "error"})
    assert bool(_failing(doc, "error")) == ("error" in levels)
    assert _failing(doc, None) == []


# --- the command line ----------------------------------------------------------------------------


def test_dump_refuses_a_non_conflict_in_one_line_and_prints_the_others(
    capsys: pytest.CaptureFixture[str],
) -> None:
    town, seed = NEGATIVE / "dollar-point-california.txt", SEEDS / "001_6a4a8cde6f42e158.txt"
    code = main(["dump", "--format", "json", str(town), str(seed)])
    out, err = capsys.readouterr()
    assert code == 1
    assert err == (
        f"wikiparse: error: {town}: not a military conflict: an {{{{Infobox settlement}}}} page\n"
    )
    (printed,) = json.loads(out)  # two PATHs: a list, whatever failed
    assert printed["source"] == str(seed)


def test_batch_writes_non_conflicts_to_the_errors_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    inputs = [str(NEGATIVE / "dollar-point-california.txt"), str(SEEDS)]
    assert main(["batch", *inputs, "-o", str(out)]) == 0  # skipped, not failed
    err = capsys.readouterr().err
    assert "5 documents (3 conflicts, 2 reports), 1 skipped (not conflicts), 0 failed" in err
    (record,) = [json.loads(x) for x in (tmp_path / "out.errors.jsonl").read_text().splitlines()]
    assert record["code"] == "not-a-conflict" and "Infobox settlement" in record["error"]
