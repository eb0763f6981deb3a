"""Naming round 2 (issue 5): a person's gender known from elsewhere in the document reads
names seen in oblique cases the tagger took for a man's.  Hand-built documents and tagger
readings set by hand, so that the table tests the rules of `mentions.person_genders` and
`natasha_adapter.person_normal`, not the tagger.  Made-up names, not from any gold or read document."""
from __future__ import annotations

import pytest

from khronika.extract.article import Article
from khronika.nlp import natasha_adapter as nat
from khronika.nlp.doc import Doc, Token
from khronika.nlp.mentions import person_genders
from khronika.nlp.ner_rules import RawSpan

from test_normal_names_round1 import name_tokens


@pytest.fixture(scope="module")
def vocab(nlp_resources):
    return nat.morph_vocab(nlp_resources)


def _doc(words: list[tuple[str, str, str, int, str]]) -> Doc:
    """Words as (text, POS, "Case:Gender" or "", head index, rel), joined by spaces."""
    text, tokens, offset = "", [], 0
    for word, pos, grams, head, rel in words:
        feats = dict(zip(("Case", "Gender"), grams.split(":"))) if grams else {}
        if pos == "VERB" and feats:
            feats = {"Gender": feats["Gender"], "Number": "Sing"}
        tokens.append(Token(offset, offset + len(word), word, word.lower(), pos, feats, head, rel))
        text += word + " "
        offset += len(word) + 1
    article = Article(id="t", source="test", title="", published="", language="ru", lead="", paragraphs=[text])
    return Doc(article=article, text=text, parts=[], tokens=tokens)


def _per_spans(doc: Doc, ranges: list[tuple[int, int]]) -> list[tuple[RawSpan, str | None]]:
    return [(RawSpan(doc.tokens[a].start, doc.tokens[b - 1].stop, "PER", "ner"), None) for a, b in ranges]


GENDERS = [
    # (words, PER token ranges, expected gender per range (None: no hint))
    # the subject of a feminine past verb makes the oblique mention a woman's
    ([("Суд", "NOUN", "", 1, "nsubj"), ("оправдал", "VERB", "Nom:Masc", -1, "root"),
      ("Зарину", "PROPN", "Acc:Masc", 1, "obj"), ("Мехди", "PROPN", "Acc:Masc", 2, "flat:name"),
      ("Зарина", "PROPN", "Nom:Masc", 6, "nsubj"), ("Мехди", "PROPN", "Nom:Masc", 4, "flat:name"),
      ("уехала", "VERB", "Nom:Fem", -1, "root")],
     [(2, 4), (4, 6)], ["Fem", "Fem"]),
    # one mention the tagger reads as feminine is enough; its masculine readings are no evidence
    ([("казни", "NOUN", "", -1, "root"), ("Зарины", "PROPN", "Gen:Fem", 0, "nmod"),
      ("Мехди", "PROPN", "Gen:Fem", 1, "flat:name"), ("Зарину", "PROPN", "Acc:Masc", 0, "obj"),
      ("Мехди", "PROPN", "Acc:Masc", 3, "flat:name")],
     [(1, 3), (3, 5)], ["Fem", "Fem"]),
    # a husband and wife of one surname: their first names tell them apart
    ([("Пётр", "PROPN", "Nom:Masc", 2, "nsubj"), ("Зоров", "PROPN", "Nom:Masc", 0, "flat:name"),
      ("уехал", "VERB", "Nom:Masc", -1, "root"), ("Анна", "PROPN", "Nom:Fem", 5, "nsubj"),
      ("Зорова", "PROPN", "Nom:Fem", 3, "flat:name"), ("осталась", "VERB", "Nom:Fem", -1, "root")],
     [(0, 2), (3, 5)], ["Masc", "Fem"]),
    # one name shown with both genders (a parse error or two people): no hint
    ([("Зарина", "PROPN", "Nom:Masc", 1, "nsubj"), ("уехала", "VERB", "Nom:Fem", -1, "root"),
      ("Зарина", "PROPN", "Nom:Masc", 3, "nsubj"), ("уехал", "VERB", "Nom:Masc", -1, "root")],
     [(0, 1), (2, 3)], [None, None]),
    # a first name shown with no gender does not take the one of a shared surname
    ([("Анна", "PROPN", "Nom:Fem", 2, "nsubj"), ("Зорова", "PROPN", "Nom:Fem", 0, "flat:name"),
      ("видела", "VERB", "Nom:Fem", -1, "root"), ("Бориса", "PROPN", "Acc:Masc", 2, "obj"),
      ("Зорова", "PROPN", "Acc:Masc", 3, "flat:name")],
     [(0, 2), (3, 5)], ["Fem", None]),
    # nothing but the tagger's masculine: no hint
    ([("Суд", "NOUN", "", 1, "nsubj"), ("оправдал", "VERB", "Nom:Masc", -1, "root"),
      ("Зарину", "PROPN", "Acc:Masc", 1, "obj")],
     [(2, 3)], [None]),
]


