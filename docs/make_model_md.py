"""Write docs/model.md from the pydantic models, so the field reference cannot drift.

    python docs/make_model_md.py            # rewrite docs/model.md
    python docs/make_model_md.py --check    # exit 1 if docs/model.md is out of date

The tests run the --check form.
"""

from __future__ import annotations

import sys
import types
import typing
from pathlib import Path

from pydantic import BaseModel

from wikiparse import models
from wikiparse.models import linking as models_linking
from wikiparse.models import merged as models_merge
from wikiparse.outputs import table_schema

OUT = Path(__file__).resolve().parent / "model.md"
PIPE = "\\|"  # a pipe inside a markdown table cell
ORDER = [
    models.Document, models.Issue, models.Conflict, models.Side, models.Party,
    models.Commander, models.Quantity, models.DateSpan, models.Coordinates, models.Link,
    models.Section, models.Citation, models.NewsReport, models.Claim, models_linking.Linking,
    models_linking.ConflictGroup, models_linking.LinkedReport, models_linking.TimelineEntry,
    models_linking.InfoboxFigure, models_linking.UnlinkedReport, models_merge.Merged,
    models_merge.Disagreement, models_merge.SourcedValue,
]  # fmt: skip
HEAD = """# The output model

Every field of the output contract: its JSON name, type and meaning. Generated from the
pydantic models by `docs/make_model_md.py`; do not edit by hand. `wikiparse schema` prints the
same as JSON Schema. Models are frozen and refuse unknown fields; their validators check
invariants only (low <= high, start <= end, ISO dates with precision, coordinate ranges).
"""


def type_name(annotation: object) -> str:
    """A readable type: "str | null", "list[Party]", "killed | wounded | …"."""
    if annotation is type(None):
        return "null"
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin in (typing.Union, types.UnionType):
        return " | ".join(type_name(a) for a in args)
    if origin is typing.Literal:
        return " | ".join(str(a) for a in args)
    if origin in (list, dict):
        return f"{origin.__name__}[{', '.join(type_name(a) for a in args)}]"
    if isinstance(annotation, type):
        return annotation.__name__
    return str(annotation)


def section(model: type[BaseModel]) -> list[str]:
    doc = " ".join((model.__doc__ or "").strip().split("\n\n")[0].split())
    out = [f"## {model.__name__}", ""]
    if doc and not doc.startswith(("Usage docs", "A base class")):
        out += [doc, ""]
    out += ["| field | type | meaning |", "|---|---|---|"]
    for name, info in model.model_fields.items():
        meaning = (info.description or "").replace("|", PIPE)
        kind = type_name(info.annotation).replace("|", PIPE)
        out.append(f"| `{name}` | {kind} | {meaning} |")
    for name, computed in model.model_computed_fields.items():  # in the JSON, never read
        meaning = (computed.description or "").replace("|", PIPE)
        kind = type_name(computed.return_type).replace("|", PIPE)
        out.append(f"| `{name}` | {kind} | {meaning} |")
    return [*out, ""]


TABLES_HEAD = """# Tables

`wikiparse.tables(documents)`, `wikiparse batch --format parquet|csv|duckdb|sqlite -o DIR` and
`wikiparse tables RECORDS -o DIR` give one table per entity with these columns (Arrow types).
Keys: `doc` is the document's position in the input, `side` the side's number (0 = the joint
row), `position` the place in its list.
"""

MERGED_HEAD = """# Merged tables

`wikiparse batch --format parquet|csv --merge` adds these: one row per conflict of
`wikiparse.merge` ([merge.md](merge.md)). `record` is the merged record's position in the
output; `source` joins them with the tables above.
"""


def table_sections() -> list[str]:
    out = [TABLES_HEAD, " ".join((table_schema.__doc__ or "").split("\n\n")[2].split()), ""]
    for name, columns in table_schema.ALL_TABLES.items():
        if name in table_schema.MERGED_TABLES and name == next(iter(table_schema.MERGED_TABLES)):
            out += [MERGED_HEAD]
        out += [f"## `{name}`", "", "| column | type | meaning |", "|---|---|---|"]
        out += [f"| `{c.name}` | {c.type} | {c.doc.replace('|', PIPE)} |" for c in columns]
        out.append("")
    return out


def render() -> str:
    lines = [HEAD]
    for model in ORDER:
        lines += section(model)
    lines += table_sections()
    return "\n".join(lines).rstrip() + "\n"


def main() -> int:
    text = render()
    if "--check" in sys.argv:
        if OUT.read_text(encoding="utf-8") != text:
            print("docs/model.md is out of date: run python docs/make_model_md.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
