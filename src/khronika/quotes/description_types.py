"""Which actors a description can refer back to: a typed compatibility test.

A definite description ("оратор", "автор петиции", "издание", "правительство")
refers back to an earlier actor only when that actor was introduced as the same
kind of thing: with the same noun, or with a noun of the same class ("министр
… глава ведомства", "певица … исполнительница", "газета … издание").  An actor
the text introduced as something else ("лидер ИГ Абу Бакр аль-Багдади" is no
"оратор"; an agency is no "правительство") is not its antecedent, and the
description itself is then the speaker.  Two different posts are two people
("министр информации" is not the president); a generic office noun ("глава",
"руководитель") may stand for a post of the same complement.  An actor the
text names without any class noun is unknown and stays compatible, except with
a description that has a complement of its own and names no generic office
("автор петиции", "министр информации" introduce someone new, while "глава
государства" varies a named politician's name) and with "правительство" or
"администрация", which need an actor introduced as one (a country has one
government).  An outlet is never a bare name: "издание" needs a MEDIA actor or
one introduced as an outlet.

The classes are coarse semantic fields of Russian news nouns, not lists of
names: a noun may sit in several ("агентство" is press, government or
business; "глава" heads states, ministries and companies).
"""
from __future__ import annotations

from typing import Iterable

# Person nouns by field.  Feminine forms are listed beside the masculine ones.
PERSON_CLASSES: dict[str, frozenset[str]] = {
    "office": frozenset({
        "президент", "вице-президент", "премьер", "премьер-министр", "вице-премьер", "министр", "замминистра",
        "глава", "лидер", "руководитель", "председатель", "зампред", "канцлер", "губернатор", "мэр", "градоначальник",
        "генсек", "секретарь", "пресс-секретарь", "спикер", "посол", "дипломат", "король", "королева", "монарх",
        "принц", "принцесса", "шейх", "эмир", "султан", "политик", "чиновник", "чиновница", "депутат", "сенатор",
        "парламентарий", "госсекретарь", "директор", "гендиректор", "начальник", "шеф", "аятолла"}),
    "business": frozenset({
        "бизнесмен", "предприниматель", "миллиардер", "олигарх", "основатель", "сооснователь", "владелец",
        "владелица", "совладелец", "акционер", "глава", "директор", "гендиректор", "руководитель", "председатель",
        "инвестор", "банкир", "топ-менеджер", "менеджер"}),
    "military": frozenset({
        "генерал", "командующий", "командир", "военный", "офицер", "полковник", "майор", "адмирал", "маршал",
        "солдат", "военнослужащий", "боевик", "полевой", "начальник"}),
    "performer": frozenset({
        "певец", "певица", "актер", "актриса", "артист", "артистка", "музыкант", "исполнитель", "исполнительница",
        "рэпер", "звезда", "режиссер", "композитор", "солист", "солистка", "танцор", "балерина", "телеведущий",
        "телеведущая", "ведущий", "ведущая", "шоумен", "комик", "продюсер"}),
    "athlete": frozenset({
        "спортсмен", "спортсменка", "футболист", "хоккеист", "теннисист", "теннисистка", "боксер", "бегун",
        "бегунья", "пловец", "пловчиха", "гимнаст", "гимнастка", "фигурист", "фигуристка", "лыжник", "лыжница",
        "биатлонист", "биатлонистка", "игрок", "нападающий", "полузащитник", "вратарь", "голкипер", "чемпион",
        "чемпионка", "олимпиец", "призер", "гонщик", "шахматист", "шахматистка", "борец", "атлет", "легкоатлет",
        "легкоатлетка", "капитан", "форвард", "хавбек"}),  # (mC28) "форвард" of one introduced as "нападающий"
    "writer": frozenset({
        "писатель", "писательница", "автор", "поэт", "поэтесса", "журналист", "журналистка", "публицист",
        "блогер", "блогерша", "колумнист", "обозреватель", "репортер", "редактор", "главред", "корреспондент"}),
    "scholar": frozenset({
        "ученый", "исследователь", "профессор", "академик", "историк", "физик", "химик", "биолог", "экономист",
        "социолог", "политолог", "аналитик", "эксперт", "специалист"}),
    "medicine": frozenset({
        "врач", "медик", "доктор", "главврач", "инфекционист", "инфекционистка", "хирург", "терапевт", "педиатр",
        "медсестра", "фельдшер", "специалист", "эксперт", "профессор"}),
    "clergy": frozenset({
        "патриарх", "митрополит", "архиепископ", "епископ", "священник", "священнослужитель", "папа", "понтифик",
        "имам", "муфтий", "раввин", "настоятель"}),
    "law": frozenset({
        "адвокат", "юрист", "защитник", "прокурор", "судья", "следователь", "генпрокурор", "омбудсмен"}),
}
# Every person noun of the fields ("монарх", "актриса"): a capitalised one opening a
# sentence is a description the parse may have tagged as a name.
PERSON_NOUNS = frozenset().union(*PERSON_CLASSES.values())
# One-word compound posts and the head noun of their spelt-out form: one introduced as
# "главный редактор журнала" is the one "главред журнала" refers to later.
COMPOUND_POST_HEADS: dict[str, str] = {
    "главред": "редактор", "гендиректор": "директор", "генпрокурор": "прокурор", "генсек": "секретарь",
    "худрук": "руководитель", "замглавы": "заместитель", "замминистра": "заместитель", "зампред": "заместитель",
    "завотделением": "заведующий"}
