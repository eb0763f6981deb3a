"""mF33 table tests, made-up sentences: group speakers and the extent of their mention, as the
design sets keep them -
1. a company's management named with the company stays the management ("Руководство Ryanair" ->
   "руководство Ryanair", quotes-dev6/-dev8/-dev10/-dev11), not the company;
2. experts, researchers, medics or doctors of a named institution speak for it ("медики клиники
   Charite" -> the clinic, quotes-dev9; "эксперты ИБР" -> the institute, quotes-dev4);
3. a participle before a group noun, with its own words, is part of the group's mention
   ("Занимающиеся исследованиями медики", quotes-dev4);
4. two unnamed groups joined by "и" are one speaker ("Лоббисты и активисты", quotes-dev7;
   "блоггеров и СМИ", gold/quotes).
Every CASES row fails on the code before mF33; GUARDS rows pass on both (the rule's limits)."""
from __future__ import annotations

import pytest

from quote_checks import speaker_of

# (mechanism, text, content of the quote, expected speaker name)
CASES = [
    ("1. a company's management named with the company",
     "Руководство Ryanair считает, что недовольство работников необоснованно.",
     "недовольство работников необоснованно", "руководство Ryanair"),
    ("1. a movement's management named with the movement",
     "Руководство радикального движения «Талибан» сообщило, что переговоры продолжатся.",
     "переговоры продолжатся", "руководство радикального движения «Талибан»"),
    ("2. medics of a named clinic",
     "Медики клиники Charite сообщили, что состояние пациента улучшилось.",
     "состояние пациента улучшилось", "Charite"),
    ("2. experts of an institute named by its abbreviation",
     "Эксперты ИБР подчеркивают, что различия могут быть обусловлены прививками.",
     "различия могут быть обусловлены прививками", "ИБР"),
    ("3. a participle with its object before the group noun",
     "Занимающиеся исследованиями медики говорят, что наличие прививки не дает иммунитета.",
     "наличие прививки не дает иммунитета", "Занимающиеся исследованиями медики"),
    ("3. a participle with a prepositional phrase before the group noun",
     "Выступающие против закона депутаты заявили, что он нарушает конституцию.",
     "он нарушает конституцию", "Выступающие против закона депутаты"),
    ("3. an adverb opening the participle's words is not the group's",
     "Как-то работавшие вместе с ней мусульманки потребовали, чтобы она приняла ислам.",
     "она приняла ислам", "работавшие вместе с ней мусульманки"),
    ("4. two unnamed groups joined by 'и' as the subject",
     "Лоббисты и активисты, поддерживающие законы, утверждают, что они направлены против порнографии.",
     "они направлены против порнографии", "Лоббисты и активисты"),
    ("4. two unnamed groups in the genitive of a frame, named in the nominative",
     "По словам экспертов и независимых аналитиков, рынок вырастет.",
     "рынок вырастет", "эксперты и независимые аналитики"),
]

GUARDS = [
    ("guard: a country's leadership named by an adjective stays the country",
     "Российское руководство заявило, что забастовка не нужна.",
     "забастовка не нужна", "Россия"),
    ("guard: experts from an organisation (a preposition) are no staff speaking for it",
     "Эксперты из Google считают, что рынок вырастет.",
     "рынок вырастет", "Эксперты"),
    ("guard: a bare group noun stays",
     "Врачи сообщили, что состояние пациента улучшилось.",
     "состояние пациента улучшилось", "Врачи"),
    ("guard: a participle after the group noun, after a comma, stays out",
     "Активисты, собравшиеся на площади, заявили, что закон нарушает конституцию.",
     "закон нарушает конституцию", "Активисты"),
    ("guard: a group joined to one person is no group of groups",
     "Врачи и медсестра заявили, что больница переполнена.",
     "больница переполнена", "Врачи"),
]


@pytest.mark.parametrize("label,text,content,expected", CASES, ids=[c[0] for c in CASES])
def test_mF33(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


@pytest.mark.parametrize("label,text,content,expected", GUARDS, ids=[c[0] for c in GUARDS])
def test_mF33_guards(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label
