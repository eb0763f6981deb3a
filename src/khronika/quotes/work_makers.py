"""(dR37b) Bodies described by what they made: "производитель «Спутника V»", "разработчики",
"авторы доклада".

A news text that has said which body made a thing ("вакцина «Спутник V», которая была
произведена институтом имени Гамалеи", "В экспертном докладе ЦПК …") later names that body by
its work: "производитель «Спутника V» говорит", "по словам разработчиков", "отмечают авторы
доклада".  The gold names the body (quotes-dev9, -dev12).  A description headed by an agent
noun of making or authoring (`MAKER_NOUNS`) is resolved to the one organisation the text has
made the agent of the matching verb (`MAKING_VERBS`: the passive's agent, the active's subject)
or, for an authored work, the genitive owner of the work noun ("доклад ЦПК"), when the
description's work - its genitive complement - is what that body made (the work's noun in the
agent's sentence).  A bare maker noun ("разработчики") takes any work, so it needs exactly one
maker body in the whole text before it.  Persons who made things are left to the person stages
(an animate agent is skipped: "Американские послы написали статью"); a later speaker the rules
gave the same description's name ("По заявлению производителя" taken up as "производитель
Спутника V") is the same body.

Three kinds of work name their maker by where the text puts them rather than by a verb: the author
of a publication ("автор публикации", "Авторы статьи") is the one outlet cited just before
(`PUBLICATION_NOUNS`); the author of a channel is a person, completed by the channel's quoted name
("автор Telegram-канала «Милитарист»", `CHANNEL_NOUNS`); bare "эксперты" are the body whose expert
report the text named ("в экспертном докладе ЦПК", `STUDY_AUTHOR_STEMS`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from khronika.nlp.doc import Mention, Quote, SpeakerRef, Token
from khronika.quotes.cues import lemma as _lemma
from khronika.quotes.speakers import ORG_CLASS_NOUNS

if TYPE_CHECKING:
    from khronika.quotes.context import QuoteContext

# Agent nouns of making ("make") and of authoring ("write") a work.
MAKER_NOUNS = {"производитель": "make", "изготовитель": "make", "разработчик": "make", "создатель": "make",
               "автор": "write", "составитель": "write"}
# The verbs whose agent is the maker of each family's work.
MAKING_VERBS = {
    "make": frozenset({"произвести", "производить", "разработать", "разрабатывать", "создать", "создавать",
                       "изготовить", "изготавливать", "изготовлять", "выпустить", "выпускать"}),
    "write": frozenset({"написать", "писать", "подготовить", "готовить", "составить", "составлять",
                        "опубликовать", "публиковать", "выпустить", "выпускать", "представить", "обнародовать"}),
}
# (cr37 F7) Within the "make" family a producer and a developer are told apart: "Вакцину разработал Центр
# Гамалеи. Ее выпуск наладила компания «Генериум»" - the producer is not the developer.
PRODUCING_VERBS = frozenset({"произвести", "производить", "изготовить", "изготавливать", "изготовлять", "выпустить",
                             "выпускать"})
DEVELOPING_VERBS = frozenset({"разработать", "разрабатывать", "создать", "создавать"})
NOUN_VERBS = {"производитель": PRODUCING_VERBS, "изготовитель": PRODUCING_VERBS, "разработчик": DEVELOPING_VERBS,
              "создатель": DEVELOPING_VERBS}
# (cr37 F8) Verbs by which a new thing comes out ("Недавно вышел новый мессенджер"): a bare "разработчики" after
# such a sentence may be its makers rather than the maker named before (the subject must be a "новый" thing).
APPEARING_VERBS = frozenset({"выйти", "выходить", "появиться", "появляться"})
# (dR37b) Works an outlet publishes: their author, unnamed, is the outlet the text cites just before ("К такому
# выводу пришло издание American Thinker. … считает автор публикации"; quotes-dev4 names "автор" of a Bloomberg
# column Bloomberg); a post or a blog entry is a person's and left alone.
PUBLICATION_NOUNS = frozenset({"статья", "публикация", "материал", "колонка", "заметка", "репортаж", "расследование"})
# (dR37b) Channels a person writes: their author, unnamed, is completed by the one channel the text named with
# its quoted name ("Фотографии опубликовал Telegram-канал «Милитарист». … – пишет автор канала" -> "автор
# Telegram-канала «Милитарист»", as quotes-dev19 names it): the channel's author is a person, not the channel.
CHANNEL_NOUNS = frozenset({"канал", "телеграм-канал", "telegram-канал", "телеграмм-канал", "блог", "паблик"})
# The quoted name right after a channel noun ("канал «Милитарист»").
QUOTED_NAME = re.compile(r"\s*«([^«»\n]{1,60})»")
# (dR37b) Plural nouns of people who write a study, and the stem of the adjective that marks a document as
# theirs ("экспертный доклад", "аналитическая записка", "исследовательский отчет"): bare, they are the body that
# issued the one such document the text named ("в экспертном докладе ЦПК … считают эксперты" - ЦПК, as
# quotes-dev12 names them).
STUDY_AUTHOR_STEMS = {"эксперт": "эксперт", "аналитик": "аналитич", "исследователь": "исследоват"}
# Documents a study is written as.
STUDY_DOCUMENTS = frozenset({"доклад", "отчет", "исследование", "обзор", "записка", "рейтинг", "анализ",
                             "прогноз", "бюллетень"})
# (cr37 F12) Verbs by which an outlet prints another's work: their outlet subject is no author.
PUBLISHING_VERBS = frozenset({"опубликовать", "публиковать", "выпустить", "выпускать", "обнародовать", "представить"})
# How far after a channel's quoted name its owner's name may stand ("канал «X» журналиста Y").
OWNER_REACH = 40
# How many sentences before the speaker's the cited outlet may be named in.
OUTLET_VIEW_SENTENCES = 2
# (dR37b) What stands before the wire's name in a dateline the splitter leaves inside a sentence ("МОСКВА, 14 апр -
# РИА Новости."): the wire reports, it is cited by no one.
DATELINE_LEAD = re.compile(r"\s*[А-ЯЁA-Z][\w .,]{0,40}\s[-–—]\s+")
# (cr37 F9) Verbs by which an outlet is cited as the source of a piece of news ("Об этом сообщает ТАСС"): it
# reports another's news, it wrote no publication of the text.
SOURCE_VERBS = frozenset({"сообщать", "сообщить", "передавать", "передать", "информировать", "проинформировать"})
# Case dependents that put a noun under a preposition (no genitive owner then: "в докладе о ЦПК").
CASE_RELS = frozenset({"case"})


@dataclass(frozen=True)
class MakerDescription:
    """A speaker phrase that describes a body by its work: the agent noun's family and the
    lemma of the work its complement names (None for a bare noun)."""
    family: str
    work: str | None
    work_token: int | None = None
    noun: str = ""

    @property
    def verbs(self) -> frozenset[str]:
        """The verbs whose agent is this noun's maker (a producer's are not a developer's: cr37 F7)."""
        return NOUN_VERBS.get(self.noun, MAKING_VERBS[self.family])


