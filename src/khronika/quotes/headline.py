"""The headline frame "Песков: …" / "«Би-би-си»: …": a short speaker before a
colon in the title.  Also used by the colon rule of `direct` for the same
kind of prefix inside the body.
"""
from __future__ import annotations

import functools
import re

from khronika.nlp.doc import Mention, SpeakerRef, Token
from khronika.quotes.candidate import Candidate
from khronika.quotes.context import HEADLINE_PREFIX_TOKENS, QuoteContext
from khronika.quotes.cues import DATA_DIR, lemma
from khronika.quotes.marks import QUOTE_CHARS

# A cue verb this close after the colon frames the title's words itself.
OWN_FRAME_TOKENS = 4
# "Content – Speaker" titles: at least this many words of content before the dash.
DASH_TITLE_MIN_WORDS = 4
# "Ягудин — о переходе …:", "Песков — про санкции:": a topic after the speaker's dash.
TOPIC_PREPOSITIONS = frozenset({"о", "об", "обо", "про"})
_DASH_SUFFIX = re.compile(r"\s*(\S.*\S)\s+[—–-]\s+([^—–\-:]{2,60}?)\s*$")
# "МАКС-2013:", "ЧМ-2018:", "Евровидение 2019:": a name ending in a year is an event or an edition.
_YEAR_END = re.compile(r"(?:^|[\s\-–—])(?:19|20)\d\d\W*$")
# Head nouns of projects and facilities ("газопровод «Северный поток»"): a registry actor with such an
# alias cannot speak.
PROJECT_NOUNS = frozenset({"газопровод", "нефтепровод", "трубопровод", "проект", "аэс", "мост", "космодром"})


def headline_quote(ctx: QuoteContext) -> Candidate | None:
    """"Песков: …" / "«Би-би-си»: …" in the title."""
    title = next((p for p in ctx.doc.parts if p.kind == "title"), None)
    if title is None:
        return None
    text = ctx.doc.text[title.start:title.stop]
    colon = text.find(":")
    words_first = _words_before_frame(ctx, title.start, title.stop, colon)
    if words_first is not None:
        return words_first
    if colon <= 0 or colon > 60:
        return _dash_suffix(ctx, title.start, title.stop)
    found = _colon_prefix(ctx, title, text, colon)
    if found is None and text[colon + 1:colon + 2].isspace() and prefix_speaker(
            ctx, *ctx.doc.token_span(title.start, title.start + colon)) is None:
        # (dv39a) "Перезапуск НАПК: Гончарук пытается … - политолог": a topic rubric before the colon, the
        # speaker after the dash at the end
        return _dash_suffix(ctx, title.start + colon + 1, title.stop)
    return found


def _colon_prefix(ctx: QuoteContext, title, text: str, colon: int) -> Candidate | None:
    """"Песков: …": the title's words after a short speaker and a colon."""
    if not text[colon + 1:colon + 2].isspace():
        return None  # "Portal:Upgrading", "10:30": a frame's colon is followed by a space
    if re.search(r"[A-Za-z]\W*$", text[:colon]) and re.match(r"\s*\W*[A-Za-z]", text[colon + 1:]) and not any(
            m.type in ("PER", "ORG", "MEDIA") for m in ctx.res.mentions_in(title.start, title.start + colon)):
        return None  # "Call of Duty: WWII выйдет …": a Latin name with its subtitle ("NASA: Blue Origin …" speaks)
    first, last = ctx.doc.token_span(title.start, title.start + colon)
    last = _before_topic_dash(ctx, first, last)
    if _opens_with_adverb(ctx, first, last):
        return None  # "Кругом враги: …", "«Очень сексапильная Барби»: …": a phrase, not a speaker
    if last - first > HEADLINE_PREFIX_TOKENS or any(ctx.is_cue(k) for k in range(first, last)) \
            or any(ctx.tokens[k].feats.get("VerbForm") == "Fin" for k in range(first, last)):
        return None  # ("ПНС заметает следы: …" is a clause, not a speaker)
    after_first, after_last = ctx.doc.token_span(title.start + colon + 1, title.stop)
    if any(ctx.is_cue(k) and ctx.tokens[k].feats.get("VerbForm") == "Fin" and ctx.kids(k, "nsubj")
           for k in range(after_first, min(after_last, after_first + OWN_FRAME_TOKENS))):
        return None  # "Хроника: Вострецов заявил, что …": the words have a frame (and speaker) of their own
    topic = _topic_phrase(ctx, after_first, after_last)
    if _coordinated_prefix(ctx, first, last) and (topic or not _named_sides(ctx, first, last)):
        return None  # (hT38, cr37 F11; mH38, cr38 F3) "БЦЖ и коронавирус: …": two topics, not "ФСБ и СК: задержаны …"
    ref = prefix_speaker(ctx, first, last)
    if ref is None:
        return None
    if topic and not _speaks_in_body(ctx, ref, after_last):
        return None  # (hT38, cr37 F11) "Константин Сомов: выставка спустя полвека": a topic header
    start, stop = ctx.extend_to_marks(title.start + colon + 1, title.stop)
    while start < stop and ctx.doc.text[start].isspace():
        start += 1
    return Candidate(start, stop, "headline", "headline", None, speaker=ref)


