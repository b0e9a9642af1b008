"""The outside attack on ``wikiparse batch``, round 2 (issue 32): hostile names, encodings,
archives, compression bombs, signals, concurrent and changed runs. One test per defect, each
bounded in time and memory; the API-level findings are in test_attack.py."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

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
    html = (f"<table class='infobox vevent'><tr><th colspan=2>{title}</th></tr><tr><th "
            "colspan=2>Belligerents</th></tr><tr><td>A</td><td>B</td></tr></table>")  # fmt: skip
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
    for record in docs:
        document = record["document"]
        assert isinstance(document, dict)
        assert not FORBIDDEN & set(str(record["source"]) + str(document["source"]))


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
