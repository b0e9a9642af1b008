"""Damaged dumps: every intact page is written exactly once, each damaged stream leaves one
errors-file record (dump@offset and the reason), the batch goes on and exits 1; with -j 1 and
-j 2 alike. Each corruption is one a real download or disk can produce."""

from __future__ import annotations

import bz2
import json
import random
from collections.abc import Callable
from pathlib import Path

import pytest

from wikiparse.cli.app import main

from . import dumpmaker
from .conftest import corpus_files

WIKITEXT = [p.read_text(encoding="utf-8") for p in corpus_files("wikitext")][:3]
PER_STREAM = 10
STREAMS = 5


def _pages(n: int = PER_STREAM * STREAMS) -> list[tuple[int, str, str]]:
    return [(i + 1, f"Page {i + 1}", WIKITEXT[i % len(WIKITEXT)]) for i in range(n)]


def _titles(stream: int) -> set[str]:
    """The titles of the pages in page stream ``stream`` (0-based)."""
    first = stream * PER_STREAM + 1
    return {f"Page {i}" for i in range(first, first + PER_STREAM)}


ALL = {f"Page {i + 1}" for i in range(PER_STREAM * STREAMS)}


def _flip_bytes(dump: Path, index: Path) -> set[str]:
    """Flipped bytes inside stream 2: its pages are lost, the rest intact."""
    offsets = dumpmaker.index_offsets(index)
    data = bytearray(dump.read_bytes())
    rng = random.Random(7)
    for _ in range(10):
        at = rng.randrange(offsets[2] + 50, offsets[3] - 50)
        data[at] ^= 0xFF
    dump.write_bytes(bytes(data))
    return ALL - _titles(2)


