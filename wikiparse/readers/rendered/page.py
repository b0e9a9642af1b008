"""A Wikipedia page as rendered and saved as text (page scrapes and mirror copies) -> RawPage.

Both keep the same parts in the same order: chrome, the title, maybe a lead paragraph, the
infobox (pipe rows, or lines under row labels), the article, and for mirrors the related
articles and a numbered reference list. Noise is removed once, at the start (``scrape``).
"""

from __future__ import annotations

import re

from wikiparse import fields, vocab
from wikiparse.raw import RawPage, RawValue
from wikiparse.readers.common.locale import Words, page_language, words
from wikiparse.readers.common.params import has_side_fields
from wikiparse.readers.common.scrape import clean_lines, strip_markers
from wikiparse.readers.common.text_body import read_text_body
from wikiparse.readers.rendered.box import Box, build_infobox
from wikiparse.readers.rendered.flag_words import FlagReader
from wikiparse.readers.rendered.flat_params import find_flat_params
from wikiparse.readers.rendered.label_lines import COORDINATES, paragraph_like, read_label_lines
from wikiparse.readers.rendered.leaked_box import find_leaked_box
from wikiparse.readers.rendered.pipe_table import find_pipe_table

__all__ = ["FLAT_SIDE_ROW", "MAX_TITLE", "TITLE_REPEAT_WINDOW", "read_rendered"]

# A per-side row of an infobox flattened to "- Combatant1: …" or "combatant1=…" lines, or a
# side row's label ("Belligerents", "Casualties and losses") starting a line: a conflict's box
# even where the box reader could not split it.
_SIDE_LABELS = [label for label, key in fields.ROW_LABELS.items() if key in fields.SIDE_PREFIXES]
FLAT_SIDE_ROW = re.compile(
    r"^[-*• \t]*(?:(?:" + "|".join(fields.SIDE_PREFIXES) + r")[1-5][a-d]?[ \t]*[:=]"
    r"|(?:"
    + "|".join(label for label in _SIDE_LABELS if " " in label or label.endswith("s"))
    + r")\b)",
    re.IGNORECASE | re.MULTILINE,
)
# The title is repeated at the top of the infobox within this many lines of the first one.
TITLE_REPEAT_WINDOW = 60
MAX_TITLE = 150


def _first_text(lines: list[str], start: int = 0) -> int | None:
    return next((i for i in range(start, len(lines)) if lines[i].strip()), None)


def _other_title(lines: list[str], first: int, lang: Words) -> tuple[int, str, int | None]:
    """(title line, title, its repeat in the window after it) for a page whose first line is
    not repeated at the box: a box row ("Fecha 1 de octubre …": no title), coordinates above
    the title, the title with a gloss ("Битва при Каннах (>nmfg hjn Tguug])" then "Битва при
    Каннах"), or a site's own lines above a copied page (the first line that is repeated)."""
    text = strip_markers(lines[first])
    if lang.row_label(text) is not None or lang.glued.match(text):
        return first - 1, "", None
    if "°" in text and text[:1].isdigit():  # "41°18′23″ с. ш. 16°07′57″ в. д."
        first = _first_text(lines, first + 1) or first
        text = strip_markers(lines[first])
    window = [strip_markers(ln) for ln in lines[first + 1 : first + TITLE_REPEAT_WINDOW]]
    shorter = next((i for i, ln in enumerate(window) if ln and text.startswith(ln + " (")), None)
    if shorter is not None:
        return first + 1 + shorter, window[shorter], None
    box = next((i for i, ln in enumerate(window) if _box_line(ln, lang)), len(window))
    head = window[box - 1].strip(" |") if 0 < box < len(window) else ""
    named = text.split()[0].lower() in (*vocab.TITLE_STARTS, *vocab.TITLE_ORDINALS)
    if head and not named and lang.part_of_line(window[box]) and len(head) <= MAX_TITLE:
        # the box's title, right above its "part of" line, where the page's first line names
        # no battle or war (an essay site's "Tsu Mecanica" above a copied box)
        return first + box, head, None
    above = window[:box]  # the title is repeated above the box, not inside it
    for i, line in enumerate(above):
        named = any(c.isalpha() for c in line) and len(line) <= MAX_TITLE
        if named and line in above[i + 1 :]:
            return first + 1 + i, line, above.index(line, i + 1) - i - 1
    return first, text, None


def _coordinates_line(lines: list[str], lang: Words) -> tuple[list[str], str]:
    """The page's lines less a "Coordinates: 54°33′36″N …" line above the box (WikiMili and
    Fandom print it first, a German copy "Koordinaten: 41° 18′ 23″ N, 16° 7′ 57″ O"), and its
    value: it is the box's coordinates, not a heading or the title."""
    for i, line in enumerate(lines[:TITLE_REPEAT_WINDOW]):
        label, colon, value = line.partition(":")
        located = colon and "°" in value and COORDINATES.search(value) is not None
        if located and lang.row_label(label.strip()) == "coordinates":
            return [*lines[:i], *lines[i + 1 :]], value.strip()
    return lines, ""


def _box_line(line: str, lang: Words) -> bool:
    """A row label, a glued row or the "part of" line: where the box starts."""
    glued = lang.glued.match(line) is not None
    return glued or lang.row_label(line) is not None or lang.part_of_line(line)


