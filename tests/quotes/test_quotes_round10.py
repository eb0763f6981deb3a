"""Round 10 table tests: two speaker errors RuOpinionNE's train split showed in
general form - the one a subject acts through ("X в лице Y заявил": Y speaks,
however the parse hangs "в лице") and "она"/"он" after a one-word described
speaker when no named person agrees ("По словам певицы … Она заявила").  Made-up
sentences, none taken from a document ("guard": a wording the old code already
got right, kept so the mechanism stays bounded)."""
from __future__ import annotations

import pytest

from quote_checks import speaker_of

# (mechanism, text, content of the quote, expected speaker name)
CASES = [
    ("'в лице' hung on the subject: the named representative speaks",
     "Российская партия в лице своего лидера Ивана Петрова заявила, что не поддержит законопроект.",
     "не поддержит законопроект", "Иван Петров"),
    ("'в лице' hung on the verb between subject and verb: the representative speaks",
     "Министерство в лице заместителя министра Анны Ковалевой сообщило, что проект отклонен.",
     "проект отклонен", "Анна Ковалёва"),
    ("'в лице' an organisation: the organisation acting speaks",
     "Россия в лице МИД заявила, что не признает итоги выборов.",
     "не признает итоги выборов", "МИД"),
    ("guard: the noun 'лицо' as the subject itself is no representative frame",
     "Лицо, подписавшее договор, заявило, что сделка состоится.",
     "сделка состоится", "Лицо"),
    ("a pronoun after a one-word described speaker, no named person in reach",
     "По словам певицы, организаторы концерта не отвечают на её письма. Она заявила, что готова выступить "
     "бесплатно.",
     "готова выступить бесплатно", "певица"),
    ("guard: a named person before the one-word description keeps the pronoun",
     "Аналитик Илья Смирнов рассказал, что цены вырастут. «Поставки сократятся», - сказал эксперт. "
     "Он также напомнил, что запасы на складах велики.",
     "запасы на складах велики", "Илья Смирнов"),
]


@pytest.mark.parametrize("label,text,content,expected", CASES, ids=[c[0] for c in CASES])
def test_round10(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label
