"""Search snippets: the query's word forms marked in the first passage that has one."""
import pytest

from khronika.stories.similarity import Analyzer
from khronika.store.snippets import SNIPPET_CHARS, SnippetMaker


@pytest.fixture(scope="module")
def maker():
    return SnippetMaker(Analyzer.load(vectors=False))


def lemmas_of(maker, query):
    return set(maker.analyzer.query_lemmas(query))


@pytest.mark.parametrize("query, passages, expected", [
    # inflected forms of the query word, in any case
    ("Путин", ["Владимир Путину позвонил."], "Владимир [Путину] позвонил."),
    ("переговоры", ["Начались переговорах в Женеве"], "Начались [переговорах] в Женеве"),
    ("беженцы", ["Тысячи беженцев прибыли."], "Тысячи [беженцев] прибыли."),
    # ё in the text, е in the query (the index folds ё into е)
    ("еж", ["Ёжик и ёж пошли."], "Ёжик и [ёж] пошли."),
    # part of a hyphenated word is not the word
    ("Москва", ["Москва-Сити закрыт, а Москва нет."], "Москва-Сити закрыт, а [Москва] нет."),
    # the first passage with a match is used
    ("суд", ["Без совпадений.", "Решение суда вступило в силу."], "Решение [суда] вступило в силу."),
    # several query words, each marked
    ("цены нефть", ["Цены на нефть упали."], "[Цены] на [нефть] упали."),
])
def test_marks(maker, query, passages, expected):
    assert maker.for_query(lemmas_of(maker, query))(passages) == expected


def test_no_query_words_gives_the_opening_body_passage(maker):
    body = "Второй абзац " * 30
    snippet = maker.for_query(set())(["Заголовок", body])
    assert snippet == body[:SNIPPET_CHARS] + "…"


def test_no_match_anywhere_gives_the_first_passage(maker):
    # e.g. the hit matched in its title only
    assert maker.for_query(lemmas_of(maker, "санкции"))(["Первый абзац.", "Второй."]) == "Первый абзац."


def test_long_passage_is_cut_around_the_first_match(maker):
    text = "слово " * 100 + "Путина " + "слово " * 100
    snippet = maker.for_query(lemmas_of(maker, "Путин"))([text])
    assert snippet.startswith("…") and snippet.endswith("…") and "[Путина]" in snippet
    assert len(snippet) <= SNIPPET_CHARS + 4
