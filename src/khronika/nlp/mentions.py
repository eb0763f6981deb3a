"""Raw NER spans + gazetteer hits → `Mention`s with normal forms.

Merge policy (why): the registry is curated, so a gazetteer hit that
covers NER spans wins ("Совет Россия — НАТО" as one organisation); an NER
span that covers a hit wins (longer names the registry lacks: "Пресс-служба
Елисейского дворца"); exact matches take the registry's type and id.
"""
from __future__ import annotations

from khronika.nlp.doc import Doc, Mention, Token
from khronika.nlp.gazetteer import Gazetteer, GazetteerHit
from khronika.nlp.natasha_adapter import NormalForms
from khronika.nlp.ner_rules import RawSpan
from khronika.nlp.registry import Registry

# Entity types whose normal form inflects only the head and its adjectives
# (Natasha's syntax normalisation): "Совета по правам человека" → "Совет по правам человека".
SYNTACTIC_NORMAL = frozenset({"ORG", "ORG_CORE", "MEDIA", "FAC"})
NESTED_PLACE = frozenset({"GPE", "LOC"})


def syntactic_normal(type_: str, tokens: list[Token], indices: set[int]) -> bool:
    """Inflect only the head (and its adjectives)?  Organisations always; other
    names when a common noun heads them ("Кировской области", "улице
    Фонтанной") or a genitive dependent sits inside ("Совете | Федерации",
    nmod, even when both are tagged proper nouns); "Энтони Блинкена"
    (flat:name) inflects every word.  `indices` are the tokens' positions in
    Doc.tokens.  Tuned on the first 150 RuNormAS documents."""
    if type_ in SYNTACTIC_NORMAL:
        return True
    if len(tokens) < 2:
        return False
    return any(t.pos == "NOUN" or (t.rel.startswith("nmod") and t.head in indices) for t in tokens)


def merge_gazetteer(doc: Doc, spans: list[RawSpan], hits: list[GazetteerHit],
                    registry: Registry) -> list[tuple[RawSpan, str | None]]:
    """Spans paired with the registry id a gazetteer hit gave them (or None)."""
    out: list[tuple[RawSpan, str | None]] = [(s, None) for s in spans]
    for hit in hits:
        start, stop = doc.tokens[hit.first].start, doc.tokens[hit.last - 1].stop
        rtype = registry.actors[hit.actor_id].type
        if rtype in NESTED_PLACE and any(s.type == "ORG" and (s.start, s.stop) == (start, stop) for s, _ in out) \
                and doc.text[start - 1:start] == "«" and doc.text[stop:stop + 1] == "»":
            continue  # a place's name in guillemets the rules made a club or a company ("с «Краснодаром»")
        overlapping = [i for i, (s, _) in enumerate(out) if s.start < stop and start < s.stop]
        covering = [out[i][0] for i in overlapping if out[i][0].start <= start and stop <= out[i][0].stop
                    and (out[i][0].start, out[i][0].stop) != (start, stop)]
        if covering:
            # An NER span covers the hit: keep the longer name, and keep a place
            # inside an organisation as its own (nested) mention: "МВД | Киргизии".
            if rtype in NESTED_PLACE and all(c.type == "ORG" for c in covering):
                same = [i for i in overlapping if (out[i][0].start, out[i][0].stop) == (start, stop)]
                for i in same:  # the tagger found the place too: one mention, the registry's
                    out[i] = (RawSpan(start, stop, rtype, "gazetteer"), hit.actor_id)
                if not same:
                    out.append((RawSpan(start, stop, rtype, "gazetteer"), hit.actor_id))
            continue
        if any(not (start <= out[i][0].start and out[i][0].stop <= stop) for i in overlapping):
            continue  # partial overlap: trust NER
        inner = [out[i][0] for i in overlapping]
        if (len(inner) == 1 and _only_descriptor_outside(doc, inner[0], start, stop)
                and registry.lookup(doc.text[inner[0].start:inner[0].stop]) is registry.actors[hit.actor_id]):
            # "агентство Reuters" where "Reuters" alone names the same actor: keep
            # NER's extent (the name), take the id.  "пресс-служба Кремля" is
            # another actor than "Кремль", so it keeps the longer span.
            out[overlapping[0]] = (RawSpan(inner[0].start, inner[0].stop, rtype, "gazetteer"), hit.actor_id)
            continue
        for i in sorted(overlapping, reverse=True):
            del out[i]
        out.append((RawSpan(start, stop, rtype, "gazetteer"), hit.actor_id))
    return sorted(out, key=lambda pair: (pair[0].start, -pair[0].stop))


