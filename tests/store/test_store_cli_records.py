"""`khronika quotes` and `khronika events` without PATHS read what a store holds, with
filters (the mission's question: what did Песков say about NATO in January 2022, and
who else reported it?).  The seed and page 017 (the same call, another outlet) are
ingested through the CLI with the full pipeline, on both backends; each row of the
tables is one command and the records it must list."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from click.testing import CliRunner

from khronika.cli import main
from khronika.events.export import GDELT_COLUMNS

PAGES = Path(__file__).resolve().parents[2] / "examples" / "pages"
SEED, OTHER_OUTLET = PAGES / "000_seed.txt", PAGES / "017_txt_second_outlet.txt"

# arguments after `quotes --db URL --format jsonl` → (speaker, start of the quote) listed, in any order
QUOTE_CASES = [
    (["--speaker", "Песков"], {("Дмитрий Песков", "ответы США содержат")}),
    (["--speaker", "per:dmitry-peskov", "--text", "оптимизма"], {("Дмитрий Песков", "ответы США содержат")}),
    (["--speaker", "Пескова"], {("Дмитрий Песков", "ответы США содержат")}),  # an alias form
    (["--speaker", "Песков", "--from", "2022-01-29"], set()),
    (["--speaker", "Песков", "--to", "2022-01-27"], set()),
    (["--speaker", "Песков", "--from", "2022-01-28", "--to", "2022-01-28"], {("Дмитрий Песков", "ответы США содержат")}),
    (["--text", "неделимости", "--speaker", "Путин"], {("Владимир Путин", "проигнорирован ключевой вопрос")}),
    (["--addressee", "Макрон", "--text", "изучит"], {("Владимир Путин", "Москва внимательно изучит")}),
    (["--speaker", "Блинкен"], {("Энтони Блинкен", "")}),
    (["--text", "такого текста нет ни в одной цитате"], set()),
]

# arguments after `events --db URL --format jsonl` → (type, mode, article's outlet) listed
EVENT_CASES = [
    (["--type", "CONSULT", "--actor", "Макрон"], {("CONSULT", "phone", "seed"), ("CONSULT", "phone", "017")}),
    (["--type", "consult", "--source", "Путин", "--target", "Макрон"], {("CONSULT", "phone", "seed")}),
    (["--type", "CONSULT", "--source", "Макрон", "--target", "Путин"], {("CONSULT", "phone", "017")}),
    (["--type", "CONSULT", "--actor", "Макрон", "--from", "2022-01-29"], set()),
    (["--type", "COOPERATE", "--from", "2022-01-26", "--to", "2022-01-26"],
     {("COOPERATE", "written-response", "seed")}),
    (["--type", "CONSULT", "--place", "Женев"], {("CONSULT", "talks", "seed")}),
    (["--type", "ASSAULT", "--actor", "Макрон"], set()),
]


def _invoke(*args: str):
    return CliRunner().invoke(main, list(args))


def _ingest(db: str) -> dict[int, str]:
    for page in (SEED, OTHER_OUTLET):
        result = _invoke("ingest", str(page), "--db", db, "-q", "--crawled-at", "2024-04-19T12:00:00+03:00")
        assert result.exit_code == 0, result.output
    listed = json.loads(_invoke("show", "1", "--db", db, "--format", "json").stdout)
    assert listed["title"].startswith("Путин рассказал Макрону")
    return {1: "seed", 2: "017"}


def _jsonl(result) -> list[dict]:
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def test_stored_quotes_and_events_with_filters(store_url: str) -> None:
    outlets = _ingest(store_url)
    for args, expected in QUOTE_CASES:
        rows = _jsonl(_invoke("quotes", "--db", store_url, "--format", "jsonl", *args))
        assert len(rows) == len(expected), (args, rows)
        assert all(any(r["speaker_name"] == name and r["text"].startswith(start) for name, start in expected)
                   for r in rows), (args, rows)
    for args, expected in EVENT_CASES:
        rows = _jsonl(_invoke("events", "--db", store_url, "--format", "jsonl", *args))
        assert {(r["type"], r["mode"], outlets[r["article_id"]]) for r in rows} == expected, (args, rows)

    # one row is a quote of the store with where it came from, and the story that gathers its other reports
    peskov = _jsonl(_invoke("quotes", "--db", store_url, "--format", "jsonl", "--speaker", "Песков"))[0]
    assert (peskov["kind"], peskov["cue"], peskov["published"][:10], peskov["story_id"]) == (
        "mixed", "рассказать", "2022-01-28", 1)
    call = _jsonl(_invoke("events", "--db", store_url, "--format", "jsonl", "--type", "CONSULT", "--source", "Путин",
                          "--target", "Макрон"))[0]
    assert (call["source_names"], call["target_names"], call["date"]) == ("Владимир Путин", "Эммануэль Макрон",
                                                                         "2022-01-28")

    limited = _jsonl(_invoke("quotes", "--db", store_url, "--format", "jsonl", "--limit", "3"))
    assert len(limited) == 3 and [r["id"] for r in limited] == sorted((r["id"] for r in limited), reverse=True)
    table = _invoke("quotes", "--db", store_url, "--speaker", "Песков")
    assert table.exit_code == 0 and "Дмитрий Песков" in table.stdout and "1 quote from" in table.stderr
    sheet = _invoke("events", "--db", store_url, "--format", "csv", "--type", "CONSULT", "--actor", "Макрон")
    records = list(csv.DictReader(io.StringIO(sheet.stdout)))
    assert sheet.exit_code == 0 and {r["mode"] for r in records} == {"phone"} and len(records) == 2

    # the GDELT table of stored events: the columns the page path writes for the same event, the store's id
    stored = _invoke("events", "--db", store_url, "--format", "gdelt", "--type", "CONSULT", "--source", "Путин",
                     "--target", "Макрон")
    pages = _invoke("events", str(SEED), "--format", "gdelt", "--crawled-at", "2024-04-19T12:00:00+03:00")
    assert stored.exit_code == 0 and pages.exit_code == 0, stored.output + pages.output
    header, *rows = [line.split("\t") for line in stored.stdout.splitlines()]
    assert header == list(GDELT_COLUMNS) and len(rows) == 1
    row = dict(zip(header, rows[0]))
    page_row = next(r for r in (dict(zip(header, line.split("\t"))) for line in pages.stdout.splitlines()[1:])
                    if r["EventCode"] == "041")
    same = ["SQLDATE", "Actor1Code", "Actor1Name", "Actor2Code", "Actor2Name", "IsRootEvent", "EventCode",
            "EventRootCode", "QuadClass", "GoldsteinScale"]
    assert [row[c] for c in same] == [page_row[c] for c in same]
    assert (row["Actor1Name"], row["Actor2Name"], row["EventCode"]) == ("Владимир Путин", "Эммануэль Макрон", "041")
    assert row["GLOBALEVENTID"] == str(call["id"])


# arguments → the message a user gets instead of options silently ignored
MISUSE = [
    (["quotes", str(SEED), "--db", "x.db"], "give PATHS (pages to read now) or --db (a store to read), not both"),
    (["quotes", str(SEED), "--from", "2022-01-01"], "--from filters a store"),
    (["quotes", str(SEED), "--story", "1"], "--story filters a store"),
    (["quotes", "--min-confidence", "0.5"], "--min-confidence applies to pages read now"),
    (["quotes", str(SEED), "--format", "csv"], "--format csv needs a store"),
    (["quotes", "--from", "2022-02-30"], "'2022-02-30' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)"),
    (["events", str(SEED), "--type", "CONSULT"], "--type filters a store"),
    (["events", "--no-quotes"], "--no-quotes applies to pages read now"),
]


def test_options_of_the_other_mode_are_refused_by_name(tmp_path: Path) -> None:
    for args, message in MISUSE:
        result = _invoke(*args)
        assert result.exit_code == 2, (args, result.output)
        assert message in result.output, (args, result.output)


def test_without_paths_a_missing_store_is_named(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.db"
    for command in ("quotes", "events"):
        result = _invoke(command, "--db", str(missing))
        assert result.exit_code == 1 and f"{missing}: no such database" in result.output, result.output


def test_pages_keep_their_filters(tmp_path: Path) -> None:
    rows = _jsonl(_invoke("quotes", str(SEED), "--format", "jsonl", "--text", "НЕДЕЛИМОСТИ"))
    assert [r["speaker"]["name"] for r in rows] == ["Владимир Путин"]
    assert len(_jsonl(_invoke("quotes", str(SEED), "--format", "jsonl", "--limit", "2"))) == 2
