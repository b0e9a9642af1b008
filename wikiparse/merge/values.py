"""The values of one group: per field, the most faithful member's value; the members after it
fill the fields it lacks; who gave each kept value (provenance) and where members differ
beyond format noise (disagreements), never averaged."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pydantic import BaseModel, JsonValue

from wikiparse.merge.profile import Profile, squeeze
from wikiparse.models import (
    Commander,
    Conflict,
    Coordinates,
    DateSpan,
    Link,
    Party,
    Quantity,
    Side,
)
from wikiparse.models.merged import Disagreement, SourcedValue

__all__ = [
    "COMPARED", "COORDINATE_SLACK", "SIDE_COMPARED", "SIDE_PARTS", "WHOLE", "Agree", "Values",
    "aligned", "disagreements", "empty", "form", "value_at"
]  # fmt: skip

# Conflict fields taken whole, in model order ("name" is the best member's; sides go by parts).
WHOLE = tuple(f for f in Conflict.model_fields if f not in ("name", "sides"))
SIDE_PARTS = tuple(Side.model_fields)  # belligerents, commanders, units, strength, casualties
COORDINATE_SLACK = 0.05  # degrees: two renderings of one DMS coordinate differ by less


def empty(value: object) -> bool:
    return value is None or value == "" or value == [] or value == {}


def form(value: object) -> object:
    """A value with format noise taken out: what "equal" means for provenance."""
    if isinstance(value, str):
        return squeeze(value)
    if isinstance(value, list):
        return tuple(form(v) for v in value)
    if isinstance(value, dict):
        return tuple(sorted((k, form(v)) for k, v in value.items()))
    if isinstance(value, DateSpan):
        return value.start, value.end, value.ongoing
    if isinstance(value, Coordinates):
        return round(value.lat, 2), round(value.lon, 2)
    if isinstance(value, Link | Party):
        return squeeze(value.text if isinstance(value, Link) else value.name)
    if isinstance(value, Quantity):
        return value.low, value.high, value.kind
    if isinstance(value, Side):
        return tuple(form(getattr(value, part)) for part in SIDE_PARTS)
    if isinstance(value, Commander):
        return squeeze(value.name)
    if isinstance(value, BaseModel):  # sections, citations: as they are
        return value.model_dump_json()
    return value


def aligned(a: Side, b: Side) -> bool:
    """Two documents' columns are one side when they share a belligerent or a commander: a
    scrape may lose a column's cells, and a part is filled only from the same side."""
    return bool(_column_names(a) & _column_names(b))


def _column_names(side: Side) -> set[str]:
    names = [p.name for p in side.belligerents] + [c.name for c in side.commanders]
    return {squeeze(n) for n in names} - {""}


class Values:
    """The merged conflict of one group, built field by field."""

    def __init__(self, members: list[Profile]) -> None:
        self.members = members
        self.update: dict[str, Any] = {}
        self.givers: dict[str, Profile] = {}  # field path -> who gave the kept value
        self.columns: dict[int, list[bool]] = {}  # member -> which columns are the merged's

    def fill(self) -> Conflict:
        best = self.members[0].conflict
        self.givers["name"] = self.members[0]
        for name in WHOLE:
            giver = next((m for m in self.members if not empty(getattr(m.conflict, name))), None)
            if giver is not None:
                self.givers[name] = giver
                self.update[name] = getattr(giver.conflict, name)
        giver = next((m for m in self.members if m.conflict.sides), None)
        if giver is not None:
            self.update["sides"] = self._sides(giver)
        return best.model_copy(update=self.update)

    def _sides(self, giver: Profile) -> list[Side]:
        """The giver's columns; an empty part of a column filled from the same column of a
        member with as many columns."""
        sides = list(giver.conflict.sides)
        for k, side in enumerate(sides):
            column = [
                m
                for m in self.members
                if len(m.conflict.sides) == len(sides)
                and (m is giver or aligned(side, m.conflict.sides[k]))
            ]
            parts: dict[str, Any] = {}
            for part in SIDE_PARTS:
                found = next((m for m in column if getattr(m.conflict.sides[k], part)), None)
                if found is not None:
                    self.givers[f"sides.{k}.{part}"] = found
                    parts[part] = getattr(found.conflict.sides[k], part)
            sides[k] = side.model_copy(update=parts)
        return sides

    def provenance(self, merged: Conflict) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        if len(self.members) == 1:  # most conflicts have one document: nothing to compare
            return {path: [giver.source] for path, giver in self.givers.items()}
        for path, giver in self.givers.items():
            kept = form(value_at(merged, path))
            agree = [
                m.source
                for m in self.members
                if m is not giver and form(self.at(m, path, merged)) == kept
            ]
            out[path] = list(dict.fromkeys([giver.source, *agree]))
        return out

    def at(self, member: Profile, path: str, merged: Conflict) -> object:
        """A member's value at a path; a side path reads a member's column only when it is
        the merged conflict's (as many columns, the same belligerents or commanders)."""
        if path.startswith("sides."):
            k = int(path.split(".")[1])
            if id(member) not in self.columns:  # once a member, not once a path
                sides = member.conflict.sides
                self.columns[id(member)] = [
                    len(sides) == len(merged.sides) and aligned(merged.sides[j], sides[j])
                    for j in range(len(merged.sides))
                ]
            if not self.columns[id(member)][k]:
                return None
        return value_at(member.conflict, path)


