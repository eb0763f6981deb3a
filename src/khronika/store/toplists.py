"""Top-weight lists ("champion lists") that answer most searches without scoring every match.

Ranking every article that matches a common word with FTS5's bm25 costs time in proportion
to its matches, which was most of a search's time (`bench/search_window.py`).  For each word
that at least MIN_DF articles contain, the store keeps the LIST_SIZE articles where the word
weighs most: the BM25 term weight with the title counted TITLE_WEIGHT times
(Manning, Raghavan & Schütze, *Introduction to Information Retrieval*, §7.1.3-7.1.4).

A query whose words all have lists is answered from them with the threshold algorithm
(Fagin, Lotem & Naor 2003): an article found in every list has its exact score; one found
in some lists, or in none, scores at most its known weights plus each other list's
`bound` (no article outside a list weighs more than it).  When the page's last article
scores above every such bound, the page is exactly the one scoring all matches would give
(`ListRanking.exact`).  Otherwise `rank` can still return the best articles the lists
scored (an approximation, which the backend keeps for unfiltered queries), or None, and the
backend ranks the newest matches itself.

The weight is BM25's (k1 = 1.2, b = 0.75) with the average length frozen when the lists
were first built, so a stored weight never changes as the store grows; idf uses the
document frequencies refreshed with the lists.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Collection

LIST_SIZE = 200  # ten pages of 20; deeper pages are ranked by the backend
LIST_SLACK = 16  # a list may hold this many more between trims
MIN_DF = 500  # rarer words are cheap to rank exactly (≤ MIN_DF matches)
TITLE_WEIGHT = 4.0  # as bm25(article_fts, 4.0, 1.0, 0.0)
K1 = 1.2
B = 0.75

# FTS5's unicode61 tokenizer: runs of letters and digits, lowercased.
_TOKEN_RE = re.compile(r"[^\W_]+")


def tokens(index_text: str) -> list[str]:
    """The tokens FTS5 (unicode61) makes of an index text."""
    # Index texts are lowercase lemmas, hyphens their only separator inside a word:
    # splitting is several times faster than the regex, which stays for anything else.
    words = index_text.lower().replace("-", " ").split()
    if "".join(words).isalnum():
        return words
    return _TOKEN_RE.findall(index_text.lower())


def is_token(lemma: str) -> bool:
    """Whether a query lemma is one index token (a hyphenated one is a phrase: no list)."""
    return bool(lemma) and _TOKEN_RE.fullmatch(lemma.lower()) is not None


def term_weight(frequency: float, length: int, average_length: float) -> float:
    """BM25 weight of a word with (title-weighted) `frequency` in an article of `length` tokens."""
    if frequency <= 0:
        return 0.0
    norm = length_norm(length, average_length)
    return frequency * (K1 + 1) / (frequency + norm)


def length_norm(length: int, average_length: float) -> float:
    """BM25's saturation constant for an article of `length` tokens (K1 scaled by its length)."""
    return K1 * (1 - B + B * length / average_length) if average_length > 0 else K1


def term_weights(frequencies: list[tuple[str, float]], length: int,
                 average_length: float) -> list[tuple[str, float]]:
    """(word, `term_weight`) of many words of one article: its length norm worked out once, not
    per word (a write weighs ~120 listed words; the same float operations, so the same weights)."""
    norm = length_norm(length, average_length)
    return [(word, frequency * (K1 + 1) / (frequency + norm) if frequency > 0 else 0.0)
            for word, frequency in frequencies]


def idf(df: int, articles: int) -> float:
    """BM25 idf as FTS5 computes it (never below 1e-6: very common words count for nothing)."""
    return max(math.log((articles - df + 0.5) / (df + 0.5)), 1e-6)


@dataclass
class ArticleTerms:
    """One article's index tokens: its length and each word's title-weighted frequency."""

    length: int
    frequency: Counter[str]

    def weight(self, lemma: str, average_length: float) -> float:
        return term_weight(self.frequency.get(lemma, 0.0), self.length, average_length)


def article_terms(title_index: str, body_index: str, only: Collection[str] | None = None) -> ArticleTerms:
    """The article's tokens counted (all of them, or only the words in `only`)."""
    if only is not None:
        fast = _count_words(title_index, body_index, only)
        if fast is not None:
            return fast
    title = tokens(title_index)
    body = tokens(body_index)
    if only is not None:
        frequency: Counter[str] = Counter({t: body.count(t) + TITLE_WEIGHT * title.count(t) for t in only})
        return ArticleTerms(len(title) + len(body), frequency)
    frequency = Counter(body)
    for token in title:
        frequency[token] += TITLE_WEIGHT
    return ArticleTerms(len(title) + len(body), frequency)


