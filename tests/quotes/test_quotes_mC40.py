"""(mC40, review rv40_Q C4, C6) Names of bodies and the addressee/source of a quote.
C4: an adjective of a name in an oblique case under a nominative head keeps its form («Пул Первого»).  (The review's
«Смольного», group-title and network-owner rules fired on no unread text: /work/briefs/mC40_unfired.patch.)
C6: a dative outlet name that ends in a quoted part is the addressee; «призвать» + accusative names the one urged;
the person of «Об этом сообщил X» over a sentence with its own frame joins the chain.
All sentences made up (invented names, the review's constructions)."""
from __future__ import annotations

import pytest

from quote_checks import quote_of

# (mechanism, text, content of the quote, expected source chain)
CHAINS = [
    ("C4: a channel's quoted name keeps the adjective that does not agree with its head",
     "Президент осмотрел завод, передает Telegram-канал «Пул Первого», близкий к пресс-службе президента.",
     "Президент осмотрел завод", ["article", "Пул Первого"]),
    ("C6: the person who reports an estimate with its own frame relays it",
     "По оценкам специалистов, завод теряет 7 млн долларов в месяц. Об этом сообщил эксперт Иван Орлов.",
     "завод теряет 7 млн долларов в месяц", ["article", "Иван Орлов", "специалисты"]),
    ("C6: … and the network he wrote in before him",
     "По оценкам специалистов, завод теряет 7 млн долларов в месяц. Об этом на своей странице в Facebook сообщил "
     "эксперт Иван Орлов.",
     "завод теряет 7 млн долларов в месяц", ["article", "Facebook", "Иван Орлов", "специалисты"]),
    ("C6: an outlet reporting a named person's statement relays it",
     "Министр Иван Сидоров заявил, что налоги не вырастут. Об этом сообщает «Интерфакс».",
     "налоги не вырастут", ["article", "Интерфакс", "Иван Сидоров"]),
    # (cr40 F6) "же", "также", "и" mark a second person saying the same, no relay of the minister's words
    ("F6: «Об этом же сообщил и X» is a second speaker",
     "По словам министра, реформа будет продолжена. Об этом же сообщил и его заместитель Иван Орлов.",
     "реформа будет продолжена", ["article", "министр"]),
    ("F6: «Об этом также сообщил X» is a second speaker",
     "По словам министра, реформа будет продолжена. Об этом также сообщил его заместитель Иван Орлов.",
     "реформа будет продолжена", ["article", "министр"]),
    ("F6: «Об этом сообщил и X» is a second speaker",
     "По словам министра, реформа будет продолжена. Об этом сообщил и его заместитель Иван Орлов.",
     "реформа будет продолжена", ["article", "министр"]),
    ("F6 guard: a plain «Об этом сообщил X» relays",
     "По словам министра, реформа будет продолжена. Об этом сообщил его пресс-секретарь Иван Орлов.",
     "реформа будет продолжена", ["article", "Иван Орлов", "министр"]),
]

# (mechanism, text, content of the quote, expected addressee name)
ADDRESSEES = [
    ("C6: an agency named with a quoted part, in the dative, is the addressee",
     "Сотрудники полиции задержали водителя, сообщили Агентству городских новостей «Москва» в пресс-службе ГУ МВД.",
     "Сотрудники полиции задержали водителя", "Агентство городских новостей «Москва»"),
    ("C6: an abbreviation opening a dative outlet name keeps its capitals",
     "Глава федерации Иван Петров сообщил РИА «Новости», что спортсмен уехал.",
     "спортсмен уехал", "РИА «Новости»"),
    ("C6: the accusative of «призвать» is the one urged",
     "Мэр Иван Петров призвал горожан «не паниковать».",
     "не паниковать", "горожане"),
]


@pytest.mark.parametrize("label,text,content,expected", CHAINS, ids=[c[0] for c in CHAINS])
def test_source_chains(enrich, label, text, content, expected):
    quote = quote_of(enrich(text), content, label)
    assert quote.source_chain == expected, (label, quote.source_chain)


@pytest.mark.parametrize("label,text,content,expected", ADDRESSEES, ids=[c[0] for c in ADDRESSEES])
def test_addressees(enrich, label, text, content, expected):
    quote = quote_of(enrich(text), content, label)
    assert quote.addressee is not None and quote.addressee.name == expected, (label, quote.addressee)