def resolve_work_makers(ctx: "QuoteContext", quotes: list[Quote]) -> None:
    """Name the maker of each speaker described by its work (module docstring), and give the same
    name to later speakers the rules gave that description's name."""
    resolved: dict[str, SpeakerRef] = {}
    publisher: tuple[SpeakerRef, int] | None = None  # (the outlet of the last publication author resolved, and where)
    for quote in quotes:
        speaker = quote.speaker
        if speaker is None or speaker.actor_id is not None or speaker.start is None or speaker.stop is None:
            continue
        earlier = resolved.get(speaker.name)
        if earlier is not None and not _spelled_out(speaker) and not _other_group_since(ctx, speaker, earlier):
            # (a pronoun or a clipped form the rules took up as the description: "он" -> "автор материала")
            quote.speaker = SpeakerRef(earlier.actor_id, earlier.name, speaker.text, speaker.start, speaker.stop)
            continue
        description = _maker_description(ctx, speaker)
        found = _fresh_maker(ctx, quote, speaker, description, publisher)
        if found is None and earlier is not None and not _other_group_since(ctx, speaker, earlier) \
                and not _other_maker_since(ctx, description, earlier, speaker):
            found = earlier  # (the same description again, with no other body of its kind named since)
        if found is None:
            continue
        quote.speaker = SpeakerRef(found.actor_id, found.name, speaker.text, speaker.start, speaker.stop)
        resolved[speaker.name] = quote.speaker
        if description is not None and description.work in PUBLICATION_NOUNS and found.actor_id is not None:
            publisher = (found, speaker.stop)