def _count_words(title_index: str, body_index: str, words: Collection[str]) -> ArticleTerms | None:
    """A few words counted with substring search on the index text, several times faster
    than splitting it (Cyrillic strings are two bytes a character in CPython, so every pass
    counts).  Index texts (`Analyzer.index_text`) are lowercase lemmas of `WORD_RE` words
    joined by single spaces, hyphens their only other separator; anything else (None)
    is tokenized instead."""
    counts: Counter[str] = Counter()
    length = 0
    for text, weight in ((title_index, TITLE_WEIGHT), (body_index, 1.0)):
        plain = text.replace("-", " ")
        if not plain:
            continue
        if plain[0] == " " or plain[-1] == " " or "  " in plain:
            return None
        length += plain.count(" ") + 1
        # Doubled spaces: " a  a " finds both words (str.count does not overlap).
        padded = "  " + plain.replace(" ", "  ") + "  "
        for word in words:
            counts[word] += weight * padded.count(" " + word + " ")
    return ArticleTerms(length, counts)


@dataclass
class TermList:
    """One word's list as a query reads it."""

    lemma: str
    idf: float
    bound: float  # no article outside `weights` weighs more than this
    weights: dict[int, float] = field(default_factory=dict)  # article id → weight


def candidates(lists: list[TermList]) -> set[int]:
    """Every article some list names (the only ones that can beat the bounds)."""
    found: set[int] = set()
    for term in lists:
        found.update(term.weights)
    return found


# Up to this many articles found in some lists but not all get their weights read from
# their text: an article found under "северный" may well contain "поток" too.
MAX_RESOLVED = 120
RESOLVE_ROUND = 24
STOP_IDF = 1e-6  # idf of a word in over half the articles: it cannot change a ranking


Resolver = Callable[[list[int]], dict[int, dict[str, float]]]


@dataclass
class ListRanking:
    """Articles best first with their scores; `exact` when the bounds prove the order
    (otherwise the best of the articles the lists could score: an approximation)."""

    ranked: list[tuple[int, float]]
    exact: bool


def rank(lists: list[TermList], passing: set[int], need: int, resolve: Resolver,
         approximate: bool = False) -> ListRanking | None:
    """The `need` best articles matching every word, among `passing` (current articles
    that pass the query's filters); None when the lists score fewer than `need`.

    Articles in every list get their exact score; an article in some lists is bounded by
    its known weights plus the other lists' bounds, and the most promising of those are
    resolved (`resolve` gives each query word's weight in an article, 0 when absent).
    Words in over half the articles (idf at its floor) only have to be present.
    With `approximate`, when no proof is possible the resolving goes on until `need`
    articles are scored (within MAX_RESOLVED).
    """
    scored = [term for term in lists if term.idf > STOP_IDF]
    stop = [term.lemma for term in lists if term.idf <= STOP_IDF]
    if not scored or need <= 0:
        return None
    unseen = sum(term.idf * term.bound for term in scored)  # an article in no list
    exact: dict[int, float] = {}
    partial: list[tuple[float, int]] = []
    for article in passing:
        known = 0.0
        missing = 0.0
        complete = True
        for term in scored:
            weight = term.weights.get(article)
            if weight is None:
                complete = False
                missing += term.idf * term.bound
            else:
                known += term.idf * weight
        if complete:
            exact[article] = known
        elif known + missing > unseen:
            partial.append((known + missing, article))
    partial.sort(reverse=True)
    # Resolve the most promising partial articles a round at a time, until the page's
    # last article beats every partial article left, or no proof is possible any more.
    provable = sum(score > unseen for score in exact.values()) + len(partial) >= need
    seen: dict[int, dict[str, float]] = {}  # every word's weight in the articles resolved so far
    done = 0
    while done < len(partial) and done < MAX_RESOLVED:
        best = sorted(exact.values(), reverse=True)
        if len(best) >= need and best[need - 1] > partial[done][0]:
            break
        if not provable and (not approximate or len(best) >= need):
            break
        batch = [article for _, article in partial[done:done + RESOLVE_ROUND]]
        weights_of = resolve(batch)
        seen.update(weights_of)
        for article in batch:
            weights = weights_of.get(article)
            if weights is not None and all(weights.get(term.lemma, 0.0) > 0 for term in scored):
                exact[article] = sum(term.idf * weights[term.lemma] for term in scored)
        done += len(batch)
        # Even the rest of the partial articles, resolving as well as these did,
        # could not fill the page above the unseen ceiling: stop.
        above = sum(score > unseen for score in exact.values())
        hit_rate = sum(article in exact for article in batch) / len(batch)
        provable = above + hit_rate * (len(partial) - done) >= need
        # Nor could the rest of the budget score `need` articles at all: give up.
        if len(exact) + hit_rate * (min(len(partial), MAX_RESOLVED) - done) < need:
            return None
    ceiling = max([unseen] + [bound for bound, _ in partial[done:done + 1]])
    ranked = sorted(((score, article) for article, score in exact.items()), key=lambda pair: (-pair[0], -pair[1]))
    if stop and ranked:
        # Frequent words still have to be in the article (FTS5 matches every word).
        head = ranked[:need + need // 2]
        present = dict(seen)
        present.update(resolve([article for _, article in head if article not in seen]))
        ranked = [(score, article) for score, article in head
                  if all(present.get(article, {}).get(lemma, 0.0) > 0 for lemma in stop)]
    proven = [(article, score) for score, article in ranked if score > ceiling]
    if provable and len(proven) >= need:
        return ListRanking(proven, True)
    if len(ranked) < need:
        return None
    return ListRanking([(article, score) for score, article in ranked], False)
