"""Review cr34's mends of the thirty-fourth session's rules (the lead, from the reviewer's checked copies), made-up
sentences.
- F1: a threat verb's quoted infinitive is someone's words only when the subject is someone ("Повышение ставки
  грозит «обвалить» рынок" is a thing's prospect; the analysts' frame keeps the sentence).
- F2: "закон" of nature, genre or fate, or a law named after a person, is no legal norm speaking.
- F4: a content clause goes on past ", и" when the second verb belongs to the content's own subject.
- F5: "о рисках, что может начаться паводок": a "что" with a subject of its own opens a content clause, not a
  relative one.
- F6: a naming aside takes the quoted name right after its closing comma.
- F8: an outlet's spaced name in marks ("пишет « Коммерсантъ »") is no lost link splitting the sentence."""
from __future__ import annotations

import pytest

from quote_checks import speaker_of

# (label, text, content of the quote, expected speaker name)
SPEAKERS = [
    ("F1: a thing threatening is no speaker; the analysts speak",
     "Повышение ставки грозит «обвалить» рынок жилья, считают аналитики.",
     "Повышение ставки грозит «обвалить» рынок жилья", "аналитики"),
    ("F1 guard: people threatening with quoted words",
     "Жильцы дома пригрозили «перекрыть» трассу.", "«перекрыть» трассу", "Жильцы дома"),
    ("F2 guard: the constitution speaks",
     "Согласно Конституции, президент избирается на шесть лет.", "президент избирается на шесть лет", "Конституция"),
    ("F4: the content's own subject goes on after ', и'",
     "Песков сказал, что Путин провел встречу с губернатором, и поручил подготовить доклад.",
     "Путин провел встречу с губернатором, и поручил подготовить доклад", "Дмитрий Песков"),
    ("F5: a 'что' clause with its own subject after a topic",
     "Синоптики предупредили о рисках, что может начаться паводок.", "может начаться паводок", "Синоптики"),
    ("F8: a spaced outlet name closes the sentence's frame",
     "Цены на бензин выросли на пять процентов, пишет « Коммерсантъ ». Эксперты ждут дальнейшего роста.",
     "Цены на бензин выросли на пять процентов", "Коммерсантъ"),
    ("F6: the quoted name right after a naming aside",
     "Этот проект, как назвал его губернатор, «стройка века» будет завершен в 2025 году.", "стройка века",
     "губернатор"),
]


@pytest.mark.parametrize("label,text,content,expected", SPEAKERS, ids=[c[0] for c in SPEAKERS])
def test_cr34_speakers(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


@pytest.mark.parametrize("text", [
    "Повышение ставки грозит «обвалить» рынок жилья.",
    "По закону подлости, в этот момент пошел проливной дождь.",
    "По закону жанра, главный герой погибает в последней серии.",
    "Согласно закону Мура, число транзисторов на кристалле удваивается каждые два года.",
], ids=["thing threatens", "закон подлости", "закон жанра", "закон Мура"])
def test_cr34_no_quote(enrich, text):
    doc = enrich(text)
    assert not doc.quotes, [(q.text, q.speaker and q.speaker.name) for q in doc.quotes]
