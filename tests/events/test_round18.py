"""Round 18 (issue 5): recall and naming on unread RuNormAS/NEREL text.  A fight "с X" is an assault; thanks "за
поддержку X" thank X; weapon systems supplied to a state are military aid; critique "обрушилась на X" from its
genitive authors, and critique "со стороны X" aimed at whoever acts after it; crushing a protest coerces its people; a blow
to a person is an assault; mockery accuses; a pardon decree frees; a petition is a request of its addressee; a light verb
may govern its event noun from a relative clause ("прошение, которое X подал"); a subjectless clause "в котором"
on a text speaks with the text's author; being put into a detention centre is an arrest.  Naming: a described
person named by "им оказался X" is X; a relative named by the first name only takes the family name of the
person the possessive points to; a person's name hung by the parser on a noun before the title is the title's
apposition.  Not coded: a quoted name beside an unquoted epithet ("назвал «ВКонтакте» брендом"), a dismissal
decree, an agency's "власти" as the story's state, "в Сети" as an actor, talks between the two partners of an
unresolved "он".  Sentences written for the tests, not taken from any gold or read document."""
from __future__ import annotations

import pytest

from event_checks import coded, forbidden, has_event


# paragraph, type, source, target: coded with these actors (each set must be among the event's names)
CODED = [
    # a fight with someone: the subject attacks
    ("Актер Олег Смирнов подрался с режиссером Петром Ивановым.", "ASSAULT", {"Олег Смирнов"}, {"Пётр Иванов"}),
    # thanks for support, the thanked one hung on the support noun
    ("Депутат Иван Сидоров выразил благодарность за поддержку блогеру Петру Иванову.",
     "SUPPORT", {"Иван Сидоров"}, {"Пётр Иванов"}),
    # ... said in a text the speaker put out ("обращение, в котором выразил")
    ("Депутат Иван Сидоров опубликовал обращение, в котором выразил благодарность за поддержку блогеру Петру "
     "Иванову.", "SUPPORT", {"Иван Сидоров"}, {"Пётр Иванов"}),
    # weapon systems supplied to a state
    ("Поставка Россией в Сирию зенитных ракетных комплексов завершилась в октябре.", "AID", {"Россия"}, {"Сирия"}),
    # critique that "fell on" someone, its authors in the genitive
    ("На певицу Анну Петрову обрушилась критика пользователей соцсетей.", "ACCUSE", {"пользователь соцсетей"},
     {"Анна Петрова"}),
    # mockery
    ("Журналистка Анна Петрова высмеяла министра Ивана Сидорова.", "ACCUSE", {"Анна Петрова"}, {"Иван Сидоров"}),
    # a pardon decree
    ("Президент Иван Сидоров подписал указ о помиловании Петра Иванова.", "RETREAT", {"Иван Сидоров"},
     {"Пётр Иванов"}),
    # a petition to someone (dative or "на имя")
    ("Бизнесмен Петр Иванов подал президенту Ивану Сидорову прошение о помиловании.", "REQUEST", {"Пётр Иванов"},
     {"Иван Сидоров"}),
    ("Бизнесмен Петр Иванов подал прошение о помиловании на имя президента Ивана Сидорова.", "REQUEST", {"Пётр Иванов"},
     {"Иван Сидоров"}),
    # a light verb governing its event noun from a relative clause
    ("Он напомнил о переговорах, которые провели Иван Сидоров и Петр Иванов.", "CONSULT", {"Иван Сидоров"},
     {"Пётр Иванов"}),
    # put into a detention centre or under guard
    ("Полицейские поместили Петра Иванова в следственный изолятор.", "COERCE", {"полиция"}, {"Пётр Иванов"}),
    ("Суд поместил Петра Иванова под стражу.", "COERCE", {"суд"}, {"Пётр Иванов"}),
    # a blow to a person
    ("Футболист Олег Смирнов ударил водителя Петра Иванова.", "ASSAULT", {"Олег Смирнов"}, {"Пётр Иванов"}),
    # a protest crushed: its people are the target (as with "разогнать")
    ("Полиция подавила протесты сторонников оппозиции.", "COERCE", {"полиция"}, {"сторонник оппозиции"}),
    # whoever acts after criticism from someone is the one criticised (before or after the verb)
    ("Министр Иван Петров ушел в отставку после критики со стороны президента Олега Смирнова.", "ACCUSE",
     {"Олег Смирнов"}, {"Иван Петров"}),
    ("После критики со стороны ЕС Польша изменила закон.", "ACCUSE", {"Евросоюз"}, {"Польша"}),
    # naming: "им оказался X" names the described person (also with "ей", which the tagger may call a dative)
    ("Полицейские задержали в Самаре молодого человека, который вел автомобиль; им оказался футболист Олег "
     "Смирнов.", "COERCE", {"полиция"}, {"Олег Смирнов"}),
    ("Полиция задержала женщину, напавшую на прохожих. Ей оказалась 40-летняя Анна Петрова.", "COERCE",
     {"полиция"}, {"Анна Петрова"}),
    # naming: a relative named by the first name takes the family name (in the relative's form)
    ("Суд арестовал футболиста Олега Смирнова и его брата Петра на два месяца.", "COERCE", {"суд"},
     {"Олег Смирнов", "Пётр Смирнов"}),
    ("Полиция задержала Ивана Сидорова и его сестру Анну.", "COERCE", {"полиция"}, {"Иван Сидоров", "Анна Сидорова"}),
    ("Полиция задержала Анну Петрову и ее брата Олега.", "COERCE", {"полиция"}, {"Анна Петрова", "Олег Петров"}),
    # naming: the name the parser hung on a noun before a long title is the title's apposition
    ("Видимо, прожить на эти средства нельзя (депутат областной думы Иван Сидоров в октябре раскритиковал "
     "регионального министра занятости, труда и миграции Анну Петрову.", "ACCUSE", {"Иван Сидоров"},
     {"Анна Петрова"}),
]


