"""Batch and scale: folders and dumps in input order, errors kept, resume after a kill, Dask."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from wikiparse.batch.dumps import iter_dump, iter_range, list_streams, parse_page, wanted
from wikiparse.cli.app import main
from wikiparse.models import Document

from . import dumpmaker
from .conftest import CORPUS, corpus_files

WIKITEXT = [p.read_text(encoding="utf-8") for p in corpus_files("wikitext")]


def lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def dump_pages(n: int) -> list[tuple[int, str, str]]:
    """``n`` pages: every third one has no infobox (the prefilter drops it)."""
    pages = []
    for i in range(n):
        text = WIKITEXT[i % len(WIKITEXT)] if i % 3 else f"'''Page {i}''' is about a river."
        pages.append((i + 1, f"Page {i}", text))
    return pages


def test_batch_folder_in_input_order(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(CORPUS), "-o", str(out)]) == 0  # SOURCES.md is skipped
    records = lines(out)
    expected = sorted(str(p) for p in CORPUS.rglob("*") if p.suffix in (".txt", ".html"))
    assert [r["source"] for r in records] == expected
    assert all(r.keys() == Document.model_fields.keys() for r in records)  # a Document a line
    err = capsys.readouterr().err
    assert "37 documents (31 conflicts, 6 reports), 1 skipped (not conflicts), 0 failed" in err
    (refused,) = lines(tmp_path / "out.errors.jsonl")
    assert refused["source"] == str(CORPUS / "SOURCES.md")
    assert refused["code"] == "not-a-conflict" and refused["type"] == "NotAConflictError"


def test_bad_documents_go_to_the_errors_file(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(WIKITEXT[0])
    (tmp_path / "in" / "b.txt").write_text("   \n")
    out, errors = tmp_path / "out.jsonl", tmp_path / "errs.jsonl"
    assert main(["batch", str(tmp_path / "in"), "-o", str(out), "--errors", str(errors)]) == 1
    assert [r["source"] for r in lines(out)] == [str(tmp_path / "in" / "a.txt")]
    (error,) = lines(errors)
    assert error["type"] == "EmptyInputError" and "no document" in str(error["error"])


def test_two_jobs_give_the_same_output(tmp_path: Path) -> None:
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert main(["batch", str(CORPUS), "-o", str(one)]) == 0
    assert main(["batch", str(CORPUS), "-o", str(two), "-j", "2"]) == 0
    assert one.read_text() == two.read_text()
    assert (tmp_path / "one.errors.jsonl").read_text() == (
        tmp_path / "two.errors.jsonl"
    ).read_text()


def test_multistream_and_plain_dumps(tmp_path: Path) -> None:
    pages = dump_pages(230)  # three streams of up to 100 pages
    dump, index = dumpmaker.multistream(tmp_path, pages)
    streams = list_streams(dump, index)
    assert len(streams) == 3 and streams[-1].end is None
    titles = [p.title for s in streams for p in iter_range(s)]
    assert titles == [t for _, t, _ in pages]
    out = tmp_path / "multi.jsonl"
    assert main(["batch", str(dump), "-o", str(out), "-j", "2"]) == 0
    wanted_titles = [t for i, (_, t, _) in enumerate(pages) if i % 3]
    assert [str(r["source"]).split("#")[1] for r in lines(out)] == wanted_titles
    plain = dumpmaker.plain(tmp_path, pages)
    assert [p.title for p in iter_dump(plain) if wanted(p)] == wanted_titles
    plain_out = tmp_path / "plain.jsonl"
    assert main(["batch", str(plain), "-o", str(plain_out)]) == 0

    def without_source(records: list[dict[str, object]]) -> list[object]:
        return [{**r, "source": None} for r in records]

    assert without_source(lines(plain_out)) == without_source(lines(out))


def _slow_corpus(folder: Path, n: int) -> Path:
    folder.mkdir()
    for i in range(n):
        (folder / f"{i:05d}.txt").write_text(WIKITEXT[i % len(WIKITEXT)])
    return folder


def _done_some(checkpoint: Path) -> bool:
    try:
        return json.loads(checkpoint.read_text())["done"] > 0
    except (OSError, ValueError):  # not there yet, or being replaced
        return False


@pytest.mark.parametrize(
    "sig", [signal.SIGKILL, signal.SIGINT, signal.SIGTERM], ids=["SIGKILL", "SIGINT", "SIGTERM"]
)
def test_killed_batch_resumes_with_every_document_once(tmp_path: Path, sig: int) -> None:
    inputs = _slow_corpus(tmp_path / "in", 700)
    out = tmp_path / "out.jsonl"
    checkpoint = tmp_path / "out.jsonl.checkpoint"
    command = [sys.executable, "-m", "wikiparse", "batch", str(inputs), "-o", str(out)]
    process = subprocess.Popen(command, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not _done_some(checkpoint) and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)  # the first checkpoint (done 0) is written at the start
    process.send_signal(sig)
    code = process.wait(timeout=60)
    assert code in ((-signal.SIGKILL,) if sig == signal.SIGKILL else (130,))
    state = json.loads(checkpoint.read_text())
    assert 0 < state["done"] < 700 and not state["complete"]
    resumed = subprocess.run([*command, "--resume"], capture_output=True, text=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    sources = [r["source"] for r in lines(out)]
    assert sources == sorted(str(p) for p in inputs.iterdir())  # each once, in order


def test_resume_without_a_checkpoint_starts_afresh(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Killed before the first checkpoint, --resume (as --help says to) runs the whole batch."""
    out = tmp_path / "x.jsonl"
    out.write_text('{"source": "half a line')  # what a kill in the first seconds leaves
    assert main(["batch", str(CORPUS), "-o", str(out), "--resume"]) == 0  # SOURCES.md skipped
    assert "started afresh" in capsys.readouterr().err
    reference = tmp_path / "ref.jsonl"
    assert main(["batch", str(CORPUS), "-o", str(reference)]) == 0
    assert out.read_bytes() == reference.read_bytes()


