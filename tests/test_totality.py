"""Totality: for any input, extract returns a Document or raises a WikiparseError — nothing
else, never a hang. Random text and bytes, and real pages mutated the ways scrapes break them
(truncated anywhere, lines duplicated or lost, unbalanced {{, [[ and <ref>)."""

from __future__ import annotations

import contextlib

from hypothesis import given, settings
from hypothesis import strategies as st

import wikiparse
from wikiparse import Document, WikiparseError
from wikiparse.readers import FORMATS

from .conftest import CORPUS, SEEDS

# Four times the profile's budget: 2,000 examples under --hypothesis-profile=ci.
BUDGET = settings(max_examples=settings().max_examples * 4)
PAGES = [
    p.read_text(encoding="utf-8")
    for p in [*SEEDS.glob("*.txt"), *CORPUS.glob("*/*.txt"), *CORPUS.glob("*/*.html")]
]
BREAKERS = [
    *("{{", "}}", "[[", "]]", "<ref>", "</ref>", "<ref name=x/>", "{|", "|", "---\n", "\n"),
    *("=", "'''", "<!--", "&lt;", "\x00", "†", "[1]", "Belligerents | |||||\n"),
    *("<table>", "</table>", "<tr>", "<td>", '<th colspan="2">Belligerents</th>', "<br>"),
    *('<span class="flagicon">', '<sup class="reference">', "<ul><li>", "</li></ul>"),
]


def total(data: str | bytes, fmt: str | None = None) -> None:
    try:
        result = wikiparse.extract(data, format=fmt)
    except WikiparseError as exc:
        assert str(exc).startswith("<string>: ")  # names the input
        return
    assert isinstance(result, Document)
    assert (result.conflict is None) != (result.report is None)


@st.composite
def mutated(draw: st.DrawFn) -> str:
    text = draw(st.sampled_from(PAGES))
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(["truncate", "insert", "duplicate", "delete"]))
        at = draw(st.integers(0, len(text)))
        if op == "truncate":
            text = text[:at]
        elif op == "insert":
            text = (
                text[:at] + draw(st.sampled_from(BREAKERS)) * draw(st.integers(1, 50)) + text[at:]
            )
        else:
            lines = text.split("\n")
            i = draw(st.integers(0, max(0, len(lines) - 1)))
            lines[i : i + 1] = [lines[i]] * 2 if op == "duplicate" else []
            text = "\n".join(lines)
    return text


@BUDGET
@given(st.text(), st.one_of(st.none(), st.sampled_from(FORMATS)))
def test_any_text(text: str, fmt: str | None) -> None:
    total(text, fmt)


@BUDGET
@given(st.binary(), st.sampled_from(["utf-8", "utf-16", "raw"]))
def test_any_bytes(data: bytes, encoding: str) -> None:
    total(data if encoding == "raw" else data.decode("latin-1").encode(encoding))


@BUDGET
@given(mutated(), st.one_of(st.none(), st.sampled_from(FORMATS)))
def test_mutated_pages(text: str, fmt: str | None) -> None:
    total(text, fmt)


# --- the outside attack's findings, as a fuzz over real pages ---------------------------------

# What callers and files really hand over: lone surrogates (Python strings), NULs, BOMs, C1
# controls and bidi overrides, huge figures, bad YAML scalars.
HOSTILE = [
    *("\ud800", "\udfff", "x\ud83d", "\x00", "\ufeff", "\x9b31m", "\u202e", "\u2066", "\x85"),
    *("9" * 400 + " killed", "date: 2018-02-30\n", "n: " + "9" * 5000 + "\n", "&a9;"),
]


@st.composite
def hostile_pages(draw: st.DrawFn) -> str | bytes:
    """A corpus page with hostile pieces spliced in, maybe truncated, as str or bytes
    (UTF-8, UTF-8 with a BOM, UTF-16 with a BOM, or cut mid-character)."""
    text = draw(mutated())
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.sampled_from(HOSTILE)) + text[at:]
    form = draw(st.sampled_from(["str", "utf-8", "bom", "utf-16", "cut"]))
    if form == "str":
        return text
    data = text.encode("utf-16" if form == "utf-16" else "utf-8", errors="surrogatepass")
    if form == "bom":
        data = b"\xef\xbb\xbf" + data
    if form == "cut":
        data = data[: draw(st.integers(0, len(data)))]
    return data


@BUDGET
@given(hostile_pages(), st.one_of(st.none(), st.sampled_from(FORMATS)))
def test_hostile_pages_give_documents_that_serialize(data: str | bytes, fmt: str | None) -> None:
    try:
        document = wikiparse.extract(data, format=fmt)
    except WikiparseError:
        return
    for output in ("json", "yaml", "table", "jsonl"):
        rendered = wikiparse.render(document, output)
        assert "\ud800" not in rendered and "\x9b" not in rendered and "\u202e" not in rendered
    assert Document.model_validate_json(document.model_dump_json()) == document
    if document.conflict is not None:
        wikiparse.render(document, "wikitext")
        with contextlib.suppress(WikiparseError):  # parse agrees or refuses
            wikiparse.parse(data, format=fmt)