def _spelled_out(speaker: SpeakerRef) -> bool:
    """The speaker's words are its description itself, not a pronoun or a clipped form of it."""
    return (speaker.text or "").lower() == speaker.name.lower()


def _fresh_maker(ctx: "QuoteContext", quote: Quote, speaker: SpeakerRef, description: MakerDescription | None,
                 publisher: tuple[SpeakerRef, int] | None) -> SpeakerRef | None:
    """What the text makes of this speaker on its own: the experts' body, the completed channel author, the
    publication's outlet or the work's sole maker."""
    if description is None:
        experts = _report_experts(ctx, speaker)
        return experts if experts is not None and not _said_inside(ctx, quote, experts) else None
    if description.work in CHANNEL_NOUNS:
        return _channel_author(ctx, speaker, description)
    if _person_named_maker(ctx, speaker):
        return None  # (cr37 F8: "Его автором стал экономист Иван Петров" - the author is a person)
    if description.work in PUBLICATION_NOUNS:
        maker = _publishing_outlet(ctx, description, speaker.start, publisher)
    else:
        maker = _sole_maker(ctx, description, speaker.start)
    return maker if maker is not None and not _said_inside(ctx, quote, maker) else None


def _other_group_since(ctx: "QuoteContext", speaker: SpeakerRef, named: SpeakerRef) -> bool:
    """(cr37 F6) Between the resolved speaker and this one the text names a group of the speaker's noun with a
    complement of its own ("Эксперты Высшей школы экономики"): the later ones may be theirs."""
    first = ctx.doc.token_span(named.start, named.stop)[1]
    last = ctx.doc.token_span(speaker.start, speaker.stop)[0]
    noun = _lemma(ctx.tokens[last]) if last < len(ctx.tokens) else ""
    return any(_lemma(ctx.tokens[k]) == noun and ctx.kids(k, "nmod") for k in range(first, last))


def _maker_description(ctx: "QuoteContext", speaker: SpeakerRef) -> MakerDescription | None:
    """The speaker phrase's head is a maker noun with no modifier but one genitive complement (the
    work: "производитель «Спутника V»", "авторы доклада") or none ("разработчики"); an authoring
    noun needs its work ("автор" alone is an outlet's, `description_speakers.MEMBER_OF`)."""
    first, last = ctx.doc.token_span(speaker.start, speaker.stop)
    roots = ctx.phrase_roots(speaker.start, speaker.stop)
    if len(roots) != 1 or ctx.tokens[roots[0]].pos != "NOUN":
        return None
    head = roots[0]
    family = MAKER_NOUNS.get(_lemma(ctx.tokens[head]))
    if family is None:
        return None
    kids = [c for c in ctx.children.get(head, []) if first <= c < last and ctx.tokens[c].pos != "PUNCT"]
    if not kids:
        return MakerDescription(family, None, noun=_lemma(ctx.tokens[head])) if family == "make" else None
    if len(kids) != 1 or ctx.tokens[kids[0]].rel != "nmod" or ctx.tokens[kids[0]].feats.get("Case") != "Gen" \
            or ctx.tokens[kids[0]].feats.get("Animacy") == "Anim" or ctx.kids(kids[0], *CASE_RELS):
        return None  # ("автор книги о Путине" may be; "разработчик из Пскова", "авторы письма Путину" are not read)
    return MakerDescription(family, _lemma(ctx.tokens[kids[0]]), kids[0], _lemma(ctx.tokens[head]))


