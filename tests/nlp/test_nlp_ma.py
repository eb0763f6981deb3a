"""Helper ma (twenty-first session, review rv21_Q): canonical actors.

M1  A one-word registry alias was also indexed by the lemma of an oblique reading of the word: "Трасс" is the
    genitive plural of "трасса", so every capitalised form of "трасса" found Liz Truss ("Трасса протяженностью
    336,5 км пройдет …").  The same for "Стрелков" ("Стрелок открыл огонь" → Игорь Стрелков), "Песков"
    ("Песок"), "Газа" ("Газ"), the abbreviations "САР" ("Сара" → Syria), "ИГ" ("Иго").  A one-word alias is
    now indexed by the lemma of a nominative reading (else by itself) when the dictionary knows the word or
    it is an abbreviation; an unknown word keeps the guesser's lemma ("Хезболлы").
M2  An abbreviation or a Latin-script name in brackets right after an organisation ("… США (USADA)",
    "… (JCVI)", "… (МКА)") was a second actor unless its letters were the Russian initials.
A1  One person split in two: "Юрий Васильевич Бондарев" was normalised "Васильевич Бондарев" (the first
    name taken for a description) and never met "Юрий Бондарев"; a name with a patronymic is now one actor
    with the same name without it and with the first name and patronymic alone, and a bare "Михаил Сергеевич"
    (a patronymic the dictionary knows, of the first name's gender) is the one person named in full with that
    first name.  State periphrases ("Страна восходящего солнца") and the spelling "Фэйсбук" are registry
    aliases.
A2  Non-actors shown as actors: the Internet ("в Сети", "в Интернете") tagged ORG; quoted titles listed after a
    noun for a work or a trade mark ("Автор книг: «…», «…» и «Тишина»", "под торговыми марками «Раундап», …")
    were organisations from the second title on.
"""
from __future__ import annotations

import pytest

from tests.nlp.conftest import article

# (text, word as written, registry id the word must NOT link to)
NOT_LINKED = [
    ("Строительство ЦКАД началось в 2014 году. Трасса протяженностью 336,5 км пройдет рядом.", "Трасса", "per:liz-truss"),  # M1
    ("Трассу «Таврида» проверили с помощью чашки кофе.", "Трассу", "per:liz-truss"),                                       # M1
    ("Жертвами нападения стали 20 человек. Стрелок покончил с собой.", "Стрелок", "per:igor-strelkov"),                    # M1
    ("«Песок собирают», – пошутил Толик Суслов.", "Песок", "per:dmitry-peskov"),                                              # M1
    ("Цены выросли. Газ подорожал на 10%.", "Газ", "loc:gaza-strip"),                                                        # M1
    ("Премьер прилетел с супругой. Сара подарила гостям цветы.", "Сара", "gpe:syria"),                                        # M1
    ("Телеграмма пришла утром.", "Телеграмма", "org:telegram"),                                                               # M1
]
# (text, word as written, registry id it links to): guards
LINKED = [
    ("Глава МИД Лиз Трасс прилетела в Москву. Трасс заявила, что переговоры трудные.", "Трасс", "per:liz-truss"),
    ("Дмитрий Песков ответил журналистам. Песков заявил, что Кремль не комментирует.", "Песков", "per:dmitry-peskov"),
    ("Об этом заявил пресс-секретарь Кремля Песков.", "Песков", "per:dmitry-peskov"),
    ("Вчера в секторе Газа снова стреляли.", "Газа", "loc:gaza-strip"),
    ("Боевики Хезболлы обстреляли север Израиля.", "Хезболлы", "org:hezbollah"),
    ("Вчера в Ливане прошли протесты.", "Ливане", "gpe:lebanon"),
    ("Правительство Страны восходящего солнца выразило протест.", "Страны восходящего солнца", "gpe:japan"),  # A1
    ("Жители Туманного Альбиона недовольны.", "Туманного Альбиона", "gpe:uk"),                               # A1
    ("В рамках этого проекта «Фэйсбук» предоставляет бесплатный доступ к сайту.", "Фэйсбук", "org:facebook"),   # A1
]
# (text, two mentions as written that are one actor)
SAME_ACTOR = [
    ("Антидопинговое агентство США (USADA) заявило о нарушении.", "Антидопинговое агентство США", "USADA"),          # M2
    ("Европейское агентство лекарственных средств (МКА) заявило, что эффективность вакцины - 60%.",
     "Европейское агентство лекарственных средств", "МКА"),                                                            # M2
    ("Еще 2 декабря Объединенный комитет по вакцинации и иммунизации Великобритании (JCVI) рекомендовал "
     "вакцинировать людей. Позже JCVI повторил рекомендацию.",
     "Объединенный комитет по вакцинации и иммунизации Великобритании", "JCVI"),                                     # M2
    ("Комиссия США по ценным бумагам и биржам (SEC) оштрафовала банк. В SEC это подтвердили.",
     "Комиссия США по ценным бумагам и биржам", "SEC"),                                                                  # M2
    ("Всемирная организация здравоохранения (ВОЗ) сообщила о вспышке.", "Всемирная организация здравоохранения", "ВОЗ"),  # guard
    ("«Мы довольны игрой», заявил клуб «Рома» (Roma Calcio).", "Рома", "Roma Calcio"),                                 # M2
    ("Умер писатель Юрий Бондарев. Юрий Васильевич Бондарев родился в 1924 году.", "Юрий Бондарев",
     "Юрий Васильевич Бондарев"),                                                                                      # A1
    ("Умер писатель Юрий Бондарев. Юрия Васильевича Бондарева похоронили в Москве.", "Юрий Бондарев",
     "Юрия Васильевича Бондарева"),                                                                                    # A1
    ("Михаил Сергеевич Горбачёв дал интервью. Михаил Сергеевич устал.", "Михаил Сергеевич Горбачёв",
     "Михаил Сергеевич"),                                                                                              # A1
    ("Состояние здоровья экс-президента Михаила Горбачева очень плохое. Михаил Сергеевич ходит тяжело.",
     "Михаила Горбачева", "Михаил Сергеевич"),                                                                         # A1
]
# (text, word as written): no actor at all
NO_ACTOR = [
    ("На кадрах, появившихся в Сети, густой дым виден из многих районов.", "Сети"),                         # A2
    ("Пользователи Сети обратили внимание на молодого человека.", "Сети"),                                   # A2
    ("«Китай пытается противостоять тому, что Интернет неуправляем и не подвержен цензуре», сказал "
     "руководитель КЗЖ Джоэл Саймон.", "Интернет"),                                                          # A2
    ("Каждый третий заключенный журналист работал в Интернете. Об этом сообщает Комитет защиты журналистов.",
     "Интернете"),                                                                                            # A2
    ("Писал о войне. Автор книг: «Батальоны просят огня», «Горячий снег» и «Тишина».", "Тишина"),            # A2
    ("В России он известен под торговыми марками «Раундап», «Глифор», «Торнадо» и др.", "Торнадо"),          # A2
    ("Она снималась в сериалах «Счастливы вместе», «Возвращение Мухтара» и «Маргоша-2».", "Маргоша-2"),    # A2
]
# (text, word as written, type): guards, still an actor
STILL_ACTOR = [
    ("Акции компаний «Газпром», «Лукойл» и «Роснефть» выросли.", "Роснефть", "ORG"),
    ("Сеть магазинов «Пятёрочка» открыла новый магазин.", "Пятёрочка", "ORG"),
    ("Фильм сняла студия «Мосфильм», а прокатом занялась компания «Каро».", "Каро", "ORG"),
]
# (text, two mentions as written that stay two actors): guards
TWO_ACTORS = [
    ("Агентство национальной безопасности (США) заявило о взломе.", "Агентство национальной безопасности", "США"),
    ("Умер Михаил Сергеевич Боярский. Его сын Михаил Михайлович Боярский выступил. Михаил Боярский пел.",
     "Михаил Сергеевич Боярский", "Михаил Михайлович Боярский"),
    ("Умер Михаил Сергеевич Боярский. Его сын Михаил Михайлович Боярский выступил. Михаил Боярский пел.",
     "Михаил Сергеевич Боярский", "Михаил Боярский"),
    ("Писательница Светлана Тихановская и Светлана Алексиевич встретились.", "Светлана Тихановская",
     "Светлана Алексиевич"),                                                                  # a woman's surname in "-вич"
    ("Олегу Мееровичу 80 лет, он трудится на станции. Олег Аронович, врач скорой помощи, привился.",
     "Олегу Мееровичу", "Олег Аронович"),                                                     # two patronymics
]


