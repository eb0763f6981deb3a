"""Review cr32 (thirty-second session, read-only code review) findings the lead mended: regressions of the
session's own rules on made-up sentences.
- F10: "слова/заявление <описание> в адрес / по делу / в интервью <Имя> о том, что": the named one is the addressee,
  the case or the interviewer - the owner's description speaks.
- F1, F2: a bare "республики" is a republic the text names as "республика X" before any foreign country it
  mentions once; the country is named twice at least, and written as the text writes it in the genitive.
- F7: a colon-framed post runs over its paragraphs only in the voice its first paragraph spoke in, and not into
  the writer's aside ("Напомним, …").
- F16, F3: "…, об этом сообщили жильцам / он сообщил в полицию / мы писали ранее", and a subordinate clause before
  it, tell of informing someone or of the outlet itself: no quote.
- F6: an unnamed source kept by its mention keeps the confidence a quote with no speaker had.
Made-up sentences."""
from __future__ import annotations

import pytest

from quote_checks import assert_no_quote_with, speaker_of

# (mechanism, text, content of the quote, expected speaker name)
SPEAKERS = [
    ("F10: a name after 'по делу' is the case's",
     "Суд\n\nЖурналисты обсудили слова адвоката по делу Ивана Петрова о том, что суд был предвзятым.",
     "суд был предвзятым", "адвокат"),
    ("F10 guard: the owner's own name after his description",
     "Скандал\n\nВ сети обсуждают слова свердловской чиновницы Ольги Глацких в адрес подростков о том, что "
     "родителей не просили их рожать.",
     "родителей не просили их рожать", "Ольга Глацких"),
    ("F1: a country met once is no 'республики'",
     "Визит\n\nДелегация из Китая посетила Казань. Как сообщили в пресс-службе главы республики, стороны подписали "
     "соглашение о сотрудничестве.",
     "стороны подписали соглашение о сотрудничестве", "пресс-служба главы республики"),
    ("F2: the country as the text writes it in the genitive",
     "Договор\n\nПрезидент Казахстана Касым-Жомарт Токаев посетил Москву. Россия и Казахстан подписали договор. По "
     "данным пресс-службы правительства республики, договор вступит в силу в январе.",
     "договор вступит в силу в январе", "пресс-служба правительства Казахстана"),
    ("F16 guard: a source that reports the clauses before",
     "Арест\n\nСуд арестовал бизнесмена, об этом сообщает пресс-служба суда.",
     "Суд арестовал бизнесмена", "пресс-служба суда"),
]

# (mechanism, text, a word of the content that must be in no quote)
NO_QUOTES = [
    ("F16: a subordinate clause and an act of informing",
     "Пожар\n\nКогда стало известно о пожаре, об этом сообщили всем жильцам дома.", "известно о пожаре"),
    ("F16: told to the police",
     "Находка\n\nМужчина нашел на улице кошелек с деньгами, об этом он сообщил в полицию.", "кошелек"),
    ("F16: told to a teacher",
     "Дым\n\nШкольник увидел дым над лесом, об этом он рассказал учителю.", "дым над лесом"),
    ("F3: the outlet's own back-reference",
     "Выборы\n\nВ понедельник прошли выборы, об этом мы писали ранее.", "прошли выборы"),
    ("F7: the writer's aside after a post",
     "Отставка\n\nГубернатор Иван Петров написал в своем Telegram-канале:\n\nЯ принял решение уйти в отставку. "
     "Благодарю всех за совместную работу.\n\nНапомним, Петров руководил областью с 2015 года.",
     "руководил областью"),
    ("F7: the newsroom's 'мы' after a post in the first person singular",
     "Отставка\n\nГубернатор Иван Петров написал в своем Telegram-канале:\n\nЯ принял решение уйти в отставку. "
     "Благодарю всех за совместную работу.\n\nМы обратились в пресс-службу правительства области за "
     "комментарием, но ответа пока не получили.",
     "обратились в пресс-службу"),
]


@pytest.mark.parametrize("label,text,content,expected", SPEAKERS, ids=[c[0] for c in SPEAKERS])
def test_speakers_cr32(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


@pytest.mark.parametrize("label,text,absent", NO_QUOTES, ids=[c[0] for c in NO_QUOTES])
def test_no_quotes_cr32(enrich, label, text, absent):
    assert_no_quote_with(enrich(text), absent, label)


def test_an_unnamed_source_keeps_the_confidence_of_no_speaker(enrich):
    """F6: the confidence model was fitted with unnamed sources as quotes without a speaker."""
    from dataclasses import replace

    from khronika.nlp.doc import UNNAMED_SPEAKER, SpeakerRef
    from khronika.quotes.confidence import quote_features

    doc = enrich("Отставка\n\nПо словам одного из источников, министр не уйдет в отставку.")
    quote = next(q for q in doc.quotes if "министр не уйдет" in q.text)
    assert quote.speaker is not None and quote.speaker.name == UNNAMED_SPEAKER
    kept = quote_features(doc, quote)
    none = quote_features(doc, replace(quote, speaker=None))
    assert kept == none
    assert SpeakerRef(None, UNNAMED_SPEAKER, "источник").unnamed and not SpeakerRef("x:per:a", "А", "А").unnamed


def test_the_web_names_an_unnamed_source_in_russian():
    """F5: the article page's highlight and the story's table show an unnamed source as «неизвестный источник»,
    not the records' "unknown"."""
    from khronika.nlp.doc import UNNAMED_SPEAKER
    from khronika.web.highlight import spans_of
    from khronika.web.russian import UNKNOWN_SPEAKER

    article = {"quotes": [{"kind": "indirect", "start": 0, "stop": 10,
                           "speaker": {"name": UNNAMED_SPEAKER, "text": "источник", "start": 12, "stop": 20}}]}
    titles = [span.open_tag for span in spans_of(article)]
    assert all(UNKNOWN_SPEAKER in title and UNNAMED_SPEAKER not in title for title in titles), titles
