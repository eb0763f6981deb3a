"""Round 17 (issue 5): recall and naming on unread text.  A duty laid on someone by a speaker ("X должна освободить
…, заявил Y") is Y's demand on X; calling someone's texts a lie accuses their author; a resignation "в знак протеста
против" a policy rejects its author; sending or returning someone under arrest is an arrest (by the court when no
one is named); a group spelled out after a colon is the people listed; an official's arrival in a state is a visit;
money a body allots to a state is aid; a bare status noun ("политик") may stand for the story's protagonist; a
hedged act still to come is a forecast; a disease is no actor; a singular verb takes no coordination after it as its
subject; "японского МИДа" is "МИД Японии".  Sentences written for the tests, not taken from any gold or read document."""
from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from event_checks import coded, forbidden, has_event
from khronika.events.paths import swapped_core


# paragraph, type, source, target: coded with these actors (each set must be among the event's names)
CODED = [
    # a duty laid by a speaker is the speaker's demand on the one obliged
    ("Швеция должна немедленно освободить всех задержанных журналистов, заявил министр Иван Сидоров.",
     "REQUEST", {"Иван Сидоров"}, {"Швеция"}),
    ("«Турция должна прекратить преследование оппозиции», — заявил Госдепартамент США.",
     "REQUEST", {"Госдепартамент США"}, {"Турция"}),
    # calling someone's texts a lie accuses their author (quoted or not; the quote may hang on the object)
    ("Представитель МИД Ирина Петрова назвала статьи газеты The Guardian «грубой ложью».",
     "ACCUSE", {"Ирина Петрова"}, {"The Guardian"}),
    ("Ирина Петрова назвала статью Ивана Сидорова «грубой ложью».", "ACCUSE", {"Ирина Петрова"}, {"Иван Сидоров"}),
    ("Министр Иван Сидоров назвал ложью заявления Петра Иванова.", "ACCUSE", {"Иван Сидоров"}, {"Пётр Иванов"}),
    # a resignation in protest against someone's policy rejects them
    ("Депутат Петр Иванов ушел в отставку в знак протеста против политики премьер-министра Ивана Сидорова.",
     "REJECT", {"Пётр Иванов"}, {"Иван Сидоров"}),
    # returned or sent under arrest: an arrest (the object may hang on "арест")
    ("Власти Египта вернули оппозиционера Петра Иванова под арест.", "COERCE", {"Египет"}, {"Пётр Иванов"}),
    ("Суд отправил под домашний арест заместителя главы района Ивана Петрова.", "COERCE", {"суд"}, {"Иван Петров"}),
    # a group spelled out after a colon is the people listed
    ("Суд вынес приговоры другим участникам акции: Петру Иванову, Ивану Сидорову и Олегу Смирнову.",
     "COERCE", {"суд"}, {"Пётр Иванов", "Иван Сидоров", "Олег Смирнов"}),
    # an official named with a title arriving in a state (or its capital) visits it
    ("Сенатор Джон Смит прибыл во вторник в Египет.", "CONSULT", {"Джон Смит"}, {"Египет"}),
    ("Госсекретарь США Иван Петров прибыл в Москву.", "CONSULT", {"Иван Петров"}, {"Россия"}),
    # money allotted to a state named as such is aid
    ("Всемирный банк выделит Египту 150 млн долларов.", "AID", {"Всемирный банк"}, {"Египет"}),
    # a bare status noun as a subject stands for the story's protagonist
    ("Власти Египта освободили оппозиционера Петра Иванова. Петр Иванов провел в тюрьме пять лет. Иванов "
     "поблагодарил сторонников. Политик был арестован полицией в 2015 году.", "COERCE", {"полиция"}, {"Пётр Иванов"}),
    # the same noun as an object, when the text has called the protagonist so
    ("Полиция задержала журналистку Анну Петрову. Анна Петрова провела ночь в отделе. Петрову обвинили в "
     "экстремизме. Министр Иван Сидоров назвал журналистку «провокатором».", "ACCUSE", {"Иван Сидоров"},
     {"Анна Петрова"}),
    # a hedged act already done is a claim about a fact, not a forecast
    ("Министр Иван Сидоров, вероятно, был убит боевиками.", "ASSAULT", {"боевик"}, {"Иван Сидоров"}),
    # a state body named by its abbreviation and a nationality adjective
    ("Накануне визита главы японского МИДа в Москву премьер заявил о споре.", "CONSULT", {"МИД Японии"}, {"Россия"}),
]


@pytest.mark.parametrize("text, type_, source, target", CODED)
def test_round17_coded(code_paragraph, text: str, type_: str, source: set[str], target: set[str]) -> None:
    found = coded(code_paragraph(text))
    assert has_event(found, type_, source, target), found


