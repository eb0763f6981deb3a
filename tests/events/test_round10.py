"""Round 10 (issue 5): coder errors read on a fresh blind set, fixed as general rules — conjuncts the
parser hung on a genitive, bodies named by their parent, relative clauses (request content, gender
agreement, a relative inside a noun phrase), participles in group names, acquittals, tax exemptions,
approved appointments, "британский МИД", a bare "Верховный суд", projects as agents, threats one flees, pickets
at a body's building.  Sentences written for the tests, not taken from any gold or
read document."""
from __future__ import annotations

import pytest

from event_checks import coded, forbidden, has_event


# paragraph, type, source, target: coded with these actors (each set must be among the event's names)
CODED = [
    # "Страны X, а также A и B": the parser hangs A and B on the genitive X; they are the subject's conjuncts
    ("Страны Евросоюза, а также Австралия и Канада ввели против Ирана новые санкции.", "SANCTION",
     {"Австралия", "Канада"}, {"Иран"}),
    # a commission or committee named by its parent is an actor
    ("Комиссия парламента по этике попросила Ивана Петрова объяснить свои слова.", "REQUEST",
     {"комиссия парламента по этике"}, {"Иван Петров"}),
    ("Комитет Сената США призвал Иран прекратить обстрелы.", "REQUEST", {"комитет Сената США"}, {"Иран"}),
    # a relative clause on the one who asks is no content of the request
    ("Мария Смирнова, которая была приговорена к смертной казни в Индии, попросила убежища.", "COERCE",
     {"суд Индии"}, {"Мария Смирнова"}),
    # "который" inside a noun phrase of its clause ("приговор которой")
    ("Вчера Мария Смирнова, приговор которой отменил Верховный суд Индии, покинула страну.", "RETREAT",
     {"Верховный суд Индии"}, {"Мария Смирнова"}),
    # a feminine "которая" means the feminine name, not the masculine noun the parser chose
    ("Муж учительницы Марии Смирновой, которая была приговорена к смертной казни в Индии, Иван Петров "
     "просит убежища.", "COERCE", {"суд Индии"}, {"Мария Смирнова"}),
    # an acquittal is a release, not a sentence
    ("Верховный суд Индии вынес оправдательный приговор Ивану Петрову.", "RETREAT", {"Верховный суд Индии"},
     {"Иван Петров"}),
    # a one-word state body with a nationality adjective is that state's body
    ("Британский МИД призвал Иран прекратить огонь.", "REQUEST", {"МИД Великобритании"}, {"Иран"}),
    ("Российский МИД обвинил Эстонию во лжи.", "ACCUSE", {"МИД России"}, {"Эстония"}),
    # a bare high court in a story about one state is that state's ("Верховный суд <страны>")
    ("Суд Мумбаи в Индии приговорил Ивана Петрова к 5 годам. Верховный суд оправдал Ивана Петрова.",
     "RETREAT", {"Верховный суд Индии"}, {"Иван Петров"}),
    # upholding a sentence without a genitive concerns the one sentenced; a verdict of innocence releases
    ("Суд Твери приговорил Ивана Петрова к 5 годам. Через год суд Москвы оставил в силе смертный приговор.",
     "REJECT", {"суд Москвы"}, {"Иван Петров"}),
    ("Суд Твери приговорил Ивана Петрова к 5 годам. Суд Москвы вынес вердикт о его невиновности.",
     "RETREAT", {"суд Москвы"}, {"Иван Петров"}),
    ("Иван Петров обрушился с критикой на Германию.", "ACCUSE", {"Иван Петров"}, {"Германия"}),
    # whoever leaves because of threats is the one threatened
    ("Иван Петров уехал из страны из-за угроз националистов.", "THREATEN", {"националист"}, {"Иван Петров"}),
    # a picket "возле" a body, or at its building, is against the body
    ("Иван Петров вышел на пикет возле Госдумы.", "PROTEST", {"Иван Петров"}, {"Государственная дума"}),
    ("Активисты провели пикет у здания правительства Самарской области.", "PROTEST", {"активист"},
     {"правительство Самарской области"}),
]


