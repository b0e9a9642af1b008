"""Keep mwparserfromhell linear: escape markup openers that nothing closes, before parsing.

mwparserfromhell retries every construct it could not close, so its time is quadratic in the
number of unclosed openers ("{{a|" × 8,000 takes 19 s, "<span " × 4,000 takes 8 s). An opener
that is never closed cannot become markup anyway, so escaping it as an entity ("&#123;" for
"{") changes nothing a reader sees: it stays visible text, and the flattener reports it as
markup residue. One linear scan with stacks finds them.
"""

from __future__ import annotations

import re

# Everything the tokenizer may try to open or close. Bounded repetitions: no backtracking.
# The lookahead lets the scan skip every character that cannot start one (5x faster).
MARKUP = re.compile(
    r"(?=[{}\[\]<])(?:"
    r"(?P<tpl>\{\{)|(?P<tpl_end>\}\})"
    r"|(?P<link>\[\[)|(?P<link_end>\]\])"
    r"|(?P<ext>\[(?:https?:|ftp:|//)[^\[\]\n]{0,2000}(?P<ext_end>\])?)"
    r"|(?P<comment><!--)"
    r"|(?P<tag><(?P<slash>/?)(?P<name>[A-Za-z][A-Za-z0-9]{0,15})(?:[^<>\n]{0,500}?(?P<close>/?>))?))"
)
# Tables open and close at the start of a line: "{|" … "|}".
TABLE = re.compile(r"^(?:\{\||\|\})", re.MULTILINE)
# Elements that never take a closing tag.
VOID_TAGS = frozenset({"br", "hr", "img", "wbr", "references", "section", "meta", "link", "col"})
# The whole opener is escaped: escaping one "{" of "{{{" would leave a new "{{" behind.
ESCAPE = {"{{": "&#123;&#123;", "[[": "&#91;&#91;", "{|": "&#123;|", "[": "&#91;", "<": "&lt;"}
# Any character that could start or end markup: a run of openers must not swallow markup.
BRACKET = re.compile(r"[\[\]{}<>&]")
PAIRS = {"tpl_end": "tpl", "link_end": "link"}


def _unclosed(text: str) -> list[int]:
    """Positions of openers that nothing closes."""
    stacks: dict[str, list[int]] = {"tpl": [], "link": [], "table": []}
    for m in TABLE.finditer(text):
        if m.group(0) == "{|":
            stacks["table"].append(m.start())
        elif stacks["table"]:
            stacks["table"].pop()
    tags: dict[str, list[int]] = {}
    bad: list[int] = []
    last_comment_end = text.rfind("-->")  # one search, not one per "<!--"
    for m in MARKUP.finditer(text):
        kind = m.lastgroup if m.lastgroup not in ("ext_end", "slash", "name", "close") else None
        kind = kind or next(k for k in ("ext", "tag") if m.group(k) is not None)
        if kind in stacks:
            stacks[kind].append(m.start())
        elif kind in PAIRS and stacks[PAIRS[kind]]:
            stacks[PAIRS[kind]].pop()
        elif _never_closed(kind, m, last_comment_end):
            bad.append(m.start())
        elif kind == "tag":
            _tag(m, tags, bad)
    for stack in (*stacks.values(), *tags.values()):
        bad.extend(stack)
    return sorted(bad)


def _never_closed(kind: str, m: re.Match[str], last_comment_end: int) -> bool:
    """An external link with no "]" on its line, a comment with no "-->" after it."""
    if kind == "ext":
        return m.group("ext_end") is None
    return kind == "comment" and last_comment_end < m.end()


def _tag(m: re.Match[str], tags: dict[str, list[int]], bad: list[int]) -> None:
    name, close = m.group("name").lower(), m.group("close")
    if close is None:
        bad.append(m.start())  # "<span " with no ">": never a tag
    elif m.group("slash"):
        if tags.get(name):
            tags[name].pop()
    elif close != "/>" and name not in VOID_TAGS:
        tags.setdefault(name, []).append(m.start())


def _runs(text: str, bad: list[int]) -> list[tuple[int, int]]:
    """Unclosed openers grouped into runs: "{{a|{{a|{{a|" is one run, not three."""
    runs: list[tuple[int, int]] = []
    for at in bad:
        end = at + (2 if text[at : at + 2] in ESCAPE else 1)
        if runs and not BRACKET.search(text, runs[-1][1], at):
            runs[-1] = (runs[-1][0], end)
        else:
            runs.append((at, end))
    return runs


def guard(text: str) -> tuple[str, int]:
    """``text`` with unclosed openers escaped, and how many there were.

    A lone opener becomes an entity ("&#123;&#123;"); a run of them (with only plain text
    between) goes into one <nowiki>, so a megabyte of "{{" is one node, not a million."""
    bad = _unclosed(text)
    if not bad:
        return text, 0
    out, last = [], 0
    for start, end in _runs(text, bad):
        run = text[start:end]
        out += [text[last:start], ESCAPE.get(run, f"<nowiki>{run}</nowiki>")]
        last = end
    out.append(text[last:])
    return "".join(out), len(bad)
