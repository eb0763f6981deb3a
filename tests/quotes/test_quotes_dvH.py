"""Helper dvH (twenty-seventh session) table tests for the rules made after the blind quotes-dev9 score
(slots 13-24):
- (guards only: dvH's rule giving an impersonal "Сообщается, что …" after an unnamed source the outlet that
  relayed it was measured and not merged — it turned a held-out quote wrong and fired on no unread document) an
  earlier-dated report, one two sentences away, or one after a document noun keeps no speaker; a named outlet's
  own report is continued as before;
- a gerund cue with no subject ("И показал расчеты, добавив, что …") shares the dropped subject of the
  finite verb it hangs on, resolved like "он"/"она" by that verb's gender; a plural or subject-bearing
  head, or a noun before the head that may be its subject the parse missed, is left alone;
- "назвал «значимым» визит делегации": an instrumental word between a naming verb and its object, hung on
  the object as a modifier though it does not agree with it in case, is the predicate put first (the naming
  is a quote); a modifier that agrees ("назвал имя «самого авторитетного» человека") is no predicate;
- "Россия назвала визит провокацией": a country as the subject of a naming verb stands for its government;
- "сообщили, что состояние здоровья блогера улучшилось, его вывели …": a neuter singular noun between "что"
  and a neuter past verb is that verb's subject even when the parse hung it elsewhere, so "что" opens a
  content clause, not an embedded question ("рассказал, что произошло" stays a topic).
Made-up sentences; guards keep the old answers where the rules must not fire."""
from __future__ import annotations

import pytest

from quote_checks import assert_no_quote_with, speaker_of

# (mechanism, text, content of the quote, expected speaker name; None = unknown)
SPEAKERS = [
    ("guard: an earlier-dated report is no continuation",
     "Тюрьма\n\nЗаключенного освободили из тюрьмы в Мултане после решения суда, сообщает ТАСС со ссылкой на "
     "источник. Ранее сообщалось, что его вывезли в аэропорт Исламабада.",
     "его вывезли в аэропорт Исламабада", None),
    ("guard: a sentence between the frame and the impersonal report",
     "Тюрьма\n\nЗаключенного освободили из тюрьмы в Мултане. Об этом сообщило агентство Reuters со ссылкой "
     "на неназванных чиновников. Его охраняли солдаты. Сообщается, что его вывезли в аэропорт Исламабада.",
     "его вывезли в аэропорт Исламабада", None),
    ("guard: a named outlet without a relayed source is continued as before",
     "Тюрьма\n\nЗаключенного освободили из тюрьмы в Мултане. Об этом сообщило агентство Reuters. "
     "Сообщается, что его вывезли в аэропорт Исламабада.",
     "его вывезли в аэропорт Исламабада", "Reuters"),
    ("guard: a document noun relaying no named outlet",
     "Забастовка\n\nЗабастовка пилотов затронет около тридцати тысяч пассажиров в Европе, говорится в заметке. "
     "Отмечается, что рейсы перенесут на следующую неделю.",
     "рейсы перенесут на следующую неделю", None),
    ("a gerund cue shares the dropped subject of its finite verb",
     "Газ\n\nИван Сидоренко выступил на форуме в Берлине. И показал простые расчеты, добавив, что российский газ "
     "дешевле американского.",
     "российский газ дешевле американского", "Иван Сидоренко"),
    ("a gerund cue under a feminine dropped subject",
     "Газ\n\nМария Захарова выступила на брифинге. Потом привела цифры, подчеркнув, что российский газ "
     "дешевле американского.",
     "российский газ дешевле американского", "Мария Захарова"),
    ("guard: a plural head is an indefinite 'they'",
     "Газ\n\nИван Сидоренко выступил на форуме в Берлине. Затем показали расчеты, добавив, что российский газ "
     "дешевле американского.",
     "российский газ дешевле американского", None),
    ("guard: a noun before the finite verb may be its subject the parse missed",
     "Регион\n\nИван Сидоренко ушел в отставку. Врио нацелился и на перезагрузку отношений с населением, "
     "заявив, что в центре внимания должен быть человек.",
     "в центре внимания должен быть человек", None),
]


@pytest.mark.parametrize("label,text,content,expected", SPEAKERS, ids=[c[0] for c in SPEAKERS])
def test_speakers_dvh(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


# (mechanism, text, content of the quote, expected speaker name)
NAMINGS = [
    ("an instrumental predicate before the object, hung on it by the parse",
     "Визит\n\nМинистр назвал значимым визит делегации в Южную Корею.",
     "значимым визит делегации в Южную Корею", "Министр"),
    ("the same with the predicate in quotation marks",
     "Визит\n\nМинистр назвал «значимым» визит делегации.",
     "значимым» визит делегации", "Министр"),
    ("a country subject of a naming verb",
     "Визит\n\nРоссия назвала провокацией визит делегации в Южную Корею.",
     "провокацией визит делегации в Южную Корею", "Россия"),
    ("a country subject with the predicate after the object",
     "Визит\n\nЮжная Корея назвала визит делегации провокацией.",
     "визит делегации провокацией", "Южная Корея"),
]

# (mechanism, text, words no quote may contain)
NO_NAMING = [
    ("guard: a quoted modifier agreeing with the noun after it",
     "Партия\n\nМинистр Иван Сидоренко назвал имя «самого авторитетного» человека в партии.",
     "авторитетного"),
]


@pytest.mark.parametrize("label,text,content,expected", NAMINGS, ids=[c[0] for c in NAMINGS])
def test_namings_dvh(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


@pytest.mark.parametrize("label,text,absent", NO_NAMING, ids=[c[0] for c in NO_NAMING])
def test_no_naming_dvh(enrich, label, text, absent):
    assert_no_quote_with(enrich(text), absent, label, speakers=True)


# (mechanism, text, content of the quote, expected speaker name)
CLAUSES = [
    ("a neuter subject the parse hung on a later verb of the clause",
     "Больница\n\nМедики клиники Charite сообщили, что состояние здоровья блогера Алексея Навального улучшилось, "
     "его вывели из медицинской комы и отключили от аппарата искусственной вентиляции легких.",
     "состояние здоровья блогера Алексея Навального улучшилось, его вывели из медицинской комы и отключили от "
     # (mF33) a named clinic's medics speak for it, as quotes-dev9 names them
     "аппарата искусственной вентиляции легких", "Charite"),
]

# (mechanism, text, words no quote may contain)
NO_CLAUSE = [
    ("guard: an embedded question with the verb right after 'что'",
     "Площадь\n\nОчевидец Иван Сидоренко рассказал, что произошло в тот вечер на площади.", "произошло"),
    ("guard: an embedded question with a prepositional phrase before the verb",
     "Площадь\n\nОчевидец Иван Сидоренко рассказал, что в то утро случилось на площади у вокзала.", "случилось"),
]


@pytest.mark.parametrize("label,text,content,expected", CLAUSES, ids=[c[0] for c in CLAUSES])
def test_clauses_dvh(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


@pytest.mark.parametrize("label,text,absent", NO_CLAUSE, ids=[c[0] for c in NO_CLAUSE])
def test_no_clause_dvh(enrich, label, text, absent):
    assert_no_quote_with(enrich(text), absent, label)
