"""The plaintext format: the text of a rendered Wikipedia page (seed 000, mobile scrapes).

The infobox comes as pipe rows ("Belligerents | |||||||") or as lines under row labels; the
reading is shared with mirrors in ``page``. What tells this format apart is declared here.
"""

from __future__ import annotations

import re

from wikiparse import fields, vocab
from wikiparse.readers.base import Format, Signal, contains, count, lines_starting
from wikiparse.readers.rendered.flat_params import SIDE_PARAM_LINE
from wikiparse.readers.rendered.page import read_rendered

__all__ = ["FORMAT", "GLUED_LABEL", "PIPE_ROW"]

# A flattened infobox row: "Belligerents | |||||||".
PIPE_ROW = re.compile(r"\|[ \t]?\|{3,}")
# A row whose label lost its separator: "Date17–25 April 2018", "DateJuly 30, 1864" (page
# text copied from a render; mirrors glue them too, and show their chrome and icons as well).
# (Line starts are the newline before them: readers/base.signal_head.)
GLUED_LABEL = re.compile(
    r"\n(?:"
    + "|".join(map(re.escape, (*fields.INLINE_LABELS, *fields.OTHER_INLINE_LABELS)))
    + r")[\dA-Z]"
)

FORMAT: Format = Format(
    name="plaintext",
    summary="the text of a rendered page: infobox rows as pipe rows or label lines",
    read=read_rendered,
    signals=(
        Signal(count(PIPE_ROW, 10), 5),
        Signal(contains(vocab.PLAINTEXT_CHROME), 15),
        Signal(count(GLUED_LABEL, 2), 10),
        Signal(count(SIDE_PARAM_LINE, 10), 10),
        Signal(lines_starting(fields.INFOBOX_LABELS), 3),
        # the other languages' side labels ("Konfliktparteien") and Wikipedia chrome
        Signal(lines_starting(fields.OTHER_INFOBOX_LABELS), 8),
        Signal(contains(fields.OTHER_CHROME), 15),
    ),
)
