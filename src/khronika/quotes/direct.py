"""Direct speech around quotation marks: a quoted span followed by a dash and a
cue ("«…», — сказал он"), preceded by a cue clause and a colon ("Песков
заявил: «…»"), split by an attribution inside it ("«…, — сказал он. — …»"),
dialogue lines, unframed quoted sentences continuing the quote before, and
quoted clauses inside the narration ("извинился перед всеми, «кого обидел …»").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from khronika.nlp.doc import Mention, SpeakerRef, Token
from khronika.quotes.candidate import (ACCOUNT_STATEMENT_NOUNS, STATEMENT_NOUNS, Candidate, document_text_owner,
                                      verb_candidate)
from khronika.quotes.context import DASHES, HEADLINE_PREFIX_TOKENS, NAMING_VERBS, QuoteContext
from khronika.quotes.cues import finite_or_imperative, lemma
from khronika.quotes.headline import prefix_speaker
from khronika.quotes.marks import QuotedSpan, straight_role
from khronika.quotes.speakers import SOCIAL_NETWORKS


# "приводит слова X": relaying someone's words (not a speech verb on its own).
WORDS_RELAY_VERBS = frozenset({"приводить", "привести"})
# A direct quote's attribution must start within this many tokens after the dash.
ATTRIBUTION_WINDOW = 4
# ... or up to this many tokens later when only a circumstance stands before it.
ADVERBIAL_EXTRA = 3
# "— такими словами X прокомментировал …", "— с этими словами X вышел …": the quote named by an
# anaphoric instrumental; the subject (up to this many more tokens) comes before the verb.
_WORDS_FRAME = re.compile(r"(?i)(?:с\s+|со\s+)?(?:такими|этими|теми)\s+словами\b")
WORDS_FRAME_EXTRA = 5
# The clause before a colon that introduces a quote is read at most this far back.
COLON_WINDOW = 14
MIN_DIRECT_CHARS = 2
# Link verbs: their subject is described by the quoted words, it does not say them.
COPULAS = frozenset({"быть", "стать", "становиться", "являться", "оказаться", "оказываться", "считаться"})
# "Надпись гласит «…»": verbs whose object is a text's words, however short.
TEXT_VERBS = frozenset({"гласить"})
# A frameless quoted sentence needs this many words to count as speech (not a title),
# and takes the speaker of a quote at most this many sentences before it.
STANDALONE_MIN_WORDS = 5
# (dv36b) Verbs that open, close or devote a statement of one's own: "Киселёв посвятил этому событию комментарий …:",
# "француженка …, закончив эту часть интервью необычным заявлением:" - the subject's words follow the colon.
FRAMING_VERBS = frozenset({"посвятить", "закончить", "завершить", "начать"})
# Verbs whose subject issues the document they govern ("выступил с заявлением: «…»").
ISSUING_VERBS = frozenset({"выступить", "обратиться", "сделать", "распространить", "опубликовать", "выпустить",
                           "зачитать", "озвучить", "направить", "разместить", "подписать", "написать"}) \
    | FRAMING_VERBS
STANDALONE_WINDOW = 3
# (sp40) Web text also types the minus sign (U+2212) for the dash of a postposed frame: «…», − заявил Маас.
FRAME_DASHES = "—–−-"
_DASH_AFTER = re.compile(r"[»\"“”'’]*\s*[,.!?…]*\s*[—–−-]{1,2}\s*")
# "«…», отмечается в полученном РИА Новости документе": the source noun within this many tokens.
DOCUMENT_WINDOW = 7
_COMMA_AFTER = re.compile(r"[»\"“”'’]*\s*,\s+")
_DASH_BEFORE = re.compile(r"\s[—–-]\s*$")
# "процитировала стихи – «…»": the cue verb stands this close before the dash.
DASH_CUE_WINDOW = 3
# Closing marks, a paragraph break, then a lower-case word: the frame continues on the next line.
_NEXT_PARAGRAPH = re.compile(r"[»\"“”'’]*[ \t]*\n\s*(?=[а-яё])")
_COLON_BEFORE = re.compile(r":\s*[—–]?\s*$")
_SPLIT = re.compile(r"[,.!?…]\s+(?:[—–\u2011]|-(?=\s))\s+")  # (web text types a hyphen, even a non-breaking one, for the dash)
# A dialogue line's attribution: web text also glues the dash to the comma ("…назад,- отметила она").
_DIALOGUE_SPLIT = re.compile(r"[,.!?…]\s*(?:[—–]|-(?=\s))\s+")


def direct_quotes(ctx: QuoteContext) -> list[Candidate]:
    """Candidates of every outermost quoted span: dash, colon, split, continuation, standalone."""
    out: list[Candidate] = []
    previous: Candidate | None = None
    unframed: list[QuotedSpan] = []  # spans just before, each followed by a comma, no frame of their own
    for span in ctx.spans:
        if span.stop - span.start < MIN_DIRECT_CHARS:
            continue
        found = _dash_after(ctx, span) or _colon_before(ctx, span) or _inner_attribution(ctx, span) \
            or _frame_next_paragraph(ctx, span)
        if found:
            out.extend(_series_before(ctx, unframed, span, found[0]))
            out.extend(found)
            previous = found[-1]
            unframed = []
            continue
        cont = _continuation(ctx, span, previous) or _standalone(ctx, span, previous)
        if cont:
            out.append(cont)
            previous = cont
            unframed = []
            continue
        fragment = _fragment(ctx, span, previous)
        if fragment:
            out.append(fragment)  # (words inside the narration: no quote goes on from them)
            unframed = []
        else:
            unframed.append(span)
    return out + _orphan_closer_quotes(ctx)


# Opening marks: a sentence holding one before an unmatched closer is no lost opening.
OPENERS = "«„“"
_CLOSERS = re.compile(r"[»”\"]")


def _orphan_closer_quotes(ctx: QuoteContext) -> list[Candidate]:
    """"… Нужно изучить, как в этой ситуации может действовать Евросоюз», — приводит слова главы
    МИДа газета Bild": a closing mark that no opening mark matches (the reprint lost the one
    that opened the quote), followed by a dash frame: the quoted words are taken from the
    start of the closer's sentence (the words before it may be the quote's or the narration's)."""
    text = ctx.doc.text
    closed = {span.close_at for span in ctx.spans}  # (closers of nested spans lie inside an outer one)
    out: list[Candidate] = []
    for closer in _CLOSERS.finditer(text):
        i, ch = closer.start(), closer.group(0)
        if i in closed or ctx.in_span(i) is not None:
            continue
        if ch == '"' and straight_role(text, i) != "close":
            continue
        m = _DASH_AFTER.match(text, i + 1)
        if not m or not re.search(f"[{FRAME_DASHES}]", m.group(0)) or not re.search(r"[,!?…]", text[i - 1:i] + m.group(0)):
            continue  # (a dash right after a term is a definition: «…» — газопровод)
        unit = ctx.unit_at(i - 1)
        if unit is None:
            continue
        first, _ = ctx.sentence_range(unit)
        start = ctx.tokens[first].start
        if any(c in OPENERS for c in text[start:i]) or '"' in text[start:i] \
                or len(re.findall(r"\w+", text[start:i])) < STANDALONE_MIN_WORDS:
            continue
        out.extend(_dash_after(ctx, QuotedSpan(start - 1, i, 0)))
    return out


