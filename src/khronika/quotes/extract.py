"""Reported speech over a parsed `Doc`: rules that find a quote's content,
its cue and its speaker.

The rules, each producing candidates:
- direct: a quoted span followed by a dash and a cue ("«…», — сказал он"),
  preceded by a cue clause and a colon ("Песков заявил: «…»"), split by an
  attribution inside it ("«…, — сказал он. — …»"), or continuing the quote
  of the sentence before;
- indirect / mixed: a speech verb governing a "что"/"будто"-clause or a
  colon ("заявил, что …", "сообщили в пресс-службе, что …"); mixed when the
  content carries quotation marks;
- frames: "по словам X, …", "согласно сообщению X, …", "как сообщил X, …",
  a trailing "…, сообщил X", "Об этом заявил X" (content = sentence before),
  and the headline "Песков: …";
then overlapping candidates are merged (the better-attributed one wins) and
speakers are resolved in text order, so pronouns can see earlier speakers.

A verb counts as a cue when its lemma is in the lexicon, or - the syntactic
fallback for the long tail of rare speech verbs - when it governs a
"что"-clause, has a person/organisation subject and is not a `block` verb.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlparse

from khronika.nlp.doc import Doc, Quote, SpeakerRef
from khronika.quotes.cues import HEDGE_WORDS, NEGATION, NEGATION_KEEPS, Lexicon, lemma
from khronika.quotes.marks import QUOTE_CHARS, QuotedSpan, find_quoted, outermost
from khronika.quotes.speakers import ORG_TYPES, SpeakerResolver

RELAY_VERBS = frozenset({"передавать", "сообщать", "писать", "информировать", "цитировать"})
CLAUSE_STARTERS = frozenset({"и", "а", "но", "который", "которая", "которое", "которые", "когда", "если",
                             "чтобы", "где", "куда", "как", "потому", "поскольку", "хотя", "однако", "после", "перед",
                             "отвечая", "заявив", "сообщив", "добавив", "подчеркнув", "отметив"})
POSSESSIVES = frozenset({"его", "ее", "её", "их"})
NAMING_VERBS = frozenset({"назвать", "называть"})
QUOTING_VERBS = frozenset({"цитировать", "процитировать"})
COMPLEMENTIZERS = frozenset({"что", "будто", "якобы", "чтобы"})
DASHES = "—–-"
# A direct quote's attribution must start within this many tokens after the dash.
ATTRIBUTION_WINDOW = 4
# The clause before a colon that introduces a quote is read at most this far back.
COLON_WINDOW = 14
# Headline speakers "Песков: …" are short names before the colon.
HEADLINE_PREFIX_TOKENS = 5
# Two candidates are the same quote when they share this share of the shorter one.
SAME_QUOTE_OVERLAP = 0.5
MIN_DIRECT_CHARS = 2
# A frameless quoted sentence needs this many words to count as speech (not a title),
# and takes the speaker of a quote at most this many sentences before it.
STANDALONE_MIN_WORDS = 5
# "сообщил о …": the topic must be a real phrase, not "о переговорах".
ABOUT_TOPIC_MIN_TOKENS = 4
STANDALONE_WINDOW = 3
# An unframed quote continues the latest quoted person this many sentences back.
CONTINUE_WINDOW = 2
# The author's own asides in the first person ("Напомним, …", "Отметим, что …").
AUTHOR_ASIDES = frozenset({"напомнить", "отметить", "подчеркнуть", "заметить", "уточнить", "добавить", "повторить"})
# Nouns of an anaphoric opinion frame: "Такое мнение высказал X" (content = the sentence before).
ANAPHORIC_OPINION = frozenset({"мнение", "заявление", "прогноз", "оценка", "точка", "позиция", "предположение",
                               "версия", "вывод", "информация"})
_DASH_AFTER = re.compile(r"[»\"“”'’]*\s*[,.!?…]*\s*[—–-]{1,2}\s*")
_COLON_BEFORE = re.compile(r":\s*[—–]?\s*$")
_SPLIT = re.compile(r"[,.!?…]\s+[—–]\s+")
PRIORITY = {"topic": 5, "dash": 0, "colon": 1, "split": 0, "clause": 2, "frame": 3, "trailing": 4,
            "headline": 2, "about": 5, "continuation": 6}


@dataclass
class Candidate:
    start: int
    stop: int
    rule: str
    cue: str
    cue_token: int | None = None
    speaker_head: int | None = None        # token heading the speaker phrase
    speaker: SpeakerRef | None = None       # already resolved (headline, continuation)
    impersonal_verb: int | None = None      # resolve from "в пресс-службе", "в сообщении X"
    addressee_head: int | None = None
    sources: list[str] = field(default_factory=list)
    negated: bool = False
    hedged: bool = False
    follows: "Candidate | None" = None      # continuation of this candidate
    quote: Quote | None = None


class QuoteExtractor:
    """Runs the rules over one Doc.  Build one per document."""

    def __init__(self, doc: Doc, lexicon: Lexicon, resolver: SpeakerResolver) -> None:
        self.doc = doc
        self.lex = lexicon
        self.res = resolver
        self.tokens = doc.tokens
        self.children = resolver.children
        self.spans = outermost(find_quoted(doc.text))
        resolver.quoted = lambda offset: any(s.start <= offset < s.stop and s.stop - s.start > 30 for s in self.spans)
        self.last_source: SpeakerRef | None = None
        self.last_quote: Quote | None = None

    # --- helpers -------------------------------------------------------------
    def kids(self, i: int, *rels: str) -> list[int]:
        return [c for c in self.children.get(i, []) if not rels or self.tokens[c].rel in rels]

    def sentence_range(self, index: int) -> tuple[int, int]:
        s = self.doc.sentences[index]
        return s.token_start, s.token_stop

    def sent_of_token(self, i: int) -> int:
        return self.doc.sentence_at(self.tokens[i].start) or 0

    def in_span(self, offset: int) -> QuotedSpan | None:
        for span in self.spans:
            if span.start <= offset < span.stop:
                return span
        return None

    def is_cue(self, i: int, need_clause: bool = False) -> str | None:
        token = self.tokens[i]
        if token.feats.get("Person") == "1" and lemma(token) in AUTHOR_ASIDES and not self.kids(i, "nsubj"):
            return None  # "Напомним, …": the author's aside, not reported speech
        klass = self.lex.verb_class(token)
        if klass:
            return klass
        if need_clause and token.pos == "VERB" and lemma(token) not in self.lex.blocked:
            subject = self.subject_of(i)
            if subject is not None and self._agentive(subject):
                return "say"
        return None

    def _agentive(self, i: int) -> bool:
        token = self.tokens[i]
        if token.pos == "PRON":
            return lemma(token) in ("он", "она", "они")
        if self.res.mentions_in(token.start, token.stop + 1):
            m = self.res.mentions_in(token.start, self.tokens[self.res.subtree(i)[1] - 1].stop)
            return any(x.type in ("PER", "ORG", "MEDIA", "ROLE") for x in m)
        return token.feats.get("Animacy") == "Anim"

    def subject_of(self, i: int) -> int | None:
        """nsubj of the verb, climbing through conj/xcomp chains; for a participle
        ("журналисту, заявившему о …") the noun it modifies."""
        if self.tokens[i].rel == "acl" and self.tokens[i].head >= 0 and (
                self.tokens[i].feats.get("VerbForm") == "Part" or self.tokens[i].pos == "NOUN"):
            return self.tokens[i].head
        seen = 0
        while i >= 0 and seen < 4:
            subjects = self.kids(i, "nsubj", "nsubj:pass")
            if subjects:
                return min(subjects, key=lambda k: (not self._agentive(k), abs(k - i)))
            token = self.tokens[i]
            if token.rel in ("conj", "xcomp") and token.head >= 0:
                i = token.head
                seen += 1
                continue
            if token.feats.get("VerbForm") == "Conv" or token.rel == "advcl":
                return self._subject_left(i)
            return None
        return None

    def _subject_left(self, i: int) -> int | None:
        """A gerund's subject: the nearest subject to its left in the sentence
        ("мусульманки стали протестовать, утверждая, что …")."""
        s_first, _ = self.sentence_range(self.sent_of_token(i))
        for k in range(i - 1, s_first - 1, -1):
            if self.tokens[k].rel in ("nsubj", "nsubj:pass") and self.tokens[k].pos in ("NOUN", "PROPN", "PRON"):
                return k
        return None

    def negated(self, i: int) -> bool:
        if lemma(self.tokens[i]) in NEGATION_KEEPS:
            return False
        return any(lemma(self.tokens[c]) in NEGATION for c in self.kids(i, "advmod", "discourse", "fixed"))

    def hedged(self, i: int, klass: str | None, start: int, stop: int) -> bool:
        if klass == "hedge" or (lemma(self.tokens[i]) in NEGATION_KEEPS and NEGATION_KEEPS[lemma(self.tokens[i])] == "hedge"):
            return True
        words = set(re.findall(r"[\w-]+", self.doc.text[start:stop].lower()[:80]))
        return bool(words & HEDGE_WORDS)

    def addressee(self, i: int) -> int | None:
        for c in self.kids(i, "iobj", "obl"):
            token = self.tokens[c]
            if token.feats.get("Case") == "Dat" and not self.kids(c, "case"):
                if token.feats.get("Animacy") == "Anim" or self.res.mentions_in(token.start, token.stop):
                    return c
        return None

    # --- content boundaries ----------------------------------------------------
    def clause_content(self, first: int, cue: int, stop_token: int) -> tuple[int, int] | None:
        """Char span of a complement clause from token `first` up to `stop_token`,
        cut before a coordinated second speech verb or a trailing attribution."""
        last = first
        i = first
        while i < stop_token:
            token = self.tokens[i]
            if i > first and token.text in ",;" and i + 1 < stop_token:
                nxt = self.tokens[i + 1]
                after = self.tokens[i + 2] if i + 2 < stop_token else None
                if nxt.text in DASHES and after is not None and self.is_cue(i + 2):
                    break
                if nxt.text.lower() in ("а", "и") and after is not None and self.is_cue(i + 2) and self._coordinated(i + 2, cue):
                    break
                if self.is_cue(i + 1) and self._coordinated(i + 1, cue) and not self.in_span(nxt.start):
                    break
                if self.lex.verb_class(nxt) and not self.in_span(nxt.start) and any(
                        k > i + 1 for k in self.kids(i + 1, "nsubj")):
                    break  # "…, сообщает РИА Новости": an inverted attribution ends the content
            if token.text.lower() in ("а", "и") and i > first and i + 1 < stop_token and self.is_cue(i + 1) \
                    and self._coordinated(i + 1, cue):
                break
            last = i
            i += 1
        if last < first:
            return None
        start, stop = self.tokens[first].start, self.tokens[last].stop
        return self._extend_to_marks(start, stop)

    def _coordinated(self, i: int, cue: int) -> bool:
        token = self.tokens[i]
        if not self.kids(i, "nsubj") and self.lex.verb_class(token) and self._complementizer(i, self._sentence_stop(i)):
            return True  # "…, и подчеркнул, что …": a second report of the same speaker
        return token.head == cue or (token.rel in ("conj", "parataxis") and self.tokens[token.head].head in (cue, -1)) \
            or token.head == self.tokens[cue].head and token.rel == "conj"

    def _extend_to_marks(self, start: int, stop: int) -> tuple[int, int]:
        for span in self.spans:
            if start <= span.open_at < stop < span.close_at + 1:
                stop = span.close_at + 1  # a quotation opened in the content closes in it
        text = self.doc.text
        while stop > start and (text[stop - 1] in " .,;:…" or text[stop - 1].isspace()):
            stop -= 1
        return start, stop

    # --- rule: direct quotes ------------------------------------------------------
    def direct(self) -> list[Candidate]:
        out: list[Candidate] = []
        previous: Candidate | None = None
        for span in self.spans:
            if span.stop - span.start < MIN_DIRECT_CHARS:
                continue
            found = self._dash_after(span) or self._colon_before(span) or self._inner_attribution(span)
            if found:
                out.extend(found)
                previous = found[-1]
                continue
            cont = self._continuation(span, previous) or self._standalone(span, previous)
            if cont:
                out.append(cont)
                previous = cont
        return out

    def dialogue(self) -> list[Candidate]:
        """"— Мы готовы, — сказал он." - a paragraph of direct speech opened by a
        dash, kept only when an attribution with a cue verb follows the words."""
        out = []
        text = self.doc.text
        for part in self.doc.parts:
            if part.kind != "paragraph" or text[part.start] not in "—–":
                continue
            start = part.start + 1
            while start < part.stop and text[start].isspace():
                start += 1
            m = _SPLIT.search(text, start, part.stop)
            if not m:
                continue
            first, _ = self.doc.token_span(m.end(), m.end() + 1)
            if first >= len(self.tokens):
                continue
            klass = self.is_cue(first) or (self._fallback_dash_verb(first) and "say")
            if not klass:
                continue
            stop = m.start() + (1 if text[m.start()] in "!?…" else 0)
            cand = self._verb_candidate(start, stop, first, "dash", klass)
            out.append(cand)
            rest = _SPLIT.search(text, m.end(), part.stop)
            if rest and re.search(r"\w", text[rest.end():part.stop]):
                end = part.stop - (1 if text[part.stop - 1] == "." else 0)
                out.append(Candidate(rest.end(), end, "split", cand.cue, cand.cue_token, cand.speaker_head,
                                     impersonal_verb=cand.impersonal_verb))
        return out

    def _dash_after(self, span: QuotedSpan) -> list[Candidate]:
        text = self.doc.text
        m = _DASH_AFTER.match(text, span.close_at + 1)
        if not m or not re.search(r"[—–-]", m.group(0)):
            return []
        if not re.search(r"[,!?…]", m.group(0)) and text[span.close_at - 1] not in "!?…,.":
            return []  # "«Северный поток — 2» — газопровод": a name defined, not speech
        first, _ = self.doc.token_span(m.end(), m.end() + 1)
        sentence = self.doc.sentence_at(m.end())
        if sentence is None:
            return []
        _, s_stop = self.sentence_range(sentence)
        for i in range(first, min(first + ATTRIBUTION_WINDOW, s_stop)):
            token = self.tokens[i]
            if token.text in DASHES or token.text in ",.!?":
                break
            klass = self.is_cue(i) or (self._fallback_dash_verb(i) and "say")
            if klass:
                return self._split(span, self._verb_candidate(span.start, span.stop, i, "dash", klass))
        return []

    def _fallback_dash_verb(self, i: int) -> bool:
        # After "«…», —" nearly any finite verb with a subject is a speech verb
        # ("возмутился он", "парировал министр").
        token = self.tokens[i]
        return token.pos == "VERB" and token.feats.get("VerbForm") == "Fin" and lemma(token) not in self.lex.blocked

    def _verb_candidate(self, start: int, stop: int, verb: int, rule: str, klass: str) -> Candidate:
        subject = self.subject_of(verb)
        if subject is None:
            subject = self._shared_subject(verb)
        cand = Candidate(start, stop, rule, lemma(self.tokens[verb]), verb, subject,
                         addressee_head=self.addressee(verb), negated=self.negated(verb),
                         hedged=self.hedged(verb, klass, start, stop))
        if lemma(self.tokens[verb]) in QUOTING_VERBS or lemma(self.tokens[verb]) in ("привести", "приводить"):
            self._quoting(cand, verb)
        elif subject is None:
            cand.impersonal_verb = verb
        return cand

    def _quoting(self, cand: Candidate, verb: int) -> None:
        """"цитирует министра агентство Reuters", "приводит слова министра ТАСС":
        the quoted person speaks; the subject is a reporting source."""
        objects = self.kids(verb, "obj")
        subjects = self.kids(verb, "nsubj")
        if not objects and len(subjects) > 1:
            # "…, цитирует ТАСС министр": the parser gives two subjects.
            people = [k for k in subjects if self._personal(k) and not self._is_media(k)]
            media = [k for k in subjects if k not in people]
            if people:
                if media:
                    source = self.res.from_head(media[0])
                    if source is not None:
                        cand.sources.append(source.name)
                cand.speaker_head = people[0]
                cand.impersonal_verb = None
            return
        if not objects:
            if lemma(self.tokens[verb]) in QUOTING_VERBS and cand.speaker_head is None:
                cand.impersonal_verb = verb
            return
        obj = objects[0]
        if lemma(self.tokens[obj]) != "слово" and lemma(self.tokens[verb]) in QUOTING_VERBS:
            people = [k for k in objects + self.kids(verb, "nsubj") if self._personal(k)]
            obj = people[0] if people else obj
        if lemma(self.tokens[obj]) == "слово":
            owner = self._owner(obj)
            if owner is None:
                return
            obj = owner
        elif lemma(self.tokens[verb]) not in QUOTING_VERBS:
            return
        if cand.speaker_head is not None:
            source = self.res.from_head(cand.speaker_head)
            if source is not None:
                cand.sources.append(source.name)
        cand.speaker_head = obj
        cand.cue = lemma(self.tokens[verb])

    def _shared_subject(self, verb: int) -> int | None:
        """"Лидер напомнил, что …, и подчеркнул, что …": a singular finite cue verb
        with no subject of its own shares the subject of the cue verb before it."""
        token = self.tokens[verb]
        if token.feats.get("Number") == "Plur" or lemma(token).endswith(("ся", "сь")) \
                or token.feats.get("VerbForm") not in ("Fin", None) or token.feats.get("Voice") == "Pass":
            return None
        s_first, _ = self.sentence_range(self.sent_of_token(verb))
        for k in range(verb - 1, s_first - 1, -1):
            if self.lex.verb_class(self.tokens[k]):
                return self.subject_of(k)
        return None

    def _split(self, span: QuotedSpan, cand: Candidate) -> list[Candidate]:
        """«Q1, — сказал он. — Q2»: the attribution inside the marks splits the quote."""
        inner = self.doc.text[span.start:span.stop]
        for m in _SPLIT.finditer(inner):
            at = span.start + m.end()
            first, _ = self.doc.token_span(at, at + 1)
            if first < len(self.tokens) and self.is_cue(first):
                rest = _SPLIT.search(inner, m.end())
                if not rest:
                    continue
                second = Candidate(span.start + rest.end(), span.stop, "split", cand.cue, first,
                                   self.subject_of(first))
                cand.stop = span.start + m.start() + (1 if inner[m.start()] in "!?…" else 0)
                cand.cue_token, cand.speaker_head, cand.cue = first, self.subject_of(first), lemma(self.tokens[first])
                return [cand, second]
        return [cand]

    def _inner_attribution(self, span: QuotedSpan) -> list[Candidate]:
        """«Q1, — сказал он. — Q2» with nothing after the closing mark."""
        inner = self.doc.text[span.start:span.stop]
        m = _SPLIT.search(inner)
        if not m:
            return []
        at = span.start + m.end()
        first, _ = self.doc.token_span(at, at + 1)
        if first >= len(self.tokens):
            return []
        klass = self.is_cue(first)
        if not klass:
            return []
        cand = self._verb_candidate(span.start, span.stop, first, "split", klass)
        return self._split(span, cand)

    def _colon_before(self, span: QuotedSpan) -> list[Candidate]:
        text = self.doc.text
        if not _COLON_BEFORE.search(text[max(0, span.open_at - 4):span.open_at]):
            return []
        colon = text.rfind(":", 0, span.open_at)
        first, last = self.doc.token_span(max(0, colon - 400), colon)
        sentence = self.doc.sentence_at(colon)
        if sentence is None:
            return []
        s_first, _ = self.sentence_range(sentence)
        lo = max(s_first, last - COLON_WINDOW)
        for i in range(last - 1, lo - 1, -1):
            klass = self.is_cue(i)
            if klass:
                return [self._verb_candidate(span.start, span.stop, i, "colon", klass)]
        for i in range(last - 1, lo - 1, -1):
            token = self.tokens[i]
            if self.lex.is_source(token) or lemma(token) in ("слово", "цитата"):
                owner = self._owner(i)
                return [Candidate(span.start, span.stop, "colon", lemma(token), i, owner)]
        if last - s_first <= HEADLINE_PREFIX_TOKENS:
            ref = self._prefix_speaker(s_first, last)
            if ref:
                return [Candidate(span.start, span.stop, "headline", "headline", None, speaker=ref)]
        return []

    def _continuation(self, span: QuotedSpan, previous: Candidate | None) -> Candidate | None:
        """A whole-sentence quote right after an attributed quote goes on with its speaker."""
        if previous is None:
            return None
        text = self.doc.text
        before = text[previous.stop:span.open_at]
        if len(before) > 160 or re.search(r"\w", before.replace("—", "")) and len(before) > 40:
            return None
        if re.search(r"\w", before) and not re.match(r"^[»\"”]*\s*[,.!?…]*\s*[—–]\s*[^.]*[.!?…]?\s*$", before):
            return None
        after = text[span.close_at + 1:span.close_at + 4]
        if not re.match(r"^\s*[.!?…]?(\s|$)", after):
            return None
        return Candidate(span.start, span.stop, "continuation", previous.cue, previous.cue_token,
                         previous.speaker_head, previous.speaker, previous.impersonal_verb, follows=previous)

    def _standalone(self, span: QuotedSpan, previous: Candidate | None) -> Candidate | None:
        """A quoted span that is a whole sentence (or more) with no frame is still
        someone's words: the last speaker within `STANDALONE_WINDOW` sentences, else unknown."""
        text = self.doc.text
        first = self.doc.sentence_at(span.open_at)
        if first is None or len(re.findall(r"\w+", text[span.start:span.stop])) < STANDALONE_MIN_WORDS:
            return None
        if text[self.doc.sentences[first].start:span.open_at].strip(" —–-"):
            return None
        after = text[span.close_at + 1:span.close_at + 3]
        if not re.match(r"^[.!?…]?(\s|$)", after):
            return None
        part = self.doc.part_at(span.open_at)
        if part is not None and part.kind == "title":
            return None
        near = previous is not None and previous.stop <= span.open_at and \
            (self.doc.sentence_at(previous.start) or 0) >= first - STANDALONE_WINDOW
        if near:
            return Candidate(span.start, span.stop, "continuation", previous.cue, previous.cue_token,
                             previous.speaker_head, previous.speaker, previous.impersonal_verb, follows=previous)
        return Candidate(span.start, span.stop, "continuation", "none")

    # --- rule: что-clauses ---------------------------------------------------
    def clauses(self) -> list[Candidate]:
        out = []
        for sentence in range(len(self.doc.sentences)):
            s_first, s_stop = self.sentence_range(sentence)
            for i in range(s_first, s_stop):
                cand = self._clause_at(i, s_stop)
                if cand:
                    out.append(cand)
        return out

    def _clause_at(self, i: int, s_stop: int) -> Candidate | None:
        token = self.tokens[i]
        if token.pos not in ("VERB", "AUX", "ADJ", ""):
            return None
        comp = self._complementizer(i, s_stop)
        if comp is None:
            return self._naming(i, s_stop) or self._about_topic(i, s_stop)
        klass = self.is_cue(i, need_clause=True)
        if not klass:
            return None
        if not self.lex.verb_class(token) and not self._governs(i, comp):
            return None  # the syntactic fallback needs the parse to agree
        span = self.in_span(token.start)
        if span is not None and span.stop - span.start > 30:
            return None  # a verb inside someone's quote
        word = self.tokens[comp]
        if word.text.lower() == "чтобы" and klass not in ("promise", "ask"):
            return None
        content = self.clause_content(comp + 1, i, s_stop)
        if content is None or content[1] - content[0] < 3:
            return None
        cand = self._verb_candidate(content[0], content[1], i, "clause", klass)
        cand.hedged = cand.hedged or word.text.lower() in ("будто", "якобы")
        return cand

    def _sentence_stop(self, i: int) -> int:
        return self.sentence_range(self.sent_of_token(i))[1]

    def _about_topic(self, i: int, s_stop: int) -> Candidate | None:
        """"WSJ сообщила о продаже «Совкомфлотом» танкеров": what was reported,
        as an indirect quote (the topic phrase after "о"), when it is long enough."""
        klass = self.lex.verb_class(self.tokens[i])
        if klass not in ("say", "inform", "claim") or self.negated(i):
            return None  # "пока не сообщала об итогах": nothing was said
        for c in self.kids(i, "obl", "iobj", "obj"):
            preps = self.kids(c, "case")
            if not preps or self.tokens[preps[0]].text.lower() not in ("о", "об") or c < i:
                continue
            if lemma(self.tokens[c]) in ("это", "то", "тот", "он", "она", "они", "что"):
                return None
            first, last = self.res.subtree(c, frozenset({"punct", "parataxis", "conj", "cc"}))
            first = max(first, preps[0] + 1)
            if last - first < ABOUT_TOPIC_MIN_TOKENS:
                return None
            start, stop = self._extend_to_marks(self.tokens[first].start, self.tokens[last - 1].stop)
            return self._verb_candidate(start, stop, i, "topic", klass)
        return None

    def _governs(self, verb: int, comp: int) -> bool:
        clause = self.tokens[comp].head
        return clause >= 0 and self.tokens[clause].head == verb and self.tokens[clause].rel in ("ccomp", "obj", "parataxis")

    def _naming(self, i: int, s_stop: int) -> Candidate | None:
        """"Захарова назвала отставку признаком кризиса": an evaluation stated by
        the speaker; the content is the object with its predicate."""
        if lemma(self.tokens[i]) not in NAMING_VERBS or self.tokens[i].feats.get("VerbForm") == "Part":
            return None
        objects = self.kids(i, "obj")
        predicates = [k for k in self.kids(i, "xcomp", "obl") if self.tokens[k].feats.get("Case") == "Ins"
                      and not self.kids(k, "case")]
        if not objects or not predicates:
            return None
        subject = self.subject_of(i)
        if subject is None or not self._agentive(subject):
            return None
        first = min(objects[0], predicates[0])
        last = max(self.res.subtree(k)[1] for k in objects[:1] + predicates[:1])
        start, stop = self._extend_to_marks(self.tokens[first].start, self.tokens[last - 1].stop)
        return self._verb_candidate(start, stop, i, "clause", "opinion")

    def _complementizer(self, verb: int, s_stop: int) -> int | None:
        """Index of "что" (or ":") introducing the verb's complement, skipping the
        verb's own dependents ("заявил журналистам в четверг, что")."""
        subtree_first, subtree_last = self.res.subtree(verb, frozenset({"ccomp", "parataxis", "acl:relcl", "advcl", "conj"}))
        j = verb + 1
        while j < s_stop and j - verb <= 12:
            token = self.tokens[j]
            low = token.text.lower()
            if low == ":" and j + 1 < s_stop and self.tokens[j + 1].text not in QUOTE_CHARS:
                return j
            if low == ",":
                k = j + 1
                if k + 2 < s_stop and self.tokens[k].text.lower() in ("о", "в") and self.tokens[k + 1].text.lower() in ("том", "тот") \
                        and self.tokens[k + 2].text == ",":
                    k += 3
                if k < s_stop and self.tokens[k].text.lower() in COMPLEMENTIZERS:
                    return k
                if k == j + 1 and k < s_stop and self.lex.verb_class(self.tokens[verb]) in ("say", "inform", "claim") \
                        and self.tokens[k].text.lower() not in CLAUSE_STARTERS and self.tokens[k].pos not in ("CCONJ", "SCONJ", "PUNCT") \
                        and not self.lex.verb_class(self.tokens[k]) and s_stop - k >= 4 \
                        and any(c > j for c in self.kids(verb, "ccomp", "parataxis")):
                    return j  # "Он сказал, новая стратегия — это …": a complement without "что"
                return None
            if low in COMPLEMENTIZERS and self.tokens[j].rel == "mark":
                return j if self.tokens[j - 1].text == "," else None
            if token.pos == "PUNCT" and low not in ("«", "»", "\"", "(", ")"):
                return None
            if not (subtree_first <= j < subtree_last):
                return None
            j += 1
        return None

    # --- rule: frames --------------------------------------------------------------
    def frames(self) -> list[Candidate]:
        out = []
        for sentence in range(len(self.doc.sentences)):
            s_first, s_stop = self.sentence_range(sentence)
            for i in range(s_first, s_stop):
                cand = self._according_to(i, s_first, s_stop) or self._kak_frame(i, s_first, s_stop) \
                    or self._trailing(i, s_first, s_stop)
                if cand:
                    out.append(cand)
            about = self._about(sentence, s_first, s_stop)
            if about:
                out.append(about)
        headline = self._headline()
        if headline:
            out.append(headline)
        return out

    def _rest_of_sentence(self, frame_first: int, frame_last: int, s_first: int, s_stop: int) -> tuple[int, int] | None:
        """Content around a frame: the part after it when it leads, before it when it trails."""
        text = self.doc.text
        lead = all(self.tokens[k].pos in ("CCONJ", "PUNCT", "ADV", "PART") for k in range(s_first, frame_first))
        if lead:
            k = frame_last
            while k < s_stop and self.tokens[k].text in ",—–:":
                k += 1
            if k >= s_stop:
                return None
            return self._extend_to_marks(self.tokens[k].start, self.tokens[s_stop - 1].stop)
        k = frame_first - 1
        while k > s_first and self.tokens[k].text in ",—–(":
            k -= 1
        if frame_last >= s_stop - 1 or all(self.tokens[x].pos == "PUNCT" for x in range(frame_last, s_stop)):
            start = self.tokens[s_first].start
            return self._extend_to_marks(start, self.tokens[k].stop)
        start, stop = self.tokens[s_first].start, self.tokens[s_stop - 1].stop
        return start, stop if text[stop - 1] not in ".!?…" else stop - 1

    def _according_to(self, i: int, s_first: int, s_stop: int) -> Candidate | None:
        token = self.tokens[i]
        low = token.text.lower()
        if i + 1 >= s_stop:
            return None
        nxt = self.tokens[i + 1]
        cue, noun = None, None
        possessive = None
        if low == "по" and nxt.text.lower() in POSSESSIVES and i + 2 < s_stop:
            # "по его словам", "по их мнению": the owner is the possessive pronoun.
            possessive, nxt = i + 1, self.tokens[i + 2]
        if low == "по" and self.lex.is_frame(nxt, "po") and nxt.feats.get("Case", "Dat") == "Dat":
            cue, noun = f"по {nxt.text.lower()}", i + (2 if possessive is not None else 1)
        elif low == "согласно" and self.lex.is_frame(nxt, "soglasno"):
            cue, noun = f"согласно {nxt.text.lower()}", i + 1
        elif low in ("со", "с") and lemma(nxt) == "слово" and nxt.feats.get("Case") == "Gen":
            cue, noun = "со слов", i + 1
        elif low == "с" and nxt.text.lower() == "точки" and i + 2 < s_stop and self.tokens[i + 2].text.lower() == "зрения":
            cue, noun = "с точки зрения", i + 2
        if noun is None:
            return None
        owner = possessive if possessive is not None else self._owner(noun)
        if owner is None:
            return None
        frame_first, frame_last = i, self.res.subtree(noun)[1]
        frame_last = max(frame_last, self.res.subtree(owner)[1])
        content = self._rest_of_sentence(frame_first, frame_last, s_first, s_stop)
        if content is None or content[1] - content[0] < 3:
            return None
        cand = Candidate(content[0], content[1], "frame", cue, noun, owner)
        if cue.startswith("согласно") and self.lex.is_source(nxt):
            cand.sources.append(self._source_name(noun, owner))
        return cand

    def _owner(self, noun: int) -> int | None:
        """The genitive speaker of "словам X", "сообщении X"."""
        for c in self.kids(noun, "nmod", "appos", "flat:name", "nsubj"):
            token = self.tokens[c]
            if c > noun and token.pos in ("NOUN", "PROPN", "PRON", "X", "NUM", "ADJ", "DET") and (
                    token.feats.get("Case") in ("Gen", None) or token.text.isupper()):
                return c
        nxt = noun + 1
        if nxt < len(self.tokens) and self.tokens[nxt].pos in ("PROPN",) and self.tokens[nxt].start - self.tokens[noun].stop <= 1:
            return nxt
        return None

    def _source_name(self, noun: int, owner: int | None) -> str:
        head = lemma(self.tokens[noun])
        if owner is None:
            return head
        first, last = self.res.subtree(owner)
        return f"{head} " + self.doc.text[self.tokens[first].start:self.tokens[last - 1].stop]

    def _kak_frame(self, i: int, s_first: int, s_stop: int) -> Candidate | None:
        """"Как сообщил Песков, …" / "…, как считают в Кремле"."""
        token = self.tokens[i]
        if token.text.lower() != "как" or i + 1 >= s_stop:
            return None
        before = {t.text.lower() for t in self.tokens[max(s_first, i - 3):i]}
        if before & {"время", "того", "тех", "так", "такой", "то", "после", "тогда", "тем"}:
            return None  # "в то время как", "после того как": time, not a source
        verb = next((k for k in range(i + 1, min(i + 4, s_stop)) if self.is_cue(k)), None)
        if verb is None:
            return None
        frame_first = i
        frame_last = self.res.subtree(verb, frozenset({"punct", "parataxis", "ccomp", "conj", "acl:relcl"}))[1]
        # The frame clause ends at the first comma after the verb's words.
        k = verb + 1
        while k < s_stop and self.tokens[k].text != ",":
            k += 1
        frame_last = min(max(frame_last, verb + 1), k) if k < s_stop else k
        content = self._rest_of_sentence(frame_first, frame_last, s_first, s_stop)
        if content is None or content[1] - content[0] < 3:
            return None
        return self._verb_candidate(content[0], content[1], verb, "frame", self.is_cue(verb) or "say")

    def _trailing(self, i: int, s_first: int, s_stop: int) -> Candidate | None:
        """"…, сообщил Песков." / "…, передает ТАСС." — attribution after the content."""
        if i - 1 <= s_first or self.tokens[i - 1].text not in (",", "—", "–"):
            return None
        klass = self.is_cue(i)
        if not klass or self.tokens[i].feats.get("VerbForm") not in ("Fin", None):
            return None
        if self._complementizer(i, s_stop) is not None:
            return None
        subject = self.subject_of(i)
        if subject is None or subject < i:
            if not (subject is None and self.tokens[i].feats.get("Number") == "Plur"):
                return None
        rest = [k for k in range(i + 1, s_stop) if self.tokens[k].pos != "PUNCT"]
        if len(rest) > 8:
            return None
        k = i - 1
        while k > s_first and self.tokens[k].text in ",—–":
            k -= 1
        if k - s_first < 2:
            return None
        if [t.text.lower() for t in self.tokens[s_first:s_first + 2]] in (["об", "этом"], ["о", "том"]):
            return None  # "Об этом заявил X, передает ТАСС": a source, not a second quote
        start, stop = self._extend_to_marks(self.tokens[s_first].start, self.tokens[k].stop)
        cand = self._verb_candidate(start, stop, i, "trailing", klass)
        return cand

    def _about(self, sentence: int, s_first: int, s_stop: int) -> Candidate | None:
        """"Об этом сообщил Песков." — the content is the sentence before."""
        low = [t.text.lower() for t in self.tokens[s_first:s_first + 3]]
        lemmas = [lemma(t) for t in self.tokens[s_first:s_first + 3]]
        if sentence == 0:
            return None
        if low[:2] in (["об", "этом"], ["о", "том"]):
            skip = 2
        elif len(lemmas) >= 2 and lemmas[0] in ("такой", "этот", "подобный") and lemmas[1] in ANAPHORIC_OPINION:
            skip = 2  # "Такое мнение высказала Голубовская", "Такой прогноз дал аналитик"
        else:
            return None
        verb = next((k for k in range(s_first + skip, min(s_first + 6, s_stop)) if self.is_cue(k)), None)
        if verb is None or self._complementizer(verb, s_stop) is not None:
            return None
        prev = self.doc.sentences[sentence - 1]
        if self.doc.part_at(prev.start) and self.doc.part_at(prev.start).kind == "title":
            return None
        start, stop = self._extend_to_marks(prev.start, prev.stop)
        return self._verb_candidate(start, stop, verb, "about", self.is_cue(verb) or "say")

    def _headline(self) -> Candidate | None:
        """"Песков: …" / "«Би-би-си»: …" in the title."""
        title = next((p for p in self.doc.parts if p.kind == "title"), None)
        if title is None:
            return None
        text = self.doc.text[title.start:title.stop]
        colon = text.find(":")
        if colon <= 0 or colon > 60:
            return None
        first, last = self.doc.token_span(title.start, title.start + colon)
        if last - first > HEADLINE_PREFIX_TOKENS or any(self.is_cue(k) for k in range(first, last)):
            return None
        ref = self._prefix_speaker(first, last)
        if ref is None:
            return None
        start, stop = self._extend_to_marks(title.start + colon + 1, title.stop)
        while start < stop and self.doc.text[start].isspace():
            start += 1
        return Candidate(start, stop, "headline", "headline", None, speaker=ref)

    def _prefix_speaker(self, first: int, last: int) -> SpeakerRef | None:
        if first >= last:
            return None
        start, stop = self.tokens[first].start, self.tokens[last - 1].stop
        found = [m for m in self.res.mentions_in(start, stop) if m.type in ("PER", "ORG", "MEDIA", "ROLE")]
        if found:
            return self.res.ref(found[0])
        text = self.doc.text[start:stop].strip("«»\"“” ")
        named = any(t.pos == "PROPN" or (t.text.isupper() and len(t.text) > 1) or re.match(r"[A-Za-z]", t.text)
                    for t in self.tokens[first:last]) or self.doc.text[start] in "«\""
        if named and text[:1].isupper() and len(text.split()) <= 3:
            return SpeakerRef(None, text, self.doc.text[start:stop], start, stop)
        head = next((k for k in range(first, last) if self.tokens[k].head < first or self.tokens[k].head >= last), first)
        if self.tokens[head].feats.get("Animacy") == "Anim":
            return self.res.from_phrase(first, last, head)
        return None

    # --- merge and resolve ------------------------------------------------------
    def run(self) -> list[Quote]:
        candidates = self.direct() + self.dialogue() + self.clauses() + self.frames()
        chosen = self._merge(candidates)
        quotes = []
        for cand in sorted(chosen, key=lambda c: c.start):
            quote = self._resolve(cand)
            if quote is not None:
                quotes.append(quote)
        return quotes

    def _merge(self, candidates: list[Candidate]) -> list[Candidate]:
        # Clauses whose cue sits inside a chosen direct quote belong to that quote.
        direct = [c for c in candidates if c.rule in ("dash", "colon", "split", "headline")]
        candidates = self._prefer_nested(candidates)
        kept: list[Candidate] = []
        for cand in sorted(candidates, key=lambda c: (PRIORITY[c.rule], c.start)):
            if cand.rule not in ("dash", "colon", "split", "headline") and cand.cue_token is not None and any(
                d.start <= self.tokens[cand.cue_token].start < d.stop for d in direct
            ):
                continue
            clash = next((k for k in kept if _overlap(k, cand) >= SAME_QUOTE_OVERLAP), None)
            if clash is None:
                kept.append(cand)
            elif clash.rule in ("dash", "colon", "split") and cand.rule == "clause" and cand.start <= clash.start \
                    and cand.stop >= clash.stop and cand.stop - cand.start > clash.stop - clash.start:
                # "заявил, что «…»": the clause holding the quoted words is one mixed quote.
                kept[kept.index(clash)] = cand
            elif clash.rule in ("trailing", "about") and cand.rule in ("clause", "frame"):
                kept[kept.index(clash)] = cand
        return kept

    def _prefer_nested(self, candidates: list[Candidate]) -> list[Candidate]:
        """Settle reports inside reports before the overlap merge:
        "Сообщается, что исламисты заявили, что …" - the named inner speaker wins
        over an impersonal frame with no source; "Q. Об этом заявил Климкин" -
        Климкин's statement wins over a clause inside Q whose subject is not a person."""
        drop: set[int] = set()
        for outer in candidates:
            for inner in candidates:
                if inner is outer or inner.cue_token is None:
                    continue
                at = self.tokens[inner.cue_token].start
                if not outer.start <= at < outer.stop:
                    continue
                if outer.rule == "clause" and inner.rule == "clause" and outer.speaker_head is None \
                        and outer.impersonal_verb is not None and not self._has_source(outer.impersonal_verb) \
                        and inner.speaker_head is not None:
                    drop.add(id(outer))
                if outer.rule == "about" and inner.rule in ("clause", "frame", "trailing") \
                        and not self._personal(inner.speaker_head):
                    drop.add(id(inner))
        return [c for c in candidates if id(c) not in drop]

    def _has_source(self, verb: int) -> bool:
        return any(set(self.tokens[p].text.lower() for p in self.kids(c, "case")) & {"в", "во", "на", "у"}
                   for c in self.kids(verb, "obl", "nmod", "iobj"))

    def _is_media(self, i: int) -> bool:
        token = self.tokens[i]
        return any(m.type in ("MEDIA", "ORG") for m in self.res.mentions_in(token.start, token.stop + 1))

    def _personal(self, head: int | None) -> bool:
        if head is None:
            return False
        token = self.tokens[head]
        return token.pos == "PRON" or token.feats.get("Animacy") == "Anim" or any(
            m.type == "PER" for m in self.res.mentions_in(token.start, token.stop + 1))

    def _resolve(self, cand: Candidate) -> Quote | None:
        doc = self.doc
        speaker = cand.speaker
        if cand.follows is not None and cand.follows.quote is not None:
            speaker = cand.follows.quote.speaker
        if speaker is None and cand.rule == "continuation" and self.last_quote is not None \
                and self.last_quote.speaker is not None and self.last_quote.stop <= cand.start \
                and self._person_speaker(self.last_quote.speaker) \
                and self.last_quote.sentence >= (doc.sentence_at(cand.start) or 0) - CONTINUE_WINDOW:
            # An unframed quote goes on with the latest speaker (whose frame may have
            # been merged into a clause quote, or whose quoted words were a fragment).
            speaker = self.last_quote.speaker
        self.res.excluded = (cand.start, cand.stop)
        if speaker is None and cand.speaker_head is not None:
            speaker = self.res.from_head(cand.speaker_head, common=cand.rule == "frame")
        if speaker is None and cand.impersonal_verb is not None:
            speaker, source = self._impersonal(cand.impersonal_verb)
            if source:
                cand.sources.append(source)
        if speaker is None and cand.rule in ("frame",) and cand.speaker_head is None:
            return None
        addressee = self.res.from_head(cand.addressee_head) if cand.addressee_head is not None else None
        if addressee and speaker and addressee.actor_id and addressee.actor_id == speaker.actor_id:
            addressee = None
        start, stop = cand.start, cand.stop
        if cand.rule in ("clause", "frame", "trailing", "about", "headline", "topic"):
            stripped = _strip_outer(doc.text, start, stop)
            start, stop = stripped
        while start < stop and doc.text[start] in ")]},;:—–- " and cand.rule not in ("dash", "split", "colon"):
            start += 1
        content = doc.text[start:stop]
        if not re.search(r"\w", content):
            return None
        kind = _kind(cand.rule, doc.text[cand.start:cand.stop], _fully_quoted(doc.text, cand.start, cand.stop, self.spans))
        sentence = doc.sentence_at(start)
        relay = self._relay(cand, speaker)
        if relay and relay not in cand.sources:
            cand.sources.insert(0, relay)
        chain = [self._outlet()] + cand.sources + ([speaker.name] if speaker else [])
        cue = cand.cue
        quote = Quote(
            text=content, kind=kind, start=start, stop=stop, sentence=sentence if sentence is not None else -1,
            cue=cue, speaker=speaker, addressee=addressee, source_chain=chain,
            negated=cand.negated, hedged=cand.hedged,
        )
        cand.quote = quote
        self.last_quote = quote
        self.res.remember(start, speaker)
        if speaker and speaker.actor_id and any(m.actor_id == speaker.actor_id and m.type in ORG_TYPES for m in doc.mentions):
            self.last_source = speaker
        return quote

    def _person_speaker(self, ref: SpeakerRef) -> bool:
        """A named person: an outlet reports facts and an institution's statement
        is not continued by unframed quotes."""
        actor = self.doc.actor(ref.actor_id) if ref.actor_id else None
        return actor is not None and actor.type == "PER"

    def _relay(self, cand: Candidate, speaker: SpeakerRef | None) -> str | None:
        """"«…», — заявил Песков, передает ТАСС": the outlet relaying the quote."""
        if cand.cue_token is None:
            return None
        s_first, s_stop = self.sentence_range(self.sent_of_token(cand.cue_token))
        for k in range(cand.cue_token + 1, s_stop):
            token = self.tokens[k]
            if self.tokens[k - 1].text != "," or lemma(token) not in RELAY_VERBS:
                continue
            subject = self.subject_of(k)
            ref = self.res.from_head(subject) if subject is not None else None
            if ref is not None and (speaker is None or ref.name != speaker.name):
                return ref.name
        return None

    def _impersonal(self, verb: int) -> tuple[SpeakerRef | None, str | None]:
        """"говорится в сообщении Кремля" → Кремль; "сообщили в пресс-службе МВД" →
        пресс-служба МВД; "в сообщении отмечается" → the last reporting source."""
        for c in self.kids(verb, "obl", "nmod", "iobj"):
            token = self.tokens[c]
            preps = [self.tokens[p].text.lower() for p in self.kids(c, "case")]
            if not set(preps) & {"в", "во", "на", "у"}:
                continue
            if self.lex.is_source(token):
                owner = self._owner(c)
                if owner is not None:
                    return self.res.from_head(owner), self._source_name(c, owner)
                return self.last_source or self._latest_org(token.start), lemma(token)
            ref = self.res.from_head(c)
            if ref is not None:
                return ref, None
        for c in self.kids(verb, "nsubj:pass"):
            if self.lex.is_source(self.tokens[c]):
                owner = self._owner(c)
                if owner is not None:
                    return self.res.from_head(owner), self._source_name(c, owner)
        return None, None

    def _latest_org(self, before: int) -> SpeakerRef | None:
        mention = self.res.latest(before, ("ORG", "MEDIA"))
        return self.res.ref(mention) if mention else None

    def _outlet(self) -> str:
        url = self.doc.article.url
        if url:
            host = urlparse(url).hostname
            if host:
                return host.removeprefix("www.")
        return "article"


