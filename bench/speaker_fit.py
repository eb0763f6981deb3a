"""Fit the learned speaker choice (`khronika.quotes.ranker`) and write its weights.

    .venv/bin/python bench/speaker_fit.py                      # CV report + src/khronika/data/speaker_weights.json
    .venv/bin/python bench/speaker_fit.py --enable             # the same, shipped switched on
    .venv/bin/python bench/speaker_fit.py --no-write           # CV report only
    .venv/bin/python bench/speaker_fit.py --evaluate ../shared/data/ruopinionne-2024/validation_labeled.jsonl

Fitting data (both read with the rules alone, the ranker off):
- RuOpinionNE-2024 train.jsonl speaker cases, as `khronika eval opinions` defines
  them (a system quote covering a polar expression, the span holder outside it):
  a candidate is right when it, or a mention of its actor, overlaps the holder;
- dev gold quotes (gold/quotes): a system quote paired with a gold quote by
  content overlap (the scorer's span/overlap pairing) whose gold speaker is
  known: a candidate is right when the scorer's speaker matcher accepts it.
Only quotes with two candidates or more, one of them right, teach anything; the
accuracies below count every case (a quote with one candidate or none is the
rules' pick either way, a case with no right candidate is wrong either way).

Model: a conditional logistic regression (softmax over a quote's candidates,
one weight per named feature, L2 penalty `--l2`), fitted by L-BFGS from zero;
deterministic.  Cross-validation: 5 folds by document - RuOpinionNE sentences in
blocks of 100 consecutive sent_ids (the corpus lists an article's sentences
together and has no article ids), gold files by name.  `--evaluate` scores a
held-out RuOpinionNE file once, rules and ranker side by side (the ranker with
the weights on disk, whether enabled or not).
"""
from __future__ import annotations

import argparse
import dataclasses
import hashlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import numpy as np  # noqa: E402
from scipy.optimize import minimize  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
TRAIN = ROOT.parent / "shared" / "data" / "ruopinionne-2024" / "train.jsonl"
GOLD = ROOT / "gold" / "quotes"
FOLDS = 5
BLOCK = 100  # consecutive RuOpinionNE sentences taken as one document for the folds


@dataclass
class Case:
    """One speaker question: a quote's candidates, which are right, and the rules' answer."""

    source: str                  # "ruopinionne" or "dev"
    group: str                   # document, for the folds
    values: np.ndarray           # candidates x features (may have 0 rows)
    right: np.ndarray            # bool per candidate
    rule_right: bool             # the rules' speaker is right (also when there is no candidate row)
    note: str = ""               # for --errors: the text, the candidates, which are right

    @property
    def trainable(self) -> bool:
        return len(self.right) > 1 and bool(self.right.any())


def fold_of(group: str) -> int:
    return int(hashlib.sha1(group.encode()).hexdigest(), 16) % FOLDS


def _runner():
    from khronika.nlp.doc import Doc
    from khronika.nlp.pipeline import Pipeline

    pipeline = Pipeline.build(disable=["events", "related"])
    quotes = next(c for c in pipeline.components if c.name == "quotes")
    rules_only = dataclasses.replace(quotes, ranker=None)
    others = [c for c in pipeline.components if c.name != "quotes"]

    def run(article, component=rules_only):
        doc = Doc.from_article(article)
        for stage in others:
            stage(doc)
            doc.layers |= set(stage.assigns)
        return doc, component.speaker_choices(doc)

    return run, quotes


def _choice_of(choices, quote):
    return next((c for c in choices if c.start == quote.start and c.stop == quote.stop), None)