def _truncate(dump: Path, index: Path) -> set[str]:
    """The file cut in the middle of the last page stream (a download that stopped)."""
    offsets = dumpmaker.index_offsets(index)
    data = dump.read_bytes()
    dump.write_bytes(data[: offsets[-1] + (len(data) - offsets[-1]) // 2])
    return ALL - _titles(STREAMS - 1)


def _shift_offset(dump: Path, index: Path) -> set[str]:
    """One index line points a few bytes past its stream: the pages are all still there."""
    lines = bz2.decompress(index.read_bytes()).decode().splitlines()
    offset, rest = lines[PER_STREAM * 2].split(":", 1)
    lines = [f"{int(offset) + 7}:{rest}" if ln.startswith(offset + ":") else ln for ln in lines]
    dumpmaker.write_index(index, lines)
    return ALL


def _junk_index(dump: Path, index: Path) -> set[str]:
    """Junk lines in the index: a stray word, an offset past the end, a half line."""
    lines = bz2.decompress(index.read_bytes()).decode().splitlines()
    lines[5:5] = ["garbage without colons", "999999999:77:Nowhere", "12"]
    dumpmaker.write_index(index, lines)
    return ALL


def _undefined_entity(dump: Path, index: Path) -> set[str]:
    """Stream 1 rewritten with an entity XML does not define: that stream cannot be parsed."""
    offsets = dumpmaker.index_offsets(index)
    data = dump.read_bytes()
    xml = bz2.decompress(data[offsets[1] : offsets[2]]).replace(b"</title>", b"&bogus;</title>", 1)
    patched = data[: offsets[1]] + bz2.compress(xml) + data[offsets[2] :]
    dump.write_bytes(patched)
    # the index now points past stream 1's new length: rebuild it from the stream sizes
    shift = len(patched) - len(data)
    lines = bz2.decompress(index.read_bytes()).decode().splitlines()
    fixed = []
    for line in lines:
        offset, rest = line.split(":", 1)
        fixed.append(f"{int(offset) + shift if int(offset) > offsets[1] else offset}:{rest}")
    dumpmaker.write_index(index, fixed)
    return ALL - _titles(1)


def _bad_index_file(dump: Path, index: Path) -> set[str]:
    """The index itself is corrupt: the dump is read whole, without it."""
    index.write_bytes(index.read_bytes()[:20])
    return ALL


MULTISTREAM: dict[str, tuple[Callable[[Path, Path], set[str]], int]] = {
    # corruption -> (apply, damage records expected)
    "flipped bytes": (_flip_bytes, 1),
    "truncated stream": (_truncate, 1),
    "shifted index offset": (_shift_offset, 0),
    "junk index lines": (_junk_index, 0),
    "undefined entity": (_undefined_entity, 1),
    "corrupt index file": (_bad_index_file, 1),
}


def _run(tmp_path: Path, dump: Path, jobs: int) -> tuple[int, list[str], list[dict[str, str]]]:
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    code = main(["batch", str(dump), "-o", str(out), "--errors", str(errors), "-j", str(jobs)])
    written = [json.loads(line)["source"].split("#", 1)[1] for line in out.open(encoding="utf-8")]
    # a finished run removes an empty errors file
    records = (
        [json.loads(line) for line in errors.open(encoding="utf-8")] if errors.exists() else []
    )
    return code, written, records


@pytest.mark.parametrize("jobs", [1, 2], ids=["j1", "j2"])
@pytest.mark.parametrize("corruption", list(MULTISTREAM))
def test_damaged_multistream(tmp_path: Path, corruption: str, jobs: int) -> None:
    dump, index = dumpmaker.multistream(tmp_path, _pages(), per_stream=PER_STREAM)
    apply, damaged = MULTISTREAM[corruption]
    intact = apply(dump, index)
    code, written, records = _run(tmp_path, dump, jobs)
    assert len(written) == len(set(written)), "a page was written twice"
    assert intact <= set(written), f"intact pages lost: {sorted(intact - set(written))[:5]}"
    assert len(records) == damaged, records
    for record in records:
        assert record["type"] == "DamagedDumpError"
        # a stream names the dump and its byte offset; a bad index names the index
        assert record["source"].startswith(f"{dump}@") or record["source"] == str(index)
        assert record["error"]
    assert code == (1 if damaged else 0)


def _truncated_plain(folder: Path) -> tuple[Path, set[str]]:
    dump = dumpmaker.plain(folder, _pages(), compress=False)
    data = dump.read_bytes()
    cut = data.index(b"<title>Page 31</title>")
    dump.write_bytes(data[:cut])
    return dump, {f"Page {i}" for i in range(1, 30)}


def _truncated_plain_bz2(folder: Path) -> tuple[Path, set[str]]:
    dump = dumpmaker.plain(folder, _pages())
    dump.write_bytes(dump.read_bytes()[: len(dump.read_bytes()) * 2 // 3])
    return dump, set()  # where a bz2 stream is cut, some block of pages before it survives


def _billion_laughs(folder: Path) -> tuple[Path, set[str]]:
    entities = '<!ENTITY a0 "lol">' + "".join(
        f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10)
    )
    dump = dumpmaker.plain(folder, _pages(5), compress=False)
    text = dump.read_text(encoding="utf-8")
    bomb = f"<!DOCTYPE mediawiki [{entities}]>\n"
    text = bomb + text.replace("<title>Page 3</title>", "<title>&a9;</title>", 1)
    dump.write_text(text, encoding="utf-8")
    return dump, {"Page 1", "Page 2"}


PLAIN: dict[str, Callable[[Path], tuple[Path, set[str]]]] = {
    "truncated .xml": _truncated_plain,
    "truncated .xml.bz2": _truncated_plain_bz2,
    "XML billion laughs": _billion_laughs,
}


@pytest.mark.parametrize("jobs", [1, 2], ids=["j1", "j2"])
@pytest.mark.parametrize("corruption", list(PLAIN))
def test_damaged_plain_dump(tmp_path: Path, corruption: str, jobs: int) -> None:
    dump, intact = PLAIN[corruption](tmp_path)
    code, written, records = _run(tmp_path, dump, jobs)
    assert len(written) == len(set(written))
    assert intact <= set(written)
    (record,) = records
    assert record["type"] == "DamagedDumpError" and dump.name in record["source"]
    assert code == 1


def test_a_range_holding_a_small_and_a_large_stream_reads_both() -> None:
    """A dropped index offset leaves two streams in one range; when the first ends before the
    last chunk read, the chunks after it belong to the second stream and must not be lost."""
    from wikiparse.batch.dumps import CHUNK, _decompressed

    small, large = b"first stream " * 10, random.Random(2).randbytes(CHUNK * 2 + 100)
    data = bz2.compress(small) + bz2.compress(large) + bz2.compress(b"</mediawiki>")
    assert b"".join(_decompressed(data)) == small + large + b"</mediawiki>"