# (dv39b) A title's words before the colon are at most this many characters long when a frame follows it.
WORDS_FIRST_MAX_CHARS = 120
# (dv39b) Verbs of a reaction to something named by a noun ("ответил на скандал", "прокомментировала отставку"):
# with the speaker's words before the title's colon they frame those words.
REACTION_VERBS = frozenset({"ответить", "отреагировать", "прокомментировать", "высказаться", "возмутиться",
                            "пошутить", "объяснить", "обратиться", "пожаловаться"})
# (mA39, cr39 F1) Verbs of evaluating or performing something ("Нагиев оценил новую комедию", "Пугачева выступила
# на концерте") frame a film's or song's title before the colon far more often than the name's own words.
TITLE_FRAMING_VERBS = frozenset({"оценить", "выступить"})
# (mA39, cr39 F1) Nouns of a work, a text or someone else's words: "Песков рассказал о письме солдата", "Михалков
# рассказал о съемках фильма", "ЦИК ответил на акцию оппозиции" - the words before the colon are that work's
# title or that text, not the framed name's.
OTHERS_WORDS_NOUNS = frozenset({
    "фильм", "кино", "комедия", "драма", "сериал", "мультфильм", "песня", "клип", "альбом", "трек", "книга",
    "роман", "стих", "стихотворение", "спектакль", "постановка", "съемка", "шоу", "передача", "письмо", "звонок",
    "запись", "слово", "фраза", "цитата", "лозунг", "плакат", "акция", "флешмоб", "призыв", "показание",
    "признание", "пост", "публикация", "высказывание", "заявление"})
# (mA39, cr39 F1) An outlet that "рассказал о …" relays its subject's words; the outlet's own reply has no "о".
TOPIC_CASE_MARKERS = frozenset({"о", "об", "обо", "про"})
# (mA39, cr39 F1) Words that open a question: "Что вы знаете о прививках: Минздрав ответил на вопросы …".
INTERROGATIVE_WORDS = frozenset({"что", "кто", "как", "почему", "зачем", "где", "когда", "куда", "откуда", "сколько",
                                 "какой", "какая", "какое", "какие", "чей", "чья", "чье", "чьи", "ли", "разве", "неужели"})


def _words_before_frame(ctx: QuoteContext, start: int, stop: int, colon: int) -> Candidate | None:
    """(dv39b) '"Сначала исключите решал": Поляков возмутился выдворением …', "Не делайте из можжевельника
    слона: Кличко ответил на скандал …": the title's words before the colon are what the named speaker after
    it said - the colon's sides swapped.  The words are a clause (a verb), quoted whole or - unquoted - in the
    first or second person or the imperative (a reporter's own clause, "ПНС заметает следы: …", is in the
    third); after the colon a name opens the frame (see `_name_framing_words`)."""
    text = ctx.doc.text
    if colon <= 0 or colon > WORDS_FIRST_MAX_CHARS or not text[start + colon + 1:start + colon + 2].isspace():
        return None
    words_start, words_stop = start, start + colon
    while words_start < words_stop and text[words_start].isspace():
        words_start += 1
    quoted = text[words_start:words_start + 1] in ("«", '"', "“", "„") and text[words_stop - 1] in ("»", '"', "”")
    first, last = ctx.doc.token_span(words_start, words_stop)
    if quoted and any(t.text in QUOTE_CHARS for t in ctx.tokens[first + 1:last - 1]):
        return None  # ('"Газпром" и "Нафтогаз": …': names in marks, not one quotation)
    words = [t for t in ctx.tokens[first:last] if t.pos != "PUNCT"]
    if len(words) < 2 or not _speech_clause(words, quoted) or _is_question(text[words_start:words_stop], words):
        return None
    speaker = _name_framing_words(ctx, start + colon + 1, stop)
    if speaker is None:
        return None
    content_start, content_stop = (words_start + 1, words_stop - 1) if quoted else (words_start, words_stop)
    return Candidate(content_start, content_stop, "headline", "headline", None, speaker=ctx.res.ref(speaker))


