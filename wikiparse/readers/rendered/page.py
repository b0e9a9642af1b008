"""A Wikipedia page as rendered and saved as text (page scrapes and mirror copies) -> RawPage.

Both keep the same parts in the same order: chrome, the title, maybe a lead paragraph, the
infobox (pipe rows, or lines under row labels), the article, and for mirrors the related
articles and a numbered reference list. Noise is removed once, at the start (``scrape``).
"""

from __future__ import annotations

import re

from wikiparse import fields, vocab
from wikiparse.raw import RawPage, RawValue
from wikiparse.readers.common.params import has_side_fields
from wikiparse.readers.common.scrape import clean_lines, strip_markers
from wikiparse.readers.common.text_body import read_text_body
from wikiparse.readers.rendered.box import Box, build_infobox
from wikiparse.readers.rendered.flat_params import find_flat_params
from wikiparse.readers.rendered.label_lines import paragraph_like, read_label_lines
from wikiparse.readers.rendered.pipe_table import find_pipe_table

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


def _split_label_layout(lines: list[str], page: RawPage) -> tuple[Box, list[str]]:
    """Title, optional lead, label rows, then the body: returns the box and the body lines."""
    first = _first_text(lines)
    if first is None:
        return Box(), []
    title = strip_markers(lines[first])
    page.title = title or None
    window = lines[first + 1 : first + TITLE_REPEAT_WINDOW]
    repeat = next((i for i, ln in enumerate(window) if strip_markers(ln) == title), None)
    start = first + 1 if repeat is None else first + 2 + repeat
    box, end = read_label_lines(lines, start)
    if not box.rows:  # no infobox: an excerpt may start mid-text (profilbaru copies)
        if paragraph_like(lines[first]) or len(title) > MAX_TITLE:
            page.title = None
            return box, lines[first:]
        return box, lines[first + 1 :]
    lead = lines[first + 1 : start - 1] if repeat is not None else []
    return box, [*lead, "", *lines[end:]]


def read_rendered(text: str, source: str = "<string>") -> RawPage:
    """Read a rendered page saved as text (either layout of the infobox) into a RawPage."""
    cleaned = clean_lines(text)
    lines = cleaned.lines
    page = RawPage(issues=list(cleaned.issues))
    table = find_pipe_table(lines)
    flat = find_flat_params(lines) if table is None else None
    if flat is not None:
        # the page title above the box: "= Battle of Krasnoi =", "- Battle of Short Hills"
        first = _first_text(lines)
        title = lines[first] if first is not None and first < flat.start else ""
        page.title = strip_markers(title.lstrip("-*=• ").rstrip("= ")) or None
        page.infobox, body = flat.infobox, lines[flat.end :]
        page.issues.extend(flat.issues)
        page.conflict_box = True
        _finish(page, cleaned.description, body)
        return page
    if table is not None:
        page.title = strip_markers(table.title or "") or None
        page.notices = [strip_markers(b) for b in table.banners if strip_markers(b)]
        box, body = table.box, [*lines[: table.start], "", *lines[table.end :]]
    else:
        notices = [ln for ln in lines if ln.strip().startswith(vocab.NOTICE_STARTS)]
        page.notices = [strip_markers(n) for n in notices]
        lines = [ln for ln in lines if ln not in notices]
        box, body = _split_label_layout(lines, page)
    page.infobox, issues = build_infobox(box)
    # rows of a flattened box this reader does not split yet still say it is a conflict's
    page.conflict_box = has_side_fields(page.infobox) or FLAT_SIDE_ROW.search(text) is not None
    page.issues.extend(issues)
    _finish(page, cleaned.description, body)
    return page


def _finish(page: RawPage, description: str | None, body: list[str]) -> None:
    if description:
        page.infobox["short_description"] = RawValue(text=description)
    read_text_body(body, page)
