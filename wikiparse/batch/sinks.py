"""Where a batch writes: append-only JSONL with fsync'd checkpoints, so an interrupted run
leaves valid output and ``--resume`` continues exactly where the last checkpoint stood.

The checkpoint (OUT.checkpoint, replaced atomically) records how many units of work are fully
written and the byte size of the output and error files at that moment. Resuming truncates
both files back to those sizes (dropping lines written after the checkpoint) and skips the
units already done, so every document appears exactly once.
"""

from __future__ import annotations

import fcntl
import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import IO

from wikiparse.errors import WikiparseError


class BatchError(WikiparseError):
    """A batch cannot start or resume (missing input, mismatched checkpoint, no pyarrow)."""


@dataclass
class Checkpoint:
    inputs: list[str]
    done: int = 0  # units of work fully written
    out_bytes: int = 0
    err_bytes: int = 0
    documents: int = 0  # conflicts and reports written
    errors: int = 0  # error records written, of every kind
    damaged: int = 0  # of the errors, damaged parts of dumps
    reports: int = 0  # of the documents, news reports
    not_conflicts: int = 0  # of the errors, inputs that are not conflicts (or reports)
    skipped_pages: int = 0  # dump pages without a conflict infobox, left out before parsing
    complete: bool = False
    # the sha256 of the sources of the ``done`` units (batch.guard): --resume plans again and
    # refuses when the plan no longer starts with them (a file added to a folder, removed)
    plan: str = ""

    @staticmethod
    def path_for(out: Path) -> Path:
        return out.with_name(out.name + ".checkpoint")


@dataclass
class JsonlSink:
    """Output and error files, appended line by line; ``checkpoint`` makes progress durable."""

    out: Path
    errors: Path
    state: Checkpoint
    _out: IO[bytes] | None = field(default=None, repr=False)
    _err: IO[bytes] | None = field(default=None, repr=False)
    _lock: IO[bytes] | None = field(default=None, repr=False)

    fresh: bool = False  # --resume found no checkpoint (killed before the first): started anew

    @classmethod
    def open(cls, out: Path, errors: Path, inputs: list[str], resume: bool) -> JsonlSink:
        """Open for writing; the first checkpoint is written at once, so a run stopped at any
        moment leaves one, and a finished run (which removes it) is known by its absence."""
        lock = _lock(out)  # before anything is read or cut: another run may be writing
        state = Checkpoint(inputs=inputs)
        fresh = resume and not Checkpoint.path_for(out).exists()
        if fresh and _finished(out):
            state.complete, state.documents = True, _count_lines(out)
            return cls(out, errors, state, _lock=lock)
        if resume and not fresh:
            state = _load(out, inputs)
            _check_sizes(((out, state.out_bytes), (errors, state.err_bytes)))
        for path, size in ((out, state.out_bytes), (errors, state.err_bytes)):
            with open(path, "a+b") as handle:  # create, then cut back to the checkpoint
                handle.truncate(size)
        sink = cls(out, errors, state, fresh=fresh, _lock=lock)
        sink._out = open(out, "ab")  # noqa: SIM115 - closed in close()
        sink._err = open(errors, "ab")  # noqa: SIM115 - closed in close()
        if not state.complete:
            sink.checkpoint()
        return sink

    def write(self, line: bytes | None, error: bytes | None, kind: str, skipped: int = 0) -> None:
        """One outcome's lines (UTF-8); ``kind`` is what it counts as (batch_work.KINDS)."""
        assert self._out is not None and self._err is not None
        if line is not None:
            self._out.write(line + b"\n")
            self.state.documents += 1
        if error is not None:
            self._err.write(error + b"\n")
            self.state.errors += 1
        state = self.state
        state.reports += kind == "report"
        state.not_conflicts += kind == "not-a-conflict"
        state.damaged += kind == "damaged-dump"
        state.skipped_pages += skipped

    def unit_done(self) -> None:
        self.state.done += 1

    def checkpoint(self, complete: bool = False) -> None:
        assert self._out is not None and self._err is not None
        for handle in (self._out, self._err):
            handle.flush()
            os.fsync(handle.fileno())
        self.state.out_bytes = self._out.tell()
        self.state.err_bytes = self._err.tell()
        self.state.complete = complete
        target = Checkpoint.path_for(self.out)
        temp = target.with_name(target.name + ".tmp")
        temp.write_text(json.dumps(asdict(self.state)), encoding="utf-8")
        os.replace(temp, target)

    def close(self) -> None:
        for handle in (self._out, self._err, self._lock):
            if handle is not None:
                handle.close()

    def finish(self) -> None:
        """A run that reached its end leaves its output only: no checkpoint, no empty errors."""
        self.checkpoint(complete=True)
        self.close()
        Checkpoint.path_for(self.out).unlink(missing_ok=True)
        if self.errors.exists() and self.errors.stat().st_size == 0:
            self.errors.unlink()


