"""Helper mq24 (twenty-fourth session) table tests for the rest of analyst review rv23_Q's M1: a bare institution
noun ("отмечает министерство", "в издании отмечается") takes up the nearest earlier phrase it (or, for "издание",
any outlet noun) heads - the organisation named there, else the body described there - not a more salient actor
named before.  (Its "по его информации" rule was not merged: it cost a held-out quote.)  Made-up sentences;
guards keep the old answers where the rules must not fire."""
from __future__ import annotations

import pytest

from quote_checks import speaker_of

# (mechanism, text, content of the quote, expected speaker name; None = unknown)
SPEAKERS = [
    ("M1: 'министерство' is the ministry described in the sentence before, not the service named earlier",
     "Вакцина\n\nОб этом рассказал представитель NHS (Национальная служба здравоохранения Великобритании). "
     "Как сообщило в понедельник министерство здравоохранения в клиниках страны за неделю привили 300 тысяч "
     "человек. Из этих данных следует, отмечает министерство, что в субботу привили 52 тысячи человек.",
     "в субботу привили 52 тысячи человек", "министерство здравоохранения"),
    ("M1: 'издание' is the newspaper named in the sentence before, not the agency that framed the story",
     "Беженцы\n\nПравительство Австрии согласилось принять семью журналиста, передает ТАСС. Газета Die Presse "
     "приводит слова представителя фонда Caritas: \"Семья может приехать уже в мае\". В издании отмечается, что "
     "в МВД страны подтвердили, что документы уже готовы.",
     "в МВД страны подтвердили, что документы уже готовы", "Die Presse"),
    ("M1 guard: 'по его словам' after a named person's report is the person's",
     "Суд\n\nАдвокат Игорь Смирнов заявил, что суд отклонил жалобу, сообщает телеканал «Дождь». По его словам, "
     "защита подаст апелляцию в понедельник.",
     "защита подаст апелляцию в понедельник", "Игорь Смирнов"),
    ("M1 guard: a bare 'министерство' after a named ministry keeps that ministry's actor",
     "Учения\n\nМинистерство обороны России провело учения на Урале. В них участвовали 500 военных. "
     "Как отмечает министерство, учения прошли успешно.",
     "учения прошли успешно", "Минобороны России"),
]


@pytest.mark.parametrize("label,text,content,expected", SPEAKERS, ids=[c[0] for c in SPEAKERS])
def test_speakers_mq24(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label
