"""mM33 (thirty-third session) table tests: a later "супруга X" whose owner reads as the owner of the relation the
text introduced by name ("Супруга игрока … Павла Мамаева Алана") - or as that holder herself, whom the actor
layer's misread "Мамаева" made the salient masculine person - is the named holder, not "супруга Аланы Мамаевой".
A woman whose written surname is the owner's with the feminine ending is a woman whatever the skewed salience
genders say.  First case: the unread text runormas 956109, shortened."""
from __future__ import annotations

import pytest

from quote_checks import speaker_of

MAMAEVA = ('Супруга игрока ФК «Краснодар» Павла Мамаева Алана рассказала о том, почему футболисты стали так себя '
           'вести. «Они немножко расслабились», – рассказала Мамаева в интервью. При этом Мамаева уверена, что ее '
           'супруга необходимо отпустить. ')
# (mechanism, text, content of the quote, expected speaker name)
CASES = [
    ("the unread text's '– заявила супруга футболиста'",
     MAMAEVA + '«Максимум, домашний арест», – заявила супруга футболиста. На прошлой неделе Алана Мамаева '
     'обвинила супруга в изменах.',
     'Максимум, домашний арест', 'Алана Мамаева'),
    ("made up: 'жена хоккеиста' after 'Жена нападающего … Ивана Ильина Ирина'",
     'Жена нападающего «Динамо» Ивана Ильина Ирина рассказала о переезде. «Мы уедем», – сказала Ильина. '
     '«Решение принято», – заявила жена хоккеиста. Ирина Ильина добавила, что дети останутся в Москве.',
     'Решение принято', 'Ирина Ильина'),
    ("made up: the holder's name parsed as a subject of its own ('Жена хоккеиста … Олега Смирнова Анна')",
     'Жена хоккеиста «Динамо» Олега Смирнова Анна рассказала о разводе. «Мы расстались», – сказала Смирнова. '
     '«Решение принято», – заявила жена спортсмена. Анна Смирнова добавила, что дети останутся с ней.',
     'Решение принято', 'Анна Смирнова'),
    ("guard: the wife of another man than the introduction's owner",
     'Жена хоккеиста «Динамо» Олега Смирнова Анна рассказала о разводе. Тренер команды Петр Иванов поддержал '
     'игрока. «Мы будем скучать», – заявила жена тренера.',
     'Мы будем скучать', 'жена Петра Иванова'),
]


@pytest.mark.parametrize("label,text,content,expected", CASES, ids=[c[0] for c in CASES])
def test_mM33_introduced_relation_holder(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label



# (mechanism, text, content of the quote, expected speaker name)
PRONOUN_CASES = [
    ("the unread text's 'Она добавила' after the misread '– рассказала Мамаева'",
     MAMAEVA + 'Она добавила, что деньги обеспечивают спортсменам безнаказанность. На прошлой неделе Алана Мамаева '
     'обвинила супруга в изменах.',
     'деньги обеспечивают спортсменам безнаказанность', 'Алана Мамаева'),
]


@pytest.mark.parametrize("label,text,content,expected", PRONOUN_CASES, ids=[c[0] for c in PRONOUN_CASES])
def test_mM33_feminine_pronoun_not_the_namesake_man(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label
