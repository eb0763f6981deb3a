"""The search export's columns keep their positions (review rev22_B L5): a summary field added
after search rows gained `score` and `snippet` (`last_crawled_at`) comes after them, in CSV,
JSONL, Parquet and an empty result's header alike, so a reader taking CSV columns by position
keeps reading `score` and `snippet` where they were."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from khronika.cli import main
from khronika.nlp.pipeline import DEFAULT_ORDER
from khronika.store.base import with_search_columns

PAGES = Path(__file__).resolve().parents[2] / "examples" / "pages"
NO_NLP = [f"--no-{name}" for name in DEFAULT_ORDER]

# The columns as search exports had them before `last_crawled_at`, then the later ones.
COLUMNS = ["id", "title", "outlet", "published", "crawled_at", "url", "input", "version", "is_current",
           "story_id", "canonical_id", "duplicate", "duplicate_score", "score", "snippet", "last_crawled_at"]


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "k.db")
    result = CliRunner().invoke(main, ["ingest", str(sorted(PAGES.glob("005_txt_*.txt"))[0]), "--db", path, "-q",
                                       *NO_NLP])
    assert result.exit_code == 0, result.output
    return path


def _search(db: str, query: str, *args: str) -> str:
    result = CliRunner().invoke(main, ["search", query, "--db", db, *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_csv_and_jsonl_rows_keep_the_column_positions(db: str) -> None:
    rows = list(csv.reader(io.StringIO(_search(db, "Путин", "--format", "csv"))))
    assert rows[0] == COLUMNS and len(rows) == 2
    hit = dict(zip(COLUMNS, rows[1]))
    assert float(hit["score"]) > 0 and "[Путин]" in hit["snippet"]
    [line] = _search(db, "Путин", "--format", "jsonl").splitlines()
    assert list(json.loads(line)) == COLUMNS


def test_empty_and_parquet_results_have_the_same_columns(db: str, tmp_path: Path) -> None:
    assert _search(db, "абырвалгнетакого", "--format", "csv").splitlines() == [",".join(COLUMNS)]
    pq = pytest.importorskip("pyarrow.parquet")
    for query, name in [("Путин", "full.parquet"), ("абырвалгнетакого", "empty.parquet")]:
        _search(db, query, "--format", "parquet", "-o", str(tmp_path / name))
        table = pq.read_table(tmp_path / name)
        assert table.column_names == COLUMNS
        assert str(table.schema.field("score").type) == "double"


# summary fields, search fields → the row's field order
ORDERS = [
    (["id", "duplicate_score", "last_crawled_at"], ["score", "snippet"],
     ["id", "duplicate_score", "score", "snippet", "last_crawled_at"]),
    (["id", "duplicate_score"], ["score", "snippet"], ["id", "duplicate_score", "score", "snippet"]),
    (["id", "title"], ["score"], ["id", "title", "score"]),   # no anchor: the search fields go last
]


@pytest.mark.parametrize("summary, search, expected", ORDERS)
def test_with_search_columns_places_the_search_fields(summary, search, expected) -> None:
    row = with_search_columns(dict.fromkeys(summary, 1), dict.fromkeys(search, 2))
    assert list(row) == expected
