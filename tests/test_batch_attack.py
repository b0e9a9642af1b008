"""The outside attack on ``wikiparse batch``, round 2 (issue 32): hostile names, encodings,
archives, compression bombs, signals, concurrent and changed runs. One test per defect, each
bounded in time and memory; the API-level findings are in test_attack.py."""

from __future__ import annotations

import bz2
import fcntl
import gzip
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import tarfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest

from wikiparse.batch.dumps import iter_dump
from wikiparse.batch.outcomes import Summary
from wikiparse.batch.plan import Work, plan
from wikiparse.batch.pool import Pool
from wikiparse.batch.run import Options, run_batch
from wikiparse.batch.work import Outcome, run_work
from wikiparse.batch.xmlpages import bz2_pieces
from wikiparse.cli.app import main

BOX = "{{Infobox military conflict|conflict=%s|combatant1=Army of A|combatant2=Force of B}}\n"
# What no output string may hold (the edge rule of inputs/normalize.py).
FORBIDDEN = {
    *map(chr, [*range(0, 9), 11, 12, *range(14, 32), *range(0x7F, 0xA0)]),
    *map(chr, [*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200B, 0xFEFF, 0x2060]),
    *map(chr, range(0xD800, 0xE000)),
}


def records(path: Path) -> list[dict[str, object]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_bytes().splitlines() if line.strip()]


def wikitext(name: str) -> str:
    return BOX % name + f"'''{name}''' was a battle.\n"


def html_record(title: str, **more: object) -> str:
    """One Wikimedia Enterprise record (json.dumps escapes a lone surrogate: valid JSON)."""
    html = (
        f"<table class='infobox vevent'><tr><th colspan=2>{title}</th></tr><tr><th "
        "colspan=2>Belligerents</th></tr><tr><td>A</td><td>B</td></tr></table>"
    )
    return json.dumps({"name": title, **more, "article_body": {"html": html}}) + "\n"


def batch(tmp_path: Path, *args: str, out: str = "o.jsonl") -> tuple[int, list, list]:
    """Run a batch in ``tmp_path``: (exit code, output records, error records)."""
    here = os.getcwd()
    os.chdir(tmp_path)
    try:
        code = main(["batch", *args, "-o", out])
    finally:
        os.chdir(here)
    stem = out.removesuffix(".jsonl")
    return code, records(tmp_path / out), records(tmp_path / f"{stem}.errors.jsonl")


def sources(recs: list[dict[str, object]]) -> list[str]:
    return [str(r["source"]) for r in recs]


# --- 1. names ---------------------------------------------------------------------------------


def test_a_file_name_that_is_not_utf8_is_read_and_the_batch_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    Path(os.fsdecode(os.fsencode(folder) + b"/a\xff.txt")).write_text(wikitext("Battle of A"))
    (folder / "b.txt").write_text(wikitext("Battle of B"))
    code, docs, errors = batch(tmp_path, "d")
    assert (code, errors) == (0, [])
    assert sources(docs) == ["d/a\\xff.txt", "d/b.txt"]


@pytest.mark.parametrize("title", ["Battle of \ud800X", "Battle of \u202eZ\x1b[31m"])
def test_a_hostile_enterprise_title_is_escaped(tmp_path: Path, title: str) -> None:
    (tmp_path / "e.ndjson").write_text(html_record(title) + html_record("Battle of Y"))
    code, docs, errors = batch(tmp_path, "e.ndjson")
    assert code in (0, 1) and len(docs) + len(errors) == 2
    assert "e.ndjson#Battle of Y" in sources(docs)
    for record in docs:  # each line a Document, its source the page's
        assert not FORBIDDEN & set(str(record["source"]))


def test_a_newline_in_a_file_name_prints_one_error_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    forged = tmp_path / "town\nwikiparse: error: FAKE\x1b[31m.txt"
    forged.write_text("A quiet town by the river.\n")
    assert main(["dump", str(forged)]) == 1
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and "\x1b" not in err