def _name_framing_words(ctx: QuoteContext, start: int, stop: int) -> Mention | None:
    """(dv39b) The title after the colon opens with a person's, body's or outlet's name that is the subject of
    a speech or reaction verb right after it with no clause of its own ("Кличко интересно ответил на скандал";
    not "Вострецов заявил, что …", whose words are the ones after the colon)."""
    first, last = ctx.doc.token_span(start, stop)
    while first < last and ctx.tokens[first].pos == "PUNCT":
        first += 1
    if first >= last:
        return None
    names = [m for m in ctx.mentions_at(first) if m.type in ("PER", "ORG", "MEDIA")]
    if not names or ctx.tokens[first].start != names[0].start:
        return None
    name_last = ctx.doc.token_span(names[0].start, names[0].stop)[1]
    verb = next((k for k in range(name_last, min(last, name_last + 2)) if ctx.tokens[k].pos == "VERB"), None)
    if verb is None or ctx.tokens[verb].feats.get("VerbForm") != "Fin" \
            or not (ctx.is_cue(verb) or lemma(ctx.tokens[verb]) in REACTION_VERBS) \
            or ctx.kids(verb, "ccomp") or ctx.subject_of(verb) not in range(first, name_last):
        return None
    if lemma(ctx.tokens[verb]) in TITLE_FRAMING_VERBS or _names_others_words(ctx, verb) \
            or (names[0].type == "MEDIA" and not _outlet_reacts(ctx, verb)):
        return None
    return names[0]


def _is_question(words_text: str, words: list[Token]) -> bool:
    """(mA39, cr39 F1) The words before the colon ask something: a rubric's or the other side's question, which
    the name after the colon answers ("Что вы знаете о прививках: Минздрав ответил …")."""
    return "?" in words_text or words[0].text.lower() in INTERROGATIVE_WORDS \
        or any(t.text.lower() == "ли" for t in words)


def _object_nouns(ctx: QuoteContext, verb: int) -> list[int]:
    """The verb's object and oblique nouns and the nouns they govern ("о съемках фильма": съемках, фильма)."""
    nouns = ctx.kids(verb, "obj", "iobj", "obl")
    return nouns + [n for k in nouns for n in ctx.kids(k, "nmod")]


def _names_others_words(ctx: QuoteContext, verb: int) -> bool:
    """(mA39, cr39 F1) The verb's object names a work, a text or someone else's words."""
    return any(lemma(ctx.tokens[k]) in OTHERS_WORDS_NOUNS for k in _object_nouns(ctx, verb))


def _outlet_reacts(ctx: QuoteContext, verb: int) -> bool:
    """(mA39, cr39 F1) An outlet's name frames its own words only with a reaction verb and no "о"-topic
    ("«Мы вернемся»: «Зенит» ответил болельщикам"; not "Mash рассказал о показаниях водителя")."""
    if lemma(ctx.tokens[verb]) not in REACTION_VERBS:
        return False
    return not any(ctx.tokens[c].text.lower() in TOPIC_CASE_MARKERS
                   for k in ctx.kids(verb, "obl") for c in ctx.kids(k, "case"))


def _speech_clause(words: list[Token], quoted: bool) -> bool:
    """(dv39b) The words before the colon are a clause someone said: with a verb form that predicates when
    quoted whole; unquoted, only an imperative or a first/second-person verb shows a speaker's own words."""
    for token in words:
        if token.pos not in ("VERB", "AUX"):
            continue
        if token.feats.get("Mood") == "Imp" or token.feats.get("Person") in ("1", "2"):
            return True
        if quoted and (token.feats.get("VerbForm") in ("Fin", "Inf") or token.feats.get("Variant") == "Short"):
            return True
    return False


