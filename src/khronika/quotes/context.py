"""One document as the quote rules read it: tokens, children, sentence units
(sentences re-split where scraped text glued two), quoted spans, and the small
syntactic questions every rule asks (is this verb a cue, what is its subject,
is it negated or hedged).  Kept apart so each rule module stays a set of plain
functions over one shared, read-mostly view of the Doc.

A verb counts as a cue when its lemma is in the lexicon, or - the syntactic
fallback for the long tail of rare speech verbs - when it governs a
"что"-clause, has a person/organisation subject and is not a `block` verb.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from khronika.nlp.doc import Doc, Mention, Quote, SpeakerRef, Token
from khronika.nlp.sentence_splits import sentence_ends
from khronika.quotes.cues import HEDGE_WORDS, PLACE_PREPOSITIONS, Lexicon, NEGATION, NEGATION_KEEPS, agrees, lemma
from khronika.quotes.description_types import ONE_WORD_MINISTRIES
from khronika.quotes.marks import QUOTE_CHARS, QuotedSpan, find_quoted, outermost, unenclosed_nested
from khronika.quotes.ranker import SpeakerChoice, SpeakerRanker
from khronika.quotes.speakers import SOCIAL_NETWORKS, SpeakerResolver

# Hedge words count within this many characters of a content's start.
HEDGE_CHARS = 80
# (mB36) The reporter's hearsay word, read anywhere in a content before a finite verb.
HEARSAY_WORD = "якобы"


# Word lists and limits read by more than one rule module.
# Places that speak for the person owning them: "в офисе шерифа", "в штабе кандидата".
OFFICE_NOUNS = frozenset({"офис", "штаб", "аппарат", "приемная", "окружение", "команда", "лагерь", "секретариат",
                          "канцелярия", "резиденция"})
RELAY_VERBS = frozenset({"передавать", "сообщать", "писать", "информировать", "цитировать"})
CLAUSE_STARTERS = frozenset({"и", "а", "но", "который", "которая", "которое", "которые", "когда", "если",
                             "чтобы", "где", "куда", "как", "потому", "поскольку", "хотя", "однако", "после", "перед",
                             "отвечая", "заявив", "сообщив", "добавив", "подчеркнув", "отметив"})
# Embedded questions give only a topic ("рассказал, чего ожидает от переговоров"), no content.
INTERROGATIVES = frozenset({"чего", "кто", "кого", "кому", "кем", "чем", "почему", "зачем", "откуда", "сколько",
                            "какой", "какая", "какое", "какие", "каких", "каким", "какую", "каков", "насколько",
                            "ли", "чей", "чья", "чьи",
                            # (mC30) the rest of their forms ("рассказала, какими должны быть сказки",
                            # "рассказал, чему научился у сына")
                            "чему", "какого", "какому", "каком", "какими", "какова", "каково", "каковы",
                            "чьё", "чье", "чью", "чьей", "чьих", "чьим", "чьими", "скольких", "скольким"})
# (dvG) Question words that may follow a preposition ("о чем", "с кем", "в каком", "за что").
PREPOSED_INTERROGATIVES = frozenset({"чем", "что", "ком", "каком", "какой", "какому", "каких", "какими", "кого",
                                     "скольких", "чьей", "чьем"})
NAMING_VERBS = frozenset({"назвать", "называть"})
# "Как гласит поговорка/легенда, …": sayings are nobody's report.
SAYING_VERBS = frozenset({"гласить", "говорить"})
SAYINGS = frozenset({"мудрость", "поговорка", "пословица", "легенда", "поверье", "присказка", "примета"})
OUTLET_FINDINGS = frozenset({"узнать", "выяснить"})
ACCUSING_VERBS = frozenset({"обвинить", "обвинять", "упрекнуть", "упрекать"})
COMPLEMENTIZERS = frozenset({"что", "будто", "якобы", "чтобы"})
# (mV35) Parenthetical words set off by commas between a speech verb and its "что" ("заявив, однако, что").
ASIDE_WORDS = frozenset({"однако", "впрочем", "правда", "кстати", "причем", "притом"})
# (dvJ) At most this many words between a relative pronoun and the verb of its clause ("итоги которого король
# Кигели V не признал"); farther back the pronoun belongs to another clause (a headline run into the text).
RELATIVE_CLAUSE_REACH = 8
# (mR29) Words that open a relative clause on a noun ("…, где …", "…, в котором …", "…, куда …").
RELATIVE_OPENERS = frozenset({"где", "который", "куда", "откуда", "чей"})
# (q21) "…, в связи с тем, что …", "…, потому, что …": a "что" after a subordinating preposition and its
# demonstrative (or after "потому"/"оттого") opens an adverbial clause of cause, time or purpose, not
# the verb's content ("женщины допускали высказывания в ее адрес в связи с тем, что она христианка").
ADVERBIAL_DEMONSTRATIVES = frozenset({"тем", "того", "тому", "то"})
ADVERBIAL_PREPOSITIONS = (("в", "связи", "с"), ("из-за",), ("благодаря",), ("несмотря", "на"), ("вследствие",),
                          ("ввиду",), ("после",), ("перед",), ("до",), ("для",), ("по", "мере"), ("в", "силу"),
                          ("в", "результате"), ("вместо",), ("по", "сравнению", "с"), ("с", "тех", "пор"))
ADVERBIAL_ADVERBS = frozenset({"потому", "оттого"})
# (rb21) How many tokens after its comma the adverbial clause may run before the verb's own ", что".
ADVERBIAL_CLAUSE_WINDOW = 25
# "…, продолжал он, …": going on speaking, a frame only when set off with its subject.
CONTINUING_VERBS = frozenset({"продолжать", "продолжить"})
# An apposition of the addressee before "что" spans at most this many tokens ("горожанам, любителям езды, что").
APPOSITION_WINDOW = 7
# Verbs whose "что"-clause is always a question ("спросил, что он видел").
ASKING_VERBS = frozenset({"спросить", "спрашивать", "поинтересоваться", "интересоваться", "переспросить"})
DASHES = "—–-"
NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "X", "NUM", "DET"})
POSSESSIVE_PRONOUNS = frozenset({"его", "ее", "её", "их"})
# Headline speakers "Песков: …" are short names before the colon.
HEADLINE_PREFIX_TOKENS = 5
# "Как следует из доклада X", "из документа вытекает, что": a statement read off a
# document (lexicon kind `source`) with "из"; the document's owner speaks.
FOLLOWS_FROM = frozenset({"следовать", "вытекать"})
# (mD40, rv40_Q C8) Data a statement is read off as it is off a document: "…, следует из данных онлайн-табло".
FOLLOWS_FROM_DATA = frozenset({"данные", "сведение", "сведения", "информация"})
# (dvE) Verbs of captioning: the words under a photo, a video or a post are their writer's ("«…», — подписала
# снимок певица", "«…» – подписано видео"); with any other object they sign ("подписал соглашение о том, что …").
CAPTION_VERBS = frozenset({"подписать", "подписывать"})
CAPTIONED_ITEMS = frozenset({"фото", "фотография", "фотоснимок", "снимок", "кадр", "селфи", "изображение", "видео",
                             "видеоролик", "ролик", "пост", "публикация"})
# (dvE) Predicates that entail that their infinitive happened: "авиакомпания вынуждена была заявить об …",
# "поспешил объявить о …" report a statement made (not "хочет / может / должна заявить").
IMPLICATIVE_PREDICATES = frozenset({"вынудить", "вынужденный", "поспешить", "успеть", "решиться", "осмелиться",
                                    "преминуть", "удосужиться"})
# The author's own asides in the first person ("Напомним, …", "Отметим, что …").
# Cue verbs with a second, non-speech sense taken with a direct object and no content
# clause ("отмечать День Победы" is to celebrate, "отметить юбилей").
OBJECT_SENSE_VERBS = frozenset({"отмечать", "отметить",
                                # (dvN) "заключило с лидерами договор о том, что …" concludes a deal, not a speech
                                "заключить", "заключать"})
# (dvL, cr29 M3) Verbs of turning to someone: speech only towards a «к» + dative addressee.
TURNING_VERBS = frozenset({"обратиться", "обращаться"})
AUTHOR_ASIDES = frozenset({"напомнить", "отметить", "подчеркнуть", "заметить", "уточнить", "добавить", "повторить"})
# (mB31, rv31_Q C4) Participles by which a report names where it appeared ("информации, опубликованной в «КП»")
# and the site nouns whose owner publishes there ("на сайте министерства"); the place's prepositions are
# cues.PLACE_PREPOSITIONS.
PUBLISHED_PARTICIPLES = frozenset({"опубликовать", "публиковать", "разместить", "размещать", "появиться",
                                   "распространить", "обнародовать"})
PUBLISHING_SITE_NOUNS = frozenset({"сайт", "страница", "портал", "аккаунт", "канал", "telegram-канал",
                                   "телеграм-канал"})
# Impersonal modals of the author's own asides: "Следует добавить, что …", "Стоит отметить, что …".
AUTHOR_MODALS = frozenset({"следует", "стоит", "нужно", "надо", "необходимо", "важно"})
# (rv20_Q) Inanimate nouns that still speak through a participle: institutions and bodies by their
# class noun ("министерство, заявившее …") and the press.
THING_SPEAKERS = frozenset({"министерство", "ведомство", "правительство", "суд", "парламент", "комитет", "совет",
                            "комиссия", "служба", "департамент", "управление", "агентство", "издание", "газета",
                            "телеканал", "радиостанция", "портал", "сайт", "журнал", "партия", "компания", "банк",
                            "организация", "фонд", "штаб", "мэрия", "администрация", "прокуратура", "посольство",
                            "офис", "кремль", "пресс-служба", "сми", "источник", "канал", "аккаунт", "блог"})
# (dvK) Press nouns whose dative names the addressee outlet ("сказал газете ВЗГЛЯД").
DATIVE_OUTLET_NOUNS = frozenset({"газета", "издание", "агентство", "телеканал", "радиостанция", "журнал", "портал",
                                 "информагентство"})
# (rv20_Q) Impersonal predicates whose infinitive nobody in particular performs: "можно говорить о том, что …".
IMPERSONAL_MODALS = frozenset({"можно", "нельзя", "невозможно", "трудно", "сложно", "рано", "приходится"})
# (dvF) Verbs of possibility and intention whose speech infinitive has not been said yet: "Россия может
# говорить, что …", "ЕС хочет потребовать гарантий, что …", "собирается объявить, что …".
UNSAID_GOVERNORS = frozenset({"мочь", "хотеть", "захотеть", "собираться", "собраться", "намереваться",
                              "намерен", "планировать"})


# How far past a misplaced subject the verb that took it is looked for.
SWAP_WINDOW = 6


# Endings of an active participle ("считающая", "считавшие", "заявившему") the tagger may read as a finite verb.
ACTIVE_PARTICIPLE_ENDINGS = re.compile(r"(?:ущ|ющ|ащ|ящ|вш)(?:ий|ая|ее|ие|его|ей|их|ему|им|ими|ую|ем)(?:ся)?$")


def misread_participle(token: Token) -> bool:
    """(dvI) "Украина, считающая этот кредит …": an active participle the tagger called a finite
    verb - its ending says what it is."""
    return token.pos == "VERB" and token.feats.get("VerbForm") == "Fin" \
        and ACTIVE_PARTICIPLE_ENDINGS.search(token.text.lower()) is not None


class QuoteContext:
    """The Doc as the quote rules read it; build one per document (it remembers
    the latest quote and reporting source while speakers are resolved)."""

    def __init__(self, doc: Doc, lexicon: Lexicon, resolver: SpeakerResolver,
                 ranker: SpeakerRanker | None = None, choices: list[SpeakerChoice] | None = None,
                 confidence: Any = None, features: list[dict[str, float]] | None = None) -> None:
        self.doc = doc
        # the quote confidence model (`quotes.confidence`; None: quotes keep the default) and,
        # when given, the list that records every quote's confidence features (fitting data)
        self.confidence = confidence
        self.features = features
        # the learned speaker choice (`quotes.ranker`; used only when enabled) and, when
        # given, the list that records every quote's candidates (fitting data)
        self.ranker = ranker
        self.choices = choices
        self.lex = lexicon
        self.res = resolver
        self.tokens = doc.tokens
        self.children = resolver.children
        every_span = find_quoted(doc.text)
        self.spans = outermost(every_span)
        # (mK39) nested spans whose outer span never closed ('"Цитирую: "Завтра …", - пересказал' leaves the first
        # mark open): their marks still pair, so a name in them is no stray mark of the speaker's words
        self.unenclosed_nested = unenclosed_nested(every_span)
        resolver.quoted = lambda offset: any(s.start <= offset < s.stop and s.stop - s.start > 30 for s in self.spans)
        self.last_source: SpeakerRef | None = None
        # the issuer of the rules or guidance last quoted with its owner (attribution._rule_issuer)
        self.rule_issuer: SpeakerRef | None = None
        self.last_quote: Quote | None = None
        # The rules read "sentences" as token ranges: the doc's sentences, split again
        # where scraped text glued two of them ("в эфире «Россия 24».Она добавила").
        self.units = glued_split(doc)
        self._unit_starts = [self.tokens[first].start for first, _ in self.units]

    def kids(self, i: int, *rels: str) -> list[int]:
        return [c for c in self.children.get(i, []) if not rels or self.tokens[c].rel in rels]

    def phrase_roots(self, start: int, stop: int) -> list[int]:
        """Tokens of the phrase at chars [start, stop) whose head lies outside it (one for a parsed phrase)."""
        first, last = self.doc.token_span(start, stop)
        return [i for i in range(first, last) if not first <= self.tokens[i].head < last]

    def sentence_range(self, index: int) -> tuple[int, int]:
        return self.units[index]

    def unit_at(self, offset: int) -> int | None:
        """Index of the sentence unit holding char `offset` (None outside every unit)."""
        index = bisect_right(self._unit_starts, offset) - 1
        if index < 0:
            return None
        _, last = self.units[index]
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
        if lemma(token) in AUTHOR_ASIDES and self._modal_aside(i):
            return None
        if self._agentless_infinitive(i) or self._thing_participle(i) or self._unsaid_infinitive(i):
            return None
        klass = self.lex.verb_class(token)
        if klass and lemma(token) in OBJECT_SENSE_VERBS and self._object_sense(i):
            return None
        if klass and lemma(token) in TURNING_VERBS and not self._turns_to_someone(i):
            return None  # (cr29 M3) "обратились в мэрию жители": a request made, not words said to someone
        if klass and lemma(token) in SAYING_VERBS and any(
                lemma(self.tokens[s]) in SAYINGS for s in self.kids(i, "nsubj")):
            return None  # "Как гласит пословица, …": folk wisdom, nobody's statement
        if klass:
            return klass
        if lemma(token) in CAPTION_VERBS and self._captions_item(i):
            return "write"
        if lemma(token) in FOLLOWS_FROM and self.source_from(i) is not None:
            return "inform"
        if need_clause and lemma(token) in OUTLET_FINDINGS:
            subject = self.subject_of(i)
            # "WSJ узнало, что …": what an outlet found out is what it reports.
            return "inform" if subject is not None and self.names_outlet(subject) else None
        if need_clause and token.pos == "VERB" and lemma(token) not in self.lex.blocked:
            subject = self.subject_of(i)
            if subject is not None and self.agentive(subject):
                return "say"
        return None

    def _modal_aside(self, i: int) -> bool:
        """"Следует добавить, что …": an infinitive under an impersonal modal with nobody
        it is addressed to (no dative: "Ему следует уточнить" is advice to someone) is the
        author speaking."""
        token = self.tokens[i]
        if token.feats.get("VerbForm") != "Inf":
            return False
        modal = token.head
        if modal < 0 or self.tokens[modal].text.lower() not in AUTHOR_MODALS:
            return False
        return not any(self.tokens[k].feats.get("Case") == "Dat" for k in self.kids(modal) + self.kids(i)
                       if self.tokens[k].pos in ("NOUN", "PROPN", "PRON"))

    def _captions_item(self, i: int) -> bool:
        """(dvE) The caption verb's object, or its passive subject, is a photo, a video or a post."""
        passive = self.tokens[i].feats.get("Voice") == "Pass"
        return any(lemma(self.tokens[k]) in CAPTIONED_ITEMS
                   for k in self.kids(i, "obj", "nsubj:pass", *(("nsubj",) if passive else ())))

    def _agentless_infinitive(self, i: int) -> bool:
        """(rv20_Q quote class 3) A speech verb nobody performs: an infinitive (or a verb the parse made
        a clausal subject) with no one to say it - "К слову сказать, …", "можно говорить о том, что …",
        "Нельзя сказать, что …", "говорить о том, что … - некорректно": the author's own words.  The
        infinitive of a person's verb ("решил сказать", "Ему пришлось признать") keeps its speaker."""
        token = self.tokens[i]
        if self.lex.verb_class(token) is None or token.pos not in ("VERB", "AUX"):
            return False
        head = token.head
        if token.feats.get("VerbForm") != "Inf" and token.rel not in ("csubj", "csubj:pass") \
                or self.kids(i, "nsubj", "nsubj:pass"):
            return False
        dative = any(self.tokens[k].feats.get("Case") == "Dat" and self.tokens[k].pos in ("NOUN", "PROPN", "PRON")
                     and not self.kids(k, "case") for k in self.kids(i) + (self.kids(head) if head >= 0 else []))
        if dative:
            return False  # ("Ему следует уточнить": advice to someone, who may then say it)
        if head < 0 or token.rel in ("csubj", "csubj:pass"):
            return True
        governor = self.tokens[head]
        if governor.text.lower() in AUTHOR_MODALS | IMPERSONAL_MODALS and not self.kids(head, "nsubj"):
            return True
        # (an infinitive the parse joined to a finite verb as its conjunct has no subject of that verb)
        return token.feats.get("VerbForm") == "Inf" and token.rel == "conj" and governor.feats.get("VerbForm") == "Fin"

    def _unsaid_infinitive(self, i: int) -> bool:
        """(dvF) A speech infinitive under a verb of possibility or intention not in the first person
        ("Россия может говорить, что …", "ЕС хочет потребовать, чтобы …", "можете считать, что …"): the
        words are possible or planned, not said.  The first person is a performative ("Хочу подчеркнуть,
        что …" says it), and "не может не признать" (the infinitive negated) asserts it."""
        token = self.tokens[i]
        if token.feats.get("VerbForm") != "Inf" or token.head < 0 or token.rel not in ("xcomp", "csubj"):
            return False
        governor = self.tokens[token.head]
        if lemma(governor) not in UNSAID_GOVERNORS and governor.text.lower() not in UNSAID_GOVERNORS:
            return False
        if governor.feats.get("Person") == "1":
            return False
        return not any(lemma(self.tokens[k]) == "не" for k in self.kids(i, "advmod"))

    def _thing_participle(self, i: int) -> bool:
        """(rv20_Q quote class 3) "улик, указывающих, что …", "факты, говорящие о том, что …": a
        participle of a speech verb on an inanimate noun that names no one (no person, organisation
        or outlet, no document that carries a statement) shows evidence, not speech."""
        token = self.tokens[i]
        head = token.head
        if token.feats.get("VerbForm") != "Part" or token.rel not in ("acl", "amod") or head < 0:
            return False
        noun = self.tokens[head]
        if noun.pos != "NOUN" or noun.feats.get("Animacy") != "Inan" or self.lex.is_source(noun) \
                or lemma(noun) in THING_SPEAKERS:
            return False
        first, last = self.res.subtree(head, no_pp=True)
        return not any(m.type in ("PER", "ORG", "MEDIA") for m in self.res.mentions_in(
            self.tokens[first].start, self.tokens[min(last, i) - 1].stop))

    def _turns_to_someone(self, i: int) -> bool:
        """"обратился к премьеру", "обратился к ведущему с вопросом": the verb has a «к» + dative addressee
        ("обратился в суд", "обратились в мэрию жители" have none)."""
        return any(self.tokens[k].feats.get("Case") == "Dat" and any(self.tokens[c].text.lower() in ("к", "ко")
                                                                     for c in self.kids(k, "case"))
                   for k in self.kids(i, "obl", "iobj", "obj", "nmod"))

    def _object_sense(self, i: int) -> bool:
        """The verb takes an accusative direct object and no clause ("отмечать праздник"),
        so it is not reporting anything."""
        objects = [k for k in self.kids(i, "obj") if self.tokens[k].feats.get("Case") in ("Acc", None)
                   and self.tokens[k].pos in ("NOUN", "PROPN")]
        return bool(objects) and not self.kids(i, "ccomp", "parataxis")

    def agentive(self, i: int) -> bool:
        token = self.tokens[i]
        if token.pos == "PRON":
            return lemma(token) in ("он", "она", "они")
        if self.res.mentions_in(token.start, token.stop + 1):
            m = self.res.mentions_in(token.start, self.tokens[self.res.subtree(i)[1] - 1].stop)
            return any(x.type in ("PER", "ORG", "MEDIA", "ROLE") for x in m)
        if self._heads_organisation(i):
            return True  # "Итальянская прокуратура обвинила …": the head noun of an organisation's name
        if lemma(token) == "один":  # "один из участников": as agentive as the group it is one of
            # ((mP34) "одна из них": a group the text named before, people when one of them speaks)
            return any(self.tokens[k].pos == "NOUN" and self.tokens[k].feats.get("Animacy") == "Anim"
                       or self.tokens[k].pos == "PRON" and lemma(self.tokens[k]) == "они"
                       for k in self.kids(i, "nmod"))
        return token.feats.get("Animacy") == "Anim"

    def _heads_organisation(self, i: int) -> bool:
        """The token is the syntactic head of an organisation mention that starts before it."""
        token = self.tokens[i]
        for mention in self.res.mentions_in(max(0, token.start - 80), token.stop):
            if mention.type in ("ORG", "MEDIA") and mention.start < token.start < mention.stop:
                first, last = self.doc.token_span(mention.start, mention.stop)
                return first <= i < last and not first <= token.head < last
        return False

    def _swapped_subject(self, verb: int, subject: int) -> int:
        """"X заявил, что …, а Y отметил, что …" parsed with X under "отметил" and Y under
        "заявил": two speech verbs each holding the other's subject swap them back."""
        if not self.lex.verb_class(self.tokens[verb]):
            return subject
        if subject > verb:  # the subject sits past this verb: the later verb took ours
            others = range(subject + 1, min(subject + SWAP_WINDOW, len(self.tokens)))
            wanted = lambda k: k < verb
        else:  # the subject sits before an earlier speech verb: that verb took ours
            others = range(subject + 1, verb)
            wanted = lambda k: other < k < verb
        for other in others:
            if other == verb or not self.lex.verb_class(self.tokens[other]):
                continue
            mine = [k for k in self.kids(other, "nsubj") if wanted(k)]
            if mine and self.tokens[mine[0]].pos in NOMINAL:
                return mine[0]
            hung = self._subject_hung_past(other, verb) if subject < other else None
            if hung is not None:
                return hung
        return subject

    def _subject_hung_past(self, other: int, verb: int) -> int | None:
        """(dvF) "Премьер Н. Кан заявил, что …, а глава МИДа Сэйдзи Маэхара отметил, что …" parsed with
        Кан under "отметил" and Маэхара under the second что-clause: the earlier speech verb has no
        subject of its own, and the agreeing nominative noun between it and this verb that the parse
        hung on this verb's clause is this verb's subject."""
        if self.kids(other, "nsubj", "nsubj:pass"):
            return None
        hung = self._content_hung_subject(verb)
        return hung if hung is not None and other < hung < verb else None

    def subject_of(self, i: int, depth: int = 0) -> int | None:
        """nsubj of the verb, climbing through conj/xcomp chains; for a participle
        ("журналисту, заявившему о …") the noun it modifies; for a gerund the
        subject of the clause it depends on; for a relative clause with no subject
        of its own the subject of the clause its noun belongs to."""
        if self.tokens[i].rel == "acl" and self.tokens[i].head >= 0 and (
                self.tokens[i].feats.get("VerbForm") == "Part" or self.tokens[i].pos == "NOUN"
                or misread_participle(self.tokens[i]) and self.tokens[i].head < i):
            return self.tokens[i].head
        misparsed = self._misparsed_stretch_subject(i)
        if misparsed is not None:
            return misparsed
        seen = 0
        verb = self.tokens[i]
        while i >= 0 and seen < 4:
            subjects = [k for k in self.kids(i, "nsubj", "nsubj:pass") if not self._correlative(k, i)]
            if subjects and seen and _singular_finite(verb) \
                    and all(self.tokens[k].feats.get("Number") == "Plur" for k in subjects):
                # ("директор высказался, что партнёры рассмотрят проблемы, и верит, что …": a
                # singular verb is no conjunct of a verb whose subject is plural - the parse
                # misjoined them; the frame rules find the subject it shares)
                return None
            if subjects:
                subjects = self._without_dative_names(self._without_appositions(subjects))
                # (of two subjects the nominative one: 'Это подтвердил "Ъ" один из участников')
                best = min(subjects, key=lambda k: (not self.agentive(k),
                                                    len(subjects) > 1 and self.tokens[k].feats.get("Case", "Nom") != "Nom",
                                                    abs(k - i)))
                best = self._swapped_subject(i, best)
                return best if self.tokens[best].pos in NOMINAL else self._nominative_within(best, i)
            token = self.tokens[i]
            if token.rel in ("conj", "xcomp") and token.head >= 0:
                if self.tokens[token.head].pos not in ("VERB", "AUX", "ADJ") \
                        and self.in_span(self.tokens[token.head].start) is not None \
                        and self.in_span(token.start) is None:
                    return None  # ("«…», — и добавил, что …": hung on a word of the quote)
                i = token.head
                seen += 1
                continue
            if token.feats.get("VerbForm") == "Conv" or token.rel == "advcl":
                return self._gerund_subject(i)
            if token.rel == "acl:relcl" and depth < 2:
                return self._relative_zero_subject(i, depth)
            if token.rel != "root":
                return None
            # (a subject may be token 0: "is not None", not truthiness)
            return next((k for k in (self._stray_subject(i), self._hung_name_subject(i), self._content_hung_subject(i),
                                     self._forward_hung_subject(i), self.subject_before_relative(i),
                                     self._unhung_nominative(i)) if k is not None), None)
        return None

    def _misparsed_stretch_subject(self, verb: int) -> int | None:
        """(dvL) "Область заключила договор, врио главы региона Иван Сидоренко заявил, что …", "Джонсон посетил
        Москву, однако в марте правительство Великобритании заявило, что …": a singular past verb with no parse
        subject, or only subjects of another gender before a comma, takes the nominative noun that opens the
        phrase right before it in its own comma stretch, which the parse hung on a word of the clause before
        (a past verb agrees with its subject in gender)."""
        tokens = self.tokens
        token = tokens[verb]
        gender = token.feats.get("Gender")
        if token.pos != "VERB" or token.feats.get("VerbForm") != "Fin" or token.feats.get("Tense") != "Past" \
                or token.feats.get("Number") != "Sing" or gender is None:
            return None
        s_first, _ = self.sentence_range(self.sent_of_token(verb))
        comma = next((k for k in range(verb - 1, s_first - 1, -1) if tokens[k].text == ","), None)
        if comma is None:
            return None
        subjects = self.kids(verb, "nsubj", "nsubj:pass")
        if any(k > comma or tokens[k].feats.get("Gender") in (None, gender) for k in subjects):
            return None
        stretch = range(comma + 1, verb)
        if any(tokens[k].pos in ("VERB", "AUX") for k in stretch):
            return None
        if any(tokens[k].pos == "SCONJ" for k in stretch):
            return self._subject_before_clause(verb, stretch)
        for k in stretch:
            word = tokens[k]
            if word.pos not in ("NOUN", "PROPN") or comma < word.head <= verb or self.in_span(word.start) is not None:
                continue  # (only the head of a phrase the parse hung outside the stretch)
            named = [k] + [c for c in self.kids(k, "appos", "flat:name") if tokens[c].pos == "PROPN"]
            # (an indeclinable post the tagger put in another case is named by its nominative apposition:
            # "врио главы региона Иван Сидоренко")
            if any(tokens[c].feats.get("Case") == "Nom" and tokens[c].feats.get("Gender") in (None, gender)
                   and tokens[c].feats.get("Number") != "Plur" for c in named):
                return k
        return None

    def _subject_before_clause(self, verb: int, stretch: range) -> int | None:
        """(mH33) "мужчина сообщил, что он пилот и заявил, что …": a comma stretch that opens with a
        conjunction is the clause the verb before it took, not a subject phrase (its predicate noun
        "пилот" names no speaker); the verb after the clause goes on with that verb's own subject
        when it agrees (the parse may hang it on a verb further back)."""
        tokens = self.tokens
        outer = next((tokens[k].head for k in stretch if 0 <= tokens[k].head < stretch.start), None)
        if outer is None or tokens[outer].pos != "VERB" or tokens[outer].feats.get("VerbForm") != "Fin":
            return None
        return next((k for k in self.kids(outer, "nsubj") if tokens[k].pos in ("NOUN", "PROPN")
                     and agrees(tokens[verb], tokens[k]) and self.agentive(k)), None)

    def subject_before_relative(self, verb: int) -> int | None:
        """(mR29, rv28_R cause 6) "Группа X, где тренируется Y, сообщила, что …": a relative clause set off
        by commas between a subject and its verb, which the parse hung elsewhere - the nominative noun
        before the clause (through the names and genitives on it) when it agrees with the verb."""
        if verb < 4 or self.tokens[verb - 1].text != "," or self.tokens[verb].feats.get("VerbForm") != "Fin":
            return None
        s_first, _ = self.sentence_range(self.sent_of_token(verb))
        opening = next((k for k in range(verb - 2, s_first, -1) if self.tokens[k].text in ",—–()"), None)
        if opening is None or self.tokens[opening].text != "," or opening + 2 >= verb:
            return None
        word = opening + 2 if self.tokens[opening + 1].pos == "ADP" else opening + 1
        if lemma(self.tokens[word]) not in RELATIVE_OPENERS:
            return None
        noun = opening - 1 if self.tokens[opening - 1].text not in QUOTE_CHARS else opening - 2  # («Зенит»,)
        while self.tokens[noun].rel in ("appos", "flat:name", "flat", "nmod") and s_first <= self.tokens[noun].head < noun:
            noun = self.tokens[noun].head
        token = self.tokens[noun]
        if token.pos not in ("NOUN", "PROPN") or token.feats.get("Case") != "Nom" or not agrees(self.tokens[verb], token):
            return None
        # (only a noun phrase that opens its clause - "Ранее группа X, где …" - not the object or the content of
        # another verb before it, nor when a subject follows the verb: "…, которая всплыла …, пишет «Крыминформ»")
        if any(self.tokens[k].pos in ("VERB", "AUX") for k in range(s_first, noun)) \
                or verb + 1 < len(self.tokens) and (self.tokens[verb + 1].text in QUOTE_CHARS
                                                    or self.tokens[verb + 1].pos in ("NOUN", "PROPN")
                                                    and self.tokens[verb + 1].feats.get("Case") == "Nom"):
            return None
        return noun

    def _unhung_nominative(self, verb: int) -> int | None:
        """(mR29, rv28_R cause 11) "В конце июля федеральное Минприроды пообещало …": a root verb the parse
        left with no subject, right after a nominative noun it hung on no verb (an adjective misread as its
        head) - that noun is the subject when it agrees with the verb in number and gender."""
        k = verb - 1
        if k < 0:
            return None
        token, verb_token = self.tokens[k], self.tokens[verb]
        if token.pos not in ("NOUN", "PROPN") or token.feats.get("Case") != "Nom" \
                or token.rel in ("nsubj", "nsubj:pass", "obj") or self.in_span(token.start) is not None:
            return None
        head = token.head
        if head >= 0 and self.tokens[head].pos in ("VERB", "AUX"):
            return None
        gender = verb_token.feats.get("Gender")
        # (a plural verb with no subject is indefinite: "Об этом РИА Новости сказали в офисе" - told to the agency)
        if verb_token.feats.get("Number") != "Sing" or token.feats.get("Number") != "Sing" or gender and token.feats.get("Gender") != gender:
            return None
        return k

    def _correlative(self, k: int, verb: int) -> bool:
        """(q21) "В самой авиакомпании подчеркивают то, что …": the demonstrative "то" after the verb
        that the что-clause spells out is the verb's object, whatever the parse calls it."""
        after = self.tokens[k + 1:k + 3]
        return k > verb and self.tokens[k].text.lower() == "то" and len(after) == 2 and after[0].text == "," \
            and after[1].text.lower() in COMPLEMENTIZERS

    def hung_on_content(self, verb: int, rel: str) -> list[int]:
        """"Теперь же канцелярия правительства сообщает о том, что …", "в канцелярии премьера
        сообщили, что …": words before a cue verb (with no other finite verb between) that the
        parse hung, as `rel`, on the verb of the что-clause after it - nothing before the cue
        belongs to a clause that its "что" opens only after the cue."""
        s_first, _ = self.sentence_range(self.sent_of_token(verb))
        found = []
        for k in range(s_first, verb):
            head = self.tokens[k].head
            if self.tokens[k].rel != rel or head <= verb or self.in_span(self.tokens[k].start) is not None:
                continue
            # (q21) "в департаменте … предупреждали, что намеченная на 14 июля акция будет …": the parse may
            # hang the word on a word inside the clause (a participle), not on the clause's verb
            for _ in range(4):
                if self.kids(head, "mark") or self.tokens[head].head <= verb:
                    break
                head = self.tokens[head].head
            quoted = self.in_span(self.tokens[head].start)
            if not any(verb < m < head and lemma(self.tokens[m]) in ("что", "чтобы") for m in self.kids(head, "mark")) \
                    and not (quoted is not None and quoted.open_at > self.tokens[verb].stop
                             and ":" in self.doc.text[self.tokens[verb].stop:quoted.open_at]):
                # (rv20_Q class 1: "X выступил со специальным заявлением: «Соединенные Штаты осуждают …»" -
                # the parse hung X on the verb of the quoted words after the colon)
                continue
            if any(self.tokens[j].pos in ("VERB", "AUX") and self.tokens[j].feats.get("VerbForm") == "Fin"
                   and not self._descends(j, k) for j in range(k + 1, verb)):
                continue  # (a verb between, other than in the word's own relative clause, has its own clause)
            found.append(k)
        return found

    def _descends(self, i: int, ancestor: int) -> bool:
        """Token `i` lies in the phrase of `ancestor` (its head chain reaches it)."""
        for _ in range(12):
            i = self.tokens[i].head
            if i == ancestor:
                return True
            if i < 0:
                return False
        return False

    def _content_hung_subject(self, verb: int) -> int | None:
        """A nominative noun before a cue verb with no subject, which the parse made the
        subject of the что-clause after the cue, is the cue's subject when it agrees with it."""
        # (subjects joined by "и" agree with a plural verb: "Эта группа и станция утверждают")
        found = [k for k in self.hung_on_content(verb, "nsubj") if self.tokens[k].pos in ("NOUN", "PROPN")
                 and self.tokens[k].feats.get("Case") == "Nom"
                 and (agrees(self.tokens[verb], self.tokens[k]) or self.tokens[verb].feats.get("Number") == "Plur"
                      and any(k < c < verb for c in self.kids(k, "conj")))]
        return found[-1] if found else None

    def goes_on_speaking(self, verb: int) -> bool:
        """"Сейчас, продолжал он, правительство …", "«…? — продолжает он. — …»": "продолжать"
        set off as a frame, with its subject right after it and nothing it goes on doing
        (no object, no infinitive)."""
        token = self.tokens[verb]
        if lemma(token) not in CONTINUING_VERBS or token.feats.get("VerbForm") != "Fin" \
                or self.kids(verb, "obj", "xcomp", "ccomp", "obl"):
            return False
        subject = self.subject_of(verb)
        return subject is not None and subject == verb + 1 and self.agentive(subject) \
            and subject + 1 < len(self.tokens) and self.tokens[subject + 1].text in (",", ".", "—", "–")

    def _hung_name_subject(self, verb: int) -> int | None:
        """"На заседании кабинета Нетаньяху заявил": a nominative name right before a verb
        with no subject, which the parse hung on the noun before it as an owner, is the
        verb's subject when it agrees with the verb."""
        h = verb - 1
        if h < 1 or self.tokens[h].pos != "PROPN" or self.tokens[h].feats.get("Case") != "Nom":
            return None
        while self.tokens[h].rel in ("flat:name", "flat") and 0 <= self.tokens[h].head < h:
            h = self.tokens[h].head
        token = self.tokens[h]
        if token.rel != "nmod" or not 0 <= token.head < h or self.tokens[token.head].pos != "NOUN" \
                or not any(m.type == "PER" for m in self.res.mentions_in(token.start, self.tokens[verb - 1].stop)):
            return None
        feats, verb_feats = token.feats, self.tokens[verb].feats
        if verb_feats.get("Number") and feats.get("Number") and feats["Number"] != verb_feats["Number"]:
            return None
        if verb_feats.get("Number") == "Sing" and verb_feats.get("Gender") and feats.get("Gender") \
                and feats["Gender"] != verb_feats["Gender"]:
            return None
        return h

    def _forward_hung_subject(self, verb: int) -> int | None:
        """(rv20_Q class 1) "…, в частности, производитель «Спутника V» говорит о том, что …": a
        nominative animate noun whose phrase ends right before a root cue verb with no subject,
        which the parse hung on a word after the verb, is the verb's subject when it agrees."""
        s_first, _ = self.sentence_range(self.sent_of_token(verb))
        for k in range(verb - 1, max(s_first, verb - 8) - 1, -1):
            token = self.tokens[k]
            if token.pos not in ("NOUN", "PROPN") or token.feats.get("Case") != "Nom" or self.kids(k, "case") \
                    or token.head <= verb:
                continue
            if token.feats.get("Animacy") != "Anim" and not self.agentive(k) or not agrees(self.tokens[verb], token):
                return None
            if any(not self._descends(j, k) and self.tokens[j].pos != "PUNCT" for j in range(k + 1, verb)):
                return None  # (only the noun's own words stand between it and the verb)
            return k
        return None

    def _stray_subject(self, verb: int) -> int | None:
        """"…, и премьер-министр Анна Белова объявила: …": the parse hung the subject right
        before a second root verb on the first clause's verb; it is this verb's when it follows
        "и" or a comma, is nominative and agrees with the verb."""
        h = verb - 1
        for _ in range(3):
            if h < 0 or self.tokens[h].rel == "nsubj" or not 0 <= self.tokens[h].head < verb:
                break
            h = self.tokens[h].head
        if h <= 0 or self.tokens[h].rel != "nsubj" or not 0 <= self.tokens[h].head < h \
                or self.tokens[h].feats.get("Case") != "Nom" or self.tokens[h - 1].text.lower() not in ("и", ","):
            return None
        first, last = self.res.subtree(h)
        if last != verb or first < h - 2:
            return None  # (the phrase, with its "и" at most, must end right at the verb)
        feats, verb_feats = self.tokens[h].feats, self.tokens[verb].feats
        if verb_feats.get("Number") and feats.get("Number") != verb_feats.get("Number"):
            return None
        genders = {self.tokens[k].feats.get("Gender") for k in range(h, verb)} - {None}
        if verb_feats.get("Gender") and verb_feats.get("Number") != "Plur" and verb_feats["Gender"] not in genders:
            return None
        return h

    def _without_appositions(self, subjects: list[int]) -> list[int]:
        """"Марк, рабочий из цеха, назвал …": a second subject right after a named one and
        its comma is the name's apposition the parse made a subject of its own."""
        named = [k for k in subjects if self.tokens[k].pos == "PROPN"]
        return [k for k in subjects if not any(
            n < k and self.tokens[k - 1].text == "," and self.res.subtree(n)[1] == k - 1 for n in named)]

    def _without_dative_names(self, subjects: list[int]) -> list[int]:
        """(dvK) "– сказала газете ВЗГЛЯД балканист Елена Гуськова": of two subjects, one right
        after a dative press noun is that outlet's name (the addressee), not who speaks."""
        kept = [k for k in subjects if not (k > 0 and self.tokens[k - 1].feats.get("Case") == "Dat"
                                            and lemma(self.tokens[k - 1]) in DATIVE_OUTLET_NOUNS)]
        return kept or subjects

    def _nominative_within(self, subject: int, verb: int) -> int:
        """"— сообщило таблоидам доверенное лицо певицы": an unknown word the parse made
        the subject (an adjective, say) hides the real one; the nominative noun in its
        phrase that agrees with the verb is the subject."""
        first, last = self.res.subtree(subject)
        fits = [k for k in range(first, last) if self.tokens[k].pos in ("NOUN", "PROPN")
                and self.tokens[k].feats.get("Case") == "Nom" and agrees(self.tokens[verb], self.tokens[k])]
        # (a person before a thing: "Ведущий ток-шоу «Вечерний звон» Игорь Петров" is Петров,
        # not the show's name)
        animate = [k for k in fits if self.tokens[k].feats.get("Animacy") == "Anim"]
        return (animate or fits or [subject])[0]

    def _gerund_subject(self, i: int) -> int | None:
        """A gerund has no subject of its own: it shares that of a clause above it.
        The first agentive subject up the head chain ("Медики предупреждают, что
        лечение займёт месяцы, отмечая, что …": the parse may hang the gerund on
        the embedded verb, whose subject is a thing), else the nearest to its left."""
        j, steps = i, 0
        while steps < 4 and self.tokens[j].head >= 0:
            j = self.tokens[j].head
            reporter = self._reporting_subject(i, j) if steps == 0 else None
            if reporter is not None:
                return reporter
            agents = [k for k in self.kids(j, "nsubj") if self.agentive(k)]
            if agents:
                return min(agents, key=lambda k: abs(k - i))
            steps += 1
        return self._subject_left(i)

    def _reporting_subject(self, gerund: int, head: int) -> int | None:
        """(dvR) "…, сообщило государственное информационное агентство MAP, добавив, что …": a speech gerund right
        after a speech verb shares that verb's subject, even when the tagger calls it a thing (an agency, a ministry)
        and the parse hangs the gerund on the reported clause ("54-летний король проходил курс лечения …, сообщило
        агентство MAP, добавив, что …" - not the king)."""
        if not self.is_cue(gerund):
            return None
        verbs = [k for k in [head, *self.kids(head, "parataxis", "conj")] if k < gerund and self.is_cue(k)
                 and self.tokens[k].feats.get("VerbForm") == "Fin"]
        passed = self._frame_verb_passed(gerund, head) if not verbs else None
        if passed is not None:
            subjects = [k for k in self.kids(passed, "nsubj") if self.tokens[k].pos in ("NOUN", "PROPN", "PRON")]
            return min(subjects, key=lambda k: abs(k - gerund)) if subjects else None
        if not verbs:
            return None
        verb = max(verbs)
        if any(self.tokens[k].pos in ("VERB", "AUX") for k in range(verb + 1, gerund)):
            return None  # (another verb stands between: the gerund is not this report's)
        subjects = [k for k in self.kids(verb, "nsubj") if self.tokens[k].pos in ("NOUN", "PROPN")]
        return min(subjects, key=lambda k: abs(k - gerund)) if subjects else None

    def _frame_verb_passed(self, gerund: int, head: int) -> int | None:
        """(mI33) "«… Навальный отстаивал идею …», – написал Каспаров в Facebook, ответив, что …": the parse hung
        the speech gerund over the finite speech verb right before it onto a word further back (a verb of the
        quoted words); the gerund is that frame's, so it shares the frame verb's subject."""
        if head >= gerund:
            return None
        for k in range(gerund - 1, head, -1):
            if self.tokens[k].pos in ("VERB", "AUX"):
                # (only a frame set off by a dash after the quoted words: "тех, кто восхищается …, напомнив" is
                # no frame of the gerund)
                framed = k > 0 and self.tokens[k - 1].text in DASHES
                return k if framed and self.tokens[k].feats.get("VerbForm") == "Fin" and self.is_cue(k) else None
        return None

    def _relative_zero_subject(self, verb: int, depth: int) -> int | None:
        """"дал интервью газете, в котором рассказал, что …": a relative clause whose
        relative word is not its subject has the subject of the clause its noun
        belongs to, when that subject agrees with the verb (gender, number)."""
        token = self.tokens[verb]
        if token.feats.get("VerbForm") != "Fin" or token.feats.get("Voice") == "Pass" \
                or token.feats.get("Number") == "Plur" or token.feats.get("Gender") == "Neut":
            return None  # ("которых обвиняли": an indefinite "they"; "сообщалось": impersonal)
        if lemma(token).endswith(("ся", "сь")) and token.feats.get("Gender") not in ("Masc", "Fem"):
            return None  # ("в котором говорится")
        j, steps = token.head, 0
        while j >= 0 and self.tokens[j].pos not in ("VERB", "AUX") and steps < 4:
            j, steps = self.tokens[j].head, steps + 1
        if j < 0 or self.tokens[j].pos not in ("VERB", "AUX"):
            return None
        subject = self.subject_of(j, depth + 1)
        if subject is None or subject == token.head or not self.agentive(subject) \
                or not agrees(token, self.tokens[subject]):
            return None  # (the relative clause's own noun is not its dropped subject)
        return subject

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
        # (mD40, rv40_Q C10) a hedge word inside quotation marks is the speaker's own ("«…якобы прозрачный
        # конкурс…», – отметил он"), not the reporter's doubt
        words = {m.group().lower() for m in re.finditer(r"[\w-]+", self.doc.text[start:start + HEDGE_CHARS][:stop - start])
                 if self.in_span(start + m.start()) is None}
        return bool(words & HEDGE_WORDS) or self._hearsay_word_in(start, stop)

    def _hearsay_word_in(self, start: int, stop: int) -> bool:
        """(mB36, rv36_Q C10) "Отмечается, что решение …, в том числе под угрозой якобы оказывается X": "якобы" before
        a finite verb, outside quotation marks, hedges the report wherever it stands in the content (before a noun or
        an adjective, "в якобы отравлении", it doubts one word of the speaker's; the other hedge words are read only
        near the content's start, where they qualify the whole report)."""
        first, last = self.doc.token_span(start, stop)
        return any(self.tokens[k].text.lower() == HEARSAY_WORD and self.tokens[k].start - start >= HEDGE_CHARS
                   and self.in_span(self.tokens[k].start) is None and _finite_predicate(self.tokens[k + 1])
                   and not _nested_clause_before(self.tokens, first, k)
                   for k in range(first, min(last, len(self.tokens) - 1)))

    def addressee(self, i: int) -> int | None:
        for c in self.kids(i, "iobj", "obl"):
            token = self.tokens[c]
            if token.feats.get("Case") == "Dat" and not self.kids(c, "case"):
                if token.feats.get("Animacy") == "Anim" or self.res.mentions_in(token.start, token.stop):
                    return c
        return None

    def extend_to_marks(self, start: int, stop: int) -> tuple[int, int]:
        for span in self.spans:
            if start <= span.open_at < stop < span.close_at + 1:
                stop = span.close_at + 1  # a quotation opened in the content closes in it
        text = self.doc.text
        while stop > start and (text[stop - 1] in " .,;:…" or text[stop - 1].isspace()):
            stop -= 1
        return start, stop

    def sentence_stop(self, i: int) -> int:
        return self.sentence_range(self.sent_of_token(i))[1]

    def _asked_with_preposition(self, k: int, s_stop: int) -> bool:
        """(dvG) "не уточнил, из каких архивов он почерпнул …", "рассказал, о чем договорились": an
        embedded question opened by a preposition gives a topic only, like one opened by its pronoun."""
        return self.tokens[k].pos == "ADP" and k + 1 < s_stop \
            and self.tokens[k + 1].text.lower() in INTERROGATIVES | PREPOSED_INTERROGATIVES

    def complementizer(self, verb: int, s_stop: int) -> int | None:
        """Index of "что" (or ":") introducing the verb's complement, skipping the
        verb's own dependents ("заявил журналистам в четверг, что")."""
        if verb + 1 < s_stop and self.tokens[verb + 1].text.lower() == "ли":
            return None  # (nm26) "Считаете ли вы, что …", "спросил, заявил ли он, что …": asked about, not stated
        subtree_first, subtree_last = self.res.subtree(verb, frozenset({"ccomp", "parataxis", "acl:relcl", "advcl", "conj"}))
        j = verb + 1
        while j < s_stop and j - verb <= 12:
            token = self.tokens[j]
            low = token.text.lower()
            if low == ":" and j + 1 < s_stop and self.tokens[j + 1].text not in QUOTE_CHARS \
                    and self.tokens[j + 1].start > token.stop:
                return j  # (a colon inside a name, "издания «UA:Город»", introduces nothing)
            if low == ",":
                after = self._apposition_end(verb, j, s_stop)
                if after is not None:
                    j = after  # "пообещали горожанам, любителям езды, что …": the addressee's apposition
                    continue
                if self.adverbial_before(j) and not any(
                        t.text.lower() in ("якобы", "будто") for t in self.tokens[j + 1:min(j + 8, s_stop)]):
                    # ("… из-за того, что муж якобы угрожал ей": hearsay is still her claim)
                    # (rb21) the content may follow the adverbial clause: "подчеркнул в связи с тем, что число
                    # случаев растет, что ограничения сохранятся"
                    return self._after_adverbial(verb, j, s_stop)
                k = j + 1
                if k + 2 < s_stop and self.tokens[k].text.lower() in ("о", "в") and self.tokens[k + 1].text.lower() in ("том", "тот") \
                        and self.tokens[k + 2].text == ",":
                    k += 3
                if k + 2 < s_stop and self.tokens[k].text.lower() in ASIDE_WORDS and self.tokens[k + 1].text == ",":
                    k += 2  # (mV35, rv35_Q C2) "заявив, однако, что …": a parenthetical word before the "что"
                if k < s_stop and self.tokens[k].text.lower() in COMPLEMENTIZERS:
                    if self._pronoun_what(k):
                        return None
                    return None if self._asks_what(verb, k, s_stop) else k
                if k == j + 1 and k < s_stop and self.lex.verb_class(self.tokens[verb]) in ("say", "inform", "claim") \
                        and self.tokens[k].text.lower() not in CLAUSE_STARTERS | INTERROGATIVES \
                        and not self._asked_with_preposition(k, s_stop) \
                        and not (k + 1 < s_stop and self.tokens[k + 1].text.lower() == "ли") \
                        and self.tokens[k].pos not in ("CCONJ", "SCONJ", "PUNCT") \
                        and not self.lex.verb_class(self.tokens[k]) and s_stop - k >= 4 \
                        and any(c > j for c in self.kids(verb, "ccomp", "parataxis")) \
                        and not self._relative_clause_verb(verb):
                    return j  # "Он сказал, новая стратегия — это …": a complement without "что"
                return None
            if low in COMPLEMENTIZERS and self.tokens[j].rel == "mark":
                # ("сказал что …": web text often drops the comma right after the verb)
                return j if self.tokens[j - 1].text == "," or j == verb + 1 and low == "что" else None
            if token.pos == "PUNCT" and low not in ("«", "»", "\"", "(", ")") and low not in QUOTE_CHARS:
                return None  # (dvA: any quotation mark may close a name, also wiki text's '' and “ ”)
            if not (subtree_first <= j < subtree_last):
                return None
            if token.rel == "conj" and token.head == verb and token.pos in ("VERB", "AUX"):
                return None  # "называет X «…» и утверждает, что …": the "что" is the second verb's
            j += 1
        return None

    def _relative_clause_verb(self, verb: int) -> bool:
        """(dvJ) "В результате референдума, итоги которого король не признал, в Руанде была провозглашена
        республика": a verb in a relative clause (a "который" between the comma that opens its clause and
        the verb); the comma after it closes that clause, and the words after it are the main clause."""
        for k in range(verb - 1, max(verb - RELATIVE_CLAUSE_REACH, 0) - 1, -1):
            token = self.tokens[k]
            if token.text in (",", ";", ":", ".", "!", "?", "(", ")") or token.text in QUOTE_CHARS:
                return False
            if lemma(token) in ("который", "чей"):
                return True
        return False

    def _after_adverbial(self, verb: int, comma: int, s_stop: int) -> int | None:
        """(rb21) The "что" of the verb's content after the adverbial clause that opens at `comma` ("в связи с
        тем, что …"): the next ", что" in the sentence, unless a speech verb inside the adverbial clause could
        own it ("в связи с тем, что он заявил, что …") or a colon, semicolon or quotation mark comes first."""
        for k in range(comma + 2, min(comma + ADVERBIAL_CLAUSE_WINDOW, s_stop - 1)):
            token = self.tokens[k]
            if token.text in (";", ":") or token.text in QUOTE_CHARS or self.lex.verb_class(token):
                return None
            nxt = k + 1
            if token.text == "," and self.tokens[nxt].text.lower() == "что" and not self.adverbial_before(k):
                return None if self._pronoun_what(nxt) or self._asks_what(verb, nxt, s_stop) else nxt
        return None

    def _pronoun_what(self, k: int) -> bool:
        """(q21) "признана виновной в оскорблении пророка, что … влечет за собой казнь", "отрицала все
        восемь лет, что длилось разбирательство", "рассказал, что произошло": a "что" the parse makes
        the subject or object of the verb after it is a relative pronoun or a question word, not the
        complementizer of a content clause."""
        token = self.tokens[k]
        if token.text.lower() != "что" or token.pos != "PRON" or token.rel not in ("nsubj", "nsubj:pass", "obj") \
                or token.head <= k:
            return False
        # (not when the verb has another word in that role: "повторяя, что делает это …" - a misparse)
        if any(j != k for j in self.kids(token.head, token.rel)):
            return False
        verb = self.tokens[token.head]
        if token.rel == "obj" or verb.rel not in ("ccomp", "csubj"):
            return True  # ("…, что вы сделали"; "…, что … влечет за собой" hung beside the clause, not in it)
        # (a subject "что" of a content clause: only a verb that agrees with it as a neuter pronoun -
        # "рассказал, что случилось" - not a dropped subject's "заявил, что является предпринимателем")
        return verb.feats.get("Gender") == "Neut" and verb.feats.get("Number") == "Sing"

    def adverbial_before(self, comma: int) -> bool:
        """(q21) The words before `comma` close a subordinator of cause, time or purpose
        ("в связи с тем", "из-за того", "потому"): the "что" after it is no complementizer."""
        words = [t.text.lower() for t in self.tokens[max(0, comma - 4):comma]]
        if words[-1:] and words[-1] in ADVERBIAL_ADVERBS:
            return True
        if not words or words[-1] not in ADVERBIAL_DEMONSTRATIVES:
            return False
        return any(tuple(words[-1 - len(prep):-1]) == prep for prep in ADVERBIAL_PREPOSITIONS)

    def _apposition_end(self, verb: int, comma: int, s_stop: int) -> int | None:
        """The comma closing an apposition (or a coordinated noun) of the verb's object or
        addressee that opens at `comma`, when "что" follows it: "пообещали горожанам,
        любителям езды, что …"."""
        close = next((k for k in range(comma + 1, min(comma + APPOSITION_WINDOW, s_stop))
                      if self.tokens[k].text == ","), None)
        if close is None or close == comma + 1 or close + 1 >= s_stop \
                or self.tokens[close + 1].text.lower() not in COMPLEMENTIZERS:
            return None
        heads = [k for k in range(comma + 1, close) if not comma < self.tokens[k].head < close]
        if len(heads) != 1:
            return None
        head = self.tokens[heads[0]]
        if head.pos not in ("NOUN", "PROPN"):
            return None
        if head.head == verb and head.rel == "iobj" and head.feats.get("Case") == "Dat":
            return close  # (the parse made the apposition a second addressee)
        owner = head.head
        return close if head.rel in ("appos", "conj") and 0 <= owner < comma \
            and self.tokens[owner].head == verb and self.tokens[owner].rel in ("iobj", "obj", "obl") \
            and head.feats.get("Case") == self.tokens[owner].feats.get("Case") else None

    def _asks_what(self, verb: int, what: int, s_stop: int) -> bool:
        """"спросил, что …", "рассказал, что произошло": "что" as the pronoun of an embedded
        question (a topic, no content) - always after a verb of asking, and after any verb
        when the clause's past-tense verb is neuter with no subject of its own ("что
        послужило поводом": a dropped subject of a report would be the speaker's gender)."""
        if self.tokens[what].text.lower() != "что":
            return False
        if lemma(self.tokens[verb]) in ASKING_VERBS:
            return True
        clause = self.tokens[what].head
        if not what < clause < s_stop:
            return False
        head = self.tokens[clause]
        # (an impersonal verb has an infinitive or a dative of its own: "что ему стоило уйти",
        # "что для этого потребовалось включить двигатель" report)
        impersonal = any(self.tokens[k].feats.get("VerbForm") == "Inf" or self.tokens[k].feats.get("Case") == "Dat"
                         for k in self.kids(clause))
        # (nor is a report verb: "что на совещании не сообщалось о вырубке")
        return head.pos == "VERB" and head.feats.get("Tense") == "Past" and head.feats.get("Gender") == "Neut" \
            and head.feats.get("Number") == "Sing" and not self.kids(clause, "nsubj", "nsubj:pass") and not impersonal \
            and not self.lex.verb_class(head) and not self._neuter_subject_between(what, clause)

    def _neuter_subject_between(self, what: int, clause: int) -> bool:
        """(dvH) "сообщили, что состояние здоровья … улучшилось, его вывели …": a neuter singular noun
        without a preposition between "что" and its neuter verb agrees with it as its subject (which
        the parse hung elsewhere), so "что" is the complementizer, not the question word."""
        return any(self.tokens[k].pos in ("NOUN", "PROPN") and self.tokens[k].feats.get("Gender") == "Neut"
                   and self.tokens[k].feats.get("Number") == "Sing" and self.tokens[k].feats.get("Case") in ("Nom", "Acc")
                   and not self.kids(k, "case") for k in range(what + 1, clause))

    def _in_title(self, index: int) -> bool:
        """A title's "рассказал, как …" announces the story's topic (the body tells it)."""
        offset = self.tokens[index].start
        return any(p.kind == "title" and p.start <= offset < p.stop for p in self.doc.parts)

    def owner(self, noun: int) -> int | None:
        """The genitive speaker of "словам X", "сообщении X"."""
        for c in self.kids(noun, "nmod", "appos", "flat:name", "nsubj"):
            token = self.tokens[c]
            # (a participle stands for a person too: "по словам пострадавшей")
            participle = token.pos == "VERB" and token.feats.get("VerbForm") == "Part"
            if c > noun and (token.pos in ("NOUN", "PROPN", "PRON", "X", "NUM", "ADJ", "DET") or participle) and (
                    token.feats.get("Case") in ("Gen", None) or token.text.isupper()
                    or token.text.lower() in ONE_WORD_MINISTRIES):  # (indeclinable: "минэнерго")
                return c
        nxt = noun + 1
        if nxt < len(self.tokens) and self.tokens[nxt].pos in ("PROPN",) and self.tokens[nxt].start - self.tokens[noun].stop <= 1:
            return nxt
        return None

    def possessor(self, noun: int) -> int | None:
        """The third-person possessive before a noun ("в его заявлении", "их письмо")."""
        return next((c for c in self.kids(noun, "det", "nmod:poss", "nmod") if c < noun
                     and self.tokens[c].text.lower() in POSSESSIVE_PRONOUNS), None)

    def source_name(self, noun: int, owner: int | None) -> str:
        head = lemma(self.tokens[noun])
        if owner is None:
            return head
        first, last = self.res.subtree(owner)
        return f"{head} " + self.doc.text[self.tokens[first].start:self.tokens[last - 1].stop]

    def has_source(self, verb: int) -> bool:
        return any(set(self.tokens[p].text.lower() for p in self.kids(c, "case")) & {"в", "во", "на", "у"}
                   for c in self.kids(verb, "obl", "nmod", "iobj")) or self.source_from(verb) is not None

    def source_from(self, verb: int) -> int | None:
        """The document of "следует из доклада X" (an "из"-phrase headed by a source noun), (mD40) or the data of
        "следует из данных X"."""
        return next((c for c in self.kids(verb, "obl", "nmod", "iobj") if self._read_off(self.tokens[c])
                     and any(self.tokens[p].text.lower() == "из" for p in self.kids(c, "case"))), None)

    def _read_off(self, token: Token) -> bool:
        return self.lex.is_source(token) or lemma(token) in FOLLOWS_FROM_DATA

    def published_in(self, noun: int) -> int | None:
        """(mB31, rv31_Q C4) "Согласно информации, опубликованной в «КП», …", "по данным, размещенным на сайте
        ведомства, …": an owner-less report noun whose participle names the outlet (or the site's owner) it
        appeared in - that outlet gives the report.  Not a time or a place ("опубликованным в прошлом году")."""
        for participle in self.kids(noun, "acl"):
            if lemma(self.tokens[participle]) not in PUBLISHED_PARTICIPLES:
                continue
            for place in self.kids(participle, "obl"):
                if not any(self.tokens[c].text.lower() in PLACE_PREPOSITIONS
                           for c in self.kids(place, "case")) or self.tokens[place].text.lower() in SOCIAL_NETWORKS:
                    continue  # (cr31 L2: "опубликованной в Telegram" - a platform anyone posts on gives no account)
                site_owner = self.owner(place) if lemma(self.tokens[place]) in PUBLISHING_SITE_NOUNS else None
                if site_owner is not None:
                    return site_owner
                if self.names_outlet(place) or self.agentive(place):
                    return place
        return None

    def names_outlet(self, head: int | None) -> bool:
        """The phrase headed by `head` names an organisation or outlet ("газета Le Soir")."""
        if head is None:
            return False
        first, last = self.res.subtree(head, no_pp=True)
        return any(m.type in ("MEDIA", "ORG") for m in self.res.mentions_in(self.tokens[first].start, self.tokens[last - 1].stop))

    def mentions_at(self, i: int) -> list[Mention]:
        """The mentions (of at most 200 characters on either side) that token `i` is a word of."""
        token = self.tokens[i]
        return [m for m in self.res.mentions_in(max(0, token.start - 200), token.stop + 200)
                if m.start <= token.start < m.stop]

    def is_media(self, i: int) -> bool:
        return any(m.type in ("MEDIA", "ORG") for m in self.mentions_at(i))

    def personal(self, head: int | None) -> bool:
        if head is None:
            return False
        token = self.tokens[head]
        return token.pos == "PRON" or token.feats.get("Animacy") == "Anim" or any(
            m.type == "PER" for m in self.res.mentions_in(token.start, token.stop + 1))


