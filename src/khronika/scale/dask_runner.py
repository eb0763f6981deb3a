"""Run `enrich_page` on a Dask cluster: the same unit of work as the local
run, with the pipeline built once per worker.

    with DaskRunner("local", workers=2) as runner:        # or "tcp://host:8786", or a Client
        for result in runner.map(read_pages(paths)):        # completion order
            ...                                             # the caller writes (single writer)

How it keeps to the house rules:
- Models never cross the wire.  A `PipelinePlugin` (a `WorkerPlugin`
  holding only a `PipelineSpec`) builds the pipeline in each worker's
  `setup`, off the event loop, and keeps it for that worker's lifetime;
  tasks find it through the worker.  Workers that join later set it up too.
  A second runner with the same spec on the same cluster shares the
  pipeline the worker already holds instead of loading the models again.
- Memory stays flat: pages go out in batches of `batch_size`, at most
  `max_in_flight` batches at a time; the next batch is read only when one
  comes back (`as_completed`).
- Every page comes back with its source name: a record, or the reason it
  was skipped or failed.  A batch lost with its worker is rerun by Dask
  elsewhere (a restarted worker builds its pipeline again); if Dask gives
  up on it, each of its pages is reported failed and the run goes on.
"""
from __future__ import annotations

import asyncio
import os
import threading
import time
import uuid
from contextlib import ExitStack
from typing import Any, Iterable, Iterator

from distributed import Client, Future, LocalCluster, as_completed, get_worker
from distributed.diagnostics.plugin import WorkerPlugin

from khronika.errors import InputError, PipelineError
from khronika.ingest.rawpage import RawPage
from khronika.scale.work import THREAD_ENV, EnrichResult, PipelineSpec, enrich_page

# The full pipeline costs ~0.06 CPU-s per news page (bench/scale.py): a batch
# of 8 is a task of about half a second, long enough that Dask's per-task
# overhead (a few ms) is noise, short enough that workers finish together.
DEFAULT_BATCH_SIZE = 8
# Batches in flight per worker thread: one running, one queued so no worker idles.
IN_FLIGHT_PER_THREAD = 2


class PipelinePlugin(WorkerPlugin):
    """Per-worker home of the pipeline.  Pickled to workers with only the spec;
    the built pipeline, lock and counters live on the worker's copy."""

    def __init__(self, spec: PipelineSpec, name: str) -> None:
        self.spec = spec
        self.name = name
        self.pipeline: Any = None
        self.builds = 0  # worker-side counters: pipeline builds (one per worker) and batches run
        self.batches = 0
        self.build_seconds = 0.0
        self.enrich_cpu_seconds = 0.0  # CPU time spent inside enrich_page (overhead = the rest)
        self.shared_from: str | None = None  # the plugin whose pipeline this one reuses
        self._ready: threading.Event | None = None
        self._lock: threading.Lock | None = None
        self._error: BaseException | None = None

    def __getstate__(self) -> dict[str, Any]:
        return {"spec": self.spec, "name": self.name}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["spec"], state["name"])

    async def setup(self, worker: Any) -> None:
        for key, value in THREAD_ENV.items():
            # For workers not started by start_local_cluster; takes effect only if no BLAS
            # library is loaded yet, so set it in the worker's environment as well.
            os.environ[key] = value
        self._ready, self._lock = threading.Event(), threading.Lock()
        twin = self._built_twin(worker)
        if twin is not None:
            # Another runner on this worker already built the same pipeline: share it (and its lock).
            self.pipeline, self._lock, self.shared_from = twin.pipeline, twin._lock, twin.name
            self._ready.set()
            return
        # Loading models takes seconds; a thread keeps the worker's event loop
        # answering heartbeats meanwhile.
        try:
            await asyncio.to_thread(self._build)
        finally:
            self._ready.set()

    def _built_twin(self, worker: Any) -> "PipelinePlugin | None":
        for other in getattr(worker, "plugins", {}).values():
            if isinstance(other, PipelinePlugin) and other is not self and other.spec == self.spec \
                    and other.pipeline is not None and other._lock is not None:
                return other
        return None

    def _build(self) -> None:
        started = time.perf_counter()
        try:
            self.pipeline = self.spec.build()
        except Exception as error:
            # Kept, not raised: the runner reads it and raises one clean error on
            # the client instead of a traceback logged by every worker.
            self._error = error
            return
        self.builds += 1
        self.build_seconds = time.perf_counter() - started

    def state(self) -> dict[str, Any]:
        error = self._error
        return {
            "builds": self.builds, "batches": self.batches, "build_seconds": self.build_seconds,
            "enrich_cpu_seconds": self.enrich_cpu_seconds,
            "names": list(self.pipeline.names) if self.pipeline is not None else [],
            "shared_from": self.shared_from,
            "error": None if error is None else (isinstance(error, PipelineError), f"{type(error).__name__}: {error}"),
        }

    def teardown(self, worker: Any) -> None:
        self.pipeline = None

    def enrich(self, pages: list[RawPage]) -> list[EnrichResult]:
        if self._ready is None or self._lock is None:
            raise RuntimeError(f"worker plugin {self.name!r} was never set up")
        self._ready.wait()
        if self._error is not None:
            raise RuntimeError(f"pipeline failed to build on this worker: {self._error}")
        # Threads of one worker share the pipeline; its components are not
        # promised to be thread-safe, and the GIL gives little to gain anyway.
        with self._lock:
            self.batches += 1
            cpu = time.thread_time()
            try:
                return [enrich_page(page, self.pipeline) for page in pages]
            finally:
                self.enrich_cpu_seconds += time.thread_time() - cpu


