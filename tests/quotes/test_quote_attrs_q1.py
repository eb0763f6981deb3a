"""Quote attributes a user filters on (q1, issue 4): kind, addressee, source chain.  Made-up
sentences; the rules follow the conventions of gold/quotes/README.md and were counted on the
design sets (`khronika eval quotes … --attribute-misses`):

kind
1. a quoted name does not make a clause "mixed": a quoted stretch of a few words opening with a
   capital and without a finite verb (газопровод «Северный поток — 2», «Зантак», «Единая Россия»);
   an apostrophe between letters ("King’s") is no quotation mark at all;
2. a content a colon sets off right after its cue is "direct", with or without quotation marks
   ("Дуда написал в Twitter: Своими работами …") - not a list the colon opens after a topic;
3. a content closed by a dash and its cue is "direct" ("… — сказала Визбор"); a comma alone
   ("…, сообщил X") stays the indirect report of a reprint.
addressee
4. the cue's dative with a name in its phrase ("агентству Reuters"), a plain noun or a
   participle standing for people, in the nominative ("журналистам" -> "журналисты",
   "присутствующим" -> "присутствующие");
5. the other side of "в интервью X" / "в беседе (разговоре) с X";
6. the object of verbs whose object is the hearer ("предупредил туристов", "заверил журналистов").
source chain (what stands between the outlet and the speaker)
7. the network a statement was made in ("написал в Instagram", "в своем телеграм-канале",
   "на странице в соцсети «ВКонтакте»", "сообщает пресс-служба … в Telegram-канале");
8. the outlet an interview was given to ("в интервью New York Times"), also the addressee;
9. the outlet whose unnamed sources speak ("Собеседники РБК", "Источник «Интерфакса»");
10. the chain ends with the speaker later passes gave the quote (a title's description named
    from the body; an unnamed source dropped);
11. whose account frames the report of another's words in the sentence ("По словам A, B ответил:
    «…»": README, double attribution - the speaker B, the source A).
"""
from __future__ import annotations

import pytest

from khronika.nlp.doc import Doc, Quote


def quote_of(doc: Doc, content: str, label: str) -> Quote:
    found = [q for q in doc.quotes if q.text == content]
    assert found, f"{label}: no quote {content!r}; got {[q.text for q in doc.quotes]}"
    return found[0]


def sources(quote: Quote) -> list[str]:
    """The chain's links between the outlet and the speaker."""
    chain = quote.source_chain[1:]
    return chain[:-1] if quote.speaker is not None and chain else chain


# (rule, text, content of the quote, expected kind)
KINDS = [
    # --- 1. quoted names
    ("1: a pipeline's quoted name",
     "Министр Хайко Маас подчеркнул, что проект газопровода «Северный поток — 2» представляет интерес "
     "для всей Европы.",
     "проект газопровода «Северный поток — 2» представляет интерес для всей Европы", "indirect"),
    ("1: a company's and a drug's quoted names",
     "В ведомстве сообщили, что компания «Фармстандарт» отзывает препарат «Зантак» из аптек.",
     "компания «Фармстандарт» отзывает препарат «Зантак» из аптек", "indirect"),
    ("1: a party's quoted name of two words",
     "Агентство пишет, что в 2011 году он был избран депутатом от партии «Единая Россия».",
     "в 2011 году он был избран депутатом от партии «Единая Россия»", "indirect"),
    ("1: a name in straight quotation marks",
     "Премьер Литвы заявил, что Брюссель одобрит предложенные \"Газпромом\" скидки.",
     "Брюссель одобрит предложенные \"Газпромом\" скидки", "indirect"),
    ("1: an apostrophe inside a name",
     "Представитель клиники сообщил, что в больнице King’s College пациенту стало лучше.",
     "в больнице King’s College пациенту стало лучше", "indirect"),
    ("guard 1: quoted words in lower case stay mixed",
     "Министр заявил, что ответы США содержат «не так много поводов для оптимизма».",
     "ответы США содержат «не так много поводов для оптимизма»", "mixed"),
    ("guard 1: a quoted clause with a finite verb stays mixed, capital or not",
     "Песков заявил, что «Россия не собирается ни на кого нападать».",
     "Россия не собирается ни на кого нападать", "mixed"),
    ("guard 1: a quoted name beside quoted words stays mixed",
     "Депутат заявил, что клип «Цвет настроения» стал «пошлятиной для подростков».",
     "клип «Цвет настроения» стал «пошлятиной для подростков»", "mixed"),
    # --- 2. a colon after the cue
    ("2: colon frame without quotation marks",
     "Президент Польши Анджей Дуда написал в Twitter: Своими работами он определил эпоху в мировой "
     "культуре.",
     "Своими работами он определил эпоху в мировой культуре", "direct"),
    ("2: colon frame after a topic phrase, the words a clause",
     "Певица также напомнила о творческом пути деда: его первые эксперименты относятся к периоду после "
     "службы в армии.",
     "его первые эксперименты относятся к периоду после службы в армии", "direct"),
    ("guard 2: a fully quoted clause after a colon (direct before, by the colon rule of `direct`)",
     "Захарова написала, напомнив также: «Помните, мы говорили, что интрига плачевно закончится для "
     "правительства».",
     "Помните, мы говорили, что интрига плачевно закончится для правительства", "direct"),
    # --- 3. a dash and the cue after the content
    ("3: postposed dash frame without quotation marks",
     "Мы с ними не согласны, — сказала Тереза Мэй в парламенте.",
     "Мы с ними не согласны", "direct"),
    ("guard 3: a comma frame stays indirect",
     "Вопросы безопасности должны решаться в Европе, а не в США, заявил министр Иван Петров.",
     "Вопросы безопасности должны решаться в Европе, а не в США", "indirect"),
]


