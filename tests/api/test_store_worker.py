"""Where store calls run: a dedicated thread, or inline on the event loop (`khronika serve`)."""
import asyncio
import threading

from khronika.api.deps import StoreWorker
from khronika.store.base import Store


class RecordingStore:
    """Stands in for a store: records the thread that opened it and each call's thread."""

    def __init__(self) -> None:
        self.opened_on = threading.current_thread().name
        self.calls: list[str] = []
        self.closed = False

    def close(self) -> None:
        self.closed = True


def call_twice(worker: StoreWorker) -> list[str]:
    async def main() -> list[str]:
        worker.open()
        for _ in range(2):
            await worker.run(lambda store: store.calls.append(threading.current_thread().name))
        store = await worker.run(lambda store: store)
        worker.close()
        return [store.opened_on, *store.calls]

    # A loop of its own on a thread of its own: the browser tests' Playwright
    # keeps an event loop running on the main thread for the whole session.
    result: list[list[str]] = []
    loop_thread = threading.Thread(target=lambda: result.append(asyncio.run(main())), name=LOOP_THREAD)
    loop_thread.start()
    loop_thread.join()
    return result[0]


LOOP_THREAD = "test-event-loop"


def test_inline_worker_opens_and_uses_the_store_on_the_loop_thread():
    threads = call_twice(StoreWorker(RecordingStore, inline=True))
    assert set(threads) == {LOOP_THREAD}


def test_default_worker_keeps_the_store_on_its_own_thread():
    threads = call_twice(StoreWorker(RecordingStore))
    assert len(set(threads)) == 1 and threads[0].startswith("khronika-store")


def test_a_store_handed_in_is_never_used_inline(tmp_path):
    from khronika.store import open_store

    store = open_store(str(tmp_path / "k.db"))
    assert isinstance(store, Store)
    assert StoreWorker(store, inline=True).inline is False
    store.close()