@pytest.mark.parametrize("words, ranges, expected", GENDERS, ids=[str(i) for i in range(len(GENDERS))])
def test_person_genders(words, ranges, expected):
    doc = _doc(words)
    spans = _per_spans(doc, ranges)
    genders = person_genders(doc, spans)
    assert [genders.get(span.start) for span, _ in spans] == expected


NAMES = [
    # (words with the tagger's case and gender, the document's gender, expected normal form)
    ("Зарину:Acc:Masc Мехди:Acc:Masc", "Fem", "Зарина Мехди"),
    ("Зарины:Gen:Masc Мехди:Gen:Masc", "Fem", "Зарина Мехди"),
    ("Асии:Gen:Masc Бенту:Gen:Masc", "Fem", "Асия Бенту"),
    # the tagger's case is off as well: the "-ии" of a woman's first name is oblique
    ("Асии:Nom:Masc Бенту:Nom:Masc", "Fem", "Асия Бенту"),
    # no document gender: unchanged
    ("Ивана:Gen:Masc Зорова:Gen:Masc", None, "Иван Зоров"),
    ("Ивана:Gen:Masc Зорова:Gen:Masc", "Masc", "Иван Зоров"),
]


@pytest.mark.parametrize("spec, gender, expected", NAMES, ids=[n[0] + "/" + str(n[1]) for n in NAMES])
def test_person_normal_with_document_gender(vocab, spec, gender, expected):
    assert nat.person_normal(vocab, name_tokens(spec), gender) == expected


# ---- relation words: a bare "муж" after the one man introduced as someone's husband ----

from khronika.nlp.actors import add_relation_mentions  # noqa: E402
from khronika.nlp.doc import Mention  # noqa: E402


def _relation_doc(text: str, persons: list[tuple[str, str]]) -> Doc:
    """`text` split on spaces (lemma = the word lower-cased without punctuation), with PER
    mentions at the first occurrence of each (name, actor id) after the previous one."""
    tokens, offset = [], 0
    for word in text.split(" "):
        bare = word.strip(".,")
        tokens.append(Token(offset, offset + len(bare), bare, bare.lower(), "NOUN", {}, -1, ""))
        offset += len(word) + 1
    article = Article(id="t", source="test", title="", published="", language="ru", lead="", paragraphs=[text])
    doc = Doc(article=article, text=text, parts=[], tokens=tokens)
    position = 0
    for name, actor_id in persons:
        start = text.index(name, position)
        doc.mentions.append(Mention(start, start + len(name), name, "PER", name, actor_id))
        position = start + len(name)
    return doc


RELATIONS = [
    # (text, persons, expected (word, actor) of new ROLE mentions)
    ("Муж Ирины Зоровой Алексей Зоров подал иск. Муж обвинил полицию.",
     [("Ирины Зоровой", "p:iz"), ("Алексей Зоров", "p:az")], [("Муж", "p:az")]),
    # two husbands introduced: a bare "муж" names nobody
    ("Муж Ирины Зоровой Алексей Зоров и муж Анны Юрьевой Олег Юрьев подали иск. Муж обвинил полицию.",
     [("Ирины Зоровой", "p:iz"), ("Алексей Зоров", "p:az"), ("Анны Юрьевой", "p:ay"), ("Олег Юрьев", "p:oy")], []),
    # not bare ("муж Ирины Зоровой" again): left alone; nor a word before the introduction
    ("Муж выступил. Муж Ирины Зоровой Алексей Зоров подал иск. Позже муж Ирины Зоровой уехал.",
     [("Ирины Зоровой", "p:iz"), ("Алексей Зоров", "p:az"), ("Ирины Зоровой", "p:iz")], []),
    # no introduction: nothing
    ("Алексей Зоров подал иск. Муж обвинил полицию.", [("Алексей Зоров", "p:az")], []),
]


@pytest.mark.parametrize("text, persons, expected", RELATIONS, ids=[str(i) for i in range(len(RELATIONS))])
def test_relation_mentions(text, persons, expected):
    doc = _relation_doc(text, persons)
    add_relation_mentions(doc)
    assert [(m.text, m.actor_id) for m in doc.mentions if m.type == "ROLE"] == expected