def _sole_maker(ctx: "QuoteContext", description: MakerDescription, before: int) -> SpeakerRef | None:
    """The one non-person body the text made the maker of the described work before `before`."""
    found: dict[str, SpeakerRef] = {}
    first_token = ctx.doc.token_span(before, before + 1)[0]
    made_at = None  # (the first token of the last body maker's sentence)
    for k in range(first_token):
        for agent in _agents_of_work(ctx, k, description):
            ref = ctx.res.from_head(agent) or ctx.res.from_head(agent, common=True)
            if ref is not None and _is_body(ctx, agent, ref):
                found.setdefault(ref.actor_id or ref.name.lower(), ref)
                made_at = ctx.sentence_range(ctx.sent_of_token(k))[0]
    if len(found) != 1 or made_at is None:
        return None
    if _person_maker_since(ctx, description, made_at, first_token):
        return None  # (cr37 F15: "Ее продолжение разработал независимый программист Иван Петров")
    if description.work is None and _new_thing_since(ctx, made_at, first_token):
        return None  # (cr37 F8: "Недавно вышел новый мессенджер … – говорят разработчики")
    return next(iter(found.values()))


def _person_maker_since(ctx: "QuoteContext", description: MakerDescription, first: int, last: int) -> bool:
    """A person is the agent of one of the noun's making verbs between the tokens (whatever its object:
    "Ее продолжение разработал программист") - the maker asked about may be this person."""
    for k in range(first, last):
        token = ctx.tokens[k]
        if _lemma(token) in description.verbs and token.pos == "VERB":
            agents = ctx.kids(k, "obl:agent") if token.feats.get("Voice") == "Pass" else ctx.kids(k, "nsubj")
            if any(_is_person(ctx, a, ctx.res.from_head(a)) for a in agents):
                return True
    return False


def _new_thing_since(ctx: "QuoteContext", first: int, last: int) -> bool:
    """A new thing comes out between the tokens ("вышел новый мессенджер"), outside quoted words; not any
    subject of the verb ("появились тяжелые симптомы" - unread coronavirus_ru_51)."""
    return any(_lemma(ctx.tokens[k]) in APPEARING_VERBS and ctx.in_span(ctx.tokens[k].start) is None
               and any(_new_thing(ctx, s) for s in ctx.kids(k, "nsubj")) for k in range(first, last))


def _new_thing(ctx: "QuoteContext", k: int) -> bool:
    token = ctx.tokens[k]
    return token.pos == "NOUN" and token.feats.get("Animacy") != "Anim" \
        and any(_lemma(ctx.tokens[a]) == "новый" for a in ctx.kids(k, "amod"))


def _other_maker_since(ctx: "QuoteContext", description: MakerDescription | None, earlier: SpeakerRef,
                       speaker: SpeakerRef) -> bool:
    """Between the earlier speaker resolved and this one the text makes another body a maker of the same
    kind of work ("Компания Pfizer произвела вакцину Comirnaty", cr37 F16) or cites another outlet."""
    if description is None or earlier.start is None:
        return False
    first = ctx.doc.token_span(earlier.start, earlier.stop)[1]
    last = ctx.doc.token_span(speaker.start, speaker.stop)[0]
    if description.work in PUBLICATION_NOUNS:
        return any(m.actor_id != earlier.actor_id for m in _cited_outlets(ctx, ctx.tokens[first].start, speaker.start))
    for k in range(first, last):
        for agent in _agents_of_work(ctx, k, description):
            ref = ctx.res.from_head(agent) or ctx.res.from_head(agent, common=True)
            if ref is not None and (ref.actor_id or ref.name) != (earlier.actor_id or earlier.name):
                return True
    return False