def opinion_cases(path: Path, run, limit: int | None = None) -> list[Case]:
    from khronika.eval.opinions import _shift, covering_quote, load_opinions, sentence_article, speaker_right

    cases = []
    for sentence in load_opinions(path, limit):
        doc, choices = run(sentence_article(sentence))
        base = doc.parts[-1].start
        for opinion in sentence.opinions:
            if opinion.holder != "span":
                continue
            holder = _shift(opinion.holder_spans, base)
            expression = _shift(opinion.expression, base)
            if any(h.overlaps(e.start, e.stop) for h in holder for e in expression):
                continue
            quote = covering_quote(doc.quotes, expression)
            if quote is None or any(h.overlaps(quote.start, quote.stop) for h in holder):
                continue
            choice = _choice_of(choices, quote)
            candidates = choice.candidates if choice else ()
            right = [speaker_right(doc, dataclasses.replace(quote, speaker=c.ref), holder) for c in candidates]
            cases.append(Case("ruopinionne", f"ro{int(sentence.sent_id) // BLOCK}", _matrix(candidates),
                              np.array(right, dtype=bool), speaker_right(doc, quote, holder),
                              _note(sentence.text, candidates, right)))
    return cases


def dev_cases(path: Path, run) -> list[Case]:
    from khronika.eval.quotes import UNKNOWN, default_matcher, load_gold, match
    from khronika.eval.shared_docs import load_gold_document

    matcher = default_matcher()
    cases = []
    for gold_doc in load_gold(path):
        doc, choices = run(load_gold_document(gold_doc.ref))
        for gi, si in match(gold_doc.quotes, doc.quotes, exact=False, speaker=None):
            gold = gold_doc.quotes[gi]
            if not gold.speaker_norm or gold.speaker_norm.lower() == UNKNOWN:
                continue
            quote = doc.quotes[si]
            choice = _choice_of(choices, quote)
            candidates = choice.candidates if choice else ()
            right = [matcher(gold.speaker_norm, dataclasses.replace(quote, speaker=c.ref)) for c in candidates]
            cases.append(Case("dev", gold_doc.file, _matrix(candidates), np.array(right, dtype=bool),
                              matcher(gold.speaker_norm, quote), _note(quote.text, candidates, right)))
    return cases


def _note(text: str, candidates, right: list[bool]) -> str:
    marks = "; ".join(f"{'+' if r else '-'}{c.ref.text}" for c, r in zip(candidates, right))
    return f"{text[:200]} || {marks}"


def _matrix(candidates) -> np.ndarray:
    from khronika.quotes.ranker import FEATURES

    return np.array([c.values for c in candidates], dtype=float).reshape(len(candidates), len(FEATURES))


def fit(cases: list[Case], l2: float) -> np.ndarray:
    """Weights maximising the log-likelihood of the right candidates (all right ones
    of a quote share the probability mass) minus l2/2 |w|^2."""
    from khronika.quotes.ranker import FEATURES

    data = [(c.values, c.right) for c in cases if c.trainable]

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        total, grad = 0.5 * l2 * w @ w, l2 * w
        for x, right in data:
            s = x @ w
            s = s - s.max()
            p = np.exp(s)
            p /= p.sum()
            good = p[right].sum()
            total -= np.log(good)
            # d(-log sum_right p)/dw = E_p[x] - E_{p | right}[x]
            grad = grad + p @ x - (p[right] / good) @ x[right]
        return total, grad

    found = minimize(loss, np.zeros(len(FEATURES)), jac=True, method="L-BFGS-B", options={"maxiter": 500})
    return found.x


def ranker_right(case: Case, weights: np.ndarray) -> bool:
    """The ranker's answer on a case: the rules' where it has no choice (fewer than two
    candidates); ties as `SpeakerRanker.choose` breaks them (the rules' pick, then text order)."""
    if len(case.right) < 2:
        return case.rule_right
    from khronika.quotes.ranker import FEATURES

    rule = FEATURES.index("rule")
    scores = case.values @ weights
    best = max(range(len(scores)), key=lambda i: (round(float(scores[i]), 9), case.values[i, rule], -i))
    return bool(case.right[best])


def cross_validate(cases: list[Case], l2: float) -> dict[str, tuple[int, int, int]]:
    """Per source and in total: (cases, rules right, ranker right on held-out folds)."""
    out: dict[str, list[int]] = {}
    for fold in range(FOLDS):
        train = [c for c in cases if fold_of(c.group) != fold]
        test = [c for c in cases if fold_of(c.group) == fold]
        weights = fit(train, l2)
        for case in test:
            for key in (case.source, "all"):
                row = out.setdefault(key, [0, 0, 0])
                row[0] += 1
                row[1] += int(case.rule_right)
                row[2] += int(ranker_right(case, weights))
    return {k: tuple(v) for k, v in out.items()}


