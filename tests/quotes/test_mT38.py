"""Mender mT38 (thirty-eighth session), review cr38 F6, F9, F7 on bA38's typed bodies.

F6: a territorial type noun ("рассказали в полиции") is not the police body that spoke before when the
text between them moved to another place ("Похожий случай произошел … в Твери").  F9: "на портале",
"в газете", "на телеканале" stand only for an outlet introduced with that word (a portal also by its web
address), not for any outlet ("сообщает РИА Новости … — сообщается на портале").  F7: a speaker that a
pass after `resolve` gives a speakerless quote closes its source chain whatever the pass (here the
repeated-quote pass, not typed bodies).
Made-up sentences; rows marked old=False failed on main 786a277 (the F7 row pins main's behaviour: it
failed on 7ff1c48, before bA38)."""
from __future__ import annotations

import pytest

from quote_checks import assert_body_speaker

MOSCOW_POLICE = "В ГУ МВД по Москве сообщили, что задержаны двое мошенников. "
SEARCH = "\n\n«Подозреваемые установлены, ведется розыск», — рассказали в полиции."
SCHOOLS = "«Запись открыта до 30 июня», — сообщается на портале."

# (rule, text, quoted words, expected speaker name or None for no speaker, passes on the old code)
ROWS = [
    ("F6: the story moved to another place between the body and the frame",
     MOSCOW_POLICE + "Похожий случай произошел на прошлой неделе в Твери: там пенсионерка отдала аферистам 2 млн "
     "рублей." + SEARCH, "Подозреваемые установлены, ведется розыск", "полиция", False),
    ("F6: a place between that is the body's own keeps the body",
     MOSCOW_POLICE + "Похожий случай произошел на прошлой неделе в Москве." + SEARCH,
     "Подозреваемые установлены, ведется розыск", "ГУ МВД по Москве", True),
    ("F9: «на портале» is no news agency",
     "Об открытии записи в первые классы сообщает РИА Новости. " + SCHOOLS, "Запись открыта до 30 июня", None,
     False),
    ("F9: «на портале» after an outlet named by its web address",
     "Об открытии записи в первые классы сообщает Mos.ru. " + SCHOOLS, "Запись открыта до 30 июня", "Mos.ru", True),
]


@pytest.mark.parametrize("rule, text, content, speaker, old", ROWS, ids=[r[0][:50] for r in ROWS])
def test_typed_bodies_mends(enrich, rule, text, content, speaker, old):
    assert_body_speaker(enrich(text), content, speaker, rule)


SCHOOL_WORDS = "Мы построим в области двенадцать новых школ к первому сентября"
# (rule, text, quoted words, expected source chain, passes on the old code)
CHAIN_ROWS = [
    ("F7: an epigraph named by its framed repeat ends its chain with the speaker",
     f"«{SCHOOL_WORDS}».\n\nГубернатор Иван Петров провел совещание с главами районов. Речь шла о подготовке к "
     f"учебному году.\n\n«{SCHOOL_WORDS}», — сказал Петров журналистам после совещания.",
     SCHOOL_WORDS, ["article", "Иван Петров"], True),
]


@pytest.mark.parametrize("rule, text, content, chain, old", CHAIN_ROWS, ids=[r[0][:50] for r in CHAIN_ROWS])
def test_later_speaker_closes_chain(enrich, rule, text, content, chain, old):
    doc = enrich(text)
    found = [q for q in doc.quotes if q.text.strip(" .") == content]
    assert found, f"{rule}: {[(q.text, q.speaker and q.speaker.name) for q in doc.quotes]}"
    assert all(q.source_chain == chain for q in found), f"{rule}: {[q.source_chain for q in found]}"
