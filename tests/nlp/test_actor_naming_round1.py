"""Naming round 1 (issue 5) in the actors layer, on hand-built documents so that the tagger and
the parser do not decide the outcome: a description the tagger kept before a person's name
is dropped from its normal form only in the parser's description pattern; a first name alone joins the one person
named in full with it; a bare role names the one person introduced with it earlier.
Made-up names, not taken from any gold or read document."""
from __future__ import annotations

import pytest

from khronika.extract.article import Article
from khronika.nlp.actors import document_role_holder, link_persons, trim_person_descriptions
from khronika.nlp.doc import Actor, Doc, Mention, Token


def _doc(words: list[tuple[str, str, int]], mentions: list[tuple[int, int, str, str]]) -> Doc:
    """A document of `words` (text, rel, head token index) joined by spaces, with PER (or ROLE)
    mentions given as (first token, last token + 1, type, normal form)."""
    text, tokens, offset = "", [], 0
    for word, rel, head in words:
        tokens.append(Token(offset, offset + len(word), word, word.lower(), "PROPN", {}, head, rel))
        text += word + " "
        offset += len(word) + 1
    article = Article(id="t", source="test", title="", published="", language="ru", lead="", paragraphs=[text])
    doc = Doc(article=article, text=text, parts=[], tokens=tokens)
    for first, last, type_, normal in mentions:
        start, stop = tokens[first].start, tokens[last - 1].stop
        doc.mentions.append(Mention(start, stop, text[start:stop], type_, normal))
    return doc


TRIMS = [
    # (words, expected mention text): the description pattern (name = apposition of the first
    # word, surname = flat:name of the name) is trimmed; a name the parser split is not
    ([("Христианка", "nsubj", 5), ("Мария", "appos", 0), ("Ковальчук", "flat:name", 1)], "Мария Ковальчук"),
    ([("Пётр", "nsubj", 5), ("Зайцев", "appos", 0)], "Пётр Зайцев"),
    ([("Пётр", "nsubj", 5), ("Ильич", "flat:name", 0), ("Зайцев", "flat:name", 0)], "Пётр Ильич Зайцев"),
]


@pytest.mark.parametrize("words, expected", TRIMS, ids=[t[1] for t in TRIMS])
def test_description_before_a_name_is_trimmed(words, expected) -> None:
    doc = _doc(words, [(0, len(words), "PER", " ".join(w for w, _, _ in words))])
    trim_person_descriptions(doc)
    assert doc.mentions[0].normal == expected
    assert doc.mentions[0].text == " ".join(w for w, _, _ in words)  # the tagged span stays


FIRST_NAMES = [
    # (full names of the document, bare first name, whether it joins the full name)
    (["Пётр Зайцев"], "Пётр", True),
    (["Пётр Зайцев", "Анна Ковальская"], "Пётр", True),
    (["Пётр Зайцев", "Пётр Смирнов"], "Пётр", False),  # two Petrs: no guess
    (["Анна Ковальская"], "Пётр", False),
]


@pytest.mark.parametrize("names, bare, joins", FIRST_NAMES, ids=[f"{'+'.join(c[0])}:{c[1]}" for c in FIRST_NAMES])
def test_first_name_joins_the_one_person_with_it(names, bare, joins) -> None:
    words, spans = [], []
    for name in names:
        first = len(words)
        words += [(w, "flat:name" if k else "nsubj", first if k else -1) for k, w in enumerate(name.split())]
        spans.append((first, len(words), "PER", name))
    spans.append((len(words), len(words) + 1, "PER", bare))
    words.append((bare, "obj", -1))
    doc = _doc(words, spans)
    link_persons(doc)
    bare_mention, full = doc.mentions[-1], doc.mentions[0]
    assert (bare_mention.actor_id is not None and bare_mention.actor_id == full.actor_id) == joins


def _with_roles(roles: list[tuple[str, str]]) -> Doc:
    """A document whose persons were introduced with appositive roles, in this order."""
    words = [(w, "nsubj", -1) for role, _ in roles for w in role.split()] + [("премьер-министр", "nsubj", -1)]
    doc = _doc(words, [])
    offset = 0
    for role, actor_id in roles:
        stop = offset + len(role)
        doc.mentions.append(Mention(offset, stop, role, "ROLE", role, actor_id, "role"))
        if doc.actor(actor_id) is None:
            doc.actors.append(Actor(id=actor_id, name=actor_id, type="PER"))
        offset = stop + 1
    return doc


ROLE_HOLDERS = [
    # (appositive roles in order, bare role, holder)
    ([("премьер-министр Канады", "x:per:anna")], "премьер-министр", "x:per:anna"),
    ([("премьер-министр Канады", "x:per:anna")], "премьер", "x:per:anna"),
    ([("министр финансов Канады", "x:per:anna")], "премьер-министр", None),
    ([("премьер-министр Канады", "x:per:anna"), ("премьер-министр Чили", "x:per:petr")], "премьер-министр", None),
]


@pytest.mark.parametrize("roles, bare, holder", ROLE_HOLDERS, ids=[f"{c[1]}:{len(c[0])}:{c[2]}" for c in ROLE_HOLDERS])
def test_bare_role_is_the_one_person_introduced_with_it(roles, bare, holder) -> None:
    doc = _with_roles(roles)
    assert document_role_holder(doc, bare, len(doc.text)) == holder
    # not before the introduction
    assert document_role_holder(doc, bare, 0) is None