def test_files_from_with_a_byte_that_is_not_utf8(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    Path(os.fsdecode(os.fsencode(folder) + b"/c\xff.txt")).write_text(wikitext("Battle of C"))
    (tmp_path / "list").write_bytes(b"d/c\xff.txt\n")
    code, docs, _ = batch(tmp_path, "--files-from", "list")
    assert code == 0 and sources(docs) == ["d/c\\xff.txt"]


# --- 2. encodings -----------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["x-klingon", "shift_jis"])
def test_a_dump_in_an_encoding_expat_cannot_use_is_one_error(tmp_path: Path, encoding: str) -> None:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "b.txt").write_text(wikitext("Battle of S"))
    (tmp_path / "w.xml").write_text(
        f'<?xml version="1.0" encoding="{encoding}"?><mediawiki><page><title>T</title><ns>0</ns>'
        f"<id>1</id><revision><text>{wikitext('Battle of T')}</text></revision></page></mediawiki>"
    )
    code, docs, errors = batch(tmp_path, "w.xml", "seeds")
    assert code == 1 and sources(docs) == ["seeds/b.txt"]
    (error,) = errors
    assert str(error["source"]).startswith("w.xml") and error["code"] == "damaged-dump"


# --- 3-6. compression bombs, memory per page and member, Enterprise archives -----------------

HEAD = b"<page><title>Battle of A</title><ns>0</ns><id>1</id><revision><text>{{Infobox military "
TAIL = b"conflict}}</text></revision></page>\n"
SITE = b"<mediawiki><siteinfo><dbname>enwiki</dbname></siteinfo>\n"
MB = 1 << 20


