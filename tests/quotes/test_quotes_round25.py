"""Round 25 table tests, made-up sentences (classes read on unread RuNormAS and NEREL news):
a class noun opening a line that the tagger and NER took for a one-word name ("Стилист X
сообщил", "Ополченец и блогер X заявил") is no person - the name after it is; an adjective
of a church title NER took for a name ("Митрополит Тверской … Амвросий") is no person either,
and the title's role mentions are the named one's; "главред журнала" refers back to the one
introduced as "главный редактор журнала"; one closing mark ends an inner quote and the outer
one before a bare dash frame after "!", "?" or "…"; a bare "пресс-служба"/"ведомство" is the
office that spoke last; an unowned interview is the one of the person quoted last; "выступил
с заявлением: «…»" is the subject's; quotes listed with commas share one dash frame; a bare
"девушка" is the one woman just named; a name after a title with "?" that cut the sentence
names the description before the title ("guard": a wording kept so the mechanism stays
bounded)."""
from __future__ import annotations

import dataclasses

import pytest

from khronika.nlp.doc import Actor, Mention
from khronika.quotes.marks import find_quoted, outermost
from quote_checks import speaker_of

# (mechanism, text, content of the quote, expected speaker name)
QUOTED = [
    ("a compound post refers back to the one introduced with its spelt-out form",
     "Главный редактор журнала «Парус» Ольга Миронова дала интервью. «Я довольна», – сказала она.\n\n"
     "Главред журнала отмечает, что тираж вырос вдвое.",
     "тираж вырос вдвое", "Ольга Миронова"),
    ("a closing mark after «…!» ends the outer quote before a bare dash frame",
     "«Утром я позвонила сестре, и она ответила: «Не звони так рано!» – рассказала Ольга Миронова.\n\n"
     "«Она всегда была совой», – написала Миронова.",
     "Она всегда была совой", "Ольга Миронова"),
    ("a bare press office is the press office that spoke last, not the organisation named since",
     "Слухи о банкротстве фабрики ложны, сообщила пресс-служба холдинга «Заря». Там отметили, что отчёт "
     "проверил Росстат. В пресс-службе призвали читателей «не верить слухам».",
     "не верить слухам", "пресс-служба холдинга «Заря»"),
    ("a bare 'ведомство' is the state body that spoke last",
     "В прокуратуре сообщили, что против сделки выступил городской совет. «Идёт проверка», – добавили в "
     "прокуратуре. «Нарушений пока нет», – сказали в ведомстве.",
     "Нарушений пока нет", "прокуратура"),
    ("an unowned interview is the one of the person quoted last, counted from where the words began",
     "Премьер Латвии Карл Озолс дал интервью журналу «Восход». «Мы следим за соседями», – отметил он. "
     "Партия «Новый путь» выиграла выборы. «Мы уцелели. Мы знаем, как вести себя. Мы не ищем ссор», "
     "– говорится в интервью.",
     "Мы уцелели. Мы знаем, как вести себя. Мы не ищем ссор", "Карл Озолс"),
    ("the subject who issued an unowned statement before a colon speaks it",
     "Министр транспорта Карл Озолс выступил с заявлением: «Мост откроют к осени».",
     "Мост откроют к осени", "Карл Озолс"),
    ("quoted utterances listed with commas before one dash frame share it",
     "«Верните старый состав!», «Где новый альбом?», «Скучно!», – написали фанаты.",
     "Верните старый состав!", "фанаты"),
    ("a bare noun of sex and age is the one person of that gender just named",
     "Гимнастка Ольга Миронова вышла замуж. Девушка сообщила, что свадьба прошла в Казани.",
     "свадьба прошла в Казани", "Ольга Миронова"),
    ("guard: with two women just named a bare 'девушка' is nobody's",
     "Гимнастка Ольга Миронова и певица Дарья Котова вышли замуж. Девушка сообщила, что свадьба прошла в Казани.",
     "свадьба прошла в Казани", "Девушка"),
    ("a title with '?' inside cut the sentence: the name after the title's closing mark is who speaks",
     "Умер актёр Олег Лебедев. «Не могу поверить», – написала солистка «Кто? Где?» Дарья Котова в Facebook.",
     "Не могу поверить", "Дарья Котова"),
    ("guard: a plain description and its name as before",
     "Певец Павел Гусев сообщил, что его оштрафовали за парковку.",
     "его оштрафовали за парковку", "Павел Гусев"),
]


@pytest.mark.parametrize("label,text,content,expected", QUOTED, ids=[c[0] for c in QUOTED])
def test_round25_quoted(enrich, label, text, content, expected):
    assert speaker_of(enrich(text), content, label) == expected, label