def add_nested_places(doc: Doc, spans: list[tuple[RawSpan, str | None]], gazetteer: Gazetteer,
                      registry: Registry) -> list[tuple[RawSpan, str | None]]:
    """A registry organisation ending in a place ("Госдепартамент | США",
    "МИД | РФ") keeps the place as its own nested mention, as an NER span
    covering a place does ("МВД | Киргизии")."""
    present = {(s.start, s.stop) for s, _ in spans}
    extra = []
    for span, actor_id in spans:
        if span.source != "gazetteer" or span.type != "ORG":  # not "Голос | Америки"
            continue
        first, last = doc.token_span(span.start, span.stop)
        if last - first < 2:
            continue
        for hit in gazetteer.find(doc.tokens[first + 1:last], offset=first + 1):
            start, stop = doc.tokens[hit.first].start, doc.tokens[hit.last - 1].stop
            if (hit.last == last and registry.actors[hit.actor_id].type in NESTED_PLACE
                    and (start, stop) not in present):
                extra.append((RawSpan(start, stop, registry.actors[hit.actor_id].type, "gazetteer"), hit.actor_id))
    if not extra:
        return spans
    return sorted(spans + extra, key=lambda pair: (pair[0].start, -pair[0].stop))


def _only_descriptor_outside(doc: Doc, span: RawSpan, start: int, stop: int) -> bool:
    outside = doc.text[start:span.start] + " " + doc.text[span.stop:stop]
    words = [w for w in outside.split() if w.strip("«»\"'")]
    return bool(words) and all(w[:1].islower() for w in words)


# Subject relations whose head verb agrees with the name in gender ("Асия Биби провела").
_SUBJECT_RELS = frozenset({"nsubj", "nsubj:pass"})


def _name_key(word: str) -> str | None:
    """What the case forms of one name word share ("Асия", "Асии", "Асию" → "аси";
    "Шелестова", "Шелестовой" → "шелес"); None for words too short to tell."""
    word = word.lower()
    return word[: min(len(word) - 1, 5)] if len(word) >= 4 else None


def _span_gender_evidence(doc: Doc, first: int, last: int) -> str | None:
    """The gender a person's span shows by itself: the past-tense verb it is the subject of
    ("Асия Биби провела"), else a name the tagger read as feminine.  (A tagger's masculine
    is no evidence: it guesses masculine for names it does not know.)"""
    for index in range(first, last):
        token = doc.tokens[index]
        # (mC27) Not a common noun the tagger glued before the name: in "Адвокат Биби сказал" the verb
        # agrees with "адвокат", whatever Биби's sex.
        if token.rel in _SUBJECT_RELS and token.pos != "NOUN" and not first <= token.head < last \
                and 0 <= token.head < len(doc.tokens):
            verb = doc.tokens[token.head]
            if verb.pos in ("VERB", "AUX", "ADJ") and verb.feats.get("Number") == "Sing" and verb.feats.get("Gender") in ("Masc", "Fem"):
                return verb.feats["Gender"]
    root = doc.tokens[first]
    if root.feats.get("Gender") == "Fem" or feminine_apposition(doc, first, last):
        return "Fem"
    return None


def _span_root(doc: Doc, first: int, last: int) -> int | None:
    """The one token of the span whose head is outside it; None when there are several."""
    roots = [i for i in range(first, last) if not first <= doc.tokens[i].head < last]
    return roots[0] if len(roots) == 1 else None


