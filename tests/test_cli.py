"""The command line: data on stdout, one-line diagnostics on stderr, exit codes 0/1/2."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

import wikiparse
from wikiparse.cli.app import main
from wikiparse.readers import REGISTRY

from .conftest import SEEDS, corpus_files

WIKITEXT = corpus_files("wikitext")
CRATER = next(p for p in WIKITEXT if "crater" in p.name)


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_dump_json_is_one_document(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["dump", "--format", "json", str(CRATER)], capsys)
    assert (code, err) == (0, "")
    doc = json.loads(out)
    assert doc["format"] == "wikitext"
    assert doc["conflict"]["name"] == "Battle of the Crater"


def test_dump_defaults_to_json_off_a_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["dump", str(CRATER)], capsys)
    assert code == 0 and json.loads(out)["conflict"]["name"] == "Battle of the Crater"


def test_dump_many_as_json_list_and_jsonl(capsys: pytest.CaptureFixture[str]) -> None:
    paths = [str(p) for p in WIKITEXT[:3]]
    code, out, _ = run(["dump", "--format", "json", *paths], capsys)
    assert code == 0 and len(json.loads(out)) == 3
    code, out, _ = run(["dump", "--format", "jsonl", *paths], capsys)
    assert (
        code == 0 and [json.loads(line)["format"] for line in out.splitlines()] == ["wikitext"] * 3
    )


def test_dump_yaml_table_and_wikitext(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["dump", "--format", "yaml", str(CRATER)], capsys)
    assert code == 0 and yaml.safe_load(out)["conflict"]["name"] == "Battle of the Crater"
    code, out, _ = run(["dump", "--format", "table", str(CRATER)], capsys)
    assert code == 0 and "Battle of the Crater" in out and "Side 2" in out and "361" in out
    code, out, _ = run(["dump", "--format", "wikitext", str(CRATER)], capsys)
    assert code == 0 and out.startswith("{{Infobox military conflict")
    assert wikiparse.parse(out) == wikiparse.parse(CRATER.read_bytes())


def test_dump_reads_stdin(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(CRATER.read_bytes()))
    monkeypatch.setattr(sys, "stdin", stdin)
    code, out, _ = run(["dump", "--format", "json", "-"], capsys)
    assert code == 0 and json.loads(out)["conflict"]["name"] == "Battle of the Crater"


def test_news_seed_dumps_a_report(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["dump", str(SEEDS / "002_30c9be34c4bdeb2a.txt")], capsys)
    doc = json.loads(out)
    assert (code, err, doc["format"], doc["conflict"]) == (0, "", "news", None)
    assert doc["report"]["agency"] == "AFP"


def test_missing_and_empty_files(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    code, out, err = run(["dump", str(tmp_path / "nope.txt"), str(empty), str(CRATER)], capsys)
    assert code == 1  # some input failed, the rest still printed
    (printed,) = json.loads(out)  # three PATHs: a list
    assert printed["conflict"]["name"] == "Battle of the Crater"
    lines = err.splitlines()
    assert lines[0] == f"wikiparse: error: {tmp_path / 'nope.txt'}: no such file"
    assert lines[1].startswith(f"wikiparse: error: {empty}: no document")


def test_directory_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(["dump", str(tmp_path)], capsys)
    assert code == 1 and "is a directory" in err


def test_from_forces_a_reader(capsys: pytest.CaptureFixture[str]) -> None:
    seed = SEEDS / "000_0b446f8746b756ae.txt"
    code, out, _err = run(["dump", "--from", "wikitext", "--format", "json", str(seed)], capsys)
    assert code == 0 and json.loads(out)["format"] == "wikitext"


def test_wikitext_output_of_a_report_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    seed = SEEDS / "003_9730e26d5898b01a.txt"
    code, out, err = run(["dump", "--format", "wikitext", str(seed), str(CRATER)], capsys)
    assert code == 1  # the report failed, the conflict was still printed
    assert out.startswith("{{Infobox military conflict")
    assert err == f"wikiparse: error: {seed}: a news report has no wikitext form\n"


@pytest.mark.parametrize(
    "args",
    [[], ["dump", "--format", "xml", "x"], ["dump", "--from", "pdf", "x"], ["nope"]],
)
def test_usage_errors_exit_2(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(args)
    assert exc.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_debug_shows_the_traceback(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    code, _, err = run(["dump", "--debug", str(empty)], capsys)
    assert code == 1 and "Traceback" in err and "EmptyInputError" in err


def test_schema_and_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["schema"], capsys)
    schema = json.loads(out)
    assert code == 0 and schema["title"] == "Document"
    assert {"Conflict", "Side", "Quantity", "NewsReport"} <= set(schema["$defs"])
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert (
        exc.value.code == 0
        and capsys.readouterr().out.strip() == f"wikiparse {wikiparse.__version__}"
    )


def test_python_dash_m_and_help() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "wikiparse", "dump", "--help"], capture_output=True, text=True
    )
    assert done.returncode == 0
    assert "--from" in done.stdout
    for fmt in REGISTRY:  # every registered input format is explained by --help
        assert f"  {fmt.name:<12} {fmt.summary}" in done.stdout


def test_strict_makes_issues_errors(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    seed = SEEDS / "000_0b446f8746b756ae.txt"  # CS1 residue only: info, noise removed
    clean = tmp_path / "clean.txt"
    clean.write_text("{{Infobox military conflict|conflict=X|combatant1=A|combatant2=B}}")
    guessed = tmp_path / "guessed.txt"  # an unreadable figure: a warning
    guessed.write_text("{{Infobox military conflict|conflict=Y|combatant1=A|combatant2=B"
                       "|casualties1=many}}")  # fmt: skip
    paths = [str(seed), str(clean), str(guessed)]
    code, out, err = run(["dump", "--strict", "--format", "json", *paths], capsys)
    assert code == 1
    assert err == f"wikiparse: error: {guessed}: 1 issue(s) at --fail-on warning: not-a-figure\n"
    names = [d["conflict"]["name"] for d in json.loads(out)]
    assert names == ["Southern Damascus offensive (March 2018)", "X"]
    code, out, err = run(["dump", "--fail-on", "error", "--format", "json", *paths], capsys)
    assert code == 0 and err == "" and len(json.loads(out)) == 3


def test_size_cap_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["dump", "--max-chars", "100", str(CRATER)], capsys)
    assert (code, out) == (1, "")
    assert err == (
        f"wikiparse: error: {CRATER}: input of at least 5,891 characters is over the cap of 100 "
        "characters (raise --max-chars)\n"
    )


def test_an_internal_error_is_one_line_not_a_traceback(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr("wikiparse.cli.app.extract", broken)
    code, _, err = run(["dump", str(CRATER)], capsys)
    assert code == 1
    assert (
        err
        == f"wikiparse: error: {CRATER}: internal error: RuntimeError: boom (rerun with --debug)\n"
    )
