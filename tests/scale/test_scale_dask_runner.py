"""DaskRunner on a loopback LocalCluster (2 worker processes) against the in-process path."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

pytest.importorskip("distributed")

from click.testing import CliRunner  # noqa: E402
from distributed import Client  # noqa: E402

from khronika.cli import main  # noqa: E402
from khronika.extract.dates import parse_crawl_time  # noqa: E402
from khronika.ingest import read_pages  # noqa: E402
from khronika.scale import PipelineSpec, enrich_pages  # noqa: E402
from khronika.scale.dask_runner import DaskRunner, start_local_cluster  # noqa: E402

pytestmark = pytest.mark.dask

PAGES = Path(__file__).resolve().parents[2] / "examples" / "pages"
CRAWLED = "2024-04-19T12:00:00+03:00"


def _as_json(record: dict) -> dict:
    return json.loads(json.dumps(record, ensure_ascii=False))


@pytest.fixture(scope="module")
def client():
    with start_local_cluster(workers=2) as cluster, Client(cluster) as client:
        yield client


@pytest.fixture(scope="module")
def runner(client):
    # Batches of 2: the 20 example pages make 10 tasks for 2 workers, so a
    # per-task build would show in the counters.
    with DaskRunner(client, batch_size=2) as runner:
        yield runner


@pytest.fixture(scope="module")
def local_pipeline():
    return PipelineSpec().build()


@pytest.fixture(scope="module")
def local_records(local_pipeline):
    results = list(enrich_pages(read_pages([str(PAGES)], parse_crawl_time(CRAWLED)), local_pipeline))
    assert all(r.ok for r in results)
    return {r.record["id"]: _as_json(r.record) for r in results}


def test_scale_same_records_as_in_process(runner, local_records):
    results = list(runner.map(read_pages([str(PAGES)], parse_crawl_time(CRAWLED))))
    assert all(r.ok for r in results), [r.reason for r in results if not r.ok]
    remote = {r.record["id"]: _as_json(r.record) for r in results}
    assert len(remote) == len(results) == len(local_records) >= 20
    assert remote.keys() == local_records.keys()
    for key, record in local_records.items():
        for layer in ("source", "entities", "mentions", "times", "quotes", "events", "related"):
            assert remote[key][layer] == record[layer], (key, layer)
        assert remote[key] == record


def test_scale_bad_inputs_reported_and_batch_goes_on(runner, tmp_path):
    (tmp_path / "a_empty.txt").write_bytes(b"")
    (tmp_path / "b_binary.txt").write_bytes(bytes(range(256)) * 8)
    shutil.copy(PAGES / "000_seed.txt", tmp_path / "c_good.txt")
    (tmp_path / "d_blank.txt").write_bytes(b" \n\n ")
    paths = [str(tmp_path), str(tmp_path / "e_missing.txt")]
    results = {Path(r.source).name: r for r in runner.map(read_pages(paths))}
    assert results["c_good.txt"].ok
    assert [(n, r.skipped, r.reason) for n, r in sorted(results.items()) if not r.ok] == [
        ("a_empty.txt", True, "empty file"),
        ("b_binary.txt", True, "binary data, not a text or HTML page"),
        ("d_blank.txt", True, "empty file"),
        ("e_missing.txt", False, "no such file"),
    ]


def test_scale_pipeline_built_once_per_worker(runner):
    pages = sorted(PAGES.glob("00[0-5]_*.txt"))
    results = list(runner.map(read_pages([str(p) for p in pages])))
    assert len(results) == 6 and all(r.ok for r in results)
    states = runner.workers()
    assert len(states) == 2
    assert [s["builds"] for s in states.values()] == [1, 1]
    assert sum(s["batches"] for s in states.values()) >= 3 > len(states)  # more tasks than workers, one build each
    assert runner.pipeline_names and all(s["names"] == runner.pipeline_names for s in states.values())


def test_scale_second_runner_shares_the_workers_pipeline(client, runner):
    with DaskRunner(client) as second:
        states = second.workers()
        assert [s["builds"] for s in states.values()] == [0, 0]
        assert {s["shared_from"] for s in states.values()} == {runner.plugin_name}
        assert [r.ok for r in second.map(read_pages([str(PAGES / "000_seed.txt")]))] == [True]
    assert [s["builds"] for s in runner.workers().values()] == [1, 1]  # the first runner's pipeline is untouched


def test_scale_cli_output_matches_in_process(client, local_records, tmp_path):
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, [
        "enrich-dask", str(PAGES), "--scheduler", client.scheduler.address,
        "--crawled-at", CRAWLED, "-o", str(out),
    ])
    assert result.exit_code == 0, result.output
    written = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {r["id"]: r for r in written} == local_records
    assert f"{len(local_records)} ok, 0 skipped, 0 failed" in result.output


def test_scale_enrich_command_gives_the_same_records(local_pipeline, local_records, monkeypatch, tmp_path):
    """`khronika enrich` (the local command) over the same pages writes the same
    records; it reuses the already-built pipeline instead of loading models again."""
    from khronika.nlp.pipeline import Pipeline

    def build(cls, names=None, *, disable=(), resources=None):
        assert names is None and not list(disable)
        return local_pipeline

    monkeypatch.setattr(Pipeline, "build", classmethod(build))
    out = tmp_path / "enrich.jsonl"
    result = CliRunner().invoke(main, ["enrich", str(PAGES), "--crawled-at", CRAWLED, "-o", str(out)])
    assert result.exit_code == 0, result.output
    written = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {r["id"]: r for r in written} == local_records


def test_scale_cli_inprocess_uses_the_same_unit_of_work(local_pipeline, local_records, monkeypatch, tmp_path):
    monkeypatch.setattr(PipelineSpec, "build", lambda self: local_pipeline)
    out = tmp_path / "out.json"
    pages = [str(p) for p in sorted(PAGES.glob("01[1-3]_*.html"))]
    result = CliRunner().invoke(main, [
        "enrich-dask", *pages, str(tmp_path / "missing.txt"), "--scheduler", "inprocess",
        "--crawled-at", CRAWLED, "--format", "json", "-o", str(out),
    ])
    assert result.exit_code == 0, result.output
    written = json.loads(out.read_text(encoding="utf-8"))
    assert len(written) == len(pages) == 3
    assert all(record == local_records[record["id"]] for record in written)
    assert "missing.txt: no such file" in result.output and "3 ok, 0 skipped, 1 failed" in result.output


def test_scale_pages_in_flight_are_bounded(runner, monkeypatch):
    """Pages are read only as results come back: memory stays flat on big corpora."""
    monkeypatch.setattr(runner, "max_in_flight", 2)  # x batch_size 2 = at most 4 pages out
    pulled = 0

    def pages():
        nonlocal pulled
        for page in read_pages([str(PAGES)]):
            pulled += 1
            yield page

    most, returned = 0, 0
    for _ in runner.map(pages()):
        returned += 1
        most = max(most, pulled - returned)
    assert returned == pulled >= 20 and most <= 4


def test_scale_bad_pipeline_order_is_one_clean_error(client):
    from khronika.errors import PipelineError

    with pytest.raises(PipelineError, match="needs"):
        DaskRunner(client, spec=PipelineSpec(names=("quotes",)))
    # The failed plugin is gone again: the workers keep only the good runner's pipeline.
    assert all(len([n for n in plugins if n.startswith("khronika-pipeline-")]) <= 1
               for plugins in client.run(lambda dask_worker: list(dask_worker.plugins)).values())