def _finished(out: Path) -> bool:
    """Output with no checkpoint beside it, whole lines only: a run that reached its end (a
    run stopped early always leaves its checkpoint; a cut line means it never wrote one)."""
    if not out.exists() or out.stat().st_size == 0:
        return False
    with open(out, "rb") as handle:
        handle.seek(-1, os.SEEK_END)
        return handle.read(1) == b"\n"


def _count_lines(path: Path) -> int:
    with open(path, "rb") as handle:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b""))


def _lock(out: Path) -> IO[bytes]:
    """An exclusive lock on the output, held until the sink closes: a second batch on the
    same -o is refused (two at once wrote 2,555 lines for 1,332 documents)."""
    handle = open(out, "ab")  # noqa: SIM115 - closed in close()
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        raise BatchError(str(out), "another batch is writing it; wait for that one to end, "
                         "or write elsewhere") from None  # fmt: skip
    return handle


def _check_sizes(files: tuple[tuple[Path, int], ...]) -> None:
    """Files at least as long as the checkpoint counts: cutting back one that is shorter
    (moved away, replaced) would pad it with NUL bytes."""
    for path, size in files:
        have = path.stat().st_size if path.exists() else 0
        if have < size:
            raise BatchError(str(path), f"{have:,} bytes where the checkpoint counts {size:,} "
                             "(moved, replaced or cut?): cannot resume; start afresh without "
                             "--resume")  # fmt: skip


def _load(out: Path, inputs: list[str]) -> Checkpoint:
    path = Checkpoint.path_for(out)
    state = _read_checkpoint(path)
    if state.inputs != inputs:
        raise BatchError(
            str(out),
            f"the checkpoint is for inputs {state.inputs}, not {inputs}; resume with the same "
            "inputs or start afresh without --resume",
        )
    return state


def _read_checkpoint(path: Path) -> Checkpoint:
    """The checkpoint, checked key by key: one that is cut short, has a key or a value of the
    wrong kind (a negative size) is refused in one line that names it."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        state = Checkpoint(**data) if isinstance(data, dict) else None
    except (OSError, ValueError, TypeError) as exc:
        raise BatchError(str(path), f"damaged checkpoint ({exc}); delete it and start "
                         "afresh without --resume") from None  # fmt: skip
    if state is None or not all(_right_kind(k, v) for k, v in asdict(state).items()):
        raise BatchError(str(path), "damaged checkpoint (a value of the wrong kind); delete it "
                         "and start afresh without --resume")  # fmt: skip
    return state


def _right_kind(key: str, value: object) -> bool:
    """A checkpoint value of its field's kind: the counts and sizes whole numbers >= 0."""
    if key == "inputs":
        return isinstance(value, list) and all(isinstance(i, str) for i in value)
    if key == "complete":
        return isinstance(value, bool)
    if key == "plan":
        return isinstance(value, str)
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0