def _series_before(ctx: QuoteContext, unframed: list[QuotedSpan], span: QuotedSpan,
                   framed: Candidate) -> list[Candidate]:
    """"«Верните старый состав!», «Где концерт?», – написали фанаты": quoted
    utterances listed with commas before one dash frame share it.  Each one is a sentence of
    its own (ends with "!", "?", "…" or "." or has several words), not a list of names."""
    if framed.rule != "dash":
        return []
    text = ctx.doc.text
    series: list[QuotedSpan] = []
    follower = span
    for earlier in reversed(unframed):
        content = text[earlier.start:earlier.stop].strip()
        if not re.fullmatch(r"[,;][ \u00a0]*", text[earlier.close_at + 1:follower.open_at]) \
                or not _utterance(content):
            break
        series.insert(0, earlier)
        follower = earlier
    if series and not _utterance(text[span.start:span.stop]):
        return []
    return [Candidate(s.start, s.stop, framed.rule, framed.cue, framed.cue_token, framed.speaker_head,
                      impersonal_verb=framed.impersonal_verb) for s in series]


def _utterance(content: str) -> bool:
    content = content.strip()
    return content[-1:] in ("!", "?", "…", ".") or len(re.findall(r"\w+", content)) >= STANDALONE_MIN_WORDS


def dialogue_quotes(ctx: QuoteContext) -> list[Candidate]:
    """"— Мы готовы, — сказал он." - a paragraph of direct speech opened by a
    dash, kept only when an attribution with a cue verb follows the words."""
    out = []
    text = ctx.doc.text
    for part in ctx.doc.parts:
        if part.kind != "paragraph" or part.start >= part.stop or text[part.start] not in "—–-" \
                or text[part.start] == "-" and not text[part.start + 1:part.start + 2].isspace():
            continue
        start = part.start + 1
        while start < part.stop and text[start].isspace():
            start += 1
        # (a dash inside the words - "две области — Брестская и Гомельская, — которые …" - is
        # passed over: the attribution is the first dash followed by a cue verb)
        for m in _DIALOGUE_SPLIT.finditer(text, start, part.stop):
            first, _ = ctx.doc.token_span(m.end(), m.end() + 1)
            if first >= len(ctx.tokens):
                m = None
                break
            klass = ctx.is_cue(first) or (_fallback_dash_verb(ctx, first) and "say")
            if klass:
                break
        else:
            m = None
        if m is None or not klass:
            continue
        stop = m.start() + (1 if text[m.start()] in "!?…" else 0)
        cand = verb_candidate(ctx, start, stop, first, "dash", klass)
        out.append(cand)
        rest = _DIALOGUE_SPLIT.search(text, m.end(), part.stop)
        if rest and re.search(r"\w", text[rest.end():part.stop]):
            end = part.stop - (1 if text[part.stop - 1] == "." else 0)
            out.append(Candidate(rest.end(), end, "split", cand.cue, cand.cue_token, cand.speaker_head,
                                 impersonal_verb=cand.impersonal_verb))
    return out


def _dash_after(ctx: QuoteContext, span: QuotedSpan) -> list[Candidate]:
    text = ctx.doc.text
    m = _DASH_AFTER.match(text, span.close_at + 1)
    if not m or not re.search(f"[{FRAME_DASHES}]", m.group(0)):
        return _comma_after(ctx, span)
    if _short_name_in_narration(ctx, span):
        return []
    words_frame = _WORDS_FRAME.match(text, m.end())
    first, _ = ctx.doc.token_span(m.end(), m.end() + 1)
    if not re.search(r"[,!?…]", m.group(0)) and text[span.close_at - 1] not in "!?…,." and not words_frame:
        # "«Северный поток — 2» — газопровод": a name defined, not speech - unless a finite
        # lexicon cue opens the attribution ("«Много лет» – ответил Мендес": web text drops the comma)
        if first >= len(ctx.tokens) or not ctx.lex.verb_class(ctx.tokens[first]) \
                or ctx.tokens[first].feats.get("VerbForm") != "Fin" \
                or len(re.findall(r"\w+", text[span.start:span.stop])) < STANDALONE_MIN_WORDS:
            return []
    sentence = ctx.unit_at(m.end())
    if sentence is None:
        return []
    _, s_stop = ctx.sentence_range(sentence)
    # "«…» — такими словами министр Иван Петров прокомментировал …": the words frame
    # fronts the object, so the verb follows its subject
    window = ATTRIBUTION_WINDOW + (WORDS_FRAME_EXTRA if words_frame else ADVERBIAL_EXTRA)
    for i in range(first, min(first + window, s_stop)):
        token = ctx.tokens[i]
        if token.text in DASHES or token.text in ",.!?":
            break
        if i >= first + ATTRIBUTION_WINDOW and not words_frame and not _adverbial_only(ctx, first, i):
            break
        klass = ctx.is_cue(i) or (_fallback_dash_verb(ctx, i) and "say") or (_words_relay(ctx, i) and "say")
        if klass:
            return _split(ctx, span, verb_candidate(ctx, span.start, span.stop, i, "dash", klass))
    return []


def _short_name_in_narration(ctx: QuoteContext, span: QuotedSpan) -> bool:
    """(dvG) "… это то, что лежит в основе «ЭпиВакКороны», — в стране пытались наладить …": a few quoted
    words right after a word of the narration (no colon or dash before the opening mark) are a name the
    sentence governs; the dash after them closes an aside, it opens no speaker's frame.  Not after a
    speech verb of the same sentence: "сказал журналистам «Все под контролем», — пишет X" quotes words."""
    text = ctx.doc.text
    # (the same line only: a title or paragraph above ends with a word too)
    line_start = text.rfind("\n", 0, span.open_at) + 1
    before = text[line_start:span.open_at].rstrip()
    if not (before and before[-1].isalnum()
            and len(re.findall(r"\w+", text[span.start:span.stop])) < STANDALONE_MIN_WORDS):
        return False
    sentence = ctx.doc.sentence_at(span.open_at)
    start = max(line_start, ctx.doc.sentences[sentence].start) if sentence is not None else line_start
    first, last = ctx.doc.token_span(start, span.open_at)
    return not any(ctx.lex.verb_class(ctx.tokens[k]) for k in range(first, last))  # (cr27 L3)


def _frame_next_paragraph(ctx: QuoteContext, span: QuotedSpan) -> list[Candidate]:
    """"«Изменений у нас не будет. …»" ending a paragraph, the next one opening with
    "заявил после выборов X.": a postposed frame the layout moved to a line of its own."""
    text = ctx.doc.text
    m = _NEXT_PARAGRAPH.match(text, span.close_at + 1)
    if not m or len(re.findall(r"\w+", text[span.start:span.stop])) < STANDALONE_MIN_WORDS:
        return []
    first, _ = ctx.doc.token_span(m.end(), m.end() + 1)
    if first >= len(ctx.tokens) or ctx.tokens[first].start != m.end() \
            or ctx.tokens[first].feats.get("VerbForm") != "Fin" or not ctx.lex.verb_class(ctx.tokens[first]):
        return []
    klass = ctx.is_cue(first)
    return [verb_candidate(ctx, span.start, span.stop, first, "dash", klass)] if klass else []


