"""Helper dvM (thirtieth session) table tests for the rules made after the blind quotes-dev12 score
(slots 1-12):
- "В самой авиакомпании предстоящую забастовку охарактеризовали как «ненужную»": a "как"-evaluating verb
  with its accusative object put before it states the evaluation; the content is the part after the verb
  (the naming convention for the inverted order), and its quoted words make it mixed;
- "Руководство авиакомпании охарактеризовало забастовку как «ненужную»": a "как"-adjective the parse hung
  on the object as a clause is the predicate;
- "Некоторые обвиняют Бузову в лицемерии", "Другие называют его героем": a plural quantifier with no noun
  of its own is an unnamed group that accuses and names (speaker unknown);
- "рассказала о жизни и подвиге прадеда", "проект, рассказывающий о героях войны", "рассказала о ночном
  разговоре с артистом": after a narrating (not an announcing) verb a person, a life story or a talk is a
  subject matter, not a reported event.
Made-up sentences; guards keep the old answers where the rules must not fire."""
from __future__ import annotations

import pytest

from quote_checks import assert_no_quote_with, speaker_of

# (mechanism, text, content of the quote, expected speaker name; None = unknown)
SPEAKERS = [
    ("a 'как'-evaluation with its object before the verb: the part after the verb",
     "Забастовка\n\nЭти действия министр оценил как провокацию.",
     "провокацию", "министр"),
    ("the same with an impersonal verb and an institution's place phrase",
     "Забастовка\n\nПрофсоюз объявил забастовку. В компании Ryanair забастовку охарактеризовали как «ненужную».",
     "ненужную", "Ryanair"),
    ("a quoted 'как'-adjective the parse hung on the object",
     "Забастовка\n\nРуководство авиакомпании охарактеризовало забастовку как «ненужную».",
     "забастовку как «ненужную»", "Руководство авиакомпании"),
    ("guard: object and predicate after the verb keep both",
     "Забастовка\n\nМинистр Иван Петров охарактеризовал ситуацию как критическую.",
     "ситуацию как критическую", "Иван Петров"),
    ("an unnamed group by its quantifier accuses",
     "Певица\n\nМежду тем, некоторые обвиняют Бузову в лицемерии.",
     "Бузову в лицемерии", None),
    ("an unnamed group by its quantifier names",
     "Матч\n\nДругие называют его настоящим героем.",
     "его настоящим героем", None),
    ("guard: an announced event stays a quote after 'рассказать о'",
     "Пожар\n\nМинистр Иван Петров рассказал о задержании двух подозреваемых в поджоге.",
     "задержании двух подозреваемых в поджоге", "Иван Петров"),
    ("guard: people with a relative clause that states something of them",
     "Больница\n\nГлавврач Иван Петров рассказал о пациентах, которые заразились в больнице.",
     "пациентах, которые заразились в больнице", "Иван Петров"),
    ("guard: an announcing verb with a person-free event topic",
     "Фронт\n\nМинистр обороны Иван Петров сообщил о гибели трех военнослужащих.",
     "гибели трех военнослужащих", "Иван Петров"),
]


@pytest.mark.parametrize("label,text,content,expected", SPEAKERS, ids=[s[0] for s in SPEAKERS])
def test_speakers_dvm(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


# (mechanism, text, content, expected kind)
KINDS = [
    ("a wholly quoted evaluation after the verb is the speaker's words",
     "Забастовка\n\nПрофсоюз объявил забастовку. В компании Ryanair забастовку охарактеризовали как «ненужную».",
     "ненужную", "mixed"),
    ("guard: an unquoted evaluation stays indirect",
     "Забастовка\n\nЭти действия министр оценил как провокацию.",
     "провокацию", "indirect"),
]


@pytest.mark.parametrize("label,text,content,expected", KINDS, ids=[k[0] for k in KINDS])
def test_kinds_dvm(enrich, label, text, content, expected):
    found = [q for q in enrich(text).quotes if q.text == content]
    assert found, f"{label}: no quote {content!r}"
    assert found[0].kind == expected, label


# (mechanism, text, words no quote may contain)
NO_QUOTE = [
    ("an institution that tells about people",
     "Проект\n\nМузей Победы рассказал о героях Великой Отечественной войны.",
     "героях"),
    ("guard: a project (a thing) tells no news either way",
     "Проект\n\nПроект, рассказывающий о героях Великой Отечественной войны, запущен в марте.",
     "героях"),
    ("a life story told",
     "Проект\n\nЖительница Клина рассказала о жизни и подвиге своего прадеда Петра Викторчика.",
     "прадеда"),
    ("a talk told about without its words",
     "Певица\n\nПевица Ольга Бузова рассказала о ночном разговоре с артистом.",
     "разговоре"),
    ("guard: an estimate is no evaluation",
     "Ущерб\n\nУщерб эксперты оценили в миллион рублей.",
     "миллион"),
    ("guard: a quantifier with its own noun is no group of people",
     "Процессы\n\nНекоторые процессы называют необратимыми.",
     "необратимыми"),
]


@pytest.mark.parametrize("label,text,absent", NO_QUOTE, ids=[n[0] for n in NO_QUOTE])
def test_no_quote_dvm(enrich, label, text, absent):
    assert_no_quote_with(enrich(text), absent, label)
