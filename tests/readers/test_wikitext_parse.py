"""The wikitext parser: node shapes for each construct, agreement with mwparserfromhell on the
corpus, broken markup as text, and the memoised searches that keep it linear."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wikiparse.readers.wikitext.frames import Finder
from wikiparse.readers.wikitext.nodes import (
    Argument,
    ExtLink,
    Heading,
    Lazy,
    Link,
    Marker,
    Node,
    Nodes,
    Ref,
    Template,
)
from wikiparse.readers.wikitext.parse import Reader, parse
from wikiparse.readers.wikitext.reader import read, unescape_xml

from ..conftest import corpus_files


def shape(nodes: Nodes) -> list[object]:
    """Nodes as plain data: text merged, markup as tuples (lazy regions read)."""
    out: list[object] = []
    for node in nodes:
        if type(node) is str:
            if out and type(out[-1]) is str:
                out[-1] += node
            elif node:
                out.append(node)
        else:
            out.append(_shape(node))
    return out


def _shape(node: Node) -> object:
    if isinstance(node, Template):
        return ("T", node.name.strip(), {p.name.strip(): shape(p.value) for p in node.params})
    if isinstance(node, Link):
        return ("L", node.title, None if node.text is None else shape(node.text))
    if isinstance(node, ExtLink):
        return ("X", node.url, None if node.title is None else shape(node.title), node.brackets)
    if isinstance(node, Ref):
        return ("ref", node.name, None if node.contents is None else shape(node.contents.nodes))
    if isinstance(node, Heading):
        return ("H", node.level, shape(node.title))
    if isinstance(node, Lazy):
        return (node.kind, shape(node.nodes))
    if isinstance(node, Argument):
        return ("arg", None if node.default is None else shape(node.default))
    assert isinstance(node, Marker)
    return (node.kind,)


CASES = [
    ("[[Siege of Petersburg]]", [("L", "Siege of Petersburg", None)], 0),
    ("[[A|b]]s", [("L", "A", ["b"]), "s"], 0),
    ("[[A|''b'' [[C]]]]", [("L", "A", ["b ", ("L", "C", None)])], 0),
    ("{{convert|20|mi|km}}", [("T", "convert", {"1": ["20"], "2": ["mi"], "3": ["km"]})], 0),
    ("{{x|k = v|{{y|z}}}}", [("T", "x", {"k": [" v"], "1": [("T", "y", {"1": ["z"]})]})], 0),
    ("{{x|[[a|b]]=c}}", [("T", "x", {"1": [("L", "a", ["b"]), "=c"]})], 0),
    ("{{{1|default}}}", [("arg", ["default"])], 0),
    ("{{cite web|url=http://x.org/a?b=c}}",
     [("T", "cite web", {"url": [("X", "http://x.org/a?b=c", None, False)]})], 0),
    ("<ref name=\"n1\">{{cite|t=1}}</ref><ref name=n1/>",
     [("ref", "n1", [("T", "cite", {"t": ["1"]})]), ("ref", "n1", None)], 0),
    ("<ref>a|b</ref>", [("ref", "", ["a|b"])], 0),
    ("a<!-- hidden -->b<br />c<small>d</small>", ["ab", ("br",), "cd"], 0),
    ("<nowiki>[[x]]</nowiki>&nbsp;&amp;", ["[[x]]\xa0&"], 0),
    ("<math>x^2</math>y", ["y"], 0),
    ("x\n== Aftermath == <!-- c -->\ny", ["x\n", ("H", 2, [" Aftermath "]), "\ny"], 0),
    ("*a\n**b", [("bullet",), "a\n", ("bullet",), ("bullet",), "b"], 0),
    ("'''Battle''' of", [("bold",), "Battle", ("bold",), " of"], 0),
    ("{|\n| a || b\n|}", [("table", [("newline",), "\n", ("newline",), " a ", ("newline",),
                                     " b\n", ("newline",)])], 0),
    ("see http://a.org/b. Then", ["see ", ("X", "http://a.org/b", None, False), ". Then"], 0),
    ("[http://x.org NPS] [http://y.org]",
     [("X", "http://x.org", ["NPS"], True), " ", ("X", "http://y.org", None, True)], 0),
    # broken markup stays text, and is counted
    ("{{a|b", ["{{a|b"], 1),
    ("[[a|{{b]]}}", [("L", "a", ["{{b"]), "}}"], 1),
    ("{{a|[[b|c}}d", [("T", "a", {"1": ["[[b|c"]}), "d"], 1),
    ("<ref>never closed", ["<ref>never closed"], 1),
    ("[http://x.org no end", ["[", ("X", "http://x.org", None, False), " no end"], 1),
    ("{{ }} ]] }}", ["{{ }} ]] }}"], 0),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected", "unclosed"), CASES, ids=[c[0][:30] for c in CASES])
def test_node_shapes(text: str, expected: list[object], unclosed: int) -> None:
    nodes, reader = parse(text)
    assert shape(nodes) == expected
    assert reader.unclosed == unclosed


def test_heading_inside_an_unclosed_template_is_still_a_heading() -> None:
    """A stray "{{" must not swallow the sections after it: its frame breaks into text."""
    nodes, reader = parse("{{stray\n== History ==\nText.")
    assert [n.level for n in nodes if isinstance(n, Heading)] == [2]
    assert reader.unclosed == 1


@pytest.mark.parametrize("opener", ["{{a|", "[[a|", "<ref>", "[http://x ", "{|\n"])
def test_thousands_of_unclosed_openers_are_text(opener: str) -> None:
    """No recursion, no error: nesting is capped and every unclosed opener becomes text."""
    nodes, reader = parse(opener * 20_000)
    assert reader.unclosed >= 1
    assert "".join(n for n in nodes if isinstance(n, str)).count(opener[0]) > 1_000


def _found(nodes: Nodes, links: Counter[str], templates: Counter[str]) -> None:
    for node in nodes:
        if isinstance(node, Link):
            links[node.title.strip()] += 1
            _found(node.text or [], links, templates)
        elif isinstance(node, Template):
            templates[node.name.strip().lower()] += 1
            for param in node.params:
                _found(param.value, links, templates)
        elif isinstance(node, Ref) and node.contents is not None:
            _found(node.contents.nodes, links, templates)
        elif isinstance(node, Lazy):
            _found(node.nodes, links, templates)
        elif isinstance(node, (ExtLink, Heading)):
            _found(node.title or [], links, templates)


@pytest.mark.parametrize("path", corpus_files("wikitext"), ids=lambda p: p.stem)
def test_agrees_with_mwparserfromhell(path: Path) -> None:
    """The same links as mwparserfromhell on every corpus page, and every template it finds
    (it loses one on battle-of-ayacucho, behind a quote inside {{Cita|…}}; we do not)."""
    mwparserfromhell = pytest.importorskip("mwparserfromhell")
    text = unescape_xml(path.read_text(encoding="utf-8"))
    tree = mwparserfromhell.parse(text)
    their_links = Counter(str(link.title).strip() for link in tree.filter_wikilinks())
    their_templates = Counter(str(t.name).strip().lower() for t in tree.filter_templates())
    links: Counter[str] = Counter()
    templates: Counter[str] = Counter()
    _found(parse(text)[0], links, templates)
    assert links == their_links
    assert not their_templates - templates


texts = st.text(alphabet=st.sampled_from("ab\n<>/-!{}|[]"), max_size=300)


@given(texts, st.lists(st.integers(min_value=0, max_value=300), max_size=20))
def test_finder_answers_like_str_find(text: str, starts: list[int]) -> None:
    """The memo never changes an answer, whatever order the searches come in."""
    finder = Finder(text, len(text))
    for at in starts:
        for needle in ("-->", "\n", "]"):
            assert finder.find(needle, at) == text.find(needle, at)


plain = st.text(alphabet=st.characters(blacklist_characters="{}[]<>|&'\n:"), max_size=200)


@given(plain.filter(lambda t: not t.startswith(tuple("*#;=-"))))  # no list, heading or rule
def test_plain_text_is_one_text_node(text: str) -> None:
    nodes, reader = parse(text)
    assert shape(nodes) == ([text] if text else [])
    assert reader.unclosed == 0


@pytest.mark.parametrize("path", corpus_files("wikitext"), ids=lambda p: p.stem)
def test_stream_gives_the_nodes_block_gives(path: Path) -> None:
    """The body is read in pieces (issue 19: a 10 MB page held all its nodes at once); the
    pieces, in order, are the nodes of one ``block`` read, and a long page gives several."""
    text = unescape_xml(path.read_text(encoding="utf-8")) * 40
    whole, _ = parse(text)
    pieces: list[Nodes] = []
    reader = Reader()
    reader.stream(text, lambda nodes: pieces.append(list(nodes)))
    assert shape([node for piece in pieces for node in piece]) == shape(whole)
    assert len(pieces) > 1
    assert reader.unclosed == parse(text)[1].unclosed


@pytest.mark.parametrize("path", corpus_files("wikitext"), ids=lambda p: p.stem)
def test_escaped_page_reads_as_unescaped(path: Path) -> None:
    """An XML-escaped page is cut and unescaped in one pass over the escaped text (not a full
    unescaped copy first): the same RawPage as its unescaped text, escaped or not in the
    corpus."""
    text = unescape_xml(path.read_text(encoding="utf-8"))
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    assert read(escaped) == read(text)


@pytest.mark.parametrize("page", ["#REDIRECT [[Siege of A & B]]", "  #redirect: [[X]] <!-- x -->"])
def test_escaped_redirect_reads_as_unescaped(page: str) -> None:
    escaped = page.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    assert read(escaped).redirect == read(page).redirect is not None
