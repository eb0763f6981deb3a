"""Helper mE28 (twenty-eighth session) table tests for review rv28_R's speaker causes: the speaker mention of a
verb whose subject the parse dropped is the actor's nominative name earlier in the sentence, not the verb itself
(cause 7).  Made-up sentences; guards keep the old answers where the rule must not fire."""
from __future__ import annotations

import pytest


# (mechanism, text, exact quote text, the speaker's surface as written)
SURFACES = [
    ("cause 7: a subject the parse drops («После Иванова подтвердила») is the name before the verb",
     "Спор\n\nУтверждается, что жена министра Анна Иванова написала письмо губернатору. После Иванова "
     "подтвердила, что письмо подлинное, но заметила, что его вырвали из контекста.",
     "письмо подлинное", "Иванова"),
    ("cause 7: … and the second verb of the coordination too",
     "Спор\n\nУтверждается, что жена министра Анна Иванова написала письмо губернатору. После Иванова "
     "подтвердила, что письмо подлинное, но заметила, что его вырвали из контекста.",
     "его вырвали из контекста", "Иванова"),
    ("cause 7 guard: a named subject of a coordination keeps its name",
     "Спор\n\nВ пятницу Иван Петров написал письмо губернатору. Позже Петров подтвердил, что письмо подлинное, "
     "но заметил, что его вырвали из контекста.",
     "его вырвали из контекста", "Петров"),
    ("cause 7 guard: a dropped subject with no name in its sentence stays the verb",
     "Спор\n\nВ пятницу Иван Петров написал письмо губернатору. Позже подтвердил, что письмо подлинное.",
     "письмо подлинное", "подтвердил"),
]


@pytest.mark.parametrize("label,text,content,surface", SURFACES, ids=[r[0][:60] for r in SURFACES])
def test_surface_mE28(enrich, label, text, content, surface):
    found = [q for q in enrich(text).quotes if q.text == content]
    assert found and found[0].speaker is not None, f"{label}: {[(q.text, q.speaker) for q in enrich(text).quotes]}"
    assert found[0].speaker.text == surface, label