# paragraph, what must not be coded (type alone, "TYPE:name" among the actors, or "TYPE:source>target")
NOT_CODED = [
    # a duty told by no one is a plan, not a demand; nor is a speaker's duty of their own side
    ("Министр Иван Сидоров должен прибыть в Германию в среду.", "REQUEST"),
    ("Иван Сидоров заявил: «Мы должны освободить заложников».", "REQUEST"),
    # the duty's own act is not coded as done
    ("Швеция должна немедленно освободить всех задержанных журналистов, заявил министр Иван Сидоров.", "RETREAT"),
    # a state of health called so accuses no one
    ("Ирина Петрова назвала состояние Ивана Сидорова «тяжелым».", "ACCUSE"),
    # arrivals that are no visits: a title alone, no title, a town at home, a group
    ("Президент Франции прибыл в Вашингтон.", "CONSULT"),
    ("Футболист Олег Сидоров прибыл в Испанию.", "CONSULT"),
    ("Губернатор Олег Сидоров прибыл в Пятигорск.", "CONSULT"),
    ("Туристы прибыли в Турцию.", "CONSULT"),
    # money to a capital standing for the state at home is a budget
    ("Минфин выделил Москве 10 млрд рублей.", "AID"),
    # hedged acts still to come are forecasts
    ("Власти, скорее всего, окажут материальную помощь пенсионерам.", "AID"),
    ("Возможно, Евросоюз продлит санкции против России.", "SANCTION"),
    # a disease is no actor
    ("Эксперты не понимают, почему коронавирус не убил больше жителей Италии.", "ASSAULT"),
    # a bare status noun as an object brings in someone new unless the protagonist was called so
    ("Власти Египта освободили оппозиционера Петра Иванова. Петр Иванов провел в тюрьме пять лет. Иванов "
     "поблагодарил сторонников. Полиция задержала журналиста.", "COERCE:Пётр Иванов"),
    # the abbreviation keeps its capitals ("МИД Японии", not "мид Японии")
    ("Накануне визита главы японского МИДа в Москву премьер заявил о споре.", "CONSULT:мид Японии"),
    # a feminine status noun is not a male protagonist
    ("Суд оправдал Петра Иванова. Петр Иванов вышел на свободу. Иванов поблагодарил адвокатов. Журналистка была "
     "задержана полицией.", "COERCE:Пётр Иванов"),
]


@pytest.mark.parametrize("text, what", NOT_CODED)
def test_round17_not_coded(code_paragraph, text: str, what: str) -> None:
    found = coded(code_paragraph(text))
    assert not forbidden(found, what), found


@dataclass
class _Token:
    pos: str
    rel: str
    feats: dict[str, str] = field(default_factory=dict)


class _Tree:
    """The few tree reads `swapped_core` makes, over hand-built tokens and heads."""

    def __init__(self, tokens: list[_Token], heads: list[int]) -> None:
        self.tokens, self.heads = tokens, heads

    def tok(self, i: int) -> _Token:
        return self.tokens[i]

    def kids(self, i: int, *rels: str) -> list[int]:
        return [c for c, h in enumerate(self.heads) if h == i and (not rels or self.tokens[c].rel in rels)]

    def is_passive(self, i: int) -> bool:
        return self.tokens[i].feats.get("Voice") == "Pass"

    def case(self, i: int) -> str | None:
        return self.tokens[i].feats.get("Case")


VERB_SING = {"Number": "Sing", "VerbForm": "Fin", "Gender": "Fem", "Tense": "Past"}
VERB_PLUR = {"Number": "Plur", "VerbForm": "Fin", "Tense": "Past"}

# tokens (pos, rel, feats) and heads of the verb's clause; the expected (subject, object) or None
SWAPS = [
    # «<Org>» исключила <A> и <B>: the parser's object before the verb is the subject, its coordination the object
    ([_Token("NOUN", "obj", {"Case": "Acc"}), _Token("VERB", "root", VERB_SING), _Token("PROPN", "nsubj", {"Case": "Nom"}),
      _Token("CCONJ", "cc"), _Token("PROPN", "conj", {"Case": "Nom"})], [1, -1, 1, 4, 2], (0, 2)),
    # a plural verb may take the coordination
    ([_Token("NOUN", "obj", {"Case": "Acc"}), _Token("VERB", "root", VERB_PLUR), _Token("PROPN", "nsubj", {"Case": "Nom"}),
      _Token("CCONJ", "cc"), _Token("PROPN", "conj", {"Case": "Nom"})], [1, -1, 1, 4, 2], None),
    # a single subject after the verb is left alone
    ([_Token("NOUN", "obj", {"Case": "Acc"}), _Token("VERB", "root", VERB_SING), _Token("PROPN", "nsubj", {"Case": "Nom"})],
     [1, -1, 1], None),
    # no object before the verb: nothing to swap with
    ([_Token("VERB", "root", VERB_SING), _Token("PROPN", "nsubj", {"Case": "Nom"}), _Token("CCONJ", "cc"),
      _Token("PROPN", "conj", {"Case": "Nom"})], [-1, 0, 3, 1], None),
]


@pytest.mark.parametrize("tokens, heads, expected", SWAPS)
def test_round17_swapped_core(tokens: list[_Token], heads: list[int], expected: tuple[int, int] | None) -> None:
    verb = next(i for i, t in enumerate(tokens) if t.pos == "VERB")
    assert swapped_core(_Tree(tokens, heads), verb) == expected