def _adverbial_only(ctx: QuoteContext, first: int, stop: int) -> bool:
    """Tokens [first, stop) are a circumstance before the cue ("– в то же время пишет X",
    "– на следующий день в эфире заявил X"): no nominative word, no verb."""
    for k in range(first, stop):
        token = ctx.tokens[k]
        if token.pos in ("VERB", "AUX", "PRON", "PROPN", "PUNCT") or token.feats.get("Case") == "Nom":
            return False
    return True


def _comma_after(ctx: QuoteContext, span: QuotedSpan) -> list[Candidate]:
    """"«…», сказал господин Лавров на пресс-конференции": the attribution follows
    a comma without a dash; only a lexicon cue verb with its subject after it."""
    m = _COMMA_AFTER.match(ctx.doc.text, span.close_at + 1)
    if not m or len(re.findall(r"\w+", ctx.doc.text[span.start:span.stop])) < STANDALONE_MIN_WORDS:
        return []
    opening = ctx.unit_at(span.open_at)
    if opening is None or ctx.doc.text[ctx.unit_chars(opening)[0]:span.open_at].strip(" —–-"):
        return []  # "…приводят «к позитивным последствиям», подтвердил X": a fragment, left to the clause rules
    first, _ = ctx.doc.token_span(m.end(), m.end() + 1)
    if first >= len(ctx.tokens):
        return []
    token = ctx.tokens[first]
    klass = ctx.lex.verb_class(token)
    if not klass or token.feats.get("VerbForm") != "Fin":
        return []
    subject = next((k for k in ctx.kids(first, "nsubj") if k > first), None)
    if subject is None:
        subject = _subject_hung_back(ctx, first)
        if subject is None and _document_says(ctx, first):
            # "«…», отмечается в полученном агентством документе": the document speaks for its issuer
            return _split(ctx, span, verb_candidate(ctx, span.start, span.stop, first, "dash", klass))
        if subject is None:
            return []
    cand = verb_candidate(ctx, span.start, span.stop, first, "dash", klass)
    if cand.speaker_head is None or ctx.tokens[cand.speaker_head].start < ctx.tokens[first].start:
        cand.speaker_head, cand.impersonal_verb = subject, None
    return _split(ctx, span, cand)


def _document_says(ctx: QuoteContext, verb: int) -> bool:
    """An impersonal cue ("отмечается", "говорится", "сказано") with a "в"-phrase of a source noun."""
    token = ctx.tokens[verb]
    if not (lemma(token).endswith(("ся", "сь")) or token.feats.get("Voice") == "Pass"):
        return False
    for k in range(verb + 1, min(verb + DOCUMENT_WINDOW, len(ctx.tokens))):
        if ctx.tokens[k].pos == "PUNCT":
            return False
        # (the parse may hang "в … документе" on the quote's last verb)
        if ctx.lex.is_source(ctx.tokens[k]) and any(ctx.tokens[p].text.lower() in ("в", "во")
                                                     for p in ctx.kids(k, "case")):
            return True
    return False


def _names_speaker(ctx: QuoteContext, head: int) -> bool:
    """The phrase of `head` holds a person, organisation or outlet mention ("газета «X»")."""
    first, last = ctx.res.subtree(head)
    return any(m.type in ("PER", "ORG", "MEDIA") for m in
               ctx.res.mentions_in(ctx.tokens[first].start, ctx.tokens[last - 1].stop))


def _subject_hung_back(ctx: QuoteContext, verb: int) -> int | None:
    """"«…», пишет на первой странице газета X": the parse hangs the nominative subject
    after the verb on a word of the quote; the first agentive one after the verb counts."""
    s_stop = ctx.sentence_stop(verb)
    for k in range(verb + 1, min(s_stop, verb + ATTRIBUTION_WINDOW + 4)):
        token = ctx.tokens[k]
        if token.pos == "PUNCT" and token.text in ",.;:!?":
            return None
        if token.rel == "nsubj" and 0 <= token.head < verb and token.feats.get("Case") in ("Nom", None) \
                and (ctx.agentive(k) or _names_speaker(ctx, k)):
            return k
    return None


def _fallback_dash_verb(ctx: QuoteContext, i: int) -> bool:
    # After "«…», —" nearly any finite verb with a subject is a speech verb
    # ("возмутился он", "парировал министр"); the tagger sometimes takes a rare
    # verb for a noun, but the parse still gives it a subject after it
    # ("– приговаривает при этом Богдан").
    token = ctx.tokens[i]
    if lemma(token) in ctx.lex.blocked:
        return False
    if token.pos == "VERB" and token.feats.get("VerbForm") == "Fin":
        return True
    return token.pos == "NOUN" and token.text.islower() and token.feats.get("Case") != "Gen" \
        and any(k > i and (ctx.tokens[k].feats.get("Case") == "Nom" and ctx.agentive(k) or ctx.tokens[k].text == "@")
                for k in ctx.kids(i, "nsubj"))


def _words_relay(ctx: QuoteContext, i: int) -> bool:
    """"«…», — приводит слова Ягудина «Спорт-Экспресс»": the relay verb (a `block`
    verb elsewhere) with the words as its object; `candidate._quoting` gives the
    words' owner as speaker."""
    return lemma(ctx.tokens[i]) in WORDS_RELAY_VERBS and any(
        lemma(ctx.tokens[k]) in STATEMENT_NOUNS or document_text_owner(ctx, k) is not None
        for k in ctx.kids(i, "obj"))


@dataclass(frozen=True)
class InnerFrame:
    """«Q1, — сказал он. — Q2»: the attribution set off by dashes inside the marks."""

    words_stop: int   # where the words before the frame end
    cue_token: int    # the frame's verb
    resume_at: int    # where the words after the frame begin


def _inner_frames(ctx: QuoteContext, span: QuotedSpan) -> list[InnerFrame]:
    """Every inner frame of the quote, in order (mA31: a long quote may be interrupted more
    than once - «…? — продолжает он. — … , — сказал сотрудник. — …»); a dash before words
    that open no frame ("втроём, — прийти в суд") is passed over."""
    inner = ctx.doc.text[span.start:span.stop]
    frames: list[InnerFrame] = []
    resumed = 0
    for m in _SPLIT.finditer(inner):
        if m.start() < resumed or _nested_depth(inner[:m.start()]) > 0:
            continue  # (inside the last frame; «Он сказал: «Я, – говорит, – приду»»: the quoted person's own frame)
        at = span.start + m.end()
        first, _ = ctx.doc.token_span(at, at + 1)
        if first >= len(ctx.tokens) or not (ctx.is_cue(first) or ctx.goes_on_speaking(first)):
            continue
        rest = _SPLIT.search(inner, m.end())
        if not rest:
            continue
        stop = span.start + m.start() + (1 if inner[m.start()] in "!?…" else 0)
        frames.append(InnerFrame(stop, first, span.start + rest.end()))
        resumed = rest.end()
    return frames