@pytest.mark.parametrize("text, type_, source, target", CODED)
def test_round10_coded(code_paragraph, text: str, type_: str, source: set[str], target: set[str]) -> None:
    found = coded(code_paragraph(text))
    assert has_event(found, type_, source, target), found


# paragraph, what must not be coded (type alone, or type:a name among the actors)
NOT_CODED = [
    # a tax exemption is no release
    ("Губернатор Сергей Смирнов поручил освободить пенсионеров от транспортного налога.", "RETREAT"),
    ("Правительство освободило фермеров от уплаты земельного налога.", "RETREAT"),
    # an acquittal is no sentence
    ("Верховный суд Индии вынес оправдательный приговор Ивану Петрову.", "COERCE"),
    # approving an appointment is a personnel decision, not support
    ("Королева одобрила назначение Ивана Петрова министром.", "SUPPORT"),
    ("Сенат одобрил кандидатуру Сергея Смирнова на пост судьи.", "SUPPORT"),
    # a bare commission could be anybody's
    ("Комиссия попросила Ивана Петрова объяснить свои слова.", "REQUEST"),
    # a participle's phrase is no part of a group name ("в Индии активистка")
    ("Семья оправданной в Индии активистки просит убежища.", "RETREAT:в Индии активистка"),
    # a masculine "который" is not the feminine name before it
    ("Сын журналистки Марии Смирновой, который был задержан полицией, вышел на свободу.",
     "COERCE:Мария Смирнова"),
    # a word inside a quoted name is not the antecedent ("«Единая Россия», которая")
    ("Письмо опубликовала в Telegram «Единая Россия», которая исключила Ивана Петрова из своих рядов.",
     "SANCTION:Россия"),
    # a project does not act: "газопровод убьёт Украину" is a figure of speech
    ("Газопровод «Северный поток — 2» убьет Украину, заявил Иван Петров.", "ASSAULT"),
    # a high court in a sentence naming another state is not the story's state's
    ("Суд Мумбаи в Индии приговорил Ивана Петрова к 5 годам. Верховный суд Непала оправдал Сергея Смирнова.",
     "RETREAT:Верховный суд Индии"),
]


@pytest.mark.parametrize("text, what", NOT_CODED)
def test_round10_not_coded(code_paragraph, text: str, what: str) -> None:
    found = coded(code_paragraph(text))
    assert not forbidden(found, what), found


# still coded as before: a release from custody, support of a person, a bare МИД, a request's content
KEPT = [
    ("Суд освободил Ивана Петрова из-под стражи.", "RETREAT", {"Иван Петров"}),
    ("Депутат Иван Петров одобрил действия Сергея Смирнова.", "SUPPORT", {"Сергей Смирнов"}),
    ("МИД призвал Иран прекратить огонь.", "REQUEST", {"Иран"}),
    ("Иван Петров провел пикет у посольства США.", "PROTEST", {"посольство США"}),
    ("Россия обстреляла Харьков.", "ASSAULT", {"Харьков"}),
    # a participle trigger on its own noun keeps the noun as the target (the parse may loop back)
    ("Полиция ворвалась в общежитие. В настоящий момент двое задержанных студентов находятся на допросе.",
     "COERCE", {"студент"}),
    ("Иван Петров потребовал от Ирана прекратить обстрелы Ирака.", "REQUEST", {"Иран"}),
]


@pytest.mark.parametrize("text, type_, target", KEPT)
def test_round10_kept(code_paragraph, text: str, type_: str, target: set[str]) -> None:
    found = coded(code_paragraph(text))
    assert any(t == type_ and target <= g for t, _, g in found), found


def test_round10_request_content_not_coded(code_paragraph) -> None:
    # what is asked for is not an event of its own (the round-5 rule the relative-clause exception keeps)
    found = coded(code_paragraph("Иван Петров потребовал от Ирана прекратить обстрелы Ирака."))
    assert not [c for c in found if c[0] == "ASSAULT"], found
