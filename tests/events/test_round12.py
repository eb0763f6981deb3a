"""Round 12 (issue 5): the actor side of events whose predicate is found — gerunds take their clause's
subject, "со стороны X" and "подвергнуться" name the agent and the one who undergoes the act, a light
verb's dative addresses a request, a protest prompted by a decision targets its author, court motions
turned down without an agent are a court's, a fronted name before an indefinite plural verb is the
patient, unnamed police abroad, unknown parties, a genitive name the tagger called nominative, a
genitive "subject".  Sentences written for the tests, not taken from any gold or read document."""
from __future__ import annotations

import pytest

from event_checks import coded, forbidden, has_event


# paragraph, type, source, target: coded with these actors (each set must be among the event's names)
CODED = [
    # a gerund has the subject of the clause it hangs from
    ("Иван Петров выступил в парламенте, обвинив Германию во лжи.", "ACCUSE", {"Иван Петров"}, {"Германия"}),
    ("Сергей Смирнов прилетел в Париж, пригрозив Франции санкциями.", "THREATEN", {"Сергей Смирнов"}, {"Франция"}),
    # ... of a passive clause, its grammatical subject
    ("Иван Петров был освобождён, поблагодарив Францию за помощь.", "SUPPORT", {"Иван Петров"}, {"Франция"}),
    # "со стороны X" is the agent of a passive, and of an act one undergoes
    ("Иван Петров был избит со стороны полицейских.", "ASSAULT", {"полиция"}, {"Иван Петров"}),
    ("Нападению со стороны полиции подвергся Иван Петров.", "ASSAULT", {"полиция"}, {"Иван Петров"}),
    ("Правительство Венгрии подверглось критике со стороны Еврокомиссии.", "ACCUSE", {"Еврокомиссия"}, {"Венгрия"}),
    # a light verb's dative is whom a request is addressed to
    ("Сергей Смирнов направил Ивану Петрову просьбу о помиловании.", "REQUEST", {"Сергей Смирнов"}, {"Иван Петров"}),
    # a protest prompted by a decision is aimed at the decision's author
    ("Оправдательный приговор Верховного суда Индии вызвал массовые протесты среди студентов.", "PROTEST",
     {"студент"}, {"Верховный суд Индии"}),
    ("В связи с решением суда Москвы активисты «Яблока» вышли на пикет.", "PROTEST", {"активист «Яблоко»"},
     {"суд Москвы"}),
    ("В ответ на решение суда Москвы активисты «Яблока» объявили голодовку.", "PROTEST", {"активист «Яблоко»"},
     {"суд Москвы"}),
    # a cause noun beside a light verb without an object of its own is the subject's own act
    ("Министр Иван Петров объявил о своем уходе из-за несогласия с планом премьера Сергея Смирнова.", "REJECT",
     {"Иван Петров"}, {"Сергей Смирнов"}),
    # a motion or appeal turned down with no agent: the court just named
    ("Арбитражный суд Москвы рассмотрел дело. Апелляция Ивана Петрова была отклонена.", "REJECT",
     {"Арбитражный суд Москвы"}, {"Иван Петров"}),
    # ... the court of the case, however far back the document named it
    ("Федеральный суд Техаса рассмотрел иск компании. Стороны выступили. Суд выслушал свидетелей. "
     "Истцам было отказано в удовлетворении ходатайства.", "REJECT", {"Федеральный суд Техаса"}, {"истец"}),
    # a trial party's plea for a sentence is made to the court of the case
    ("Пресненский суд рассмотрел дело Ивана Петрова. Ранее прокурор просил наказать обвиняемого на пять лет.",
     "REQUEST", {"прокурор"}, {"Пресненский суд"}),
    # "совместной с X" the parser hung on the verb still belongs to the noun after it
    ("Министр Иван Петров прибыл в Тверь. Об этом он сказал на совместной с губернатором Сергеем Смирновым "
     "пресс-конференции.", "CONSULT", {"Иван Петров"}, {"Сергей Смирнов"}),
    # calling someone's words «...» judges the speaker; a possessive "её" is a woman's
    ("Депутат Мария Смирнова выступила в Думе. Иван Петров прокомментировал выступление, назвав ее слова «адом».",
     "ACCUSE", {"Иван Петров"}, {"Мария Смирнова"}),
    ("Иван Петров назвал заявление Сергея Смирнова «ложью».", "ACCUSE", {"Иван Петров"}, {"Сергей Смирнов"}),
    # ... but turning to someone with a plea is one
    ("Иван Петров отреагировал на вызов, обратившись к CBS с призывом провести бой.", "REQUEST", {"Иван Петров"},
     {"CBS"}),
    # an arrested head named in apposition is that person, not a description of the post
    ("В Индии арестовали руководителя портала «Новости» Ивана Петрова.", "COERCE", {"Индия"}, {"Иван Петров"}),
    # a visit to a city is hosted by the city's state (not one's own)
    ("Президент Франции Эммануэль Макрон посетил Харьков.", "CONSULT", {"Эммануэль Макрон"}, {"Украина"}),
    # a name before an indefinite plural verb is its patient; the place says who acted
    ("Джон Смит арестовали в Индии.", "COERCE", {"Индия"}, {"Джон Смит"}),
    # no place, a story about one foreign state: its police
    ("Власти Индии начали расследование. Вскоре Джон Смит арестовали.", "COERCE", {"полиция Индии"}, {"Джон Смит"}),
    ("Власти Индии начали расследование. Вскоре Ивана Петрова арестовали.", "COERCE", {"полиция Индии"},
     {"Иван Петров"}),
    # coordinated or comitative subjects of a plural verb stay subjects
    ("Мария Смирнова и Иван Петров обвинили Германию во лжи.", "ACCUSE", {"Мария Смирнова", "Иван Петров"},
     {"Германия"}),
    # a kin noun with a genitive name is the kin, not the name
    ("Отец Петрова назвал эти слухи ложью, обвинив журналистов в желании заработать.", "ACCUSE", {"отец Петрова"},
     {"журналист"}),
]


