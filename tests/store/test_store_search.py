"""Search with Russian morphology and filters, on both backends."""
from __future__ import annotations

import pytest

from khronika.errors import QueryError

# (query, a document sentence that must be found): cases, numbers, verb forms,
# participles, suppletive forms, ё/е.  One document per pair.
MORPHOLOGY = [
    ("Путин", "Встреча с Путиным прошла без журналистов."),
    ("Путину", "Владимир Путин выступил с обращением."),
    ("переговоры", "Об этом говорили на переговорах в Женеве."),
    ("переговорах", "Переговоры продолжатся завтра."),
    ("встреча", "После встречи делегации разъехались."),
    ("санкции", "Евросоюз готовит новый пакет санкций."),
    ("выборы", "На выборах губернатора победил действующий глава."),
    ("Москва", "В Москве прошел городской праздник."),
    ("России", "Послы Россия отозвала для консультаций."),
    ("дом", "В домах на окраине отключили свет."),
    ("дети", "Каждый ребёнок получил подарок."),
    ("люди", "На площадь вышел один человек с плакатом."),
    ("идти", "Колонна шла по проспекту два часа."),
    ("подписать", "Стороны подписали соглашение о торговле."),
    ("подписал", "Документ подпишут на следующей неделе."),
    ("арестовать", "Бывший мэр арестован по делу о взятке."),
    ("задержан", "Полиция задержала подозреваемого в краже."),
    ("пострадавшие", "Врачи осмотрели пострадавших в аварии."),
    ("ученые", "Учёные обнаружили новый вид лягушек."),
    ("учёный", "Ученые провели эксперимент на орбите."),
    ("обсуждать", "Депутаты обсуждали бюджет до ночи."),
    ("сообщает", "Агентство сообщать будет позже."),
    ("Германия", "Канцлер Германии прилетел с визитом."),
    ("Киев", "В Киеве объявили воздушную тревогу."),
    ("НАТО", "Генсек НАТО выступил на саммите."),
    ("Госдума", "Законопроект одобрен Госдумой в первом чтении."),
    ("рубль", "Курс упал до ста рублей за доллар."),
    ("доллары", "Экспорт вырос на миллиард долларов."),
    ("министр", "Президент встретился с министрами правительства."),
    ("законы", "Парламент принял закон о связи."),
    ("экономика", "Министр рассказал о росте экономики."),
    ("ураган", "Побережье накрыло ураганом."),
    ("взрыв", "Взрывы прогремели в порту ночью."),
    ("пожар", "При пожаре никто не пострадал."),
    ("суд", "Суды рассмотрят апелляции в мае."),
    ("выйти", "Сотрудники вышли на забастовку."),
]
# (query, sentence that must NOT be found): different lemmas.
NEGATIVE = [
    ("газ", "Газета вышла с опозданием."),
    ("мир", "Мирный договор не подписан."),
]


@pytest.fixture
def morph_store(store, make_doc):
    ids = {}
    for i, (_, sentence) in enumerate(MORPHOLOGY + NEGATIVE):
        added = store.add_document(make_doc(f"Заметка {i}", [sentence], url=f"https://m.example/{i}"))
        ids[sentence] = added.article_id
    return store, ids


def test_morphology_table_has_enough_pairs():
    assert len(MORPHOLOGY) >= 30


def test_every_form_finds_the_other(morph_store):
    store, ids = morph_store
    missed = []
    for query, sentence in MORPHOLOGY:
        found = {h.article.id for h in store.search(query, limit=50)}
        if ids[sentence] not in found:
            missed.append((query, sentence))
    assert missed == []


def test_different_lemmas_are_not_found(morph_store):
    store, ids = morph_store
    for query, sentence in NEGATIVE:
        assert ids[sentence] not in {h.article.id for h in store.search(query, limit=50)}


def test_snippet_marks_the_matching_form(morph_store):
    store, ids = morph_store
    hit = next(h for h in store.search("переговоры") if h.article.id == ids[MORPHOLOGY[2][1]])
    assert "[переговорах]" in hit.snippet


PUTIN = ("per:vladimir-putin", "Владимир Путин", "PER")
PESKOV = ("per:dmitry-peskov", "Дмитрий Песков", "PER")


@pytest.fixture
def filtered_store(store, make_doc):
    a = store.add_document(make_doc(
        "Путин провел переговоры с Макроном", ["Владимир Путин провел переговоры с президентом Франции по телефону.",
                                               "«Разговор был деловым», — сказал Дмитрий Песков."],
        url="https://tass.ru/1", published="2024-01-10T10:00:00+03:00",
        actors=[(*PUTIN, ["Владимир Путин"]), (*PESKOV, ["Дмитрий Песков"])],
        quotes=[("Разговор был деловым", PESKOV[0], PESKOV[1])],
        events=[("CONSULT", "провел переговоры", [PUTIN[0]], [], None)]))
    b = store.add_document(make_doc(
        "Переговоры по зерну зашли в тупик", ["Стороны не договорились о продлении сделки, переговоры прерваны."],
        url="https://ria.ru/2", published="2024-02-15T10:00:00+03:00"))
    c = store.add_document(make_doc(
        "Военные обвинили соседей в обстреле", ["Министерство обвинило соседнюю страну в обстреле границы."],
        url="https://rbc.ru/3", published="2024-03-01T10:00:00+03:00",
        events=[("ACCUSE", "обвинило", [], [], "2024-03-01")]))
    return store, a, b, c


@pytest.mark.parametrize("query, expected", [
    ("переговоры", {"a", "b"}),
    ("переговоры actor:Путин", {"a"}),
    ("actor:Путину", {"a"}),
    ("actor:per:vladimir-putin", {"a"}),
    ('speaker:"Дмитрий Песков"', {"a"}),
    ("speaker:Пескова", {"a"}),
    ("speaker:Путин", set()),
    ("event:CONSULT", {"a"}),
    ("event:accuse", {"c"}),
    ("event:11", {"c"}),
    ("переговоры source:ria.ru", {"b"}),
    ("source:rbc", {"c"}),
    ("переговоры from:2024-02-01", {"b"}),
    ("переговоры to:2024-01", {"a"}),
    ("from:2024-02 to:2024-02", {"b"}),
])
def test_filters(filtered_store, query, expected):
    store, a, b, c = filtered_store
    names = {a.article_id: "a", b.article_id: "b", c.article_id: "c"}
    assert {names[h.article.id] for h in store.search(query)} == expected


def test_story_filter_and_ranking(filtered_store):
    store, a, b, c = filtered_store
    assert [h.article.id for h in store.search(f"story:{c.story_id}")] == [c.article_id]
    hits = store.search("переговоры")
    assert hits == sorted(hits, key=lambda h: -h.score)


def test_bad_queries_raise_query_error(store):
    for bad in ["", "from:вчера", "story:abc", "actor:"]:
        with pytest.raises(QueryError):
            store.search(bad)


def test_offset_pages_through_results(filtered_store):
    store, *_ = filtered_store
    all_hits = [h.article.id for h in store.search("переговоры", limit=10)]
    paged = [h.article.id for h in store.search("переговоры", limit=1)] + \
            [h.article.id for h in store.search("переговоры", limit=1, offset=1)]
    assert paged == all_hits
