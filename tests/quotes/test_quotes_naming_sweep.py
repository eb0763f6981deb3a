"""Speaker naming found by the lead's sweep of unread news (the tgcontest texts and
headlines): headline colon frames (what before the colon is a speaker, what is a topic or a
phrase), description names with balanced guillemets, "последний" as the latter of the persons
just named, and "один из …" as an unnamed member of a named group.  Made-up sentences and
titles, none taken from a document; each case names its mechanism."""
from __future__ import annotations

import pytest

from quote_checks import speaker_of

BODY = "Подробности появились в среду."

# (mechanism, title, expected speaker name or None for no headline quote)
CASES = [
    ("a capitalised thing the tagger calls a proper noun is a topic",
     "Налоги по-старому: почему вычеты стали меньше", None),
    ("a phrase opening with an adverb is no speaker",
     "Повсюду шпионы: как смартфон выдаёт хозяина", None),
    ("a quoted phrase opening with an adverb is an evaluation, not an outlet",
     "«Очень смелая героиня»: актриса вышла на сцену в халате", None),
    ("the topic after a speaker's dash is not the speaker",
     "Тарасов — о переходе Кузнецовой: мы желаем ей удачи", "Тарасов"),
    ("a full name before a topic dash keeps its name",
     "Сергей Тарасов — про уход тренера: команда справится", "Сергей Тарасов"),
    ("a plain name before the colon still speaks",
     "Тарасов: мы желаем удачи всем спортсменам", "Тарасов"),
    ("an outlet in guillemets still speaks",
     "«Северный вестник»: мэр уйдёт в отставку", "Северный вестник"),
]


@pytest.mark.parametrize("mechanism,title,speaker", CASES)
def test_headline_prefix(enrich, mechanism, title, speaker):
    doc = enrich(BODY, title=title)
    heads = [q for q in doc.quotes if q.cue == "headline"]
    if speaker is None:
        assert not heads, f"{mechanism}: {[(q.text, q.speaker and q.speaker.name) for q in heads]}"
    else:
        assert heads and heads[0].speaker is not None, mechanism
        assert heads[0].speaker.name == speaker, f"{mechanism}: {heads[0].speaker.name}"


# (mechanism, text, expected speaker name)
TIDY = [
    ("a description whose phrase stopped before the outlet's closing mark gets the mark",
     "По словам эксперта «Городской недели», цены на жильё снизятся.", "эксперт «Городской недели»"),
    ("a by-data frame names the outlet itself, without marks",
     "По данным телеграм-канала «Новости севера», мост закроют на ремонт.", "Новости севера"),
]


@pytest.mark.parametrize("mechanism,text,speaker", TIDY)
def test_description_speaker_marks_balance(enrich, mechanism, text, speaker):
    names = [q.speaker.name for q in enrich(text).quotes if q.speaker is not None]
    assert speaker in names, f"{mechanism}: {names}"


# "Последний/последняя" as a subject: the latter of the persons just named.
LATTER_CASES = [
    ("the latter of two named professors",
     "Среди авторов идеи профессор Андрей Соколов и профессор Павел Миронов. Последний полагает, что "
     "пособие нужно выплатить каждому.", "пособие нужно выплатить каждому", "Павел Миронов"),
    ("the latter, feminine, of two named officials",
     "Об этом рассказали депутат Анна Кузнецова и мэр Ирина Белова. Последняя отметила, что школы откроются.",
     "школы откроются", "Ирина Белова"),
]


# "один/одна из …": an unnamed member of a named group is described as one of them.
ONE_OF = [
    ("a subject 'один из' + group", "Один из депутатов областной думы заявил, что цены вырастут.",
     "цены вырастут", "один из депутатов областной думы"),
    ("a genitive 'одного из' after 'по словам' keeps the group's genitive",
     "По словам одного из депутатов областной думы, цены вырастут.", "цены вырастут",
     "один из депутатов областной думы"),
    ("a feminine 'одна из'", "Как рассказала одна из жительниц дома, вода пропала утром.",
     "вода пропала утром", "одна из жительниц дома"),
    ("a member the text names in apposition is that person",
     "По словам одного из участников акции, депутата Сергея Лаврова-Ковалёва, закон нарушен.", "закон нарушен",
     "Сергей Лавров-Ковалёв"),
    ("one of the sources stays an anonymous source", "Как сообщил один из источников агентства, сделка сорвалась.",
     "сделка сорвалась", None),
]


