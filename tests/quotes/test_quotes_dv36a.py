"""dv36a (thirty-sixth session) table tests, from the misses of quotes-dev20's first half (slots 1-12).

- A subject phrase does not reach across its own verb: glued initials ("Ф.Олесси") let the parse hang a name of
  the content on the subject's initial, and the man spoken about became the speaker.
- "выяснить, что …" is a finding its agent states (quotes-dev19 and -dev20 annotate it); an embedded question
  after it, or before a trailing frame ("Что за вакцину …, выяснил X"), names a topic only.
Sentences are made up or taken from quotes-dev20 (dv36a's half) and unread text; each row fails on the code
before dv36a."""
from __future__ import annotations

import pytest

from quote_checks import assert_no_quote_with, speaker_of

# (mechanism, text, content of the quote, expected speaker name)
SPEAKERS = [
    ("glued initials: the content's name hung on the subject's initial is not the speaker (quotes-dev20)",
     "Ф.Олесси рассказал, что В.Зворыкин отказывался смотреть трансляцию высадки человека на Луну.",
     "В.Зворыкин отказывался смотреть трансляцию высадки человека на Луну", "Ф.Олесси"),
    ("a subject phrase does not reach across its verb into the document's content (unread nerel 8038)",
     "Комитет защиты Леонарда Пелтиера, активиста Движения американских индейцев 70-х годов, отбывающего два "
     "пожизненных заключения в США, распространил вчера сообщение для печати, в котором говорится, что вождь "
     "племени чокто Бен Карнс намерен провести голодовку перед Белым домом.\n\nВ пресс-релизе говорится, что "
     "Леонард Пелтиер стал для всего мира символом несправедливости.",
     "Леонард Пелтиер стал для всего мира символом несправедливости", "Комитет защиты"),
    ("a finding of the police with a clause (quotes-dev20)",
     "Полицейские выяснили, что погибший мужчина не умер, а сел за руль и попытался уехать.",
     "погибший мужчина не умер, а сел за руль и попытался уехать", "Полицейские"),
    ("an outlet's finding in a trailing frame (unread text)",
     "Власти работают над вариантами беспрепятственных поставок продуктов из ЕС через Белоруссию, выяснили "
     "«Известия».",
     "Власти работают над вариантами беспрепятственных поставок продуктов из ЕС через Белоруссию", "Известия"),
]


@pytest.mark.parametrize("label,text,content,expected", SPEAKERS, ids=[c[0] for c in SPEAKERS])
def test_dv36a_speaker(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


# (mechanism, text, a string no quote may contain)
NO_QUOTES = [
    ("an embedded question before a trailing «рассказал»",
     "Почему цены на гречку выросли, рассказал эксперт.", "гречку"),
]


@pytest.mark.parametrize("label,text,absent", NO_QUOTES, ids=[c[0] for c in NO_QUOTES])
def test_dv36a_no_quote(enrich, label, text, absent):
    assert_no_quote_with(enrich(text), absent, label)



# Guards (they pass on the old code too): embedded questions with the new finding verb stay topics, where "выяснить"
# was no cue at all; correlative and concessive openings are no embedded questions and keep their trailing frame.
FINDING_GUARDS = [
    ("a correlative «Чем …, тем …» before a trailing frame is a statement (guard)",
     "Чем раньше начнется вакцинация, тем лучше, считает эксперт.", None),
    ("a concessive «Какой бы ни …» before a trailing frame is a statement (guard)",
     "Какой бы ни была ситуация, мы поможем, заявил министр.", None),
    ("an embedded question before a trailing «выяснил» (unread text)",
     "Что за вакцину от коронавируса начали ставить медикам и как она работает, выяснил «Курьер». "
     "О формировании иммунитета рассказал вирусолог Сергей Нетёсов.", "вакцину"),
    ("an embedded question after «выяснили»",
     "Ученые выяснили, как быстро прививка начинает защищать от болезни.", "прививка"),
]


@pytest.mark.parametrize("label,text,absent", FINDING_GUARDS, ids=[c[0] for c in FINDING_GUARDS])
def test_dv36a_finding_guard(enrich, label, text, absent):
    doc = enrich(text)
    if absent is None:  # (a statement: the quote runs from the sentence's start to the frame)
        assert any(text.startswith(q.text) for q in doc.quotes), label
    else:
        assert_no_quote_with(doc, absent, label)
