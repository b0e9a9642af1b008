"""The CLI behaves as users of trafilatura, sqlite-utils and jq expect (issue 18, 4–6)."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from wikiparse.batch.outcomes import Summary
from wikiparse.batch.plan import known_total
from wikiparse.cli.app import _parser, main

from .conftest import CORPUS, ROOT, SEEDS

SEED = SEEDS / "004_93f12bc60d18918d.txt"


def test_dump_link_jsonl_is_one_object_per_line(capsys: pytest.CaptureFixture[str]) -> None:
    paths = [str(p) for p in sorted(SEEDS.glob("*.txt"))]
    assert main(["dump", "--link", "--format", "jsonl", *paths]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["type"] for r in rows] == ["conflict", "conflict"]
    assert rows[0]["reports"] and rows[0]["name"].startswith("Southern Damascus")


def test_dump_reads_stdin_without_a_path() -> None:
    done = subprocess.run([sys.executable, "-m", "wikiparse", "dump", "--format", "json"],
                          input=SEED.read_bytes(), capture_output=True, cwd=ROOT)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["source"] == "-"


def test_max_chars_error_speaks_of_characters_and_the_option(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["dump", "--max-chars", "100", str(SEED)]) == 1
    err = capsys.readouterr().err
    assert "characters" in err and "--max-chars" in err and "bytes" not in err
    assert len(err.strip().splitlines()) == 1


def test_table_fits_the_terminal_width(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for width in (60, 80, 140):
        monkeypatch.setenv("COLUMNS", str(width))
        assert main(["dump", "--format", "table", str(SEED)]) == 0
        lines = capsys.readouterr().out.splitlines()
        assert max(len(line) for line in lines) <= width, width


@pytest.mark.parametrize("command", ["dump", "batch", "tables", "schema"])
def test_help_ends_with_three_examples(command: str) -> None:
    commands = next(a for a in _parser()._actions if hasattr(a, "choices") and a.choices)
    text = commands.choices[command].format_help().rstrip().splitlines()  # type: ignore[union-attr, index]
    assert text[-4] == "examples:", text[-6:]
    assert all(line.startswith("  ") and "wikiparse" in line for line in text[-3:])


def test_missing_input_stops_the_batch_before_any_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(SEEDS), str(tmp_path / "nope"), "-o", str(out)]) == 2
    assert "nope: no such file or folder" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []  # nothing written


def test_batch_to_stdout(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["batch", str(SEEDS), "-o", "-"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == 5 and all("format" in r for r in rows)
    assert not Path("-").exists() and not Path("-.checkpoint").exists()


def test_batch_files_from_a_file_and_stdin(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    names = "\n".join(str(p) for p in sorted(SEEDS.glob("*.txt"))[:3]) + "\n\n"
    listing = tmp_path / "list.txt"
    listing.write_text(names)
    assert main(["batch", "--files-from", str(listing), "-o", str(tmp_path / "a.jsonl")]) == 0
    monkeypatch.setattr(sys, "stdin", io.StringIO(names))
    assert main(["batch", "--files-from", "-", "-o", str(tmp_path / "b.jsonl")]) == 0
    a, b = (tmp_path / "a.jsonl").read_text(), (tmp_path / "b.jsonl").read_text()
    assert a == b and len(a.splitlines()) == 3


def test_completed_batch_leaves_only_its_output_and_resume_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(SEEDS), "-o", str(out)]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]  # no checkpoint, no errors
    capsys.readouterr()
    assert main(["batch", str(SEEDS), "-o", str(out), "--resume"]) == 0
    assert "already complete: 5 documents" in capsys.readouterr().err


def test_summary_counts_by_outcome(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["batch", str(CORPUS / "news"), str(SEEDS), "-o", str(tmp_path / "o.jsonl")]) == 0
    err = capsys.readouterr().err
    assert "7 documents (3 conflicts, 4 reports), 0 skipped (not conflicts), 0 failed in" in err


def test_progress_total_is_known_for_files_only(tmp_path: Path) -> None:
    assert known_total([str(SEEDS)]) == 5
    dump = tmp_path / "x-pages-articles.xml.bz2"
    dump.write_bytes(b"")
    assert known_total([str(SEEDS), str(dump)]) is None


def test_plain_progress_line_without_rich(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from wikiparse.cli import batch as cli_batch

    clock = iter([100.0, 101.0, 101.1, 102.0, 103.0, 103.0, 104.0])
    monkeypatch.setattr(cli_batch.time, "monotonic", lambda: next(clock))
    update = cli_batch._plain_progress(40)
    update(Summary(documents=9, errors=1, not_conflicts=1))  # at 101.0: shown
    update(Summary(documents=10, errors=1, not_conflicts=1))  # at 101.1: too soon, not shown
    update(Summary(documents=19, errors=1, not_conflicts=1))  # at 102.0: shown
    err = capsys.readouterr().err
    assert err.count("\r") == 2
    line = "wikiparse: batch: 20/40 inputs, 10.0/s, 0 failed, 1 skipped, ETA 2 s"
    assert err.rsplit("\r", 1)[1] == line  # named as the summary names them
    # after a resume, the rate is this run's: 5 read in 1 s, not the 25 read in all
    update = cli_batch._plain_progress(40)
    update(Summary.resumed({"documents": 20}, units=20))  # at 103.0: shown, 0/s
    update(Summary(documents=25, resumed_read=20))  # at 104.0
    last = capsys.readouterr().err.rsplit("\r", 1)[1]
    assert last.startswith("wikiparse: batch: 25/40 inputs, 5.0/s")


def test_dump_without_a_path_on_a_terminal_is_a_usage_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    assert main(["dump"]) == 2
    assert "no PATH given" in capsys.readouterr().err
