"""Candidate pair features for "same event" against "same arc, other event", measured on the
215 tgcontest pairs exactly as `khronika eval stories` measures the shipped ones.

Each candidate is added, alone, to the semantic model with the cosine only (`BASE_FEATURES`) and
scored by 20 repeats of stratified 5-fold CV (F1 mean ± sd over repeats, out-of-fold log
loss, and the paired F1 difference with the base model on the same folds), with its
univariate ROC AUC.  Candidates that lower the CV log loss by at least `SCREEN_LOG_LOSS`,
and the pair of the two best, are then scored by nested CV (feature selection inside every
outer fold, `--nested` repeats, the same folds as the base).  `--errors` lists the base
model's out-of-fold errors (error rate over the 20 repeats) with both headlines and the
second annotator's label (`gold/stories-iaa`).

The candidates read the texts directly (their definitions are below); they are scored here
as extra columns after `FEATURE_NAMES`, which the store does not compute.  e5 vectors (leads,
headlines, the first five body sentences) are cached in `--cache` with the CPU they cost when
computed; `--paraphraser` also embeds the 12,034 distinct ParaPhraser headlines (about 5 minutes
of CPU once) to fit a learnt similarity of two e5 vectors, `paraphrase_metric_lead` here.  That
one was kept: `--write-weights src/khronika/stories/paraphrase_weights.py` writes it for
`semantic.ParaphraseMetric` (the shipped `semantic_paraphrase` pair feature), and its column
then duplicates the model's own (the table was measured before it was shipped).

`--groups nlp` scores what the default NLP pipeline reads of each article instead: its quotes (speaker key and
words) and PLOVER events (type, parties, store keys, in the lead or not), cached in `--cache` (`read_nlp`,
`nlp_candidates`).  `--base default` / `--base semantic` add the candidates to the shipped model without / with
the embedding features instead of the tenth session's base; `--nested-with a,b` sends the named candidates (each
alone, then all together) to nested CV instead of the log-loss screen.  The last column of the single-candidate
table counts the pairs where the candidate is non-zero, OK / BAD.

    .venv/bin/python bench/stories_candidates.py [--cache DIR] [--paraphraser] [--nested 10] [--errors]
    .venv/bin/python bench/stories_candidates.py --groups nlp --base semantic --nested-with shared_event_key,...
    .venv/bin/python bench/stories_candidates.py --paraphraser --write-weights src/khronika/stories/paraphrase_weights.py
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

import numpy as np  # noqa: E402

from khronika.eval.shared_docs import shared_available, shared_root  # noqa: E402
from khronika.eval.stories import (  # noqa: E402
    COSINE_SEMANTIC_FEATURES, SELECTION_CANDIDATES, SEMANTIC_CANDIDATES, _features_with_idf, load_paraphraser,
    load_tgcontest,
)
from khronika.stories.cluster import MODEL_FEATURES, SEMANTIC_FEATURES  # noqa: E402
from khronika.stories.merge import actor_key, event_key, quote_words, quotes_match, speaker_key  # noqa: E402
from khronika.stories.model_selection import (  # noqa: E402
    cross_validate, fit_model, nested_cross_validate, out_of_fold_log_loss, stratified_folds,
)
from khronika.stories.semantic import SEMANTIC_FLOOR, lead_text  # noqa: E402
from khronika.stories.similarity import (  # noqa: E402
    DAY_MONTH_RE, FEATURE_NAMES, MONTHS, Analyzer, TextFeatures, jaccard, normalise_word, pair_features,
)

# The base every candidate is added to: the semantic model as it was before this bench
# (shipped features + the embedding's cosine), so that reruns give the same table; nested CV
# chooses among the same fitted features.
BASE_FEATURES = COSINE_SEMANTIC_FEATURES
BASE_CANDIDATES = tuple(name for name in SEMANTIC_CANDIDATES if name != "semantic_paraphrase")
# `--base`: the model a candidate is added to, and the features nested CV chooses among.
BASES = {
    "cosine": (COSINE_SEMANTIC_FEATURES, BASE_CANDIDATES),    # the semantic model before the paraphrase feature
    "semantic": (SEMANTIC_FEATURES, SEMANTIC_CANDIDATES),     # the shipped semantic model
    "default": (MODEL_FEATURES, SELECTION_CANDIDATES),        # the shipped model without embeddings
}
# A candidate goes to nested CV when it lowers the repeated-CV log loss by at least this.
SCREEN_LOG_LOSS = 0.005
CV_REPEATS = 20
LEAD_SENTENCES = 2          # the lexical "lead" candidates read headline + this many sentences
BODY_SENTENCES = 5          # sentences embedded one by one for the sentence candidates
NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)?")
YEAR_RE = re.compile(r"(?:19|20)\d\d")
QUOTED_RE = re.compile(r"[«\"“]([^»\"”]{2,60})[»\"”]")
VERB_POS = frozenset({"VERB", "INFN", "PRTF", "PRTS", "GRND"})


@dataclass
class Article:
    """What the candidates read of one article."""

    title: str
    body: str
    features: TextFeatures
    lead_dates: set[str]
    dates: set[str]
    lead_numbers: set[str]
    numbers: set[str]
    lead_names: set[str]
    title_quoted: set[str]
    title_verbs: set[str]
    text_lower: str


@dataclass
class Vectors:
    lead: np.ndarray            # (articles x 384) e5 of headline + lead, as the semantic component
    title: np.ndarray           # e5 of the headline alone
    sentences: list[np.ndarray]  # per article: e5 of each of its first BODY_SENTENCES sentences
    cost_ms: dict[str, float]   # CPU per text when they were computed


def _sentences(body: str, k: int) -> list[str]:
    from razdel import sentenize

    out = []
    for sentence in sentenize(" ".join(body.split())):
        out.append(sentence.text)
        if len(out) == k:
            break
    return out


def _dates(text: str) -> set[str]:
    return {f"{MONTHS.index(m.lower()) + 1:02d}-{int(d):02d}" for d, m in DAY_MONTH_RE.findall(text)
            if 1 <= int(d) <= 31}


def _numbers(text: str) -> set[str]:
    """Numbers other than days of a named month and years ("11 смерть", "2,2 балла")."""
    return {m.group().replace(",", ".") for m in NUMBER_RE.finditer(DAY_MONTH_RE.sub(" ", text))
            if not YEAR_RE.fullmatch(m.group())}


def _names(analyzer: Analyzer, text: str) -> set[str]:
    return {info.name_lemma or info.lemma for _, info, cap in analyzer.words(text)
            if not info.number and not info.stop and (info.proper or cap)}


def _verbs(analyzer: Analyzer, text: str) -> set[str]:
    out = set()
    for word in re.findall(r"[А-Яа-яЁё-]+", text):
        parse = analyzer.morph.parse(normalise_word(word))[0]
        if parse.tag.POS in VERB_POS:
            out.add(parse.normal_form)
    return out


def read_articles(analyzer: Analyzer, texts: list[tuple[str, str]]) -> list[Article]:
    features, _ = _features_with_idf(analyzer, texts)
    out = []
    for (title, body), f in zip(texts, features):
        lead = title + " . " + " ".join(_sentences(body, LEAD_SENTENCES))
        whole = title + " . " + body
        out.append(Article(title, body, f, _dates(lead), _dates(whole), _numbers(lead), _numbers(whole),
                           _names(analyzer, " ".join(_sentences(body, LEAD_SENTENCES))),
                           {normalise_word(q) for q in QUOTED_RE.findall(title)}, _verbs(analyzer, title),
                           normalise_word(whole)))
    return out


def embed(texts: list[tuple[str, str]], cache: Path) -> Vectors:
    """e5 vectors of every article, from `cache` when it holds them."""
    path, costs = cache / "tgcontest_e5.npz", cache / "tgcontest_e5_cost.json"
    if path.exists() and costs.exists():
        data = np.load(path)
        owner = data["owner"]
        return Vectors(data["lead"], data["title"], [data["sentences"][owner == i] for i in range(len(texts))],
                       json.loads(costs.read_text()))
    from khronika.stories.semantic import SemanticEncoder

    encoder = SemanticEncoder.load()
    sentences, owner = [], []
    for i, (_, body) in enumerate(texts):
        for sentence in _sentences(body, BODY_SENTENCES):
            sentences.append(sentence[:400])
            owner.append(i)
    out, cost = {}, {}
    for name, batch in (("lead", [lead_text(t, b) for t, b in texts]), ("title", [t for t, _ in texts]),
                        ("sentences", sentences)):
        start = time.process_time()
        out[name] = encoder.embed_texts(batch)
        cost[name] = round(1000 * (time.process_time() - start) / len(texts), 1)  # per article
    cache.mkdir(parents=True, exist_ok=True)
    np.savez(path, owner=np.array(owner), **out)
    costs.write_text(json.dumps(cost))
    owner_arr = np.array(owner)
    return Vectors(out["lead"], out["title"], [out["sentences"][owner_arr == i] for i in range(len(texts))], cost)


def rescaled(cosine: float) -> float:
    """As `semantic.semantic_similarity`: 0.8..1 -> 0..1."""
    return max(0.0, (cosine - SEMANTIC_FLOOR) / (1.0 - SEMANTIC_FLOOR))


def both_ways(fn: Callable[[int, int], float]) -> Callable[[int, int], float]:
    return lambda i, j: 0.5 * (fn(i, j) + fn(j, i))


def share_missing(items: set[str], other: set[str]) -> float:
    return len(items - other) / len(items) if items else 0.0


def lexical_candidates(arts: list[Article]) -> dict[str, Callable[[int, int], float]]:
    def unmentioned(i: int, j: int) -> float:
        names, f = arts[i].lead_names, arts[j].features
        return (sum(1 for n in names if n not in f.names and n not in f.terms and n not in f.title_names) / len(names)
                if names else 0.0)

    return {
        # Both leads name a day and share none ("4 мая" / "5 мая").
        "lead_dates_clash": lambda i, j: float(bool(arts[i].lead_dates) and bool(arts[j].lead_dates)
                                               and not arts[i].lead_dates & arts[j].lead_dates),
        "lead_dates_missing": both_ways(lambda i, j: share_missing(arts[i].lead_dates, arts[j].dates)),
        # Numbers of the lead (counts, amounts) the other article never writes.
        "lead_numbers_missing": both_ways(lambda i, j: share_missing(arts[i].lead_numbers, arts[j].numbers)),
        "lead_numbers_clash": lambda i, j: float(bool(arts[i].lead_numbers) and bool(arts[j].lead_numbers)
                                                 and not arts[i].lead_numbers & arts[j].lead_numbers),
        # Names of the lead's first sentences the other article never uses (places given in the lead).
        "lead_names_missing": both_ways(unmentioned),
        # Quoted titles in a headline («Кофемания» / «На спорте») absent from the other text.
        "title_quoted_missing": lambda i, j: max(
            share_missing(arts[i].title_quoted, {q for q in arts[i].title_quoted if q in arts[j].text_lower}),
            share_missing(arts[j].title_quoted, {q for q in arts[j].title_quoted if q in arts[i].text_lower})),
        # The headline's predicates (verbs, participles) absent from the other article's lemmas.
        "title_verbs_missing": both_ways(lambda i, j: share_missing(arts[i].title_verbs, set(arts[j].features.terms))),
    }


def vector_candidates(vec: Vectors) -> dict[str, Callable[[int, int], float]]:
    lead, title, sents = vec.lead, vec.title, vec.sentences

    def first(i: int) -> np.ndarray:
        return sents[i][0] if len(sents[i]) else title[i]

    def units(i: int) -> np.ndarray:
        return np.vstack([title[i][None, :], sents[i]]) if len(sents[i]) else title[i][None, :]

    def mean_best(i: int, j: int) -> float:
        m = units(i) @ units(j).T
        return 0.5 * float(m.max(axis=1).mean() + m.max(axis=0).mean())

    def title_to_sentences(i: int, j: int) -> float:
        return float((sents[j] @ title[i]).max()) if len(sents[j]) else float(title[i] @ lead[j])

    return {
        "title_semantic": lambda i, j: rescaled(float(title[i] @ title[j])),
        # Each headline against the other article's lead embedding: the headline states the event.
        "cross_semantic": both_ways(lambda i, j: rescaled(float(title[i] @ lead[j]))),
        "first_sentence_semantic": lambda i, j: rescaled(float(first(i) @ first(j))),
        "sentences_mean_best": lambda i, j: rescaled(mean_best(i, j)),
        "sentences_max": lambda i, j: rescaled(float((sents[i] @ sents[j].T).max()) if len(sents[i]) and len(sents[j])
                                               else 0.0),
        "title_to_sentences_max": both_ways(lambda i, j: rescaled(title_to_sentences(i, j))),
    }


def read_nlp(texts: list[tuple[str, str]], cache: Path) -> list[dict]:
    """Per article, the quotes (speaker key, text) and events (type, parties, date, in the lead or not) that the
    default NLP pipeline finds, from `cache` when it holds them.  A tgcontest text has no paragraph breaks: the
    body is one paragraph; the lead is the headline and the first `LEAD_SENTENCES` sentences of the body."""
    path = cache / "tgcontest_nlp.json"
    if path.exists():
        records = json.loads(path.read_text(encoding="utf-8"))
        if len(records) == len(texts) and all("lead" in q for r in records for q in r["quotes"]):
            return records
    from khronika.events.lexicon import is_symmetric
    from khronika.extract.article import Article as Page
    from khronika.nlp.pipeline import Pipeline

    pipeline = Pipeline.build()
    records = []
    start = time.process_time()
    for i, (title, body) in enumerate(texts):
        doc = pipeline(Page(id=str(i), source="tgcontest", title=title, published=None, language="ru", lead=body,
                            paragraphs=[body]))
        body_start = min((p.start for p in doc.parts if p.kind != "title"), default=len(doc.text))
        lead_stop = next((s.stop for k, s in enumerate(x for x in doc.sentences if x.start >= body_start)
                          if k == LEAD_SENTENCES - 1), len(doc.text))
        records.append({
            "quotes": [{"speaker": speaker_key(q.speaker.actor_id, q.speaker.name) if q.speaker else "",
                        "text": q.text, "lead": q.start < lead_stop} for q in doc.quotes],
            "events": [{"type": e.type, "keys": [event_key(e.type, e.source_actors, e.target_actors, is_symmetric(e))],
                        "parties": sorted({actor_key([a]) for a in [*e.source_actors, *e.target_actors]} - {""}),
                        "date": e.date, "lead": e.start < lead_stop} for e in doc.events],
        })
    print(f"NLP pipeline: {len(texts)} articles, {time.process_time() - start:.0f} s CPU", file=sys.stderr)
    cache.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    return records


def _containment(a: str, b: str) -> float:
    """Word containment of the shorter quote in the longer (as `merge.quotes_match` reads it)."""
    wa, wb = quote_words(a), quote_words(b)
    return len(wa & wb) / min(len(wa), len(wb)) if wa and wb else 0.0


def _events_agree(a: dict, b: dict) -> bool:
    """Same PLOVER type and a party in common (actor id, else the lower-cased name)."""
    return a["type"] == b["type"] and bool(set(a["parties"]) & set(b["parties"]))


def nlp_candidates(docs: list[dict]) -> dict[str, Callable[[int, int], float]]:
    def quotes(i: int) -> list[tuple[str, str]]:
        return [(q["speaker"], q["text"]) for q in docs[i]["quotes"] if q["speaker"]]

    def speakers(i: int) -> set[str]:
        return {s for s, _ in quotes(i)}

    def shared_quote(i: int, j: int) -> float:
        return max((_containment(ta, tb) for sa, ta in quotes(i) for sb, tb in quotes(j) if sa == sb), default=0.0)

    def quote_clash(i: int, j: int) -> float:
        common = speakers(i) & speakers(j)
        return float(bool(common) and not any(quotes_match(ta, tb) for sa, ta in quotes(i) for sb, tb in quotes(j)
                                              if sa == sb and sa in common))

    def unmatched(i: int, j: int, lead: bool = False) -> float:
        mine = [q["text"] for q in docs[i]["quotes"] if q["lead"] or not lead]
        other = [q["text"] for q in docs[j]["quotes"]]
        return (sum(1 for a in mine if not any(quotes_match(a, b) for b in other)) / len(mine)
                if mine and other else 0.0)

    def events(i: int, lead: bool = False) -> list[dict]:
        return [e for e in docs[i]["events"] if e["lead"] or not lead]

    def types(i: int) -> set[str]:
        return {e["type"] for e in events(i)}

    return {
        # Max word containment over quote pairs whose speakers match (actor id, else normalised name).
        "shared_quote": shared_quote,
        # The same with `merge.quotes_match`'s cut (0.5): the store's "same statement".
        "shared_quote_match": lambda i, j: float(any(quotes_match(ta, tb) for sa, ta in quotes(i)
                                                     for sb, tb in quotes(j) if sa == sb)),
        # Max containment over all quote pairs, speakers ignored (attribution differs between outlets).
        "shared_quote_any": lambda i, j: max((_containment(q["text"], r["text"]) for q in docs[i]["quotes"]
                                              for r in docs[j]["quotes"]), default=0.0),
        # Share of the quotes (any speaker) that no quote of the other article matches, both ways; 0 when
        # either article quotes nobody.
        "quotes_unmatched": both_ways(unmatched),
        # The same for the quotes of the headline and lead only: the statement the article reports.
        "lead_quotes_unmatched": both_ways(lambda i, j: unmatched(i, j, True)),
        # Jaccard of the speakers quoted.
        "shared_speakers": lambda i, j: jaccard(speakers(i), speakers(j)),
        # Both quote one speaker, and none of that speaker's quotes match: another statement.
        "quote_clash": quote_clash,
        # An event pair with the same type and a party in common.
        "shared_event": lambda i, j: float(any(_events_agree(a, b) for a in events(i) for b in events(j))),
        # An event pair under one store key (`merge.event_key`).
        "shared_event_key": lambda i, j: float(any(set(a["keys"]) & set(b["keys"]) for a in events(i)
                                                   for b in events(j))),
        # Jaccard of the PLOVER types of all events.
        "event_types_jaccard": lambda i, j: jaccard(types(i), types(j)),
        # The events of the headline and lead agree (type and a party).
        "lead_event_match": lambda i, j: float(any(_events_agree(a, b) for a in events(i, True)
                                                   for b in events(j, True))),
        # Both leads carry events and no type is shared: another happening.
        "lead_event_clash": lambda i, j: float(bool(events(i, True)) and bool(events(j, True))
                                               and not {e["type"] for e in events(i, True)}
                                               & {e["type"] for e in events(j, True)}),
    }


def _logistic(x: np.ndarray, y: np.ndarray, l2: float, steps: int = 30) -> np.ndarray:
    """L2 logistic regression (bias unpenalised) by Newton steps; weights then bias."""
    xb = np.c_[x, np.ones(len(x))]
    w = np.zeros(xb.shape[1])
    penalty = np.r_[np.ones(len(w) - 1), 0.0]
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(xb @ w, -50, 50)))
        grad = xb.T @ (p - y) / len(y) + l2 * penalty * w
        hess = (xb.T * (p * (1 - p))) @ xb / len(y) + l2 * np.diag(penalty + 1e-9)
        w -= np.linalg.solve(hess, grad)
    return w


def paraphrase_metric(cache: Path) -> Callable[[np.ndarray, np.ndarray], float]:
    """A learned similarity of two e5 vectors: logistic regression over (a*b, |a-b|), standardised,
    L2 1.0, fitted on every ParaPhraser headline pair (precise or near paraphrase against not a
    paraphrase).  Its inputs are headlines; here it reads leads."""
    path = cache / "paraphraser_e5.npz"
    pairs = load_paraphraser(shared_root())
    headlines = sorted({h for a, b, _ in pairs for h in (a, b)})
    if path.exists():
        vectors = np.load(path)["vectors"]
    else:
        from khronika.stories.semantic import SemanticEncoder

        start = time.process_time()
        vectors = SemanticEncoder.load().embed_texts(headlines)
        print(f"ParaPhraser: {len(headlines)} headlines embedded, {time.process_time() - start:.0f} s CPU",
              file=sys.stderr)
        cache.mkdir(parents=True, exist_ok=True)
        np.savez(path, vectors=vectors)
    row = {h: i for i, h in enumerate(headlines)}
    a = vectors[[row[p[0]] for p in pairs]]
    b = vectors[[row[p[1]] for p in pairs]]
    x = np.c_[a * b, np.abs(a - b)]
    mean, sd = x.mean(axis=0), x.std(axis=0)
    w = _logistic((x - mean) / sd, np.array([p[2] >= 0 for p in pairs], float), 1.0)
    # The standardisation folded into the weights: what `semantic.ParaphraseMetric` reads.
    weights = (w[:-1] / sd).astype(np.float32)
    bias = float(w[-1] - mean @ (w[:-1] / sd))

    def score(u: np.ndarray, v: np.ndarray) -> float:
        z = float(((np.r_[u * v, np.abs(u - v)] - mean) / sd) @ w[:-1] + w[-1])
        return 1.0 / (1.0 + np.exp(-z))

    score.weights, score.bias, score.pairs = weights, bias, len(pairs)  # type: ignore[attr-defined]
    return score


def write_weights(metric: Callable[[np.ndarray, np.ndarray], float], path: Path) -> None:
    """The module `semantic.ParaphraseMetric.shipped()` loads (the fitted weights as text)."""
    from khronika.stories.similarity import vector_to_text

    weights, bias, pairs = metric.weights, metric.bias, metric.pairs  # type: ignore[attr-defined]
    text = vector_to_text(weights)
    lines = [text[i:i + 96] for i in range(0, len(text), 96)]
    path.write_text(
        '"""Weights of `semantic.ParaphraseMetric`, written by `bench/stories_candidates.py --paraphraser\n'
        '--write-weights`: logistic regression over (a*b, |a-b|) of two multilingual-e5-small\n'
        f'headline vectors, fitted on all {pairs:,} ParaPhraser pairs (precise or near\n'
        'paraphrase against not a paraphrase; standardised, L2 1.0, the standardisation folded in).\n'
        'Do not edit by hand."""\n\n'
        f"BIAS = {bias!r}\n"
        "# float32 weights of a*b (first half) and |a-b| (second half), base64 (`similarity.vector_to_text`).\n"
        "WEIGHTS = (\n" + "".join(f'    "{line}"\n' for line in lines) + ")\n",
        encoding="utf-8")