def _split_label_layout(lines: list[str], page: RawPage, lang: Words) -> tuple[Box, list[str]]:
    """Title, optional lead, label rows, then the body: returns the box and the body lines."""
    first = _first_text(lines)
    if first is None:
        return Box(), []
    title = strip_markers(lines[first])
    window = lines[first + 1 : first + TITLE_REPEAT_WINDOW]
    repeat = next((i for i, ln in enumerate(window) if strip_markers(ln) == title), None)
    if repeat is None and lang.code != "en":
        first, title, repeat = _other_title(lines, first, lang)
    page.title = title or None
    start = first + 1 if repeat is None else first + 2 + repeat
    box, end = read_label_lines(lines, start, lang)
    if not box.rows:  # no infobox: an excerpt may start mid-text (profilbaru copies)
        if paragraph_like(lines[first]) or len(title) > MAX_TITLE:
            page.title = None
            return box, lines[first:]
        return box, lines[first + 1 :]
    lead = lines[first + 1 : start - 1] if repeat is not None else []
    return box, [*lead, "", *lines[end:]]


def read_rendered(text: str, source: str = "<string>") -> RawPage:
    """Read a rendered page saved as text (either layout of the infobox) into a RawPage."""
    page = RawPage(language=page_language(text), flattened=True)
    lang = words(page.language)
    cleaned = clean_lines(text, lang.chrome_lines, lang.chrome_phrases)
    lines, coordinates = _coordinates_line(lang.unglue(cleaned.lines), lang)
    page.issues = list(cleaned.issues)
    table = find_pipe_table(lines, lang)
    if table is None and _read_leaked(page, lines, lang, cleaned.description):
        return page
    flat = find_flat_params(lines, lang.code != "en") if table is None else None
    if flat is not None:
        # the page title above the box: "= Battle of Krasnoi =", "- Battle of Short Hills"
        first = _first_text(lines)
        title = lines[first] if first is not None and first < flat.start else ""
        page.title = strip_markers(title.lstrip("-*=• ").rstrip("= ")) or None
        page.infobox, body, page.conflict_box = flat.infobox, lines[flat.end :], True
        page.issues.extend(flat.issues)
        _finish(page, cleaned.description, body)
        return page
    if table is not None:
        above = _title_above(lines, table.start)
        page.title = strip_markers(_table_title(table.title, above, lang.code != "en"))
        page.title = page.title or None
        page.notices = [strip_markers(b) for b in table.banners if strip_markers(b)]
        box, body = table.box, [*lines[: table.start], "", *lines[table.end :]]
    else:
        notices = [ln for ln in lines if ln.strip().startswith(vocab.NOTICE_STARTS)]
        page.notices = [strip_markers(n) for n in notices]
        lines = [ln for ln in lines if ln not in notices]
        box, body = _split_label_layout(lines, page, lang)
    _build(page, box, lang, coordinates)
    # rows of a flattened box this reader does not split yet still say it is a conflict's
    page.conflict_box = (
        has_side_fields(page.infobox)
        or FLAT_SIDE_ROW.search(text) is not None
        or _marked(lines, lang)
    )
    _finish(page, cleaned.description, body)
    return page


def _read_leaked(page: RawPage, lines: list[str], lang: Words, description: str | None) -> bool:
    """A conflict infobox's wikitext leaked into a list of entries (``leaked_box``): its fields
    and its entry's title, in its language; the other entries are other pages (no body). A
    page with a box of its own (label rows, a table) is that box's: a leaked box in its
    "related articles" list is another conflict's."""
    leaked = find_leaked_box(lines)
    if leaked is None or any(_box_line(line, lang) for line in lines):
        return False
    page.title, page.infobox, page.conflict_box = leaked.title, leaked.infobox, True
    page.language = leaked.language or page.language  # its values are in its language
    _finish(page, description, [])
    return True


def _build(page: RawPage, box: Box, lang: Words, coordinates: str) -> None:
    """The box's fields (``coordinates``: those printed above the box); on a page in another
    language flags printed as words come off."""
    if coordinates and not any(row.key == "coordinates" for row in box.rows):
        box.add("coordinates", [coordinates])
    flags = FlagReader(page.language)
    page.infobox, issues = build_infobox(box, lang.code != "en", flags)
    if "place" in page.infobox:
        flags.fix_value(page.infobox["place"])
    page.issues.extend(issues)


def _table_title(cell: str | None, above: str, run_on: bool) -> str:
    """The table's title cell, or the page's title above the table when the cell is that title
    with its subtitle run on ("Battaglia di Caporetto 12ª battaglia dell'Isonzo parte del …";
    ``run_on``: a page in another language. English's "X (March 2018)" cell is the name)."""
    if run_on and cell and above and cell.startswith(above + " "):
        return above
    return cell or above


def _title_above(lines: list[str], start: int) -> str:
    """A table whose header row is a row ("Date | |") has the page's title above it."""
    first = _first_text(lines)
    return lines[first].strip(" |") if first is not None and first < start else ""


def _marked(lines: list[str], lang: Words) -> bool:
    """A line that is a label only a conflict's box shows in the page's language
    ("Konfliktparteien", "Основной конфликт:"), even where the box lost its values."""
    if not lang.conflict_marks:
        return False
    for line in lines:
        low = line.strip().lower()
        head = low.split(":", 1)[0].strip() if ":" in low else low.rstrip("|").strip()
        if head in lang.conflict_marks:
            return True
    return False


def _finish(page: RawPage, description: str | None, body: list[str]) -> None:
    if description:
        page.infobox["short_description"] = RawValue(text=description)
    read_text_body(body, page)