def _split(ctx: QuoteContext, span: QuotedSpan, cand: Candidate) -> list[Candidate]:
    """«Q1, — сказал он. — Q2»: the attribution inside the marks splits the quote; the words
    before each frame are its speaker's, the words after the last one too."""
    frames = _inner_frames(ctx, span)
    if not frames:
        return [cand]
    # (a frame after the closing mark - «…», — сказал депутат - gives the last words their cue)
    last_cue = cand.cue if cand.cue_token is not None and ctx.tokens[cand.cue_token].start > span.stop else None
    out = [cand]
    first = frames[0]
    cand.stop = first.words_stop
    cand.cue_token, cand.speaker_head, cand.cue = first.cue_token, ctx.subject_of(first.cue_token), \
        lemma(ctx.tokens[first.cue_token])
    for frame, after in zip(frames, frames[1:] + [None]):
        # (the words after a frame run to the next frame, which names their speaker, or to the closing mark)
        owner = after or frame
        cue = lemma(ctx.tokens[owner.cue_token]) if after or last_cue is None else last_cue
        speaker = ctx.subject_of(owner.cue_token)
        if owner is not first and _same_speaker_again(ctx, speaker, cand.speaker_head):
            speaker = cand.speaker_head
        out.append(Candidate(frame.resume_at, after.words_stop if after else span.stop, "split",
                             cue, owner.cue_token, speaker))
    return out


def _same_speaker_again(ctx: QuoteContext, later: int | None, first: int | None) -> bool:
    """(cr31 H3) «Q1, — сказал Песков. — Q2, — добавил он. — Q3»: a later frame of one quotation with no subject of
    its own, or a personal pronoun of the first speaker's gender, goes on with the first frame's speaker (the
    pronoun's search would skip the name, which stands inside the quotation's span)."""
    if first is None or later == first:
        return False
    if later is None:
        return True
    token = ctx.tokens[later]
    if token.pos != "PRON" or lemma(token) not in ("он", "она"):
        return False
    gender, first_gender = token.feats.get("Gender"), ctx.tokens[first].feats.get("Gender")
    return gender is None or first_gender is None or gender == first_gender


def _nested_depth(text: str) -> int:
    """How many quotation marks opened in `text` are still open at its end."""
    depth = 0
    for ch in text:
        if ch in "«„":
            depth += 1
        elif ch in "»“" and depth > 0:
            depth -= 1
    return depth


def _inner_attribution(ctx: QuoteContext, span: QuotedSpan) -> list[Candidate]:
    """«Q1, — сказал он. — Q2» with nothing after the closing mark."""
    inner = ctx.doc.text[span.start:span.stop]
    for m in _SPLIT.finditer(inner):
        # (mA31: not only the first dash - "втроём, — прийти в суд, — сказала она. — …")
        if _nested_depth(inner[:m.start()]) > 0:
            continue
        at = span.start + m.end()
        first, _ = ctx.doc.token_span(at, at + 1)
        if first >= len(ctx.tokens):
            return []
        klass = ctx.is_cue(first) or (ctx.goes_on_speaking(first) and "say")
        if klass:
            cand = verb_candidate(ctx, span.start, span.stop, first, "split", klass)
            return _split(ctx, span, cand)
    return []


def _colon_before(ctx: QuoteContext, span: QuotedSpan) -> list[Candidate]:
    text = ctx.doc.text
    if not _COLON_BEFORE.search(text[max(0, span.open_at - 4):span.open_at]):
        return _dash_before(ctx, span)
    colon = text.rfind(":", 0, span.open_at)
    if _quoted_titles(text, span):
        return []  # (rv21_Q L2) "Автор книг: «Батальоны просят огня», «Горячий снег» и «Тишина»": titles
    return colon_frame(ctx, colon, span.start, span.stop, headline=True) or _agent_colon(ctx, colon, span) \
        or _predicate_colon(ctx, colon, span)


# (rv21_Q L2) After a colon, short quoted words with no sentence punctuation, followed by a comma
# or "и"/"или" and another such quoted part, begin a list of quoted names (books, films, songs,
# clubs): titles, which no one says ("Блогер приводит слова фанатов: «Я не буду …, это …», «…»"
# lists sentences, "скандировать: «Свободу!», «Позор власти!»" slogans: those stay).
_QUOTED_LIST_NEXT = re.compile(r"\s*(?:,|,?\s+(?:и|или|а\s+также))\s*[«„\"“]([^»\"“\n]{1,120})[»\"“]")
TITLE_WORDS = 8


def _quoted_titles(text: str, span: QuotedSpan) -> bool:
    following = _QUOTED_LIST_NEXT.match(text, span.close_at + 1)
    return following is not None and all(
        len(re.findall(r"\w+", part)) <= TITLE_WORDS and not re.search(r"[,.!?…;:]", part)
        for part in (text[span.start:span.stop], following.group(1)))


def _agent_colon(ctx: QuoteContext, colon: int, span: QuotedSpan) -> list[Candidate]:
    """"Блогер прокомментировал снимок в Instagram: «Вот это да, я и не знал …»": a
    person or organisation doing anything with words (posting, advertising, signing)
    before a colon that opens whole quoted sentences: the words are theirs.  Only a
    quote of a full sentence (upper-case start, sentence end after it), not a title."""
    text = ctx.doc.text
    bounds = _clause_before_colon(ctx, colon)
    if not text[span.start:span.start + 1].isupper() or not _whole_quoted_sentence(text, span) or bounds is None:
        return []
    s_first, last = bounds
    for i in range(last - 1, max(s_first, last - COLON_WINDOW) - 1, -1):
        token = ctx.tokens[i]
        if token.pos == "PUNCT" and token.text in ",;—–" and not ctx.in_span(token.start):
            return []  # (only the clause that ends at the colon)
        copular = _copular_predicate(ctx, i)
        if not copular and (token.pos != "VERB" or token.feats.get("VerbForm") != "Fin"
                            or lemma(token) in ctx.lex.blocked or lemma(token) in NAMING_VERBS):
            continue
        subject = ctx.subject_of(i)
        if subject is None or not ctx.agentive(subject) or ctx.in_span(ctx.tokens[subject].start):
            return []
        return [verb_candidate(ctx, span.start, span.stop, i, "colon", "say")]
    return []


def _whole_quoted_sentence(text: str, span: QuotedSpan) -> bool:
    """Quoted words long enough to be a statement and ending a sentence (not a title inside one)."""
    return len(re.findall(r"\w+", text[span.start:span.stop])) >= STANDALONE_MIN_WORDS \
        and re.match(r"^[.!?…]?(\s|$)", text[span.close_at + 1:span.close_at + 3]) is not None


def _clause_before_colon(ctx: QuoteContext, colon: int) -> tuple[int, int] | None:
    """(first token of the colon's sentence, token index just past the colon's last word before it), or None."""
    _, last = ctx.doc.token_span(max(0, colon - 400), colon)
    sentence = ctx.unit_at(colon)
    if sentence is None:
        return None
    return ctx.sentence_range(sentence)[0], last


# (mA40) Verbs whose colon opens someone else's words: what is read out or cited, not said.
CITING_VERBS = frozenset({"цитировать", "процитировать", "читать", "прочитать", "зачитать", "зачитывать",
                          "прочесть", "перевести", "переводить"})
# (mA40) Objects that are someone else's text the subject shows or reads ("повесил плакат: «…»").
FOREIGN_TEXT_OBJECTS = frozenset({"письмо", "надпись", "плакат", "табличка", "лозунг", "заголовок", "текст",
                                  "послание", "записка", "документ", "стихотворение", "стих", "песня", "книга",
                                  "объявление", "сообщение", "ответ", "вопрос", "sms", "смс"})
# How far up the parse the clause's predicate is looked for from the word before the colon.
PREDICATE_CLIMB = 6