@pytest.mark.parametrize("text, type_, source, target", CODED)
def test_round18_coded(code_paragraph, text: str, type_: str, source: set[str], target: set[str]) -> None:
    found = coded(code_paragraph(text))
    assert has_event(found, type_, source, target), found


# paragraph, what must not be coded (type alone, "TYPE:name" among the actors, or "TYPE:source>target")
NOT_CODED = [
    # a quoted name beside an unquoted epithet calls no one names
    ("Губернатор Иван Сидоров назвал «ВКонтакте» брендом Санкт-Петербурга.", "ACCUSE"),
    # a decree releasing someone from a post is a personnel decision
    ("Президент Иван Сидоров подписал указ об освобождении от должности министра Петра Иванова.", "RETREAT"),
    # an agency's "власти" are not the government of the story's state
    ("Египетский студент Ахмед Салех учился в Египте. Иммиграционные власти поместили Салеха в следственный "
     "изолятор.", "COERCE:Египет"),
    # the internet where people mock someone is no actor
    ("Певицу Анну Петрову высмеяли в Сети.", "ACCUSE:Сеть"),
    # talks of an unresolved "он" with two partners are not talks between the partners
    ("Вечером прошел концерт. Зрители аплодировали. Затем он провел переговоры с президентом Иваном Сидоровым и "
     "премьером Петром Ивановым.", "CONSULT:Иван Сидоров>Пётр Иванов"),
    # "им" with another verb identifies no one: the description stays
    ("Полиция задержала мужчину. Им займется следователь Петр Иванов.", "COERCE:Пётр Иванов"),
    # the pronoun must agree with the description
    ("Полиция задержала водителя. Ей оказалась Анна Петрова.", "COERCE:Анна Петрова"),
    # a wife keeps no family name by this rule (not a kin noun of one name)
    ("Полиция задержала Ивана Сидорова и его жену Анну.", "COERCE:Анна Сидорова"),
]


@pytest.mark.parametrize("text, what", NOT_CODED)
def test_round18_not_coded(code_paragraph, text: str, what: str) -> None:
    found = coded(code_paragraph(text))
    assert not forbidden(found, what), found
