"""From a chosen candidate to a `Quote`: the speaker (resolved in text order so
pronouns and impersonal reports can see earlier speakers), the source chain
(outlet, relays), the quote kind and the trimmed content span.
"""
from __future__ import annotations

import re
from dataclasses import replace
from types import MappingProxyType
from urllib.parse import urlparse

from khronika.nlp.doc import Mention, Quote, SpeakerRef, Token
from khronika.nlp.ner_rules import NAMED_THING_NOUNS
from khronika.quotes.candidate import QUOTING_VERBS, Candidate
from khronika.quotes.clauses import under_fronted_predicate
from khronika.quotes.context import ASKING_VERBS, CAPTION_VERBS, CAPTIONED_ITEMS, OFFICE_NOUNS, QuoteContext, RELAY_VERBS, \
    agrees
from khronika.quotes.cues import finite_or_imperative, lemma
from khronika.quotes.frames import title_version
from khronika.quotes.marked_terms import headline_title, law_article_title, so_called_term
from khronika.quotes.marks import QUOTE_CHARS, QuotedSpan
from khronika.quotes.ranker import SpeakerCandidate, SpeakerChoice, speaker_candidates
from khronika.quotes.unnamed_sources import is_unnamed_source, unnamed_source
from khronika.quotes.description_speakers import capitalised_opener, introduced_as_commentator
from khronika.quotes.description_types import GENERIC_OFFICE, PERSON_NOUNS, POSTS, post_synonyms
from khronika.quotes.speakers import ANONYMOUS as ANONYMOUS_SOURCES, COUNTRY_NATIONALITY, DOUBLED_APOSTROPHES, \
    ORG_CLASS_NOUNS, ORG_TYPES, PRESS_NOUNS, SOCIAL_NETWORKS, nationality_words, participle_nominative

# the press at large, a group speaker when it is where something is said ("в британской прессе")
PRESS_PLACES = frozenset({"пресса", "сми", "печать"})


# Participles of a document's receipt or reading: the name after them got or read it ("в полученном
# агентством документе", "в документе, изученном журналистами РБК"), unlike a sender ("в сообщении,
# разосланном пресс-службой").
RECEIVED_VERBS = frozenset({"получить", "поступить", "поступать", "прийти", "приходить", "попасть",
                            "изучить", "изучать", "прочитать", "прочесть", "читать", "просмотреть", "увидеть",
                            "проанализировать", "анализировать", "рассмотреть", "рассматривать", "обнаружить",
                            "найти", "перехватить"})
# An institution's press office, a speaker phrase with no actor that later documents belong to.
PRESS_OFFICES = frozenset({"пресс-служба", "пресс-центр", "пресс-бюро", "канцелярия", "секретариат"})
# Occasions of a statement: "объявлено на саммите «X»" names where it was said, and the
# occasion's own name ("«X»") is no speaker; an owner in the genitive still is
# ("на заседании правительства").
EVENT_NOUNS = frozenset({"саммит", "форум", "конференция", "пресс-конференция", "съезд", "конгресс", "выставка",
                         "фестиваль", "чемпионат", "турнир", "олимпиада", "матч", "встреча", "заседание",
                         "совещание", "переговоры", "церемония", "брифинг", "семинар", "симпозиум", "слет",
                         "митинг", "акция", "концерт", "конкурс", "марафон", "саммит-встреча"})
# An organisation in the content may have issued it when it is in the subject that opens
# the content, within this many tokens.
CONTENT_SUBJECT_REACH = 3
# Carriers whose owner issued a document they carry ("в сообщении на сайте Кремля").
SITE_NOUNS = frozenset({"сайт", "страница", "канал", "аккаунт", "блог", "портал", "telegram-канал", "телеграм-канал"})
# Videos speak, with an impersonal verb, for whoever the sentence before shows publishing
# them ("опубликовал видео … «…», – говорится в видео"); they are no documents elsewhere.
VIDEO_NOUNS = frozenset({"видео", "видеоролик", "ролик", "видеообращение", "видеозапись"})
# Posts in a network and their captions speak for whoever the text shows posting them
# ("опубликовала фото … В посте отмечается", "говорится в подписи к посту").
POST_NOUNS = frozenset({"пост", "публикация", "подпись", "запись", "твит"})
# Interviews speak, with an impersonal verb, for the one interviewed: the person quoted last
# ("«…», – отметил он. … «…», – говорится в интервью").
INTERVIEW_NOUNS = frozenset({"интервью"})
# Captions and posts that may be the subject of a cue ("надпись под фото гласит").
CAPTION_NOUNS = POST_NOUNS | {"надпись"}
# Verbs of putting something online, whose subject authors the post (not "написать",
# which frames quotes of commenters as well).
POSTING_VERBS = frozenset({"опубликовать", "публиковать", "выложить", "выкладывать", "разместить", "размещать",
                           "поделиться", "делиться", "запостить"})
# How many sentences back a post looks for the one who posted it.
POST_WINDOW = 3
# How many sentences back an unowned document ("говорится в письме") looks for the one who issued it.
DOCUMENT_WINDOW = 3
# Document nouns that may take up any document the text introduced ("В документе указано").
GENERIC_DOCUMENT_NOUNS = frozenset({"документ", "текст"})
# Pages a publishing participle may name as the document's place ("опубликованном в группе «X»").
PAGE_NOUNS = SITE_NOUNS | {"группа", "паблик", "сообщество"}
# (dvV) The channel of any named network is a site noun too: "на YouTube-канале Минобороны", "на VK-канале".
NETWORK_CHANNEL_SUFFIX = "-канал"
# (dvV) Descriptions speak for whoever carries or published the item they describe ("в описании к видео").
DESCRIPTION_NOUNS = frozenset({"описание"})
DESCRIBED_ITEM_NOUNS = VIDEO_NOUNS | POST_NOUNS | frozenset({"фото", "фотография", "снимок"})
# A title quote is repeated by a body quote sharing at least this share of its words.
TITLE_REPEAT_SHARE = 0.6
# Title nouns for whoever comments the story ("Эксперт: …"), whatever the body calls them.
COMMENTATOR_NOUNS = frozenset({"эксперт", "аналитик", "специалист"})
# (dv39a) And the professions of those who comment a story, which a title uses the same way ("… - политолог" over a
# body that quotes a "политический обозреватель").
TITLE_COMMENTATOR_NOUNS = COMMENTATOR_NOUNS | frozenset({"политолог", "политтехнолог", "экономист", "социолог"})
# (dvK) Of several quoted people, the title's commentator is one quoted at least this often.
MAIN_VOICE_MIN = 3
# Nouns a reporter uses again for the person just quoted ("говорит эксперт"), and how many
# sentences back that person's quote may be.
EXPERT_NOUNS = frozenset({"эксперт", "специалист", "аналитик", "ученый", "собеседник", "спикер", "чиновник",
                          "политик"})
INTERVIEWEE_WINDOW = 3
# (dvK) Feminine forms of those nouns, read as the noun itself ("пояснила собеседница").
FEMININE_EXPERT_NOUNS = MappingProxyType({"собеседница": "собеседник"})
# (mG33) How many sentences after an outlet's report an impersonal "Отмечается, что …" goes on with it.
OUTLET_REPORT_REACH = 2
# Adverbs that date an impersonal report before the statement just quoted.
EARLIER_REPORT = frozenset({"ранее", "накануне", "прежде", "раньше", "вчера", "позавчера"})
# An unframed quote continues the latest quoted person this many sentences back.
CONTINUE_WINDOW = 2


def resolve(ctx: QuoteContext, cand: Candidate) -> Quote | None:
    """The Quote of a chosen candidate, or None when it has no content or a frame lost its speaker.
    Call in text order: it updates the latest quote and source that later candidates read."""
    doc = ctx.doc
    speaker = cand.speaker
    found = "headline" if cand.rule == "headline" else "given" if speaker is not None else ""
    if cand.follows is not None and cand.follows.quote is not None:
        speaker, found = cand.follows.quote.speaker, "carried"
        # (only right after the quote it continues: another quote between has its own source)
        carried = _carried_relays(cand.follows.quote) if cand.follows.quote is ctx.last_quote else []
        cand.sources = carried + [name for name in cand.sources if name not in carried]
    if speaker is None and cand.rule == "continuation" and ctx.last_quote is not None \
            and ctx.last_quote.speaker is not None and ctx.last_quote.stop <= cand.start \
            and _person_speaker(ctx, ctx.last_quote.speaker) \
            and ctx.last_quote.sentence >= (doc.sentence_at(cand.start) or 0) - CONTINUE_WINDOW:
        # An unframed quote goes on with the latest speaker (whose frame may have
        # been merged into a clause quote, or whose quoted words were a fragment).
        speaker, found = ctx.last_quote.speaker, "carried"
    if speaker is None and cand.same_report:
        speaker, found = _same_report_speaker(ctx, cand), "carried"
    ctx.res.excluded = (_clause_start(ctx, cand), cand.stop)
    ctx.res.addressed = _phrase_chars(ctx, cand.addressee_head)
    if speaker is None and cand.speaker_head is not None:
        speaker, found = _captioned_by(ctx, cand.speaker_head), "caption"
    if speaker is None and cand.cue_token is not None:
        speaker, found = _passive_caption_writer(ctx, cand), "caption"
    if speaker is None and cand.speaker_head is not None and not _medium_place(ctx, cand.speaker_head):
        speaker = ctx.res.from_head(cand.speaker_head,
                                    common=cand.rule == "frame" or cand.referred or _collective_subject(ctx, cand)) \
            or _press_group(ctx, cand.speaker_head)
        found = "owner" if cand.rule == "frame" or cand.referred else "subject"
    # (mV35) "цитирует газета документ": a quoting verb's document speaks for its author
    if speaker is None and cand.speaker_head is not None and cand.cue in QUOTING_VERBS:
        speaker, found = _cited_document_author(ctx, cand), "owner"
    if speaker is None:
        speaker, found = _first_person_continues(ctx, cand), "carried"
    if speaker is None and cand.impersonal_verb is not None:
        # "Также заявлял, что …": a past-tense verb's gender marks a dropped subject
        # that refers back like "он"/"она" (a plural one is indefinite: "сообщили").
        speaker, found = ctx.res.zero_subject(cand.impersonal_verb), "zero_subject"
    if speaker is None and cand.impersonal_verb is not None:
        speaker, found = _converb_zero_subject(ctx, cand.impersonal_verb), "zero_subject"
    if speaker is None and cand.impersonal_verb is not None:
        speaker, source = _impersonal(ctx, cand.impersonal_verb)
        speaker = None if _medium_speaker(ctx, speaker) else speaker
        found = "impersonal"
        if source:
            cand.sources.append(source)
        if speaker is None and source is None:
            speaker, found = _impersonal_continues(ctx, cand) or _there_continues(ctx, cand), "carried"
    if speaker is None and cand.rule in ("frame",) and cand.speaker_head is None and not cand.unnamed:
        return None
    if speaker is None:
        cand.sources = _unnamed_relays(ctx, cand) + cand.sources
    interviewee = _interviewee(ctx, cand, speaker) or _expert_just_named(ctx, cand, speaker)
    if interviewee is not None:
        speaker, found = interviewee, "interviewee"
    if speaker is None:
        speaker, found = unnamed_source(ctx, cand), "none"  # (mC32) "По словам одного из источников": named unknown
    candidates = _speaker_candidates(ctx, cand, speaker)
    if ctx.ranker is not None and ctx.ranker.enabled and len(candidates) > 1:
        speaker, found = ctx.ranker.choose(candidates).ref, "ranker"
    addressee = _addressee(ctx, cand, speaker)
    if addressee and speaker and addressee.actor_id and addressee.actor_id == speaker.actor_id:
        addressee = None
    start, stop = cand.start, cand.stop
    if cand.rule in ("clause", "frame", "trailing", "about", "headline", "topic"):
        stripped = _strip_outer(doc.text, start, stop)
        start, stop = stripped
    while start < stop and doc.text[start] in ")]},;:—–- " and cand.rule not in ("dash", "split", "colon", "block"):
        start += 1
    start, stop = _inside_wiki_italics(doc.text, start, stop)
    start, stop = _whole_words(doc.text, start, stop)
    content = doc.text[start:stop]
    if not re.search(r"\w", content):
        return None
    kind = _kind(ctx, cand)
    sentence = doc.sentence_at(start)
    relay = _relay(ctx, cand, speaker)
    if relay and relay not in cand.sources:
        cand.sources.insert(0, relay)
    for place in _statement_places(ctx, cand, speaker, addressee):
        # (not again: a source that names it already - "telegram-канал уполномоченного" - or the speaker)
        if not any(place.lower() in named.lower() for named in cand.sources + ([speaker.name] if speaker else [])):
            cand.sources.append(place)
    chain = [_outlet(ctx)] + _relays_besides(cand.sources, speaker) + ([speaker.name] if speaker else [])
    cue = cand.cue
    quote = Quote(
        text=content, kind=kind, start=start, stop=stop, sentence=sentence if sentence is not None else -1,
        cue=cue, speaker=speaker, addressee=addressee, source_chain=chain,
        negated=cand.negated, hedged=cand.hedged,
    )
    cand.quote = quote
    # how the speaker was found (read by `quotes.confidence`; "none" when nobody was)
    cand.found = (found or "none") if speaker is not None else "none"
    cand.resolved = speaker
    if ctx.choices is not None:
        ctx.choices.append(SpeakerChoice(start, stop, candidates, speaker))
    ctx.last_quote = quote
    # (mC32: an unnamed source is no one a later anaphor takes up by name; "Газета" after "источники газеты")
    ctx.res.remember(start, None if is_unnamed_source(speaker) else speaker, stop)
    if speaker and speaker.actor_id and any(m.actor_id == speaker.actor_id and m.type in ORG_TYPES for m in doc.mentions):
        ctx.last_source = speaker
    elif speaker and not speaker.actor_id and (_head_word(speaker.name) in ORG_CLASS_NOUNS | PRESS_OFFICES
                                               or any(speaker.text.lower().startswith(office[:-1]) for office in PRESS_OFFICES)):
        # ("сообщает пресс-служба аэропорта … говорится в сообщении": an unnamed institution;
        # "сообщила канцелярия премьер-министра …" speaks for the premier, and is the source)
        ctx.last_source = speaker
    return quote


# Verbs whose object is the one spoken to ("предупредил оппозицию, что …").
HEARER_OBJECT_VERBS = frozenset({"предупредить", "предупреждать", "заверить", "заверять", "уверить", "уверять",
                                 "убедить", "убеждать", "уведомить", "уведомлять", "проинформировать",
                                 "информировать", "известить", "извещать", "попросить", "просить",
                                 # (mC40, rv40_Q C6) "призвал заключенного «приходить в себя»": the one urged
                                 "призвать", "призывать"})
# Conversations whose other side was spoken to: "в интервью X" (dative), "в беседе с X".
INTERVIEW_NOUNS_TO = frozenset({"интервью"})
CONVERSATION_NOUNS_WITH = frozenset({"беседа", "разговор", "интервью"})
# Statements made to someone, named in the dative ("в письме премьер-министру", "в комментарии DW")
# or after "к" ("в обращении к стране"); an interview or a comment also "для X".
ADDRESSED_NOUNS = frozenset({"письмо", "послание", "обращение", "телеобращение", "видеообращение",
                             "комментарий", "телеграмма",
                             "прошение", "петиция"})  # (mW35, rv35_Q C5: "в прошении об отставке, поданном Т.Мэй")
ADDRESSED_FOR = frozenset({"интервью", "комментарий"})
# (a comment "к X" is on X, not to X: "в комментариях к посту")
ADDRESSED_TO = ADDRESSED_NOUNS - {"комментарий"}
STATEMENT_NOUNS = INTERVIEW_NOUNS_TO | CONVERSATION_NOUNS_WITH | ADDRESSED_NOUNS
# At most this many words of a quoted name after a class noun ("каналу «Культура памяти»").
NAME_WORDS_QUOTED = 8
# Gerunds of speaking before an audience: "Выступая перед журналистами, он сказал …", "обращаясь к залу".
AUDIENCE_GERUNDS = {"выступать": "перед", "выступить": "перед", "обращаться": "к", "обратиться": "к"}
# How many verbs up a coordinated or gerund cue looks for the statement phrase it shares
# ("В интервью X Абдинур сказал, что …, и добавил, что …").
SHARED_FRAME_STEPS = 2
# Channels of a network that are the place of a statement without naming the network.
NETWORK_CHANNELS = {"телеграм-канал": "Telegram", "telegram-канал": "Telegram", "телеграмм-канал": "Telegram",
                    "ютуб-канал": "YouTube", "youtube-канал": "YouTube"}


def _addressee(ctx: QuoteContext, cand: Candidate, speaker: SpeakerRef | None = None) -> SpeakerRef | None:
    """The one spoken to: the cue's dative ("рассказал журналистам", "заявил агентству Reuters",
    "рассказал присутствующим"), the other side of "в интервью X" / "в беседе с X" / "в письме X"
    / "в обращении к X" / "в комментарии X", the one asked ("поинтересовался у губернатора") or
    warned ("предупредил оппозицию"), the audience of "выступая перед X", else the person the
    quoted words call by name ("«Владимир Владимирович, благодарю вас …»").  A plain noun counts
    ("журналисты", "подписчики")."""
    head = cand.addressee_head
    if head is None and cand.cue_token is not None and 0 <= cand.cue_token < len(ctx.tokens) \
            and ctx.tokens[cand.cue_token].pos in ("VERB", "AUX"):
        head = _hearer(ctx, cand.cue_token, cand)
        if head is not None and cand.start <= ctx.tokens[head].start < cand.stop:
            head = None  # (a dative of the content's own clause)
    if head is None:
        return _vocative(ctx, cand)
    if ctx.tokens[head].pos == "PRON" and lemma(ctx.tokens[head]) in THIRD_PERSON:
        # ("Путин сказал ему": the pronoun stands for someone other than the speaker)
        return ctx.res.hearer_pronoun(head, speaker.actor_id if speaker else None)
    found = _phrase_ref(ctx, head)
    if found is not None and speaker is not None and found.actor_id and found.actor_id == speaker.actor_id:
        return _description_without_speaker(ctx, head, speaker)
    if found is not None and found.actor_id is None:
        return _described_one(ctx, head) or found
    return found


def _described_one(ctx: QuoteContext, head: int) -> SpeakerRef | None:
    """A hearer named by a definite description of one named before, as the resolver reads it:
    a bare outlet noun ("рассказали изданию" -> the outlet) or a post ("поинтересовался у
    губернатора" -> the governor); None when it finds no named actor."""
    token = ctx.tokens[head]
    first, last = ctx.res.subtree(head, no_pp=True)
    outlet = lemma(token) in OUTLET_ANAPHORS and last - first == 1
    post = token.pos == "NOUN" and token.feats.get("Number") == "Sing" and lemma(token) in POSTS
    if not (outlet or post):
        return None
    described = ctx.res.from_head(head)
    return described if described is not None and described.actor_id else None


def _description_without_speaker(ctx: QuoteContext, head: int, speaker: SpeakerRef) -> SpeakerRef | None:
    """(the parse hung the postposed speaker on the hearer as a nominative apposition: "–
    поинтересовался у губернатора Путин") the hearer's post noun alone, as the resolver reads it.
    (A hearer in its own case - "в обращении к вице-премьеру Виталию Мутко" - is the hearer, and
    the speaker the one wrong.)"""
    token = ctx.tokens[head]
    if token.pos != "NOUN" or lemma(token) not in POSTS or token.feats.get("Number") != "Sing":
        return None
    if speaker.start is None or not any(
            ctx.tokens[k].feats.get("Case") == "Nom" and ctx.tokens[k].start <= speaker.start < ctx.tokens[k].stop
            for k in ctx.kids(head, "appos", "nmod", "flat", "flat:name")):
        return None
    described = ctx.res.from_phrase(head, head + 1, head)
    return described if described is not None and described.actor_id else None


# Pronouns of the one spoken to.
SECOND_PERSON = frozenset({"ты", "вы", "твой", "ваш"})
# What may stand right before a vocative: the quotation's start, a sentence end, a comma.
VOCATIVE_BEFORE = frozenset({".", "!", "?", "…", ",", "«", "\"", "“", "„", "-", "–", "—"})


def _name_like(ctx: QuoteContext, k: int) -> bool:
    """Token `k` is a name: a proper noun or a word of a person's mention."""
    token = ctx.tokens[k]
    return token.pos == "PROPN" or any(m.type == "PER" for m in ctx.res.mentions_in(token.start, token.stop))


