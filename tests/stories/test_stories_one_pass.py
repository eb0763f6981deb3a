"""`Analyzer.analyse`: the store's one pass over an article's words gives exactly
what `features` and `index_text` give separately (table tests)."""
from __future__ import annotations

import numpy as np
import pytest

from khronika.stories.cluster import SameStoryModel
from khronika.stories.similarity import Idf

ARTICLES = [
    ("Путин провел переговоры с Си Цзиньпином",
     "Президент России Владимир Путин провел в Кремле переговоры. «Мы обсудили газ», — сказал Песков.\n"
     "Стороны подписали 14 документов в 2024-м году."),
    ("Прогноз погоды на 8 ноября", "Завтра в Москве облачно, до плюс пяти. В Бресте — дождь!"),
    ("", "Текст без заголовка? Да. \"Кавычки\" и ёлка в Ёбурге."),
    ("Заголовок без текста", ""),
]


@pytest.mark.parametrize("title, body", ARTICLES)
def test_analyse_equals_features_and_index_text(analyzer, title, body):
    idf = Idf()
    idf.add(["путин", "переговоры", "москва"])
    alone = analyzer.features(title, body, names={"per:vladimir-putin"}, published="2024-04-19", idf=idf)
    one_pass = analyzer.analyse(title, body, names={"per:vladimir-putin"}, published="2024-04-19", idf=idf)
    assert one_pass.features.to_json() == alone.to_json()
    assert np.array_equal(one_pass.features.vector, alone.vector)
    assert np.array_equal(one_pass.features.title_vector, alone.title_vector)
    assert np.array_equal(one_pass.features.term_matrix, alone.term_matrix)
    assert (one_pass.title_index, one_pass.body_index) == (analyzer.index_text(title), analyzer.index_text(body))


@pytest.mark.parametrize("text, capitalised", [
    # A capital after a sentence end, a line break or an opening quote says nothing about a name.
    ("Вчера Путин прилетел. Москва ждала", ["Путин"]),
    ("В Кремле\nСегодня тихо", ["Кремле"]),
    ("Он сказал: «Россия готова»", []),
    ('Газета "Ведомости" пишет', []),
    ("Встреча прошла в Женеве! Лавров доволен? Да", ["Женеве"]),
    ("Путин и Си", ["Си"]),
])
def test_capitalised_words_not_at_sentence_start(analyzer, text, capitalised):
    assert [surface for surface, _, cap in analyzer.words(text) if cap] == capitalised


def test_term_vectors_only_when_asked(analyzer):
    idf = Idf()
    assert analyzer.analyse("Путин в Кремле", "Переговоры прошли", idf=idf).features.term_matrix is not None
    skipped = analyzer.analyse("Путин в Кремле", "Переговоры прошли", idf=idf, term_vectors=False)
    assert skipped.features.term_matrix is None


@pytest.mark.parametrize("feature, used", [("tfidf", True), ("title_contain", True), ("soft", False),
                                           ("title_vector", False), ("no-such-feature", False)])
def test_model_says_which_features_it_uses(feature, used):
    assert SameStoryModel().uses(feature) is used


def test_name_key_is_cached_and_unchanged(analyzer):
    first = analyzer.name_key("Дмитрия Пескова")
    assert analyzer.name_key("Дмитрия Пескова") == first == "дмитрий песков"
    assert analyzer.name_key.cache_info().hits >= 1
