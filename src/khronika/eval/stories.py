"""`khronika eval stories`: duplicate and same-story decisions on shared data.

- **tgcontest** (215 cross-outlet pairs, OK = same story): the same-story
  model is fitted on the honey pool (175 pairs) and scored on the train +
  exam pools (40 pairs, held out); 20 repeats of stratified 5-fold
  cross-validation over all 215 give a steadier number (weights and
  threshold fitted inside every fold), and a nested cross-validation runs
  the feature selection inside every outer fold too (the honest figure for
  "choose features, then fit").  The previous feature set is scored the
  same way for comparison.  Baselines: word overlap (tf-idf cosine) and the
  averaged-vector cosine, each with its threshold fitted the same way.
  Also reported: how often the near-duplicate detector fires on OK and on
  BAD pairs (a reprint must be the same story).
- **ParaPhraser** headlines: strict paraphrase (1) vs non-paraphrase (-1),
  and strict vs the rest; fitted on a seeded half of the pairs, scored on
  the other half.
- **SlavicNER** topics: incremental clustering of the 706 documents in date
  order, pairwise P/R/F1 against the six topics (each topic is a
  months-long story, so a strict same-story clusterer splits it: recall is
  expected low); the cluster threshold is fitted on three topics and scored
  on the other three.  Exact and near duplicates are listed too.

Every P/R/F1 comes with pairwise accuracy and a bootstrap 95% CI.
"""
from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path
from typing import Any, Sequence, TextIO

import numpy as np

from khronika.eval.shared_docs import shared_root, tgcontest_field
from khronika.stories import dedup
from khronika.stories.cluster import (
    DEFAULT_WEIGHTS, FAR_APART_WEIGHT, HAND_WEIGHTS, MODEL_FEATURES, SEMANTIC_FEATURES, THRESHOLD,
    SameStoryModel, best_threshold, cluster, shift_to_threshold,
)
from khronika.stories.model_selection import (
    CrossValidation, cross_validate, fit_model, nested_cross_validate, out_of_fold_log_loss,
)
from khronika.stories.similarity import FEATURE_NAMES, Analyzer, Idf, TextFeatures, pair_features

TG = "tgcontest-ru-same-story-pairs"
POOLS = ("ru_honey_pool.tsv", "ru_train_pool.tsv", "ru_exam_pool.tsv")
HEADLINE_FEATURES = ("vector", "tfidf", "names", "numbers", "title_numbers_clash", "soft")
# The same-story features shipped before the conflict features (for comparison).
PREVIOUS_FEATURES = ("vector", "tfidf", "title_tfidf", "names")
NO_DATE_RULE = {"far_apart": FAR_APART_WEIGHT}
# Nested CV chooses among every fitted feature (not the hand-set ones).
# The features read from the opt-in embedding (0.0 without it).
EMBEDDING_FEATURES = ("semantic", "semantic_paraphrase")
SELECTION_CANDIDATES = tuple(name for name in FEATURE_NAMES if name not in HAND_WEIGHTS
                             and name not in EMBEDDING_FEATURES)
SEMANTIC_CANDIDATES = SELECTION_CANDIDATES + EMBEDDING_FEATURES
# The semantic model of the ninth session: the shipped features and the embedding's cosine.
COSINE_SEMANTIC_FEATURES = MODEL_FEATURES + ("semantic",)


# -- scoring helpers ---------------------------------------------------------
def prf(pred: Sequence[bool], gold: Sequence[bool]) -> dict[str, float]:
    pred, gold = np.asarray(pred, bool), np.asarray(gold, bool)
    tp = int((pred & gold).sum())
    fp = int((pred & ~gold).sum())
    fn = int((~pred & gold).sum())
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"n": int(len(gold)), "precision": round(p, 4), "recall": round(r, 4), "f1": round(f1, 4),
            "accuracy": round(float((pred == gold).mean()) if len(gold) else 0.0, 4), "tp": tp, "fp": fp, "fn": fn}