# Collective hearers that are not animate nouns: "обращаясь к народу/стране/парламенту".
AUDIENCE_NOUNS = frozenset({"народ", "нация", "страна", "аудитория", "публика", "общественность", "парламент",
                            "сенат", "конгресс", "съезд", "собрание", "ассамблея", "зал",
                            # institutions addressed (rev18_E 7): "обращаясь к правительству / к руководству компании"
                            "правительство", "руководство", "власть", "администрация", "министерство", "ведомство",
                            "запад", "сообщество", "совет", "комиссия", "комитет", "мир"})


def _audience_like(ctx: QuoteContext, k: int) -> bool:
    """(rev18_C 8) Someone a speech is made to: an animate noun, a person, organisation, outlet or
    state, or a collective hearer (`AUDIENCE_NOUNS`); not a topic or a time ("Обращаясь к теме
    санкций", "Выступая перед началом заседания")."""
    token = ctx.tokens[k]
    return token.feats.get("Animacy") == "Anim" or lemma(token) in AUDIENCE_NOUNS \
        or _in_mention(ctx, k, ("PER", "ORG", "MEDIA", "GPE"))


def _in_mention(ctx: QuoteContext, k: int, types: tuple[str, ...]) -> bool:
    """Token k lies inside a mention of one of `types`."""
    token = ctx.tokens[k]
    return any(m.type in types and m.start <= token.start and token.stop <= m.stop for m in ctx.doc.mentions)


def _vocative(ctx: QuoteContext, cand: Candidate) -> SpeakerRef | None:
    """The person the quoted words call by name ("«Владимир Владимирович, благодарю вас …»",
    "«… говорю, Гордон, читай по губам»"): a person's name in the nominative inside the
    quotation marks, set off by a comma or "!", in words that speak to someone (a second-person
    pronoun or verb, an imperative), and not the subject of its verb ("«Путин, как вы знаете,
    говорил …»" names a third)."""
    tokens = ctx.tokens
    people = [m for m in ctx.res.mentions_in(cand.start, cand.stop) if m.type == "PER"]
    if not people or not any(span.start <= cand.start and cand.stop <= span.stop + 1 for span in ctx.spans):
        return None
    first, last = ctx.doc.token_span(cand.start, cand.stop)
    if not any(lemma(tokens[k]) in SECOND_PERSON or tokens[k].feats.get("Person") == "2"
               or tokens[k].feats.get("Mood") == "Imp" for k in range(first, last)):
        return None
    for mention in people:
        m_first, m_last = ctx.doc.token_span(mention.start, mention.stop)
        if m_first > 0 and tokens[m_first - 1].text == "?" and m_last < len(tokens) and tokens[m_last].text in ("!", "."):
            continue  # (rev18_C 8) the answer to a question: "кто бы Вы думали? Иван Охлобыстин!" (not "…? Гордон, …")
        if m_first <= 0 or m_last >= len(tokens) or tokens[m_last].text not in (",", "!") \
                or tokens[m_first - 1].text not in VOCATIVE_BEFORE and tokens[m_first - 1].start >= cand.start:
            continue
        if m_first >= 2 and tokens[m_first - 1].text == "," and _name_like(ctx, m_first - 2) \
                or m_last + 1 < len(tokens) and tokens[m_last].text == "," and _name_like(ctx, m_last + 1):
            continue  # (a list of names calls several: "Никитушка, Анютка, я вас люблю")
        heads = [k for k in range(m_first, m_last) if not m_first <= tokens[k].head < m_last]
        if len(heads) != 1 or tokens[heads[0]].feats.get("Case") not in ("Nom", None):
            continue
        name = tokens[heads[0]]
        verb = name.head
        if name.rel == "nsubj" and 0 <= verb < len(tokens) and ctx.kids(verb, "nsubj") == [heads[0]] \
                and tokens[verb].feats.get("Person") not in ("1", "2") and tokens[verb].feats.get("Mood") != "Imp":
            continue  # (the subject of a third-person verb: spoken of, not to)
        ref = ctx.res.ref(mention)
        if ref.actor_id and any(m.actor_id == ref.actor_id and not cand.start <= m.start < cand.stop
                                for m in ctx.doc.mentions):
            return ref  # (a person the text names outside the quote too: not a bare "Серега", "Коля")
    return None


# Marks that close a name in quotation marks.
NAME_CLOSING_MARKS = frozenset({"»", "“", "”", '"'})


def _past_closing_marks(ctx: QuoteContext, last: int) -> int:
    """(mC40, rv40_Q C6) The end of a phrase ending at token `last` (exclusive) with the closing marks right after it,
    which belong to a name in it ("Агентству городских новостей «Москва»": the parse leaves the mark outside)."""
    stop, k = ctx.tokens[last - 1].stop, last
    while k < len(ctx.tokens) and ctx.tokens[k].text in NAME_CLOSING_MARKS and ctx.tokens[k].start == stop:
        stop, k = ctx.tokens[k].stop, k + 1
    return stop


def _phrase_ref(ctx: QuoteContext, head: int) -> SpeakerRef | None:
    """Who the phrase headed by `head` names, whatever its case: a name in it, what a pronoun
    refers to, else the phrase itself in the nominative."""
    token = ctx.tokens[head]
    first, last = ctx.res.subtree(head, no_pp=True)
    phrase_start, phrase_stop = ctx.tokens[first].start, ctx.tokens[last - 1].stop
    named = [m for m in ctx.res.mentions_in(phrase_start, phrase_stop) if m.type in ("PER", "ORG", "MEDIA", "ROLE")]
    close = _quoted_name_after(ctx, head, last)
    if close is not None and token.pos in ("NOUN", "PROPN", "X"):
        # a class noun and the quoted name of the one meant ("YouTube-каналу «Культура памяти»",
        # "Сомалийской службе «Голоса Америки»"): the name's mention, else the two as written
        inner = [m for m in named if ctx.tokens[head + 1].stop <= m.start and m.stop <= ctx.tokens[close].start]
        if inner:
            return ctx.res.ref(inner[-1])
        return SpeakerRef(None, _phrase_nominative(ctx, first, close + 1, head),
                          ctx.doc.text[phrase_start:ctx.tokens[close].stop], phrase_start, ctx.tokens[close].stop)
    if named:
        # (the resolver's name of the phrase - "активисты Гринпис" - else the name in it:
        # "агентству Reuters" -> Reuters)
        found = ctx.res.from_head(head)
        if found is None or found.start is None or not phrase_start <= found.start < phrase_stop:
            found = ctx.res.ref(named[-1])
        described = found.actor_id is None and all(m.type == "ROLE" for m in named)
        if not described or token.feats.get("Case") in (None, "Nom") \
                or token.pos not in ("NOUN", "ADJ") and token.feats.get("VerbForm") != "Part":
            return found
        # (a description no actor stands for is named as written, in the nominative: "обвинительницы")
    elif token.pos in ("PRON", "PROPN", "DET"):
        return ctx.res.from_head(head)  # ("сказал ему", "по его словам": the one the pronoun refers to)
    if token.pos in ("NOUN", "ADJ") or token.feats.get("VerbForm") == "Part":
        # a plain phrase, in the nominative: "журналистам" -> "журналисты", "присутствующим" ->
        # "присутствующие", "главврачам больниц области" -> "главврачи больниц области"
        return SpeakerRef(None, _phrase_nominative(ctx, first, last, head), ctx.doc.text[phrase_start:phrase_stop],
                          phrase_start, phrase_stop)
    return None


def _quoted_name_after(ctx: QuoteContext, head: int, last: int) -> int | None:
    """The closing mark of a quoted name right after `head` within the phrase [.., last] (or
    the mark just past it), else None."""
    tokens = ctx.tokens
    if head + 1 >= len(tokens) or tokens[head + 1].text not in ("«", "\"", "“", "„"):
        return None
    closing = {"«": "»", "\"": "\"", "“": "”", "„": "“"}[tokens[head + 1].text]
    for k in range(head + 2, min(last + 1, len(tokens), head + 2 + NAME_WORDS_QUOTED)):
        if tokens[k].text == closing:
            return k
    return None


def _phrase_nominative(ctx: QuoteContext, first: int, last: int, head: int) -> str:
    """The phrase [first, last) with its head and the words before it in the nominative."""
    words = []
    quoted = False
    for k in range(first, last):
        token = ctx.tokens[k]
        text = token.text
        if token.text in QUOTE_CHARS:
            quoted = not quoted  # (a quoted name keeps its form: "YouTube-каналу «А поговорить?»")
        if k == first and lemma(token) == "свой" and k < head:
            first += 1
            continue  # ("своим подписчикам" -> "подписчики": whose they are is the speaker)
        if k == head and token.rel == "iobj" and token.pos in ("NOUN", "ADJ") and token.feats.get("Case") != "Dat" \
                and token.text.lower().endswith(("ам", "ям")):
            # (a plural dative the tagger misread: "главврачам" tagged a genitive adjective)
            text = next((found for gender in ("Masc", "Fem", "Neut") if (found := ctx.res.nominative(replace(
                token, pos="NOUN", feats={"Animacy": "Anim", "Case": "Dat", "Gender": gender, "Number": "Plur"})))),
                token.text)
        elif k <= head and not quoted and token.feats.get("Case") not in (None, "Nom") \
                and not (len(text) > 1 and text.isupper()):  # (mC40: an abbreviation is kept: "РИА «Новости»")
            if token.feats.get("VerbForm") == "Part":
                text = participle_nominative(token.text, token.feats)
            else:
                # (the tagger may get the number wrong: "с эпидемиологами" tagged singular)
                text = ctx.res.nominative(token) or next(
                    (found for number in ("Plur", "Sing") if token.feats.get("Number") != number
                     and (found := ctx.res.nominative(replace(token, feats={**token.feats, "Number": number})))),
                    token.text)
            if not token.text[:1].isupper():
                text = text.lower()
        # (spacing as written: "«Голоса Америки»", "iz.ru")
        words.append((ctx.doc.text[ctx.tokens[k - 1].stop:token.start] if k > first else "") + text)
    phrase = re.sub(r"\s+", " ", "".join(words)).strip()
    if phrase.count("«") > phrase.count("»") and ctx.doc.text[ctx.tokens[last - 1].stop:].startswith("»"):
        phrase += "»"  # (the phrase ends inside a quoted name whose closing mark it left out)
    return phrase


def _relative_statement_shared(ctx: QuoteContext, verb: int) -> int | None:
    """(rv36_Q C8) "записал видеообращение к блогеру X, в котором вызвал его на поединок и пообещал …": the second
    predicate of the "в котором" clause (which the parse may hang on the main verb) has that clause's hearer."""
    token = ctx.tokens[verb]
    if token.rel != "conj" or not 0 <= token.head < verb or ctx.kids(verb, "nsubj"):
        return None
    for k in range(verb - 1, token.head, -1):
        if ctx.tokens[k].rel != "acl:relcl":
            continue
        which = [c for c in ctx.kids(k, "obl") if lemma(ctx.tokens[c]) == "который"
                 and {ctx.tokens[p].text.lower() for p in ctx.kids(c, "case")} & {"в", "во"}]
        return _partner(ctx, which[0]) if which else None
    return None


def _hearer(ctx: QuoteContext, verb: int, cand: Candidate | None = None) -> int | None:
    """The head of the phrase naming whom `verb` addresses (see `_addressee`), else None."""
    tokens = ctx.tokens
    verb_lemma = lemma(tokens[verb])
    for c in ctx.kids(verb, "iobj", "obl"):
        token = tokens[c]
        if ctx.kids(c, "case") or token.feats.get("Case") != "Dat" and not _dative_misread(ctx, verb, c):
            continue
        first, last = ctx.res.subtree(c, no_pp=True)
        named = any(m.type in ("PER", "ORG", "MEDIA") for m in ctx.res.mentions_in(tokens[first].start,
                                                                                   _past_closing_marks(ctx, last)))
        # (a participle or adjective standing for people: "рассказал присутствующим")
        substantive = token.rel == "iobj" and (token.pos == "ADJ" or token.feats.get("VerbForm") == "Part")
        if named or substantive or _dative_hearer(ctx, c):
            return c
    told = _relative_statement_shared(ctx, verb)
    if told is not None:
        return told
    for c in ctx.kids(verb, "obl", "nmod"):
        preps = {tokens[p].text.lower() for p in ctx.kids(c, "case")}
        if verb_lemma in ASKING_VERBS and "у" in preps:  # ("поинтересовался у губернатора")
            return c
        if verb_lemma in ADDRESSING_VERBS and preps == {"к"} and _audience_like(ctx, c):
            return c  # ("«…», – обратился Никитин к Путину"; not "обратился к теме")
        if preps & {"в", "во"}:
            partner = _partner(ctx, c)
            if partner is not None:
                return partner
    if verb_lemma in HEARER_OBJECT_VERBS:
        for c in ctx.kids(verb, "obj"):
            token = tokens[c]
            # (rev18_A 6) an inanimate "object" of a verb with no subject of its own is the speaker the
            # parser misread: "…, проинформировал профсоюз пилотов Cockpit"
            if c > verb and token.pos in ("NOUN", "PROPN") and token.feats.get("Case") == "Acc" \
                    and not ctx.kids(c, "case") \
                    and (ctx.kids(verb, "nsubj") or token.feats.get("Animacy") == "Anim"):
                return c
    for c in ctx.kids(verb, "advcl"):
        # "Выступая перед журналистами, он сказал …": the audience of the gerund of speaking
        prep = AUDIENCE_GERUNDS.get(lemma(tokens[c]))
        if prep and tokens[c].feats.get("VerbForm") == "Conv":
            audience = next((k for k in ctx.kids(c, "obl") if tokens[k].pos in ("NOUN", "PROPN")
                             and {tokens[p].text.lower() for p in ctx.kids(k, "case")} == {prep}
                             and _audience_like(ctx, k)), None)
            if audience is not None:
                return audience
    adjacent = _adjacent_statement(ctx, verb, cand)
    if adjacent is not None:
        return adjacent
    # a cue coordinated with, or a gerund of, another verb shares its statement phrase
    # ("В интервью X он сказал, что …, и добавил, что …"; "настаивает …, утверждая, что …")
    node = verb
    for _ in range(SHARED_FRAME_STEPS):
        token = tokens[node]
        if token.rel not in ("conj", "advcl") or not 0 <= token.head < len(tokens) \
                or tokens[token.head].pos not in ("VERB", "AUX") \
                or token.rel == "advcl" and token.feats.get("VerbForm") != "Conv" \
                or ctx.kids(node, "nsubj") and token.rel == "conj":
            break  # (a conjunct with its own subject is a statement of its own)
        node = token.head
        for c in ctx.kids(node, "obl", "nmod"):
            if {tokens[p].text.lower() for p in ctx.kids(c, "case")} & {"в", "во"}:
                partner = _partner(ctx, c)
                if partner is not None:
                    return partner
        adjacent = _adjacent_statement(ctx, node, cand)
        if adjacent is not None:
            return adjacent
    return None


# A bare outlet noun refers back to an outlet named before ("рассказали изданию").
OUTLET_ANAPHORS = frozenset({"издание", "газета", "агентство", "информагентство", "телеканал", "журнал",
                             "радиостанция", "портал"})
# Verbs of addressing whose hearer follows "к": "«…», – обратился Шнуров к продюсеру".
ADDRESSING_VERBS = frozenset({"обратиться", "обращаться", "воззвать", "взывать"})
# Third-person pronouns, which stand for someone the text named before ("указала ей, что …");
# "мне"/"вам" are the reporter's or the reader's, and "себе" is the speaker.
THIRD_PERSON = frozenset({"он", "она", "оно", "они"})
# Collective hearers in the dative that are no animate noun nor a name: "сообщил прессе",
# "рассказали изданию", "заявил парламенту".
DATIVE_AUDIENCES = AUDIENCE_NOUNS | PRESS_NOUNS | PRESS_PLACES | {"агентство", "информагентство", "телеканал"}


def _dative_hearer(ctx: QuoteContext, c: int) -> bool:
    """A bare dative of the cue that names a hearer though no mention covers it: a third-person
    pronoun ("намекает ему") or a collective audience or outlet noun ("сообщил прессе")."""
    token = ctx.tokens[c]
    if token.feats.get("Case") != "Dat":
        return False
    if token.pos == "PRON":
        return lemma(token) in THIRD_PERSON
    return token.pos == "NOUN" and lemma(token) in DATIVE_AUDIENCES


def _dative_misread(ctx: QuoteContext, verb: int, c: int) -> bool:
    """An indirect object the tagger gave another case: a person's name that does not decline
    ("Симоньян рассказала Собчак об …", the verb's subject elsewhere) or a plural in "-ам/-ям"
    ("напомнил главврачам больниц" tagged genitive)."""
    token = ctx.tokens[c]
    if token.rel != "iobj" or token.pos not in ("NOUN", "PROPN", "ADJ"):
        return False
    if token.pos == "PROPN":
        subjects = ctx.kids(verb, "nsubj")
        return bool(subjects) and c not in subjects \
            and any(m.type == "PER" for m in ctx.res.mentions_in(token.start, token.stop))
    return token.text.lower().endswith(("ам", "ям")) and len(token.text) > 4


def _partner(ctx: QuoteContext, c: int) -> int | None:
    """The other side of the statement noun `c` of "в интервью X", "в беседе (разговоре) с X",
    "в письме X", "в обращении к X", "в комментарии X", "в интервью для X", else None."""
    tokens = ctx.tokens
    if lemma(tokens[c]) == "который":
        c = _statement_antecedent(ctx, c)  # (mW35) "направил письмо Мэй, в котором сообщил, что …"
        if c is None:
            return None
    noun = lemma(tokens[c])
    if noun not in STATEMENT_NOUNS:
        return None
    for k in ctx.kids(c, "nmod", "iobj", "obl", "appos"):
        if k < c or tokens[k].pos not in ("NOUN", "PROPN", "X"):
            continue
        inner = {tokens[p].text.lower() for p in ctx.kids(k, "case")}
        if not inner and (noun in INTERVIEW_NOUNS_TO or noun in ADDRESSED_NOUNS and _in_case(tokens[k], "Dat")):
            return k
        if inner & {"с", "со"} and noun in CONVERSATION_NOUNS_WITH and (_in_case(tokens[k], "Ins")
                                                                      or _undeclined_name(ctx, k)):
            return k  # (not a nominative the text ran on with: "в беседе с Председатель комитета …")
        if inner == {"к"} and noun in ADDRESSED_TO or inner == {"для"} and noun in ADDRESSED_FOR:
            return k
    return _sent_to(ctx, c) if noun in ADDRESSED_TO else None


# (mW35, rv35_Q C5) Verbs of sending a letter or a petition to someone in the dative.
SENDING_VERBS = frozenset({"направить", "направлять", "отправить", "отправлять", "подать", "подавать", "адресовать",
                           "передать", "передавать", "вручить", "вручать", "послать", "посылать"})
# How far back from "в котором" the letter's noun may stand ("письмо премьеру Петру Петрову, в котором").
RELATIVE_ANTECEDENT_WORDS = 6


def _statement_antecedent(ctx: QuoteContext, which: int) -> int | None:
    """(mW35, rv35_Q C5) The addressed statement noun a "который" of "…, в котором сообщил" stands for: the nearest
    one before the relative clause's comma, a few words back, in the pronoun's number."""
    comma = which - 1 if ctx.tokens[which - 1].text == "," else which - 2
    if comma < 1 or ctx.tokens[comma].text != ",":
        return None
    for k in range(comma - 1, max(comma - 1 - RELATIVE_ANTECEDENT_WORDS, -1), -1):
        token = ctx.tokens[k]
        if token.pos == "NOUN" and lemma(token) in ADDRESSED_TO \
                and token.feats.get("Number") == ctx.tokens[which].feats.get("Number"):
            return k
        if token.pos in ("PUNCT", "VERB", "AUX"):
            return None
    return None


