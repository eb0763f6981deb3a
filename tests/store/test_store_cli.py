"""The store commands end to end on the bundled example pages, on both backends."""
from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from khronika.cli import main
from khronika.nlp.pipeline import DEFAULT_ORDER

PAGES = Path(__file__).resolve().parents[2] / "examples" / "pages"
# The store is under test, not the NLP: skip every component (fast).
NO_NLP = [f"--no-{name}" for name in DEFAULT_ORDER]


@pytest.fixture
def ingested(store_url):
    runner = CliRunner()
    result = runner.invoke(main, ["ingest", str(PAGES), "--db", store_url, "-q",
                                  "--crawled-at", "2024-04-19T12:00:00+03:00", *NO_NLP])
    assert result.exit_code == 0, result.output
    return runner, store_url, result


def _new(output: str) -> int:
    return int(re.search(r"(\d+) new", output).group(1))


def test_ingest_then_rerun_is_idempotent(ingested):
    runner, url, first = ingested
    stored = _new(first.stdout)
    assert stored >= 20 and "0 failed" in first.stdout
    again = runner.invoke(main, ["ingest", str(PAGES), "--db", url, "-q", *NO_NLP])
    assert again.exit_code == 0
    assert "0 new" in again.stdout and f"{stored} unchanged" in again.stdout


def test_search_formats(ingested):
    runner, url, _ = ingested
    table = runner.invoke(main, ["search", "Путину", "--db", url])
    assert table.exit_code == 0 and "[Путин" in table.stdout
    lines = runner.invoke(main, ["search", "выборах", "--db", url, "--format", "jsonl", "--limit", "3"]).stdout
    records = [json.loads(line) for line in lines.splitlines()]
    assert 0 < len(records) <= 3 and all("snippet" in r and "score" in r for r in records)
    out = runner.invoke(main, ["search", "Госдума from:2020-01-01", "--db", url, "--format", "csv"]).stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows and all(r["published"] >= "2020" for r in rows)


def test_bad_query_is_a_clean_error(ingested):
    runner, url, _ = ingested
    result = runner.invoke(main, ["search", "from:вчера", "--db", url])
    assert result.exit_code == 1 and "not a date" in result.output


def test_stories_actors_show_reprocess(ingested):
    runner, url, first = ingested
    stored = _new(first.stdout)
    stories = runner.invoke(main, ["stories", "--db", url, "--format", "jsonl"])
    assert stories.exit_code == 0 and len(stories.stdout.splitlines()) >= 10
    story_id = json.loads(stories.stdout.splitlines()[0])["id"]
    shown = runner.invoke(main, ["show", f"story:{story_id}", "--db", url])
    assert shown.exit_code == 0 and "How each source reports it" in shown.stdout
    article = runner.invoke(main, ["show", "1", "--db", url, "--format", "json"])
    assert json.loads(article.stdout)["id"] == 1
    assert runner.invoke(main, ["show", "999", "--db", url]).exit_code == 1
    assert runner.invoke(main, ["actors", "--db", url]).exit_code == 0
    run = runner.invoke(main, ["show", "run:1", "--db", url])
    assert json.loads(run.stdout)["counts"] == {"new": stored}
    redone = runner.invoke(main, ["reprocess", "--db", url, "-q", *NO_NLP])
    assert redone.exit_code == 0 and f"{stored} reprocessed, 0 failed" in redone.stdout


def test_missing_sqlite_store_is_reported(tmp_path):
    result = CliRunner().invoke(main, ["search", "x", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and "no such database" in result.output


def test_parquet_output(ingested, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet", reason="pyarrow not installed (pip install khronika[parquet])")
    runner, url, _ = ingested
    target = tmp_path / "hits.parquet"
    result = runner.invoke(main, ["search", "Путин", "--db", url, "--format", "parquet", "-o", str(target)])
    assert result.exit_code == 0, result.output
    table = pq.read_table(target)
    assert table.num_rows > 0 and {"id", "title", "snippet", "score"} <= set(table.column_names)


def test_story_of_undated_pages_says_undated(store_url, tmp_path):
    # A JSONL page with no date in its text and no crawl time: its story has no time span.
    page = tmp_path / "undated.jsonl"
    page.write_text(json.dumps({"url": "https://example.org/a", "text": "Заголовок новости\n\nТекст новости без даты."},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(page), "--db", store_url, "-q", *NO_NLP]).exit_code == 0
    story_id = json.loads(runner.invoke(main, ["stories", "--db", store_url, "--format", "jsonl"]).stdout)["id"]
    shown = runner.invoke(main, ["show", f"story:{story_id}", "--db", store_url])
    assert shown.exit_code == 0 and "(undated; 1 articles, 1 sources)" in shown.stdout
    assert "None" not in shown.stdout
