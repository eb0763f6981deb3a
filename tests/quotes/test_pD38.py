"""Helper pD38 (thirty-eighth session) table tests: a person description resolved to the person the text names
near it (review rv37_Q, cause C1 (b)): a bare noun of sex and age ("девушка", "женщина") the rules linked to no one
is the one person of that sex named or quoted in the few sentences before, sentences of quoted words and
dash-opened speech not counted (`description_speakers._sole_person_of_sex`).  Guards: a second person of the sex
in view, an unnamed person of the sex brought in as a subject (the gold keeps the description).  Made-up
sentences."""
from __future__ import annotations

import pytest

from quote_checks import speaker_of

# (mechanism, title, text, content of the quote, expected speaker name)
CASES = [
    ("a bare 'девушка' after dash-opened speech is the one woman named before it",
     'Прививка',
     'Своими впечатлениями после вакцинации поделилась уфимская художница Анна Сидорова.'
     '\n\n- На работе предложили сделать прививку. Откликнулись всего два человека. На следующий день мне '
     'сделали укол. Вечером у меня поднялась температура. Болела голова. Утром я проснулась бодрой.\n\nКак '
     'признается девушка, на второй день температура уже не поднималась.',
     'на второй день температура уже не поднималась', 'Анна Сидорова'),
    ("guard: an unnamed woman brought in as a subject may be the one who speaks",
     'Прививка',
     'Своими впечатлениями после вакцинации поделилась уфимская художница Анна Сидорова. Ее соседка тоже '
     'привилась.'
     '\n\n- На работе предложили сделать прививку. Откликнулись всего два человека. На следующий день мне '
     'сделали укол. Вечером у меня поднялась температура. Болела голова. Утром я проснулась бодрой.\n\nКак '
     'признается девушка, на второй день температура уже не поднималась.',
     'на второй день температура уже не поднималась', 'девушка'),
    ("guard: two women named in view",
     'Прививка',
     'Своими впечатлениями после вакцинации поделились художница Анна Сидорова и учительница Мария Петрова.'
     '\n\n- На работе предложили сделать прививку. Откликнулись всего два человека. На следующий день мне '
     'сделали укол. Вечером у меня поднялась температура. Болела голова. Утром я проснулась бодрой.\n\nКак '
     'признается девушка, на второй день температура уже не поднималась.',
     'на второй день температура уже не поднималась', 'девушка'),

]


@pytest.mark.parametrize("label,title,text,content,expected", CASES, ids=[c[0] for c in CASES])
def test_pD38_person_named_near_description(enrich, label, title, text, content, expected):
    assert speaker_of(enrich(text, title=title), content, label) == expected, label
