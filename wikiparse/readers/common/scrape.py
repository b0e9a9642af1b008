"""Scrape noise, removed once for the readers of rendered pages (plaintext, mirror, frontmatter).

Citation markers ("[1]", " [7]", "[citation needed]") are removed, and used as item boundaries
where a flattened row ran two items together; CS1 error residue becomes an Issue; icon file
names before a name become its flag, a white flag after it marks it surrendered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from wikiparse import vocab
from wikiparse.issues import Issue
from wikiparse.raw import RawItem
from wikiparse.readers.common.glued_markers import rebracket
from wikiparse.readers.common.icon_text import icon_pieces
from wikiparse.readers.common.icons import flag_from_file
from wikiparse.values.text import squash, trim_item

__all__ = [
    "BULLET", "CITATION_MARKER", "CS1_INLINE", "CS1_LINE", "CS1_MARKUP", "FLAG_EMOJI_PAIR",
    "FLAG_FILE_START", "GLUED_FIGURE", "ICON_AT_START", "ICON_IN_TEXT", "MARKER_BOUNDARY",
    "NOTE_BOUNDARY", "SURRENDER_ICON", "Cleaned", "bullet_depth", "clean_lines", "emoji_flag",
    "make_item", "split_items", "strip_markers"
]  # fmt: skip

# A citation marker as rendered pages print it; mirrors put a space before it (" [7]");
# fr-wiki's notes are "[Note 1]".
CITATION_MARKER = re.compile(
    r"[ \t]?\[(?:\d{1,3}|[a-z]{1,2}|(?:[Nn]ote|nb|[Nn]) ?\d{1,3}|citation needed"
    r"|clarification needed"
    r"|better source needed|failed verification|dubious[^\]\n]{0,30}|when\?|who\?|which\?)\]"
)
# Markers followed by the start of another item: "Party[1] Free Syrian Army", "killed[8] 175"
# (a capital, accented too; not a lower-case one: "1 305[6] à 1 537 morts" is one figure).
# A run of markers is tried only from its first marker (the lookbehinds) and taken whole
# (possessive): 20k glued "[1]" took 15.8 s when every marker started a new try.
MARKER_BOUNDARY = re.compile(
    rf"(?<!\])(?<!\][ \t])(?:{CITATION_MARKER.pattern})++\s++(?=[A-Z0-9\u00c0-\u00de\u0100-\u024f])"
)
# Figures a flattened row glued together: "7,00010,000" (a comma group is three digits, so a
# fourth one starts the next figure) and "heavy cavalry8,000–10,000 horse archers".
GLUED_FIGURE = re.compile(r"(?<=,\d{3})(?=\d)|(?<=[a-z])(?=\d{1,3}(?:,\d{3})+\b)")
# A note closed and another name begins: "Army (12 March only) Tahrir al-Sham".
NOTE_BOUNDARY = re.compile(r"(?<=\))\s+(?=[A-Z][\w'-])")
# A flag file starting inside a flattened line: "… Republic Flag of Russia.svg Russia".
# The space run is tried only from its start and taken whole ("Flag of" + 20k spaces took 8 s).
FLAG_FILE_START = re.compile(r"(?<!\s)\s++(?=Flag of [^\n]{1,100}?\.(?:svg|png))")
# Icon file names that a scrape left in running text ("Flag of Syria.svg"): never prose.
ICON_IN_TEXT = re.compile(
    r"(?:\b(?:Flag|Banner|Emblem|Coat of arms) of [^\n.]{1,80}?|\bWhite flag icon)\.(?:svg|png)\s?"
)
# An icon file name at the start of an item: "Flag of Syria 2011, observed.svg Unified …".
ICON_AT_START = re.compile(r"^(?P<file>[^\n]{1,150}?\.(?:svg|png|gif|jpe?g))(?=\s|$)", re.I)
# (Spaces before it are tried from the start of their run only, and taken whole: linear.)
SURRENDER_ICON = re.compile(
    r"(?:(?<!\s)\s++)?(?:" + "|".join(re.escape(i) for i in vocab.SURRENDER_ICONS) + r")", re.I
)
FLAG_EMOJI_PAIR = re.compile(r"[\U0001F1E6-\U0001F1FF]{2}")
# CS1 citation-error residue, alone on lines or at the end of one:
#   "{{cite news}}: |first= has generic name (help)", "CS1 maint: …".
CS1_LINE = re.compile(
    r"^(?:\{\{cite [^{}\n]{1,40}\}\}|:?\s*\|[\w-]{1,30}=|CS1 (?:maint|errors?):)|\(help\)\s*$"
)
CS1_INLINE = re.compile(r"\{\{cite [^{}\n]{1,40}\}\}:?[^\n]{0,200}?\(help\)|CS1 maint:[^\n]{0,200}")
CS1_MARKUP = re.compile(r"\{\{|\}\}|\||\(help\)")
# Bullets of rendered lists: "•", "*", "-" with indentation that gives the depth.
# "*" and "•" may touch the text ("*141st Regiment" in exports); the others need a space.
BULLET = re.compile(r"^(?P<indent>[ \t]*)(?P<mark>[*•]+|[·▪◦‣-](?=[ \t]))[ \t]*(?=\S)")


def strip_markers(text: str) -> str:
    """Remove citation markers and squash the spaces they leave."""
    return squash(CITATION_MARKER.sub("", text) if "[" in text else text)


def emoji_flag(text: str) -> str | None:
    match = FLAG_EMOJI_PAIR.search(text) if not text.isascii() else None
    if match is None:
        return None
    code = "".join(chr(ord(c) - 0x1F1E6 + ord("A")) for c in match.group(0))
    return vocab.FLAG_EMOJI.get(code, code)


@dataclass
class Cleaned:
    """Text with chrome and CS1 residue gone, and the Issues for what mattered."""

    lines: list[str]
    issues: list[Issue] = field(default_factory=list)
    description: str | None = None  # Wikiwand's short description, left of the phrase


def _chrome(line: str, lines: frozenset[str]) -> bool:
    stripped = line.strip()
    return (
        stripped in lines
        or stripped.startswith(vocab.CHROME_PREFIXES)
        or any(part in stripped for part in vocab.CHROME_PARTS)
    )


def _may_be_cs1(line: str) -> bool:
    """What every CS1_LINE / CS1_INLINE match holds: a quick test before the regexes."""
    return "|" in line or "(help)" in line or "CS1 " in line or "{{cite " in line


def clean_lines(
    text: str,
    chrome_lines: frozenset[str] = vocab.CHROME_LINES,
    chrome_phrases: tuple[str, ...] = vocab.CHROME_PHRASES,
) -> Cleaned:
    """Drop chrome lines, cut CS1 residue (one Issue per run of residue lines). The chrome is
    English's unless the page's language adds its own ("Zur Navigation springen")."""
    out = Cleaned(lines=[])
    residue: list[str] = []
    chrome = 0  # lines of site chrome dropped
    for line in text.split("\n"):
        for phrase in chrome_phrases:
            if phrase in line:
                line = line.replace(phrase, "")
                if phrase == vocab.CHROME_PHRASES[0] and line.strip():
                    out.description, line = squash(line), ""
        if _may_be_cs1(line):
            inline = CS1_INLINE.search(line)
            if inline is not None:
                residue.append(inline.group(0))
                line = CS1_INLINE.sub("", line)
                if not line.strip():
                    continue  # the line was only residue: it leaves no blank behind
            if CS1_LINE.search(line.strip()):
                residue.append(line.strip())
                continue
        if residue:
            out.issues.append(_cs1_issue(residue))
            residue = []
        if _chrome(line, chrome_lines):
            chrome += 1
        else:
            out.lines.append(line.rstrip())
    if residue:
        out.issues.append(_cs1_issue(residue))
    _unglue(out)  # "47,56136" on a page whose notes run to [36]
    if chrome:
        out.issues.append(_chrome_issue(chrome))
    return out


def _chrome_issue(lines: int) -> Issue:
    # Counted, not quoted: chrome words are what no output string may carry.
    return Issue(code="chrome-removed", message=f"{lines} line(s) of site chrome removed")


def _unglue(out: Cleaned) -> None:
    """Markers glued to figures cut where the page's numbering tells; reported where not."""
    out.lines, undecided = rebracket(out.lines)
    if undecided:
        message = "digits glued after a figure may be a citation marker or another figure"
        text = ", ".join(undecided)
        out.issues.append(Issue(code="glued-digits", message=message, text=text))


