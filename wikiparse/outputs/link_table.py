"""A Linking as a plain-text summary: per conflict, its reports and casualty timeline beside
the infobox figures; then the reports that matched nothing, with the reason."""

from __future__ import annotations

from wikiparse.models import Quantity
from wikiparse.models.linking import ConflictGroup, Linking
from wikiparse.outputs.table import figure_span

__all__ = ["render_linking_table"]


def _figure(q: Quantity) -> str:
    span = figure_span(q)
    if span is None:
        return q.text
    return span + (f" {q.kind}" if q.kind else "")


def _group(g: ConflictGroup) -> list[str]:
    out = [g.name, "=" * min(len(g.name), 100), f"documents: {', '.join(g.documents)}"]
    for r in g.reports:
        headline = r.headline or "(no headline)"
        out.append(f"report: {r.source} — {headline} (score {r.score}; {'; '.join(r.reasons)})")
    if g.infobox:
        figures = [
            f"{'joint' if f.side == 'joint' else 'side ' + f.side}: {_figure(f.quantity)}"
            for f in g.infobox
        ]
        out.append("infobox casualties: " + "; ".join(figures))
    for entry in g.timeline:
        claim = entry.claim
        who = f" {claim.who}" if claim.who else ""
        by = f" — {claim.source}" if claim.source else ""
        wider = " (the wider war)" if entry.scope == "wider" else ""
        reports = ", ".join(entry.reports or [entry.report])
        figure = f"{_figure(claim.quantity)}{who}{by}{wider}"
        out.append(f"  {entry.date or 'undated':<10}  {figure} [{reports}]")
    return out


def render_linking_table(linking: Linking) -> str:
    out: list[str] = []
    for group in linking.conflicts:
        out += [*_group(group), ""]
    if linking.unlinked:
        out.append("Unlinked reports")
        out += [
            f"  {u.source} — {u.headline or '(no headline)'}: {u.reason}" for u in linking.unlinked
        ]
    return "\n".join(out).rstrip() + "\n"
