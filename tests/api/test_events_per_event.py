"""One row per real-world event in the GDELT export (`--per-event`, `per_event=true`): the reports
of one story event counted in NumMentions, NumArticles and NumSources, as GDELT counts (lead,
twentieth session; user review rv20_R M5: "one event reported by N articles is one event with N
reports" held in the store, but every GDELT export had one row per report)."""
from __future__ import annotations

import csv
import io
import subprocess
import sys

import pytest

from khronika.store.base import EventRow
from khronika.store.views import event_reports
from khronika_demo_store import demo_sqlite


def row(id: int, article: int, outlet: str, story_event: int | None, published: str | None = "2022-01-28") -> EventRow:
    return EventRow(id=id, article_id=article, type="CONSULT", cameo="040", mode=None, trigger="разговор",
                    evidence="", date=None, source_actors=[], target_actors=[], outlet=outlet,
                    published=published, story_id=1 if story_event else None, story_event_id=story_event)


# (rows, expected groups: (first id, reports, articles, sources)) in the order of their first row
GROUPS = [
    ([], []),
    ([row(1, 10, "tass.ru", None)], [(1, 1, 1, 1)]),
    # two reports of one story event in two outlets; the earliest report describes it
    ([row(5, 11, "ria.ru", 7, "2022-01-29"), row(4, 10, "tass.ru", 7, "2022-01-28")], [(4, 2, 2, 2)]),
    # two events of one article in one story event: two reports, one article, one source
    ([row(2, 10, "tass.ru", 3), row(3, 10, "tass.ru", 3)], [(2, 2, 1, 1)]),
    # articles without an outlet are sources of their own
    ([row(6, 20, "", 9), row(7, 21, "", 9)], [(6, 2, 2, 2)]),
    # rows outside any story event stay one event each; order of first appearance kept
    ([row(9, 30, "a.ru", None), row(8, 31, "a.ru", 4), row(10, 32, "b.ru", 4), row(11, 33, "a.ru", None)],
     [(9, 1, 1, 1), (8, 2, 2, 2), (11, 1, 1, 1)]),
    # an undated report comes after dated ones
    ([row(12, 40, "a.ru", 5, None), row(13, 41, "b.ru", 5, "2022-01-30")], [(13, 2, 2, 2)]),
]


@pytest.mark.parametrize("rows, expected", GROUPS)
def test_event_reports(rows, expected):
    assert [(g.first.id, g.reports, g.articles, g.sources) for g in event_reports(rows)] == expected


def _table(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE))


def test_api_per_event_counts_the_story_events_reports(client):
    reports = _table(client.get("/api/v1/events/export", params={"format": "tsv", "type": "CONSULT"}).text)
    events = _table(client.get("/api/v1/events/export",
                               params={"format": "tsv", "type": "CONSULT", "per_event": "true"}).text)
    assert reports and events
    assert all(r["NumMentions"] == r["NumArticles"] == r["NumSources"] == "1" for r in reports)
    # every report is counted once, in the row of its event
    assert sum(int(e["NumMentions"]) for e in events) == len(reports)
    assert len(events) < len(reports)  # the demo's call is told by two pages
    assert {e["GLOBALEVENTID"] for e in events} <= {r["GLOBALEVENTID"] for r in reports}
    call = [e for e in events if int(e["NumMentions"]) > 1 and e["Actor1Name"].startswith("Владимир Путин")]
    assert call and call[0]["Actor2Name"].startswith("Эммануэль Макрон") and int(call[0]["NumArticles"]) >= 2


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "khronika.cli", "events", *args], capture_output=True, text=True)


def test_cli_per_event_matches_the_api(client):
    db = demo_sqlite()
    done = _cli("--db", db, "--type", "CONSULT", "--format", "gdelt", "--per-event")
    assert done.returncode == 0, done.stderr
    api = client.get("/api/v1/events/export", params={"format": "tsv", "type": "CONSULT", "per_event": "true"}).text
    assert done.stdout == api
    assert "report" in done.stderr


@pytest.mark.parametrize("args", [("--format", "jsonl"), ("--format", "table")])
def test_cli_per_event_is_a_gdelt_form(args):
    done = _cli("--db", demo_sqlite(), "--per-event", *args)
    assert done.returncode != 0 and "--per-event" in done.stderr
