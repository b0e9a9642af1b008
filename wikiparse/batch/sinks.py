"""Where a run writes: the ``Sink`` protocol every output keeps (JSON Lines here, the stream
of ``-o -``, the tables in ``table_sink``), so the run loop is one (``run.run_units``).

JSON Lines are appended with fsync'd checkpoints, so an interrupted run leaves valid output
and ``--resume`` continues exactly where the last checkpoint stood.

The checkpoint (OUT.checkpoint, replaced atomically) records how many units of work are fully
written and the byte size of the output and error files at that moment. Resuming truncates
both files back to those sizes (dropping lines written after the checkpoint) and skips the
units already done, so every document appears exactly once.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import IO, Protocol, TextIO

from wikiparse.batch.outcomes import COUNTED, Outcome, Summary
from wikiparse.errors import WikiparseError

__all__ = [
    "CHECKPOINT_EVERY", "CHECKPOINT_UNITS", "LOCKED", "BatchError", "Checkpoint", "JsonlSink",
    "Sink", "StreamSink", "lock_folder", "release_folder"
]  # fmt: skip

CHECKPOINT_EVERY = 2.0  # seconds between durable checkpoints
CHECKPOINT_UNITS = 200  # … or this many units of work, whichever comes first


class BatchError(WikiparseError):
    """A batch cannot start or resume (missing input, mismatched checkpoint, no pyarrow)."""


class Sink(Protocol):
    """Where a run's outcomes go, in plan order: JSON Lines (``JsonlSink``, checkpointed),
    the typed tables (``table_sink.TableSink``) or a stream (``StreamSink``, ``-o -``).
    The run counts each outcome (``Summary.count``) before handing it over."""

    def write(self, outcome: Outcome) -> None:
        """One outcome's output line, error record or table rows."""

    def unit_done(self, summary: Summary) -> None:
        """A unit of work is fully written (where a checkpoint may be made)."""

    def finish(self, summary: Summary) -> None:
        """The run reached its end: make the output final."""

    def abort(self, summary: Summary) -> None:
        """The run was interrupted: leave what can be resumed, or nothing that looks whole."""

    def close(self) -> None:
        """Release the files (after finish or abort, or when an error stopped the run)."""


@dataclass
class Checkpoint:
    """A JSON Lines run's progress, built from its Summary's counts."""

    inputs: list[str]
    done: int = 0  # units of work fully written
    out_bytes: int = 0
    err_bytes: int = 0
    complete: bool = False
    counts: dict[str, int] = field(default_factory=dict)  # Summary.counts()
    # the sha256 of the sources of the ``done`` units (batch.guard): --resume plans again and
    # refuses when the plan no longer starts with them (a file added to a folder, removed)
    plan: str = ""

    @staticmethod
    def path_for(out: Path) -> Path:
        return out.with_name(out.name + ".checkpoint")


@dataclass
class JsonlSink:
    """Output and error files, appended line by line; ``checkpoint`` makes progress durable
    every CHECKPOINT_EVERY seconds or CHECKPOINT_UNITS units."""

    out: Path
    errors: Path
    state: Checkpoint
    _out: IO[bytes] | None = field(default=None, repr=False)
    _err: IO[bytes] | None = field(default=None, repr=False)
    _last: float = field(default_factory=time.monotonic, repr=False)
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
            state.complete, state.counts = True, {"documents": _count_lines(out)}
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
            sink.checkpoint(Summary.resumed(state.counts, state.done))
        return sink

    def summary(self) -> Summary:
        """Where this run starts: the counts of the checkpoint resumed (zero when none)."""
        summary = Summary.resumed(self.state.counts, self.state.done)
        summary.fresh, summary.already_complete = self.fresh, self.state.complete
        return summary

    def write(self, outcome: Outcome) -> None:
        assert self._out is not None and self._err is not None
        if outcome.line is not None:
            self._out.write(outcome.line + b"\n")
        if outcome.error is not None:
            self._err.write(outcome.error + b"\n")

    def unit_done(self, summary: Summary) -> None:
        self.state.done += 1
        if time.monotonic() - self._last > CHECKPOINT_EVERY or not (
            self.state.done % CHECKPOINT_UNITS
        ):
            self.checkpoint(summary)

    def checkpoint(self, summary: Summary, complete: bool = False) -> None:
        assert self._out is not None and self._err is not None
        for handle in (self._out, self._err):
            handle.flush()
            os.fsync(handle.fileno())
        state = self.state
        state.out_bytes, state.err_bytes = self._out.tell(), self._err.tell()
        state.complete, state.counts = complete, summary.counts()
        target = Checkpoint.path_for(self.out)
        temp = target.with_name(target.name + ".tmp")
        temp.write_text(json.dumps(asdict(state)), encoding="utf-8")
        os.replace(temp, target)
        self._last = time.monotonic()

    def abort(self, summary: Summary) -> None:
        """Interrupted after a whole unit: the checkpoint is exact, --resume goes on from it."""
        self.checkpoint(summary)
        self.close()

    def close(self) -> None:
        if self._lock is not None and not self._lock.closed:
            LOCKED.discard(self._lock.fileno())
        for handle in (self._out, self._err, self._lock):
            if handle is not None:
                handle.close()

    def finish(self, summary: Summary) -> None:
        """A run that reached its end leaves its output only: no checkpoint, no empty errors."""
        self.checkpoint(summary, complete=True)
        self.close()
        Checkpoint.path_for(self.out).unlink(missing_ok=True)
        if self.errors.exists() and self.errors.stat().st_size == 0:
            self.errors.unlink()