# Posts a person holds: two different posts are two people ("министр информации" is
# not the president); a generic office noun ("глава", "лидер") may stand for any.
POST_SYNONYMS: tuple[frozenset[str], ...] = (
    frozenset({"президент"}), frozenset({"вице-президент"}), frozenset({"премьер", "премьер-министр"}),
    frozenset({"вице-премьер"}), frozenset({"министр"}), frozenset({"замминистра"}), frozenset({"канцлер"}),
    frozenset({"губернатор"}), frozenset({"мэр", "градоначальник"}), frozenset({"генсек", "секретарь"}),
    frozenset({"пресс-секретарь"}), frozenset({"спикер"}), frozenset({"посол"}), frozenset({"госсекретарь"}),
    frozenset({"король", "монарх"}), frozenset({"королева", "монарх"}), frozenset({"директор", "гендиректор"}),
    frozenset({"председатель", "зампред"}), frozenset({"сенатор"}), frozenset({"депутат", "парламентарий"}))
POSTS = frozenset().union(*POST_SYNONYMS)
# (rv23_Q H1) Staff of a post holder: introduced so, a person is no holder of a post.
STAFF_NOUNS = frozenset({"сотрудник", "сотрудница", "помощник", "помощница", "ассистент", "ассистентка",
                         "референт", "стажер", "стажерка"})
# (rv23_Q H1) Posts that are held inside another: the chair of a house and a senator sit
# in it, so the one introduced as "спикер парламента" is also "парламентарий", "депутат".
MEMBER_POSTS: dict[str, frozenset[str]] = {
    "спикер": frozenset({"депутат", "парламентарий"}), "сенатор": frozenset({"парламентарий"})}
# Stems of the class nouns of places that a head's complement may use for a named one.
PLACE_STEMS = ("регион", "област", "район", "край", "края", "краю", "краем", "республик", "город", "стран",
               "государств", "округ", "муниципал", "поселк", "поселок", "сел")
