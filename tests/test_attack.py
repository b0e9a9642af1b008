"""The findings of an outside attack, one test each: what broke, and what it gives now.

(Dumps that survive damage: test_dump_damage.py; resume and folder entries: test_batch.py;
the fuzz over real pages: test_totality.py. Linear time is measured by bench/adversarial.py.)
"""

from __future__ import annotations

import json
import time
import tracemalloc
from collections.abc import Callable

import pytest

import wikiparse
from wikiparse import Document
from wikiparse.values.figure_text import repaired

BOX = "{{Infobox military conflict|conflict=Battle of X|combatant1=A|combatant2=B%s}}"
FM = "---\ntitle: Battle of X\n%s\n---\n# Battle of X\n\nText.\n"


def codes(doc: Document) -> list[str]:
    return [issue.code for issue in doc.issues]


def serializes(doc: Document) -> None:
    for output in ("json", "jsonl", "yaml", "table"):
        wikiparse.render(doc, output)
    assert Document.model_validate_json(doc.model_dump_json()) == doc


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        (BOX % "" + "\ud800", None),
        (BOX % "|commander1=Talal Silo\ud800", None),
        (FM % "place: Qadam\ud800", "frontmatter"),
        (BOX % "" + "\nThe battle \udc00 was fought.\n", None),
    ],
    ids=["alone", "commander", "yaml head", "paragraph"],
)
def test_lone_surrogates_become_replacement_characters(text: str, fmt: str | None) -> None:
    doc = wikiparse.extract(text, format=fmt)
    assert "lone-surrogates" in codes(doc)
    assert "\ufffd" in doc.model_dump_json()
    serializes(doc)


@pytest.mark.parametrize(
    ("figure", "low", "code"),
    [
        ("9" * 400 + " killed", None, "implausible-figure"),
        ("9" * 30 + " killed", None, "implausible-figure"),
        ("10,000,000,001 killed", None, "implausible-figure"),
        ("9,999,999,999 killed", 9_999_999_999, None),
        ("1.2 million killed", 1_200_000, None),
        ("0.7 million", 700_000, None),
        ("2.5 thousand", 2_500, None),
    ],
)
def test_figures_are_exact_or_flagged(figure: str, low: int | None, code: str | None) -> None:
    doc = wikiparse.extract(BOX % f"|casualties1={figure}")
    assert doc.conflict is not None
    (quantity,) = doc.conflict.sides[0].casualties
    assert quantity.low == low
    assert (code in codes(doc)) if code else not codes(doc)


@pytest.mark.parametrize(
    "head",
    ["date: 2018-02-30", "x: " + "9" * 5000, "when: 2018-13-01"],
    ids=["day", "int", "month"],
)
def test_bad_yaml_scalars_are_kept_as_text(head: str) -> None:
    doc = wikiparse.extract(FM % head, format="frontmatter")
    assert doc.conflict is not None and doc.conflict.name == "Battle of X"
    assert "unparsed-value" in codes(doc) and "invalid-frontmatter" not in codes(doc)
    serializes(doc)


def test_yaml_alias_expansion_is_capped() -> None:
    head = (
        "a: &a [" + ",".join(["lolololololololololol"] * 200) + "]\n"
        "b: &b [*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d]\n"
        "infoboxes:\n  - result: [*e,*e,*e,*e]"
    )
    text = FM % head
    doc = wikiparse.extract(text, format="frontmatter")
    assert "invalid-frontmatter" in codes(doc)
    assert "expand" in next(i.message for i in doc.issues if i.code == "invalid-frontmatter")
    assert len(doc.model_dump_json()) < 10 * len(text)
    assert doc.conflict is not None and doc.conflict.sections  # the body is still read


def test_front_matter_past_the_detection_head_is_front_matter() -> None:
    head = 'title: Battle of X\nplace: Qadam\nnotes: "' + "word " * 100_000 + '"'
    doc = wikiparse.extract(FM % head)
    assert doc.format == "frontmatter"
    assert doc.conflict is not None and doc.conflict.name == "Battle of X"


@pytest.mark.parametrize("char", ["\x9b", "\x85", "\u202e", "\u2066", "\u202a"])
def test_c1_controls_and_bidi_overrides_never_reach_output(char: str) -> None:
    doc = wikiparse.extract(BOX % f"|result=Victory {char}31m red {char} txt")
    assert "control-characters" in codes(doc)
    for output in ("json", "jsonl", "yaml", "table", "wikitext"):
        assert char not in wikiparse.render(doc, output)


def test_mojibake_is_repaired_before_c1_controls_are_removed() -> None:
    # "Á" read as Windows-1252 is "Ã" + U+0081, a C1 control: repaired, not stripped
    doc = wikiparse.extract(BOX % "|place=\u00c3\u0081vila, Spain")
    assert doc.conflict is not None and doc.conflict.place == "Ávila, Spain"


