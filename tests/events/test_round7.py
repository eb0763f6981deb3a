"""Round 7 (issue 5): false positives read on unlabelled text, fixed by general rules.  Sentences
written for the tests, not taken from any gold or read document."""
from __future__ import annotations

import pytest

from event_checks import coded
from khronika.events.referents import same_person
from khronika.events.lexicon import load_hints
from khronika.events.paths import before_subordinator, past_relative
from khronika.events.tree import Tree
from khronika.nlp.doc import EventActor


# paragraph, type, source, target: the act is coded with these actors
DIRECTED = [
    # a name inside a person noun's phrase in the noun's own case is its apposition
    ("Во время визита в Минск Иван Петров встретился с матерью девушки Марией Смирновой.", "CONSULT",
     {"Иван Петров"}, {"Мария Смирнова"}),
    ("Канцлер Олаф Шольц поблагодарил «своего друга» Макрона.", "SUPPORT", {"Олаф Шольц"}, {"Эммануэль Макрон"}),
    # a title coordinated with a name in the same case is the named person's title
    ("Специальный суд Египта вынес бывшему министру и военному лидеру страны Ивану Петрову смертный приговор.",
     "COERCE", {"Специальный суд Египта"}, {"Иван Петров"}),
    # people met in a "с" phrase meet the subject of the clause, not each other
    ("Иван Петров выступил после встречи с Сергеем Смирновым и Марией Ивановой.", "CONSULT",
     {"Иван Петров"}, {"Сергей Смирнов", "Мария Иванова"}),
    # "в X <3rd plural verb of speech>" voices X
    ("В Кремле обвинили Ивана Петрова во лжи.", "ACCUSE", {"Кремль"}, {"Иван Петров"}),
    # a title given with a genitive ("лидер боснийских сербов X") refers back with that genitive
    ("Бывший лидер местных фермеров Иван Петров признан виновным в мошенничестве. При этом суд решил "
     "снять с экс-лидера местных фермеров одно из обвинений.", "RETREAT", {"суд"}, {"Иван Петров"}),
    # an unnamed court sentencing in one state is not another state's court named before
    ("Газета связывает решение Верховного суда Израиля с судьбой гражданки Марии Смирновой, которая "
     "приговорена в России к семи годам лишения свободы.", "COERCE", {"суд России"}, {"Мария Смирнова"}),
    # "девушка" after the story has named its (female) protagonist is that protagonist
    ("Мария Иванова провела в тюрьме восемь лет. Мария Иванова подала апелляцию. Суд Египта оправдал Марию "
     "Иванову. Власти Египта запретили девушке покидать страну.", "COERCE", {"Египет"}, {"Мария Иванова"}),
    # a participle is no part of a group's name
    ("Прибывшая полиция задержала Ивана Петрова.", "COERCE", {"полиция"}, {"Иван Петров"}),
    # (a regression case for the same rule)
    ("В Польше обвиняют Ивана Петрова в атаке, в результате которой погибли двое польских пограничников.",
     "ACCUSE", {"Польша"}, {"Иван Петров"}),
    # an object pronoun is none of the conjuncts of its verb's subject
    ("Сергей Смирнов вышел из дома. Иван Петров и Олег Сидоров обвинили его в краже.", "ACCUSE",
     {"Иван Петров", "Олег Сидоров"}, {"Сергей Смирнов"}),
]


@pytest.mark.parametrize("text, type_, source, target", DIRECTED)
def test_round7_directed(code_paragraph, text: str, type_: str, source: set[str], target: set[str]) -> None:
    found = coded(code_paragraph(text))
    assert any(t == type_ and s == source and g == target for t, s, g in found), found


# paragraph, type: no event of this type is coded
NOT_CODED = [
    # a dismissal is a personnel decision, not a release
    ("Президент освободил генерала Ивана Петрова от должности начальника управления.", "RETREAT"),
    ("Губернатор Сергей Смирнов освободил Ивана Петрова от занимаемой должности.", "RETREAT"),
    # "стал встречаться с" is dating, not a meeting
    ("В 2010 году Иван Петров стал встречаться с актрисой Марией Смирновой.", "CONSULT"),
    # a person is not a second party to an act on himself ("Петров" found as the agent of Петрова's release)
    ("Олега Сидорова задержали в апреле. С мая Олег находился в СИЗО, но через месяц районный суд вернул его "
     "дело в прокуратуру, а Сидорова отпустили под подписку о невыезде.", "RETREAT:self"),
    # a title without a state the registry gives to Russia's leader is someone else's in another state's story
    ("Президент Сирии Башар Асад направил телеграмму Хасану Рухани. От имени сирийского народа глава "
     "государства поздравил нового президента Ирана.", "SUPPORT:putin"),
    # a verb a court may say is not voiced by the place: "осудили в Китае" is a sentence passed there
    ("Виновников аварии на шахте осудили в Китае.", "ACCUSE"),
    # "она" is not a state named only as the owner of a title ("президента России")
    ("Пресс-секретарь президента России Иван Петров сказал, что она попросит его о встрече.", "REQUEST"),
    # people met in a "с" phrase with nobody meeting them are not a meeting of each other
    ("После встречи с Сергеем Смирновым и Марией Ивановой заявление было опубликовано.", "CONSULT"),
]


@pytest.mark.parametrize("text, what", NOT_CODED)
def test_round7_not_coded(code_paragraph, text: str, what: str) -> None:
    found = coded(code_paragraph(text))
    type_, _, detail = what.partition(":")
    if detail == "self":
        bad = [c for c in found if c[0] == type_ and any(any(w in " ".join(c[2]) for w in n.split()) for n in c[1])]
    elif detail == "putin":
        bad = [c for c in found if c[0] == type_ and "Владимир Путин" in c[1]]
    else:
        bad = [c for c in found if c[0] == type_]
    assert not bad, found