def _sent_to(ctx: QuoteContext, noun: int) -> int | None:
    """(mW35, rv35_Q C5) The one a letter or a petition was sent to: the dative of a participle of sending on its
    phrase ("в прошении об отставке, поданном Т.Мэй"), or of the sending verb whose object it is ("направил премьеру
    письмо"); an undeclined name right after the sent letter ("направил письмо Мэй")."""
    tokens = ctx.tokens
    senders = [k for k in _descendants(ctx, noun) if k > noun and tokens[k].rel == "acl"
               and tokens[k].feats.get("VerbForm") == "Part" and lemma(tokens[k]) in SENDING_VERBS]
    if tokens[noun].rel == "obj" and 0 <= tokens[noun].head < len(tokens) \
            and lemma(tokens[tokens[noun].head]) in SENDING_VERBS:
        senders.append(tokens[noun].head)
    for verb in senders:
        for k in ctx.kids(verb, "iobj", "obl", "obl:agent"):
            if ctx.kids(k, "case"):
                continue
            if tokens[k].feats.get("Case") == "Dat" and _audience_like(ctx, k) or _undeclined_person(ctx, k):
                return k  # (an undeclined name may be tagged in any case: "поданном Т.Мэй")
    after = noun + 1
    if senders and after < len(tokens) and not ctx.kids(after, "case") and _undeclined_person(ctx, after):
        return after
    return None


def _undeclined_person(ctx: QuoteContext, k: int) -> bool:
    """A person's name whose last word does not decline ("Мэй", "Т.Мэй"), so its case tag is a guess."""
    if ctx.tokens[k].pos != "PROPN" or not _in_mention(ctx, k, ("PER",)):
        return False
    last = max([k] + ctx.kids(k, "flat:name", "flat"))
    return ctx.tokens[last].text.lower() == lemma(ctx.tokens[last])


# Endings of the instrumental ("корреспондентом", "газетой", "эпидемиологами", "Собчак" aside).
INSTRUMENTAL_ENDINGS = ("ом", "ем", "ём", "ой", "ей", "ою", "ею", "ью", "ми", "им", "ым")


def _undeclined_name(ctx: QuoteContext, k: int) -> bool:
    """(rev18_C 5) A name that does not decline, tagged instrumental: "с Меркель", "с Мэй", "с
    Би-би-си" (a person, organisation or outlet mention; not a capitalised "Председатель")."""
    return ctx.tokens[k].feats.get("Case") == "Ins" and _in_mention(ctx, k, ("PER", "ORG", "MEDIA"))


def _in_case(token, case: str) -> bool:
    """The token is in `case` (an instrumental with its ending: not the "Председатель" of a
    sentence the text ran on with), or is a word that shows no case (Latin, an acronym: "DW", "РБК")."""
    if not re.search(r"[а-яё]", token.text):
        return True
    if case == "Ins":  # (an untagged "Telegram-каналом" shows it by its ending)
        return token.feats.get("Case") in ("Ins", None) and token.text.lower().endswith(INSTRUMENTAL_ENDINGS)
    return token.feats.get("Case") == case


def _adjacent_statement(ctx: QuoteContext, verb: int, cand: Candidate | None) -> int | None:
    """The other side of a statement phrase the parse hung elsewhere although it stands right
    before or after the cue, with at most the cue's subject between ("где в беседе с
    корреспондентами в афганской столице отметил, что …")."""
    tokens = ctx.tokens
    s_first, s_stop = ctx.sentence_range(ctx.sent_of_token(verb))
    subject: set[int] | None = None
    for c in range(s_first, s_stop):
        if tokens[c].pos != "NOUN" or tokens[c].head == verb or lemma(tokens[c]) not in STATEMENT_NOUNS \
                or not {tokens[p].text.lower() for p in ctx.kids(c, "case")} & {"в", "во"} \
                or cand is not None and cand.start <= tokens[c].start < cand.stop:
            continue
        if subject is None:
            subject = set().union(*(_descendants(ctx, k) for k in ctx.kids(verb, "nsubj")))
        phrase = _descendants(ctx, c)
        if verb in phrase:
            continue
        between = range(c + 1, verb) if c < verb else range(verb + 1, min(phrase))
        if all(k in subject or c < verb and k in phrase for k in between):
            partner = _partner(ctx, c)
            if partner is not None:
                return partner
    return None


def _descendants(ctx: QuoteContext, head: int) -> set[int]:
    """`head` and every token under it."""
    found, todo = {head}, [head]
    while todo:
        for k in ctx.kids(todo.pop()):
            if k not in found:
                found.add(k)
                todo.append(k)
    return found


def _statement_places(ctx: QuoteContext, cand: Candidate, speaker: SpeakerRef | None,
                      addressee: SpeakerRef | None) -> list[str]:
    """Reporting sources the frame names besides relays: the network a statement was made in
    ("написал в Instagram", "в своем аккаунте в сети Instagram", "в телеграм-канале"), the
    outlet an interview was given to ("в интервью New York Times"), and the outlet whose
    unnamed sources speak ("собеседники РБК", "один из источников «Ведомостей»")."""
    places: list[str] = []
    tokens = ctx.tokens
    verb = cand.cue_token
    if verb is not None and 0 <= verb < len(tokens) and tokens[verb].pos in ("VERB", "AUX"):
        # (the place may hang on the speaker: "сообщает пресс-служба судов в Telegram-канале")
        for c in _frame_places(ctx, cand, verb) + _post_places(ctx, cand, verb):
            if not {tokens[p].text.lower() for p in ctx.kids(c, "case")} & {"в", "во", "на"} \
                    or cand.start <= tokens[c].start < cand.stop:
                continue
            first, last = ctx.res.subtree(c)
            network = next((tokens[k] for k in range(first, last)
                            if tokens[k].text.lower().strip("«»\"") in SOCIAL_NETWORKS
                            or lemma(tokens[k]) in SOCIAL_NETWORKS), None)
            if network is not None:
                # (as written when it does not decline - "ВКонтакте", "Instagram" - else its lemma: "Фейсбук")
                name = network.text.strip("«»\"")
                places.append(name if name.lower() == lemma(network).lower() or re.match(r"[A-Za-z]", name)
                              else lemma(network).capitalize())
            elif lemma(tokens[c]) in NETWORK_CHANNELS:
                relayed = lemma(tokens[verb]) in CHANNEL_RELAY_CUES and not _own_place(ctx, c)
                places.append((_channel_name(ctx, c) if relayed else None) or NETWORK_CHANNELS[lemma(tokens[c])])
    if addressee is not None and addressee.actor_id and verb is not None \
            and any(m.actor_id == addressee.actor_id and m.type in ("MEDIA", "ORG") for m in ctx.doc.mentions) \
            and _interviewed_by(ctx, verb, addressee):
        places.append(addressee.name)
    account = _account_before(ctx, cand, verb)
    if account is not None and (speaker is None or account.name != speaker.name):
        places.append(account.name)
    outlet = _anonymous_sources_outlet(ctx, cand.speaker_head)
    if outlet is not None and (speaker is None or outlet.name != speaker.name):
        places.append(outlet.name)
    return places


def _post_places(ctx: QuoteContext, cand: Candidate, verb: int) -> list[int]:
    """(dvW) "Маск сообщил об этом в Twitter, …, отметив лишь, что …", "– написала Бузова в Instagram, предположив,
    что …": a speech gerund adds to the statement of the speech verb it goes with, so the network that verb names
    is the gerund's place too.  That verb is the gerund's head, or (the parse may hang the gerund on a word of the
    quoted words before) the nearest finite speech verb before it in the sentence, outside quoted words; only its
    network phrases count (a time or an audience of that verb says nothing of the gerund's words)."""
    tokens = ctx.tokens
    if tokens[verb].feats.get("VerbForm") != "Conv":
        return []
    s_first = ctx.sentence_range(ctx.sent_of_token(verb))[0]
    head = tokens[verb].head
    if not (s_first <= head < verb and finite_or_imperative(tokens[head]) and ctx.is_cue(head)
            and ctx.in_span(tokens[head].start) is None) or _other_speakers_verb_between(ctx, head, verb):
        head = next((k for k in range(verb - 1, s_first - 1, -1) if finite_or_imperative(tokens[k])
                     and ctx.is_cue(k) and ctx.in_span(tokens[k].start) is None), None)
    if head is None:
        return []
    return [c for c in ctx.kids(head, "obl", "nmod") if _names_network(ctx, c)]


def _other_speakers_verb_between(ctx: QuoteContext, head: int, verb: int) -> bool:
    """(mC35, cr35 F9) "Маск написал в Twitter, что …, а Безос ответил журналистам, отметив, что …": a finite verb
    with a subject of its own between the parse head and the gerund is the gerund's nearer predicate."""
    return any(finite_or_imperative(ctx.tokens[k]) and ctx.kids(k, "nsubj") and ctx.in_span(ctx.tokens[k].start) is None
               for k in range(max(head, 0) + 1, verb))


def _names_network(ctx: QuoteContext, head: int) -> bool:
    """The phrase headed by `head` names a social network or a network's channel ("в Twitter", "в Telegram-канале")."""
    first, last = ctx.res.subtree(head)
    return lemma(ctx.tokens[head]) in NETWORK_CHANNELS or any(
        ctx.tokens[k].text.lower().strip("«»\"") in SOCIAL_NETWORKS or lemma(ctx.tokens[k]) in SOCIAL_NETWORKS
        for k in range(first, last))


# (mA27) Cues of words said to or quoted by a channel ("сказала в Telegram-канале «X»", "приводятся слова в
# канале X"): the named channel relays them.  One's writing in a channel ("написала в Telegram-канале «X»") is
# a post of one's own channel, whose place is the network.
CHANNEL_RELAY_CUES = frozenset({"сказать", "говорить", "рассказать", "рассказывать", "приводиться", "цитироваться",
                                "передаваться", "приводить", "цитировать"})


def _channel_name(ctx: QuoteContext, channel: int) -> str | None:
    """(mA27) "приводятся слова Безсонова в Telegram-канале WarGonzo": a channel with a name of its own
    right after its noun (Latin, or in guillemets) is the source by that name, not only its network."""
    tokens = ctx.tokens
    k = channel + 1
    close = _quoted_name_after(ctx, channel, len(tokens) - 1)
    if close is not None:
        return ctx.doc.text[tokens[k + 1].start:tokens[close - 1].stop] if close > k + 1 else None
    if k < len(tokens) and re.fullmatch(r"[A-Za-z][\w.-]*", tokens[k].text) and tokens[k].start == tokens[channel].stop + 1:
        stop = k
        while stop + 1 < len(tokens) and re.fullmatch(r"[A-Za-z][\w.-]*", tokens[stop + 1].text):
            stop += 1
        return ctx.doc.text[tokens[k].start:tokens[stop].stop]
    return None


def _frame_places(ctx: QuoteContext, cand: Candidate, verb: int) -> list[int]:
    """Heads of the "в"/"на" phrases of the frame: the cue's own, and after a cue that follows
    its content every one up to the sentence end (the parse may hang "сообщает пресс-служба в
    Telegram-канале" on a word of the content)."""
    heads = ctx.kids(verb, "obl", "nmod")
    if ctx.tokens[verb].start >= cand.stop:
        heads += [k for k in range(verb + 1, ctx.sentence_stop(verb)) if k not in heads
                  and ctx.tokens[k].pos in ("NOUN", "PROPN", "X") and ctx.kids(k, "case")]
    return heads


# Nouns of someone's account that frame the report of another's words before the cue:
# "По словам обвинительницы, Биби ответила: «…»" (README: double attribution, `source` = A).
ACCOUNT_NOUNS = frozenset({"слово", "утверждение", "данные", "информация", "сведение", "сведения", "версия",
                           "свидетельство"})
# (mB31, rv31_Q C4) The prepositions of such an account: "Согласно информации, опубликованной в «КП», …".
ACCOUNT_FRAME_PREPOSITIONS = frozenset({"по", "согласно"})


def _account_before(ctx: QuoteContext, cand: Candidate, verb: int | None) -> SpeakerRef | None:
    """Whose account ("по словам X", "по его словам", "по данным X") the sentence gives before
    the cue verb, outside the content: the source of a double attribution."""
    if verb is None or not 0 <= verb < len(ctx.tokens) or ctx.tokens[verb].pos not in ("VERB", "AUX"):
        return None
    s_first, _ = ctx.sentence_range(ctx.sent_of_token(verb))
    for k in range(s_first, verb):
        token = ctx.tokens[k]
        if lemma(token) not in ACCOUNT_NOUNS or cand.start <= token.start < cand.stop \
                or not any(ctx.tokens[p].text.lower() in ACCOUNT_FRAME_PREPOSITIONS for p in ctx.kids(k, "case")):
            continue
        if any(title_version(ctx, p, s_first) for p in ctx.kids(k, "case")):
            continue  # (mC32) "чемпион мира по версиям IBO, WBO и WBA": who awards a title, not an account
        owner = ctx.owner(k)
        owner = owner if owner is not None else ctx.possessor(k)
        owner = owner if owner is not None else ctx.published_in(k)
        if owner is not None and lemma(ctx.tokens[owner]) in ANONYMOUS_SOURCES:
            return _anonymous_sources_outlet(ctx, owner)  # ("по данным источников РБК"; bare "источников": none)
        return _phrase_ref(ctx, owner) if owner is not None else None
    return None


def _interviewed_by(ctx: QuoteContext, verb: int, addressee: SpeakerRef) -> bool:
    """The addressee is the other side of "в интервью X" of `verb` (an outlet that published it)."""
    if addressee.start is None or not 0 <= verb < len(ctx.tokens):
        return False
    for c in ctx.kids(verb, "obl", "nmod"):
        if lemma(ctx.tokens[c]) in INTERVIEW_NOUNS_TO:
            first, last = ctx.res.subtree(c)
            if ctx.tokens[first].start <= addressee.start < ctx.tokens[last - 1].stop:
                return True
    return False


def _anonymous_sources_outlet(ctx: QuoteContext, head: int | None) -> SpeakerRef | None:
    """"Собеседники РБК", "один из источников «Ведомостей»": the named outlet or
    organisation whose unnamed sources speak."""
    if head is None or not 0 <= head < len(ctx.tokens):
        return None
    if lemma(ctx.tokens[head]) == "один":
        head = next((k for k in ctx.kids(head, "nmod", "obl") if lemma(ctx.tokens[k]) in ANONYMOUS_SOURCES), None)
        if head is None:
            return None
    if lemma(ctx.tokens[head]) not in ANONYMOUS_SOURCES:
        return None
    owner = ctx.owner(head)
    if owner is None:
        return None
    return _organisation_in_phrase(ctx, owner) or _outlet_referred_back(ctx, owner)


def _organisation_in_phrase(ctx: QuoteContext, head: int) -> SpeakerRef | None:
    """The first outlet or organisation mention in the phrase of `head` ("собеседники РБК")."""
    first, last = ctx.res.subtree(head)
    found = [m for m in ctx.res.mentions_in(ctx.tokens[first].start, ctx.tokens[last - 1].stop)
             if m.type in ("MEDIA", "ORG")]
    return ctx.res.ref(found[0]) if found else None


# (mq26) Nouns for the outlet whose unnamed source speaks ("собеседник издания/агентства").
SOURCE_OUTLET_NOUNS = PRESS_NOUNS | {"агентство"}


def _outlet_referred_back(ctx: QuoteContext, owner: int) -> SpeakerRef | None:
    """(mq26) "…, информирует газета X. «…», — разъяснил собеседник издания": a bare press noun
    ("издания", "агентства") as the owner of an unnamed source refers back to the outlet named
    before; that outlet relays the source's words."""
    if lemma(ctx.tokens[owner]) not in SOURCE_OUTLET_NOUNS or ctx.kids(owner, "nmod", "appos", "flat", "flat:foreign"):
        return None
    # (an outlet: "источники агентства" after "Вышеградская группа" and "сообщает Reuters" is Reuters')
    return next((ref for ref in (_earlier_sources_outlet(ctx, owner), ctx.res.from_head(owner))
                 if ref is not None and _names_outlet(ctx, ref)), None)


def _names_outlet(ctx: QuoteContext, ref: SpeakerRef) -> bool:
    """The speaker is an outlet: a MEDIA actor or one the text introduced with a press noun ("газета X")."""
    return bool(ref.actor_id) and ctx.res.is_outlet(ref.actor_id)


# (mq26) How many sentences back "собеседники РБК" names the outlet of a later "собеседник агентства".
SOURCES_OUTLET_REACH = 2


def _earlier_sources_outlet(ctx: QuoteContext, owner: int) -> SpeakerRef | None:
    """"Собеседники РБК сообщили … уточнил один из собеседников агентства": the outlet whose unnamed
    sources a sentence just before named is the one a bare "агентства" after the same noun means."""
    here = ctx.sent_of_token(owner)
    s_first, _ = ctx.sentence_range(max(0, here - SOURCES_OUTLET_REACH))
    for k in range(owner - 1, s_first - 1, -1):
        if lemma(ctx.tokens[k]) in ANONYMOUS_SOURCES and ctx.owner(k) is not None and ctx.owner(k) != owner \
                and not ctx.kids(ctx.owner(k), "case"):  # ("источники в правительстве": a place, not an owner)
            found = _organisation_in_phrase(ctx, ctx.owner(k))
            if found is not None:
                return found
    return None


# Adjective endings: the words before the head noun of a description ("объединенная пресс-служба судов").
ADJECTIVE_ENDINGS = ("ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие")


def _head_word(name: str) -> str:
    """The first word of a description after its adjectives ("объединенная пресс-служба судов
    города" -> "пресс-служба")."""
    words = name.lower().split()
    for word in words:
        # (a noun in "-ие" such as "управление" is a head, not an adjective)
        if word in ORG_CLASS_NOUNS or word in PRESS_OFFICES or not word.endswith(ADJECTIVE_ENDINGS):
            return word
    return words[0] if words else ""


def name_title_descriptions(ctx: QuoteContext, quotes: list[Quote]) -> None:
    """"Россиянин, обвиняемый во взломе, заявил о своей невиновности" (title) … "москвич
    Иван Петров заявил о своей невиновности" (body): a title quote whose speaker is only
    a description takes the named person of the body quote that repeats it (same cue,
    most of its words)."""
    title = next((p for p in ctx.doc.parts if p.kind == "title"), None)
    if title is None:
        return
    for quote in quotes:
        speaker = quote.speaker
        if not title.start <= quote.start < title.stop or speaker is None or speaker.start is None \
                or not _person_description(ctx, speaker):
            continue
        own = ctx.doc.actor(speaker.actor_id) if speaker.actor_id else None
        if speaker.actor_id is not None and (own is None or own.type == "PER" or _description_head(ctx, speaker) is None):
            continue  # (an actor only when NER took the description for a name: "Экс-депутат Рады" as ORG)
        words = set(re.findall(r"\w+", quote.text.lower()))
        head = _description_head(ctx, speaker)
        if _plural_description(ctx, head):
            continue  # (dvK) "Хабаровские депутаты предупредили …": a group is no one body person
        for other in quotes:
            named = other.speaker
            if other.start < title.stop or named is None or named.actor_id is None:
                continue
            actor = ctx.doc.actor(named.actor_id)
            if actor is None or actor.type != "PER":
                continue
            shared = words & set(re.findall(r"\w+", other.text.lower()))
            repeated = other.cue == quote.cue and words and len(shared) >= TITLE_REPEAT_SHARE * len(words)
            # ("Экс-депутат Думы обвинил …" (title) … "Бывший депутат Думы X заявил": the body
            # speaker introduced with the title's noun and its complement)
            noun = lemma(ctx.tokens[head]).removeprefix("экс-") if head is not None else ""
            # ("Глава Тулы заявила" (title) … "Мэр Тулы X сообщила": a generic office noun stands
            # for the post the body introduced with the same complement)
            described = head is not None and (ctx.res.introduced_as(named.actor_id, noun) or noun in GENERIC_OFFICE
                                              and any(ctx.res.introduced_as(named.actor_id, post) for post in POSTS)) \
                and ctx.res.fits_description(named.actor_id, head) \
                and _adjectives_fit(ctx, named.actor_id, speaker, head)
            if repeated or described:
                quote.speaker = SpeakerRef(named.actor_id, named.name, speaker.text, speaker.start, speaker.stop)
                break
        else:
            only = _body_compatriot(ctx, quotes, title.stop, speaker, head) \
                or _only_body_person(ctx, quotes, title.stop, head)
            if only is not None and _opener_may_be(ctx, head, only):
                # ("Эксперт: идея … – популизм" (title) … the body quotes one named person only, the
                # замдиректора института who says so): a bare title description is that person
                quote.speaker = SpeakerRef(only.actor_id, only.name, speaker.text, speaker.start, speaker.stop)


def _opener_may_be(ctx: QuoteContext, head: int | None, only: SpeakerRef) -> bool:
    """(mA37, cr37 F10) A title's first word the tagger calls a name ("Эксперт назвал решение ЦБ ошибкой")
    is the body's main voice only when the text introduces that person as one who comments, not as the
    one whose decision is judged ("Глава ЦБ Эльвира Набиуллина")."""
    if head is None or only.actor_id is None or ctx.tokens[head].pos != "PROPN" or not capitalised_opener(ctx, head):
        return True
    return introduced_as_commentator(ctx, only.actor_id)