def past_title_prefix(ctx: QuoteContext, start: int, stop: int) -> int:
    """(mH38, cr38 F2) An anaphoric frame ("Об этом заявил Дмитрий Песков") whose words are the title
    "Песков: провокация Запада" reports the words after the speaker's colon, not the "Name:" prefix: the
    content's start moved past it (unchanged for any other content)."""
    title = next((p for p in ctx.doc.parts if p.kind == "title"), None)
    if title is None or start != title.start or stop <= title.start:
        return start
    text = ctx.doc.text[title.start:title.stop]
    colon = text.find(":")
    if colon <= 0 or colon > 60 or not text[colon + 1:colon + 2].isspace() or title.start + colon >= stop:
        return start
    first, last = ctx.doc.token_span(title.start, title.start + colon)
    if last - first > HEADLINE_PREFIX_TOKENS or prefix_speaker(ctx, first, last) is None:
        return start
    after = title.start + colon + 1
    while after < stop and ctx.doc.text[after].isspace():
        after += 1
    return after


# Adverbs that are a clause's predicate on their own ("Песков: нужно подождать", "Минздрав: пора …").
PREDICATIVE_ADVERBS = frozenset({"нужно", "надо", "можно", "нельзя", "пора", "жаль", "рано", "поздно", "необходимо",
                                 "важно", "невозможно", "возможно", "ясно"})
# Words that make a verbless title a statement: negation ("Песков: никаких переговоров", "Кремль: нет"), and the
# "у" of having ("Навальный: У Собчак … самый высокий антирейтинг").
STATEMENT_WORDS = frozenset({"не", "нет", "ни", "у"})


def _coordinated_prefix(ctx: QuoteContext, first: int, last: int) -> bool:
    """(hT38, cr37 F11) "БЦЖ и коронавирус: …": a prefix that joins two things with "и" names the story's
    topics, not one speaker (the mention found would be its first part only)."""
    words = [t for t in ctx.tokens[first:last] if t.pos != "PUNCT"]
    return any(t.pos == "CCONJ" and t.text.lower() == "и" for t in words[1:-1]) \
        and not any(t.feats.get("Animacy") == "Anim" for t in words)


# Mentions that can make a joint statement: "ФСБ и СК: задержаны участники банды".
SPEAKING_MENTIONS = ("PER", "ORG", "MEDIA")


def _named_sides(ctx: QuoteContext, first: int, last: int) -> bool:
    """(mH38, cr38 F3) Every side of the prefix's "и" holds a person's, an organisation's or an outlet's
    mention ("ФСБ и СК"): two bodies that may speak together, not a thing and a topic ("БЦЖ и коронавирус")."""
    sides: list[list[int]] = [[]]
    for k in range(first, last):
        token = ctx.tokens[k]
        if token.pos == "CCONJ" and token.text.lower() == "и":
            sides.append([])
        elif token.pos != "PUNCT":
            sides[-1].append(k)
    return all(side and any(m.type in SPEAKING_MENTIONS for k in side for m in ctx.mentions_at(k)) for side in sides)


def _topic_phrase(ctx: QuoteContext, first: int, last: int) -> bool:
    """(hT38, cr37 F11) The words after the colon are a noun phrase naming what the story is about
    ("выставка спустя полвека", "жизнь и судьба", "пять фактов о миллиардере"): no verb form that
    predicates, no short adjective or predicative adverb, no negation, no dash predicate, no quotation
    marks, no question or exclamation; a headline speaker's words say something."""
    tokens = ctx.tokens[first:last]
    if not tokens:
        return False
    for token in tokens:
        word = token.text.lower()
        if token.pos in ("VERB", "AUX") and (token.feats.get("VerbForm") in ("Fin", "Inf")
                                             or token.feats.get("Mood") == "Imp"
                                             or token.feats.get("Variant") == "Short"):
            return False
        if token.feats.get("Variant") == "Short" or word in PREDICATIVE_ADVERBS or word in STATEMENT_WORDS \
                or word.startswith("никак") or word in ("?", "!", "—", "–", "-") or word in QUOTE_CHARS:
            return False
    if any(ctx.kids(k, "nsubj", "obj", "iobj", "ccomp", "xcomp") for k in range(first, last)):
        return False  # (a clause whose verb the tagger took for a noun: "Слова X углубят противоречия")
    if any(t.pos == "NOUN" and t.rel == "amod" for t in tokens):
        return False  # ((sy40) the same where the parse hung the verb on its object as an adjective, not round it)
    head = _prefix_head(ctx, first, last)  # (the first noun where the parse went round in a circle)
    root = ctx.tokens[head]
    counted = bool(ctx.kids(head, "nummod", "nummod:gov"))  # ("пять фактов о …": the numeral is the nominative)
    return root.pos in ("NOUN", "PROPN", "NUM") and (root.feats.get("Case", "Nom") == "Nom" or counted)


