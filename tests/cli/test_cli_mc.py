"""Issue 6 left-overs (helper mc), on SQLite and PostgreSQL:
(a) Ctrl-C while a command opens the store (a migration running) or while `ingest` loads its
    models ends as a Ctrl-C during the work does: a message and exit 130, not click's bare
    "Aborted!" (exit 1); the migration cut short is rolled back and runs at the next open;
(b) `khronika ingest` skips a page of page furniture alone, with the reason in the run log."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from khronika.cli import main
from khronika.nlp.pipeline import DEFAULT_ORDER
from khronika.scale.work import FURNITURE_ONLY_REASON
from khronika.store import open_store
from khronika.store import sql as sqlmod

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "api"))
from khronika_demo_store import empty_store_url  # noqa: E402

NO_NLP = [f"--no-{name}" for name in DEFAULT_ORDER]
PAGE = sorted((Path(__file__).resolve().parents[2] / "examples" / "pages").glob("00[1-7]_txt_*.txt"))[0]


@pytest.fixture(params=["sqlite", "postgres"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    return empty_store_url(request.param, tmp_path)


def _before_0013(store_url: str) -> None:
    """A store at the schema before migration 0013."""
    with open_store(store_url) as store:
        store._execute("ALTER TABLE articles DROP COLUMN last_crawled_at")
        store._execute("DELETE FROM schema_migrations WHERE version = 13")


# the command (its arguments after the store's) → nothing more
# `serve` opens (and migrates) the store with `open_store` itself (review rev22_B L1: "Aborted!")
COMMANDS = [["ingest", str(PAGE), *NO_NLP], ["search", "бюджет"], ["runs"], ["serve", "--port", "8799"]]


@pytest.mark.parametrize("command", COMMANDS, ids=[c[0] for c in COMMANDS])
def test_ctrl_c_while_the_store_migrates_exits_130(store_url, monkeypatch, command):
    _before_0013(store_url)
    original = sqlmod.SqlStore._migration_step

    def migration_step(self, name):
        if name == "latest_crawl":
            raise KeyboardInterrupt
        return original(self, name)

    monkeypatch.setattr(sqlmod.SqlStore, "_migration_step", migration_step)
    result = CliRunner().invoke(main, [command[0], *command[1:], "--db", store_url])
    assert result.exit_code == 130, (result.output, result.exception)
    assert "Aborted!" not in result.output
    assert f"khronika {command[0]}: interrupted while opening the store" in result.stderr
    monkeypatch.setattr(sqlmod.SqlStore, "_migration_step", original)
    upgraded: list[str] = []
    with open_store(store_url, on_migrate=upgraded.append) as store:  # rolled back: it runs again
        assert upgraded == ["0013_latest_crawl"]
        assert store.counts()["articles"] == 0


def _interrupt(*args, **kwargs):
    raise KeyboardInterrupt


# where the models load (what Ctrl-C interrupts), the options → the message
LOADING = [
    pytest.param("store_cmd._pipeline", [], "interrupted while loading the models: no page was written",
                 id="in this process"),
    # review rev22_B M4: with --workers, "Aborted!" (exit 1) before the mend
    pytest.param("ProcessEnricher.__enter__", ["--workers", "1"],
                 "interrupted while the workers loaded the models: no page was written", id="in worker processes"),
]


@pytest.mark.parametrize("where, options, message", LOADING)
def test_ctrl_c_while_ingest_loads_its_models_exits_130(store_url, monkeypatch, where, options, message):
    from khronika.cli import store_cmd
    from khronika.scale.processes import ProcessEnricher

    owner, name = where.split(".")
    monkeypatch.setattr({"store_cmd": store_cmd, "ProcessEnricher": ProcessEnricher}[owner], name, _interrupt)
    result = CliRunner().invoke(main, ["ingest", str(PAGE), "--db", store_url, *NO_NLP, *options])
    assert result.exit_code == 130, (result.output, result.exception)
    assert "Aborted!" not in result.output
    assert f"khronika ingest: {message}" in result.stderr
    with open_store(store_url, create=False) as store:
        assert store.counts()["articles"] == 0


def test_ingest_skips_a_page_of_furniture_alone(store_url, tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "sidebar.html").write_text(
        "<html><body><h1>В Рязани наградили лучших журналистов</h1><div itemprop=\"articleBody\"></div>"
        "<p>Наш канал в Яндекс Дзене</p></body></html>", encoding="utf-8")
    (folder / "article.txt").write_bytes(PAGE.read_bytes())
    result = CliRunner().invoke(main, ["ingest", str(folder), "--db", store_url, *NO_NLP])
    assert result.exit_code == 0, result.output
    with open_store(store_url, create=False) as store:
        [run] = store.runs()
        items = {Path(i.input).name: (i.status, i.reason) for i in store.get_run(run.id).items}
        assert items == {"article.txt": ("new", None), "sidebar.html": ("skipped", FURNITURE_ONLY_REASON)}
        assert store.counts()["articles"] == 1