@dataclass
class StreamSink:
    """``-o -``: JSON Lines to a stream as they come (a pipe into jq, DuckDB…), error records
    to another; nothing to checkpoint, so nothing to resume."""

    out: TextIO
    errors: TextIO

    def write(self, outcome: Outcome) -> None:
        if outcome.line is not None:
            self.out.write(outcome.line.decode() + "\n")
            self.out.flush()
        if outcome.error is not None:
            self.errors.write(outcome.error.decode() + "\n")

    def unit_done(self, summary: Summary) -> None:
        pass

    def finish(self, summary: Summary) -> None:
        self.out.flush()

    def abort(self, summary: Summary) -> None:
        self.out.flush()

    def close(self) -> None:
        pass


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


# The descriptors holding a batch's lock. A worker process forked while one is held gets a
# copy, which would keep the lock after the batch itself was killed (a --resume right after a
# SIGKILL found "another batch is writing it" while the orphaned workers wound down): in the
# child each copy is pointed at /dev/null, which drops its hold and keeps the number valid.
LOCKED: set[int] = set()


def _drop_locks_in_child() -> None:
    if not LOCKED:
        return
    null = os.open(os.devnull, os.O_RDONLY)
    for fd in LOCKED:
        with contextlib.suppress(OSError):
            os.dup2(null, fd)
    os.close(null)
    LOCKED.clear()


os.register_at_fork(after_in_child=_drop_locks_in_child)


def _lock(out: Path) -> IO[bytes]:
    """An exclusive lock on the output, held until the sink closes: a second batch on the
    same -o is refused (two at once wrote 2,555 lines for 1,332 documents)."""
    handle = open(out, "ab")  # noqa: SIM115 - closed in close()
    LOCKED.add(handle.fileno())
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        LOCKED.discard(handle.fileno())
        handle.close()
        raise BatchError(
            str(out), "another batch is writing it; wait for that one to end, or write elsewhere"
        ) from None
    except OSError:  # a file system without locks (some network mounts): run unlocked
        pass
    return handle


def lock_folder(folder: Path) -> int | None:
    """The same lock for a table run's folder (``batch --format parquet -o DIR``): two runs
    into one folder would write the same temporary files. Creates the folder; None when it is
    a file (the writer says so) or the file system has no locks. The descriptor is released
    with ``release_folder``."""
    if folder.exists() and not folder.is_dir():
        return None
    folder.mkdir(parents=True, exist_ok=True)
    fd = os.open(folder, os.O_RDONLY)
    LOCKED.add(fd)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        release_folder(fd)
        raise BatchError(
            str(folder), "another batch is writing it; wait for that one to end, or write elsewhere"
        ) from None
    except OSError:
        pass
    return fd


def release_folder(fd: int | None) -> None:
    if fd is not None:
        LOCKED.discard(fd)
        with contextlib.suppress(OSError):
            os.close(fd)


def _check_sizes(files: tuple[tuple[Path, int], ...]) -> None:
    """Files at least as long as the checkpoint counts: cutting back one that is shorter
    (moved away, replaced) would pad it with NUL bytes."""
    for path, size in files:
        have = path.stat().st_size if path.exists() else 0
        if have < size:
            raise BatchError(
                str(path),
                f"{have:,} bytes where the checkpoint counts {size:,} "
                "(moved, replaced or cut?): cannot resume; start afresh without "
                "--resume",
            )


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
        if isinstance(data, dict):
            # a checkpoint written before the counts were Summary's kept them beside "done"
            counts = data.pop("counts", None) or {k: data.pop(k) for k in COUNTED if k in data}
            data["counts"] = counts
        state = Checkpoint(**data) if isinstance(data, dict) else None
    except (OSError, ValueError, TypeError) as exc:
        raise BatchError(
            str(path), f"damaged checkpoint ({exc}); delete it and start afresh without --resume"
        ) from None
    if state is None or not all(_right_kind(k, v) for k, v in asdict(state).items()):
        raise BatchError(
            str(path),
            "damaged checkpoint (a value of the wrong kind); delete it "
            "and start afresh without --resume",
        )
    return state


def _right_kind(key: str, value: object) -> bool:
    """A checkpoint value of its field's kind: the counts and sizes whole numbers >= 0."""
    if key == "inputs":
        return isinstance(value, list) and all(isinstance(i, str) for i in value)
    if key == "complete":
        return isinstance(value, bool)
    if key == "plan":
        return isinstance(value, str)
    if key == "counts":
        return isinstance(value, dict) and all(_right_kind("", n) for n in value.values())
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0
