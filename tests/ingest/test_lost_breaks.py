"""Paragraph breaks a dump wrote as a bare "n" (the ODS news dump's stripped "\\n"), put back
when a record's text is read; every other text is left as it is."""
from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, strategies as st

from khronika.ingest.jsonl import record_page
from khronika.ingest.lost_breaks import restore_lost_breaks

# (what, record text, text after reading)
CASES = [
    ("a lost break after a full stop",
     "МОСКВА, 10 авг - РИА Новости.nСредства власти Якутии направят на погашение долга.",
     "МОСКВА, 10 авг - РИА Новости.\nСредства власти Якутии направят на погашение долга."),
    ("before an opening quotation mark",
     "Об этом сообщили в МЧС.n«На пляже находятся 18 человек», - сообщает главк.",
     "Об этом сообщили в МЧС.\n«На пляже находятся 18 человек», - сообщает главк."),
    ("after a closing mark and before a dash of dialogue",
     "Он ответил: «Нет».n— Почему? — спросил журналист.",
     "Он ответил: «Нет».\n— Почему? — спросил журналист."),
    ("an inline link's edges in such a text become spaces",
     "Об этом сообщает газетаnThe Timesn.nКак пишет издание, сделка сорвалась.",
     "Об этом сообщает газета The Times .\nКак пишет издание, сделка сорвалась."),
    ("a Latin link's closing 'n' before a comma, a bracket or a stop",
     "Он ушёл.nКак сообщило агентствоnReutersn, матч не состоится.nОн (Джонс. —nRTn) был лучшим, пишет газетаnLa Razónn.",
     "Он ушёл.\nКак сообщило агентство Reuters , матч не состоится.\nОн (Джонс. — RT ) был лучшим, пишет газета La Razón ."),
    ("a linked name of two words whose first ends in 'n'",
     "Он ушёл.nОб этом сказалnJohn Smithn.",
     "Он ушёл.\nОб этом сказал John Smith ."),
    ("a link set in quotation marks loses both glued breaks",
     "Он ушёл.nОб этом пишет «nФедеральное агентство новостейn», а также «nThe Timesn».",
     "Он ушёл.\nОб этом пишет  «Федеральное агентство новостей» , а также  «The Times» ."),
    ("guard: quoted Latin names ending in 'n' keep it (cr29 M2)",
     "Компания сообщила о росте продаж.nnВ сервисе «Ozon» и на площадке «Amazon» цены выросли.",
     "Компания сообщила о росте продаж.\n\nВ сервисе «Ozon» и на площадке «Amazon» цены выросли."),
    ("guard: a Latin name ending in 'n' with no glued opening keeps it",
     "Он ушёл.nОб этом пишет Japan Times, а Ozon молчит.",
     "Он ушёл.\nОб этом пишет Japan Times, а Ozon молчит."),
    ("a lost blank line between paragraphs: one break for each 'n'",
     "Госдума приняла поправки.nnДля расчета пошлин нужен месяц.nnnЕжегодно их пересматривают.",
     "Госдума приняла поправки.\n\nДля расчета пошлин нужен месяц.\n\n\nЕжегодно их пересматривают."),
    ("a link's lost break between two Russian words becomes a space",
     "Объект готовят к пуску.nnРанееnсообщалось о задержке.",
     "Объект готовят к пуску.\n\nРанее сообщалось о задержке."),
    ("guard: a Latin word's n before a Russian word stays",
     "Он прилетел в Лондон.nКомпания Siemensn объявила о сделке.",
     "Он прилетел в Лондон.\nКомпания Siemensn объявила о сделке."),
    ("guard: a text with line breaks of its own is left alone",
     "Первый абзац.\nВторой абзац.nТретий.",
     "Первый абзац.\nВторой абзац.nТретий."),
    ("guard: no sentence end before the 'n': nothing is read as lost",
     "Компания Siemens и газетаnThe Times",
     "Компания Siemens и газетаnThe Times"),
    ("guard: English prose is no Russian dump",
     "It was done.nThen he left.",
     "It was done.nThen he left."),
    ("guard: a band's quoted n in a dump text keeps it",
     'На фестиваль приедет группа Guns"n"Roses.nБилеты уже в продаже.',
     'На фестиваль приедет группа Guns"n"Roses.\nБилеты уже в продаже.'),
    ("guard: a Latin word ending in n keeps it",
     "Он прилетел в Лондон.nПосле встречи в London. Мэр промолчал.",
     "Он прилетел в Лондон.\nПосле встречи в London. Мэр промолчал."),
]


@pytest.mark.parametrize("what,text,expected", CASES, ids=[c[0] for c in CASES])
def test_restore_lost_breaks(what, text, expected):
    assert restore_lost_breaks(text) == expected, what


def test_a_dump_record_reads_as_paragraphs():
    record = {"title": "Якутия погасит долг", "date": "2019-08-10 17:12:51",
              "text": "МОСКВА, 10 авг - РИА Новости.nСредства направят на погашение долга, сообщает пресс-служба."
                      "n\"Средства планируется направить на погашение задолженности\", - сообщили в пресс-службе."}
    page = record_page(json.loads(json.dumps(record)), "ods.jsonl", "line 1", None)
    assert "РИА Новости.\nСредства" in page.data
    assert "пресс-служба.\n\"Средства" in page.data


@given(st.text())
def test_one_character_for_one(text):
    restored = restore_lost_breaks(text)
    assert len(restored) == len(text)
    # only lost "n"s become breaks or spaces (a quotation mark may trade places with its own)
    assert re.sub(r"[n\s]", "", restored) == re.sub(r"[n\s]", "", text)
    assert all(a == b or (a == "n" and b in "\n ") or a in "«„“»”" or b in "«„“»”" for a, b in zip(text, restored))


@given(st.text(), st.sampled_from(["\n", "\r"]), st.text())
def test_texts_with_breaks_unchanged(before, line_break, after):
    text = before + line_break + after
    assert restore_lost_breaks(text) == text
