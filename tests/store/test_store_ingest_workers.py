"""`khronika ingest --workers N`: enrichment in worker processes, writes here — the
same store as a page-by-page run, the same statuses for bad input, clear errors."""
from __future__ import annotations

import os
import pickle
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from khronika.errors import PipelineError
from khronika.nlp.pipeline import DEFAULT_ORDER, Pipeline
from khronika.scale.processes import ProcessEnricher, _packed
from khronika.scale.work import EnrichedDoc, PipelineSpec
from khronika.store import open_store
from khronika.store.ingest import ingest_pages

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "pages"
# Columns that hold the time of the write itself differ between any two runs.
TABLES = {
    "articles": "id, page_key, version, is_current, raw_hash, content_hash, outlet, title, published, layers, "
                "canonical_id, duplicate, duplicate_score, story_id, story_score, features, vector, pipeline",
    "run_items": "input, status, reason, article_id",
    "quotes": "*",
    "events": "*",
    "mentions": "*",
    "stories": "id, title, n_articles, n_sources, first_seen, last_seen",
}


def _inputs(folder: Path) -> Path:
    """The bundled examples plus what a real folder holds: an empty file, a binary file,
    the seed twice (same bytes, other name), a page that is all markup and a broken JSONL line."""
    shutil.copytree(EXAMPLES, folder)
    (folder / "900_empty.txt").write_bytes(b"")
    (folder / "901_binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "902_seed_again.txt").write_bytes((EXAMPLES / "000_seed.txt").read_bytes())
    (folder / "903_markup.html").write_text("<html><body><script>var a = 1;</script></body></html>", encoding="utf-8")
    (folder / "904_broken.jsonl").write_text('{"url": "https://a.ru/1", "text": "Обрыв\n', encoding="utf-8")
    return folder


def _rows(url: str) -> dict[str, list[tuple]]:
    with open_store(url, create=False) as store:
        return {table: [tuple(row) for row in store._execute(f"SELECT {columns} FROM {table} ORDER BY 1, 2")]
                for table, columns in TABLES.items()}


def test_workers_store_what_one_process_stores(tmp_path, store_url):
    pages = _inputs(tmp_path / "pages")
    base_url = str(tmp_path / "one.db")
    statuses: dict[str, list[tuple[str, str]]] = {"one": [], "workers": []}
    with open_store(base_url) as store:
        one, _ = ingest_pages(store, [str(pages)], Pipeline.build(),
                              on_item=lambda source, status, reason: statuses["one"].append((source, status)))
    # As `khronika ingest --workers` runs them: the Docs come back without their tokens.
    with ProcessEnricher(PipelineSpec(), workers=2, keep_tokens=False) as enricher, open_store(store_url) as store:
        assert list(enricher.names) == DEFAULT_ORDER
        two, _ = ingest_pages(store, [str(pages)], enricher,
                              on_item=lambda source, status, reason: statuses["workers"].append((source, status)))
    assert two.counts == one.counts
    # The input exercises every status but "version", in input order both times.
    assert set(one.counts) == {"new", "unchanged", "skipped", "failed"}
    assert statuses["workers"] == statuses["one"]
    expected, got = _rows(base_url), _rows(store_url)
    assert len(expected["articles"]) == one.counts["new"] and expected["quotes"] and expected["events"]
    for table, rows in expected.items():
        assert [tuple(map(str, r)) for r in got[table]] == [tuple(map(str, r)) for r in rows], table


def test_rerun_with_workers_finds_every_page_unchanged(tmp_path):
    url = str(tmp_path / "k.db")
    spec = PipelineSpec(disable=tuple(DEFAULT_ORDER))  # no models: the test is about the write loop
    for expected in ("new", "unchanged"):
        with ProcessEnricher(spec, workers=2) as enricher, open_store(url) as store:
            report, _ = ingest_pages(store, [str(EXAMPLES)], enricher)
        assert set(report.counts) == {expected}, report.counts


def test_a_spec_that_cannot_be_built_is_a_clear_error():
    # `quotes` alone lacks the layers it reads: every worker refuses, and says why.
    with pytest.raises(PipelineError, match="enrichment worker could not start: .*quotes"):
        with ProcessEnricher(PipelineSpec(names=("quotes",)), workers=1):
            pass


def _children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry))
    return found


