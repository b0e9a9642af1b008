"""An infobox flattened to one "parameter: value" line per row, under an "Infobox" heading:

    Infobox                                          (a current render, "- Key: value")
    - Conflict: Battle of Krasnoi
    - Combatant1: France, Kingdom of Westphalia , Duchy of Warsaw
    - Commander2: Mikhail Kutuzov | Dmitry Golitsyn | Alexander Tormasov

    Infobox Military Conflict                        (en-academic's old copies, "key=value")
    result=Tactical British Victory
    Strategic American Victory                       <- a value continued on the next line
    casualties2=5 killed [McGuire, Thomas J., "The Philadelphia Campaign…"; page 54]

Keys are the template's own parameter names, so they map through ``fields`` like wikitext's.
The box ends at the first blank line after its rows, or at a line that reads as a paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from wikiparse import fields
from wikiparse.issues import Issue
from wikiparse.raw import RawValue
from wikiparse.readers.common.cells import value_of
from wikiparse.readers.common.params import canonical_param, has_side_fields
from wikiparse.readers.rendered.label_lines import paragraph_like
from wikiparse.readers.rendered.lost_rows import lost_values

__all__ = [
    "FIGURE_COMMA", "INLINE_CITATION", "MIN_ROWS", "NAME_COMMA", "PARAM_LINE", "PIPE_LIST",
    "SIDE_PARAM_LINE", "TEMPLATE_RESIDUE", "FlatBox", "find_flat_params"
]  # fmt: skip

# "- Combatant1: …", "* commander2 = …", "strength1=2,200": a bullet, a parameter name of at
# most 24 characters (letters, spaces, underscores, a column digit and row letter), then ":"
# or "=". Bounded repeats and one optional separator run: linear.
PARAM_LINE = re.compile(
    r"^(?:[-*•][ \t]{1,4})?(?P<key>[A-Za-z][A-Za-z_ ]{0,20}?[1-9]?[a-d]?)[ \t]{0,4}[:=]"
    r"[ \t]*(?P<value>.*)$"
)
# A per-side parameter line: what says the text is a flattened conflict box (detection).
SIDE_PARAM_LINE = re.compile(  # a line start is the newline before it (base.signal_head)
    r"\n(?:[-*•][ \t]{1,4})?(?:" + "|".join(fields.SIDE_PREFIXES) + r")[1-5][a-d]?[ \t]{0,4}[:=]",
    re.IGNORECASE,
)
# A citation copied inline in brackets: "70 captured [Martin, David G., "The Philadelphia
# Campaign…"; Combined Books; 1993; page 26] ." (en-academic). Markers "[1]" are shorter.
INLINE_CITATION = re.compile(r"[ \t]*\[[^\[\]\n]{20,600}\][ \t]*\.?")
# Template residue of a broken copy: "accessmonthday=20 April|accessyear=2007] .'s army…".
# A match starts where the residue does ("MillburnCite web|url=…" keeps "Millburn"); "\b\w+"
# is tried from word starts only, so each word is scanned once.
TEMPLATE_RESIDUE = re.compile(r"\b\w+=[^|\n]{0,80}\||Cite (?:web|news|book)\|")
# Values that list several names or figures in one line: "A | B | C" (current renders).
PIPE_LIST = re.compile(r"[ \t]+\|[ \t]+")
# "France, Kingdom of Westphalia , Duchy of Warsaw": the comma list of a names row.
NAME_COMMA = re.compile(r"[ \t]*,[ \t]+")
# "41,500 combatants, 35,000 stragglers": a comma before the next figure of a figures row
# ("5,000 to 13,000 killed, wounded or drowned" stays one figure: no digit after its comma).
FIGURE_COMMA = re.compile(r",[ \t]+(?=[~≈]?(?:c\.[ \t]?)?\d)")
MIN_ROWS = 3  # a box has at least this many parameter rows (a lone "Date: …" is prose)


@dataclass
class FlatBox:
    infobox: dict[str, RawValue]
    start: int  # the first parameter line
    end: int  # the line after the box
    issues: list[Issue] = field(default_factory=list)


def _key_of(line: str) -> tuple[str, str] | None:
    """(canonical key, value) when ``line`` is an infobox parameter row."""
    match = PARAM_LINE.match(line.strip())
    if match is None:
        return None
    key = canonical_param(match.group("key"))
    if key is None:
        return None
    known = key in fields.SINGLE_FIELDS or has_side_fields([key])
    return (key, match.group("value")) if known else None


def _items(key: str, lines: list[str]) -> list[str]:
    """One line per item: "A | B" and (names) "A, B" and (figures) "1, 2 killed" split."""
    side = fields.SIDE_PARAM.fullmatch(key)
    prefix = side.group("prefix") if side is not None else None
    out: list[str] = []
    for line in lines:
        if PIPE_LIST.search(line):
            out.extend(PIPE_LIST.split(line))
        elif prefix in fields.NAME_PREFIXES:
            out.extend(NAME_COMMA.split(line))
        elif prefix in fields.FIGURE_PREFIXES:
            out.extend(FIGURE_COMMA.split(line))
        else:
            out.append(line)
    return [item for item in out if item.strip()]


def _without_residue(text: str) -> str:
    """Inline citations out; from template residue on, nothing of the line is a value."""
    text = INLINE_CITATION.sub("", text)
    residue = TEMPLATE_RESIDUE.search(text)
    return text if residue is None else text[: residue.start()]


def find_flat_params(lines: list[str], other_keys_end: bool = False) -> FlatBox | None:
    """The flattened box in ``lines``: at least MIN_ROWS parameter rows, or None.
    ``other_keys_end``: a "Key: value" line of no box parameter after the box's rows ends it
    (ww-person.com's "Ablauf: 16.10. …" under "Verluste2:"; pages in other languages)."""
    start = next((i for i, line in enumerate(lines) if _key_of(line) is not None), None)
    if start is None:
        return None
    rows: dict[str, list[str]] = {}
    current: list[str] | None = None
    residue: list[str] = []
    end = start
    for end in range(start, len(lines) + 1):
        line = lines[end] if end < len(lines) else ""
        row = _key_of(line)
        text = row[1] if row is not None else line
        clean = _without_residue(text)
        if clean != text:
            residue.append(text.strip())
        if row is not None:
            current = rows.setdefault(row[0], [])
        elif other_keys_end and len(rows) >= MIN_ROWS and PARAM_LINE.match(line.strip()):
            break
        elif clean != text and not clean.strip():  # residue alone: the value it was in is over
            current = None
            continue
        elif not clean.strip() or current is None or paragraph_like(clean):
            break  # a value continues on the next line; anything else ends the box
        if clean.strip():
            current.append(clean.strip())
    if len(rows) < MIN_ROWS:
        return None
    values = {k: value_of(_items(k, v), k not in fields.SINGLE_FIELDS) for k, v in rows.items()}
    box = FlatBox({k: v for k, v in values.items() if v.items}, start, end)
    box.issues.extend(lost_values([k for k, v in values.items() if not v.items]))
    if residue:
        message = "inline citations and template residue in the flattened infobox were removed"
        text = " ".join(residue)[:300]
        box.issues.append(Issue(code="markup-residue", text=text, message=message))
    return box
