"""A bare surname spelt another way than the full name of the same document ("Кунссберг" after
"Лоры Кюнсберг", "Рынска" after "Божене Рынской"): news text transliterates foreign names unevenly
and drops letters, so one person is written two ways in one article (review rv27_Q, cause 4).

Only a near spelling of exactly one person named in full counts, and never a form of the other sex
("Зеленская" beside "Владимир Зеленский") nor a predicate of the other gender: people of near
surnames stay apart."""
from __future__ import annotations

from typing import Callable

from khronika.nlp.doc import Doc, Mention
from khronika.nlp.registry import UNKNOWN_PREFIX, alias_key

# Shortest surname compared: short names are near many others ("Кох"/"Кок", "Ли"/"Лю").
MIN_VARIANT_LENGTH = 5
# Surnames this long may differ in two letters ("Кунссберг"/"Кюнсберг"); shorter ones in one.
TWO_EDITS_LENGTH = 8
# The man's and the woman's endings of one family name: near spellings, other people.
SEX_ENDINGS = (("ов", "ова"), ("ев", "ева"), ("ёв", "ёва"), ("ин", "ина"), ("ын", "ына"),
               ("ий", "ая"), ("ой", "ая"), ("ый", "ая"), ("ский", "ская"), ("цкий", "цкая"))


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance: letters inserted, deleted or replaced."""
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return previous[-1]


def other_sex_form(a: str, b: str) -> bool:
    """"Петров"/"Петрова", "Зеленский"/"Зеленская": one family name in its two sexes' forms."""
    return any(x.endswith(man) and y.endswith(woman) and x[:-len(man)] == y[:-len(woman)]
               for man, woman in SEX_ENDINGS for x, y in ((a, b), (b, a)))


# Russian family-name endings: such names have one spelling, so near ones are other families ("Котов"/"Кротов").
RUSSIAN_SURNAME_ENDINGS = ("ов", "ев", "ёв", "ин", "ын", "ова", "ева", "ёва", "ина", "ына", "ский", "ская",
                           "цкий", "цкая")


def near_spelling(word: str, surname: str) -> bool:
    """Two spellings of one surname: the same first letter, one letter apart (two in long names)."""
    a, b = alias_key(word), alias_key(surname)
    if a == b or min(len(a), len(b)) < MIN_VARIANT_LENGTH or a[0] != b[0] or other_sex_form(a, b) \
            or a.endswith(RUSSIAN_SURNAME_ENDINGS) and b.endswith(RUSSIAN_SURNAME_ENDINGS):
        return False
    return edit_distance(a, b) <= (2 if min(len(a), len(b)) >= TWO_EDITS_LENGTH else 1)


def spelling_variant_of(doc: Doc, mention: Mention, full: list[Mention], gender: str | None,
                        first_name_gender: Callable[[Doc, Mention], str | None]) -> list[Mention]:
    """The full-name mentions of the one person whose surname `mention` (a one-word person mention no
    full name shares) spells another way; empty when none or several persons do, when the word is a
    first name of the document, or when `gender` (the mention's predicate's) is not that person's
    (`first_name_gender`)."""
    word = mention.normal or mention.text
    if any(alias_key(other.normal.split()[0]) == alias_key(word) for other in full):
        return []
    found = [other for other in full if near_spelling(word, other.normal.split()[-1])]
    if len({other.actor_id or other.normal for other in found}) != 1:
        return []
    if found[0].actor_id and not found[0].actor_id.startswith("x:"):
        # (cr27 H2) a registry person is reached only by the spellings the registry lists: "Шульц" beside "Олаф
        # Шольц" is another man, and the registry's aliases already cover its people's usual variants
        return []
    if gender is not None and first_name_gender(doc, found[0]) not in (None, gender):
        return []
    return found


def _subject_of_verb(doc: Doc, index: int) -> bool:
    token = doc.tokens[index]
    return token.rel in ("nsubj", "nsubj:pass") and 0 <= token.head < len(doc.tokens) \
        and doc.tokens[token.head].pos in ("VERB", "AUX")