def _kind(rule: str, region: str, fully_quoted: bool) -> str:
    if rule in ("dash", "colon", "split", "continuation") or (rule == "headline" and fully_quoted):
        return "direct"
    if rule == "headline":
        return "indirect"
    return "mixed" if any(ch in QUOTE_CHARS for ch in region) else "indirect"


def _overlap(a: Candidate, b: Candidate) -> float:
    inter = min(a.stop, b.stop) - max(a.start, b.start)
    shorter = min(a.stop - a.start, b.stop - b.start)
    return inter / shorter if shorter > 0 and inter > 0 else 0.0


def _fully_quoted(text: str, start: int, stop: int, spans: list[QuotedSpan]) -> bool:
    return any(s.open_at <= start and s.close_at + 1 >= stop and (s.stop - s.start) >= (stop - start) - 2
               and s.open_at >= start - 1 for s in spans)


def _strip_outer(text: str, start: int, stop: int) -> tuple[int, int]:
    while start < stop and text[start].isspace():
        start += 1
    while stop > start and text[stop - 1] in " .,;:…":
        stop -= 1
    if stop - start >= 2 and text[start] in "«\"„“" and text[stop - 1] in "»\"“”":
        inner = text[start + 1:stop - 1]
        depth = 0
        ok = True
        for ch in inner:
            depth += ch in "«„"
            depth -= ch in "»“"
            if depth < 0:
                ok = False
                break
        if ok:
            start, stop = start + 1, stop - 1
            while stop > start and text[stop - 1] in " .,;:…":
                stop -= 1
    return start, stop
