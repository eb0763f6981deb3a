"""Quote confidence (round 39): the features of how a speaker was found, the model file, the
`khronika quotes --min-confidence` filter, and that the confidence changes nothing else."""
from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from khronika.cli import main
from khronika.cli.quotes_cmd import quote_rows
from khronika.events.confidence import ConfidenceModel
from khronika.nlp.doc import Doc, Quote, SpeakerRef
from khronika.quotes import confidence
from khronika.quotes.confidence import FEATURES, load_model, quote_features

SEED = Path(__file__).resolve().parents[2] / "examples" / "pages" / "000_seed.txt"


@pytest.fixture(scope="module")
def parts(pipeline):
    """(the pipeline without `quotes`, the quotes component)."""
    quotes = next(c for c in pipeline.components if c.name == "quotes")
    return [c for c in pipeline.components if c.name != "quotes"], quotes


def features_of(parts, text: str) -> list[tuple[Quote, dict[str, float]]]:
    from khronika.extract.article import Article

    others, quotes = parts
    paragraphs = text.split("\n\n")
    doc = Doc.from_article(Article(id="t", source="test", title="", published="2022-01-28T16:49:00+03:00",
                                   language="ru", lead=paragraphs[0], paragraphs=paragraphs))
    for stage in others:
        stage(doc)
        doc.layers |= set(stage.assigns)
    features = quotes.confidence_features(doc)  # (fills doc.quotes)
    return list(zip(doc.quotes, features))


# text → (index of the quote, the features that are 1, features that are 0)
FEATURE_CASES = [
    # the explicit subject of the cue, a registry person, in the content's sentence
    ("Президент России Владимир Путин заявил, что переговоры с Украиной продолжатся.", 0,
     {"found_subject", "speaker_registry", "speaker_person", "same_sentence", "cue_verb"},
     {"speaker_pronoun", "speaker_description", "no_speaker", "paragraph_crossed"}),
    # a pronoun resolved to the person of the sentence before
    ("Владимир Путин прилетел в Минск. Он заявил, что переговоры с Украиной продолжатся.", 0,
     {"speaker_pronoun", "speaker_registry"}, {"speaker_description", "no_speaker"}),
    # a demonstrative ("последний") counts as a pronoun
    ("Министр иностранных дел России Сергей Лавров прилетел в Анкару.\n\nПоследний заявил, что переговоры продолжатся.",
     0, {"speaker_pronoun"}, {"speaker_description"}),
    # a bare description left without an actor
    ("Местный житель рассказал журналистам, что вода в реке поднялась на два метра.", 0,
     {"speaker_description", "found_subject"}, {"speaker_registry", "speaker_doc_actor", "speaker_person", "speaker_pronoun"}),
    # nobody named
    ("Сообщается, что вода в реке поднялась на два метра.", 0,
     {"no_speaker"}, {"found_subject", "speaker_description", "same_sentence"}),
    # the owner of a frame ("по словам X")
    ("По словам Дмитрия Пескова, переговоры с Украиной продолжатся.", 0,
     {"found_owner", "speaker_registry"}, {"found_subject", "cue_verb"}),
    # an impersonal report read back to its source ("говорится в сообщении X")
    ("«Мы готовы к переговорам», — говорится в сообщении МИД России.", 0,
     {"found_impersonal", "direct"}, {"found_subject", "indirect"}),
]


@pytest.mark.parametrize("text,index,on,off", FEATURE_CASES, ids=[c[0][:30] for c in FEATURE_CASES])
def test_features(parts, text, index, on, off):
    _, values = features_of(parts, text)[index]
    assert set(values) == set(FEATURES)
    assert {f for f in on if values[f] != 1.0} == set()
    assert {f for f in off if values[f] != 0.0} == set()


def test_distance_and_a_carried_speaker(parts):
    """"Он" in the quote's sentence is at distance 0; nobody named is at the cap."""
    (_, pronoun), = features_of(parts, "Владимир Путин прилетел в Минск. Он заявил, что переговоры продолжатся.")
    (_, nobody), = features_of(parts, "Сообщается, что вода в реке поднялась на два метра.")
    assert (pronoun["distance"], nobody["distance"]) == (0.0, float(confidence.FAR_SENTENCES))


def test_features_without_a_candidate(enrich):
    """A quote without its candidate (no record of how the speaker was found) counts as found in the subject."""
    doc = enrich("По словам Дмитрия Пескова, переговоры с Украиной продолжатся.")
    values = quote_features(doc, doc.quotes[0])
    assert (values["found_subject"], values["found_owner"], values["renamed"]) == (1.0, 0.0, 0.0)
    assert quote_features(doc, doc.quotes[0], names=("speaker_registry",)) == {"speaker_registry": 1.0}


