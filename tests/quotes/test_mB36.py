"""mB36 table tests: mends of review rv36_Q's causes C1 (content extent), C5 (marks that name) and C10 ("якобы" deep
in the content).  Made-up sentences with invented names (a few keep one phrase of an unread article to pin the
construction); "guard" rows passed on the old code and must keep passing.  C9 ("Эта история напомнила о …: …"), the
contest name ("конкурс на «…»") and an owner's quoted name before an according-to frame's comma fired nowhere on unread
text: they are on the branch mB36-nofire."""
from __future__ import annotations

import pytest

from quote_checks import quote_of

# (mechanism, text, content of the quote, expected speaker name)
EXTENT_CASES = [
    ("C1 'и' + a verb agreeing with the content's subject stays in the content",
     "Министр Олег Петров добавил, что музыкант был оптимистом и верил в себя и свое дело.",
     "музыкант был оптимистом и верил в себя и свое дело", "Олег Петров"),
    ("C1 the same when the parse hangs the verb on the speaker's part of the content",
     "Врач Иван Котов предупредил, что новый вариант вируса распространяется быстрее и требует от населения "
     "осторожности.",
     "новый вариант вируса распространяется быстрее и требует от населения осторожности", "Иван Котов"),
    ("C1 a «чтобы» clause's predicate after its subject's relative clause",
     "Депутат Анна Петрова также предложила, чтобы девушки, которые столкнулись с домогательствами, написали ей.",
     "девушки, которые столкнулись с домогательствами, написали ей", "Анна Петрова"),
    ("C1 a content's predicate after its subject's participial phrase",
     "Глава профсоюза Олег Рябов сообщил, что пилоты, представляющие интересы экипажей, призвали к забастовке.",
     "пилоты, представляющие интересы экипажей, призвали к забастовке", "Олег Рябов"),
    ("guard: the speaker's second report with its own clause",
     "Министр Олег Петров заявил, что Путин провел встречу, и подчеркнул, что доклад готов.",
     "Путин провел встречу", "Олег Петров"),
    ("guard: a lone 'и' before the speaker's second report with its own clause",
     "Министр Олег Петров заявил, что музыкант был оптимистом и добавил, что песни его живут.",
     "музыкант был оптимистом", "Олег Петров"),
    ("C1 a topic's tail the parse hangs across the cue verb",
     "Журналистка Анна Котова предположила, что каждая женщина хотя бы раз в жизни сталкивалась с домогательствами, "
     "и рассказала о подруге, которой пришлось уволиться из-за некорректного поведения начальника.",
     "подруге, которой пришлось уволиться из-за некорректного поведения начальника", "Анна Котова"),
    ("guard: a topic's tail on the cue verb itself",
     "Министр Олег Петров рассказал о проблемах компании на пресс-конференции в четверг.",
     "проблемах компании на пресс-конференции в четверг", "Олег Петров"),
    ("C1 a postposed frame's words start after an ownerless «согласно X,»",
     "Согласно документу, премия присуждена Ивану Петрову – «за исследование развития детей», говорится в "
     "сообщении на сайте Кремля.",
     "премия присуждена Ивану Петрову – «за исследование развития детей»", "Кремль"),
    ("guard: «согласно X,» with a speaking owner before a postposed frame",
     "Согласно данным полиции, погибли два человека, сообщает ТАСС.",
     "погибли два человека", "полиция"),
    ("C1 a lost full stop after a closing mark ends the mixed content",
     "Накануне министр Ганс Майер выступил против санкций, заявив, что \"вопросы энергетической политики должны "
     "решаться в Европе\" Ранее США усилили давление на Германию и угрожали компаниям.",
     "вопросы энергетической политики должны решаться в Европе", "Ганс Майер"),
    ("C1 a lost outlet's verb before «Хотя» ends the content",
     "Фермер Ашот Карапетян утверждает, что в стране его семья подвергается опасности, сообщает Хотя суд "
     "отменил приговор, радикалы угрожают расправой.",
     "в стране его семья подвергается опасности", "Ашот Карапетян"),
]


