"""Helper mq (rv21_Q review items H2, M4, L2), made-up sentences:
1. (H2) a description's head in the nominative whatever gender the tagger gave a noun of common
   gender ("главы сельсовета" -> "глава сельсовета", not left in the genitive);
2. (H2) "…, сказано в решении суда": a short passive participle of a speech verb with a "в"-phrase of
   a document is an impersonal frame like "говорится в …", whose issuer speaks (the court's quoted
   words are no longer an unframed quote a carry-over gives to the soldier named before);
3. (M4) an obituary is a document that carries a statement ("В официальном некрологе говорится: …");
   plural or indefinite sources ("источники сообщают") stay unknown, as the gold guide wants;
4. (L2) a colon followed by a list of short quoted names ("Автор книг: «…», «…» и «…»") is titles,
   not speech; quoted sentences or slogans in a list stay quotes.
(The review's "По словам главы сельсовета" given to "Погибшую звали Кристина" is left: see the
helper's report.)"""
from __future__ import annotations

import pytest

from quote_checks import assert_no_quote_with, speaker_of

# (rule, text, content of the quote, expected speaker name; None = unknown)
SPEAKERS = [
    # --- 1. a description named in the nominative whatever gender the tagger gave "глава"
    ("H2: 'главы сельсовета' in the nominative",
     "Дорогу в деревне отремонтируют летом. По словам главы сельсовета, подрядчик уже выбран.",
     "подрядчик уже выбран", "глава сельсовета"),
    ("guard: 'директора школы' in the nominative as before",
     "По словам директора школы, занятия начнутся в сентябре.",
     "занятия начнутся в сентябре", "директор школы"),
    # --- 2. "сказано в <document>"
    ("H2: '…, сказано в решении суда' speaks for the court",
     "Рядовой Андрей Трубачев использовал iPhone 8, сказано в решении Челябинского военного суда от 17 мая.",
     "Рядовой Андрей Трубачев использовал iPhone 8", "Челябинский военный суд"),
    ("H2: the court's quoted words are not the soldier's named before",
     "Военнослужащий Андрей Тарханов получил 15 суток ареста. У рядового Андрея Трубачева был изъят "
     "«абонентский терминал, который он использовал после отбоя», сказано в решении Челябинского "
     "военного суда.",
     "У рядового Андрея Трубачева был изъят «абонентский терминал, который он использовал после отбоя»",
     "Челябинский военный суд"),
    ("H2: '…, указано в письме компании' speaks for the company",
     "Поставки будут возобновлены в марте, указано в письме компании «Газпром».",
     "Поставки будут возобновлены в марте", "Газпром"),
    ("guard: '…, говорится в решении суда' as before",
     "Рядовой Андрей Трубачев использовал iPhone 8, говорится в решении Челябинского военного суда.",
     "Рядовой Андрей Трубачев использовал iPhone 8", "Челябинский военный суд"),
    # --- 3. plural or indefinite sources stay unknown (gold guide: unnamed sources are `unknown`)
    ("guard M4: 'источники в посольстве' are an unnamed source",
     "Ранее источники в посольстве докладывали, что Дмитрий Медведев воздержится от поездки.",
     "Дмитрий Медведев воздержится от поездки", None),
    ("guard M4: 'Как пишут источники' is an unnamed source",
     "Как пишут источники, он был госпитализирован с неврологическими проблемами.",
     "он был госпитализирован с неврологическими проблемами", None),
    ("guard M4: a bare group stays a group",
     "Специалисты подозревают, что вирус мутировал.",
     "вирус мутировал", "Специалисты"),
    # --- 4. quoted sentences in a list after a colon stay quotes
    ("guard L2: a list of quoted sentences is speech",
     "Блогер приводит слова фанатов: «Я не буду больше болеть за эту команду, это не швейцарская команда», "
     "«Вот пусть за Албанию и играют».",
     "Я не буду больше болеть за эту команду, это не швейцарская команда", "фанаты"),
]

# (rule, text, a word no quote may contain)
NO_QUOTE = [
    ("L2: a list of book titles after 'Автор книг:'",
     "Писатель Юрий Бондарев писал произведения о войне. Автор книг: «Батальоны просят огня», "
     "«Горячий снег» и «Тишина».", "Батальоны"),
    ("L2: a list of names after a cue verb",
     "Станции метро «Войковская» предлагают и другие новые наименования: «Петербургская» и «Северо-Западная».",
     "Петербургская"),
    ("guard: '…, написано на стене' is no document frame",
     "Здесь был Вася, написано на стене подъезда.", "Вася"),
    ("guard: a time in the 'в'-phrase is no document",
     "Рядовой Андрей Трубачев использовал телефон, сказано в понедельник.", "Трубачев"),
]


@pytest.mark.parametrize("label,text,content,expected", SPEAKERS, ids=[c[0] for c in SPEAKERS])
def test_speakers_mq(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


@pytest.mark.parametrize("label,text,absent", NO_QUOTE, ids=[c[0] for c in NO_QUOTE])
def test_no_quote_mq(enrich, label, text, absent):
    assert_no_quote_with(enrich(text), absent, label)


def test_headline_cue_not_carried_mq(enrich):
    """L2: the unframed quote after a title list does not inherit a `headline` cue."""
    doc = enrich("Писатель Юрий Бондарев писал произведения о войне. Автор книг: «Батальоны просят огня», "
                 "«Горячий снег» и «Тишина».\n\nВ 1994 году он отказался от ордена, обосновав это в телеграмме "
                 "тем, что «сегодня это уже не поможет доброму согласию».")
    assert all(q.cue != "headline" for q in doc.quotes), [(q.text, q.cue) for q in doc.quotes]


# (rule, text, content, a document the quote's source chain names)
CHAINS = [
    ("M4: an obituary carries the statement",
     "В понедельник в Пекине умер Ли Пэн. В официальном некрологе говорится: Ли Пэн был превосходным "
     "членом Коммунистической партии Китая.",
     "Ли Пэн был превосходным членом Коммунистической партии Китая", "некролог"),
    ("guard: a statement carries it as before",
     "В понедельник в Пекине умер Ли Пэн. В официальном сообщении говорится: Ли Пэн был превосходным "
     "членом Коммунистической партии Китая.",
     "Ли Пэн был превосходным членом Коммунистической партии Китая", "сообщение"),
]


@pytest.mark.parametrize("label,text,content,document", CHAINS, ids=[c[0] for c in CHAINS])
def test_source_chain_mq(enrich, label, text, content, document):
    found = [q for q in enrich(text).quotes if q.text == content]
    assert found, label
    assert document in found[0].source_chain, (label, found[0].source_chain)
