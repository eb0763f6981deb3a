"""Helper mD28 (twenty-eighth session) table tests mending review rv28_R's interview formats:
- cause 1: in a question-and-answer interview the answers are the words of the one the lead says the
  interviewer talked with ("X поговорил с Y"), even when the lead names other people too;
- cause 2: a speaker label with a bracketed role ("Анна Смирнова (продюсер):") names the speaker of the
  words after it, also when the label stands on a line of its own or the colon opens the next line;
  a dump's lost break between the role's bracket and the colon is put back as a space.
Made-up sentences; guards keep the rules' intended limits."""
from __future__ import annotations

import pytest

from khronika.ingest.lost_breaks import restore_lost_breaks
from quote_checks import speaker_of

_LEAD = ("Цены\n\nЭкономист Анна Смирнова работает в банке. Ее коллега Олег Петров руководит отделом. "
         "Корреспондент Иван Сидоров {talk} о ценах и ипотеке.\n\n— Почему растут цены?\n\n"
         "— Цены растут из-за курса рубля. Я думаю, это надолго.\n\n— Что будет с ипотекой?\n\n"
         "— Ставки пока останутся высокими, я в этом уверена.")
_ANSWER = "Цены растут из-за курса рубля. Я думаю, это надолго"

# (mechanism, text, content of the quote, expected speaker name; None = unknown)
SPEAKERS = [
    ("cause 1: the one talked with answers, though the lead names a colleague too",
     _LEAD.format(talk="поговорил с Анной Смирновой"), _ANSWER, "Анна Смирнова"),
    ("cause 1: 'побеседовала с' the same",
     _LEAD.format(talk="побеседовал с Анной Смирновой"), _ANSWER, "Анна Смирнова"),
    ("guard cause 1: two people talked with: no one answer's speaker",
     _LEAD.format(talk="поговорил с Анной Смирновой и Олегом Петровым"), _ANSWER, None),
    ("guard cause 1: no one talked with and two people named: the answers keep no speaker",
     _LEAD.format(talk="задал вопросы экономистам"), _ANSWER, None),
    ("cause 2: a label with a bracketed role before the colon",
     "Сериал\n\nАвторы вспоминают съемки.\n\nАнна Смирнова (продюсер): Мы снимали в Лондоне, и нам было трудно.",
     "Мы снимали в Лондоне, и нам было трудно", "Анна Смирнова"),
    ("cause 2: the label and its colon on a line of their own",
     "Сериал\n\nАвторы вспоминают съемки.\n\nОлег Петров (сценарист):\n\n"
     "Я долго не мог дописать этот сценарий, мне не хватало идей.",
     "Я долго не мог дописать этот сценарий, мне не хватало идей", "Олег Петров"),
    ("cause 2: the colon opening the line after the label",
     "Сериал\n\nАвторы вспоминают съемки.\n\nАнна Смирнова (продюсер)\n\n: Мы снимали в Лондоне, и нам было трудно.",
     "Мы снимали в Лондоне, и нам было трудно", "Анна Смирнова"),
]

# (mechanism, text, words that must not be anyone's quote)
NOT_QUOTES = [
    ("guard cause 2: a label alone before third-person narration (a card, not speech)",
     "Сериал\n\nАвторы вспоминают съемки.\n\nАнна Смирнова (продюсер):\n\nСъемки сериала шли в Лондоне три месяца.",
     "Съемки сериала шли в Лондоне три месяца"),
    ("guard cause 2: a colon line after a paragraph that has a colon of its own takes no label from it",
     "Сериал\n\nВ списке: Анна Смирнова, Олег Петров.\n\n: Мы снимали в Лондоне, и нам было трудно.",
     "Мы снимали в Лондоне, и нам было трудно"),
]

# (mechanism, record text, text after reading)
BREAKS = [
    ("cause 2: a dump's lost break between a role's bracket and the colon becomes a space",
     "Авторы вспоминают съемки.nАнна Смирнова (продюсер)n: Мы снимали в Лондоне.",
     "Авторы вспоминают съемки.\nАнна Смирнова (продюсер) : Мы снимали в Лондоне."),
    ("guard: a Latin n after a bracket before a Latin word stays",
     "Он прилетел в Лондон.nКомпания (Siemens)n объявила о сделке.",
     "Он прилетел в Лондон.\nКомпания (Siemens)n объявила о сделке."),
]


@pytest.mark.parametrize("label,text,content,expected", SPEAKERS, ids=[c[0] for c in SPEAKERS])
def test_speakers_mD28(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


@pytest.mark.parametrize("label,text,absent", NOT_QUOTES, ids=[c[0] for c in NOT_QUOTES])
def test_not_quotes_mD28(enrich, label, text, absent):
    doc = enrich(text)
    assert not [q for q in doc.quotes if absent in q.text], f"{label}: {[q.text for q in doc.quotes]}"


@pytest.mark.parametrize("label,text,expected", BREAKS, ids=[c[0] for c in BREAKS])
def test_lost_breaks_mD28(label, text, expected):
    assert restore_lost_breaks(text) == expected, label