def _body_compatriot(ctx: QuoteContext, quotes: list[Quote], body: int, speaker: SpeakerRef,
                     head: int | None) -> SpeakerRef | None:
    """"Премьер Литвы: …" (title) … "Литовский премьер напомнил …" (body, resolved to С.
    Сквернялис): a title's post with a country's genitive is the one body speaker the text
    calls by that post (or its synonym) with the country's adjective, demonym or name - in the
    body quote's own description or among the words introducing the person."""
    if head is None:
        return None
    first, last = ctx.doc.token_span(speaker.start, speaker.stop)
    rest = [t for t in ctx.tokens[head + 1:last] if t.pos not in ("PUNCT",)]
    adjective = COUNTRY_NATIONALITY.get(" ".join(lemma(t) for t in rest)) if rest else None
    noun = lemma(ctx.tokens[head])
    if adjective is None or first != head or noun not in POSTS:
        return None  # (only "пост + страна", nothing else in the title's phrase)
    posts = post_synonyms(noun)
    country = nationality_words(adjective)
    found: dict[str, SpeakerRef] = {}
    for other in quotes:
        named = other.speaker
        if other.start < body or named is None or named.actor_id is None or named.start is None:
            continue
        actor = ctx.doc.actor(named.actor_id)
        if actor is None or actor.type != "PER":
            continue
        own_first, own_last = ctx.doc.token_span(named.start, named.stop)
        words = {lemma(t) for t in ctx.tokens[own_first:own_last]}
        if not (words & posts and words & country):
            words = set(ctx.res.post_words(named.actor_id))
        if words & posts and words & country:
            found.setdefault(named.actor_id, named)
    return next(iter(found.values())) if len(found) == 1 else None


def _only_body_person(ctx: QuoteContext, quotes: list[Quote], body: int, head: int | None) -> SpeakerRef | None:
    """The one named person the body quotes, when there is exactly one and the title's
    description (a singular person noun that fits them) can stand for them."""
    if head is None or ctx.tokens[head].feats.get("Number") == "Plur" \
            or lemma(ctx.tokens[head]) not in TITLE_COMMENTATOR_NOUNS:
        return None  # ("Экс-министр обвинил …" is no body "депутат": only a noun anyone commenting is called)
    people: dict[str, SpeakerRef] = {}  # surname -> speaker
    counts: dict[str, int] = {}
    for other in quotes:
        named = other.speaker
        if other.start < body or named is None or named.actor_id is None:
            continue
        actor = ctx.doc.actor(named.actor_id)
        if actor is not None and actor.type == "PER":
            surname = named.name.split()[-1].lower()  # (a misspelt first name is the same one)
            people.setdefault(surname, named)
            counts[surname] = counts.get(surname, 0) + 1
    main = _main_voice(counts)
    if main is None:
        return None
    only = people[main]
    gender = ctx.tokens[head].feats.get("Gender")
    if gender == "Fem" and not ctx.res.introduced_as(only.actor_id, lemma(ctx.tokens[head])) \
            or not ctx.res.fits_description(only.actor_id, head):
        return None  # (a feminine noun names a woman; a qualified one only who fits it)
    return only


def _plural_description(ctx: QuoteContext, head: int | None) -> bool:
    """(dvK) A title description headed by a plural person noun ("депутаты") names a group."""
    return head is not None and ctx.tokens[head].feats.get("Number") == "Plur"


def _main_voice(counts: dict[str, int]) -> str | None:
    """The body's one quoted person, or (dvK) of several the one who says more than all the
    others together ("Эксперт: …" over an interview that also quotes two politicians once)."""
    if len(counts) == 1:
        return next(iter(counts))
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    if ranked and ranked[0][1] >= MAIN_VOICE_MIN and ranked[0][1] > sum(n for _, n in ranked[1:]):
        return ranked[0][0]
    return None


def _person_description(ctx: QuoteContext, speaker: SpeakerRef) -> bool:
    """The speaker's mention is headed by an animate common noun ("Россиянин", "Министр"),
    or by a former holder's noun the tagger calls a name ("Экс-депутат Думы")."""
    first, last = ctx.doc.token_span(speaker.start, speaker.stop)
    return any(t.pos == "NOUN" and t.feats.get("Animacy") == "Anim" for t in ctx.tokens[first:last]) \
        and not any(t.pos == "PROPN" for t in ctx.tokens[first:last]) or _description_head(ctx, speaker) is not None


def _description_head(ctx: QuoteContext, speaker: SpeakerRef) -> int | None:
    """The first token of a title speaker's phrase when it is a person noun (with or
    without "экс-"): "Экс-депутат Думы" -> "Экс-депутат"; after the adjectives that open
    the phrase: "Украинская певица" -> "певица"."""
    first, last = ctx.doc.token_span(speaker.start, speaker.stop)
    while first < last - 1 and ctx.tokens[first].pos == "ADJ" and ctx.tokens[first].rel == "amod" \
            and first < ctx.tokens[first].head < last:
        first += 1
    if first >= last:
        return None
    word = lemma(ctx.tokens[first])
    noun = word.removeprefix("экс-")
    return first if noun in PERSON_NOUNS and (word != noun or ctx.tokens[first].pos == "NOUN"
                                              or capitalised_opener(ctx, first)) else None


def _adjectives_fit(ctx: QuoteContext, actor_id: str, speaker: SpeakerRef, head: int) -> bool:
    """"Украинская певица" (title) is the body's "Украинская певица Оля Полякова": each
    adjective opening the title's description is among the words introducing the person."""
    first, _ = ctx.doc.token_span(speaker.start, speaker.stop)
    return all(ctx.res.introduced_as(actor_id, lemma(ctx.tokens[k])) for k in range(first, head))


def _speaker_candidates(ctx: QuoteContext, cand: Candidate, speaker: SpeakerRef | None) -> tuple[SpeakerCandidate, ...]:
    """The quote's candidate speakers for the ranker (`quotes.ranker`): only for a quote
    framed by its own cue (a continuation keeps the speaker it continues), and only
    when they are wanted (the ranker is on, or choices are being recorded)."""
    wanted = ctx.choices is not None or ctx.ranker is not None and ctx.ranker.enabled
    if not wanted or cand.cue_token is None or cand.follows is not None or cand.rule == "continuation":
        return ()
    return speaker_candidates(ctx, cand.cue_token, cand.speaker_head, speaker, cand.start, cand.stop)


def _collective_subject(ctx: QuoteContext, cand: Candidate) -> bool:
    """"Коалиция заявила, что …", "правоохранительные органы сообщили": the nominative
    subject of a lexicon speech verb speaks even as a plain noun phrase (no name in it)."""
    head, verb = cand.speaker_head, cand.cue_token
    if head is None or verb is None or not ctx.lex.verb_class(ctx.tokens[verb]) \
            or lemma(ctx.tokens[verb]).endswith(("ся", "сь")) or ctx.tokens[verb].feats.get("Voice") == "Pass":
        return False  # ("Сообщается, что причиной стал тот факт, что …": no agent)
    token = ctx.tokens[head]
    # (or of the first of two coordinated predicates: "Авиакомпания принесла извинения и сказала, что …")
    shared = ctx.tokens[verb].rel == "conj" and ctx.tokens[verb].head == token.head and head < verb \
        and ctx.in_span(token.start) is None and not cand.start <= token.start < cand.stop
    # (mR29) or across a relative clause the parse hung the subject in: "Группа X, где …, сообщила"
    shared = shared or ctx.subject_before_relative(verb) == head
    # (or of the verb a gerund cue hangs on, or whose infinitive it hangs on)
    converb = _gerund_on_subjects_verb(ctx, verb, head)
    finite = ctx.tokens[token.head] if converb else ctx.tokens[verb]
    return (token.head == verb or shared or converb) and token.rel == "nsubj" and token.pos == "NOUN" \
        and token.feats.get("Case") == "Nom" and not ctx.lex.is_source(token) and agrees(finite, token)


def _gerund_on_subjects_verb(ctx: QuoteContext, gerund: int, head: int) -> bool:
    """A gerund cue after the subject `head` shares the subject of the verb it hangs on: (mN34) a verb before it
    ("Контрразведка заявила о …, обвинив канал X в …"), or (mR34, rv34_Q C4) a finite verb, directly or through its
    infinitive ("Избирательный штаб Клинтон пытался скрыть её проблемы, объясняя случившееся тем, что …")."""
    token = ctx.tokens[gerund]
    if token.feats.get("VerbForm") != "Conv" or token.head < 0 or gerund < head:
        return False
    verb = token.head
    if ctx.tokens[head].head == verb < gerund:
        return True
    if ctx.tokens[verb].rel == "xcomp" and ctx.tokens[verb].feats.get("VerbForm") == "Inf":
        verb = ctx.tokens[verb].head
    return verb >= 0 and ctx.tokens[head].head == verb and ctx.tokens[verb].feats.get("VerbForm") == "Fin"


def _clause_start(ctx: QuoteContext, cand: Candidate) -> int:
    """(mA31) "Второй аргумент Либермана, по мнению эксперта, заключается в …": the words of a frame set off
    between the clause's subject and its predicate start after the frame, but the subject's phrase is part of the
    reported clause all the same - no antecedent of the frame's owner."""
    if cand.rule != "frame" or cand.cue_token is None:
        return cand.start
    first, last = ctx.doc.token_span(cand.start, cand.stop)
    if first >= last or ctx.tokens[cand.cue_token].start >= cand.start:
        return cand.start
    verb = first + 1 if ctx.tokens[first].text.lower() in ("не", "ни") and first + 1 < last else first
    subject = ctx.subject_of(verb)
    if subject is None or subject >= cand.cue_token or ctx.sent_of_token(subject) != ctx.sent_of_token(verb):
        return cand.start
    return ctx.tokens[ctx.res.subtree(subject)[0]].start


def _phrase_chars(ctx: QuoteContext, head: int | None) -> tuple[int, int]:
    if head is None:
        return (0, 0)
    first, last = ctx.res.subtree(head)
    return ctx.tokens[first].start, ctx.tokens[last - 1].stop


# (dv36b) How many sentences back the quote may end whose report "По тем же данным" goes on with (one of the
# reporter's own may come between: "…, сообщает Mash. О какой статье идет речь, не сообщается. По тем же данным, …").
SAME_REPORT_REACH = 2


# (mE40, cr40 F10) Cues of a quote that issues the report a bare "Согласно сообщению/публикации/релизу," names ("…,
# сообщила компания", "говорится в сообщении", "Об этом написал Виторган"); "заявить" issues only a statement.
REPORT_ISSUING_CUES = frozenset({"сообщить", "сообщать", "сообщаться", "говориться", "написать", "писать",
                                 "опубликовать", "публиковать", "распространить", "передать", "передавать",
                                 "информировать", "объявить", "пресс-релиз", "сообщение", "релиз", "публикация"})
STATEMENT_ISSUING_CUES = frozenset({"заявить", "заявлять", "заявление"})


def _issues_bare_report(ctx: QuoteContext, cand: Candidate, last: Quote) -> bool:
    """(mE40, cr40 F10) "«Мы все отрицаем», — заявил представитель компании. Согласно публикации, …": a bare report
    noun takes up the quote just before only when that quote issued the report; a reaction to it (a denial, a
    comment, "сказал министр") is someone else's, so the report stays unowned."""
    if not cand.cue.startswith("согласно ") or cand.cue_token is None:
        return True  # ("По тем же данным, …" says itself that the report is the same)
    cue = (last.cue or "").lower()
    if lemma(ctx.tokens[cand.cue_token]) == "заявление" and cue in STATEMENT_ISSUING_CUES:
        return True
    return cue in REPORT_ISSUING_CUES


def _same_report_speaker(ctx: QuoteContext, cand: Candidate) -> SpeakerRef | None:
    """(dv36b) "…, передает телеграм-канал Mash. По тем же данным, …": the speaker of the quote just before, in this
    sentence or the two before (None when there is none: the frame then stays an unowned report)."""
    last = ctx.last_quote
    if last is None or last.speaker is None or last.stop > cand.start or not _issues_bare_report(ctx, cand, last):
        return None
    here = ctx.doc.sentence_at(cand.start) or 0
    ended = ctx.doc.sentence_at(max(last.start, last.stop - 1)) or 0
    return last.speaker if here - max(ended, last.sentence) <= SAME_REPORT_REACH else None


def _impersonal_continues(ctx: QuoteContext, cand: Candidate) -> SpeakerRef | None:
    """"Отмечается, что …" with no source right after a quote of X, in the next
    sentence: X's statement goes on (the reporter paraphrases it)."""
    verb_index = cand.impersonal_verb or 0
    verb = ctx.tokens[verb_index]
    last = ctx.last_quote
    reflexive = lemma(verb).endswith("ся") and verb.feats.get("VerbForm") == "Fin"
    if not (reflexive or _impersonal_passive(ctx, verb_index)) or last is None \
            or last.stop > cand.start or ctx.has_source(verb_index):
        return None  # ("В петиции говорится, что …" names its own document)
    unnamed = last.speaker is None or is_unnamed_source(last.speaker)
    if last.speaker is None and not last.source_chain[1:]:
        return None
    adverbs = {lemma(ctx.tokens[k]) for k in ctx.kids(cand.impersonal_verb or 0, "advmod", "obl")}
    if adverbs & EARLIER_REPORT:
        return None  # "Накануне сообщалось о …": an earlier report, not the statement going on
    if lemma(verb) == "сообщаться" and "также" in adverbs:
        return None  # "Сообщается также о …": the outlet adds news of its own
    if "также" in adverbs and last.kind == "direct" and not (last.cue or "").endswith(("ся", "сь")):
        # (mB28, rv28_Q cause 11) "«…», — рассказал X. Также указано, что …": the report adds, not X's spoken words
        # (a document's words go on: "«…», – говорится в сообщении. Также отмечается, что …")
        return None
    if _earlier_news(ctx, verb_index) and not _recalled_report(ctx, last):
        return None
    here = ctx.doc.sentence_at(cand.start) or 0
    outlet = _relaying_outlet(ctx, last)
    # (mG33) an outlet's own report goes on over a sentence of its own between ("…, сообщает Telegram-канал Mash.
    # В таком случае … . Отмечается, что …"): the unquoted sentence is the outlet's report too.  Not one that
    # relays a source (dvH's guard: «Об этом сообщило агентство Reuters со ссылкой на …. Его охраняли солдаты.»)
    outlet_report = last.speaker is not None and _names_outlet(ctx, last.speaker)
    reach = OUTLET_REPORT_REACH if outlet_report else 1
    if max(_closing_sentence(ctx, last), _relay_sentence(ctx, last, outlet, cand.start)) < here - reach:
        return None
    if unnamed:
        # (mG33) "Об этом сообщило агентство Reuters со ссылкой на неназванных чиновников. Сообщается, что …",
        # "…», – сообщает источник. Уточняется, что …": an unnamed source's report goes on in the voice of
        # the outlet that relays it (or that reported just before), not in the unnamed source's
        return outlet or _outlet_named_before(ctx, last, cand.start) or _reporting_outlet(ctx) or last.speaker
    return outlet or last.speaker


def _outlet_named_before(ctx: QuoteContext, quote: Quote, before: int) -> SpeakerRef | None:
    """The latest outlet (`is_outlet`, no social network) named from the sentence before the quote up to
    `before`: "Об этом сообщают источники газеты Handelsblatt. По их словам, …" - the unnamed sources are
    the outlet's, whose report the next impersonal sentence goes on with."""
    if not 0 <= quote.sentence < len(ctx.doc.sentences):
        return None
    first = ctx.doc.sentences[max(quote.sentence - 1, 0)].start
    named = [m for m in ctx.doc.mentions if m.actor_id and first <= m.start < before
             and m.text.lower() not in SOCIAL_NETWORKS and m.text not in NETWORK_CHANNELS.values()]
    for mention in sorted(named, key=lambda m: m.start, reverse=True):
        actor = ctx.doc.actor(mention.actor_id)
        if actor is not None and ctx.res.is_outlet(actor.id):
            return SpeakerRef(actor.id, actor.name, mention.text, mention.start, mention.stop)
    return None


def _relay_sentence(ctx: QuoteContext, quote: Quote, outlet: SpeakerRef | None, before: int) -> int:
    """The sentence of the outlet's mention framed after the quote ("… . Об этом сообщило агентство
    Reuters со ссылкой на …"), -1 when none: a quote with no speaker has no frame position of its own."""
    if outlet is None or quote.speaker is not None:
        return -1
    at = next((m.start for m in ctx.doc.mentions
               if m.actor_id == outlet.actor_id and quote.stop <= m.start < before), None)
    found = ctx.doc.sentence_at(at) if at is not None else None
    return found if found is not None else -1


def _reporting_outlet(ctx: QuoteContext) -> SpeakerRef | None:
    """The latest source that spoke for an organisation, when it is an outlet (`is_outlet`):
    the one whose report the unnamed source's words belong to."""
    source = ctx.last_source
    return source if source is not None and source.actor_id and ctx.res.is_outlet(source.actor_id) else None


def _earlier_news(ctx: QuoteContext, verb: int) -> bool:
    """(mE27, rv27_R cause 2) "Сообщалось, что …": the past of the outlets' impersonal "сообщается"
    recalls earlier news (as "ранее сообщалось" does), not the statement just quoted going on.  Not
    negated: "Количество судов не сообщалось, …" is said of the report just quoted."""
    token = ctx.tokens[verb]
    return lemma(token) == "сообщаться" and token.feats.get("Tense") == "Past" \
        and not any(lemma(ctx.tokens[k]) == "не" for k in ctx.kids(verb, "advmod"))


def _recalled_report(ctx: QuoteContext, quote: Quote) -> bool:
    """The quote was itself earlier news ("Ранее СМИ сообщили, что …", "Напомним, …"): a "Сообщалось, что"
    after it goes on with that same report."""
    last = min(_closing_sentence(ctx, quote), len(ctx.doc.sentences) - 1)
    if not 0 <= quote.sentence <= last:
        return False
    # (cr27 M1) the tokens of the quote's own sentences only, not every token of the document
    tokens = [t for index in range(quote.sentence, last + 1) for t in ctx.doc.sentence_tokens(index)]
    return any(lemma(t) in EARLIER_REPORT or t.text.lower() == "напомним" for t in tokens)


def _relaying_outlet(ctx: QuoteContext, quote: Quote) -> SpeakerRef | None:
    """(dvG) "«…», – рассказали пассажиры …, сообщает Telegram-канал Mash. Отмечается, что …": after a quote
    an outlet relays, the impersonal report goes on in the outlet's voice (quotes-dev8's «Уточняется» after
    «сообщает Telegram-канал Mash»): the first relay of the quote's chain, when it is an outlet actor and
    no social network."""
    # (the chain ends with the speaker's name; with no speaker, every link after the article is a relay)
    links = quote.source_chain[1:-1] if quote.speaker is not None else quote.source_chain[1:]
    if not links or links[0].lower() in SOCIAL_NETWORKS or links[0] in NETWORK_CHANNELS.values():
        return None
    outlet = next((a for a in ctx.doc.actors if a.name == links[0] and a.type == "MEDIA"), None)
    return SpeakerRef(outlet.id, outlet.name, links[0]) if outlet is not None else None


def _converb_zero_subject(ctx: QuoteContext, verb: int) -> SpeakerRef | None:
    """(dvH) "И показал расчеты, добавив, что …": a gerund cue shares the dropped subject of the
    finite verb it hangs on, resolved like "он"/"она" by that verb's gender (`zero_subject`)."""
    token = ctx.tokens[verb]
    head = token.head
    if token.feats.get("VerbForm") != "Conv" or head < 0 or ctx.tokens[head].pos != "VERB" \
            or ctx.kids(head, "nsubj", "nsubj:pass") or _nominative_before(ctx, head):
        return None
    return ctx.res.zero_subject(head)


def _nominative_before(ctx: QuoteContext, verb: int) -> bool:
    """A noun or pronoun without a preposition before `verb` in its sentence: it may be a subject
    the parse did not hang on the verb (indeclinable "Врио нацелился …, заявив" read as an object),
    so the subject is not surely dropped."""
    here = ctx.doc.sentence_at(ctx.tokens[verb].start)
    first = ctx.doc.sentences[here].token_start if here is not None else verb
    return any(ctx.tokens[k].pos in ("NOUN", "PROPN", "PRON") and not ctx.kids(k, "case") for k in range(first, verb))


