"""Templates that render a value: dates, coordinates, conversions, circa, formatted numbers.

They emit the text a reader of the page sees ("{{start date|1864|7|30}}" -> "July 30, 1864"),
so the value parsers read wikitext and rendered scrapes the same way.
"""

from __future__ import annotations

import math
import re

from wikiparse import vocab
from wikiparse.readers.wikitext.calls import Call
from wikiparse.readers.wikitext.sink import Sink

__all__ = [
    "CONVERT_RANGE", "COORD_HEMISPHERE", "SIGNED_INTEGER", "TEMPLATE_NUMBER", "circa", "convert",
    "coord", "coordinates_text", "date", "date_range", "format_ymd", "formatnum", "old_style"
]  # fmt: skip

COORD_HEMISPHERE = re.compile(r"[NSEW]")
# A number as a template's argument: a coordinate part, a value to convert ("-3", "9.3").
TEMPLATE_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
SIGNED_INTEGER = re.compile(r"-?\d+")
# Range words inside {{convert|10|to|20|km}}.
CONVERT_RANGE = {"-": "–", "–": "–", "to": " to ", "and": " and ", "or": " or ", "x": " × "}


def _texts(fl: Sink, call: Call) -> list[str]:
    return [fl.text_of(p) for p in call.pos]


def format_ymd(parts: list[str], day_first: bool) -> str:
    """["1864", "7", "30"] -> "July 30, 1864" (or "30 July 1864"); keeps only what is given."""
    nums = [int(p) for p in parts[:3] if SIGNED_INTEGER.fullmatch(p.strip())]
    if not nums:
        return " ".join(parts)
    year = nums[0]
    if len(nums) == 1 or not 1 <= nums[1] <= 12:
        return str(year)
    month = vocab.MONTH_NAMES[nums[1] - 1]
    if len(nums) == 2:
        return f"{month} {year}"
    return f"{nums[2]} {month} {year}" if day_first else f"{month} {nums[2]}, {year}"


def _day_first(fl: Sink, call: Call) -> bool:
    return fl.text_of(call.named.get("df")).lower() in ("y", "yes", "true", "1")


def date(fl: Sink, call: Call) -> None:
    fl.emit(format_ymd(_texts(fl, call), _day_first(fl, call)))


def date_range(fl: Sink, call: Call) -> None:
    parts = _texts(fl, call)
    first, second = format_ymd(parts[:3], True), format_ymd(parts[3:6], True)
    fl.emit(f"{first} – {second}" if parts[3:6] else first)


def old_style(fl: Sink, call: Call) -> None:
    parts = _texts(fl, call)
    fl.emit(" ".join(p for p in parts[:2] if p))


def coordinates_text(parts: list[str]) -> str | None:
    """Positional {{coord}} parameters -> "54°33′36″N 31°25′48″E" (decimals keep their digits)."""
    values = [p.strip() for p in parts if TEMPLATE_NUMBER.fullmatch(p.strip())]
    hemis = [p.strip() for p in parts if COORD_HEMISPHERE.fullmatch(p.strip())]
    if len(hemis) < 2:
        if len(values) < 2:
            return None
        lat, lon = values[0], values[1]
        return (
            f"{lat.lstrip('-')}°{'S' if lat.startswith('-') else 'N'} "
            f"{lon.lstrip('-')}°{'W' if lon.startswith('-') else 'E'}"
        )
    split = [p.strip() for p in parts]
    ns, ew = split.index(hemis[0]), split.index(hemis[1])
    marks = ("°", "′", "″")
    lat_parts = [v for v in split[:ns] if TEMPLATE_NUMBER.fullmatch(v)]
    lon_parts = [v for v in split[ns + 1 : ew] if TEMPLATE_NUMBER.fullmatch(v)]
    lat = "".join(v + m for v, m in zip(lat_parts, marks, strict=False))
    lon = "".join(v + m for v, m in zip(lon_parts, marks, strict=False))
    return f"{lat}{hemis[0]} {lon}{hemis[1]}"


def coord(fl: Sink, call: Call) -> None:
    text = coordinates_text(_texts(fl, call))
    if text is None:
        return
    display = fl.text_of(call.named.get("display")).lower()
    if "title" in display and "inline" not in display and fl.mode == "body":
        fl.title_coordinates(text)  # shown by the page title, not inline
    else:
        fl.emit(text)


def convert(fl: Sink, call: Call) -> None:
    """ "{{convert|15|km|mi}}" -> "15 km (9.3 mi)", "{{convert|10|to|20|km}}" -> "10 to 20 km
    (6.2 to 12 mi)": the value and its conversion, as the page shows them."""
    parts = [p.strip() for p in _texts(fl, call)]
    if not parts:
        return
    ranged = len(parts) >= 4 and parts[1].lower() in CONVERT_RANGE
    joiner = CONVERT_RANGE[parts[1].lower()] if ranged else ""
    values, rest = ([parts[0], parts[2]], parts[3:]) if ranged else (parts[:1], parts[1:])
    unit, target, precision = [*rest, "", "", ""][:3]
    shown = f"{joiner.join(values)} {_symbol(unit)}".strip()
    default = vocab.CONVERT_UNITS[unit][3] if unit in vocab.CONVERT_UNITS else ""
    goal = target if target in vocab.CONVERT_UNITS else default
    decimals = int(precision) if precision.isdigit() else None
    converted = _converted(values, unit, goal, decimals)
    fl.emit(f"{shown} ({joiner.join(converted)} {_symbol(goal)})" if converted else shown)


def _symbol(unit: str) -> str:
    return vocab.CONVERT_UNITS[unit][0] if unit in vocab.CONVERT_UNITS else unit


def _converted(values: list[str], unit: str, goal: str, decimals: int | None) -> list[str]:
    """Each value in the goal unit, rounded to the input's significant digits (at least two,
    as the template does: 100 km -> 62 mi) or to the decimals the call asks for; [] when a
    value or unit is not known."""
    if unit not in vocab.CONVERT_UNITS or goal not in vocab.CONVERT_UNITS:
        return []
    _, base, factor, _ = vocab.CONVERT_UNITS[unit]
    _, goal_base, goal_factor, _ = vocab.CONVERT_UNITS[goal]
    numbers = [v.replace(",", "") for v in values]
    if base != goal_base or not all(TEMPLATE_NUMBER.fullmatch(n) for n in numbers):
        return []
    out = []
    for number in numbers:
        value = float(number) * factor / goal_factor
        places = decimals if decimals is not None else _decimals(value, _significant(number))
        out.append(f"{round(value, places):,.{max(places, 0)}f}")
    return out


def _significant(number: str) -> int:
    """ "1500" -> 2, "511" -> 3, "2.50" -> 3 (trailing zeros count after a decimal point)."""
    digits = number.lstrip("-").replace(".", "")
    digits = digits.lstrip("0") if "." in number else digits.strip("0")
    return max(2, len(digits))


def _decimals(value: float, significant: int) -> int:
    return significant - 1 - math.floor(math.log10(abs(value))) if value else 0


def circa(fl: Sink, call: Call) -> None:
    value = fl.text_of(call.at(0))
    fl.emit(f"c. {value}" if value else "c. ")


def formatnum(fl: Sink, call: Call) -> None:
    raw = call.name.split(":", 1)[1].strip() if ":" in call.name else ""
    number = raw.replace(",", "")
    fl.emit(f"{int(number):,}" if number.isdigit() else raw)
