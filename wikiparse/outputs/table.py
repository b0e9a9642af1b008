"""A Document or Conflict as a plain-text table for a terminal: headline fields, then one
column per side, then what else the record holds and the issues met."""

from __future__ import annotations

import textwrap

from wikiparse.models import Commander, Conflict, Document, NewsReport, Party, Quantity, Side

__all__ = ["LABEL_WIDTH", "MIN_COLUMN", "TOTAL_WIDTH", "figure_span", "render_table"]

LABEL_WIDTH = 14
TOTAL_WIDTH = 100  # without a terminal to measure
MIN_COLUMN = 12


def _party(p: Party, depth: int = 0) -> list[str]:
    bits = [p.name]
    if p.note:
        bits.append(f"({p.note})")
    if p.flag and p.flag != p.name:
        bits.append(f"[flag: {p.flag}]")
    if p.surrendered:
        bits.append("[surrendered]")
    line = "  " * depth + " ".join(bits)
    return [line] + [ln for c in p.children for ln in _party(c, depth + 1)]


def _commander(c: Commander) -> str:
    bits = [b for b in (c.rank, c.name, f"({c.note})" if c.note else None) if b]
    return " ".join(bits) + (f" [{c.fate}]" if c.fate else "")


def figure_span(q: Quantity) -> str | None:
    """ "~1,500–2,500", "5,000+"; None when the quantity has no figure."""
    if q.low is None:
        return None
    span = f"{q.low:,}" if q.high in (q.low, None) else f"{q.low:,}–{q.high:,}"
    return ("~" if q.approx else "") + span + ("+" if q.at_least else "")


def _quantity(q: Quantity) -> str:
    span = figure_span(q)
    if span is None:
        return q.text
    extras = [x for x in (q.kind, q.what, f"per {q.source}" if q.source else None) if x]
    return span + (f" ({', '.join(extras)})" if extras else "")


def _cells(side: Side) -> dict[str, list[str]]:
    return {
        "Belligerents": [ln for p in side.belligerents for ln in _party(p)],
        "Commanders": [_commander(c) for c in side.commanders],
        "Units": [ln for p in side.units for ln in _party(p)],
        "Strength": [_quantity(q) for q in side.strength],
        "Casualties": [_quantity(q) for q in side.casualties],
    }


def _row(label: str, text: str, total: int) -> list[str]:
    width = max(MIN_COLUMN, total - LABEL_WIDTH)
    lines = textwrap.wrap(text, width) or [""]
    return [f"{label:<{LABEL_WIDTH}}{lines[0]}"] + [" " * LABEL_WIDTH + ln for ln in lines[1:]]


def _sides(sides: list[Side], titles: list[str], total: int) -> list[str]:
    if not sides:
        return []
    # a figure is never cut ("1,50" / "0–2,500"): the columns are at least as wide as the
    # widest, even when that makes a narrow terminal's table wider than the terminal
    spans = [span for s in sides for q in (*s.strength, *s.casualties) if (span := figure_span(q))]
    widest = max((len(span) for span in spans), default=0)
    width = max(MIN_COLUMN, (total - LABEL_WIDTH) // len(sides) - 2, widest)
    cells = [_cells(s) for s in sides]
    out = [(" " * LABEL_WIDTH + "".join(f"{t:<{width + 2}}" for t in titles)).rstrip()]
    for label in cells[0]:
        if not any(c[label] for c in cells):
            continue
        columns = [[w for ln in c[label] for w in _wrap(ln, width)] for c in cells]
        for i in range(max(1, *(len(c) for c in columns))):
            row = "".join(f"{(c[i] if i < len(c) else ''):<{width + 2}}" for c in columns)
            out.append(f"{label if i == 0 else '':<{LABEL_WIDTH}}{row}".rstrip())
    return out


def _wrap(line: str, width: int) -> list[str]:
    """A cell's line wrapped; "1,500–2,500" is no hyphenated word to break at its dash."""
    return textwrap.wrap(line, width, break_on_hyphens=False) or [""]


def _conflict(c: Conflict, w: int) -> list[str]:
    out = [*textwrap.wrap(c.name, w), "=" * min(len(c.name), w)]
    if c.part_of:
        out += _row("Part of", "; ".join(x.text for x in c.part_of), w)
    if c.date:
        span = f" ({c.date.start or '?'} – {c.date.end or ('ongoing' if c.date.ongoing else '?')})"
        out += _row("Date", c.date.text + span, w)
    if c.place:
        out += _row("Place", c.place, w)
    if c.result or c.outcomes:
        out += _row("Result", c.result or "", w)
    for outcome in c.outcomes:
        out += _row("", f"• {outcome}", w)
    if c.territory:
        out += _row("Territory", c.territory, w)
    out += ["", *_sides(c.sides, [f"Side {i + 1}" for i in range(len(c.sides))], w)]
    if c.joint is not None:
        out += ["", *_sides([c.joint], ["Joint (full-width row)"], w)]
    counts = (
        f"{len(c.sections)} sections, {len(c.references)} references, "
        f"{len(c.see_also)} see-also links, {len(c.extra)} extra fields"
    )
    return [*out, "", *_row("Also", counts, w)]


def _report(r: NewsReport, w: int) -> list[str]:
    headline = r.headline or "(no headline)"
    out = [*textwrap.wrap(headline, w), "=" * min(len(headline), w)]
    for label, value in (
        ("Agency", r.agency),
        ("Published", r.published),
        ("Dateline", r.dateline),
    ):
        if value:
            out += _row(label, value, w)
    out += _row("Paragraphs", str(len(r.paragraphs)), w)
    for claim in r.claims:  # the quantity carries who (what) and the source
        out += _row("Claim", _quantity(claim.quantity), w)
    return out


def render_table(record: Conflict | Document, width: int = TOTAL_WIDTH) -> str:
    """The record as a table ``width`` characters wide (the terminal's, from the CLI); long
    names and values wrap."""
    w = max(LABEL_WIDTH + MIN_COLUMN, width)
    if isinstance(record, Conflict):
        return "\n".join(_conflict(record, w)) + "\n"
    body = _conflict(record.conflict, w) if record.conflict else _report(record.report, w)  # type: ignore[arg-type]
    issues = [
        line
        for i in record.issues
        for line in textwrap.wrap(
            f"{i.code}: {i.message}" + (f" — {i.text}" if i.text else ""),
            w,
            initial_indent="  ",
            subsequent_indent="    ",
        )
    ]
    head = [f"[{record.format}]"]
    tail = ["", f"Issues ({len(record.issues)})", *issues] if issues else []
    return "\n".join(head + body + tail) + "\n"
