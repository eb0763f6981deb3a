"""(mF39) Review rv39_Q's causes of frames and spans, with made-up sentences of the reviewed shapes:
C6a  an anaphoric "Об этом сообщает X, ссылаясь на Y" after an antecedent with its own frame ("В мэрии заявили, что
     …"): the antecedent keeps its own speaker and its content after "что"; X and Y join the source chain;
C9   a hyphenated plural subject the tagger reads as singular ("Интернет-пользователи … , указав, что …") speaks.
(C6b, C10 and C11 had rules too - branch mF39-all - that fired on no unread text, so they are not here.)
Each row names its mechanism; "guard" rows got the same answer from the old code and keep it."""
from __future__ import annotations

import pytest

from quote_checks import quote_of, speaker_of

# (mechanism, text, content of the quote, expected speaker name, names expected in the source chain before it)
ANAPHORIC_RELAYS = [
    ("C6a: a place-named impersonal frame keeps its words; the relaying agency and its source join the chain",
     "В мэрии заявили, что мост откроют в мае. Об этом сообщает агентство «Тула-инфо», ссылаясь на "
     "пресс-службу мэрии.",
     "мост откроют в мае", "мэрия", ["Тула-инфо", "пресс-служба мэрии"]),
    ("C6a: a ministry's frame before an outlet's anaphoric relay",
     "В Министерстве транспорта заявили, что тарифы вырастут с июля. Об этом сообщает агентство ТАСС.",
     "тарифы вырастут с июля", "Министерство транспорта", ["ТАСС"]),
    ("C6a: a person's anaphoric report passed on by an outlet: both relay the ministry's framed words",
     "В Министерстве транспорта заявили, что тарифы вырастут с июля. Об этом сообщил глава ведомства Иван Петров, "
     "пишет «Газета.Ru».",
     "тарифы вырастут с июля", "Министерство транспорта", ["Газета.Ru", "Иван Петров"]),
]


@pytest.mark.parametrize("mechanism,text,content,speaker,relays", ANAPHORIC_RELAYS,
                         ids=[c[0] for c in ANAPHORIC_RELAYS])
def test_anaphoric_relay_of_framed_antecedent(enrich, mechanism, text, content, speaker, relays):
    doc = enrich(text)
    quote = quote_of(doc, content, mechanism)
    assert quote.speaker is not None and quote.speaker.name == speaker, f"{mechanism}: {quote.speaker}"
    for relay in relays:
        assert relay in quote.source_chain, f"{mechanism}: {quote.source_chain}"


def test_anaphoric_frame_over_unframed_antecedent_stays(enrich):
    """C6a guard: an antecedent with no frame of its own is the anaphoric frame's content."""
    doc = enrich("Мост откроют в мае. Об этом сообщает агентство «Тула-инфо», ссылаясь на пресс-службу мэрии.")
    assert speaker_of(doc, "Мост откроют в мае", "guard") == "пресс-служба мэрии"


# (mechanism, text, content of the quote, expected speaker name)
HYPHENATED_SUBJECTS = [
    ("C9: a hyphenated plural subject of the verb a gerund cue hangs on",
     "Интернет-пользователи прокомментировали пост, указав, что такая практика давно известна.",
     "такая практика давно известна", "Интернет-пользователи"),
    ("C9: the same with another gerund cue",
     "Интернет-пользователи раскритиковали решение, заявив, что штраф слишком высок.",
     "штраф слишком высок", "Интернет-пользователи"),
    ("C9: a hyphenated plural subject of an opinion verb",
     "Между тем некоторые интернет-пользователи считают, что так певица проявляет искренность.",
     "так певица проявляет искренность", "некоторые интернет-пользователи"),
    ("C9: a hyphenated plural subject of a postposed frame",
     "Политик отвернулся от коллеги. «Очень жаль!» – пишут интернет-пользователи.",
     "Очень жаль!", "интернет-пользователи"),
    ("C9 guard: a plain plural subject",
     "Пользователи прокомментировали пост, указав, что такая практика давно известна.",
     "такая практика давно известна", "Пользователи"),
]


@pytest.mark.parametrize("mechanism,text,content,speaker", HYPHENATED_SUBJECTS,
                         ids=[c[0] for c in HYPHENATED_SUBJECTS])
def test_hyphenated_plural_subject(enrich, mechanism, text, content, speaker):
    assert speaker_of(enrich(text), content, mechanism) == speaker
