"""Round 14 (issue 5): verb triggers whose target was missing — a count of people ("задержали 39 человек")
stands for the group the text names nearby (participants of a gathering, protesters) and for no one
otherwise; a lone name the parser coordinated with the clause before an indefinite-personal verb is its
object ("… и Ивана Петрова арестовали"); a seizure of assets acts on their owner ("арест на акции, которые
принадлежат X"); a protest prompted by a verdict whose court the clause does not name is against the court
of the case; a passive's patient carried from the previous sentence may be its pronoun subject; an open
letter signed by many is no agreement.  Sentences written for the tests, not taken from any gold or read
document."""
from __future__ import annotations

import pytest

from event_checks import coded, forbidden, has_event


# paragraph, type, source, target: coded with these actors (each set must be among the event's names)
CODED = [
    # a count stands for the participants of the gathering named nearby (same sentence, before or after)
    ("Участники акции протеста вышли на площадь. Полиция задержала 39 человек.", "COERCE", {"полиция"},
     {"участник акции протеста"}),
    ("Полиция задержала более 200 человек. Большинство участников митинга были отпущены вечером.", "COERCE",
     {"полиция"}, {"участник митинга"}),
    ("Протестующие перекрыли дорогу. Полиция задержала несколько человек.", "COERCE", {"полиция"},
     {"Протестующие"}),
    ("Демонстранты собрались у мэрии, полицейские задержали 15 человек.", "COERCE", {"полиция"},
     {"демонстрант"}),
    # a name coordinated with the clause before an indefinite-personal verb is its object
    # a seizure of assets acts on their owner ("которые принадлежат X", "принадлежащие X")
    ("Окружной суд Гааги наложил арест на акции компании-оператора газопровода, которые принадлежат "
     "«Роснефти».", "COERCE", {"Окружной суд Гааги"}, {"Роснефть"}),
    ("Суд наложил арест на акции компании, принадлежащие Газпрому.", "COERCE", set(), {"Газпром"}),
    # a protest prompted by a verdict whose court the clause does not name is against the court of the case
    ("Верховный суд Индии оправдал Марию Смирнову. Её адвокат уехал в Италию. Муж опасается за семью. "
     "Радикалы устроили массовые беспорядки после оправдательного приговора журналистке.", "PROTEST",
     {"радикал"}, {"Верховный суд Индии"}),
    # a passive's patient carried from the previous sentence may be its pronoun subject, resolved
    ("В 2012 году Мария Смирнова победила на выборах. Она управляла страной год. После отставки арестована "
     "полицией.", "COERCE", {"полиция"}, {"Мария Смирнова"}),
    # ... while an agreement signed stays one
    ("Россия и Китай подписали соглашение о сотрудничестве.", "AGREE", {"Россия"}, {"Китай"}),
    ("В Пакистане полиция провела обыски. Было начато расследование и Ивана Петрова арестовали.", "COERCE",
     set(), {"Иван Петров"}),
]


@pytest.mark.parametrize("text, type_, source, target", CODED)
def test_round14_coded(code_paragraph, text: str, type_: str, source: set[str], target: set[str]) -> None:
    found = coded(code_paragraph(text))
    assert has_event(found, type_, source, target), found


# paragraph, what must not be coded (type alone, "TYPE:name" among the actors, or "TYPE:source>target")
NOT_CODED = [
    # a count with no group named nearby names no one (no guessing)
    ("Полиция задержала 5 человек по делу о перестрелке в Гаваре.", "COERCE"),
    ("На площади прошла акция протеста. Полицейские задержали 39 человек.", "COERCE"),
    # a group too far back (beyond the previous two sentences) is not the one counted
    ("Участники митинга вышли на площадь. Шёл дождь. Было холодно. Вечером стемнело. Полиция задержала "
     "12 человек.", "COERCE"),
    # a group in another role (addressed) is not counted
    ("Полиция сообщила протестующим, что задержала 20 человек.", "COERCE"),
    # a name coordinated with a noun of a finite clause is not an object of a later verb with a subject
    ("Иван Петров и Мария Смирнова прибыли в Москву, где полицейские задержали Петра Сидорова.",
     "COERCE:полиция>Иван Петров"),
    # assets whose clause says something else name no owner
    ("Суд наложил арест на акции компании, которые были куплены Газпромом в 2010 году.", "COERCE:Газпром"),
    # ... and with no court named, the verdict's court is not guessed; a mayor's decision is no verdict
    ("Радикалы устроили массовые беспорядки после оправдательного приговора журналистке.", "PROTEST"),
    ("Суд Москвы рассмотрел жалобу. Вчера мэрия запретила митинг. Жители вышли на пикет после решения мэрии.",
     "PROTEST:суд Москвы"),
    # ... agreeing in gender only
    ("Иван Петров уехал в Москву. Он выступал там. После отставки арестована полицией.", "COERCE"),
    # an open letter, petition or appeal signed by many is no agreement between its signers
    ("Письмо подписали множество человек, в том числе Иван Петров и Мария Смирнова.", "AGREE"),
    ("Иван Петров и Мария Смирнова подписали открытое письмо президенту.", "AGREE"),
    ("Петицию подписали Иван Петров и Мария Смирнова.", "AGREE"),
]


@pytest.mark.parametrize("text, what", NOT_CODED)
def test_round14_not_coded(code_paragraph, text: str, what: str) -> None:
    found = coded(code_paragraph(text))
    assert not forbidden(found, what), found
