"""Round 11 (issue 5): predicate families added type by type from CAMEO category descriptions (both aspects,
nominalisations, light-verb phrases), with blocking contexts where a sense is ambiguous.  Sentences written
for the tests, not taken from any gold or read document."""
from __future__ import annotations

import pytest

from event_checks import coded, forbidden, has_event


# paragraph, type, source, target: coded with these actors (each set must be among the event's names)
CODED = [
    # CONSULT: a call to a named party; arriving "с визитом"
    ("Президент Франции Эммануэль Макрон позвонил Ангеле Меркель.", "CONSULT", {"Эммануэль Макрон"},
     {"Ангела Меркель"}),
    ("Министр обороны Индии Иван Петров прилетел с визитом в Японию.", "CONSULT", {"Иван Петров"}, {"Япония"}),
    # hosting: the visitor visits the host
    ("Иван Петров принял в Кремле Сергея Смирнова.", "CONSULT", {"Сергей Смирнов"}, {"Иван Петров"}),
    # AGREE: "прийти к договоренности"
    ("Россия пришла к договоренности с Турцией о поставках газа.", "AGREE", {"Россия"}, {"Турция"}),
    # SUPPORT: "выступить в поддержку X", "заручиться поддержкой X", "вступиться за X"
    ("Депутат Иван Петров выступил в поддержку Сергея Смирнова.", "SUPPORT", {"Иван Петров"},
     {"Сергей Смирнов"}),
    ("Иван Петров заручился поддержкой Сергея Смирнова.", "SUPPORT", {"Сергей Смирнов"}, {"Иван Петров"}),
    ("Иван Петров вступился за Сергея Смирнова.", "SUPPORT", {"Иван Петров"}, {"Сергей Смирнов"}),
    # CONCEDE: easing sanctions
    ("Евросоюз ослабил санкции против Ирана.", "CONCEDE", {"Евросоюз"}, {"Иран"}),
    # COOPERATE: joint exercises, prisoner exchange
    ("Китай провел совместные учения с Пакистаном.", "COOPERATE", {"Китай"}, {"Пакистан"}),
    ("Армения обменялась заключенными с Азербайджаном.", "COOPERATE", {"Армения"}, {"Азербайджан"}),
    # AID: arms under "вооружение", asylum
    ("Германия передала вооружение Украине.", "AID", {"Германия"}, {"Украина"}),
    ("Эквадор предоставил убежище Ивану Петрову.", "AID", {"Эквадор"}, {"Иван Петров"}),
    ("Германия возобновила поставки вооружений Украине.", "AID", {"Германия"}, {"Украина"}),
    ("Германия начала поставки оружия Украине.", "AID", {"Германия"}, {"Украина"}),
    ("Россия направила гуманитарный груз в Сирию.", "AID", {"Россия"}, {"Сирия"}),
    # REQUEST: "выступить с требованием/призывом к X"
    ("Франция выступила с призывом к Ирану.", "REQUEST", {"Франция"}, {"Иран"}),
    ("Иван Петров выступил с требованием к Франции.", "REQUEST", {"Иван Петров"}, {"Франция"}),
    # ACCUSE: a lawsuit against X
    ("Иван Петров подал в суд на компанию Google.", "ACCUSE", {"Иван Петров"}, {"Google"}),
    # REJECT: opposing a named party
    ("Иван Петров выступил против Сергея Смирнова.", "REJECT", {"Иван Петров"}, {"Сергей Смирнов"}),
    # PROTEST: a protest action against X
    ("Активисты провели протестную акцию против Газпрома.", "PROTEST", {"активист"}, {"Газпром"}),
    # SANCTION: "наложить санкции на X", ending cooperation, recalling an ambassador
    ("Канада наложила санкции на Иран.", "SANCTION", {"Канада"}, {"Иран"}),
    ("Литва прекратила сотрудничество с Белоруссией.", "SANCTION", {"Литва"}, {"Белоруссия"}),
    ("Грузия объявила об отзыве посла из России.", "SANCTION", {"Грузия"}, {"Россия"}),
    ("ПАСЕ приостановила членство России.", "SANCTION", {"ПАСЕ"}, {"Россия"}),
    # MOBILIZE: sending troops in
    ("Турция ввела войска в Сирию.", "MOBILIZE", {"Турция"}, {"Сирия"}),
    # COERCE: custody, restricting access, outlawing
    ("Суд отправил Ивана Петрова в СИЗО.", "COERCE", {"суд"}, {"Иван Петров"}),
    ("Следователи СК допросили Ивана Петрова.", "COERCE", {"Следственный комитет России"}, {"Иван Петров"}),
    ("Роскомнадзор ограничил доступ к Twitter.", "COERCE", {"Роскомнадзор"}, {"Twitter"}),
    ("Минюст признал Ивана Петрова иностранным агентом.", "COERCE", {"Минюст"},
     {"Иван Петров"}),
    # ASSAULT: the imperfective "открывать огонь"
    ("Израиль открывал огонь по Ливану.", "ASSAULT", {"Израиль"}, {"Ливан"}),
]


@pytest.mark.parametrize("text, type_, source, target", CODED)
def test_round11_coded(code_paragraph, text: str, type_: str, source: set[str], target: set[str]) -> None:
    found = coded(code_paragraph(text))
    assert has_event(found, type_, source, target), found


# paragraph, what must not be coded (type alone, or type:a name among the actors)
NOT_CODED = [
    # a call to the police names no party the caller deals with
    ("Иван Петров позвонил в полицию.", "CONSULT"),
    # a private call; admission to a party; a law passed
    ("Иван Петров позвонил знакомой Марии Смирновой.", "CONSULT"),
    ("Сергея Смирнова приняли в партию «Яблоко».", "CONSULT"),
    ("Госдума приняла в первом чтении закон о санкциях.", "CONSULT"),
    # who asks that someone be questioned is not the questioner
    ("Адвокаты Ивана Петрова потребовали допросить Сергея Смирнова.", "COERCE"),
    # "выступить против" in sport is a game, not opposition
    ("Сборная России выступит в матче против Бразилии.", "REJECT"),
    ("Сборная Испании выступит против Бразилии.", "REJECT"),
    # the one supported is not the author of the support
    ("Депутат Иван Петров выступил в поддержку Сергея Смирнова.", "SUPPORT:Сергей Смирнов>Иван Петров"),
    # opposing a policy names no actor
    ("Иван Петров выступил против повышения налогов.", "REJECT"),
]


@pytest.mark.parametrize("text, what", NOT_CODED)
def test_round11_not_coded(code_paragraph, text: str, what: str) -> None:
    found = coded(code_paragraph(text))
    assert not forbidden(found, what), found
