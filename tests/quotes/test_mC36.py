"""mC36 (thirty-sixth session) table tests: missed frames review rv36_Q found (its cause C2).

- C2b: a statement noun owned by a third-person possessive ("его слова о том, что …") holds the possessive's words.
- C2c: the press writing about an event ("«Коммерсант» писал о возбуждении дела") reports it, as "сообщил о" does.
(C2a "…, о чём объявил X" and C2e "…, сообщили в министерстве …, которое …" fired on no unread text: branch mC36-nofire.)
Rows marked "guard" keep what must not change.  Sentences are made up or the reviewer's (rv36_Q, its probes)."""
from __future__ import annotations

import pytest

from quote_checks import assert_no_quote_with, quote_of, speaker_of

# (mechanism, text, the whole content of the quote, expected speaker name; None = no speaker, cue)
CONTENTS = [
    ("C2b: a possessive's words 'его слова о том, что' (rv36_Q probe p08)",
     "Олег Петров прошёл в парламент. Его первым заявлением стали его слова о том, что в парламенте он идет "
     "«спасать страну».",
     "в парламенте он идет «спасать страну»", "Олег Петров", "слово"),
    ("C2b: the noun's own predicate ends the words",
     "Министр Иван Сидоров ушел в отставку. Его заявление о том, что он устал от работы, вызвало споры.",
     "он устал от работы", "Иван Сидоров", "заявление"),
    ("C2b: the possessive's promise recalled by others is still the possessive's",
     "Министр Иван Сидоров ушел в отставку. Журналисты вспомнили его обещание о том, что пенсии вырастут вдвое.",
     "пенсии вырастут вдвое", "Иван Сидоров", "обещание"),
    ("C2b: the words of the one named, in a participial frame (unread pool 930899)",
     "Писатель Игорь Мальцев назвал топ-менеджера Галину Панину самозванкой после ее заявления о том, что в ее роду "
     "были дворяне.",
     "в ее роду были дворяне", "Галина Панина", "заявление"),
    ("guard C2b: a genitive owner as before",
     "Журналисты вспомнили обещание министра Ивана Сидорова о том, что пенсии вырастут вдвое.",
     "пенсии вырастут вдвое", "Иван Сидоров", "обещание"),
    ("C2c: an outlet in quotation marks writes about an event (rv36_Q slot 42)",
     "В сентябре 2017 года «Коммерсант» писал о возбуждении уголовного дела против компании «Ромашка».",
     "возбуждении уголовного дела против компании «Ромашка»", "Коммерсантъ", "писать"),
    ("C2c: the press in general writes about a case (unread pool 907465)",
     "В конце 2016 года СМИ написали о деле Семенова, обвиненного в изнасиловании.",
     "деле Семенова, обвиненного в изнасиловании", "СМИ", "написать"),
    ("C2c: 'газета X писала о' + an event",
     "Газета «Ведомости» писала о планах компании продать завод в Туле.",
     "планах компании продать завод в Туле", "Ведомости", "писать"),
]


@pytest.mark.parametrize("label,text,content,expected,cue", CONTENTS, ids=[c[0] for c in CONTENTS])
def test_mC36_missed_frames(enrich, label, text, content, expected, cue):
    doc = enrich(text)
    assert speaker_of(doc, content, label) == expected, label
    assert quote_of(doc, content, label).cue == cue, label


# (mechanism, text, words no quote's text may hold)
ABSENT = [
    ("guard C2c: a writer's subject matter",
     "Блогер вела блоги с 12 лет, писала о самостоятельности и свободе выбора.", "самостоятельности"),
    ("guard C2c: a person writing about a need is left out (the rule is the press's)",
     "Журналист написал о необходимости снести памятник в центре города.", "необходимости"),
    ("guard C2c: the press's own cross-reference to its coverage (unread pool 908889)",
     "Газета ВЗГЛЯД подробно писала о склоке внутри московской оппозиции вокруг несанкционированного митинга.",
     "склоке"),
    ("guard C2b: a possessive statement noun with a topic only",
     "Министр Иван Сидоров ушел в отставку. Его слова о погоде никто не услышал.", "погоде"),
]


@pytest.mark.parametrize("label,text,absent", ABSENT, ids=[c[0] for c in ABSENT])
def test_mC36_no_quote(enrich, label, text, absent):
    assert_no_quote_with(enrich(text), absent, label)
