"""Helper ma24 (twenty-fourth session) table tests for review rev24_A's M1, M2 and L2 on the bare institution noun rule
(`SpeakerResolver._described_antecedent`): a quantified or interrogative phrase ("Ни одно министерство", "каждое",
"какое") is no antecedent (M1); an earlier phrase speaks for the bare noun only as a subject or an unmarked noun
complement, and a phrase already resolved as an earlier quote's speaker keeps that resolution (M2); a straight
quotation mark inside a speaker's name is glued to its word or dropped (L2).  Made-up sentences; every row fails on
the code before the mend (main 97198a1)."""
from __future__ import annotations

import pytest

from quote_checks import speaker_of

# (mechanism, text, content of the quote, expected speaker name)
SPEAKERS = [
    ("M1: a negated phrase ('Ни одно министерство') is skipped; the ministry named before it speaks",
     "Министерство здравоохранения Британии опубликовало новые данные. Ни одно министерство не ответило на запрос "
     "депутатов. В министерстве отметили, что отчет будет готов в срок.",
     "отчет будет готов в срок", "Министерство здравоохранения Британии"),
    ("M1: 'каждое издание' is skipped; the newspaper named before it speaks",
     "Газета «Ведомости» опубликовала интервью министра. Каждое издание перепечатало его. В издании отмечается, что "
     "министр уходит в отставку.",
     "министр уходит в отставку", "Ведомости"),
    ("M1: 'каждое министерство' is no speaker's name; the bare noun stays bare",
     "Правительство поручило, чтобы каждое министерство подготовило отчет. В министерстве отметили, что отчет будет "
     "готов в срок.",
     "отчет будет готов в срок", "министерство"),
    ("M2: the ministry under 'против' (the sanctions' object) is no antecedent; the subject ministry speaks",
     "Министерство финансов США ввело санкции против министерства обороны Сирии. В министерстве заявили, что меры "
     "направлены против режима.",
     "меры направлены против режима", "Минфин США"),
    ("M2: a phrase already resolved as an earlier speaker ('администрация города' -> Омск) keeps its resolution",
     "В одной из школ Омска на обед подали синий омлет. В администрации города заявили, что блюдо приобрело странный "
     "цвет из-за посуды. «Омлет уже сняли с продажи», – говорится в сообщении администрации.",
     "Омлет уже сняли с продажи", "администрация Омска"),
    ("L2: a straight quotation mark around the owner is no word of the press service's name",
     "В понедельник акции подешевели, сообщает пресс-служба \"Газпрома\".",
     "В понедельник акции подешевели", "пресс-служба Газпрома"),
]


@pytest.mark.parametrize("label,text,content,expected", SPEAKERS, ids=[c[0] for c in SPEAKERS])
def test_speakers_ma24(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


# (mechanism, text, content, a word the speaker's name must not hold)
NOT_IN_NAME = [
    ("M1: an interrogative phrase ('какое министерство') is no speaker",
     "Глава Минфина Антон Силуанов выступил в Госдуме. Депутаты спросили, какое министерство отвечает за реформу. "
     "В министерстве отметили, что реформа начнется в мае.",
     "реформа начнется в мае", "какое"),
    ("M1: a quantified genitive ('каждого комитета') is no speaker",
     "Комитет Госдумы по обороне провел заседание. Депутаты обсудили работу каждого комитета парламента. Как "
     "отметили в комитете, заседание прошло успешно.",
     "заседание прошло успешно", "каждого"),
]


@pytest.mark.parametrize("label,text,content,word", NOT_IN_NAME, ids=[c[0] for c in NOT_IN_NAME])
def test_no_quantifier_in_speaker_ma24(enrich, label, text, content, word):
    name = speaker_of(enrich(text), content, label) or ""
    assert word not in name.lower(), (label, name)
