"""NER/normal-form scorers: readers on tiny hand-made folders in each
dataset's layout, and (when ../shared is present) floors on real data."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from khronika.cli import main
from khronika.eval.ner import Counts, evaluate_ner, evaluate_ner_countings, read_factrueval, read_nerel, read_slavicner
from khronika.eval.normal import evaluate_normal, read_runormas
from khronika.eval.shared_docs import shared_available, shared_root

TEXT = "Владимир Путин прилетел в Москву.\nМИД России сообщил об этом."
# (start, stop, type) of the gold names above
GOLD = [(0, 14, "PER"), (26, 32, "LOC"), (34, 44, "ORG")]


def make_factrueval(root: Path) -> Path:
    folder = root / "devset"
    folder.mkdir(parents=True)
    (folder / "book_1.txt").write_text(TEXT, encoding="utf-8")
    (folder / "book_1.spans").write_text(
        "1 name 0 8 10 1  # 10 Владимир\n2 surname 9 5 11 1  # 11 Путин\n3 loc_name 26 6 14 1  # 14 Москву\n"
        "4 org_name 34 3 16 1  # 16 МИД\n5 loc_name 38 6 17 1  # 17 России\n", encoding="utf-8")
    (folder / "book_1.objects").write_text(
        "100 Person 1 2  # Владимир Путин\n101 Location 3  # Москву\n102 Org 4 5  # МИД России\n"
        "103 LocOrg 5  # России\n", encoding="utf-8")
    return root


def make_nerel(root: Path) -> Path:
    folder = root / "dev"
    folder.mkdir(parents=True)
    (folder / "1_text.txt").write_text(TEXT, encoding="utf-8")
    (folder / "1_text.ann").write_text(
        "T1\tPERSON 0 14\tВладимир Путин\nT2\tCITY 26 32\tМоскву\nT3\tORGANIZATION 34 44\tМИД России\n"
        "T4\tCOUNTRY 38 44\tРоссии\nT5\tEVENT 15 23\tприлетел\nR1\tWORKS_AS Arg1:T1 Arg2:T3\n", encoding="utf-8")
    return root


def make_slavicner(root: Path) -> Path:
    (root / "raw" / "t" / "ru").mkdir(parents=True)
    (root / "ner" / "t" / "ru").mkdir(parents=True)
    (root / "raw" / "t" / "ru" / "x.txt").write_text(TEXT, encoding="utf-8")
    (root / "ner" / "t" / "ru" / "x.tsv").write_text(
        "0\t14\tВладимир Путин\tВладимир Путин\tPER\tPER-Putin\n26\t32\tМоскву\tМосква\tLOC\tGPE-Moscow\n"
        "34\t44\tМИД России\tМИД России\tORG\tORG-MID\n15\t23\tприлетел\tприлететь\tEVT\tEVT-x\n", encoding="utf-8")
    return root


@pytest.mark.parametrize("maker,reader,expected", [
    # naeval's reading: an Org is its org_name part only ("МИД"), its place a LOC of its own.
    (make_factrueval, read_factrueval, [(0, 14, "PER"), (26, 32, "LOC"), (34, 37, "ORG"), (38, 44, "LOC")]),
    (make_nerel, read_nerel, GOLD + [(38, 44, "LOC")]),
    (make_slavicner, read_slavicner, GOLD),
])
def test_readers(tmp_path, maker, reader, expected):
    [doc] = list(reader(maker(tmp_path)))
    assert doc.text == TEXT
    assert sorted(doc.spans) == sorted(expected)


def test_counts_scores():
    counts = Counts()
    counts.add({(0, 1, "PER"), (2, 3, "PER")}, {(0, 1, "PER"), (5, 6, "PER")}, lambda item: item[2])
    assert counts.scores()["PER"]["f1"] == 0.5


def test_evaluate_and_cli_json(tmp_path, nlp_resources):
    root = make_nerel(tmp_path)
    result = evaluate_ner(root, "nerel", resources=nlp_resources)
    assert result.documents == 1
    assert result.scores["khronika"]["PER"]["f1"] == 1.0
    out = CliRunner().invoke(main, ["eval", "ner", "--format", "nerel", str(root), "--json", "--counting", "token"])
    assert out.exit_code == 0, out.output
    scores = json.loads(out.output)
    assert set(scores) == {"khronika", "natasha"}
    assert set(scores["khronika"]["PER"]) >= {"precision", "recall", "f1"}


def test_normal_reader_and_scorer(tmp_path, nlp_resources):
    (tmp_path / "texts_and_ann").mkdir()
    (tmp_path / "norm").mkdir()
    text = "Встреча Энтони Блинкена прошла в Совете Федерации."
    (tmp_path / "texts_and_ann" / "1.txt").write_text(text, encoding="utf-8")
    (tmp_path / "texts_and_ann" / "1.ann").write_text("8 23\n33 49\n", encoding="utf-8")
    (tmp_path / "norm" / "1.norm").write_text("Энтони Блинкен\nСовет Федерации\n", encoding="utf-8")
    [(_, _, spans, norms)] = list(read_runormas(tmp_path))
    assert spans == [[(8, 23)], [(33, 49)]] and norms == ["Энтони Блинкен", "Совет Федерации"]
    result = evaluate_normal(tmp_path, resources=nlp_resources)
    assert result["spans"] == 2 and result["accuracy"]["khronika"] == 1.0


# ---- real data (skipped without ../shared) ----

needs_shared = pytest.mark.skipif(not shared_available(), reason="shared data (../shared/data) not present")

# The acceptance comparison on the held-out sets (rules were tuned on NEREL
# train only).  Full sets: about a minute together.


# naeval's published factRuEval row for the best BERT models on GPU (token counting, dev + test pooled).
BERT_TOKEN_F1 = {"PER": 0.973, "LOC": 0.928, "ORG": 0.831}


@needs_shared
@pytest.mark.shared
@pytest.mark.parametrize("dataset,folder", [
    ("factrueval", "factrueval-2016-dev"), ("nerel", "nerel-v1.1-dev"),
])
def test_khronika_not_below_natasha(dataset, folder, nlp_resources):
    countings = ("span", "token") if dataset == "factrueval" else ("span",)
    results = evaluate_ner_countings(shared_root() / "data" / folder, dataset, countings, resources=nlp_resources)
    span = results["span"]
    for type_ in ("PER", "ORG", "LOC"):
        ours, plain = span.scores["khronika"][type_]["f1"], span.scores["natasha"][type_]["f1"]
        assert ours >= plain, (dataset, type_, ours, plain)
    if "token" in results:
        # factRuEval dev is where the ORG/LOC rules were tuned: this pins the result, the
        # held-out test split (not shipped here) is the real check.
        for type_, bert in BERT_TOKEN_F1.items():
            assert results["token"].scores["khronika"][type_]["f1"] > bert, (type_, results["token"].scores)


@needs_shared
@pytest.mark.shared
def test_normal_forms_floor(nlp_resources):
    # Documents 150+ (the first 150 were used to tune the rules).
    result = evaluate_normal(shared_root() / "data" / "runormas-named-train", offset=150, limit=40,
                             resources=nlp_resources)
    assert result["accuracy"]["khronika"] >= 0.88
    assert result["accuracy"]["khronika"] >= result["accuracy"]["natasha"]


@needs_shared
@pytest.mark.shared
def test_person_names_floor(nlp_resources):
    # The whole-name path of PER mentions (0.959 on these 40 held-out documents when written).
    result = evaluate_normal(shared_root() / "data" / "runormas-named-train", offset=150, limit=40,
                             resources=nlp_resources, persons=True)
    assert result["persons"]["spans"] > 200 and result["persons"]["accuracy"] >= 0.94


def test_nerel_root_with_several_splits_is_refused(tmp_path):
    make_nerel(tmp_path)
    (tmp_path / "test").mkdir()
    out = CliRunner().invoke(main, ["eval", "ner", "--format", "nerel", str(tmp_path)])
    assert out.exit_code != 0 and "several NEREL splits" in out.output


def test_empty_folder_is_refused(tmp_path):
    out = CliRunner().invoke(main, ["eval", "ner", "--format", "factrueval", str(tmp_path)])
    assert out.exit_code != 0 and "no factrueval documents" in out.output


def test_factrueval_pools_devset_and_testset(tmp_path):
    make_factrueval(tmp_path)
    (tmp_path / "devset").rename(tmp_path / "testset")
    make_factrueval(tmp_path)
    assert len(list(read_factrueval(tmp_path))) == 2
