"""Ctrl-C after `khronika ingest` has written its last page and closed its run (review rev24_B
L1): the run line says the run is done (nothing was rolled back) with the summary, and when it
came in the final refresh of the search lists, the advised rerun refreshes them although it
stores nothing."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from khronika.cli import main
from khronika.nlp.pipeline import DEFAULT_ORDER
from khronika.store import ingest as ingest_module
from khronika.store import open_store
from khronika.store.sqlite import SqliteStore

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "api"))
from khronika_demo_store import empty_store_url  # noqa: E402

NO_NLP = [f"--no-{name}" for name in DEFAULT_ORDER]
PAGES = sorted((Path(__file__).resolve().parents[2] / "examples" / "pages").glob("0[01]?_txt_*.txt"))


@pytest.fixture(params=["sqlite", "postgres"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    return empty_store_url(request.param, tmp_path)


def _folder(tmp_path: Path, name: str, pages: list[Path]) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    for page in pages:
        shutil.copy(page, folder / page.name)
    return folder


def _interrupt_the_final_refresh(monkeypatch) -> None:
    """Ctrl-C in the refresh `ingest` runs once `ingest_pages` has returned (not in the
    refreshes a write makes as the store grows)."""
    written = ingest_module.ingest_pages

    def ingest_pages(store, *args, **kwargs):
        closed = written(store, *args, **kwargs)

        def refresh_search_lists() -> int:
            raise KeyboardInterrupt
        store.refresh_search_lists = refresh_search_lists
        return closed

    monkeypatch.setattr(ingest_module, "ingest_pages", ingest_pages)


def test_ctrl_c_after_the_last_page_says_the_run_is_done(store_url, tmp_path, monkeypatch):
    folder = _folder(tmp_path, "pages", PAGES[:2])
    _interrupt_the_final_refresh(monkeypatch)
    result = CliRunner().invoke(main, ["ingest", str(folder), "--db", store_url, *NO_NLP])
    assert result.exit_code == 130, (result.output, result.exception)
    assert "rolled back" not in result.stderr
    assert "run 1: 2 new, 0 version, 0 unchanged, 0 skipped, 0 failed (done; Ctrl-C came after the last page" \
        in result.stdout
    with open_store(store_url, create=False) as store:
        [run] = store.runs()
        assert run.status == "done"
        assert store.counts()["articles"] == 2


def test_the_rerun_refreshes_the_lists_a_ctrl_c_cut(tmp_path, monkeypatch):
    """SQLite (PostgreSQL keeps no lists): a refresh cut by Ctrl-C leaves the lists behind the
    index; the same command run again stores nothing and refreshes them."""
    monkeypatch.setattr(SqliteStore, "list_min_df", 2)
    db = str(tmp_path / "khronika.db")
    first, second = _folder(tmp_path, "first", PAGES[:3]), _folder(tmp_path, "second", PAGES[3:6])
    assert CliRunner().invoke(main, ["ingest", str(first), "--db", db, *NO_NLP]).exit_code == 0
    with open_store(db, create=False) as store:
        assert not store.search_lists_behind()
    with monkeypatch.context() as patch:
        _interrupt_the_final_refresh(patch)
        cut = CliRunner().invoke(main, ["ingest", str(second), "--db", db, *NO_NLP])
    assert cut.exit_code == 130, (cut.output, cut.exception)
    with open_store(db, create=False) as store:
        assert store.search_lists_behind()
    rerun = CliRunner().invoke(main, ["ingest", str(second), "--db", db, *NO_NLP])
    assert rerun.exit_code == 0, (rerun.output, rerun.exception)
    assert "run 3: 0 new, 0 version, 3 unchanged" in rerun.stdout
    with open_store(db, create=False) as store:
        assert not store.search_lists_behind()
