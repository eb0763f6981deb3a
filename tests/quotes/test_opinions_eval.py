"""`khronika eval opinions`: RuOpinionNE opinion holders as an outside check of
quote speakers.  Made-up sentences in the RuOpinionNE format, plus a floor on
the real train split (skipped without ../shared)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from khronika.eval.opinions import Span, covering_quote, evaluate_opinions, load_opinions
from khronika.eval.shared_docs import shared_available, shared_root
from khronika.nlp.doc import Quote


def _opinion(text: str, holder: str | None, expression: str, author: bool = False) -> dict:
    if holder is None:
        source = [["AUTHOR" if author else "NULL"], ["NULL" if author else "0:0"]]
    else:
        start = text.index(holder)
        source = [[holder], [f"{start}:{start + len(holder)}"]]
    start = text.index(expression)
    return {"Source": source, "Target": [[], []],
            "Polar_expression": [[expression], [f"{start}:{start + len(expression)}"]], "Polarity": "NEG"}


def _write(tmp_path: Path, rows: list[tuple[str, list[dict]]]) -> Path:
    path = tmp_path / "opinions.jsonl"
    path.write_text("\n".join(json.dumps({"sent_id": i, "text": text, "opinions": ops}, ensure_ascii=False)
                              for i, (text, ops) in enumerate(rows)) + "\n", encoding="utf-8")
    return path


RIGHT = "Министр Иван Петров заявил, что реформа провалилась."
WRONG_HOLDER = "По данным газеты, Сергей Иванов заявил, что реформа провалилась."
INSIDE = "Министр Иван Петров заявил, что Сергей Иванов провалил реформу."
NO_QUOTE = "Реформа провалилась из-за ошибок правительства."
AUTHOR = "Анна Смирнова сообщила, что реформа провалилась."


@pytest.fixture(scope="module")
def made_up(tmp_path_factory) -> Path:
    return _write(tmp_path_factory.mktemp("opinions"), [
        (RIGHT, [_opinion(RIGHT, "Иван Петров", "провалилась")]),
        # the annotators' holder is someone else than the quote's speaker: a wrong speaker
        (WRONG_HOLDER, [_opinion(WRONG_HOLDER, "газеты", "провалилась")]),
        # holder inside the content: no speaker question, and not cued
        (INSIDE, [_opinion(INSIDE, "Сергей Иванов", "провалил")]),
        (NO_QUOTE, [_opinion(NO_QUOTE, "правительства", "ошибок")]),
        (AUTHOR, [_opinion(AUTHOR, None, "провалилась", author=True)]),
    ])


def test_load_opinions_reads_holders_and_offsets(made_up):
    sentences = list(load_opinions(made_up))
    assert len(sentences) == 5
    first = sentences[0].opinions[0]
    assert first.holder == "span" and first.holder_spans[0].text == "Иван Петров"
    assert RIGHT[first.expression[0].start:first.expression[0].stop] == "провалилась"
    assert sentences[4].opinions[0].holder == "AUTHOR" and not sentences[4].opinions[0].holder_spans
    assert len(list(load_opinions(made_up, limit=2))) == 2


def test_covering_quote_takes_the_innermost():
    outer = Quote("a b c d", "indirect", 0, 40, 0, "сказать", None)
    inner = Quote("b c", "direct", 10, 20, 0, "сказать", None)
    assert covering_quote([outer, inner], [Span(12, 15, "x")]) is inner
    assert covering_quote([outer, inner], [Span(12, 25, "x")]) is outer
    assert covering_quote([outer], [Span(38, 45, "x")]) is None
    assert covering_quote([outer], []) is None


def test_scores_on_made_up_sentences(made_up, pipeline):
    result = evaluate_opinions(made_up, pipeline=pipeline)
    summary = result.summary()
    assert summary["sentences"] == 5
    assert summary["opinions_span_holder"] == 4
    # RIGHT and WRONG_HOLDER are speaker cases; INSIDE has its holder in the content, NO_QUOTE no quote
    assert summary["speaker_cases"] == 2 and summary["right"] == 1
    assert {c.sent_id: c.right for c in result.cases} == {"0": True, "1": False}
    assert result.cases[0].holder_kind == "name" and result.cases[0].cue == "заявить"
    # both quote opinions are governed by "заявил" from outside the holder's clause; INSIDE is not
    assert summary["cued_opinions"] == 2 and summary["cued_with_case"] == 2
    assert summary["author_null_opinions"] == 1 and summary["author_null_named_speaker"] == 1
    assert summary["by_cue"]["заявить"] == {"cases": 2, "right": 1}


def test_cli_prints_counts_and_errors(made_up):
    from khronika.cli.app import main

    result = CliRunner().invoke(main, ["eval", "opinions", str(made_up), "--errors"])
    assert result.exit_code == 0, result.output
    assert "speaker cases: 2; right 1" in result.output
    assert "WRONG\t1\tзаявить" in result.output and "AUTHOR\t4" in result.output
    as_json = CliRunner().invoke(main, ["eval", "opinions", str(made_up), "--json", "--limit", "1"])
    assert json.loads(as_json.output)["sentences"] == 1


@pytest.mark.shared
@pytest.mark.skipif(not shared_available(), reason="../shared/data not found (set KHRONIKA_SHARED)")
def test_ruopinionne_train_floor(pipeline):
    path = shared_root() / "data" / "ruopinionne-2024" / "train.jsonl"
    if not path.exists():
        pytest.skip(f"{path} not found")
    summary = evaluate_opinions(path, limit=1200, pipeline=pipeline).summary()
    # round 9 measured 103 cases, 95 right (0.922), coverage 0.535 on these 1200 sentences;
    # the floor leaves room for parse drift
    assert summary["speaker_cases"] >= 90
    assert summary["speaker_accuracy"] >= 0.88
    assert summary["coverage"] >= 0.45
