"""dvT (thirty-third session) table tests, made-up sentences: an organisation the registry does not know,
introduced as nothing else, that is the subject of "пишет"/"передает" is an outlet, so a bare "издание"/"газета"
later refers back to it ("…, пишет «Тамбовская жизнь». … Издание поясняет, что …": a media review of regional
papers whose names say nothing of the press).  Not for an organisation that "сообщает" (a company or a body
reports in the present too) nor for one introduced as another kind of thing."""
from __future__ import annotations

import pytest

from quote_checks import speaker_of

# (mechanism, text, content of the quote, expected speaker name)
CASES = [
    ("'Издание поясняет' after 'пишет X'",
     'Захоронение нашли жители села, пишет «Вечерний Тамбов». Издание поясняет, что такие могильники '
     'типичны для региона.',
     'такие могильники типичны для региона', 'Вечерний Тамбов'),
    ("'по информации издания' after the source frame 'Как пишет X'",
     'Как пишет «URA.RU», в полиции подтвердили, что стекло разбил студент. По информации издания, дебошир '
     'учится в местном университете.',
     'дебошир учится в местном университете', 'URA.RU'),
    ("'газета отмечает' after 'передает X'",
     'Мост закроют на ремонт в мае, передает «Северный курьер». Газета отмечает, что объезд займет час.',
     'объезд займет час', 'Северный курьер'),
    ("guard: a company that 'сообщает' is no outlet",
     'Завод остановлен, сообщает «Северсталь». По информации издания, убытки велики.',
     'убытки велики', 'издание'),
    ("guard: an organisation introduced as a party",
     'Партия «Новый путь» пишет в обращении, что выборы нечестны. По информации издания, жалоба подана в суд.',
     'жалоба подана в суд', 'издание'),
]


@pytest.mark.parametrize("label,text,content,expected", CASES, ids=[c[0] for c in CASES])
def test_dvT_outlet_by_present_writing(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


# (mechanism, text, content of the quote, expected speaker name)
HOLDER_CASES = [
    ("a wife's given name after her husband's, read as his genitive",
     'Жена хоккеиста Ивана Петрова Руслана сообщила, что подала на развод. Руслана Петрова написала об этом в '
     'Instagram.',
     'подала на развод', 'Руслана Петрова'),
    ("the unread text's 'Супруга … Павла Мамаева Алана'",
     'Супруга полузащитника «Краснодара» Павла Мамаева Алана сообщила, что передумала подавать на развод. '
     '«Он мой муж», – написала Алана Мамаева в Instagram.',
     'передумала подавать на развод', 'Алана Мамаева'),
    ("guard: a name of the other gender is the owner's relative's, not the subject's",
     'Жена брата Ивана Петрова Богдана сообщила, что подала на развод. Богдан Петров отказался от комментариев.',
     'подала на развод', 'Жена брата Ивана Петрова Богдана'),
]


@pytest.mark.parametrize("label,text,content,expected", HOLDER_CASES, ids=[c[0] for c in HOLDER_CASES])
def test_dvT_relation_holder_name(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


MAMAEVA = ('Супруга игрока ФК «Краснодар» Павла Мамаева Алана рассказала о том, почему футболисты стали так себя '
           'вести. ')
# (mechanism, text, content of the quote, expected speaker name)
NAMESAKE_CASES = [
    ("the unread text's '– рассказала Мамаева', linked to the husband",
     MAMAEVA + '«Они немножко расслабились, скажем так», – рассказала Мамаева в интервью. Ранее Алана Мамаева '
     'заявила, что не будет разводиться.',
     'Они немножко расслабились, скажем так', 'Алана Мамаева'),
    ("guard: 'по словам Мамаева' is the husband's genitive (no feminine verb)",
     MAMAEVA + 'По словам Мамаева, команда проведет сбор в Турции. Ранее Алана Мамаева заявила, что не будет '
     'разводиться.',
     'команда проведет сбор в Турции', 'Павел Мамаев'),
]


@pytest.mark.parametrize("label,text,content,expected", NAMESAKE_CASES, ids=[c[0] for c in NAMESAKE_CASES])
def test_dvT_namesake_woman(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label
