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
from bisect import bisect_right
from dataclasses import dataclass, field
from urllib.parse import urlparse

from khronika.nlp.doc import Doc, Quote, SpeakerRef
from khronika.quotes.cues import HEDGE_WORDS, NEGATION, NEGATION_KEEPS, Lexicon, lemma
from khronika.quotes.marks import QUOTE_CHARS, QuotedSpan, find_quoted, outermost
from khronika.quotes.speakers import ANAPHORIC_ORG, INTRODUCED_ORG, MEDIA_NOUNS, ORG_TYPES, SIDE_NOUNS, SpeakerResolver

RELAY_VERBS = frozenset({"передавать", "сообщать", "писать", "информировать", "цитировать"})
CLAUSE_STARTERS = frozenset({"и", "а", "но", "который", "которая", "которое", "которые", "когда", "если",
                             "чтобы", "где", "куда", "как", "потому", "поскольку", "хотя", "однако", "после", "перед",
                             "отвечая", "заявив", "сообщив", "добавив", "подчеркнув", "отметив"})
# Embedded questions give only a topic ("рассказал, чего ожидает от переговоров"), no content.
INTERROGATIVES = frozenset({"чего", "кто", "кого", "кому", "кем", "чем", "почему", "зачем", "откуда", "сколько",
                            "какой", "какая", "какое", "какие", "каких", "каким", "какую", "каков", "насколько",
                            "ли", "чей", "чья", "чьи"})
POSSESSIVES = frozenset({"его", "ее", "её", "их"})
# Subjects that can speak although the tagger calls them inanimate ("власти заявляют о …").
INSTITUTION_NOUNS = ANAPHORIC_ORG | INTRODUCED_ORG | MEDIA_NOUNS | SIDE_NOUNS
NAMING_VERBS = frozenset({"назвать", "называть"})
OUTLET_FINDINGS = frozenset({"узнать", "выяснить"})
ACCUSING_VERBS = frozenset({"обвинить", "обвинять", "упрекнуть", "упрекать"})
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
# Announcement verbs report an event even in a short topic ("объявил о капитуляции Японии",
# "О смерти Мендонсы сообщила его дочь"); "рассказал о …" often names only a subject matter.
ANNOUNCE_VERBS = frozenset({"сообщить", "сообщать", "заявить", "заявлять", "объявить", "объявлять"})
ANNOUNCE_TOPIC_MIN_TOKENS = 2
# Topic nouns that name no event or state: "сообщил об этом решении" is handled by the
# anaphoric rule, "заявил о своей позиции/отношении" names only a subject matter.
# "высказался об инциденте", "говорил о ситуации": these verbs name a subject matter, never a content.
TOPIC_ONLY_VERBS = frozenset({"высказаться", "высказываться", "говорить", "поговорить", "рассуждать", "размышлять",
                              "отозваться", "отзываться", "спорить", "беседовать", "побеседовать"})
EMPTY_TOPICS = frozenset({"это", "то", "тот", "он", "она", "они", "что", "позиция", "отношение", "вопрос", "тема",
                          "ситуация", "результат", "итог", "подробность", "деталь", "судьба"})
STANDALONE_WINDOW = 3
# "Как (в свою очередь) сообщила X, …": the cue verb within this many words after "как".
KAK_CUE_WINDOW = 4
# An unframed quote continues the latest quoted person this many sentences back.
CONTINUE_WINDOW = 2
# The author's own asides in the first person ("Напомним, …", "Отметим, что …").
AUTHOR_ASIDES = frozenset({"напомнить", "отметить", "подчеркнуть", "заметить", "уточнить", "добавить", "повторить"})
# Nouns of an anaphoric opinion frame: "Такое мнение высказал X" (content = the sentence before).
ANAPHORIC_OPINION = frozenset({"мнение", "заявление", "прогноз", "оценка", "точка", "позиция", "предположение",
                               "версия", "вывод", "информация"})
