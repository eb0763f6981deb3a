"""Naming round 3 (issue 5, events round 19): a relative named by the first name right after the person they are
related to ("жена Ивана Петрова Анна", "сын бизнесмена Олега Смирнова Петр").  Hand-built documents with tagger
readings set by hand, so that the table tests the rules of `actors.split_kin_first_names`, not the tagger.
Made-up names, not from any gold or read document."""
from __future__ import annotations

import pytest

from khronika.extract.article import Article
from khronika.nlp.doc import Doc, Mention, Token
from khronika.nlp.actors import gendered_surname, split_kin_first_names


def _doc(words: list[tuple[str, str, str]], spans: list[tuple[int, int, str]]) -> Doc:
    """Words as (text, lemma, "Case:Gender" or ""), joined by spaces; PER mentions as (first, last+1, normal)."""
    text, tokens, offset = "", [], 0
    for word, lemma, grams in words:
        feats = dict(zip(("Case", "Gender"), grams.split(":"))) if grams else {}
        tokens.append(Token(offset, offset + len(word), word, lemma, "NOUN", feats, -1, ""))
        text += word + " "
        offset += len(word) + 1
    article = Article(id="t", source="test", title="", published="", language="ru", lead="", paragraphs=[text])
    doc = Doc(article=article, text=text, parts=[], tokens=tokens)
    doc.mentions = [Mention(tokens[a].start, tokens[b - 1].stop, text[tokens[a].start:tokens[b - 1].stop], "PER", normal)
                    for a, b, normal in spans]
    return doc


def _normals(doc: Doc) -> list[tuple[str, str]]:
    return [(m.text, m.normal) for m in doc.mentions if m.type == "PER"]


KIN = [
    # the tagger merged the two names: split, the relative takes the family name in her own form
    ([("Дочь", "дочь", "Nom:Fem"), ("Ивана", "иван", "Gen:Masc"), ("Петрова", "петров", "Gen:Masc"), ("Анна", "анна", "Nom:Fem")],
     [(1, 4, "Иван Петров Анна")], [("Ивана Петрова", "Иван Петров"), ("Анна", "Анна Петрова")]),
    # a bare first name right after the relative: named with the family name ("сын … Олега Смирнова Петр")
    ([("Сын", "сын", "Nom:Masc"), ("бизнесмена", "бизнесмен", "Gen:Masc"), ("Олега", "олег", "Gen:Masc"),
      ("Смирнова", "смирнов", "Gen:Masc"), ("Петр", "петр", "Nom:Masc")],
     [(2, 4, "Олег Смирнов"), (4, 5, "Петр")], [("Олега Смирнова", "Олег Смирнов"), ("Петр", "Петр Смирнов")]),
    # a spouse keeps her own family name unless the document names her with his
    ([("Жена", "жена", "Nom:Fem"), ("Ивана", "иван", "Gen:Masc"), ("Петрова", "петров", "Gen:Masc"), ("Анна", "анна", "Nom:Fem")],
     [(1, 4, "Иван Петров Анна")], [("Ивана Петрова", "Иван Петров"), ("Анна", "Анна")]),
    ([("Жена", "жена", "Nom:Fem"), ("Ивана", "иван", "Gen:Masc"), ("Петрова", "петров", "Gen:Masc"), ("Анна", "анна", "Nom:Fem"),
      (".", ".", ""), ("Анна", "анна", "Nom:Fem"), ("Петрова", "петрова", "Nom:Fem")],
     [(1, 4, "Иван Петров Анна"), (5, 7, "Анна Петрова")],
     [("Ивана Петрова", "Иван Петров"), ("Анна", "Анна Петрова"), ("Анна Петрова", "Анна Петрова")]),
    # "супруга" lemmatised as "супруг": the tag's gender decides
    ([("Супруга", "супруг", "Nom:Fem"), ("Ивана", "иван", "Gen:Masc"), ("Петрова", "петров", "Gen:Masc"), ("Анна", "анна", "Nom:Fem"),
      (".", ".", ""), ("Анна", "анна", "Nom:Fem"), ("Петрова", "петрова", "Nom:Fem")],
     [(1, 4, "Иван Петров Анна"), (5, 7, "Анна Петрова")],
     [("Ивана Петрова", "Иван Петров"), ("Анна", "Анна Петрова"), ("Анна Петрова", "Анна Петрова")]),
    # a patronymic in the middle: one person, left alone
    ([("Сын", "сын", "Nom:Masc"), ("Ивана", "иван", "Gen:Masc"), ("Степановича", "степанович", "Gen:Masc"),
      ("Петрова", "петров", "Gen:Masc")],
     [(1, 4, "Иван Степанович Петров")], [("Ивана Степановича Петрова", "Иван Степанович Петров")]),
    # a three-word foreign name or one with a particle after a kin noun is one person (lead: these were split
    # on factRuEval dev: "Марин Ле Пен", "Кэтрин Жермен Джексон")
    ([("Сын", "сын", "Nom:Masc"), ("Жана", "жан", "Gen:Masc"), ("Ле", "ле", ""), ("Рока", "рок", "Gen:Masc")],
     [(1, 4, "Жан Ле Рок")], [("Жана Ле Рока", "Жан Ле Рок")]),
    ([("Брат", "брат", "Nom:Masc"), ("Джона", "джон", "Gen:Masc"), ("Мартена", "мартен", "Gen:Masc"),
      ("Кларка", "кларк", "Gen:Masc")],
     [(1, 4, "Джон Мартен Кларк")], [("Джона Мартена Кларка", "Джон Мартен Кларк")]),
    # no kin noun before the names: left alone
    ([("Депутат", "депутат", "Nom:Masc"), ("Ивана", "иван", "Gen:Masc"), ("Петрова", "петров", "Gen:Masc"), ("Анна", "анна", "Nom:Fem")],
     [(1, 4, "Иван Петров Анна")], [("Ивана Петрова Анна", "Иван Петров Анна")]),
    # a first name after words between it and the relative: not this construction
    ([("Сын", "сын", "Nom:Masc"), ("Олега", "олег", "Gen:Masc"), ("Смирнова", "смирнов", "Gen:Masc"), ("и", "и", ""),
      ("Петр", "петр", "Nom:Masc")],
     [(1, 3, "Олег Смирнов"), (4, 5, "Петр")], [("Олега Смирнова", "Олег Смирнов"), ("Петр", "Петр")]),
]


@pytest.mark.parametrize("words, spans, expected", KIN)
def test_kin_first_names(words, spans, expected) -> None:
    doc = _doc(words, spans)
    split_kin_first_names(doc)
    assert _normals(doc) == expected


@pytest.mark.parametrize("surname, female, expected", [
    ("Петров", True, "Петрова"), ("Петрова", False, "Петров"), ("Петров", False, "Петров"),
    ("Кушнирук", True, None), ("Ильина", True, "Ильина"),
])
def test_gendered_surname(surname: str, female: bool, expected: str | None) -> None:
    assert gendered_surname(surname, female) == expected
