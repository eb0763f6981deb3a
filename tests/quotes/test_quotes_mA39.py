"""mA39 table tests (review cr39 F1 on dv39b's headline rule): words before a title's colon are not the framed
name's headline quote when they are a work's title or someone else's words - the verb's object names a film, a
song, a letter, a testimony, a slogan's action ("Песков рассказал о письме солдата"), the verb evaluates or
performs ("оценил", "выступил"), an outlet reports about something ("Mash рассказал о показаниях"), or the words
are a question ("Что вы знаете о …: Минздрав ответил …").
Guards: a reply with the speaker's own words ("Жить будем: Собянин ответил на вопрос …") and an outlet's or club's
own reply ('"Мы вернемся": "Зенит" ответил болельщикам') keep their headline quote."""
from __future__ import annotations

import pytest

from quote_checks import assert_headline_speaker

# (mechanism, title, body, content of the title's words, expected speaker; None = no headline quote)
TITLE_CASES = [
    ("a film's title before an evaluation verb",
     "«Я худею»: Нагиев оценил новую комедию",
     "Актер Дмитрий Нагиев оценил новую комедию режиссера Алексея Нужного.", "Я худею", None),
    ("an unquoted film title before an evaluation verb",
     "Иди и смотри: Михалков оценил фильм Климова",
     "Режиссер Никита Михалков оценил фильм Элема Климова.", "Иди и смотри", None),
    ("a song's title before a performance verb",
     "«Верните мне музыку»: Пугачева выступила на концерте",
     "Певица Алла Пугачева выступила на концерте в Кремле.", "Верните мне музыку", None),
    ("a film's title before «рассказал о съемках фильма»",
     "«Я шагаю по Москве»: Михалков рассказал о съемках фильма",
     "Режиссер Никита Михалков рассказал о съемках фильма Георгия Данелии.", "Я шагаю по Москве", None),
    ("a letter's words before «рассказал о письме»",
     "Хочу домой: Песков рассказал о письме солдата",
     "Пресс-секретарь президента Дмитрий Песков рассказал о письме солдата, который написал, что хочет домой.",
     "Хочу домой", None),
    ("the opposition's slogan before «ответил на акцию»",
     "«Голосуй или проиграешь»: ЦИК ответил на акцию оппозиции",
     "Центральная избирательная комиссия ответила на акцию оппозиции под лозунгом «Голосуй или проиграешь».",
     "Голосуй или проиграешь", None),
    ("a witness's words before an outlet's «рассказал о показаниях»",
     "«Я ничего не помню»: Mash рассказал о показаниях водителя",
     "Telegram-канал Mash рассказал о показаниях водителя, который сбил пешехода.", "Я ничего не помню", None),
    ("an outlet's «рассказал о» relays its subject's words",
     "«Я ничего не помню»: Mash рассказал о ДТП на Тверской",
     "Telegram-канал Mash рассказал о ДТП на Тверской улице.", "Я ничего не помню", None),
    ("the supporters' words before «рассказал о письмах»",
     '"Мы будем жить": Навальный рассказал о письмах сторонников',
     "Политик Алексей Навальный рассказал о письмах, которые получает от сторонников.", "Мы будем жить", None),
    ("the readers' question before «ответил на вопросы»",
     "Что вы знаете о прививках: Минздрав ответил на вопросы читателей",
     "Министерство здравоохранения ответило на самые частые вопросы читателей о вакцинации.",
     "Что вы знаете о прививках", None),
    ("guard: the speaker's own answer before «ответил на вопрос»",
     "Жить будем: Собянин ответил на вопрос о карантине",
     "Мэр Москвы Сергей Собянин ответил на вопрос журналистов о карантине.", "Жить будем", "Сергей Собянин"),
    ("guard: a club's own reply with no «о»-topic",
     '"Мы вернемся": "Зенит" ответил болельщикам',
     "Футбольный клуб «Зенит» ответил болельщикам после поражения.", "Мы вернемся", "Зенит"),
]


@pytest.mark.parametrize("label,title,body,content,expected", TITLE_CASES, ids=[c[0] for c in TITLE_CASES])
def test_mA39_title(enrich, label, title, body, content, expected):
    doc = enrich(body, title=title)
    assert_headline_speaker(doc, content, expected, label)