def _predicate_colon(ctx: QuoteContext, colon: int, span: QuotedSpan) -> list[Candidate]:
    """(mA40, rv40_Q C1) "Петров передумал, несмотря на возраст: «…»", "Решением мэра обеспокоился даже
    блогер Олег Сидоров: «…»", "ссылался, прежде всего, на мнение Y: «…»", "сделал новый прогноз: «…»": the
    predicate of the clause that ends at the colon (reached up the parse from the word before the colon, so
    that an aside between commas does not hide it), whatever verb it is, gives the quoted whole sentences
    to its subject - a named person, or a body or person noun whose quoted words speak (a finite verb or a
    first/second person).  Not a list the colon opens ("Практики разделены на шесть блоков: «…»": no agent)
    nor a text the subject reads, cites or shows."""
    text = ctx.doc.text
    bounds = _clause_before_colon(ctx, colon)
    if not re.match(r"[А-ЯЁA-Z0-9]", text[span.start:span.start + 1]) or not _whole_quoted_sentence(text, span) \
            or bounds is None:
        return []
    s_first, last = bounds
    verb = _clause_predicate(ctx, last - 1, s_first, last)
    if verb is None or _subordinate(ctx, verb) or _foreign_text(ctx, verb):
        return []
    support = next((k for k in ctx.kids(verb, "obj") if lemma(ctx.tokens[k]) in ctx.lex.support), None)
    if lemma(ctx.tokens[verb]) in ctx.lex.blocked and support is None and not _modal_with_act(ctx, verb):
        return []  # ("узнал:", "увидел:"; but "сделал прогноз:" states the speaker's own words)
    subject = ctx.subject_of(verb)
    if subject is None or ctx.in_span(ctx.tokens[subject].start) or not ctx.agentive(subject) \
            or ctx.tokens[verb].feats.get("Voice") == "Pass":
        return []
    if not _named_person(ctx, subject) and not _speaking_words(ctx, span):
        return []
    if _inner_attribution(ctx, span):
        return []  # («…, — признался он. — …»: the words carry their own frame, which splits them)
    cand = verb_candidate(ctx, span.start, span.stop, verb, "colon", "say")
    if support is not None:
        cand.cue = f"{lemma(ctx.tokens[verb])} {lemma(ctx.tokens[support])}"  # "сделать прогноз"
    act = next((k for k in ctx.kids(verb, "xcomp") if ctx.tokens[k].feats.get("VerbForm") == "Inf"), None)
    if act is not None and lemma(ctx.tokens[verb]) in MODAL_VERBS:
        cand.cue = lemma(ctx.tokens[act])  # ("решили вступиться": the act the words are)
    return [cand]


# (mA40) Verbs of will whose infinitive is the act: "решили вступиться", "захотел ответить".
MODAL_VERBS = frozenset({"решить", "решать", "хотеть", "захотеть", "мочь"})


def _modal_with_act(ctx: QuoteContext, verb: int) -> bool:
    """"За модель решили вступиться соотечественники: «…»": a verb of will with the infinitive of an act that is
    not itself a verb of perceiving or knowing - nor of speech, which is the cue frames' business and which they
    declined ("Папа хочет сказать: «…»" - means)."""
    return lemma(ctx.tokens[verb]) in MODAL_VERBS and any(
        ctx.tokens[k].feats.get("VerbForm") == "Inf" and lemma(ctx.tokens[k]) not in ctx.lex.blocked
        and not ctx.lex.verb_class(ctx.tokens[k]) for k in ctx.kids(verb, "xcomp"))


def _foreign_text(ctx: QuoteContext, verb: int) -> bool:
    """The colon's words are someone else's text: the verb reads, cites or names it ("прочитал на вечере, как
    обычно, отрывок:"), or its object is a text or someone's words ("повесил плакат:", "привел слова X:")."""
    return lemma(ctx.tokens[verb]) in CITING_VERBS or lemma(ctx.tokens[verb]) in NAMING_VERBS or any(
        lemma(ctx.tokens[k]) in FOREIGN_TEXT_OBJECTS or lemma(ctx.tokens[k]) in OWNED_WORDS_NOUNS
        for k in ctx.kids(verb, "obj"))


def _subordinate(ctx: QuoteContext, verb: int) -> bool:
    """The predicate heads a "что"/"если"/"когда"-clause: the colon's words are told inside someone else's frame."""
    return any(ctx.tokens[k].pos == "SCONJ" for k in ctx.kids(verb, "mark"))


def _clause_predicate(ctx: QuoteContext, word: int, s_first: int, last: int) -> int | None:
    """The finite verb the word before a colon hangs on, within the sentence before the colon; when the parse
    hung the words before the colon on the quotation after it ("ссылался, прежде всего, на мнение Y: «Это было
    бы …»"), the head verb of the sentence before the colon."""
    j = word
    for _ in range(PREDICATE_CLIMB):
        if j < s_first:
            return None
        if j >= last:
            return _sentence_head_verb(ctx, s_first, last)
        if _finite(ctx, j):
            return j
        j = ctx.tokens[j].head
    return None


def _finite(ctx: QuoteContext, i: int) -> bool:
    token = ctx.tokens[i]
    return token.pos in ("VERB", "AUX") and token.feats.get("VerbForm") == "Fin" and not ctx.in_span(token.start)


def _sentence_head_verb(ctx: QuoteContext, s_first: int, last: int) -> int | None:
    """The one finite verb of [s_first, last) whose head lies outside it (the root of the words before the colon)."""
    heads = [i for i in range(s_first, last) if _finite(ctx, i) and not s_first <= ctx.tokens[i].head < last]
    return heads[0] if len(heads) == 1 else None


def _named_person(ctx: QuoteContext, subject: int) -> bool:
    """The subject's phrase holds a person's name ("блогер Олег Сидоров", "Петров")."""
    first, stop = ctx.res.subtree(subject)
    return any(m.type == "PER" for m in ctx.res.mentions_in(ctx.tokens[first].start, ctx.tokens[stop - 1].stop))


def _speaking_words(ctx: QuoteContext, span: QuotedSpan) -> bool:
    """Quoted words that say something in someone's voice: a finite verb, or a first/second person."""
    first, stop = ctx.doc.token_span(span.start, span.stop)
    return any(t.feats.get("VerbForm") == "Fin" or t.feats.get("Person") in ("1", "2")
               for t in ctx.tokens[first:stop])


# Copulas of "X был краток: «…»", "X оказался более дипломатичным: «…»" (a name of their own: this set once
# had `COPULAS`' name and replaced the link verbs above for the whole module).
MANNER_COPULAS = frozenset({"быть", "оказаться", "остаться"})


def _copular_predicate(ctx: QuoteContext, i: int) -> bool:
    """"Министр был краток:", "Белов оказался более дипломатичным:": the speaker's manner
    stated by an adjective - a short adjective with a copula, or a copula verb with an
    adjective predicate."""
    token = ctx.tokens[i]
    if token.pos == "ADJ" and token.feats.get("Variant") == "Short":
        return any(lemma(ctx.tokens[c]) in MANNER_COPULAS for c in ctx.kids(i, "cop"))
    return token.pos in ("VERB", "AUX") and lemma(token) in MANNER_COPULAS and token.feats.get("VerbForm") == "Fin" \
        and any(ctx.tokens[c].pos == "ADJ" for c in ctx.kids(i, "xcomp"))


