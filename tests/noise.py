"""Scrape noise a hypothesis strategy can add to a document without changing what it says.

Noise goes where scrapes put it: citation markers after other markers and after sentence ends
in running text, chrome and CS1-residue lines between lines, NBSPs for spaces, CRLF line ends,
trailing spaces, icon file names before icons or at sentence starts. Front matter gets line
noise only in its markdown body and markers only at the end of its `text:` values.
"""

from __future__ import annotations

import re

from hypothesis import strategies as st

MARKERS = ["[7]", " [12]", "[citation needed]", "[a]", "[note 3]", "[104]"]
NEWS_LINES = ["Advertisement", "Read: Iraq launches military operation in Kirkuk"]
NOISE_LINES = [
    "Last updated",
    "Last updated 3 days ago",
    "Advertisement",
    "{{cite news}}: |first= has generic name (help)",
    "CS1 maint: multiple names: authors list (link)",
    "Missing or empty |title= (help)",
]
ICONS = ["Flag of Syria.svg ", "Flag of Syria 2011, observed.svg ", "Flag of Russia.svg "]
EXISTING_MARKER = re.compile(r"\[(?:\d{1,3}|citation needed)\]")
SENTENCE_END = re.compile(r"(?<=[a-z]{3}\.)(?= [A-Z])")
EXISTING_ICON = re.compile(r"(?m)^(?=Flag of [^\n]{1,60}\.svg )")
YAML_TEXT_LINE = re.compile(r"(?m)^ {4,}text: [^|>\n]{1,300}$")


def _body_start(text: str, fmt: str) -> int:
    if fmt != "frontmatter":
        return 0
    return text.index("\n---", 3) + 4


def _points(text: str, fmt: str) -> dict[str, list[int]]:
    long_lines = [m for m in re.finditer(r"(?m)^.{150,}$", text)]
    sentence_ends = [
        p.start()
        for line in long_lines
        for p in SENTENCE_END.finditer(text, line.start(), line.end())
    ]
    start = _body_start(text, fmt)
    markers = [m.end() for m in EXISTING_MARKER.finditer(text)] + sentence_ends
    if fmt == "frontmatter":
        markers = [p for p in markers if p > start] + [
            m.end() for m in YAML_TEXT_LINE.finditer(text)
        ]
    if fmt in ("wikitext", "news"):  # no markers or icons in these; news gets chrome lines
        lines = [m.start() + 1 for m in re.finditer(r"\n\n", text)] if fmt == "news" else []
        markers, sentence_ends = [], []
    else:
        lines = [m.start() + 1 for m in re.finditer(r"\n", text) if m.start() >= start]
    return {
        "marker": markers,
        "line": lines,
        "icon": [m.start() for m in EXISTING_ICON.finditer(text)] + [p + 1 for p in sentence_ends]
        if fmt not in ("wikitext", "news")
        else [],
        "space": [m.start() for m in re.finditer(r"(?<=\S) (?=\S)", text)],
        "eol": [m.start() for m in re.finditer(r"\n", text) if m.start() >= start],
    }


@st.composite
def noisy(draw: st.DrawFn, text: str, fmt: str) -> str:
    """``text`` with 1–5 pieces of scrape noise added, and maybe CRLF line ends."""
    for _ in range(draw(st.integers(1, 5))):
        points = _points(text, fmt)
        kind = draw(st.sampled_from([k for k, v in points.items() if v]))
        at = draw(st.sampled_from(points[kind]))
        insert = {
            "marker": lambda: draw(st.sampled_from(MARKERS)),
            "line": lambda: (
                draw(st.sampled_from(NEWS_LINES if fmt == "news" else NOISE_LINES)) + "\n"
            ),
            "icon": lambda: draw(st.sampled_from(ICONS)),
            "space": lambda: "\u00a0",
            "eol": lambda: " " * draw(st.integers(1, 3)),
        }[kind]()
        text = text[:at] + insert + text[at + (1 if kind == "space" else 0) :]
    if draw(st.booleans()):
        text = text.replace("\n", "\r\n")
    return text
