"""Wikimedia Enterprise HTML dumps in batch: .ndjson and .tar.gz of them, streamed, one
Document per conflict article with source "file#Title", broken lines reported in place."""

from __future__ import annotations

import io
import json
import random
import tarfile
from pathlib import Path

import mwparserfromhell

import wikiparse
from wikiparse.batch.enterprise import Broken, is_enterprise, iter_enterprise
from wikiparse.cli.app import main

from . import html_render
from .conftest import corpus_files
from .test_html import infobox_params


def record(title: str, html: str, ns: int = 0) -> str:
    return json.dumps({
        "name": title, "identifier": 1, "url": f"https://en.wikipedia.org/wiki/{title}",
        "namespace": {"identifier": ns}, "in_language": {"identifier": "en"},
        "article_body": {"html": html, "wikitext": "…"},
    })  # fmt: skip


def conflict_lines() -> tuple[list[str], list[str]]:
    """(lines, titles): two conflict articles in Parsoid HTML, a page with no infobox, a talk
    page, and a line that is not JSON."""
    lines, titles = [], []
    for path in corpus_files("wikitext")[:2]:
        text = path.read_text(encoding="utf-8")
        conflict = wikiparse.parse(text, format="wikitext")
        lines.append(record(conflict.name, html_render.page(conflict, "parsoid",
                                                            infobox_params(text))))  # fmt: skip
        titles.append(conflict.name)
    lines.insert(1, record("Evesham", "<html><body><p>Evesham is a market town.</p></body></html>"))
    lines.append(record("Talk:Battle of X", "<p>Belligerents were discussed.</p>", ns=1))
    lines.append('{"name": "Broken", "article_body": {"html": "<p>cut off')
    return lines, titles


def test_ndjson_dump_gives_one_document_per_conflict(tmp_path: Path) -> None:
    lines, titles = conflict_lines()
    dump = tmp_path / "enwiki_namespace_0_0.ndjson"
    dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert is_enterprise(dump)
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(dump), "-o", str(out)]) == 1  # the broken line is an error
    records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["source"] for r in records] == [f"{dump}#{t}" for t in titles]
    assert all(r["format"] == "html" for r in records)
    for rec, title in zip(records, titles, strict=True):
        conflict = rec["conflict"]
        assert conflict["name"] == title and len(conflict["sides"]) >= 2
    (error,) = [json.loads(x) for x in (tmp_path / "out.errors.jsonl").read_text().splitlines()]
    assert error["source"] == f"{dump}:5" and "not JSON" in error["error"]


def test_tar_gz_of_ndjson_is_streamed(tmp_path: Path) -> None:
    lines, titles = conflict_lines()
    archive = tmp_path / "enwiki-NS0-20260101-ENTERPRISE-HTML.json.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        for n, chunk in enumerate((lines[:2], lines[2:])):
            data = ("\n".join(chunk) + "\n").encode("utf-8")
            info = tarfile.TarInfo(f"enwiki_namespace_0_{n}.ndjson")
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    items = list(iter_enterprise(archive))
    pages = [i for i in items if not isinstance(i, Broken)]
    assert [p.title for p in pages] == [titles[0], "Evesham", titles[1], "Talk:Battle of X"]
    assert pages[0].source == f"{archive}/enwiki_namespace_0_0.ndjson#{titles[0]}"
    assert [b.source.rsplit(":", 1)[-1] for b in items if isinstance(b, Broken)] == ["3"]


def test_a_cut_archive_keeps_what_came_before(tmp_path: Path) -> None:
    lines, titles = conflict_lines()
    whole = tmp_path / "whole.tar.gz"
    filler = [
        record(f"Page {n}", f"<p>{random.Random(n).randbytes(3000).hex()}</p>") for n in range(100)
    ]  # fmt: skip  (incompressible: the cut falls mid-archive)
    with tarfile.open(whole, "w:gz") as tar:
        data = ("\n".join([*lines[:1], *filler]) + "\n").encode("utf-8")
        info = tarfile.TarInfo("part_0.ndjson")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    cut = tmp_path / "cut.tar.gz"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    items = list(iter_enterprise(cut))
    assert isinstance(items[-1], Broken) and "breaks off" in items[-1].reason
    assert any(not isinstance(i, Broken) and i.title == titles[0] for i in items)


def test_other_json_lines_are_not_a_dump(tmp_path: Path) -> None:
    other = tmp_path / "records.ndjson"
    other.write_text('{"a": 1}\n{"a": 2}\n', encoding="utf-8")
    assert not is_enterprise(other)
    assert mwparserfromhell  # the params helper's dependency is a dev dependency
