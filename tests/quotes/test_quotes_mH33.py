"""Helper mH33 (thirty-third session) table tests for two residual wrong speakers of the design sets:
- "«Байонтек» (BioNTech)", "фирма «Спейс адвентчерс» (Space Adventures)": an organisation whose quoted Cyrillic
  name the text glosses with its Latin name in brackets (as many words) speaks under the Latin name, wherever it
  speaks (quotes-dev9 names it BioNTech; the outlets already went by their Latin names); an abbreviation in the
  brackets and a person's Latin spelling change nothing;
- "Как говорят знакомые артиста": the animate genitive owner of a relation noun is a person the text could call
  by that noun (the артист Олег Попов), not the latest person named (the circus director who spoke).
Made-up sentences; guards keep the old answers where the rules must not fire."""
from __future__ import annotations

import pytest

from quote_checks import speaker_of

# (mechanism, text, content of the quote, expected speaker name; None = unknown)
SPEAKERS = [
    ("a company glossed in Latin speaks under the Latin name later on",
     "Вакцина\n\nВакцину разработали немецкая «Байонтек» (BioNTech) и американская «Пфайзер» (Pfizer).\n\n"
     "По оценкам «Байонтек», иммунная защита сохраняется на протяжении года.",
     "иммунная защита сохраняется на протяжении года", "BioNTech"),
    ("a firm glossed in Latin in its own frame",
     "Турист\n\nЯпонский предприниматель будет четвёртым космическим туристом, сообщила американская фирма "
     "«Спейс адвентчерс» (Space Adventures).",
     "Японский предприниматель будет четвёртым космическим туристом", "Space Adventures"),
    ("the owner of 'знакомые артиста' is the artist, not the director who spoke",
     "Клоун\n\nЛегендарный цирковой артист Олег Попов скончался в среду в Ростове-на-Дону. Об этом сообщил "
     "директор Большого московского цирка Эдгард Запашный. Как говорят знакомые артиста, он чувствовал себя "
     "хорошо.",
     "он чувствовал себя хорошо", "знакомый Олега Попова"),
    ("guard: an abbreviation in brackets is no Latin name",
     "Партия\n\nПартия «Техрик-и-Лаббаик Пакистан» (TLP) заявила, что продолжит протесты.",
     "продолжит протесты", "Техрик-и-Лаббаик Пакистан"),
    ("guard: a person keeps the Cyrillic name",
     "Турист\n\nПредприниматель Дайсуке Эномото (Daisuke Enomoto) заявил, что полетит в космос.",
     "полетит в космос", "Дайсуке Эномото"),
]


@pytest.mark.parametrize("label,text,content,expected", SPEAKERS, ids=[c[0] for c in SPEAKERS])
def test_speakers_mh33(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


# (mH33, merged by the lead after it fired right on the wider unread pool: runormas 1059718 «Он отметил, что Тищенко
# «…» и добавил, что нардеп …» → Богдан, not Тищенко) A comma stretch that opens with "что" is the clause the verb
# before it took, not the subject of the verb after it.
CLAUSE_STRETCHES = [
    ("a что-clause stretch is no subject of the next verb",
     "Вертолет\n\nСообщение о падении вертолета поступило в МЧС в 16.55 мск, мужчина сообщил, что он пилот и "
     "заявил, что при падении пострадали семь человек, передает телеграм-канал Baza.",
     "при падении пострадали семь человек", "мужчина"),
]


@pytest.mark.parametrize("label,text,content,expected", CLAUSE_STRETCHES, ids=[c[0] for c in CLAUSE_STRETCHES])
def test_clause_stretch_mh33(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label
