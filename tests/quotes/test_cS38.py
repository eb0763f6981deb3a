"""(cS38) Review rv37_Q's causes C2 and C3, with made-up sentences of the reviewed shapes:
C2  an indirect content (or an "о"-topic) that ran past ", но / однако / хотя" into the narrator's clause: the
    speaker's own predicate after the contrast ("…, но конкретную дату не называла", "…, однако также не сообщил подробностей") - while the
    content's own subject going on ("пытался уйти …, но не справился"), a hearsay "якобы" and a content's "он" keep
    the clause in the content;
C3  a fronted "о"-topic before an impersonal report ("О создании X сообщалось в июле", "Об отставке было объявлено",
    "О задержании сообщили в полиции") - while a report to come ("будет объявлено", "может быть объявлено"), a
    negated one ("не сообщается") and an epistemic "стало известно" stay out.
Each row names its mechanism; "guard" rows got the same answer from the old code and keep it."""
from __future__ import annotations

import pytest

from quote_checks import assert_no_quote_with, speaker_of

# (mechanism, text, content of the quote, expected speaker name; None = unknown)
ENDS = [
    ("C2: the speaker's own negated speech verb after 'но' (the content has its own subject)",
     "Министр Анна Петрова сообщила, что документ будет опубликован на текущей неделе, но конкретную дату "
     "не называла.",
     "документ будет опубликован на текущей неделе", "Анна Петрова"),
    ("C2: the speaker named again after 'хотя'",
     "Ryanair сообщила, что пассажиры будут уведомлены заранее, хотя точных сроков Ryanair не назвала.",
     "пассажиры будут уведомлены заранее", "Ryanair"),
    ("C2: the speaker's remark on its own words after 'однако'",
     "МИД Италии подтвердил, что в Сирии был похищен итальянский гражданин, однако также не сообщил никаких "
     "подробностей.",
     "в Сирии был похищен итальянский гражданин", "МИД Италии"),
    ("C2: a speech verb of the speaker after 'но' ends a subjectless content",
     "Певица Анна Петрова рассказала о своей болезни.\n\nОна отметила, что не имеет права отговаривать других, но "
     "попросила не повторять ее ошибки и внимательно следить за состоянием своих имплантов.",
     "не имеет права отговаривать других", "Анна Петрова"),
    ("C2: after an impersonal plural content a singular verb is the speaker's",
     "Губернатор Иван Петров заявил, что дороги отремонтируют к осени, однако денег на это пока не выделил.",
     "дороги отремонтируют к осени", "Иван Петров"),
    ("C2: an 'о'-topic ends before the speaker's second report after 'однако'",
     "Авиакомпания Ryanair во вторник объявила об отмене 190 рейсов, однако в четверг сказала о еще не менее "
     "100 рейсах после того, как пилоты заявили, что присоединятся к протесту.",
     "отмене 190 рейсов", "Ryanair"),
    ("C2: the speaker's remark after an infinitive cue takes the form of its finite predicate",
     "Еще в мае чиновники министерства вынуждены были заявить, что опубликуют новый доклад в ближайшее время, "
     "однако не называли точной даты публикации.",
     "опубликуют новый доклад в ближайшее время", "чиновники министерства"),
    ("C2: a declining helper with a speech infinitive is the speaker's remark",
     "Адвокат Светлана Петренко сообщила, что записи приобщены к делу, но не стала раскрывать их содержание.",
     "записи приобщены к делу", "Светлана Петренко"),
    ("C2 guard: an attitude verb the content's subject may hold is no remark on the words",
     "Анна Петрова сообщила, что компания выросла, но не ожидала такого роста.",
     "компания выросла, но не ожидала такого роста", "Анна Петрова"),
    ("C2 guard: the content's own subject goes on after 'но'",
     "Водитель Иван Петров рассказал, что автобус пытался уйти от столкновения, но не справился с управлением.",
     "автобус пытался уйти от столкновения, но не справился с управлением", "Иван Петров"),
    ("C2 guard: a new subject in the past after 'но' may be the speaker's claim",
     "Министр Иван Петров заявил, что цены выросли, но зарплаты остались прежними.",
     "цены выросли, но зарплаты остались прежними", "Иван Петров"),
    ("C2 guard: the hearsay word keeps the clause in the claim",
     "Монах Алексей Петров заявил, что он должен был стать убийцей журналиста, но якобы сам сообщил о "
     "подготовке убийства полиции.",
     "он должен был стать убийцей журналиста, но якобы сам сообщил о подготовке убийства полиции",
     "Алексей Петров"),
    ("C2 guard: a subjectless content of the speaker goes on with a verb of the speaker's",
     "Министр Анна Петрова заявила, что поддержит закон, но не смогла объяснить почему.",
     "поддержит закон, но не смогла объяснить почему", "Анна Петрова"),
    ("C3: a fronted topic before a passive in '-ся'",
     "О создании «умного шлема» для военных летчиков сообщалось в марте.",
     "создании «умного шлема» для военных летчиков", None),
    ("C3: a fronted topic before 'было объявлено'",
     "Об отставке министра обороны было объявлено в пятницу.",
     "отставке министра обороны", None),
    ("C3: a fronted topic before a subjectless plural with the place that spoke",
     "О задержании Ивана Петрова сообщили в полиции.",
     "задержании Ивана Петрова", "полиция"),
    ("C3 guard: a fronted topic with a named subject after the verb",
     "О кончине певца только сейчас сообщили его родственники.",
     "кончине певца", "его родственники"),
]


@pytest.mark.parametrize("mechanism,text,content,speaker", ENDS, ids=[c[0] for c in ENDS])
def test_content_end_and_speaker(enrich, mechanism, text, content, speaker):
    assert speaker_of(enrich(text), content, mechanism) == speaker


# (mechanism, text, a word no quote may contain)
NONE = [
    ("C3 guard: a report still to come", "Об отставке министра будет сообщено дополнительно.", "отставке"),
    ("C3 guard: a report that may come", "О его преемнике может быть объявлено в течение недели.", "преемнике"),
    ("C3 guard: a negated report", "О причинах его ухода не сообщается.", "причинах"),
    ("C3 guard: an epistemic frame is no speech", "О задержании Ивана Петрова стало известно вечером.",
     "задержании"),
    ("C3 guard: a relative's topic says nothing itself (gold non-quote, dev2 part 1)",
     "Советником стал Том Донилон, сменивший Джеймса Джонса, об уходе которого было объявлено накануне.", "уходе"),
    ("C3 guard: a counted subject the parse lost is not an impersonal plural",
     "К утру понедельника о приостановке авиарейсов из Великобритании в связи с распространением в стране "
     "нового варианта коронавируса объявили более 20 государств.", "приостановке"),
]


@pytest.mark.parametrize("mechanism,text,absent", NONE, ids=[c[0] for c in NONE])
def test_no_quote(enrich, mechanism, text, absent):
    assert_no_quote_with(enrich(text), absent, mechanism)
