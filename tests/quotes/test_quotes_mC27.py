"""Quote speakers named as the document names them (helper mC27, twenty-seventh session; review rv27_Q cause 4).

The names come from `nlp/` (tests/nlp/test_mC27.py): a bare surname spelt another way joins the person named in
full; a name in apposition to a nominative person noun keeps its written nominative ("Джордже", "Санду"); a name in
apposition to a feminine noun is a woman's.  Here: the quote's speaker carries that name, and a woman's nominative
"-ова" name after a far apposition is still the phrase's head (quotes/speakers.py `_feminine_misread`).
Rows marked "old" fail on the code before the round; the controls hold on both.  The sentences are written for the
test.
"""
from __future__ import annotations

import pytest

# (text, quote text fragment, expected speaker name)
SPEAKERS = [
    # old: "Кунцберг" (a spelling of the surname the full name does not share)
    ("Обозреватель газеты Мартина Кюнцберг написала колонку о выборах. Кунцберг отмечает, что правительство "
     "ослабло.", "правительство ослабло", "Мартина Кюнцберг"),
    # old: "Джордж Маринча"
    ("Лондон должен объяснить свои планы, заявил министр по европейским делам Румынии Джордже Маринча.",
     "Лондон должен объяснить", "Джордже Маринча"),
    # old: the whole phrase "Избранный президент страны Майя Санду" (the name normalised "Майя Санда")
    ("Избранный президент страны Майя Санду заявила, что реформа продолжится.", "реформа продолжится",
     "Майя Санду"),
    # old: "Анча Баранов"
    ("О гипотезе рассказала профессор Ирина Лядова.\n\nХотя профессор Школы системной биологии в американском "
     "Университете Джорджа Мэнсона Анча Баранова высказывает сомнение, что защитный эффект можно будет доказать.",
     "защитный эффект", "Анча Баранова"),
    # controls: another family of a near Russian surname stays itself; a name read right stays
    ("Депутат Юрий Котов выступил в парламенте. Кротов заявил, что не согласен с ним.", "не согласен", "Кротов"),
    ("Глава МИД России Сергей Лавров заявил, что переговоры продолжатся.", "переговоры продолжатся",
     "Сергей Лавров"),
]


@pytest.mark.parametrize("text,fragment,speaker", SPEAKERS)
def test_speaker_names(enrich, text, fragment, speaker):
    doc = enrich(text)
    found = [q for q in doc.quotes if fragment in q.text]
    assert found, [q.text for q in doc.quotes]
    assert found[0].speaker is not None and found[0].speaker.name == speaker