def _speaks_in_body(ctx: QuoteContext, ref: SpeakerRef, body_first: int) -> bool:
    """The title's prefix speaker speaks in the body ("Захарова: провокация" over "Мария Захарова назвала
    инцидент провокацией"): a verbless title then sums up what it said.  (mH38, cr38 F2) Shown by a mention of
    the speaker anywhere in a cue's subject phrase ("Постоянный представитель России при ООН Василий Небензя
    заявил"), in the nominative among the cue's own words ("Об этом заявил журналистам Дмитрий Песков"), or as
    the owner of an according-to frame or a reference ("По словам … Марии Захаровой", "По данным Би-би-си")."""
    for k in range(body_first, len(ctx.tokens)):
        if not ctx.is_cue(k):
            continue
        subject = ctx.subject_of(k)
        if subject is None:
            continue
        for mention in ctx.mentions_at(subject):
            if _same_speaker(mention, ref):
                return True
    if body_first >= len(ctx.tokens):
        return False
    named = {k for m in ctx.res.mentions_in(ctx.tokens[body_first].start, len(ctx.doc.text)) if _same_speaker(m, ref)
             for k in range(*ctx.doc.token_span(m.start, m.stop))}
    return any(_speaking_word(ctx, k) for k in sorted(named))


def _same_speaker(mention: Mention, ref: SpeakerRef) -> bool:
    return ref.actor_id is not None and mention.actor_id == ref.actor_id or mention.normal == ref.name


# Relations that open a clause of its own: a mention below one speaks in that clause, not in the one above it.
CLAUSE_RELATIONS = frozenset({"ccomp", "advcl", "acl", "acl:relcl", "parataxis", "csubj", "xcomp"})
# Nouns and verbs of a reference ("со ссылкой на Пескова", "ссылаясь на Би-би-си"): their object is a source.
REFERENCE_LEMMAS = frozenset({"ссылка", "ссылаться", "сослаться"})


def _speaking_word(ctx: QuoteContext, k: int) -> bool:
    """(mH38, cr38 F2) Token `k`, a word of the prefix speaker's mention, belongs to the phrase that says
    something: the subject phrase of a cue verb (or of a verb whose conjunct is one), a nominative phrase among
    a cue verb's own words, or the owner of an according-to frame ("по словам X", "по данным X", "согласно X")
    or of a reference ("со ссылкой на X").  The climb stops at the first verb or clause boundary."""
    nominative = ctx.tokens[k].feats.get("Case") == "Nom"
    child, seen = k, {k}
    while True:
        head = ctx.tokens[child].head
        rel = ctx.tokens[child].rel
        if head < 0 or head in seen:
            return False
        seen.add(head)
        token = ctx.tokens[head]
        if _according_frame(ctx, head) or lemma(token) in REFERENCE_LEMMAS:
            return True
        if rel in CLAUSE_RELATIONS:
            return False
        if token.pos in ("VERB", "AUX") or ctx.is_cue(head):
            speaking = ctx.is_cue(head) or any(ctx.is_cue(c) for c in ctx.kids(head, "conj"))
            return bool(speaking) and (rel.startswith("nsubj") or nominative and not rel.startswith("obl"))
        child = head


def _according_frame(ctx: QuoteContext, k: int) -> bool:
    """"по словам", "по данным", "согласно информации": a frame noun with its preposition."""
    token = ctx.tokens[k]
    return any(ctx.tokens[c].text.lower() == "по" for c in ctx.kids(k, "case")) and ctx.lex.is_frame(token, "po") \
        or any(ctx.tokens[c].text.lower() == "согласно" for c in ctx.kids(k, "case")) \
        and ctx.lex.is_frame(token, "soglasno")


def _before_topic_dash(ctx: QuoteContext, first: int, last: int) -> int:
    """"Ягудин — о переходе Трусовой: …": the speaker is before the dash, the words after it
    name the topic; the prefix ends at the dash."""
    for k in range(first + 1, last - 1):
        if ctx.tokens[k].text in "—–-" and ctx.tokens[k + 1].text.lower() in TOPIC_PREPOSITIONS:
            return k
    return last