def auc(y: np.ndarray, s: np.ndarray) -> float:
    pos, neg = s[y], s[~y]
    return float(((pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum())
                 / (len(pos) * len(neg)))


def errors(pairs: list[dict], x: np.ndarray, y: np.ndarray, second: dict[int, str],
           base: tuple[str, ...] = BASE_FEATURES) -> np.ndarray:
    """Out-of-fold errors of the base model, with the share of the 20 repeats that got them wrong (returned)."""
    wrong = np.zeros(len(y))
    prob = np.zeros(len(y))
    for r in range(CV_REPEATS):
        folds = stratified_folds(y, 5, r)
        for fold in range(5):
            held = folds == fold
            model = fit_model(x[~held], y[~held], base)
            p = model.probabilities(x[held])
            prob[held] += p / CV_REPEATS
            wrong[held] += ((p >= model.threshold) != y[held]) / CV_REPEATS
    kinds = Counter()
    for i in np.argsort(-wrong, kind="stable"):
        if wrong[i] < 0.25:
            break
        kind = "false merge" if not y[i] else "missed pair"
        kinds[kind] += 1
        print(f"#{i} {kind}: wrong in {wrong[i]:.0%} of repeats, mean p {prob[i]:.2f}, "
              f"second annotator {second.get(int(i), '?')}")
        print(f"    A: {pairs[i]['a'][0]}\n    B: {pairs[i]['b'][0]}")
    print(f"errors in at least 25% of repeats: {dict(kinds)}")
    return wrong


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cache", type=Path, default=Path("/tmp/khronika-stories-candidates"))
    parser.add_argument("--paraphraser", action="store_true", help="also the ParaPhraser-fitted e5 similarity")
    parser.add_argument("--nested", type=int, default=10, help="nested CV repeats (0: none)")
    parser.add_argument("--errors", action="store_true", help="list the base model's out-of-fold errors")
    parser.add_argument("--write-weights", type=Path, default=None,
                        help="with --paraphraser: write the fitted metric as a module (src/khronika/stories/"
                             "paraphrase_weights.py) and stop")
    parser.add_argument("--base", choices=tuple(BASES), default="cosine",
                        help="the model candidates are added to (default: the semantic model before the paraphrase "
                             "feature, as the tenth session's table)")
    parser.add_argument("--groups", default="lexical,vector",
                        help="candidate groups: lexical, vector, nlp (quotes and events of the NLP pipeline)")
    parser.add_argument("--nested-with", default="",
                        help="comma-separated candidates for nested CV (each alone, and all together) instead of "
                             "the log-loss screen")
    args = parser.parse_args()
    base_features, base_candidates = BASES[args.base]
    groups = set(args.groups.split(","))
    if not shared_available():
        raise SystemExit("shared data not found (../shared/data); set KHRONIKA_SHARED")
    pairs = load_tgcontest(shared_root())
    texts = [t for p in pairs for t in (p["a"], p["b"])]
    analyzer = Analyzer.load()
    arts = read_articles(analyzer, texts)
    vec = embed(texts, args.cache)
    features, idf = _features_with_idf(analyzer, texts)
    for f, v in zip(features, vec.lead):
        f.semantic = v
    x = np.array([pair_features(features[2 * i], features[2 * i + 1], idf) for i in range(len(pairs))])
    y = np.array([p["label"] for p in pairs])
    print(f"e5 CPU per article when computed: {vec.cost_ms} ms")
    if args.errors:
        labels = REPO / "gold" / "stories-iaa" / "labels.jsonl"
        second = {int(r["pair"]): r["label"] for r in map(json.loads, labels.read_text().splitlines()) if r}
        wrong = errors(pairs, x, y, second, base_features)

    candidates = {**(lexical_candidates(arts) if "lexical" in groups else {}),
                  **(vector_candidates(vec) if "vector" in groups else {})}
    if "nlp" in groups:
        docs = read_nlp(texts, args.cache)
        candidates.update(nlp_candidates(docs))
        print(f"NLP pipeline: {sum(bool(d['quotes']) for d in docs)}/{len(docs)} articles with quotes "
              f"({sum(len(d['quotes']) for d in docs)}, {sum(q['speaker'] != '' for d in docs for q in d['quotes'])} "
              f"with a speaker), {sum(bool(d['events']) for d in docs)} with events "
              f"({sum(len(d['events']) for d in docs)}, {sum(e['lead'] for d in docs for e in d['events'])} in the lead)")
    if args.paraphraser:
        metric = paraphrase_metric(args.cache)
        if args.write_weights:
            write_weights(metric, args.write_weights)
            print(f"wrote {args.write_weights}")
            return
        candidates["paraphrase_metric_lead"] = lambda i, j: metric(vec.lead[i], vec.lead[j])
    columns = {name: np.array([fn(2 * i, 2 * i + 1) for i in range(len(pairs))]) for name, fn in candidates.items()}

    if args.errors:
        merges, missed = (wrong >= 0.25) & ~y, (wrong >= 0.25) & y
        print(f"\nnon-zero on the base model's errors (false merges {int(merges.sum())} / missed {int(missed.sum())})")
        for name, column in columns.items():
            print(f"  {name:24} {int((column[merges] != 0).sum())} / {int((column[missed] != 0).sum())}")

    def with_columns(extra: tuple[str, ...]) -> tuple[np.ndarray, tuple[str, ...]]:
        if not extra:
            return x, FEATURE_NAMES
        return np.c_[x, np.column_stack([columns[e] for e in extra])], FEATURE_NAMES + extra

    base_cv = cross_validate(x, y, base_features, repeats=CV_REPEATS)
    base_ll = out_of_fold_log_loss(x, y, base_features, repeats=CV_REPEATS)
    print(f"\n{args.base + ' model (base)':26} AUC   CV F1 mean ± sd     paired ΔF1 (wins)    log loss  "
          f"non-zero OK/BAD of {int(y.sum())}/{int((~y).sum())}")
    print(f"{'':26} {'':5} {base_cv.mean_f1:.4f} ± {np.std(base_cv.f1s):.4f}  {'':19}  {base_ll:.4f}")
    losses = {}
    for name in columns:
        xx, cols = with_columns((name,))
        cv = cross_validate(xx, y, base_features + (name,), repeats=CV_REPEATS, columns=cols)
        losses[name] = out_of_fold_log_loss(xx, y, base_features + (name,), repeats=CV_REPEATS, columns=cols)
        diff = np.array(cv.f1s) - np.array(base_cv.f1s)
        fires = columns[name] != 0
        print(f"+ {name:24} {auc(y, columns[name]):.3f} {cv.mean_f1:.4f} ± {np.std(cv.f1s):.4f}  "
              f"{diff.mean():+.4f} ({int((diff > 0).sum())}/{len(diff)})    {losses[name]:.4f}    "
              f"{int((fires & y).sum())}/{int((fires & ~y).sum())}", flush=True)
    if not args.nested:
        return
    screened = [n for n in sorted(losses, key=losses.get) if losses[n] <= base_ll - SCREEN_LOG_LOSS]
    if args.nested_with:
        screened = args.nested_with.split(",")
    sets: list[tuple[str, ...]] = [()] + [(n,) for n in screened]
    if len(screened) >= 2:
        sets.append(tuple(screened) if args.nested_with else tuple(screened[:2]))
    base_nested = None
    print(f"\nnested CV ({args.nested} repeats; candidates {len(base_candidates)} fitted features + the new ones)")
    for extra in sets:
        xx, cols = with_columns(extra)
        nested = nested_cross_validate(xx, y, base_candidates + extra, repeats=args.nested, columns=cols)
        f1s = np.array(nested.f1s)
        chosen = Counter(n for use in nested.chosen for n in use)
        line = f"{' + '.join(extra) or 'base':48} {f1s.mean():.4f} ± {f1s.std():.4f} [{f1s.min():.3f}, {f1s.max():.3f}]"
        if base_nested is None:
            base_nested = f1s
        else:
            diff = f1s - base_nested
            line += (f"  paired Δ {diff.mean():+.4f} ± {diff.std():.4f} (wins {int((diff > 0).sum())}/{len(diff)})"
                     f"  chosen {dict((e, chosen[e]) for e in extra)} of {len(nested.chosen)} folds")
        print(line, flush=True)


if __name__ == "__main__":
    main()
