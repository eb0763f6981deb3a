"""The speech-cue lexicon (`data/speech_verbs.tsv`) and the tests on tokens
that decide whether a word introduces reported speech."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from khronika.nlp.doc import Token

DATA_DIR = Path(__file__).resolve().parents[1] / "data"
LEXICON_FILE = "speech_verbs.tsv"

# Particles that mark a cue verb as negated ("не сообщала") and the hedge
# words that make any quote hedged wherever they stand in the cue clause.
NEGATION = frozenset({"не", "ни"})
HEDGE_WORDS = frozenset({"якобы", "возможно", "вероятно", "видимо", "по-видимому", "предположительно"})
# "не исключил" and "не скрывает" do not deny the content: they hedge or admit it.
NEGATION_KEEPS = {"исключить": "hedge", "исключать": "hedge", "скрывать": "say", "скрыть": "say",
                  "сомневаться": "opinion", "отрицать": "say"}
# Prepositions of a place where words are said or published: "добавили в полиции", "приводятся на
# сайте Кремля", "опубликованной во «ВКонтакте»" (shared by the passes that read such places).
PLACE_PREPOSITIONS = frozenset({"в", "во", "на"})


@dataclass
class Lexicon:
    verbs: dict[str, str] = field(default_factory=dict)        # lemma -> class
    frames: dict[str, set[str]] = field(default_factory=dict)  # frame class -> noun lemmas/forms
    sources: set[str] = field(default_factory=set)              # "в сообщении", "в заявлении" nouns
    blocked: set[str] = field(default_factory=set)              # что-verbs that are not speech
    support: dict[str, str] = field(default_factory=dict)      # noun of a support-verb construction -> class

    @classmethod
    def load(cls, path: Path | None = None) -> "Lexicon":
        text = (path or DATA_DIR / LEXICON_FILE).read_text(encoding="utf-8")
        lexicon = cls()
        for line in text.splitlines():
            if not line.strip() or line.startswith("#") or line.startswith("lemma\t"):
                continue
            lemma, kind, klass = (line.split("\t") + ["", ""])[:3]
            lemma = lemma.strip().replace("ё", "е")
            if kind == "verb":
                lexicon.verbs.setdefault(lemma, klass.strip() or "say")
            elif kind == "frame":
                lexicon.frames.setdefault(klass.strip(), set()).add(lemma)
            elif kind == "source":
                lexicon.sources.add(lemma)
            elif kind == "block":
                lexicon.blocked.add(lemma)
            elif kind == "support":
                lexicon.support.setdefault(lemma, klass.strip() or "say")
        return lexicon

    def verb_class(self, token: Token) -> str | None:
        """Class of a speech verb (finite, participle or gerund), else None."""
        if token.pos not in ("VERB", "AUX", "ADJ", "") and token.rel != "acl" and not _mistagged_verb(token):
            return None  # (a participle the tagger took for a noun still counts)
        if stance_participle(token):
            return "emotion"
        return self.verbs.get(lemma(token))

    def is_frame(self, token: Token, klass: str) -> bool:
        return lemma(token) in self.frames.get(klass, ()) or token.text.lower() in self.frames.get(klass, ())

    def is_source(self, token: Token) -> bool:
        return token.pos in ("NOUN", "PROPN", "") and lemma(token) in self.sources


# (mS36) Verbs whose short passive participle, and adjectives whose short form, state the subject's stance on a
# "тем, что" clause: "Ученые обеспокоены тем, что …", "Раджа доволен тем, что …" - the subject speaks.  Only the
# short form, a predicate: the active verb's subject is the cause ("Рост цен обеспокоил власти"), and a full form
# is an attribute ("уволить всех министров, недовольных стратегией").
STANCE_PARTICIPLE_VERBS = frozenset({"обеспокоить", "возмутить", "встревожить", "озаботить"})
STANCE_ADJECTIVES = frozenset({"довольный", "недовольный"})


def stance_participle(token: Token) -> bool:
    """The short form of a stance word ("обеспокоены", "доволен"), a cue whose subject speaks."""
    if token.feats.get("Variant") != "Short":
        return False
    if token.pos == "ADJ":
        return lemma(token) in STANCE_ADJECTIVES
    return lemma(token) in STANCE_PARTICIPLE_VERBS and token.feats.get("VerbForm") == "Part" \
        and token.feats.get("Voice") == "Pass"


# Infinitive endings: a lemma with one of them is a verb's, whatever the tag says.
INFINITIVE_ENDINGS = ("ть", "ться", "ти", "тись", "чь", "чься")


def _mistagged_verb(token: Token) -> bool:
    """", передаёт ТАСС": a finite verb the tagger took for a noun keeps its verb lemma."""
    return token.pos == "NOUN" and lemma(token).endswith(INFINITIVE_ENDINGS)


def lemma(token: Token) -> str:
    return (token.lemma or token.text.lower()).replace("ё", "е")


# (mJ33, rv33_Q C11) A past-tense form: stem, "л"-ending, reflexive ending ("сыронизировала", "отшутился").
PAST_FORM = re.compile(r"(\w+[аеёиоуыюя])л[аои]?(с[яь])?")


# (mS36) The past-tense endings of a verb form: gender and number.
PAST_ENDING_FEATS = {"": {"Gender": "Masc", "Number": "Sing"}, "а": {"Gender": "Fem", "Number": "Sing"},
                     "о": {"Gender": "Neut", "Number": "Sing"}, "и": {"Number": "Plur"}}


def verb_form_feats(token: Token) -> dict[str, str]:
    """(mS36) The features of a cue as a verb: a past-tense verb the tagger took for a noun ("проскандировала",
    Masc as a noun) shows its gender and number by its ending; any other token keeps its own."""
    if not _mistagged_verb(token):
        return token.feats
    past = PAST_FORM.fullmatch(token.text.lower().replace("ё", "е"))
    if past is None:
        return token.feats
    ending = token.text.lower()[len(past.group(1)) + 1:len(token.text) - len(past.group(2) or "")]
    return {"Tense": "Past", **PAST_ENDING_FEATS.get(ending, {})}


def cue_lemma(token: Token, has_subject: bool) -> str:
    """The cue's lemma; a past-tense verb the tagger took for a noun with a subject of its own (a verb it
    does not know: "– сыронизировала Собчак" with the lemma "сыронизировал") gets its infinitive back."""
    word = lemma(token)
    if token.pos != "NOUN" or not has_subject or word.endswith(INFINITIVE_ENDINGS):
        return word
    past = PAST_FORM.fullmatch(token.text.lower().replace("ё", "е"))
    if past is None or not PAST_FORM.fullmatch(word) or not word.startswith(past.group(1)):
        return word
    return past.group(1) + ("ться" if past.group(2) else "ть")


def finite_or_imperative(token: Token) -> bool:
    """A verb that makes a clause of its own: finite or imperative (not an infinitive, participle or converb)."""
    return token.pos in ("VERB", "AUX") and (token.feats.get("VerbForm") == "Fin" or token.feats.get("Mood") == "Imp")


# (mU35) A noun of a share of a group that takes a plural verb by sense ("Большинство историков считают") as well
# as the singular of its grammar ("большинство проголосовало"); only the one unread text showed (description_speakers'
# SHARE_NOUNS is the wider list of share nouns a speaker may be).
PLURAL_BY_SENSE_NOUNS = frozenset({"большинство"})


# (mF39) Plural endings of a noun's last part ("интернет-пользователи", "бизнес-аналитики").
PLURAL_NOUN_ENDINGS = ("и", "ы")


def plural_compound(noun: Token) -> bool:
    """(mF39, rv39_Q C9) "Интернет-пользователи прокомментировали …, указав, что …": the tagger reads a hyphenated
    compound unknown to it as a singular; its last part in a plural ending its singular lemma lacks shows the number
    ("пользователи" against "пользователь")."""
    text, lemma_ = noun.text.lower(), (noun.lemma or "").lower()
    if noun.pos != "NOUN" or "-" not in text or "-" not in lemma_ or noun.feats.get("Number") != "Sing":
        return False
    part, lemma_part = text.rsplit("-", 1)[1], lemma_.rsplit("-", 1)[1]
    return part != lemma_part and part.endswith(PLURAL_NOUN_ENDINGS) and not lemma_part.endswith(PLURAL_NOUN_ENDINGS)


def agrees(verb: Token, subject: Token) -> bool:
    """A finite verb's number and (past tense) gender do not contradict its subject's."""
    v_num, s_num = verb.feats.get("Number"), subject.feats.get("Number")
    if v_num == "Plur" and (subject.lemma or "").lower() in PLURAL_BY_SENSE_NOUNS:
        return True
    if v_num == "Plur" and plural_compound(subject):
        return True
    if v_num and s_num and v_num != s_num:
        return False
    v_gen, s_gen = verb.feats.get("Gender"), subject.feats.get("Gender")
    return not (v_num != "Plur" and v_gen and s_gen and v_gen != s_gen)