# (mechanism, text, the quote's outermost spans as written)
MARKS = [
    ("one closer after «…!» ends both spans before a bare dash frame",
     "«Он ответил: «Стой!» – вспоминает Иван. «Больше я его не видел», – добавил он.",
     ["Он ответил: «Стой!", "Больше я его не видел"]),
    ("one closer after «…?» ends both spans before a bare dash frame",
     "«Она спросила: «Ты придёшь?» – рассказал Иван.",
     ["Она спросила: «Ты придёшь?"]),
    ("guard: no bare dash frame without a final !, ? or …",
     "«Мы назвали его «Мир» – так решили все», – сказал Иван.",
     ["Мы назвали его «Мир» – так решили все"]),
    ("guard: the outer quote closed later in its paragraph stays open",
     "«Она крикнула: «Стой!» – и побежала дальше», – рассказал Иван.",
     ["Она крикнула: «Стой!» – и побежала дальше"]),
]


@pytest.mark.parametrize("label,text,expected", MARKS, ids=[c[0] for c in MARKS])
def test_round25_marks(label, text, expected):
    assert [text[s.start:s.stop] for s in outermost(find_quoted(text))] == expected, label


def test_round25_guard_names_listed_are_no_series(enrich):
    """guard: names listed with commas before a dash are no utterances of the frame's speaker."""
    doc = enrich("«Спартак», «Зенит», – перечислил тренер команды, которые он уважает.")
    assert not [q for q in doc.quotes if q.text == "Спартак"], [(q.text, q.speaker) for q in doc.quotes]


def _with_name_slip(doc, word: str, pos: str):
    """NER's slip as seen on real pages: `word` becomes a one-word person of its own (and, with
    `pos`, the tagger's part of speech for it)."""
    at = doc.text.index(word)
    slip = Actor("x:per:slip", word, "PER", mentions=[])
    doc.mentions.append(Mention(at, at + len(word), word, "PER", word, slip.id))
    doc.mentions.sort(key=lambda m: m.start)
    slip.mentions = [i for i, m in enumerate(doc.mentions) if m.actor_id == slip.id]
    doc.actors.append(slip)
    doc.tokens[:] = [dataclasses.replace(t, pos=pos) if t.start == at else t for t in doc.tokens]
    return doc


def _quotes_again(pipeline, doc):
    next(c for c in pipeline.components if c.name == "quotes")(doc)
    return {q.text: q.speaker.name if q.speaker else None for q in doc.quotes}


# (mechanism, title, text, the slip word, its tagged part of speech, content, expected speaker)
SLIPS = [
    ("a line-opening class noun tagged as a name, the name apposed after it",
     "Павла Гусева вызвали в полицию после пикета", "Стилист Павел Гусев сообщил, что его вызвали в полицию.",
     "Стилист", "PROPN", "его вызвали в полицию", "Павел Гусев"),
    ("a line-opening class noun tagged as a name, the name apposed to its conjunct",
     "Появились новые данные об отрядах", "Ополченец и блогер Павел Гусев заявил, что отряды переходят в армию.",
     "Ополченец", "PROPN", "отряды переходят в армию", "Павел Гусев"),
]


@pytest.mark.parametrize("label,title,text,word,pos,content,expected", SLIPS, ids=[c[0] for c in SLIPS])
def test_round25_line_initial_class_noun(pipeline, enrich, label, title, text, word, pos, content, expected):
    doc = _with_name_slip(enrich(text, title=title), word, pos)
    assert _quotes_again(pipeline, doc).get(content) == expected, label


def test_round25_guard_capitalised_name_mid_line(pipeline, enrich):
    """guard: a one-word name after a comma is no line-opening class noun: the rule keeps away."""
    doc = enrich("По данным полиции, Гусев Павел заявил, что невиновен.")
    speakers = _quotes_again(pipeline, doc)
    assert speakers.get("невиновен") not in (None, "Павел"), speakers


def test_round25_title_adjective_taken_for_a_name(pipeline, enrich):
    """"Митрополит Тверской и Кашинский Амвросий": NER's one-word person "Тверской" (an adjective of
    the title) is neither the speaker nor the antecedent of "митрополит" and "он" later."""
    text = ("Митрополит Тверской и Кашинский Амвросий заявил, что храм будет восстановлен. "
            "«Работы начнутся весной», – отметил митрополит. Он также сказал, что приход соберёт средства.")
    doc = enrich(text)
    tokens = {t.text: t for t in doc.tokens}
    if tokens["Тверской"].pos != "ADJ" or tokens["Тверской"].rel != "amod":
        pytest.skip("the parse does not hang the title adjective on the title noun here")
    if not any(m.type == "PER" and m.text == "Тверской" for m in doc.mentions):
        doc = _with_name_slip(doc, "Тверской", "ADJ")
        for mention in doc.mentions:
            if mention.type == "ROLE":
                mention.actor_id = "x:per:slip"  # (the actor layer hangs the title's role mentions on it)
    speakers = _quotes_again(pipeline, doc)
    assert {speakers.get(c) for c in ("храм будет восстановлен", "Работы начнутся весной",
                                      "приход соберёт средства")} == {"Амвросий"}, speakers