def feminine_apposition(doc: Doc, first: int, last: int) -> bool:
    """(mC27, rv27_Q cause 4) The name stands in apposition to a feminine person noun ("Женщину …, Асию
    Биби", "певица Анна Петрова"): a woman's name, whatever case the tagger guessed for a name it does not
    know ("Асию" read as the masculine "Асий").  A masculine noun ("адвокат", "министр") names women too,
    so only the feminine one counts."""
    root = _span_root(doc, first, last)
    if root is None or doc.tokens[root].rel != "appos" or not 0 <= doc.tokens[root].head < len(doc.tokens):
        return False
    head = doc.tokens[doc.tokens[root].head]
    return head.pos == "NOUN" and head.feats.get("Animacy") == "Anim" and head.feats.get("Gender") == "Fem" \
        and head.feats.get("Number") == "Sing"


def person_genders(doc: Doc, spans: list[tuple[RawSpan, str | None]]) -> dict[int, str]:
    """A document-level gender for each PER span (by start offset) whose name words are
    seen elsewhere in the document with one gender only ("Асии Биби" after "Асия Биби
    провела" is a woman's name: "Асия Биби", not the masculine "Асий Биби").  Words the
    document shows with both genders (a husband and wife) give no hint."""
    spans_words: list[tuple[int, list[str]]] = []
    seen: dict[str, set[str]] = {}
    for span, _ in spans:
        if span.type != "PER":
            continue
        first, last = doc.token_span(span.start, span.stop)
        keys = [k for k in (_name_key(t.text) for t in doc.tokens[first:last]) if k]
        spans_words.append((span.start, keys))
        evidence = _span_gender_evidence(doc, first, last) if last > first else None
        for key in keys:
            seen.setdefault(key, set())
            if evidence:
                seen[key].add(evidence)
    genders: dict[int, str] = {}
    for start, keys in spans_words:
        # Every word must be shown so: a husband's first name unseen does not take his
        # wife's gender from their shared surname ("Романа Сандалова" beside "Наталья Сандалова").
        shown = set().union(*(seen[k] for k in keys)) if keys else set()
        if len(shown) == 1 and all(seen[k] for k in keys):
            genders[start] = shown.pop()
    return genders


def nominative_apposition(doc: Doc, first: int, last: int) -> bool:
    """(mC27, rv27_Q cause 4) A name of two words or more stands in apposition to a person noun before it in the
    nominative, written in its dictionary form ("заявил министр … Джордже Чамба"): the name is in the nominative
    too, as written, whatever case the tagger read in a foreign first name ("Джордже" is no locative of "Джордж")."""
    root = _span_root(doc, first, last)
    if last - first < 2 or root is None or doc.tokens[root].rel != "appos" or not 0 <= doc.tokens[root].head < first:
        return False
    head = doc.tokens[doc.tokens[root].head]
    as_lemma = head.text.lower().replace("ё", "е") == (head.lemma or "").replace("ё", "е")
    return head.pos == "NOUN" and head.feats.get("Animacy") == "Anim" and head.feats.get("Case") == "Nom" \
        and head.feats.get("Number") == "Sing" and as_lemma \
        and not any(_breaks_apposition(token) for token in doc.tokens[doc.tokens[root].head + 1:first])


def _declined_elsewhere(doc: Doc, index: int) -> bool:
    """The document writes the word at `index` in another form too ("Асию Биби" … "Адвокат Асии Биби"): it
    declines, so its form here may be an oblique case."""
    word = doc.tokens[index].text.lower()
    key = _name_key(word)
    return key is not None and any(t.text.lower() != word and _name_key(t.text) == key and t.text[:1].isupper()
                                   for t in doc.tokens)


# Marks that may stand inside an apposition ("руководитель олимпиады «Я – профессионал» Валерия Касамара").
_APPOSITION_MARKS = frozenset("«»\"“”„-–—")


def _breaks_apposition(token: Token) -> bool:
    """A word between a noun and a name that the parser's far apposition would have to skip: a verb, a comma or
    other mark, or a person noun in an oblique case, whose genitive the name may be ("дочь предпринимателя
    Александра Жукова")."""
    return token.pos in ("VERB", "AUX") or token.pos == "PUNCT" and token.text not in _APPOSITION_MARKS \
        or token.pos == "NOUN" and token.feats.get("Animacy") == "Anim" and token.feats.get("Case") != "Nom"


