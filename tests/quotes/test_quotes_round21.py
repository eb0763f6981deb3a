"""Round 21 table tests, made-up sentences (speaker classes read on unread SlavicNER news):
a company's trade noun ("авиакомпания", "перевозчик") alone is the company introduced with
it, else the one company of the story; "местные / британские СМИ", "в СМИ" are the press at
large, a group speaker of its own, never the outlet named last; "издание" after outlet
frames is the nearest frame's outlet ("guard": a wording kept so the mechanism stays bounded)."""
from __future__ import annotations

import pytest

from quote_checks import speaker_of

# (mechanism, text, content of the quote, expected speaker name)
CASES = [
    ("'Авиакомпания' after a hyphenated introduction and another organisation's frame",
     "Ирландская авиакомпания-лоукостер AirNova отменила 300 рейсов. AirNova связалась с пассажирами. "
     "Представители аэропорта Дублина сообщили, что очереди растут. Авиакомпания отметила, что компенсации "
     "не выплачиваются.",
     "компенсации не выплачиваются", "AirNova"),
    ("'Перевозчик' is the one company of the story",
     "Работники лоукостера AirNova объявили забастовку. Пассажиры недовольны. Перевозчик объявил, что уже "
     "достиг соглашения с пилотами.",
     "уже достиг соглашения с пилотами", "AirNova"),
    ("'Авиакомпания' is no ministry named more often",
     "Министерство транспорта Ирландии и компания AirNova провели переговоры. Министерство транспорта Ирландии "
     "потребовало вернуть деньги. Авиакомпания заявила, что вернет деньги.",
     "вернет деньги", "AirNova"),
    ("'в авиакомпании' with a union named in between",
     "Работники лоукостера AirNova объявили забастовку. Профсоюз пилотов Forsa поддержал их. В авиакомпании "
     "утверждают, что пилоты получают справедливую оплату.",
     "пилоты получают справедливую оплату", "AirNova"),
    ("guard: of two companies named alike, neither is 'the' company",
     "Компания AirNova и компания SkyLine объявили о слиянии. Авиакомпания заявила, что сделка закроется в мае.",
     "сделка закроется в мае", "Авиакомпания"),
    ("'как отмечают местные СМИ' is the local press, not the newspaper named before",
     "Спасатели эвакуировали жителей. Об этом сообщила газета «Вестник». Как отмечают местные СМИ, вода "
     "продолжает подниматься.",
     "вода продолжает подниматься", "местные СМИ"),
    ("'Британские СМИ пишут': a country's press is a group too",
     "Спасатели эвакуировали жителей. Об этом сообщила газета «Вестник». Британские СМИ пишут, что вода "
     "продолжает подниматься.",
     "вода продолжает подниматься", "Британские СМИ"),
    ("'В СМИ сообщили' is the press at large",
     "Спасатели эвакуировали жителей. Об этом сообщила газета «Вестник». В СМИ сообщили, что вода продолжает "
     "подниматься.",
     "вода продолжает подниматься", "СМИ"),
    ("guard: 'Издание' after two outlets' frames is the nearest frame's outlet",
     "Газета «Вестник» сообщила, что в городе прошел ураган. Телеканал «Восток» сообщил, что погибших нет. "
     "Издание уточняет, что ранены пять человек.",
     "ранены пять человек", "Восток"),
    ("guard: 'Газета' after the same frames is the newspaper",
     "Газета «Вестник» сообщила, что в городе прошел ураган. Телеканал «Восток» сообщил, что погибших нет. "
     "Газета уточняет, что ранены пять человек.",
     "ранены пять человек", "Вестник"),
]


@pytest.mark.parametrize("label,text,content,expected", CASES, ids=[c[0] for c in CASES])
def test_round21(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label
