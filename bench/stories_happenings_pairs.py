"""Same-story pair models fitted on hand-labelled happenings, scored on tgcontest's held-out folds.

`gold/stories-happenings` labels every document of four SlavicNER topics with the happening it
reports.  Within a topic, two documents of one happening are a same-story pair and two documents of
two happenings of the arc (a reaction, another statement, another stage) are exactly the hard
negative the tgcontest models merge most.  This bench builds those pairs (both labels `sure`;
documents at most `--days` apart, as the store compares only articles a few days apart; `piece-<n>`
ids are single-document happenings, so they give negatives only), computes the shipped pair features
(`similarity.pair_features`, idf over the topic documents, e5 leads as the `semantic` component
embeds them), and fits the shipped logistic model (`cluster.fit_logistic`, same L2) on

- `happ`: the happenings pairs alone (weights and F1-best cut; `happ+cut`: the cut refitted on the
  tgcontest training folds);
- `mix-N`: tgcontest training folds plus N happenings pairs (a seeded sample, both classes as found),
  the cut fitted on the tgcontest training folds;

each scored on the tgcontest held-out folds of 20 repeats of stratified 5-fold (the folds of
`model_selection.cross_validate`), with the paired F1 difference against the shipped fit on the same
folds, and nested (feature selection inside every outer fold, on the same training data as the
fit).  Other variants: `prior-λ` (the tgcontest fit with its L2 penalty pulling towards the happenings
fit, `--priors`), `--balance N` (at most N pairs per class and topic), `--hard Q` (only negatives at
least as close as the Q quantile of the positives), `--with-unsure`, `--interactions` (products of the
embedding scores with lexical ones, semantic model), `--diagnose` (feature AUCs on both sets and
topic-held-out fits scored on the happenings pairs).  Features and e5 vectors are cached in `--cache`
(about 7 minutes of CPU once: 1,001 e5 leads and 40,881 pairs).

    .venv/bin/python bench/stories_happenings_pairs.py [--cache DIR] [--days 3] [--priors 0.001,0.03] [--nested 10]
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))

import numpy as np  # noqa: E402

from khronika.eval.shared_docs import shared_available, shared_root  # noqa: E402
from khronika.eval.stories import _features_with_idf, load_tgcontest  # noqa: E402
from khronika.stories.cluster import (  # noqa: E402
    MODEL_FEATURES, SEMANTIC_FEATURES, SameStoryModel, best_threshold, fit_logistic,
)
from khronika.stories.model_selection import (  # noqa: E402
    cross_validate, f1_score, forward_select, nested_cross_validate, stratified_folds,
)
from khronika.eval.stories import SELECTION_CANDIDATES, SEMANTIC_CANDIDATES  # noqa: E402
from khronika.stories.similarity import FEATURE_NAMES, Analyzer, days_apart, pair_features  # noqa: E402

GOLD = REPO / "gold" / "stories-happenings"


@dataclass(frozen=True)
class HappeningDoc:
    file: str
    topic: str
    happening: str
    sure: bool
    title: str
    body: str
    date: str | None


@dataclass(frozen=True)
class PairSet:
    x: np.ndarray          # pairs x FEATURE_NAMES
    y: np.ndarray          # same happening / same story
    sure: np.ndarray       # both labels sure (happenings; True for tgcontest)
    days: np.ndarray       # days apart (-1 when unknown)
    topic: np.ndarray      # topic of the pair (happenings; "tg" for tgcontest)
    pool: np.ndarray       # tgcontest pool; "" for happenings


def load_happenings(root: Path) -> list[HappeningDoc]:
    import csv

    meta = {}
    with (root / "data" / "slavicner-ru" / "metadata.tsv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            meta[row["raw_file"]] = row
    docs = []
    for path in sorted(GOLD.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for item in data["labels"]:
            text = (root / "data" / "slavicner-ru" / item["file"]).read_text(encoding="utf-8")
            title, _, body = text.partition("\n")
            if not body.strip():  # as bench/story_happenings.py: one line is a text without a headline
                title, body = "", title
            docs.append(HappeningDoc(item["file"], data["topic"], item["happening"], item["confidence"] == "sure",
                                     title.strip(), body.strip(), meta.get(item["file"], {}).get("date") or None))
    return docs


def _embed(texts: list[tuple[str, str]]) -> tuple[np.ndarray, float]:
    from khronika.stories.semantic import SemanticEncoder, lead_text

    encoder = SemanticEncoder.load()
    start = time.process_time()
    vectors = encoder.embed_texts([lead_text(t, b) for t, b in texts])
    return vectors, 1000 * (time.process_time() - start) / max(len(texts), 1)


def happenings_pairs(analyzer: Analyzer, docs: list[HappeningDoc]) -> PairSet:
    """Every within-topic pair (features with the idf of the topic's own documents)."""
    rows, ys, sure, days, topics = [], [], [], [], []
    for topic in sorted({d.topic for d in docs}):
        mine = [d for d in docs if d.topic == topic]
        texts = [(d.title, d.body) for d in mine]
        features, idf = _features_with_idf(analyzer, texts)
        vectors, cost = _embed(texts)
        print(f"{topic}: {len(mine)} documents, e5 {cost:.0f} ms CPU each", file=sys.stderr, flush=True)
        for f, d, v in zip(features, mine, vectors):
            f.published, f.semantic = d.date, v
        for i in range(len(mine)):
            for j in range(i + 1, len(mine)):
                rows.append(pair_features(features[i], features[j], idf))
                ys.append(mine[i].happening == mine[j].happening)
                sure.append(mine[i].sure and mine[j].sure)
                gap = days_apart(mine[i].date, mine[j].date)
                days.append(-1 if gap is None else gap)
                topics.append(topic)
    n = len(ys)
    return PairSet(np.array(rows), np.array(ys), np.array(sure), np.array(days), np.array(topics),
                   np.array([""] * n))


def tgcontest_pairs(analyzer: Analyzer) -> PairSet:
    pairs = load_tgcontest(shared_root())
    texts = [t for p in pairs for t in (p["a"], p["b"])]
    features, idf = _features_with_idf(analyzer, texts)
    vectors, cost = _embed(texts)
    print(f"tgcontest: {len(texts)} texts, e5 {cost:.0f} ms CPU each", file=sys.stderr, flush=True)
    for f, v in zip(features, vectors):
        f.semantic = v
    x = np.array([pair_features(features[2 * i], features[2 * i + 1], idf) for i in range(len(pairs))])
    n = len(pairs)
    return PairSet(x, np.array([p["label"] for p in pairs]), np.ones(n, bool), -np.ones(n, int),
                   np.array(["tg"] * n), np.array([p["pool"] for p in pairs]))


def cached(path: Path, build) -> PairSet:
    if path.exists():
        data = np.load(path)
        if data["x"].shape[1] == len(FEATURE_NAMES):  # else written before a pair feature was added
            return PairSet(*(data[k] for k in ("x", "y", "sure", "days", "topic", "pool")))
    out = build()
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez(path, x=out.x, y=out.y, sure=out.sure, days=out.days, topic=out.topic, pool=out.pool)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cache", type=Path, default=Path("/tmp/khronika-happenings-pairs"))
    parser.add_argument("--build-only", action="store_true")
    parser.add_argument("--days", type=int, default=3, help="happenings pairs at most this many days apart")
    parser.add_argument("--models", default="default,semantic")
    parser.add_argument("--sizes", default="100,300,1000,3000", help="happenings pairs added in the mix variants")
    parser.add_argument("--repeats", type=int, default=20)
    parser.add_argument("--sample-seed", type=int, default=0, help="offset of the seeds of the happenings samples")
    parser.add_argument("--with-unsure", action="store_true", help="also pairs with an `unsure` label")
    parser.add_argument("--balance", type=int, default=0, help="at most this many pairs per class and topic")
    parser.add_argument("--hard", type=float, default=0.0,
                        help="keep only negatives above this quantile of the positives' semantic_paraphrase")
    parser.add_argument("--priors", default="",
                        help="comma-separated L2 strengths for the prior variants (tgcontest fit pulled towards the "
                             "happenings fit)")
    parser.add_argument("--diagnose", action="store_true", help="feature AUCs on both sets, topic-held-out fits")
    parser.add_argument("--interactions", action="store_true", help="also the semantic model with interaction features")
    parser.add_argument("--nested", type=int, default=0, help="nested CV repeats for the mix variants (0: none)")
    args = parser.parse_args()
    if not shared_available():
        raise SystemExit("shared data not found (../shared/data); set KHRONIKA_SHARED")
    tg = cached(args.cache / "tgcontest.npz", lambda: tgcontest_pairs(Analyzer.load()))
    hp = cached(args.cache / "happenings.npz",
                lambda: happenings_pairs(Analyzer.load(), load_happenings(shared_root())))
    print(f"tgcontest {len(tg.y)} pairs ({int(tg.y.sum())} OK); happenings {len(hp.y)} within-topic pairs "
          f"({int(hp.y.sum())} same happening)")
    if args.build_only:
        return
    near = (hp.sure | args.with_unsure) & (hp.days >= 0) & (hp.days <= args.days)
    labels = "any label" if args.with_unsure else "both sure"
    print(f"happenings pairs, {labels}, at most {args.days} days apart: {int(near.sum())} "
          f"({int(hp.y[near].sum())} same happening); any distance, sure: {int(hp.sure.sum())} "
          f"({int(hp.y[hp.sure].sum())})")
    for topic in sorted(set(hp.topic)):
        m = near & (hp.topic == topic)
        print(f"  {topic:12} {int(m.sum()):6d} pairs, {int(hp.y[m].sum()):5d} same happening")
    if args.balance:
        near = balanced(hp, near, args.balance)
        print(f"balanced: at most {args.balance} pairs of each class per topic, {int(near.sum())} pairs "
              f"({int(hp.y[near].sum())} same happening)")
    if args.hard:
        near = hard_negatives(hp, near, args.hard)
        print(f"negatives kept only at or above quantile {args.hard} of the positives' semantic_paraphrase: "
              f"{int(near.sum())} pairs ({int(hp.y[near].sum())} same happening)")
    hx, hy = hp.x[near], hp.y[near]
    if args.diagnose:
        diagnose(tg, hp, near)
        return
    models = {"default": (MODEL_FEATURES, SELECTION_CANDIDATES),
              "semantic": (SEMANTIC_FEATURES, SEMANTIC_CANDIDATES)}
    for name in args.models.split(","):
        use, candidates = models[name]
        report(name, tg, hx, hy, use, candidates, args)
    if args.interactions:
        interactions(tg, hx, hy, args)


# Products of the embedding scores with the lexical ones: with thousands of pairs a model can
# learn that a high semantic score means less when the headlines share few words (another
# happening of the arc) than when they share many.
INTERACTIONS = {
    "semantic_x_title_contain": ("semantic", "title_contain"),
    "paraphrase_x_title_contain": ("semantic_paraphrase", "title_contain"),
    "paraphrase_x_names": ("semantic_paraphrase", "names"),
    "paraphrase_x_title_names_missing": ("semantic_paraphrase", "title_names_missing"),
    "semantic_x_tfidf": ("semantic", "tfidf"),
    "semantic_squared": ("semantic", "semantic"),
}


def with_interactions(x: np.ndarray) -> np.ndarray:
    col = FEATURE_NAMES.index
    return np.c_[x, np.column_stack([x[:, col(a)] * x[:, col(b)] for a, b in INTERACTIONS.values()])]


def interactions(tg: PairSet, hx: np.ndarray, hy: np.ndarray, args: argparse.Namespace) -> None:
    columns = FEATURE_NAMES + tuple(INTERACTIONS)
    tgi = PairSet(with_interactions(tg.x), tg.y, tg.sure, tg.days, tg.topic, tg.pool)
    hxi = with_interactions(hx)
    base = cross_validate(tg.x, tg.y, SEMANTIC_FEATURES, repeats=args.repeats).f1s
    print(f"\nsemantic model + interactions, {args.repeats} repeats (paired against the shipped fit)")
    print(line("shipped fit (tgcontest folds)", base, None), flush=True)
    sizes = [int(s) for s in args.sizes.split(",")]
    for extra in [(n,) for n in INTERACTIONS] + [tuple(INTERACTIONS)]:
        use = SEMANTIC_FEATURES + extra
        label = extra[0] if len(extra) == 1 else "all six"
        tg_only = cross_validate(tgi.x, tg.y, use, repeats=args.repeats, columns=columns).f1s
        print(line(f"{label}, tgcontest only", tg_only, base), flush=True)
        for variant, size in [("happ+cut", 0)] + [("mix", s) for s in sizes]:
            f1s = variant_cv(tgi, hxi, hy, use, variant, size, args.repeats, columns=columns)
            print(line(f"{label}, {variant}" + (f"-{size}" if size else ""), f1s, base), flush=True)


def auc(y: np.ndarray, s: np.ndarray) -> float:
    order = np.argsort(s, kind="stable")
    ranks = np.empty(len(s))
    ranks[order] = np.arange(1, len(s) + 1)
    for value in np.unique(s):  # ties share their mean rank
        tied = s == value
        ranks[tied] = ranks[tied].mean()
    pos = int(y.sum())
    return float((ranks[y].sum() - pos * (pos + 1) / 2) / (pos * (len(y) - pos)))


def diagnose(tg: PairSet, hp: PairSet, near: np.ndarray) -> None:
    """Do the two sets agree?  Each feature's AUC on both; and, topic by topic, the pairs of one topic
    scored by the tgcontest fit against a fit on the other three topics (pairwise F1 at each model's own
    cut: tgcontest's, or the three topics')."""
    print("\nunivariate ROC AUC        tgcontest  happenings (near, sure)")
    for name in SEMANTIC_FEATURES:
        col = FEATURE_NAMES.index(name)
        print(f"  {name:22} {auc(tg.y, tg.x[:, col]):.3f}      {auc(hp.y[near], hp.x[near, col]):.3f}")
    for label, use in (("default", MODEL_FEATURES), ("semantic", SEMANTIC_FEATURES)):
        tg_model = fitted(tg.x, tg.y, use, tg.x, tg.y)
        print(f"\n{label} model, happenings pairs of one topic (near, sure): F1 / AUC")
        for topic in sorted(set(hp.topic)):
            test, train = near & (hp.topic == topic), near & (hp.topic != topic)
            other = fitted(hp.x[train], hp.y[train], use, hp.x[train], hp.y[train])
            cells = []
            for model in (tg_model, other):
                p = model.probabilities(hp.x[test])
                cells.append(f"{f1_score(p >= model.threshold, hp.y[test]):.3f} / {auc(hp.y[test], p):.3f}")
            print(f"  {topic:12} tgcontest fit {cells[0]}   other three topics' fit {cells[1]}")


def balanced(hp: PairSet, keep: np.ndarray, cap: int) -> np.ndarray:
    """At most `cap` pairs of each class in each topic (seeded), so that Brexit's 8,926 pairs do not
    make the fit a Brexit model."""
    rng = np.random.default_rng(2611)
    out = np.zeros(len(keep), bool)
    for topic in sorted(set(hp.topic)):
        for cls in (True, False):
            rows = np.flatnonzero(keep & (hp.topic == topic) & (hp.y == cls))
            out[rng.permutation(rows)[:cap]] = True
    return out


def hard_negatives(hp: PairSet, keep: np.ndarray, quantile: float) -> np.ndarray:
    """Positives, and the negatives at least as close (learnt e5 similarity) as the `quantile` of the
    positives of their topic: the hard pairs of one arc, not two unrelated happenings."""
    col = hp.x[:, FEATURE_NAMES.index("semantic_paraphrase")]
    out = keep & hp.y
    for topic in sorted(set(hp.topic)):
        mine = keep & (hp.topic == topic)
        cut = np.quantile(col[mine & hp.y], quantile)
        out |= mine & ~hp.y & (col >= cut)
    return out


def fitted(x: np.ndarray, y: np.ndarray, use: tuple[str, ...], cut_x: np.ndarray, cut_y: np.ndarray,
           columns=FEATURE_NAMES) -> SameStoryModel:
    """The shipped fit (`fit_logistic`, its L2) on x, y; the F1-best cut on cut_x, cut_y."""
    model = SameStoryModel(fit_logistic(x, y.astype(float), use=use, columns=columns), semantic=None)
    model.threshold = best_threshold(model.probabilities(cut_x, columns), cut_y)
    return model


def fit_toward(x: np.ndarray, y: np.ndarray, use: tuple[str, ...], prior: dict[str, float], l2: float,
               steps: int = 50) -> dict[str, float]:
    """`cluster.fit_logistic` with its L2 penalty pulling towards `prior` (the happenings fit) instead
    of towards zero: the happenings pairs as a prior, tgcontest's training folds as the data."""
    xs = np.c_[x[:, [FEATURE_NAMES.index(n) for n in use]], np.ones(len(x))]
    w0 = np.array([prior[n] for n in use] + [prior["bias"]])
    w = w0.copy()
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(xs @ w, -50, 50)))
        grad = xs.T @ (p - y) / len(y) + l2 * (w - w0)
        hess = (xs.T * (p * (1 - p))) @ xs / len(y) + l2 * np.eye(len(w))
        w -= np.linalg.solve(hess, grad)
    weights = {**prior, **{n: float(v) for n, v in zip(use, w)}}
    weights["bias"] = float(w[-1])
    return weights


