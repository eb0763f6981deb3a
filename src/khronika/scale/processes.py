"""Enrichment in worker processes on this machine, pages in input order.

`khronika ingest --workers N` uses it: N processes each build the pipeline once
and turn pages into Docs, while the calling process writes them to the store
(one writer, as SQLite requires, and the writer's work overlaps the
enrichment instead of following it).  Plain `multiprocessing` with a task and a
result queue: each worker keeps its pipeline as a local of its loop, so no
module state is needed, and a worker whose parent has died (even by SIGKILL)
notices within a second (or after the page it is enriching) and exits instead of
lingering.
"""
from __future__ import annotations

import multiprocessing
import os
import pickle
import queue
import signal
import time
from dataclasses import dataclass
from typing import Any, Callable, Generic, Iterable, Iterator, TypeVar

from khronika.errors import PipelineError
from khronika.ingest.rawpage import RawPage
from khronika.scale.work import THREAD_ENV, EnrichedDoc, PipelineSpec

# Pages sent ahead per worker: one being enriched, the next ones queued, so a
# worker never waits for the writer to hand it work.
AHEAD_PER_WORKER = 4
# How often a waiting worker checks that its parent is alive, and the writer that its workers are.
POLL_SECONDS = 1.0
# A worker that loads the models takes a few seconds; one that cannot start says why.
START_SECONDS = 300.0
# Workers finish the pages they were sent when the writer stops; after this they are terminated.
STOP_SECONDS = 10.0

Task = TypeVar("Task")
_END = object()  # end of the tasks (a task itself may be anything)
_IDLE = object()  # a worker's wait for a task timed out


@dataclass(frozen=True)
class _Ready:
    names: tuple[str, ...]


@dataclass(frozen=True)
class _Failed:
    reason: str


def _worker(spec: PipelineSpec, tasks: Any, results: Any, parent: int, keep_tokens: bool = True) -> None:
    # Ctrl-C reaches the whole process group: the parent decides how to stop, the workers
    # finish what they hold (no traceback from every worker).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for key, value in THREAD_ENV.items():
        os.environ.setdefault(key, value)
    from khronika.scale.work import enrich_doc

    try:
        pipeline = spec.build()
    except Exception as error:  # a bad spec or a missing model: say so to the parent, which stops
        results.put(_Failed(f"{type(error).__name__}: {error}"))
        return
    results.put(_Ready(tuple(pipeline.names)))
    while True:
        try:
            task = tasks.get(timeout=POLL_SECONDS)
        except queue.Empty:
            task = _IDLE  # nothing to do: only look at the parent
        if os.getppid() != parent:
            # The parent is gone: nobody will read the results.  Without this the exit would wait
            # for the queue's feeder thread, blocked on a full pipe, for good.
            results.cancel_join_thread()
            return
        if task is None:
            return
        if task is _IDLE:
            continue
        number, page = task
        results.put((number, _packed(enrich_doc(page, pipeline), keep_tokens)))


def _packed(outcome: EnrichedDoc, keep_tokens: bool = True) -> bytes:
    # Pickled here, not in the queue's feeder thread: a Doc that cannot be pickled would be
    # lost there with its page, and the writer would wait for it forever.
    if not keep_tokens and outcome.doc is not None:
        # (the store reads no token: they were ~27 of a page's ~32 kB pickled; unpickling a page cost 1.7 ms
        # with them, 0.1 without, measured apart; bench/RESULTS.md, forty-first session)
        outcome.doc.tokens = []
    try:
        return pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception as error:
        failed = EnrichedDoc(outcome.source, reason=f"result not sendable: {type(error).__name__}: {error}")
        return pickle.dumps(failed, protocol=pickle.HIGHEST_PROTOCOL)


class ProcessEnricher(Generic[Task]):
    """`workers` enrichment processes; use as a context manager, then `map`."""

    works_ahead = True  # pages are enriched before the writer asks for them

    def __init__(self, spec: PipelineSpec, workers: int, *, keep_tokens: bool = True) -> None:
        """`keep_tokens=False`: the Docs come back without their tokens (`Doc.tokens` empty; sentences,
        mentions and every other layer kept), for a caller that reads none, such as the store's writer."""
        if workers < 1:
            raise ValueError("workers must be at least 1")
        self.spec, self.workers = spec, workers
        self.names: tuple[str, ...] = ()
        context = multiprocessing.get_context("spawn")  # no fork of a process holding a store connection
        self._tasks = context.Queue()
        self._results = context.Queue()
        self._processes = [context.Process(target=_worker, args=(spec, self._tasks, self._results, os.getpid(), keep_tokens),
                                           daemon=True, name=f"khronika-enrich-{i}") for i in range(workers)]

    def __enter__(self) -> "ProcessEnricher[Task]":
        for process in self._processes:
            process.start()
        try:
            for _ in self._processes:
                message = self._next_result(START_SECONDS)
                if isinstance(message, _Failed):
                    raise PipelineError(f"enrichment worker could not start: {message.reason}")
                self.names = message.names
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def close(self) -> None:
        for process in self._processes:
            if process.is_alive():
                self._tasks.put(None)
        # Results nobody will read are drained: a worker exits only once its results are in
        # the pipe, and a full pipe would hold it (when the writer stopped early).
        deadline = time.monotonic() + STOP_SECONDS
        while any(p.is_alive() for p in self._processes) and time.monotonic() < deadline:
            try:
                self._results.get(timeout=0.1)
            except queue.Empty:
                pass
        for process in self._processes:
            if process.is_alive():
                process.terminate()
            process.join()
        # Pages still queued for terminated workers will never be read: this process must not
        # wait at exit for the feeder threads to push them into full pipes.
        self._tasks.cancel_join_thread()
        self._results.cancel_join_thread()
        self._tasks.close()
        self._results.close()

    def map(self, tasks: Iterable[Task], page_of: Callable[[Task], RawPage | None]
            ) -> Iterator[tuple[Task, EnrichedDoc | None]]:
        """Each task with its enriched page, in input order.  `page_of(task)` is called in
        this process when the task is taken: the page to enrich, or None for a task that
        needs no enrichment (it comes back with None, in its place)."""
        ahead = self.workers * AHEAD_PER_WORKER
        waiting: dict[int, tuple[Task, EnrichedDoc | None]] = {}  # finished, by input number
        pending: dict[int, Task] = {}  # sent to a worker, not back yet
        source = iter(tasks)
        taken = yielded = 0
        exhausted = False
        while True:
            while not exhausted and taken - yielded < ahead:
                task = next(source, _END)
                if task is _END:
                    exhausted = True
                    break
                page = page_of(task)
                if page is None:
                    waiting[taken] = (task, None)
                else:
                    pending[taken] = task
                    self._tasks.put((taken, page))
                taken += 1
            if yielded == taken and exhausted:
                return
            while yielded not in waiting:
                number, packed = self._next_result(None)
                waiting[number] = (pending.pop(number), pickle.loads(packed))
            yield waiting.pop(yielded)
            yielded += 1

    def _next_result(self, limit: float | None) -> Any:
        waited = 0.0
        while True:
            try:
                return self._results.get(timeout=POLL_SECONDS)
            except queue.Empty:
                waited += POLL_SECONDS
                dead = [p for p in self._processes if not p.is_alive()]
                if dead:
                    raise PipelineError(
                        f"enrichment worker {dead[0].name} exited (code {dead[0].exitcode}); "
                        "pages written before are kept, a rerun does the rest")
                if limit is not None and waited >= limit:
                    raise PipelineError(f"enrichment workers did not start within {limit:.0f} s")
