"""Helper dvX (thirty-fifth session): classes of the blind quotes-dev17 half (slots 13-24) that are general Russian
news constructions.
- a leading speakerless report frame whose comma was left out before a place or time adjunct of the reported clause
  ("По последним данным на борту находился 201 человек");
- "о"-reports in a relative clause ("агентство X, которое сообщило об …"): the pronoun's antecedent speaks.
(Left out, no firing on the 991 unread texts nor on the 1,989 of the wider pool: a bare "Правительство" completed with
the one country of the text; the double attribution "По сообщению агентства X, в ходе митинга, собравшего …, Y заявил,
что …" with the inner speaker's two-word name left without a subject by the parse.)
Made-up sentences."""
from __future__ import annotations

import pytest

from quote_checks import assert_no_quote_with, speaker_of

# (mechanism, text, content of the quote, expected speaker name; None = no speaker or an unnamed source)
SPEAKERS = [
    ("comma-less unowned frame before a place adjunct",
     "Паром\n\nПаром затонул в июле. По последним данным на борту парома находились 150 человек.",
     "на борту парома находились 150 человек", None),
    ("comma-less unowned frame before an adjunct of the verb",
     "Ремонт\n\nРемонт начнется в мае. По предварительным оценкам на работы может уйти около года.",
     "на работы может уйти около года", None),
    ("о-report in a relative clause with a particle",
     "Отравление\n\nМинистр откликнулся на публикацию Press Association, которое и сообщило об установлении "
     "личностей отравителей.", "установлении личностей отравителей", "Press Association"),
    ("о-report in a relative clause of a person",
     "Переговоры\n\nЖурналисты процитировали министра, который заявил о готовности к переговорам.",
     "готовности к переговорам", "министр"),
]


@pytest.mark.parametrize("label,text,content,expected", SPEAKERS, ids=[c[0] for c in SPEAKERS])
def test_speakers_dvX(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


def test_a_report_place_closed_by_a_comma_is_no_clause_adjunct(enrich):
    """Guard: "Согласно сообщениям на форуме, …" - the phrase before the comma is where the reports stand, so the
    comma-less adjunct reading does not take it into the content."""
    doc = enrich("Сайт\n\nСайт закрыли в июле. Согласно неподтвержденным сообщениям на форуме, владелец сайта уехал.")
    assert_no_quote_with(doc, "на форуме", "report place")


def test_a_thing_in_a_relative_clause_tells_no_news(enrich):
    """Guard: "фильм, который рассказывает о …" - the antecedent is a thing, no speaker."""
    doc = enrich("Кино\n\nОн посмотрел фильм, который рассказывает о водружении флагов над столицей.")
    assert_no_quote_with(doc, "водружении флагов", "thing")