def _ingest_with_workers(tmp_path: Path, n_pages: int, **popen: Any) -> tuple[subprocess.Popen, list[int]]:
    """`khronika ingest --workers 2` (no models) on `n_pages` small pages, once its workers run:
    the process and its children (the enrichment workers and multiprocessing's resource tracker)."""
    pages = tmp_path / "pages"
    pages.mkdir()
    for i in range(n_pages):
        (pages / f"p{i:04d}.txt").write_text(f"Новость {i}\n\nТекст новости номер {i} о погоде.\n", encoding="utf-8")
    cmd = [sys.executable, "-m", "khronika.cli", "ingest", str(pages), "--db", str(tmp_path / "w.db"), "-q",
           "--workers", "2", "--batch-size", "5", *[f"--no-{name}" for name in DEFAULT_ORDER]]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **popen)
    deadline = time.monotonic() + 120
    workers: list[int] = []
    while time.monotonic() < deadline and len(workers) < 2:
        assert proc.poll() is None, proc.stderr.read().decode()[-500:]
        workers = _children(proc.pid)
        time.sleep(0.05)
    assert len(workers) >= 2
    return proc, workers


def _still_running(pids: list[int], wait: float = 15.0) -> list[int]:
    """Those of `pids` alive (not zombies) after waiting up to `wait` seconds for them to end."""
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline and any(Path(f"/proc/{pid}").exists() for pid in pids):
        time.sleep(0.1)
    return [pid for pid in pids if Path(f"/proc/{pid}").exists()
            and Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"]


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc to find the worker processes")
def test_workers_exit_when_ingest_is_killed(tmp_path):
    proc, workers = _ingest_with_workers(tmp_path, 400)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    alive = _still_running(workers)
    assert not alive, f"worker processes outlived the killed ingest: {alive}"


def test_a_writer_that_stops_early_does_not_hang_the_workers(tmp_path):
    from khronika.ingest import read_pages

    pages = tmp_path / "pages"
    pages.mkdir()
    for i in range(60):  # enough finished Docs to fill the result pipe nobody reads any more
        (pages / f"p{i:03d}.txt").write_text(f"Новость {i}\n\n" + "Текст новости о погоде. " * 400, encoding="utf-8")
    enricher = ProcessEnricher(PipelineSpec(disable=tuple(DEFAULT_ORDER)), workers=2).__enter__()
    outcomes = enricher.map(read_pages([str(pages)], None), lambda page: page)
    first_page, first = next(outcomes)
    assert first.doc is not None and first.source == first_page.name
    time.sleep(1.0)  # the workers go on with what they were sent
    started = time.monotonic()
    enricher.close()
    assert time.monotonic() - started < 8
    assert not any(process.is_alive() for process in enricher._processes)


def test_a_page_whose_doc_cannot_be_sent_fails_alone():
    sent = pickle.loads(_packed(EnrichedDoc("a.txt", doc=lambda: None)))  # a lambda does not pickle
    assert sent.doc is None and sent.status == "failed" and "not sendable" in sent.reason
    assert pickle.loads(_packed(EnrichedDoc("b.txt", reason="empty file", skipped=True))).status == "skipped"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc to find the worker processes")
def test_ctrl_c_stops_ingest_and_its_workers_quietly(tmp_path):
    # Its own process group, as a terminal's foreground job: Ctrl-C signals every process in it.
    proc, workers = _ingest_with_workers(tmp_path, 2000, start_new_session=True)
    time.sleep(1.0)  # the workers are enriching
    os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode != 0
    # The parent stops them; no worker prints a KeyboardInterrupt traceback of its own.
    assert "khronika-enrich" not in err.decode(), err.decode()[-1000:]
    assert not _still_running(workers)
