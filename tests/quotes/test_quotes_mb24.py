"""mb24 table tests, made-up sentences (review rev24_A M4, M5, M6):
M4. a "когда/пока"-clause after a trailing frame is when the speaker spoke: the frame ends before it, so the
    content before the frame is still the quote ("…, сказал X, когда журналисты спросили …");
M5. after "«…», — заявил X," the words that follow are X's only when they reopen the speech (a dash or a
    quotation mark): a bare clause is the narration going on ("…, совещание продолжилось …");
M6. "…», – отметил руководитель конкурса «…», директор РАЭК Сергей Петров.": the person named in the frame's
    closing apposition is the speaker, not an earlier person whom the role description fits.
Guards: a real continuation "«…», — заявил X, — «…»"; a "когда"-clause after a quote in marks (no quote of it);
a role description with two names after it (a list, not one apposition)."""
from __future__ import annotations

import pytest

from quote_checks import assert_no_quote_with, speaker_of

# (mechanism, text, content of the quote, expected speaker name; None = unknown)
FOUND = [
    ("M4 the content before a frame followed by a 'когда'-clause",
     "Переговоры продолжатся на следующей неделе, сказал министр Иван Петров, когда журналисты спросили его о "
     "сроках.",
     "Переговоры продолжатся на следующей неделе", "Иван Петров"),
    ("M5 guard: a continuation reopened by a dash and a quotation mark",
     "«Мы к этому богатству относимся безобразно», — заявил Лукашенко, — «нам нужно навести порядок в лесах».",
     "«нам нужно навести порядок в лесах»", "Александр Лукашенко"),
    ("M6 the name apposed in the frame, not an earlier person the role fits",
     "По словам генерального директора АНО «Россия – страна возможностей» Алексея Комиссарова, победители "
     "конкурса – это первоклассные специалисты. «Все они могут вырасти в самостоятельные бизнесы», – отметил "
     "руководитель конкурса «Цифровой прорыв», директор РАЭК Сергей Плуготаренко.",
     "Все они могут вырасти в самостоятельные бизнесы", "Сергей Плуготаренко"),
    ("M6 the name apposed in the frame, no earlier person",
     "«Все они могут вырасти в самостоятельные бизнесы», – отметил руководитель конкурса «Цифровой прорыв», "
     "директор РАЭК Сергей Плуготаренко.",
     "Все они могут вырасти в самостоятельные бизнесы", "Сергей Плуготаренко"),
    ("M6 guard: a name the parse already hung on the role",
     "«Мы откроем новую школу к осени», — сказал глава фонда «Будущее», депутат городской думы Олег Смирнов.",
     "Мы откроем новую школу к осени", "Олег Смирнов"),
]


@pytest.mark.parametrize("label,text,content,expected", FOUND, ids=[c[0] for c in FOUND])
def test_mb24_found(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


# (mechanism, text, words no quote may contain)
ABSENT = [
    ("M4 guard: the 'когда'-clause itself is never the content",
     "Переговоры продолжатся на следующей неделе, сказал министр Иван Петров, когда журналисты спросили его о "
     "сроках.", "когда журналисты"),
    ("M5 a clause after '«…», — заявил X,' is the narration's",
     "«Мы к этому богатству относимся безобразно», — заявил Лукашенко, совещание продолжилось еще два часа.",
     "совещание продолжилось"),
    ("M5 with a keyboard dash",
     "«Такого порядка больше не будет», - заявил Лукашенко, видео публикует Telegram-канал «Пул первого».",
     "видео публикует"),
]


@pytest.mark.parametrize("label,text,absent", ABSENT, ids=[c[0] for c in ABSENT])
def test_mb24_absent(enrich, label, text, absent):
    assert_no_quote_with(enrich(text), absent, label)


def test_mb24_two_names_after_the_role_are_a_list(enrich):
    """Guard of M6: a role followed by ", <role> X и <role> Y" is a list of people: the rule names no one."""
    doc = enrich("«Мы откроем новую школу к осени», — сказал глава фонда «Будущее», депутат Олег Смирнов и "
                 "директор школы Анна Петрова.")
    assert speaker_of(doc, "Мы откроем новую школу к осени", "two names") != "Олег Смирнов"
