"""Helper mJ33 (thirty-third session) table tests mending review rv33_Q's causes C2 and C11 (C10 left out):
- C2: a person noun the text says it does not name ("Неназванный представитель министерства сообщает") and a
  bare "другой"/"другие" as the subject ("«…», – добавил другой", "Другие отметили, что …") are unnamed
  sources: their mention kept, named `unknown` (quotes/unnamed_sources.py), not dropped to no speaker;
- C2 (c): a short name in doubled apostrophes (the wiki's italics: "ущерб ''Amazon.com''") is a name, not the
  speaker's quoted words, so the quote stays indirect (quotes/attribution.py `_italicised_names`);
- C11: a past-tense verb the tagger does not know and takes for a noun ("– сыронизировала Собчак") gets its
  infinitive as the cue (quotes/cues.py `cue_lemma`).
(C10's infinitive dative and C11's nickname cut at digits were mended too but fired on no unread text, so
they are left out, with their rows.)
Made-up sentences; the guards keep the answers the rules must not move."""
from __future__ import annotations

import pytest

from quote_checks import quote_of



# (mechanism, text, content of the quote, expected speaker name, expected speaker mention as written)
UNNAMED = [
    ("C2: an unnamed representative as the subject of a present-tense cue",
     "Армия задержала бывшего президента.\n\nНеназванный представитель министерства сообщает, что президент "
     "«нажил себе врагов».",
     "президент «нажил себе врагов»", "unknown", "Неназванный представитель министерства"),
    ("C2: an unnamed representative as the subject of a past-tense cue",
     "В столице прошли протесты.\n\nНеназванный представитель армии заявил, что ситуация под контролем.",
     "ситуация под контролем", "unknown", "Неназванный представитель армии"),
    ("C2: 'добавил другой' after 'один из пользователей'",
     "Пользователи обсуждают новость.\n\n«Нытики, вы определитесь», – написал один из пользователей.\n\n"
     "«Людям надо отдохнуть», – добавил другой.",
     "Людям надо отдохнуть", "unknown", "другой"),
    ("C2: plural 'Другие' after 'Некоторые пользователи'",
     "Певица выложила фото.\n\nНекоторые пользователи предположили, что она уезжает. Другие отметили, что у "
     "певицы всё в порядке.",
     "у певицы всё в порядке", "unknown", "Другие"),
    ("guard C2: 'один из пользователей' keeps its description",
     "Пользователи обсуждают новость.\n\n«Нытики, вы определитесь», – написал один из пользователей.",
     "Нытики, вы определитесь", "один из пользователей", "один из пользователей"),
]


@pytest.mark.parametrize("label,text,content,name,mention", UNNAMED, ids=[c[0] for c in UNNAMED])
def test_unnamed_speakers_mJ33(enrich, label, text, content, name, mention):
    speaker = quote_of(enrich(text), content, label).speaker
    assert speaker is not None, label
    assert (speaker.name, speaker.text) == (name, mention), label


# (mechanism, text, content of the quote, expected speaker name, expected cue)
CUES = [
    ("guard C11: a known past-tense verb keeps its lemma",
     "Телеведущая ответила актрисе.\n\n«Я им очень горжусь», – пошутила Собчак.",
     "Я им очень горжусь", "Ксения Собчак", "пошутить"),
    ("C11: an unknown past-tense verb tagged a noun gets its infinitive as the cue",
     "Телеведущая ответила актрисе.\n\n«Я им очень горжусь», – сыронизировала Собчак.",
     "Я им очень горжусь", "Ксения Собчак", "сыронизировать"),
]


@pytest.mark.parametrize("label,text,content,name,cue", CUES, ids=[c[0] for c in CUES])
def test_cues_mJ33(enrich, label, text, content, name, cue):
    quote = quote_of(enrich(text), content, label)
    assert (quote.speaker.name if quote.speaker else None, quote.cue) == (name, cue), label


# (mechanism, text, content of the quote, expected kind)
KINDS = [
    ("C2: a name in doubled apostrophes is no quoted words",
     "Роскомнадзор заблокировал сайт.\n\nИзвестия уверили, что действия чиновников нанесли значительный ущерб "
     "''Amazon.com''.",
     "действия чиновников нанесли значительный ущерб ''Amazon.com''", "indirect"),
    ("C2: a name in doubled apostrophes inside an according-to frame's content",
     "Роскомнадзор заблокировал сайт.\n\nПо утверждениям чиновников, Роскомнадзор отправлял в ''Amazon'' "
     "уведомление, но ответа не получил.",
     "Роскомнадзор отправлял в ''Amazon'' уведомление, но ответа не получил", "indirect"),
    ("guard C2: quoted words in doubled apostrophes stay mixed",
     "В Каракасе прошли выборы.\n\nПрезидент заявил, что он завершит ''«боливарскую революцию»'' и построит "
     "социализм.",
     "он завершит ''«боливарскую революцию»'' и построит социализм", "mixed"),
]


@pytest.mark.parametrize("label,text,content,kind", KINDS, ids=[c[0] for c in KINDS])
def test_kinds_mJ33(enrich, label, text, content, kind):
    assert quote_of(enrich(text), content, label).kind == kind, label
