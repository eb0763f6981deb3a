"""Cross-check `khronika eval ner --format factrueval --counting token`
against naeval's own code: naeval reads the gold (`adapt_factru`), flattens
and aligns the predictions (`filter_overlapping_spans`, `adapt_spans`) and
counts tokens (`score_markups`) — the code behind the published tables.

naeval, corus and ipymarkup are not Khronika dependencies; fetch their
wheels from PyPI once and put them on the path:

    mkdir -p /tmp/naeval && cd /tmp/naeval
    pip download --no-deps naeval==0.2.0 corus==0.10.0 ipymarkup==0.9.0
    for w in *.whl; do unzip -qo "$w" -d site; done
    PYTHONPATH=/tmp/naeval/site .venv/bin/python bench/naeval_check.py ../shared/data/factrueval-2016-dev

Prints token P/R/F1 per type for Khronika and plain Natasha as naeval
scores them, next to `khronika eval ner`'s own figures for the same run.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from khronika.eval.ner import NER_COMPONENTS, evaluate_ner, khronika_spans, natasha_spans
from khronika.nlp.pipeline import Pipeline, Resources


def naeval_scores(folder: Path, resources: Resources) -> dict[str, dict[str, tuple[float, float, float]]]:
    from corus.sources.factru import load_factru
    from naeval.const import LOC, ORG, PER
    from naeval.ner.adapt import adapt_spans
    from naeval.ner.datasets.factru import parse_factru
    from naeval.ner.markup import Markup
    from naeval.ner.score import score_markups
    from naeval.span import Span, filter_overlapping_spans

    types = {"PER": PER, "LOC": LOC, "ORG": ORG}
    pipeline = Pipeline.build(NER_COMPONENTS, resources=resources)
    sets = [name for name in ("devset", "testset") if (folder / name).is_dir()]
    targets, predictions = [], {"khronika": [], "natasha": []}
    for record in load_factru(str(folder), sets=sets):
        targets.append(parse_factru(record).adapted)
        for system, spans in (("khronika", khronika_spans(pipeline, record.text, "factrueval")),
                              ("natasha", natasha_spans(resources, record.text))):
            flat = list(filter_overlapping_spans([Span(s, e, t) for s, e, t in sorted(spans)]))
            predictions[system].append(Markup(record.text, list(adapt_spans(flat, record.text, types))))
    out = {}
    for system, markups in predictions.items():
        scores = score_markups(markups, targets)
        out[system] = {name: (scores[t].prec.value, scores[t].recall.value, scores[t].value)
                       for name, t in types.items()}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="factRuEval folder holding devset/ (and testset/)")
    args = parser.parse_args()
    resources = Resources()
    ours = evaluate_ner(args.folder, "factrueval", counting="token", resources=resources).scores
    theirs = naeval_scores(args.folder, resources)
    for system in ("khronika", "natasha"):
        for type_ in ("PER", "LOC", "ORG"):
            p, r, f = theirs[system][type_]
            own = ours[system][type_]
            print(f"{system:9} {type_}  naeval P {p:.3f} R {r:.3f} F1 {f:.3f}   "
                  f"khronika eval ner P {own['precision']:.3f} R {own['recall']:.3f} F1 {own['f1']:.3f}")


if __name__ == "__main__":
    main()
