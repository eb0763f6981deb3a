"""(mC39, review cr39 F4, F6, F7, F8) Press offices named by an owner noun and the «Об этом сообщает X» swap.
A press office named with its owner just before is that office (F5); one whose own noun finds no organisation is read as before the owner noun was read: named
«пресс-служба <owner>» (the gold's style) and left open when two organisations fit; the swap to the antecedent's
place-speaker is refused when its content runs on over «, однако …» with a subject of its own, or when a person
reports.  All sentences made up (the review's reproductions)."""
from __future__ import annotations

import pytest

from quote_checks import speaker_of

# (mechanism, text, content of the quote, expected speaker name)
CASES = [
    ("F4: two coordinated ministries leave 'пресс-служба министерства' open",
     "Министерство здравоохранения и Министерство финансов обсудили бюджет. Как сообщили в пресс-службе "
     "министерства, расходы на медицину вырастут.",
     "расходы на медицину вырастут", "пресс-служба министерства"),
    ("F5: 'пресс-служба ведомства' is the office named with its owner just before, though it made no quote",
     "Минобороны провело учения в Крыму. Пресс-служба МВД сообщила о задержании. В пресс-службе ведомства "
     "пояснили, что задержанный — местный житель.",
     "задержанный — местный житель", "Пресс-служба МВД"),
    ("F6: the office keeps its name with the company's",
     "Компания «Аэрофлот» отменила рейсы в Турцию. Как сообщили в пресс-службе компании, пассажирам вернут деньги.",
     "пассажирам вернут деньги", "пресс-служба «Аэрофлота»"),
    ("F6: the office keeps its name with the agency's",
     "Генеральная прокуратура России проверила закупки. Как сообщили в пресс-службе ведомства, нарушения найдены.",
     "нарушения найдены", "пресс-служба Генеральной прокуратуры России"),
    ("F7: a contrasting clause of the reporter's keeps the outer record",
     "В мэрии заявили, что денег на выплаты нет, однако депутаты с этим не согласны и требуют проверки. Об этом "
     "сообщает «Фонтанка».",
     "В мэрии заявили, что денег на выплаты нет, однако депутаты с этим не согласны и требуют проверки",
     "Фонтанка"),
    ("F8: a person reporting is the speaker",
     "В суде заявили, что дело закрыто. Об этом сообщил адвокат Иван Петров.",
     "В суде заявили, что дело закрыто", "Иван Петров"),
]


@pytest.mark.parametrize("label,text,content,expected", CASES, ids=[c[0] for c in CASES])
def test_office_and_about_swap(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label
