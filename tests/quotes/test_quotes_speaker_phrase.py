"""The whole speaker phrase (twenty-third session, helper np), made-up sentences: the speaker's
name was a part of the phrase a reader would name -
1. a body owned by a place NER named alone: "палата представителей конгресса США" (not "США"),
   "Парламент Грузии" (not "Грузия"), "Сенат штата Нью-Йорк" (not "Сенат"); a document's owner stays
   the owner ("В предложении Румынии");
2. a list of names without a conjunction before a plural verb is one speaker (written "A, B и C", as
   every list is since review rev23_A L7);
3. names coordinated with the name apposed to a plural subject speak together ("Пара ученых
   Петер Ааби и Кристина Стабелл Бенн утверждают"), and are who "их" stands for after them;
4. a role with a named role apposed as a second subject of the verb ("сообщил наблюдатель от
   ОБСЕ португальский парламентарий Хуан Суареш"): the name.
Guards: people of a place, a person's post, an affiliation after a comma, a name with "его коллеги"."""
from __future__ import annotations

import pytest

from quote_checks import speaker_of

# (mechanism, text, content of the quote, expected speaker name)
CASES = [
    # --- 1. a body owned by a place
    ("lower-case body, author of the document introduced before",
     "В середине декабря палата представителей конгресса США приняла резолюцию. В документе газопровод "
     "называют «радикальным шагом назад».",
     "радикальным шагом назад", "палата представителей конгресса США"),
    ("sentence-initial body tagged a proper noun",
     "Парламент Грузии заявил, что выборы пройдут в срок.",
     "выборы пройдут в срок", "Парламент Грузии"),
    ("a class noun NER took for the whole name, with the place owning it",
     "Сенат штата Нью-Йорк заявил, что закон принят.",
     "закон принят", "Сенат штата Нью-Йорк"),
    ("guard: a body NER named with its place",
     "В заявлении Сената США говорится, что санкции будут продлены.",
     "санкции будут продлены", "Сенат США"),
    ("guard: a document's owner is the speaker",
     "Румыния внесла предложение о газопроводах. В предложении Румынии сообщается, что европейская "
     "комиссия должна дать согласие на такой договор.",
     "европейская комиссия должна дать согласие на такой договор", "Румыния"),
    ("guard: the people of a place",
     "Жители Австралии считают, что налоги слишком высоки.",
     "налоги слишком высоки", "Жители Австралии"),
    ("guard: a person's post with the place",
     "Президент Грузии заявил, что выборы пройдут в срок.",
     "выборы пройдут в срок", "Президент Грузии"),
    # --- 2. a list of names without a conjunction
    ("names listed with commas before a plural verb (written as any list: review rev23_A L7)",
     "Валерий Сюткин, Сергей Шнуров, Константин Меладзе заявили, что концерт состоится.",
     "концерт состоится", "Валерий Сюткин, Сергей Шнуров и Константин Меладзе"),
    ("names coordinated with «и» (as before)",
     "Иван Петров и Мария Сидорова заявили, что выборы прошли спокойно.",
     "выборы прошли спокойно", "Иван Петров и Мария Сидорова"),
    ("guard: an apposition after a comma before a singular verb",
     "Валерий Сюткин, солист группы «Браво», заявил, что концерт состоится.",
     "концерт состоится", "Валерий Сюткин"),
    # --- 3. names coordinated with the apposed name
    ("a plural subject's apposed names",
     "Пара ученых Петер Ааби и Кристина Стабелл Бенн утверждают, что вакцина снижает смертность.",
     "вакцина снижает смертность", "Петер Ааби и Кристина Стабелл Бенн"),
    ("guard: a name and unnamed colleagues",
     "Пара ученых Петер Ааби и его коллеги утверждают, что вакцина снижает смертность.",
     "вакцина снижает смертность", "Петер Ааби"),
    ("'их' after such a group",
     "Об этом сообщила пара ученых Петер Ааби и Кристина Стабелл Бенн. По их словам, вакцина снижает смертность.",
     "вакцина снижает смертность", "Петер Ааби и Кристина Стабелл Бенн"),
    # --- 4. a named role apposed as a second subject
    ("after the verb: a role, its complement, a named role",
     "«Выборы прошли спокойно», — сообщил наблюдатель от ОБСЕ португальский парламентарий Хуан Суареш.",
     "Выборы прошли спокойно", "Хуан Суареш"),
    ("before the verb (as before)",
     "Наблюдатель от ОБСЕ португальский парламентарий Хуан Суареш сообщил, что выборы прошли спокойно.",
     "выборы прошли спокойно", "Хуан Суареш"),
]


@pytest.mark.parametrize("label,text,content,expected", CASES, ids=[c[0] for c in CASES])
def test_speaker_phrase(enrich, label: str, text: str, content: str, expected: str) -> None:
    assert speaker_of(enrich(text), content, label) == expected
