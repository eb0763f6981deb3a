"""Helper mA28 (twenty-eighth session) table tests mending review rv28_Q's headline and frame causes:
- cause 1: a headline "СМИ: …" is the press at large (unknown, named by its mention), like "Немецкие СМИ: …";
- cause 10: a country subject of an announcement verb ("Белоруссия заявила о …") speaks;
- attribute B: an "о"-topic keeps the conjuncts of the words inside it ("о договоренности вернуть A и B").
Made-up sentences; guards keep the rules' intended cases and the conventions they must not move."""
from __future__ import annotations

import pytest

from quote_checks import speaker_of

# (mechanism, title, body, content of the quote, expected speaker name; None = unknown)
HEADLINES = [
    ("cause 1: 'СМИ:' is the press at large, named by its mention",
     "СМИ: министр финансов подал в отставку",
     "Премьер-министр в понедельник провел совещание с членами правительства.",
     "министр финансов подал в отставку", "СМИ"),
    ("guard cause 1: the press of a country keeps its adjective",
     "Британские СМИ: министр финансов подал в отставку",
     "Премьер-министр в понедельник провел совещание с членами правительства.",
     "министр финансов подал в отставку", "Британские СМИ"),
    ("guard cause 1: a dash title with a named speaker speaks as before",
     "Переговоры о поставках газа зашли в тупик – Новак",
     "Вице-премьер Александр Новак встретился с журналистами.",
     "Переговоры о поставках газа зашли в тупик", "Александр Новак"),
]

# (mechanism, text, content, expected speaker)
SPEAKERS = [
    ("cause 10: a country subject of an announcement verb speaks",
     "Новости\n\nНа прошлой неделе Венгрия заявила о резком росте цен на электроэнергию.",
     "резком росте цен на электроэнергию", "Венгрия"),
    ("guard cause 10: authorities of a country speak as before",
     "Новости\n\nНа прошлой неделе власти Венгрии заявили о резком росте цен на электроэнергию.",
     "резком росте цен на электроэнергию", "власти Венгрии"),
    ("attribute B: the topic keeps a conjunct inside it (and is long enough to be one)",
     "Новости\n\nГубернатор Иван Петров рассказал о решении освободить Смирнова и Кузнецова.",
     "решении освободить Смирнова и Кузнецова", "Иван Петров"),
    ("attribute B: a conjoined infinitive inside the topic belongs to it",
     "Новости\n\nПрезидент Иван Петров заявил о необходимости снизить налоги и поддержать малый бизнес.",
     "необходимости снизить налоги и поддержать малый бизнес", "Иван Петров"),
    ("guard attribute B: a second topic with its own 'о' is still joined as before",
     "Новости\n\nМЧС сообщило о десятках пострадавших и о разрушении двух домов.",
     "десятках пострадавших и о разрушении двух домов", "МЧС России"),
]


@pytest.mark.parametrize("label,title,body,content,expected", HEADLINES, ids=[c[0] for c in HEADLINES])
def test_headlines_mA28(enrich, label, title, body, content, expected):
    assert speaker_of(enrich(body, title=title), content, label) == expected, label


@pytest.mark.parametrize("label,text,content,expected", SPEAKERS, ids=[c[0] for c in SPEAKERS])
def test_speakers_mA28(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label