@pytest.mark.parametrize("label,text,content,expected", KINDS, ids=[c[0] for c in KINDS])
def test_kind(enrich, label, text, content, expected):
    assert quote_of(enrich(text), content, label).kind == expected, label


# (rule, text, content of the quote, expected addressee name; None = none)
ADDRESSEES = [
    ("4: a dative with a name in its phrase",
     "Его адвокат заявил агентству Reuters, что он будет оспаривать обвинения.",
     "он будет оспаривать обвинения", "Reuters"),
    ("guard 4: an animate dative noun, in the nominative (as before)",
     "Министр заявил украинским журналистам, что переговоры продолжатся.",
     "переговоры продолжатся", "украинские журналисты"),
    ("4: a participle standing for people",
     "Президент также рассказал присутствующим о том, что в Сколково опробуют новые принципы.",
     "в Сколково опробуют новые принципы", "присутствующие"),
    ("5: the other side of an interview",
     "В интервью «Голосу Америки» Александр Белов говорил, что либералы не готовы вести диалог.",
     "либералы не готовы вести диалог", "Голос Америки"),
    ("5: the other side of a conversation",
     "Вице-премьер Татьяна Голикова в разговоре с эпидемиологами подтвердила, что кампания стартует "
     "в понедельник.",
     "кампания стартует в понедельник", "эпидемиологи"),
    ("6: the hearer object of 'предупредить'",
     "Министр иностранных дел предупредил британских туристов, что поездки в регион опасны.",
     "поездки в регион опасны", "британские туристы"),
    ("6: the hearer object of 'заверить'",
     "Мэр заверил жителей, что отопление дадут в срок.",
     "отопление дадут в срок", "жители"),
    ("guard: an object that is not the hearer",
     "Министр сообщил подробности, что переговоры продолжатся.",
     "переговоры продолжатся", None),
]


@pytest.mark.parametrize("label,text,content,expected", ADDRESSEES, ids=[c[0] for c in ADDRESSEES])
def test_addressee(enrich, label, text, content, expected):
    quote = quote_of(enrich(text), content, label)
    assert (quote.addressee.name if quote.addressee else None) == expected, label