def _opens_with_adverb(ctx: QuoteContext, first: int, last: int) -> bool:
    k = first
    while k < last and ctx.tokens[k].pos == "PUNCT":
        k += 1
    return k < last and ctx.tokens[k].pos == "ADV"


def _dash_suffix(ctx: QuoteContext, start: int, stop: int) -> Candidate | None:
    """"Концерты до 22 июня невозможны – Степанов": a title that ends with a dash and
    a short named speaker (a person, organisation or outlet mention)."""
    m = _DASH_SUFFIX.match(ctx.doc.text, start, stop)
    if not m or len(re.findall(r"\w+", m.group(1))) < DASH_TITLE_MIN_WORDS:
        return None
    first, last = ctx.doc.token_span(m.start(2), m.end(2))
    if not 0 < last - first <= HEADLINE_PREFIX_TOKENS:
        return None
    if any(x.type == "PER" and x.stop == m.end(1) for x in ctx.res.mentions_in(m.start(1), m.end(1))):
        return None  # "Арум анонсировал поединок Ломаченко – Лопес": a pairing of two names
    found = [x for x in ctx.res.mentions_in(m.start(2), m.end(2)) if x.type in ("PER", "ORG", "MEDIA")]
    if found and ctx.doc.token_span(found[0].start, found[0].stop)[0] == first:
        speaker = ctx.res.ref(found[0])
    else:
        speaker = _described_suffix_speaker(ctx, first, last, m.start(1), m.end(1))
    if speaker is None:
        return None
    if (not found or found[0].type == "PER") and _ends_with_person_noun(ctx, m.start(1), m.end(1)):
        return None  # "… скончался старейший житель Земли — Дзироэмон Кимура": the name says who he is
    content_start, content_stop = ctx.extend_to_marks(m.start(1), m.end(1))
    return Candidate(content_start, content_stop, "headline", "headline", None, speaker=speaker)


# (dv39a) A title whose words tell of a post filled ("назначен на новую должность — глава ФТС"): the words
# after its dash name the post, not who speaks.
_POST_FILLED = re.compile(r"(?i)(?<!\w)(?:назнач|избран|избира|утвержд|возглав|переизбран|сменил|сменит|стал[аио]?(?!\w)|"
                          r"станет|покинул|уволен|отправлен[аы]? в отставку)")


def _open_quotation(text: str) -> bool:
    """A quotation mark opened in `text` is not closed in it."""
    return text.count("«") > text.count("»") or text.count("\"") % 2 == 1 or text.count("“") > text.count("”")


def _described_suffix_speaker(ctx: QuoteContext, first: int, last: int, content_start: int,
                              content_stop: int) -> SpeakerRef | None:
    """(dv39a) "ОПЗ недополучает миллионы долларов прибыли - эксперт", "… - глава МИД Германии", "… - СМИ":
    the speaker after a title's dash written as a post or a description, not a name - a post or person noun
    in the nominative (with its complement), or the press at large.  Read as `prefix_speaker` reads a
    colon's prefix; the words before the dash must not tell of a post filled."""
    if _POST_FILLED.search(ctx.doc.text, content_start, content_stop) \
            or _open_quotation(ctx.doc.text[content_start:ctx.tokens[first].start]):
        return None  # (or the dash is inside a quoted name: "… мема «Сталин – транссексуал»")
    head = _prefix_head(ctx, first, last)
    token = ctx.tokens[head]
    person_noun = token.pos == "NOUN" and token.feats.get("Animacy") == "Anim" \
        and token.feats.get("Case", "Nom") == "Nom" and token.text[:1].islower()
    if not (person_noun or _press_at_large(ctx, first, last)):
        return None
    ref = prefix_speaker(ctx, first, last)
    if ref is not None and ref.actor_id is not None and any(
            m.actor_id == ref.actor_id for m in ctx.res.mentions_in(content_start, content_stop)):
        # (the words are about the one the description was read as: "Гончарук пытается … - политолог" is no
        # words of Гончарук's; the description is left for the document's later steps)
        return SpeakerRef(None, ref.text, ref.text, ref.start, ref.stop)
    return ref


