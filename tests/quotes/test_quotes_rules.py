"""Table tests: a sentence (or a few) in, the expected quote out."""
from __future__ import annotations

import pytest

# (title, text, speaker name, kind, cue, content (exact, after stripping))
CASES = [
    ("", "«Мы не видим поводов для оптимизма», — сказал Дмитрий Песков.",
     "Дмитрий Песков", "direct", "сказать", "Мы не видим поводов для оптимизма"),
    ("", "Дмитрий Песков заявил журналистам: «Это решение президента».",
     "Дмитрий Песков", "direct", "заявить", "Это решение президента"),
    ("", "Глава МИД России Сергей Лавров заявил, что Москва не примет ультиматумов.",
     "Сергей Лавров", "indirect", "заявить", "Москва не примет ультиматумов"),
    ("", "В Кремле заявили, что переговоры будут продолжены.",
     "Кремль", "indirect", "заявить", "переговоры будут продолжены"),
    ("", "Москва готова к диалогу. Об этом говорится в сообщении МИД России.",
     "МИД России", "indirect", "говориться", "Москва готова к диалогу"),
    ("", "Как сообщили в пресс-службе МВД, задержаны трое подозреваемых.",
     "пресс-служба МВД", "indirect", "сообщить", "задержаны трое подозреваемых"),
    ("", "По словам Марии Захаровой, Запад игнорирует позицию России.",
     "Мария Захарова", "indirect", "по словам", "Запад игнорирует позицию России"),
    ("", "Дмитрий Песков провел брифинг. Пресс-секретарь Кремля отметил, что встреча пока не запланирована.",
     "Дмитрий Песков", "indirect", "отметить", "встреча пока не запланирована"),
    ("", "Эммануэль Макрон провел переговоры с Владимиром Путиным. Он заявил, что Франция готова помочь.",
     "Эммануэль Макрон", "indirect", "заявить", "Франция готова помочь"),
    ("", "Мария Захарова выступила на брифинге. Она подчеркнула, что Россия ответит.",
     "Мария Захарова", "indirect", "подчеркнуть", "Россия ответит"),
    ("Песков: Россия не будет вводить войска", "Текст статьи.",
     "Дмитрий Песков", "indirect", "headline", "Россия не будет вводить войска"),
    ("", "\"Лондон должен выйти из ЕС\", - сказал Борис Джонсон.",
     "Борис Джонсон", "direct", "сказать", "Лондон должен выйти из ЕС"),
    ("", "Министр сказал: „Мы готовы“.", "Министр", "direct", "сказать", "Мы готовы"),
    ("", "Путин рассказал Макрону, что Россия изучит ответы США.",
     "Владимир Путин", "indirect", "рассказать", "Россия изучит ответы США"),
    ("", "Москва внимательно изучит ответы, сказал Владимир Путин.",
     "Владимир Путин", "indirect", "сказать", "Москва внимательно изучит ответы"),
    ("", "Дмитрий Песков съязвил, что западные санкции никого не пугают.",  # not in the lexicon: syntax
     "Дмитрий Песков", "indirect", "съязвить", "западные санкции никого не пугают"),
    ("", "Сергей Лавров обвинил НАТО в эскалации. «Альянс продолжает расширение», — цитирует министра ТАСС.",
     "Сергей Лавров", "direct", "цитировать", "Альянс продолжает расширение"),
    ("", "Путин также заявил, что «проигнорирован ключевой вопрос».",
     "Владимир Путин", "mixed", "заявить", "проигнорирован ключевой вопрос"),
]


@pytest.mark.parametrize("title,text,speaker,kind,cue,content", CASES, ids=[c[1][:40] for c in CASES])
def test_quote(enrich, title, text, speaker, kind, cue, content):
    doc = enrich(text, title=title)
    found = [q for q in doc.quotes if q.text == content]
    assert found, f"no quote {content!r}; got {[q.text for q in doc.quotes]}"
    quote = found[0]
    assert quote.speaker is not None and quote.speaker.name == speaker
    assert (quote.kind, quote.cue) == (kind, cue)
    assert doc.text[quote.start:quote.stop] == quote.text
    if quote.speaker.start is not None:
        assert doc.text[quote.speaker.start:quote.speaker.stop] == quote.speaker.text


def test_addressee(enrich):
    doc = enrich("Путин рассказал Макрону, что Россия изучит ответы США.")
    assert doc.quotes[0].addressee is not None and doc.quotes[0].addressee.name == "Эммануэль Макрон"


def test_split_quote_with_pronoun(enrich):
    doc = enrich("Сергей Лавров провел переговоры в Женеве.\n\n«Мы изучим ответ, — сказал он. — Затем будет принято решение».")
    assert [(q.text, q.speaker.name) for q in doc.quotes] == [
        ("Мы изучим ответ", "Сергей Лавров"), ("Затем будет принято решение", "Сергей Лавров")]


def test_quote_over_two_paragraphs(enrich):
    doc = enrich("«Мы будем работать дальше. Решение принято.\n\n«Никаких уступок не будет», — заявил Сергей Лавров.")
    assert len(doc.quotes) == 1
    quote = doc.quotes[0]
    assert quote.text.startswith("Мы будем работать дальше") and quote.text.endswith("Никаких уступок не будет")
    assert quote.speaker.name == "Сергей Лавров"


def test_two_clauses_two_quotes(enrich):
    doc = enrich("Пресс-секретарь президента Дмитрий Песков в четверг заявил журналистам, что Кремль не "
                 "комментирует слухи, и добавил, что ответ будет дан позже.")
    assert [(q.text, q.cue) for q in doc.quotes] == [
        ("Кремль не комментирует слухи", "заявить"), ("ответ будет дан позже", "добавить")]
    assert doc.quotes[0].addressee.name == "журналисты"


def test_source_chain_through_message(enrich):
    doc = enrich("«Вместе с тем обращено внимание на позицию США», — говорится в сообщении Кремля.")
    quote = doc.quotes[0]
    assert quote.speaker.name == "Кремль" and quote.kind == "direct"
    assert quote.source_chain == ["article", "сообщение Кремля", "Кремль"]


@pytest.mark.parametrize("text,negated,hedged", [
    ("Песков не исключил, что встреча состоится в марте.", False, True),
    ("Песков не говорил, что встреча отменена.", True, False),
    ("Песков сказал, что встреча якобы отменена.", False, True),
])
def test_negated_and_hedged(enrich, text, negated, hedged):
    quote = enrich(text).quotes[0]
    assert (quote.negated, quote.hedged) == (negated, hedged)


@pytest.mark.parametrize("text", [
    "В Санкт-Петербурге проходят обыски у журналистов «Фонтанки». Работника парка «Патриот» обвинили в госизмене.",
    "Пресс-служба Елисейского дворца об итогах разговора Макрона и Путина пока не сообщала.",
    "Компания «Газпром» выпустила новый отчет о работе «Северного потока».",
])
def test_not_quotes(enrich, text):
    assert enrich(text).quotes == []