def _oracle(cases: list[Case]) -> int:
    """The most any choice among the candidates could get right."""
    return sum(c.rule_right or bool(c.right.any()) for c in cases)


def _line(name: str, counts: tuple[int, int, int]) -> str:
    n, rules, ranker = counts
    return f"{name:18s} cases {n:4d}  rules {rules:4d} ({rules / n:.3f})  ranker {ranker:4d} ({ranker / n:.3f})" if n \
        else f"{name:12s} no cases"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", type=Path, default=TRAIN)
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--limit", type=int, default=None, help="RuOpinionNE sentences (all by default)")
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--drop", default="", help="comma-separated features held at weight 0 (ablation)")
    parser.add_argument("--enable", action="store_true", help="ship the ranker switched on")
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--errors", action="store_true", help="list fitting cases the rules get wrong")
    parser.add_argument("--evaluate", type=Path, default=None,
                        help="a held-out RuOpinionNE file: rules and the shipped weights side by side")
    args = parser.parse_args()

    from khronika.quotes.ranker import DATA_DIR, FEATURES, WEIGHTS_FILE, SpeakerRanker, load_ranker

    run, _ = _runner()
    if args.evaluate is not None:
        shipped = load_ranker()
        if shipped is None:
            sys.exit("no weights file: fit first")
        cases = opinion_cases(args.evaluate, run, args.limit)
        weights = np.array(shipped.weights)
        n = len(cases)
        counts = (n, sum(c.rule_right for c in cases), sum(ranker_right(c, weights) for c in cases))
        print(_line(args.evaluate.name, counts))
        print(f"with a choice (>= 2 candidates): {sum(len(c.right) > 1 for c in cases)}; "
              f"oracle (the rules right, or some candidate right): {_oracle(cases)}")
        return
    if not args.train.exists():
        sys.exit(f"{args.train} not found (../shared is needed)")
    cases = opinion_cases(args.train, run, args.limit) + dev_cases(args.gold, run)
    for name in filter(None, args.drop.split(",")):
        for case in cases:
            case.values[:, FEATURES.index(name)] = 0.0
    trainable = sum(c.trainable for c in cases)
    print(f"cases {len(cases)} (RuOpinionNE {sum(c.source == 'ruopinionne' for c in cases)}, "
          f"dev {sum(c.source == 'dev' for c in cases)}); with a choice and a right candidate {trainable}; "
          f"oracle (the rules right, or some candidate right) {_oracle(cases)}")
    cv = cross_validate(cases, args.l2)
    if args.errors:
        for case in cases:
            if not case.rule_right:
                print(f"WRONG\t{case.source}\t{case.group}\t{case.note}")
    print(f"{FOLDS}-fold CV by document, l2={args.l2}:")
    for key in ("ruopinionne", "dev", "all"):
        if key in cv:
            print("  " + _line(key, cv[key]))
    print("transfer (fit on one source, score the other):")
    for fitted, scored in (("ruopinionne", "dev"), ("dev", "ruopinionne")):
        weights = fit([c for c in cases if c.source == fitted], args.l2)
        held = [c for c in cases if c.source == scored]
        counts = (len(held), sum(c.rule_right for c in held), sum(ranker_right(c, weights) for c in held))
        print("  " + _line(f"{fitted}->{scored}", counts))
    weights = fit(cases, args.l2)
    for name, w in sorted(zip(FEATURES, weights), key=lambda nw: -abs(nw[1])):
        print(f"  {name:20s} {w:+.3f}")
    if args.no_write:
        return
    note = {"fitted_by": "bench/speaker_fit.py", "l2": args.l2, "cases": len(cases), "trainable": trainable,
            "cv": {k: {"cases": v[0], "rules_right": v[1], "ranker_right": v[2]} for k, v in cv.items()}}
    out = DATA_DIR / WEIGHTS_FILE
    out.write_text(SpeakerRanker(tuple(float(w) for w in weights), args.enable).to_json(note), encoding="utf-8")
    print(f"wrote {out} (enabled={args.enable})")


if __name__ == "__main__":
    main()
