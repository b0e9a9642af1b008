"""What keeps a batch apart from its own files and a resumed batch true to its plan.

``-o`` naming an input would overwrite it, and an output inside an input folder was read back
in as an input (its errors file and checkpoint too). ``--resume`` skipped as many units as
the checkpoint counted, whatever the plan had become: a file added to a folder since was lost
and another written twice. The checkpoint now holds a digest of the sources of the units
written; the resumed plan must start with the same ones.
"""

from __future__ import annotations

import hashlib
import os
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from wikiparse.batch.outcomes import Outcome, Summary
from wikiparse.batch.plan import Work, plan
from wikiparse.batch.sinks import BatchError, Checkpoint, JsonlSink

__all__ = ["OUTPUT_START", "PlanTrace", "TracedSink", "refuse_overwrite", "trace"]

# How a batch's JSON Lines output starts (a Document; the {"source": …, "document": …} lines of
# older batches too): such a file inside an input folder is an earlier output, overwritten as
# asked; any other file there is an input.
OUTPUT_START = b'{"source":'


def trace(inputs: list[str], out: Path, errors: Path) -> PlanTrace:
    """The plan of a batch writing ``out`` and ``errors``, its own files left out."""
    checkpoint = Checkpoint.path_for(out)
    files = (out, errors, checkpoint, checkpoint.with_name(checkpoint.name + ".tmp"))
    return PlanTrace(inputs, {os.path.realpath(f) for f in files}, str(checkpoint))


def refuse_overwrite(inputs: list[str], out: Path, errors: Path) -> None:
    """BatchError when the output or errors file is an input: named as one, or a file inside
    an input folder that is no earlier output."""
    folders = [os.path.realpath(i) for i in inputs if Path(i).is_dir()]
    files = {os.path.realpath(i) for i in inputs if not Path(i).is_dir()}
    for target in (out, errors):
        real = os.path.realpath(target)
        inside = any(real.startswith(folder + os.sep) for folder in folders)
        if real in files or (inside and target.is_file() and not _earlier_output(target)):
            raise BatchError(
                str(target),
                "is an input of this batch: writing it would "
                "destroy it; choose another -o or --errors",
            )


def _earlier_output(path: Path) -> bool:
    with open(path, "rb") as handle:
        head = handle.read(len(OUTPUT_START))
    return head in (b"", OUTPUT_START)  # empty: one this batch (or a stopped one) made


@dataclass
class PlanTrace:
    """The units of a batch's plan as they are handed out, and a digest of those written."""

    inputs: list[str]
    own: set[str]  # the batch's own files: never planned
    checkpoint: str  # how a refusal names what it refuses
    _hash: hashlib._Hash = field(default_factory=hashlib.sha256)
    _pending: deque[str] = field(default_factory=deque)

    def units(self, state: Checkpoint) -> Iterator[Work]:
        """The plan after the ``state.done`` units written already, which must be the ones the
        checkpoint's digest names (else BatchError: the inputs changed). The state is read
        now: it moves on as the units given are written."""
        return self._after(state.done, state.plan)

    def _after(self, skip: int, digest: str) -> Iterator[Work]:
        done = 0
        for work in self._planned():
            if done < skip:
                self._add(work.source)
                done += 1
                if done == skip:
                    self._check(digest)
                continue
            self._pending.append(work.source)
            yield work
        if done < skip:
            self._check(digest)

    def written(self, state: Checkpoint) -> None:
        """One more unit is written: the digest takes its source."""
        self._add(self._pending.popleft())
        state.plan = self._hash.hexdigest()

    def _planned(self) -> Iterator[Work]:
        for work in plan(self.inputs):
            name = work.path or ""
            if not name or os.path.realpath(name) not in self.own:
                yield work

    def _add(self, source: str) -> None:
        self._hash.update(source.encode("utf-8", "surrogatepass") + b"\n")

    def _check(self, digest: str) -> None:
        if digest and self._hash.hexdigest() != digest:
            raise BatchError(
                self.checkpoint,
                "the inputs changed since the checkpoint (a file "
                "added, removed or renamed among those done): cannot resume; start "
                "afresh without --resume",
            )


@dataclass
class TracedSink:
    """A JSON Lines sink whose checkpoint holds the digest of the units it wrote: the run
    loop's Sink, ``units`` the plan it is fed from."""

    sink: JsonlSink
    trace: PlanTrace

    def units(self) -> Iterator[Work]:
        return self.trace.units(self.sink.state)

    def write(self, outcome: Outcome) -> None:
        self.sink.write(outcome)

    def unit_done(self, summary: Summary) -> None:
        self.trace.written(self.sink.state)  # before the checkpoint the sink may make
        self.sink.unit_done(summary)

    def finish(self, summary: Summary) -> None:
        self.sink.finish(summary)

    def abort(self, summary: Summary) -> None:
        self.sink.abort(summary)

    def close(self) -> None:
        self.sink.close()
