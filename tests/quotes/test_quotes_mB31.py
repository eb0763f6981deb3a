"""Helper mB31 (thirty-first session) table tests mending review rv31_Q's missed quotes:
- C4, according-to phrases: an owner-less report frame set off by commas inside its sentence ("Алиев, по
  официальным данным, получил …": the words after it, speaker null), "По другой версии, …", a leading one whose
  comma was left out, "Согласно СМИ, …", "согласно его заявлению/пророчествам", and an account ("Согласно
  информации, опубликованной в X", "По свидетельству очевидцев") before an embedded direct quote, which becomes
  that quote's source;
- C3, naming/accusing in a relative clause ("министра X, который назвал …", "компанией X, которая обвинила …");
- C5, a support noun's что-clause that the parse made a second root ("выступил с заявлением, что …").
Made-up sentences; guards keep the readings that were right before."""
from __future__ import annotations

import pytest

from quote_checks import assert_no_quote_with, speaker_of

# (mechanism, text, content of the quote, expected speaker name)
FOUND_QUOTES = [
    # (review cr31 M2) "который" agrees with its antecedent
    ("a relative clause's namer agrees with 'которая'",
     "Новости\n\nЖурналисты поговорили с мужем актрисы Анны Ивановой, которая назвала слухи о разводе «ложью».",
     "слухи о разводе «ложью»", "Анна Иванова"),
    # (review cr31 H2) a frame inside another speaker's framed sentence qualifies that speaker's words
    ("guard: an owner-less frame inside a sentence a governor is said to have said",
     "Новости\n\nЗавод, по предварительным данным, закроется уже в мае, сообщил губернатор области Иван Петров.",
     "Завод, по предварительным данным, закроется уже в мае", "Иван Петров"),
    ("owner-less report frame inside the sentence",
     "Новости\n\nАлиев, по официальным данным, получил 89 % голосов.",
     "получил 89 % голосов", None),
    ("owner-less report frame after a conjunction",
     "Новости\n\nВласти не раскрывают местонахождение женщины и, по неофициальным данным, решили отложить ее "
     "освобождение.",
     "решили отложить ее освобождение", None),
    ("another version with no owner",
     "Новости\n\nПо другой версии, автомобиль пересёк сплошную линию и врезался в остановку.",
     "автомобиль пересёк сплошную линию и врезался в остановку", None),
    ("leading owner-less frame without its comma",
     "Новости\n\nПо некоторым данным автомобиль принадлежит коллеге актрисы.",
     "автомобиль принадлежит коллеге актрисы", None),
    ("the press after согласно",
     "Новости\n\nСогласно СМИ, спортсменка может отправиться в Северную Америку уже летом.",
     "спортсменка может отправиться в Северную Америку уже летом", "СМИ"),
    ("possessive after согласно",
     "Новости\n\nМинистр Иван Петров выступил в Думе. Согласно его заявлению, бюджет будет принят в мае.",
     "бюджет будет принят в мае", "Иван Петров"),
    ("a forecaster's prophecies after согласно",
     "Новости\n\nПроповедник Герольд Кемпинг снова перенес дату. Так, согласно его пророчествам, в сентябре на Землю "
     "должен был упасть астероид.",
     "в сентябре на Землю должен был упасть астероид", "Герольд Кемпинг"),
    ("naming in a relative clause",
     "Новости\n\nДепутаты поддержали министра юстиции Ивана Петрова, который назвал решение суда ошибочным.",
     "решение суда ошибочным", "Иван Петров"),
    ("accusing in a relative clause, the accused with a parenthesis",
     "Новости\n\nКанделаки высказалась о компании Киноdanz, которая обвинила блогера BadComedian (Евгения "
     "Баженова) в нарушении авторских прав.",
     "блогера BadComedian (Евгения Баженова) в нарушении авторских прав", "Киноdanz"),
    ("accusing in a relative clause on a company's name",
     "Новости\n\nСуд рассмотрел иск компании «Ромашка», которая обвинила блогера Ивана Петрова в нарушении "
     "авторских прав.",
     "блогера Ивана Петрова в нарушении авторских прав", "Ромашка"),
    ("support noun whose что-clause the parse made a second root",
     "Новости\n\nВ Нидерландах суд разрешил пилотам бастовать. В то же время перевозчик выступил с заявлением, что "
     "\"несмотря на неоправданную забастовку\", около двух тысяч рейсов (85 процентов) будут выполнены в нормальном "
     "режиме.",
     "\"несмотря на неоправданную забастовку\", около двух тысяч рейсов (85 процентов) будут выполнены в нормальном "
     "режиме", "перевозчик"),
    ("guard: an owned frame keeps its owner",
     "Новости\n\nПо предварительным данным ВОЗ, число заболевших выросло на 20 %.",
     "число заболевших выросло на 20 %", "ВОЗ"),
]


@pytest.mark.parametrize("label,text,content,expected", FOUND_QUOTES, ids=[c[0] for c in FOUND_QUOTES])
def test_found_quotes_mB31(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


# (mechanism, text, words that no quote may hold)
NO_QUOTES = [
    ("guard: a bare «по данным» between commas",
     "Новости\n\nОн выиграл турнир, по данным, и уехал домой на поезде.", "уехал домой"),
    ("guard: a leading frame followed by a place, not a clause",
     "Новости\n\nПо последним данным в Москве число заболевших выросло.", "в Москве"),
]


@pytest.mark.parametrize("label,text,absent", NO_QUOTES, ids=[c[0] for c in NO_QUOTES])
def test_no_quotes_mB31(enrich, label, text, absent):
    assert_no_quote_with(enrich(text), absent, label)


# (mechanism, text, content of the direct quote, expected relaying sources)
ACCOUNT_SOURCES = [
    ("published information before an embedded direct quote",
     "Новости\n\nСогласно информации, опубликованной в «Комсомольской правде», актриса попросила: «Напишите "
     "просто - Людмила Гурченко».",
     "Напишите просто - Людмила Гурченко", ["Комсомольская правда"]),
    ("witnesses' account before an embedded direct quote",
     "Новости\n\nПо свидетельству очевидцев, судья был пьян и кричал: «Я - судья!».",
     "Я - судья!", ["очевидцы"]),
]


@pytest.mark.parametrize("label,text,content,sources", ACCOUNT_SOURCES, ids=[c[0] for c in ACCOUNT_SOURCES])
def test_account_sources_mB31(enrich, label, text, content, sources):
    doc = enrich(text)
    quote = next((q for q in doc.quotes if q.text == content), None)
    assert quote is not None, (label, [q.text for q in doc.quotes])
    assert quote.source_chain[1:-1] == sources, (label, quote.source_chain)
