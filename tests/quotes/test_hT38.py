"""Helper hT38 (thirty-eighth session) table tests.

cr37 F11, headline topics: a title "X: …" whose prefix names what the story is about is no speaker's frame -
- a prefix joining two things with "и" ("БЦЖ и коронавирус: …"; the mention found was its first part only);
- words after the colon that are only a noun phrase naming the topic ("выставка спустя полвека", "пять фактов о
  миллиардере": no predicating verb form, no short adjective or predicative adverb, no negation, no dash, no
  quotation marks, no question or exclamation) when the body never has the prefix's speaker saying anything.
Guards: a verbless title the body shows its speaker saying ("Захарова: провокация" over "Захарова назвала …"),
negation ("никаких переговоров"), the "у" of having ("У Собчак самый высокий антирейтинг"), a predicative adverb
("нужно подождать"), a finite verb, people joined by "и".

rv37_Q C4, a relayed statement: "«…», – передает ТАСС заявление Попеску" - the statement's owner speaks and the
passing verb's subject relays (as "передает слова X" already did); an outlet that closes the sentence right after
the owner ("передает заявление следователя ТАСС", which the parse hangs on the owner) is the relay, not part of the
owner's name.  Guards: "передает ТАСС" alone (the outlet speaks); a staff noun of the outlet ("корреспондента
ТАСС") keeps the outlet's name.
rv37_Q C4, the page of passively relayed words: "«…», – приводятся слова президента на сайте Кремля", "X, слова
которого приводятся на странице канцелярии в Twitter" - the page with its owner is a link of the source chain (the
gold's source: "сайт Кремля", "страница сторонников X в Instagram").  Guard: the speaker's own page ("на его
странице в Facebook") adds no link of its own.  The relative clause is read between a subject and its verb too
("X, слова которого приводит ТАСС, заявил, что …").
rv37_Q C8, wiki italics: see WIKI_ITALICS below.
Made-up sentences."""
from __future__ import annotations

import pytest

from quote_checks import assert_headline_speaker, quote_of, speaker_name

BODY_SILENT = "В галерее открылась выставка. Ее посетили тысячи человек."

# (mechanism, title, body, the title's words after the colon, expected headline speaker; None = no headline quote)
TITLES = [
    ("two things joined by 'и' are the story's topics",
     "Газпром и кризис: что ждет акционеров?", "Акции компании упали на треть.",
     "что ждет акционеров?", None),
    ("a painter's name before a noun phrase is a topic header",
     "Иван Шишкин: большая выставка спустя сто лет", BODY_SILENT,
     "большая выставка спустя сто лет", None),
    ("a counted noun phrase is a topic header",
     "Илон Маск: пять фактов о миллиардере", "Илон Маск стал самым богатым человеком планеты.",
     "пять фактов о миллиардере", None),
    ("guard: a clause whose verb the tagger takes for a noun ('углубят') is a statement",
     "Эксперт: Слова Франциска о гей-браках углубят противоречия между католиками и православными",
     "Папа заявил о гей-браках.",
     "Слова Франциска о гей-браках углубят противоречия между католиками и православными", "Эксперт"),
    ("guard: the body has the prefix's speaker saying it",
     "Захарова: провокация", "Мария Захарова назвала инцидент провокацией.",
     "провокация", "Мария Захарова"),
    ("guard: a negated verbless title is a statement",
     "Песков: никаких переговоров", "Переговоры сорваны.",
     "никаких переговоров", "Дмитрий Песков"),
    ("guard: the 'у' of having makes a statement",
     "Навальный: У Собчак самый высокий антирейтинг в Москве", "Блогер Алексей Навальный привел данные опроса.",
     "У Собчак самый высокий антирейтинг в Москве", "Алексей Навальный"),
    ("guard: a predicative adverb makes a statement",
     "Минздрав: нужно подождать", "Вакцинация продолжается.",
     "нужно подождать", "Минздрав"),
    ("guard: a finite verb makes a statement",
     "Лавров: Россия готова к диалогу", "Переговоры продолжатся.",
     "Россия готова к диалогу", "Сергей Лавров"),
]


@pytest.mark.parametrize("label,title,body,content,expected", TITLES, ids=[c[0] for c in TITLES])
def test_hT38_headline_topics(enrich, label, title, body, content, expected):
    assert_headline_speaker(enrich(body, title=title), content, expected, label)