def test_unclosed_nested_tables_stay_within_20x_memory() -> None:
    """Deterministic (Python allocations, not the process size): 1 MB of unclosed "{|" lines
    took 336x its size when every line's lists were kept to the end of the section."""
    table = "{|\n|" * 50_000
    tracemalloc.start()
    try:
        wikiparse.extract(BOX % "" + "\n" + table)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 20 * len(table)


def test_broken_markup_is_one_issue_per_page_not_per_line() -> None:
    doc = wikiparse.extract(BOX % "" + "\n" + "}} text\n" * 1000)
    assert codes(doc).count("markup-residue") == 1
    assert "1000 lines" in next(i.message for i in doc.issues if i.code == "markup-residue")


# --- round 2 (issue 32) ---------------------------------------------------------------------------

# What no output string may hold: the edge rule (C0 but tab and line ends, DEL, C1, bidi
# embeddings, overrides and isolates, lone surrogates, zero-width characters, the BOM).
FORBIDDEN = {
    *map(chr, [*range(0, 9), 11, 12, *range(14, 32), *range(0x7F, 0xA0)]),
    *map(chr, [*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200B, 0xFEFF, 0x2060]),
    *map(chr, range(0xD800, 0xE000)),
}
HTML_BOX = (
    "<html><body><table class='infobox vevent'><tr><th colspan=2>%s</th></tr><tr><th colspan=2>"
    "Belligerents</th></tr><tr><td>A</td><td>%s</td></tr></table></body></html>"
)


def forbidden_in(value: object) -> set[str]:
    """The forbidden characters in every string of a JSON value."""
    if isinstance(value, str):
        return FORBIDDEN & set(value)
    items = value.values() if isinstance(value, dict) else value if isinstance(value, list) else []
    return set().union(*(forbidden_in(v) for v in items))


@pytest.mark.parametrize(
    "text",
    [
        BOX.replace("of X", "of X&#x202e;Y") % "|result=Win&#x2067;|combatant2=B&#xfeff;",
        BOX % "|combatant1=A&#27;[31m|result=&#x85;Win&#155;&#8203;&#x2060;",
        HTML_BOX % ("Battle of X&#x202e;Y", "B&#x2066;&#27;[31m&#xfeff;"),
        "<html><head><title>Toll rises&#x202e; in Aleppo</title></head><body><article><h1>Toll "
        "rises&#x202e; in Aleppo</h1><p>BEIRUT (AFP) - The toll rose to 12 killed in "
        "Aleppo&#x2067;, the Syrian Observatory for Human Rights said.</p><p>Rebels fought the "
        "army&#27;[31m near the river&#xfeff;, the Observatory said.</p></article></body></html>",
        FM % 'place: "Qadam\\u202e\\e[31m\\x85"',
    ],
    ids=["wikitext", "wikitext-c1", "html-infobox", "html-news", "yaml-escapes"],
)
def test_decoded_references_are_cleaned_like_raw_characters(text: str) -> None:
    """Character references and escapes are decoded inside the readers, after the input was
    cleaned: &#x202e; came out as a bidi override, &#27; as ESC, with no Issue."""
    doc = wikiparse.extract(text)
    assert not forbidden_in(json.loads(doc.model_dump_json()))
    assert not FORBIDDEN & set(wikiparse.render(doc, "yaml"))
    assert "control-characters" in codes(doc)


@pytest.mark.parametrize(
    ("source", "shown"),
    [
        ("a\udcff.txt", "a\\xff.txt"),  # a file name byte that is not UTF-8 (os.fsdecode)
        ("a\ud800", "a\\ud800"),
        ("town\nwikiparse: error: FAKE\x1b[31m.txt", "town\\nwikiparse: error: FAKE\\x1b[31m.txt"),
        ("x\u202eevil", "x\\u202eevil"),
        ("Battle of Aleppo (2012–2016)", "Battle of Aleppo (2012–2016)"),
    ],
)
def test_sources_are_escaped_at_the_edge(source: str, shown: str) -> None:
    doc = wikiparse.extract(BOX % "", source=source)
    assert doc.source == shown
    serializes(doc)
    with pytest.raises(wikiparse.WikiparseError) as caught:
        wikiparse.extract("   ", source=source)
    assert "\n" not in str(caught.value) and not FORBIDDEN & set(str(caught.value))


def test_attributes_past_the_cap_are_cut_before_libxml2_sees_them() -> None:
    """libxml2 compares each attribute with those before it: 80,000 on one tag took over 4 s.
    Counted, not timed: what reaches the parser has at most MAX_ATTRIBUTES a tag."""
    from wikiparse.readers.html.tree import MAX_ATTRIBUTES, parse

    many = " ".join(f"a{i}='{i}'" for i in range(5 * MAX_ATTRIBUTES))
    root, issues = parse(f"<!DOCTYPE html><html><body><div {many}><p>kept</p></div></body></html>")
    (div,) = root.iter("div")
    assert len(div.attrib) == MAX_ATTRIBUTES and div.get("a0") == "0"
    assert [i.code for i in issues] == ["html-attributes-capped"]
    assert root.findtext(".//p") == "kept"
    few = " ".join(f"a{i}='{i}'" for i in range(MAX_ATTRIBUTES))
    root, issues = parse(f"<html><body><div {few}></div></body></html>")
    assert len(next(root.iter("div")).attrib) == MAX_ATTRIBUTES and not issues


