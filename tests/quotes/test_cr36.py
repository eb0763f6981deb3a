"""Review cr36's findings on the thirty-sixth session's rules: sentences a reader expects to keep working, each of
which the merged rules got wrong (made-up sentences with invented names; each row failed on 02e7f65)."""
from __future__ import annotations

import pytest

from quote_checks import quote_of

# F1: «он» after a sentence whose named person is the patient of the act (the verb's object) is that person,
# not the one who acted (dv36b's rule is for a name inside another noun's phrase or a dative recipient).
PATIENT_CASES = [
    ("Полицейский задержал Ивана Петрова. Он заявил, что невиновен.", "невиновен", "Иван Петров"),
    ("Следователь допросил Сергея Смирнова. Он признался, что взял деньги.", "взял деньги", "Сергей Смирнов"),
    ("Охранник задержал Ивана Петрова. Позднее он рассказал, что ничего не крал.", "ничего не крал", "Иван Петров"),
    ("Журналист взял интервью у Алексея Смирнова. Он заявил, что уходит из политики.", "уходит из политики",
     "Алексей Смирнов"),
]


@pytest.mark.parametrize("text, content, speaker", PATIENT_CASES, ids=[c[2] + ":" + c[1] for c in PATIENT_CASES])
def test_pronoun_after_the_patient(enrich, text, content, speaker):
    quote = quote_of(enrich(text), content, text)
    assert quote.speaker is not None and quote.speaker.name == speaker, f"{text}: {quote.speaker}"


# F2: the speaker's own second speech act after «и» is not part of the content, whatever its aspect.
def test_second_speech_act_in_another_aspect(enrich):
    doc = enrich("Министр Олег Петров говорил, что бюджет сбалансирован и пообещал не повышать налоги.")
    quote = quote_of(doc, "бюджет сбалансирован", "F2")
    assert "пообещал" not in quote.text, quote.text


# F3: «якобы» inside a complement clause nested in the content doubts that clause, not the report.
def test_hearsay_inside_a_nested_clause(enrich):
    doc = enrich("Министр Олег Петров заявил, что расследование по делу о хищении средств, выделенных на строительство "
                 "дороги, завершено, а обвинения в том, что чиновник якобы брал взятки, не подтвердились.")
    quotes = [q for q in doc.quotes if q.text.startswith("расследование по делу")]
    assert quotes and quotes[0].hedged is False, [(q.text, q.hedged) for q in doc.quotes]


# F4: a denial of the sentence before, or an evaluation of it, is not its citation.
@pytest.mark.parametrize("text, verb", [
    ("На складе в Твери произошел пожар. Такие данные опроверг глава МЧС Олег Петров.", "опроверг"),
    ("Инфляция за год составила десять процентов. Такую цифру назвали завышенной в Минфине.", "назвали"),
])
def test_denied_or_evaluated_report(enrich, text, verb):
    doc = enrich(text)
    first = text.split(".")[0]
    assert not any(q.text and q.text in first and q.cue.startswith(verb[:4]) for q in doc.quotes) and \
        not any(first.startswith(q.text) and q.text for q in doc.quotes), [(q.text, q.cue) for q in doc.quotes]


# F6: an attempt to find out is an inquiry, not a finding.
def test_inquiry_is_no_finding(enrich):
    doc = enrich("Ученые попытались выяснить, что вызывает болезнь, и обнаружили, что виноват вирус.")
    assert not any(q.cue == "выяснить" for q in doc.quotes), [(q.text, q.cue) for q in doc.quotes]


# F9: a substantivised participle tagged a noun, and a determiner, named in the nominative.
@pytest.mark.parametrize("text, speaker", [
    ("Рейсы в Дублин отменят в понедельник. Об этом информирует avianews.com, ссылаясь на уполномоченных компании "
     "Ryanair.", "уполномоченные компании Ryanair"),
    ("Крепость построили в XII веке. Об этом сообщает ТАСС, ссылаясь на некоторых историков.", "некоторые историки"),
])
def test_speaker_named_in_the_nominative(enrich, text, speaker):
    doc = enrich(text)
    assert [q.speaker.name for q in doc.quotes if q.speaker] == [speaker], [(q.text, q.speaker) for q in doc.quotes]
