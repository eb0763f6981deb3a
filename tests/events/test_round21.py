"""Round 21 (issue 5): lexicon coverage from the CAMEO codebook.  Sub-codes that Russian news reports with common
predicates the lexicon lacked: apologies (055 → CONCEDE), insults and scolding (111/112 → ACCUSE), verbal defence
(052 → SUPPORT), a meeting or a phone call with someone named (041/044), the noun "приезд" (042), taking hostages,
beheading, invading (181/1823/190 → ASSAULT), the wanted list and a summons for questioning (173 → COERCE), acceding
to demands, unblocking, compromise (08 → CONCEDE / AGREE), joining sanctions (163), taking to the streets (141), and
the imperfective partners of perfective triggers.  Sentences written for the tests, not taken from any gold or read
document."""
from __future__ import annotations

import pytest

from event_checks import coded, forbidden, has_event


# paragraph, type, source, target: coded with these actors (each set must be among the event's names)
CODED = [
    # CAMEO 055 apologize -> CONCEDE
    ("Певец Иван Петров извинился перед журналистом Олегом Смирновым за грубость.", "CONCEDE",
     {"Иван Петров"}, {"Олег Смирнов"}),
    ("Министр Иван Петров извиняется перед губернатором Олегом Смирновым.", "CONCEDE", {"Иван Петров"},
     {"Олег Смирнов"}),
    ("Министр Олег Смирнов принес извинения губернатору Ивану Петрову.", "CONCEDE", {"Олег Смирнов"}, {"Иван Петров"}),
    ("Министр Олег Смирнов приносит извинения губернатору Ивану Петрову.", "CONCEDE", {"Олег Смирнов"},
     {"Иван Петров"}),
    ("Министр Иван Петров попросил прощения у губернатора Олега Смирнова.", "CONCEDE", {"Иван Петров"},
     {"Олег Смирнов"}),
    ("Министр Иван Петров просит прощения у губернатора Олега Смирнова.", "CONCEDE", {"Иван Петров"},
     {"Олег Смирнов"}),
    # CAMEO 111/112 criticize, denounce, accuse -> ACCUSE
    ("Блогер Иван Петров оскорбил депутата Олега Смирнова.", "ACCUSE", {"Иван Петров"}, {"Олег Смирнов"}),
    ("Депутат Олег Смирнов обругал министра Ивана Петрова.", "ACCUSE", {"Олег Смирнов"}, {"Иван Петров"}),
    ("Мэр Иван Петров отчитал директора школы Олега Смирнова.", "ACCUSE", {"Иван Петров"}, {"Олег Смирнов"}),
    ("Журналисты уличили депутата Олега Смирнова во лжи.", "ACCUSE", set(), {"Олег Смирнов"}),
    ("Лидер оппозиции Олег Смирнов уличает министра Ивана Петрова во лжи.", "ACCUSE", {"Олег Смирнов"},
     {"Иван Петров"}),
    ("Депутат Олег Смирнов обрушился с нападками на министра Ивана Петрова.", "ACCUSE", {"Олег Смирнов"},
     {"Иван Петров"}),
    ("Нападки депутата Ивана Петрова на министра Олега Смирнова продолжились.", "ACCUSE", {"Иван Петров"},
     {"Олег Смирнов"}),
    # CAMEO 052 defend verbally -> SUPPORT
    ("Губернатор Иван Петров встал на сторону Олега Смирнова.", "SUPPORT", {"Иван Петров"}, {"Олег Смирнов"}),
    ("На защиту Олега Смирнова встал губернатор Иван Петров.", "SUPPORT", {"Иван Петров"}, {"Олег Смирнов"}),
    ("Партия «Яблоко» встает на сторону профсоюза пилотов.", "SUPPORT", {"Яблоко"}, {"профсоюз пилотов"}),
    ("Блогер Иван Петров высказался в поддержку певицы Анны Ивановой.", "SUPPORT", {"Иван Петров"},
     {"Анна Иванова"}),
    # CAMEO 041/042/044: a phone call, a visit named by "приезд", a meeting
    ("Состоялся телефонный звонок президента Ивана Петрова с канцлером Олафом Шольцем.", "CONSULT",
     {"Иван Петров"}, set()),
    ("Приезд президента Турции Реджепа Эрдогана в Москву состоялся в марте.", "CONSULT", set(), {"Россия"}),
    ("Премьер Иван Петров провел совещание с губернатором Олегом Смирновым.", "CONSULT", {"Иван Петров"},
     {"Олег Смирнов"}),
    # CAMEO 141 demonstrate
    ("Тысячи сторонников оппозиции вышли на улицы Еревана против премьера Никола Пашиняна.", "PROTEST", set(),
     {"Никол Пашинян"}),
    # CAMEO 181, 1823, 190, 182 -> ASSAULT
    ("Боевики взяли в заложники журналиста Ивана Петрова.", "ASSAULT", set(), {"Иван Петров"}),
    ("Боевики захватили в заложники журналиста Ивана Петрова.", "ASSAULT", set(), {"Иван Петров"}),
    ("Боевики «Исламского государства» обезглавили журналиста Джеймса Фоули.", "ASSAULT", set(), {"Джеймс Фоули"}),
    ("Войска Армении вторглись в Азербайджан.", "ASSAULT", set(), {"Азербайджан"}),
    ("Спортсмен Олег Смирнов насиловал актрису Анну Петрову, утверждает следствие.", "ASSAULT", {"Олег Смирнов"},
     {"Анна Петрова"}),
    ("Боевики уничтожают посты армии Мали.", "ASSAULT", set(), {"армия Мали"}),
    # CAMEO 173 (wanted list, summons for questioning), 171 (seize) -> COERCE
    ("Власти Украины объявили в розыск депутата Олега Смирнова.", "COERCE", {"Украина"}, {"Олег Смирнов"}),
    ("Суд объявил в розыск бизнесмена Олега Смирнова.", "COERCE", {"суд"}, {"Олег Смирнов"}),
    ("Полиция вызвала на допрос бизнесмена Олега Смирнова.", "COERCE", {"полиция"}, {"Олег Смирнов"}),
    ("Таможенники изымают у компании «Ромашка» товары.", "COERCE", set(), {"Ромашка"}),
    # CAMEO 08 yield -> CONCEDE; settling -> AGREE
    ("Президент Иван Петров удовлетворил требования профсоюза шахтеров.", "CONCEDE", {"Иван Петров"},
     {"профсоюз шахтеров"}),
    ("Власти Казахстана разблокировали Telegram.", "CONCEDE", {"Казахстан"}, {"Telegram"}),
    ("Министр Олег Смирнов пошел на компромисс с профсоюзом пилотов.", "CONCEDE", {"Олег Смирнов"},
     {"профсоюз пилотов"}),
    ("Профсоюз пилотов достиг компромисса с Ryanair.", "AGREE", set(), {"Ryanair"}),
    ("Губернатор Иван Петров помирился с мэром Олегом Смирновым.", "AGREE", set(), {"Олег Смирнов"}),
    # CAMEO 163 sanctions
    ("Канада присоединилась к санкциям против России.", "SANCTION", {"Канада"}, {"Россия"}),
    ("Евросоюз замораживает активы Олега Смирнова.", "SANCTION", {"Евросоюз"}, {"Олег Смирнов"}),
]