# Objects that point at the words after the colon ("…, который сказал следующее: …").
# (ma25, rev25_A M4) plus the nouns that name the statement itself ("повторил свою позицию:").
CATAPHORIC_OBJECTS = frozenset({"следующий", "это", "то", "такой", "вот", "позиция", "заявление", "мнение",
                                "мысль", "тезис", "слово", "обращение", "требование", "вопрос"})


def _relative_with_object(ctx: QuoteContext, i: int) -> bool:
    """(dvA) "По его словам, … Косово, часть жителей которого считает себя отдельным государством: …":
    a cue verb of a relative clause that already has its object says nothing about the words after
    the colon - they belong to the sentence's own frame.  ("…, который заявил: …" has no object.)"""
    token = ctx.tokens[i]
    return token.rel == "acl:relcl" and any(lemma(ctx.tokens[k]) not in CATAPHORIC_OBJECTS
                                             for k in ctx.kids(i, "obj"))


# Nouns for someone's words before a colon whose owner speaks: "Слова Наумова приводятся …: «…»"; (dvR) an
# account relayed the same way: "Life News приводит его рассказ об аварии:" + the words in the next paragraph.
OWNED_WORDS_NOUNS = frozenset({"слово", "цитата"}) | ACCOUNT_STATEMENT_NOUNS


def _words_owner(ctx: QuoteContext, noun: int) -> int | None:
    """Whose "слова" they are: the genitive after the noun ("по словам Петрова") or the possessive
    before it ("По его словам, …:")."""
    return ctx.owner(noun) or ctx.possessor(noun)


def colon_frame(ctx: QuoteContext, colon: int, start: int, stop: int, headline: bool) -> list[Candidate]:
    """The frame of words [start, stop) introduced by the colon at char `colon`:
    a cue verb, the owner of "слова"/a source noun, or (with `headline`) a short
    "Песков:" prefix."""
    _, last = ctx.doc.token_span(max(0, colon - 400), colon)
    sentence = ctx.unit_at(colon)
    if sentence is None:
        return []
    s_first, _ = ctx.sentence_range(sentence)
    lo = max(s_first, last - COLON_WINDOW)
    for i in range(last - 1, lo - 1, -1):
        klass = ctx.is_cue(i)
        if klass and _relative_with_object(ctx, i):
            continue
        if klass and _account_frame(ctx, i):
            doer = _doer_after_account(ctx, i, last)
            if doer is not None:
                return [_doer_candidate(ctx, start, stop, i, doer)]
        if klass:
            relayed = _account_before_infinitive(ctx, i, lo, last)
            if relayed is not None:
                return [_doer_candidate(ctx, start, stop, relayed[0], relayed[1])]
            return [verb_candidate(ctx, start, stop, i, "colon", klass)]
    # "Слова Наумова приводятся на странице Х: «…»": the owner of the words speaks,
    # the page only carries them; otherwise the owner of the nearest source noun.
    words = [i for i in range(last - 1, s_first - 1, -1) if lemma(ctx.tokens[i]) in OWNED_WORDS_NOUNS
             and _words_owner(ctx, i) is not None]
    sources = [i for i in range(last - 1, lo - 1, -1) if ctx.lex.is_source(ctx.tokens[i])]
    for i in words[:1] or sources[:1]:
        if not words and _speaks_in_source(ctx, i, last):
            break  # ("в интервью газете X Петров сравнил ЕС с …: «…»": the one interviewed speaks)
        doer = _doer_after_account(ctx, i, last) if not words and _account_frame(ctx, i) else None
        if doer is not None:
            return [_doer_candidate(ctx, start, stop, i, doer)]
        owner = _words_owner(ctx, i) if words else ctx.owner(i)
        return [Candidate(start, stop, "colon", lemma(ctx.tokens[i]), i, owner or _issuer(ctx, i))]
    # "Стихотворение опубликовано в Instagram Шнурова: «…»": a social network's page speaks
    # for its genitive owner.
    pages = [i for i in range(last - 1, lo - 1, -1) if ctx.tokens[i].text.lower() in SOCIAL_NETWORKS
             and ctx.owner(i) is not None]
    for i in pages[:1]:
        return [Candidate(start, stop, "colon", lemma(ctx.tokens[i]), i, ctx.owner(i))]
    for i in range(last - 1, lo - 1, -1):
        token = ctx.tokens[i]
        if lemma(token) in ("слово", "цитата"):
            # "…, который отшучивается словами: «…»": the words are the subject's
            # of the verb that governs the noun
            head = token.head
            subject = ctx.subject_of(head) if head >= 0 and ctx.tokens[head].pos == "VERB" else None
            return [Candidate(start, stop, "colon", lemma(token), i, subject)]
    if headline and last - s_first <= HEADLINE_PREFIX_TOKENS:
        ref = prefix_speaker(ctx, s_first, last)
        if ref:
            return [Candidate(start, stop, "headline", "headline", None, speaker=ref)]
    if headline and last - s_first <= LABEL_PREFIX_TOKENS and _whole_sentences(ctx, start, stop):
        ref = labelled_person(ctx, s_first, last)
        if ref:
            return [Candidate(start, stop, "headline", "headline", None, speaker=ref)]
    return []


# (mq26, rv26_Q) Prepositions of an account frame that opens its sentence: "По сообщению X, …", "Согласно данным X, …".
ACCOUNT_PREPOSITIONS = frozenset({"по", "согласно"})


def _account_frame(ctx: QuoteContext, i: int) -> bool:
    """The cue is the noun of an account frame ("по сообщению СМИ", "по данным полиции")."""
    return ctx.tokens[i].pos == "NOUN" and any(
        ctx.tokens[p].text.lower() in ACCOUNT_PREPOSITIONS for p in ctx.kids(i, "case"))


def _doer_after_account(ctx: QuoteContext, frame: int, last: int) -> int | None:
    """(mq26, rv26_Q) "По сообщению СМИ, присутствующие в зале начали скандировать: «Свободу!»":
    an account frame reports what someone did; a finite verb after it, before the colon, whose
    own subject (a named or animate agent, or a people-denoting participle: "присутствующие")
    stands after the frame, is the one whose words the colon opens - the frame's owner only
    relays them (double attribution: speaker B, source A)."""
    frame_stop = ctx.res.subtree(frame)[1]
    for j in range(last - 1, frame_stop - 1, -1):
        token = ctx.tokens[j]
        if ctx.in_span(token.start) is not None or token.pos not in ("VERB", "AUX") \
                or token.feats.get("VerbForm") != "Fin":
            continue
        subject = ctx.subject_of(j)
        if subject is None or not frame_stop <= subject < j:
            subject = _participle_doer(ctx, j, frame_stop)
        elif not ctx.agentive(subject) and not _people_participle(ctx.tokens[subject]):
            return None
        return j if subject is not None else None
    return None


def _account_before_infinitive(ctx: QuoteContext, cue: int, lo: int, last: int) -> tuple[int, int] | None:
    """(mS36) "По сообщению СМИ, присутствующие в зале начали скандировать: «Свободу!»": a cue that is the
    infinitive of a finite verb ("начали скандировать") after an account frame leaves the speaker to the frame's
    doer (the finite verb's subject), as when the infinitive is no cue: (frame, doer verb), else None."""
    token = ctx.tokens[cue]
    if token.feats.get("VerbForm") != "Inf" or token.rel != "xcomp":
        return None
    for k in range(cue - 1, lo - 1, -1):
        if (ctx.is_cue(k) or ctx.lex.is_source(ctx.tokens[k])) and _account_frame(ctx, k):
            doer = _doer_after_account(ctx, k, last)
            return (k, doer) if doer is not None else None
    return None


