"""Helper mC30 (thirtieth session) table tests mending review rv30_Q's causes 8, 2 and 9:
- cause 8: an embedded question after "рассказать" names a topic, not content: the rest of the question words'
  forms ("какими", "чему": quotes/context.py INTERROGATIVES);
- cause 2: double attribution - "Об этом, как сообщает X, заявил Y" (Y speaks, X relays: quotes/frames.py
  `_inner_relay_end`, quotes/attribution.py `_after_anaphor`); "Сообщалось, что компания X заявила о …" (X speaks
  about its topic: quotes/merge.py `_impersonal_report_of_topic`);
- cause 9: one closer written for a quote and the quote it ends with, at the end of a paragraph, closes both
  (quotes/marks.py `_ends_paragraph`), so an interrupted «…, – сказал X. — …» quote is read whole.
Made-up sentences; guards keep the rules' intended cases and the answers they must not move."""
from __future__ import annotations

import pytest

from khronika.quotes.marks import find_quoted
from quote_checks import assert_no_quote_with, speaker_of

# (mechanism, title, text, words no quote may hold)
NO_QUOTES = [
    ("cause 8: 'какими' opens an embedded question",
     "", "Новости\n\nДиректор музея Анна Смирнова рассказала, какими должны быть современные музеи и что они "
         "должны показывать детям.",
     "современные музеи"),
    ("cause 8: 'чему' opens an embedded question",
     "", "Новости\n\nКроме того, тренер Олег Ковалев рассказал, чему научился у своих игроков за сезон.",
     "научился"),
]


@pytest.mark.parametrize("label,title,text,absent", NO_QUOTES, ids=[c[0] for c in NO_QUOTES])
def test_no_quotes_mC30(enrich, label, title, text, absent):
    assert_no_quote_with(enrich(text, title=title), absent, label)


# (mechanism, text, content of the quote, expected speaker name; None = unknown)
SPEAKERS = [
    ("cause 2: 'Об этом, как сообщает X, заявил Y' is Y's",
     "Новости\n\nАрмия страны получит новые танки в следующем году. Об этом, как сообщает агентство Reuters, "
     "заявил министр обороны Иван Петров.",
     "Армия страны получит новые танки в следующем году", "Иван Петров"),
    ("cause 2: 'Сообщалось, что компания X заявила о …' is X's topic",
     "Новости\n\nРанее сообщалось, что компания «Альфа» заявила о намерении построить новый завод в Туле.",
     "намерении построить новый завод в Туле", "Альфа"),
    ("cause 2: 'Отмечается, что X - apposition - заявил о …' is X's topic",
     "Новости\n\nОтмечается, что министр финансов Иван Петров - сторонник жесткой бюджетной политики - заявил о "
     "намерении сократить расходы на содержание аппарата.",
     "намерении сократить расходы на содержание аппарата", "Иван Петров"),
    ("guard cause 2: a topic of a relative clause leaves the impersonal report whole",
     "Новости\n\nСообщается, что полиция задержала в Туле подозреваемого в краже, который рассказал о мотивах "
     "своего поступка.",
     "полиция задержала в Туле подозреваемого в краже, который рассказал о мотивах своего поступка", None),
    ("cause 9: an interrupted «-quote whose closer also closes the quote it ends with: first part whole",
     "Новости\n\nВ интервью тренер Иван Петров признался, что устал от работы. «Когда вся жизнь – это спорт, отдыхать "
     "трудно. Это не для слабых, – пожаловался Петров. — Я каждый день говорю себе: «Не сдавайся!»",
     "Когда вся жизнь – это спорт, отдыхать трудно. Это не для слабых", "Иван Петров"),
    ("cause 9: ... and its continuation after the frame",
     "Новости\n\nВ интервью тренер Иван Петров признался, что устал от работы. «Когда вся жизнь – это спорт, отдыхать "
     "трудно. Это не для слабых, – пожаловался Петров. — Я каждый день говорю себе: «Не сдавайся!»",
     "Я каждый день говорю себе: «Не сдавайся!", "Иван Петров"),
    ("guard cause 2: an announcement still to come is not made",
     "Новости\n\nРанее сообщалось, что в ближайшее время компания «Альфа» объявит о строительстве нового завода "
     "в Туле.",
     "в ближайшее время компания «Альфа» объявит о строительстве нового завода в Туле", None),
    ("guard cause 2: 'Об этом заявил Y, сообщает X' as before",
     "Новости\n\nАрмия страны получит новые танки в следующем году. Об этом заявил министр обороны Иван Петров, "
     "сообщает агентство Reuters.",
     "Армия страны получит новые танки в следующем году", "Иван Петров"),
    ("guard cause 2: an impersonal report of an event stays unknown",
     "Новости\n\nРанее сообщалось, что в Туле открылся новый завод по выпуску автомобилей.",
     "в Туле открылся новый завод по выпуску автомобилей", None),
    ("guard: 'что именно эти меры' is a content clause",
     "Новости\n\nМинистр финансов Иван Петров заявил, что именно эти меры помогли снизить инфляцию.",
     "именно эти меры помогли снизить инфляцию", "Иван Петров"),
    ("guard cause 8: a 'что'-clause after 'рассказал' stays",
     "Новости\n\nГубернатор Олег Лебедев рассказал, что власти построят в области новую школу.",
     "власти построят в области новую школу", "Олег Лебедев"),
    ("guard: a statement beside an appeal stays",
     "Новости\n\nМэр Павел Сидоров призвал жителей не выходить на лед, сообщив, что лед на реке еще тонкий.",
     "лед на реке еще тонкий", "Павел Сидоров"),
    ("guard: a finite 'сообщила о' stays",
     "Новости\n\nПолиция Тулы сообщила о задержании подозреваемого в краже автомобилей.",
     "задержании подозреваемого в краже автомобилей", "Полиция Тулы"),
]


