"""dvZ (thirty-fifth session) table tests, from the blind half of quotes-dev18 (slots 13-24) and the unread sample and pool.

- A user's handle written without "@" may stand right after the cue with the cue's object after it ("– процитировала
  nastya_nega название хита"): it is the speaker of the comment it frames.  (The underscored-handle rows are in
  tests/quotes/test_mU35.py, the one handle table.)
- "раскритиковали Собчак за слова о том, что …", "Глацких, раскритикованная за высказывание о том, что …": a statement
  noun with no owner of its own under "за" of a verb of criticising is the words of the one criticised.
(A second rule, a gerund cue sharing an indeclinable name the parse hung on a reflexive verb as its object -
"Спейси уже публично извинился перед Рэппом, сообщив, что …" - fired nowhere on unread text and was left out; its
diff is kept in the dvZ report.)"""
from __future__ import annotations

import pytest

from quote_checks import speaker_of

# (mechanism, text, content of the quote, expected speaker name; None = no speaker)
HANDLE_CASES = [
    ("a handle right after the cue, the cue's object after it (dev18 slot 15)",
     'Певица опубликовала фото.\n\n«А все почему? Потому что цвет настроения синий», – процитировала nastya_nega '
     'название хита Киркорова.',
     'А все почему? Потому что цвет настроения синий', 'nastya_nega'),
    ("a handle right after the cue, a place phrase after it (unread pool, runormas 1050971)",
     'Макгрегор опубликовал фото с женой.\n\n«Кто это? Что за дед?» – пошутил walkonwater1993 под постом.',
     'Кто это? Что за дед?', 'walkonwater1993'),
    ("guard: a handle after a pronoun and a preposition is a place, not the speaker",
     '«Очень красиво», – пишет он в nick_1 о своем отдыхе.',
     'Очень красиво', None),
]


@pytest.mark.parametrize("label,text,content,expected", HANDLE_CASES, ids=[c[0] for c in HANDLE_CASES])
def test_dvZ_bare_handle(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


# (mechanism, text, content of the quote, expected speaker name)
REPROACH_CASES = [
    ("words criticised, the criticised person the verb's object (unread pool, runormas 989536)",
     'Некоторые особенно раскритиковали Собчак за слова о том, что «Виторгана все бесят».',
     'Виторгана все бесят', 'Ксения Собчак'),
    ("a remark criticised, the person a participle qualifies (unread pool, runormas 954195)",
     'Чиновница Ольга Глацких, раскритикованная за высказывание о том, что государство ничего молодежи не должно, '
     'ушла в отставку.',
     'государство ничего молодежи не должно', 'Ольга Глацких'),
]


@pytest.mark.parametrize("label,text,content,expected", REPROACH_CASES, ids=[c[0] for c in REPROACH_CASES])
def test_dvZ_reproached_words(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


def test_dvZ_reproach_negated_states_nothing(enrich):
    doc = enrich('Пользователи не раскритиковали Собчак за слова о том, что Виторгана все бесят.')
    assert not [q for q in doc.quotes if q.text == 'Виторгана все бесят'], [q.text for q in doc.quotes]