# (rule, text, content of the quote, expected links between the outlet and the speaker)
SOURCES = [
    ("7: the network of a statement",
     "Шукшина написала в Instagram, что дети уже не смотрят телевизор.",
     "дети уже не смотрят телевизор", ["Instagram"]),
    ("7: a network's channel",
     "Дуров в своем телеграм-канале отметил, что комиссия Apple увеличивает стоимость.",
     "комиссия Apple увеличивает стоимость", ["Telegram"]),
    ("7: a page in a network named in quotation marks",
     "Актер написал на странице в соцсети «ВКонтакте», что испытал культурный шок.",
     "испытал культурный шок", ["ВКонтакте"]),
    ("7: the channel after a trailing cue (the parse hangs it on the content)",
     "Суд продлил срок задержания Кузнецова на 72 часа, сообщает объединенная пресс-служба судов "
     "в Telegram-канале.",
     "Суд продлил срок задержания Кузнецова на 72 часа", ["Telegram"]),
    ("8: the outlet an interview was given to",
     "В интервью New York Times пианист Евгений Кисин заявил, что не будет выступать в Турции.",
     "не будет выступать в Турции", ["The New York Times"]),
    ("9: the outlet whose unnamed sources speak",
     "Собеседники РБК сообщили, что Андрей Варичев умер от пневмонии.",
     "Андрей Варичев умер от пневмонии", ["РБК"]),
    ("9: one source of a quoted outlet",
     "Источник \"Интерфакса\" утверждает, что в Душко стреляли, когда он сидел в машине.",
     "в Душко стреляли, когда он сидел в машине", ["Интерфакс"]),
    ("11: the account that frames another's words (double attribution)",
     "Суд рассмотрел жалобу. По словам адвоката Ивана Петрова, подсудимый ответил так: «Я не виновен».",
     "Я не виновен", ["Иван Петров"]),
    ("11: an account of a plain noun, in the nominative",
     "Суд рассмотрел жалобу. По словам свидетелей, подсудимый ответил так: «Я не виновен».",
     "Я не виновен", ["свидетели"]),
    ("11: a possessive account",
     "Официальный представитель МИД России Мария Захарова прокомментировала отставку. По ее словам, "
     "Москва предупреждала, что интрига плачевно закончится для правительства.",
     "интрига плачевно закончится для правительства", ["Мария Захарова"]),
    ("guard 11: unnamed sources of no outlet are no link",
     "По данным источников, водитель утверждает, что не знал о готовящемся преступлении.",
     "не знал о готовящемся преступлении", []),
    ("guard 7: a page that names no network",
     "Певица написала на своей странице, что концерт перенесен.",
     "концерт перенесен", []),
    ("guard 7: a network named in the content only",
     "Министр заявил, что Instagram заблокируют в стране.",
     "Instagram заблокируют в стране", []),
]


@pytest.mark.parametrize("label,text,content,expected", SOURCES, ids=[c[0] for c in SOURCES])
def test_sources(enrich, label, text, content, expected):
    assert sources(quote_of(enrich(text), content, label)) == expected, label


def test_interview_outlet_is_also_the_addressee(enrich):
    quote = quote_of(enrich("В интервью New York Times пианист Евгений Кисин заявил, что не будет выступать "
                            "в Турции."), "не будет выступать в Турции", "8")
    assert quote.addressee is not None and quote.addressee.name == "The New York Times"


# (rule, title, text, content, expected source chain after the outlet)
CHAINS = [
    ("10: a title's description named from the body",
     "Премьер Литвы: решение не штрафовать «Газпром» выглядело бы странно",
     "Премьер-министр Литвы Саулюс Сквернялис заявил журналистам в Сейме, что решение не штрафовать "
     "концерн выглядело бы странно.",
     "решение не штрафовать «Газпром» выглядело бы странно"),
    ("10: an unnamed source dropped",
     "",
     "Президент Николас Мадуро заявил, что атаку совершили террористы.\n\n"
     "С вертолета было произведено 15 выстрелов по зданию министерства, сообщили официальные лица.",
     "С вертолета было произведено 15 выстрелов по зданию министерства"),
]


@pytest.mark.parametrize("label,title,text,content", CHAINS, ids=[c[0] for c in CHAINS])
def test_chain_ends_with_the_speaker(enrich, label, title, text, content):
    quote = quote_of(enrich(text, title=title), content, label)
    expected = [quote.speaker.name] if quote.speaker is not None else []
    assert quote.source_chain[1:] == expected, (label, quote.source_chain, quote.speaker)
