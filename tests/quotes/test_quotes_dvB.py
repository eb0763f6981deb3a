"""Helper dvB (twenty-fifth session) table tests, made-up sentences: interview answers.
In a question-and-answer article the interviewer's questions and the interviewee's answers are
dash-opened paragraphs; an unframed answer paragraph is the interviewee's direct speech, whose
speaker is the one person the lead names (none when it names several).
Guards: an explainer in the outlet's own voice, a lead naming a person but announcing no
interview, a single question (a quoted exchange in a report), a question with a remark after
its "?", a dialogue line with an author's remark, a dialogue inside a quoted anecdote, an
answer with a frame of its own."""
from __future__ import annotations

import pytest

from quote_checks import assert_no_quote_with, speaker_of

LEAD_ONE = ("Мы поговорили с вирусологом Павлом Орловым о том, когда появится вакцина.")
QUESTION_1 = "- Когда появится вакцина?"
ANSWER_1 = "- Вакцина появится не раньше осени. Испытания идут по плану, и мы довольны результатами."
QUESTION_2 = "- Нужно ли прививаться тем, кто уже переболел?"
ANSWER_2 = "- Переболевшим прививка тоже полезна. Иммунитет после болезни со временем слабеет."

# (mechanism, paragraphs, content of the answer quote, expected speaker)
ANSWERS = [
    ("an answer of an interview whose lead names one person",
     [LEAD_ONE, QUESTION_1, ANSWER_1, QUESTION_2, ANSWER_2],
     "Вакцина появится не раньше осени. Испытания идут по плану, и мы довольны результатами",
     "Павел Орлов"),
    ("the second answer too",
     [LEAD_ONE, QUESTION_1, ANSWER_1, QUESTION_2, ANSWER_2],
     "Переболевшим прививка тоже полезна. Иммунитет после болезни со временем слабеет",
     "Павел Орлов"),
    ("a lead naming two people leaves the answer's speaker open",
     ["Вирусолог Петр Иванов и эпидемиолог Анна Смирнова ответили на вопросы читателей.",
      QUESTION_1, ANSWER_1, QUESTION_2, ANSWER_2],
     "Вакцина появится не раньше осени. Испытания идут по плану, и мы довольны результатами",
     None),
    ("guard: an answer with its own frame keeps the frame's speaker",
     [LEAD_ONE, QUESTION_1, ANSWER_1, QUESTION_2,
      "- Переболевшим прививка тоже полезна, - поясняет Сергей Петров. - Иммунитет со временем слабеет.",
      "- А детям?", "- Детям пока рано. Испытаний на детях еще не было."],
     "Переболевшим прививка тоже полезна", "Сергей Петров"),
]


@pytest.mark.parametrize("label, paragraphs, content, expected", ANSWERS, ids=[c[0] for c in ANSWERS])
def test_interview_answer(enrich, label, paragraphs, content, expected):
    assert speaker_of(enrich("\n\n".join(paragraphs)), content, label) == expected


# (mechanism, paragraphs, words that no quote may contain)
NOT_ANSWERS = [
    ("guard: a question-and-answer explainer in the outlet's own voice",
     ["С понедельника в городе вводятся новые правила парковки.", "- Где можно оставить машину?",
      "- На любой парковке с зелеными знаками, кроме дворов и тротуаров вдоль главных улиц.",
      "- Сколько стоит час парковки?", "- Час стоит сто рублей, а ночью парковка бесплатная для всех."],
     "зелеными знаками"),
    ("guard: a lead that names a person but announces no interview",
     ["Президент Владимир Путин подписал указ о новых выплатах семьям.", "- Кому положена выплата?",
      "- Выплата положена семьям с детьми до семи лет, если доход ниже прожиточного минимума.",
      "- Когда придут деньги?", "- Деньги придут в течение месяца после подачи заявления на портале."],
     "прожиточного минимума"),
    ("guard: a single dash question is no interview",
     ["Журналисты спросили мэра о ремонте моста.", "- Когда откроют мост?",
      "- Мост откроют весной, работы почти закончены и осталось только покрыть дорогу асфальтом."],
     "Мост откроют весной"),
    ("guard: a question with a remark after its question mark",
     [LEAD_ONE, QUESTION_1, ANSWER_1,
      "- В Германии мало биотехнологических фирм. Считаете ли вы, что кризис даст толчок? "
      "Я имею в виду и науку.", ANSWER_2],
     "Считаете ли вы"),
    ("guard: dialogue lines with an author's remark",
     ["Премьер-министр приехал к королеве.", "- Ваше величество, вы меня ждали? Я приехал по делу?",
      "- Ваше величество! – почтительно склонился премьер-министр, – Я должен сдержать обещание.",
      "- Какое еще обещание? Какое дело?",
      "- Все дело в канаве, – поспешно начал премьер-министр, – Ее нет, и я не знаю, где ее выкопать."],
     "сдержать обещание"),
    ("guard: a dialogue inside a quoted anecdote",
     ["Блогер вспомнил анекдот:", "«Шпион зашел во двор и попросил у бабки воды.",
      "- А ты, милок, не шпион ли будешь?", "- С чего ты взяла, бабка?",
      "- Да мы в наших краях таких отродясь не видали.", "- А кого видали?",
      "- Только своих соседей и почтальона видали мы тут»."],
     "отродясь не видали"),
]


@pytest.mark.parametrize("label, paragraphs, absent", NOT_ANSWERS, ids=[c[0] for c in NOT_ANSWERS])
def test_not_an_answer(enrich, label, paragraphs, absent):
    assert_no_quote_with(enrich("\n\n".join(paragraphs)), absent, label)
