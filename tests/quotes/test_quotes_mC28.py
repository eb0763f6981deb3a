"""Reference and direct-quote spans (helper mC28, twenty-eighth session; review rv28_Q cause 3, attributes A and E).

- cause 3: a role description or pronoun goes on to the person it names: a comma-apposed first role ("Бывший
  министр …, глава … X") introduces X by that role too (nlp/salience.py `_apposed_intro`, "бывший министр" =
  "экс-министр"); a pronoun after a described subject that resolves to a named person is that person
  (quotes/speakers.py `_described_holder`); a pronoun after an anonymous noun ("собеседник агентства") that was
  resolved to a named person is that person (`_named_anonymous`).
- attribute A: a quote opening with a quoted name shares its « with the name (quotes/marks.py `_shared_opener`);
  a «-quote closed with a straight mark before its dash frame (`_mixed_closer`).
- attribute E: "Об этом сообщает X" after the writer's aside "Отметим, что …" takes the news sentence before the
  aside (quotes/frames.py `_writer_aside`).
Rows marked "old" fail on the code before the round; the controls hold on both.  The sentences are written for the
test.
"""
from __future__ import annotations

import pytest

from khronika.quotes.marks import find_quoted, outermost

from quote_checks import speaker_name

# (text, quote text fragment, expected speaker name or None)
SPEAKERS = [
    # old: "Бывший министр энергетики Польши" (the first role of a comma apposition made its own referent)
    ("Бывший министр энергетики Польши, глава Института энергетической политики (ИЭП) Марек Новак заявил, что "
     "готовит доклад о рынке газа. Экс-министр энергетики отметил, что считает новые тарифы слишком высокими.",
     "считает новые тарифы", "Марек Новак"),
    # old: "Французский дипломат" (the pronoun stopped at the description instead of going on to the name)
    ("Посол Франции Жан Дюпон прибыл в Москву. Французский дипломат в очередной раз отверг обвинения в адрес "
     "своей страны. \"Париж открыт для диалога с любой стороной\", — говорит он.",
     "Париж открыт для диалога", "Жан Дюпон"),
    # old: None (the anonymous "собеседник агентства" had been resolved to the named analyst)
    ("Цены на зерно вряд ли вырастут, сообщил РИА Новости генеральный директор агентства «Агроинвест» Павел Соколов. "
     "Комментируя прогноз урожая, собеседник агентства отметил, что экспорт сократится. Он также напомнил, что "
     "правительство в мае продлило пошлины на пшеницу.", "правительство в мае продлило", "Павел Соколов"),
    # controls: an anonymous source that stays unnamed; a described subject that is a new person
    ("Источник в правительстве сообщил, что решение уже принято. По его словам, указ подпишут в понедельник.",
     "указ подпишут в понедельник", None),
    ("Министр финансов Антон Силуанов выступил в Думе. Экс-министр финансов Алексей Кудрин заявил, что бюджет "
     "сбалансирован.", "бюджет сбалансирован", "Алексей Кудрин"),
]


@pytest.mark.parametrize("text,fragment,speaker", SPEAKERS)
def test_reference_carried_to_name(enrich, text, fragment, speaker):
    doc = enrich(text, title="Новости дня")
    found = [q for q in doc.quotes if fragment in q.text]
    assert found, [q.text for q in doc.quotes]
    assert speaker_name(found[0]) == speaker


# (text, expected start of the quote's text, fragment the text must hold)
SPANS = [
    # old: the text began at "В этом году" (the « was read as the name's only)
    ("«Бессмертный полк» - это главная акция наших волонтеров. В этом году к нам пришли тысячи людей», – заявила "
     "координатор движения Анна Смирнова.", "«Бессмертный полк» - это главная акция", "тысячи людей"),
    # old: only the last sentence (the « quote closed with ")
    ("Он отметил, что вопрос о трубопроводе обсуждается. «Если наш трубопровод будет подчиняться общим правилам, "
     "то и \"Турецкий поток\" должен им подчиняться. Это даст нам много возможностей\", - подчеркнул министр "
     "Игорь Петренко.", "Если наш трубопровод", "много возможностей"),
    # control: a quote closed by its own mark, a name in marks inside it
    ("«Мы поддерживаем проект \"Северный поток\" и будем его развивать», – сказал министр Игорь Петренко.",
     "Мы поддерживаем проект", "будем его развивать"),
]


@pytest.mark.parametrize("text,opening,fragment", SPANS)
def test_direct_quote_span(enrich, text, opening, fragment):
    doc = enrich(text, title="Новости дня")
    found = [q for q in doc.quotes if fragment in q.text]
    assert found, [q.text for q in doc.quotes]
    assert found[0].text.startswith(opening), found[0].text