def bz2_run(size: int) -> bytes:
    """One bz2 stream of ``size`` bytes of "a" (a few hundred bytes, whatever the size)."""
    packer = bz2.BZ2Compressor()
    return b"".join([*(packer.compress(b"a" * MB) for _ in range(size // MB)), packer.flush()])


def peak_of(run: Callable[[], object]) -> int:
    """Peak Python allocations while ``run`` runs."""
    tracemalloc.start()
    try:
        run()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.fixture
def small_caps(monkeypatch: pytest.MonkeyPatch) -> int:
    """Caps of 1 MB (the real ones, 64 Mi, would make the bombs too slow for a test)."""
    monkeypatch.setattr("wikiparse.batch.dumps.DEFAULT_MAX_CHARS", MB)
    monkeypatch.setattr("wikiparse.batch.enterprise.LINE_CAP", MB)
    return MB


@pytest.mark.parametrize("layout", ["plain", "multistream"])
def test_a_bz2_page_bomb_is_recorded_without_being_held(
    tmp_path: Path, small_caps: int, layout: str
) -> None:
    """A 1 KB dump whose one page expands to 8 MB: the page is given up at the cap."""
    site = bz2.compress(SITE)
    parts = [site, bz2.compress(HEAD), bz2_run(8 * MB), bz2.compress(TAIL + b"</mediawiki>")]
    name = f"enwiki-1-pages-articles{'-multistream' if layout == 'multistream' else ''}.xml.bz2"
    (tmp_path / name).write_bytes(b"".join(parts))
    if layout == "multistream":
        index = name.replace(".xml.bz2", "-index.txt.bz2")
        (tmp_path / index).write_bytes(bz2.compress(f"{len(site)}:1:Battle of A\n".encode()))
    (tmp_path / "b.txt").write_text(wikitext("Battle of B"))
    result: list[tuple[int, list, list]] = []
    peak = peak_of(lambda: result.append(batch(tmp_path, name, "b.txt")))
    (code, docs, errors) = result[0]
    assert code == 1 and sources(docs) == ["b.txt"]
    (error,) = errors
    assert error["code"] == "too-large" and str(error["source"]).endswith("#Battle of A")
    assert peak < 4 * small_caps


def test_an_enterprise_line_bomb_is_recorded_without_being_held(
    tmp_path: Path, small_caps: int
) -> None:
    head, tail = html_record("Battle of A").encode().split(b"</td></tr>", 1)
    big = head + b"a" * (8 * MB) + b"</td></tr>" + tail
    gz = io.BytesIO()
    with tarfile.open(fileobj=gz, mode="w:gz") as archive:
        for name, data in (("a.ndjson", big), ("b.ndjson", html_record("Battle of B").encode())):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    (tmp_path / "e.tar.gz").write_bytes(gz.getvalue())
    del big, gz
    result: list[tuple[int, list, list]] = []
    peak = peak_of(lambda: result.append(batch(tmp_path, "e.tar.gz")))
    code, docs, errors = result[0]
    assert code == 1 and sources(docs) == ["e.tar.gz/b.ndjson#Battle of B"]
    (error,) = errors
    assert error["code"] == "too-large" and error["source"] == "e.tar.gz/a.ndjson:1"
    assert peak < 4 * small_caps


def test_a_plain_dump_keeps_nothing_per_page(tmp_path: Path) -> None:
    dump = tmp_path / "many.xml"
    dump.write_text("<mediawiki>" + "<page><ns>1</ns></page>" * 30_000 + "</mediawiki>")
    counted: list[int] = []
    peak = peak_of(lambda: counted.append(sum(1 for _ in iter_dump(dump))))
    assert counted == [30_000] and peak < MB  # ElementTree kept 84 bytes a page: 2.5 MB


class CountingReader(io.BytesIO):
    """Counts the bytes read from it."""

    taken = 0

    def read(self, size: int | None = -1, /) -> bytes:
        data = super().read(size)
        self.taken += len(data)
        return data


def test_many_bz2_streams_in_one_range_are_read_in_linear_time() -> None:
    """A cut index leaves thousands of streams in one range: each was started by copying what
    was left of the range (4k/16k/64k streams: 0.3/2.3/37 s). Counted, not timed: every
    compressed byte is read once, and all the streams' pages come out."""
    one = b"<page><title>T</title><ns>0</ns><id>1</id><revision><text>town</text></revision></page>"
    data = bz2.compress(one) * 5_000
    handle = CountingReader(data)
    assert b"".join(bz2_pieces(handle)) == one * 5_000
    assert handle.taken == len(data)


def test_odd_archive_members_are_read_or_recorded(tmp_path: Path) -> None:
    members = [
        ("a.ndjson", html_record("Battle of A").encode(), tarfile.REGTYPE),
        ("B.NDJSON", html_record("Battle of B").encode(), tarfile.REGTYPE),
        ("c.ndjson.gz", gzip.compress(html_record("Battle of C").encode()), tarfile.REGTYPE),
        ("d.ndjson", b"", tarfile.LNKTYPE),
        ("e.ndjson", b"", tarfile.CHRTYPE),
        ("README", b"about", tarfile.REGTYPE),
    ]
    gz = io.BytesIO()
    with tarfile.open(fileobj=gz, mode="w:gz") as archive:
        for name, data, kind in members:
            info = tarfile.TarInfo(name)
            info.type, info.size, info.linkname = kind, len(data), "a.ndjson"
            archive.addfile(info, io.BytesIO(data) if data else None)
    (tmp_path / "a.tar.gz").write_bytes(gz.getvalue())
    code, docs, errors = batch(tmp_path, "a.tar.gz")
    assert code == 1
    assert [s.split("#")[1] for s in sources(docs)] == ["Battle of A", "Battle of B", "Battle of C"]
    assert [str(e["source"]).rsplit("/", 1)[1] for e in errors] == [
        "d.ndjson",
        "e.ndjson",
        "README",
    ]


def test_an_ndjson_with_a_long_first_record_is_an_enterprise_dump(tmp_path: Path) -> None:
    (tmp_path / "f.ndjson").write_text(
        html_record("Battle of P", abstract="x" * 70_000) + html_record("Battle of Q")
    )
    code, docs, _ = batch(tmp_path, "f.ndjson")
    assert code == 0 and len(docs) == 2


# --- 7. hangs ---------------------------------------------------------------------------------


def _dies_on_b(work: Work, tables: bool) -> list[Outcome]:
    """A worker's run that is killed (as by the OOM killer) on the unit named b.txt."""
    if work.source.endswith("b.txt"):
        os.kill(os.getpid(), signal.SIGKILL)
    return run_work(work, tables)


def test_a_killed_worker_costs_its_unit_only(tmp_path: Path) -> None:
    """multiprocessing.Pool waited forever for the result of a killed worker."""
    for name in "abcdef":
        (tmp_path / f"{name}.txt").write_text(wikitext(f"Battle of {name.upper()}"))
    works = list(plan([str(tmp_path)]))
    results = list(Pool(2, run=_dies_on_b).results(iter(works)))
    assert [o.source for outcomes in results for o in outcomes] == [w.source for w in works]
    lost = [json.loads(o.error) for outcomes in results for o in outcomes if o.error]
    assert [r["source"] for r in lost] == [str(tmp_path / "b.txt")]
    assert "killed by SIGKILL" in lost[0]["error"] and lost[0]["code"] == "unreadable"


def test_sigterm_to_the_process_group_ends_a_j2_batch_resumably(tmp_path: Path) -> None:
    """What `timeout` and systemd send: the workers die at once, the parent stops, its
    checkpoint stands, and --resume writes every document once."""
    folder = tmp_path / "d"
    folder.mkdir()
    for i in range(300):
        (folder / f"p{i:03d}.txt").write_text(wikitext(f"Battle of P{i}") * 40)
    command = [sys.executable, "-m", "wikiparse", "batch", "d", "-o", "o.jsonl", "-j", "2"]
    process = subprocess.Popen(
        command, cwd=tmp_path, stderr=subprocess.DEVNULL, start_new_session=True
    )
    deadline = time.monotonic() + 60
    out = tmp_path / "o.jsonl"
    while time.monotonic() < deadline and not (out.exists() and out.stat().st_size):
        time.sleep(0.01)
    os.killpg(process.pid, signal.SIGTERM)
    assert process.wait(timeout=30) in (130, 0)  # 0: it had just finished
    resumed = subprocess.run([*command, "--resume"], cwd=tmp_path, capture_output=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    assert sources(records(out)) == [f"d/p{i:03d}.txt" for i in range(300)]


# --- 8. concurrent and changed runs -----------------------------------------------------------


def folder_of(tmp_path: Path, count: int) -> Path:
    folder = tmp_path / "d"
    folder.mkdir()
    for i in range(count):
        (folder / f"p{i}.txt").write_text(wikitext(f"Battle of P{i}"))
    return folder


def interrupted(tmp_path: Path, after: int) -> None:
    """A batch of d/ into o.jsonl stopped (as by Ctrl-C) once ``after`` units are written."""

    def stop(summary: Summary) -> None:
        if summary.documents + summary.errors >= after:
            raise KeyboardInterrupt

    out = tmp_path / "o.jsonl"
    options = Options([str(tmp_path / "d")], out, tmp_path / "o.errors.jsonl", on_progress=stop)
    assert run_batch(options).interrupted


def resume(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["batch", str(tmp_path / "d"), "-o", str(tmp_path / "o.jsonl"), "--resume"])
    return code, capsys.readouterr().err


def test_a_second_batch_on_the_same_output_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder_of(tmp_path, 2)
    out = tmp_path / "o.jsonl"
    with open(out, "ab") as held:  # what the first batch holds while it runs
        fcntl.flock(held.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        assert main(["batch", str(tmp_path / "d"), "-o", str(out)]) == 1
    assert "another batch is writing it" in capsys.readouterr().err
    assert out.read_bytes() == b""


def test_a_second_table_batch_on_the_same_folder_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two table runs into one folder would write the same temporary files: the second is
    refused and touches nothing of the first's (its partial database stays); once the first
    ends, a run into the folder works."""
    folder_of(tmp_path, 2)
    out = tmp_path / "tables"
    out.mkdir()
    (out / "wikiparse.sqlite.partial").write_text("the first run's rows")
    held = os.open(out, os.O_RDONLY)  # what the first batch holds while it runs
    try:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        args = ["batch", str(tmp_path / "d"), "-o", str(out), "--format", "sqlite", "-j", "1"]
        assert main(args) == 1
        assert "another batch is writing it" in capsys.readouterr().err
        assert (out / "wikiparse.sqlite.partial").read_text() == "the first run's rows"
    finally:
        os.close(held)
    assert main(args) == 0
    with sqlite3.connect(out / "wikiparse.sqlite") as db:
        assert db.execute("select count(*) from conflicts").fetchone() == (2,)


@pytest.mark.parametrize(
    "text",
    [
        '{"inputs": ["d"], "done": 3',
        '{"inputs": ["d"], "done": 0, "out_bytes": 0, "err_bytes": 0, "shard": 7}',
        '{"inputs": ["d"], "done": 0, "out_bytes": -5, "err_bytes": -5}',
        '["d"]',
        '{"inputs": "d", "done": true}',
    ],
    ids=["cut-short", "unknown-key", "negative-sizes", "a-list", "wrong-kinds"],
)
def test_a_damaged_checkpoint_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str
) -> None:
    folder_of(tmp_path, 1)
    (tmp_path / "o.jsonl.checkpoint").write_text(text)
    code, err = resume(tmp_path, capsys)
    assert code == 1 and err.count("\n") == 1
    assert "o.jsonl.checkpoint: damaged checkpoint" in err


def test_resume_after_a_file_was_added_before_those_done_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder_of(tmp_path, 4)
    interrupted(tmp_path, 2)
    (tmp_path / "d" / "a-new.txt").write_text(wikitext("Battle of New"))
    written = (tmp_path / "o.jsonl").read_bytes()
    code, err = resume(tmp_path, capsys)
    assert code == 1 and "the inputs changed since the checkpoint" in err
    assert (tmp_path / "o.jsonl").read_bytes() == written


def test_resume_after_a_file_was_added_after_those_done_reads_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder_of(tmp_path, 4)
    interrupted(tmp_path, 2)
    (tmp_path / "d" / "z-new.txt").write_text(wikitext("Battle of New"))
    assert resume(tmp_path, capsys)[0] == 0
    names = [Path(s).name for s in sources(records(tmp_path / "o.jsonl"))]
    assert names == ["p0.txt", "p1.txt", "p2.txt", "p3.txt", "z-new.txt"]


def test_resume_with_the_output_moved_away_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder_of(tmp_path, 4)
    interrupted(tmp_path, 2)
    (tmp_path / "o.jsonl").rename(tmp_path / "moved.jsonl")
    code, err = resume(tmp_path, capsys)
    assert code == 1 and "where the checkpoint counts" in err
    assert not (tmp_path / "o.jsonl").exists() or b"\0" not in (tmp_path / "o.jsonl").read_bytes()


@pytest.mark.parametrize("out", ["d/p0.txt", "f.txt"])
def test_the_output_never_overwrites_an_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, out: str
) -> None:
    folder_of(tmp_path, 2)
    (tmp_path / "f.txt").write_text(wikitext("Battle of F"))
    before = (tmp_path / out).read_bytes()
    monkeypatch.chdir(tmp_path)
    assert main(["batch", "d", "f.txt", "-o", out]) == 1
    assert (tmp_path / out).read_bytes() == before


def test_an_output_inside_an_input_folder_is_not_read_back(tmp_path: Path) -> None:
    folder_of(tmp_path, 2)
    for _ in range(2):  # the second run finds the first's output there
        code, docs, errors = batch(tmp_path, "d", out="d/out.jsonl")
        assert code == 0 and errors == []
        assert sources(docs) == ["d/p0.txt", "d/p1.txt"]
