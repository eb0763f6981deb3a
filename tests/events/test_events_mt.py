"""Whose "власти" in a roundup, and two lexicon senses that are no event (helper mt, twenty-first session;
review rv21_Q M3, L3).

Rules:
- a bare "власти" ("власти страны") is the state of the place its clause is set in ("В Австралии власти
  рекомендовали …"), else of its section's heading (a short body paragraph opening with a state's name and a
  colon or dash: "Австралия: …"), else the story's main state; when the place and the heading disagree, no state
  (the bare descriptor "власти" stays);
- "приветствовать" people (animate objects: "гостей", "участников форума", a named person) is a greeting,
  no SUPPORT; welcoming a decision stays SUPPORT;
- "исключить/исключать из" a text, a decision or a diet ("из решения", "из обвинения", "из рациона") is no
  SANCTION; an expulsion from a body stays.
Each row: paragraphs (one article, published 2020-12-18) → the (type, trigger, source names) of the events
with that trigger.  Rows marked "old" fail on the code before the round; the controls hold on both.
"""
from __future__ import annotations

import pytest

from khronika.extract.article import Article

PUBLISHED = "2020-12-18T12:00:00+03:00"
UK_LEAD = ("Премьер-министр Великобритании Борис Джонсон выразил надежду, что в Англии не придется вводить новый "
           "локдаун.")

# (paragraphs, trigger, expected [(type, source names)])
ROWS = [
    # old: a roundup section's heading names the state (rv21_Q M3, record 20)
    ([UK_LEAD, "Австралия: на северные пляжи пришел вирус",
      "Власти рекомендовали сотням тысяч жителей Сиднея не покидать дома."],
     "рекомендовали", [("REQUEST", ["Австралия"])]),
    ([UK_LEAD, "Австралия — на северные пляжи пришел вирус",
      "Власти страны рекомендовали сотням тысяч жителей Сиднея не покидать дома."],
     "рекомендовали", [("REQUEST", ["Австралия"])]),
    # old: the clause is set in another state
    ([UK_LEAD, "В Австралии власти рекомендовали сотням тысяч жителей Сиднея не покидать дома."],
     "рекомендовали", [("REQUEST", ["Австралия"])]),
    # old: the place and the heading disagree: no state, the bare descriptor stays
    ([UK_LEAD, "Австралия: на северные пляжи пришел вирус",
      "В Новой Зеландии власти рекомендовали сотням тысяч жителей Окленда не покидать дома."],
     "рекомендовали", [("REQUEST", ["власти"])]),
    # controls: no heading, or a headline that only names a state: the story's state
    ([UK_LEAD, "Власти рекомендовали жителям Лондона не покидать дома."],
     "рекомендовали", [("REQUEST", ["Великобритания"])]),
    ([UK_LEAD, "Власти Лондона ищут пути помочь Австралии",
      "Власти рекомендовали жителям Лондона не покидать дома."],
     "рекомендовали", [("REQUEST", ["Великобритания"])]),
    # old: greeting people (rv21_Q L3, record 25)
    (["Открытие фестиваля прошло у памятника Василию Шукшину. Собравшихся жителей и именитых гостей приветствовал "
      "губернатор Алтайского края Виктор Томенко."], "приветствовал", []),
    (["Приветствуя участников форума, Сергей Кириенко заявил, что развитие креативных индустрий важно."],
     "Приветствуя", []),
    # control: welcoming a decision
    (["Главный редактор RT Маргарита Симоньян приветствовала решение Киевского апелляционного суда."],
     "приветствовала", [("SUPPORT", ["Маргарита Симоньян"])]),
    # old: struck from a decision (rv21_Q L3, record 26)
    (["Военнослужащий Егор Круглов признал себя виновным по обоим эпизодам, суд тоже не стал исключать его из "
      "решения."], "исключать", []),
    (["Прокурор исключил Ивана Петрова из обвинительного заключения."], "исключил", []),
    (["Губернатор приветствовал Владимира Путина в аэропорту."], "приветствовал", []),
    # control: an expulsion from a body
    (["Президент России Владимир Путин исключил Бориса Грызлова из состава Совета Безопасности России."],
     "исключил", [("SANCTION", ["Владимир Путин"])]),
]


@pytest.mark.parametrize("paragraphs,trigger,expected", ROWS)
def test_mt21_event(pipeline, paragraphs, trigger, expected):
    article = Article(id="t", source="test", title="Новости", published=PUBLISHED, language="ru",
                      lead="", paragraphs=paragraphs)
    found = [(e.type, [a.name for a in e.source_actors]) for e in pipeline(article).events if e.trigger == trigger]
    assert found == expected