# ---------------------------------------------------------------- the model file

def write_model(path: Path, weights: dict[str, float], bias: float = 0.0) -> Path:
    path.write_text(json.dumps({"features": list(weights), "bias": bias, "weights": weights,
                                "means": dict.fromkeys(weights, 0.0), "scales": dict.fromkeys(weights, 1.0)}),
                    encoding="utf-8")
    return path


def test_shipped_model_loads():
    model = load_model()
    assert isinstance(model, ConfidenceModel)
    assert set(model.weights) <= set(FEATURES) and model.weights


# weights of a test file → (values, P rounded)
LOADER_CASES = [
    ({"speaker_description": -2.0}, {"speaker_description": 0.0}, 0.5),
    ({"speaker_description": -2.0}, {"speaker_description": 1.0}, 0.12),
    ({"no_speaker": 1.0, "same_sentence": 1.0}, {"no_speaker": 1.0, "same_sentence": 1.0}, 0.88),
]


@pytest.mark.parametrize("weights,values,expected", LOADER_CASES)
def test_loader_reads_the_events_model_layout(tmp_path, weights, values, expected):
    model = load_model(write_model(tmp_path / "q.json", weights))
    assert round(model.probability(values), 2) == expected


def test_loader_refuses_what_it_does_not_know(tmp_path):
    assert load_model(tmp_path / "missing.json") is None
    assert load_model(write_model(tmp_path / "q.json", {"hand_set": 1.0})) is None  # an events feature


# ---------------------------------------------------------------- the component

def seed_quotes(pipeline, model):
    from khronika.extract import extract_file

    others = [c for c in pipeline.components if c.name != "quotes"]
    quotes = dataclasses.replace(next(c for c in pipeline.components if c.name == "quotes"), confidence=model)
    doc = Doc.from_article(extract_file(str(SEED)))
    for stage in others:
        stage(doc)
        doc.layers |= set(stage.assigns)
    quotes(doc)
    return doc.quotes


def test_confidence_changes_no_other_field(pipeline):
    off = seed_quotes(pipeline, None)
    on = seed_quotes(pipeline, load_model())
    assert len(on) == len(off) == 10
    assert [q.confidence for q in off] == [0.5] * 10
    assert all(0.0 < q.confidence < 1.0 for q in on) and any(q.confidence != 0.5 for q in on)
    strip = lambda q: {k: v for k, v in dataclasses.asdict(q).items() if k != "confidence"}  # noqa: E731
    assert [strip(q) for q in on] == [strip(q) for q in off]


def test_the_factory_loads_the_model_once(pipeline):
    quotes = next(c for c in pipeline.components if c.name == "quotes")
    assert isinstance(quotes.confidence, ConfidenceModel)
    assert pipeline.resources.items["quote_confidence"] is quotes.confidence


# ---------------------------------------------------------------- the CLI filter

def quote(confidence_value: float, name: str = "Песков") -> Quote:
    return Quote("всё хорошо", "indirect", 0, 10, 0, "заявить", SpeakerRef(None, name, name), confidence=confidence_value)


# confidences, threshold → indexes kept
ROW_CASES = [
    ([0.9, 0.5, 0.8], 0.0, [0, 1, 2]),
    ([0.9, 0.5, 0.8], 0.8, [0, 2]),
    ([0.9, 0.5, 0.8], 0.85, [0]),
    ([0.9, 0.5, 0.8], 0.95, []),
]


@pytest.mark.parametrize("values,threshold,kept", ROW_CASES)
def test_quote_rows_min_confidence(values, threshold, kept):
    rows = quote_rows("s", "t", [quote(v) for v in values], None, threshold)
    assert [r["index"] for r in rows] == kept


def test_cli_min_confidence(pipeline):
    run = lambda *extra: [json.loads(line) for line in CliRunner().invoke(  # noqa: E731
        main, ["quotes", str(SEED), "--format", "jsonl", *extra]).stdout.splitlines() if line.startswith("{")]
    everything = run()
    threshold = max(r["confidence"] for r in everything)
    kept = run("--min-confidence", str(threshold))
    assert 0 < len(kept) <= len(everything)
    assert [r["index"] for r in kept] == [r["index"] for r in everything if r["confidence"] >= threshold]
    below = min(r["confidence"] for r in everything)
    assert len(run("--min-confidence", str(below))) == len(everything)   # at or above: the lowest stays
    assert run("--min-confidence", "1.01") == []