def prior_cv(tg: PairSet, hx: np.ndarray, hy: np.ndarray, use: tuple[str, ...], l2: float,
             repeats: int) -> list[float]:
    prior = fit_logistic(hx, hy.astype(float), use=use)
    f1s = []
    for r in range(repeats):
        folds = stratified_folds(tg.y, 5, r)
        pred = np.zeros(len(tg.y), bool)
        for fold in range(5):
            held = folds == fold
            model = SameStoryModel(fit_toward(tg.x[~held], tg.y[~held].astype(float), use, prior, l2), semantic=None)
            model.threshold = best_threshold(model.probabilities(tg.x[~held]), tg.y[~held])
            pred[held] = model.probabilities(tg.x[held]) >= model.threshold
        f1s.append(f1_score(pred, tg.y))
    return f1s


def sample(n: int, size: int, seed: int) -> np.ndarray:
    if size >= n:
        return np.arange(n)
    return np.sort(np.random.default_rng(seed).choice(n, size, replace=False))


def variant_cv(tg: PairSet, hx: np.ndarray, hy: np.ndarray, use: tuple[str, ...], variant: str, size: int,
               repeats: int, columns=FEATURE_NAMES, nested_from: tuple[str, ...] = (),
               sample_seed: int = 0) -> list[float]:
    """F1 over the tgcontest held-out folds of each repeat (folds as `cross_validate`)."""
    x, y = tg.x, tg.y
    f1s = []
    for r in range(repeats):
        folds = stratified_folds(y, 5, r)
        pred = np.zeros(len(y), bool)
        for fold in range(5):
            held = folds == fold
            tx, ty = x[~held], y[~held]
            pick = sample(len(hy), size, 7919 * r + fold + sample_seed)
            if variant == "happ":
                fx, fy, cx, cy = hx, hy, hx, hy
            elif variant == "happ+cut":
                fx, fy, cx, cy = hx, hy, tx, ty
            else:  # mix: tgcontest training folds + sampled happenings pairs, cut on tgcontest
                fx, fy, cx, cy = np.r_[tx, hx[pick]], np.r_[ty, hy[pick]], tx, ty
            chosen = use
            if nested_from:
                chosen = forward_select(fx, fy, nested_from, k=5, seed=1000 + r, columns=columns)
            model = fitted(fx, fy, chosen, cx, cy, columns)
            pred[held] = model.probabilities(x[held], columns) >= model.threshold
        f1s.append(f1_score(pred, y))
    return f1s