def bootstrap_ci(pred: Sequence[bool], gold: Sequence[bool], n: int = 1000, seed: int = 0) -> dict[str, list[float]]:
    """Percentile 95% intervals of F1 and accuracy over resampled pairs."""
    pred, gold = np.asarray(pred, bool), np.asarray(gold, bool)
    if n <= 0 or not len(gold):
        return {}
    rng = np.random.default_rng(seed)
    f1s, accs = [], []
    for _ in range(n):
        idx = rng.integers(0, len(gold), len(gold))
        score = prf(pred[idx], gold[idx])
        f1s.append(score["f1"])
        accs.append(score["accuracy"])
    return {"f1_ci95": [round(float(np.percentile(f1s, 2.5)), 4), round(float(np.percentile(f1s, 97.5)), 4)],
            "accuracy_ci95": [round(float(np.percentile(accs, 2.5)), 4), round(float(np.percentile(accs, 97.5)), 4)]}


def scored(pred: Sequence[bool], gold: Sequence[bool], bootstrap: int) -> dict[str, Any]:
    return {**prf(pred, gold), **bootstrap_ci(pred, gold, bootstrap)}


def _single_feature(x: np.ndarray, y: np.ndarray, fit: np.ndarray, test: np.ndarray, name: str,
                    bootstrap: int) -> dict[str, Any]:
    column = x[:, FEATURE_NAMES.index(name)]
    cut = best_threshold(column[fit], y[fit])
    return {"threshold": round(cut, 4), "fit": scored(column[fit] >= cut, y[fit], 0),
            "held_out": scored(column[test] >= cut, y[test], bootstrap)}


# -- tgcontest -----------------------------------------------------------------
def _paragraphs(text: str) -> str:
    return " ".join(text.split())


def load_tgcontest(root: Path) -> list[dict[str, Any]]:
    """The labelled pairs, each side's title and text as its outlet wrote them (`tgcontest_field` undoes the
    double CSV escaping of about one field in twenty, as the quote scorer's loader does)."""
    pairs = []
    for pool in POOLS:
        with (root / "data" / TG / pool).open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                pairs.append({
                    "pool": pool.split("_")[1], "label": row["GOLDEN:quality"].strip() == "OK",
                    "a": _tgcontest_side(row["INPUT:first_title"], row["INPUT:first_text"]),
                    "b": _tgcontest_side(row["INPUT:second_title"], row["INPUT:second_text"]),
                })
    return pairs


def _tgcontest_side(title: str, text: str) -> tuple[str, str]:
    return tgcontest_field(title).strip(), _paragraphs(tgcontest_field(text))


def _features_with_idf(analyzer: Analyzer, texts: list[tuple[str, str]]) -> tuple[list[TextFeatures], Idf]:
    features = [analyzer.features(title, body) for title, body in texts]
    idf = Idf()
    for f in features:
        idf.add(f.terms)
    for f in features:
        analyzer.attach_term_vectors(f, idf)
    return features, idf


def _cv_summary(cv: CrossValidation, y: np.ndarray, bootstrap: int) -> dict[str, Any]:
    """P/R/F1 and bootstrap CI of the first repeat's pooled out-of-fold
    predictions, plus the spread of F1 over all repeats."""
    return {**scored(cv.predictions[0], y, bootstrap), "repeats": len(cv.f1s),
            "f1_mean": round(cv.mean_f1, 4), "f1_sd": round(float(np.std(cv.f1s)), 4),
            "f1_min": round(min(cv.f1s), 4), "f1_max": round(max(cv.f1s), 4)}


def _attach_semantic(encoder: Any, features: list[TextFeatures], texts: list[tuple[str, str]]) -> dict[str, float]:
    """Embed every text's headline and lead with `encoder` (a `semantic.SemanticEncoder`);
    returns the cost."""
    import time

    from khronika.stories.semantic import lead_text

    leads = [lead_text(title, body) for title, body in texts]
    start = time.process_time()
    vectors = encoder.embed_texts(leads)
    cpu = time.process_time() - start
    for f, vector in zip(features, vectors):
        f.semantic = vector
    return {"texts": len(texts), "cpu_ms_per_text": round(1000 * cpu / max(len(texts), 1), 1),
            "mean_lead_chars": round(float(np.mean([len(t) for t in leads])), 1)}


