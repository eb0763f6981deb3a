"""A press office named by an institution noun in the genitive ("пресс-служба ведомства", "пресс-служба
правительства") speaks for the institution that noun names, found the way the bare noun would be: the office
noun fits any organisation (an outlet, a Telegram channel, the content's own subject), the owner noun does not.
Thirty-ninth session, lead; the Nexta row is an unread RuNormAS article's shape (1069014), the others made up."""
from __future__ import annotations

import pytest

from quote_checks import speaker_of

# (mechanism, text, content of the quote, expected speaker name)
CASES = [
    ("'пресс-служба ведомства' is the agency that spoke, not a Telegram channel the text named",
     "Создатели оппозиционного Telegram-канала Nexta Степан Путило и Роман Протасевич стали обвиняемыми по делу о "
     "беспорядках, сообщили в Следственном комитете Белоруссии. Путило и Протасевича обвиняют в организации "
     "беспорядков, сообщила пресс-служба ведомства в Telegram.",
     "Путило и Протасевича обвиняют в организации беспорядков", "Следственный комитет Белоруссии"),
    ("'пресс-служба правительства' is no ministry the content names",
     "Минэкономразвития России получит два миллиарда рублей, сообщила пресс-служба правительства.",
     "Минэкономразвития России получит два миллиарда рублей", "пресс-служба правительства"),
    ("guard: 'пресс-служба министерства' after the ministry spoke is that ministry",
     "Минцифры России запустило портал. Сервис заработает в мае, сообщили в пресс-службе министерства.",
     "Сервис заработает в мае", "Минцифры России"),
]


@pytest.mark.parametrize("label,text,content,expected", CASES, ids=[c[0] for c in CASES])
def test_office_speaks_for_its_owner_noun(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label
