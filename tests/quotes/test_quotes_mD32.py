"""Helper mD32 (thirty-second session) table tests mending review rv32_Q's quote extents:
- C4, a colon frame ending a paragraph: a post that runs over several paragraphs in the first or second person
  is one block; a paragraph opening with its own frame ("Как сообщается, …") or a bullet is no block of the
  colon's speaker;
- C7, anaphoric "об этом": a short quoted name does not end the run of sentences "Об этом сказал X" stands for;
  "…, об этом заявил X" / "…; об этом сообщают X" inside one sentence;
- C6, content at «;» (a frame after a «;»-clause) and the closing mark of a quoted outlet's name after an
  according-to frame.
Made-up sentences."""
from __future__ import annotations

import pytest

from quote_checks import assert_no_quote_with

# (mechanism, text, content of the quote, expected speaker name, expected cue)
EXTENTS = [
    ("C4: a first-person post over two paragraphs",
     "Новости\n\nФутболист Иван Петров написал на своей странице в Facebook:\n\nЭто решение далось мне нелегко. "
     "Я покинул клуб и в ближайшие годы не вернусь.\n\nЯ хочу сказать всем вам большое спасибо за поддержку. "
     "Мы еще встретимся.\n\nПетров выступал за клуб пять лет.",
     "Это решение далось мне нелегко. Я покинул клуб и в ближайшие годы не вернусь.\n\nЯ хочу сказать всем вам "
     "большое спасибо за поддержку. Мы еще встретимся", "Иван Петров", "написать"),
    ("C4: a paragraph opening with 'Как сообщается,' is no block",
     "Новости\n\nСоветник министра Иван Петров сказал об этом в эфире телеканала:\n\nКак сообщается, трагедия "
     "произошла в лифте дома на улице Ленина.",
     "трагедия произошла в лифте дома на улице Ленина", None, "сообщаться"),
    ("C7: a short quoted name does not end the run",
     "Новости\n\nФигурант «болотного дела» Иван Сидоров покинул Россию. Он находился под подпиской о невыезде. "
     "Об этом рассказал его адвокат Петр Козлов.",
     "Фигурант «болотного дела» Иван Сидоров покинул Россию. Он находился под подпиской о невыезде",
     "Пётр Козлов", "рассказать"),
    ("C7: ', об этом сообщил X' inside one sentence",
     "Новости\n\nПогода испортилась. В Москве завтра ожидается сильный снегопад, об этом сообщил глава "
     "Гидрометцентра Роман Вильфанд.",
     "В Москве завтра ожидается сильный снегопад", "Роман Вильфанд", "сообщить"),
    ("C7: '; об этом сообщают X' after a «;»",
     "Новости\n\nСервис увеличил комиссию, и многие водители вынуждены отдавать до 30% от суммы заказа; об этом "
     "сообщают таксисты в социальных сетях.",
     "Сервис увеличил комиссию, и многие водители вынуждены отдавать до 30% от суммы заказа", "таксисты", "сообщать"),
    ("C7: a time between 'об этом' and the verb",
     "Новости\n\nКомпания не уведомляла официально о своём выходе из проектов, об этом в ходе прямой линии 13 "
     "апреля заявил губернатор Иван Петров.",
     "Компания не уведомляла официально о своём выходе из проектов", "Иван Петров", "заявить"),
    ("C7: a pronoun subject between 'об этом' and the verb",
     "Новости\n\nАктриса Анна Петрова выступила на форуме. Монахини написали заявление о нападении на них в "
     "монастыре, об этом она сообщила в соцсетях.",
     "Монахини написали заявление о нападении на них в монастыре", "Анна Петрова", "сообщить"),
    ("C6: a possessive frame after a «;»-clause",
     "Новости\n\nАктриса Анна Петрова выступила с заявлением, поддержав коллег; по ее мнению, поступок депутата "
     "свидетельствует о его слабости.",
     "поступок депутата свидетельствует о его слабости", "Анна Петрова", "по мнению"),
    ("C6: the closing straight mark of a quoted outlet's name",
     'Новости\n\nПо данным агентства "Прайм", новым главой компании станет Иван Петров.',
     "новым главой компании станет Иван Петров", "ПРАЙМ", "по данным"),
]


@pytest.mark.parametrize("label,text,content,speaker,cue", EXTENTS, ids=[c[0] for c in EXTENTS])
def test_extents_mD32(enrich, label, text, content, speaker, cue):
    doc = enrich(text)
    found = [q for q in doc.quotes if q.text == content]
    assert found, f"{label}: no quote {content!r}; got {[q.text for q in doc.quotes]}"
    assert (found[0].speaker.name if found[0].speaker else None) == speaker, label
    assert found[0].cue == cue, (label, found[0].cue)


# (mechanism, text, words that no quote may hold)
NOT_QUOTES = [
    ("C4: a bulleted list below a colon is no block",
     "Новости\n\nНа странице кандидата Ивана Петрова перечислены следующие федерации, которые его поддерживают:"
     "\n\n• Афганистан • Андорра • Австралия • Бельгия • Канада • Чехия",
     "Афганистан"),
]


@pytest.mark.parametrize("label,text,absent", NOT_QUOTES, ids=[c[0] for c in NOT_QUOTES])
def test_not_quotes_mD32(enrich, label, text, absent):
    assert_no_quote_with(enrich(text), absent, label)


# (mechanism, text, words that no quote may hold) - guards that held before and must still hold
GUARDS = [
    ("guard: a paragraph framing words of its own ends the post",
     "Новости\n\nПрезидент клуба Иван Петров написал в Telegram:\n\nМы потеряли великого игрока. Это огромная утрата "
     "для нас всех.\n\nМы надеемся на скорое выздоровление его родных, сказал Петров.",
     "Мы потеряли великого игрока. Это огромная утрата для нас всех.\n\nМы надеемся"),
    ("guard: 'Как передает X, об этом заявил Y' - the relay clause is no content",
     "Новости\n\nПотепление продолжится. Как передает агентство Рейтер, об этом заявил глава комитета Иван Петров.",
     "Как передает"),
    ("guard: words with no predicate before ', об этом' are no content",
     "Новости\n\nМэй выступила в парламенте. Как передает\n\nсо ссылкой на ТАСС , об этом она сообщила, выступая "
     "в понедельник в Палате общин.",
     "со ссылкой на ТАСС"),
]


@pytest.mark.parametrize("label,text,absent", GUARDS, ids=[c[0] for c in GUARDS])
def test_guards_mD32(enrich, label, text, absent):
    assert_no_quote_with(enrich(text), absent, label)
