"""Helper dvA (twenty-fifth session) table tests for the rules made after the blind quotes-dev6 score:
- a colon after a relative clause whose cue verb already has its object ("…, часть которых считает себя
  обманутыми:") is framed by the sentence's own "По его словам", not by that verb;
- a passive participle cue ("были проинформированы о том, что …") never takes the ones told for its speaker;
- a colon after a plural noun that opens a list of names is an enumeration, not someone's words;
- "не исключить + NP" with an institution noun as subject ("Администрация завода не исключила …");
- "X, который, по его словам, …": the words after the frame, said by the relative pronoun's antecedent;
- "заявил газете ''X'', что …": any quotation marks around a name between the verb and "что" (wiki text's '');
- a user's handle after a parenthetical in commas ("– написала, в частности, nick_1").
Made-up sentences; guards keep the old answers where the rules must not fire."""
from __future__ import annotations

import pytest

from quote_checks import assert_no_quote_with, speaker_of

# (mechanism, text, content of the quote, expected speaker name; None = unknown)
SPEAKERS = [
    ("relative cue with an object does not frame the colon: the 'по его словам' owner speaks",
     "Бюджет\n\nМинистр финансов Антон Силуанов выступил в Думе.\n\nПо его словам, правительству придется "
     "поддержать фермеров региона, часть которых считает себя обманутыми:\n\nМы не оставим никого без помощи. "
     "Мы найдем деньги на эти выплаты.",
     "Мы не оставим никого без помощи. Мы найдем деньги на эти выплаты", "Антон Силуанов"),
    ("guard: a relative cue without an object still frames the colon",
     "Бюджет\n\nНа встрече выступил Антон Силуанов, который заявил журналистам:\n\nМы не оставим никого без "
     "помощи. Мы найдем деньги на эти выплаты.",
     "Мы не оставим никого без помощи. Мы найдем деньги на эти выплаты", "Антон Силуанов"),
    ("passive participle cue: the ones told are no speaker",
     "Рейсы\n\nВ социальных сетях некоторые пассажиры были проинформированы о том, что в случае отмены рейсов, "
     "они будут «заранее» уведомлены, хотя точных сроков авиакомпания не назвала.",
     "в случае отмены рейсов, они будут «заранее» уведомлены, хотя точных сроков авиакомпания не назвала", None),
    ("guard: an active cue keeps its subject",
     "Ремонт\n\nЖители дома заявили о том, что в понедельник им отключили горячую воду.",
     "в понедельник им отключили горячую воду", "Жители дома"),
    ("не исключить + NP with an institution noun as subject",
     "Завод\n\nАдминистрация завода не исключила сокращения персонала в следующем году.",
     "сокращения персонала в следующем году", "Администрация завода"),
    ("'который, по его словам, …': the words after the frame, said by the antecedent",
     "Такси\n\nЗадержанным оказался Иван Петров, водитель такси, который, по его словам, просто проезжал мимо.",
     "просто проезжал мимо", "Иван Петров"),
    ("guard: a possessive that does not agree with the antecedent is not the antecedent",
     "Такси\n\nЗадержанным оказался Иван Петров, который, по ее словам, приходил к ней вчера вечером.",
     "приходил к ней вчера вечером", None),
    ("an addressee's name in wiki text's '' marks between the verb and 'что'",
     "Мост\n\nГубернатор Иван Петров заявил газете ''Вечерний город'', что мост через реку откроют в мае.",
     "мост через реку откроют в мае", "Иван Петров"),
    ("an addressee's name in “ ” marks between the verb and 'что'",
     "Мост\n\nГубернатор Иван Петров сообщил журналистам “Вечернего города”, что мост через реку откроют в мае.",
     "мост через реку откроют в мае", "Иван Петров"),
    ("a handle after a parenthetical in commas: '– написала, в частности, nick_1'",
     "Видео\n\nПоклонники позитивно отреагировали на ролик:\n\n«Какая прекрасная семья, счастья вам и здоровья», "
     "– написала, в частности, anna_petrova88.",
     "Какая прекрасная семья, счастья вам и здоровья", "anna_petrova88"),
    ("a plain lower-case handle closing the sentence after a parenthetical",
     "Видео\n\nПоклонники позитивно отреагировали на ролик:\n\n«Какая прекрасная семья, счастья вам и здоровья», "
     "– написала, в частности, annapetrova.",
     "Какая прекрасная семья, счастья вам и здоровья", "annapetrova"),
    ("guard: a network's name after a parenthetical is no handle",
     "Видео\n\nПоклонники позитивно отреагировали на ролик:\n\n«Какая прекрасная семья, счастья вам и здоровья», "
     "– написала, в частности, в twitter.",
     "Какая прекрасная семья, счастья вам и здоровья", None),
    ("guard: a colon after a speech noun opens the speaker's own words",
     "Забастовка\n\nЛидер профсоюза Иван Смирнов сделал несколько заявлений: Мы будем бастовать до конца, пока "
     "нам не поднимут зарплаты.",
     "Мы будем бастовать до конца, пока нам не поднимут зарплаты", "Иван Смирнов"),
]

# (mechanism, text, words no quote may contain)
ABSENT = [
    ("enumeration colon: a list of places after a plural noun is nobody's words",
     "Забастовка\n\nПрофсоюзы объявили забастовку в трех городах: Москве, Казани и Самаре, а в Перми бастовать "
     "собираются водители автобусов.", "Казани"),
    ("guard for не исключить: a thing as subject holds no position",
     "Завод\n\nПлохая погода не исключила задержки рейсов.", "задержки рейсов"),
]


@pytest.mark.parametrize("label,text,content,expected", SPEAKERS, ids=[c[0] for c in SPEAKERS])
def test_speakers_dva(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


@pytest.mark.parametrize("label,text,absent", ABSENT, ids=[c[0] for c in ABSENT])
def test_no_quote_dva(enrich, label, text, absent):
    assert_no_quote_with(enrich(text), absent, label)