def _people_participle(token: Token) -> bool:
    """A nominative plural participle used as a noun: "присутствующие", "собравшиеся" (people)."""
    return token.feats.get("VerbForm") == "Part" and token.feats.get("Case") == "Nom" \
        and token.feats.get("Number") == "Plur"


def _participle_doer(ctx: QuoteContext, verb: int, first: int) -> int | None:
    """A nominative plural participle standing for people before the verb, which the parse
    hung on it without calling it a subject ("присутствующие в зале начали …")."""
    return next((k for k in ctx.kids(verb) if first <= k < verb and _people_participle(ctx.tokens[k])), None)


def _participle_ref(ctx: QuoteContext, participle: int) -> SpeakerRef:
    """"присутствующие в зале": the participle and what follows it in its phrase (not the
    circumstances before it, which the parse may hang on it)."""
    last = ctx.res.subtree(participle)[1]
    start, stop = ctx.tokens[participle].start, ctx.tokens[last - 1].stop
    text = ctx.doc.text[start:stop]
    return SpeakerRef(None, text, text, start, stop)


def _doer_candidate(ctx: QuoteContext, start: int, stop: int, frame: int, doer: int) -> Candidate:
    """The colon quote of the doer's verb, with the account frame's owner as its relay."""
    cand = verb_candidate(ctx, start, stop, doer, "colon", "say")
    if cand.speaker_head is None:
        cand.speaker_head = _participle_doer(ctx, doer, ctx.res.subtree(frame)[1])
    if cand.speaker_head is not None and _people_participle(ctx.tokens[cand.speaker_head]):
        cand.speaker, cand.speaker_head = _participle_ref(ctx, cand.speaker_head), None
    cand.impersonal_verb = None
    action = next((k for k in ctx.kids(doer, "xcomp") if ctx.tokens[k].feats.get("VerbForm") == "Inf"), None)
    if action is not None:
        cand.cue = lemma(ctx.tokens[action])  # ("начали скандировать": what they did with the words)
    owner = ctx.owner(frame)
    relay = ctx.res.from_head(owner, common=True) if owner is not None else None
    if relay is not None:
        cand.sources.append(relay.name)
    return cand


# "Олег Аронович, врач городской станции скорой помощи: «…»": a person's label this long at most.
LABEL_PREFIX_TOKENS = 16


def labelled_person(ctx: QuoteContext, first: int, last: int) -> SpeakerRef | None:
    """"Олег Аронович, врач скорой помощи: «…»", "Врач скорой помощи Олег Аронович: «…»": a
    sentence that is only a person's name and description (no verb), before a colon and whole
    quoted sentences, labels them as that person's words (vox pops, interview excerpts).  The
    name opens the label and a comma follows it, or the name closes the label."""
    tokens = ctx.tokens[first:last]
    if not tokens:  # ": «…»" opening its sentence: no label
        return None
    if any(finite_or_imperative(t) or t.text in ";:«»\"()" for t in tokens):
        return None
    start, stop = tokens[0].start, tokens[-1].stop
    people = [m for m in ctx.res.mentions_in(start, stop) if m.type == "PER"]
    if not people:
        return None
    lead, tail = people[0], people[-1]
    after_lead = ctx.doc.token_span(lead.stop, stop)[0] if lead.stop < stop else last
    if lead.start == start and _nominative(ctx, lead) \
            and (lead.stop >= stop or after_lead < last and ctx.tokens[after_lead].text == ","):
        return ctx.res.ref(lead)
    if tail.stop >= stop and "," not in ctx.doc.text[start:tail.start] and _nominative(ctx, tail):
        return ctx.res.ref(tail)
    return None


def _nominative(ctx: QuoteContext, mention: Mention) -> bool:
    """No word of the name is in an oblique case ("работы писателя Имре Кертеса: …" names a topic)."""
    first, stop = ctx.doc.token_span(mention.start, mention.stop)
    return all(ctx.tokens[k].feats.get("Case", "Nom") == "Nom" for k in range(first, stop)
               if ctx.tokens[k].pos in ("PROPN", "NOUN"))


def _whole_sentences(ctx: QuoteContext, start: int, stop: int) -> bool:
    """Quoted words [start, stop) that are a sentence of their own: an upper-case start, enough
    words, and the sentence ending at the closing mark (not a title used inside a clause)."""
    text = ctx.doc.text
    return text[start:start + 1].isupper() and len(re.findall(r"\w+", text[start:stop])) >= STANDALONE_MIN_WORDS \
        and re.match(r"^[»\"”“]*\s*[.!?…]?\s*($|\n|[«\"„]|[А-ЯЁA-Z])", text[stop:stop + 6]) is not None


def _issuer(ctx: QuoteContext, noun: int) -> int | None:
    """"Министр выступил с заявлением: «…»", "Партия распространила обращение: «…»": an
    unowned document issued by the subject of the verb that governs it speaks for that
    subject (not one it received or read)."""
    verb = ctx.tokens[noun].head
    if verb < 0 or ctx.tokens[verb].pos != "VERB" or lemma(ctx.tokens[verb]) not in ISSUING_VERBS \
            or ctx.tokens[noun].rel not in ("obj", "obl"):
        return None
    subject = ctx.subject_of(verb)
    return subject if subject is not None and ctx.agentive(subject) else None


def _speaks_in_source(ctx: QuoteContext, noun: int, last: int) -> bool:
    """"в интервью газете X Петров сравнил …:": a finite verb after the "в"-phrase of a
    source noun has an agentive subject of its own (not the noun's owner) before the colon."""
    if not any(ctx.tokens[c].text.lower() in ("в", "во") for c in ctx.kids(noun, "case")):
        return False
    owner = ctx.owner(noun)
    for k in range(noun + 1, last):
        token = ctx.tokens[k]
        if token.pos != "VERB" or token.feats.get("VerbForm") != "Fin":
            continue
        subject = ctx.subject_of(k)
        return subject is not None and subject > noun and subject != owner and ctx.agentive(subject)
    return False


def _dash_before(ctx: QuoteContext, span: QuotedSpan) -> list[Candidate]:
    """"процитировала стихи – «не вынесла душа поэта…»": a dash in place of the
    colon, only right after a lexicon cue verb and at most a short object."""
    text = ctx.doc.text
    m = _DASH_BEFORE.search(text, max(0, span.open_at - 4), span.open_at)
    if not m:
        return _object_quote(ctx, span) or _text_object(ctx, span)
    _, last = ctx.doc.token_span(max(0, m.start() - 200), m.start())
    sentence = ctx.unit_at(m.start())
    if sentence is None:
        return []
    s_first, _ = ctx.sentence_range(sentence)
    for i in range(last - 1, max(s_first, last - DASH_CUE_WINDOW) - 1, -1):
        if ctx.tokens[i].pos == "PUNCT":
            return []
        klass = ctx.lex.verb_class(ctx.tokens[i])
        if klass and ctx.tokens[i].feats.get("VerbForm") in ("Fin", "Conv"):
            return [verb_candidate(ctx, span.start, span.stop, i, "colon", klass)]
    return []


