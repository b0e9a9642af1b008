"""Lines of figures inside a names row (issue 27 class 4): an excerpt that lost the
"Strength" label leaves "5,000 3,000" under the belligerents or the commanders.

Such a line names no party and no person, and which figure row it was the text no longer
says; it is left out with an Issue (never put under a label it may not belong to).
"""

from __future__ import annotations

from collections.abc import Callable

from wikiparse import fields
from wikiparse.issues import Issue
from wikiparse.readers.common.scrape import strip_markers

__all__ = ["drop_figure_lines"]

# Rows of names: a line of figures there lost its own label.
NAME_ROWS = (fields.COMBATANT, fields.COMMANDER)


def drop_figure_lines(
    key: str, cells: list[list[str]], is_figures: Callable[[str], object], issues: list[Issue]
) -> list[list[str]]:
    """The cells of a names row without their lines of figures only ("5,000 3,000",
    "~1,500 killed"); each line left out is reported ``stray-figures``. ``is_figures``: the
    rendered reader's test for a line of figures."""
    if key not in NAME_ROWS:
        return cells
    kept: list[list[str]] = []
    for cell in cells:
        keep = []
        for line in cell:
            text = strip_markers(line.strip())
            if text and text[0].isdigit() and is_figures(text):
                message = "a line of figures under a row of names (its label was lost): left out"
                issues.append(Issue(code="stray-figures", field=key, text=text, message=message))
            else:
                keep.append(line)
        kept.append(keep)
    return kept