def value_at(conflict: Conflict, path: str) -> object:
    """The value at a field path ("place", "sides.1.casualties", "sides.0.casualties_total")."""
    parts = path.split(".")
    if parts[0] != "sides":
        return getattr(conflict, parts[0])
    k = int(parts[1])
    if k >= len(conflict.sides):
        return None
    return getattr(conflict.sides[k], parts[2])


def _contained(a: str, b: str) -> bool:
    return a in b or b in a


def _dates_agree(a: DateSpan, b: DateSpan) -> bool:
    """Equal where both are precise ("2017" agrees with "2017-06-06"); an ongoing span and
    an ended one disagree (an older revision)."""
    for x, y in ((a.start, b.start), (a.end, b.end)):
        if x is not None and y is not None and not (x.startswith(y) or y.startswith(x)):
            return False
    return not ((a.ongoing and b.end is not None) or (b.ongoing and a.end is not None))


def _names(items: list[Any]) -> list[str]:
    """Squeezed names, members of groups included."""
    out = []
    for item in items:
        out.append(squeeze(item.name))
        out += _names(getattr(item, "children", []))
    return [n for n in out if n]


def _names_agree(a: list[Any], b: list[Any]) -> bool:
    """One list gives no name the other lacks: every name of one is in the other's, read
    as one run of text (a scrape glues a flag's name to its party: "Spain Spanish Empire";
    an excerpt keeps the first few)."""
    x, y = _names(a), _names(b)
    return all(n in "".join(y) for n in x) or all(n in "".join(x) for n in y)


def _totals_agree(a: Quantity, b: Quantity) -> bool:
    return (a.low, a.high) == (b.low, b.high)


Agree = Callable[[Any, Any], bool]
# The fields compared for disagreements, and what agreeing means for each. The article text,
# references and images are not compared: excerpts cut them, and they are not values.
COMPARED: dict[str, Agree] = {
    "date": _dates_agree,
    "place": lambda a, b: _contained(squeeze(a), squeeze(b)),
    "coordinates": lambda a, b: (
        abs(a.lat - b.lat) <= COORDINATE_SLACK and abs(a.lon - b.lon) <= COORDINATE_SLACK
    ),
    "result": lambda a, b: _contained(squeeze(a), squeeze(b)),
    "territory": lambda a, b: _contained(squeeze(a), squeeze(b)),
    "part_of": lambda a, b: (
        {squeeze(x.text) for x in a} <= {squeeze(x.text) for x in b}
        or {squeeze(x.text) for x in b} <= {squeeze(x.text) for x in a}
    ),
}
SIDE_COMPARED: dict[str, Agree] = {
    "belligerents": _names_agree,
    "commanders": _names_agree,
    "strength_total": _totals_agree,
    "casualties_total": _totals_agree,
}


def _json(value: object) -> JsonValue:
    if isinstance(value, list):
        return [_json(v) for v in value]
    if isinstance(value, Party | Commander):  # by name: what is compared
        return value.name
    if isinstance(value, Link):
        return value.text
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json", exclude_defaults=True)
    return value  # type: ignore[return-value]


def disagreements(merged: Conflict, values: Values) -> list[Disagreement]:
    """Every compared field whose members' values differ beyond format noise."""
    if len(values.members) == 1:
        return []
    paths = [(p, agree) for p, agree in COMPARED.items()]
    for k in range(len(merged.sides)):
        paths += [(f"sides.{k}.{part}", agree) for part, agree in SIDE_COMPARED.items()]
    out = []
    for path, agree in paths:
        given = [
            (m.source, v) for m in values.members if not empty(v := values.at(m, path, merged))
        ]
        if any(not agree(a, b) for i, (_, a) in enumerate(given) for _, b in given[i + 1 :]):
            sourced = [SourcedValue(source=s, value=_json(v)) for s, v in given]
            out.append(Disagreement(field=path, values=sourced))
    return out