def _ends_with_person_noun(ctx: QuoteContext, start: int, stop: int) -> bool:
    """The content ends with a noun for a person in the nominative ("возглавила женщина",
    "скончался старейший житель Земли"), to which the name after the dash is an apposition."""
    first, last = ctx.doc.token_span(start, stop)
    k = last - 1
    while k > first and ctx.tokens[k].pos == "PUNCT":
        k -= 1
    while k > first and ctx.tokens[k].pos in ("NOUN", "PROPN", "ADJ") and ctx.tokens[k].feats.get("Case") == "Gen":
        k -= 1  # ("житель | Земли")
    token = ctx.tokens[k]
    if not (token.pos == "NOUN" and token.feats.get("Animacy") == "Anim" and token.feats.get("Case") == "Nom"):
        return False
    # Only the subject put after its verb wants the name ("возглавила женщина", "умер старейший
    # житель"); a predicate noun ("Россия и Китай — стратегические партнеры", "мы ее партнеры") or the
    # subject of a link verb ("Главным подозреваемым остается водитель") ends a statement the name made.
    if not token.rel.startswith("nsubj") or not first <= token.head < k:
        return False
    verb = ctx.tokens[token.head]
    return verb.pos == "VERB" and (verb.lemma or "").lower() not in _LINK_VERBS \
        and not any(t.text in ("—", "–", ",") for t in ctx.tokens[token.head:k])


# Link verbs: their postposed subject goes with a predicate noun, it wants no name after it.
_LINK_VERBS = frozenset({"быть", "являться", "оставаться", "остаться", "становиться", "стать", "считаться",
                         "называться"})


# Nouns for a survey or a study: like a document (the lexicon's `source` nouns) its author speaks
# through it in a headline's prefix ("Опрос ВЦИОМ: большинство россиян …").
SURVEY_NOUNS = frozenset({"опрос", "исследование", "рейтинг", "соцопрос", "анкетирование", "мониторинг"})


# A colon prefix holding one of these is someone's words, not a name ('"Я не виноват": …').
CLAUSE_WORDS = frozenset({"я", "ты", "мы", "вы", "не", "нет"})


def prefix_speaker(ctx: QuoteContext, first: int, last: int) -> SpeakerRef | None:
    if first >= last or any(t.pos == "VERB" and (t.feats.get("VerbForm") == "Fin" or t.feats.get("Mood") == "Imp")
                            for t in ctx.tokens[first:last]):
        return None  # ("ПНС заметает следы: …": a clause, not a speaker)
    if any(t.text.lower() in CLAUSE_WORDS or t.pos == "ADJ" and t.feats.get("Variant") == "Short"
           for t in ctx.tokens[first:last]):
        return None  # ('"Я не виноват": «Коммерсант» узнал …': words with a short predicate or a person's pronoun)
    start, stop = ctx.tokens[first].start, ctx.tokens[last - 1].stop
    if _YEAR_END.search(ctx.doc.text[start:stop]):
        return None  # ("МАКС-2013: …", "Евро-2020: …": an event, not a speaker)
    head = _prefix_head(ctx, first, last)
    found = [m for m in ctx.res.mentions_in(start, stop) if m.type in ("PER", "ORG", "MEDIA", "ROLE")]
    # (a noun's complement is not the speaker: "Друзья Зеленского в зоопарке: …", "Перезапуск
    # НАПК: …"; an unparsed sidebar headline's capitalised noun is tagged PROPN: "Главком НАТО в
    # Европе: …"; but a document's or a survey's complement is its author, who speaks through it:
    # "Доклад ООН: …", "Опрос ФСО: …", "Исследование ВШЭ: …")
    head_token = ctx.tokens[head]
    nominal = head_token.pos == "NOUN" or head_token.pos == "PROPN" and len(head_token.text) > 2 and not any(
        m.start <= head_token.start < m.stop for m in ctx.res.mentions_in(start, stop))
    head_word = (head_token.lemma or head_token.text).lower().replace("ё", "е")
    if nominal and not ctx.lex.is_source(head_token) and head_word not in SURVEY_NOUNS \
            and head_token.text.lower() not in SURVEY_NOUNS:
        found = [m for m in found if m.start <= head_token.start < m.stop
                 or ctx.doc.token_span(m.start, m.stop)[0] == first]
    if found and _is_project(ctx, found[0]):
        return None  # ("Северный поток-2: Румыния выступила …": a pipeline is a topic, it does not speak)
    if found:
        return ctx.res.ref(found[0])
    text = ctx.doc.text[start:stop].strip("«»\"“” ")
    if _press_at_large(ctx, first, last):
        return SpeakerRef(None, text, ctx.doc.text[start:stop], start, stop)
    # (a quoted name speaks only when the marks hold the whole prefix: «Би-би-си», not
    # '"Банановые" долги', where the quoted word only qualifies the thing)
    quoted = ctx.doc.text[start] in "«\"“" and ctx.doc.text[stop - 1] in "»\"”"
    named = any(t.pos == "PROPN" or (t.text.isupper() and len(t.text) > 1) or re.match(r"[A-Za-z]", t.text)
                for t in ctx.tokens[first:last]) or quoted
    # (the tagger calls a capitalised first word PROPN: "Пенсии по-новому: …" is still a thing;
    # judged on the parsed head, so that "Немецкие СМИ: …" keeps its speaker)
    # ((sy40) a parsed head that is no noun - "по-новому", once the parse no longer goes round in a circle - is
    # judged by the prefix's noun)
    parsed = ctx.tokens[head]
    thing = parsed.pos in ("NOUN", "PROPN") and parsed.feats.get("Animacy") == "Inan" \
        and not quoted and not re.match(r"[A-Za-z]", parsed.text)
    if named and not thing and text[:1].isupper() and len(text.split()) <= 3:
        # ("Обстрел Негева: …" is a topic: its head is a thing, the name only its complement)
        return SpeakerRef(None, text, ctx.doc.text[start:stop], start, stop)
    if head_token.feats.get("Animacy") == "Anim" and head_token.feats.get("Case", "Nom") == "Nom":
        # (a speaker before the colon is in the nominative: "Пальба в центре Цюриха: …", the
        # first word tagged an animate genitive, is no person)
        return ctx.res.from_phrase(first, last, head)
    return None