@pytest.mark.parametrize("when", ["before", "after"], ids=["before-checkpoint", "after"])
def test_kill_9_at_a_random_moment_then_resume(tmp_path: Path, when: str) -> None:
    """SIGKILL before or after the first checkpoint, then --resume: the output and errors
    files are byte-identical to an uninterrupted run's."""
    inputs = _slow_corpus(tmp_path / "in", 400)
    (inputs / "00007.txt").write_text("   ")  # one error line too
    reference, out = tmp_path / "ref.jsonl", tmp_path / "out.jsonl"
    base = [sys.executable, "-m", "wikiparse", "batch", str(inputs)]
    subprocess.run([*base, "-o", str(reference)], capture_output=True, timeout=600)
    process = subprocess.Popen([*base, "-o", str(out)], stderr=subprocess.DEVNULL)
    checkpoint = tmp_path / "out.jsonl.checkpoint"
    rng = random.Random()
    if when == "before":
        time.sleep(rng.uniform(0.0, 0.8))  # start-up takes about half a second
    else:
        deadline = time.monotonic() + 60
        while not checkpoint.exists() and time.monotonic() < deadline:
            time.sleep(0.02)
        time.sleep(rng.uniform(0.0, 1.0))
    process.kill()
    process.wait(timeout=60)
    resumed = subprocess.run([*base, "-o", str(out), "--resume"], capture_output=True, timeout=600)
    assert resumed.returncode == 1, resumed.stderr  # the one bad input
    assert out.read_bytes() == reference.read_bytes()
    errors = tmp_path / "out.errors.jsonl"
    assert errors.read_bytes() == (tmp_path / "ref.errors.jsonl").read_bytes()


def test_dask_read_dump_equals_serial(tmp_path: Path) -> None:
    pytest.importorskip("dask.bag")
    import wikiparse.dask

    dump, index = dumpmaker.multistream(tmp_path, dump_pages(230))
    serial = [parse_page(p) for s in list_streams(dump, index) for p in iter_range(s) if wanted(p)]
    bag = wikiparse.dask.read_dump(dump)
    assert bag.npartitions == 3
    assert bag.compute(scheduler="processes", num_workers=2) == serial


def test_dask_records_on_a_distributed_cluster_equal_batch(tmp_path: Path) -> None:
    """The Dask path on a real engine (issue 19): a dask.distributed LocalCluster of two
    worker processes, one partition per stream of a multistream dump with a damaged stream,
    gives exactly the records batch writes (documents and errors), in batch's order."""
    distributed = pytest.importorskip("dask.distributed")
    import wikiparse.dask

    pages = dump_pages(230)
    pages[40] = (41, "Page 40", "{{Infobox military conflict|conflict=}}\n" + "\x00" * 3)
    dump, index = dumpmaker.multistream(tmp_path, pages)
    offsets = dumpmaker.index_offsets(index)
    data = bytearray(dump.read_bytes())
    data[offsets[2] + 200 : offsets[2] + 260] = b"x" * 60  # the third stream: damaged bz2
    dump.write_bytes(bytes(data))
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    main(["batch", str(dump), "-o", str(out), "--errors", str(errors)])
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                 dashboard_address=":0") as cluster,
        distributed.Client(cluster),
    ):  # fmt: skip
        bag = wikiparse.dask.read_records(dump)
        records = bag.compute()
    assert bag.npartitions == 3
    assert [r for r in records if "format" in r] == lines(out)
    assert [r for r in records if "format" not in r] == lines(errors)
    assert len(lines(out)) > 80 and len(lines(errors)) >= 1


def test_folder_entries_that_are_not_files_are_reported(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(WIKITEXT[0])
    (folder / "loop").symlink_to(folder / "loop")
    (folder / "dangling").symlink_to(folder / "nowhere")
    (folder / "up").symlink_to(tmp_path)
    os.mkfifo(folder / "fifo")
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    assert main(["batch", str(folder), "-o", str(out), "--errors", str(errors)]) == 1
    assert [r["source"] for r in lines(out)] == [str(folder / "a.txt")]
    reasons = {Path(str(r["source"])).name: str(r["error"]) for r in lines(errors)}
    assert set(reasons) == {"loop", "dangling", "up", "fifo"}
    assert "loop" in reasons["loop"] and "dangling" in reasons["dangling"]
    assert "FIFO" in reasons["fifo"] and "not followed" in reasons["up"]
    assert {r["type"] for r in lines(errors)} == {"UnreadableInputError"}


def test_a_file_deleted_during_the_batch_is_one_error_line(tmp_path: Path) -> None:
    from wikiparse.batch.run import Options, Summary, run_batch

    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (folder / name).write_text(WIKITEXT[0])
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"

    def delete_c(summary: Summary) -> None:  # after the first file is written
        (folder / "c.txt").unlink(missing_ok=True)

    summary = run_batch(Options([str(folder)], out, errors, on_progress=delete_c))
    assert (summary.documents, summary.errors) == (2, 1)
    (error,) = lines(errors)
    assert error["source"] == str(folder / "c.txt") and "gone" in str(error["error"])
    assert error["type"] == "UnreadableInputError"