def _semantic_summary(x: np.ndarray, y: np.ndarray, fit: np.ndarray, test: np.ndarray, bootstrap: int,
                      cv_repeats: int, nested_repeats: int, keep_predictions: bool = False) -> dict[str, Any]:
    """The same-story model with the semantic cosine added, scored as the shipped one is."""
    model = fit_model(x[fit], y[fit], SEMANTIC_FEATURES)
    prob = model.probabilities(x)
    cv = cross_validate(x, y, SEMANTIC_FEATURES, repeats=cv_repeats)
    # The semantic model before the ParaPhraser-learnt similarity (the cosine alone), same folds.
    cv_cosine = cross_validate(x, y, COSINE_SEMANTIC_FEATURES, repeats=cv_repeats)
    out = {
        "features": list(SEMANTIC_FEATURES),
        # Shifted so that the fitted cut falls on the shared THRESHOLD (cluster.SEMANTIC_WEIGHTS).
        "weights": shift_to_threshold(model.weights, model.threshold), "fitted_cut": round(model.threshold, 4),
        "fit": scored(prob[fit] >= model.threshold, y[fit], 0),
        "held_out": scored(prob[test] >= model.threshold, y[test], bootstrap),
        "cv5": _cv_summary(cv, y, bootstrap),
        "log_loss_cv5": round(out_of_fold_log_loss(x, y, SEMANTIC_FEATURES, repeats=cv_repeats), 4),
        "cv5_cosine_only": _cv_summary(cv_cosine, y, bootstrap),
        "log_loss_cv5_cosine_only": round(out_of_fold_log_loss(x, y, COSINE_SEMANTIC_FEATURES,
                                                               repeats=cv_repeats), 4),
        "baseline_semantic_only": _single_feature(x, y, fit, test, "semantic", bootstrap),
    }
    if keep_predictions:
        out["cv5"]["predictions"] = cv.predictions[0].tolist()
    if nested_repeats:
        nested = nested_cross_validate(x, y, SEMANTIC_CANDIDATES, repeats=nested_repeats)
        out["nested_cv5"] = {**_cv_summary(nested, y, bootstrap), "candidates": list(SEMANTIC_CANDIDATES),
                             "chosen_in_folds": dict(Counter(n for use in nested.chosen for n in use).most_common()),
                             "outer_folds": len(nested.chosen)}
    return out


