"""Round 17 table tests, made-up sentences: a one-word ministry before a country speaks
itself ("в сообщении минэнерго Казахстана", also in its channel); a post or its caption
speaks for whoever the text shows posting it, or for the person just quoted; the outlet
that received a press release is not its source; "заявил задержанный" is the person the
text showed detained; a bare noun of no known field ("путешественник") describes the
person quoted just before; a one-word "name" the morphology reads as an adverb or a
preposition is no referent ("guard": a wording kept so the mechanism stays bounded)."""
from __future__ import annotations

import pytest

from khronika.nlp.doc import Actor, Mention
from khronika.nlp.salience import spurious_name
from quote_checks import speaker_of

# (mechanism, text, content of the quote, expected speaker name)
CASES = [
    ("a one-word ministry before a country is the ministry, not the country",
     "Страна получит новые поставки газа. «Поставки начнутся в марте», — говорится в сообщении минэнерго "
     "Казахстана.",
     "Поставки начнутся в марте", "минэнерго Казахстана"),
    ("an indeclinable ministry owning a channel is the channel's owner",
     "Страна получит новые поставки газа. «Поставки начнутся в марте», — говорится в Telegram-канале минэнерго "
     "Казахстана.",
     "Поставки начнутся в марте", "минэнерго Казахстана"),
    ("guard: an embassy of a country keeps its phrase",
     "Страна получит новые поставки газа. «Поставки начнутся в марте», — говорится в сообщении посольства "
     "Казахстана.",
     "Поставки начнутся в марте", "посольство Казахстана"),
    ("a caption of a post speaks for whoever posted it",
     "Певица Анна Лаврова опубликовала фото с отдыха. «Наконец-то море», — говорится в подписи к посту.",
     "Наконец-то море", "Анна Лаврова"),
    ("'В посте отмечается' speaks for whoever posted it",
     "Певица Анна Лаврова опубликовала новое фото в Instagram. В посте отмечается, что альбом выйдет осенью.",
     "альбом выйдет осенью", "Анна Лаврова"),
    ("a post with no posting verb in reach is the person just quoted",
     "Певица Анна Лаврова рассказала о новом альбоме. «Я счастлива», — написала она. В посте также "
     "отмечается, что альбом выйдет осенью.",
     "альбом выйдет осенью", "Анна Лаврова"),
    ("guard: a post with no author in reach stays unknown",
     "Новый мост откроют в мае. «Работы идут по графику», — говорится в подписи к посту.",
     "Работы идут по графику", None),
    ("guard: a publication with an owner is the owner's",
     "Газета «Вечер» опубликовала расследование. В публикации издания утверждается, что завод закроют.",
     "завод закроют", "Вечер"),
    ("the outlet that received a press release is not its source",
     "В городе откроют новый завод, сообщается в пресс-релизе компании, поступившем в редакцию РБК.",
     "В городе откроют новый завод", "компания"),
    ("'заявил задержанный' is the one the text showed detained",
     "Полиция задержала Олега Карпова по подозрению в краже. «Я взял телефон по ошибке», — заявил задержанный.",
     "Я взял телефон по ошибке", "Олег Карпов"),
    ("'задержанный' after a passive 'задержан'",
     "Пассажир Олег Карпов задержан в аэропорту. «Я ничего не нарушал», — заявил задержанный.",
     "Я ничего не нарушал", "Олег Карпов"),
    ("guard: 'задержанный' is not a person quoted but never detained",
     "Олег Карпов выиграл турнир. «Я очень рад», — сказал Карпов. «Это только начало», — добавил задержанный.",
     "Это только начало", None),
    ("a bare noun of no known field is the person quoted just before",
     "Блогер Олег Карпов побывал в заброшенном городе. «Здесь никто не живет», — рассказал Карпов. «Дома "
     "стоят пустые», — пишет путешественник.",
     "Дома стоят пустые", "Олег Карпов"),
    ("guard: a feminine noun is not the man quoted just before",
     "Блогер Олег Карпов побывал на Урале. «Там очень красиво», — рассказал Карпов. «Дома стоят пустые», — "
     "написала путешественница.",
     "Дома стоят пустые", "путешественница"),
    ("guard: a bare noun after an organisation's statement stays a description",
     "Компания «Ромашка» открыла новый завод. «Завод создаст 500 рабочих мест», — говорится в сообщении. "
     "«Мы рады», — пишет путешественник.",
     "Мы рады", "путешественник"),
]


@pytest.mark.parametrize("label,text,content,expected", CASES, ids=[c[0] for c in CASES])
def test_round17(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


def test_round17_spurious_name(enrich):
    """A one-word PER mention over an adverb ("Нежно") is NER's mistake: no referent."""
    doc = enrich("Музыкант Олег Карпов прочитал стихи. Нежно светит луна над рекой.")
    start = doc.text.index("Нежно")
    adverb = Mention(start, start + len("Нежно"), "Нежно", "PER", "Нежно", "x:per:nezhno")
    named = next(m for m in doc.mentions if m.type == "PER")
    assert spurious_name(doc, adverb)
    assert not spurious_name(doc, named)


def test_round17_spurious_name_not_antecedent(enrich, pipeline):
    """With an adverb injected as the text's only person mention, "он" finds no one."""
    doc = enrich("Нежно светит луна над рекой. «Это про мой город», — пояснил он.")
    doc.mentions.append(Mention(0, len("Нежно"), "Нежно", "PER", "Нежно", "x:per:nezhno"))
    doc.actors.append(Actor("x:per:nezhno", "Нежно", "PER", mentions=[len(doc.mentions) - 1]))
    quotes = next(c for c in pipeline.components if c.name == "quotes")
    quotes(doc)
    assert speaker_of(doc, "Это про мой город", "spurious name") is None
