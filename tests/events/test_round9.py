"""Round 9 (issue 5): false-positive classes on unread text — other senses and non-events, garbled
descriptions, the unnamed court of another state's story, plans, acts with no named agent.
Sentences written for the tests, not taken from any gold or read document."""
from __future__ import annotations

import pytest

from event_checks import coded, forbidden


# paragraph, type, what must not be coded (type alone, or type:a name among the actors)
NOT_CODED = [
    # an act whose agent the text does not name is not coded (the guide: parties unknown)
    ("Неизвестные обстреляли автобус в Донецке.", "ASSAULT"),
    ("Над Сирией обстрелян российский пассажирский самолёт.", "ASSAULT"),
    ("Кризис ударит по экономике России.", "ASSAULT"),
    # a vehicle hitting a person is a road accident
    ("Пьяный водитель сбил пешехода на переходе.", "ASSAULT"),
    ("Певец Иван Петров на машине сбил велосипедистку.", "ASSAULT"),
    # a lost match is no concession
    ("Российские теннисистки уступили Чехии в финале.", "CONCEDE"),
    ("Иван Петров уступил Сергею Смирнову в полуфинале турнира.", "CONCEDE"),
    # denying that something happened is no rejection of anyone
    ("Пресс-служба компании опровергла отставку директора Ивана Петрова.", "REJECT"),
    ("В Минфине опровергли продажу «Аэрофлота» китайской компании.", "REJECT"),
    # dating is not a meeting
    ("Мария Смирнова встречалась с бывшим бойфрендом Анны Ивановой.", "CONSULT"),
    # supporting an act against someone is no support of them
    ("Иван Петров поддержал отставку Сергея Смирнова.", "SUPPORT"),
    # an unnamed court in a sentence about another state than the story's is not that state's court
    ("Польского дипломата осудили на 10 лет за шпионаж в пользу России.", "COERCE:суд России"),
    ("«Российского разведчика» в Канаде приговорили к 10 годам тюрьмы.", "COERCE:суд России"),
    ("Нидерландского инженера осудили на 8 лет за шпионаж в пользу России.", "COERCE:суд России"),
    # a player signed, secrets stolen, a law passed
    ("«Мы можем подписать Ивана Петрова», — сказал тренер клуба Сергей Смирнов.", "AGREE"),
    ("Китайские хакеры похитили секретные документы Японии.", "ASSAULT"),
    ("Государственная дума запретила чиновникам иметь счета за рубежом.", "COERCE"),
    # "назвали X новым куратором «Y»": a quote inside the complement is a name, not a label
    ("«Известия» назвали Ивана Петрова новым куратором «Роснано».", "ACCUSE"),
    # the unnamed other side of a war is nobody identifiable
    ("Противник обстрелял украинские позиции.", "ASSAULT"),
    # one unnamed officer's crime is not an act of the police
    ("В Омске полицейский застрелил пенсионера из-за места на парковке.", "ASSAULT"),
    # a harm promised is a threat, not the harm
    ("Северная Корея обещает напасть на Японию без предупреждения.", "ASSAULT"),
    # medical care is neither aid nor a release
    ("Врачи помогали Марии Ивановой после аварии.", "AID"),
    ("Медицинские работники оказали помощь пострадавшим.", "AID"),
    ("Медики отпустили пострадавших домой.", "RETREAT"),
]


@pytest.mark.parametrize("text, what", NOT_CODED)
def test_round9_not_coded(code_paragraph, text: str, what: str) -> None:
    found = coded(code_paragraph(text))
    assert not forbidden(found, what), found


# paragraph, type, source, target: still coded, with these actors
DIRECTED = [
    # aircraft shot down, people abducted, a claim denied, a person banned by a ministry: events
    ("Сирийские военные сбили израильский самолёт.", "ASSAULT", {"Сирийский военный"}, {"Израиль"}),
    ("Боевики похитили журналиста Ивана Петрова.", "ASSAULT", {"боевик"}, {"Иван Петров"}),
    ("Иван Петров опроверг обвинения Сергея Смирнова.", "REJECT", {"Иван Петров"}, {"Сергей Смирнов"}),
    ("Минюст запретил Ивану Петрову покидать страну.", "COERCE", {"Минюст"}, {"Иван Петров"}),
    ("Иван Петров назвал Сергея Смирнова «предателем».", "ACCUSE", {"Иван Петров"}, {"Сергей Смирнов"}),
    # the unnamed court of a sentence passed where the story happens
    ("В Москве Ивана Петрова приговорили к 5 годам колонии.", "COERCE", {"суд России"}, {"Иван Петров"}),
    # descriptions keep the words between their head and a genitive name, and their adjectives agree
    # with the head in the nominative
    ("Полиция задержала бывшего заместителя министра сельского хозяйства России.", "COERCE", {"полиция"},
     {"бывший заместитель министра сельского хозяйства России"}),
    ("В Германии арестовали лидера хакерской группировки «Кобра».", "COERCE", {"Германия"},
     {"лидер хакерской группировки «Кобра»"}),
    ("Полиция задержала подозреваемых в убийстве брата Ивана Петрова.", "COERCE", {"полиция"},
     {"подозреваемых в убийстве брата Ивана Петрова"}),
    # (round 24: an unnamed court with its nationality adjective is the guide's "суд <страны>")
    ("Британский суд приговорил испанского шпиона к 10 годам тюрьмы.", "COERCE", {"суд Великобритании"},
     {"испанский шпион"}),
    # an amount in a description says which, not who
    ("Полиция Италии арестовала активы металлургов на 8,1 млрд евро.", "COERCE", {"Полиция Италии"}, {"металлург"}),
    # several officers stand for the police
    ("Полицейские задержали Ивана Петрова.", "COERCE", {"полиция"}, {"Иван Петров"}),
    # a harm promised or threatened: the threat is the act
    ("Северная Корея обещает напасть на Японию без предупреждения.", "THREATEN", {"КНДР"}, {"Япония"}),
    ("Иван Петров пригрозил ввести санкции против Польши.", "THREATEN", {"Иван Петров"}, {"Польша"}),
]


@pytest.mark.parametrize("text, type_, source, target", DIRECTED)
def test_round9_directed(code_paragraph, text: str, type_: str, source: set[str], target: set[str]) -> None:
    found = coded(code_paragraph(text))
    assert (type_, source, target) in found, found


# paragraph, type: coded as hypothetical (a plan, an intention, terms set before talks)
HYPOTHETICAL = [
    ("СК намерен возбудить дело в отношении Ивана Петрова.", "ACCUSE"),
    ("СМИ сообщили о подготовке нападения Ирана на Израиль.", "ASSAULT"),
]


@pytest.mark.parametrize("text, type_", HYPOTHETICAL)
def test_round9_hypothetical(code_paragraph, text: str, type_: str) -> None:
    events = [e for e in code_paragraph(text).events if e.type == type_]
    assert events and all(e.hypothetical for e in events), coded(code_paragraph(text))


def test_round9_negated_light_verb(code_paragraph) -> None:
    """A nominal act under a light verb that is the infinitive of a negated verb is negated."""
    events = [e for e in code_paragraph("Юристы компании не стали вести переговоры с Иваном Петровым.").events
              if e.type == "CONSULT"]
    assert events and all(e.negated for e in events)


def test_round9_genitive_organisation_as_written(code_paragraph) -> None:
    """An organisation the description inflects stays as written, not in its canonical nominative."""
    found = coded(code_paragraph("Владимир Путин встретился с руководителями фракций Государственной думы."))
    names = {n for _, s, g in found for n in s | g}
    assert not any("фракций Государственная дума" in n for n in names), found
