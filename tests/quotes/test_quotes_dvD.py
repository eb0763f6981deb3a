"""Helper dvD (twenty-fifth session) table tests for the rules made after the blind quotes-dev7 score:
- a share of a bare group of commentators (experts, observers, activists, officials …) or of a bare class of
  organisations ("Ряд экспертов", "Ряд компаний") is a source the text does not name: speaker unknown;
- a share noun speaks as the group in its genitive: "Ряд компаний заявил об уходе …" reports the NP;
- a naming with its predicate fronted ("Главной угрозой он назвал терроризм") reports the object after the
  verb, and an impersonal "в ведомстве" the parse hangs on that predicate is the verb's speaker;
- a speaker written as a Latin abbreviation ("WP: …" in a headline) is the one organisation of the text whose
  capitalised words have those initials (The Washington Post);
- "X сообщает, ссылаясь на Y" is double attribution like "со ссылкой на Y": Y speaks, X is the source;
- a noun joined by "и" in the prepositional case without a preposition of its own belongs to the "о" topic
  ("об уходе с рынка и закрытии производств"); an infinitive completing a noun ("имеет полномочия объявить о …")
  reports nothing.
Made-up sentences; guards keep the old answers where the rules must not fire."""
from __future__ import annotations

import pytest

from khronika.quotes.abbreviations import initials
from quote_checks import assert_no_quote_with, speaker_of

# (mechanism, text, content of the quote, expected speaker name; None = unknown)
SPEAKERS = [
    ("guard: an adjective makes a group of its own",
     "Суд\n\nРадикальные исламисты заявили, что не признают решение суда.",
     "не признают решение суда", "Радикальные исламисты"),
    ("guard: a complement makes a group of its own",
     "Ремонт\n\nЖители дома заявили, что им отключили горячую воду.",
     "им отключили горячую воду", "Жители дома"),
    ("a share of a bare group of organisations reports an event NP: unknown speaker",
     "Санкции\n\nРяд компаний заявил об уходе с российского рынка и закрытии производств в стране.",
     "уходе с российского рынка и закрытии производств в стране", None),
    ("a share of a bare group of people: unknown speaker",
     "Санкции\n\nРяд экспертов считает, что санкции не помогут.",
     "санкции не помогут", None),
    ("guard: a share of a named body stays a description",
     "Закон\n\nЧасть сотрудников компании заявила, что закон нужно отменить.",
     "закон нужно отменить", "Часть сотрудников компании"),
    ("guard: a topic noun with its own preposition after 'и' is another phrase",
     "Санкции\n\nКомпания Ikea сообщила об уходе с российского рынка и в понедельник закрыла магазины.",
     "уходе с российского рынка", "Ikea"),
    ("fronted predicate of a naming: the content is what was named, after the verb",
     "Угрозы\n\nГлавной угрозой для страны президент Иван Петров назвал терроризм.",
     "терроризм", "Иван Петров"),
    ("fronted predicate with an impersonal institution the parse hangs on the predicate",
     "Цели\n\nГлавной же целью в военном ведомстве назвали освобождение региона.",
     "освобождение региона", "военное ведомство"),
    ("guard: a predicate after the verb stays in the content",
     "Угрозы\n\nПрезидент Иван Петров назвал главной угрозой для страны терроризм.",
     "главной угрозой для страны терроризм", "Иван Петров"),
    ("guard: participants of the story are someone the text names",
     "Полет\n\nКосмонавты Иван Петров и Олег Смирнов вернулись на Землю. Космонавты сообщили, что спуск прошел тяжело.",
     "спуск прошел тяжело", "Космонавты"),
    ("guard: a plural case role keeps its noun (the gold names the institution)",
     "Авария\n\nСледователи заявили, что водитель превысил скорость.",
     "водитель превысил скорость", "Следователи"),
    ("a headline abbreviation spelled out in the body is that outlet",
     "Введенные санкции могут ускорить инфляцию в самих США, пишет газета Washington Post.",
     "санкции ускорят инфляцию в США", "The Washington Post", "WP: санкции ускорят инфляцию в США"),
    ("guard: an abbreviation the text does not spell out stays",
     "Введенные санкции могут ускорить инфляцию в самих США, пишет газета Washington Post.",
     "санкции ускорят инфляцию в США", "GNN", "GNN: санкции ускорят инфляцию в США"),
    ("'ссылаясь на Y' after an outlet's frame: Y speaks (double attribution, as 'со ссылкой на')",
     "Забастовка\n\nВо вторник из-за забастовки отменили 721 авиарейс, информирует УНН ссылаясь на печатное "
     "издание Quotidiano.",
     "Во вторник из-за забастовки отменили 721 авиарейс", "Quotidiano"),
    ("'ссылаясь на Y' set off by a comma after an anaphoric frame",
     "Вакцина\n\nПожилые люди проще переносят вакцинацию. Об этом пишет «Российская газета», ссылаясь на "
     "главного гериатра Минздрава Ольгу Ткачеву.",
     "Пожилые люди проще переносят вакцинацию", "Ольга Ткачёва"),
    ("guard: 'ссылаясь на' of a later relay verb leaves the speaker's own frame alone",
     "Давление\n\nЗаместитель главы МИД Иван Петров заявил, что США оказывают давление на ЕС, информирует "
     "корреспондент УтроNews, ссылаясь на СМИ.",
     "США оказывают давление на ЕС", "Иван Петров"),
    ("guard: an outlet's frame without a reference keeps the outlet",
     "Забастовка\n\nВо вторник из-за забастовки отменили 721 авиарейс, информирует УНН.",
     "Во вторник из-за забастовки отменили 721 авиарейс", "УНН"),
    ("guard: a named person stays",
     "Закон\n\nГубернатор Иван Петров заявил, что закон вступит в силу летом.",
     "закон вступит в силу летом", "Иван Петров"),
]


# (mechanism, text, words no quote may contain)
ABSENT = [
    ("an infinitive completing a noun reports nothing, even with a long coordinated topic",
     "Кризис\n\nПрезидент имеет полномочия объявить о роспуске парламента и проведении досрочных выборов.",
     "роспуске парламента"),
]


@pytest.mark.parametrize("label,text,absent", ABSENT, ids=[c[0] for c in ABSENT])
def test_absent_dvd(enrich, label, text, absent):
    assert_no_quote_with(enrich(text), absent, label)


@pytest.mark.parametrize("label,text,content,expected,title",
                         [row + ("",) * (5 - len(row)) for row in SPEAKERS], ids=[c[0] for c in SPEAKERS])
def test_speakers_dvd(enrich, label, text, content, expected, title):
    assert speaker_of(enrich(text, title), content, label) == expected, label


# (name, its initials; "" = no Latin initials)
INITIALS = [
    ("The Washington Post", "WP"),
    ("The Wall Street Journal", "WSJ"),
    ("New York Times", "NYT"),
    ("Washington", ""),
    ("газета Washington Post", ""),
    ("Bank of England", "BE"),
]


@pytest.mark.parametrize("name,expected", INITIALS)
def test_initials(name, expected):
    assert initials(name) == expected