def _enrich_batch(pages: list[RawPage], plugin_name: str) -> list[EnrichResult]:
    """The Dask task: this worker's pipeline over one batch of pages."""
    plugin = get_worker().plugins.get(plugin_name)
    if plugin is None:
        raise RuntimeError(f"worker has no plugin {plugin_name!r}; was the runner closed?")
    return plugin.enrich(pages)


def _plugin_state(plugin_name: str, dask_worker: Any = None) -> dict[str, Any]:
    plugin = dask_worker.plugins.get(plugin_name)
    # A worker that joined a moment ago may not have set the plugin up yet: nothing to report.
    return plugin.state() if plugin is not None else {"builds": 0, "batches": 0, "names": [], "error": None}


def start_local_cluster(workers: int = 2, threads_per_worker: int = 1) -> LocalCluster:
    """Worker processes on loopback, no dashboard, one BLAS thread each.

    The environment is set before each worker process is spawned.  Dask's
    default MALLOC_TRIM_THRESHOLD_=65536 (return freed memory to the OS
    eagerly) made the pipeline itself cost ~35-45% more CPU per page on the
    workers than in-process (measured with bench/scale.py); our workers hold
    the models for their lifetime and allocate small, short-lived objects
    per page, so glibc's own adaptive threshold is kept.
    """
    import logging

    import dask

    environ = {f"distributed.nanny.pre-spawn-environ.{key}": value for key, value in THREAD_ENV.items()}
    environ["distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_"] = None  # None: not set
    with dask.config.set(environ):
        return LocalCluster(
            n_workers=workers, threads_per_worker=threads_per_worker, processes=True,
            host="127.0.0.1", dashboard_address=None, silence_logs=logging.ERROR,
        )