def eval_tgcontest(analyzer: Analyzer, root: Path, bootstrap: int, *, cv_repeats: int = 20,
                   nested_repeats: int = 3, encoder: Any = None,
                   keep_predictions: bool = False) -> dict[str, Any]:
    """`encoder` (a `semantic.SemanticEncoder`) also scores the model with the semantic signal;
    `keep_predictions` adds the out-of-fold predictions of the first CV repeat
    (`cv5.predictions`, per pair in file order) for agreement studies."""
    pairs = load_tgcontest(root)
    texts = [t for p in pairs for t in (p["a"], p["b"])]
    features, idf = _features_with_idf(analyzer, texts)
    semantic_cost = _attach_semantic(encoder, features, texts) if encoder is not None else None
    x = np.array([pair_features(features[2 * i], features[2 * i + 1], idf) for i in range(len(pairs))])
    y = np.array([p["label"] for p in pairs])
    fit = np.array([p["pool"] == "honey" for p in pairs])
    test = ~fit
    model = fit_model(x[fit], y[fit], MODEL_FEATURES)
    prob = model.probabilities(x)
    previous = fit_model(x[fit], y[fit], PREVIOUS_FEATURES, NO_DATE_RULE)
    previous_prob = previous.probabilities(x)
    # Repeated stratified 5-fold CV; weights and threshold fitted inside every fold.
    cv = cross_validate(x, y, MODEL_FEATURES, repeats=cv_repeats)
    cv_no_rule = cross_validate(x, y, MODEL_FEATURES, repeats=cv_repeats, hand=NO_DATE_RULE)
    cv_previous = cross_validate(x, y, PREVIOUS_FEATURES, repeats=cv_repeats, hand=NO_DATE_RULE)
    shipped = SameStoryModel(dict(DEFAULT_WEIGHTS), THRESHOLD)
    shipped_pred = shipped.probabilities(x) >= shipped.threshold
    # Near-duplicate detector on the same pairs: a reprint must be the same story.
    dup = []
    for p in pairs:
        fa, fb = dedup.fingerprint(*p["a"]), dedup.fingerprint(*p["b"])
        exact = fa.exact == fb.exact
        dup.append(exact or dedup.similarity(fa.signature, fb.signature) >= dedup.NEAR_DUPLICATE)
    dup = np.array(dup)
    jaccards = [dedup.similarity(dedup.fingerprint(*p["a"]).signature, dedup.fingerprint(*p["b"]).signature)
                for p in pairs]
    out = {
        "pairs": int(len(y)), "positives": int(y.sum()),
        "fit_part": "honey pool (175 pairs)", "held_out_part": "train + exam pools (40 pairs)",
        "features": list(MODEL_FEATURES), "previous_features": list(PREVIOUS_FEATURES),
        "weights": model.weights, "threshold": round(model.threshold, 4),
        "fit": scored(prob[fit] >= model.threshold, y[fit], 0),
        "held_out": scored(prob[test] >= model.threshold, y[test], bootstrap),
        "previous_held_out": scored(previous_prob[test] >= previous.threshold, y[test], bootstrap),
        "cv5": _cv_summary(cv, y, bootstrap),
        "cv5_without_date_rule": _cv_summary(cv_no_rule, y, bootstrap),
        "cv5_previous_features": _cv_summary(cv_previous, y, bootstrap),
        "log_loss_cv5": {
            "model": round(out_of_fold_log_loss(x, y, MODEL_FEATURES, repeats=cv_repeats), 4),
            "previous_features": round(out_of_fold_log_loss(x, y, PREVIOUS_FEATURES, repeats=cv_repeats,
                                                            hand=NO_DATE_RULE), 4),
        },
        "shipped_model_all_pairs": scored(shipped_pred, y, bootstrap),
        "baseline_word_overlap": _single_feature(x, y, fit, test, "tfidf", bootstrap),
        "baseline_vector": _single_feature(x, y, fit, test, "vector", bootstrap),
        "near_duplicates": {
            "threshold": dedup.NEAR_DUPLICATE,
            "flagged_ok_pairs": int((dup & y).sum()), "flagged_bad_pairs": int((dup & ~y).sum()),
            "median_jaccard_ok": round(float(np.median([j for j, l in zip(jaccards, y) if l])), 4),
            "median_jaccard_bad": round(float(np.median([j for j, l in zip(jaccards, y) if not l])), 4),
        },
    }
    if nested_repeats:
        # Feature selection inside every outer fold: the honest figure for "pick features, then fit".
        nested = nested_cross_validate(x, y, SELECTION_CANDIDATES, repeats=nested_repeats)
        out["nested_cv5"] = {**_cv_summary(nested, y, bootstrap), "candidates": list(SELECTION_CANDIDATES),
                             "chosen_in_folds": dict(Counter(n for use in nested.chosen for n in use).most_common()),
                             "outer_folds": len(nested.chosen)}
    if semantic_cost is not None:
        out["semantic"] = {**_semantic_summary(x, y, fit, test, bootstrap, cv_repeats, nested_repeats,
                                               keep_predictions), "cost": semantic_cost}
    if keep_predictions:
        out["cv5"]["predictions"] = cv.predictions[0].tolist()
    return out


# -- ParaPhraser ---------------------------------------------------------------
_VALUE_RE = re.compile(r'<value name="(\w+)">(.*?)</value>', re.S)


def load_paraphraser(root: Path) -> list[tuple[str, str, int]]:
    text = (root / "data" / "paraphraser-ru-headlines-train" / "paraphrases_train.xml").read_text(encoding="utf-8")
    pairs = []
    for block in text.split("<paraphrase>")[1:]:
        values = dict(_VALUE_RE.findall(block))
        if {"text_1", "text_2", "class"} <= values.keys():
            unescape = lambda s: s.replace("&quot;", '"').replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
            pairs.append((unescape(values["text_1"]), unescape(values["text_2"]), int(values["class"])))
    return pairs


