"""Mender mV35 (thirty-fifth session): causes of review rv35_Q on speaker binding.
- C1: "Суд арестовал принадлежащие «Газпрому» акции компании «Блэк Си Пайплайн Компани Б.В.». Об этом говорится в
  отчете российской компании": a description with a state's adjective is not the company of unknown state named
  last but the one the registry places in that state.
- C2: a speaker left null though it stands in the sentence: a parenthetical word before the "что" of a gerund cue
  ("заявив, однако, что …").  (Its handle rule was dropped by mC35, cr35 X1: mU35's regex already gives
  "olgura__"; the handle rows are in tests/quotes/test_mU35.py.)
- C8: "«…», — цитирует газета документ": the cited document's author speaks, found as for "говорится в документе".
Rules that fired nowhere on unread text (C1 owner nouns with an adjective, country-adjective descriptors, "аль-"
surnames; C2 inverted subjects and common-noun surnames; C9; C12) are on branch mV35-nofire with their tests.
Made-up sentences."""
from __future__ import annotations

import pytest

from quote_checks import speaker_of

# (mechanism, text, content of the quote, expected speaker name; None = no speaker or an unnamed source)
SPEAKERS = [
    ("C1: a state adjective picks the registry company of that state",
     "Суд\n\nСуд арестовал принадлежащие «Газпрому» акции компании «Блэк Си Пайплайн Компани Б.В.». Об этом говорится "
     "в отчете российской компании.", "Суд арестовал принадлежащие «Газпрому» акции компании «Блэк Си Пайплайн "
     "Компани Б.В.»", "Газпром"),
    ("C2: a parenthetical word between a gerund cue and its что",
     "Концерт\n\nПевица Анна Петрова вышла на сцену и показала плакат зрителям, заявив, однако, что «не знала, что "
     "там нарисовано».", "не знала, что там нарисовано", "Анна Петрова"),
    ("C8: a cited document's author",
     "Рейсы\n\nКомпания Wizz Air разослала пассажирам письмо. «Протесты наносят ущерб», — цитирует газета документ.",
     "Протесты наносят ущерб", "Wizz Air"),
]


@pytest.mark.parametrize("label,text,content,expected", SPEAKERS, ids=[c[0] for c in SPEAKERS])
def test_speakers_mV35(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label

