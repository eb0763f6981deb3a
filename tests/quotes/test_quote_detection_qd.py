"""Helper qd table tests, made-up sentences (classes found among the quotes the system did not find at
all on the design sets and on 150 unread news): an inverted trailing frame with a time phrase (or a
"не" that keeps the content) between the comma and its verb ("…, 28 сентября передает агентство X");
naming and accusing by an active participle ("лидеры, называющие его диктатором"); a naming predicate
the tagger misread (an adjective's or plural noun's instrumental ending), after the object's relative
clause or participial phrase ("назвал людей, которые …, «дармоедами»"), the press as the naming
subject ("СМИ называют X «…»"), a participle as the object of "охарактеризовал … как"; "В этом X
заверил/признался" quoting the sentence before; "мотивировал/аргументировал/обосновал (это) тем,
что …"; a copular manner predicate before a colon and whole quoted sentences ("X был краток: «…»")."""
from __future__ import annotations

import pytest

from quote_checks import assert_no_quote_with

# (mechanism, text, content of the quote, kind, expected speaker name)
FOUND = [
    ("trailing frame: a date between the comma and the inverted verb",
     "Профсоюз пилотов объявил забастовку на две недели, 28 сентября передает агентство Reuters.",
     "Профсоюз пилотов объявил забастовку на две недели", "indirect", "Reuters"),
    ("trailing frame: a weekday phrase",
     "Цены на газ вырастут уже в следующем году, в пятницу заявил министр Иван Сомов.",
     "Цены на газ вырастут уже в следующем году", "indirect", "Иван Сомов"),
    ("trailing frame: 'ранее'",
     "Завод будет закрыт до конца года, ранее сообщил губернатор Игорь Лапин.",
     "Завод будет закрыт до конца года", "indirect", "Игорь Лапин"),
    ("trailing frame: 'не исключили' keeps the content (a hedge)",
     "Коррекция нефтяных цен может оказаться временной, не исключают аналитики банка.",
     "Коррекция нефтяных цен может оказаться временной", "indirect", "аналитики банка"),
    ("naming by an active participle (present)",
     "На улицы вышли оппозиционные лидеры, называющие президента диктатором.",
     "президента диктатором", "indirect", "оппозиционные лидеры"),
    ("naming by an active participle (past)",
     "Депутаты, назвавшие выборы фарсом, покинули зал заседаний.",
     "выборы фарсом", "indirect", "Депутаты"),
    ("accusing by an active participle",
     "Журналисты, обвинившие министра в коррупции, получили угрозы.",
     "министра в коррупции", "indirect", "Журналисты"),
    ("naming predicate after the object's relative clause, quoted",
     "Губернатор Игорь Лапин назвал людей, которые требуют от государства поддержки, «дармоедами».",
     "людей, которые требуют от государства поддержки, «дармоедами»", "mixed", "Игорь Лапин"),
    ("naming predicate after the object's participial phrase, a plural noun the tagger misreads",
     "Губернатор Игорь Лапин назвал россиян, просящих помощи у государства, дармоедами.",
     "россиян, просящих помощи у государства, дармоедами", "indirect", "Игорь Лапин"),
    ("the press names: 'СМИ называют X «…»'",
     "Иван Сомов проработал в Кремле год. С тех пор СМИ называют Сомова «кремлевским доктором».",
     "Сомова «кремлевским доктором»", "mixed", "СМИ"),
    ("'охарактеризовал происходящее как «…»': a participle as the object",
     "Депутат Игорь Лапин покинул заседание. Также он охарактеризовал происходящее как «полный хаос».",
     "происходящее как «полный хаос»", "mixed", "Игорь Лапин"),
    ("'В этом X заверил …': the sentence before",
     "Правительство не станет повышать налоги в следующем году. В этом министр Иван Сомов заверил накануне "
     "депутатов.",
     "Правительство не станет повышать налоги в следующем году", "indirect", "Иван Сомов"),
    ("'В этом признался X': the sentence before",
     "Команда тренировалась без врача целый месяц. В этом признался тренер Игорь Лапин.",
     "Команда тренировалась без врача целый месяц", "indirect", "Игорь Лапин"),
    ("'мотивировал (это) тем, что'",
     "Свой отказ премьер Иван Сомов мотивировал тем, что страна получила данные о заговоре.",
     "страна получила данные о заговоре", "indirect", "Иван Сомов"),
    ("'аргументировал тем, что'",
     "Министр Игорь Лапин аргументировал свою позицию тем, что бюджет не выдержит новых расходов.",
     "бюджет не выдержит новых расходов", "indirect", "Игорь Лапин"),
    ("a copula verb with an adjective before a colon and whole quoted sentences",
     "Сам Игорь Лапин оказался более дипломатичным: «Для нас было неожиданно, что заявку подал советник».",
     "Для нас было неожиданно, что заявку подал советник", "direct", "Игорь Лапин"),
    ("a short adjective with a copula before a colon and whole quoted sentences",
     "Завод закроют весной. Министр был краток: «Цены на газ вырастут уже в следующем году».",
     "Цены на газ вырастут уже в следующем году", "direct", "Министр"),
    ("a verb outside the lexicon before a colon, first-person words after it (no marks)",
     "После назначения Игорь Лапин поблагодарил губернатора следующими словами: Иван Петрович, благодарю вас "
     "за доверие.",
     "Иван Петрович, благодарю вас за доверие", "direct", "Игорь Лапин"),
    ("the same with a possessive of the first person",
     "Фигуристка родила сына. Певица Ольга Орлова присоединилась к поздравлениям: Мои поздравления подруге!",
     "Мои поздравления подруге!", "indirect", "Ольга Орлова"),
    ("a label 'Name, description:' before whole quoted sentences (a vox pop)",
     "Жители города рассказали о прививках. Олег Аронов, врач станции скорой помощи: «Я работаю на скорой "
     "помощи, поэтому для нас прививка очень важна».",
     "Я работаю на скорой помощи, поэтому для нас прививка очень важна", "direct", "Олег Аронов"),
    ("a label 'description Name:' before whole quoted sentences",
     "Жители города рассказали о прививках. Врач станции скорой помощи Олег Аронов: «Я работаю на скорой "
     "помощи, поэтому для нас прививка очень важна».",
     "Я работаю на скорой помощи, поэтому для нас прививка очень важна", "direct", "Олег Аронов"),
]