# (mechanism, text, content, expected speaker, expected relays in the source chain between article and speaker)
RELAYED = [
    ("the statement's genitive owner speaks, the outlet relays",
     "Министр Румынии Ион Попеску выступил в парламенте. «Великобритания должна дать ЕС четкий план», – передает "
     "ТАСС заявление Попеску.",
     "Великобритания должна дать ЕС четкий план", "Ион Попеску", ["ТАСС"]),
    ("an outlet closing the sentence after the owner is the relay",
     "«Данные материалы предоставлены в суд», – передает заявление главного следователя ТАСС.",
     "Данные материалы предоставлены в суд", "главный следователь", ["ТАСС"]),
    ("a minister's message: the minister speaks",
     "«Мы не отступим», – передает РИА Новости сообщение министра финансов.",
     "Мы не отступим", "министр финансов", ["РИА Новости"]),
    ("a passive relay's page joins the chain",
     "«Должен сказать, мы сегодня затрагивали эту тему», – приводятся слова президента Ивана Петрова на сайте "
     "Кремля.",
     "Должен сказать, мы сегодня затрагивали эту тему", "Иван Петров", ["сайт Кремля"]),
    ("a relative clause's page joins the chain",
     "«Белые каски оказались под угрозой», – заявил Иван Петров, слова которого приводятся на странице канцелярии"
     " в Twitter.",
     "Белые каски оказались под угрозой", "Иван Петров", ["страница канцелярии", "Twitter"]),
    ("a relative clause between a subject and its verb names the page",
     "Иван Петров, слова которого приводятся на странице канцелярии в Twitter, заявил, что переговоры сорваны.",
     "переговоры сорваны", "Иван Петров", ["страница канцелярии"]),
    ("a relative clause between a subject and its verb names the relaying outlet",
     "Иван Петров, слова которого приводит ТАСС, заявил, что переговоры сорваны.",
     "переговоры сорваны", "Иван Петров", ["ТАСС"]),
    ("guard: a relative clause that relays nothing",
     "Иван Петров, который возглавляет комиссию, заявил, что переговоры сорваны.",
     "переговоры сорваны", "Иван Петров", []),
    ("guard: the speaker's own page is no relay of its own (the network is)",
     "«Мы справимся», – приводятся слова министра на его странице в Facebook.",
     "Мы справимся", "министр", ["Facebook"]),
    ("guard: the outlet alone speaks",
     "«Мы не отступим», – передает ТАСС.",
     "Мы не отступим", "ТАСС", []),
    ("guard: the outlet's own correspondent keeps its name",
     "«Мы не отступим», – передает слова корреспондента ТАСС РИА Новости.",
     "Мы не отступим", "корреспондент ТАСС", ["РИА Новости"]),
]


@pytest.mark.parametrize("label,text,content,expected,relays", RELAYED, ids=[c[0] for c in RELAYED])
def test_hT38_relayed_statement(enrich, label, text, content, expected, relays):
    quote = quote_of(enrich(text), content, label)
    assert speaker_name(quote) == expected, label
    assert quote.source_chain[1:-1] == relays, f"{label}: {quote.source_chain}"


# rv37_Q C8, wiki italics: a content cut inside the doubled apostrophes Wikinews pages keep ("сообщили:\n\n''Около
# …''") keeps no lone apostrophe at its edges; a whole pair inside the content is the text's own.
# (mechanism, text, the exact content expected)
WIKI_ITALICS = [
    ("a colon frame's words in italics lose the markup's lone apostrophe",
     "Около полудня в ГИБДД Москвы сообщили:\n\n''Около 12 часов на Онежской улице автомашина сбила пешехода.''",
     "Около 12 часов на Онежской улице автомашина сбила пешехода."),
    ("guard: a name in italics inside the content keeps both pairs",
     "Известия уверяют, что действия чиновников нанесли ущерб ''Amazon.com''.",
     "действия чиновников нанесли ущерб ''Amazon.com''"),
]


@pytest.mark.parametrize("label,text,content", WIKI_ITALICS, ids=[c[0] for c in WIKI_ITALICS])
def test_hT38_wiki_italics(enrich, label, text, content):
    quote_of(enrich(text), content, label)