def _person_named_maker(ctx: "QuoteContext", speaker: SpeakerRef) -> bool:
    """Before the speaker the text names a person by the speaker's maker noun: "Его автором стал экономист
    Иван Петров", "Иван Петров, автор доклада" (cr37 F8's f09) - then the description is that person's."""
    first, last = ctx.doc.token_span(speaker.start, speaker.stop)
    nouns = {_lemma(ctx.tokens[i]) for i in range(first, last)} & set(MAKER_NOUNS)
    for k in range(first):
        token = ctx.tokens[k]
        if _lemma(token) not in nouns or ctx.in_span(token.start) is not None or not 0 <= token.head < len(ctx.tokens):
            continue
        if token.rel == "appos" and _is_person(ctx, token.head, ctx.res.from_head(token.head)):
            return True
        partners = [c for c in ctx.kids(token.head, "nsubj", "xcomp", "obl") if c != k]
        if any(_is_person(ctx, c, ctx.res.from_head(c)) for c in partners):
            return True
    return False


def _report_experts(ctx: "QuoteContext", speaker: SpeakerRef) -> SpeakerRef | None:
    """A bare plural "эксперты" ("аналитики", "исследователи") is the one named body whose study the text
    introduced with the noun's adjective ("в экспертном докладе ЦПК"), when the text names no group of
    that noun with a complement of its own ("эксперты ВШЭ" may be the ones meant)."""
    first, last = ctx.doc.token_span(speaker.start, speaker.stop)
    words = [i for i in range(first, last) if ctx.tokens[i].pos != "PUNCT"]
    if len(words) != 1:
        return None
    token = ctx.tokens[words[0]]
    noun = _lemma(token)
    if noun not in STUDY_AUTHOR_STEMS or token.feats.get("Number") != "Plur":
        return None
    stem = STUDY_AUTHOR_STEMS[noun]
    owners: dict[str, int] = {}
    groups: set[str | None] = set()  # (the bodies of the groups of the noun the text names: "эксперты ВШЭ")
    met = False  # (the noun stood after a study document as a party to something else: "встретился с экспертами")
    for k in range(first):
        here = ctx.tokens[k]
        if _lemma(here) == noun and ctx.in_span(here.start) is None:
            groups.update(_group_bodies(ctx, k))
            met = met or bool(owners and ctx.kids(k, *CASE_RELS))
        if _lemma(here) in STUDY_DOCUMENTS and any(_lemma(ctx.tokens[a]).startswith(stem) for a in ctx.kids(k, "amod")):
            owner = ctx.owner(k)
            if owner is not None and not ctx.kids(owner, *CASE_RELS):
                for mention in ctx.mentions_at(owner):
                    if mention.actor_id and mention.type == "ORG":
                        owners.setdefault(mention.actor_id, k)
    if len(owners) != 1 or met:
        return None  # (cr37 F5: experts the story met later are not the report's)
    if groups - set(owners):
        return None  # ("эксперты Высшей школы экономики": a group of the text's own; cr37 D8: not "Эксперты ЦПК")
    actor = ctx.doc.actor(next(iter(owners)))
    return SpeakerRef(actor.id, actor.name, None, None, None) if actor is not None else None


def _group_bodies(ctx: "QuoteContext", k: int) -> set[str | None]:
    """The actors of the complements a group noun has ("эксперты ВШЭ"); None for a complement no actor names."""
    bodies: set[str | None] = set()
    for c in ctx.kids(k, "nmod"):
        ids = {m.actor_id for m in ctx.mentions_at(c) if m.actor_id}
        bodies.update(ids or {None})
    return bodies