def subject_surnames(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """(mC27, rv27_Q cause 4) A capitalised name word the tagger left untagged as the subject of a verb, that is a
    surname of a person the document names in full, as written or in another spelling ("Рынска утверждала, что …"
    after "Божене Рынской"; the same "Рынска писала" tagged a sentence later): a person mention, for the actors to
    link.  Only a subject of a verb: a name that says or does something, where a speaker is looked for."""
    # Surnames of persons named in full only: a word tagged alone may be a first name or a title ("Борис", "Папа").
    surnames = {alias_key(m.normal.split()[-1]) for m in mentions if m.type == "PER" and len(m.normal.split()) > 1}
    if not surnames:
        return mentions
    covered = {i for m in mentions for i in range(*doc.token_span(m.start, m.stop))}
    added = []
    for index, token in enumerate(doc.tokens):
        if index in covered or token.pos != "PROPN" or not token.text[:1].isupper() or not token.text.isalpha() \
                or not _subject_of_verb(doc, index):
            continue
        word = alias_key(token.text)
        if word in surnames or any(near_spelling(word, surname) for surname in surnames):
            added.append(Mention(token.start, token.stop, token.text, "PER", token.text, None, "rule"))
    return sorted(mentions + added, key=lambda m: (m.start, -m.stop)) if added else mentions


# Case endings a consonant-final name takes in the oblique cases ("Ын" → "Ына", "Ян" → "Яну", "Ли Ханом").
OBLIQUE_ENDINGS = frozenset({"а", "у", "е", "ом", "ым", "ем"})
VOWELS = frozenset("аеёиоуыэюяaeiouy")


def _oblique_ending(a: str, b: str) -> str | None:
    """The ending that makes one of two name words the other's oblique form ("ын"/"ына" → "а"), else None.
    Short stems count ("Ын", "Ян"): the full-name comparison of `link_full_names` needs three letters."""
    shorter, longer = sorted((a, b), key=len)
    ending = longer[len(shorter):]
    if len(shorter) >= 2 and shorter[-1] not in VOWELS and longer.startswith(shorter) and ending in OBLIQUE_ENDINGS:
        return ending
    return None


def _single_letters(word: str) -> str:
    """A word with each doubled letter written once: "Феррари" and "Ферарри" both read "ферари"."""
    return "".join(letter for i, letter in enumerate(word) if i == 0 or letter != word[i - 1])


def _name_pairs(a: str, b: str) -> list[tuple[str, str]] | None:
    """The word pairs of two full names (first with first, surname with surname; a middle name one of
    them lacks left out), or None when they are no two writings of one name's words."""
    words_a, words_b = [alias_key(w) for w in a.split()], [alias_key(w) for w in b.split()]
    if min(len(words_a), len(words_b)) < 2 or abs(len(words_a) - len(words_b)) > 1:
        return None
    if len(words_a) != len(words_b):  # one middle name more
        words_a, words_b = [words_a[0], words_a[-1]], [words_b[0], words_b[-1]]
    pairs = list(zip(words_a, words_b))
    # (a two-letter word is no family name's stem plus ending: "Ын"/"Ына" is one Korean name in two cases)
    return None if any(min(len(x), len(y)) > 2 and other_sex_form(x, y) for x, y in pairs) else pairs


def oblique_full_name(a: str, b: str) -> bool:
    """One full name left in an oblique case by the normaliser: "Ким Чен Ына"/"Ким Чен Ын", "Яна
    Веллена"/"Ян Веллен" — every changed word with the same one case ending."""
    pairs = _name_pairs(a, b)
    if pairs is None or len(a.split()) != len(b.split()):
        return False
    differing = [(x, y) for x, y in pairs if x != y]
    endings = {_oblique_ending(x, y) for x, y in differing}
    # (cr31 M1) a two-word name whose only change is a two-letter stem may be two people: "Ян Ли" and his sister
    # "Яна Ли"; a longer word changed the same way ("Веллен"/"Веллена") or a three-word name shows one case
    short_only = len(pairs) < 3 and all(min(len(x), len(y)) < 3 for x, y in differing)
    return len(endings) == 1 and None not in endings and not short_only


def respelt_full_name(a: str, b: str) -> bool:
    """One person's full name with the surname spelt another way (a letter more, less or other, a doubled
    letter moved) and the first name alike: "Жером Феррари"/"Жером Ферарри", "Марк Чепмен"/"Марк Дэвид
    Чэпмен"; never the two sexes' forms of one family name."""
    pairs = _name_pairs(a, b)
    if pairs is None or any(x != y for x, y in pairs[:-1]):
        return False
    x, y = pairs[-1]
    return x != y and (near_spelling(x, y) or (min(len(x), len(y)) >= MIN_VARIANT_LENGTH
                                               and _single_letters(x) == _single_letters(y)))


def link_variant_full_names(doc: Doc) -> None:
    """(l31) Persons the document names in full two ways are one actor: an oblique form the normaliser
    left joins the name (a registry person's too), a respelt surname joins only among actors the registry
    lacks (a registry person is reached by the spellings the registry lists, cr27 H2).  The actor the
    registry knows, else the one with more mentions (the earlier on a tie) keeps its id."""
    counts: dict[str, tuple[int, int]] = {}
    names: dict[str, set[str]] = {}
    for index, mention in enumerate(doc.mentions):
        if mention.type != "PER" or not mention.actor_id:
            continue
        count, first = counts.get(mention.actor_id, (0, index))
        counts[mention.actor_id] = (count + 1, first)
        if len(mention.normal.split()) > 1:
            names.setdefault(mention.actor_id, set()).add(mention.normal)
    if len(names) < 2:
        return
    order = sorted(names, key=lambda actor: (actor.startswith(UNKNOWN_PREFIX), -counts[actor][0], counts[actor][1]))
    joined: dict[str, str] = {}
    for i, actor in enumerate(order):
        if actor in joined:
            continue
        for other in order[i + 1:]:
            if other in joined or not other.startswith(UNKNOWN_PREFIX):
                continue
            respelt = actor.startswith(UNKNOWN_PREFIX) and any(
                respelt_full_name(a, b) for a in names[actor] for b in names[other])
            if respelt or any(oblique_full_name(a, b) for a in names[actor] for b in names[other]):
                joined[other] = actor
    for mention in doc.mentions:
        if mention.actor_id in joined:
            mention.actor_id = joined[mention.actor_id]
