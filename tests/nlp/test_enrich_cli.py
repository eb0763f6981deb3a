"""`khronika enrich` on the bundled seed page."""
from __future__ import annotations

import json

from click.testing import CliRunner

from khronika.cli import main
from tests.nlp.conftest import SEED_CRAWLED_AT, SEED_PAGE


def test_enrich_json():
    out = CliRunner().invoke(main, ["enrich", str(SEED_PAGE), "--crawled-at", SEED_CRAWLED_AT, "--format", "json"])
    assert out.exit_code == 0, out.output
    [record] = json.loads(out.stdout)
    assert {"entities", "mentions", "times", "quotes", "events"} <= set(record)
    assert "per:vladimir-putin" in {e["id"] for e in record["entities"]}
    assert all("mentions" in item for item in record["related"])


def test_enrich_without_components():
    out = CliRunner().invoke(main, ["enrich", str(SEED_PAGE), "--no-syntax", "--no-related", "--no-times",
                                    "--no-quotes", "--no-events"])
    assert out.exit_code == 0, out.output
    record = json.loads(out.stdout.splitlines()[0])
    assert record["times"] == [] and record["entities"]
    assert "segment, morph, ner, actors" in out.stderr


def test_enrich_refuses_broken_order():
    out = CliRunner().invoke(main, ["enrich", str(SEED_PAGE), "--no-segment"])
    assert out.exit_code == 2 and "needs" in out.output


def test_enrich_table():
    out = CliRunner().invoke(main, ["enrich", str(SEED_PAGE), "--format", "table", "--no-related"])
    assert out.exit_code == 0 and "Владимир Путин" in out.stdout
