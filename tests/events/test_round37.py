"""Round 37 (issue 5): the party an act's clause leaves out, completed from the sentence or the story
(`khronika.events.completion`).

- A judgement whose object is another act ("осудил протесты X", "поддержал требования X") is aimed at the
  agent of that act (the act noun's own genitive or adjective agent).
- An act done through a thing ("отменил смертный приговор журналисту X", "для фермера X") is aimed at the
  thing's recipient: its dative or "для" dependent, also when the parser hangs the dative on the verb.
- A protest with no target in its clause, in a story whose nearest earlier decision is a particular court's
  ("Верховный суд X оправдал …"), is aimed at that court, however many sentences back.
- Not when nothing links the act to a party: an act noun with no agent, an act the supporter sides
  against ("поддержал отставку X"), a thing that is no act and has no recipient, a protest whose nearest
  decision is not a court's or is a court named only by its kind ("Суд оправдал …"), a protest the clause
  says is against something else ("протесты против закона").
- A completed event carries the lower confidence `COMPLETION_PENALTY`.

Sentences written for the tests, not taken from any gold or read document."""
from __future__ import annotations

import pytest

from event_checks import coded, forbidden, has_event

# paragraph, type, source, target: the event is coded with these names among its actors
CODED = [
    # the agent of the act judged
    ("Президент Бразилии Жаир Болсонару резко осудил протесты анархистов.", "ACCUSE", {"Жаир Болсонару"},
     {"анархист"}),
    ("Министр Игорь Петров поддержал требования шахтёров Кузбасса.", "SUPPORT", {"Игорь Петров"},
     {"шахтер Кузбасса"}),
    # (the name as written since mC27: "Джорджа" in apposition to a nominative post is a nominative)
    ("Премьер Италии Джорджа Мелони осудила забастовку докеров Генуи.", "ACCUSE", {"Джорджа Мелони"},
     {"докер Генуи"}),
    # the recipient of the thing
    ("Адвокат Иван Петров прибыл в Каир. Адвокат Петров встретился с послом. Египетский суд отменил смертный "
     "приговор журналисту Ахмеду Салиму.", "RETREAT", {"суд Египта"}, {"Ахмед Салим"}),
    ("Верховный суд Индии отменил смертный приговор для фермера Раджа Кумара.", "RETREAT", {"Верховный суд Индии"},
     {"Радж Кумар"}),
    # the court of the story's decision
    ("Верховный суд Пакистана оправдал Асию Биби. Адвокат Биби уехал в Европу. Его семья тоже уехала. Исламисты "
     "устроили массовые протесты.", "PROTEST", {"исламист"}, {"Верховный суд Пакистана"}),
]

# paragraph, what must not be coded ("TYPE", "TYPE:name" or "TYPE:source>target")
NOT_CODED = [
    # the act noun names no agent: no one to aim the judgement at
    ("Президент Бразилии Жаир Болсонару резко осудил протесты.", "ACCUSE"),
    # the supporter sides against the one who leaves
    ("Министр Игорь Петров поддержал отставку губернатора Ивана Сидорова.", "SUPPORT:Игорь Петров>Иван Сидоров"),
    # a thing, not an act, and no recipient
    ("Президент Бразилии Жаир Болсонару осудил закон.", "ACCUSE"),
    ("Мосгорсуд отменил приговор по делу о краже.", "RETREAT"),
    ("Верховный суд Египта отменил смертный приговор, вынесенный в 2015 году.", "RETREAT"),
    # the nearest decision is not a court's
    ("Полиция задержала активиста Ивана Петрова. Его семья уехала в Европу. Студенты устроили массовые протесты.",
     "PROTEST"),
    # a court named only by its kind
    ("Суд оправдал журналиста Ивана Петрова. Его семья уехала в Европу. Студенты устроили массовые протесты.",
     "PROTEST"),
    # the clause says what the protest is against
    ("Верховный суд Пакистана оправдал Асию Биби. Его семья уехала в Европу. Исламисты вышли на протесты против "
     "закона о богохульстве.", "PROTEST:исламист>Верховный суд Пакистана"),
]


@pytest.mark.parametrize("text, type_, source, target", CODED)
def test_round37_coded(code_paragraph, text: str, type_: str, source: set[str], target: set[str]) -> None:
    found = coded(code_paragraph(text))
    assert has_event(found, type_, source, target), found


@pytest.mark.parametrize("text, what", NOT_CODED)
def test_round37_not_coded(code_paragraph, text: str, what: str) -> None:
    found = coded(code_paragraph(text))
    assert not forbidden(found, what), found


def test_round37_completed_confidence(code_paragraph, monkeypatch) -> None:
    """A completed target lowers the coder's hand-set confidence by the named penalty (the value users get when
    the fitted confidence model is absent; with the model, `calibrate` replaces it)."""
    from khronika.events import component
    from khronika.events.completion import COMPLETION_PENALTY

    monkeypatch.setattr(component, "calibrate", lambda doc, model: None)

    doc = code_paragraph("Президент Бразилии Жаир Болсонару резко осудил протесты анархистов.")
    event = next(e for e in doc.events if e.type == "ACCUSE")
    full = code_paragraph("Президент Бразилии Жаир Болсонару резко осудил анархистов.")
    plain = next(e for e in full.events if e.type == "ACCUSE")
    assert event.confidence == pytest.approx(plain.confidence - COMPLETION_PENALTY)
