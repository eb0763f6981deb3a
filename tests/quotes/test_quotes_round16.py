"""Round 16 table tests, made-up sentences: an acting holder's title ("врио губернатора",
"врио главы региона") refers back to the person the text calls by that post; a document's
owner speaks through it when the owner is a common noun the text introduced ("в
пресс-релизе инвестхолдинга"), a lower-case institution ("в сообщении минобороны
республики") or a document itself ("в проекте приказа" after "Минтруд подготовил
документ"); drafts and videos are documents ("как сказано в проекте", "говорится в
видео"); "распространил заявление, в котором говорится" gives the one who spread it; a
title's "рассказал, как …" and "сказал, можно ли …" announce a topic, not a content
("guard": a wording kept so the mechanism stays bounded)."""
from __future__ import annotations

import pytest

from quote_checks import speaker_of

# (mechanism, text, content of the quote, expected speaker name)
CASES = [
    ("'врио губернатора' is the governor the text named",
     "Врио губернатора Тульской области Олег Гуляев посетил школу. «Мы отремонтируем спортзал», — сказал врио "
     "губернатора.",
     "Мы отремонтируем спортзал", "Олег Гуляев"),
    ("'врио главы региона' is the acting governor the text named",
     "Временно исполняющий обязанности губернатора области Олег Гуляев посетил школу. «Мы отремонтируем "
     "спортзал», — добавил врио главы региона.",
     "Мы отремонтируем спортзал", "Олег Гуляев"),
    ("a sentence's first 'Врио' (parsed as a name) is the post's holder too",
     "Олег Гуляев, врио губернатора области, посетил школу. Врио губернатора пояснил, что ремонт завершат к осени.",
     "ремонт завершат к осени", "Олег Гуляев"),
    ("guard: 'врио губернатора' is not a mayor named before",
     "Мэр города Петр Лавров посетил школу. «Мы отремонтируем спортзал», — сказал врио губернатора.",
     "Мы отремонтируем спортзал", "врио губернатора"),
    ("guard: 'врио губернатора' is not a singer named before",
     "Певица Анна Лаврова посетила школу. «Мы отремонтируем спортзал», — сказал врио губернатора.",
     "Мы отремонтируем спортзал", "врио губернатора"),
    ("a press release's owner introduced by a compound noun opening the sentence",
     "Инвестхолдинг Nordic Capital купил акции банка. «Мы довольны сделкой», — сообщается в пресс-релизе "
     "инвестхолдинга.",
     "Мы довольны сделкой", "Nordic Capital"),
    ("a lower-case institution owning a channel is itself the speaker",
     "Министерство обороны республики сообщило о новых учениях. «Учения продлятся неделю», — говорится в "
     "Telegram-канале минобороны республики.",
     "Учения продлятся неделю", "минобороны республики"),
    ("a lower-case department owning a statement is itself the speaker",
     "В городе открыли новый мост. «Движение будет открыто круглосуточно», — говорится в сообщении дептранса.",
     "Движение будет открыто круглосуточно", "дептранс"),
    ("a document of a document speaks for the one who prepared it",
     "Минтруд подготовил новый документ. В проекте приказа также указано, что пособие вырастет на 10%.",
     "пособие вырастет на 10%", "Минтруд"),
    ("a draft speaks for the one who prepared it",
     "Министерство финансов подготовило законопроект. Как сказано в проекте, налог вырастет на 2%.",
     "налог вырастет на 2%", "Министерство финансов"),
    ("a video speaks for the one who published it",
     "Певец Иван Лавров опубликовал в Instagram видео с ответом критикам. «Если вам не нравится, не слушайте», — "
     "говорится в видео.",
     "Если вам не нравится, не слушайте", "Иван Лавров"),
    ("'распространил заявление, в котором говорится': the one who spread it",
     "Фонд «Помощь» распространил заявление, в котором говорится, что сбор средств продолжится.",
     "сбор средств продолжится", "Фонд «Помощь»"),
    ("guard: an impersonal 'говорится в заявлении' with no issuer in reach stays unknown",
     "Сбор средств продолжится. «Мы благодарим всех», — говорится в заявлении.",
     "Мы благодарим всех", None),
]

# (mechanism, title, text, a string that no quote may contain)
NO_QUOTE_CASES = [
    ("a title's 'сказал, можно ли' is a topic",
     "Врач сказал, можно ли пить кофе при давлении",
     "Кардиолог Иван Лавров отметил, что пить кофе можно в небольших количествах.",
     "можно ли пить кофе"),
    ("a body's 'сказал, можно ли' is a topic too",
     "",
     "Кардиолог Иван Лавров сказал, можно ли пить кофе при давлении. Он отметил, что пить кофе можно.",
     "можно ли пить кофе"),
    ("a body's 'рассказал, как' with a past-tense clause is a topic too (thirty-ninth session: the gold sets' "
     "convention)",
     "",
     "Пожарный Иван Лавров рассказал, как спасатели вынесли из огня троих детей.",
     "вынесли из огня"),
    ("a title's 'рассказал, как' with a past-tense clause is a topic",
     "Врач рассказал, как кофе повлиял на его давление",
     "Кардиолог Иван Лавров отметил, что пить кофе можно в небольших количествах.",
     "кофе повлиял на его давление"),
]

# (mechanism, text, content of the quote, expected speaker name)
BODY_CASES = [
    ("guard: a 'рассказал, как' topic does not hide the speech reported inside it (quotes-dev18 slot 21)",
     "Иван Лавров в своем Facebook рассказал, как перед эфиром сам сообщил ведущему о том, что уходит с канала.",
     "уходит с канала", "Иван Лавров"),
]


@pytest.mark.parametrize("label,text,content,expected", CASES, ids=[c[0] for c in CASES])
def test_round16(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


@pytest.mark.parametrize("label,title,text,absent", NO_QUOTE_CASES, ids=[c[0] for c in NO_QUOTE_CASES])
def test_round16_no_quote(enrich, label, title, text, absent):
    doc = enrich(text, title=title)
    bad = [(q.text, q.speaker and q.speaker.name) for q in doc.quotes if absent in q.text]
    assert not bad, f"{label}: {bad}"


def test_round16_relative_document_not_content_subject(enrich):
    """The parse may hang the content's subject ("вождь …") on the main verb: the issuer is
    the subject before the document, never a person the content names."""
    label = "'распространил сообщение для печати, в котором говорится': the committee"
    doc = enrich("Комитет защиты Леонида Павлова, активиста движения прошлого века, распространил вчера сообщение "
                 "для печати, в котором говорится, что вождь племени Иван Карпов намерен провести встречу.")
    speaker = speaker_of(doc, "вождь племени Иван Карпов намерен провести встречу", label)
    assert speaker is not None and speaker.startswith("Комитет защиты"), (label, speaker)


@pytest.mark.parametrize("label,text,content,expected", BODY_CASES, ids=[c[0] for c in BODY_CASES])
def test_round16_body(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label