# paragraph, type, negated, hypothetical
FLAGS = [
    # a refusal negates the act it governs; it is not a plan
    ("Мария Смирнова отказалась просить Ивана Петрова о помощи.", "REQUEST", True, False),
    # a conjunct shares its first verb's mood: a purpose clause is not a fact
    ("Иван Петров пообещал встретиться с Сергеем Смирновым и поддержать его.", "SUPPORT", False, True),
]


@pytest.mark.parametrize("text, type_, negated, hypothetical", FLAGS)
def test_round7_flags(code_paragraph, text: str, type_: str, negated: bool, hypothetical: bool) -> None:
    events = [e for e in code_paragraph(text).events if e.type == type_]
    assert events, coded(code_paragraph(text))
    assert (events[0].negated, events[0].hypothetical) == (negated, hypothetical)


SAME_PERSON = [
    (("x:per:a", "Айдар"), ("x:per:b", "Айдар Губайдулин"), True),
    (("per:x", "Губайдулин"), ("x:per:b", "Айдар Губайдулин"), True),
    (("x:per:a", "Борис Ходорковский"), ("x:per:b", "Михаил Ходорковский"), False),
    (("gpe:usa", "США"), ("x:per:b", "Посол США"), False),
    (("x:per:a", "полиция"), ("x:per:b", "полиция Москвы"), False),
]


@pytest.mark.parametrize("a, b, expected", SAME_PERSON)
def test_round7_same_person(a, b, expected: bool) -> None:
    assert same_person(EventActor(*a), EventActor(*b)) is expected


class _Lemmas:
    """The one thing `past_relative` reads of a parse: token lemmas."""

    def __init__(self, words: str) -> None:
        self.words = words.split()

    def lemma(self, i: int) -> str:
        return self.words[i]


# lemmas, verb index, subject index, whether the subject lies past a relative clause
PAST_RELATIVE = [
    # "в России обвиняют в атаке, в результате которой погибли двое журналистов": the parser's
    # subject of "обвиняют" is the relative clause's
    ("в россия обвинять в атака , в результат который погибнуть двое журналист", 2, 12, True),
    ("вчера обвинить журналист петров", 1, 3, False),
    ("журналист , который писать , обвинить", 4, 0, False),
    # "Украине грозят столько бед, что многие эксперты не берутся ...": the subordinate clause's subject
    ("украина грозить столько беда , что многий эксперт не браться", 1, 7, True),
]


@pytest.mark.parametrize("lemmas, verb, subject, expected", PAST_RELATIVE)
def test_round7_past_relative(lemmas: str, verb: int, subject: int, expected: bool) -> None:
    assert past_relative(_Lemmas(lemmas), verb, subject) is expected


# paragraph, the caption's text (None: no caption)
CAPTIONS = [
    # a photo caption (a bare name) fused with the sentence after it
    ("Эммануэль Макрон Один из террористов был задержан в Турции.", "Эммануэль Макрон"),
    ("Ангела Меркель Специальный суд Египта вынес приговор.", "Ангела Меркель"),
    ("Эммануэль Макрон В понедельник заявил протест.", "Эммануэль Макрон"),
    # a name that is the sentence's subject is no caption
    ("Эммануэль Макрон заявил протест.", None),
    ("Президент Франции Эммануэль Макрон заявил протест.", None),
]


@pytest.mark.parametrize("text, caption", CAPTIONS)
def test_round7_captions(code_paragraph, text: str, caption: str | None) -> None:
    """Tree.build forgets the mention of a caption (`tree._captions`); other persons stay actors."""
    doc = code_paragraph(text)
    tree = Tree.build(doc, load_hints())
    persons = [m for m in doc.mentions if m.type == "PER"]
    forgotten = [m.text for m in persons
                 if all(tree.mention_of[i] is None for i in range(*doc.token_span(m.start, m.stop)))]
    assert persons and forgotten == ([caption] if caption else []), (persons, forgotten)


class _Parse(_Lemmas):
    """Lemmas, parts of speech and heads: what `before_subordinator` reads."""

    def __init__(self, words: str, pos: str, heads: list[int]) -> None:
        super().__init__(words)
        self.pos, self.heads = pos.split(), heads

    def tok(self, i: int):
        return type("T", (), {"pos": self.pos[i]})

    def subtree(self, i: int) -> list[int]:
        out, stack = [], [i]
        while stack:
            cur = stack.pop()
            out.append(cur)
            stack += [k for k, h in enumerate(self.heads) if h == cur]
        return out


# lemmas, parts of speech, heads, verb, subject, whether the subject belongs to a higher clause
BEFORE_SUBORDINATOR = [
    # "Песков дал понять, что Путин не выпустит девушку": the parser hung "Песков" on "выпустит"
    ("песков дать понять , что путин не выпустить девушка", "PROPN VERB VERB PUNCT SCONJ PROPN PART VERB NOUN",
     [7, -1, 1, 7, 7, 7, 7, 2, 7], 7, 0, True),
    ("путин не выпустить девушка", "PROPN PART VERB NOUN", [2, 2, -1, 2], 2, 0, False),
    ("путин , что удивительно , не выпустить девушка",
     "PROPN PUNCT SCONJ ADJ PUNCT PART VERB NOUN", [6, 3, 3, 0, 3, 6, -1, 6], 6, 0, False),
]


@pytest.mark.parametrize("lemmas, pos, heads, verb, subject, expected", BEFORE_SUBORDINATOR)
def test_round7_before_subordinator(lemmas: str, pos: str, heads: list[int], verb: int, subject: int,
                                    expected: bool) -> None:
    assert before_subordinator(_Parse(lemmas, pos, heads), verb, subject) is expected