@pytest.mark.parametrize("text, type_, source, target", CODED)
def test_round21_coded(code_paragraph, text: str, type_: str, source: set[str], target: set[str]) -> None:
    found = coded(code_paragraph(text))
    assert has_event(found, type_, source, target), found


# paragraph, what must not be coded (type alone, "TYPE:name" among the actors, or "TYPE:source>target")
NOT_CODED = [
    # asking forgiveness is no request
    ("Министр Иван Петров попросил прощения у губернатора Олега Смирнова.", "REQUEST"),
    # an insult to a prophet or a faith has no actor as its target
    ("Блогер Иван Петров оскорбил пророка Мухаммеда.", "ACCUSE"),
    # a refusal to let someone be insulted is no insult
    ("Блогер Иван Петров заявил, что не позволит оскорблять своих поклонников.", "ACCUSE"),
    # habitual or unanswered calls: "звонить" stays out of the lexicon
    ("Мне все время звонят разные люди, рассказал актер Иван Петров.", "CONSULT"),
    # a trip that is no state visit ("побывать" stays out of the lexicon)
    ("Блогер Иван Петров побывал в Латвии и Польше.", "CONSULT"),
]


@pytest.mark.parametrize("text, what", NOT_CODED)
def test_round21_not_coded(code_paragraph, text: str, what: str) -> None:
    found = coded(code_paragraph(text))
    assert not forbidden(found, what), found