def _object_quote(ctx: QuoteContext, span: QuotedSpan) -> list[Candidate]:
    """"…, сказав «мы принялись за сохранение этого вида работы»": the quoted words
    are the object of the cue verb right before them (a sentence, not a name)."""
    text = ctx.doc.text
    if not re.search(r"\w\s+$", text[max(0, span.open_at - 3):span.open_at]) \
            or len(re.findall(r"\w+", text[span.start:span.stop])) < STANDALONE_MIN_WORDS:
        return []
    _, last = ctx.doc.token_span(max(0, span.open_at - 100), span.open_at)
    if last == 0:
        return []
    verb = last - 1
    klass = ctx.lex.verb_class(ctx.tokens[verb])
    if not klass or lemma(ctx.tokens[verb]) in NAMING_VERBS \
            or ctx.tokens[verb].feats.get("VerbForm") not in ("Fin", "Conv"):
        return []
    return [verb_candidate(ctx, span.start, span.stop, verb, "colon", klass)]


def _text_object(ctx: QuoteContext, span: QuotedSpan) -> list[Candidate]:
    """"Первая запись гласит «Пришёл домой»": a text's words right after "гласит",
    however short (the verb takes nothing else)."""
    _, last = ctx.doc.token_span(max(0, span.open_at - 100), span.open_at)
    if last == 0 or not re.search(r"\w\s+$", ctx.doc.text[max(0, span.open_at - 3):span.open_at]):
        return []
    verb = last - 1
    if lemma(ctx.tokens[verb]) not in TEXT_VERBS or not ctx.is_cue(verb):
        return []
    return [verb_candidate(ctx, span.start, span.stop, verb, "colon", "write")]


def _continuation(ctx: QuoteContext, span: QuotedSpan, previous: Candidate | None) -> Candidate | None:
    """A whole-sentence quote right after an attributed quote goes on with its speaker."""
    if previous is None:
        return None
    text = ctx.doc.text
    before = text[previous.stop:span.open_at]
    if len(before) > 160 or re.search(r"\w", before.replace("—", "")) and len(before) > 40:
        return None
    if re.search(r"\w", before) and not re.match(r"^[»\"”]*\s*[,.!?…]*\s*[—–]\s*[^.]*[.!?…]?\s*$", before):
        return None
    if not _ends_sentence(text, span, lead_space=True):
        return None
    if re.search(r"\w\s*$", before) and not re.search(r"[.!?…]", before.lstrip("»\"”.!?… ,—–")) \
            and len(re.findall(r"\w+", text[span.start:span.stop])) < STANDALONE_MIN_WORDS:
        return None  # "«…», — приводит его слова «Спорт-Экспресс»": a name inside the frame, no next sentence
    return Candidate(span.start, span.stop, "continuation", previous.cue, previous.cue_token,
                     previous.speaker_head, previous.speaker, previous.impersonal_verb, follows=previous)


def _ends_sentence(text: str, span: QuotedSpan, lead_space: bool) -> bool:
    """Nothing of the sentence follows the closing mark: a stop, a space or the paragraph's end (`lead_space`:
    spaces may come before the stop) — but not a word on the same line, unless the quoted words end with their own
    stop: «Газпром» увеличил поставки is a name opening a sentence, no quote (user review rv19_U M2)."""
    after = text[span.close_at + 1:span.close_at + 4]
    if not re.match(r"^\s*[.!?…]?(\s|$)" if lead_space else r"^[.!?…]?(\s|$)", after):
        return False
    if re.match(r"[ \t\u00a0]+\w", after):
        return text[span.start:span.stop].rstrip()[-1:] in (".", "!", "?", "…")
    return True


def _fragment(ctx: QuoteContext, span: QuotedSpan, previous: Candidate | None) -> Candidate | None:
    """"…, так как «с человеком в заключении может произойти разное»": quoted words inside
    the narration that make a clause of their own (lower-case, a finite verb, five words
    or more - not a name or scare quotes) are someone's statement even with no frame: the
    subject of the verb they hang on, else the speaker of a quote just before, else
    unknown.  Any framed rule covering them wins (lowest priority in `merge`)."""
    text = ctx.doc.text
    words = re.findall(r"\w+", text[span.start:span.stop])
    if len(words) < STANDALONE_MIN_WORDS or not text[span.start:span.start + 1].islower():
        return None
    part = ctx.doc.part_at(span.open_at)
    if part is not None and part.kind == "title":
        return None
    first, last = ctx.doc.token_span(span.start, span.stop)
    if not any(ctx.tokens[k].pos in ("VERB", "AUX") and ctx.tokens[k].feats.get("VerbForm") == "Fin"
               for k in range(first, last)):
        return None
    owner = _fragment_owner(ctx, first, last)
    if owner is not None:
        return Candidate(span.start, span.stop, "continuation", "none", None, owner)
    sentence = ctx.doc.sentence_at(span.open_at)
    near = previous is not None and previous.stop <= span.open_at and sentence is not None and \
        (ctx.doc.sentence_at(previous.start) or 0) >= sentence - STANDALONE_WINDOW
    if near:
        return Candidate(span.start, span.stop, "continuation", previous.cue, previous.cue_token,
                         previous.speaker_head, previous.speaker, previous.impersonal_verb, follows=previous)
    return Candidate(span.start, span.stop, "continuation", "none")


def _fragment_owner(ctx: QuoteContext, first: int, last: int) -> int | None:
    """The agentive subject of the verb outside the quoted tokens [first, last) that they
    hang on ("Тиньков извинился перед всеми, «кого обидел …»"), else None."""
    node, seen = first, 0
    while first <= node < last and seen < last - first + 1:
        node, seen = ctx.tokens[node].head, seen + 1
    while node >= 0 and ctx.tokens[node].pos not in ("VERB", "AUX") and seen < 40:
        node, seen = ctx.tokens[node].head, seen + 1
    if node < 0 or ctx.tokens[node].pos not in ("VERB", "AUX") or lemma(ctx.tokens[node]) in COPULAS:
        return None  # ("Лауреатами стали X и Y «за открытие …»": a citation, not X's words)
    subject = ctx.subject_of(node)
    if subject is None or not ctx.agentive(subject) or first <= subject < last:
        return None
    return subject


def _standalone(ctx: QuoteContext, span: QuotedSpan, previous: Candidate | None) -> Candidate | None:
    """A quoted span that is a whole sentence (or more) with no frame is still
    someone's words: the last speaker within `STANDALONE_WINDOW` sentences, else unknown."""
    text = ctx.doc.text
    first = ctx.doc.sentence_at(span.open_at)
    if first is None or len(re.findall(r"\w+", text[span.start:span.stop])) < STANDALONE_MIN_WORDS:
        return None
    if text[ctx.doc.sentences[first].start:span.open_at].strip(" —–-"):
        return None
    if not _ends_sentence(text, span, lead_space=False):
        return None
    part = ctx.doc.part_at(span.open_at)
    if part is not None and part.kind == "title":
        return None
    near = previous is not None and previous.stop <= span.open_at and \
        (ctx.doc.sentence_at(previous.start) or 0) >= first - STANDALONE_WINDOW
    if near:
        return Candidate(span.start, span.stop, "continuation", previous.cue, previous.cue_token,
                         previous.speaker_head, previous.speaker, previous.impersonal_verb, follows=previous)
    return Candidate(span.start, span.stop, "continuation", "none")
