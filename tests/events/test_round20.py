"""Round 20 (issue 5): naming and recall on unread RuNormAS/NEREL text.  Names coordinated after a plural or
counted title ("два футболиста A и B", "его подчиненные A и B") are all actors, not only the first; a name
introduced through a nationality noun ("чемпиона в легком весе россиянина X") is X, not the title phrase; a bare
"последнюю/последнего" ("the latter") after two people is the last one named; a subject "он" after "– сказал он"
continues that pronoun's referent.  Sentences written for the tests, not taken from any gold or read document."""
from __future__ import annotations

import pytest

from event_checks import coded, forbidden, has_event


# paragraph, type, source, target: coded with these actors (each set must be among the event's names)
CODED = [
    # names coordinated after a counted or plural title
    ("Вчера два известных хоккеиста Олег Смирнов и Петр Иванов напали на депутата Ивана Сидорова.", "ASSAULT",
     {"Олег Смирнов", "Пётр Иванов"}, {"Иван Сидоров"}),
    ("Напомним, начальник отдела ФСБ Олег Смирнов и его бывшие подчиненные Петр Иванов и Иван Сидоров были "
     "арестованы по подозрению в получении взяток.", "COERCE", set(), {"Олег Смирнов", "Пётр Иванов", "Иван Сидоров"}),
    # a name introduced through a nationality noun
    ("Боксер Олег Смирнов обвинил в трусости чемпиона мира в тяжелом весе американца Джона Брауна.", "ACCUSE",
     {"Олег Смирнов"}, {"Джон Браун"}),
    ("Депутат Олег Смирнов раскритиковал чемпиона Европы белоруса Ивана Сидорова.", "ACCUSE", {"Олег Смирнов"},
     {"Иван Сидоров"}),
    # "the latter"
    ("Блогер Олег Смирнов сравнил актрису Анну Петрову с певицей Марией Ивановой и назвал последнюю «ничтожеством».",
     "ACCUSE", {"Олег Смирнов"}, {"Мария Иванова"}),
    ("Министр Олег Смирнов сравнил Ивана Петрова с Павлом Сидоровым и назвал последнего «предателем».", "ACCUSE",
     {"Олег Смирнов"}, {"Павел Сидоров"}),
    # a subject pronoun after "– сказал он" continues its referent across the quote
    ("Депутат Иван Сидоров назвал решение суда о передаче канала бизнесмену Петру Иванову «шокирующим». «Мы этого не ждали. "
     "Суд ошибся. Будем обжаловать», – сказал он журналистам. Он призвал министра Олега Смирнова вмешаться.",
     "REQUEST", {"Иван Сидоров"}, {"Олег Смирнов"}),
]


@pytest.mark.parametrize("text, type_, source, target", CODED)
def test_round20_coded(code_paragraph, text: str, type_: str, source: set[str], target: set[str]) -> None:
    found = coded(code_paragraph(text))
    assert has_event(found, type_, source, target), found


# paragraph, what must not be coded (type alone, "TYPE:name" among the actors, or "TYPE:source>target")
NOT_CODED = [
    # "the latter" is not the first one compared
    ("Блогер Олег Смирнов сравнил актрису Анну Петрову с певицей Марией Ивановой и назвал последнюю «ничтожеством».",
     "ACCUSE:Анна Петрова"),
    # an adjective "последний" modifying its own noun is no person
    ("Министр Олег Смирнов назвал последние новости «ложью».", "ACCUSE:Олег Смирнов>Олег Смирнов"),
    # the title phrase is not kept as the name
    ("Боксер Олег Смирнов обвинил в трусости чемпиона мира в тяжелом весе американца Джона Брауна.",
     "ACCUSE:чемпион мира в тяжелом весе Джона Брауна"),
    # a genitive possessor is not the title's own name
    ("Министр Олег Смирнов раскритиковал дочь президента Ивана Сидорова.", "ACCUSE:Олег Смирнов>Иван Сидоров"),
]


@pytest.mark.parametrize("text, what", NOT_CODED)
def test_round20_not_coded(code_paragraph, text: str, what: str) -> None:
    found = coded(code_paragraph(text))
    assert not forbidden(found, what), found
