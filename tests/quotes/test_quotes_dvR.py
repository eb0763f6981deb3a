"""Helper dvR (thirty-second session) table tests for the rules made after the blind quotes-dev14 score
(slots 13-24):
- "«…», – передает издание впечатления свердловчанина X", "– передает сайт свидетельство очевидца X", "Life News
  приводит его рассказ об аварии:" + the words in the next paragraph: an eyewitness's account (рассказ,
  впечатление, свидетельство, воспоминание) is relayed like "слова X" - its owner speaks, the outlet relays;
- "Судя по оценкам экспертов, …", "Судя по официальным данным, …": the gerund opens the same according-to
  frame as "по оценкам X" / "по данным", so the reported words start after it;
- "рассказала о своем тернистом пути к успеху", "рассказал об опыте электронного голосования": after a narrating
  verb one's path or experience is a subject matter (a topic, no quote), as a life story is;
- "Король проходил курс лечения …, сообщило государственное информационное агентство MAP, добавив, что …": a speech
  gerund right after a trailing speech verb shares its subject (the agency), not the reported clause's.
Made-up sentences; guards keep the old answers where the rules must not fire."""
from __future__ import annotations

import pytest

from quote_checks import speaker_of

# (mechanism, text, content of the quote, expected speaker name; None = unknown)
SPEAKERS = [
    ("an outlet relays an eyewitness's impressions",
     "Болид\n\nНад городом пролетел болид. «Я увидел вспышку, потом услышал гром», – передает издание впечатления "
     "местного жителя Ивана Петрова.",
     "Я увидел вспышку, потом услышал гром", "Иван Петров"),
    ("an outlet relays an eyewitness's testimony",
     "Болид\n\n«Над районом пролетело что-то похожее на метеорит», – передает e1.ru свидетельство пенсионерки "
     "Марии Ивановой.",
     "Над районом пролетело что-то похожее на метеорит", "Мария Иванова"),
    ("an outlet relays his account after a colon closing the paragraph",
     "Авария\n\nВодитель Алексей Русаков заявил, что не помнит, как ушел с места аварии.\n\n"
     "Телеканал приводит его рассказ об аварии:\n\nЯ ехал по Вернадского, кажется. Нет, я ехал по Лобачевского.",
     "Я ехал по Вернадского, кажется. Нет, я ехал по Лобачевского", "Алексей Русаков"),
    ("'Судя по оценкам X': the words after the frame",
     "Вакцина\n\nСудя по оценкам экспертов и чиновников, пока нет предпосылок появления вакцины на рынке.",
     # (mF33) two unnamed groups joined by "и" are one speaker (quotes-dev7 «очевидцев и СМИ»)
     "пока нет предпосылок появления вакцины на рынке", "эксперты и чиновники"),
    ("'Судя по официальным данным': a speakerless report frame",
     "Лидер\n\nСудя по официальным данным, лидер страны остается в добром здравии.",
     "лидер страны остается в добром здравии", None),
    ("a speech gerund after a trailing frame is the agency's",
     "Король\n\nКороль проходил курс лечения в парижской клинике, сообщило государственное информационное агентство "
     "MAP, добавив, что у него было диагностировано нарушение ритма.",
     "у него было диагностировано нарушение ритма", "MAP"),
    ("guard: a gerund after a clause keeps the agentive subject above it",
     "Медики\n\nМедики предупреждают, что лечение займёт месяцы, отмечая, что пациенты должны соблюдать режим.",
     "пациенты должны соблюдать режим", "Медики"),
    ("guard: announcing a way out is still a report",
     "Кризис\n\nМинистр заявил о пути выхода из кризиса.",
     "пути выхода из кризиса", "Министр"),
]


@pytest.mark.parametrize("label,text,content,expected", SPEAKERS, ids=[c[0] for c in SPEAKERS])
def test_speakers_dvr(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


# (mechanism, text, a word that no quote's text may contain)
ABSENT = [
    ("guard: 'судя по всему' is no frame",
     "Визит\n\nСудя по всему, визит министра отложен до весны.",
     "отложен"),
    ("guard: what photographs show is no report",
     "Пожар\n\nСудя по фотографиям, здание склада полностью разрушено.",
     "разрушено"),
    ("one's path told is a topic",
     "Балерина\n\nВ своем блоге балерина Анна Петрова рассказала о своем тернистом пути к успеху.",
     "пути к успеху"),
    ("an experience told is a topic",
     "Выборы\n\nЭксперт Николай Мейнерт рассказал об опыте электронного голосования в Эстонии.",
     "опыте"),
    ("guard: the frame stays out of the words",
     "Вакцина\n\nСудя по оценкам экспертов и чиновников, пока нет предпосылок появления вакцины на рынке.",
     "Судя"),
]


@pytest.mark.parametrize("label,text,absent", ABSENT, ids=[c[0] for c in ABSENT])
def test_absent_dvr(enrich, label, text, absent):
    doc = enrich(text)
    assert not [q.text for q in doc.quotes if absent in q.text], f"{label}: {[q.text for q in doc.quotes]}"