# (rv28_Q 1) "СМИ: …", "Пресса: …": the press at large reports; no one outlet is named (the gold's
# unknown with its mention).
PRESS_AT_LARGE = frozenset({"сми", "пресса", "медиа"})


def _press_at_large(ctx: QuoteContext, first: int, last: int) -> bool:
    """The prefix is only a word for the press at large, perhaps with adjectives ("Западные СМИ")."""
    words = [t for t in ctx.tokens[first:last] if t.pos != "PUNCT"]
    return bool(words) and words[-1].text.lower() in PRESS_AT_LARGE and all(t.pos == "ADJ" for t in words[:-1])


def _prefix_head(ctx: QuoteContext, first: int, last: int) -> int:
    """The head word of a colon prefix: the word whose parent lies outside it; when that is
    no noun (an unparsed sidebar headline, or a parse gone round in a circle: "Российская
    вакцина от COVID-19"), the first noun."""
    head = _parsed_head(ctx, first, last)
    if ctx.tokens[head].pos in ("NOUN", "PROPN", "PRON", "X") or ctx.tokens[head].feats.get("Variant") == "Short" \
            or any(t.pos in ("VERB", "AUX") for t in ctx.tokens[first:last]):
        return head  # (a predicate heads a clause: "Министр был краток: …")
    # (a quoted word before the rest only qualifies it: '"Банановые" долги')
    closing = next((k for k in range(first + 1, last - 1) if ctx.tokens[first].text in "«\"“"
                    and ctx.tokens[k].text in "»\"”"), None)
    after = first if closing is None else closing + 1
    nouns = [k for k in range(after, last) if ctx.tokens[k].pos in ("NOUN", "PROPN")]
    return nouns[0] if nouns else head


def _parsed_head(ctx: QuoteContext, first: int, last: int) -> int:
    return next((k for k in range(first, last) if ctx.tokens[k].head < first or ctx.tokens[k].head >= last), first)


def _is_project(ctx: QuoteContext, mention: Mention) -> bool:
    """A pipeline, plant or launch site of the registry."""
    return mention.actor_id in project_ids()


@functools.cache
def project_ids() -> frozenset[str]:
    """Registry ids of projects and facilities: the `project` rows of the actor hints and the
    registry actors one of whose aliases is headed by a project noun ("газопровод «Северный
    поток»")."""
    ids = set()
    for line in (DATA_DIR / "event_actor_hints.tsv").read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) >= 2 and cols[0] == "project":
            ids.add(cols[1])
    for line in (DATA_DIR / "actors.tsv").read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) >= 5 and not line.startswith("#") and any(
                alias.split()[0].lower() in PROJECT_NOUNS for alias in cols[4].split("|") if alias.split()):
            ids.add(cols[0])
    return frozenset(ids)