# (mechanism, text, a string no quote may contain)
NOT_FOUND = [
    ("guard: a time phrase before a verb with its subject before it is no inverted frame",
     "Компания отменила рейсы, в пятницу министр заявил о проверке.", "Компания отменила рейсы"),
    ("guard: a time phrase and a relative pronoun",
     "Компания отменила рейсы, которые в пятницу заявил перевозчик.", "Компания отменила рейсы"),
    ("guard: a negated report verb after a time phrase did not happen",
     "Цены на газ вырастут уже в следующем году, вчера не сообщил министр Иван Сомов.", "Цены на газ"),
    ("guard: 'так называемый' is a passive participle",
     "Многие страны вновь вводят так называемый «локдаун», чтобы уменьшить число заражений.", "локдаун"),
    # (sy40) "a participle the parse hung on a noun after it is left alone" ("Сидоров и Иванов, прямо обвиняющие
    # Россию в смерти женщины, …") is gone: the tree hangs the participle on its own nouns, whose accusation it is
    # (tests/quotes/test_sy40.py::test_sy40_participle_accusers_keep_their_accusation)
    ("guard: 'называющий себя' describes oneself",
     "Мужчина, называющий себя пророком, задержан полицией.", "пророком"),
    ("guard: after the relative clause a word that ends the clause but names no evaluation",
     "Министр Иван Сомов назвал людей, которые пришли на митинг, и ушел.", "людей"),
    ("guard: 'В этом году' is a time phrase",
     "Россия поставляла оружие в Сирию. В этом году заявил министр, что поставки прекращены.",
     "Россия поставляла оружие"),
    ("guard: an accusation 'В этом X обвинили Y' is no report of the sentence before",
     "Россия поставляла оружие в Сирию. В этом Россию обвинили США.", "Россия поставляла оружие"),
    ("guard: 'мотивировал сотрудников премиями' has no content",
     "Министр Иван Сомов мотивировал сотрудников премиями.", "сотрудников"),
    ("guard: a copula with a non-speaking subject before a colon",
     "Результат оказался неожиданным: «Спартак» проиграл со счетом ноль три в Москве.", "проиграл"),
    ("guard: a copula with a place, not an adjective, before a colon",
     "Министр Иван Сомов оказался в больнице: «Скорая» приехала быстро и забрала его домой.", "приехала"),
    ("guard: a colon after a verb with a thing as its object tells about the thing",
     "Иван Сомов купил книгу: Мы прочитали ее за неделю.", "прочитали"),
    ("guard: a colon after a narrator's first-person verb",
     "Я увидел его вчера: Мы долго говорили о погоде.", "говорили"),
    ("guard: third-person words after a colon stay narration",
     "Беспорядки вспыхнули ещё в нескольких крупных городах: Ливерпуле, Манчестере и Бристоле.", "Ливерпуле"),
    ("guard: a name in the genitive before a colon names a topic (titles follow)",
     "Писатель умер в марте. Самые известные работы писателя Имре Кертеса: «Кадиш по нерожденному ребенку и "
     "другим детям».", "Кадиш"),
    ("guard: a list of names with a verb before a colon",
     "Среди гостей были Иван Петров, Олег Сидоров и министр Лапин: «Спартак» победил в матче со счетом три один.",
     "победил"),
]


@pytest.mark.parametrize("label,text,content,kind,expected", FOUND, ids=[c[0] for c in FOUND])
def test_qd_found(enrich, label, text, content, kind, expected):
    doc = enrich(text)
    found = [q for q in doc.quotes if q.text == content]
    assert found, f"{label}: no quote {content!r}; got {[q.text for q in doc.quotes]}"
    assert found[0].kind == kind, label
    assert (found[0].speaker.name if found[0].speaker else None) == expected, label


@pytest.mark.parametrize("label,text,absent", NOT_FOUND, ids=[c[0] for c in NOT_FOUND])
def test_qd_not_found(enrich, label, text, absent):
    assert_no_quote_with(enrich(text), absent, label)