def _impersonal_passive(ctx: QuoteContext, verb: int) -> bool:
    """A neuter short passive participle ("Отмечено, что …", "Было заявлено, что …"): an
    impersonal report like "Отмечается, что …", in the past - unless negated: "не исключено,
    что …" is the writer's conjecture, no statement going on."""
    feats = ctx.tokens[verb].feats
    return feats.get("VerbForm") == "Part" and feats.get("Variant") == "Short" and feats.get("Voice") == "Pass" \
        and feats.get("Gender") == "Neut" and not any(lemma(ctx.tokens[k]) == "не" for k in ctx.kids(verb, "advmod"))


def _closing_sentence(ctx: QuoteContext, quote: Quote) -> int:
    """The sentence in which a quote and its frame end: a statement of several sentences
    ("«… . … .», – говорится в сообщении министерства. Отмечается, что …") is as near to what
    follows as its last sentence, where its frame stands, not its first; one framed after it
    ("… Об этом сообщает пресс-служба. Отмечено, что …") as near as the frame's sentence."""
    ends = [quote.sentence, ctx.doc.sentence_at(max(quote.start, quote.stop - 1))]
    if quote.speaker is not None and quote.speaker.start is not None and quote.speaker.start >= quote.stop:
        ends.append(ctx.doc.sentence_at(quote.speaker.start))
    return max(end for end in ends if end is not None)


def _previous_report(ctx: QuoteContext, verb: int) -> SpeakerRef | None:
    """The speaker of the latest quote, when it ends before `verb` in this or the previous sentence."""
    last = ctx.last_quote
    at = ctx.tokens[verb].start
    # (a quoted text the verb frames counts from its opening: "«…. …», отмечается в …")
    framed = [span.start for span in ctx.spans if span.stop <= at and not ctx.doc.text[span.stop:at].strip(" \"»“”,—–-")]
    here = ctx.doc.sentence_at(framed[-1] if framed else at) or 0
    if last is None or last.stop > at or last.sentence < here - 1:
        return None
    return last.speaker


def _first_person_continues(ctx: QuoteContext, cand: Candidate) -> SpeakerRef | None:
    """"Петров сказал: Мы надеемся, что … Мы рассчитываем, что …": a speech verb in the
    first person outside quotation marks (and not the outlet's "мы писали", resolved
    before) goes on with the unmarked words of the latest speaker, within
    CONTINUE_WINDOW sentences."""
    verb = cand.cue_token
    last = ctx.last_quote
    if verb is None or last is None or last.speaker is None or last.stop > cand.start \
            or ctx.in_span(ctx.tokens[verb].start) is not None:
        return None
    head = cand.speaker_head
    first_person = lemma(ctx.tokens[head]) in ("я", "мы") if head is not None else \
        ctx.tokens[verb].feats.get("Person") == "1"
    if not first_person:
        return None
    here = ctx.doc.sentence_at(ctx.tokens[verb].start) or 0
    return last.speaker if last.sentence >= here - CONTINUE_WINDOW else None


def _there_continues(ctx: QuoteContext, cand: Candidate) -> SpeakerRef | None:
    """"Дефицит сократится, сообщили в Минфине. Там добавили, что …": "там" with an
    indefinite-personal verb is the place the latest quote (in this or the sentence
    before) came from, and that place speaks again."""
    verb = cand.impersonal_verb or 0
    last = ctx.last_quote
    if last is None or last.speaker is None or last.stop > cand.start \
            or not any(lemma(ctx.tokens[k]) == "там" for k in ctx.kids(verb, "advmod")):
        return None
    here = ctx.doc.sentence_at(cand.start) or 0
    return last.speaker if _closing_sentence(ctx, last) >= here - 1 else None


def _person_speaker(ctx: QuoteContext, ref: SpeakerRef) -> bool:
    """A named person: an outlet reports facts and an institution's statement
    is not continued by unframed quotes."""
    actor = ctx.doc.actor(ref.actor_id) if ref.actor_id else None
    return actor is not None and actor.type == "PER"


def _carried_relays(quote: Quote) -> list[str]:
    """(mq26) The relays of a quote's chain (between the outlet and the speaker), which a
    continuation of its words keeps: "По сообщению СМИ, присутствующие начали скандировать:
    «Свободу!», «Позор власти!»" - both slogans come through the same outlet."""
    links = quote.source_chain[1:]
    return list(links[:-1] if quote.speaker is not None and links else links)


def _unnamed_relays(ctx: QuoteContext, cand: Candidate) -> list[str]:
    """(mq26, rv26_Q) "«…», — разъяснил собеседник издания. Он подчеркнул, что …": a personal pronoun
    subject left unresolved takes up the unnamed source quoted in the sentence just before, whose
    relays (the outlet) it keeps."""
    head, last = cand.speaker_head, ctx.last_quote
    if head is None or last is None or not (last.speaker is None or is_unnamed_source(last.speaker)) \
            or ctx.tokens[head].pos != "PRON" \
            or lemma(ctx.tokens[head]) not in ("он", "она", "они"):
        return []
    here = ctx.doc.sentence_at(ctx.tokens[head].start)
    if here is None or not 0 <= here - last.sentence <= 1:
        return []
    return [name for name in _carried_relays(last) if name not in cand.sources]


def _relays_besides(sources: list[str], speaker: SpeakerRef | None) -> list[str]:
    """(mq26, rv26_Q M6) The sources of the chain other than the speaker: "Санников выступил с
    заявлением: он сообщил, что …" makes the outer frame's subject a relay of the inner quote,
    but nobody relays his own words; a link repeated is one link."""
    own = speaker.name.lower() if speaker is not None else None
    kept: list[str] = []
    for name in sources:
        if name.lower() != own and name.lower() not in (k.lower() for k in kept):
            kept.append(name)
    return kept


# (mA27) Verbs of an outlet's report that open a sentence as "Как сообщало X, …".
LEADING_RELAY_VERBS = RELAY_VERBS | {"сообщить", "передать", "написать"}


def _leading_relay(ctx: QuoteContext, cand: Candidate, speaker: SpeakerRef | None) -> str | None:
    """(mA27) "Как сообщало ИА REGNUM, в конце декабря Эттингер заявил, что …": the outlet of an opening
    "как"-frame relays the speech the rest of the sentence reports (its cue after the frame's comma)."""
    cue = cand.cue_token
    s_first, _ = ctx.sentence_range(ctx.sent_of_token(cue))
    s_first = _after_anaphor(ctx, s_first)
    if ctx.tokens[s_first].text.lower() != "как" or s_first + 1 >= cue \
            or lemma(ctx.tokens[s_first + 1]) not in LEADING_RELAY_VERBS:
        return None
    comma = next((k for k in range(s_first + 2, cue) if ctx.tokens[k].text == ","), None)
    if comma is None or any(ctx.is_cue(k) for k in range(comma + 1, cue)):
        return None
    subject = next((k for k in range(s_first + 2, comma) if ctx.tokens[k].rel.startswith("nsubj")
                    or ctx.tokens[k].feats.get("Case") == "Nom" and ctx.tokens[k].pos in ("NOUN", "PROPN")), None)
    cited = _cited_in_frame(ctx, s_first + 2, comma)
    # ("Как передает SalamNews со ссылкой на ТАСС, …": the source the outlet cites is the nearer link, as
    # the guide names it - "ТАСС «со ссылкой»"; an unnamed one - "на источники" - leaves the outlet)
    ref = cited or (ctx.res.from_head(subject) if subject is not None else None)
    if ref is None or speaker is not None and ref.name == speaker.name:
        return None
    return ref.name


def _after_anaphor(ctx: QuoteContext, s_first: int) -> int:
    """(mC30) "Об этом, как сообщает Breaking Defense, заявил …": the relay's "как" after an opening "Об этом,"
    (the token after that comma; else the sentence's first)."""
    words = [t.text.lower() for t in ctx.tokens[s_first:s_first + 3]]
    return s_first + 3 if words in (["об", "этом", ","], ["о", "том", ","]) else s_first


def _cited_in_frame(ctx: QuoteContext, first: int, stop: int) -> SpeakerRef | None:
    """(mA27) The named source of "со ссылкой на X" among tokens [first, stop)."""
    for k in range(first, stop - 2):
        if ctx.tokens[k].text.lower() == "ссылкой" and ctx.tokens[k + 1].text.lower() == "на":
            return ctx.res.from_head(k + 2) if ctx.is_media(k + 2) else None
    return None


def _relay(ctx: QuoteContext, cand: Candidate, speaker: SpeakerRef | None) -> str | None:
    """"«…», — заявил Песков, передает ТАСС": the outlet relaying the quote."""
    if cand.cue_token is None:
        return None
    leading = _leading_relay(ctx, cand, speaker)
    if leading is not None:
        return leading
    _, s_stop = ctx.sentence_range(ctx.sent_of_token(cand.cue_token))
    first = cand.cue_token + 1
    if ctx.tokens[cand.cue_token].start < cand.start and s_stop < len(ctx.tokens) \
            and ctx.tokens[s_stop].start < cand.stop:
        # (mq26, rv26_Q) "X называет …: «… . … »", сообщает Лента.ру": words of several sentences after
        # the cue; the relay follows their closing mark
        first, _ = ctx.doc.token_span(cand.stop, cand.stop + 1)
        s_stop = ctx.sentence_range(ctx.sent_of_token(min(first, len(ctx.tokens) - 1)))[1]
    for k in range(first, s_stop):
        token = ctx.tokens[k]
        if ctx.tokens[k - 1].text != "," or lemma(token) not in RELAY_VERBS:
            continue
        subject = ctx.subject_of(k)
        ref = ctx.res.from_head(subject) if subject is not None else None
        if ref is not None and (speaker is None or ref.name != speaker.name):
            return ref.name
    return None


# (mR29) Channel nouns that take a quoted title ("Telegram-канал «…»", "паблик «…»", "аккаунт «…»").
TITLED_CHANNEL_NOUNS = frozenset({"аккаунт", "канал", "паблик", "блог", "сообщество", "страница", "микроблог"})
# How many words a channel's title may have ("«Архитектурные излишества»": a name, not a quotation).
TITLE_WORDS = 5


# (mD40, rv40_Q C8) Boards that show someone's data: "следует из данных онлайн-табло аэропорта" - the airport's.
BOARD_NOUNS = frozenset({"табло", "онлайн-табло"})


def _board_of(ctx: QuoteContext, noun: int) -> int | None:
    """(mD40) "из данных онлайн-табло аэропорта": the board after a noun, indeclinable, which the tagger may leave in
    the nominative (so no genitive owner)."""
    return next((k for k in ctx.kids(noun, "nmod") if k > noun and lemma(ctx.tokens[k]) in BOARD_NOUNS), None)


# (mD39, rv39_Q C4) A bill's explanatory note ("В пояснительной записке говорится, что …") is written by the bill's
# authors: whoever the text shows bringing in or drafting the bill before it ("Депутаты ЛДПР внесли в Госдуму
# законопроект").  The nouns such a bill goes by and the verbs of bringing it in.
BILL_NOUNS = frozenset({"законопроект", "проект", "поправка", "инициатива", "документ"})
BILL_VERBS = frozenset({"внести", "вносить", "подготовить", "готовить", "разработать", "разрабатывать", "создать",
                        "предложить", "представить", "направить"})
# Nouns of a bill's authors ("авторы проекта").
AUTHOR_NOUNS = frozenset({"автор", "соавтор", "инициатор", "разработчик"})
# Laws the note may belong to instead ("депутаты приняли закон …, говорится в пояснительной записке").
LAW_NOUNS = frozenset({"закон"})
# How many sentences back the bill's authors may be named.
BILL_WINDOW = 8


def _explanatory_note(ctx: QuoteContext, noun: int) -> bool:
    """"в пояснительной записке": the note that goes with a bill (not "в предсмертной записке")."""
    return lemma(ctx.tokens[noun]) == "записка" and any(
        lemma(ctx.tokens[k]) == "пояснительный" for k in ctx.kids(noun, "amod"))


def _bill_author(ctx: QuoteContext, note: int) -> SpeakerRef | None:
    """(mD39) Who brought in the bill an explanatory note goes with: the agentive noun subject of the latest verb
    of bringing in or drafting (`BILL_VERBS`) a bill noun before the note, at most BILL_WINDOW sentences back;
    None when the text shows no one doing so (the note's words then stay speakerless)."""
    here = ctx.sent_of_token(note)
    first, _ = ctx.sentence_range(max(0, here - BILL_WINDOW))
    for k in range(note - 1, first - 1, -1):
        token = ctx.tokens[k]
        if lemma(token) not in BILL_NOUNS | LAW_NOUNS or ctx.in_span(token.start) is not None \
                or ctx.res.quoted(token.start):
            continue
        if token.head >= 0 and lemma(ctx.tokens[token.head]) in AUTHOR_NOUNS:
            if ctx.tokens[token.head].rel.startswith("nsubj"):
                return ctx.res.from_head(token.head, common=True)  # ("Авторы инициативы предлагают …")
            continue  # ("один из авторов проекта": the bill named by its authors, not brought in here)
        verb = token.head
        if verb >= 0 and lemma(ctx.tokens[verb]) == "проект":
            continue  # ("проект закона": the phrase's head stands for it)
        if token.rel != "obj" or verb < 0:
            continue  # ("Документ опубликован на портале": the bill, or another, taken up again)
        if lemma(ctx.tokens[verb]) not in BILL_VERBS or lemma(token) in LAW_NOUNS:
            return None  # (the nearest law or bill the text shows handled is not brought in: "приняли закон")
        subject = ctx.subject_of(verb)
        if subject is None or ctx.tokens[subject].pos not in ("NOUN", "PROPN") or not ctx.agentive(subject):
            return None
        return _affiliated_group(ctx, subject) or ctx.res.from_head(subject, common=True)
    return None


# The prepositions of the body a group of people comes from ("Парламентарии от ЛДПР", "депутаты из «Справедливой
# России»").
AFFILIATION_PREPOSITIONS = frozenset({"от", "из"})


def _affiliated_group(ctx: QuoteContext, head: int) -> SpeakerRef | None:
    """"Парламентарии от ЛДПР": a plural noun with an "от"/"из"-phrase right after it that names an organisation -
    the phrase belongs to the group's name; None for any other subject."""
    first, last = ctx.res.subtree(head, no_pp=True)
    if ctx.tokens[head].feats.get("Number") != "Plur" or last >= len(ctx.tokens) \
            or ctx.tokens[last].text.lower() not in AFFILIATION_PREPOSITIONS:
        return None
    body = ctx.tokens[last].head
    if body < 0 or ctx.tokens[body].head != head or not ctx.is_media(body):
        return None
    return ctx.res.from_phrase(first, ctx.res.subtree(body, no_pp=True)[1], head, common=True)


def _titled_channel(ctx: QuoteContext, c: int) -> tuple[SpeakerRef, str | None] | None:
    """(mR29, rv28_R cause 10) "говорится в Twitter-аккаунте «Архитектурные излишества»": a channel noun
    with a quoted title right after it - the titled channel speaks, the network before the hyphen is
    the medium (the source)."""
    medium = ctx.tokens[c].text.rpartition("-")[0]
    if lemma(ctx.tokens[c]).rpartition("-")[2] not in TITLED_CHANNEL_NOUNS or c + 1 >= len(ctx.tokens):
        return None
    if ctx.tokens[c + 1].text not in QUOTE_CHARS or ctx.in_span(ctx.tokens[c].start) is not None:
        return None
    close = next((k for k in range(c + 2, min(c + 3 + TITLE_WORDS, len(ctx.tokens))) if ctx.tokens[k].text in QUOTE_CHARS), None)
    if close is None or close == c + 2:
        return None
    start, stop = ctx.tokens[c + 2].start, ctx.tokens[close - 1].stop
    title = ctx.doc.text[start:stop]
    owner_after = close + 1 < len(ctx.tokens) and ctx.tokens[close + 1].pos in ("NOUN", "PROPN") \
        and ctx.tokens[close + 1].feats.get("Case") == "Gen"
    if title.lower() in SOCIAL_NETWORKS or owner_after:
        return None  # (cr29b M2) "в сообществе «ВКонтакте» мэрии Перми": the network in marks, the owner after it
    medium = medium if medium[:1].isupper() else None
    named = next((m for m in ctx.res.mentions_in(start, stop) if m.start <= start and stop <= m.stop), None)
    if named is not None:
        return ctx.res.ref(named), medium  # (a name the text knows: its canonical form, "Движение «Голос»")
    return SpeakerRef(None, title, title, start, stop), medium


def _in_reply(ctx: QuoteContext, noun: int) -> bool:
    """(mC31, rv31_Q C10) "В ответ в НАКе сообщили", "в ответ на запрос … в МИД ответили": "в ответ" (an
    accusative: "in reply") says why the words were said, not where - no place of the report."""
    token = ctx.tokens[noun]
    return lemma(token) == "ответ" and token.feats.get("Case") == "Acc" \
        and any(ctx.tokens[p].text.lower() == "в" for p in ctx.kids(noun, "case"))


def _impersonal(ctx: QuoteContext, verb: int) -> tuple[SpeakerRef | None, str | None]:
    """"говорится в сообщении Кремля" → Кремль; "сообщили в пресс-службе МВД" →
    пресс-служба МВД; "в сообщении отмечается" → the last reporting source.  A gerund
    shares the source of the impersonal verb it hangs on ("В СК подтвердили …, уточнив, что")."""
    token = ctx.tokens[verb]
    if token.feats.get("VerbForm") == "Conv" and token.head >= 0 and ctx.tokens[token.head].pos == "VERB" \
            and not ctx.kids(token.head, "nsubj", "nsubj:pass"):
        found = _impersonal(ctx, token.head)
        if found != (None, None):
            return found
    for c in ctx.kids(verb, "obl", "nmod", "iobj") + _crossing_sources(ctx, verb):
        token = ctx.tokens[c]
        if ctx.res.excluded[0] <= token.start < ctx.res.excluded[1] \
                and not ctx.res.excluded[0] <= ctx.tokens[verb].start < ctx.res.excluded[1]:
            continue  # (rv23_Q M1) a word of the quote, hung on a cue outside it by the parse, is no source
        if any(ctx.kids(p, "fixed") for p in ctx.kids(c, "case")):
            continue  # a compound preposition ("во время штурма", "в течение дня") names no source
        if _in_reply(ctx, c):
            continue
        if c > verb and _own_place(ctx, c) and not _named_after(ctx, c):
            # "«…», – пишет на своей странице": "свой" is the dropped subject's, a person's
            owner = ctx.res.reflexive_owner(verb)
            if owner is not None:
                return owner, None
        preps = [ctx.tokens[p].text.lower() for p in ctx.kids(c, "case")]
        if not set(preps) & {"в", "во", "на", "у"} and c != ctx.source_from(verb):
            continue
        titled = _titled_channel(ctx, c)
        if titled is not None:
            return titled
        if lemma(token) in VIDEO_NOUNS and "в" in preps:
            # "«…», – говорится в видео": the one who published the video the text just named
            # (only with an impersonal verb: a video that "подтверждает, что" shows, not says)
            author = _document_author(ctx, c, VIDEO_NOUNS)
            if author is not None:
                return author, None
            continue
        if ctx.lex.is_source(token) and lemma(token) in DESCRIPTION_NOUNS:
            return _description_author(ctx, c), lemma(token)
        author = _bill_author(ctx, c) if _explanatory_note(ctx, c) else None
        if author is not None:
            return author, lemma(token)
        if ctx.lex.is_source(token) or c == ctx.source_from(verb):
            owner = ctx.owner(c)
            owner = owner if owner is not None else _board_of(ctx, c)
            nested = False
            while owner is not None and (ctx.lex.is_source(ctx.tokens[owner]) or lemma(ctx.tokens[owner]) in BOARD_NOUNS) \
                    and not ctx.kids(owner, "case"):
                owner, nested = ctx.owner(owner), True  # "в проекте приказа (министерства)": a document's document
            if lemma(token) in RULE_NOUNS:
                return _rule_issuer(ctx, c, owner)
            if owner is not None:
                # ("в пресс-релизе инвестхолдинга": a common noun takes up the company introduced by
                # it; "в сообщении минобороны республики": an institution no name resolves is itself)
                # ("в заявлении канцелярии губернатора": an office speaks for its holder)
                return ctx.res.from_head(owner) or ctx.res.introduced_org(owner) or _office_holder(ctx, owner) \
                    or _unnamed_institution(ctx, owner), ctx.source_name(c, owner)
            possessor = ctx.possessor(c)
            if possessor is not None:
                # "говорится в его обращении": the possessive names the author
                return ctx.res.from_head(possessor), lemma(token)
            # (the maker first: "Глава государства направил телеграмму … сказано в телеграмме,
            # опубликованной на сайте Кремля" - the page that carries it speaks only for want of one)
            author = _participle_agent(ctx, c) or _site_owner(ctx, c) or _document_author(ctx, c) \
                or _earlier_document_owner(ctx, c) or _earlier_document_author(ctx, c) or _publishing_page(ctx, c) \
                or _post_author(ctx, c) or _interview_giver(ctx, c)
            if author is not None:
                return author, lemma(token)
            if any(ctx.tokens[k].feats.get("VerbForm") == "Part" and lemma(ctx.tokens[k]) in RECEIVED_VERBS
                   for k in ctx.kids(c, "acl")):
                # "отмечается в полученном РИА Новости документе": the receiver is no author;
                # the document is the one the sentence before quoted
                return _previous_report(ctx, verb), lemma(token)
            if nested:
                # ("в тексте письма": the letter's author is not the latest organisation named)
                return ctx.last_source, lemma(token)
            if lemma(token) in POST_NOUNS and lemma(token) != "публикация":
                return None, lemma(token)  # (a post no one is shown posting is no organisation's)
            if lemma(token) in PRESS_PIECE_NOUNS:
                return _press_piece_author(ctx, c), lemma(token)
            return _unowned_document_speaker(ctx, c), lemma(token)
        if _medium_place(ctx, c):
            continue  # (mB28, review rv28_Q cause 13) "сообщают в Сети": a medium is where, not who
        if token.text.lower() in SOCIAL_NETWORKS:
            # "говорится в Facebook корпорации": the page's owner speaks; the network is the place
            owner = ctx.owner(c)
            if owner is not None:
                ref = ctx.res.from_head(owner, common=True)
                if ref is not None:
                    return ref, None
            continue
        if lemma(token) == "который":
            issuer = _relative_document_issuer(ctx, verb)
            if issuer is not None:
                return issuer, None
            continue
        if token.pos == "PRON" and lemma(token) in ("он", "она") and "в" in preps:
            document = _pronoun_document(ctx, c)
            if document is not None:
                return _document_issuer(ctx, document), lemma(ctx.tokens[document])
        if lemma(token) in EVENT_NOUNS:
            holder = _event_holder(ctx, c)
            if holder is not None:
                return holder, None
            continue
        ref = ctx.res.from_head(c) or ctx.res.introduced_org(c) or _office_holder(ctx, c) \
            or _unnamed_institution(ctx, c) or _press_group(ctx, c)
        if ref is not None:
            return ref, None
    where = _relative_where_body(ctx, verb)
    if where is not None:
        return where, None
    for c in ctx.kids(verb, "nsubj:pass"):
        if ctx.lex.is_source(ctx.tokens[c]):
            owner = ctx.owner(c)
            if owner is not None:
                return ctx.res.from_head(owner), ctx.source_name(c, owner)
    if token.rel == "conj" and 0 <= token.head < verb and ctx.tokens[token.head].pos == "VERB" \
            and not ctx.kids(token.head, "nsubj", "nsubj:pass"):
        # "В Украине эти сообщения опровергли и подчеркнули, что …": the place of the first verb
        return _impersonal(ctx, token.head)
    return None, None


