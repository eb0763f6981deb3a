"""Helper mA40 (fortieth session), review rv40_Q C1: colon quotations whose frame is no speech verb.

(1) "Петров передумал, несмотря на возраст: «…»", "обеспокоился даже блогер Олег Сидоров: «…»", "ссылался, прежде
всего, на мнение Y: «…»", "сделал новый прогноз: «…»": the predicate of the clause that ends at the colon, found up
the parse from the word before the colon (an aside between commas does not hide it), gives the quoted whole sentences
to its subject - a named person, or a person or body noun whose quoted words speak (a finite verb, a first/second
person).
(2) (C7) "призвал чиновников «никого не просить, это бесполезно»": a directive's quoted infinitive phrase runs to the
closing mark even when the parse's phrase stops at a comma inside the marks (mixed, all the quoted words).
Guards: a list the colon opens (no agent), a text the subject reads, a perception verb ("узнал новость:"), a speech
infinitive after a verb of will in a «что»-clause, quoted words with their own split frame, a passive clause.
(The «По её словам:» and frame-sentence-before-a-colon mends fired on no unread text: /work/briefs/mA40_unfired.patch.)
Made-up sentences; every row with old=False failed on the code before mA40."""
from __future__ import annotations

import pytest

from quote_checks import assert_no_quote_with, quote_of, speaker_name

# (rule, text, quoted words, expected speaker name, expected kind, passes on the old code)
COLON_ROWS = [
    ("a non-speech predicate, an aside between the verb and the colon",
     "Иван Петров передумал уходить из клуба. Петров передумал, несмотря на возраст: «Пока никто не готов занять "
     "мое место. Я продолжу работу».",
     "Пока никто не готов занять мое место. Я продолжу работу", "Иван Петров", "direct", False),
    ("a stance verb with the named subject after it",
     "Решением мэра обеспокоился даже известный блогер Олег Сидоров: «Это конец городского транспорта в нашем "
     "городе».", "Это конец городского транспорта в нашем городе", "Олег Сидоров", "direct", True),
    ("quoted words opening with a year",
     "Вопросами отопления обеспокоился даже главный идеолог Олег Сидоров: «2014 – «Зимняя весна» от соседей. "
     "2018 – «Зимняя весна» от газовиков».",
     "2014 – «Зимняя весна» от соседей. 2018 – «Зимняя весна» от газовиков", "Олег Сидоров", "direct", False),
    ("the words before the colon parsed onto the quotation: the verb of the sentence",
     "Франц Бекенбауэр хочет возглавить УЕФА. Бекенбауэр ссылался, прежде всего, на мнение Ивана Петрова: «Это "
     "было бы задание, которое бы меня вдохновило».",
     "Это было бы задание, которое бы меня вдохновило", "Франц Бекенбауэр", "direct", False),
    ("a support noun after a blocked verb: «сделал прогноз:»",
     "В начале мая Александр Лукашенко сделал новый прогноз: «Нам надо напряженно выдержать до начала лета».",
     "Нам надо напряженно выдержать до начала лета", "Александр Лукашенко", "direct", False),
    ("a verb of will with the infinitive of an act",
     "Модель подверглась критике в соцсетях. В итоге за модель решили вступиться соотечественники: «Есть ведь и у "
     "нас предел терпения – санкции мы выдержим».", "Есть ведь и у нас предел терпения – санкции мы выдержим",
     "соотечественники", "direct", False),
    ("a body noun with speaking words",
     "Болельщики клуба возмутились решением тренера: «Мы не будем ходить на стадион до его отставки».",
     "Мы не будем ходить на стадион до его отставки", "Болельщики клуба", "direct", True),
    ("a body noun with speaking words, an aside before the colon",
     "Болельщики клуба собрались, как и в прошлом году, у ворот стадиона: «Мы не будем ходить на матчи до его "
     "отставки».", "Мы не будем ходить на матчи до его отставки", "Болельщики клуба", "direct", False),
]

# (rule, text, words that must be in no quote)
GUARD_ROWS = [
    ("a list the colon opens: no agent",
     "Программа конкурса разделена на три этапа: «Сначала участники пишут эссе. Затем они проходят собеседование».",
     "Сначала участники пишут эссе"),
    ("a perception verb: what the subject learned",
     "Иван Петров узнал новость: «Завод закроют уже в следующем году».", "Завод закроют"),
    ("a verb of will with a perceiving infinitive",
     "Иван Петров решил, как и все, узнать новость: «Завод закроют уже в следующем году».", "Завод закроют"),
    ("a verb of will with a speech infinitive inside a «что»-clause (the cue frames declined it)",
     "Другие могут заявить, что Папа хочет сказать: «Каждый человек имеет право на свою долю земного счастья».",
     "Каждый человек имеет право"),
    ("a reading verb: the words are the read text's",
     "Иван Петров прочитал на вечере, как обычно, отрывок: «Мы в ответе за тех, кого приручили».", "Мы в ответе"),
    ("a person noun with words that do not speak (no finite verb, no first/second person)",
     "Жители района собрались, как и в прошлом году, у здания мэрии: «Новая парковка у дома номер пять».",
     "Новая парковка"),
    ("quoted words with their own split frame keep it",
     "На пресс-конференции сам хоккеист Иван Петров рассказал о том, каково это — после стольких лет в игре "
     "смотреть хоккей со стороны: «Я все еще скучаю по льду, — признался ветеран. — Когда ты не на льду, тяжело "
     "смотреть на игры».",
     "признался ветеран"),
    ("a passive clause with no agent",
     "Решение было принято единогласно: «Мы закрываем этот вопрос навсегда и больше к нему не вернемся».",
     "Мы закрываем этот вопрос"),
]

@pytest.mark.parametrize("label,text,content,speaker,kind,old", COLON_ROWS, ids=[r[0] for r in COLON_ROWS])
def test_mA40_colon_speaker(enrich, label, text, content, speaker, kind, old):
    quote = quote_of(enrich(text), content, label)
    assert (speaker_name(quote), quote.kind) == (speaker, kind), label


@pytest.mark.parametrize("label,text,absent", GUARD_ROWS, ids=[r[0] for r in GUARD_ROWS])
def test_mA40_colon_guard(enrich, label, text, absent):
    assert_no_quote_with(enrich(text), absent, label)


# (rule, text, quoted words, expected kind) - every row failed on the code before mA40
DIRECTIVE_ROWS = [
    ("a comma inside the marks of a directive's infinitive phrase",
     "Мэр Иван Петров призвал горожан «не паниковать, это бесполезно».", "не паниковать, это бесполезно", "mixed"),
    ("two infinitives and a comment clause inside the marks",
     "Губернатор Олег Орлов призвал чиновников «никого не просить и не уговаривать, это бесполезно».",
     "никого не просить и не уговаривать, это бесполезно", "mixed"),
]


@pytest.mark.parametrize("label,text,content,kind", DIRECTIVE_ROWS, ids=[r[0] for r in DIRECTIVE_ROWS])
def test_mA40_directive_quoted_phrase(enrich, label, text, content, kind):
    assert quote_of(enrich(text), content, label).kind == kind, label