def _cs1_issue(parts: list[str]) -> Issue:
    # The snippet is kept without its braces, pipes and "(help)": no output string may carry
    # markup, Issues included ("cite news: first= has generic name").
    text = CS1_MARKUP.sub(" ", " ".join(parts))
    return Issue(
        code="cs1-residue",
        message="citation-template error text from the rendered page was removed",
        text=squash(text.replace(" :", ":")),
    )


def split_items(line: str, notes_end_items: bool = True) -> list[str]:
    """One flattened line -> the items it ran together (markers and icons as boundaries).
    Each split runs only where its boundary can be: a flag file, a "[", a ")"."""
    pieces = [
        part
        for piece in icon_pieces(line)  # "15px X", "Merchant flag of Japan Y": icon text out
        for part in (FLAG_FILE_START.split(piece) if "Flag of " in piece else [piece])
    ]
    if "," in line:
        pieces = [glued for piece in pieces for glued in GLUED_FIGURE.split(piece)]
    out: list[str] = []
    for piece in pieces:
        for part in MARKER_BOUNDARY.split(piece) if "[" in piece else [piece]:
            out.extend(NOTE_BOUNDARY.split(part) if notes_end_items and ")" in part else [part])
    return [p for p in out if p.strip()]


def make_item(text: str, depth: int = 0, file_names: bool = True) -> RawItem | None:
    """Icons to flag/surrender, markers out: one clean RawItem, or None when nothing is left.

    ``file_names``: the text may hold icons as file names (scrapes print "Flag of Syria.svg");
    HTML shows icons as images, so its text never does ("a.PNG a" is a name there)."""
    markers = []
    if file_names and "." in text and SURRENDER_ICON.search(text):  # icons as file names
        markers.append("surrendered")
        text = SURRENDER_ICON.sub(" ", text)
    flags = []
    text = text.strip()
    icon = ICON_AT_START.match(text) if file_names and "." in text else None
    if icon is not None:
        flags.append(flag_from_file(icon.group("file")))
        text = text[icon.end() :]
    emoji = emoji_flag(text)
    if emoji is not None:
        flags.append(emoji)
        text = FLAG_EMOJI_PAIR.sub(" ", text)
    clean = trim_item(strip_markers(text))
    if not clean:
        return None
    return RawItem(text=clean, depth=depth, flags=flags, markers=markers)


def bullet_depth(line: str) -> tuple[int, str]:
    """ "    • People's Defense Units" -> (2, "People's Defense Units"); no bullet -> depth 0."""
    match = BULLET.match(line)
    if match is None:
        return 0, line.strip()
    marks = match.group("mark")
    depth = len(marks) if marks[0] == "*" else 1 + len(match.group("indent").expandtabs(4)) // 4
    return depth, line[match.end() :].strip()