def glued_split(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of the doc's sentences, cut again after a full stop that has no
    space after it and is followed by a capitalised word ("…2019 года.Она добавила");
    initials ("Т.Мэй", "Дж.Эшби"), abbreviations ("ул.Ленина") and names such as
    "СТОПКОРОНАВИРУС.РФ" are not cut (the splitter's own test, `sentence_ends`)."""
    units = []
    tokens = doc.tokens
    for sentence in doc.sentences:
        first = sentence.token_start
        for k in range(sentence.token_start + 1, sentence.token_stop - 1):
            token, nxt, prev = tokens[k], tokens[k + 1], tokens[k - 1]
            if token.text in (".", "!", "?", "…") and nxt.start == token.stop and nxt.text[:1].isupper() \
                    and nxt.text.isalpha() and k > first and not (len(nxt.text) > 1 and nxt.text.isupper()) \
                    and not (token.text == "." and prev.text.isalpha() and not sentence_ends(prev.text)) \
                    and not _site_name(prev, token, nxt):
                units.append((first, k + 1))
                first = k + 1
        units.append((first, sentence.token_stop))
    return [(a, b) for a, b in units if b > a]


# (dv36b) The longest Latin word after a glued full stop that may be a site's domain ("Mail.Ru", "Gazeta.Ru").
SITE_DOMAIN_LETTERS = 4
_LATIN_WORD = re.compile(r"[A-Za-z]+")


def _site_name(prev, dot, nxt) -> bool:
    """(dv36b) "Рамблер и Mail.Ru уведомления", "по данным Gazeta.Ru": a full stop glued between two Latin words, the
    second a short domain, is part of a site's name, not the end of a sentence."""
    return dot.text == "." and prev.stop == dot.start and _LATIN_WORD.fullmatch(prev.text) is not None \
        and _LATIN_WORD.fullmatch(nxt.text) is not None and len(nxt.text) <= SITE_DOMAIN_LETTERS


def _singular_finite(token) -> bool:
    """A finite verb in the singular (which no plural subject can govern)."""
    return token.pos in ("VERB", "AUX") and token.feats.get("VerbForm") == "Fin" \
        and token.feats.get("Number") == "Sing"


def implicative_infinitive(ctx: "QuoteContext", verb: int) -> bool:
    """(dvE) The cue is an infinitive governed by an implicative main predicate ("вынуждена была
    заявить", "поспешил объявить"): the statement was made."""
    token = ctx.tokens[verb]
    head = token.head
    return token.feats.get("VerbForm") == "Inf" and token.rel == "xcomp" and head >= 0 \
        and lemma(ctx.tokens[head]) in IMPLICATIVE_PREDICATES and ctx.tokens[head].rel in ("root", "conj", "parataxis")


def _finite_predicate(token: Token) -> bool:
    """A finite verb or a short form ("оказывается", "был", "виновен"); or a verb the tagger misread but lemmatised as
    one ("якобы прислонил журналистку": ADJ, lemma "прислонить")."""
    if token.pos in ("VERB", "AUX") and token.feats.get("VerbForm") == "Fin" or token.feats.get("Variant") == "Short":
        return True
    return token.pos not in ("NOUN", "PROPN", "VERB", "AUX") and lemma(token).endswith(VERB_LEMMA_ENDINGS)


# Endings of a verb's dictionary form.
VERB_LEMMA_ENDINGS = ("ть", "ться", "чь", "чься", "тись")


def _nested_clause_before(tokens, first: int, k: int) -> bool:
    """(cr36) "обвинения в том, что чиновник якобы брал взятки, не подтвердились": "якобы" inside a complement clause
    nested in the content doubts that clause (the rumour the speaker reports on), not the speaker's report."""
    return any(tokens[j].text.lower() in ("что", "чтобы") and (tokens[j].rel == "mark" or tokens[j - 1].text == ",")
               for j in range(first + 1, k))
