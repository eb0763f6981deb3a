"""Lines of a block that are no wrapped paragraph stand as paragraphs of their own: a headline, a
photo's caption and the lead printed one under the other (Wikinews texts, review rv28_R cause 8),
while a paragraph wrapped at a width, or broken inside a sentence, is still joined."""
from __future__ import annotations

import pytest

from khronika.extract.text import parse_text

LEAD = ("35-летняя американская теннисистка Серена Уильямс родила дочь, сообщают СМИ со ссылкой на "
        "источники в окружении спортсменки и её мужа.")
WRAPPED = ["Президент страны заявил журналистам в среду, что переговоры о новом",
           "соглашении продолжатся на следующей неделе, если стороны сумеют",
           "договориться о повестке."]

# (what, body lines of one block under a headline, paragraphs expected)
CASES = [
    ("two captions above the lead",
     ["Серена Уильямс на корте", "Алексис Оганян протестует против SOPA в Нью-Йорке в 2012 году", LEAD],
     ["Серена Уильямс на корте", "Алексис Оганян протестует против SOPA в Нью-Йорке в 2012 году", LEAD]),
    ("a caption as long as a headline above a longer lead",
     ["Император Акихито с президентом Аргентины Маурисио Макри 20 мая 2017 года", "Кронпринц Нарухито",
      LEAD + " " + LEAD],
     ["Император Акихито с президентом Аргентины Маурисио Макри 20 мая 2017 года", "Кронпринц Нарухито",
      LEAD + " " + LEAD]),
    ("guard: a paragraph wrapped at one width is one paragraph",
     WRAPPED, [" ".join(WRAPPED)]),
    ("guard: a line broken inside a sentence goes on in lower case",
     ["Об итогах конкурса будет", "известно 12 мая, сообщается на сайте организаторов конкурса, который "
      "проходит в третий раз и собрал больше заявок, чем в прошлом году."],
     ["Об итогах конкурса будет известно 12 мая, сообщается на сайте организаторов конкурса, который "
      "проходит в третий раз и собрал больше заявок, чем в прошлом году."]),
    ("guard: a ragged break after a conjunction or a comma goes on, a capital after it or not (cr29 L1)",
     ["В понедельник в Москве прошла встреча, на которой выступили", "Сергей Лавров и",
      "Антони Блинкен, обсудившие ситуацию на Украине и в Европе, а также вопросы безопасности на континенте "
      "и перспективы переговоров в Женеве."],
     ["В понедельник в Москве прошла встреча, на которой выступили Сергей Лавров и Антони Блинкен, обсудившие "
      "ситуацию на Украине и в Европе, а также вопросы безопасности на континенте и перспективы переговоров в Женеве."]),
    ("guard: lines ending in a capital letter or a semicolon stand alone (cr29b L1)",
     ["Группы чемпионата:", "Группа А", "Группа В", "Группа С"],
     ["Группы чемпионата:", "Группа А", "Группа В", "Группа С"]),
    ("guard: two short lines, the second finished, are a wrapped sentence as before",
     ["Президент сказал, что", "сделка сорвется."], ["Президент сказал, что сделка сорвется."]),
]


@pytest.mark.parametrize("what,lines,expected", CASES, ids=[c[0] for c in CASES])
def test_lines_of_one_block(what, lines, expected):
    parts = parse_text("Серена Уильямс родила дочь\n\n" + "\n".join(lines) + "\n")
    assert parts.paragraphs == expected, what