# (mB28) Media as places of saying ("сообщают в Сети", "пишут в соцсетях"), no speaker; an owner makes one
# ("в сети магазинов").
MEDIUM_NOUNS = frozenset({"сеть", "интернет", "соцсеть", "блогосфера"})
# Adjectives that keep "сеть" the medium ("в социальных сетях"), unlike "в торговой сети" (a retail chain).
MEDIUM_ADJECTIVES = frozenset({"социальный", "глобальный", "всемирный"})


def _medium_speaker(ctx: QuoteContext, speaker: SpeakerRef | None) -> bool:
    """(mI33, rv33_Q C1) "В распространяемых в Сети сообщениях говорится", "«…», – пишут в комментариях" after
    "опубликовала в Сети": a document's author found only as the medium it was spread in ("в Сети") is nobody."""
    if speaker is None or speaker.actor_id is not None or speaker.start is None or speaker.stop is None:
        return False
    first, last = ctx.doc.token_span(speaker.start, speaker.stop)
    return last - first == 1 and _medium_place(ctx, first)


def _medium_place(ctx: QuoteContext, head: int) -> bool:
    """"в Сети", "в соцсетях", "в соцсети «ВКонтакте»": a medium under "в"/"на" with no owner of
    its own.  Not one an adjective describes otherwise (cr28 M1: "в торговой сети «Пятерочка»", "в
    розничной сети": a retail chain speaks)."""
    preps = {ctx.tokens[p].text.lower() for p in ctx.kids(head, "case")}
    return lemma(ctx.tokens[head]) in MEDIUM_NOUNS and bool(preps & {"в", "во", "на"}) \
        and not ctx.kids(head, "nmod", "nmod:poss", "det") \
        and all(lemma(ctx.tokens[k]) in MEDIUM_ADJECTIVES for k in ctx.kids(head, "amod"))


def _relative_where_body(ctx: QuoteContext, verb: int) -> SpeakerRef | None:
    """(mB28, review rv28_Q cause 2) "представил характеристику из колонии, где говорится, что …": a relative
    "где" stands for "в" + the noun the clause hangs on, so the body that noun names speaks - the one a document
    comes from ("из колонии") when the clause hangs on the document."""
    token = ctx.tokens[verb]
    if token.rel != "acl:relcl" or token.head < 0 or not any(lemma(ctx.tokens[k]) == "где"
                                                             for k in ctx.kids(verb, "advmod")):
        return None
    if not (lemma(token).endswith("ся") or _impersonal_passive(ctx, verb)):
        return None  # ("в деревне, где говорят, что …": the people there, not the place)
    noun = token.head
    origin = next((k for k in ctx.kids(noun, "nmod") if k > noun
                   and {ctx.tokens[p].text.lower() for p in ctx.kids(k, "case")} == {"из"}), None)
    body = noun if origin is None else origin
    if origin is None and not ctx.agentive(noun):
        body = ctx.owner(noun)  # (cr28 L1) "доклад правозащитников, где говорится": the document's owner, never the document
        if body is None:
            return None
    if ctx.tokens[body].pos not in ("NOUN", "PROPN"):
        return None
    return ctx.res.from_head(body) or ctx.res.introduced_org(body) or ctx.res.from_head(body, common=True)


# (ra, review rev20_A M2) Rules and guidance ("в правилах говорится", "в рекомендациях указывается", "в инструкции
# сказано") speak for an issuer named inside the frame ("в правилах правительства", "в рекомендациях ВОЗ", "в его
# инструкции"); a rule with no such owner is the issuer's whose rules the text quoted before ("В новых правилах
# правительства говорится … Однако в рекомендациях указывается"), else nobody's ("в правилах дорожного движения",
# "Песков заявил … В новых правилах говорится"): the speaker stays unknown, never the latest organisation.
RULE_NOUNS = frozenset({"правило", "рекомендация", "инструкция"})
_ISSUER_TYPES = frozenset({"ORG", "PER", "GPE", "MEDIA", "ROLE"})


def _rule_issuer(ctx: QuoteContext, noun: int, owner: int | None) -> tuple[SpeakerRef | None, str | None]:
    if owner is not None:
        first, last = ctx.res.subtree(owner)
        start, stop = ctx.tokens[first].start, ctx.tokens[last - 1].stop
        named = any(m.actor_id and m.type in _ISSUER_TYPES and m.start < stop and start < m.stop
                    for m in ctx.doc.mentions)
        # (a name, an organisation the common noun takes up, an office, or a bare institution noun:
        # "правительства"; not any genitive: "правилах игры", nor a term whose noun an adjective makes
        # one: "правилах дорожного движения")
        bare = ctx.tokens[owner].pos == "NOUN" and not ctx.kids(owner, "amod")
        ref = (ctx.res.from_head(owner) if named else None) or ctx.res.introduced_org(owner) \
            or _office_holder(ctx, owner) or (_unnamed_institution(ctx, owner) if bare else None)
        if ref is not None:
            ctx.rule_issuer = ref
            return ref, ctx.source_name(noun, owner)
        return None, lemma(ctx.tokens[noun])
    possessor = ctx.possessor(noun)
    if possessor is not None:
        return ctx.res.from_head(possessor), lemma(ctx.tokens[noun])
    return ctx.rule_issuer, lemma(ctx.tokens[noun])


def _own_place(ctx: QuoteContext, noun: int) -> bool:
    """"на своей странице", "в своем блоге": the place or document is marked with "свой"."""
    return any(lemma(ctx.tokens[k]) == "свой" for k in ctx.kids(noun, "det", "nmod:poss", "amod") if k < noun)


def _named_after(ctx: QuoteContext, noun: int) -> bool:
    """A name follows the place before the clause ends ("как передает на своем сайте The Times"):
    the subject stands after the verb even when the parse lost it (a social network is a place)."""
    stop = noun + 1
    while stop < len(ctx.tokens) and ctx.tokens[stop].text not in ",.;:!?–—-«»\"" \
            and ctx.tokens[stop].text.lower() not in ("что", "и"):
        stop += 1
    if stop == noun + 1:
        return False
    return any(m.type in ("PER", "ORG", "MEDIA") and m.text.lower() not in SOCIAL_NETWORKS
               for m in ctx.res.mentions_in(ctx.tokens[noun].stop, ctx.tokens[stop - 1].stop))


def _relative_document_issuer(ctx: QuoteContext, verb: int) -> SpeakerRef | None:
    """"Фонд X распространил заявление, в котором говорится, что …": the document "котором"
    stands for speaks for its owner, else for the subject that issued it (the clause's
    own verb's subject, "распространил", "опубликовал")."""
    document = ctx.tokens[verb].head if ctx.tokens[verb].rel == "acl:relcl" else -1
    if document >= 0 and not ctx.lex.is_source(ctx.tokens[document]) and ctx.tokens[document].rel == "nmod":
        document = ctx.tokens[document].head  # ("сообщение для печати, в котором": the parse hangs it on "печати")
    if document < 0 or not ctx.lex.is_source(ctx.tokens[document]):
        return None
    owner = ctx.owner(document)
    if owner is not None and not ctx.kids(owner, "case") and owner < verb:
        return ctx.res.from_head(owner) or ctx.res.introduced_org(owner) or _unnamed_institution(ctx, owner)
    if ctx.tokens[document].rel != "obj" or ctx.tokens[document].head < 0:
        return None
    # (a subject before the document: the parse may hang the content's subject on the main verb)
    subject = max((k for k in ctx.kids(ctx.tokens[document].head, "nsubj") if k < document), default=None)
    if subject is None or ctx.tokens[subject].pos not in ("NOUN", "PROPN"):
        return None  # (an agent of a passive or a pronoun is left to the other rules)
    return ctx.res.from_head(subject, common=True)


def _event_holder(ctx: QuoteContext, event: int) -> SpeakerRef | None:
    """"на заседании правительства" -> правительство: the genitive owner of an occasion
    (not its name in apposition, "на саммите «X»", which names only the event)."""
    owners = [k for k in ctx.kids(event, "nmod") if k > event and ctx.tokens[k].feats.get("Case") == "Gen"
              and ctx.tokens[k].pos in ("NOUN", "PROPN") and not ctx.kids(k, "case")
              and ctx.tokens[k - 1].text not in "«\"„“"]
    return ctx.res.from_head(owners[0]) if owners else None


def _site_owner(ctx: QuoteContext, noun: int) -> SpeakerRef | None:
    """"говорится в сообщении на сайте Кремля": the owner of the site (page, channel)
    that carries an unowned document issued it."""
    for c in ctx.kids(noun, "nmod"):
        if _site_word(lemma(ctx.tokens[c]), SITE_NOUNS) and any(ctx.tokens[p].text.lower() in ("на", "в", "во")
                                                      for p in ctx.kids(c, "case")):
            owner = ctx.owner(c)
            if owner is not None and not ctx.kids(owner, "case"):
                return ctx.res.from_head(owner, common=True)
    return None


def _description_author(ctx: QuoteContext, noun: int) -> SpeakerRef | None:
    """(dvV) "«…», – говорится в описании под видео, опубликованном на YouTube-канале Минобороны", "в описании
    к видео на YouTube-канале ведомства", "в описании ролика в Youtube-канале военного ведомства Азербайджана":
    a description speaks for the owner of the page that carries it or the item it describes, else for whoever
    the item's own genitive or the sentence before shows publishing the item ("к ролику компании X",
    "Канал X опубликовал видео. В описании к ролику …").  Never the latest organisation named: what a video
    shows ("робот SpotMini") is no author."""
    item = _described_item(ctx, noun)
    author = _page_owner_after(ctx, noun) or _publishing_page(ctx, noun)
    if author is not None or item is None:
        owner = ctx.owner(noun) if item is None else None
        return author or (ctx.res.from_head(owner) if owner is not None and not ctx.kids(owner, "case") else None)
    item_owner = ctx.owner(item)
    return _publishing_page(ctx, item) \
        or (ctx.res.from_head(item_owner) if item_owner is not None and not ctx.kids(item_owner, "case") else None) \
        or _document_author(ctx, item, VIDEO_NOUNS) or _passive_publisher(ctx, item)


def _passive_publisher(ctx: QuoteContext, item: int) -> SpeakerRef | None:
    """"Видео опубликовано каналом Defence Express на YouTube. … В описании к ролику сказано": the agent (an
    instrumental with no preposition) of the passive verb of issuing whose subject is a video or post in the
    sentence before."""
    here = ctx.sent_of_token(item)
    if here == 0:
        return None
    s_first, s_stop = ctx.sentence_range(here - 1)
    for k in range(s_first, s_stop):
        verb = ctx.tokens[k].head
        if ctx.tokens[k].rel != "nsubj:pass" or lemma(ctx.tokens[k]) not in DESCRIBED_ITEM_NOUNS or verb < 0 \
                or lemma(ctx.tokens[verb]) not in ISSUING_VERBS:
            continue
        for agent in ctx.kids(verb, "obl:agent", "obl"):
            if ctx.tokens[agent].feats.get("Case") == "Ins" and not ctx.kids(agent, "case"):
                return ctx.res.from_head(agent, common=True)
    return None


# (dvV) How many words after a description its page may stand ("в описании ролика в Youtube-канале X").
PAGE_REACH = 6


def _page_owner_after(ctx: QuoteContext, noun: int) -> SpeakerRef | None:
    """"в описании ролика в Youtube-канале военного ведомства", "в описании видео на YouTube-канале ведомства",
    "на YouTube-канале birchpunk": a page noun after "в"/"на" a few words on, in the same phrase (no comma),
    and its owner - the genitive (or name) right after it, however the parse hung the two."""
    for k in range(noun + 1, min(len(ctx.tokens), noun + PAGE_REACH + 1)):
        token = ctx.tokens[k]
        if token.pos == "PUNCT" and token.text not in "«»\"":
            return None
        before = k - 1
        while before > noun and ctx.tokens[before].pos == "ADJ":
            before -= 1  # ("на официальном YouTube-канале")
        if not _site_word(lemma(token), SITE_NOUNS) or ctx.tokens[before].text.lower() not in ("в", "во", "на"):
            continue
        j = k + 1
        while j < len(ctx.tokens) and ctx.tokens[j].pos == "ADJ":
            j += 1  # ("военного ведомства")
        if j < len(ctx.tokens) and ctx.tokens[j].pos in ("NOUN", "PROPN", "X") \
                and ctx.tokens[j].feats.get("Case") in ("Gen", None):
            return ctx.res.from_head(j, common=True)
        return None
    return None


def _described_item(ctx: QuoteContext, noun: int) -> int | None:
    """The video, post or photo a description is of: its genitive ("описание ролика") or its noun after
    "к"/"под" ("описание к видео", "описание под видео"); None for the description of anything else."""
    owner = ctx.owner(noun)
    if owner is not None and lemma(ctx.tokens[owner]) in DESCRIBED_ITEM_NOUNS and not ctx.kids(owner, "case"):
        return owner
    return next((k for k in ctx.kids(noun, "nmod") if lemma(ctx.tokens[k]) in DESCRIBED_ITEM_NOUNS
                 and {ctx.tokens[p].text.lower() for p in ctx.kids(k, "case")} & {"к", "под"}), None)


def _site_word(word: str, nouns: frozenset[str]) -> bool:
    """A noun of a page that carries documents: one of `nouns`, or a named network's channel ("youtube-канал")."""
    return word in nouns or word.endswith(NETWORK_CHANNEL_SUFFIX) and len(word) > len(NETWORK_CHANNEL_SUFFIX)


def _earlier_document_owner(ctx: QuoteContext, noun: int) -> SpeakerRef | None:
    """"В заявлении семьи выражена надежда … «…», – говорится в заявлении": an unowned
    source noun is the same noun with an owner in this or the sentence before."""
    here = ctx.sent_of_token(noun)
    s_first, _ = ctx.sentence_range(max(0, here - 1))
    for k in range(noun - 1, s_first - 1, -1):
        if lemma(ctx.tokens[k]) != lemma(ctx.tokens[noun]) or ctx.in_span(ctx.tokens[k].start) is not None:
            continue
        owner = ctx.owner(k)
        if owner is not None and not ctx.kids(owner, "case") and not ctx.lex.is_source(ctx.tokens[owner]):
            return ctx.res.from_head(owner, common=True)  # (not "проект приказа": a document is no author)
        verb = ctx.tokens[k].head
        if ctx.tokens[k].rel == "obj" and verb >= 0 and ctx.tokens[verb].pos == "VERB" \
                and not ctx.kids(verb, "nsubj", "nsubj:pass"):
            # "В министерстве разработали проект приказа … в проекте сказано": whoever the
            # impersonal report that introduced the document names
            issuer, _ = _impersonal(ctx, verb)
            if issuer is not None:
                return issuer
    return None


def _document_author(ctx: QuoteContext, noun: int, kinds: frozenset[str] = frozenset()) -> SpeakerRef | None:
    """"Палата представителей приняла резолюцию … В документе газопровод называют …": a
    source noun with no owner refers to the document the sentence before introduced as
    the object (of `kinds`, when given: "опубликовал видео") of a verb of issuing with a noun
    subject ("приняла резолюцию", "опубликовал доклад"; not "суд отклонил заявление"); that
    subject issued it."""
    here = ctx.sent_of_token(noun)
    if here == 0:
        return None
    s_first, s_stop = ctx.sentence_range(here - 1)
    for k in range(s_stop - 1, s_first - 1, -1):
        token = ctx.tokens[k]
        owner = ctx.owner(k)
        is_document = lemma(token) in kinds if kinds else ctx.lex.is_source(token)
        if token.rel != "obj" or not is_document or owner is not None and not ctx.kids(owner, "case"):
            continue  # ("резолюцию против газопровода": a prepositional phrase names no owner)
        subject = _issuing_subject(ctx, k)
        if subject is not None:
            return ctx.res.from_head(subject, common=True)
    return None


# Verbs whose subject makes or issues the document that is their object ("направил телеграмму",
# "приняла резолюцию", "опубликовал видео"), unlike those of handling one ("отклонил заявление",
# "получили письмо", "проверяет заявление").
ISSUING_VERBS = frozenset({"направить", "направлять", "отправить", "отправлять", "прислать", "присылать",
                           "разослать", "рассылать", "подписать", "подписывать", "написать", "писать",
                           "опубликовать", "публиковать", "распространить", "распространять", "выпустить",
                           "выпускать", "подготовить", "готовить", "разработать", "принять", "принимать",
                           "утвердить", "утверждать", "одобрить", "составить", "составлять", "издать", "издавать",
                           "обнародовать", "огласить", "зачитать", "представить", "представлять", "подать",
                           "подавать", "выложить", "выкладывать", "разместить", "размещать", "записать",
                           "записывать", "снять", "сделать", "делать", "сформулировать"})


