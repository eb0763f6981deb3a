"""Speakers left as a bare description ("компания", "спецслужба", "врач", "Судьи",
"медики"): one resolution step over the finished quotes of a document.

A speaker the rules of `speakers` could not name (no actor id, its phrase a common
noun) is right only about four times in ten on the design sets, while an actor-id
speaker is right 24 times in 25 (bench/RESULTS.md, round 38).  The wrong ones are of
three kinds, and the step tries them in this order:

1. the one document entity the description can denote - a typed table from the noun
   to the entity class (`ORG_KINDS`: "спецслужба" is a security service; a person
   noun is a person the text introduced with that very noun, "врач" one introduced
   as "врач-инфекционист") - when exactly one candidate was named before the quote
   and the quote's own content does not name it (a quote about X is not X's);
   (dR37a) then any singular person noun, complement and all ("брат погибшего",
   "адвокат Насира", "студент МГУ"), is the one person the text introduced with that
   noun before the name or apposed after it (`_introduced_person`; for a title's, the
   one its lead introduces), the complement repeated by the introduction.  (mA37, cr37 D3)
   For a `PERSON_KINDS` noun with no complement the older stage wins (`_entity` runs
   first); both find introductions with `_introductions`, so both share its guards;
2. the description completed from the document: a member or staff noun with no
   complement ("Судьи", "Европейские депутаты", "ведущий", "автор") is of the one
   institution of its kind named just before (`MEMBER_OF`: a court, a legislature,
   an outlet) - "судьи Верховного суда", "ведущий «Вестей»"; the members of a house
   speaking together are the house itself ("Европейские депутаты" -> Европарламент,
   as the gold names them);
3. an unnamed source is unknown (named "unknown", its mention kept, as for "источник"), as the gold guide
   says (gold/quotes/README.md, "Other fields"): "официальные лица", a group every
   member of which speaks ("Все эксперты").  A bare singular institution or post noun
   the rules could link to nothing ("компания", "телеканал", "министр") stays the
   speaker: the gold says unknown for it too, but thirteen table tests of earlier
   rounds (7, 9, 14, 15, 17, 19, 24, 30, 33, rules) keep the noun, and that
   convention is the lead's to change (bench/RESULTS.md, round 38).

Each stage changes a speaker only when its own test holds; a named speaker, one with
an actor id, a pronoun's antecedent and any description with a complement
("представитель МИД Пакистана", "адвокат Асии Биби") are never touched.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from khronika.nlp.doc import Mention, Quote, SpeakerRef, Token
from khronika.nlp.roles import marks_former
from khronika.quotes.description_types import COMPOUND_POST_HEADS, PERSON_NOUNS, of_no_field
from khronika.quotes.speakers import (ANAPHORIC_ORG, ANONYMOUS, COMPANY_DESCRIPTORS, GENERIC_PERSON_NOUNS, INDEFINITE,
                                      LAST_QUOTED_WINDOW, NEW_REFERENT, ORG_CLASS_NOUNS, OWNER_PRONOUNS,
                                      PARTICIPANT_ROLES, PRESS_OFFICE_NOUNS, RELATIONAL)
from khronika.quotes.typed_bodies import resolve_typed_bodies
from khronika.quotes.work_makers import resolve_work_makers

if TYPE_CHECKING:
    from khronika.quotes.context import QuoteContext

UNKNOWN = "unknown"
# Stage 1, organisations: a description noun -> what one of the organisation's names
# must contain for the noun to denote it (lower case; "Служба безопасности Украины",
# "Федеральная служба безопасности", "Служба внешней разведки", "ЦРУ" spelt out).
ORG_KINDS: dict[str, re.Pattern[str]] = {
    "спецслужба": re.compile(r"служб\w* безопасност|разведк|разведыват|контрразведк|спецслужб"),
}
# Stage 1, persons: a bare noun of these is the one person the text introduced with it
# (or with a compound of it: "врач-инфекционист"); nouns that introduce someone new
# ("эксперт", "журналист", handled by `speakers._sole_person_of_field`) are left out.
PERSON_KINDS = frozenset({"врач", "доктор", "медик", "хирург", "адвокат", "юрист", "судья", "прокурор",
                          "следователь", "тренер", "историк", "политолог", "экономист", "психолог"})
# How many words before a person's name the post they were introduced with may stand.
# Tokens that end the stretch of an introduction ("врач-инфекционист … Андрей Поздняков").
CLAUSE_STOPS = frozenset({".", "!", "?", ";", ":", ",", "—", "–", "\n"})
INTRO_REACH = 10
# Stage 2: a member or staff noun -> the kind of institution it belongs to.
MEMBER_OF = {"судья": "court", "депутат": "legislature", "парламентарий": "legislature",
             "ведущий": "outlet", "ведущая": "outlet", "автор": "outlet", "корреспондент": "outlet",
             "обозреватель": "outlet", "колумнист": "outlet"}
# Names of institutions of a kind (lower case).
INSTITUTION_NAMES = {
    "court": re.compile(r"(?<!\w)(суд|трибунал)(а|у|ом|е|ы|ов)?(?!\w)"),
    "legislature": re.compile(r"парламент|дума|сенат|конгресс|(?<!\w)рад[аыуе](?!\w)|сейм|кнессет|бундестаг|меджлис"),
}
# Institution nouns that are no names: written lower case inside a description ("суда
# Партизанского района") though the mention opened a sentence.
COMMON_HEADS = frozenset({"суд", "трибунал"})
# How many sentences before the quote's speaker an institution completing it may be named in
# (its own sentence and the two before: "Верховный суд … оправдал женщину. Судьи отметили").
VIEW_SENTENCES = 2
# Stage 3: nouns of unnamed sources whatever their modifiers ("официальные лица").
ANONYMOUS_HEADS = {"лицо": "официальный"}
# Stage 3: a plural group quantified as a whole ("Все эксперты подчеркивают").
WHOLE_GROUP = frozenset({"весь", "все"})
# Stage 3: clauses that describe a plural group without naming it ("собравшиеся у мечети").
DESCRIBING_CLAUSE_RELS = frozenset({"acl", "acl:relcl"})
# Stage 3: nouns of a share of a group ("Ряд компаний", "Часть депутатов").
SHARE_NOUNS = frozenset({"ряд", "часть", "большинство", "множество"})
# Stage 3: nouns of people who comment on events without taking part in them: a plural of one,
# bare, is a source the text does not name ("Эксперты считают", "по мнению наблюдателей"), unlike
# the participants of the story ("Космонавты сообщали", "Работавшие с ней мусульманки",
# "организаторы"), a party or a nation ("Демократы", "Американцы"), who are someone the text names;
# journalists are left out: they act in the story as often as they comment ("Журналисты, обвинившие
# министра в коррупции, получили угрозы", test_quote_detection_qd).
COMMENTATOR_GROUP_NOUNS = frozenset({"эксперт", "аналитик", "наблюдатель", "специалист", "ученый", "исследователь",
                               "политолог", "экономист", "социолог", "комментатор", "критик", "правозащитник",
                               "активист", "общественник", "лоббист", "чиновник", "дипломат", "инвестор",
                               "банкир", "трейдер", "очевидец", "свидетель", "блогер", "пользователь",
                               "юрист"})
WORD = re.compile(r"\w")
# (mA29) A dash right after a described speaker that opens the person's post and name, which end the
# sentence: "— заявил один из организаторов — президент общества Иван Петров."
APPOSITION_DASH = re.compile(r"\s*[—–]\s+")
SENTENCE_END = re.compile(r"\s*[.!?…]*\s*$")
# (mA29) Stage 0: nouns of a part or the staff of an organisation that, with a generic institution
# noun in the genitive ("пресс-служба ведомства", "представители компании", "руководство
# регулятора"), speak for the organisation the text named just before, as the locative "в
# пресс-службе компании" does; the generic noun is put back by that organisation's name.
OWNER_NOUNS = frozenset({"пресс-служба", "пресс-центр", "представитель", "руководство", "уполномоченный", "персонал",
                         "работник", "сотрудник"})
# (mD31) A trade descriptor ("представитель авиакомпании", "Уполномоченный лоукостера") is owned too: the
# company it names is found as for the descriptor alone (`SpeakerResolver.described_company`).
GENERIC_OWNED = (ANAPHORIC_ORG | {"вуз", "регулятор"} | COMPANY_DESCRIPTORS) - PRESS_OFFICE_NOUNS - {"сми", "СМИ"}
# (mD31) Owner nouns named by another word: "уполномоченный компании" (a synonym the reprints of the
# ryanair stories put for "представитель") is the company's representative, as the gold names it
# (quotes-dev11/-dev12: «Уполномоченный Ryanair» → представитель Ryanair).
OWNER_NAMES = {"уполномоченный": "представитель"}
# (dR37a) Person nouns that take up no person the text introduced: unnamed sources ("источник",
# "собеседник": unknown or the noun, as the gold guide says) and nouns of sex and age, which
# `speakers._generic_person` resolves by gender alone.
UNINTRODUCED_NOUNS = ANONYMOUS | frozenset(GENERIC_PERSON_NOUNS) | {"человек", "люди", "лицо"}
# (pD38) How many sentences (outside quoted words) before a bare "девушка" the one woman may be named in.
SEX_VIEW = 5
DIALOGUE_DASH = re.compile(r"\s*[-–—]\s")
# (dR37a) Marks that set a person's description after their name: "Стивен Бенджамин, адвокат Насира",
# "Валерий Захаров (брат Сергея)", "Иванов — студент РГУ".
APPOSITION_MARKS = frozenset({",", "(", "—", "–", "-"})
# (dR37a) Words that may stand between an apposition mark and the noun ("Петров, бывший министр").
APPOSITION_GAP = 3
# (dR37a) Where a description's introduction ends after the noun ("брат Сергея – прим. ВЗГЛЯД)").
INTRODUCTION_ENDS = CLAUSE_STOPS | {")", "(", "«", "»"}
# (dR37a) How many letters of a complement's word must recur in the introduction ("РГУ" - "РГУ им
# Косыгина", "погибшего" - "погибшего в ДТП").
COMPLEMENT_STEM = 4
# (dR37a) Prefixes of a compound post that make it another post than its last part ("вице-президент").
# (mA37, cr37 F3) "премьер-", "член-", "генерал-" too: a prime minister is not called "министр", a
# "член-корреспондент" is no "корреспондент", a "генерал-майор" no "майор".
RANK_PREFIXES = ("вице-", "экс-", "зам-", "замести", "премьер-", "член-", "генерал-")
# (mA37, cr37 F13) How many letters longer than a complement's word its form in the introduction may be
# ("Насира" - "Насиру"), so that "Москвы" does not fit "Московской".
COMPLEMENT_ENDING = 2
# (mA37, cr37 F10) Nouns introducing one who comments on a story, whom a title may call "Эксперт" by a
# name-tagged first word - not one who acts in it ("Глава ЦБ", who took the decision the expert judges).
COMMENTING_POSTS = frozenset({"эксперт", "аналитик", "специалист", "политолог", "экономист", "социолог", "историк",
                              "ученый", "исследователь", "журналист", "публицист", "обозреватель", "комментатор",
                              "профессор"})


@dataclass(frozen=True)
class Introduction:
    """One place where the text gives a person a noun: its words (lower-case forms and lemmas) and
    whether it names an owner by a common word, not a name ("брат пострадавшего", "брат жены")."""
    words: frozenset[str]
    common_owner: bool


def resolve_descriptions(ctx: "QuoteContext", quotes: list[Quote]) -> None:
    """Stages 1-3 over every quote whose speaker is a bare description (module docstring)."""
    _resolve_owned_generics(ctx, quotes)
    resolve_work_makers(ctx, quotes)
    resolve_typed_bodies(ctx, quotes)
    for quote in quotes:
        quote.speaker = _dash_named_person(ctx, quote.speaker) or quote.speaker
        quote.speaker = _varied_name_of_last_speaker(ctx, quotes, quote) or quote.speaker
        quote.speaker = _owner_synonym_renamed(ctx, quote.speaker) or quote.speaker
        quote.speaker = _sole_person_of_sex(ctx, quotes, quote) or quote.speaker
        speaker = quote.speaker
        head = _description_head(ctx, speaker)
        if head is None:
            # (dR37a) a person description with a complement naming a place or body ("житель
            # Сан-Хосе", "студент РГУ"), which `_description_head` leaves alone
            quote.speaker = _introduced_person(ctx, quote, speaker) or quote.speaker
            continue
        named = _entity(ctx, quote, speaker, head) or _completed(ctx, quote, speaker, head) \
            or _introduced_person(ctx, quote, speaker)
        if named is not None:
            quote.speaker = named
        elif _unnamed(ctx, speaker, head):
            # (unknown, as for "источник": the speaker is no one the text names; mC32: its mention kept)
            quote.speaker = SpeakerRef(None, UNKNOWN, speaker.text, speaker.start, speaker.stop)


def _lemma(token: Token) -> str:
    return (token.lemma or token.text.lower()).replace("ё", "е")


def _words(ctx: "QuoteContext", first: int, last: int) -> list[int]:
    return [i for i in range(first, last) if WORD.search(ctx.tokens[i].text)]


def _description_head(ctx: "QuoteContext", speaker: SpeakerRef | None) -> int | None:
    """The head token of a speaker that is its own common-noun phrase and names no one: no
    actor id, no mention of a name inside, the name made from the phrase itself (not a
    pronoun's antecedent)."""
    if speaker is None or speaker.actor_id is not None or speaker.start is None or speaker.stop is None \
            or not speaker.name or speaker.name == UNKNOWN:
        return None
    doc = ctx.doc
    first, last = doc.token_span(speaker.start, speaker.stop)
    inside = [i for i in range(first, last) if not first <= ctx.tokens[i].head < last]
    if len(inside) != 1 or ctx.tokens[inside[0]].pos != "NOUN":
        return None
    head = inside[0]
    if any(m.type != "GEO_ADJ" for m in ctx.res.mentions_in(speaker.start, speaker.stop)):
        return None
    stem = _lemma(ctx.tokens[head])[:3]
    if not any(w.lower().replace("ё", "е").startswith(stem) for w in speaker.name.split()) \
            or len(speaker.name.split()) > len(_words(ctx, first, last)):
        return None  # (a name the rules built elsewhere: a pronoun's, a group's, one already completed)
    return head


def _modifiers(ctx: "QuoteContext", head: int) -> list[int]:
    """Dependents of the head inside its phrase, punctuation and prepositions aside."""
    return [c for c in ctx.children.get(head, []) if ctx.tokens[c].rel not in ("punct", "case", "cc")
            and WORD.search(ctx.tokens[c].text)]


def _plural(token: Token) -> bool:
    return token.feats.get("Number") == "Plur"


def _earlier(ctx: "QuoteContext", before: int, types: tuple[str, ...]) -> list[Mention]:
    """Mentions of the types named before `before`, nearest first."""
    return [m for m in reversed(ctx.res.mentions_in(0, before)) if m.type in types and m.actor_id]


def _named_in(ctx: "QuoteContext", quote: Quote, actor_id: str) -> bool:
    """The quote's own content names the actor (then it is what the speaker talks about)."""
    return any(m.actor_id == actor_id for m in ctx.res.mentions_in(quote.start, quote.stop))


def _sole(actor_ids: list[str]) -> str | None:
    distinct = list(dict.fromkeys(actor_ids))
    return distinct[0] if len(distinct) == 1 else None


def _actor_ref(ctx: "QuoteContext", actor_id: str, speaker: SpeakerRef) -> SpeakerRef:
    actor = ctx.doc.actor(actor_id)
    return SpeakerRef(actor_id, actor.name if actor else speaker.name, speaker.text, speaker.start, speaker.stop)


def _names(ctx: "QuoteContext", actor_id: str) -> list[str]:
    actor = ctx.doc.actor(actor_id)
    if actor is None:
        return []
    return [actor.name.lower()] + [ctx.doc.mentions[i].text.lower() for i in actor.mentions]


# --- stage 0 (mA29): "пресс-служба ведомства" -> "пресс-служба <the organisation named before>" ---
def _resolve_owned_generics(ctx: "QuoteContext", quotes: list[Quote]) -> None:
    """Complete each "owner noun + generic institution noun" speaker, and give the same
    completed name to a later speaker of the document the rules named with the same words
    ("Как отмечают в пресс-службе" after "сообщает пресс-служба ведомства") while no other
    organisation of that kind is in the later speaker's view (cr29b M3: "«Сбербанк» и ВТБ …
    заявил представитель компании" after a paragraph about «Яндекс»)."""
    renamed: dict[str, tuple[SpeakerRef, str, str | None]] = {}
    for quote in quotes:
        speaker = quote.speaker
        if speaker is None or speaker.actor_id is not None:
            continue
        owner = _generic_owner(ctx, speaker)
        if owner is not None:
            noun, mention = owner
            quote.speaker = _owned_name(ctx, speaker, mention)
            renamed[speaker.name] = (quote.speaker, noun, mention.actor_id)
        elif speaker.name in renamed and speaker.start is not None:
            named, noun, actor_id = renamed[speaker.name]
            if all(m.actor_id == actor_id for m in _orgs_in_view(ctx, noun, speaker.start)):
                quote.speaker = SpeakerRef(None, named.name, speaker.text, speaker.start, speaker.stop)


def _owner_synonym_renamed(ctx: "QuoteContext", speaker: SpeakerRef | None) -> SpeakerRef | None:
    """(mD31) "Уполномоченный Ryanair", "уполномоченный Nord Stream 2 AG": an owner noun of `OWNER_NAMES`
    followed only by a named organisation is that organisation's representative ("представитель
    Ryanair"); a post with a complement of its own ("уполномоченный по правам человека") is not."""
    if speaker is None or speaker.actor_id is not None or speaker.start is None or speaker.stop is None:
        return None
    first, last = ctx.doc.token_span(speaker.start, speaker.stop)
    words = _words(ctx, first, last)
    if len(words) < 2 or _lemma(ctx.tokens[words[0]]) not in OWNER_NAMES:
        return None
    owner = ctx.tokens[words[0]]
    orgs = [m for m in ctx.res.mentions_in(ctx.tokens[words[1]].start, speaker.stop)
            if m.type in ("ORG", "MEDIA") and m.actor_id]
    if len(orgs) != 1 or orgs[0].start != ctx.tokens[words[1]].start or orgs[0].stop < ctx.tokens[words[-1]].stop \
            or not speaker.name.lower().startswith(owner.text.lower()):
        return None
    return SpeakerRef(None, OWNER_NAMES[_lemma(owner)] + speaker.name[len(owner.text):], speaker.text,
                      speaker.start, speaker.stop)


def _owned_name(ctx: "QuoteContext", speaker: SpeakerRef, mention: Mention) -> SpeakerRef:
    noun = speaker.name.split()[0].lower()  # (the rules' nominative: "пресс-служба" for "в пресс-службе")
    noun = OWNER_NAMES.get(noun, noun)
    return SpeakerRef(None, f"{noun} {_genitive(ctx, mention, named_only=True)}", speaker.text, speaker.start,
                      speaker.stop)


def _generic_owner(ctx: "QuoteContext", speaker: SpeakerRef) -> tuple[str, Mention] | None:
    """The speaker's two words are an owner noun and a generic institution noun in the genitive, and
    one organisation of the generic noun's kind is named in the speaker's sentence or the two before:
    the generic noun's lemma and that organisation's nearest mention."""
    if speaker.start is None or speaker.stop is None:
        return None
    first, last = ctx.doc.token_span(speaker.start, speaker.stop)
    words = _words(ctx, first, last)
    if len(words) != 2:
        return None
    owner, owned = ctx.tokens[words[0]], ctx.tokens[words[1]]
    if _lemma(owner) not in OWNER_NOUNS or _lemma(owned) not in GENERIC_OWNED or owned.feats.get("Case") != "Gen" \
            or owned.head != words[0] or _modifiers(ctx, words[1]):
        return None
    mention = _sole_org_in_view(ctx, _lemma(owned), speaker.start) \
        or _linked_org(ctx, words[1], _lemma(owned), speaker.start) \
        or _described_company(ctx, _lemma(owned), speaker.start)
    return (_lemma(owned), mention) if mention is not None else None


def _linked_org(ctx: "QuoteContext", token: int, noun: str, before: int) -> Mention | None:
    """(mD31) The organisation the actor layer linked the generic noun itself to ("руководство компании",
    "Уполномоченный компании": "компании" is a mention of Ryanair), when it fits the noun: its nearest
    mention before `before` in the same paragraph.  (A noun the layer linked to nothing - "сотрудники
    компании" in a long text about Google and Apple - stays.)"""
    linked = {m.actor_id for m in ctx.mentions_at(token) if m.type == "ROLE" and m.actor_id}
    paragraph = ctx.doc.text.rfind("\n", 0, before) + 1
    # (named in the speaker's paragraph: cr29b M3's "представитель компании" after a paragraph about «Яндекс»
    # and a new one about «Сбербанк» and ВТБ is not Яндекс's, whatever the layer linked)
    found = [m for m in _earlier(ctx, before, ("ORG", "MEDIA")) if m.actor_id in linked and m.start >= paragraph
             and ctx.res.org_fits(noun, m.actor_id)]
    return found[0] if found and _sole([m.actor_id for m in found]) else None


def _described_company(ctx: "QuoteContext", noun: str, before: int) -> Mention | None:
    """(mD31) The nearest mention before `before` of the company a trade descriptor ("авиакомпании",
    "лоукостера") names."""
    actor_id = ctx.res.described_company(noun, before) if noun in COMPANY_DESCRIPTORS else None
    found = [m for m in _earlier(ctx, before, ("ORG",)) if m.actor_id == actor_id] if actor_id else []
    return found[0] if found else None


def _sole_org_in_view(ctx: "QuoteContext", noun: str, before: int) -> Mention | None:
    """The nearest mention of the one organisation `noun` can denote named before `before` in
    that sentence or the `VIEW_SENTENCES` before it (two such organisations: no antecedent)."""
    found = _orgs_in_view(ctx, noun, before)
    return found[0] if found and _sole([m.actor_id for m in found]) else None


def _orgs_in_view(ctx: "QuoteContext", noun: str, before: int) -> list[Mention]:
    """The mentions of organisations `noun` can denote before `before`, nearest first, in that
    sentence or the `VIEW_SENTENCES` before it."""
    here = ctx.doc.sentence_at(before) or 0
    start = ctx.doc.sentences[max(0, here - VIEW_SENTENCES)].start
    return [m for m in _earlier(ctx, before, ("ORG", "MEDIA")) if m.start >= start and ctx.res.org_fits(noun, m.actor_id)]


def _dash_named_person(ctx: "QuoteContext", speaker: SpeakerRef | None) -> SpeakerRef | None:
    """(mA29) A described speaker with no actor ("один из организаторов мероприятия") followed by a
    dash and a phrase that ends its sentence with a person's name, with no verb, comma or quotation
    mark before the name: the dash sets the person's post and name beside the description, and the
    speaker is that person."""
    if speaker is None or speaker.actor_id is not None or speaker.stop is None:
        return None
    doc = ctx.doc
    here = doc.sentence_at(speaker.stop - 1)
    dash = APPOSITION_DASH.match(doc.text, speaker.stop)
    if here is None or dash is None:
        return None
    stop = doc.sentences[here].stop
    persons = [m for m in ctx.res.mentions_in(dash.end(), stop) if m.type == "PER" and m.actor_id]
    if not persons or not SENTENCE_END.match(doc.text[persons[-1].stop:stop]):
        return None
    person = persons[-1]
    first, last = doc.token_span(dash.end(), person.start)
    if first >= last or doc.tokens[first].pos in ("CCONJ", "SCONJ", "PRON") \
            or any(t.pos in ("VERB", "AUX", "ADP") or t.text in ",;:«»\"" for t in doc.tokens[first:last]):
        return None  # (a new clause after the dash, not the speaker's post: "— и с ним согласен X"; cr29b M1: a
        # preposition makes the name another party: "— в отличие от министра финансов X")
    name_first, name_last = doc.token_span(person.start, person.stop)
    if any(doc.tokens[k].feats.get("Case", "Nom") != "Nom" for k in range(name_first, name_last)
           if doc.tokens[k].pos == "PROPN"):
        return None
    return _actor_ref(ctx, person.actor_id, SpeakerRef(None, speaker.name, doc.text[speaker.start:person.stop],
                                                       speaker.start, person.stop))


# --- (pD38, rv37_Q C1b) "сказала девушка": the one woman in view ------------------------
def _sole_person_of_sex(ctx: "QuoteContext", quotes: list[Quote], quote: Quote) -> SpeakerRef | None:
    """"Своими впечатлениями поделилась художница Алена Савельева. - <three sentences>. Как признается
    девушка, …": a bare noun of sex and age ("женщина", "девушка", "мужчина") the rules linked to no one is
    the one person of that sex the text named or quoted in the `SEX_VIEW` sentences before it (sentences
    inside quoted words not counted) - when no other person of that sex or of unknown sex is named there,
    and no unnamed one of that sex is brought in as a subject ("Соседка вызвала пожарных": the gold keeps
    an unnamed person as the description)."""
    speaker = quote.speaker
    if speaker is None or speaker.actor_id is not None or speaker.start is None or speaker.stop is None:
        return None
    head = _phrase_root(ctx, speaker)
    if head is None or ctx.tokens[head].pos not in ("NOUN", "PROPN") or _modifiers(ctx, head):
        return None
    sex = GENERIC_PERSON_NOUNS.get(_lemma(ctx.tokens[head]))
    if sex is None or _plural(ctx.tokens[head]) or speaker.name.lower() not in GENERIC_PERSON_NOUNS:
        return None  # (a name the rules built: "Мужчина" taking up "муж Асии Биби" described just before)
    start = _view_start(ctx, quotes, speaker.start, SEX_VIEW)
    persons = _persons_in_view(ctx, quotes, start, min(speaker.start, quote.start))
    same = [actor_id for actor_id in persons if _sex_of(ctx, actor_id) in (sex, None)]
    if len(same) != 1 or _sex_of(ctx, same[0]) != sex or _unnamed_subject_of_sex(ctx, quotes, start, speaker.start, sex) \
            or _named_in(ctx, quote, same[0]):
        return None
    return _actor_ref(ctx, same[0], speaker)


def _sex_of(ctx: "QuoteContext", actor_id: str) -> str | None:
    """The person's sex by the past-tense verbs the text gives their mentions and the quotes' speakers
    resolved to them ("рассказала Мамаева", "Она добавила"), when all agree (a surname's form may be a
    man's genitive or a woman's nominative; the verb tells)."""
    actor = ctx.doc.actor(actor_id)
    spans = [(ctx.doc.mentions[i].start, ctx.doc.mentions[i].stop) for i in getattr(actor, "mentions", [])]
    spans += [(ref.start, ref.stop) for _, ref in ctx.res.speakers
              if ref.actor_id == actor_id and ref.start is not None and ref.stop is not None]
    genders = set()
    for start, stop in spans:
        first, last = ctx.doc.token_span(start, stop)
        for k in range(first, last):
            subject = _subject_at(ctx, k, first, last)
            verb = ctx.tokens[ctx.tokens[subject].head] if subject is not None else None
            if verb is not None and verb.pos in ("VERB", "AUX") and verb.feats.get("Gender") in ("Masc", "Fem") \
                    and verb.feats.get("Number") != "Plur":
                genders.add(verb.feats["Gender"])
    if not genders:
        genders = _name_genders(ctx, spans[:len(getattr(actor, "mentions", []))])
    return genders.pop() if len(genders) == 1 else None


def _subject_at(ctx: "QuoteContext", k: int, first: int, last: int) -> int | None:
    """The subject token the name's word at k is or stands in apposition to ("поделилась художница Алена
    Савельева": the noun before the name is the subject), when its verb lies outside the name."""
    token = ctx.tokens[k]
    if first <= token.head < last or not 0 <= token.head < len(ctx.tokens):
        return None
    if token.rel.startswith("nsubj"):
        return k
    owner = ctx.tokens[token.head]
    if token.rel in ("appos", "flat:name", "flat") and owner.rel.startswith("nsubj") \
            and 0 <= owner.head < len(ctx.tokens) and _same_case(token, owner):
        return token.head
    return None


def _name_genders(ctx: "QuoteContext", spans: list[tuple[int, int]]) -> set[str]:
    """The genders of the words of the person's mentions of two words or more ("Алена Савельева")."""
    genders: set[str] = set()
    for start, stop in spans:
        first, last = ctx.doc.token_span(start, stop)
        if last - first >= 2:
            genders |= {ctx.tokens[k].feats.get("Gender") for k in range(first, last) if ctx.tokens[k].pos == "PROPN"}
    return genders if genders <= {"Masc", "Fem"} else set()


def _dialogue_line(ctx: "QuoteContext", offset: int) -> bool:
    """The offset is in a paragraph of direct speech opened by a dash ("- На работе предложили …")."""
    line = ctx.doc.text.rfind("\n", 0, offset) + 1
    return bool(DIALOGUE_DASH.match(ctx.doc.text, line))


def _inside_quote(quotes: list[Quote], start: int, stop: int) -> bool:
    return any(q.start <= start and stop <= q.stop + 1 for q in quotes)


def _view_start(ctx: "QuoteContext", quotes: list[Quote], offset: int, count: int) -> int:
    """Where the `count` sentences before the one of `offset` begin, sentences wholly inside quoted words skipped."""
    sentences = ctx.doc.sentences
    here = ctx.doc.sentence_at(offset)
    if here is None:
        return offset
    k, seen = here, 0
    while k > 0 and seen < count:
        k -= 1
        if not _inside_quote(quotes, sentences[k].start, sentences[k].stop - 1) \
                and not _dialogue_line(ctx, sentences[k].start):
            seen += 1
    return sentences[k].start


def _persons_in_view(ctx: "QuoteContext", quotes: list[Quote], start: int, stop: int) -> list[str]:
    """The persons named outside quoted words between the offsets, and the speakers of the quotes there."""
    found = [m.actor_id for m in ctx.res.mentions_in(start, stop) if m.type == "PER" and m.actor_id
             and not any(q.start <= m.start < q.stop for q in quotes)]
    found += [q.speaker.actor_id for q in quotes if q.speaker is not None and q.speaker.actor_id
              and q.speaker.start is not None and start <= q.speaker.start < stop
              and (actor := ctx.doc.actor(q.speaker.actor_id)) is not None and actor.type == "PER"]
    return list(dict.fromkeys(found))


def _unnamed_subject_of_sex(ctx: "QuoteContext", quotes: list[Quote], start: int, stop: int, sex: str) -> bool:
    """A singular animate noun of that sex is a subject between the offsets with no name in its phrase
    ("Соседка вызвала пожарных", "Пассажирка отказалась")."""
    first, last = ctx.doc.token_span(start, stop)
    for k in range(first, last):
        token = ctx.tokens[k]
        if token.pos != "NOUN" or not token.rel.startswith("nsubj") or token.feats.get("Gender") != sex \
                or token.feats.get("Animacy") != "Anim" or _plural(token) or _lemma(token) in GENERIC_PERSON_NOUNS \
                or _inside_quote(quotes, token.start, token.stop) or _dialogue_line(ctx, token.start):
            continue
        low, high = ctx.res.subtree(k)
        if not any(m.type == "PER" for m in ctx.res.mentions_in(ctx.tokens[low].start, ctx.tokens[high - 1].stop)):
            return True
    return False


# --- (mD31) elegant variation: the person quoted just before, described anew ----------
def _varied_name_of_last_speaker(ctx: "QuoteContext", quotes: list[Quote], quote: Quote) -> SpeakerRef | None:
    """"«…», — добавил Пиот. … «…», — сказал советник главы Еврокомиссии", "«…», – рассказал Карпов.
    «…», – пишет путешественник": news texts name the person quoted just before by a description of
    theirs.  A person description the rules linked to no one (a singular animate noun with no name, no
    possessive and no "другой"; `_varied_head`) is the speaker of the quote right before it, when that
    speaker is a named person quoted in this or the `LAST_QUOTED_WINDOW` sentences before, no other
    person is named outside quotes in between, the description may be a new name of theirs
    (`_may_describe`) and its complement is someone else ("советник президента" is not the president)."""
    speaker = quote.speaker
    if speaker is None or speaker.actor_id is not None or speaker.start is None or speaker.stop is None:
        return None
    head = _varied_head(ctx, speaker)
    if head is None:
        return None
    before = _previous_quote(quotes, quote, speaker)
    if before is None or before.speaker is None or before.speaker.actor_id is None:
        return None
    actor_id = before.speaker.actor_id
    actor = ctx.doc.actor(actor_id)
    if actor is None or actor.type != "PER" or not _quoted_near(ctx, before, min(quote.start, speaker.start)):
        return None
    if not _may_describe(ctx, actor_id, speaker, head) or not ctx.res.agrees_with_verb(actor_id, head) \
            or _complement_is(ctx, head, actor_id) \
            or _other_person_between(ctx, quotes, _end_of(before), speaker.start, actor_id):
        return None
    return _actor_ref(ctx, actor_id, speaker)


def _may_describe(ctx: "QuoteContext", actor_id: str, speaker: SpeakerRef, head: int) -> bool:
    """The description's noun is one the text gave the actor ("ее специальный советник, микробиолог Питер
    Пиот"; a one-word post also by its spelt-out head: "зампред Совбеза" of one introduced as "заместитель
    председателя Совета безопасности"), or the description is one word of no known field the text has not
    used before ("путешественник" classifies no one; a noun used before - "видео с девочкой … Девочка
    считает" - is that referent)."""
    noun = _lemma(ctx.tokens[head])
    if ctx.res.given_noun(actor_id, noun) \
            or noun in COMPOUND_POST_HEADS and ctx.res.given_noun(actor_id, COMPOUND_POST_HEADS[noun]):
        return True
    first, last = ctx.doc.token_span(speaker.start, speaker.stop)
    # (a speaker the rules already named by other words is no bare description)
    return last - first == 1 and speaker.name.lower() == speaker.text.lower() and of_no_field(noun) \
        and not any(_lemma(t) == noun for t in ctx.tokens[:first])


def _varied_head(ctx: "QuoteContext", speaker: SpeakerRef) -> int | None:
    """The head of a speaker phrase that describes one person without naming them: a singular
    animate noun, not a new or unnamed someone ("представитель", "источник", "другой эксперт"),
    not someone's relative or aide ("супруга", "адвокат", "его советник"), with no person's name inside."""
    root = _phrase_root(ctx, speaker)
    if root is None:
        return None
    token = ctx.tokens[root]
    noun = _lemma(token)
    if token.pos != "NOUN" or token.feats.get("Animacy") != "Anim" or _plural(token) \
            or noun in INDEFINITE | ANONYMOUS | PARTICIPANT_ROLES | RELATIONAL:
        return None  # (a relative or aide of the one just quoted is someone else: "заявила супруга футболиста")
    if any(_lemma(ctx.tokens[c]) in NEW_REFERENT | OWNER_PRONOUNS for c in ctx.children.get(root, [])):
        return None
    if any(m.type == "PER" for m in ctx.res.mentions_in(speaker.start, speaker.stop)):
        return None
    return root


def _phrase_root(ctx: "QuoteContext", speaker: SpeakerRef) -> int | None:
    """The one token of the speaker phrase whose head lies outside it (None: the parse splits it)."""
    roots = ctx.phrase_roots(speaker.start, speaker.stop)
    return roots[0] if len(roots) == 1 else None


def _previous_quote(quotes: list[Quote], quote: Quote, speaker: SpeakerRef) -> Quote | None:
    """The quote with a speaker that opens last before `quote` and its speaker do, when it ends before
    the speaker (a continuation that took the speaker of an earlier frame has no quote right before)."""
    at = speaker.start if speaker.start is not None else quote.start
    earlier = [q for q in quotes if q.start < min(quote.start, at) and q is not quote and q.speaker is not None]
    if not earlier:
        return None
    last = max(earlier, key=lambda q: q.start)
    return last if _end_of(last) <= at else None


def _end_of(quote: Quote) -> int:
    """Where a quote and its frame end (a postposed speaker stands after the quoted words)."""
    stop = quote.speaker.stop if quote.speaker is not None and quote.speaker.stop is not None else quote.stop
    return max(quote.stop, stop)


def _quoted_near(ctx: "QuoteContext", quote: Quote, at: int) -> bool:
    """The quote (or its frame) ends in the sentence of offset `at` or the `LAST_QUOTED_WINDOW` before."""
    here, there = ctx.doc.sentence_at(at), ctx.doc.sentence_at(max(quote.start, _end_of(quote) - 1))
    return here is not None and there is not None and here - there <= LAST_QUOTED_WINDOW


def _complement_is(ctx: "QuoteContext", head: int, actor_id: str) -> bool:
    """A complement of the description may denote the actor: a mention of it, or - when no mention
    links it to another person - a person noun the actor holds ("помощник президента" after the
    president; the looser words before a mention would take "глава Еврокомиссии Урсула фон дер Ляйен
    и ее советник Питер Пиот" as Пиот's "глава")."""
    for child in ctx.kids(head, "nmod"):
        first, last = ctx.res.subtree(child)
        linked = {m.actor_id for m in ctx.res.mentions_in(ctx.tokens[first].start, ctx.tokens[last - 1].stop)
                  if m.actor_id}
        if actor_id in linked:
            return True
        if not linked and ctx.res.holds_noun(actor_id, _lemma(ctx.tokens[child])):
            return True
    return False


def _other_person_between(ctx: "QuoteContext", quotes: list[Quote], start: int, stop: int, actor_id: str) -> bool:
    """A person other than the actor is named between the offsets outside every quote (they may be
    the one described)."""
    for mention in ctx.res.mentions_in(start, stop):
        if mention.actor_id in (None, actor_id) or any(q.start <= mention.start < q.stop for q in quotes):
            continue
        actor = ctx.doc.actor(mention.actor_id)
        if actor is not None and actor.type == "PER":
            return True
    return False


# --- stage 1: the one entity the description can denote ---------------------------
def _entity(ctx: "QuoteContext", quote: Quote, speaker: SpeakerRef, head: int) -> SpeakerRef | None:
    token = ctx.tokens[head]
    noun = _lemma(token)
    if _plural(token) or _modifiers(ctx, head):
        return None  # ("спецслужбы двух стран", "врач больницы": someone the text may not name)
    if noun in ORG_KINDS:
        kind = ORG_KINDS[noun]
        found = [m.actor_id for m in _earlier(ctx, speaker.start, ("ORG",))
                 if any(kind.search(name) for name in _names(ctx, m.actor_id))]
        actor_id = _sole(found)
        if actor_id is not None and not _named_in(ctx, quote, actor_id):
            return _actor_ref(ctx, actor_id, speaker)
        return None
    if noun in PERSON_KINDS:
        found = [m.actor_id for m in _earlier(ctx, speaker.start, ("PER",))
                 if _introduced_with(ctx, m.actor_id, noun)]
        actor_id = _sole(found)
        if actor_id is not None and not _named_in(ctx, quote, actor_id) \
                and ctx.res.agrees_with_verb(actor_id, head):
            return _actor_ref(ctx, actor_id, speaker)
    return None


def _introduced_with(ctx: "QuoteContext", actor_id: str, noun: str) -> bool:
    """The words right before a mention of the person, back to a comma, a stop or a verb, hold the
    noun or a hyphenated compound of it ("кандидат медицинских наук, врач-инфекционист
    клинико-диагностической лаборатории ООО «Инвитро-Сибирь» Андрей Поздняков"), or an apposition
    after the name gives it (`_introductions`): the tagger reads such a compound as an adjective, so
    the role grammar misses it, and a long organisation between the post and the name puts it out of
    the role window.  (dR37a) Not across a verb: "Следователь рассказал об угрозах по делу Рауфа
    Арашукова" introduces no one as "следователь"."""
    return bool(_introductions(ctx, actor_id, noun, len(ctx.doc.text)))


# --- stage 2: the description completed by the institution in view ------------------
def _completed(ctx: "QuoteContext", quote: Quote, speaker: SpeakerRef, head: int) -> SpeakerRef | None:
    token = ctx.tokens[head]
    kind = MEMBER_OF.get(_lemma(token))
    if kind is None:
        return None
    modifiers = _modifiers(ctx, head)
    if any(ctx.tokens[m].pos != "ADJ" for m in modifiers):
        return None  # ("адвокаты Младича", "автор статьи": a complement of its own)
    institution = _institution_in_view(ctx, speaker.start, kind)
    if institution is None or _named_in(ctx, quote, institution.actor_id):
        return None  # (nothing in view, or what the quote talks about)
    names = _names(ctx, institution.actor_id)
    if any(not any(n.startswith(_lemma(ctx.tokens[m])[:5]) or _lemma(ctx.tokens[m])[:5] in n for n in names)
           for m in modifiers):
        return None  # ("умеренные депутаты": a part of the house; "Европейские депутаты" are the Europarliament's)
    stem = _lemma(token)[:3]
    if kind == "legislature" and _plural(token):
        # "Тогда же Европарламент принял резолюцию. Европейские депутаты отметили …": the
        # members speaking together are the house (the gold names it), not a description
        return _actor_ref(ctx, institution.actor_id, speaker)
    noun = next(w for w in speaker.name.split() if w.lower().replace("ё", "е").startswith(stem)).lower()
    return SpeakerRef(None, f"{noun} {_genitive(ctx, institution)}", speaker.text, speaker.start, speaker.stop)


def _institution_in_view(ctx: "QuoteContext", before: int, kind: str) -> Mention | None:
    """The nearest institution of the kind named in the speaker's sentence or the two
    before, when no other one of the kind is named there."""
    here = ctx.doc.sentence_at(before) or 0
    start = ctx.doc.sentences[max(0, here - VIEW_SENTENCES)].start
    if kind == "outlet":
        found = [m for m in _earlier(ctx, before, ("MEDIA", "ORG")) if m.start >= start
                 and (m.type == "MEDIA" or _spoke(ctx, m.actor_id, before))]
    else:
        pattern = INSTITUTION_NAMES[kind]
        found = [m for m in _earlier(ctx, before, ("ORG",)) if m.start >= start
                 and any(pattern.search(name) for name in _names(ctx, m.actor_id))]
    return found[0] if found and _sole([m.actor_id for m in found]) else None


def _spoke(ctx: "QuoteContext", actor_id: str, before: int) -> bool:
    """An organisation that an earlier frame gave as the reporting speaker ("сообщает «Вести»")."""
    return any(ref.actor_id == actor_id for offset, ref in ctx.res.speakers if offset < before)


def _genitive(ctx: "QuoteContext", mention: Mention, named_only: bool = False) -> str:
    """The institution's name in the genitive: a mention the text writes in the genitive,
    else the nearest mention with each inflecting word put in the genitive.  `named_only`
    skips mentions written all in lower case (a generic noun taking the name up: "компании")."""
    doc = ctx.doc
    actor = doc.actor(mention.actor_id)
    for index in getattr(actor, "mentions", []):
        m = doc.mentions[index]
        if named_only and doc.text[m.start:m.stop].islower():
            continue
        first, last = doc.token_span(m.start, m.stop)
        words = [doc.tokens[i] for i in _words(ctx, first, last)]
        if words and all(t.feats.get("Case") == "Gen" for t in words if t.pos in ("NOUN", "PROPN", "ADJ")) \
                and any(t.feats.get("Case") == "Gen" for t in words):
            return _with_marks(doc.text, m.start, m.stop)
    first, last = doc.token_span(mention.start, mention.stop)
    sentence = doc.sentence_at(mention.start)
    opens = sentence is not None and not doc.text[doc.sentences[sentence].start:mention.start].strip()
    parts = []
    for i in range(first, last):
        t = doc.tokens[i]
        # (the head and its adjectives take the genitive; a dependent already in it keeps it:
        # "Судом Партизанского района" -> "суда Партизанского района")
        form = ctx.res.token_genitive(t) if t.feats.get("Case") not in (None, "Gen") else None
        word = t.text if not form else (form[:1].upper() + form[1:] if t.text[:1].isupper() else form)
        if i == first and opens and _lemma(t) in COMMON_HEADS:
            word = word.lower()  # (a court's common noun is capitalised only by the sentence it opened)
        gap = doc.text[doc.tokens[i - 1].stop:t.start] if i > first else ""
        parts.append(gap + word)
    return _with_marks(doc.text, mention.start, mention.stop, "".join(parts))


def _with_marks(text: str, start: int, stop: int, name: str | None = None) -> str:
    """The name in the quotation marks the text puts round it («Вести»)."""
    name = text[start:stop] if name is None else name
    if start > 0 and text[start - 1] in "«\"" and not name.startswith(("«", "\"")):
        closing = "»" if text[start - 1] == "«" else "\""
        if text[stop:stop + 1] == closing:
            return f"{text[start - 1]}{name}{closing}"
    return name


# --- stage 3: an unnamed source with nothing in view -------------------------------
def _unnamed(ctx: "QuoteContext", speaker: SpeakerRef, head: int) -> bool:
    token = ctx.tokens[head]
    noun = _lemma(token)
    modifiers = _modifiers(ctx, head)
    lemmas = {_lemma(ctx.tokens[m]) for m in modifiers}
    if noun in ANONYMOUS_HEADS and ANONYMOUS_HEADS[noun] in lemmas:
        return True  # "сообщили официальные лица": an unnamed source
    if _plural(token) and lemmas & WHOLE_GROUP and not any(ctx.tokens[m].rel.startswith("nmod") for m in modifiers):
        return True  # "Все эксперты подчеркивают": nobody in particular
    return _part_of_bare_group(ctx, head)


def _part_of_bare_group(ctx: "QuoteContext", head: int) -> bool:
    """"Ряд компаний заявил об уходе …", "Ряд экспертов считает": a share of a plural group
    that nothing else names (its noun bare, as in `_bare_people`, or a bare class noun of
    organisations) is no one in particular either."""
    if _lemma(ctx.tokens[head]) not in SHARE_NOUNS:
        return False
    groups = [k for k in ctx.kids(head, "nmod") if _plural(ctx.tokens[k])]
    if len(groups) != 1 or len(_modifiers(ctx, head)) != 1:
        return False
    group = groups[0]
    if _bare_people(ctx, group):
        return True
    return _lemma(ctx.tokens[group]) in ORG_CLASS_NOUNS and not [
        k for k in _modifiers(ctx, group) if ctx.tokens[k].rel not in DESCRIBING_CLAUSE_RELS]


def _bare_people(ctx: "QuoteContext", head: int) -> bool:
    """A plural commentator noun (`COMMENTATOR_GROUP_NOUNS`) that only a clause or participle describes
    ("Активисты, собравшиеся у мечети, назвали …", "чиновники вынуждены были заявить", "Лоббисты и
    активисты, поддерживающие поправки, утверждают", "Наблюдатели полагают"): a source the text does
    not name, unknown as in quotes-dev4/-dev6.  An adjective, a complement or a determiner makes it a
    group of its own ("Американские эксперты", "Эксперты ВШЭ", "Эти эксперты"): those stay.  Used here
    for the group a share noun takes ("Ряд экспертов"); a bare group as a speaker of its own keeps its
    noun, as the older sets and round 38's guards have it (the lead's choice: /work/briefs/dvD_groups.diff)."""
    token = ctx.tokens[head]
    if not (_plural(token) and _lemma(token) in COMMENTATOR_GROUP_NOUNS):
        return False
    for child in _modifiers(ctx, head):
        kid = ctx.tokens[child]
        if kid.rel == "conj":
            if not _bare_people(ctx, child):
                return False
        elif not (kid.rel in DESCRIBING_CLAUSE_RELS or kid.feats.get("VerbForm") == "Part"):
            return False
    return True


# --- (dR37a) stage 1b: the one person the text introduced with the description's noun ----------
def _introduced_person(ctx: "QuoteContext", quote: Quote, speaker: SpeakerRef | None) -> SpeakerRef | None:
    """"Валерий Захаров (брат Сергея) … «Только суд», – заявил брат погибшего", "политолог Станислав
    Петров … считает политолог", "Стивен Бенджамин, адвокат Насира … Адвокат Насира сказал": a singular
    person description the rules linked to no one is the one person the text introduced with its head
    noun - before the name or apposed after it (`_introductions`), before the speaker (in the lead, for a
    title's speaker: `_lead_end`) - when the description's complement repeats the introduction's words
    (`_complement_fits`), the verb agrees and the quote does not name that person.  "другой эксперт",
    "его адвокат", a possessive or a plural are someone else."""
    head = _person_head(ctx, speaker)
    if head is None:
        return None
    noun = _lemma(ctx.tokens[head])
    first, last = ctx.doc.token_span(speaker.start, speaker.stop)
    complement = _complement_tokens(ctx, head, first, last)
    if complement is None:
        return None
    limit = _lead_end(ctx, speaker.start) or speaker.start
    found = []
    for actor in ctx.doc.actors:
        if actor.type != "PER":
            continue
        if any(_complement_fits(ctx, head, complement, introduction)
               for introduction in _introductions(ctx, actor.id, noun, limit, (speaker.start, speaker.stop))):
            found.append(actor.id)
    actor_id = _sole(found)
    if actor_id is None or _named_in(ctx, quote, actor_id) or not ctx.res.agrees_with_verb(actor_id, head):
        return None
    return _actor_ref(ctx, actor_id, speaker)


def _person_head(ctx: "QuoteContext", speaker: SpeakerRef | None) -> int | None:
    """The head of a speaker phrase that is a singular person noun with no name in it, made into the
    speaker's name by the rules themselves (not a pronoun's antecedent, nor an unnamed source)."""
    if speaker is None or speaker.actor_id is not None or speaker.start is None or speaker.stop is None \
            or not speaker.name or speaker.name == UNKNOWN:
        return None
    root = _phrase_root(ctx, speaker)
    if root is None:
        return None
    token = ctx.tokens[root]
    noun = _lemma(token)
    opener = noun in PERSON_NOUNS and capitalised_opener(ctx, root)  # ("Терапевт предположил …")
    if token.pos != "NOUN" and not opener or _plural(token) \
            or noun in UNINTRODUCED_NOUNS or token.feats.get("Animacy") != "Anim" and noun not in PERSON_NOUNS:
        return None
    if any(m.type == "PER" and not _in_complement(ctx, root, m)
           for m in ctx.res.mentions_in(speaker.start, speaker.stop)):
        return None
    if not any(w.lower().replace("ё", "е").startswith(noun[:3]) for w in speaker.name.split()):
        return None  # (a name the rules built elsewhere)
    return root


def capitalised_opener(ctx: "QuoteContext", index: int) -> bool:
    """"Эксперт назвал …", "Терапевт предположил …": a word opening its sentence that the tagger calls
    a name, though no person mention covers it (a title's person noun; with `_person_head`, also
    `attribution._description_head`)."""
    token = ctx.tokens[index]
    sentence = ctx.doc.sentence_at(token.start)
    return token.pos == "PROPN" and sentence is not None and ctx.doc.sentences[sentence].token_start == index \
        and not any(m.type == "PER" for m in ctx.res.mentions_in(token.start, token.stop))


def introduced_as_commentator(ctx: "QuoteContext", actor_id: str) -> bool:
    """The text introduces the person as one who comments ("политолог Станислав Петров",
    "журналист-международник Аббас Джума"), for a title's "Эксперт" that the tagger calls a name."""
    return any(_introductions(ctx, actor_id, noun, len(ctx.doc.text)) for noun in COMMENTING_POSTS)


def _in_complement(ctx: "QuoteContext", head: int, mention: Mention) -> bool:
    """A person named in the description's genitive complement ("адвокат Насира", "брат футболиста
    Ивана Петрова"): the owner, whom the introduction must name too, not the described person's name."""
    first, last = ctx.doc.token_span(mention.start, mention.stop)
    tops = [k for k in range(first, last) if not first <= ctx.tokens[k].head < last]
    if first <= head < last or len(tops) != 1:
        return False
    top = ctx.tokens[tops[0]]
    if top.head != head:
        return True  # (deeper: the complement's own complement)
    return top.rel == "nmod"


def _complement_tokens(ctx: "QuoteContext", head: int, first: int, last: int) -> list[int] | None:
    """The words of the speaker phrase (tokens `first`..`last`) other than its head, or None when one
    makes it someone new or someone's ("другой политолог", "его адвокат", "наш собеседник")."""
    if any(_lemma(ctx.tokens[c]) in NEW_REFERENT | OWNER_PRONOUNS for c in _modifiers(ctx, head)):
        return None
    return [k for k in range(first, last) if k != head and WORD.search(ctx.tokens[k].text)
            and ctx.tokens[k].pos not in ("ADP", "CCONJ", "PART")]


def _complement_fits(ctx: "QuoteContext", head: int, complement: list[int], introduction: Introduction) -> bool:
    """Every word of the description's complement recurs in the introduction's words ("студент РГУ"
    of "Студент РГУ им Косыгина … Валерий Костенок"); a relation noun's owner that no name gives
    ("брат погибшего", "мать пострадавшей") is the story's victim the introduction names its own way -
    by a name ("брат Сергея"), not by a common word of its own (mA37, cr37 F2: "брат пострадавшего" is
    another victim's brother)."""
    relational = _lemma(ctx.tokens[head]) in RELATIONAL and not introduction.common_owner
    if any(marks_former(word) for word in introduction.words) \
            and not any(marks_former(_lemma(ctx.tokens[k])) for k in complement + [head]):
        return False  # (cr29 M1: "Экс-президент США X" is not the undated "Президент США")
    for k in complement:
        token = ctx.tokens[k]
        if any(_same_word(token.text, w) or _same_word(_lemma(token), w) for w in introduction.words):
            continue
        if relational and token.pos in ("ADJ", "VERB") and token.feats.get("Case") == "Gen" \
                and not ctx.res.mentions_in(token.start, token.stop):
            continue
        return False
    return True


def _stem(word: str) -> str:
    return word.lower().replace("ё", "е")[:COMPLEMENT_STEM]


def _same_word(word: str, other: str) -> bool:
    """The introduction's word `other` starts like the complement's word and is at most an ending longer
    ("РГУ" - "РГУ", "погибшего" - "погибшей"; mA37, cr37 F13: not "Москвы" - "московской")."""
    return other.startswith(_stem(word)) and len(other) <= len(word) + COMPLEMENT_ENDING


def _lead_end(ctx: "QuoteContext", offset: int) -> int | None:
    """For an offset in the title, where the paragraph after it ends: the lead introduces whom the
    title describes ("Студент МГУ признал вину" … "Студент МГУ Иван Петров признал …"), a later
    paragraph may bring in anyone else."""
    parts = ctx.doc.parts
    for index, part in enumerate(parts):
        if part.kind == "title" and part.start <= offset < part.stop:
            return parts[index + 1].stop if index + 1 < len(parts) else None
    return None


def _introductions(ctx: "QuoteContext", actor_id: str, noun: str, limit: int,
                   skip: tuple[int, int] = (0, 0)) -> list[Introduction]:
    """The lower-case words of each place before `limit` where the text gives the person the noun:
    the stretch before a mention back to a clause stop ("политолог Станислав Петров", "врач-инфекционист
    … Андрей Поздняков"), with no other person named between the noun and the name (in "адвокат
    Захарченко Валерия" the noun is Захарченко's lawyer's), or an apposition after it, back to where it
    ends ("Валерий Захаров (брат Сергея – прим.)", "Петров, бывший соратник Ивана"); none inside `skip`."""
    doc = ctx.doc
    found = []
    for index in getattr(doc.actor(actor_id), "mentions", []):
        mention = doc.mentions[index]
        if mention.start >= limit or skip[0] <= mention.start < skip[1]:
            continue  # (a name inside the description itself introduces no one: "Студент РГУ им Косыгина")
        first, last = doc.token_span(mention.start, mention.stop)
        before = _noun_before(ctx, first, noun)
        if before is not None and not _owner_of(ctx, before, first) \
                and not _other_person_from(ctx, before, mention.start, actor_id):
            found.append(_introduction(ctx, _adjectives_before(ctx, before), first))
        after = _noun_apposed_after(ctx, last, noun)
        if after is not None:
            found.append(_introduction(ctx, after, _introduction_end(ctx, after)))
    return found


def _other_person_from(ctx: "QuoteContext", noun: int, start: int, actor_id: str) -> bool:
    """Another person named between the noun and the mention at `start` (the noun may be theirs)."""
    return any(m.type == "PER" and m.actor_id != actor_id
               for m in ctx.res.mentions_in(ctx.tokens[noun].start, start))


def _adjectives_before(ctx: "QuoteContext", noun: int) -> int:
    """Where the adjectives right before the noun begin ("Тогдашний президент США": a former holder)."""
    k = noun
    while k > 0 and ctx.tokens[k - 1].pos in ("ADJ", "DET") and noun - k < APPOSITION_GAP:
        k -= 1
    return k


def _is_noun(token: Token, noun: str) -> bool:
    """The token is the noun, or a hyphenated compound of it: "врач-инфекционист" is a "врач",
    "премьер-министр" a "министр", "врач-терапевт" a "терапевт" - but a "вице-президент" is no
    "президент" (nor an "экс-президент", see `_complement_fits`)."""
    word, lemma = token.text.lower().replace("ё", "е"), _lemma(token)
    return lemma == noun or word.startswith(noun + "-") \
        or lemma.endswith("-" + noun) and not lemma.startswith(RANK_PREFIXES)


def _noun_before(ctx: "QuoteContext", first: int, noun: str) -> int | None:
    """The noun among the words before a name, back to a clause stop, a verb (a participle aside:
    "получивший пояс житель Сан-Хосе") or the sentence's start ("Следователь рассказал об угрозе по
    делу Арашукова" introduces no one as "следователь")."""
    tokens = ctx.tokens
    sentence = ctx.doc.sentence_at(tokens[first].start)
    floor = ctx.doc.sentences[sentence].token_start if sentence is not None else 0
    k = first - 1
    crossed = None
    while k >= floor and first - k <= INTRO_REACH and not _clause_word(tokens[k]) \
            and (tokens[k].text not in CLAUSE_STOPS or _posts_in_a_row(ctx, k)):
        if tokens[k].text in CLAUSE_STOPS:
            crossed = tokens[k + 1]
        if _is_noun(tokens[k], noun):
            # (cr37 F14: "По мнению адвоката, судья X" - the posts of one person agree in case)
            return k if crossed is None or _same_case(tokens[k], crossed) else None
        k -= 1
    return None


def _posts_in_a_row(ctx: "QuoteContext", comma: int) -> bool:
    """A comma between two posts of one person ("врач-терапевт, профессор РНИМУ Александр Карабиненко",
    "Телеведущая, журналистка X"): a person noun follows it."""
    after = ctx.tokens[comma + 1] if comma + 1 < len(ctx.tokens) else None
    return ctx.tokens[comma].text == "," and after is not None and after.pos == "NOUN" \
        and (after.feats.get("Animacy") == "Anim" or _lemma(after) in PERSON_NOUNS)


def _clause_word(token: Token) -> bool:
    """A word that opens or carries a clause of its own between a noun and a name."""
    return token.pos in ("VERB", "AUX", "SCONJ", "PRON") and token.feats.get("VerbForm") != "Part"


def _owner_of(ctx: "QuoteContext", noun: int, first: int) -> bool:
    """The name after the noun is in the genitive while the noun is not: its owner ("брат Сергея", "Мать
    блогера Анастасии Зубриной"), not the one the noun describes."""
    noun_case, name_case = ctx.tokens[noun].feats.get("Case"), ctx.tokens[first].feats.get("Case")
    return name_case == "Gen" and noun_case not in (None, "Gen")


def _noun_apposed_after(ctx: "QuoteContext", last: int, noun: str) -> int | None:
    tokens = ctx.tokens
    if last < len(tokens) and _is_noun(tokens[last], noun) and tokens[last].rel == "appos" \
            and tokens[last].head < last and tokens[tokens[last].head].pos == "PROPN":
        return last  # ("Валерий Костенок Студент РГУ …": the parse apposes the noun to the name)
    if last >= len(tokens) or tokens[last].text not in APPOSITION_MARKS:
        return None
    k = last + 1
    while k < len(tokens) and k <= last + APPOSITION_GAP and tokens[k].pos in ("ADJ", "DET", "NUM"):
        k += 1
    if k >= len(tokens) or not _is_noun(tokens[k], noun) or _plural(tokens[k]) \
            or k + 1 < len(tokens) and _lemma(tokens[k + 1]) == "который":
        return None  # ("Иванов, адвокат которого …" is another person's lawyer; "Иванов, адвокаты Петрова" a list)
    if _opens_clause(ctx, k) or not _same_case(tokens[last - 1], tokens[k]):
        return None  # (cr37 F1: "арестовал Ивана Петрова, адвокат сразу подал жалобу" - a clause of its own)
    return k


def _opens_clause(ctx: "QuoteContext", k: int) -> bool:
    """The noun after a name's comma or dash is the subject of a clause of its own ("…Ивана Петрова,
    адвокат сразу подал жалобу"), by the parse or (mA37, cr37 F1: "ответил Иван Петров, журналист
    местной газеты спросил его", parsed as an apposition) by a finite verb before the phrase closes."""
    token = ctx.tokens[k]
    if token.rel.startswith("nsubj") and 0 <= token.head < len(ctx.tokens) and token.head > k \
            and ctx.tokens[token.head].pos in ("VERB", "AUX"):
        return True
    return any(_finite_verb(ctx.tokens[j]) for j in range(k + 1, _introduction_end(ctx, k)))


def _finite_verb(token: Token) -> bool:
    return token.pos in ("VERB", "AUX") and token.feats.get("VerbForm") == "Fin"


def _same_case(a: Token, b: Token) -> bool:
    one, two = a.feats.get("Case"), b.feats.get("Case")
    return one is None or two is None or one == two


def _introduction_end(ctx: "QuoteContext", start: int) -> int:
    k = start + 1
    while k < len(ctx.tokens) and k - start <= INTRO_REACH and ctx.tokens[k].text not in INTRODUCTION_ENDS:
        k += 1
    return k


def _introduction(ctx: "QuoteContext", first: int, last: int) -> Introduction:
    words: set[str] = set()
    common_owner = False
    for token in ctx.tokens[first:last]:
        words |= {token.text.lower().replace("ё", "е"), _lemma(token)}
        common_owner = common_owner or token.pos in ("ADJ", "VERB", "NOUN") and token.feats.get("Case") == "Gen" \
            and not ctx.res.mentions_in(token.start, token.stop)
    return Introduction(frozenset(words), common_owner)
