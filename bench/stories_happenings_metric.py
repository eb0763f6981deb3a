"""A learnt similarity of two e5 lead vectors fitted on the happenings pairs, scored as a candidate
pair feature on the 215 tgcontest pairs.

`semantic.ParaphraseMetric` (the shipped `semantic_paraphrase`) is logistic regression over
(a*b, |a-b|) of two e5 vectors fitted on ParaPhraser headline pairs.  The errors the semantic model
still makes are mostly "same arc, another happening" merges, and `gold/stories-happenings` labels
exactly that distinction: within a topic, two documents of one happening are a positive, two
documents of two happenings of the arc a hard negative.  This bench fits the same form on those pairs
(leads built as the `semantic` component builds them) and scores the metric as an extra column added
to the shipped semantic model (`cluster.SEMANTIC_FEATURES`), as `bench/stories_candidates.py --base
semantic` scores its candidates: 20 repeats of stratified 5-fold CV on tgcontest with the paired F1
difference and wins, out-of-fold log loss, then nested CV (`--nested` repeats, forward selection
inside every outer fold) for the variants named by `--nested-with` (default: the two best by CV log
loss).  tgcontest is never used to fit the metric.

Variants (every one is a table row): the training pairs (`happ`: happenings pairs alone; `happ+para`:
with the 7,227 ParaPhraser pairs), the happenings window (`near`: both labels `sure`, at most 3 days
apart; `any`: both `sure`, any distance or no date) and the L2 strength on the standardised features
(`--l2`).  Each row also gives the metric's univariate ROC AUC on tgcontest and, topic-held-out, on
the happenings pairs (fitted on three topics (plus ParaPhraser for `happ+para`), scored on the
fourth topic's `near` pairs; each topic's AUC and their mean, next to the cosine's and the shipped
metric's on the same pairs), the out-of-fold errors a repeat (false merges / missed pairs), and the
repeated CV with the metric *in place of* `semantic_paraphrase`.  `--nested-seed N` re-measures the
nested rows on other folds (outer seeds N.., inner N+1000..); `--only-nested` scores only the
`--nested-with` rows.  A check line refits ParaPhraser alone at L2 1 with this solver and prints its
largest difference from the shipped `semantic_paraphrase` on tgcontest (0.0000 when measured).

e5 vectors are cached in `--cache` (571 happenings leads, 430 tgcontest leads, 12,034 ParaPhraser
headlines: about 7 minutes of CPU once), with the tgcontest pair features.

    .venv/bin/python bench/stories_happenings_metric.py [--cache DIR] [--l2 0.01,0.1,1] [--nested 10]
    .venv/bin/python bench/stories_happenings_metric.py --nested 10 --nested-seed 100 --only-nested --no-topics \\
        --nested-with "happ+para near L2 0.01|happ+para any L2 0.01|happ near L2 0.1"
"""
from __future__ import annotations

import argparse
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
from khronika.eval.stories import (  # noqa: E402
    SEMANTIC_CANDIDATES, _features_with_idf, load_paraphraser, load_tgcontest,
)
from khronika.stories.cluster import SEMANTIC_FEATURES  # noqa: E402
from khronika.stories.model_selection import (  # noqa: E402
    cross_validate, nested_cross_validate, out_of_fold_log_loss,
)
from khronika.stories.similarity import FEATURE_NAMES, Analyzer, days_apart, pair_features  # noqa: E402
from stories_happenings_pairs import auc as roc_auc  # noqa: E402  (ROC AUC, ties at their mean rank)

CV_REPEATS = 20
NAME = "happenings_metric"


@dataclass(frozen=True)
class HappeningsLeads:
    """e5 lead vectors of the labelled happenings documents, with their labels."""

    vectors: np.ndarray    # documents x 384
    topic: np.ndarray
    happening: np.ndarray
    sure: np.ndarray
    date: np.ndarray       # ISO date or ""