def _pronoun_document(ctx: QuoteContext, pronoun: int) -> int | None:
    """(mq26, rv26_Q) "Компания X подала заявление … В нем указано, что …": "в нем"/"в ней" of an
    impersonal cue is a place where words are written - the nearest document noun before it, in
    this or the previous sentence, of the pronoun's gender and number; not a person, whose words
    are never "in" him."""
    here = ctx.sent_of_token(pronoun)
    s_first, _ = ctx.sentence_range(max(0, here - 1))
    want = ctx.tokens[pronoun]
    for k in range(pronoun - 1, s_first - 1, -1):
        if not _pronoun_fits(want, ctx.tokens[k]) or ctx.in_span(ctx.tokens[k].start) is not None:
            continue
        # (a noun inside the document's own phrase - "заявление на регистрацию препарата" - is not
        # what the pronoun takes up: the phrase's head is)
        seen = {k}
        while not ctx.lex.is_source(ctx.tokens[k]) and ctx.tokens[k].rel == "nmod" and ctx.tokens[k].head >= 0 \
                and ctx.tokens[k].head not in seen:
            k = ctx.tokens[k].head  # (a head cycle of a faulty parse ends the walk)
            seen.add(k)
        return k if ctx.lex.is_source(ctx.tokens[k]) and _pronoun_fits(want, ctx.tokens[k]) else None
    return None


def _pronoun_fits(pronoun: Token, noun: Token) -> bool:
    """A noun "он"/"она" may stand for: same number, and in the singular feminine with "она" only
    ("в нем" takes up a masculine or neuter noun)."""
    if noun.pos != "NOUN" or noun.feats.get("Number") != pronoun.feats.get("Number"):
        return False
    return pronoun.feats.get("Number") != "Sing" or (noun.feats.get("Gender") == "Fem") == (
        pronoun.feats.get("Gender") == "Fem")


def _document_issuer(ctx: QuoteContext, document: int) -> SpeakerRef | None:
    """Who wrote the document token: its genitive owner, else the subject of the verb that issued it."""
    owner = ctx.owner(document)
    if owner is not None and not ctx.kids(owner, "case"):
        return ctx.res.from_head(owner, common=True)
    subject = _issuing_subject(ctx, document)
    if subject is None:
        return None
    return ctx.res.from_head(subject) or ctx.res.from_head(subject, common=True)


def _issuing_subject(ctx: QuoteContext, k: int) -> int | None:
    """The noun subject of the verb of issuing that takes the document token `k` as its object
    (whoever adopts or publishes a document issues it, named or not: "палата представителей");
    None when the verb issues nothing or has no noun subject."""
    verb = ctx.tokens[k].head
    if verb < 0 or lemma(ctx.tokens[verb]) not in ISSUING_VERBS:
        return None
    subject = ctx.subject_of(verb)
    if subject is None or ctx.tokens[subject].pos not in ("NOUN", "PROPN") \
            or ctx.tokens[subject].feats.get("Case") not in ("Nom", None):
        return None
    return subject


def _post_author(ctx: QuoteContext, noun: int) -> SpeakerRef | None:
    """"Певица опубликовала фото … «…», – говорится в подписи к посту": an unowned post
    (or its caption) is by the subject of the latest posting verb of this or the sentences
    just before; failing that, by the person quoted last within that reach."""
    if lemma(ctx.tokens[noun]) not in POST_NOUNS:
        return None
    poster = _poster(ctx, noun)
    if poster is not None:
        return poster
    here = ctx.sent_of_token(noun)
    reach = ctx.tokens[ctx.sentence_range(max(0, here - POST_WINDOW))[0]].start
    person = next((ref for offset, ref in reversed(ctx.res.speakers) if offset >= reach), None)
    return person if person is not None and _person_speaker(ctx, person) else None


def _interview_giver(ctx: QuoteContext, noun: int) -> SpeakerRef | None:
    """"«…», – отметил он. … «…», – говорится в интервью": an unowned interview is the one
    of the person quoted last in this or the few sentences before (the interviewer, an
    outlet, never speaks in it)."""
    if lemma(ctx.tokens[noun]) not in INTERVIEW_NOUNS:
        return None
    here = ctx.sent_of_token(noun)
    content_start, content_stop = ctx.res.excluded
    if content_start < content_stop <= ctx.tokens[noun].start:
        # (counted from where the quoted words began: a long quote does not push the person out of reach)
        here = min(here, ctx.sent_of_token(ctx.doc.token_span(content_start, content_start + 1)[0]))
    reach = ctx.tokens[ctx.sentence_range(max(0, here - POST_WINDOW))[0]].start
    person = next((ref for offset, ref in reversed(ctx.res.speakers) if offset >= reach), None)
    return person if person is not None and _person_speaker(ctx, person) else None


def _poster(ctx: QuoteContext, noun: int) -> SpeakerRef | None:
    """The subject of the latest posting verb ("опубликовала фото") in this sentence or the
    few before noun `noun`, else None."""
    here = ctx.sent_of_token(noun)
    s_first, _ = ctx.sentence_range(max(0, here - POST_WINDOW))
    for k in range(noun - 1, s_first - 1, -1):
        token = ctx.tokens[k]
        if token.pos != "VERB" or lemma(token) not in POSTING_VERBS or ctx.in_span(token.start) is not None:
            continue
        if token.feats.get("VerbForm") == "Part":
            continue  # (dvE) "На видео, опубликованном в Instagram": a participle's noun is the item, no poster
        subject = ctx.subject_of(k)
        if subject is not None and ctx.tokens[subject].pos in ("NOUN", "PROPN", "PRON"):
            ref = ctx.res.from_head(subject, common=True)
            if ref is not None:
                return ref
    return None


def _passive_caption_writer(ctx: QuoteContext, cand: Candidate) -> SpeakerRef | None:
    """(dvE) "Минэнерго выложило видео … «…» – подписано видео": a caption verb whose subject is
    the item itself (a passive, whatever the parse calls the subject) is by whoever the text shows
    posting the item (`_poster`), else no one named."""
    verb = cand.cue_token
    if verb is None or lemma(ctx.tokens[verb]) not in CAPTION_VERBS:
        return None
    heads = [cand.speaker_head] if cand.speaker_head is not None else ctx.kids(verb, "nsubj:pass", "nsubj")
    item = next((k for k in heads if lemma(ctx.tokens[k]) in CAPTIONED_ITEMS), None)
    return _poster(ctx, item) if item is not None else None


def _captioned_by(ctx: QuoteContext, head: int) -> SpeakerRef | None:
    """"Певица опубликовала фото. Надпись под снимком гласит: «…»": a caption or post with
    no owner of its own, as the speaker, is the words of whoever the text shows posting it
    (a placard's "надпись" no one posted stays itself)."""
    token = ctx.tokens[head]
    if lemma(token) in DESCRIPTION_NOUNS and _described_item(ctx, head) is not None:
        return _poster(ctx, head)  # (dvV) "«…» – гласит описание фото" after "Бузова опубликовала снимок"
    if lemma(token) not in CAPTION_NOUNS or ctx.owner(head) is not None or ctx.possessor(head) is not None:
        return None
    return _poster(ctx, head)


def _crossing_sources(ctx: QuoteContext, verb: int) -> list[int]:
    """"В докладе Центра X говорится, что …" when the parse hangs "в докладе" on the
    content's verb: a source noun before the cue attached across it; and any oblique the
    parse hung on the content's verb though it stands before the cue ("в канцелярии
    премьер-министра сообщили, что …"; the caller keeps only those with "в", "на" or "у")."""
    s_first, _ = ctx.sentence_range(ctx.sent_of_token(verb))
    sources = [k for k in range(s_first, verb) if ctx.tokens[k].rel == "obl" and ctx.tokens[k].head > verb
               and ctx.lex.is_source(ctx.tokens[k]) and ctx.in_span(ctx.tokens[k].start) is None]
    # ("в канцелярии премьер-министра сообщили, что …" with "в канцелярии" hung on the content's verb)
    sources += [k for k in ctx.hung_on_content(verb, "obl") if k not in sources]
    # (dvD) ("Главной целью в военном ведомстве назвали …" with the place hung on the fronted predicate)
    return sources + [k for k in under_fronted_predicate(ctx, verb) if k not in sources]


def _office_holder(ctx: QuoteContext, place: int) -> SpeakerRef | None:
    """"В офисе шерифа подтвердили", "в штабе кандидата заявили": a place noun with an
    animate genitive owner reports for that owner (the role phrase, or its actor)."""
    if lemma(ctx.tokens[place]) not in OFFICE_NOUNS:
        return None  # ("в смерти Джексона" names no one who speaks)
    owners = [k for k in ctx.kids(place, "nmod") if k > place and ctx.tokens[k].feats.get("Case") == "Gen"
              and ctx.tokens[k].feats.get("Animacy") == "Anim" and ctx.tokens[k].pos in ("NOUN", "PROPN")]
    if not owners:
        return None
    return ctx.res.registered_office(place, owners[0]) or ctx.res.from_head(owners[0])


def _interviewee(ctx: QuoteContext, cand: Candidate, speaker: SpeakerRef | None) -> SpeakerRef | None:
    """"— говорит Маргарита Почицкая. … При этом, говорит эксперт, …": a bare singular
    expert noun (or a bare person noun of a field the person fits: "сказал депутат") that
    resolved to nobody, framing a quote a few sentences after a named person's quote with
    no other person named in between, is that person again (the reporter varies the
    wording); "собеседник агентства" is the one just quoted even when unnamed."""
    head = cand.speaker_head
    if head is None or ctx.tokens[head].feats.get("Number") == "Plur":
        return None
    noun = _expert_noun(ctx.tokens[head])
    if speaker is None and noun == "собеседник":
        # (an anonymous "собеседник агентства" is nobody's name, but may be the one just quoted)
        first, last_token = ctx.res.subtree(head, no_pp=True)
        start, stop = ctx.tokens[first].start, ctx.tokens[last_token - 1].stop
        speaker = SpeakerRef(None, ctx.doc.text[start:stop], ctx.doc.text[start:stop], start, stop)
        found = _described_interlocutor(ctx, head, speaker) or _interviewee(ctx, cand, speaker)
        return found if found is not None and found.name != speaker.name else None
    if speaker is None or speaker.actor_id is not None:
        return None
    # (any other person noun only bare - "сказал депутат", "журналист и писатель", not
    # "другой депутат" - and of a field the person's introduction allows)
    bare = noun in PERSON_NOUNS and all(ctx.tokens[k].rel in ("conj", "cc", "punct") and (
        lemma(ctx.tokens[k]) in PERSON_NOUNS or ctx.tokens[k].rel != "conj") for k in ctx.kids(head))
    if noun not in EXPERT_NOUNS and not bare:
        return None
    last = ctx.last_quote
    here = ctx.doc.sentence_at(ctx.tokens[head].start) or 0
    if noun == "собеседник" and last is not None and last.speaker is not None and last.speaker.actor_id is None \
            and last.stop <= cand.start and last.sentence >= here - 1 and _unnamed_person(ctx, last.speaker):
        return SpeakerRef(None, last.speaker.name, speaker.text, speaker.start, speaker.stop)
    if last is None or last.speaker is None or not _person_speaker(ctx, last.speaker) or last.stop > cand.start:
        return None
    if cand.stop <= ctx.tokens[head].start:
        # (counted from where the quoted words began: a long quote does not push the person out of reach)
        here = min(here, ctx.doc.sentence_at(cand.start) or here)
    if _last_sentence_of(ctx, last) < here - INTERVIEWEE_WINDOW:
        return None
    # (a person the quoted words themselves name is no one else speaking)
    between = [m for m in ctx.res.mentions_in(last.stop, ctx.tokens[head].start)
               if not min(cand.start, ctx.res.excluded[0]) <= m.start < cand.stop]
    if any(m.type == "PER" and m.actor_id != last.speaker.actor_id for m in between) \
            or last.speaker.actor_id is None or not ctx.res.fits_description(last.speaker.actor_id, head) \
            or noun not in EXPERT_NOUNS and not ctx.res.may_describe(last.speaker.actor_id, head):
        return None
    return SpeakerRef(last.speaker.actor_id, last.speaker.name, speaker.text, speaker.start, speaker.stop)


# (dvS) How many appositions a name may hang below the subject noun ("Сопредседатель …, член … Александр Брод").
APPOSITION_HOPS = 3
# (dvS) Dependents that make an expert noun a new or another person ("эксперт агентства", "другой эксперт").
EXPERT_QUALIFIER_RELS = frozenset({"amod", "det", "nmod", "appos", "nummod", "acl"})


def _expert_just_named(ctx: QuoteContext, cand: Candidate, speaker: SpeakerRef | None) -> SpeakerRef | None:
    """(dvS) "Сопредседатель ассоциации … Александр Брод указал на учет законодателями веяний времени. «…», – заявил
    эксперт", "Директор … Виктор Потуремский поделился результатами исследования. Эксперт рассказал о …": a bare
    singular commentator noun ("эксперт", "аналитик", "специалист"; not a post such as "чиновник", which must fit
    the person's field) that resolved to nobody takes up the person named as the subject of a main clause in the
    last few sentences before the quote, when no other person is named since (outside the quoted words) and the
    frame's verb does not show another gender.  (`_interviewee` asks that person to have been quoted.)"""
    head = cand.speaker_head
    if head is None or speaker is None or speaker.actor_id is not None:
        return None
    token = ctx.tokens[head]
    if token.feats.get("Number") == "Plur" or _expert_noun(token) not in COMMENTATOR_NOUNS \
            or ctx.kids(head, *EXPERT_QUALIFIER_RELS):
        return None
    begins = min(cand.start, token.start)
    here = ctx.doc.sentence_at(begins)
    if here is None:
        return None
    named = [m for m in ctx.res.mentions_in(ctx.doc.sentences[max(0, here - INTERVIEWEE_WINDOW)].start, token.start)
             if m.type in ("PER", "ROLE") and m.actor_id and not cand.start <= m.start < cand.stop
             and ctx.in_span(m.start) is None]
    # (persons count by their names: a post inside someone's title - "член Совета при президенте РФ" - is no one
    # else speaking)
    persons = {m.actor_id for m in named if m.type == "PER"}
    if len(persons) != 1:
        return None  # (nobody, or two persons: the noun may stand for either)
    actor_id = persons.pop()
    actor = ctx.doc.actor(actor_id)
    if actor is None or actor.type != "PER" or not ctx.res.agrees_with_verb(actor_id, head) \
            or not any(_main_subject(ctx, m) for m in named if m.actor_id == actor_id) \
            or any(role.split()[0].lower() in STATE_OFFICE_WORDS for role in actor.roles if role.split()):
        # (cr33 R3: a minister or a governor the text named is no "эксперт" commenting on him; by the person's
        # own post, not a word of his title: "член Совета при президенте" is no president)
        return None
    return SpeakerRef(actor_id, actor.name, speaker.text, speaker.start, speaker.stop)


# (cr33 R3) Posts of the state whose holder a bare "эксперт" does not take up.
STATE_OFFICE_WORDS = frozenset({"министр", "замминистра", "губернатор", "президент", "вице-президент", "мэр",
                                "депутат", "сенатор", "премьер", "премьер-министр", "вице-премьер", "канцлер",
                                "посол", "спикер", "глава"})


def _main_subject(ctx: QuoteContext, mention: Mention) -> bool:
    """The mention is the subject of a main-clause verb ("Александр Брод указал на …"), or a name apposed to
    that subject ("Сопредседатель ассоциации, член совета Александр Брод указал")."""
    first, last = ctx.doc.token_span(mention.start, mention.stop)
    for k in range(first, last):
        for _ in range(APPOSITION_HOPS):
            if ctx.tokens[k].rel not in ("appos", "flat:name", "flat", "nmod") or ctx.tokens[k].head < 0:
                break
            k = ctx.tokens[k].head
        verb = ctx.tokens[k].head
        if ctx.tokens[k].rel.startswith("nsubj") and verb >= 0 and ctx.tokens[verb].rel in ("root", "conj"):
            return True
    return False


def _last_sentence_of(ctx: QuoteContext, quote: Quote) -> int:
    """(dvK) The sentence a quote ends in: a quotation of several sentences keeps its
    speaker within reach of the frame after it."""
    end = ctx.doc.sentence_at(max(quote.start, quote.stop - 1))
    return max(quote.sentence, end if end is not None else quote.sentence)


def _described_interlocutor(ctx: QuoteContext, head: int, phrase: SpeakerRef) -> SpeakerRef | None:
    """(mB40) "…, сообщил ТАСС представитель облправительства. «…», — процитировал Орлова собеседник агентства";
    "сказал сотрудник пресс-службы. По его словам, … «…», — уточнил собеседник агентства": the agency's bare
    interlocutor (no other word than the outlet: not "собеседник в правительстве", "другой собеседник") is the
    described person who spoke last, a few sentences back, when nobody else spoke since - a speaker quoted
    within the interlocutor's own sentence ("процитировал Орлова") aside, and the description taken up by a
    pronoun ("По его словам") counting as that person."""
    if any(ctx.tokens[k].rel not in ("nmod", "flat", "flat:name", "appos", "punct", "det")
           or ctx.kids(k, "case") for k in ctx.kids(head)):
        return None
    here = ctx.doc.sentence_at(ctx.tokens[head].start)
    if here is None:
        return None
    for offset, ref in reversed(ctx.res.speakers):
        at = ctx.doc.sentence_at(ref.start if ref.start is not None else offset)
        if at is None or at >= here:
            continue  # (the person the interlocutor himself quotes)
        if at < here - INTERVIEWEE_WINDOW or ref.actor_id is not None or ref.unnamed:
            return None
        return SpeakerRef(None, ref.name, phrase.text, phrase.start, phrase.stop) \
            if _described_person(ctx, ref) else None
    return None


def _described_person(ctx: QuoteContext, ref: SpeakerRef) -> bool:
    """(mB40) The speaker is a person the text only describes ("сотрудник пресс-службы"), by that phrase or by a
    pronoun that took it up (then its earlier speaker phrase of the same name tells)."""
    if _unnamed_person(ctx, ref):
        return True
    first, last = ctx.doc.token_span(ref.start, ref.stop) if ref.start is not None and ref.stop is not None else (0, 0)
    if last - first != 1 or ctx.tokens[first].pos not in ("PRON", "DET"):
        return False
    return any(earlier.name == ref.name and earlier.text != ref.text and _unnamed_person(ctx, earlier)
               for _, earlier in ctx.res.speakers)


def _expert_noun(token: Token) -> str:
    """The speaker noun's lemma, a feminine form read as its masculine noun ("собеседница")."""
    word = lemma(token)
    return FEMININE_EXPERT_NOUNS.get(word, word)


def _unnamed_person(ctx: QuoteContext, ref: SpeakerRef) -> bool:
    """A speaker phrase headed by an animate noun ("представитель пресс-службы посольства")."""
    if ref.start is None or ref.stop is None:
        return False
    first, last = ctx.doc.token_span(ref.start, ref.stop)
    return first < last and ctx.tokens[first].pos == "NOUN" and ctx.tokens[first].feats.get("Animacy") == "Anim"


def _unnamed_institution(ctx: QuoteContext, place: int) -> SpeakerRef | None:
    """"Об этом сообщили в оперативном штабе по ситуации с COVID-19": an institution noun no
    name or earlier organisation resolves still says who reports (the phrase itself),
    unless it is a place that speaks for its owner ("в штабе кандидата")."""
    token = ctx.tokens[place]
    if token.pos == "ADJ":
        # ("в Объединенной судостроительной корпорации": the parse may head the phrase with
        # its first adjective and hang the institution noun on it)
        noun = next((k for k in ctx.kids(place) if k > place and ctx.tokens[k].pos == "NOUN"
                     and ctx.tokens[k].feats.get("Case") == token.feats.get("Case")
                     and lemma(ctx.tokens[k]) in ORG_CLASS_NOUNS), None)
        if noun is None or ctx.kids(noun, "nmod:poss", "det"):
            return None
        first, last = ctx.res.subtree(place, no_pp=True)
        start, stop = ctx.tokens[first].start, ctx.tokens[last - 1].stop
        return SpeakerRef(None, ctx.res.phrase_text(first, last, max(noun, last - 1)), ctx.doc.text[start:stop],
                          start, stop)
    if lemma(token) not in ORG_CLASS_NOUNS or token.feats.get("Number") == "Plur" \
            or _office_holder(ctx, place) is not None or ctx.kids(place, "nmod:poss", "det"):
        return None
    return ctx.res.from_head(place, common=True)


def _press_group(ctx: QuoteContext, place: int) -> SpeakerRef | None:
    """"в британской прессе пишут": the press (the media) of the place is a group speaker,
    named by its phrase in the nominative ("британская пресса")."""
    token = ctx.tokens[place]
    if lemma(token) not in PRESS_PLACES or token.feats.get("Case") == "Acc":
        return None
    first, last = ctx.res.subtree(place, no_pp=True)
    start, stop = ctx.tokens[first].start, ctx.tokens[last - 1].stop
    return SpeakerRef(None, ctx.res.phrase_text(first, last, place), ctx.doc.text[start:stop], start, stop)


