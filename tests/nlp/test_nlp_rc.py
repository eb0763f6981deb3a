"""Helper rc (twentieth session, review rev20_A L3): a sentence-initial word coordinated with a name
of its own type is that kind of name, not a common word with a capital.

L3  "Заречный и Лесной получат новые школы" lost the town Заречный: the initial-word rule
    (`nlp/initial_words.py`) dropped it as an adjective the dictionary does not read as a place.
    A conjunct (UD `conj`, either way round) of another span of the same type keeps it.
"""
from __future__ import annotations

import pytest

from tests.nlp.conftest import article

# (text, word as written, type): the word stays an entity of that type
KEPT = [
    ("Заречный и Лесной получат новые школы.", "Заречный", "LOC"),                  # L3: was dropped
    ("Жители пришли. Заречный и Лесной получат новые школы.", "Заречный", "LOC"),    # L3
    ("Заречный, Лесной и Новоуральск получат новые школы.", "Заречный", "LOC"),      # L3
    ("Лесной и Заречный получат новые школы.", "Заречный", "LOC"),                   # guard: not initial
    ("Лесной и Заречный получат новые школы.", "Лесной", "LOC"),                     # guard: a place in the dictionary
    ("Мирный и Удачный остались без света.", "Мирный", "LOC"),                       # guard
]
# (text, word as written): the word is no entity (a common word opening a sentence)
DROPPED = [
    ("Скорая и полиция прибыли на место.", "Скорая"),                                # guard: the partner is no name
    ("Воскресное и праздничное заседания прошли в Москве.", "Воскресное"),           # guard
    ("Воскресное заседание кабинета министров прошло в Иерусалиме.", "Воскресное"),  # guard: a modifier
    ("Как передает Укринформ, об этом сообщается на сайте Нацполиции.", "Как"),      # guard
]


@pytest.mark.parametrize("text, word, type_", KEPT, ids=[f"{c[1]}-{i}" for i, c in enumerate(KEPT)])
def test_a_conjunct_of_a_name_stays_a_name(nlp_pipeline, text, word, type_):
    doc = nlp_pipeline(article(text))
    assert [m for m in doc.mentions if m.text == word and m.type == type_], \
        [(m.text, m.type, m.actor_id) for m in doc.mentions]


@pytest.mark.parametrize("text, word", DROPPED, ids=[c[1] for c in DROPPED])
def test_a_common_initial_word_stays_dropped(nlp_pipeline, text, word):
    doc = nlp_pipeline(article(text))
    assert not [m for m in doc.mentions if m.text == word], [(m.text, m.type, m.actor_id) for m in doc.mentions]