@pytest.mark.parametrize("text, type_, source, target", CODED)
def test_round12_coded(code_paragraph, text: str, type_: str, source: set[str], target: set[str]) -> None:
    found = coded(code_paragraph(text))
    assert has_event(found, type_, source, target), found


# paragraph, what must not be coded (type alone, or type:a name among the actors)
NOT_CODED = [
    # undergoing an act with no agent named is no event
    ("Иван Петров подвергся нападению.", "ASSAULT"),
    # an unknown party acting on an unnamed one: no identifiable actor
    ("Неизвестный грабитель угрожал кассиру пистолетом.", "THREATEN"),
    ("Неустановленные лица напали на охранника магазина.", "ASSAULT"),
    # the genitive person of a verdict is the one sentenced, not its author
    ("Студенты вышли на митинг после приговора Ивана Петрова.", "PROTEST:Иван Петров"),
    # a verdict named as the time of a picket is not passed by the picketers
    ("Сторонники «Яблока» провели пикет после приговора Ивану Петрову.", "COERCE"),
    # a genitive "subject" the parser added belongs to the phrase before it
    ("Министр Иван Петров на фоне конфликта Сергея Смирнова и Марии Ивановой попросил жителей Твери не ссориться.",
     "REQUEST:Сергей Смирнов"),
    # a plea with no court named anywhere before is left without a guess; a request for anything but a
    # sentence is not made to a court
    ("Суд начал процесс. Ранее прокурор просил наказать обвиняемого на пять лет.", "REQUEST"),
    ("Суд Твери начал процесс. Прокуратура потребовала проверить деятельность компании.", "REQUEST"),
    # turning to someone while speaking is no request; nor is an arrest by the police of a state out of view
    ("«Это позор», – написала Мария Смирнова, обращаясь к автору ролика.", "REQUEST"),
    ("Иван Петров хочет уехать в Индию. Об этом он сказал в Москве. Фильм понравился зрителям. "
     "Позже Джон Смит арестовали.", "COERCE:полиция Индии"),
    # a state named «...» is no statement of its owner's
    ("Иван Петров назвал состояние Сергея Смирнова «тяжёлым».", "ACCUSE"),
    ("Мэр Москвы Иван Петров посетил Санкт-Петербург.", "CONSULT"),
    ("Губернатор Иван Петров посетил Москву.", "CONSULT"),
    # a legislature rejecting a bill is no court ruling
    ("Госдума отклонила законопроект.", "REJECT"),
    # an attribute participle is background, not an arrest by the police
    ("Власти Индии начали расследование. Ранее арестованный бизнесмен Иван Петров пошёл на сделку со следствием.",
     "COERCE:полиция Индии"),
]


@pytest.mark.parametrize("text, what", NOT_CODED)
def test_round12_not_coded(code_paragraph, text: str, what: str) -> None:
    found = coded(code_paragraph(text))
    assert not forbidden(found, what), found