# (text, outermost spans' contents)
MARKS = [
    # old: [«Послы Победы»] only
    ("«Послы Победы» - это конкурс. В этом году много заявок», – заявила она.",
     ["«Послы Победы» - это конкурс. В этом году много заявок"]),
    # old: ["Северный поток"] only (the outer « left open)
    ("«Если так, то и \"Северный поток\" должен. Это позволит много\", - сказал он.",
     ["Если так, то и \"Северный поток\" должен. Это позволит много"]),
    # controls: a name in marks mid-paragraph and a stray closer stay as they were; a « closed by » later
    ("Клуб «Спартак» выиграл матч», – сказал он.", ["Спартак"]),
    ("«Это значит много\", - сказал он, - и больше ничего».", ["Это значит много\", - сказал он, - и больше ничего"]),
    ("«Зенит» - чемпион.\n\nЭто много значит», – сказал он.", ["Зенит"]),
    # old: [«Икс Победы»] only (a name that is a sentence of its own opens the quote too)
    ("«Икс Победы». Боже мой, как жаль», – пишет она.", ["«Икс Победы». Боже мой, как жаль"]),
]


@pytest.mark.parametrize("text,contents", MARKS)
def test_marks(text, contents):
    assert [text[s.start:s.stop] for s in outermost(find_quoted(text))] == contents


# (text, expected text of the "Об этом" quote)
ABOUT = [
    # old: the aside "Отметим, что это уже второй …"
    ("Министр юстиции Франции подал в отставку. Отметим, что это уже второй министр за неделю, который покинул "
     "кабинет. Об этом сообщает Le Monde.", "Министр юстиции Франции подал в отставку"),
    # controls: a reminder is the fact the frame reports; a sentence opened by another verb is the news itself
    ("Форум завершится концертом. Напомним, 2018 год объявлен в России Годом добровольца. Об этом заявил президент "
     "Владимир Путин.", "Напомним, 2018 год объявлен"),
    # (mA31, rv31_Q C11: "об этом" stands for both unframed sentences of the paragraph, so the quote starts earlier)
    ("Министр юстиции Франции подал в отставку. Премьер принял отставку в тот же день. Об этом сообщает Le Monde.",
     "Министр юстиции Франции подал в отставку. Премьер принял отставку в тот же день"),
]


@pytest.mark.parametrize("text,content", ABOUT)
def test_about_skips_writer_aside(enrich, text, content):
    doc = enrich(text, title="Новости дня")
    found = [q for q in doc.quotes if q.text.startswith(content)]
    assert found, [q.text for q in doc.quotes]


# (text, quote text fragment, expected source chain after "article")
SOURCES = [
    # old: [speaker] only (the outlet of "которого цитирует «X»" lost)
    ("По словам министра экономики Литвы Йонаса Петраускаса, которого цитирует «Интерфакс», новые пошлины "
     "ударят по экспорту.", "ударят по экспорту", ["Интерфакс", "Йонас Петраускас"]),
    # control: a relative clause of another verb relays nothing
    ("По словам министра экономики Литвы Йонаса Петраускаса, которого поддержали депутаты, новые пошлины "
     "ударят по экспорту.", "ударят по экспорту", ["Йонас Петраускас"]),
]


@pytest.mark.parametrize("text,fragment,chain", SOURCES)
def test_citing_relative_source(enrich, text, fragment, chain):
    doc = enrich(text, title="Новости дня")
    found = [q for q in doc.quotes if fragment in q.text]
    assert found, [q.text for q in doc.quotes]
    assert found[0].source_chain[1:] == chain


def test_clause_inside_shared_opener_quote(enrich):
    """(moved from test_quotes_dvC.py) A first-person clause inside a quotation whose « is shared with a name is
    no report of its own: it is part of the one direct quote (old: the quote held only its last sentence)."""
    doc = enrich("Концерт\n\nПоклонники оставили комментарии.\n\n«Икс-икс-икс Победы». Боже мой, я не верила, что ты "
                 "такая наивная, думала, может преувеличивают? И это в 30 лет!», – пишет пользователь anna_k.")
    assert not [q for q in doc.quotes if q.text.startswith("ты такая наивная")], [q.text for q in doc.quotes]
    found = [q for q in doc.quotes if "ты такая наивная" in q.text]
    assert len(found) == 1 and found[0].text.startswith("«Икс-икс-икс Победы»") and found[0].kind == "direct"
