"""mS39 (thirty-ninth session, review rv39_Q C7): a trailing frame at the end of a sentence the crawl glued to the
next one ("…, сообщает администрация Орска.22:45Наши источники …", "…, заявил министр Иван Сомов.МВД …") is read
once the sentence splitter cuts the glued boundary; a site's name ("Футбол.Ру", "Яндекс.Дзен") is no longer cut
at its dot, so the outlet is named whole.  A «что» inside brackets opened after a verb belongs to the aside ("(позже
станет известно, что …)"), not to the verb: the split exposed such a record on tgcontest unread.  Made-up sentences."""
from __future__ import annotations

import pytest

from quote_checks import assert_no_quote_with, speaker_of

# (mechanism, text, content of the quote, expected speaker name)
CASES = [
    ("a trailing frame before a live blog's glued time stamp",
     "Ремонт займет три часа, сообщает администрация Тулы.22:45Наши источники сообщают, что ремонт начался.",
     "Ремонт займет три часа", "администрация Тулы"),
    ("a trailing frame before a glued upper-case word",
     "Вирус опасен для пожилых, заявил министр здравоохранения Иван Сомов.МВД Грузии призывает граждан "
     "соблюдать режим.",
     "Вирус опасен для пожилых", "Иван Сомов"),
    ("a site's name is not cut at its dot",
     "Команда сменила тренера, сообщает Футбол.Ру. Новый тренер приступит к работе в мае.",
     "Команда сменила тренера", "Футбол.Ру"),
    ("a brand's service is not cut at its dot: the institution it refers to speaks",
     "Команда сменила тренера, пишет Яндекс.Дзен со ссылкой на клуб.",
     "Команда сменила тренера", "клуб"),
]


@pytest.mark.parametrize("label,text,content,expected", CASES, ids=[c[0] for c in CASES])
def test_mS39_glued_frames(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


# (mechanism, text, words no quote may hold)
NO_QUOTE = [
    ("a 'что' inside brackets opened after the verb is the aside's",
     "Мужчина передал ей неизвестный предмет (позже станет известно, что это телефон жертвы). Машина уехала.",
     "телефон жертвы"),
]


@pytest.mark.parametrize("label,text,absent", NO_QUOTE, ids=[c[0] for c in NO_QUOTE])
def test_mS39_bracketed_aside(enrich, label, text, absent):
    assert_no_quote_with(enrich(text), absent, label)