class DaskRunner:
    """Ship RawPages to a Dask cluster and get `EnrichResult`s back in completion order.

    `scheduler` is a `distributed.Client` (left open on close), an address
    such as "tcp://10.0.0.5:8786", or "local" to start a `LocalCluster` of
    `workers` processes (closed on close).  Construction returns once every
    current worker has built its pipeline; `cluster_seconds` and
    `startup_seconds` (cluster plus pipeline builds) say how long that took.
    """

    def __init__(
        self,
        scheduler: Client | str = "local",
        *,
        workers: int = 2,
        spec: PipelineSpec = PipelineSpec(),
        batch_size: int = DEFAULT_BATCH_SIZE,
        max_in_flight: int | None = None,
        wait_for_workers: float = 60.0,
    ) -> None:
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        self._stack = ExitStack()
        started = time.perf_counter()
        try:
            self.client = self._connect(scheduler, workers, wait_for_workers)
            self.cluster_seconds = time.perf_counter() - started
            self.spec = spec
            self.batch_size = batch_size
            threads = sum(self.client.nthreads().values()) or 1
            self.max_in_flight = max_in_flight or max(2, IN_FLIGHT_PER_THREAD * threads)
            self.plugin_name = f"khronika-pipeline-{spec.key}-{uuid.uuid4().hex[:8]}"
            if scheduler != "local":  # a cluster this runner does not own: free its models on close
                self._stack.callback(self._unregister)
            self.client.register_plugin(PipelinePlugin(spec, self.plugin_name))
            self._raise_build_errors()
        except BaseException:
            self._stack.close()
            raise
        self.startup_seconds = time.perf_counter() - started

    def _raise_build_errors(self) -> None:
        for address, state in self.workers().items():
            if state["error"] is not None:
                is_order_error, message = state["error"]
                if is_order_error:
                    raise PipelineError(message.split(": ", 1)[1])
                raise RuntimeError(f"the pipeline failed to build on worker {address}: {message}")

    def _connect(self, scheduler: Client | str, workers: int, wait: float) -> Client:
        if isinstance(scheduler, Client):
            return scheduler
        if scheduler == "local":
            cluster = self._stack.enter_context(start_local_cluster(workers))
            return self._stack.enter_context(Client(cluster))
        client = self._stack.enter_context(Client(scheduler))
        client.wait_for_workers(1, timeout=wait)
        return client

    def _unregister(self) -> None:
        try:
            self.client.unregister_worker_plugin(self.plugin_name)
        except Exception:  # the cluster may already be gone; nothing left to free
            pass

    def close(self) -> None:
        self._stack.close()

    def __enter__(self) -> "DaskRunner":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def workers(self) -> dict[str, dict[str, Any]]:
        """Per worker: pipeline builds (1 each), batches run, build seconds, component names."""
        return self.client.run(_plugin_state, self.plugin_name)

    def warm_up(self, page: RawPage) -> None:
        """Run one page on every worker, so lazily loaded parts are in place
        before timing starts (benchmarks); a normal run does not need it."""
        futures = [
            self.client.submit(_enrich_batch, [page], self.plugin_name, pure=False, workers=[address],
                               allow_other_workers=False)
            for address in self.client.nthreads()
        ]
        self.client.gather(futures)

    @property
    def pipeline_names(self) -> list[str]:
        states = self.workers().values()
        return next((s["names"] for s in states if s["names"]), [])

    def map(self, items: Iterable[RawPage | InputError]) -> Iterator[EnrichResult]:
        """One result per item, in completion order.  Read errors (`InputError`
        from `read_pages`) come straight back; pages are enriched on the cluster."""
        source = iter(items)
        pending: dict[Future, list[str]] = {}
        done = as_completed()
        exhausted = False

        def fill() -> Iterator[EnrichResult]:
            nonlocal exhausted
            while not exhausted and len(pending) < self.max_in_flight:
                batch: list[RawPage] = []
                for item in source:
                    if isinstance(item, InputError):
                        yield EnrichResult.from_error(item)
                        continue
                    batch.append(item)
                    if len(batch) == self.batch_size:
                        break
                else:
                    exhausted = True
                if batch:
                    future = self.client.submit(_enrich_batch, batch, self.plugin_name, pure=False)
                    pending[future] = [page.name for page in batch]
                    done.add(future)

        try:
            yield from fill()
            while pending:
                future = next(done)
                names = pending.pop(future)
                try:
                    results = future.result()
                except Exception as error:  # the worker died or the task broke: report each page, go on
                    reason = f"worker error: {type(error).__name__}: {error}"
                    results = [EnrichResult(name, reason=reason) for name in names]
                future.release()
                yield from results
                yield from fill()
        finally:
            for future in pending:
                future.cancel()
