"""wikiparse: messy scraped text about military conflicts into validated, typed records.

>>> import wikiparse
>>> conflict = wikiparse.parse("{{Infobox military conflict|conflict=Battle of X"
...                            "|date=4 August 1265|combatant1=A|combatant2=B}}")
>>> conflict.name, conflict.date.start, [s.belligerents[0].name for s in conflict.sides]
('Battle of X', '1265-08-04', ['A', 'B'])
"""

from __future__ import annotations

from wikiparse.api import extract, parse
from wikiparse.errors import (
    DamagedDumpError,
    EmptyInputError,
    InputTooLargeError,
    InputTypeError,
    NotAConflictError,
    NotTextError,
    UnknownFormatError,
    UnreadableInputError,
    WikiparseError,
)
from wikiparse.linking import link
from wikiparse.merge import merge
from wikiparse.models import (
    Citation,
    Claim,
    Commander,
    Conflict,
    Coordinates,
    DateSpan,
    Document,
    Issue,
    Link,
    NewsReport,
    Party,
    Quantity,
    Section,
    Side,
)
from wikiparse.models.linking import Linking
from wikiparse.models.merged import Disagreement, Merged, SourcedValue
from wikiparse.outputs.render import render
from wikiparse.outputs.tables import tables

__version__ = "0.1.0"

__all__ = [
    "Citation", "Claim", "Commander", "Conflict", "Coordinates", "DamagedDumpError", "DateSpan",
    "Disagreement", "Document", "EmptyInputError", "InputTooLargeError", "InputTypeError", "Issue",
    "Link", "Linking", "Merged", "NewsReport", "NotAConflictError", "NotTextError", "Party",
    "Quantity", "Section", "Side", "SourcedValue", "UnknownFormatError", "UnreadableInputError",
    "WikiparseError", "__version__", "extract", "link", "merge", "parse", "render", "tables"
]  # fmt: skip