def eval_paraphraser(analyzer: Analyzer, root: Path, bootstrap: int) -> dict[str, Any]:
    pairs = load_paraphraser(root)
    headlines = sorted({h for a, b, _ in pairs for h in (a, b)})
    features, idf = _features_with_idf(analyzer, [(h, "") for h in headlines])
    by_text = dict(zip(headlines, features))
    x = np.array([pair_features(by_text[a], by_text[b], idf) for a, b, _ in pairs])
    cls = np.array([c for _, _, c in pairs])
    rng = np.random.default_rng(1)
    fit = np.zeros(len(pairs), bool)
    fit[rng.permutation(len(pairs))[: len(pairs) // 2]] = True
    out: dict[str, Any] = {"pairs": len(pairs), "classes": {str(k): int(v) for k, v in Counter(cls.tolist()).items()},
                           "split": "seeded random half / half"}
    for name, keep, positive in (("strict_vs_non_paraphrase", cls != 0, cls == 1),
                                 ("strict_vs_rest", np.ones(len(cls), bool), cls == 1)):
        f, t = fit & keep, ~fit & keep
        model = fit_model(x[f], positive[f], HEADLINE_FEATURES)
        prob = model.probabilities(x)
        out[name] = {"threshold": round(model.threshold, 4), "weights": model.weights,
                     "fit": scored(prob[f] >= model.threshold, positive[f], 0),
                     "held_out": scored(prob[t] >= model.threshold, positive[t], bootstrap)}
    exact = sum(1 for a, b, _ in pairs if dedup.normalise_text(a) == dedup.normalise_text(b))
    out["exact_duplicate_headline_pairs"] = exact
    return out


# -- SlavicNER -------------------------------------------------------------------
def load_slavicner(root: Path) -> list[dict[str, Any]]:
    base = root / "data" / "slavicner-ru"
    meta: dict[str, dict[str, str]] = {}
    with (base / "metadata.tsv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            meta[row["raw_file"]] = row
    docs = []
    for path in sorted((base / "raw").glob("*/ru/*.txt")):
        rel = str(path.relative_to(base))
        title, _, body = path.read_text(encoding="utf-8").strip().partition("\n")
        row = meta.get(rel, {})
        docs.append({"file": rel, "topic": path.parts[-3], "date": row.get("date") or None,
                     "url": row.get("url"), "title": " ".join(title.split()), "body": " ".join(body.split())})
    docs.sort(key=lambda d: (d["date"] or "9999", d["file"]))
    return docs


def pairwise_cluster_scores(labels: Sequence[Any], gold: Sequence[Any]) -> dict[str, float]:
    def pairs(counts: Counter) -> int:
        return sum(n * (n - 1) // 2 for n in counts.values())

    both = pairs(Counter(zip(labels, gold)))
    predicted, actual = pairs(Counter(labels)), pairs(Counter(gold))
    p = both / predicted if predicted else 0.0
    r = both / actual if actual else 0.0
    n = len(labels)
    total = n * (n - 1) // 2
    accuracy = (total - predicted - actual + 2 * both) / total if total else 0.0
    return {"docs": n, "clusters": len(set(labels)), "precision": round(p, 4), "recall": round(r, 4),
            "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0, "pairwise_accuracy": round(accuracy, 4)}


def bcubed_scores(labels: Sequence[Any], gold: Sequence[Any]) -> dict[str, float]:
    """B-cubed precision / recall / F1 of a clustering (`labels`) against gold clusters, one
    value per item: precision is the share of the item's cluster that shares its gold cluster,
    recall the share of its gold cluster that shares its cluster, each averaged over items.
    Unlike pairwise scores, a large cluster does not outweigh the rest by the square of its size."""
    if len(labels) != len(gold):
        raise ValueError(f"{len(labels)} labels for {len(gold)} gold items")
    if not labels:
        return {"docs": 0, "precision": 0.0, "recall": 0.0, "f1": 0.0}
    both = Counter(zip(labels, gold))
    by_label, by_gold = Counter(labels), Counter(gold)
    precision = sum(both[(a, b)] / by_label[a] for a, b in zip(labels, gold)) / len(labels)
    recall = sum(both[(a, b)] / by_gold[b] for a, b in zip(labels, gold)) / len(labels)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"docs": len(labels), "precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def _topic_clustering(features: list[TextFeatures], topics: list[str], idf: Idf) -> dict[str, Any]:
    """Shipped threshold on every document, then a threshold fitted on half the topics and
    scored on the other half."""
    shipped = SameStoryModel(dict(DEFAULT_WEIGHTS), THRESHOLD)
    result: dict[str, Any] = {"shipped_threshold": pairwise_cluster_scores(cluster(features, shipped, idf), topics)}
    names = sorted(set(topics))
    fit_topics, test_topics = set(names[::2]), set(names[1::2])
    sweep = []
    for cut in (0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.7):
        model = SameStoryModel(dict(DEFAULT_WEIGHTS), cut)
        idx = [i for i, t in enumerate(topics) if t in fit_topics]
        labels = cluster([features[i] for i in idx], model, idf)
        sweep.append((pairwise_cluster_scores(labels, [topics[i] for i in idx])["f1"], cut))
    best_cut = max(sweep)[1]
    idx = [i for i, t in enumerate(topics) if t in test_topics]
    labels = cluster([features[i] for i in idx], SameStoryModel(dict(DEFAULT_WEIGHTS), best_cut), idf)
    result["threshold_fitted_on"] = sorted(fit_topics)
    result["fitted_threshold"] = best_cut
    result["fit_sweep_f1"] = {str(c): f for f, c in sweep}
    result["held_out_topics"] = sorted(test_topics)
    result["held_out"] = pairwise_cluster_scores(labels, [topics[i] for i in idx])
    return result


def eval_slavicner(analyzer: Analyzer, root: Path, bootstrap: int, encoder: Any = None) -> dict[str, Any]:
    docs = load_slavicner(root)
    idf = Idf()
    features = []
    for d in docs:  # idf grows in arrival order, as in the store
        f = analyzer.features(d["title"], d["body"], published=d["date"], idf=idf)
        idf.add(f.terms)
        features.append(f)
    topics = [d["topic"] for d in docs]
    result = _topic_clustering(features, topics, idf)
    if encoder is not None:
        # The same clustering with every document embedded: pairs scored by the semantic weights.
        cost = _attach_semantic(encoder, features, [(d["title"], d["body"]) for d in docs])
        result["semantic"] = {**_topic_clustering(features, topics, idf), "cost": cost}
    # Duplicates: exact (normalised text) groups and near-duplicate pairs.
    prints = [dedup.fingerprint(d["title"], d["body"]) for d in docs]
    groups = Counter(p.exact for p in prints)
    exact_groups = [[docs[i]["file"] for i, p in enumerate(prints) if p.exact == h] for h, n in groups.items() if n > 1]
    near = []
    for i in range(len(docs)):
        for j in range(i + 1, len(docs)):
            if prints[i].exact != prints[j].exact:
                s = dedup.similarity(prints[i].signature, prints[j].signature)
                if s >= dedup.NEAR_DUPLICATE:
                    near.append((docs[i]["file"], docs[j]["file"], round(s, 3), topics[i] == topics[j]))
    result["exact_duplicate_groups"] = exact_groups
    result["near_duplicate_pairs"] = len(near)
    result["near_duplicate_pairs_same_topic"] = sum(1 for *_, same in near if same)
    result["near_duplicate_examples"] = near[:10]
    return result


def evaluate_stories(root: Path | None = None, *, bootstrap: int = 1000,
                     parts: Sequence[str] = ("tgcontest", "paraphraser", "slavicner"),
                     nested_repeats: int = 3, semantic: bool = False,
                     keep_predictions: bool = False) -> dict[str, Any]:
    """`nested_repeats=0` skips the nested cross-validation (~30 s of the run); `semantic`
    also scores the models with the opt-in sentence embedding (about 4 minutes more)."""
    root = root or shared_root()
    analyzer = Analyzer.load()
    encoder = None
    if semantic:
        from khronika.stories.semantic import SemanticEncoder

        encoder = SemanticEncoder.load()  # once for every part
    out: dict[str, Any] = {}
    if "tgcontest" in parts:
        out["tgcontest"] = eval_tgcontest(analyzer, root, bootstrap, nested_repeats=nested_repeats,
                                           encoder=encoder, keep_predictions=keep_predictions)
    if "paraphraser" in parts:
        out["paraphraser"] = eval_paraphraser(analyzer, root, bootstrap)
    if "slavicner" in parts:
        out["slavicner"] = eval_slavicner(analyzer, root, bootstrap, encoder=encoder)
    return out


def _line(name: str, s: dict[str, Any]) -> str:
    ci = s.get("f1_ci95")
    return (f"  {name:<34} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}"
            + (f" [{ci[0]:.3f}, {ci[1]:.3f}]" if ci else "")
            + f"  acc {s['accuracy']:.3f}  (n={s['n']})")


def render(result: dict[str, Any], out: TextIO) -> None:
    tg = result.get("tgcontest")
    if tg:
        out.write(f"tgcontest same-story pairs: {tg['pairs']} ({tg['positives']} OK)\n")
        out.write(_line("model, fit part (honey)", tg["fit"]) + "\n")
        out.write(_line("model, held out (train+exam)", tg["held_out"]) + "\n")
        out.write(_line("previous features, held out", tg["previous_held_out"]) + "\n")
        for key, name in (("cv5", "model"), ("cv5_without_date_rule", "model without date rule"),
                          ("cv5_previous_features", "previous features"), ("nested_cv5", "nested (selection in folds)")):
            if key in tg:
                cv = tg[key]
                out.write(_line(f"{name}, 5-fold CV", cv) + f"  F1 over {cv['repeats']} repeats "
                          f"{cv['f1_mean']:.3f} ±{cv['f1_sd']:.3f} [{cv['f1_min']:.3f}, {cv['f1_max']:.3f}]\n")
        ll = tg["log_loss_cv5"]
        out.write(f"  out-of-fold log loss: model {ll['model']:.4f}, previous features {ll['previous_features']:.4f}\n")
        if "nested_cv5" in tg:
            out.write(f"  features chosen in {tg['nested_cv5']['outer_folds']} outer folds: "
                      f"{tg['nested_cv5']['chosen_in_folds']}\n")
        out.write(_line("shipped weights, all pairs", tg["shipped_model_all_pairs"]) + "\n")
        out.write(_line("word overlap only, held out", tg["baseline_word_overlap"]["held_out"]) + "\n")
        out.write(_line("vector only, held out", tg["baseline_vector"]["held_out"]) + "\n")
        sem = tg.get("semantic")
        if sem:
            out.write(f"  with the semantic signal (e5 lead embedding, {sem['cost']['cpu_ms_per_text']} ms CPU a text):\n")
            out.write(_line("semantic model, held out", sem["held_out"]) + "\n")
            for key, name in (("cv5", "semantic model"), ("cv5_cosine_only", "semantic, cosine only"),
                              ("nested_cv5", "semantic nested")):
                if key in sem:
                    cv = sem[key]
                    out.write(_line(f"{name}, 5-fold CV", cv) + f"  F1 over {cv['repeats']} repeats "
                              f"{cv['f1_mean']:.3f} ±{cv['f1_sd']:.3f} [{cv['f1_min']:.3f}, {cv['f1_max']:.3f}]\n")
            out.write(f"  out-of-fold log loss: semantic model {sem['log_loss_cv5']:.4f}"
                      + (f", cosine only {sem['log_loss_cv5_cosine_only']:.4f}" if "log_loss_cv5_cosine_only" in sem
                         else "") + "\n")
            if "nested_cv5" in sem:
                out.write(f"  semantic features chosen in {sem['nested_cv5']['outer_folds']} outer folds: "
                          f"{sem['nested_cv5']['chosen_in_folds']}\n")
            out.write(_line("semantic cosine only, held out", sem["baseline_semantic_only"]["held_out"]) + "\n")
        nd = tg["near_duplicates"]
        out.write(f"  near-duplicate (J>={nd['threshold']}): flagged {nd['flagged_ok_pairs']} OK and "
                  f"{nd['flagged_bad_pairs']} BAD pairs; median J OK {nd['median_jaccard_ok']}, "
                  f"BAD {nd['median_jaccard_bad']}\n")
    pp = result.get("paraphraser")
    if pp:
        out.write(f"ParaPhraser headline pairs: {pp['pairs']} {pp['classes']}\n")
        for name in ("strict_vs_non_paraphrase", "strict_vs_rest"):
            out.write(_line(f"{name}, fit", pp[name]["fit"]) + "\n")
            out.write(_line(f"{name}, held out", pp[name]["held_out"]) + "\n")
    sn = result.get("slavicner")
    if sn:
        for name in ("shipped_threshold", "held_out"):
            s = sn[name]
            out.write(f"SlavicNER topics, {name}: {s['docs']} docs -> {s['clusters']} clusters, pairwise "
                      f"P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f} acc {s['pairwise_accuracy']:.3f}\n")
        out.write(f"  threshold fitted on {sn['threshold_fitted_on']}: {sn['fitted_threshold']}; "
                  f"held out {sn['held_out_topics']}\n")
        sem = sn.get("semantic")
        if sem:
            for name in ("shipped_threshold", "held_out"):
                s = sem[name]
                out.write(f"SlavicNER topics with the semantic signal, {name}: {s['docs']} docs -> {s['clusters']} "
                          f"clusters, pairwise P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f} "
                          f"acc {s['pairwise_accuracy']:.3f}\n")
            out.write(f"  threshold fitted: {sem['fitted_threshold']}\n")
        out.write(f"  exact duplicate groups: {len(sn['exact_duplicate_groups'])}; near-duplicate pairs: "
                  f"{sn['near_duplicate_pairs']} ({sn['near_duplicate_pairs_same_topic']} within a topic)\n")