def line(label: str, f1s: list[float], base: list[float] | None) -> str:
    f = np.array(f1s)
    out = f"  {label:34} {f.mean():.4f} ± {f.std():.4f} [{f.min():.3f}, {f.max():.3f}]"
    if base is not None:
        d = f - np.array(base)
        out += (f"  paired Δ {d.mean():+.4f} ± {d.std():.4f} "
                f"(wins {int((d > 0).sum())}/{len(d)}, ties {int((d == 0).sum())})")
    return out


def report(name: str, tg: PairSet, hx: np.ndarray, hy: np.ndarray, use: tuple[str, ...],
           candidates: tuple[str, ...], args: argparse.Namespace) -> None:
    print(f"\n{name} model ({', '.join(use)})")
    whole = fitted(hx, hy, use, hx, hy)
    print("  fitted on all happenings pairs: " + ", ".join(f"{k} {whole.weights[k]:+.3f}" for k in use)
          + f", bias {whole.weights['bias']:+.3f}, cut {whole.threshold:.3f}")
    base = cross_validate(tg.x, tg.y, use, repeats=args.repeats).f1s
    print(f"  repeated CV, {args.repeats} repeats of stratified 5-fold, F1 on tgcontest held-out folds")
    print(line("shipped fit (tgcontest folds)", base, None), flush=True)
    sizes = [int(s) for s in args.sizes.split(",")]
    for l2 in [float(v) for v in args.priors.split(",") if v]:
        print(line(f"prior-{l2:g}", prior_cv(tg, hx, hy, use, l2, args.repeats), base), flush=True)
    variants = [("happ", 0), ("happ+cut", 0)] + [("mix", s) for s in sizes]
    for variant, size in variants:
        f1s = variant_cv(tg, hx, hy, use, variant, size, args.repeats, sample_seed=args.sample_seed)
        print(line(variant + (f"-{size}" if size else ""), f1s, base), flush=True)
    if not args.nested:
        return
    print(f"  nested CV, {args.nested} repeats (forward selection inside every outer fold)")
    base_n = nested_cross_validate(tg.x, tg.y, candidates, repeats=args.nested).f1s
    print(line("shipped fit (tgcontest folds)", base_n, None), flush=True)
    for size in sizes:
        f1s = variant_cv(tg, hx, hy, use, "mix", size, args.nested, nested_from=candidates,
                         sample_seed=args.sample_seed)
        print(line(f"mix-{size}", f1s, base_n), flush=True)


if __name__ == "__main__":
    main()