@dataclass(frozen=True)
class MetricPairs:
    """Pairs of vector rows with their labels (happenings: within-topic pairs)."""

    left: np.ndarray
    right: np.ndarray
    y: np.ndarray
    sure: np.ndarray
    days: np.ndarray       # -1 when either date is unknown
    topic: np.ndarray


@dataclass(frozen=True)
class TgContest:
    x: np.ndarray          # pairs x FEATURE_NAMES (the shipped features, e5 leads)
    y: np.ndarray
    lead: np.ndarray       # 2 * pairs x 384: a of pair i at 2i, b at 2i+1


def _encode(texts: list[str], label: str) -> np.ndarray:
    from khronika.stories.semantic import SemanticEncoder

    start = time.process_time()
    vectors = SemanticEncoder.load().embed_texts(texts)
    print(f"{label}: {len(texts)} texts embedded, {time.process_time() - start:.0f} s CPU", file=sys.stderr,
          flush=True)
    return vectors


def happenings_leads(cache: Path) -> HappeningsLeads:
    from khronika.stories.semantic import lead_text
    from stories_happenings_pairs import load_happenings

    docs = load_happenings(shared_root())
    path = cache / "happenings_e5.npz"
    if path.exists():
        vectors = np.load(path)["vectors"]
    else:
        vectors = _encode([lead_text(d.title, d.body) for d in docs], "happenings leads")
        cache.mkdir(parents=True, exist_ok=True)
        np.savez(path, vectors=vectors)
    return HappeningsLeads(vectors, np.array([d.topic for d in docs]), np.array([d.happening for d in docs]),
                           np.array([d.sure for d in docs]), np.array([d.date or "" for d in docs]))


def happenings_pairs(leads: HappeningsLeads) -> MetricPairs:
    """Every within-topic pair of documents."""
    left, right = [], []
    for topic in sorted(set(leads.topic)):
        rows = np.flatnonzero(leads.topic == topic)
        i, j = np.triu_indices(len(rows), k=1)
        left.append(rows[i])
        right.append(rows[j])
    a, b = np.concatenate(left), np.concatenate(right)
    days = np.array([-1 if (g := days_apart(leads.date[i] or None, leads.date[j] or None)) is None else g
                     for i, j in zip(a, b)])
    return MetricPairs(a, b, leads.happening[a] == leads.happening[b], leads.sure[a] & leads.sure[b], days,
                       leads.topic[a])


def paraphraser_pairs(cache: Path) -> tuple[np.ndarray, MetricPairs]:
    """ParaPhraser headline vectors (the cache of `bench/stories_candidates.py --paraphraser`) and its
    pairs: precise or near paraphrase against not a paraphrase, as the shipped metric was fitted."""
    pairs = load_paraphraser(shared_root())
    headlines = sorted({h for a, b, _ in pairs for h in (a, b)})
    path = cache / "paraphraser_e5.npz"
    if path.exists():
        vectors = np.load(path)["vectors"]
    else:
        vectors = _encode(headlines, "ParaPhraser headlines")
        cache.mkdir(parents=True, exist_ok=True)
        np.savez(path, vectors=vectors)
    row = {h: i for i, h in enumerate(headlines)}
    n = len(pairs)
    return vectors, MetricPairs(np.array([row[p[0]] for p in pairs]), np.array([row[p[1]] for p in pairs]),
                                np.array([p[2] >= 0 for p in pairs]), np.ones(n, bool), -np.ones(n, int),
                                np.array(["paraphraser"] * n))