def _seen(doc):
    return [(m.text, m.type, m.actor_id) for m in doc.mentions]


@pytest.mark.parametrize("text, word, actor_id", NOT_LINKED, ids=[c[1] for c in NOT_LINKED])
def test_a_common_word_is_no_registry_name(nlp_pipeline, text, word, actor_id):
    doc = nlp_pipeline(article(text))
    assert not [m for m in doc.mentions if m.text == word and m.actor_id == actor_id], _seen(doc)


@pytest.mark.parametrize("text, word, actor_id", LINKED, ids=[c[1] for c in LINKED])
def test_a_registry_name_still_links(nlp_pipeline, text, word, actor_id):
    doc = nlp_pipeline(article(text))
    assert [m for m in doc.mentions if m.text == word and m.actor_id == actor_id], _seen(doc)


def _ids(doc, text):
    return {m.actor_id for m in doc.mentions if m.text == text and m.actor_id}


@pytest.mark.parametrize("text, one, other", SAME_ACTOR, ids=[c[2] for c in SAME_ACTOR])
def test_one_actor(nlp_pipeline, text, one, other):
    doc = nlp_pipeline(article(text))
    first, second = _ids(doc, one), _ids(doc, other)
    assert len(first) == 1 and first == second, _seen(doc)


@pytest.mark.parametrize("text, word", NO_ACTOR, ids=[c[1] for c in NO_ACTOR])
def test_no_actor(nlp_pipeline, text, word):
    doc = nlp_pipeline(article(text))
    assert not [m for m in doc.mentions if m.text == word and m.actor_id], _seen(doc)


@pytest.mark.parametrize("text, word, type_", STILL_ACTOR, ids=[c[1] for c in STILL_ACTOR])
def test_still_an_actor(nlp_pipeline, text, word, type_):
    doc = nlp_pipeline(article(text))
    assert [m for m in doc.mentions if m.text == word and m.type == type_ and m.actor_id], _seen(doc)


@pytest.mark.parametrize("text, one, other", TWO_ACTORS, ids=[c[2] for c in TWO_ACTORS])
def test_two_actors(nlp_pipeline, text, one, other):
    doc = nlp_pipeline(article(text))
    first, second = _ids(doc, one), _ids(doc, other)
    assert first and second and not first & second, _seen(doc)
