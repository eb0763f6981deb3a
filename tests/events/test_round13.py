"""Round 13 (issue 5): precision classes of the coder's wrong triples — the court that acquits is not the
court that sentenced, a court's finding of guilt is a conviction, an arrest told again keeps the agent first
reported, a class description ("те лица, которые …") is no party, a vessel's own name is no party (its owner
is), a registry organisation's classifier is left out of a group's name, a pipeline is no party, the act a
criminal case is about is the case's content and names whom the case is against, a headline's title noun is
the person the body names with that title.  Sentences written for the tests, not taken from any gold or read
document."""
from __future__ import annotations

import pytest

from event_checks import coded, forbidden, has_event
from khronika.extract.article import Article

PUBLISHED = "2022-01-28T16:49:00+03:00"


# paragraph, type, source, target: coded with these actors (each set must be among the event's names)
CODED = [
    # an earlier sentence with no court named beside it: not the court reported acquitting, the state's court
    ("Верховный суд Индии оправдал Ивана Петрова. Иван Петров был приговорён в 2015 году к смерти за убийство.",
     "COERCE", {"суд Индии"}, {"Иван Петров"}),
    ("Ранее Верховный суд Индии вынес оправдательный приговор Марии Смирновой, которая в 2015 году была "
     "приговорена к смертной казни.", "COERCE", {"суд Индии"}, {"Мария Смирнова"}),
    # ... while the acquittal itself stays the named court's
    ("Верховный суд Индии рассмотрел жалобу Марии Смирновой. В итоге Марию Смирнову оправдали.",
     "RETREAT", {"Верховный суд Индии"}, {"Мария Смирнова"}),
    # a court that only tried the case still passed the sentence
    ("Пресненский суд рассмотрел дело Ивана Петрова. Ивана Петрова приговорили к пяти годам.", "COERCE",
     {"Пресненский суд"}, {"Иван Петров"}),
    # a court's finding of guilt is a conviction; anyone else's an accusation
    ("Пресненский суд Москвы признал Ивана Петрова виновным в хулиганстве.", "COERCE", {"Пресненский суд Москвы"},
     {"Иван Петров"}),
    ("Ватикан признал кардинала Джона Смита виновным в нарушениях.", "ACCUSE", {"Ватикан"}, {"Джон Смит"}),
    # an arrest told again has the agent first reported, and so has the release coordinated with it
    ("Актёра Ивана Петрова задержали полицейские во время рейда в Москве. Петров сообщил, что причиной стала "
     "жалоба соседа. Он написал, что ничего плохого не делал. «Меня задержали, провели беседу и выпустили», — "
     "написал он.", "RETREAT", {"полиция"}, {"Иван Петров"}),
    # a vessel's own name is no party: its owner is
    ("Иран задержал британский танкер Stena Impero.", "COERCE", {"Иран"}, {"Великобритания"}),
    # a criminal case is against whoever did the act it is about
    ("Следственный комитет возбудил дело о нападении полицейских на журналиста Ивана Петрова.", "ACCUSE",
     {"Следственный комитет России"}, {"полиция"}),
    # ... but an affair named after an act still reports the act
    ("Министр уволил двух генералов полиции, причастных к делу об аресте журналиста Ивана Петрова.", "COERCE",
     {"полиция"}, {"Иван Петров"}),
    # a registry organisation's classifier goes with its adjectives ("пилоты Ryanair")
    ("Пилоты ирландской бюджетной авиакомпании Ryanair начали забастовку.", "PROTEST", {"пилот Ryanair"},
     {"Ryanair"}),
]


@pytest.mark.parametrize("text, type_, source, target", CODED)
def test_round13_coded(code_paragraph, text: str, type_: str, source: set[str], target: set[str]) -> None:
    found = coded(code_paragraph(text))
    assert has_event(found, type_, source, target), found


# paragraph, what must not be coded (type alone, "TYPE:name" among the actors, or "TYPE:source>target")
NOT_CODED = [
    # the court reported acquitting did not pass the earlier sentence
    ("Верховный суд Индии оправдал Ивана Петрова. Иван Петров был приговорён в 2015 году к смерти за убийство.",
     "COERCE:Верховный суд Индии>Иван Петров"),
    ("Судьи Верховного суда Индии, отменившие приговор Ивану Петрову, получили угрозы. Иван Петров был "
     "приговорён к смерти в 2015 году.", "COERCE:Верховный суд Индии>Иван Петров"),
    # an arrest told again is not an unnamed default agent's second arrest
    ("Актёра Ивана Петрова задержали полицейские во время рейда в Москве. Петров сообщил, что причиной стала "
     "жалоба соседа. Он написал, что ничего плохого не делал. «Меня задержали, провели беседу и выпустили», — "
     "написал он.", "COERCE:силовики"),
    # a class of whoever fits is no party
    ("В правительстве Канады подчеркнули, что в новый список внесены также те лица, которые публично "
     "поддерживают Ивана Петрова.", "SUPPORT"),
    ("Те депутаты, которые поддержали закон, осудили Петра Иванова.", "ACCUSE"),
    # the act a criminal case is about is its content, not a reported event of its own
    ("Следственный комитет возбудил дело о нападении полицейских на журналиста Ивана Петрова.", "ASSAULT"),
    ("Следователи возбудили дело по факту нападения ВСУ на Донецк.", "ASSAULT"),
    # ... and a case about an act with no agent named is against nobody
    ("Следственный комитет возбудил дело о нападении на журналиста Ивана Петрова.", "ACCUSE"),
    # a pipeline is no party, whether or not its name starts with a project noun
    ("Суд в Германии отклонил жалобу экологов на «Северный поток — 2».", "ACCUSE"),
    ("Глава МИД Польши Иван Петров заявил, что «Северный поток — 2» убьет Украину.", "ASSAULT"),
]


@pytest.mark.parametrize("text, what", NOT_CODED)
def test_round13_not_coded(code_paragraph, text: str, what: str) -> None:
    found = coded(code_paragraph(text))
    assert not forbidden(found, what), found


# headline, body, type, source, target: a headline's title noun is the person the body names with that title
HEADLINE_CODED = [
    ("Семья оправданной в Пакистане журналистки просит убежище в США",
     "Муж журналистки Марии Смирновой попросил убежища в США.", "RETREAT", {"суд Пакистана"},
     {"Мария Смирнова"}),
]


@pytest.mark.parametrize("title, body, type_, source, target", HEADLINE_CODED)
def test_round13_headline_coded(pipeline, title: str, body: str, type_: str, source: set[str],
                                target: set[str]) -> None:
    article = Article(id="t", source="test", title=title, published=PUBLISHED, language="ru", lead="",
                      paragraphs=[body])
    found = coded(pipeline(article))
    assert has_event(found, type_, source, target), found
