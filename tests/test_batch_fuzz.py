"""A hypothesis fuzz of ``wikiparse batch`` itself (issue 32): folders of files with hostile
names and random bytes, Enterprise .ndjson records with lone surrogates and control
characters in their titles, and XML dump pages with random text. Whatever comes, the batch
ends without a traceback, writes JSON lines whose names hold no control, bidi or surrogate
character, and accounts for every input: each file and each .ndjson line is written or
recorded exactly once, each dump page is written, recorded, or lost to a damage record.
Bounded: a few files a run, a few dozen runs."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wikiparse.cli.app import main

from .test_batch_attack import FORBIDDEN, html_record, wikitext

# File names as the file system holds them: any byte but "/" and NUL, not hidden (a batch
# leaves hidden entries out by design), so also bytes that are not UTF-8.
NAMES = st.binary(min_size=1, max_size=12).filter(
    lambda b: b"/" not in b and b"\0" not in b and not b.startswith(b".")
)
# Text with what hurts: controls, bidi overrides, zero-width characters, lone surrogates.
HOSTILE = st.text(
    st.one_of(
        st.characters(codec="utf-8"),
        st.sampled_from("\x00\x1b\n\r\t\x85\x9b\u202e\u2066\ufeff\u200b\ud800\udcff&#;<>{}|[]"),
    ),
    max_size=30,
)
CONTENTS = st.one_of(
    st.binary(max_size=200),  # random bytes
    HOSTILE.map(lambda title: wikitext(f"Battle of {title}").encode("utf-8", "surrogatepass")),
)
SETTINGS = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def _records(path: Path) -> list[dict[str, object]]:
    if not path.exists():
        return []
    out = []
    for line in path.read_bytes().splitlines():
        record = json.loads(line)  # every line is whole JSON
        assert isinstance(record, dict)
        out.append(record)
    return out


def _dump(pages: list[tuple[str, str]]) -> str:
    body = "".join(
        f"<page><title>{escape(title)}</title><ns>0</ns><id>{i}</id><revision><text>"
        f"{escape(wikitext('Battle of ' + text))}</text></revision></page>\n"
        for i, (title, text) in enumerate(pages, start=1)
    )
    return f"<mediawiki>\n{body}</mediawiki>\n"


@SETTINGS
@given(
    files=st.dictionaries(NAMES, CONTENTS, max_size=3),
    lines=st.lists(
        st.one_of(HOSTILE.map(html_record), st.binary(min_size=1, max_size=40)), max_size=3
    ),
    pages=st.lists(st.tuples(HOSTILE, HOSTILE), max_size=3),
)
def test_batch_writes_or_records_every_input(
    files: dict[bytes, bytes], lines: list[str | bytes], pages: list[tuple[str, str]]
) -> None:
    work = Path(tempfile.mkdtemp(prefix="wikiparse-fuzz-"))
    try:
        _run(work, files, lines, pages)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _run(
    work: Path, files: dict[bytes, bytes], lines: list[str | bytes], pages: list[tuple[str, str]]
) -> None:
    folder = work / "d"
    folder.mkdir()
    for name, data in files.items():
        Path(os.fsdecode(os.fsencode(folder) + b"/" + name)).write_bytes(data)
    # the first record an article (what makes a .ndjson an Enterprise dump); no blank line
    lines = [html_record("Battle of First"), *(x for x in lines if x.strip())]
    ndjson = b"".join(
        (x if isinstance(x, bytes) else x.encode()).replace(b"\n", b" ") + b"\n" for x in lines
    )
    (work / "e.ndjson").write_bytes(ndjson)
    (work / "w.xml").write_bytes(_dump(pages).encode("utf-8", "surrogatepass"))
    out = work / "o.jsonl"
    inputs = [str(folder), str(work / "e.ndjson"), str(work / "w.xml")]
    code = main(["batch", *inputs, "-o", str(out)])
    assert code in (0, 1)
    records = _records(out) + _records(work / "o.errors.jsonl")
    sources = [str(r["source"]) for r in records]
    for record in records:  # a Document or an error record: its source is a name
        named = str(record["source"])
        assert not FORBIDDEN & set(named) and "\n" not in named
    in_folder = [s for s in sources if s.startswith(str(folder) + "/")]
    assert len(in_folder) == len(files)
    assert len([s for s in sources if s.startswith(str(work / "e.ndjson"))]) == len(lines)
    from_dump = [s for s in sources if s.startswith("w.xml") or s.startswith(str(work / "w.xml"))]
    damaged = any("@" in s for s in from_dump)
    assert damaged or len(from_dump) == len(pages) or (not pages and len(from_dump) <= 1)