@pytest.mark.parametrize("label, text, content, speaker", EXTENT_CASES, ids=[c[0][:60] for c in EXTENT_CASES])
def test_content_extent(enrich, label, text, content, speaker):
    quote = quote_of(enrich(text), content, label)
    assert quote.speaker is not None and quote.speaker.name == speaker, f"{label}: {quote.speaker}"


# (mechanism, text, content of the inner frame's quote)
ACCORDING_CASES = [
    ("C1 «согласно X» opening the content is the inner source's frame",
     "Главный редактор Мария Орлова сообщила, что, согласно заявлению турецкой стороны, журналистов агентства нет в "
     "отделении полиции.",
     "журналистов агентства нет в отделении полиции"),
    ("guard: «по данным X» with a bare owner",
     "Министр сообщил, что, по данным полиции, погибли два человека.",
     "погибли два человека"),
]


@pytest.mark.parametrize("label, text, content", ACCORDING_CASES, ids=[c[0][:60] for c in ACCORDING_CASES])
def test_inner_according_frame(enrich, label, text, content):
    doc = enrich(text)
    quote_of(doc, content, label)
    assert not any(q.text.lower().startswith(("согласно", "по данным")) for q in doc.quotes), \
        f"{label}: {[q.text for q in doc.quotes]}"


# (mechanism, text, content, expected kind)
KIND_CASES = [
    ("C5 marks after «под названием» enclose a name",
     "Английские СМИ утверждают, что министрам придется решить, тонуть ли дальше вместе с кораблем под названием "
     "«премьер-министр Анна Смит».",
     "министрам придется решить, тонуть ли дальше вместе с кораблем под названием «премьер-министр Анна Смит»",
     "indirect"),
    ("guard: a quoted evaluation stays the speaker's words",
     "Министр заявил, что страна плывет на «тонущем корабле».",
     "страна плывет на «тонущем корабле»", "mixed"),
]


@pytest.mark.parametrize("label, text, content, kind", KIND_CASES, ids=[c[0][:60] for c in KIND_CASES])
def test_kind(enrich, label, text, content, kind):
    assert quote_of(enrich(text), content, label).kind == kind, label


# (mechanism, text, content, expected hedged)
HEDGE_CASES = [
    ("C10 «якобы» before a predicate deep in the content",
     "Завод могут закрыть, сообщает Telegram-канал «Сводки».\n\n"
     "Отмечается также, что решение о прекращении проекта может грозить кадровыми решениями, в том числе под "
     "угрозой якобы оказывается директор завода Олег Петров.",
     "решение о прекращении проекта может грозить кадровыми решениями, в том числе под угрозой якобы оказывается "
     "директор завода Олег Петров", True),
    ("C10 «якобы» before the last of coordinated predicates",
     "Журналистка Анна Котова рассказала, что когда она приехала в офис чиновника, он провел ее в свой кабинет, "
     "запер дверь и якобы прислонил ее к стене.",
     "когда она приехала в офис чиновника, он провел ее в свой кабинет, запер дверь и якобы прислонил ее к стене",
     True),
    ("guard: «якобы» before a noun doubts one word, not the report",
     "Министр Олег Петров заявил, что ответ на вопрос о том, поверила ли она двум мужчинам, которых Лондон обвиняет "
     "в якобы отравлении Скрипалей, звучал иначе.",
     "ответ на вопрос о том, поверила ли она двум мужчинам, которых Лондон обвиняет в якобы отравлении Скрипалей, "
     "звучал иначе", False),
]


@pytest.mark.parametrize("label, text, content, hedged", HEDGE_CASES, ids=[c[0][:60] for c in HEDGE_CASES])
def test_hedged(enrich, label, text, content, hedged):
    assert quote_of(enrich(text), content, label).hedged is hedged, label
