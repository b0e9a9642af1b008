"""Worker processes for ``batch -j N`` that cannot hang the batch: results in plan order, a
worker that dies is replaced and the unit it held recorded, a stop request ends it at once.

multiprocessing.Pool waits forever for the result of a worker that died (the OOM killer, a
``kill -9``, SIGTERM sent to the whole process group by ``timeout`` or systemd): it starts a
new worker but the unit is lost, and ``imap`` never returns. Here each worker has its own pipe
and takes one unit at a time, so the parent always knows which unit a dead worker held; no
lock is shared, so a worker killed at any moment leaves nothing locked.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess

from wikiparse.batch.outcomes import Outcome
from wikiparse.batch.plan import Work
from wikiparse.batch.work import lost_outcome, run_work

__all__ = ["AHEAD", "POLL", "STOP_GRACE", "Pool", "Run", "Stopped", "Worker"]

AHEAD = 4  # units handed out or waiting to be written, per worker, past the next one due
POLL = 0.2  # seconds between two looks at the stop request while waiting for workers
STOP_GRACE = 2.0  # seconds a stopped worker gets to end before it is killed


class Stopped(KeyboardInterrupt):
    """A stop was requested (Ctrl-C, SIGTERM) while waiting for the workers."""


Run = Callable[[Work, bool], list[Outcome]]


def _serve(conn: Connection, tables: bool, run: Run) -> None:
    """A worker: units in, outcomes out, until the parent closes the pipe. Ctrl-C is the
    parent's to handle; SIGTERM ends it (the parent records nothing for a stopped run)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    while True:
        try:
            item = conn.recv()
        except (EOFError, OSError):
            return
        if item is None:
            return
        number, work = item
        conn.send((number, run(work, tables)))


@dataclass
class Worker:
    process: BaseProcess
    conn: Connection
    holding: tuple[int, Work] | None = None  # the unit it works on


@dataclass
class Pool:
    """``jobs`` workers running ``run_work``; ``results`` gives each unit's outcomes in plan
    order."""

    jobs: int
    tables: bool = False
    stop: threading.Event = field(default_factory=threading.Event)
    run: Run = run_work  # what a worker does with a unit (a test's stand-in kills itself)
    workers: list[Worker] = field(default_factory=list)
    waiting: deque[tuple[int, Work]] = field(default_factory=deque)  # drawn, not yet taken

    def _start(self) -> Worker:
        parent, child = multiprocessing.Pipe()
        process = multiprocessing.Process(
            target=_serve, args=(child, self.tables, self.run), daemon=True
        )
        process.start()
        child.close()
        worker = Worker(process, parent)
        self.workers.append(worker)
        return worker

    def results(self, works: Iterator[Work]) -> Iterator[list[Outcome]]:
        """Outcomes of each unit in order. A unit whose worker died gives one error outcome;
        a stop request raises ``Stopped`` without waiting for the units in hand."""
        done: dict[int, list[Outcome]] = {}
        handed, due = 0, 0
        try:
            for _ in range(self.jobs):
                self._start()
            while True:
                handed = self._hand_out(works, handed, due)
                if due == handed and not self.waiting:  # every unit drawn is written
                    return
                if due not in done and any(w.holding is not None for w in self.workers):
                    self._collect(done)
                while due in done:
                    yield done.pop(due)
                    due += 1
        finally:
            self._close()

    def _hand_out(self, works: Iterator[Work], handed: int, due: int) -> int:
        """A unit to each idle worker (drawn from the plan up to AHEAD a worker past the one
        due); returns how many units are drawn. A worker that died before it took its unit
        is replaced and the unit waits for the next one (SIGTERM to the group kills workers
        a moment before the parent hears it)."""
        for worker in list(self.workers):
            if worker.holding is not None:
                continue
            if not self.waiting:
                work = next(works, None) if handed - due < self.jobs * AHEAD else None
                if work is None:
                    break
                self.waiting.append((handed, work))
                handed += 1
            try:
                worker.conn.send(self.waiting[0])
            except OSError:
                if self.stop.is_set():
                    raise Stopped from None
                self._replace(worker)
                continue
            worker.holding = self.waiting.popleft()
        return handed

    def _collect(self, done: dict[int, list[Outcome]]) -> None:
        """Wait for a result or a worker's end (a stop request is looked at every POLL s)."""
        busy = [w for w in self.workers if w.holding is not None]
        handles: list[Connection | int] = [w.conn for w in busy]
        handles += [w.process.sentinel for w in busy]
        ready = wait(handles, timeout=POLL)
        if self.stop.is_set():
            raise Stopped
        for worker in busy:
            if worker.conn in ready or worker.conn.poll():
                try:
                    number, outcomes = worker.conn.recv()
                except (EOFError, OSError):
                    self._lost(worker, done)
                    continue
                done[number] = outcomes
                worker.holding = None
            elif worker.process.sentinel in ready:
                self._lost(worker, done)

    def _lost(self, worker: Worker, done: dict[int, list[Outcome]]) -> None:
        """A worker died holding a unit: the unit is recorded, a new worker takes its place."""
        if self.stop.is_set():
            raise Stopped
        assert worker.holding is not None
        number, work = worker.holding
        worker.process.join(STOP_GRACE)
        done[number] = [lost_outcome(work, _how(worker.process.exitcode))]
        self._replace(worker)

    def _replace(self, worker: Worker) -> None:
        """A dead worker out, a new one in."""
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join(STOP_GRACE)
        worker.conn.close()
        self.workers.remove(worker)
        self._start()

    def _close(self) -> None:
        for worker in self.workers:
            if worker.holding is None:
                with contextlib.suppress(OSError):  # it died meanwhile
                    worker.conn.send(None)
            else:  # stopped mid-unit: its result would not be written anyway
                worker.process.kill()
        for worker in self.workers:
            worker.process.join(STOP_GRACE)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
            worker.conn.close()
        self.workers.clear()


def _how(exitcode: int | None) -> str:
    """How a worker ended, in words: "killed by SIGKILL (out of memory?)"."""
    if exitcode is not None and exitcode < 0:
        name = signal.Signals(-exitcode).name
        hint = " (out of memory?)" if -exitcode == signal.SIGKILL else ""
        return f"killed by {name}{hint}"
    return f"ended with exit code {exitcode}"
