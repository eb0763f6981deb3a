"""Helper gq (nineteenth session): the second review's (rev19_C) quote findings, items 3, 6, 7, 8, 9.
3. A name after an animate genitive noun is that noun's holder only when it agrees with the noun in
   gender: "дочери народного артиста Екатерины Дуровой" names the daughter, not the artist.
6. A "… — Name" headline is dropped as an apposition only when its content ends with a person noun
   that is the subject put after its (non-link) verb ("возглавила женщина — Анна Смирнова"); a
   predicate noun ("— стратегические партнеры — Путин") or a link verb's subject ("остается
   водитель — Колокольцев") ends a statement the name made.
7. After a colon, second-person words ("Вы", "Ваша", an imperative) are someone's own words too when
   the verb before the colon has an animate addressee ("обратился к россиянам", "поблагодарил медиков").
8. A described speaker with «другой», «второй», «бывший» or «ещё один» is someone else than the named
   person met under the same head noun.
9. A survey's complement is its author in a headline prefix ("Опрос ВЦИОМ: …").
Made-up sentences (the reviewer's probes and guards); rows marked old=False failed on the code before gq."""
from __future__ import annotations

import pytest

BODY = "Подробности появились в среду."

# (rule, body text, quoted words, expected speaker name or None for no such quote, passes on the old code)
BODY_ROWS = [
    ("3 Fem name after a Masc genitive noun: the relation noun's apposition",
     "По словам дочери народного артиста Екатерины Дуровой, это случилось в больнице.",
     "это случилось в больнице", "дочь народного артиста Екатерины Дуровой", False),
    ("3 Fem name after a Masc genitive noun (with an adjective)",
     "По словам жены известного актера Марии Ивановой, актер чувствует себя хорошо.",
     "актер чувствует себя хорошо", "жена известного актера Марии Ивановой", False),
    ("3 guard: a name agreeing with the genitive noun is its holder",
     "По словам отца известного боксера Ивана Петрова, сын готовится к бою.",
     "сын готовится к бою", "отец Ивана Петрова", True),
    ("7 an animate object before the colon: second person kept",
     "Президент поблагодарил медиков: Вы спасли тысячи жизней.", "Вы спасли тысячи жизней", "Президент", False),
    ("7 «к» + animate before the colon",
     "Путин обратился к россиянам: Вы проявили мужество и стойкость.", "Вы проявили мужество и стойкость",
     "Владимир Путин", False),
    ("7 an imperative after the colon",
     "Губернатор обратился к жителям области: Берегите себя и своих близких.", "Берегите себя и своих близких",
     "Губернатор", False),
    ("7 a second-person possessive after the colon",
     "Мэр обратился к горожанам: Ваша помощь очень важна.", "Ваша помощь очень важна", "Мэр", False),
    ("7 guard: an explainer's «вы» with no animate addressee",
     "Гражданин обращается в суд: Вы можете подать иск онлайн.", "Вы можете подать иск онлайн", None, True),
    ("7 guard: an inanimate object before the colon",
     "Компания выпустила новое приложение: Вы можете заказать такси за минуту.",
     "Вы можете заказать такси за минуту", None, True),
    ("8 «другой» makes another adviser; «Он» is that one",
     "Советник президента Иван Иванов заявил, что переговоры продолжатся. «Мы с этим не согласны», — сказал "
     "другой советник президента. Он подчеркнул, что решение еще не принято.",
     "решение еще не принято", "другой советник президента", False),
    ("8 guard: the same head noun with no such modifier is the named adviser again",
     "Советник президента Иван Иванов заявил, что переговоры продолжатся. «Мы с этим не согласны», — сказал "
     "советник президента. Он подчеркнул, что решение еще не принято.",
     "решение еще не принято", "Иван Иванов", True),
]


@pytest.mark.parametrize("rule, text, content, speaker, old", BODY_ROWS, ids=[r[0][:50] for r in BODY_ROWS])
def test_body_quotes(enrich, rule, text, content, speaker, old):
    doc = enrich(text)
    found = [q for q in doc.quotes if q.text.strip(" .") == content]
    if speaker is None:
        assert not found, f"{rule}: {[(q.text, q.speaker and q.speaker.name) for q in found]}"
    else:
        assert found and found[0].speaker is not None, f"{rule}: {[(q.text, q.speaker) for q in doc.quotes]}"
        assert found[0].speaker.name == speaker, f"{rule}: {found[0].speaker.name}"


# (rule, title, expected headline speaker or None for no headline quote, passes on the old code)
TITLE_ROWS = [
    ("6 a predicate noun after a dash", "Россия и Китай — стратегические партнеры — Путин", "Владимир Путин", False),
    ("6 a predicate noun after a comma", "Мы не враги Америки, мы ее партнеры — Лавров", "Сергей Лавров", False),
    ("6 coordinated predicate nouns", "Украина не враг и Россия не враг — Зеленский", "Владимир Зеленский", False),
    ("6 an existential clause", "У нас нет врагов, есть партнеры — Песков", "Дмитрий Песков", False),
    ("6 a link verb's subject", "Главным подозреваемым остается водитель — Колокольцев", "Владимир Колокольцев",
     False),
    ("6 guard: the postposed subject of a full verb",
     "Больницу в Твери впервые возглавила женщина — Анна Смирнова", None, True),
    ("6 guard: the postposed subject with a genitive", "В Японии умер старейший житель планеты — Кэндзи Като",
     None, True),
    ("6 guard: the postposed subject with an adjective", "Сборную России возглавил новый тренер — Валерий Карпин",
     None, True),
    ("9 a survey's author speaks", "Опрос ВЦИОМ: большинство россиян поддерживают поправки", "ВЦИОМ", False),
    ("9 a study's author speaks", "Исследование ВШЭ: россияне стали больше читать", "ВШЭ", False),
    ("9 guard: another noun's complement does not", "Перезапуск НАПК: Зеленский внес законопроект", None, True),
    ("9 guard: an event with its year does not", "Евро-2020: УЕФА перенес турнир на год", None, True),
]


@pytest.mark.parametrize("rule, title, speaker, old", TITLE_ROWS, ids=[r[0][:50] for r in TITLE_ROWS])
def test_headline_quotes(enrich, rule, title, speaker, old):
    doc = enrich(BODY, title=title)
    heads = [q for q in doc.quotes if q.cue == "headline" and q.start < len(title)]
    if speaker is None:
        assert not heads, f"{rule}: {[(q.text, q.speaker and q.speaker.name) for q in heads]}"
    else:
        assert heads and heads[0].speaker is not None, rule
        assert heads[0].speaker.name == speaker, f"{rule}: {heads[0].speaker.name}"
