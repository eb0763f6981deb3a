"""Names and their parts: official-name tails, places nested in registry
organisations, craft names — and how the factRuEval scorer reads an
organisation by its name part.  Tables run the real models."""
from __future__ import annotations

import pytest

from khronika.eval.ner import doc_for_text, factrueval_names, KHRONIKA_MAP
from khronika.nlp.components import Segment
from khronika.nlp.doc import Mention
from khronika.nlp.pipeline import Pipeline

NER = ["segment", "morph", "syntax", "ner"]


@pytest.fixture(scope="module")
def ner_pipeline(nlp_resources) -> Pipeline:
    return Pipeline.build(NER, resources=nlp_resources)


# sentence, mentions that must be there, mentions that must not
CASES = [
    ("Корабль «Союз МС-22» пристыковался к станции. На «Союзе» прилетели трое.",
     [], [("Союзе", "ORG")]),
    ("Об этом сообщил Совет при президенте РФ по развитию гражданского общества и правам человека.",
     [("Совет при президенте РФ по развитию гражданского общества и правам человека", "ORG"), ("РФ", "GPE")],
     [("Совет при президенте РФ", "ORG_CORE"), ("РФ по развитию гражданского общества и правам человека", "LOC")]),
    ("Сотрудники МВД по Башкирии задержали подозреваемого.",
     [("МВД по Башкирии", "ORG"), ("МВД", "ORG_CORE")], []),
    ("Об этом заявил заместитель директора НАСА по космическим полётам Билл Герстенмайер.",
     [("НАСА", "ORG"), ("Билл Герстенмайер", "PER")], [("НАСА по космическим полётам", "ORG")]),
    ("Обстрел ВСУ по Горловке продолжался всю ночь.", [], [("ВСУ по Горловке", "ORG")]),
    ("Глава комитета Совета Федерации по обороне и безопасности выступил с заявлением.",
     [("комитета Совета Федерации по обороне и безопасности", "ORG"), ("Совета Федерации", "ORG")], []),
    ("Законопроект одобрил комитет Госдумы по обороне.",
     [("комитет Госдумы по обороне", "ORG"), ("Госдумы", "ORG")], []),
    ("Госдепартамент США заявил о новых санкциях.", [("Госдепартамент США", "ORG"), ("США", "GPE")], []),
    ("Он дал интервью «Голосу Америки» в Вашингтоне.",
     [("Голосу Америки", "MEDIA")], [("Америки", "GPE"), ("Америки", "LOC")]),
    ("СМИ сообщили о задержании.", [], [("СМИ", "ORG")]),
    # an alias whose dictionary lemma is a word form ("Умеров" → "умер") finds no verb
    ("Умер известный писатель Иван Петров.", [("Иван Петров", "PER")], [("Умер", "PER")]),
    ("Министр обороны Украины Рустем Умеров заявил. Умеров подчеркнул.",
     [("Рустем Умеров", "PER"), ("Умеров", "PER")], []),
    # a registry alias with a title gives the name as the mention
    ("Папа римский Франциск прибыл в Рим.", [("Франциск", "PER")], [("Папа римский Франциск", "PER")]),
    ("Он вручил королеве Елизавете II подарок.", [("Елизавете II", "PER")], []),
    ("Жалобу рассмотрит Европейский суд по правам человека.",
     [("Европейский суд по правам человека", "ORG")], []),
]


@pytest.mark.parametrize("text,present,absent", CASES)
def test_name_parts(ner_pipeline, text, present, absent):
    doc = ner_pipeline.run(doc_for_text(text))
    found = [(m.text, m.type) for m in doc.mentions]
    for item in present:
        assert item in found, (item, found)
    for item in absent:
        assert item not in found, (item, found)


def test_tagged_place_inside_organisation_is_one_mention(ner_pipeline):
    doc = ner_pipeline.run(doc_for_text("МВД Киргизии сообщило о задержании."))
    assert [m.text for m in doc.mentions].count("Киргизии") == 1


def _mention(doc, surface: str, type_: str, source: str = "ner") -> Mention:
    start = doc.text.index(surface)
    return Mention(start, start + len(surface), surface, type_, surface, source=source)


# text, Khronika mentions (surface, type, source), factRuEval-scored spans (surface, type)
FACTRUEVAL_CASES = [
    ("МИД России выразил протест.", [("МИД России", "ORG", "ner"), ("России", "GPE", "gazetteer")],
     {("МИД", "ORG"), ("России", "LOC")}),
    ("МЧС по Санкт-Петербургу сообщило.", [("МЧС по Санкт-Петербургу", "ORG", "ner"), ("Санкт-Петербургу", "LOC", "ner")],
     {("МЧС по Санкт-Петербургу", "ORG"), ("Санкт-Петербургу", "LOC")}),
    ("Посольство США закрыто.", [("Посольство США", "ORG", "ner"), ("США", "GPE", "gazetteer")],
     {("США", "LOC")}),
    ("ОАО «Газпром» снизило цены.", [("ОАО «Газпром»", "ORG", "ner")], {("Газпром", "ORG")}),
    ("Российское правительство решило.", [("Российское правительство", "ORG", "descriptor")], set()),
]


@pytest.mark.parametrize("text,mentions,expected", FACTRUEVAL_CASES)
def test_factrueval_reads_name_parts(text, mentions, expected):
    doc = doc_for_text(text)
    Segment()(doc)
    for token in doc.tokens:
        token.lemma = token.text.lower()  # hand-set: the scorer only reads lemmas of head nouns
    made = [_mention(doc, surface, type_, source) for surface, type_, source in mentions]
    spans = factrueval_names(doc, made, KHRONIKA_MAP["factrueval"])
    assert {(doc.text[s:e], t) for s, e, t in spans} == expected


@pytest.mark.parametrize("text,surface,tagged,expected", [
    ("Лонгин Сабуров прибыл в город.", "Лонгин Сабуров", "LOC", "PER"),           # first name + surname
    ("Поддержку Ивану Сабурову выразили.", "Ивану Сабурову", "ORG", "PER"),        # same case (dative)
    ("Митинг прошёл на улице Александра Невского.", "Александра Невского", "LOC", "LOC"),  # a street
    ("Новости из Гата Камский пришли.", "Гата Камский", "LOC", "LOC"),             # "Гата" is no first name
])
def test_persons_by_name_grammar(nlp_resources, text, surface, tagged, expected):
    from khronika.nlp.natasha_adapter import morph_vocab
    from khronika.nlp.ner_rules import RawSpan, persons_by_name_grammar

    doc = doc_for_text(text)
    Segment()(doc)
    for token in doc.tokens:
        token.lemma = {"улице": "улица"}.get(token.text, token.text.lower())  # hand-set: the rule reads one lemma
    start = text.index(surface)
    [span] = persons_by_name_grammar(doc, [RawSpan(start, start + len(surface), tagged)], morph_vocab(nlp_resources))
    assert span.type == expected