def tgcontest(cache: Path) -> TgContest:
    path = cache / "tgcontest.npz"
    if path.exists():
        data = np.load(path)
        if data["x"].shape[1] == len(FEATURE_NAMES):
            return TgContest(data["x"], data["y"], data["lead"])
    from khronika.stories.semantic import lead_text

    pairs = load_tgcontest(shared_root())
    texts = [t for p in pairs for t in (p["a"], p["b"])]
    lead = _encode([lead_text(t, b) for t, b in texts], "tgcontest leads")
    analyzer = Analyzer.load()
    features, idf = _features_with_idf(analyzer, texts)
    for f, v in zip(features, lead):
        f.semantic = v
    x = np.array([pair_features(features[2 * i], features[2 * i + 1], idf) for i in range(len(pairs))])
    y = np.array([p["label"] for p in pairs])
    cache.mkdir(parents=True, exist_ok=True)
    np.savez(path, x=x, y=y, lead=lead)
    return TgContest(x, y, lead)


# -- the metric ----------------------------------------------------------------
def pair_design(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """(a*b, |a-b|) of two aligned stacks of unit vectors: the input of `semantic.ParaphraseMetric`."""
    return np.c_[a * b, np.abs(a - b)]


@dataclass(frozen=True)
class LeadMetric:
    """Logistic regression over `pair_design`, the standardisation folded into the weights (the form
    `semantic.ParaphraseMetric` ships)."""

    weights: np.ndarray    # 2 x 384: a*b weights, then |a-b| weights
    bias: float

    def scores(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """Probabilities that the rows of a and b report the same thing."""
        z = pair_design(a, b) @ self.weights + self.bias
        return 1.0 / (1.0 + np.exp(-np.clip(z, -50, 50)))


def fit_metric(design: np.ndarray, y: np.ndarray, l2: float) -> LeadMetric:
    """L2 logistic regression (bias unpenalised) on the standardised design, as
    `bench/stories_candidates.py` fits the ParaPhraser metric, solved by L-BFGS (the Newton
    steps of that bench cost a 769 x 769 Hessian over tens of thousands of pairs each)."""
    from scipy.optimize import minimize

    mean, sd = design.mean(axis=0), design.std(axis=0)
    sd[sd == 0] = 1.0
    xs = (design - mean) / sd
    target = y.astype(float)

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = xs @ w[:-1] + w[-1]
        # log(1 + e^z) - y z, stable for both signs of z
        value = float(np.mean(np.logaddexp(0.0, z) - target * z)) + 0.5 * l2 * float(w[:-1] @ w[:-1])
        residual = (1.0 / (1.0 + np.exp(-np.clip(z, -50, 50))) - target) / len(target)
        grad = np.r_[xs.T @ residual + l2 * w[:-1], residual.sum()]
        return value, grad

    w = minimize(loss, np.zeros(xs.shape[1] + 1), jac=True, method="L-BFGS-B",
                 options={"maxiter": 2000, "gtol": 1e-7}).x
    weights = w[:-1] / sd
    return LeadMetric(weights.astype(np.float32), float(w[-1] - mean @ weights))


@dataclass(frozen=True)
class Variant:
    """Training pairs of one metric: the happenings window, ParaPhraser or not, the L2 strength."""

    window: str            # "near": both sure, <= `NEAR_DAYS` apart; "any": both sure, any distance or no date
    paraphraser: bool
    l2: float

    @property
    def label(self) -> str:
        return f"happ{'+para' if self.paraphraser else ''} {self.window} L2 {self.l2:g}"


NEAR_DAYS = 3  # the store compares an article with the stories of the last few days


def window_mask(hp: MetricPairs, window: str) -> np.ndarray:
    if window == "near":
        return hp.sure & (hp.days >= 0) & (hp.days <= NEAR_DAYS)
    if window == "any":
        return hp.sure.copy()
    raise ValueError(window)


@dataclass(frozen=True)
class TrainingData:
    """Everything a variant's fit may read (tgcontest is not here: it is the exam)."""

    leads: HappeningsLeads
    hp: MetricPairs
    para_vectors: np.ndarray
    para: MetricPairs


def training_design(data: TrainingData, variant: Variant, keep: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Design rows and labels of the happenings pairs in `keep` (and ParaPhraser's, for `+para`)."""
    v, hp = data.leads.vectors, data.hp
    design, y = pair_design(v[hp.left[keep]], v[hp.right[keep]]), hp.y[keep]
    if variant.paraphraser:
        p = data.para_vectors
        design = np.r_[design, pair_design(p[data.para.left], p[data.para.right])]
        y = np.r_[y, data.para.y]
    return design, y


def topic_held_out_aucs(data: TrainingData, variant: Variant) -> dict[str, float]:
    """Per topic: fit on the other three topics' pairs of the variant (plus ParaPhraser), AUC on
    this topic's `near` pairs."""
    hp, v = data.hp, data.leads.vectors
    train, test = window_mask(hp, variant.window), window_mask(hp, "near")
    out = {}
    for topic in sorted(set(hp.topic)):
        metric = fit_metric(*training_design(data, variant, train & (hp.topic != topic)), variant.l2)
        mine = test & (hp.topic == topic)
        out[topic] = roc_auc(hp.y[mine], metric.scores(v[hp.left[mine]], v[hp.right[mine]]))
    return out


def reference_aucs(data: TrainingData) -> dict[str, dict[str, float]]:
    """The cosine's and the shipped ParaPhraser metric's AUC on each topic's `near` pairs."""
    from khronika.stories.semantic import paraphrase_metric

    hp, v = data.hp, data.leads.vectors
    shipped = paraphrase_metric()
    near = window_mask(hp, "near")
    out: dict[str, dict[str, float]] = {"cosine": {}, "semantic_paraphrase": {}}
    for topic in sorted(set(hp.topic)):
        mine = near & (hp.topic == topic)
        a, b = v[hp.left[mine]], v[hp.right[mine]]
        out["cosine"][topic] = roc_auc(hp.y[mine], (a * b).sum(axis=1))
        out["semantic_paraphrase"][topic] = roc_auc(hp.y[mine], np.array([shipped(p, q) for p, q in zip(a, b)]))
    return out


def shipped_refit_gap(data: TrainingData, tg: TgContest) -> tuple[float, float]:
    """`fit_metric` on ParaPhraser alone at L2 1.0 (the shipped metric's data and penalty): its largest
    score difference from the shipped `semantic_paraphrase` on the tgcontest leads, and its AUC there
    (a check that this solver fits what the shipped bench fitted)."""
    p = data.para_vectors
    metric = fit_metric(pair_design(p[data.para.left], p[data.para.right]), data.para.y, 1.0)
    column = tg_column(tg, metric)
    shipped = tg.x[:, FEATURE_NAMES.index("semantic_paraphrase")]
    return float(np.abs(column - shipped).max()), roc_auc(tg.y, column)


# -- the exam: tgcontest ---------------------------------------------------------
@dataclass(frozen=True)
class CandidateScore:
    auc: float
    f1s: np.ndarray
    errors: tuple[float, float]   # false merges, missed pairs: mean per repeat
    log_loss: float
    replace_f1s: np.ndarray   # the metric in place of `semantic_paraphrase`


def error_counts(predictions: list[np.ndarray], y: np.ndarray) -> tuple[float, float]:
    """Out-of-fold false merges and missed pairs, mean over repeats."""
    return (float(np.mean([(p & ~y).sum() for p in predictions])),
            float(np.mean([(~p & y).sum() for p in predictions])))


def with_column(tg: TgContest, column: np.ndarray) -> tuple[np.ndarray, tuple[str, ...]]:
    return np.c_[tg.x, column], FEATURE_NAMES + (NAME,)


def tg_column(tg: TgContest, metric: LeadMetric) -> np.ndarray:
    return metric.scores(tg.lead[0::2], tg.lead[1::2])


def score_candidate(tg: TgContest, column: np.ndarray, repeats: int) -> CandidateScore:
    xx, cols = with_column(tg, column)
    use = SEMANTIC_FEATURES + (NAME,)
    replaced = tuple(NAME if n == "semantic_paraphrase" else n for n in SEMANTIC_FEATURES)
    cv = cross_validate(xx, tg.y, use, repeats=repeats, columns=cols)
    return CandidateScore(
        roc_auc(tg.y, column),
        np.array(cv.f1s), error_counts(cv.predictions, tg.y),
        out_of_fold_log_loss(xx, tg.y, use, repeats=repeats, columns=cols),
        np.array(cross_validate(xx, tg.y, replaced, repeats=repeats, columns=cols).f1s))


def paired(f1s: np.ndarray, base: np.ndarray) -> str:
    d = f1s - base
    return f"{f1s.mean():.4f} ± {f1s.std():.4f}, {d.mean():+.4f} ({int((d > 0).sum())}/{len(d)})"


def variants(l2s: list[float]) -> list[Variant]:
    return [Variant(window, para, l2) for para in (False, True) for window in ("near", "any") for l2 in l2s]


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cache", type=Path, default=Path("/tmp/khronika-happenings-metric"))
    parser.add_argument("--build-only", action="store_true")
    parser.add_argument("--l2", default="0.01,0.1,1", help="L2 strengths (standardised features, mean log loss)")
    parser.add_argument("--repeats", type=int, default=CV_REPEATS)
    parser.add_argument("--nested", type=int, default=10, help="nested CV repeats (0: none)")
    parser.add_argument("--nested-with", default="",
                        help="|-separated variant labels for nested CV (default: the two lowest CV log losses)")
    parser.add_argument("--nested-seed", type=int, default=0,
                        help="seed of the nested folds (0: the eval's; another value re-measures on other folds)")
    parser.add_argument("--only-nested", action="store_true", help="score only the --nested-with variants")
    parser.add_argument("--no-topics", action="store_true", help="skip the topic-held-out AUCs")
    return parser.parse_args()


def print_references(data: TrainingData, tg: TgContest) -> None:
    hp = data.hp
    for window in ("near", "any"):
        m = window_mask(hp, window)
        print(f"  {window}: {int(m.sum())} pairs ({int(hp.y[m].sum())} same happening); by topic "
              + ", ".join(f"{t} {int((m & (hp.topic == t)).sum())}/{int((m & (hp.topic == t) & hp.y).sum())}"
                          for t in sorted(set(hp.topic))))
    print("\nreference AUCs (tgcontest; happenings near pairs per topic, mean of four)")
    for name, per_topic in reference_aucs(data).items():
        tg_auc = roc_auc(tg.y, tg.x[:, FEATURE_NAMES.index("semantic" if name == "cosine" else name)])
        print(f"  {name:22} tgcontest {tg_auc:.3f}; happenings "
              + ", ".join(f"{t} {a:.3f}" for t, a in per_topic.items())
              + f"; mean {np.mean(list(per_topic.values())):.3f}")
    gap, refit_auc = shipped_refit_gap(data, tg)
    print(f"  ParaPhraser alone, L2 1 (this solver): tgcontest AUC {refit_auc:.3f}, largest score difference from "
          f"the shipped semantic_paraphrase {gap:.4f}")


def base_f1s(tg: TgContest, repeats: int) -> np.ndarray:
    """The shipped semantic model's repeated CV (printed), the baseline of every paired row."""
    cv = cross_validate(tg.x, tg.y, SEMANTIC_FEATURES, repeats=repeats)
    f1s = np.array(cv.f1s)
    merges, missed = error_counts(cv.predictions, tg.y)
    log_loss = out_of_fold_log_loss(tg.x, tg.y, SEMANTIC_FEATURES, repeats=repeats)
    print(f"\nshipped semantic model, {repeats} repeats of stratified 5-fold: {f1s.mean():.4f} ± {f1s.std():.4f}, "
          f"log loss {log_loss:.4f}, errors a repeat {merges:.1f} false merges / {missed:.1f} missed "
          f"(of {int((~tg.y).sum())} BAD / {int(tg.y.sum())} OK)")
    return f1s


def variant_rows(data: TrainingData, tg: TgContest, base: np.ndarray, args: argparse.Namespace,
                 ) -> tuple[dict[str, np.ndarray], dict[str, float]]:
    """One row per variant; returns each variant's tgcontest column and CV log loss."""
    print("variant | tgcontest AUC | held-out-topic AUC (mean; per topic) | + metric: F1, paired Δ (wins) | "
          "log loss | errors a repeat (false merges / missed) | in place of semantic_paraphrase: F1, paired Δ "
          "(wins) | fit s")
    columns: dict[str, np.ndarray] = {}
    losses: dict[str, float] = {}
    only = set(args.nested_with.split("|")) if args.nested_with and args.only_nested else None
    for variant in variants([float(v) for v in args.l2.split(",")]):
        if only is not None and variant.label not in only:
            continue
        start = time.process_time()
        metric = fit_metric(*training_design(data, variant, window_mask(data.hp, variant.window)), variant.l2)
        fit_cost = time.process_time() - start
        held = topic_held_out_aucs(data, variant) if not args.no_topics else {}
        columns[variant.label] = tg_column(tg, metric)
        score = score_candidate(tg, columns[variant.label], args.repeats)
        losses[variant.label] = score.log_loss
        topics = (f"{np.mean(list(held.values())):.3f}; " + ", ".join(f"{a:.3f}" for a in held.values())
                  if held else "-")
        print(f"{variant.label} | {score.auc:.3f} | {topics} | {paired(score.f1s, base)} | {score.log_loss:.4f} | "
              f"{score.errors[0]:.1f} / {score.errors[1]:.1f} | {paired(score.replace_f1s, base)} | {fit_cost:.0f}",
              flush=True)
    return columns, losses


def nested_rows(tg: TgContest, columns: dict[str, np.ndarray], labels: list[str], repeats: int, seed: int) -> None:
    print(f"\nnested CV, {repeats} repeats, fold seeds {seed}.. "
          "(forward selection among SEMANTIC_CANDIDATES + the metric)")
    base = np.array(nested_cross_validate(tg.x, tg.y, SEMANTIC_CANDIDATES, repeats=repeats, seed=seed).f1s)
    print(f"  base {base.mean():.4f} ± {base.std():.4f}", flush=True)
    for label in labels:
        xx, cols = with_column(tg, columns[label])
        nested = nested_cross_validate(xx, tg.y, SEMANTIC_CANDIDATES + (NAME,), repeats=repeats, seed=seed,
                                       columns=cols)
        picked = sum(NAME in use for use in nested.chosen)
        print(f"  + {label}: {paired(np.array(nested.f1s), base)}, chosen in {picked}/{len(nested.chosen)} folds",
              flush=True)


def main() -> None:
    args = parse_args()
    if not shared_available():
        raise SystemExit("shared data not found (../shared/data); set KHRONIKA_SHARED")
    leads = happenings_leads(args.cache)
    tg = tgcontest(args.cache)
    para_vectors, para = paraphraser_pairs(args.cache)
    hp = happenings_pairs(leads)
    print(f"happenings: {len(leads.topic)} leads, {len(hp.y)} within-topic pairs; tgcontest {len(tg.y)} pairs; "
          f"ParaPhraser {len(para.y)} pairs ({len(para_vectors)} headlines)")
    if args.build_only:
        return
    data = TrainingData(leads, hp, para_vectors, para)
    print_references(data, tg)
    base = base_f1s(tg, args.repeats)
    columns, losses = variant_rows(data, tg, base, args)
    if args.nested:
        labels = args.nested_with.split("|") if args.nested_with else sorted(losses, key=losses.get)[:2]
        nested_rows(tg, columns, labels, args.nested, args.nested_seed)


if __name__ == "__main__":
    main()
