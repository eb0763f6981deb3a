"""Review cr33 (thirty-third session, read-only code review) findings the lead mended: regressions of the session's
own rules on made-up sentences.
- R2: an impersonal "называют X «Y»" inside a clause another cue frames keeps that cue's speaker.
- R3: a bare "эксперт" does not take up a minister or a governor the text just named.
- R1: a frame between a subject and its predicate adjective is no frame wedged in a noun phrase.
- R5: a pronoun that goes on with an unnamed source ("Он добавил", "По его словам") keeps it, whoever the source's
  own words named.
- R8: a trailing "по словам X" reports the clause after a «;», a data frame both.
- R6: a bare "другой" with a name apposed is no unnamed source.
- C1: "руководство X" keeps X's actor.
Made-up sentences."""
from __future__ import annotations

import pytest

from quote_checks import quote_of, speaker_of

# (mechanism, text, content of the quote, expected speaker name; None = no speaker or an unnamed source)
SPEAKERS = [
    ("R2: a naming inside a dash-framed quotation",
     "Рынок\n\nЭтот район называют «спальным», – отмечают риелторы.", "спальным", "риелторы"),
    ("R3: a minister is no expert",
     "Бюджет\n\nМинистр финансов Антон Силуанов выступил на форуме. Эксперт считает, что бюджет будет исполнен с "
     "дефицитом.", "бюджет будет исполнен с дефицитом", "Эксперт"),
    ("R3 guard: the association's co-chair is the expert",
     "Закон\n\nСопредседатель ассоциации Александр Брод указал на учет веяний времени. «Закон нужен», – заявил "
     "эксперт.", "Закон нужен", "Александр Брод"),
    ("R8: a trailing 'по словам' reports the clause after the «;»",
     "Суд\n\nЗаседание суда перенесли на март; обвиняемый вину не признает, по словам его адвоката.",
     "обвиняемый вину не признает", "его адвокат"),
    ("R8 guard: a data frame reports both clauses",
     "Цены\n\nЦены выросли на пять процентов; инфляция ускорилась вдвое, по данным Росстата.",
     "Цены выросли на пять процентов; инфляция ускорилась вдвое", "Росстат"),
    ("R6: a name apposed to 'другой'",
     "Депутаты\n\nОдин депутат промолчал. Другой, Андрей Смирнов, заявил, что закон нужен.", "закон нужен", None),
]


@pytest.mark.parametrize("label,text,content,expected", SPEAKERS, ids=[c[0] for c in SPEAKERS])
def test_speakers_cr33(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


def test_a_subject_and_its_predicate_around_a_frame(enrich):
    """R1: "Ситуация, по мнению экспертов, критическая" is the experts' opinion, not a frame inside a noun phrase."""
    doc = enrich("Рынок\n\nСитуация, по мнению экспертов, критическая.")
    assert [q.speaker.name for q in doc.quotes if "критическая" in q.text and q.speaker] == ["эксперты"]


def test_an_unnamed_source_going_on(enrich):
    """R5: "Он добавил" after an unnamed source's words that named a minister is the source again."""
    doc = enrich("Источник\n\nСобеседник агентства сообщил, что министра вызвали в Кремль. Он добавил, что отставка "
                 "вероятна.")
    quote = quote_of(doc, "отставка вероятна", "R5")
    assert quote.speaker is not None and quote.speaker.unnamed and quote.speaker.text == "Он", quote.speaker


def test_management_keeps_the_company(enrich):
    """C1: "Руководство Ryanair" is named so, and its words stay with the company's actor."""
    doc = enrich("Забастовка\n\nРуководство Ryanair заявило, что забастовка не нужна.")
    speaker = quote_of(doc, "забастовка не нужна", "C1").speaker
    assert speaker is not None and speaker.name == "руководство Ryanair" and speaker.actor_id == "org:ryanair"