@pytest.mark.parametrize("label,text,content,expected", SPEAKERS, ids=[c[0] for c in SPEAKERS])
def test_speakers_mC30(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


def test_inner_relay_in_chain_mC30(enrich):
    """cause 2: the outlet of "Об этом, как сообщает X, заявил Y" relays Y's words (the quote's source chain)."""
    doc = enrich("Новости\n\nАрмия страны получит новые танки в следующем году. Об этом, как сообщает агентство "
                 "Reuters, заявил министр обороны Иван Петров.")
    found = [q for q in doc.quotes if q.text == "Армия страны получит новые танки в следующем году"]
    assert found and found[0].source_chain[-2:] == ["Reuters", "Иван Петров"], \
        [(q.text, q.source_chain) for q in doc.quotes]


# cause 9 (rv30_Q): one closer written for a quote and the quote it ends with at the end of its paragraph
# (quotes/marks.py `_ends_paragraph`).  (text, expected outermost span content or None when no span holds `probe`,
# probe: words the span must hold)
SHARED_CLOSERS = [
    ("«Это трудно, – признался тренер. — Я каждый день говорю себе: «Не сдавайся!»\n\nМатч пройдет в субботу.",
     "Это трудно, – признался тренер. — Я каждый день говорю себе: «Не сдавайся!", "каждый день"),
    ("Выставка называется «Операция «Искра»\n\nОна откроется в субботу.", "Операция «Искра", "Операция"),
    # guard: narration goes on after the inner quote - the outer span is not stretched over it
    ("Список открывали «каналы по умолчанию: «Первый канал», «Звезда». Ранее агентство писало о «большой проверке»",
     None, "Ранее агентство"),
    # guard: the next paragraph goes on with the outer quote (Russian multi-paragraph quotes)
    ("«Мы решили так: «Идем до конца»\n\n«Никто не отступит», – сказал капитан.",
     "Мы решили так: «Идем до конца»\n\n«Никто не отступит", "Никто не отступит"),
]


@pytest.mark.parametrize("text,expected,probe", SHARED_CLOSERS, ids=[c[0][:40] for c in SHARED_CLOSERS])
def test_shared_closer_at_paragraph_end_mC30(text, expected, probe):
    at = text.index(probe)
    holding = [s for s in find_quoted(text) if s.start <= at < s.stop]
    outer = min(holding, key=lambda s: s.depth, default=None)
    assert (text[outer.start:outer.stop] if outer is not None else None) == expected
