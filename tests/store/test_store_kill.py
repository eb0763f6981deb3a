"""SIGKILL in the middle of `khronika ingest`: nothing committed is lost, no
article is half-written, and a rerun completes the batch."""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from khronika.nlp.pipeline import DEFAULT_ORDER
from khronika.store import open_store

N_PAGES = 1000
WORDS = ("правительство губернатор область завод рабочий зарплата бюджет школа больница дорога мост река "
         "урожай зерно поезд самолет аэропорт порт налог закон депутат суд прокурор полиция пожар снег "
         "мороз праздник концерт театр музей выставка футбол хоккей матч турнир чемпион тренер игрок "
         "компания банк кредит рубль доллар нефть газ электричество тариф квартира дом строительство").split()


def _pages(folder: Path) -> None:
    rng = random.Random(7)
    folder.mkdir()
    for i in range(N_PAGES):
        body = " ".join(rng.choice(WORDS) for _ in range(80))
        (folder / f"page_{i:05d}.txt").write_text(
            f"Новость номер {i} о том, что {rng.choice(WORDS)}\n\n{body.capitalize()}.\n", encoding="utf-8")


def _ingest(pages: Path, url: str) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "khronika.cli", "ingest", str(pages), "--db", url, "-q", "--batch-size", "10",
           *[f"--no-{name}" for name in DEFAULT_ORDER]]
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=dict(os.environ))


def _articles(url: str) -> int:
    with open_store(url, create=False) as store:
        return store.counts()["articles"]


def kill_after_commits(pages: Path, url: str, at_least: int, seconds: float) -> tuple[int, int]:
    """Ingest `pages` into `url` and SIGKILL it once `at_least` articles are committed (or after
    `seconds`): (articles the last poll saw committed, articles stored after the kill)."""
    proc = _ingest(pages, url)
    deadline, committed, watcher = time.monotonic() + seconds, 0, None
    while time.monotonic() < deadline and committed < at_least:
        if proc.poll() is not None:
            pytest.fail(f"ingest ended before it could be killed: {proc.stderr.read().decode()[-500:]}")
        try:
            # One reader connection, polled: each count sees the latest commit.
            watcher = watcher or open_store(url, create=False)
            committed = watcher.counts()["articles"]
        except Exception:  # the store may not exist or be migrated yet
            committed = 0
        if committed < at_least:
            time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    if watcher is not None:
        watcher.close()
    return committed, _articles(url)


def test_sigkill_mid_ingest_loses_nothing(tmp_path, store_url):
    pages = tmp_path / "pages"
    _pages(pages)
    committed, after_kill = kill_after_commits(pages, store_url, 1, 120)
    assert committed <= after_kill < N_PAGES, "kill came too late to test anything"

    with open_store(store_url, create=False) as store:
        # Every committed article is whole: text, paragraphs, search entry, story, run log line.
        check = store._execute(
            "SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM paragraphs p WHERE p.article_id = a.id) "
            "OR NOT EXISTS (SELECT 1 FROM stories s WHERE s.id = a.story_id AND s.n_articles >= 1) "
            "OR NOT EXISTS (SELECT 1 FROM run_items r WHERE r.article_id = a.id)")
        assert check[0][0] == 0
        searchable = len(store.search("новость", limit=N_PAGES))
        assert searchable == after_kill
        killed_run = store.runs()[0]
        assert killed_run.status == "running" and killed_run.finished_at is None

    rerun = _ingest(pages, store_url)
    out, err = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, err.decode()[-1000:]
    summary = out.decode()
    assert f"{N_PAGES - after_kill} new" in summary and f"{after_kill} unchanged" in summary
    assert _articles(store_url) == N_PAGES
    with open_store(store_url, create=False) as store:
        assert len(store.search("новость", limit=N_PAGES + 10)) == N_PAGES
        keys = store._execute("SELECT COUNT(DISTINCT page_key) FROM articles")
        assert keys[0][0] == N_PAGES
