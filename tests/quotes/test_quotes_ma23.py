"""Helper ma23 (twenty-third session) table tests: review rev23_A's findings on the speaker rounds
of helpers rr and np, made-up sentences, one row per case:
M1. a pronoun co-argument of a description's verb excludes a person only when it surely stands for
    that person: not when another person of its gender is in reach ("Министр сказал ему" after two
    men), nor when an unnamed person of its gender stands between ("одной из спортсменок … у нее");
M2. a list of names before a plural verb is read from the words, every name whole, however long;
L4. a plural noun of a kind ("издания") that refers back to the outlets just listed is they;
L5. a body named with its owner gets the one actor id the body gets elsewhere in the document;
L6. a subject coordinated with another takes no number from the verb ("Министерства и ведомства");
L7. every list of names is written "A, B и C"."""
from __future__ import annotations

import pytest

from quote_checks import speaker_of

FIRST_NAMES = ["Иван", "Сергей", "Анна", "Ольга", "Павел", "Мария", "Алексей", "Дмитрий", "Елена", "Николай"]
SURNAMES = ["Горелов", "Ветров", "Лапин", "Рыбаков", "Зуев", "Громов", "Комаров", "Титов", "Блинов", "Щукин"]


def _surname(first: str, surname: str) -> str:
    """The surname in the first name's gender ("Анна Горелова")."""
    female = first in ("Анна", "Ольга", "Мария", "Елена")
    return surname + "а" if female else surname


def _names(count: int) -> list[str]:
    """`count` different made-up full names."""
    return [f"{first} {_surname(first, surname)}"
            for surname in SURNAMES for first in FIRST_NAMES][:count]


def _list_sentence(count: int) -> str:
    return ", ".join(_names(count)) + " заявили, что поддерживают новый бюджет."


def _joined(names: list[str]) -> str:
    return ", ".join(names[:-1]) + " и " + names[-1]


# (mechanism, text, content of the quote, expected speaker name)
CASES = [
    # --- M1. a pronoun co-argument excludes only a sure antecedent
    ("an unnamed person of the pronoun's gender between: the description is still the named one",
     "Тренер Ольга Сомова провела занятие с гимнасткой. После прыжка, выполненного одной из спортсменок, "
     "наставница спрашивает у нее: «Не больно?»",
     "Не больно?", "Ольга Сомова"),
    ("two men in reach: 'ему' may be either, the description is the named one",
     "Глава Минкультуры Павел Орлов приехал в Псков. Павел Орлов встретился с мэром Игорем Лебедевым. Министр "
     "сказал ему, что гастроли состоятся.",
     "гастроли состоятся", "Павел Орлов"),
    ("an oblique pronoun with two men in reach",
     "Глава Минкультуры Павел Орлов приехал в Псков и встретился с мэром Игорем Лебедевым. Министр сказал про "
     "него, что тот помог театру.",
     "тот помог театру", "Павел Орлов"),
    # --- M2 and L7. lists of names, whole
    ("four names with commas", _list_sentence(4), "поддерживают новый бюджет", ", ".join(_names(3)) + " и "
     + _names(4)[3]),
    ("six names with commas", _list_sentence(6), "поддерживают новый бюджет", _joined(_names(6))),
    ("twelve names, the last with «и»",
     ", ".join(_names(11)) + " и " + _names(12)[11] + " заявили, что поддерживают новый бюджет.",
     "поддерживают новый бюджет", _joined(_names(12))),
    ("names apposed to a plural subject between dashes",
     "Деятели кино – Иван Горелов, Анна Ветрова, Олег Лапин – предложили, что кинотеатры надо открыть.",
     "кинотеатры надо открыть", "Иван Горелов, Анна Ветрова и Олег Лапин"),
    ("guard: a person and an organisation after a comma",
     "Мария Зуева, МИД Франции заявили, что визы выдаются.",
     "визы выдаются", "Мария Зуева"),
    # --- L4. a plural noun refers back to the outlets listed
    ("'издания' after two newspapers",
     "Об этом пишут газеты «Коммерсант» и «Ведомости». По данным изданий, сделка закрыта в пятницу.",
     "сделка закрыта в пятницу", "Коммерсантъ и Ведомости"),
    ("guard: 'компании' with no company listed before is a group",
     "Авиакомпания S7 отменила сорок рейсов. Компании считают, что аэропорт завысил сборы.",
     "аэропорт завысил сборы", "Компании"),
]


@pytest.mark.parametrize("label,text,content,expected", CASES, ids=[c[0] for c in CASES])
def test_speaker_ma23(enrich, label: str, text: str, content: str, expected: str) -> None:
    assert speaker_of(enrich(text), content, label) == expected


def test_a_hundred_names_are_kept_whole(enrich) -> None:
    names = _names(100)
    doc = enrich(_list_sentence(100))
    assert speaker_of(doc, "поддерживают новый бюджет", "a hundred names") == _joined(names)


def _speaker_actor(doc, content: str) -> str | None:
    found = [q for q in doc.quotes if q.text == content]
    assert found and found[0].speaker is not None, [q.text for q in doc.quotes]
    return found[0].speaker.actor_id


@pytest.mark.parametrize("text,content,other", [
    ("Парламент Латвии заявил, что выборы пройдут в октябре. Позже в парламенте Латвии добавили, что "
     "наблюдатели будут допущены.", "выборы пройдут в октябре", "наблюдатели будут допущены"),
])
def test_a_body_named_by_its_owner_is_one_actor(enrich, text: str, content: str, other: str) -> None:
    doc = enrich(text)
    assert _speaker_actor(doc, content) is not None
    assert _speaker_actor(doc, content) == _speaker_actor(doc, other)


def test_coordinated_plural_subject_is_no_mixed_group(enrich) -> None:
    doc = enrich("Министерство финансов России заявило о новых правилах. Министерства и ведомства ответили, "
                 "что готовы к проверке.")
    name = speaker_of(doc, "готовы к проверке", "coordinated plural")
    assert name is None or not name.startswith("Министерства и М"), name
