"""(mC38) Review cr38's F4 on cS38's contrast end of a content (`clauses._speakers_remark_after_contrast`): a speech
verb after «, но» is no remark of the speaker's when the content's own active subject - a person, a name, an animate
noun agreeing with the verb - may be its subject too; the clause stays in the content.  A thing ("бюджет") or a
passive subject ("был похищен гражданин", cS38's row) still lets the speaker's remark end the content.
Sentences made up for the review's shapes.  Each row names its mechanism; "guard" rows got the same answer from the
old code and keep it."""
from __future__ import annotations

import pytest

from quote_checks import speaker_of

# (mechanism, text, content of the quote, expected speaker name; None = unknown)
ROWS = [
    ("F4: an animate common-noun subject of the content goes on after 'но'",
     "Врач сообщил, что пациент пришел в сознание, но пока ничего не рассказал следователям.",
     "пациент пришел в сознание, но пока ничего не рассказал следователям", "Врач"),
    ("F4: a role noun subject of the content goes on with a negated speech verb",
     "Источник сообщил, что министр подал в отставку, но не объяснил причин.",
     "министр подал в отставку, но не объяснил причин", None),
    ("F4: a named subject of the content goes on with 'сказал'",
     "Пресс-секретарь Дмитрий Песков сказал, что Путин говорил с Байденом по телефону, но ничего не сказал о "
     "санкциях.",
     "Путин говорил с Байденом по телефону, но ничего не сказал о санкциях", "Дмитрий Песков"),
    ("F4: a named subject of the content goes on with a naming verb",
     "Президент Владимир Зеленский заявил, что Байден пообещал новую помощь, но не назвал сроков.",
     "Байден пообещал новую помощь, но не назвал сроков", "Владимир Зеленский"),
    ("F4 guard: a thing cannot 'не уточнить': the speaker's remark ends the content",
     "Министр Иван Петров сообщил, что бюджет вырос, но не уточнил, насколько.",
     "бюджет вырос", "Иван Петров"),
    ("F4 guard: a person subject of another gender does not take the verb",
     "Мария Захарова заявила, что Блинкен прилетит в Киев, но не уточнила дату.",
     "Блинкен прилетит в Киев", "Мария Захарова"),
]


@pytest.mark.parametrize("mechanism,text,content,speaker", ROWS, ids=[c[0] for c in ROWS])
def test_content_end_and_speaker(enrich, mechanism, text, content, speaker):
    assert speaker_of(enrich(text), content, mechanism) == speaker