@pytest.mark.parametrize(
    "head",
    [
        '<?xml version="1.0"?>\n<!DOCTYPE html><html>',
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml">',
    ],
)
def test_xhtml_with_an_xml_declaration_is_html(head: str) -> None:
    doc = wikiparse.extract(head + HTML_BOX.split("<html>", 1)[1] % ("Battle of X", "B"))
    assert doc.format == "html" and doc.conflict is not None
    assert doc.conflict.name == "Battle of X"


@pytest.mark.parametrize(
    "text",
    [
        "---\ntitle: Battle of X\n---\n# Battle of X\n\n{|\n",  # a table start left in an export
        "<!--Casualties and losses\nCasualties and losses\n<!--",  # columns over no rows
        "Battle of X\n\nThe battle [[was]] fought.\n\n|} Aftermath {{\n",
    ],
    ids=["table-start-paragraph", "empty-sides", "brackets-in-plaintext"],
)
def test_the_round_trip_keeps_what_scrapes_give(text: str) -> None:
    """parse(render(c)) == c: a "{|" paragraph came back as nothing (the wikitext reader drops
    it as residue) and two empty sides as none (a box without side parameters has none)."""
    try:
        conflict = wikiparse.parse(text)
    except wikiparse.WikiparseError:
        return  # no conflict: nothing to carry over
    assert wikiparse.parse(wikiparse.render(conflict, "wikitext")) == conflict
    for paragraph in (p for s in conflict.sections for p in s.paragraphs):
        assert not {"{|", "|}", "[[", "]]", "{{", "}}"} & {
            paragraph[i : i + 2] for i in range(len(paragraph))
        }


# Hostile shapes that held 28-129 bytes per input byte (issue 32): each now stays under 20x.
# Python allocations (tracemalloc), not the process size: deterministic; a few hundred KB each.
MEMORY_SHAPES = {
    # the attack's size: under it, the fixed costs (500 claims, the speaker reader's word
    # cache) are most of what is measured
    "news: one sentence of 32,000 tolls": lambda: (
        "By AFP\n\nBEIRUT: The toll rose to " + ", ".join(f"{i} killed" for i in range(32_000))
        + " the Syrian Observatory for Human Rights said."
    ),
    "scrape: 8,000 flag lines": lambda: (
        "Battle of X\nPart of the Syrian Civil War\nDate 2018\nLocation Aleppo, Syria\nResult\n"
        "Victory\nBelligerents\n" + "".join(f"Flag of Syria.svg Syria{i}\n" for i in range(8_000))
        + "Commanders and leaders\nUnknown\n\nThe Battle of X was fought in 2018.\n"
    ),
    "front matter: 8,000 anchors": lambda: (
        "---\ntitle: Battle of X\n" + "".join(f"k{i}: &a{i} v{i}\n" for i in range(8_000))
        + "---\n# Battle of X\n\nThe battle was fought.\n"
    ),
    "wikitext: 6,000 named references": lambda: (
        BOX % "" + "\n'''Battle of X''' was a battle.\n\n" + "".join(
            f'<ref name="r{i}">{{{{cite web|title=R{i}|url=http://e.org/{i}}}}}</ref>'
            f'<ref name="r{i}"/>' for i in range(6_000))
    ),
}  # fmt: skip


@pytest.mark.parametrize("shape", list(MEMORY_SHAPES))
def test_hostile_shapes_stay_within_20x_memory(shape: str) -> None:
    text = MEMORY_SHAPES[shape]()
    tracemalloc.start()
    try:
        doc = wikiparse.extract(text)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 20 * len(text.encode())
    assert {"claims-capped", "list-capped", "invalid-frontmatter"} & set(codes(doc))


BLANKS = 100_000


@pytest.mark.parametrize(
    "run",
    [
        # a leaked infobox line with a long run of blanks: its " | " split was quadratic (16 s)
        lambda: wikiparse.extract(
            "Bataille de VerdunInfobox Conflit militaire | date = 21 février 1916 | lieu = V"
            + " " * BLANKS
            + "x | belligérants1 = France\n"
        ),
        # a figure with an arrow after a long run of blanks: the arrow's split (60 s)
        lambda: repaired("16 Legionen" + " " * BLANKS + "x → 80.000 Mann", "de"),
    ],
)
def test_long_blank_runs_are_scanned_once(run: Callable[[], object]) -> None:
    """A pattern that starts with a run of blanks is tried where the run starts only; tried
    at each blank, every start scanned the rest of the run (quadratic)."""
    start = time.perf_counter()
    run()
    assert time.perf_counter() - start < 2.0