def _publishing_outlet(ctx: "QuoteContext", description: MakerDescription, before: int,
                       publisher: tuple[SpeakerRef, int] | None) -> SpeakerRef | None:
    """The one outlet named in the speaker's sentence or the `OUTLET_VIEW_SENTENCES` before it, outside
    quoted words and datelines, for the author of a publication (`PUBLICATION_NOUNS`); with none in view,
    the `publisher` of an earlier author when no outlet is named since ("считает автор публикации … – пишет
    автор материала" is the same outlet's text)."""
    if description.family != "write":
        return None
    here = ctx.doc.sentence_at(before) or 0
    start = ctx.doc.sentences[max(0, here - OUTLET_VIEW_SENTENCES)].start
    outlets = _cited_outlets(ctx, start, before)
    if _person_author_in_view(ctx, start, before):
        return None
    if not outlets and publisher is not None and not _cited_outlets(ctx, publisher[1], before):
        return publisher[0]
    if len({m.actor_id for m in outlets}) != 1:
        return None
    actor = ctx.doc.actor(outlets[-1].actor_id)
    return SpeakerRef(actor.id, actor.name, None, None, None) if actor is not None else None


def _channel_author(ctx: "QuoteContext", speaker: SpeakerRef, description: MakerDescription) -> SpeakerRef | None:
    """The author noun completed by the one channel named with a quoted name before the speaker (outside
    quoted words; or right after the speaker's own channel noun): "автор Telegram-канала «Милитарист»"."""
    if description.family != "write" or description.work_token is None:
        return None
    own = ctx.tokens[description.work_token]
    first = ctx.doc.token_span(speaker.start, speaker.stop)[0]
    # (the phrase stopped before its own channel's name: "Автор телеграм-канала «Всевидящее око»")
    channels = [description.work_token] if QUOTED_NAME.match(ctx.doc.text, own.stop) is not None else range(first)
    named: dict[str, str] = {}
    for k in channels:
        token = ctx.tokens[k]
        name = QUOTED_NAME.match(ctx.doc.text, token.stop)
        if _lemma(token) in CHANNEL_NOUNS and name is not None and ctx.in_span(token.start) is None:
            if _owner_named_after(ctx, name.end()):
                return None  # (rv36_Q C4: "в канале «NEXTA Live» журналиста Степана Путило" - the author is he)
            named.setdefault(name.group(1).lower(), f"{_mid_phrase(_genitive_word(ctx, token))} «{name.group(1)}»")
    if len(named) != 1:
        return None  # (none, or two)
    if next(iter(named)) in speaker.name.lower():
        # (the name the rules already gave: "Авторы канала «Медиатехнолог»"; (sy38) written as a completed
        # phrase is, its author noun in lower case - the parse decides which of the two ways a phrase gets here)
        lowered = _mid_phrase(speaker.name)
        return None if lowered == speaker.name else SpeakerRef(speaker.actor_id, lowered, speaker.text,
                                                                 speaker.start, speaker.stop)
    author = speaker.name.split()[0].lower()  # (the rules' nominative: "автор" for "автора канала")
    return SpeakerRef(None, f"{author} {next(iter(named.values()))}", speaker.text, speaker.start, speaker.stop)


def _owner_named_after(ctx: "QuoteContext", stop: int) -> bool:
    """A person's name follows the channel's quoted name within `OWNER_REACH` characters of its sentence."""
    here = ctx.doc.sentence_at(max(0, stop - 1))
    limit = min(stop + OWNER_REACH, ctx.doc.sentences[here].stop) if here is not None else stop
    return any(m.type == "PER" for m in ctx.res.mentions_in(stop, limit))


def _mid_phrase(word: str) -> str:
    """A Cyrillic word loses its sentence-initial capital inside the phrase ("Телеграм-канал" -> "автор
    телеграм-канала", cr37 D7); a Latin one is a name ("Telegram-канала")."""
    return word[:1].lower() + word[1:] if re.match(r"[А-ЯЁ]", word) else word


def _genitive_word(ctx: "QuoteContext", token: Token) -> str:
    """The word in the genitive ("Telegram-канал" -> "Telegram-канала": a compound declines its last part)."""
    if token.feats.get("Case") == "Gen":
        return token.text
    prefix, _, last = token.text.rpartition("-")
    form = ctx.res.token_genitive(replace(token, text=last))
    return f"{prefix}-{form}" if prefix and form else form or token.text


