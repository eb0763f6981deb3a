"""Round 33 (issue 5): gold events whose trigger the lexicon did not know, grouped by meaning class over dev, dev3
and dev2 part A; entries for the classes with at least 3 gold events in at least 2 documents.

- A promise or an offer of asylum to a named party is AGREE from the one who promises (the dev2 convention; not
  symmetric); "заверил X" and "гарантировал X" are promises too.  A promise that holds an act of harm is that act's
  threat, and a promise to an unnamed group ("горожанам") is a policy, not an event.
- A promised punishment is a threat even where the punishment has no entry of its own ("пообещала уволить X",
  "обещал принять меры против X", "пообещал отомстить X"); the threat is done, so it is not hypothetical.
- Driving people off ("прогнать") and obstructing someone ("препятствовать X") are COERCE; so is imprisonment told
  as a state ("находился за решёткой"), with the state where it happened as the source.
- Blame told by a speaker ("по словам X, … по вине Y") is X's accusation of Y; not guilt that is proven, admitted
  or denied ("нет доказательств вины Y").

Sentences written for the tests, not taken from any gold or read document."""
from __future__ import annotations

import pytest

from event_checks import coded, forbidden, has_event

# paragraph, type, source, target: the event is coded with these names among its actors
CODED = [
    # promises and offers
    ("Президент России Владимир Путин пообещал президенту США Дональду Трампу рассмотреть этот вопрос.", "AGREE",
     {"Владимир Путин"}, {"Дональд Трамп"}),
    ("Власти Нидерландов предложили Марии Смирновой убежище.", "AGREE", {"Нидерланды"}, {"Мария Смирнова"}),
    ("Министр иностранных дел Сергей Лавров заверил премьер-министра Японии Синдзо Абэ, что Россия выполнит "
     "договоренности.", "AGREE", {"Сергей Лавров"}, {"Синдзо Абэ"}),
    ("Президент США Джо Байден гарантировал Украине поддержку.", "AGREE", {"Джо Байден"}, {"Украина"}),
    # promised punishments
    ("Премьер-министр Великобритании Тереза Мэй пообещала уволить министра Бориса Джонсона.", "THREATEN",
     {"Тереза Мэй"}, {"Борис Джонсон"}),
    ("Премьер-министр Пакистана Имран Хан обещал принять решительные меры против партии «Техрик-э-Лабаик».",
     "THREATEN", {"Имран Хан"}, {"Техрик-э-Лабаик"}),
    ("Президент Ирана Хасан Рухани пообещал отомстить США.", "THREATEN", {"Хасан Рухани"}, {"США"}),
    # driving off, obstructing, imprisonment as a state
    ("Полиция Пакистана прогнала демонстрантов с трассы.", "COERCE", {"Полиция Пакистана"}, {"демонстрант"}),
    ("Полиция Пакистана препятствует журналисту Ивану Петрову.", "COERCE", {"Полиция Пакистана"}, {"Иван Петров"}),
    ("Журналист Иван Петров восемь лет находился за решеткой в Белоруссии.", "COERCE", {"Белоруссия"},
     {"Иван Петров"}),
    # blame told by a speaker
    ("По словам Джо Байдена, рост цен произошел по вине России.", "ACCUSE", {"Джо Байден"}, {"Россия"}),
]

# paragraph, what must not be coded ("TYPE", "TYPE:name" or "TYPE:source>target")
NOT_CODED = [
    ("Власти пообещали горожанам построить новые дороги.", "AGREE"),
    ("Президент Ирана Хасан Рухани пообещал Израилю нанести сокрушительный удар.", "AGREE"),
    ("Премьер-министр Великобритании Тереза Мэй пообещала уволить министра Бориса Джонсона.", "AGREE"),
    ("У следствия нет никаких доказательств вины журналиста Ивана Петрова.", "ACCUSE"),
    ("Рост цен произошел по вине России.", "ACCUSE"),
]


@pytest.mark.parametrize("text, type_, source, target", CODED)
def test_round33_coded(code_paragraph, text: str, type_: str, source: set[str], target: set[str]) -> None:
    found = coded(code_paragraph(text))
    assert has_event(found, type_, source, target), found


@pytest.mark.parametrize("text, what", NOT_CODED)
def test_round33_not_coded(code_paragraph, text: str, what: str) -> None:
    found = coded(code_paragraph(text))
    assert not forbidden(found, what), found


def test_promised_punishment_is_no_plan(code_paragraph) -> None:
    events = [e for e in code_paragraph("Премьер-министр Великобритании Тереза Мэй пообещала уволить министра "
                                        "Бориса Джонсона.").events if e.type == "THREATEN"]
    assert events and not events[0].hypothetical
