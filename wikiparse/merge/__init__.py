"""Documents -> one record per conflict (``wikiparse.merge``).

``profile``: what grouping reads of a document; ``group``: which documents are one conflict
(a hash join on ``Conflict.key``, then evidence); ``values``: the merged values, their
provenance and the disagreements. News reports are not merged: they are linked
(``wikiparse.link``) to the merged conflicts, and each record lists its reports.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from wikiparse.linking import reports_of
from wikiparse.merge.group import group
from wikiparse.merge.profile import Profile, profile
from wikiparse.merge.values import Values, disagreements
from wikiparse.models import Document, Issue
from wikiparse.models.merged import Merged

__all__ = ["merge"]


def _record(members: list[Profile], ambiguous: set[str]) -> Merged:
    values = Values(members)
    conflict = values.fill()
    differ = disagreements(conflict, values)
    issues = [
        Issue(code="sources-disagree", field=d.field, text=None,
              message=f"{len(d.values)} sources give different values; the value of "
              f"{d.values[0].source} is kept, all are listed in disagreements")
        for d in differ
    ]  # fmt: skip
    if any(m.join_key in ambiguous for m in members):
        issues.append(Issue(code="merge-ambiguous", message="no date tells which of several "
                            "conflicts of this name it is: kept apart"))  # fmt: skip
    return Merged(key=conflict.key, conflict=conflict,
                  sources=list(dict.fromkeys(m.source for m in members)),
                  provenance=values.provenance(conflict), disagreements=differ,
                  issues=issues)  # fmt: skip


def merge(documents: Iterable[Document], sources: Sequence[str] | None = None) -> list[Merged]:
    """One record per conflict, in first-seen order: the conflict documents that describe one
    conflict merged (docs/merge.md), each with the news reports linked to it.

    ``sources`` names the documents (default: each ``Document.source``, else "document N").
    The groups and values do not depend on the order of ``documents``.
    """
    docs = list(documents)
    names = list(sources) if sources is not None else [
        doc.source or f"document {i + 1}" for i, doc in enumerate(docs)
    ]  # fmt: skip
    profiles = [profile(i, name, doc) for i, (doc, name) in enumerate(zip(docs, names, strict=True))
                if doc.conflict is not None]  # fmt: skip
    groups, ambiguous = group(profiles)
    groups.sort(key=lambda members: min(m.index for m in members))
    records = [_record(members, ambiguous) for members in groups]
    reports = [(doc.report, name) for doc, name in zip(docs, names, strict=True) if doc.report]
    linked = reports_of([(r.conflict, r.key) for r in records], reports)
    return [
        r.model_copy(update={"reports": sorted({x.source for x in found})})
        for r, found in zip(records, linked, strict=True)
    ]