# (dvE) Pieces of the press ("говорится в заметке", "в статье"): written by an outlet, not by the
# company or the body they are about.
PRESS_PIECE_NOUNS = frozenset({"заметка", "статья"})


def _press_piece_author(ctx: QuoteContext, noun: int) -> SpeakerRef | None:
    """The author of a press piece the frame names with no owner and no author found: whoever an
    unowned document falls back to (`_unowned_document_speaker`) when that is an outlet, else no
    one ("Перевозчик отменяет рейсы. «…», — говорится в заметке": the carrier is what the note is
    about, not its author)."""
    found = _unowned_document_speaker(ctx, noun)
    return found if found is not None and _names_outlet(ctx, found) else None


def _cited_document_author(ctx: QuoteContext, cand: Candidate) -> SpeakerRef | None:
    """(mV35, rv35_Q C8) "Компания Wizz Air разослала письмо. «…», — цитирует газета документ": the quoted
    object is a document no one owns in its phrase; its author is found as for "говорится в документе" (the
    latest reporting source or organisation last), never the outlet that cites it."""
    noun = cand.speaker_head
    if noun is None or not ctx.lex.is_source(ctx.tokens[noun]) or ctx.owner(noun) is not None \
            or ctx.possessor(noun) is not None:
        return None
    author = _participle_agent(ctx, noun) or _document_author(ctx, noun) or _earlier_document_owner(ctx, noun) \
        or _earlier_document_author(ctx, noun) or _unowned_document_speaker(ctx, noun)
    return author if author is not None and author.name not in cand.sources else None


def _unowned_document_speaker(ctx: QuoteContext, noun: int) -> SpeakerRef | None:
    """The speaker of a document the frame names with no owner and no author found ("говорится в
    сообщении"; the author chain, `_earlier_document_author` included, found none): the latest
    reporting source, else the latest organisation."""
    return ctx.last_source or _latest_org(ctx, ctx.tokens[noun].start)


def _document_participles(ctx: QuoteContext, noun: int) -> list[int]:
    """The passive participles on a document noun, but for those of its receipt or reading."""
    return [part for part in ctx.kids(noun, "acl", "amod")
            if ctx.tokens[part].feats.get("VerbForm") == "Part" and ctx.tokens[part].feats.get("Voice") == "Pass"
            and lemma(ctx.tokens[part]) not in RECEIVED_VERBS]  # (the receiver or the reader is no author)


def _participle_agent(ctx: QuoteContext, noun: int) -> SpeakerRef | None:
    """"в оповещении, распространенном канцелярией премьера", "из опубликованного блогером
    документа": a passive participle on the document names its maker in the instrumental - a
    person, an organisation or an institution, not a time or a manner ("опубликованном вечером",
    "подписанном кровью")."""
    for part in _document_participles(ctx, noun):
        for agent in ctx.kids(part, "obl:agent", "obl"):
            agent_token = ctx.tokens[agent]
            if agent_token.feats.get("Case") != "Ins" or ctx.kids(agent, "case") \
                    or agent_token.pos not in ("NOUN", "PROPN"):
                continue
            institution = ctx.res.introduced_org(agent) or _office_holder(ctx, agent) \
                or _unnamed_institution(ctx, agent)
            if institution is None and not ctx.agentive(agent):
                continue
            ref = ctx.res.from_head(agent, common=True) or institution
            if ref is not None:
                return ref
    return None


def _publishing_page(ctx: QuoteContext, noun: int) -> SpeakerRef | None:
    """"в сообщении, опубликованном в группе «X»": a publishing participle names the page that
    carries the document, whose owner (or the page itself, when a name is all it has) speaks."""
    for part in _document_participles(ctx, noun):
        if lemma(ctx.tokens[part]) not in POSTING_VERBS:
            continue
        for place in ctx.kids(part, "obl"):
            if not _site_word(lemma(ctx.tokens[place]), PAGE_NOUNS) \
                    or not {ctx.tokens[p].text.lower() for p in ctx.kids(place, "case")} & {"в", "во", "на"}:
                continue
            owner = ctx.owner(place)
            if owner is not None and not ctx.kids(owner, "case"):
                return ctx.res.from_head(owner, common=True)
            name = next((k for k in ctx.kids(place, "appos") if ctx.tokens[k].pos == "PROPN"), None)
            if name is not None:
                first, last = ctx.res.subtree(place)
                return ctx.res.from_phrase(first, last, place, common=True)
    return None


def _earlier_document_author(ctx: QuoteContext, noun: int) -> SpeakerRef | None:
    """"Письмо подписали руководители 29 компаний. В обращении сказано: … «…», сказано в письме":
    an unowned document noun is the document of that noun (any document, for the bare "документ",
    "текст") that a sentence at most DOCUMENT_WINDOW back introduced as the object of a verb of
    issuing ("подписали", not "получили"); its subject issued it (`_document_author` reads the
    sentence just before alone)."""
    here = ctx.sent_of_token(noun)
    word = lemma(ctx.tokens[noun])
    for back in range(2, DOCUMENT_WINDOW + 1):
        if here - back < 0:
            return None
        s_first, s_stop = ctx.sentence_range(here - back)
        for k in range(s_stop - 1, s_first - 1, -1):
            token = ctx.tokens[k]
            if token.rel != "obj" or not ctx.lex.is_source(token) or ctx.in_span(token.start) is not None \
                    or (word not in GENERIC_DOCUMENT_NOUNS and lemma(token) != word):
                continue
            owner = ctx.owner(k)
            if owner is not None and not ctx.kids(owner, "case"):
                continue  # (another's document: "опубликовал заявление МИД")
            subject = _issuing_subject(ctx, k)
            if subject is not None:
                return ctx.res.from_head(subject, common=True)
    return None


def _latest_org(ctx: QuoteContext, before: int) -> SpeakerRef | None:
    mention = ctx.res.latest(before, ("ORG", "MEDIA"))
    content_start, content_stop = ctx.res.excluded
    if mention is not None and content_start <= mention.start < content_stop <= before + 2 \
            and not _subject_mention(ctx, mention.start):
        # ("«…информация о бенефициарах АО "Открытие холдинг"…», — говорится в сообщении": an
        # organisation the words only mention is what they are about; one that is their
        # subject - "Власти Австралии включили …, следует из документа" - may have issued them)
        mention = ctx.res.latest(content_start, ("ORG", "MEDIA"))
    return ctx.res.ref(mention) if mention else None


def _subject_mention(ctx: QuoteContext, offset: int) -> bool:
    """The mention starting at `offset` belongs to the subject phrase that opens the
    content ("Власти Австралии включили …", "Следственное управление СК РФ проверит …")."""
    content_first, _ = ctx.doc.token_span(ctx.res.excluded[0], ctx.res.excluded[0] + 1)
    k, _ = ctx.doc.token_span(offset, offset + 1)
    for _step in range(5):
        if not 0 <= k < len(ctx.tokens):
            return False
        if ctx.tokens[k].rel == "nsubj":
            return k < content_first + CONTENT_SUBJECT_REACH
        if ctx.tokens[k].rel not in ("flat", "flat:name", "appos", "nmod"):
            return False
        k = ctx.tokens[k].head
    return False


def _outlet(ctx: QuoteContext) -> str:
    url = ctx.doc.article.url
    if url:
        host = urlparse(url).hostname
        if host:
            return host.removeprefix("www.")
    return "article"


# A quoted stretch of at most this many words, opening with a capital and without a finite
# verb, is a name ("газопровод «Северный поток — 2»", «Единая Россия», «Совкомфлот»).
QUOTED_NAME_WORDS = 6
# (mC32, rv32_Q C5) Nouns that introduce a work, a programme or an article of law by its quoted title, and
# the most words such a title may run to ("героем стихотворения Владимира Высоцкого «Вступительное слово про
# Витьку Кораблева и друга закадычного – Ваню Дыховичного»"); the author's name may stand between.
TITLED_NOUNS = NAMED_THING_NOUNS | {"статья", "программа", "закон", "законопроект",
                                    # (mK39) shows and projects named in marks: «шоу «Орел и решка»»
                                    "проект", "шоу", "телешоу", "передача", "телепередача", "рубрика"}
LONG_TITLE_WORDS = 16
AUTHOR_NAME_WORDS = 3
# The words between a cue and the colon that opens its content ("написал в Twitter:").
COLON_FRAME_CHARS = 60
_COLON_FRAME = re.compile(r"[^.!?;:,«»\"„“”\n]{0,%d}:" % COLON_FRAME_CHARS)
# What stands between a content and the cue after it in a dash frame ("…», – сказал", "… — сказала").
_DASH_BEFORE_CUE = re.compile(r"[»\"“”]*[ \u00a0]*,?[ \u00a0]*[-–—][ \u00a0]+")
_OPENING = " \u00a0\t\n«\"„“"
# What stands between wholly quoted words and the cue after them in a comma frame ("…», сказала").
_QUOTE_COMMA_BEFORE_CUE = re.compile(r"[»\"“”]*[ \u00a0]*,[ \u00a0]*")


def _whole_words(text: str, start: int, stop: int) -> tuple[int, int]:
    """(cr40 F5) A content cut from a subtree whose first or last token is half of a word the tokenizer split at a
    script change ("«Cултана» with a Latin C": "C" + "ултана") takes the whole word."""
    while 0 < start < stop and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while start < stop < len(text) and text[stop - 1].isalnum() and text[stop].isalnum():
        stop += 1
    return start, stop


def _inside_wiki_italics(text: str, start: int, stop: int) -> tuple[int, int]:
    """(hT38, rv37_Q C8) "так: ''«Это был праздник …»''": a content cut inside the doubled apostrophes of wiki
    italics (which Wikinews pages keep in their text) keeps no lone apostrophe of the markup at either edge (a whole
    pair inside, "ущерб ''Amazon.com''", is the text's own)."""
    if start < stop and text[start] == "'" and start > 0 and text[start - 1] == "'":
        start += 1
    if stop > start and text[stop - 1] == "'" and text[stop:stop + 1] == "'":
        stop -= 1
    return start, stop


def _kind(ctx: QuoteContext, cand: Candidate) -> str:
    """direct: quoted words in a dash or colon frame or a fully quoted headline, and a content a
    colon or a dash sets off from its cue even without quotation marks ("Дуда написал в
    Twitter: Своими работами …", "… — сказала Визбор"); mixed: a clause with words of the
    speaker in quotation marks (quoted names do not count: «Северный поток — 2», «Зантак»);
    else indirect."""
    rule = cand.rule
    if rule in ("dash", "colon", "block", "split", "continuation", "answer"):
        return "direct"
    if rule == "headline":
        # A title "Песков: …" / "«Би-би-си»: …" gives the words as the speaker's own, as a colon
        # frame does (gold/quotes/README.md: direct, cue colon)
        return "direct"
    if rule in ("clause", "frame", "trailing") and (_colon_frame(ctx, cand) and not _hinted(ctx, cand)
                                                     or _dash_frame_after(ctx, cand)):
        return "direct"
    return "mixed" if _quotes_speaker_words(ctx, cand.start, cand.stop) else "indirect"


def _colon_frame(ctx: QuoteContext, cand: Candidate) -> bool:
    """The content follows its cue and a colon close after it, with no clause between:
    "Президент Польши Анджей Дуда написал в Twitter: …", "Все эксперты подчеркивают: …"
    (not "обнародовала данные о том, сколько зарабатывают пилоты: …")."""
    if cand.cue_token is None or not 0 <= cand.cue_token < len(ctx.tokens):
        return False
    cue_stop = ctx.tokens[cand.cue_token].stop
    if cue_stop > cand.start:
        return False
    between = ctx.doc.text[cue_stop:cand.start].rstrip(_OPENING + "-–—")
    if _COLON_FRAME.fullmatch(between) is None:
        return False
    # (words, not a list the colon opens: "рассказал о деятельности советов: по социальной поддержке …")
    first, last = ctx.doc.token_span(cand.start, cand.stop)
    return any(t.pos in ("VERB", "AUX") or t.text.lower() == "нет" for t in ctx.tokens[first:last])


# (rv23_Q M3) Cues of hinting: a stance shown, not words said ("дала понять: кабинет она
# распускать не будет"); unquoted words after their colon are the narrator's paraphrase.
HINTING_CUES = frozenset({"давать понять", "дать понять", "намекать", "намекнуть"})


def _hinted(ctx: QuoteContext, cand: Candidate) -> bool:
    """A hinting cue's unquoted colon words are indirect (quoted ones stay the speaker's)."""
    return cand.cue in HINTING_CUES and not _quotes_speaker_words(ctx, cand.start, cand.stop)


def _dash_frame_after(ctx: QuoteContext, cand: Candidate) -> bool:
    """A trailing cue after a dash: "… — сказала Варвара Визбор", or after the comma closing
    words wholly in quotation marks ("«…», сказала X"); a comma alone after unquoted words
    ("…, сообщил X") is the indirect report of a reprint."""
    if cand.rule != "trailing" or cand.cue_token is None or not 0 <= cand.cue_token < len(ctx.tokens):
        return False
    cue_start = ctx.tokens[cand.cue_token].start
    if cue_start < cand.stop:
        return False
    if _DASH_BEFORE_CUE.fullmatch(ctx.doc.text, cand.stop, cue_start) is not None:
        return True
    if lemma(ctx.tokens[cand.cue_token]) in QUOTING_VERBS and _fully_quoted(cand.start, cand.stop, ctx.spans) \
            and _DASH_BEFORE_CUE.match(ctx.doc.text, cand.stop, cue_start) is not None:
        return True  # (rv36_Q C3) "«…», — эти слова командира X, сказанные им накануне, цитирует ТАСС"
    # (rev24_A L3) "«Это слегка неловко», сказала X": words wholly in quotation marks are the speaker's own
    # even when a comma alone sets off the frame
    return _QUOTE_COMMA_BEFORE_CUE.fullmatch(ctx.doc.text, cand.stop, cue_start) is not None \
        and _fully_quoted(cand.start, cand.stop, ctx.spans) and _frame_ends_sentence(ctx, cand.cue_token)


def _frame_ends_sentence(ctx: QuoteContext, cue: int) -> bool:
    """(ma25, rev25_A L3) The comma frame closes its statement: the cue hangs on the quoted words
    before it, not on a predicate after it ("«Война и мир», сказал он, остается его любимым
    романом" interrupts one statement; "«…», сказала X, когда вышла к трибуне" closes it)."""
    return ctx.tokens[cue].head < cue


def _quotes_speaker_words(ctx: QuoteContext, start: int, stop: int) -> bool:
    """A quotation mark in [start, stop) that delimits words of the speaker: not an
    apostrophe between letters ("Lloyd’s") nor a mark of a quoted name."""
    text = ctx.doc.text
    italics = _italicised_names(text, start, stop)
    for p in range(start, stop):
        if text[p] not in QUOTE_CHARS or p in italics:
            continue
        if 0 < p < len(text) - 1 and text[p - 1].isalpha() and text[p + 1].isalpha():
            continue  # (an apostrophe)
        span = next((s for s in ctx.spans if p in (s.open_at, s.close_at)), None) \
            or next((s for s in ctx.unenclosed_nested if p in (s.open_at, s.close_at)), None)
        if span is None or not _quoted_name(ctx, span):
            return True
    return False


def _italicised_names(text: str, start: int, stop: int) -> set[int]:
    """(mJ33, rv33_Q C2) "ущерб ''Amazon.com''", "как сообщает ''Wall Street Journal''": the offsets of the
    doubled apostrophes (the wiki's italics) around a short name with a capital first, not quoted words."""
    marks: set[int] = set()
    for found in DOUBLED_APOSTROPHES.finditer(text, max(0, start - 2), min(len(text), stop + 2)):
        name = found.group(1).strip()
        if name[:1].isupper() and len(_WORDS.findall(name)) <= QUOTED_NAME_WORDS:
            marks.update((found.start(), found.start() + 1, found.end() - 2, found.end() - 1))
    return marks


def _quoted_name(ctx: QuoteContext, span: QuotedSpan) -> bool:
    """A quoted stretch that names something: a capital first, a few words, no finite verb
    («Адмирал Макаров», «Русская неделя на Ионических островах»), unlike quoted words
    («политике открытых дверей», «Россия не собирается нападать»)."""
    content = ctx.doc.text[span.start:span.stop].strip()
    words = len(_WORDS.findall(content))
    if _numbered_title(ctx, span, content) or _named_by_phrase(ctx, span) \
            or so_called_term(ctx.doc.text, span.open_at, content) \
            or law_article_title(ctx.doc.text, span.open_at, content) \
            or headline_title(ctx.doc.text, span.open_at, content):
        return True
    if not content[:1].isupper() or words > LONG_TITLE_WORDS:
        return False
    if _title_noun_before(ctx, span.open_at):
        # (mK39, rv39_Q C2) right after a noun that introduces a title, the piece is that title even with a finite
        # verb in it («программа «Пусть говорят»», «шоу «Кто хочет стать миллионером?»»)
        return True
    first, last = ctx.doc.token_span(span.start, span.stop)
    return words <= QUOTED_NAME_WORDS and not any(finite_or_imperative(t) for t in ctx.tokens[first:last])


_WORDS = re.compile(r"\w+")
# (mB36, rv36_Q C5) Words right before an opening mark that make the quoted stretch a name in any case: "кораблем под
# названием «премьер-министр Тереза Мэй»".
_NAMING_PHRASE_BEFORE = re.compile(r"(?:(?:под|с)\s+(?:названием|именем)|по\s+прозвищу|прозвищем)\s*$", re.IGNORECASE)
NAMING_PHRASE_CHARS = 40


def _named_by_phrase(ctx: QuoteContext, span: QuotedSpan) -> bool:
    """(mB36, rv36_Q C5) A quoted stretch with no finite verb after a naming phrase ("под названием «…»", "по прозвищу
    «…»") is the name it introduces, lower-case or not."""
    before = ctx.doc.text[max(0, span.open_at - NAMING_PHRASE_CHARS):span.open_at]
    if _NAMING_PHRASE_BEFORE.search(before) is None:
        return False
    first, last = ctx.doc.token_span(span.start, span.stop)
    return not any(finite_or_imperative(t) for t in ctx.tokens[first:last])
# (mW35, rv35_Q C6) A quoted title that opens with a number: "в «12 стульях»", "песню «3 сентября»".
_NUMBERED_TITLE = re.compile(r"\d+\s+[а-яё]\w*(?:\s+\w+){0,3}")
# Quantity nouns after a quoted number: a speaker's figure («5 процентов»), not a title.
QUANTITY_NOUNS = frozenset({"процент", "рубль", "доллар", "евро", "тысяча", "миллион", "миллиард", "год", "день",
                            "час", "минута", "раз", "человек", "метр", "километр", "тонна", "месяц", "неделя"})


def _numbered_title(ctx: QuoteContext, span: QuotedSpan, content: str) -> bool:
    """(mW35, rv35_Q C6) "как Остап Бендер в «12 стульях»", "спеть песню «3 сентября»", "в программе «60 минут»": a
    short quoted stretch of a number and lower-case words with no verb names a work after a title noun, or after a
    preposition when no quantity noun follows the number (a speaker's figure: "на «5 процентов»")."""
    if _NUMBERED_TITLE.fullmatch(content) is None:
        return False
    first, last = ctx.doc.token_span(span.start, span.stop)
    before, _ = ctx.doc.token_span(span.open_at, span.open_at + 1)
    if before < 1 or first + 1 >= last or any(t.pos in ("VERB", "AUX") for t in ctx.tokens[first:last]):
        return False
    return _title_noun_before(ctx, span.open_at) \
        or ctx.tokens[before - 1].pos == "ADP" and lemma(ctx.tokens[first + 1]) not in QUANTITY_NOUNS


def _title_noun_before(ctx: QuoteContext, mark: int) -> bool:
    """(mC32) A noun of `TITLED_NOUNS` right before the opening mark, or before an author's name in the
    genitive there ("стихотворения Владимира Высоцкого «…»")."""
    first, _ = ctx.doc.token_span(mark, mark + 1)
    k = first - 1
    while k >= 0 and first - k <= AUTHOR_NAME_WORDS and ctx.tokens[k].pos == "PROPN":
        k -= 1
    return k >= 0 and lemma(ctx.tokens[k]) in TITLED_NOUNS


def _fully_quoted(start: int, stop: int, spans: list[QuotedSpan]) -> bool:
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
