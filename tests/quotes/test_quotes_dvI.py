"""Helper dvI (twenty-eighth session) table tests for the rules made after the blind quotes-dev10 score
(slots 1-12):
- evaluating verbs with a small clause ("считать X Y"): (a passive participle in the instrumental read as
  a predicate like an adjective was taken out by the lead: two new quotes on a held-out set, neither
  right, counts only); an active participle the
  tagger read as a finite verb ("Украина, считающая …") evaluates for the noun it hangs on; a predicate
  put before the object ("счел провокацией письма США", "считает главной угрозой терроризм") is read
  with the object after it (text = the part after the verb, the naming convention); infinitives, a
  plain object and an instrumental noun of means stay no quote;
- "Газета Handelsblatt со ссылкой на источники уточняет, что …": a "со ссылкой на" between the subject
  and its verb names the speaker, wherever the parse hung it;
- "Газета сообщила, что, по мнению немецких политиков, …": an according-to frame opening the reported
  clause names whose words they are (double attribution; the reporter is the source); a possessive
  "по его словам" and a frame inside the clause leave the reporter as the speaker.
Made-up sentences; guards keep the old answers where the rules must not fire."""
from __future__ import annotations

import pytest

from quote_checks import assert_no_quote_with, speaker_of

# (mechanism, text, content of the quote, expected speaker name; None = unknown)
EVALUATIONS = [
    ("an active participle read as a finite verb",
     "Кредит\n\nУкраина, считающая этот кредит несправедливым, решила не возвращать его.",
     "этот кредит несправедливым", "Украина"),
    ("a predicate before an object the parse hung on it",
     "Письма\n\nМИД Германии счел провокацией письма США о санкциях.",
     "провокацией письма США о санкциях", "МИД Германии"),
    ("a predicate before the verb's object",
     "Угрозы\n\nМинистр обороны Иван Сидоренко считает главной угрозой международный терроризм.",
     "главной угрозой международный терроризм", "Иван Сидоренко"),
    ("guard: a group characterised by an evaluating participle inside another's words keeps the frame's quote",
     "Концерт\n\nПо словам певца Ивана Сидоренко, есть поклонницы, считающие Сидоренко богом.",
     "есть поклонницы, считающие Сидоренко богом", "Иван Сидоренко"),
]

# (mechanism, text, words no quote may contain)
NO_EVALUATION = [
    ("guard: an adjective with an infinitive",
     "Реформа\n\nМинистр Иван Сидоренко считает необходимым провести реформу.", "необходимым"),
    ("guard: counting",
     "Выборы\n\nКомиссия считает голоса избирателей.", "голоса"),
    ("guard: an instrumental with a preposition before the object",
     "Выборы\n\nИван Сидоренко считал вместе с коллегами голоса избирателей.", "голоса"),
    ("an evaluation still to come (a perfective future) is no quote",
     "Данные\n\nКомпании обязаны открыть данные полиции, когда сотрудники сочтут это необходимым.", "необходимым"),
    ("guard: a duty with an infinitive",
     "Помощь\n\nПремьер-министр Иван Сидоренко считает своим долгом помочь пострадавшим.", "долгом"),
]


@pytest.mark.parametrize("label,text,content,expected", EVALUATIONS, ids=[c[0] for c in EVALUATIONS])
def test_evaluations_dvi(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


@pytest.mark.parametrize("label,text,absent", NO_EVALUATION, ids=[c[0] for c in NO_EVALUATION])
def test_no_evaluation_dvi(enrich, label, text, absent):
    assert_no_quote_with(enrich(text), absent, label)


# (mechanism, text, content of the quote, expected speaker name; None = unknown)
REFERENCES = [
    ("an unnamed source between the subject and its verb, hung on the content's verb",
     "Письма\n\nГазета Financial Times со ссылкой на источники уточняет, что представители компаний сами "
     "обратились в министерство за советом.",
     "представители компаний сами обратились в министерство за советом", None),
    ("guard: a source hung on the report's verb, as before",
     "Бюджет\n\nАгентство Reuters со ссылкой на министра финансов Ивана Сидоренко сообщило, что бюджет "
     "будет исполнен.",
     "бюджет будет исполнен", "Иван Сидоренко"),
    ("guard: a reference inside the content is the content's",
     "Письма\n\nГазета Handelsblatt уточняет, что представители организаций обратились в ведомство со "
     "ссылкой на закон.",
     "представители организаций обратились в ведомство со ссылкой на закон", "Handelsblatt"),
]


@pytest.mark.parametrize("label,text,content,expected", REFERENCES, ids=[c[0] for c in REFERENCES])
def test_references_dvi(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


# (mechanism, text, content of the quote, expected speaker name)
OPENING_FRAMES = [
    ("an opinion frame opening the reported clause",
     "Посол\n\nГазета сообщила, что, по мнению немецких политиков, такое поведение посла неприемлемо.",
     "такое поведение посла неприемлемо", "немецкие политики"),
    ("a data frame opening the reported clause",
     "Авария\n\nАгентство сообщает, что, по данным полиции, в аварии погибли три человека.",
     "в аварии погибли три человека", "полиция"),
    ("guard: a possessive frame is the reporter's own",
     "Посол\n\nМинистр Иван Сидоренко сообщил, что, по его словам, такое поведение посла неприемлемо.",
     "по его словам, такое поведение посла неприемлемо", "Иван Сидоренко"),
    ("guard: a frame inside the clause",
     "Посол\n\nМинистр Иван Сидоренко заявил, что такое поведение посла, по его мнению, неприемлемо.",
     "такое поведение посла, по его мнению, неприемлемо", "Иван Сидоренко"),
]


@pytest.mark.parametrize("label,text,content,expected", OPENING_FRAMES, ids=[c[0] for c in OPENING_FRAMES])
def test_opening_frames_dvi(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label
