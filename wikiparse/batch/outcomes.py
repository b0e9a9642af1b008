"""What a batch's work gives (``Outcome``: a document's line or rows, or an error record) and
what the run did, counted in one place: every outcome passes ``Summary.count`` on its way
to the sink, whatever the sink (JSON Lines, tables, stdout); the checkpoint stores the counts
(``Summary.counts``) and a resumed run starts from them.

The one exit rule (``wikiparse batch``, ``wikiparse tables``) reads it: pages that are not
conflicts are *skipped* (counted, listed in the errors file), never failures; ``failed`` are
the inputs that could not be read or were damaged; ``--strict`` makes skipped pages and
documents with warnings count too.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from wikiparse.models import Document
from wikiparse.outputs.tables import Row

# How each kind of outcome is counted in the batch's summary; the first two are documents.
KINDS = ("conflict", "report", "not-a-conflict", "damaged-dump", "error")
DOCUMENT_KINDS = KINDS[:2]
WARNED = ("warning", "error")  # the severities --strict fails a document on


@dataclass(frozen=True)
class Outcome:
    source: str
    line: bytes | None = None  # the output JSONL line, UTF-8, without its newline
    error: bytes | None = None  # the errors JSONL line
    # tables output: the document's rows ("doc" numbered 0: the parent numbers them) and
    # the slim copy its links are found from at the end
    rows: dict[str, list[Row]] | None = None
    slim: Document | None = None
    kind: str = "error"  # one of KINDS
    skipped: int = 0  # dump pages the prefilter left out (no conflict infobox) before this one
    warned: bool = False  # the document has an Issue of severity warning or error (--strict)


# The fields that are counts (kept by the checkpoint); the others say how this run went.
COUNTED = (
    "documents",
    "errors",
    "damaged",
    "reports",
    "not_conflicts",
    "skipped_pages",
    "warned",
)


@dataclass
class Summary:
    documents: int = 0  # conflicts and reports written
    errors: int = 0  # error records, of every kind
    damaged: int = 0  # of the errors, parts of dumps that could not be read
    reports: int = 0  # of the documents, news reports
    not_conflicts: int = 0  # of the errors, inputs that are neither conflict nor report
    skipped_pages: int = 0  # dump pages without a conflict infobox, left out before parsing
    warned: int = 0  # of the documents, those with an Issue of severity warning or error
    seconds: float = 0.0
    interrupted: bool = False
    resumed_units: int = 0  # units already done in an earlier run
    resumed_read: int = 0  # documents and error records written by the earlier run
    fresh: bool = False  # --resume found no checkpoint and started from the beginning
    already_complete: bool = False  # --resume of a run that had finished: nothing to do

    def count(self, outcome: Outcome) -> None:
        self.documents += outcome.kind in DOCUMENT_KINDS
        self.errors += outcome.error is not None
        self.reports += outcome.kind == "report"
        self.not_conflicts += outcome.kind == "not-a-conflict"
        self.damaged += outcome.kind == "damaged-dump"
        self.skipped_pages += outcome.skipped
        self.warned += outcome.warned

    def counts(self) -> dict[str, int]:
        return {name: value for name, value in asdict(self).items() if name in COUNTED}

    @classmethod
    def resumed(cls, counts: dict[str, int], units: int) -> Summary:
        """The summary a resumed run starts from: the counts of its checkpoint."""
        summary = cls()
        for name in COUNTED:
            setattr(summary, name, counts.get(name, 0))
        summary.resumed_units, summary.resumed_read = units, summary.read
        return summary

    @property
    def read(self) -> int:
        """Documents and error records: the inputs read so far (earlier runs included)."""
        return self.documents + self.errors

    @property
    def failed(self) -> int:
        """Error records that are failures: all but the skipped pages (not conflicts)."""
        return self.errors - self.not_conflicts

    @property
    def conflicts(self) -> int:
        return self.documents - self.reports

    def rate(self) -> float:
        """Inputs read per second by this run (not counting an earlier run's)."""
        return (self.read - self.resumed_read) / self.seconds if self.seconds else 0.0

    def strict_failures(self) -> int:
        """What ``--strict`` fails on beyond failures: skipped pages, documents with warnings."""
        return self.not_conflicts + self.warned


__all__ = ["COUNTED", "DOCUMENT_KINDS", "KINDS", "WARNED", "Outcome", "Summary"]
