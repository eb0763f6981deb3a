"""Helper qn (nineteenth session): quote speakers that were wrong because the actor layer hung a role
or a relative on the wrong person (the rules and their own tables: tests/nlp/test_roles_qn.py).
Made-up sentences, one row per case; the non-guard rows fail on the old code:
1. "поинтересовался у губернатора Петров" gave Петров the role "губернатор": a later "– отметил
   губернатор" went to Петров instead of the governor named in full before;
2. "младший Петров" after "сын актера Михаила Петрова" was Михаил Петров;
3. "сын артиста" went to the father: "Сын Петрова …" had made "сын" a class noun of Петров."""
from __future__ import annotations

import pytest

from quote_checks import speaker_of

# (label, text, content of the quote, speaker name that must not be given, expected speaker or None)
CASES = [
    ("'отметил губернатор' after 'у губернатора Петров'",
     "Проблема дорог в области будет решена за два года, заявил губернатор области Андрей Смирнов на "
     "встрече с президентом Иваном Петровым.\n\n"
     "«Сколько дорог осталось отремонтировать?» – поинтересовался у губернатора Петров.\n\n"
     "«Если так пойдем, то за два года эту тему закроем», – отметил губернатор.",
     "Если так пойдем, то за два года эту тему закроем", "Иван Петров", "Андрей Смирнов"),
    ("'рассказал младший Петров' after 'сын актера Михаила Петрова'",
     "Сын актера Михаила Петрова, обвиняемого в нарушении правил, Никита рассказал о съемках.\n\n"
     "«У меня в жизни был трудный эпизод на съемках детского фильма», – рассказал младший Петров в интервью.",
     "У меня в жизни был трудный эпизод на съемках детского фильма", "Михаил Петров", None),
    ("'добавил сын артиста' after 'Сын Петрова' in the title",
     "Сын актера Михаила Петрова, обвиняемого в нарушении правил, дал интервью.\n\n"
     "Напомним, сын Петрова выразил соболезнования пострадавшим. «Мне очень больно от того, что случилось. "
     "Папа, я тебя люблю», – добавил сын артиста.",
     "Мне очень больно от того, что случилось. Папа, я тебя люблю", "Михаил Петров", None),
    # guard: a governor introduced in apposition keeps his later "губернатор"
    ("guard: 'отметил губернатор' after 'губернатор области Андрей Смирнов'",
     "Проблема дорог в области будет решена за два года, заявил губернатор области Андрей Смирнов.\n\n"
     "«Если так пойдем, то за два года эту тему закроем», – отметил губернатор.",
     "Если так пойдем, то за два года эту тему закроем", "Иван Петров", "Андрей Смирнов"),
]


@pytest.mark.parametrize("label, text, content, wrong, expected", CASES, ids=[c[0] for c in CASES])
def test_quote_speakers_qn(enrich, label, text, content, wrong, expected):
    name = speaker_of(enrich(text), content, label)
    assert name != wrong, label
    if expected is not None:
        assert name == expected, label
