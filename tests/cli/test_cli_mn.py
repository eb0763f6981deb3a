"""Review rv21_N, CLI side:
M1  Ctrl-C in a PostgreSQL ingest that leaves the connection with a command in progress still
    ends with exit 130 and the run marked interrupted (it crashed: "another command is
    already in progress", exit 1, run left "running");
L1  `reprocess` on Ctrl-C says what was kept and exits 130 (was click's "Aborted!", exit 1);
L2  `extract --format table` names a dump record by file and line, as the failure lines do."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from khronika.cli import main
from khronika.cli.extract_cmd import input_label
from khronika.nlp.pipeline import DEFAULT_ORDER
from khronika.store import open_store
from khronika.store import sql as sqlmod

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "api"))
from khronika_demo_store import empty_store_url  # noqa: E402

NO_NLP = [f"--no-{name}" for name in DEFAULT_ORDER]
PAGES = sorted((Path(__file__).resolve().parents[2] / "examples" / "pages").glob("00[1-7]_txt_*.txt"))


@pytest.fixture(params=["sqlite", "postgres"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    return empty_store_url(request.param, tmp_path)


def test_ctrl_c_that_leaves_the_connection_busy_exits_130(store_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = {"n": 0}
    original = sqlmod.SqlStore.add_document

    def add_document(self, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 3:
            if hasattr(self.conn, "pgconn"):  # PostgreSQL: a statement cut while psycopg sent it
                self.conn.pgconn.send_query(b"SELECT pg_sleep(3)")
            raise KeyboardInterrupt
        return original(self, *args, **kwargs)

    monkeypatch.setattr(sqlmod.SqlStore, "add_document", add_document)
    result = CliRunner().invoke(main, ["ingest", *map(str, PAGES), "--db", store_url, "--batch-size", "1", *NO_NLP])
    assert result.exit_code == 130, (result.output, result.exception)
    assert "interrupted while writing" in result.stderr and "Traceback" not in result.output
    monkeypatch.setattr(sqlmod.SqlStore, "add_document", original)
    with open_store(store_url, create=False) as store:
        [run] = store.runs()
        assert run.status == "interrupted"
        assert store.counts()["articles"] == 2


def test_reprocess_on_ctrl_c_says_what_was_kept(store_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    result = CliRunner().invoke(main, ["ingest", *map(str, PAGES), "--db", store_url, *NO_NLP])
    assert result.exit_code == 0, result.output
    calls = {"n": 0}
    original = sqlmod.SqlStore.replace_layers

    def replace_layers(self, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt
        return original(self, *args, **kwargs)

    monkeypatch.setattr(sqlmod.SqlStore, "replace_layers", replace_layers)
    result = CliRunner().invoke(main, ["reprocess", "--db", store_url, "-q", *NO_NLP])
    assert result.exit_code == 130, (result.output, result.exception)
    assert "Aborted!" not in result.output
    assert "khronika reprocess: interrupted: 2 articles re-derived and kept" in result.stderr


def test_extract_table_names_dump_records_by_file_and_line(tmp_path: Path) -> None:
    dump = tmp_path / "badmid.jsonl"
    good = {"url": "https://x.ru/news/0", "text": "Заголовок\n\nПутин заявил журналистам, что переговоры продолжатся."}
    dump.write_text(json.dumps(good) + "\n{bad\n" + json.dumps({**good, "url": "https://x.ru/news/1"}) + "\n",
                    encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(dump), "--format", "table"])
    assert "badmid.jsonl#line 1" in result.stdout and "badmid.jsonl#line 3" in result.stdout
    assert f"{dump}#line 2" in result.stderr


@pytest.mark.parametrize("name, shown", [
    ("/data/dumps/badmid.jsonl#line 3", "badmid.jsonl#line 3"),
    ("/data/a.html", "a.html"),
    ("/data/crawl.warc.gz#record 12", "crawl.warc.gz#record 12"),
    ("/data/a_very_long_file_name_of_a_crawl_dump.jsonl#line 120000", "a_very_long_fil…#line 120000"),
    ("https://lenta.ru/news/2024/04/19/talks/", "talks"),  # a URL input: its last segment, as before
    ("<stdin>#line 2", "<stdin>#line 2"),
])
def test_input_label(name: str, shown: str) -> None:
    assert input_label(name) == shown
