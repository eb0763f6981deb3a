"""Round 19 (issue 5): recall and naming on unread RuNormAS/NEREL text.  A harm promised in the infinitive
("пообещал покалечить X") threatens X; choking is an assault; unquoted epithets "предателем", "некорректным",
"ответственным" accuse; blame told by a speaker ("X несет ответственность за пожар, заявил Y") accuses X.  A second
"object" the parser gave a verb under a preposition is no patient.  Naming: a relative named by the first name
after the person they are related to takes that person's family name ("сын … Олега Смирнова Петр"; a spouse only
when the document names her so); a bare trade noun for the protagonist also covers sport and stage people
("осудили балерину"); with no protagonist, a bare trade noun opening a clause is the previous sentence's subject.
Sentences written for the tests, not taken from any gold or read document."""
from __future__ import annotations

import pytest

from event_checks import coded, forbidden, has_event


# paragraph, type, source, target: coded with these actors (each set must be among the event's names)
CODED = [
    # a promised harm in the infinitive is a threat (the second "object" under "в" is a circumstance)
    ("Боксер Олег Смирнов пообещал покалечить американца Петра Иванова в предстоящем бою турнира Гран-при.",
     "THREATEN", {"Олег Смирнов"}, {"Пётр Иванов"}),
    # choking
    ("Священник Олег Смирнов тяжело пострадал. Его душил за горло протоиерей Петр Иванов.", "ASSAULT",
     {"Пётр Иванов"}, {"Олег Смирнов"}),
    # unquoted epithets
    ("Глава церкви Олег Смирнов назвал своего ученика Петра Иванова предателем.", "ACCUSE", {"Олег Смирнов"},
     {"Пётр Иванов"}),
    ("Губернатор Олег Смирнов прокомментировал заявление чиновницы Анны Петровой. Ее высказывание он назвал "
     "некорректным.", "ACCUSE", {"Олег Смирнов"}, {"Анна Петрова"}),
    ("Мэр Олег Смирнов назвал бизнесмена Петра Иванова ответственным за пожар.", "ACCUSE", {"Олег Смирнов"},
     {"Пётр Иванов"}),
    # blame told by a speaker
    ("Бизнесмен Петр Иванов несет ответственность за пожар, заявил губернатор Олег Смирнов.", "ACCUSE",
     {"Олег Смирнов"}, {"Пётр Иванов"}),
    # naming: a relative's first name after the person related to
    ("Сын руководителя республики Олега Смирнова Петр раскритиковал режиссера Ивана Сидорова.", "ACCUSE",
     {"Петр Смирнов"}, {"Иван Сидоров"}),
    ("Дочь бизнесмена Ивана Сидорова Анна раскритиковала министра Петра Иванова.", "ACCUSE", {"Анна Сидорова"},
     {"Пётр Иванов"}),
    # a spouse named so by the document
    ("Супруга хоккеиста Олега Смирнова Анна сообщила о разводе. Анна Смирнова написала об этом в соцсети. Жена "
     "Олега Смирнова Анна раскритиковала министра Петра Иванова.", "ACCUSE", {"Анна Смирнова"}, {"Пётр Иванов"}),
    # a sport or stage trade noun for the protagonist
    ("Балерина Анна Петрова опубликовала видео. Балерина окунулась в прорубь. Анна Петрова рассказала о съемках. "
     "Подписчики осудили балерину за купальник.", "ACCUSE", {"подписчик"}, {"Анна Петрова"}),
    # a trade noun news also uses for women still names a woman protagonist
    ("Журналист Анна Петрова опубликовала расследование. Журналист Анна Петрова выступила в суде. Анна Петрова "
     "рассказала о деле. Затем журналист обвинила министра Ивана Сидорова во лжи.", "ACCUSE", {"Анна Петрова"},
     {"Иван Сидоров"}),
    # no protagonist: the previous sentence's subject
    ("«Спасибо за подарок», – написал Олег Смирнов. Спортсмен поблагодарил министра Петра Иванова за внимание.",
     "SUPPORT", {"Олег Смирнов"}, {"Пётр Иванов"}),
]


@pytest.mark.parametrize("text, type_, source, target", CODED)
def test_round19_coded(code_paragraph, text: str, type_: str, source: set[str], target: set[str]) -> None:
    found = coded(code_paragraph(text))
    assert has_event(found, type_, source, target), found


# paragraph, what must not be coded (type alone, "TYPE:name" among the actors, or "TYPE:source>target")
NOT_CODED = [
    # the circumstance under a preposition is no target
    ("Боксер Олег Смирнов пообещал покалечить американца Петра Иванова в предстоящем бою турнира UFC.",
     "THREATEN:UFC"),
    # a spouse the document never names with his family name keeps none
    ("Жена бизнесмена Олега Смирнова Анна раскритиковала министра Петра Иванова.", "ACCUSE:Анна Смирнова"),
    # a feminine trade noun is not the man who spoke before
    ("Иван Петров сообщил о протесте. Спортсменка обвинила министра Сергея Лаврова во лжи.", "ACCUSE:Иван Петров"),
    # a masculine trade noun with a feminine pair is not the woman who spoke before
    ("«Спасибо», – написала Анна Петрова. Фигурист поблагодарил министра Петра Иванова.", "SUPPORT:Анна Петрова"),
    # two subjects before: no one
    ("Олег Смирнов и Иван Сидоров выступили на форуме. Спортсмен поблагодарил министра Петра Иванова.",
     "SUPPORT:Олег Смирнов"),
]


@pytest.mark.parametrize("text, what", NOT_CODED)
def test_round19_not_coded(code_paragraph, text: str, what: str) -> None:
    found = coded(code_paragraph(text))
    assert not forbidden(found, what), found