_DASH_AFTER = re.compile(r"[»\"“”'’]*\s*[,.!?…]*\s*[—–-]{1,2}\s*")
_COMMA_AFTER = re.compile(r"[»\"“”'’]*\s*,\s+")
_DASH_BEFORE = re.compile(r"\s[—–-]\s*$")
# "процитировала стихи – «…»": the cue verb stands this close before the dash.
DASH_CUE_WINDOW = 3
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
        # The rules read "sentences" as token ranges: the doc's sentences, split again
        # where scraped text glued two of them ("в эфире «Россия 24».Она добавила").
        self.units = glued_split(doc)
        self._unit_starts = [self.tokens[first].start for first, _ in self.units]

    # --- helpers -------------------------------------------------------------
    def kids(self, i: int, *rels: str) -> list[int]:
        return [c for c in self.children.get(i, []) if not rels or self.tokens[c].rel in rels]

    def sentence_range(self, index: int) -> tuple[int, int]:
        return self.units[index]

    def unit_at(self, offset: int) -> int | None:
        """Index of the sentence unit holding char `offset` (None outside every unit)."""
        index = bisect_right(self._unit_starts, offset) - 1
        if index < 0:
            return None
        first, last = self.units[index]
        return index if offset < self.tokens[last - 1].stop + 1 else None

    def unit_chars(self, index: int) -> tuple[int, int]:
        first, last = self.units[index]
        return self.tokens[first].start, self.tokens[last - 1].stop

    def sent_of_token(self, i: int) -> int:
        return self.unit_at(self.tokens[i].start) or 0

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
        if need_clause and lemma(token) in OUTLET_FINDINGS:
            subject = self.subject_of(i)
            # "WSJ узнало, что …": what an outlet found out is what it reports.
            return "inform" if subject is not None and self._names_outlet(subject) else None
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
        head = self.tokens[i].head
        if self.tokens[i].feats.get("VerbForm") == "Conv" and head > i:
            # "Комментируя …, Песков сказал": a fronted gerund shares its main verb's subject.
            subjects = self.kids(head, "nsubj")
            return subjects[0] if subjects else None
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
        if last < first or last >= len(self.tokens):
            return None  # a complementizer ending the text has no content after it
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
            return self._comma_after(span)
        if not re.search(r"[,!?…]", m.group(0)) and text[span.close_at - 1] not in "!?…,.":
            return []  # "«Северный поток — 2» — газопровод": a name defined, not speech
        first, _ = self.doc.token_span(m.end(), m.end() + 1)
        sentence = self.unit_at(m.end())
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

    def _comma_after(self, span: QuotedSpan) -> list[Candidate]:
        """"«…», сказал господин Лавров на пресс-конференции": the attribution follows
        a comma without a dash; only a lexicon cue verb with its subject after it."""
        m = _COMMA_AFTER.match(self.doc.text, span.close_at + 1)
        if not m or len(re.findall(r"\w+", self.doc.text[span.start:span.stop])) < STANDALONE_MIN_WORDS:
            return []
        opening = self.unit_at(span.open_at)
        if opening is None or self.doc.text[self.unit_chars(opening)[0]:span.open_at].strip(" —–-"):
            return []  # "…приводят «к позитивным последствиям», подтвердил X": a fragment, left to the clause rules
        first, _ = self.doc.token_span(m.end(), m.end() + 1)
        if first >= len(self.tokens):
            return []
        token = self.tokens[first]
        klass = self.lex.verb_class(token)
        if not klass or token.feats.get("VerbForm") != "Fin" or not any(k > first for k in self.kids(first, "nsubj")):
            return []
        return self._split(span, self._verb_candidate(span.start, span.stop, first, "dash", klass))

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
        self._referring(cand, verb)
        return cand

    def _referring(self, cand: Candidate, verb: int) -> None:
        """"сообщают СМИ со ссылкой на его жену": the one referred to speaks, the
        subject only relays ("источник" leaves the speaker unknown)."""
        for c in self.kids(verb, "obl", "nmod", "advcl"):
            if lemma(self.tokens[c]) != "ссылка" or not any(
                    self.tokens[p].text.lower() in ("со", "с") for p in self.kids(c, "case")):
                continue
            target = next((k for k in self.kids(c, "nmod", "obl") if k > c and any(
                self.tokens[p].text.lower() == "на" for p in self.kids(k, "case"))), None)
            if target is None:
                return
            if cand.speaker_head is not None:
                relay = self.res.from_head(cand.speaker_head)
                if relay is not None:
                    cand.sources.append(relay.name)
            cand.speaker_head, cand.impersonal_verb = target, None
            return

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
            return self._dash_before(span)
        colon = text.rfind(":", 0, span.open_at)
        first, last = self.doc.token_span(max(0, colon - 400), colon)
        sentence = self.unit_at(colon)
        if sentence is None:
            return []
        s_first, _ = self.sentence_range(sentence)
        lo = max(s_first, last - COLON_WINDOW)
        for i in range(last - 1, lo - 1, -1):
            klass = self.is_cue(i)
            if klass:
                return [self._verb_candidate(span.start, span.stop, i, "colon", klass)]
        # "Слова Наумова приводятся на странице Х: «…»": the owner of the words speaks,
        # the page only carries them; otherwise the owner of the nearest source noun.
        words = [i for i in range(last - 1, s_first - 1, -1) if lemma(self.tokens[i]) in ("слово", "цитата")
                 and self._owner(i) is not None]
        sources = [i for i in range(last - 1, lo - 1, -1) if self.lex.is_source(self.tokens[i])]
        for i in words[:1] or sources[:1]:
            return [Candidate(span.start, span.stop, "colon", lemma(self.tokens[i]), i, self._owner(i))]
        for i in range(last - 1, lo - 1, -1):
            token = self.tokens[i]
            if lemma(token) in ("слово", "цитата"):
                return [Candidate(span.start, span.stop, "colon", lemma(token), i, None)]
        if last - s_first <= HEADLINE_PREFIX_TOKENS:
            ref = self._prefix_speaker(s_first, last)
            if ref:
                return [Candidate(span.start, span.stop, "headline", "headline", None, speaker=ref)]
        return []

    def _dash_before(self, span: QuotedSpan) -> list[Candidate]:
        """"процитировала стихи – «не вынесла душа поэта…»": a dash in place of the
        colon, only right after a lexicon cue verb and at most a short object."""
        text = self.doc.text
        m = _DASH_BEFORE.search(text, max(0, span.open_at - 4), span.open_at)
        if not m:
            return self._object_quote(span)
        _, last = self.doc.token_span(max(0, m.start() - 200), m.start())
        sentence = self.unit_at(m.start())
        if sentence is None:
            return []
        s_first, _ = self.sentence_range(sentence)
        for i in range(last - 1, max(s_first, last - DASH_CUE_WINDOW) - 1, -1):
            if self.tokens[i].pos == "PUNCT":
                return []
            klass = self.lex.verb_class(self.tokens[i])
            if klass and self.tokens[i].feats.get("VerbForm") in ("Fin", "Conv"):
                return [self._verb_candidate(span.start, span.stop, i, "colon", klass)]
        return []

    def _object_quote(self, span: QuotedSpan) -> list[Candidate]:
        """"…, сказав «мы принялись за сохранение этого вида работы»": the quoted words
        are the object of the cue verb right before them (a sentence, not a name)."""
        text = self.doc.text
        if not re.search(r"\w\s+$", text[max(0, span.open_at - 3):span.open_at]) \
                or len(re.findall(r"\w+", text[span.start:span.stop])) < STANDALONE_MIN_WORDS:
            return []
        _, last = self.doc.token_span(max(0, span.open_at - 100), span.open_at)
        if last == 0:
            return []
        verb = last - 1
        klass = self.lex.verb_class(self.tokens[verb])
        if not klass or lemma(self.tokens[verb]) in NAMING_VERBS \
                or self.tokens[verb].feats.get("VerbForm") not in ("Fin", "Conv"):
            return []
        return [self._verb_candidate(span.start, span.stop, verb, "colon", klass)]

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
        for sentence in range(len(self.units)):
            s_first, s_stop = self.sentence_range(sentence)
            for i in range(s_first, s_stop):
                cand = self._clause_at(i, s_stop)
                if cand:
                    out.append(cand)
        return out

    def _clause_at(self, i: int, s_stop: int) -> Candidate | None:
        token = self.tokens[i]
        if token.pos not in ("VERB", "AUX", "ADJ", "") and not (token.pos == "NOUN" and token.rel == "acl"):
            return None  # (a participle the tagger took for a noun: "журналисту, заявившему о …")
        comp = self._complementizer(i, s_stop)
        if comp is None:
            return self._naming(i, s_stop) or self._accusing(i) or self._about_topic(i, s_stop) \
                or self._quoted_infinitive(i)
        klass = self.is_cue(i, need_clause=True)
        if not klass:
            return None
        if not self.lex.verb_class(token) and (not self._governs(i, comp) or self.tokens[comp].rel != "mark"):
            return None  # the syntactic fallback needs the parse to agree ("…, что дает надежду": a relative "что")
        if self._thing_subject(i):
            return None
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

    def _thing_subject(self, verb: int) -> bool:
        """"видео, которое подтверждает, что …": the subject is a relative pronoun standing
        for a plain thing (no organisation, person or document), so nobody speaks."""
        subject = self.subject_of(verb)
        if subject is None or lemma(self.tokens[subject]) != "который" or self.tokens[verb].rel != "acl:relcl":
            return False
        noun = self.tokens[verb].head
        token = self.tokens[noun]
        return token.pos == "NOUN" and token.feats.get("Animacy") == "Inan" and not self.lex.is_source(token) \
            and not self.res.mentions_in(token.start, token.stop + 1)

    def _sentence_stop(self, i: int) -> int:
        return self.sentence_range(self.sent_of_token(i))[1]

    def _about_topic(self, i: int, s_stop: int) -> Candidate | None:
        """"WSJ сообщила о продаже «Совкомфлотом» танкеров": what was reported,
        as an indirect quote (the topic phrase after "о"), when it is long enough."""
        klass = self.lex.verb_class(self.tokens[i])
        if klass not in ("say", "inform", "claim") or self.negated(i) or lemma(self.tokens[i]) in TOPIC_ONLY_VERBS:
            return None  # "пока не сообщала об итогах": nothing was said
        subject = self.subject_of(i)
        if subject is not None and not self._agentive(subject) and not self._names_outlet(subject) \
                and lemma(self.tokens[subject]) not in INSTITUTION_NOUNS:
            return None  # "проект рассказывает о водружении флагов": a thing tells no news
        announce = lemma(self.tokens[i]) in ANNOUNCE_VERBS and self.tokens[i].feats.get("VerbForm") != "Inf"
        for c in self.kids(i, "obl", "iobj", "obj") + self._misattached_topic(i, s_stop):
            preps = self.kids(c, "case")
            if not preps or self.tokens[preps[0]].text.lower() not in ("о", "об"):
                continue
            if c < i and not (announce and self._fronted_topic(preps[0], i)):
                continue
            if lemma(self.tokens[c]) in EMPTY_TOPICS:
                return None
            first, last = self.res.subtree(c, frozenset({"punct", "parataxis", "conj", "cc"}))
            first = max(first, preps[0] + 1)
            if c < i:
                last = min(last, i)
            short = ANNOUNCE_TOPIC_MIN_TOKENS if announce else ABOUT_TOPIC_MIN_TOKENS
            if last - first < short:
                return None
            start, stop = self._extend_to_marks(self.tokens[first].start, self.tokens[last - 1].stop)
            return self._verb_candidate(start, stop, i, "topic", klass)
        return None

    def _quoted_infinitive(self, verb: int) -> Candidate | None:
        """"Акчурин предложил «установить по аналогии» День оленя": a directive with an
        infinitive is no quote, unless the infinitive phrase carries the speaker's
        quoted words (then it is a mixed quote)."""
        klass = self.lex.verb_class(self.tokens[verb])
        if klass not in ("promise", "ask") or self.negated(verb):
            return None
        for inf in self.kids(verb, "xcomp", "obj", "ccomp"):
            if inf < verb or self.tokens[inf].feats.get("VerbForm") != "Inf":
                continue
            first, last = self.res.subtree(inf, frozenset({"parataxis", "ccomp", "advcl", "acl:relcl"}))
            start, stop = self.tokens[first].start, self.tokens[last - 1].stop
            # quoted words, not a quoted name ("брать в кавычки «Донецкая Народная Республика»")
            if first > verb + 2 or not any(start - 2 <= sp.open_at < stop and self.doc.text[sp.start:sp.start + 1].islower()
                                           and len(re.findall(r"\w+", self.doc.text[sp.start:sp.stop])) >= 2
                                           for sp in self.spans):
                return None
            start, stop = self._extend_to_marks(start, stop)
            return self._verb_candidate(start, stop, verb, "clause", klass)
        return None

    def _misattached_topic(self, verb: int, s_stop: int) -> list[int]:
        """"напомнил главврачам больниц области об их ответственности": an "о"-phrase
        right after the verb and its addressee that the parse hung on another noun."""
        for k in range(verb + 1, min(verb + 7, s_stop)):
            token = self.tokens[k]
            if token.text.lower() in ("о", "об") and token.rel == "case":
                owner = self.tokens[token.head].head if token.head > k else -1
                # ("сообщить информацию о гражданстве": the phrase belongs to the verb's own object)
                return [token.head] if token.head > k and owner != verb and not (
                    owner >= 0 and self.tokens[owner].head == verb and self.tokens[owner].rel == "obj") else []
            if token.pos in ("VERB", "PUNCT", "SCONJ", "CCONJ", "ADP"):
                return []
        return []

    def _fronted_topic(self, prep: int, verb: int) -> bool:
        """"О смерти Мендонсы сообщила его дочь": the topic opens the sentence and
        the verb follows it directly, its subject after it."""
        s_first, _ = self.sentence_range(self.sent_of_token(verb))
        return prep == s_first and all(self.tokens[k].pos != "PUNCT" for k in range(prep, verb)) \
            and any(k > verb for k in self.kids(verb, "nsubj"))

    def _governs(self, verb: int, comp: int) -> bool:
        clause = self.tokens[comp].head
        return clause >= 0 and self.tokens[clause].head == verb and self.tokens[clause].rel in ("ccomp", "obj", "parataxis")

    def _naming(self, i: int, s_stop: int) -> Candidate | None:
        """"Захарова назвала отставку признаком кризиса": an evaluation stated by
        the speaker; the content is the object with its predicate (or the predicate
        alone: "назвал целью захвата «…»")."""
        if lemma(self.tokens[i]) not in NAMING_VERBS or self.tokens[i].feats.get("VerbForm") == "Part":
            return None
        objects = [k for k in self.kids(i, "obj") if k > i]
        predicates = [k for k in self.kids(i, "xcomp", "obl") if self.tokens[k].feats.get("Case") == "Ins"
                      and not self.kids(k, "case")] or self._predicate_after(objects[0] if objects else i, s_stop)
        if not predicates:
            return None
        subject = self.subject_of(i)
        if subject is None or not self._agentive(subject):
            return None
        first = min(objects[:1] + predicates[:1])
        last = max(self.res.subtree(k)[1] for k in objects[:1] + predicates[:1])
        for k in range(first + 1, last):
            if self.tokens[k].text.lower() in ("и", ",") and k + 1 < last and self.tokens[k + 1].pos == "VERB" \
                    and self.tokens[k + 1].feats.get("VerbForm") in ("Fin", "Conv"):
                last = k  # "назвал инцидент «…» и напомнил …": the second verb is not content
                break
        start, stop = self._extend_to_marks(self.tokens[first].start, self.tokens[last - 1].stop)
        return self._verb_candidate(start, stop, i, "clause", "opinion")

    def _accusing(self, i: int) -> Candidate | None:
        """"Лавров обвинил Запад в попытках испортить отношения": the charge is what the
        speaker stated; the content is the object with its "в"-phrase."""
        if lemma(self.tokens[i]) not in ACCUSING_VERBS or self.tokens[i].feats.get("VerbForm") == "Part" \
                or self.negated(i):
            return None
        objects = [k for k in self.kids(i, "obj") if k > i]
        charges = [k for k in self.kids(i, "obl", "nmod") if k > i and any(
            self.tokens[p].text.lower() in ("в", "во") for p in self.kids(k, "case"))]
        if not objects or not charges:
            return None
        subject = self.subject_of(i)
        if subject is None or not self._agentive(subject):
            return None
        last = self.res.subtree(charges[0], frozenset({"punct", "parataxis", "acl:relcl"}))[1]
        start, stop = self._extend_to_marks(self.tokens[min(objects[0], charges[0])].start, self.tokens[last - 1].stop)
        return self._verb_candidate(start, stop, i, "clause", "claim")

    def _predicate_after(self, after: int, s_stop: int) -> list[int]:
        """The instrumental predicate the parse did not attach to the verb:
        "назвал Vestas «мировым лидером»" (within a few words, no preposition)."""
        for k in range(after + 1, min(after + 5, s_stop)):
            token = self.tokens[k]
            if token.pos in ("ADP", "VERB") or token.text in ",.;:":
                return []
            if token.pos == "NOUN" and token.feats.get("Case") == "Ins" and not self.kids(k, "case"):
                return [k]
        return []

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
                        and self.tokens[k].text.lower() not in CLAUSE_STARTERS | INTERROGATIVES \
                        and self.tokens[k].pos not in ("CCONJ", "SCONJ", "PUNCT") \
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
        for sentence in range(len(self.units)):
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
            while k < s_stop and self.tokens[k].text in ",—–:»":
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
        opening = i
        if low == "по":
            # "по достоверной имеющейся информации агентства": adjectives before the frame noun.
            k = i + 1
            while k < min(i + 3, s_stop - 1) and self.tokens[k].pos in ("ADJ", "VERB") \
                    and self.tokens[k].rel == "amod":
                k += 1
            if k > i + 1 and self.lex.is_frame(self.tokens[k], "po"):
                i, nxt = k - 1, self.tokens[k]
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
        frame_first, frame_last = opening, self.res.subtree(noun)[1]
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
        verb = None
        for k in range(i + 1, min(i + KAK_CUE_WINDOW + 1, s_stop)):
            if self.is_cue(k):
                verb = k
                break
            if self.tokens[k].pos == "PUNCT":
                break  # ("как в свою очередь сообщила …": a few words may come first)
        if verb is None:
            return None
        frame_first = i
        frame_last = self.res.subtree(verb, frozenset({"punct", "parataxis", "ccomp", "conj", "acl:relcl"}))[1]
        # The frame clause ends at the first comma after the verb's words.
        k = verb + 1
        while k < s_stop and self.tokens[k].text != ",":
            k += 1
        frame_last = min(max(frame_last, verb + 1), k) if k < s_stop else k
        # A frame "как сообщила X" has its subject after the verb; when the parse lost it
        # (glued sentences), the first nominative noun before the comma is taken.
        subject = self.subject_of(verb)
        if subject is None and k < s_stop and s_first == frame_first:
            subject = next((j for j in range(verb + 1, k) if self.tokens[j].pos in ("NOUN", "PROPN")
                            and self.tokens[j].feats.get("Case") == "Nom"), None)
            frame_last = k if subject is not None else frame_last
        content = self._rest_of_sentence(frame_first, frame_last, s_first, s_stop)
        if content is None or content[1] - content[0] < 3:
            return None
        if re.match(r"(?i)о(б)?\s+(этом|том)\b", self.doc.text[content[0]:content[1]]):
            return None  # "Как передает X, об этом заявил Y": Y's report of the sentence before
        cand = self._verb_candidate(content[0], content[1], verb, "frame", self.is_cue(verb) or "say")
        if cand.speaker_head is None and subject is not None:
            cand.speaker_head, cand.impersonal_verb = subject, None
        return cand

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
        if subject is None:
            subject = self._named_after(i, s_stop)
        if subject is None or subject < i:
            if not (subject is None and (self.tokens[i].feats.get("Number") == "Plur" or self._has_source(i))):
                return None  # (an impersonal "…, говорится на сайте министерства" names its source)
        interrupted = self._interrupted(i, subject, s_stop)
        if interrupted is not None:
            return interrupted
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
        if cand.speaker_head is None and subject is not None:
            cand.speaker_head, cand.impersonal_verb = subject, None
        return cand

    def _named_after(self, verb: int, s_stop: int) -> int | None:
        """"…, пишет бельгийская L’Echo.": a named source right after a trailing verb
        that the parse left without a subject."""
        for k in range(verb + 1, min(verb + 4, s_stop)):
            token = self.tokens[k]
            found = [m for m in self.res.mentions_in(token.start, self.tokens[s_stop - 1].stop)
                     if m.type in ("ORG", "MEDIA", "PER") and m.start == token.start]
            if found:
                _, last = self.doc.token_span(found[0].start, found[0].stop)
                rest = [j for j in range(last, s_stop) if self.tokens[j].pos != "PUNCT"]
                return k if not rest else None
        return None

    def _interrupted(self, verb: int, subject: int | None, s_stop: int) -> Candidate | None:
        """"Санкции, отметил Маас, «никогда не являются самоцелью…»": a frame set off by
        commas inside the sentence; the content is the part after the frame."""
        if subject is None or subject < verb:
            return None
        after = self.res.subtree(subject, no_pp=True)[1]
        if after >= s_stop or self.tokens[after].text != "," or self.in_span(self.tokens[verb].start):
            return None
        words = [k for k in range(after + 1, s_stop) if self.tokens[k].pos != "PUNCT"]
        if words and (self.tokens[words[0]].feats.get("VerbForm") in ("Conv", "Part")
                      or any(self.tokens[k].head == verb for k in words)):
            return None  # "…», – подчеркнул Соловьев, продемонстрировав свои руки": the verb's own phrase
        if any(self.tokens[k].head == subject for k in words) or not any(
                self.tokens[k].feats.get("VerbForm") == "Fin" or self.tokens[k].rel == "root" for k in words) \
                or any(lemma(self.tokens[k]) in RELAY_VERBS | {"приводить", "привести"} for k in words[:4]):
            return None  # "…, рассказал врач, медицинский директор X": an apposition; "…, его слова приводит Y"
        if len(words) < 3 or any(self.lex.verb_class(self.tokens[k]) and self.tokens[k].feats.get("VerbForm") == "Fin"
                                 and k < after + 3 for k in words):
            return None
        start, stop = self._extend_to_marks(self.tokens[after + 1].start, self.tokens[s_stop - 1].stop)
        return self._verb_candidate(start, stop, verb, "trailing", self.is_cue(verb) or "say")

    def _about(self, sentence: int, s_first: int, s_stop: int) -> Candidate | None:
        """"Об этом сообщил Песков." — the content is the sentence before."""
        low = [t.text.lower() for t in self.tokens[s_first:s_first + 3]]
        lemmas = [lemma(t) for t in self.tokens[s_first:s_first + 3]]
        if sentence == 0:
            return None
        relay = self._leading_kak_clause(s_first, s_stop)
        if relay is not None:
            # "Как передает SalamNews со ссылкой на ТАСС, об этом заявил …"
            s_first = relay
            low = [t.text.lower() for t in self.tokens[s_first:s_first + 3]]
            lemmas = [lemma(t) for t in self.tokens[s_first:s_first + 3]]
        if low[:2] in (["об", "этом"], ["о", "том"]):
            skip = 2
        elif len(lemmas) >= 2 and lemmas[0] in ("такой", "этот", "подобный") and lemmas[1] in ANAPHORIC_OPINION:
            skip = 2  # "Такое мнение высказала Голубовская", "Такой прогноз дал аналитик"
        else:
            return None
        verb = next((k for k in range(s_first + skip, min(s_first + 6, s_stop)) if self.is_cue(k)), None)
        if verb is None or self._complementizer(verb, s_stop) is not None:
            return None
        start, stop = self._extend_to_marks(*self.unit_chars(sentence - 1))
        return self._verb_candidate(start, stop, verb, "about", self.is_cue(verb) or "say")

    def _leading_kak_clause(self, s_first: int, s_stop: int) -> int | None:
        """Token after "Как сообщает X[ со ссылкой на Y]," when the sentence opens with
        such a relay clause and goes on with "об этом"."""
        if self.tokens[s_first].text.lower() != "как":
            return None
        for k in range(s_first + 2, min(s_first + 12, s_stop - 2)):
            if self.tokens[k].text == ",":
                nxt = [t.text.lower() for t in self.tokens[k + 1:k + 3]]
                return k + 1 if nxt in (["об", "этом"], ["о", "том"]) else None
        return None

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

    def headline_only(self) -> list[Quote]:
        """The "Песков: …" frame of a lone headline (a related item in a sidebar):
        no body, often no parse, so only the headline rule runs."""
        cand = self._headline()
        quote = self._resolve(cand) if cand is not None else None
        return [quote] if quote is not None else []

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
                    if inner.rule == "trailing" and self._names_outlet(inner.speaker_head) \
                            and inner.start <= outer.start + 2:
                        # "Q, пишет L’Echo. Об этом объявил X": Q already has its own frame.
                        drop.add(id(outer))
                    else:
                        drop.add(id(inner))
                if outer.rule == "clause" and inner.rule == "clause" and inner.speaker_head is not None \
                        and outer.speaker_head is not None and inner.stop >= outer.stop - 2 \
                        and self._opens_content(outer, inner):
                    # "Марк отметил, что рабочие Visteon рассказали, что …": one quote, the
                    # inner speaker speaks and the outer one is the source.
                    drop.add(id(outer))
                    relay = self.res.from_head(outer.speaker_head)
                    if relay is not None:
                        inner.sources.append(relay.name)
        return [c for c in candidates if id(c) not in drop]

    def _opens_content(self, outer: Candidate, inner: Candidate) -> bool:
        """The inner report's subject opens the outer content ("что рабочие … рассказали")."""
        first, _ = self.doc.token_span(outer.start, outer.stop)
        return inner.speaker_head is not None and first <= inner.speaker_head < first + 3 \
            and self._agentive(inner.speaker_head) and self.lex.verb_class(self.tokens[inner.cue_token or 0]) \
            and lemma(self.tokens[inner.cue_token or 0]) not in NAMING_VERBS | ACCUSING_VERBS \
            and inner.cue_token is not None and inner.cue_token < first + 8

    def _has_source(self, verb: int) -> bool:
        return any(set(self.tokens[p].text.lower() for p in self.kids(c, "case")) & {"в", "во", "на", "у"}
                   for c in self.kids(verb, "obl", "nmod", "iobj"))

    def _names_outlet(self, head: int | None) -> bool:
        """The phrase headed by `head` names an organisation or outlet ("газета Le Soir")."""
        if head is None:
            return False
        first, last = self.res.subtree(head, no_pp=True)
        return any(m.type in ("MEDIA", "ORG") for m in self.res.mentions_in(self.tokens[first].start, self.tokens[last - 1].stop))

    def _is_media(self, i: int) -> bool:
        token = self.tokens[i]
        return any(m.type in ("MEDIA", "ORG") and m.start <= token.start < m.stop
                   for m in self.res.mentions_in(max(0, token.start - 200), token.stop + 200))

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
            if speaker is None and source is None:
                speaker = self._impersonal_continues(cand)
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

    def _impersonal_continues(self, cand: Candidate) -> SpeakerRef | None:
        """"Отмечается, что …" with no source right after a quote of X, in the next
        sentence: X's statement goes on (the reporter paraphrases it)."""
        verb = self.tokens[cand.impersonal_verb or 0]
        last = self.last_quote
        if not lemma(verb).endswith("ся") or verb.feats.get("VerbForm") != "Fin" or last is None \
                or last.speaker is None or last.stop > cand.start:
            return None
        here = self.doc.sentence_at(cand.start) or 0
        return last.speaker if last.sentence >= here - 1 else None

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


def glued_split(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of the doc's sentences, cut again after a full stop that has no
    space after it and is followed by a capitalised word ("…2019 года.Она добавила");
    initials ("Т.Мэй") and names such as "СТОПКОРОНАВИРУС.РФ" are not cut."""
    units = []
    tokens = doc.tokens
    for sentence in doc.sentences:
        first = sentence.token_start
        for k in range(sentence.token_start + 1, sentence.token_stop - 1):
            token, nxt, prev = tokens[k], tokens[k + 1], tokens[k - 1]
            if token.text in (".", "!", "?", "…") and nxt.start == token.stop and nxt.text[:1].isupper() \
                    and nxt.text.isalpha() and k > first and not (len(nxt.text) > 1 and nxt.text.isupper()) \
                    and not (len(prev.text) == 1 and prev.text.isalpha()):
                units.append((first, k + 1))
                first = k + 1
        units.append((first, sentence.token_stop))
    return [(a, b) for a, b in units if b > a]
