"""Round 8 (issue 5): argument recovery as general mechanisms (`events/recovery.py` and the role
paths that use it).  Sentences written for the tests, not taken from any gold or read document."""
from __future__ import annotations

import pytest

from event_checks import coded


# paragraph, type, source, target: the act is coded with these actors
DIRECTED = [
    # an active verb the parser coordinated with a passive "что"-clause verb takes the speech verb's subject
    ("Иван Петров заявил, что обвинения против Сергея Смирнова сняты, и попросил президента Олега Сидорова "
     "о помиловании.", "REQUEST", {"Иван Петров"}, {"Олег Сидоров"}),
    # an agentless release announced by the head of an authority: the authority of the speaker's title
    ("Глава МВД Иван Петров заявил, что обвинения против журналиста Сергея Смирнова сняты.", "RETREAT",
     {"МВД"}, {"Сергей Смирнов"}),
    # a sentence-level passive with no subject: the previous sentence's main subject is the patient
    ("Сергей Смирнов управлял компанией два года. После отставки арестован полицией.", "COERCE",
     {"полиция"}, {"Сергей Смирнов"}),
    ("Сергей Смирнов был задержан полицией. Позже отпущен под залог.", "RETREAT", {"полиция"}, {"Сергей Смирнов"}),
    # a passive coordinated with an active verb: the active verb's subject is the patient; staff of a
    # named authority acting as the agent are the authority
    ("Сергей Смирнов вернулся в Москву и был задержан сотрудниками ФСБ.", "COERCE", {"ФСБ"}, {"Сергей Смирнов"}),
    ("Сотрудники ФСБ задержали Ивана Петрова.", "COERCE", {"ФСБ"}, {"Иван Петров"}),
    # the accused of an accusation "в <act>" did the act (by the accuser's claim)
    ("Украина обвинила Россию в обстреле Харькова.", "ASSAULT", {"Россия"}, {"Харьков"}),
    ("Следователи подозревают Ивана Петрова в убийстве Сергея Смирнова.", "ASSAULT", {"Иван Петров"},
     {"Сергей Смирнов"}),
    # a protest against a decision is aimed at the decision's author
    ("Студенты протестуют против решения правительства Франции.", "PROTEST", {"студент"}, {"Франция"}),
    # an agentless arrest at a place in Russia: "силовики", the guide's name for unnamed Russian law enforcement
    ("В Челябинске задержали директора завода Алексея Абаимова.", "COERCE", {"силовики"}, {"Алексей Абаимов"}),
    # a name in apposition says who holds a title here, whoever the title referred to before
    ("Бывший заместитель главы района Иван Петров арестован. Позже в Москве задержали ещё одного бывшего "
     "заместителя главы района, Марию Смирнову.", "COERCE", {"силовики"}, {"Мария Смирнова"}),
    # a genitive name after a kin noun in another case or gender is the kin's relative, not the kin
    ("Полиция задержала мужа Марии Смирновой.", "COERCE", {"полиция"}, {"муж Марии Смирновой"}),
    ("Стало известно о задержании мужа Марии Смирновой полицией.", "COERCE", {"полиция"}, {"муж Марии Смирновой"}),
    ("Стало известно о задержании её мужа Алексея Смирнова полицией.", "COERCE", {"полиция"}, {"Алексей Смирнов"}),
    # a single head of a body who is arrested is a person, not the body
    ("Полиция задержала главу МИД Грузии.", "COERCE", {"полиция"}, {"глава МИД Грузии"}),
    # a partner, addressee or dative the parser attached to the trigger's own object or complement noun
    ("Иван Петров заключил соглашение с Сергеем Смирновым.", "AGREE", {"Иван Петров"}, {"Сергей Смирнов"}),
    ("Польша разорвала дипломатические отношения с Россией.", "SANCTION", {"Польша"}, {"Россия"}),
    ("Иван Петров направил ноту протеста Польше.", "ACCUSE", {"Иван Петров"}, {"Польша"}),
    ("Иван Петров нанёс визит Сергею Смирнову.", "CONSULT", {"Иван Петров"}, {"Сергей Смирнов"}),
    # verbs of voicing are light; "выступить с", "пойти на" join their subject to the act
    ("Иван Петров высказал претензии к Сергею Смирнову.", "ACCUSE", {"Иван Петров"}, {"Сергей Смирнов"}),
    ("Иван Петров выступил с критикой в адрес Сергея Смирнова.", "ACCUSE", {"Иван Петров"}, {"Сергей Смирнов"}),
    ("Иван Петров выступил с угрозами в адрес Сергея Смирнова.", "THREATEN", {"Иван Петров"}, {"Сергей Смирнов"}),
    ("Иван Петров пошёл на уступки Сергею Смирнову.", "CONCEDE", {"Иван Петров"}, {"Сергей Смирнов"}),
    # a protest with no target right after a named court's decision is aimed at that court
    ("Верховный суд Пакистана оправдал Марию Смирнову. Исламисты устроили массовые акции протеста.", "PROTEST",
     {"исламист"}, {"Верховный суд Пакистана"}),
]


