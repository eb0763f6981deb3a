"""Search as an analyst reads it (sr1 audit): snippets that show why a hit matched, and
filter-only lists in the same order on both backends."""
from __future__ import annotations

import pytest

LONG_GAP = "Рядом шла речь о другом. " * 12

# (query, paragraphs of one article, the snippet expected): the passage and the cut that
# show the most distinct query words; function words are not marked.
SNIPPETS = [
    # the passage naming both words, not the first naming one
    ("коронавирус Китай", ["Коронавирус распространяется по миру.", "Первые случаи коронавируса нашли в Китае."],
     "Первые случаи [коронавируса] нашли в [Китае]."),
    ("санкции ЕС", ["Новые санкции обсуждают давно.", "ЕС ввел санкции против банков."],
     "[ЕС] ввел [санкции] против банков."),
    # a preposition of the query is not marked when the query has other words
    ("выход из ЕС", ["Британия готовит выход из ЕС к марту."], "Британия готовит [выход] из [ЕС] к марту."),
    ("переговоры в Минске", ["Переговоры в Минске продолжатся."], "[Переговоры] в [Минске] продолжатся."),
    # a word before a hyphen and a number is the word ("поток-2": the index holds "поток", "2")
    ("Северный поток", ["Проект «Северный поток-2» одобрен."], "Проект «[Северный] [поток]-2» одобрен."),
    # in a long passage the cut opens where both words are, not at the first one
    ("Путин Макрон", ["Путин выступил в Москве. " + LONG_GAP + "Вечером Путин позвонил Макрону."],
     "…" + "Рядом шла речь о другом. " * 2 + "Вечером [Путин] позвонил [Макрону]."),
]


@pytest.mark.parametrize("query, paragraphs, expected", SNIPPETS)
def test_snippet_shows_the_most_query_words(store, make_doc, query, paragraphs, expected):
    added = store.add_document(make_doc("Заметка дня", paragraphs, url="https://s.example/1"))
    hits = store.search(query)
    assert [h.article.id for h in hits] == [added.article_id]
    assert hits[0].snippet == expected


PUTIN = ("per:vladimir-putin", "Владимир Путин", "PER")
PESKOV = ("per:dmitry-peskov", "Дмитрий Песков", "PER")


@pytest.fixture
def named_store(store, make_doc):
    store.add_document(make_doc(
        "Путин провел переговоры", ["Встреча прошла в Кремле за закрытыми дверями.",
                                    "Владимир Путин провел переговоры с президентом Франции.",
                                    "«Разговор был деловым», — сказал Дмитрий Песков."],
        url="https://tass.example/1", published="2024-01-10T10:00:00+03:00",
        actors=[(*PUTIN, ["Владимир Путин"]), (*PESKOV, ["Дмитрий Песков"])],
        quotes=[("Разговор был деловым", PESKOV[0], PESKOV[1])]))
    return store


# (filter-only query, the snippet expected): the passage naming the actor, the name marked
# (before: the opening body passage, no mark).
NAME_SNIPPETS = [
    ("actor:Путину", "[Путин] провел переговоры"),
    ("actor:per:vladimir-putin", "[Владимир] [Путин] провел переговоры с президентом Франции."),
    ('speaker:"Дмитрий Песков"', "«Разговор был деловым», — сказал [Дмитрий] [Песков]."),
    ("speaker:Пескова", "«Разговор был деловым», — сказал Дмитрий [Песков]."),
]


@pytest.mark.parametrize("query, expected", NAME_SNIPPETS)
def test_filter_only_snippet_shows_the_name(named_store, query, expected):
    hits = named_store.search(query)
    assert len(hits) == 1
    assert hits[0].snippet == expected


# (published, name): a filter-only list is newest first and undated articles come last, on
# both backends (PostgreSQL put them first: NULL sorts first in descending order).
DATED = [
    ("2024-01-10T10:00:00+03:00", "january"),
    (None, "undated"),
    ("2024-03-01T10:00:00+03:00", "march"),
]


def test_filter_only_list_puts_undated_articles_last(store, make_doc):
    names = {}
    for i, (published, name) in enumerate(DATED):
        added = store.add_document(make_doc(
            f"Стороны провели консультации {i}", ["Министры провели консультации в столице."],
            url=None, published=published,
            events=[("CONSULT", "провели консультации", [], [], None)]))
        names[added.article_id] = name
    for query in ("event:CONSULT", "event:04"):
        assert [names[h.article.id] for h in store.search(query)] == ["march", "january", "undated"], query
