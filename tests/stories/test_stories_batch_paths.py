"""The analyser's batched shortcuts give exactly what the plain per-item code gives: words
from one scan (capitals after sentence gaps), lemma vectors decoded in one gather and
cached (table tests)."""
from __future__ import annotations

import numpy as np
import pytest

from khronika.stories.similarity import SENTENCE_GAP_RE, WORD_RE, Analyzer, Idf, normalise_word

TEXTS = [
    "Вчера Путин прилетел. Москва ждала",
    "В Кремле\nСегодня тихо, «Россия готова» — сказал Песков!",
    'Газета "Ведомости" пишет: 33-летнего Иванова задержали 8 ноября 2016 г.',
    "  ?! Ёлка в Ёбурге; Нью-Йорк - Санкт-Петербург-2 ... COVID-19 и  А. С. Пушкин",
    "",
    "Один",
]


def _words_one_by_one(analyzer: Analyzer, text: str) -> list[tuple[str, object, bool]]:
    """The former `Analyzer.words`: a regex search of the gap before each word."""
    out, prev_end = [], -1
    for match in WORD_RE.finditer(text):
        surface = match.group()
        opens = prev_end < 0 or SENTENCE_GAP_RE.search(text, prev_end, match.start()) is not None
        out.append((surface, analyzer.word(normalise_word(surface)), not opens and surface[0].isupper()))
        prev_end = match.end()
    return out


@pytest.mark.parametrize("text", TEXTS)
def test_words_from_one_scan(analyzer, text):
    assert analyzer.words(text) == _words_one_by_one(analyzer, text)


@pytest.mark.parametrize("lemmas", [["путин", "кремль", "переговоры", "путин"], ["нет-такого-слова", "газ"], []])
def test_vector_from_one_gather(analyzer, lemmas):
    idf = Idf()
    idf.add(["путин", "газ"])
    counts: dict[str, int] = {}
    for lemma in lemmas:
        counts[lemma] = counts.get(lemma, 0) + 1
    weights = idf.weigh(counts)
    rows = [(analyzer.embedding[l], w) for l, w in weights.items() if l in analyzer.embedding]
    expected = np.zeros(300, dtype=np.float32)
    if rows:
        expected = np.asarray([w for _, w in rows], dtype=np.float32) @ np.array([np.asarray(v, np.float32)
                                                                                    for v, _ in rows])
        expected = expected / float(np.linalg.norm(expected))
    fresh = Analyzer(analyzer.morph, analyzer.embedding)  # nothing cached: every row is gathered
    assert np.array_equal(fresh.vector(lemmas, idf), expected)
    assert np.array_equal(fresh.vector(lemmas, idf), expected)  # and again from the cache
    for lemma in lemmas:
        vec = fresh.lemma_vector(lemma)
        assert (vec is None) == (lemma not in analyzer.embedding)
        if vec is not None:
            assert np.array_equal(vec, analyzer.embedding[lemma])


def test_vector_cache_starting_over(analyzer, monkeypatch):
    """A full cache is emptied before an article's lemmas are looked up, never in between."""
    from khronika.stories import similarity

    monkeypatch.setattr(similarity, "VECTOR_CACHE", 3)
    idf = Idf()
    small = Analyzer(analyzer.morph, analyzer.embedding)
    lemmas = ["путин", "кремль", "переговоры", "газ", "москва"]
    assert np.array_equal(small.vector(lemmas, idf), analyzer.vector(lemmas, idf))
    assert np.array_equal(small.vector(lemmas[:2], idf), analyzer.vector(lemmas[:2], idf))
    for lemma in lemmas:
        assert np.array_equal(small.lemma_vector(lemma), analyzer.lemma_vector(lemma))
        assert len(small._vectors) <= 5
