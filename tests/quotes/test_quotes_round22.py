"""Round 22 table tests, made-up sentences (classes read on unread FactRuEval and SlavicNER
news): a short relative clause on a leading frame's owner ("По словам X, которого цитирует
ТАСС, …") is part of the frame, not of the content; an impersonal modal's infinitive cue
("Следует добавить, что …", "Стоит отметить, что …") is the author's aside, not a quote;
"X, который … заявил" parsed as a second root still has X as the speaker ("guard": a wording kept so the mechanism stays bounded)."""
from __future__ import annotations

import pytest

from quote_checks import assert_no_quote_with, speaker_of

# (mechanism, text, content of the quote, expected speaker name)
QUOTED = [
    ("relative aside on the owner of 'по словам' is not content",
     "По словам министра финансов Олега Петрова, которого цитирует ТАСС, бюджет города в этом году вырастет "
     "на десять процентов.",
     "бюджет города в этом году вырастет на десять процентов", "Олег Петров"),
    ("relative aside opened by a preposition ('у которого')",
     "По словам губернатора Ивана Соколова, у которого побывали журналисты, ремонт моста завершится к осени.",
     "ремонт моста завершится к осени", "Иван Соколов"),
    ("guard: a relative clause inside the content stays",
     "По словам Ивана Соколова, бюджет, который приняли депутаты, будет исполнен полностью.",
     "бюджет, который приняли депутаты, будет исполнен полностью", "Иван Соколов"),
    ("guard: a modal inside a reported clause is the speaker's words",
     "Министр Олег Петров заявил, что нужно добавить средств на ремонт дорог в регионе.",
     "нужно добавить средств на ремонт дорог в регионе", "Олег Петров"),
    ("'который' of a relative clause the parse made a second root: the named person before the comma",
     "Главным критиком проекта является посол Ричард Греннелл, который в интервью газете заявил, что "
     "подрядчики находятся в опасности.",
     "подрядчики находятся в опасности", "Ричард Греннелл"),
    ("the same with a feminine name",
     "Главным критиком проекта является министр Анна Смирнова, которая в интервью газете заявила, что "
     "подрядчики находятся в опасности.",
     "подрядчики находятся в опасности", "Анна Смирнова"),
    ("the same with a plural group noun",
     "Против проекта выступают экологи, которые в интервью газете заявили, что река погибнет.",
     "река погибнет", "экологи"),
]

# (mechanism, text, words no quote may contain)
NOT_QUOTED = [
    ("'Следует добавить, что' is the author's aside",
     "Мэр открыл новую школу. Следует добавить, что в последние годы город быстро растёт.",
     "город быстро растёт"),
    ("'Стоит отметить, что' is the author's aside",
     "Завод выпустил новую модель. Стоит отметить, что продажи автомобилей в регионе падают третий год подряд.",
     "продажи автомобилей"),
]


@pytest.mark.parametrize("label,text,content,expected", QUOTED, ids=[c[0] for c in QUOTED])
def test_round22_quoted(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


@pytest.mark.parametrize("label,text,absent", NOT_QUOTED, ids=[c[0] for c in NOT_QUOTED])
def test_round22_not_quoted(enrich, label, text, absent):
    assert_no_quote_with(enrich(text), absent, label)
