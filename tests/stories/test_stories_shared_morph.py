"""The store's analyser reads the NLP pipeline's morph dictionary (pymorphy2 through
natasha) since 2026-11-26; stores written before indexed pymorphy3's normal forms.
A query's lemma must still be among the normal forms those stores indexed for the same
word, or old articles would stop matching.  Measured over the 98,461 distinct words of
the bench corpus, 9 break the rule (bench/RESULTS.md); the table below is ordinary
news vocabulary and names in every case, and the known exceptions are pinned."""
from __future__ import annotations

import pytest

from khronika.nlp.pipeline import Resources
from khronika.stories.similarity import Analyzer, normalise_word


@pytest.fixture(scope="module")
def old_lemmas():
    pymorphy3 = pytest.importorskip("pymorphy3")
    morph = pymorphy3.MorphAnalyzer()

    def lemmas(word: str) -> list[str]:
        # What `Analyzer.index_text` wrote with pymorphy3: every normal form of the first four parses.
        return [normalise_word(p.normal_form) for p in morph.parse(normalise_word(word))[:4]]
    return lemmas


@pytest.mark.parametrize("word", [
    "переговоры", "переговорах", "Путина", "Путину", "Пескова", "Меркель", "Макроном", "Зеленского",
    "санкций", "санкциями", "заявил", "заявила", "заявлении", "президента", "министром", "Госдумы",
    "Москве", "Украины", "Китаю", "НАТО", "США", "выборов", "вакцины", "коронавирусом", "беженцев",
    "протестующие", "самолета", "газопровода", "нефти", "суда", "полицейские", "Гутерриша", "Байдена",
    "ещё", "её", "всё", "2022", "15-летний", "пресс-секретаря", "Санкт-Петербурге",
])
def test_query_lemma_is_among_what_old_stores_indexed(analyzer, old_lemmas, word):
    assert analyzer.query_lemmas(word)[0] in old_lemmas(word)


@pytest.mark.parametrize("word, new, old", [
    ("таков", "таков", "таковой"),   # pymorphy3 reads these as forms of "таковой"
    ("какова", "каков", "каковой"),
])
def test_known_differences_from_old_stores(analyzer, old_lemmas, word, new, old):
    assert analyzer.query_lemmas(word) == [new]
    assert old_lemmas(word)[0] == old


def test_shared_analyser_reads_the_resources_models():
    resources = Resources()
    a, b = Analyzer.shared(resources), Analyzer.shared(resources, vectors=False)
    assert a.morph is b.morph and b.embedding is None and a.embedding is not None
    assert a.word("переговорах") == Analyzer.load(vectors=False).word("переговорах")
