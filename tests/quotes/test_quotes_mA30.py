"""Helper mA30 (thirtieth session) table tests mending review rv30_Q's speaker causes.

Cause 6 (object form): a noun in an object of a verb ("запись разговора с девочкой, которая …") is
not that verb's subject.
Cause 5: "Заявление X стало ответом на … По его словам, …": the owner of a statement that is the
subject is whom the next pronoun stands for.
Cause 10 (abbreviation): "Общественной палаты (ОП) … сообщила пресс-служба ОП" is the press office of
the name the text spells out.
Made-up sentences; guards keep the answers that were right before."""
from __future__ import annotations

import pytest

from quote_checks import speaker_of

# (mechanism, text, content of the quote, expected speaker name)
SPEAKER_ROWS = [
    ("cause 6: a girl in the object of the subject's verb is not the subject",
     "Новости\n\nКсения Собчак опубликовала в Instagram запись разговора с девочкой, которая пожаловалась, "
     "что в школе нет интересных книг.",
     "в школе нет интересных книг", "девочка"),
    ("guard cause 6: 'N, который заявил, что …' parsed on N stays N",
     "Новости\n\nСлово взял депутат Иван Петров, который заявил, что закон давно не работает.",
     "закон давно не работает", "Иван Петров"),
    ("cause 5: 'Заявление X стало ответом … По его словам' is X",
     "Новости\n\nСенатор Джон Блейк утверждал, что налоги вырастут. Заявление Майкла Торна стало ответом на "
     "критику экспертов. По его словам, бюджет будет сбалансирован.",
     "бюджет будет сбалансирован", "Майкл Торн"),
    ("guard cause 5: with no statement between, 'По его словам' is the last speaker",
     "Новости\n\nСенатор Джон Блейк утверждал, что налоги вырастут. По его словам, бюджет будет "
     "сбалансирован.",
     "бюджет будет сбалансирован", "Джон Блейк"),
    ("cause 10: 'пресс-служба ОП' after 'Общественной палаты (ОП)'",
     "Новости\n\nЧлен совета Общественной палаты (ОП) Иван Сомов задержан, сообщила пресс-служба ОП.",
     "Член совета Общественной палаты (ОП) Иван Сомов задержан", "пресс-служба Общественной палаты"),
    ("guard cause 10: an abbreviation the text does not spell out stays",
     "Новости\n\nЧлен совета Иван Сомов задержан, сообщила пресс-служба ОП.",
     "Член совета Иван Сомов задержан", "пресс-служба ОП"),
]


@pytest.mark.parametrize("label,text,content,expected", SPEAKER_ROWS, ids=[c[0] for c in SPEAKER_ROWS])
def test_speakers_mA30(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label