def _cited_outlets(ctx: "QuoteContext", start: int, stop: int) -> list[Mention]:
    """Mentions of outlets between the offsets, outside quoted words and datelines."""
    return [m for m in ctx.res.mentions_in(start, stop) if m.actor_id and m.type in ("ORG", "MEDIA")
            and ctx.res.is_outlet(m.actor_id) and ctx.in_span(m.start) is None and not _in_dateline(ctx, m)
            and not _cited_as_source(ctx, m)]


def _cited_as_source(ctx: "QuoteContext", mention: Mention) -> bool:
    """The outlet is the subject of a news-reporting verb ("сообщает ТАСС", "передает агентство X") or the
    object of "со ссылкой на" - the source of a piece of news, not the publisher of a work (cr37 F9)."""
    roots = ctx.phrase_roots(mention.start, mention.stop)
    k = roots[0] if roots else ctx.doc.token_span(mention.start, mention.stop)[0]
    for _ in range(3):  # (up through the class noun: "передает агентство Reuters")
        head = ctx.tokens[k].head
        if not 0 <= head < len(ctx.tokens):
            return False
        if _lemma(ctx.tokens[head]) == "ссылка" or (
                _lemma(ctx.tokens[head]) in SOURCE_VERBS and ctx.tokens[k].rel.startswith("nsubj")):
            return True
        if ctx.tokens[head].pos not in ("NOUN", "PROPN", "X"):
            return False
        k = head
    return False


def _in_dateline(ctx: "QuoteContext", mention: Mention) -> bool:
    """The mention is in an agency dateline: the splitter's own, the wire's name between slashes ("ВАШИНГТОН,
    5 мая. /ТАСС/.", cr37 F9), or a place and a date and a dash that open the paragraph before it."""
    start = mention.start
    if any(a <= start < b for a, b in ctx.res.datelines):
        return True
    text = ctx.doc.text
    if text[start - 1:start] == "/" and text[mention.stop:mention.stop + 1] == "/":
        return True
    paragraph = ctx.doc.text.rfind("\n", 0, start) + 1
    return DATELINE_LEAD.fullmatch(ctx.doc.text, paragraph, start) is not None


def _agents_of_work(ctx: "QuoteContext", k: int, description: MakerDescription) -> list[int]:
    """Agents token `k` gives the work: the agent of a making verb whose sentence holds the work's
    noun (or, for a product, the body it was made in: "вакцина, созданная в Центре имени Гамалеи"), or
    (for an authored work) the genitive owner of the work's noun."""
    token = ctx.tokens[k]
    lemma = _lemma(token)
    if lemma in description.verbs and token.pos == "VERB" and _sentence_holds(ctx, k, description.work):
        agents = ctx.kids(k, "obl:agent") if token.feats.get("Voice") == "Pass" \
            else [s for s in ctx.kids(k, "nsubj") if ctx.tokens[s].pos in ("NOUN", "PROPN")]
        if description.family == "write" and lemma in PUBLISHING_VERBS:
            if _work_owners(ctx, k, description.work):
                return []  # (cr37 F12: "Доклад Amnesty International … опубликовала газета" - the owner wrote it)
            agents = [a for a in agents if not _outlet_at(ctx, a)]  # (cr37 F12: an outlet prints others' works)
        if description.family == "make":
            agents += [o for o in ctx.kids(k, "obl") if any(_lemma(ctx.tokens[c]) == "в" for c in ctx.kids(o, "case"))]
        return agents
    if description.family == "write" and lemma == description.work and token.pos == "NOUN":
        owner = ctx.owner(k)
        if owner is not None and not ctx.kids(owner, *CASE_RELS) and ctx.res.mentions_in(
                ctx.tokens[owner].start, ctx.tokens[owner].stop):
            return [owner]  # ("в экспертном докладе ЦПК": a named owner, not "доклад правительства" read as common)
    return []


