"""mG33 table tests: silent frames ("Сообщается, что …", "Уточняется, что …") whose author the text names.
An impersonal report right after an unnamed source's words goes on in the voice of the outlet that relays
that source (quotes-dev9's «Об этом сообщило агентство Reuters со ссылкой на неназванных чиновников.
Сообщается, что …»; quotes-dev7's «…», – сообщает источник. Уточняется, что …» after «сообщает
Telegram-канал Mash»), not in the unnamed source's nor in no one's.  An outlet's report goes on
over one unquoted sentence of its own («…, сообщает Telegram-канал Mash. В таком случае … . Отмечается, что …»).
Made-up sentences; "guard" rows already held on the old code."""
from __future__ import annotations

import pytest

from quote_checks import speaker_of

# (mechanism, text, content of the quote, expected speaker name)
CASES = [
    ("an outlet relays unnamed officials: the next impersonal report is the outlet's",
     "Жителей деревни эвакуировали из-за паводка. Об этом сообщило агентство Reuters со ссылкой на "
     "неназванных чиновников. Сообщается, что вода поднялась на два метра.",
     "вода поднялась на два метра", "Reuters"),
    ("an unnamed source quoted after the outlet's report: the next impersonal report is the outlet's",
     "Грабители похитили картину из музея, сообщает Telegram-канал Mash. «Они вошли через окно и ушли "
     "через крышу», – сообщает источник. Уточняется, что охрана ничего не заметила.",
     "охрана ничего не заметила", "Mash"),
    ("unnamed sources the outlet named a sentence before: the next impersonal report is the outlet's",
     "Министерство планирует ввести санкции против подрядчиков. Об этом сообщают источники газеты Handelsblatt. "
     "По их словам, под ограничения может попасть компания Allseas. Отмечается, что на Allseas возложено "
     "более 90% работ.",
     "на Allseas возложено более 90% работ", "Handelsblatt"),
    ("an outlet's report goes on over one unquoted sentence of its own",
     "Картина может не вернуться в музей, сообщает Telegram-канал Mash. В таком случае экспозицию закроют. "
     "Отмечается, что охрана ничего не заметила.",
     "охрана ничего не заметила", "Mash"),
    ("a person's statement does not reach over a sentence (guard)",
     "Министр финансов Антон Силуанов заявил, что бюджет будет исполнен. Рынки выросли. Отмечается, что "
     "дефицит составит два процента.",
     "дефицит составит два процента", None),
    ("a named speaker's statement goes on (guard)",
     "Министр финансов Антон Силуанов заявил, что бюджет будет исполнен. Отмечается, что дефицит "
     "составит два процента.",
     "дефицит составит два процента", "Антон Силуанов"),
]


@pytest.mark.parametrize("mechanism,text,content,speaker", CASES, ids=[c[0] for c in CASES])
def test_mG33_silent_frame_speaker(enrich, mechanism, text, content, speaker):
    assert speaker_of(enrich(text), content, mechanism) == speaker, mechanism
