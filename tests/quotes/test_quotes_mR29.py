"""Helper mR29 (twenty-ninth session) table tests mending review rv28_R's causes 5, 6, 10, 11 and 13:
- cause 5: "По его данным, …" right after a sentence whose speech verb has an outlet for its subject
  ("…, сообщает агентство Reuters.") is that outlet's account, not the nearest noun's;
- cause 6: a relative clause ("…, где …," / "…, в котором …,") between the subject and its speech verb;
- cause 11: a nominative noun the parse hung on no verb right before a subjectless speech verb is its subject;
- cause 10: a channel noun with a quoted title («Telegram-канал «…»») - the titled channel speaks;
- cause 13: a subjectless speech verb with its own noun object ("…, описывают результаты") frames no content before it.
Made-up sentences; guards keep the rules' intended cases and the answers they must not move."""
from __future__ import annotations

import pytest

from quote_checks import assert_no_quote_with, speaker_of

# (mechanism, text, content of the quote, expected speaker name; None = unknown)
SPEAKERS = [
    ("cause 5: 'по его данным' after an agency's frame is the agency",
     "Новости\n\nПравительство Чили отложило выборы в парламент, которые ранее назначил Конституционный суд, "
     "сообщает агентство Reuters. По его данным, это произошло из-за массовых протестов в столице.",
     "это произошло из-за массовых протестов в столице", "Reuters"),
    ("guard cause 5: 'по его словам' after a person's frame stays the person",
     "Новости\n\nМинистр финансов Иван Петров заявил, что бюджет будет исполнен. По его словам, дефицит не превысит "
     "двух процентов.",
     "дефицит не превысит двух процентов", "Иван Петров"),
    ("cause 6: a 'где' clause between the subject and its speech verb",
     "Новости\n\nВчера футбольный клуб «Зенит», где выступает нападающий Иван Петров, сообщил в Telegram, что "
     "контракт игрока продлен до 2026 года.",
     "контракт игрока продлен до 2026 года", "Зенит"),
    ("guard cause 6: a 'в котором' clause the parse already reads speaks as before",
     "Новости\n\nНакануне пресс-служба губернатора, в которой работают пять человек, сообщила, что губернатор "
     "проведет прием граждан в пятницу.",
     "губернатор проведет прием граждан в пятницу", "пресс-служба губернатора"),
    ("guard cause 6: a relative clause before a colon frame keeps its subject",
     "Новости\n\nВчера компания «Альфа», в которой работают двести человек, заявила: «Мы не будем сокращать "
     "сотрудников в этом году».",
     "Мы не будем сокращать сотрудников в этом году", "Альфа"),
    ("guard cause 6: a subject right before its verb speaks as before",
     "Новости\n\nВчера футбольный клуб «Зенит» сообщил в Telegram, что контракт игрока продлен до 2026 года.",
     "контракт игрока продлен до 2026 года", "Зенит"),
    ("cause 11: a nominative noun left unhung before a promise verb is its subject",
     "Новости\n\nВ конце июля федеральное Минприроды пообещало пересмотреть границы зон охраны так, чтобы не только "
     "исключить переход пожаров на дачи, но и «предотвратить задымление городов».",
     "не только исключить переход пожаров на дачи, но и «предотвратить задымление городов»", "Минприроды"),
    ("cause 10: a titled channel speaks, not the channel noun",
     "Новости\n\nНа фасаде музея появились новые вывески. «Вывески закрыли старинную лепнину», – говорится в "
     "Telegram-канале «Городские хроники».",
     "Вывески закрыли старинную лепнину", "Городские хроники"),
    ("guard cause 11: the same subject parsed as one keeps speaking",
     "Новости\n\nВесной федеральное Минприроды пообещало пересмотреть границы заповедников, чтобы «сохранить редкие "
     "виды птиц».",
     "сохранить редкие виды птиц", "Минприроды"),
]


@pytest.mark.parametrize("label,text,content,expected", SPEAKERS, ids=[c[0] for c in SPEAKERS])
def test_speakers_mR29(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label



# (mechanism, text, words no quote may contain)
NO_QUOTES = [
    ("cause 13: a verb with its own noun object frames no content before it",
     "Новости\n\nГруппа биологов под руководством Ивана Петрова в статье, опубликованной в журнале Nature, "
     "описывают результаты наблюдений за китами.",
     "Группа биологов"),
]

# (mechanism, text, content that stays a quote, expected speaker)
KEPT = [
    ("guard cause 13: a trailing impersonal frame with no object keeps its content",
     "Новости\n\nПострадавших при пожаре на складе нет, сообщили в пресс-службе МЧС.",
     "Пострадавших при пожаре на складе нет", "МЧС России"),
    ("guard cause 13: an object naming an organisation may be the misparsed subject",
     "Новости\n\nЗабастовка затронет все рейсы компании в пятницу, проинформировал профсоюз пилотов Cockpit.",
     "Забастовка затронет все рейсы компании в пятницу", "Cockpit"),
]


@pytest.mark.parametrize("label,text,absent", NO_QUOTES, ids=[c[0] for c in NO_QUOTES])
def test_no_quotes_mR29(enrich, label, text, absent):
    assert_no_quote_with(enrich(text), absent, label)


@pytest.mark.parametrize("label,text,content,expected", KEPT, ids=[c[0] for c in KEPT])
def test_kept_mR29(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label