GENERIC_OFFICE = frozenset({"глава", "руководитель", "лидер", "шеф", "начальник", "босс"})
# Organisation nouns by field.
ORG_CLASSES: dict[str, frozenset[str]] = {
    "press": frozenset({
        "издание", "газета", "журнал", "телеканал", "канал", "радиостанция", "радио", "портал", "сайт",
        "информагентство", "агентство", "сми", "редакция", "медиахолдинг", "телекомпания", "таблоид", "еженедельник",
        "ежедневник", "медиа", "издательство"}),
    "government": frozenset({
        "правительство", "кабинет", "кабмин", "министерство", "ведомство", "служба", "агентство", "департамент",
        "управление", "комитет", "комиссия", "инспекция", "прокуратура", "администрация", "мэрия", "бюро",
        "полиция", "милиция", "генпрокуратура", "минфин", "минобороны", "мид", "мвд", "мчс", "казначейство",
        "регулятор", "надзор", "следствие", "посольство", "консульство", "миссия", "штаб", "госкорпорация",
        "канцелярия", "секретариат", "разведка", "контрразведка", "спецслужба", "госдепартамент",
        # ministries written as one lower-case word ("сообщили в минпроме", "в минздраве региона")
        "минздрав", "минпром", "минпромторг", "минтранс", "минэнерго", "минтруд", "минюст", "минсельхоз",
        "минприроды", "минобрнауки", "минпросвещения", "минэкономразвития", "минэкономики", "минстрой",
        "минспорт", "минкультуры", "минцифры", "минсвязи", "минкомсвязь", "минвостокразвития", "минсоцполитики",
        "минобразования", "минрегион", "дептранс", "депздрав", "депобразования"}),
    "business": frozenset({
        "компания", "корпорация", "госкорпорация", "госкомпания", "концерн", "холдинг", "группа", "фирма",
        "предприятие", "завод", "производитель", "авиакомпания", "банк", "биржа", "оператор", "ритейлер", "сеть",
        "стартап", "агентство", "телекомпания",
        "медиахолдинг", "издательство", "автоконцерн", "автопроизводитель", "застройщик", "девелопер",
        "инвестхолдинг", "агрохолдинг", "инвесткомпания", "госбанк"}),
    "politics": frozenset({
        "партия", "движение", "коалиция", "блок", "альянс", "фракция", "оппозиция"}),
    "legislature": frozenset({
        "парламент", "палата", "совет", "дума", "сенат", "конгресс", "собрание", "рада", "сейм", "кнессет"}),
    "court": frozenset({"суд", "трибунал"}),
    "civil": frozenset({
        "фонд", "ассоциация", "союз", "профсоюз", "федерация", "общество", "объединение", "клуб", "команда",
        "лига", "центр", "институт", "университет", "вуз", "академия", "больница", "клиника", "театр", "музей",
        "лаборатория"}),
}
# Ministries and departments written as one lower-case word ("минэнерго", "дептранс"):
# followed by a country ("минэнерго Казахстана") they are still the institution that
# speaks, and the indeclinable ones carry no reliable case in the parse.
ONE_WORD_MINISTRIES = frozenset(w for w in ORG_CLASSES["government"] if w.startswith(("мин", "деп"))
                                and w != "министерство") | {"мид", "мвд", "мчс"}
# Channels any organisation owns: "на сайте Минобороны", "в telegram-канале мэрии" say
# nothing of what the owner is (an outlet is named "издание", "газета", "телеканал").
CHANNEL_NOUNS = frozenset({"сайт", "портал", "канал", "страница", "аккаунт", "блог", "твиттер", "микроблог"})
# Ministries written as an abbreviation or one word -> the lemmas of their spelt-out field:
# "глава МИД" is one introduced as "министр иностранных дел".
MINISTRY_FIELDS: dict[str, tuple[str, ...]] = {
    "мид": ("иностранный", "дело"), "мвд": ("внутренний", "дело"), "мчс": ("чрезвычайный", "ситуация"),
    "минобороны": ("оборона",), "минфин": ("финансы",), "минюст": ("юстиция",), "минздрав": ("здравоохранение",),
    "минэнерго": ("энергетика",), "минтранс": ("транспорт",), "минтруд": ("труд",), "минкультуры": ("культура",),
    "минсельхоз": ("сельский", "хозяйство"), "минприроды": ("природный", "ресурс"),
    "минобрнауки": ("образование", "наука"), "минэкономразвития": ("экономический", "развитие"),
    "минспорт": ("спорт",), "минстрой": ("строительство",), "минпросвещения": ("просвещение",)}
# Nouns that fit any organisation ("организация заявила").
GENERIC_ORG = frozenset({"организация", "учреждение", "структура", "институция", "сторона"})
# Nouns that refer back only to an actor introduced with a noun of the same class,
# never to one the text names bare: a country has one government, and its
# government is not any agency named before.
STRICT_ORG = {
    "правительство": frozenset({"правительство", "кабинет", "кабмин"}),
    "кабмин": frozenset({"правительство", "кабинет", "кабмин"}),
    "администрация": frozenset({"администрация", "мэрия", "правительство"}),
    "мэрия": frozenset({"администрация", "мэрия"}),
}


# Person nouns of science by their suffix ("вирусолог", "эпидемиолог", "социолог").
SCHOLAR_SUFFIXES = ("лог", "логиня")


def _classes(words: Iterable[str], table: dict[str, frozenset[str]]) -> set[str]:
    found = {name for word in words for name, nouns in table.items() if word in nouns}
    if table is PERSON_CLASSES:
        found |= {field for word in words if word.endswith(SCHOLAR_SUFFIXES) for field in ("scholar", "medicine")}
    return found


