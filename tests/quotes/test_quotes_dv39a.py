"""dv39a table tests, from the misses of quotes-dev21's first half (tgcontest articles): a title's
speaker after a dash written as a description ("… - политолог", "… - эксперт", "… - СМИ"), also
after a topic rubric and its colon; a title's commenting profession ("Политолог: …") standing for the
body's main voice; and "X установил, что …" as a finding its agent states (like "выяснил, что").  (The quotation
glued to a full stop, 'Райан."Реальное …', first mended here in the quote units, is main's mS39 sentence split now.)
Made-up sentences ("guard": a wording the old code already got right, kept so the rule stays bounded)."""
from __future__ import annotations

import pytest

from quote_checks import assert_headline_speaker, assert_no_quote_with, speaker_of

# (mechanism, title, body, title words of the headline quote, expected speaker; None: no headline quote)
HEADLINE_CASES = [
    ("a description after the title's dash: the body's expert",
     "Цены на бензин вырастут к осени - эксперт",
     "Цены на бензин вырастут к осени. Об этом в Facebook сообщил экономический эксперт Олег Волков.",
     "Цены на бензин вырастут к осени", "Олег Волков"),
    ("the press at large after the title's dash",
     "Парламент обсуждает отставку министра финансов - СМИ",
     "Депутаты обсуждают отставку министра финансов, сообщает газета «Вечерние вести» со ссылкой на источник.",
     "Парламент обсуждает отставку министра финансов", "СМИ"),
    ("a topic rubric and its colon before the words, the profession after the dash: the body's commentator",
     "Реформа полиции: правительство не справляется с обещаниями - политолог",
     "Правительство не справляется с обещаниями реформы. Такое мнение высказал политический обозреватель "
     "Иван Сидоров.\n\n«Реформа идет медленно», - отметил Сидоров. «Пока результатов нет», - добавил Сидоров.",
     "правительство не справляется с обещаниями", "Иван Сидоров"),
    ("guard: the words after a dash name the post a person was appointed to",
     "Олег Петров назначен на новую должность — глава таможни",
     "Олег Петров назначен главой таможенной службы. Указ подписал президент.",
     "Олег Петров назначен на новую должность", None),
    ("guard: a dash inside a quoted name in the title is no speaker's dash",
     "Блогер рассказал о происхождении мема «Кот – президент»",
     "Блогер Иван Орлов рассказал журналистам о происхождении мема.",
     "Блогер рассказал о происхождении мема «Кот – президент»", None),
]

# (mechanism, text, content of the quote, expected speaker name)
FINDING_CASES = [
    ("a court's finding with a clause",
     "Суд установил, что чиновник получил взятку в размере миллиона рублей.",
     "чиновник получил взятку в размере миллиона рублей", "Суд"),
    ("an examination's finding with a clause",
     "Водителя задержали на месте. Медицинская экспертиза установила, что он сел за руль пьяным.",
     "он сел за руль пьяным", "Медицинская экспертиза"),
]

# (mechanism, text, words no quote may hold)
NO_FINDING_CASES = [
    ("guard: the impersonal passive has no speaker",
     "Суд вынес приговор. Позднее было установлено, что водитель был пьян.", "водитель был пьян"),
    ("guard: the impersonal short participle opening a sentence has no speaker",
     "Полиция задержала водителя. Установлено, что пожар начался в подвале.", "пожар начался в подвале"),
    ("guard: a direct object: the verb sets a thing, the clause is its result",
     "Вакцина компании установила столь высокую планку эффективности, что другим разработчикам придется туго.",
     "другим разработчикам придется туго"),
    ("guard: an infinitive with an embedded question is an inquiry",
     "Следователям предстоит установить, что произошло на трассе.", "произошло на трассе"),
]


@pytest.mark.parametrize("label,title,text,content,expected", HEADLINE_CASES, ids=[c[0] for c in HEADLINE_CASES])
def test_dv39a_headline(enrich, label, title, text, content, expected):
    assert_headline_speaker(enrich(text, title=title), content, expected, label)


@pytest.mark.parametrize("label,text,content,expected", FINDING_CASES, ids=[c[0] for c in FINDING_CASES])
def test_dv39a_finding(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


@pytest.mark.parametrize("label,text,absent", NO_FINDING_CASES, ids=[c[0] for c in NO_FINDING_CASES])
def test_dv39a_no_finding(enrich, label, text, absent):
    assert_no_quote_with(enrich(text), absent, label)