# A quote that opens a paragraph and runs on through unmarked paragraphs to "», – сказал X".
RUN_ON = ("Тренер «Сокола» Игорь Ветров рассказал о сезоне.\n\n"
          "«В этот раз всё было сложнее, но я считаю, что команда справилась.\n\n"
          "Клубам нужно думать, как тратить деньги.\n\n"
          "Жить в Казани было весело. В Казани не замечаешь, что находишься в провинции», – сказал Ветров.")


def test_quote_running_on_through_unmarked_paragraphs(enrich):
    doc = enrich(RUN_ON)
    direct = [q for q in doc.quotes if q.kind == "direct"]
    assert len(direct) == 1 and direct[0].speaker is not None and direct[0].speaker.name == "Игорь Ветров"
    assert direct[0].text.startswith("В этот раз") and direct[0].text.endswith("находишься в провинции")
    # the words inside it are not quotes of their own ("В Казани … замечаешь, что …")
    assert not [q for q in doc.quotes if q.speaker is not None and "Казан" in q.speaker.name]


def test_an_unclosed_title_does_not_run_on(enrich):
    doc = enrich("Фильм «Север вышел в прокат.\n\nЗрители довольны.\n\n«Мы рады», – сказал режиссёр Олег Жуков.")
    assert [q.text for q in doc.quotes if q.kind == "direct"] == ["Мы рады"]


# Frames left by round 24's report: a connective before an interrupted frame, "Это подтвердил X",
# and of two parsed subjects the nominative one.
FRAMES = [
    ("a connective and an outlet in guillemets before the interrupted frame",
     "Между тем, пишет «Северный вестник», мост закроют на ремонт до осени.",
     "мост закроют на ремонт до осени", "Северный вестник"),
    ("'Это' as the object of a cue tells the sentence before again",
     "Мост закроют на ремонт в мае. Это подтвердил заместитель мэра Олег Петров.",
     "Мост закроют на ремонт в мае", "Олег Петров"),
    ("of an outlet addressee and 'один из' the nominative member speaks",
     "Москва рассчитывает убедить партнёров. Это подтвердил «Вестнику» один из участников встречи.",
     "Москва рассчитывает убедить партнёров", "один из участников встречи"),
]


# A bare group noun after the fuller description an earlier quote gave it.
BARE_GROUPS = [
    ("a bare group noun takes the earlier fuller description",
     "Прокуроры США обвинили Петрова в краже данных. По версии прокуроров, Петров продавал данные.",
     "Петров продавал данные", "Прокуроры США"),
    ("without an earlier description it stays bare", "По версии прокуроров, Петров продавал данные.",
     "Петров продавал данные", "прокуроры"),
    # a user's handle written without "@" (round 26's blind sample: NER does not take it for a name)
    ("a lowercase Latin handle after the verb is the speaker", "«Смотреть это невозможно», – пишет petrovmila.",
     "Смотреть это невозможно", "petrovmila"),
    ("... after an opinion verb too", "«Смотреть это невозможно», – считает zhenyakrot.",
     "Смотреть это невозможно", "zhenyakrot"),
]


@pytest.mark.parametrize("mechanism,text,content,speaker", LATTER_CASES + ONE_OF + FRAMES + BARE_GROUPS)
def test_speaker(enrich, mechanism, text, content, speaker):
    assert speaker_of(enrich(text), content, mechanism) == speaker


def test_this_says_that_is_no_report(enrich):
    doc = enrich("Мост закрыли на ремонт. Это говорит о том, что власти готовятся к зиме.")
    assert not [q for q in doc.quotes if q.text.startswith("Мост")]