@pytest.mark.parametrize("text, type_, source, target", DIRECTED)
def test_round8_directed(code_paragraph, text: str, type_: str, source: set[str], target: set[str]) -> None:
    found = coded(code_paragraph(text))
    assert any(t == type_ and s == source and g == target for t, s, g in found), found


# paragraph, type, the two participants of a symmetric act
SYMMETRIC = [
    # a relative clause on a place ("где") shares the subject of the verb the place depends on
    ("Президент Франции Эммануэль Макрон прибыл в Москву, где провёл переговоры с Владимиром Путиным.",
     "CONSULT", {"Эммануэль Макрон", "Владимир Путин"}),
    # "X, который ..." parsed as a second root: "который" still stands for X
    ("Иван Петров, который в прошлом году встретился с Сергеем Смирновым, заявил о прогрессе.", "CONSULT",
     {"Иван Петров", "Сергей Смирнов"}),
    # plural heads of states stand for the states, as "лидеры" do
    ("В понедельник президенты России и Турции провели телефонный разговор.", "CONSULT", {"Россия", "Турция"}),
]


@pytest.mark.parametrize("text, type_, participants", SYMMETRIC)
def test_round8_symmetric(code_paragraph, text: str, type_: str, participants: set[str]) -> None:
    found = coded(code_paragraph(text))
    assert any(t == type_ and s | g == participants for t, s, g in found), found


def test_round8_protest_joined(code_paragraph) -> None:
    """The subject of a verb of joining ("вышли на", "выступили с") takes part in the protest."""
    for text in ("Сторонники Ивана Петрова вышли на акцию протеста против решения Верховного суда России.",
                 "Фанаты «Спартака» выступили с акцией протеста против руководства клуба."):
        events = [e for e in code_paragraph(text).events if e.type == "PROTEST"]
        assert events and events[0].source_actors, coded(code_paragraph(text))
        assert "полиция" not in {a.name for a in events[0].source_actors}


def test_round8_accused_act_is_reported(code_paragraph) -> None:
    """The act of an accusation is the accuser's claim: `reported_by` names the accuser."""
    events = [e for e in code_paragraph("Украина обвинила Россию в обстреле Харькова.").events if e.type == "ASSAULT"]
    assert events and events[0].reported_by == "Украина"


def test_round8_visit_place(code_paragraph) -> None:
    """A visit to a city named for its state took place in that city."""
    events = [e for e in code_paragraph("Визит Эммануэля Макрона в Москву состоялся в понедельник.").events
              if e.mode == "visit"]
    assert events and events[0].location is not None and events[0].location.name == "Москва"
    assert {a.name for a in events[0].target_actors} == {"Россия"}


# paragraph, type, what must not be coded (type alone, or type:detail)
NOT_CODED = [
    # an accusation with no named accuser ("его обвинили") gives no one to report the act: not coded
    ("Ивана Петрова обвинили в нападении на Сергея Смирнова.", "ASSAULT"),
    # staff as the target stay the staff, not their authority
    ("КГБ начал расследование против сотрудников МВД.", "ACCUSE:МВД"),
    # a passive with its own (misattached) nominative does not take the previous subject
    ("Сергей Смирнов руководил партией. Его сторонники были задержаны полицией.", "COERCE:Сергей Смирнов"),
    # dispersing a protest is not taking part in it
    ("Полиция разогнала акцию протеста сторонников Ивана Петрова.", "PROTEST"),
    # a protest against an arrest is not aimed at the arrested (only decisions name their author)
    ("Студенты протестуют против ареста Ивана Петрова.", "PROTEST:Иван Петров"),
    # a passive coordinated with an active verb does not give the active verb the passive's agent
    ("Документ был подписан Иваном Петровым и вступил в силу.", "AGREE"),
    # "встречаются с <year>" is a relationship, not a meeting
    ("Константин Петров и Мария Смирнова встречаются с 2013 года.", "CONSULT"),
    # an arrested head of a body is not the body
    ("Полиция задержала главу МИД Грузии.", "COERCE:МИД Грузии"),
    # a partner sinks only into the trigger's own object, not deeper
    ("Иван Петров подписал указ о встрече с Сергеем Смирновым.", "AGREE"),
    # "выступил против санкций" does not make the speaker the source of the sanctions
    ("Иван Петров выступил против санкций в отношении Польши.", "SANCTION"),
    # ... not after an arrest by the police (only a court's decision is what such a protest answers)
    ("Полиция задержала Ивана Петрова. Его сторонники вышли на акцию протеста.", "PROTEST:полиция"),
    # a "с" phrase inside an oblique complement is no partner ("сотрудничать в борьбе с X": X is the adversary)
    ("Министры Ирана и Турции заявили, что будут сотрудничать в борьбе с Курдской рабочей партией.",
     "COOPERATE:Курдская рабочая партия"),
]


@pytest.mark.parametrize("text, what", NOT_CODED)
def test_round8_not_coded(code_paragraph, text: str, what: str) -> None:
    found = coded(code_paragraph(text))
    type_, _, name = what.partition(":")
    bad = [c for c in found if c[0] == type_ and (not name or name in c[2] or (type_ == "COOPERATE" and name in c[1]))]
    assert not bad, found
