"""Helper qs table tests (speaker misses of quotes whose span is right, read on quotes-dev3/dev4 and a
fresh unread sample), made-up sentences, one row per case - each rule has rows the old code failed:
1. a cue after the closing quotation mark shares no subject with a speech verb inside the marks
   ("«…, когда люди говорят: …», – сказал лидер X": X, not "люди");
2. a singular cue verb is no conjunct of a verb whose subject is plural (the parse misjoined them:
   "X высказался, что партнёры рассмотрят …, и верит, что …": X);
3. a pronoun after a multi-sentence quote refers to the unnamed speaker its frame described
   ("«… . …», — сказал представитель МИД Франции. Он добавил …");
4. "говорится в сообщении компании" after a content whose subject names two organisations: the bare
   genitive owner ("прибыль «Газпрома» по МСФО"), not the one under a preposition;
5. "глава/руководитель правительства (кабмина)" is the head of government: never a person introduced with
   another post or role ("королева", "официальный представитель МИД"), nor the next person named; the one
   person introduced as premier (or chancellor) when the text has one.
Guards keep the old answers where the rule must not fire."""
from __future__ import annotations

import pytest

from quote_checks import speaker_of

# (mechanism, text, content of the quote, expected speaker name; None = unknown)
CASES = [
    # --- 1. no shared subject with a speech verb inside quotation marks
    ("dash cue after a quote holding 'люди говорят:'",
     "Сегодня на бульваре не было почти никакой символики. Единственный крупный плакат, который "
     "держали собравшиеся, был с фотографией Петрова. На нем надпись – «40 дней без Олега».\n\n"
     "«Смерть Олега стала переломным моментом, когда люди, не боясь, говорят: “Нам надоело терпеть, "
     "что нас убивают на нашей собственной земле”», – сказал в беседе с корреспондентом «Голоса "
     "Америки» лидер Движения против нелегальной иммиграции Игорь Соколов.",
     "Смерть Олега стала переломным моментом, когда люди, не боясь, говорят: “Нам надоело терпеть, "
     "что нас убивают на нашей собственной земле”", "Игорь Соколов"),
    ("guard: cue subject before the quote is kept",
     "Председатель совета Игорь Соколов ответил журналистам и сказал: «Горожане говорят, что устали "
     "от насилия на улицах»",
     "Горожане говорят, что устали от насилия на улицах", "Игорь Соколов"),
    # --- 2. singular conjunct of a plural-subject verb
    ("'и верит' after a что-clause with a plural subject",
     "Однако директор агентства по космическим полётам Джон Миллер высказался в том духе, что "
     "российские инженеры со всей тщательностью рассмотрят возникшие проблемы, и верит, что "
     "инженеры найдут причины этих проблем до следующего старта.",
     "инженеры найдут причины этих проблем до следующего старта", "Джон Миллер"),
    ("guard: plural conjunct of a plural subject",
     "Депутаты заявили, что закон будет принят, и добавили, что поправки уже готовы.",
     "поправки уже готовы", "Депутаты"),
    # --- 3. a pronoun after a multi-sentence quote with a described speaker
    ("'Он добавил' after a two-sentence quote framed by 'представитель МИД Франции'",
     "Париж поддерживает реформу газового рынка, передает ТАСС.\n\n"
     "«Пересмотр директивы нужен всем странам союза. Новая директива будет применяться и к новым "
     "газопроводам», — сказал представитель МИД Франции. Он добавил, что власти настроены на "
     "поддержание новой директивы.",
     "власти настроены на поддержание новой директивы", "представитель МИД Франции"),
    ("guard: 'Он добавил' after a named speaker",
     "Париж поддерживает реформу газового рынка, передает ТАСС.\n\n"
     "«Пересмотр директивы нужен всем странам союза. Новая директива будет применяться и к новым "
     "газопроводам», — сказал министр Жан Дюпон. Он добавил, что власти настроены на поддержание "
     "новой директивы.",
     "власти настроены на поддержание новой директивы", "Жан Дюпон"),
    # --- 4. the bare genitive owner of the content's subject
    ("'сообщении компании' after 'прибыль «Газпрома» по МСФО'",
     "Чистая прибыль «Газпрома» по МСФО, относящаяся к акционерам компании, за первый квартал "
     "выросла на 11% и составила 371 миллиард рублей, говорится в сообщении компании.",
     "Чистая прибыль «Газпрома» по МСФО, относящаяся к акционерам компании, за первый квартал "
     "выросла на 11% и составила 371 миллиард рублей", "Газпром"),
    ("guard: one organisation in the subject",
     "«Газпром» передал 100% акций Nord Stream 2 в залог, говорится в отчете компании.",
     "«Газпром» передал 100% акций Nord Stream 2 в залог", "Газпром"),
    # --- 5. the head of government
    ("'Руководитель правительства сообщила' after a queen named last and a premier before",
     "Министр по делам Brexit подал в отставку, его отставку приняла премьер-министр Анна Смит.\n\n"
     "Новым министром стал Джон Браун. Королева Англии Мария IV одобрила назначение Джона Брауна на пост "
     "министра. Руководитель правительства Великобритании сообщила на своей странице, что Браун уже "
     "приступил к работе.",
     "Браун уже приступил к работе", "Анна Смит"),
    ("'в канцелярии главы правительства' with only a spokeswoman introduced: left as the description",
     "Официальный представитель МИД России Мария Захарова прокомментировала отставку министра "
     "иностранных дел Великобритании.\n\n"
     "\"Сегодня днем премьер приняла отставку министра. О том, кто его заменит, будет объявлено в "
     "ближайшее время\", - проинформировали в канцелярии главы правительства.",
     "Сегодня днем премьер приняла отставку министра. О том, кто его заменит, будет объявлено в "
     "ближайшее время", "глава правительства"),  # (rv21_Q H2: in the nominative whatever gender "главы" was tagged)
    ("guard: 'Глава государства' after a queen stays the queen",
     "Королева Англии Мария IV одобрила назначение Джона Брауна на пост министра. Глава государства "
     "сообщила, что Браун уже приступил к работе.",
     "Браун уже приступил к работе", "Мария IV"),
]


@pytest.mark.parametrize("label,text,content,expected", CASES, ids=[c[0] for c in CASES])
def test_quote_speakers_qs(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label