def _place_word(word: str) -> bool:
    """A class noun of places, in any case form ("региона", "области", "района")."""
    return word.startswith(PLACE_STEMS)


def _outlet_head(words: frozenset[str]) -> bool:
    """Words introducing an outlet's editor-in-chief: "главред", "главный редактор" of an outlet noun."""
    return bool(words & ORG_CLASSES["press"]) and ("главред" in words or {"главный", "редактор"} <= words)


def post_synonyms(noun: str) -> frozenset[str]:
    """Every post noun that names the same post as `noun` ("премьер" → "премьер-министр", …)."""
    return frozenset().union(*(group for group in POST_SYNONYMS if noun in group))


def person_fits(noun: str, heads: frozenset[str], complement: frozenset[str] = frozenset(),
                context: frozenset[str] = frozenset(), outlet_complement: bool = False,
                quoted_complement: bool = False) -> bool:
    """A person introduced with the nouns `heads` (its roles' and introducing
    nouns, as written) can be called `noun`; `complement`: the words of the
    description's own genitive complement ("государства", as written);
    `context`: the words right before the person's mentions, which show the
    same noun and complement ("пресс-секретарь профсоюза пилотов «Небо» X")
    but are too loose to classify the person by; `outlet_complement`: the complement
    names an outlet ("глава RT").  A person named bare fits any description but
    one with a complement of its own that names no office, or a specific post:
    "автор петиции", "министр информации" introduce someone new, while news
    texts vary a named politician's name with "глава государства"."""
    if noun in GENERIC_OFFICE and complement and noun in heads | context and not complement & context \
            and any(_place_word(w) for w in complement) and any(_place_word(w) for w in context):
        # the head of another place: "глава региона" is not "глава района X" (but may be "глава
        # Чувашии X"; and "руководитель конкурса" may vary "руководитель проекта X")
        return False
    if noun in GENERIC_OFFICE and quoted_complement and (heads | context) & GENERIC_OFFICE and not complement & context:
        # the head of another named unit: "руководитель направления «Инфраструктурные решения»" is
        # not the one introduced as "глава консорциума «Базис»" (a quoted name is no paraphrase)
        return False
    if noun in heads or noun in context and (not complement or complement & context):
        return True
    if noun in GENERIC_OFFICE and _outlet_head(heads | context) \
            and (not complement or complement & context or outlet_complement):
        # the editor-in-chief heads an outlet: "главный редактор канала Маргарита Симоньян …
        # глава RT сообщила" (the outlet's own name stands where the introduction said "канал")
        return True
    if noun in POSTS:
        same = post_synonyms(noun)
        if heads & same or any(MEMBER_POSTS.get(head, frozenset()) & same for head in heads):
            return True
        if heads & POSTS:
            return False  # introduced with another post
        if heads & STAFF_NOUNS:
            return False  # (rv23_Q H1) someone's staff ("бывший сотрудник", "помощник") holds no post
        if complement:
            # "министр информации" is no bare name, but may be one introduced as the
            # head of the same thing ("руководитель МИД Германии X … министр иностранных
            # дел Германии"; not "лидер оппозиции X")
            return bool(heads & GENERIC_OFFICE) and bool((heads | context) & complement)
    wanted = _classes([noun], PERSON_CLASSES)
    known = _classes(heads, PERSON_CLASSES)
    if not known:
        return not complement or "office" in wanted  # named bare, or with nouns of no known field
    return bool(known & wanted)


def of_no_field(noun: str) -> bool:
    """A person noun of no known field or post ("путешественник"): it classifies no one,
    so it may describe whoever the text just quoted."""
    return not _classes([noun], PERSON_CLASSES) and noun not in POSTS


def org_fits(noun: str, heads: frozenset[str], media: bool) -> bool:
    """An organisation introduced with (or named by) the nouns `heads` - a MEDIA
    actor when `media` - can be called `noun`."""
    if noun in STRICT_ORG:
        return bool(heads & STRICT_ORG[noun])
    if noun in heads or noun in GENERIC_ORG:
        return True
    known = _classes(heads - CHANNEL_NOUNS, ORG_CLASSES) | ({"press"} if media else set())
    wanted = _classes([noun], ORG_CLASSES)
    if wanted == {"press"}:
        return "press" in known  # an outlet is named as one ("газета X", a MEDIA name), never bare
    if not known:
        return True  # named bare ("Роскомнадзор заявил … ведомство"): nothing says otherwise
    return bool(known & wanted)
