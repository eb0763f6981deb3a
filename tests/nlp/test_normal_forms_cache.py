"""`natasha_adapter.NormalForms` (the normal form of a name span, remembered per span
as the normalisers read it) against the normalisers themselves, on every name span
of the bundled example pages, asked twice (the second answer is the remembered one)."""
from __future__ import annotations

from pathlib import Path

from khronika.extract import extract_file
from khronika.nlp import natasha_adapter as nat
from khronika.nlp.doc import Token
from khronika.nlp.mentions import syntactic_normal
from khronika.nlp.pipeline import Pipeline, Resources

PAGES = Path(__file__).resolve().parents[2] / "examples" / "pages"


def _uncached(vocab: object, person: bool, tokens: list[Token], first: int, syntactic: bool) -> str:
    name = nat.person_normal(vocab, tokens) if person else None
    return name or nat.normalize(vocab, tokens, first, syntactic)


def test_remembered_normal_forms_are_the_normalisers(nlp_resources: Resources, nlp_pipeline: Pipeline) -> None:
    vocab = nat.morph_vocab(nlp_resources)
    normal_forms = nat.NormalForms(vocab)
    checked = 0
    for page in sorted(p for p in PAGES.iterdir() if p.suffix in (".txt", ".html")):
        doc = nlp_pipeline(extract_file(page, "2024-04-19T12:00:00+03:00"))
        for mention in doc.mentions:
            first, last = doc.token_span(mention.start, mention.stop)
            tokens = doc.tokens[first:last]
            if mention.type == "GEO_ADJ" or not tokens:
                continue
            person, syntactic = mention.type == "PER", syntactic_normal(mention.type, tokens, set(range(first, last)))
            expected = _uncached(vocab, person, tokens, first, syntactic)
            assert normal_forms(person, tokens, first, syntactic) == expected, mention.text
            assert normal_forms(person, tokens, first, syntactic) == expected, mention.text
            checked += 1
    assert checked > 200


def _tokens(words: list[tuple[str, str, dict[str, str], int]], start: int = 0) -> list[Token]:
    tokens, offset = [], start
    for text, pos, feats, head in words:
        tokens.append(Token(offset, offset + len(text), text, pos=pos, feats=feats, head=head))
        offset += len(text) + 1
    return tokens


def test_spans_that_read_differently_are_told_apart(nlp_resources: Resources) -> None:
    # Same words, another head inside the span: organisation-style normalisation inflects
    # only the head, so "Совета Федерации" keeps its genitive dependent either way, but the
    # answer must come from each span's own structure, not from the other's.
    normal_forms = nat.NormalForms(nat.morph_vocab(nlp_resources))
    gen = {"Case": "Gen", "Number": "Sing", "Gender": "Masc"}
    head_first = _tokens([("Совета", "PROPN", gen, -1), ("Федерации", "PROPN", {**gen, "Gender": "Fem"}, 0)])
    head_second = _tokens([("Совета", "PROPN", gen, 1), ("Федерации", "PROPN", {**gen, "Gender": "Fem"}, -1)])
    no_parse = _tokens([("Совета", "PROPN", gen, -1), ("Федерации", "PROPN", {**gen, "Gender": "Fem"}, -1)])
    vocab = nat.morph_vocab(nlp_resources)
    for tokens in (head_first, head_second, no_parse, head_first):
        assert normal_forms(False, tokens, 0, True) == nat.normalize(vocab, tokens, 0, True)
    assert normal_forms(False, head_first, 0, True) != normal_forms(False, no_parse, 0, True)