def _one_word_misread(text: str, normal: str) -> bool:
    """(cr27 H1) The normal form changes one word of the written name: the tagger read one foreign word in another
    case ("Джордже Чамба", "Майя Санду").  A name declined word by word ("ученик Ивана Петрова", a genitive owner
    the parser hung as an apposition) is in that case as a whole, and is normalised as usual."""
    written, normalised = text.lower().replace("ё", "е").split(), normal.lower().replace("ё", "е").split()
    return len(written) == len(normalised) and sum(a != b for a, b in zip(written, normalised)) == 1


def _case_changed(text: str, normal: str) -> bool:
    """The normal form changes a letter of the written name beyond "е"/"ё" ("Киселев" → "Киселёв" stays)."""
    return text.lower().replace("ё", "е") != normal.lower().replace("ё", "е")


def _plain_name(text: str) -> bool:
    """Capitalised words of letters (and hyphens) only."""
    return all(word[:1].isupper() and word.replace("-", "").isalpha() for word in text.split())


def make_mentions(doc: Doc, spans: list[tuple[RawSpan, str | None]],
                  normal_forms: NormalForms | None) -> list[Mention]:
    mentions = []
    genders = person_genders(doc, spans) if doc.tokens and any(t.feats for t in doc.tokens) else {}
    for span, actor_id in spans:
        first, last = doc.token_span(span.start, span.stop)
        if span.type == "GEO_ADJ":
            text = doc.text[span.start:span.stop]
            mentions.append(Mention(span.start, span.stop, text, "GEO_ADJ", doc.tokens[first].lemma or text.lower(),
                                    actor_id, span.source))
            continue
        tokens = doc.tokens[first:last]
        syntactic = syntactic_normal(span.type, tokens, set(range(first, last)))
        normal = (normal_forms(span.type == "PER", tokens, first, syntactic, genders.get(span.start))
                  if normal_forms else "")
        text = doc.text[span.start:span.stop]
        if span.type == "PER" and normal:
            normal = possessive_surnames(text, normal)
        if span.type == "PER" and _plain_name(text) and _case_changed(text, normal) and _one_word_misread(text, normal) \
                and nominative_apposition(doc, first, last) and not _declined_elsewhere(doc, first):
            normal = text
        mentions.append(Mention(span.start, span.stop, text, span.type, normal or text, actor_id, span.source))
    return mentions


# (round 20) A man's surname in "-ов/-ев" unknown to the lemmatiser, written in the instrumental, is guessed
# to be an adjective: "Сашей Лютиковым" → "Лютиковый".  Real adjectival surnames mostly lemmatise to "-ой"
# ("Луговым" → "Луговой") and stay.  (Not the feminine "-овой" → "-овая": "Луговая" is as likely as "Лютикова".)
ADJECTIVE_SURNAME_FIXES = (("ым", "ый", ""),)
SURNAME_STEMS = ("ов", "ев", "ёв")


def possessive_surnames(text: str, normal: str) -> str:
    written, words = text.split(), normal.split()
    if len(written) != len(words):
        return normal
    out = []
    for form, word in zip(written, words):
        for oblique, guessed, ending in ADJECTIVE_SURNAME_FIXES:
            stem = word[:-len(guessed)]
            if word[:1].isupper() and word.endswith(guessed) and form.endswith(oblique) \
                    and stem.endswith(SURNAME_STEMS) and form[:-len(oblique)] == stem and len(stem) > 3:
                word = stem + ending
                break
        out.append(word)
    return " ".join(out)


def add_geo_adjectives(doc: Doc, spans: list[tuple[RawSpan, str | None]],
                       hits: list[tuple[int, str | None]]) -> list[tuple[RawSpan, str | None]]:
    """GEO_ADJ spans for geo-adjectives not already inside a name (other than an organisation's)."""
    out = list(spans)
    for index, place in hits:
        token = doc.tokens[index]
        if any(s.start < token.stop and token.start < s.stop and s.type != "ORG" for s, _ in spans):
            continue
        out.append((RawSpan(token.start, token.stop, "GEO_ADJ", "geo_adj"), place))
    return sorted(out, key=lambda pair: (pair[0].start, -pair[0].stop))
