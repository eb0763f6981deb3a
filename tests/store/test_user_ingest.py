"""`khronika ingest` and the store commands the way users run them: Ctrl-C, stdin,
odd option values.  SQLite only (the behaviour under test is in the ingest loop
and the CLI, not in the backend); the NLP components are switched off."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from khronika.cli import main
from khronika.nlp.pipeline import DEFAULT_ORDER, Pipeline
from khronika.store import open_store
from khronika.store.ingest import ingest_pages

PAGES = Path(__file__).resolve().parents[2] / "examples" / "pages"
NO_NLP = [f"--no-{name}" for name in DEFAULT_ORDER]
TEXT_PAGES = sorted(PAGES.glob("00[1-7]_txt_*.txt"))


def _ingest(*args: str, stdin: bytes | None = None):
    return CliRunner().invoke(main, ["ingest", *args, *NO_NLP], input=stdin)


def test_stop_between_pages_keeps_the_finished_ones(tmp_path: Path) -> None:
    db = str(tmp_path / "k.db")
    pipeline = Pipeline.build(disable=list(DEFAULT_ORDER))
    calls = {"n": 0}

    def stop() -> bool:
        calls["n"] += 1
        return calls["n"] > 3  # three pages, then the user pressed Ctrl-C

    with open_store(db) as store:
        report, run = ingest_pages(store, [str(PAGES)], pipeline, stop=stop)
    assert report.interrupted and report.stored == 3 and run.status == "interrupted"
    assert run.finished_at and len(run.items) == 3
    with open_store(db, create=False) as store:
        again, rerun = ingest_pages(store, [str(PAGES)], pipeline)
    assert again.counts["unchanged"] == 3 and rerun.status == "done"


def test_ctrl_c_while_reading_commits_what_is_done(tmp_path: Path) -> None:
    """A real SIGINT while ingest waits on stdin: the pages before it are kept, the
    run is marked interrupted, the exit status is 130; a rerun finds them unchanged."""
    db = tmp_path / "k.db"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "khronika.cli", "ingest", *map(str, TEXT_PAGES), "-", "--db", str(db), *NO_NLP],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    try:
        seen = 0
        deadline = time.monotonic() + 120
        while seen < len(TEXT_PAGES) and time.monotonic() < deadline:
            line = process.stderr.readline().decode()
            seen += line.startswith("khronika ingest: new:")
        assert seen == len(TEXT_PAGES), "ingest did not get to stdin"
        time.sleep(0.3)  # now blocked reading stdin, inside the open batch
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 130, err.decode()
    assert "interrupted" in out.decode()
    with open_store(str(db), create=False) as store:
        [run] = store.runs()
        assert run.status == "interrupted" and run.finished_at
        assert store.counts()["articles"] == len(TEXT_PAGES)
    rerun = _ingest(*map(str, TEXT_PAGES), "--db", str(db), "-q")
    assert f"0 new, 0 version, {len(TEXT_PAGES)} unchanged" in rerun.stdout


def test_two_pages_piped_in_are_two_articles(tmp_path: Path) -> None:
    db = str(tmp_path / "k.db")
    first = _ingest("-", "--db", db, stdin=TEXT_PAGES[0].read_bytes())
    second = _ingest("-", "--db", db, stdin=TEXT_PAGES[1].read_bytes())
    again = _ingest("-", "--db", db, stdin=TEXT_PAGES[1].read_bytes())
    assert "1 new" in first.stdout and "1 new" in second.stdout, second.output
    assert "1 unchanged" in again.stdout
    with open_store(db, create=False) as store:
        current = store.list_articles(limit=10)
    assert len(current) == 2


def test_unchanged_names_the_stored_article(tmp_path: Path) -> None:
    db = str(tmp_path / "k.db")
    _ingest(str(TEXT_PAGES[0]), "--db", db)
    _ingest(str(TEXT_PAGES[0]), "--db", db)
    shown = CliRunner().invoke(main, ["show", "run:2", "--db", db])
    [item] = json.loads(shown.stdout)["items"]
    assert item["status"] == "unchanged" and "article 1" in item["reason"]


BAD_OPTIONS = [
    (["ingest", str(TEXT_PAGES[0]), "--batch-size", "0"], "--batch-size"),
    (["ingest", str(TEXT_PAGES[0]), "--batch-size", "-3"], "--batch-size"),
    (["search", "Путин", "--limit", "0"], "--limit"),
    (["search", "Путин", "--limit", "-1"], "--limit"),
    (["search", "Путин", "--limit", "100000000000000000000"], "--limit"),
    (["search", "Путин", "--offset", "-5"], "--offset"),
    (["actors", "--limit", "-1"], "--limit"),
    (["stories", "--limit", "0"], "--limit"),
    (["stories", "--min-articles", "-5"], "--min-articles"),
]


@pytest.mark.parametrize("args, option", BAD_OPTIONS, ids=[" ".join(a[0:1] + a[-2:]) for a, _ in BAD_OPTIONS])
def test_out_of_range_options_are_usage_errors(tmp_path: Path, args: list[str], option: str) -> None:
    db = str(tmp_path / "k.db")
    _ingest(str(TEXT_PAGES[0]), "--db", db, "-q")
    result = CliRunner().invoke(main, [*args, "--db", db, *(NO_NLP if args[0] == "ingest" else [])])
    assert result.exit_code == 2 and option in result.output, result.output


def test_empty_results_keep_their_columns(tmp_path: Path) -> None:
    db = str(tmp_path / "k.db")
    _ingest(str(TEXT_PAGES[0]), "--db", db, "-q")
    runner = CliRunner()
    full = runner.invoke(main, ["search", "Путин", "--db", db, "--format", "csv"]).stdout.splitlines()[0]
    empty = runner.invoke(main, ["search", "абырвалгнетакого", "--db", db, "--format", "csv"]).stdout
    assert empty.splitlines() == [full]
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "empty.parquet"
    runner.invoke(main, ["search", "абырвалгнетакого", "--db", db, "--format", "parquet", "-o", str(out)])
    assert pq.read_table(out).column_names == full.split(",")


def test_ctrl_c_inside_a_write_marks_the_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = str(tmp_path / "k.db")
    pipeline = Pipeline.build(disable=list(DEFAULT_ORDER))
    with open_store(db) as store:
        real_add = store.add_document
        calls = {"n": 0}

        def add_document(*args, **kwargs):
            calls["n"] += 1
            if calls["n"] == 2:
                raise KeyboardInterrupt
            return real_add(*args, **kwargs)

        monkeypatch.setattr(store, "add_document", add_document)
        with pytest.raises(KeyboardInterrupt):
            ingest_pages(store, [str(PAGES)], pipeline)
        [run] = store.runs()
        assert run.status == "interrupted" and run.finished_at


UNWRITABLE = [
    ["extract", str(TEXT_PAGES[0])],
    ["search", "Путин", "--format", "csv"],
    ["search", "Путин", "--format", "parquet"],
    ["actors", "--format", "jsonl"],
    ["stories"],
]


@pytest.mark.parametrize("args", UNWRITABLE, ids=[" ".join(a[:1] + a[2:]) for a in UNWRITABLE])
def test_unwritable_output_is_a_usage_error(tmp_path: Path, args: list[str]) -> None:
    db = str(tmp_path / "k.db")
    _ingest(str(TEXT_PAGES[0]), "--db", db, "-q")
    target = str(tmp_path / "no" / "such" / "folder" / "out")
    store_args = [] if args[0] == "extract" else ["--db", db]
    if "parquet" in args:
        pytest.importorskip("pyarrow")
    result = CliRunner().invoke(main, [*args, *store_args, "-o", target])
    assert result.exit_code == 2 and target in result.output and "cannot write" in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


SHOW_IDS = [
    ("99999999999999999999", 2, "ids are numbers"),
    ("story:99999999999999999999", 2, "ids are numbers"),
    ("run:-1", 2, "ids are numbers"),
    ("actor:", 2, "actor:NAME"),
    ("actor:   ", 2, "actor:NAME"),
    ("foo:1", 2, "use ARTICLE_ID"),
    ("abc", 2, "use ARTICLE_ID"),
    ("9999", 1, "not found"),
    ("run:9999", 1, "not found"),
    ("actor:Нетакогоактора", 1, "not found"),
    ("1", 0, ""),
    ("run:1", 0, ""),
]


@pytest.mark.parametrize("ident, code, message", SHOW_IDS, ids=[s[0] for s in SHOW_IDS])
def test_show_ids(tmp_path: Path, ident: str, code: int, message: str) -> None:
    db = str(tmp_path / "k.db")
    _ingest(str(TEXT_PAGES[0]), "--db", db, "-q")
    result = CliRunner().invoke(main, ["show", ident, "--db", db])
    assert result.exit_code == code and message in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
