"""Stories against hand-labelled happenings (issue 6, seventeenth session): the B-cubed scores
`bench/story_happenings.py` prints, and the gold files it reads."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from khronika.eval.shared_docs import shared_available, shared_root
from khronika.eval.stories import bcubed_scores

REPO = Path(__file__).resolve().parents[2]
GOLD = REPO / "gold" / "stories-happenings"


# (system clusters, gold clusters, B-cubed precision, recall)
BCUBED = [
    ([1, 1, 2, 2], ["a", "a", "b", "b"], 1.0, 1.0),                 # perfect
    ([1, 1, 1, 1], ["a", "a", "b", "b"], 0.5, 1.0),                 # all in one story
    ([1, 2, 3, 4], ["a", "a", "b", "b"], 1.0, 0.5),                 # every article alone
    # one story of four swallowing a follow-up: precision (3·3/4 + 1/4) / 5, recall (3·1 + 1/2 + 1/2) / 5
    ([1, 1, 1, 1, 2], ["a", "a", "a", "b", "b"], (3 * 0.75 + 0.25 + 1.0) / 5, (3 + 0.5 + 0.5) / 5),
    ([7], ["x"], 1.0, 1.0),
]


@pytest.mark.parametrize("labels, gold, precision, recall", BCUBED)
def test_bcubed_scores(labels, gold, precision, recall):
    s = bcubed_scores(labels, gold)
    assert (s["precision"], s["recall"]) == (pytest.approx(precision, abs=1e-4), pytest.approx(recall, abs=1e-4))
    assert s["docs"] == len(labels)
    assert s["f1"] == pytest.approx(2 * precision * recall / (precision + recall), abs=2e-4)


def test_bcubed_is_not_outweighed_by_one_large_story():
    """60 articles of one happening kept together and 10 pairs split: pairwise recall hardly
    moves, B-cubed recall counts the 20 split articles."""
    from khronika.eval.stories import pairwise_cluster_scores

    gold = ["big"] * 60 + [f"p{i // 2}" for i in range(20)]
    labels = [0] * 60 + list(range(1, 21))
    assert pairwise_cluster_scores(labels, gold)["recall"] > 0.99
    assert bcubed_scores(labels, gold)["recall"] == pytest.approx((60 + 20 * 0.5) / 80)


def test_bcubed_refuses_unequal_lengths():
    with pytest.raises(ValueError):
        bcubed_scores([1, 2], ["a"])


def _gold_files() -> list[Path]:
    """The labels and the second annotation (`second/`), both in the one format."""
    return sorted(GOLD.glob("**/*.json"))


def test_gold_files_are_well_formed():
    files = _gold_files()
    assert files, f"no gold in {GOLD}"
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["topic"] == path.stem
        ids = [item["happening"] for item in data["labels"]]
        assert set(ids) <= set(data["happenings"]), f"{path.name}: happening ids without a description"
        seen = [item["file"] for item in data["labels"]]
        assert len(seen) == len(set(seen)), f"{path.name}: a document labelled twice"
        assert all(item["file"].startswith(f"raw/{data['topic']}/ru/") for item in data["labels"])


@pytest.mark.skipif(not shared_available(), reason="../shared/data is absent: the labelled documents cannot be listed")
def test_gold_covers_every_document_of_its_topic():
    for path in _gold_files():
        data = json.loads(path.read_text(encoding="utf-8"))
        topic_dir = shared_root() / "data" / "slavicner-ru" / "raw" / data["topic"] / "ru"
        on_disk = {f"raw/{data['topic']}/ru/{p.name}" for p in topic_dir.glob("*.txt")}
        assert {item["file"] for item in data["labels"]} == on_disk, path.name


def _bench():
    import importlib.util
    import sys

    sys.path.insert(0, str(REPO / "bench"))
    spec = importlib.util.spec_from_file_location("story_happenings", REPO / "bench" / "story_happenings.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not shared_available(), reason="../shared/data is absent: the labelled documents cannot be read")
def test_the_bench_reads_every_labelled_document_and_scores_the_gold_as_perfect():
    """The fast part of `bench/story_happenings.py` (no NLP): every labelled document becomes a
    record, dated and in publication order, and the gold clustering scores 1.0 against itself."""
    bench = _bench()
    gold = bench.load_gold()
    records = bench.load_records(shared_root(), gold)
    assert len(records) == sum(len(g) for g in gold.values()) == 571
    assert all(r.get("date") for r in records)
    assert [r["date"] for r in records] == sorted(r["date"] for r in records)
    for topic, labels in gold.items():
        as_stories = {f: hash(h) for f, h in labels.items()}
        s = bench.scores(as_stories, labels)
        assert s["bcubed"]["f1"] == s["pairwise"]["f1"] == 1.0 and s["stories"] == s["happenings"]
        one_story = {f: 1 for f in labels}
        assert bench.scores(one_story, labels)["bcubed"]["recall"] == 1.0
        assert bench.scores(one_story, labels)["bcubed"]["precision"] < 0.5
