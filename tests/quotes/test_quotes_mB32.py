"""Helper mB32 (thirty-second session) table tests mending review rv32_Q's complement and noun frames:
- C2, an accusation whose accused is fronted before the verb and its «в»-charge ("33-летнего Петрова, сына мэра,
  обвиняют в хищении …") is no trailing frame closing the accused (a legal status, gold: not a quote); accusations
  by the press or a country ("Британские СМИ обвинили …", "Азербайджан и Армения обвинили друг друга в …");
- C2, naming predicates the parse hung elsewhere: right after the object's phrase ("назвал свой уход из спорта
  шуткой, написав …", a second one joined by «и»: "назвал часть чиновников «бездельниками» и «ворами»"), a fronted
  instrumental made an object ("Стилем X эксперты называют «…»"), an adjective made a clause of the verb;
- C9, rumours that circulate ("в сети циркулируют слухи, что …") and a circulating rumour's "согласно
  которым"-clause ("Слухи, согласно которым …, циркулировали …"): reported, speaker null; a statement noun whose
  "о том, что" follows a phrase after its owner ("слова чиновницы X в адрес подростков о том, что …"), spoken by X.
Made-up sentences; guards keep the readings that were right before."""
from __future__ import annotations

import pytest

from quote_checks import assert_no_quote_with, speaker_of

# (mechanism, text, content of the quote, expected speaker name)
FOUND_QUOTES = [
    ("naming predicate hung on a later gerund",
     "Новости\n\nЧерез несколько часов боксёр назвал свой уход из спорта шуткой, написав в своём Twitter: «Я никуда не "
     "ухожу».",
     "свой уход из спорта шуткой", "боксёр"),
    ("naming predicates joined by «и» after the object's phrase",
     "Новости\n\nДепутат назвал часть чиновников города «бездельниками» и «ворами».",
     "часть чиновников города «бездельниками» и «ворами»", "Депутат"),
    ("the press accuses",
     "Новости\n\nБританские СМИ обвинили россиянку в выведывании секретов атомной энергетики.",
     "россиянку в выведывании секретов атомной энергетики", "Британские СМИ"),
    ("two countries accuse each other",
     "Новости\n\nПозже Азербайджан и Армения обвинили друг друга в нарушении договоренностей.",
     "друг друга в нарушении договоренностей", "Азербайджан и Армения"),
    ("a fronted instrumental predicate parsed as an object",
     "Новости\n\nСтилем Лимаренко эксперты называют «эффективность без излишеств».",
     "эффективность без излишеств", "эксперты"),
    ("an adjective predicate parsed as a clause of the verb",
     "Новости\n\nВедомство BfR называет заражение вирусом через почтовые отправления маловероятным.",
     "заражение вирусом через почтовые отправления маловероятным", "Ведомство BfR"),
    ("rumours circulating before their что-clause",
     "Новости\n\nВместе с тем в сети циркулируют слухи, что новой пассией экс-президента стала 40-летняя Любовь Полежай.",
     "новой пассией экс-президента стала 40-летняя Любовь Полежай", None),
    ("a circulating rumour's согласно-которым clause",
     "Новости\n\nСлухи, согласно которым король собирается отречься от престола в пользу сына, активно циркулировали "
     "в Бельгии.",
     "король собирается отречься от престола в пользу сына", None),
    ("a statement noun's owner, then an addressee phrase before «о том, что»",
     "Новости\n\nДепутаты обсуждают слова чиновницы Анны Ивановой в адрес студентов о том, что им никто ничего не "
     "должен.",
     "им никто ничего не должен", "Анна Иванова"),
    ("guard: an impersonal accusation with a что-clause stays",
     "Новости\n\nПетрова, сына мэра, обвиняют в том, что он похитил деньги.",
     "он похитил деньги", None),
]


@pytest.mark.parametrize("label,text,content,expected", FOUND_QUOTES, ids=[c[0] for c in FOUND_QUOTES])
def test_found_quotes_mB32(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


# (mechanism, text, words that no quote may hold)
NO_QUOTES = [
    ("accused fronted before an impersonal accusation, commas",
     "Новости\n\n33-летнего Петрова, сына мэра города, обвиняют в хищении денег из бюджета области.", "Петрова"),
    ("accused fronted before an impersonal accusation, dashes",
     "Новости\n\nРанее двух сотрудников банка – менеджера Ивана Петрова и руководителя проектов Сергея Сидорова – "
     "обвинили в сексуальных домогательствах.", "сотрудников"),
    ("guard: a denied rumour's согласно-которым clause",
     "Новости\n\nОн опроверг слухи, согласно которым завод закроют.", "завод закроют"),
]


@pytest.mark.parametrize("label,text,absent", NO_QUOTES, ids=[c[0] for c in NO_QUOTES])
def test_no_quotes_mB32(enrich, label, text, absent):
    assert_no_quote_with(enrich(text), absent, label)