def _outlet_at(ctx: "QuoteContext", k: int) -> bool:
    """Token `k`'s phrase is an outlet ("газета The Guardian": the name hangs on the class noun)."""
    ref = ctx.res.from_head(k)
    if ref is not None and ref.actor_id and ctx.res.is_outlet(ref.actor_id):
        return True
    return any(m.actor_id and ctx.res.is_outlet(m.actor_id) for m in ctx.mentions_at(k))


def _work_owners(ctx: "QuoteContext", verb: int, work: str | None) -> list[int]:
    """The owners hung on the verb's object when it is the work's noun ("Доклад Amnesty International"),
    not under a preposition ("доклад о пытках")."""
    return [o for w in ctx.kids(verb, "obj", "nsubj:pass") if _lemma(ctx.tokens[w]) == work
            for o in ctx.kids(w, "nmod") if o > w and ctx.tokens[o].feats.get("Case") in ("Gen", None)
            and not ctx.kids(o, *CASE_RELS)]


def _sentence_holds(ctx: "QuoteContext", k: int, work: str | None) -> bool:
    if work is None:
        return True
    first, last = ctx.sentence_range(ctx.sent_of_token(k))
    return any(_lemma(ctx.tokens[i]) == work for i in range(first, last))


def _is_body(ctx: "QuoteContext", agent: int, ref: SpeakerRef) -> bool:
    """An organisation: an actor of an organisation type, or a phrase headed by a noun of an
    organisation class ("институтом имени Н. Ф. Гамалеи"; not "в сентябре"); persons and pronouns are
    the person stages' matter."""
    if ref.actor_id is not None:
        actor = ctx.doc.actor(ref.actor_id)
        return actor is not None and actor.type in ("ORG", "MEDIA")
    token = ctx.tokens[agent]
    return token.pos == "NOUN" and _lemma(token) in ORG_CLASS_NOUNS


def _is_person(ctx: "QuoteContext", agent: int, ref: SpeakerRef | None) -> bool:
    """A person: a PER actor, or an animate noun that is no organisation's class ("политолог", "посла")."""
    actor = ctx.doc.actor(ref.actor_id) if ref is not None and ref.actor_id else None
    if actor is not None:
        return actor.type == "PER"
    token = ctx.tokens[agent]
    return token.feats.get("Animacy") == "Anim" and _lemma(token) not in ORG_CLASS_NOUNS


def _person_author_in_view(ctx: "QuoteContext", start: int, before: int) -> bool:
    """(cr37 F4) Between the offsets the text gives a publication a person author: the subject/agent of a
    "write" verb, or a person's name owning a publication noun ("колонку посла Тони Брентона")."""
    first, last = ctx.doc.token_span(start, before)
    for k in range(first, last):
        token, lemma = ctx.tokens[k], _lemma(ctx.tokens[k])
        if lemma in MAKING_VERBS["write"] and token.pos == "VERB":
            agents = ctx.kids(k, "obl:agent") if token.feats.get("Voice") == "Pass" else ctx.kids(k, "nsubj")
            if any(_is_person(ctx, a, ctx.res.from_head(a)) and ctx.tokens[a].start < before for a in agents):
                return True
        if lemma in PUBLICATION_NOUNS:
            owner = ctx.owner(k)
            # ("колонку бывшего посла …", "статья неизвестного автора": cr37 F4, F9)
            if owner is not None and _is_person(ctx, owner, ctx.res.from_head(owner)):
                return True
    return False


def _said_inside(ctx: "QuoteContext", quote: Quote, maker: SpeakerRef) -> bool:
    """The quote's own words name the maker (then it is what the speaker talks about)."""
    if maker.actor_id is not None:
        return any(m.actor_id == maker.actor_id for m in ctx.res.mentions_in(quote.start, quote.stop))
    return maker.name.lower() in ctx.doc.text[quote.start:quote.stop].lower()
