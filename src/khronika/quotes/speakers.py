"""Who is speaking: a subject phrase, a pronoun, a role or an institution
turned into a `SpeakerRef` that points at a canonical actor when possible.

Resolution order for a phrase (the subject of a cue verb, the X of
"по словам X", the owner of "в сообщении X"):
0. a description whose conjunct is a name, with a singular verb ("Президент
   банка, Антонио Вила, рассказал", "актриса и телеведущая X сказала"): the name;
   names inside a relative clause of the phrase never count, and a name's
   spelling in brackets ("X (Latin X)") is the name before it; a subject acting
   "в лице X" (represented by X: "Партия в лице лидера Ивана Петрова заявила") - X;
1. a person mention inside the phrase ("госсекретаря США Энтони Блинкена"),
   or a full name closing it in the head's case;
2. a role or pronoun mention the actors layer already resolved (unless the
   verb's gender rules its actor out);
3. a pronoun: the most salient agreeing actor (`nlp.salience`: recency,
   grammatical role, earlier speakers; gender from morphology and verb
   agreement), unless an unnamed referent (a described speaker, "33-летний
   мужчина"; for "они" an unnamed group, "организаторы акции", subjects
   coordinated with "и", or a plural person noun of any case, "фото возмутило
   поклонников, они …") came after it;
   a relative "который" stands for its noun;
4. a role phrase ("глава МИД", "пресс-секретарь Кремля"): an actor of this
   document holding the role, else the most salient person introduced with the
   same noun (and the same complement: "представитель Минтранса" is not
   "представитель МИД"), else (a definite description, singular) the most
   salient agreeing person introduced as that kind of person
   (`description_types`: "оратор" is no one introduced as "лидер ИГ", "автор
   петиции" no bare name), else the registry's holder - only when the
   article's known date falls in the registry's period (`period.py`) -, else
   the phrase itself;
5. an institution noun ("ведомство", "компания", "газета") with no owner of its
   own ("пресс-служба ГИМ" names one): in a frame after the content, the
   content's own subject organisation when it fits the noun ("Минсельхоз ищет
   пути …, рассказали в ведомстве"); else the most salient organisation (an outlet
   for press nouns), preferring one introduced with or named by the same noun,
   and only one introduced as that kind of organisation ("правительство" is no
   agency, "издание" no bare name, "промоутерская компания" one introduced as
   promoters), else the phrase itself;
6. any organisation/media/place mention in the phrase ("в пресс-службе Кремля");
7. the phrase itself in the nominative, with no actor id.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from operator import attrgetter
from typing import Callable
from urllib.parse import urlparse

from khronika.nlp.doc import UNNAMED_SPEAKER, Actor, Doc, Mention, SpeakerRef, Token
from khronika.nlp.registry import UNKNOWN_PREFIX, alias_key
from khronika.nlp.roles import marks_former, token_marks_former
from khronika.nlp.salience import Agreement, Antecedent, Salience, spurious_name
from khronika.nlp.sentence_splits import DATELINE
from khronika.quotes.cues import agrees
from khronika.quotes.description_types import (CHANNEL_NOUNS, COMPOUND_POST_HEADS, GENERIC_OFFICE, GENERIC_ORG,
                                               MINISTRY_FIELDS, ONE_WORD_MINISTRIES, ORG_CLASSES, PERSON_NOUNS, POSTS,
                                               of_no_field, org_fits, person_fits)
from khronika.quotes.initials import InitialledName, name_cut_at_initials
from khronika.quotes.partitive import partitive_object

# Word prefix compared when a complement's words are matched across case forms.
STEM = 5
# Characters after a sentence read to see whether it is only an agency dateline
# (the dateline pattern looks ahead at the capital opening the next sentence).
DATELINE_LOOKAHEAD = 3
PERSON_TYPES = ("PER",)
ORG_TYPES = ("ORG", "MEDIA", "GPE")
SPEAKER_TYPES = ("PER", "ORG", "MEDIA", "GPE", "ROLE", "PRON", "LOC")
THIRD_PERSON = {"он": "Masc", "она": "Fem", "они": "Plur", "оно": "Neut", "его": "Masc", "ее": "Fem", "её": "Fem", "их": "Plur"}
# Institution nouns that refer back to the last organisation when they stand alone.
ANAPHORIC_ORG = frozenset({"ведомство", "министерство", "организация", "компания", "госкорпорация", "издание",
                           "агентство", "учреждение", "служба", "пресс-служба", "департамент", "управление", "комитет",
                           "правительство", "администрация", "газета", "канал", "телеканал", "СМИ", "сми"})
# "глава правительства", "руководитель кабмина": the head of government, whom the text
# introduces as premier (or chancellor); one introduced with another post or role is someone else.
GOVERNMENT_NOUNS = frozenset({"правительство", "кабинет", "кабмин"})
HEAD_OF_GOVERNMENT = frozenset({"премьер", "премьер-министр", "канцлер", "председатель", "глава", "руководитель"})
PREMIER_POSTS = frozenset({"премьер", "премьер-министр", "канцлер"})
POSTS_AND_ROLES = POSTS | frozenset({"представитель", "официальный", "дипломат"})
# How many words an animate genitive's own phrase may run before the name in it
# ("победителя Абсолютного бойцовского чемпионата (UFC) Хабиба Нурмагомедова").
GENITIVE_PHRASE_TOKENS = 10
# Quote marks around a name in a list ("газеты «Коммерсант» и «Ведомости»").
OPENING_QUOTES = frozenset({"«", "„", "“", '"'})
CLOSING_QUOTES = frozenset({"»", "“", "”", '"'})
# (mb24) What closes the sentence a postposed frame ends.
SENTENCE_END_MARKS = frozenset({".", "!", "?", "…"})
# A person's name is at most this many tokens ("Кристина Стабелл Бенн", "Жан-Клод ван Дамм").
NAME_TOKENS = 6
# (dn28) How many tokens before a phrase a person mention ending at its head may begin ("Ле", "С", ".").
NAME_LEAD_TOKENS = 3
# (dn28) A word of a person's name ("С.Джобс" has two: an initial and a surname).
NAME_WORD = re.compile(r"\w[\w'’-]*")
# Modifiers that make a described speaker someone else than the named one met under the same head
# noun ("другой советник президента", "второй министр", "бывший министр"; "ещё один" is a pair).
ANOTHER_WORDS = frozenset({"другой", "второй", "бывший"})
# How far after a phrase cut inside a title ("«Кто? Где?»") its closing mark may be.
TITLE_REACH = 60
# Nouns that say only a person's sex and age, with that gender: alone, the one person of the
# gender just named ("Девушка сообщила").
GENERIC_PERSON_NOUNS = {"девушка": "Fem", "женщина": "Fem", "мужчина": "Masc", "парень": "Masc", "юноша": "Masc"}
# (rv23_Q M1) How many sentences before its own a bare institution noun looks for the phrase it
# takes up ("Как сообщило министерство здравоохранения … отмечает министерство").
DESCRIBED_REACH = 2
# (mB28) How many noun links up from a phrase "со ссылкой на (данные) X" may stand ("по данным X" is left: "По
# данным агентства X … Агентство отметило" takes it up).
CITED_SOURCE_DEPTH = 2
# Dependents that quantify a noun rather than describe it ("одно", "каждое", "какое"): no antecedent (rev24_A M1).
QUANTIFIER_RELS = frozenset({"det", "nummod", "nummod:gov", "nummod:entity"})
# Roles of a phrase that is acted on, not acting: it speaks for no later bare noun (rev24_A M2).
OBJECT_RELS = frozenset({"obj", "iobj", "obl", "obl:agent"})
# Press offices a bare mention of refers back to the one that spoke ("В пресс-службе добавили").
PRESS_OFFICE_NOUNS = frozenset({"пресс-служба", "пресс-центр"})
# How many of the latest speakers a bare organisation noun may take up unnamed.
UNNAMED_ORG_REACH = 3
# (mA27) How many sentences back a bare "пресс-служба" takes up the press office named with its owner.
OFFICE_MENTION_REACH = 4
# (dvP) Seats of a post that the registry may know as a body of their own ("офис премьер-министра
# Великобритании"): such an office speaks for itself, not for the post's holder of the day.
REGISTERED_OFFICE_HEADS = frozenset({"офис"})
# (dn28) How many sentences back a bare post noun takes up the description the text gave it.
DESCRIPTION_REACH = 3
# Organisation nouns that refer back only to an organisation introduced with the same noun
# ("профсоюз пилотов Vereinigung Cockpit … в профсоюзе отметили").
INTRODUCED_ORG = frozenset({"профсоюз", "партия", "банк", "фонд", "союз", "ассоциация", "федерация", "клуб",
                            "посольство", "штаб", "суд", "регулятор", "холдинг", "группа", "движение",
                            "оппозиция", "коалиция", "альянс", "совет", "палата", "парламент", "миссия"})
# Every organisation class noun ("телекомпания", "комиссия"): alone, it refers back to an
# organisation introduced with it ("телекомпании НВО … в заявлении телекомпании").
ORG_CLASS_NOUNS = frozenset().union(*ORG_CLASSES.values()) - CHANNEL_NOUNS - GENERIC_ORG - {"сми", "медиа"}
# Descriptors of a company by its trade ("авиакомпания", "перевозчик"): alone, the company
# introduced with the noun or else the one company of the story.
COMPANY_DESCRIPTORS = frozenset({"авиакомпания", "авиаперевозчик", "перевозчик", "лоукостер", "лоукост",
                                 "автоконцерн", "автопроизводитель", "ритейлер", "застройщик", "девелопер"})
# (dvT) Verbs only an outlet reports with in the reporter's present ("пишет «Тамбовская жизнь»", "передает
# URA.RU"); a company or a body "сообщает" too ("сообщает «Северсталь»", "сообщает МЧС").
PUBLISHING_PRESENT_VERBS = frozenset({"писать", "передавать"})
# (dvT) Russian feminine surname endings that are also a man's genitive ("Мамаева", "Ильина").
FEMININE_SURNAME_ENDINGS = ("ова", "ева", "ёва", "ина", "ына")
# Descriptors before a name: "издание Lloyd's List", "агентство Reuters".
MEDIA_NOUNS = frozenset({"издание", "агентство", "газета", "телеканал", "канал", "журнал", "радиостанция",
                         "портал", "сайт", "информагентство", "компания", "корпорация", "концерн"})
# Institution nouns that can mean an outlet (the others never refer back to a MEDIA actor).
OUTLET_NOUNS = frozenset({"издание", "агентство", "газета", "телеканал", "канал", "журнал", "радиостанция",
                          "портал", "сайт", "информагентство", "СМИ", "сми", "компания", "холдинг", "группа"})
# Nouns that name only the press (unlike "агентство", "компания", "группа").
PRESS_NOUNS = frozenset({"издание", "газета", "телеканал", "журнал", "радиостанция", "информагентство", "СМИ", "сми",
                         "телекомпания", "телерадиокомпания", "вещатель", "таблоид", "еженедельник"})
# Words of an outlet's Latin name that make it one whatever NER typed it ("Defence News").
PRESS_NAME_WORDS = frozenset({"news", "times", "post", "journal", "press", "daily", "herald", "gazette", "tribune",
                              "telegraph", "guardian", "magazine", "mail", "observer", "chronicle", "gazeta",
                              # (q21) the press words of other European languages ("De Standaard", "Le Soir",
                              # "Süddeutsche Zeitung", "Corriere della Sera"): NER leaves such outlets plain ORG
                              "standaard", "soir", "zeitung", "telegraaf", "spiegel", "monde", "figaro", "corriere",
                              "stampa", "repubblica", "diario", "periodico", "vanguardia", "tageblatt",
                              "kurier", "presse", "dagblad", "krant", "courant", "nieuws", "volkskrant", "wyborcza",
                              "rzeczpospolita", "dziennik", "noviny", "kathimerini", "independent", "economist"})
# Nouns that stand for a country when a country adjective qualifies them.
SIDE_NOUNS = frozenset({"сторона", "власть", "руководство", "дипломат", "дипломатия", "военный", "силовик"})
# (mV35) How many sentences before a state-adjective description the organisation of that state may be named in.
STATE_ORG_VIEW = 2
# Country adjectives that the geo layer may miss ("русская сторона" -> Россия).
COUNTRY_ADJ = {"русский": "Россия", "российский": "Россия", "американский": "США", "украинский": "Украина",
               "британский": "Великобритания", "английский": "Великобритания", "немецкий": "Германия",
               "германский": "Германия", "французский": "Франция", "китайский": "Китай", "японский": "Япония",
               "польский": "Польша", "белорусский": "Белоруссия", "турецкий": "Турция", "израильский": "Израиль",
               "иранский": "Иран", "итальянский": "Италия", "испанский": "Испания", "казахстанский": "Казахстан"}
# Demonyms ("немец", "британка") -> the country adjective whose country they name
# (a key of COUNTRY_ADJ or of the extra countries below).
DEMONYMS = {"россиянин": "российский", "россиянка": "российский", "русский": "российский",
            "американец": "американский", "американка": "американский", "украинец": "украинский",
            "украинка": "украинский", "британец": "британский", "британка": "британский", "англичанин": "британский",
            "англичанка": "британский", "немец": "немецкий", "немка": "немецкий", "француз": "французский",
            "француженка": "французский", "китаец": "китайский", "китаянка": "китайский", "японец": "японский",
            "японка": "японский", "поляк": "польский", "полька": "польский", "белорус": "белорусский",
            "белоруска": "белорусский", "турок": "турецкий", "турчанка": "турецкий", "израильтянин": "израильский",
            "израильтянка": "израильский", "иранец": "иранский", "иранка": "иранский", "итальянец": "итальянский",
            "итальянка": "итальянский", "испанец": "испанский", "испанка": "испанский", "казах": "казахстанский",
            "казашка": "казахстанский", "канадец": "канадский", "канадка": "канадский", "австралиец": "австралийский",
            "австралийка": "австралийский", "швед": "шведский", "шведка": "шведский", "норвежец": "норвежский",
            "норвежка": "норвежский", "финн": "финский", "финка": "финский", "чех": "чешский", "чешка": "чешский",
            "серб": "сербский", "сербка": "сербский", "хорват": "хорватский", "хорватка": "хорватский",
            "грузин": "грузинский", "грузинка": "грузинский", "армянин": "армянский", "армянка": "армянский",
            "швейцарец": "швейцарский", "швейцарка": "швейцарский", "австриец": "австрийский",
            "австрийка": "австрийский", "голландец": "нидерландский", "голландка": "нидерландский",
            "бразилец": "бразильский", "бразильянка": "бразильский", "аргентинец": "аргентинский",
            "мексиканец": "мексиканский", "кореец": "корейский", "кореянка": "корейский", "индиец": "индийский",
            "бельгиец": "бельгийский", "бельгийка": "бельгийский", "португалец": "португальский",
            "датчанин": "датский", "датчанка": "датский", "грек": "греческий", "гречанка": "греческий",
            "литовец": "литовский", "литовка": "литовский", "латыш": "латвийский", "латышка": "латвийский",
            "эстонец": "эстонский", "эстонка": "эстонский"}
# Countries of the demonyms' adjectives that COUNTRY_ADJ does not list (lower-case lemmas).
DEMONYM_COUNTRIES = {"канадский": "канада", "австралийский": "австралия", "шведский": "швеция",
                     "норвежский": "норвегия", "финский": "финляндия", "чешский": "чехия", "сербский": "сербия",
                     "хорватский": "хорватия", "грузинский": "грузия", "армянский": "армения",
                     "швейцарский": "швейцария", "австрийский": "австрия", "нидерландский": "нидерланды",
                     "бразильский": "бразилия", "аргентинский": "аргентина", "мексиканский": "мексика",
                     "корейский": "корея", "индийский": "индия", "бельгийский": "бельгия",
                     "португальский": "португалия", "датский": "дания", "греческий": "греция",
                     "литовский": "литва", "латвийский": "латвия", "эстонский": "эстония"}
# A country's name (lower-case lemma, abbreviations too) -> the adjective of its nationality
# (a value of DEMONYMS): "жительница Германии" is "немка", "Премьер Литвы" the "литовский премьер".
COUNTRY_NATIONALITY = {country.lower(): adjective for adjective, country in COUNTRY_ADJ.items()
                       if adjective in DEMONYMS.values()} | {country: adjective for adjective, country
                                                              in DEMONYM_COUNTRIES.items()} | {
    "рф": "российский", "сша": "американский", "фрг": "немецкий", "кнр": "китайский", "англия": "британский",
    "соединенные штаты": "американский", "голландия": "нидерландский"}
# Nouns of a person by where they live or what state they belong to: with a country's
# genitive ("жительница Германии", "гражданин Литвы") the country's demonym.
RESIDENT_NOUNS = frozenset({"житель", "жительница", "гражданин", "гражданка", "уроженец", "уроженка"})
# "пресс-служба судов города": a place noun in the genitive that names no place; the authority
# takes the one city the text gives (-> "пресс-служба судов Санкт-Петербурга"); "власти страны",
# "Правительство страны" the country of the nearest sentence that names one (mC31, rv31_Q C7).
PLACE_NOUNS = {"город": "city", "страна": "country"}
# Nouns of the bodies (or their people) such a place noun may qualify.
AUTHORITY_OWNER_NOUNS = frozenset({"суд", "прокуратура", "полиция", "администрация", "правительство", "мэрия",
                                   "прокурор", "следователь", "власть", "пресс-служба", "управление",
                                   "мвд", "мид", "минздрав", "министерство", "ведомство", "парламент"})
# How many sentences back a country noun ("страны") looks for the country it stands for.
COUNTRY_LOOKBACK_SENTENCES = 3
# The outlets' own state: its bodies are not named after it ("прокуроры" in a Russian story stay bare).
HOME_STATE_NAMES = frozenset({"россия", "рф"})
# Authorities in the plural named bare ("По версии прокуроров"): those of the state the story is
# about when that is a foreign one ("прокуроры США").
BARE_AUTHORITIES = frozenset({"прокурор", "следователь"})
# "«Кориера делла Сера» (Corriere della Sera)": a quoted Cyrillic name, its Latin name in brackets.
# The closing mark of a quoted name and the Latin name in brackets after it.
_LATIN_IN_BRACKETS = r"[»\"“]\s*\(([A-Z][A-Za-z0-9.&'’ -]{1,60})\)"
LATIN_AFTER_QUOTE = re.compile(r"[«\"„]([^»\"“\n]{2,60})" + _LATIN_IN_BRACKETS)
# (mH33) The Latin name in brackets right after a quoted Cyrillic one (at the name's end): «Байонтек» (BioNTech).
LATIN_GLOSS = re.compile(_LATIN_IN_BRACKETS)
# Heads of anonymous speakers: the gold and the chronicle say "unknown".
ANONYMOUS = frozenset({"источник", "собеседник"})
# (mF33) Plural staff nouns whose holders, named with an institution in the genitive, speak for it: the
# gold names the institution ("эксперты ИБР" -> the institute, quotes-dev4; "медики клиники Charite",
# "Исследователи Брукхейвенской национальной лаборатории", quotes-dev9; "Эксперты компании" -> Google,
# quotes-dev12).  Not "сотрудники", "представители", "авторы": the sets keep those groups as they are.
INSTITUTION_STAFF = frozenset({"эксперт", "исследователь", "медик", "врач"})
# (mF33) A company's management named with the company is a speaker of its own, kept as written
# ("Руководство Ryanair" -> "руководство Ryanair": quotes-dev6, -dev8, -dev10, -dev11), as
# "руководство компании" already is (description_speakers.OWNER_NOUNS).
MANAGEMENT_NOUN = "руководство"
# (mQ34) A body of a company's own people named with the company speaks for itself, kept as written
# ("актив Минского тракторного завода объявил о начале забастовки": quotes-dev14 "norms the bodies as
# written"), and is not the company (in a strike they are the other side): no actor of the company.
STAFF_BODY_NOUNS = frozenset({"актив", "коллектив", "профком"})
# (mT34) Bodies of members of their own - a union, a trade association - which a genitive may follow naming
# whom the members work for ("профсоюз пилотов компании Ryanair"): the body speaks, not the employer.
MEMBER_BODIES = frozenset({"профсоюз", "ассоциация", "гильдия", "конфедерация"})
# The nouns that say a name is a company, an employer ("компании Ryanair", "авиакомпании Ryanair").
EMPLOYER_NOUNS = ORG_CLASSES["business"] | COMPANY_DESCRIPTORS
# Nouns of those who belong to a body ("члены Cockpit"): the name after them is a member body's, no employer's.
MEMBERSHIP_NOUNS = frozenset({"член", "участник"})
# Mention types of where a group comes from ("учёные из Оксфорда", "эпидемиологи из Университета Техаса").
AFFILIATION_TYPES = frozenset({"ORG", "GPE", "LOC", "MEDIA"})
# How many tokens past the phrase a name in guillemets may still close («Репортеры без границ»).
QUOTED_NAME_REACH = 8
# Stems of person nouns of one who acts for an institution: unnamed ("представитель МИД"), a
# later bare "чиновник" is the same official.
OFFICIAL_STEMS = ("представител", "сотрудни", "пресс-секретар", "официальн")
# Adjectives that say the text withholds who a person is ("неназванный представитель СНБ",
# "со ссылкой на неназванных дипломатов"): an unnamed source, speaker `unknown`.
UNNAMED_ADJECTIVES = frozenset({"неназванный", "анонимный", "безымянный"})
# Nouns of one who speaks for an institution: never a holder of another post.
SPOKESPERSON_NOUNS = frozenset({"пресс-секретарь", "пресс-атташе"})
# Posts written as a substantivised adjective or participle ("Уполномоченный CNE", "управляющий
# банка «Заря»"): the organisation after one is whose post it is, never the speaker itself.
SUBSTANTIVE_POSTS = frozenset({"уполномоченный", "управляющий", "заведующий", "командующий", "главнокомандующий"})
# Heads of an acting holder's title: the post is their genitive ("врио губернатора").
ACTING_HEADS = frozenset({"врио", "и.о.", "ио"})
# Heads that introduce a new, unnamed person rather than refer back to a named one.
INDEFINITE = frozenset({"представитель", "сотрудник", "эксперт", "аналитик", "житель", "очевидец", "участник",
                        "пользователь", "человек", "люди", "специалист", "свидетель", "знакомый", "друг",
                        "родственник", "сосед", "коллега", "пассажир", "чиновник", "депутат", "ученый",
                        "исследователь", "активист", "журналист", "корреспондент", "блогер", "юрист",
                        "ряд", "часть", "большинство", "многие", "некоторые", "один"})
# Feminine forms of the indefinite nouns (`INDEFINITE`) that name a person's field: the
# one person of that field a text named may be called so ("Чиновница уточнила").
FIELD_HYPERNYMS = {"чиновница": "чиновник", "журналистка": "журналист", "блогерша": "блогер",
                   "исследовательница": "исследователь", "активистка": "активист", "специалистка": "специалист"}
# Roles a person has towards the protagonist of an event (the judge, prosecutor, lawyer,
# doctor of a case): a bare "прокурор заявил" is not the person the story is about, so
# it refers back only to someone introduced with the same noun.
PARTICIPANT_ROLES = frozenset({"судья", "прокурор", "адвокат", "защитник", "следователь", "агент", "коронер",
                               "патологоанатом", "врач", "медик", "полицейский", "пристав", "присяжный",
                               "истец", "ответчик", "свидетель", "спасатель", "пожарный", "охранник"})
# Rel labels of clauses inside a phrase's span whose names are not the phrase's.
CLAUSE_RELS = frozenset({"acl:relcl", "acl", "parataxis", "ccomp", "advcl"})
# The relations of a verb's other arguments: its object, addressee and obliques.
COARGUMENT_RELS = frozenset({"obj", "iobj", "obl"})
# (mA30) Links from a noun up to the verb whose object or oblique (part) it is: "опубликовала видеозапись с девочкой".
HOST_LINK_RELS = frozenset({"obj", "iobj", "obl", "nmod"})
# Rel labels that never belong to a speaker phrase (relative clauses, the quote itself).
PHRASE_STOP_RELS = frozenset({"acl:relcl", "acl", "parataxis", "ccomp", "advcl", "punct", "conj", "cc",
                              "discourse"})  # (rv20_Q: "в частности, производитель …": no word of the name)
# A web site named as a source: "sedmitza.ru", "lenta.ru", "meduza.io".
DOMAIN = re.compile(r"[A-Za-z0-9][\w-]*(?:\.[\w-]+)*\.(?:ru|com|org|net|ua|by|kz|info|su|io|рф|uk|de|fr|news|media|tv)\b")
# A name between doubled apostrophes, the marks of wiki-style text ("''Rolling Stone''").
DOUBLED_APOSTROPHES = re.compile(r"''([^'\n«»\"]{1,60}?)''")
# Social networks: the place of a statement, never who makes it ("в Facebook корпорации"
# is the corporation's page) nor what "компания" refers back to.
SOCIAL_NETWORKS = frozenset({"facebook", "instagram", "telegram", "twitter", "вконтакте", "youtube", "tiktok",
                             "одноклассники", "фейсбук", "инстаграм", "телеграм", "твиттер", "ютуб", "тикток",
                             "vk", "вк"})
# Channels and pages that speak for their owner ("telegram-канал главы региона"), and
# groups that do so inside a social network ("группа клуба «ВКонтакте»").
CARRIER_NOUNS = frozenset({"канал", "телеграм-канал", "telegram-канал", "страница", "аккаунт", "блог", "микроблог",
                           "паблик", "твиттер"})
NETWORK_GROUP_NOUNS = frozenset({"группа", "сообщество"})
# A generic noun takes up a phrase headed by any noun of its kind ("Газета Die Welt … В издании
# отмечается"); every other noun only a phrase headed by itself.
KIND_NOUNS = {"издание": PRESS_NOUNS - {"СМИ", "сми"}}
# How many sentences back a bare channel noun ("паблик", "Telegram-канал") finds the channel that spoke.
CHANNEL_REACH = 3


# (mA32) Any case form of a channel noun as written ("Telegram-каналом", "паблика").
CHANNEL_WORD_FORM = re.compile(r"(?:[\w]+-)?канал(?:а|у|ом|е)?|паблик(?:а|у|ом|е)?")


# (rv36_Q C4) Nouns of those who write a channel, who speak as the channel ("авторы канала").
CHANNEL_AUTHOR_NOUNS = frozenset({"автор"})


def _channel_noun(word: str) -> bool:
    """A noun for a channel on a network: "канал", "паблик", "telegram-канал", "телеграм-канал"."""
    return word in ("канал", "паблик") or word.endswith("-канал")


def channel_word_form(text: str) -> bool:
    """(mR34) A channel noun in any case form as written ("Telegram-канала", "каналом", "паблике")."""
    return bool(CHANNEL_WORD_FORM.fullmatch(text.lower().replace("ё", "е")))


def _channel_word(token: Token) -> bool:
    """A channel noun by its lemma, or by its form when the tagger left it unparsed ("Telegram-канала" as X)."""
    return _channel_noun(_lemma(token)) or channel_word_form(token.text)


# Titles of address before a name: "господина Лаврова" is Лавров ("господа" may be lemmatised "господь").
HONORIFICS = frozenset({"господин", "госпожа", "господь", "г-н", "г-жа", "мистер", "миссис", "мисс", "пан", "пани",
                        "сэр", "синьор", "синьора", "мадам", "месье", "товарищ"})
# Nouns of a question or request whose genitive owner asks it ("на вопрос журналиста").
QUESTION_NOUNS = frozenset({"вопрос", "просьба", "предложение", "реплика", "замечание", "требование"})
# Person nouns defined by a relation to another person: "его дочь", "адвокат женщины".
RELATIONAL = frozenset({"дочь", "сын", "жена", "муж", "супруга", "супруг", "мать", "отец", "брат", "сестра",
                        "вдова", "внук", "внучка", "бабушка", "дедушка", "дед", "родственник", "родственница",
                        "адвокат", "защитник", "помощник", "помощница", "представитель", "пресс-секретарь",
                        "напарница", "напарник", "коллега", "друг", "подруга", "знакомый", "знакомая",
                        "сосед", "соседка", "врач", "агент", "менеджер", "тренер", "невеста", "жених"})
POSSESSIVE_PERSON = {"его": "Masc", "ее": "Fem", "её": "Fem"}
# First- and second-person possessives: "мой кузен" is someone the speaker (or the one spoken to) knows.
SPEAKER_POSSESSIVES = frozenset({"мой", "наш", "твой", "ваш"})
# Modifiers that make a description a new referent ("другой чиновник", "еще один депутат").
NEW_REFERENT = frozenset({"другой", "один", "некий", "какой-то", "очередной", "еще"})
# Possessives that relate a description to someone: "её дочь" is not the daughter the
# text introduced ("дочь погибшей Мария") unless the owner is known to be the same.
OWNER_PRONOUNS = frozenset({"его", "ее", "её", "их", "свой"}) | SPEAKER_POSSESSIVES
# How far back "они" looks for an unnamed group ("организаторы акции"), in sentences.
GROUP_WINDOW = 2
# Plural quantifier nouns that are no group of their own ("часть", "большинство" take a genitive).
INDEFINITE_GROUPS = frozenset({"люди", "человек", "многие", "некоторые", "другие"})
# (dv36b) Nouns of a group's stated stance: their genitive group is who holds it, and who "они" goes on with
# ("Это противоречит позиции сторонников жесткого Brexit. Они уверены, что …"), unlike "вид рыб".
GROUP_STANCE_NOUNS = frozenset({"позиция", "мнение", "требование", "точка", "взгляд", "призыв", "заявление",
                                "недовольство", "протест", "опасение"})
# (dv36b) Relations of a name's word to the noun or name it belongs to, and of an object or oblique to its verb:
# a named one in such a place is no subject a pronoun goes on with.
NAME_PART_RELS = frozenset({"appos", "flat", "flat:name", "flat:foreign"})
OBLIQUE_RELS = frozenset({"obj", "iobj", "obl", "nmod"})
# How far back "газета", "издание" look for an outlet (in sentences).
OUTLET_WINDOW = 40
# How far back a bare noun of no known field looks for the person quoted (in sentences).
LAST_QUOTED_WINDOW = 2
# How far back a pronoun looks for its antecedent (in sentences).
PRONOUN_WINDOW = 6
# (mK38) How far back "один из них" looks for the group "они" stands for (in sentences).
ONE_OF_THEM_WINDOW = 2
# (nF38) Verbs whose passive participle names a person by a step of a criminal case ("задержанный", "арестованный"),
# and words that set a story in such a case (the field the participle's description belongs to).
CASE_PARTICIPLE_VERBS = frozenset({"задержать", "арестовать", "осудить", "обвинить", "приговорить", "подозревать"})
# (the tagger lemmatises "Подозреваемый", "обвиняемый" to their verbs)
CRIMINAL_CASE_WORDS = frozenset({"подозреваемый", "подозревать", "обвиняемый", "обвинять", "подсудимый", "полиция", "полицейский", "следователь",
                                 "следственный", "следствие", "уголовный", "арест", "прокуратура", "мвд", "фсб"})
# (mK38, cr38 F1) Words that show a person as the one a criminal case is about: verbs of its steps (their object, or
# the subject of their passive: "полиция задержала X", "X обвиняется"), role words of that person ("подозреваемый
# X"), and the nouns "дело против X" / "дело в отношении X" hang on.
CASE_SUBJECT_VERBS = CASE_PARTICIPLE_VERBS | frozenset({"задерживать", "арестовывать", "осуждать", "обвинять",
                                                        "подозреваться", "обвиняться"})
CASE_SUBJECT_NOUNS = frozenset({"подозреваемый", "обвиняемый", "подсудимый", "фигурант"})
CASE_AGAINST_NOUNS = frozenset({"дело", "обвинение", "иск"})
# Role words of the other people of a case story: one named with them is no "задержанный".
CASE_OTHER_PARTIES = frozenset({"следователь", "дознаватель", "прокурор", "адвокат", "защитник", "судья",
                                "полицейский", "потерпевший", "пострадавший", "свидетель", "оперативник"})
# With no agreeing person in that reach, a pronoun ("— заявил он" after a long stretch of
# narrative or quoted words) looks this far.
FAR_WINDOW = 16
# A demonstrative subject ("Тот заявил", "Те ответили") refers to someone of the last
# few sentences, usually not their subject.
DEMONSTRATIVE_WINDOW = 2
# Demonstrative pronouns that stand alone as a subject.
DEMONSTRATIVE_SUBJECTS = frozenset({"тот", "этот"})
LATTER = "последний"
# A social-network handle written without "@" ("astarassov", "ivan.petrov88"): lowercase Latin.
HANDLE = re.compile(r"[a-z][a-z0-9_.]{3,}[a-z0-9]")
# A nickname as written after "с ником", or a handle a bare "пользователь" refers back to:
# Latin letters with digits, "_" or "." inside, or an "@" handle ("bunny", "K_ivanov", "@igiss").
NICK = re.compile(r"@?[A-Za-z][A-Za-z0-9_.]*[A-Za-z0-9]")
NICK_NOUNS = frozenset({"ник", "никнейм", "псевдоним", "логин", "имя"})
# People of the web a nickname or handle names ("пользователь", "подписчик").
USER_NOUNS = frozenset({"пользователь", "подписчик", "комментатор", "блогер", "юзер"})
# "один/одна из …" in the nominative, by the gender of "один" or of the group's noun.
ONE_BY_GENDER = {"Masc": "один", "Fem": "одна", "Neut": "одно"}
# First-person plural report verbs by which an outlet cites its own earlier reporting
# ("Мы рассказывали, что …", "Как мы писали ранее").
OUTLET_SELF_VERBS = frozenset({"писать", "написать", "рассказывать", "рассказать", "сообщать", "сообщить",
                               "информировать", "проинформировать", "упоминать", "упомянуть"})
# The outlet's own "we" when the article's address is unknown.
OWN_OUTLET = "редакция"
# "его педагог" may name a person the text introduces with that noun this many sentences later.
LATER_INTRODUCTION_WINDOW = 8
# sentences after a description's first use in which the person it describes may be named
NAMED_AFTER_WINDOW = 8
# A frame within this many characters after its quoted words ranks antecedents from the words' start.
FRAME_AFTER_CONTENT = 40
# Words before a mention that may introduce it ("промоутерская компания «X»").
INTRO_WORDS = 4
# Determiners the parse may call adjectives: they point, they do not classify.
DEMONSTRATIVES = frozenset({"этот", "тот", "данный", "сам", "свой", "наш", "ваш", "такой", "указанный", "вышеуказанный"})
# Adjective endings and derivational suffixes peeled to reach the noun stem
# ("надзорный" -> "надзор", "промоутерский" -> "промоутер").
ADJECTIVE_ENDINGS = ("ый", "ий", "ой")
ADJECTIVE_SUFFIXES = ("ск", "н", "ов", "ев")
# Shorter stems match too much ("газ", "кра").
MIN_STEM = 4
# Tokens before a person's mention searched for the organisation of its role.
ROLE_CONTEXT_TOKENS = 6


# (dv19b) Clerics are written "Протоиерей Владимир (Вигилянский)": the brackets hold the surname of the one whose
# title and church name come before - no other name of a person named in full.
CLERICAL_TITLES = frozenset({"протоиерей", "иерей", "священник", "отец", "епископ", "архиепископ", "митрополит",
                             "патриарх", "архимандрит", "игумен", "игуменья", "иеромонах", "монах", "монахиня",
                             "протодиакон", "диакон", "схиигумен", "протопресвитер"})


@dataclass(frozen=True)
class RoleComplement:
    """The genitive complement of a role noun: its words as written and the actors it names."""

    words: frozenset[str]
    actors: frozenset[str]
    person: bool = False  # names a person ("советник Хиллари Клинтон"): a post the text may word otherwise
    quoted: bool = False  # holds a name in quotation marks ("направления «Инфраструктурные решения»")


def _feminine_surname_of(surname: str, his_surname: str) -> bool:
    """(dvT, mM33) "Мамаева" is the feminine form of "Мамаев": his surname and "-а", with a feminine ending
    (also his genitive, which is why the actor layer may link her mention to him)."""
    return surname == his_surname + "а" and surname.endswith(FEMININE_SURNAME_ENDINGS)


@dataclass
class SpeakerResolver:
    doc: Doc
    # the actor a role phrase names, given the phrase and its first character's offset (the office's guards read
    # the phrase's sentence: its year, its predicate's gender; cr29 H1)
    resolve_role: Callable[[str, int | None], str | None] = lambda role, at=None: None
    nominative: Callable[[Token], str | None] = lambda token: None
    genitive: Callable[[str], str] = lambda name: name  # "Джордж Мендонса" -> "Джорджа Мендонсы"
    # (dvQ) the dictionary reads a word form as a future verb ("расскажут", not "клянутся"); without one the tagger stands
    future_form: Callable[[str], bool] = lambda word: True
    token_genitive: Callable[[Token], str | None] = lambda token: None  # "суд" -> "суда" (same number)
    name_nominative: Callable[[str, str], str] = lambda name, gender: name  # ("Соной Ованнисян", "Fem")
    relational: Callable[[str], bool] = lambda adjective: False  # "промоутерский" yes, "влиятельный" no
    speakers: list[tuple[int, SpeakerRef]] = field(default_factory=list)  # (offset, speaker) said so far
    children: dict[int, list[int]] = field(default_factory=dict)
    quoted: Callable[[int], bool] = lambda offset: False  # inside someone's direct quote
    excluded: tuple[int, int] = (0, 0)  # the content being attributed: no antecedents from it
    addressed: tuple[int, int] = (0, 0)  # the addressee of the cue ("рассказали «Известиям»"): not the speaker
    contents: list[tuple[int, int]] = field(default_factory=list)  # earlier quotes' content spans
    dated_out: frozenset[str] = frozenset()  # registry role holders not valid at the article's date
    known_spelling: Callable[[str], tuple[str, str] | None] = lambda name: None  # "Дональт Туск" -> registry's
    known_actor: Callable[[str], str | None] = lambda name: None  # the registry's id of a name ("Сенат США")
    known_named: Callable[[str], tuple[str, str] | None] = lambda name: None  # (id, canonical name) of a name
    known_country: Callable[[str], str | None] = lambda actor_id: None  # a registry actor's country, by name
    known_outlet: Callable[[str], tuple[str, str] | None] = lambda site: None  # "bbc.com" -> (med:bbc, Би-би-си)

    def __post_init__(self) -> None:
        # (a one-word "name" the morphology reads as an adverb or preposition is NER's mistake)
        self.mentions = sorted((m for m in self.doc.mentions if not spurious_name(self.doc, m)), key=lambda m: m.start)
        self._starts = [m.start for m in self.mentions]
        for i, token in enumerate(self.doc.tokens):
            self.children.setdefault(token.head, []).append(i)
        self.salience = Salience.build(self.doc)
        self.datelines = _datelines(self.doc)
        titled = [(m, named) for m in self.mentions if (named := self._title_adjective_of_name(m)) is not None]
        self.title_adjectives = frozenset(m.start for m, _ in titled)
        # the actor NER made of such an adjective is the titled person (the actor layer hung
        # the title's role mentions on it), unless the text names it elsewhere
        self.renamed = {m.actor_id: named.actor_id for m, named in titled if m.actor_id and named.actor_id
                        and all(k.start in self.title_adjectives for k in self.mentions
                                if k.actor_id == m.actor_id and k.type == "PER")}
        self.latin_glosses = self._latin_glosses()

    # --- phrases -----------------------------------------------------------
    def subtree(self, head: int, stop_rels: frozenset[str] = PHRASE_STOP_RELS,
                no_pp: bool = False) -> tuple[int, int]:
        """Token range [first, last) of the phrase headed by `head` (no clauses;
        with `no_pp`, no prepositional modifiers: "министр | во время форума")."""
        first = last = head
        todo, seen = [head], {head}
        while todo:
            node = todo.pop()
            for child in self.children.get(node, []):
                if child in seen or self.doc.tokens[child].rel in stop_rels:
                    continue
                if no_pp and child > head and self._prepositional(child):
                    continue
                if node == head and self.doc.tokens[child].rel == "case":
                    continue
                seen.add(child)
                first, last = min(first, child), max(last, child)
                todo.append(child)
        while last > first and self.doc.tokens[last].pos == "PUNCT":
            last -= 1
        while first < last and self.doc.tokens[first].pos == "PUNCT":
            first += 1
        return first, last + 1

    def _prepositional(self, i: int) -> bool:
        return any(self.doc.tokens[c].rel == "case" and self.doc.tokens[c].text.lower() != "по"
                   for c in self.children.get(i, []))

    def mentions_in(self, start: int, stop: int) -> list[Mention]:
        i = bisect_left(self._starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < stop:
            if self.mentions[i].stop <= stop:
                out.append(self.mentions[i])
            i += 1
        return out

    def phrase_as_named(self, first: int, last: int, head: int) -> SpeakerRef:
        """(mN34) The phrase [first, last) itself as the speaker, in the nominative, with no actor: a legal norm
        speaks for itself ("По законам Индонезии, …" -> "законы Индонезии"), not the country its owner names."""
        start, stop = self.doc.tokens[first].start, self.doc.tokens[last - 1].stop
        return SpeakerRef(None, self._phrase_text(first, last, head), self.doc.text[start:stop], start, stop)

    def from_head(self, head: int, common: bool = False) -> SpeakerRef | None:
        """Speaker for the phrase headed by token `head`; with `common`, a plain
        noun phrase counts too ("по версии следствия" -> "следствие")."""
        token = self.doc.tokens[head]
        if token.pos == "PUNCT":
            return None
        named = self._conjoined_name(head) or self._closing_apposed_name(head) or self._relation_holder_name(head)
        if named is not None:
            return self.ref(named)
        representative = self._represented_by(head)
        if representative is not None:
            return representative
        if _lemma(token) == "один":
            return self._one_of(head)
        if HANDLE.fullmatch(token.text) and not self.children.get(head):
            # "– пишет astarassov": a user's handle, which NER does not take for a name
            return SpeakerRef(None, token.text, token.text, token.start, token.stop)
        nick = self._nickname(head)
        if nick is not None:
            return nick
        group = self._coordinated_subjects(head)
        if group is not None:
            return group
        if _lemma(token) in USER_NOUNS and not self.children.get(head) and token.feats.get("Number") != "Plur":
            # (mU35: not "пользователи предположили", a group, after one user's quote)
            handle = self._last_handle(token.start)
            if handle is not None:
                return SpeakerRef(None, handle.name, token.text, token.start, token.stop)
        adjective = self._substantive_over_genitive(head)
        if adjective is not None:
            first, last = self.subtree(head, no_pp=True)
            first = min(first, adjective)
            start, stop = self.doc.tokens[first].start, self.doc.tokens[last - 1].stop
            return self.from_phrase(first, last, adjective, common) \
                or SpeakerRef(None, self.phrase_text(first, last, adjective), self.doc.text[start:stop], start, stop)
        first, last = self.subtree(head, no_pp=True)
        governor = token.head
        if 0 <= governor < head and first <= governor:
            # (a phrase after its verb does not reach back across it: a non-projective parse
            # - "Такое мнение в эфире проекта … выразила политолог …" - glued words before the verb to it)
            first = governor + 1
        crossed = next((k for k in range(head + 1, last) if self.doc.tokens[k].pos in ("VERB", "AUX")
                        and self.doc.tokens[k].feats.get("VerbForm") == "Fin" and not self._under(k, head)), None)
        if crossed is not None and governor > crossed:
            # (rv20_Q: nor one before its verb across it, when the parse hung the subject on a word after
            # the verb: "умеренные депутаты … считают жесткий вариант, …, безумием")
            last = crossed
        elif head < governor < last and self.doc.tokens[governor].pos in ("VERB", "AUX"):
            # (dv36a) nor a subject across its own verb: glued initials let the parse hang a name of the content
            # on the subject's initial ("Ф.Олесси рассказал, что В.Зворыкин отказывался …": "Зворыкин" an
            # apposition of "Ф"), and the speaker became the man spoken about
            last = governor
        preposition = max((c for c in self.children.get(head, []) if c < head and self.doc.tokens[c].rel == "case"),
                          default=-1)
        if first <= preposition:
            first = preposition + 1  # (nor before its own preposition: "«Москва» в пресс-службе …")
        first = self._agreeing_start(head, first)
        first = self._participle_start(head, first)
        first = self._after_focus_particles(first, head)
        last = self._genitive_conjuncts_end(head, first, last)
        last = self._group_conjunct_end(head, last)
        last = self._apposed_subject_end(head, last)
        last = self._unclosed_end(first, head, last)
        first = self._person_mention_start(head, first)
        initialled = name_cut_at_initials(self.doc, self.mentions, first, last)
        if initialled is not None and initialled.first == head:
            return self._initialled_ref(initialled)
        if initialled is not None:
            last = initialled.stop  # ("по словам мэра С. Собянина": the parse cut the name after its initial)
        return self.from_phrase(first, self._closed_name_end(first, self._adjacent_name_end(head, last)), head, common)

    def _substantive_over_genitive(self, head: int) -> int | None:
        """(nF38, rv37_Q C6) "Старший группы пояснил, что …" parsed with the genitive "группы" as the subject and
        "Старший" its modifier: a genitive noun is no subject; the nominative adjective before it, standing for
        a person, heads the phrase (the genitive is its complement)."""
        token = self.doc.tokens[head]
        if not token.rel.startswith("nsubj") or token.pos != "NOUN" or token.feats.get("Case") != "Gen":
            return None
        return next((c for c in self.children.get(head, []) if c < head and self.doc.tokens[c].rel == "amod"
                     and self.doc.tokens[c].pos in ("ADJ", "PROPN") and self.doc.tokens[c].feats.get("Case") == "Nom"
                     and self.doc.tokens[c].feats.get("Variant") != "Short"), None)

    def _person_mention_start(self, head: int, first: int) -> int:
        """(dn28) "– сказала Ле Пен", "С.Джобс напомнил": a person mention that ends at the head and begins
        before the phrase (a particle or an initial the parse did not hang on the surname) opens the phrase, so
        that the surname is read as the whole name the text wrote, which the actor layer linked."""
        tokens = self.doc.tokens
        begin = tokens[first].start
        reach = tokens[max(0, first - NAME_LEAD_TOKENS)].start
        for mention in self.mentions_in(reach, tokens[head].stop):
            if mention.type == "PER" and mention.actor_id and mention.start < begin <= tokens[head].start \
                    and mention.stop == tokens[head].stop and self._sole_bearer(mention):
                lead = range(self.doc.token_span(mention.start, mention.stop)[0], first)
                if any(tokens[k].feats.get("Case") not in (None, tokens[head].feats.get("Case"))
                       or any(tokens[c].rel == "case" for c in self.children.get(k, [])) for k in lead):
                    return first  # ("к Мэй Джонсон предупредил": a word of another phrase NER glued to the name)
                return lead.start
        return first

    def _sole_bearer(self, mention: Mention) -> bool:
        """(dn28) No other person of the document bears the mention's last word as surname ("Жан-Мари Ле Пен" beside
        "Марин Ле Пен": which one "Ле Пен" is, the actor layer's guess does not say)."""
        words = NAME_WORD.findall(mention.text.lower().replace("ё", "е"))
        if not words:
            return False
        stem = words[-1][:max(MIN_STEM, len(words[-1]) - 2)]
        # (a name opens with a capital: "56-летний С.Джобс" is a tagging slip over the same man, no namesake)
        bearers = {a.id for a in self.doc.actors if a.type == "PER" and a.name[:1].isupper()
                   and (last := NAME_WORD.findall(a.name.lower().replace("ё", "е"))) and last[-1].startswith(stem)}
        return bearers <= {mention.actor_id}

    def _agreeing_start(self, head: int, first: int) -> int:
        """(nm26) "В сравнительно недавнем 2013 году любители телесериалов удивлялись": an adjective before the
        head that the parse hung on it with a noun of its own under it ("недавнем … году"), in another case than
        the head's, is not the head's (an adjective agrees with its noun), nor are the words under it; the
        phrase starts after them.  (Not the pairs a tagger confuses: nominative/accusative, accusative/genitive
        of the animate; nor a bare adjective, whose case the tagger may misread among like forms:
        "в Центральной пригородной … компании".)"""
        tokens = self.doc.tokens
        case = tokens[head].feats.get("Case")
        for k in range(head - 1, first - 1, -1):
            other = tokens[k].feats.get("Case")
            if tokens[k].pos == "ADJ" and tokens[k].rel == "amod" and tokens[k].head == head and case and other \
                    and other != case and {case, other} not in ({"Nom", "Acc"}, {"Acc", "Gen"}) \
                    and any(tokens[c].pos in ("NOUN", "PROPN") for c in self.children.get(k, [])):
                return max(first, self.subtree(k)[1])
        return first

    def _group_conjunct_end(self, head: int, last: int) -> int:
        """(mF33) "Лоббисты и активисты утверждают", "по сообщениям очевидцев и СМИ": an unnamed plural group
        and a second one joined by "и" are one speaker, the mention of both (the gold keeps it whole, whether
        it names the pair - "блоггеры и СМИ" - or leaves it unnamed); names joined so are `_coordinated_subjects`'."""
        conjunct = self._group_conjunct(head)
        return self.subtree(conjunct)[1] if conjunct is not None and conjunct >= last else last

    def _group_conjunct(self, head: int) -> int | None:
        """The plural common noun joined to the plural common noun `head` by "и" right after its phrase, when
        no name is in either (see `_group_conjunct_end`)."""
        tokens = self.doc.tokens
        if tokens[head].pos != "NOUN" or tokens[head].feats.get("Number") != "Plur":
            return None
        conjuncts = [c for c in self.children.get(head, []) if c > head and tokens[c].rel == "conj"]
        if len(conjuncts) != 1:
            return None
        c = conjuncts[0]
        joined = [k for k in self.children.get(c, []) if k < c and tokens[k].rel == "cc"]
        if tokens[c].pos != "NOUN" or tokens[c].feats.get("Number") != "Plur" \
                or tokens[c].feats.get("Case") != tokens[head].feats.get("Case") \
                or [tokens[k].text.lower() for k in joined] != ["и"] or tokens[joined[0] - 1].text == ",":
            # (a list after a comma - "эксперты, чиновники и …" - is not taken up)
            return None
        first, last = self.subtree(head, no_pp=True)
        stop = self.subtree(c)[1]
        if any(m.type != "GEO_ADJ" for m in self.mentions_in(tokens[first].start, tokens[stop - 1].stop)):
            return None
        return c

    def _participle_start(self, head: int, first: int) -> int:
        """(mF33) "Занимающиеся исследованиями медики", "Выступающие против закона депутаты": a participle
        before the head agreeing with it, with its own words, right before the phrase, is the phrase's
        (the parse hangs it as a clause, `acl`, which `subtree` leaves out)."""
        tokens = self.doc.tokens
        case = tokens[head].feats.get("Case")
        for k in self._prenominal_participles(head):
            start, stop = self.subtree(k)
            if stop == first and tokens[k].feats.get("Case") in (None, case):
                # (an adverb opening the participle's words may be the sentence's: "Как-то работавшие с ней …")
                while start < k and tokens[start].rel == "advmod" and tokens[start].head == k:
                    start += 1
                return start
        return first

    def _prenominal_participles(self, head: int) -> list[int]:
        """The full participles the parse hung before `head` as its clauses, nearest first."""
        tokens = self.doc.tokens
        return sorted((k for k in self.children.get(head, []) if k < head and tokens[k].rel == "acl"
                       and tokens[k].pos == "VERB" and tokens[k].feats.get("VerbForm") == "Part"
                       and tokens[k].feats.get("Variant") != "Short"), reverse=True)

    def _unclosed_end(self, first: int, head: int, last: int) -> int:
        """(nm26) "двое республиканцев (сенаторы от …)", "авторы telegram-канала «Майор и генерал»: «Съемки …»": a
        phrase the parse ran into an opening bracket it does not close, or past a colon followed by a space
        (not one inside a title's guillemets: "«Орел и Решка: Перезагрузка»"), ends before it (a bracket's words
        are an aside, a colon's the words it opens).  A bracket closed right after the phrase is the phrase's
        own gloss ("Карл-Хенрик Хелдин (Carl-Henrik Heldin)"), and the phrase runs through its close."""
        tokens = self.doc.tokens
        for k in range(head + 1, last):
            words = [t.text for t in tokens[first:k]]
            if tokens[k].text == ":" and k + 1 < len(tokens) and tokens[k + 1].start > tokens[k].stop \
                    and words.count("«") <= words.count("»"):
                return k
            if tokens[k].text == "(" and not any(tokens[j].text == ")" for j in range(k + 1, last)):
                return last + 1 if last < len(tokens) and tokens[last].text == ")" else k
        return last

    def _initialled_ref(self, initialled: InitialledName) -> SpeakerRef:
        """(nm26) The person a name opened by initials names, its surface from the first initial; a surname
        the text gives no fuller name for keeps the initials ("А. Петров", not "Петров")."""
        tokens = self.doc.tokens
        start = tokens[initialled.first].start
        ref = self.ref(initialled.mention, surface=(start, initialled.mention.stop))
        if start < initialled.mention.start and len(ref.name.split()) == 1:
            initials = self.doc.text[start:initialled.mention.start].strip()
            ref = replace(ref, name=f"{initials} {ref.name}")
        return ref

    def _after_focus_particles(self, first: int, head: int) -> int:
        """(dvF) "говорят даже российские эксперты", "Лишь депутаты …": a focus particle before the
        phrase is no part of the name (the particles after the head are dropped by `_phrase_text`)."""
        while first < head and self.doc.tokens[first].pos == "PART" \
                and self.doc.tokens[first].text.lower() in FOCUS_PARTICLES:
            first += 1
        return first

    def _under(self, k: int, head: int) -> bool:
        """Token `k` lies in the phrase of `head` (its head chain reaches it)."""
        for _ in range(30):
            k = self.doc.tokens[k].head
            if k == head:
                return True
            if k < 0:
                return False
        return False

    def _genitive_conjuncts_end(self, head: int, first: int, last: int) -> int:
        """"Министерство труда и социальной защиты", "НИИ вакцин и сывороток": a genitive
        dependent of the phrase with genitive conjuncts right after it - an institution's field
        in two parts - keeps them (the head's own conjuncts - "Пилоты и бортпроводники" - are
        other speakers and stay out)."""
        tokens = self.doc.tokens
        for k in range(first, last):
            if k == head or tokens[k].rel != "nmod" or tokens[k].feats.get("Case") != "Gen":
                continue
            for c in self.children.get(k, []):
                if c < last or tokens[c].rel != "conj" or tokens[c].feats.get("Case") != "Gen" \
                        or tokens[c].pos not in ("NOUN", "PROPN"):
                    continue
                between = range(last, c)
                end = self.subtree(c, no_pp=True)[1]
                # (not when the conjunct is a place itself - "министры иностранных дел России и Китая" are
                # two bodies; a place under the conjunct is the whole body's: "Центр контроля и профилактики
                # заболеваний США", mC31)
                places = any(m.type in ("GPE", "LOC") for m in self.mentions_in(tokens[c].start, tokens[c].stop))
                # (cr31 M4) nor when the phrase before the conjunct has its own place: "пресс-службы МВД России и МЧС
                # Украины" are two bodies of two states
                places = places or any(m.type in ("GPE", "LOC")
                                       for m in self.mentions_in(tokens[first].start, tokens[last - 1].stop))
                if not places and all(tokens[b].rel == "cc" and tokens[b].text.lower() == "и" or tokens[b].head == c
                                      and tokens[b].rel == "amod" for b in between):
                    last = max(last, end)
        return last

    def _closed_name_end(self, first: int, last: int) -> int:
        """"организация «Репортеры без границ»", "«Помощь Церкви в нужде»": a name in
        guillemets that the phrase opens keeps its prepositional words up to its closing mark
        (the phrase without prepositional modifiers stopped inside it)."""
        tokens = self.doc.tokens
        words = [t.text for t in tokens[first:last]]
        if words.count("«") <= words.count("»"):
            return last
        stop = min(len(tokens), last + QUOTED_NAME_REACH)
        for k in range(last, stop):
            if tokens[k].text == "»":
                return k + 1
            if tokens[k].text in ("«", ".", ";", "!", "?"):
                break
        return last

    def _one_of(self, head: int) -> SpeakerRef | None:
        """"один из депутатов областной думы заявил": an unnamed member of a named group is
        described as such (the group stays in the genitive whatever the case of "один");
        "один из источников" stays an anonymous source."""
        tokens = self.doc.tokens
        group = next((c for c in self.children.get(head, []) if c > head
                      and (tokens[c].pos == "NOUN" or _person_participle_group(tokens[c])
                           or tokens[c].pos == "PRON" and _lemma(tokens[c]) == "они")
                      and tokens[c].feats.get("Case") == "Gen"
                      and any(tokens[k].text.lower() == "из" for k in self.children.get(c, []) if k < c)), None)
        if group is None and head + 2 < len(tokens) and tokens[head + 1].text.lower() == "из" \
                and _person_participle_group(tokens[head + 2]) and tokens[head + 2].feats.get("Case") == "Gen":
            group = head + 2  # (the parse hung "из стоящих" on a word of the quote before: the words say whose)
        if group is None or _lemma(tokens[group]) in ANONYMOUS:
            return None
        if tokens[group].pos == "PRON" and not self._people_before(group):
            return None  # (mK38, cr38 F5) "два законопроекта … Один из них утверждает": "они" are no people
        # (nF38, rv37_Q C6) "один из стоящих в очереди": a group described by an active participle keeps its phrase;
        # "одна из них": one of a group the text named before, described so (the gold's own wording)
        participle = _person_participle_group(tokens[group])
        first, last = self.subtree(head)
        named = [m for m in self.mentions_in(tokens[first].start, tokens[last - 1].stop) if m.type == "PER"]
        if named:
            return self.ref(named[0])  # "один из адвокатов — Оксана Михалкина": the member is named
        preposition = next((k for k in self.children.get(group, []) if k < group and tokens[k].text.lower() == "из"),
                           group - 1)
        _, last = self.subtree(group, no_pp=not participle)
        start, stop = tokens[head].start, tokens[last - 1].stop
        one = ONE_BY_GENDER.get(tokens[head].feats.get("Gender") or tokens[group].feats.get("Gender") or "Masc", "один")
        name = one + " " + self.doc.text[tokens[preposition].start:stop]
        return SpeakerRef(None, name, self.doc.text[start:stop], start, stop)

    def _people_before(self, pronoun: int) -> bool:
        """(mK38, cr38 F5) The group a plural pronoun ("один из них") stands for is people: the nearest plural or
        counted noun before it, outside quoted words and "по словам"-like frames, is animate ("ряд пользователей",
        "четыре девушки", "охранникам") - or a plural person participle, or coordinated persons' names."""
        tokens = self.doc.tokens
        # (after a quote of many sentences, "– написал один из них" looks back from the quote's start)
        anchor = min(tokens[pronoun].start, self.excluded[0]) if self.excluded[1] > self.excluded[0] \
            else tokens[pronoun].start
        here = self.doc.sentence_at(anchor) or 0
        floor = self.doc.sentences[max(0, here - ONE_OF_THEM_WINDOW)].token_start
        for k in range(pronoun - 1, floor - 1, -1):
            token = tokens[k]
            if self.quoted(token.start) or self.excluded[0] <= token.start < self.excluded[1]:
                continue
            if _person_participle_group(token):
                return True
            if _lemma(token) == "тот" and token.feats.get("Number") == "Plur" \
                    and any(t.text.lower() == "кто" for t in tokens[k + 1:k + 4]):
                return True  # ("Тех, кто рисковал …")
            if token.pos == "PROPN" and any(tokens[c].rel == "conj" for c in self.children.get(k, [])) \
                    and any(m.type == "PER" for m in self.mentions_in(token.start, token.stop + 1)):
                return True  # ("Иванов и Петров")
            if token.pos != "NOUN" or any(tokens[c].text.lower() == "по" for c in self.children.get(k, [])):
                continue
            counted = any(tokens[c].rel.startswith("nummod") for c in self.children.get(k, []))
            if token.feats.get("Number") == "Plur" or counted:
                return token.feats.get("Animacy") == "Anim"
        return False

    def _adjacent_name_end(self, head: int, last: int) -> int:
        """"ученик 11 класса школы № 32 Антон Ершов, победитель …": a person name right
        after a role's phrase that the parse hung elsewhere still closes it (the case test
        of `_closing_name` decides whether it names the head)."""
        tokens = self.doc.tokens
        if last + 2 < len(tokens) and tokens[last].pos == "ADP" and tokens[last + 1].pos == "NOUN" \
                and tokens[last + 1].feats.get("Animacy") == "Inan" and tokens[head].pos == "NOUN" \
                and tokens[head].feats.get("Animacy") == "Anim" and _lemma(tokens[head]) not in RELATIONAL \
                and tokens[last + 2].pos == "PROPN" and tokens[last + 2].feats.get("Case") == tokens[head].feats.get("Case"):
            # ("полпреда президента в округе Виктора Ишаева": a post's place between the post and its holder)
            for mention in self.mentions_in(tokens[last + 2].start, len(self.doc.text)):
                if mention.start > tokens[last + 2].start:
                    break
                if mention.type == "PER" and mention.start == tokens[last + 2].start and self._person_like(mention):
                    return self.doc.token_span(mention.start, mention.stop)[1]
        if last >= len(tokens) or tokens[head].pos != "NOUN" or tokens[head].feats.get("Animacy") != "Anim" \
                or tokens[last].pos != "PROPN" or tokens[last].feats.get("Case") != tokens[head].feats.get("Case"):
            return last
        for mention in self.mentions_in(tokens[last].start, len(self.doc.text)):
            if mention.start > tokens[last].start:
                break
            if mention.type == "PER" and mention.start == tokens[last].start:
                return max(last, self.doc.token_span(mention.start, mention.stop)[1])
        return last

    def _apposed_subject_end(self, head: int, last: int) -> int:
        """"сообщил наблюдатель от ОБСЕ португальский парламентарий Хуан Суареш": the parse made
        the named role a second subject of the verb; right after the role's phrase (its own
        prepositional words between), with a person's name, it is an apposition naming the
        role's holder, so the phrase runs through it."""
        apposed = self._apposed_subject(head, last)
        return apposed[1] if apposed is not None else last

    def _apposed_subject(self, head: int, last: int) -> tuple[int, int] | None:
        """The second subject apposed to the head's phrase ending before token `last`, as its
        (head token, phrase end): both animate nominative nouns, nothing but the role's own words
        between them, a person's name in the second (`_apposed_subject_end`, `_in_clause_of`)."""
        tokens = self.doc.tokens
        token = tokens[head]
        verb = token.head
        if verb < 0 or not token.rel.startswith("nsubj") or token.pos != "NOUN" or token.feats.get("Animacy") != "Anim":
            return None
        second = next((k for k in self.children.get(verb, []) if k > head and tokens[k].rel.startswith("nsubj")), None)
        if second is None or tokens[second].pos not in ("NOUN", "PROPN") \
                or tokens[second].feats.get("Animacy") != "Anim" \
                or tokens[second].feats.get("Case") != "Nom" or token.feats.get("Case") != "Nom":
            return None
        first_second, last_second = self.subtree(second, no_pp=True)
        if any(tokens[k].pos == "PUNCT" or not self._under(k, head) for k in range(last, first_second)):
            return None  # (only the role's own words between: no comma, no other phrase)
        names = [m for m in self.mentions_in(tokens[first_second].start, tokens[last_second - 1].stop)
                 if m.type == "PER"]
        return (second, last_second) if names else None

    def _represented_by(self, head: int) -> SpeakerRef | None:
        """"Партия в лице своего лидера Ивана Петрова заявила": the one the subject acts
        through ("в лице X", represented by X) is who speaks."""
        tokens = self.doc.tokens
        verb = tokens[head].head
        # (the parse hangs "в лице" on the noun or, between the subject and its verb, on the verb)
        around = [(c, "nmod") for c in self.children.get(head, [])] + (
            [(c, "obl") for c in self.children.get(verb, []) if head < c < verb]
            if tokens[head].rel == "nsubj" and verb > head else [])
        for child, rel in around:
            if child < head or _lemma(tokens[child]) != "лицо" or tokens[child].rel != rel \
                    or not any(tokens[c].rel == "case" and tokens[c].text.lower() == "в" for c in self.children.get(child, [])):
                continue
            agent = next((k for k in self.children.get(child, []) if k > child and tokens[k].rel in ("nmod", "appos")
                          and tokens[k].feats.get("Case") == "Gen"), None)
            return self.from_head(agent) if agent is not None else None
        return None

    def _conjoined_name(self, head: int) -> Mention | None:
        """"Президент «MicroBank», Антонио Вила, рассказал", "сказала комедиантка и
        телеведущая Эллен Дедженерес": a common-noun subject whose conjunct (or the
        conjunct's apposition) is a person's name, with a singular verb - one person,
        however the parse coordinated the description and the name."""
        tokens = self.doc.tokens
        token = tokens[head]
        verb = tokens[token.head] if token.head >= 0 else None
        if verb is None or not token.rel.startswith("nsubj") or verb.feats.get("Number") != "Sing" \
                or token.pos not in ("NOUN", "PROPN") or token.feats.get("Number") == "Plur" \
                or any(m.type == "PER" and m.start <= token.start < m.stop and (self._person_like(m) or not (
                    self._line_initial(head) and self.doc.token_span(m.start, m.stop) == (head, head + 1)))
                       for m in self.mentions_in(token.start, token.stop)):
            # ("Ополченец и блогер Иван Петров заявил" opening a line: the one-word "name" NER
            # found in its first word is no person, the conjunct's name is)
            return None
        for conj in self.children.get(head, []):
            if tokens[conj].rel != "conj" or conj < head:
                continue
            first, last = self.subtree(conj, stop_rels=PHRASE_STOP_RELS - {"conj"} | {"nmod"}, no_pp=True)
            # (a genitive owner is someone else: "телеведущая и супруга Узенюка Анастасия Ивлеева")
            people = [m for m in self.mentions_in(tokens[first].start, tokens[last - 1].stop) if m.type == "PER"
                      and tokens[self.doc.token_span(m.start, m.stop)[0]].feats.get("Case") in ("Nom", None)]
            # ("Телеведущая и продюсер Анна Белова заявила": a masculine class noun names a
            # woman too, so the name's own form may carry the agreement)
            if people and (agrees(verb, tokens[conj]) or agrees(verb, tokens[self.doc.token_span(
                    people[0].start, people[0].stop)[0]])):
                return self._alias_of(people[0])
        return None

    def _closing_apposed_name(self, head: int) -> Mention | None:
        """(mb24, rev24_A M6) "…», – отметил руководитель конкурса «Цифровой прорыв», директор РАЭК
        Сергей Плуготаренко.": a postposed role subject, then after a comma a second role with a
        person's name closing the sentence - an apposition naming the role's holder in the frame
        itself, however the parse hung it; the name, not an earlier person fitting the role."""
        tokens = self.doc.tokens
        token = tokens[head]
        if not token.rel.startswith("nsubj") or token.head < 0 or token.head > head or token.pos != "NOUN" \
                or token.feats.get("Animacy") != "Anim" or token.feats.get("Case") != "Nom" \
                or token.feats.get("Number") == "Plur" \
                or any(m.type == "PER" for m in self.mentions_in(token.start, token.stop)):
            return None
        comma = self.subtree(head, no_pp=True)[1]
        while comma < len(tokens) and tokens[comma].text in CLOSING_QUOTES:
            comma += 1
        role = comma + 1
        if role >= len(tokens) or tokens[comma].text != "," or tokens[role].pos != "NOUN" \
                or tokens[role].feats.get("Animacy") != "Anim" or tokens[role].feats.get("Case") != "Nom":
            return None
        end = role
        while end < len(tokens) and tokens[end].text not in SENTENCE_END_MARKS:
            if tokens[end].pos == "PUNCT" and tokens[end].text not in OPENING_QUOTES | CLOSING_QUOTES \
                    or tokens[end].feats.get("VerbForm") in ("Fin", "Part", "Conv") \
                    or "\n" in self.doc.text[tokens[end - 1].stop:tokens[end].start]:
                return None  # (a list, a clause, a participle, a new line: not one role naming one person)
            end += 1
        people = [m for m in self.mentions_in(tokens[role].start, tokens[end - 1].stop) if m.type == "PER"]
        if len(people) != 1 or people[0].stop != tokens[end - 1].stop:
            return None  # (one name, and the sentence ends with it)
        name_first = self.doc.token_span(people[0].start, people[0].stop)[0]
        return people[0] if tokens[name_first].feats.get("Case") in ("Nom", None) else None

    def _namesake_woman(self, actor: Actor | None, mention: Mention) -> Actor | None:
        """(dvT) "«…», – рассказала Мамаева" after "Супруга … Павла Мамаева Алана" and "Алана Мамаева": a bare
        surname whose verb is feminine, which the actor layer linked to a man ("Мамаева" is his genitive too), is
        the one other person of the text whose written surname is that very form, when there is one."""
        if actor is None or actor.type != "PER":
            return None
        first, last = self.doc.token_span(mention.start, mention.stop)
        if last - first != 1 or self._predicate_gender(first) != "Fem":
            return None
        surname = self.doc.tokens[first].text
        if not _feminine_surname_of(surname, actor.name.split()[-1]):
            return None  # (his surname's genitive, which is her nominative: "Мамаев" - "Мамаева")
        # (by the written names, not the salience genders the misread mentions themselves skewed)
        women = [a for a in self.doc.actors if a.type == "PER" and a.id != actor.id and len(a.name.split()) > 1
                 and a.name.split()[-1] == surname]
        return women[0] if len(women) == 1 else None

    def _generation_namesake(self, actor: Actor | None, mention: Mention) -> Actor | None:
        """(dvV) "«…», – заявил Нурмагомедов-старший" after "Абдулманап Нурмагомедов написал …", "– заключил
        Алибасов-старший" after "Продюсер … Бари Алибасов заявил": a surname with "-старший"/"-младший" tells a
        person from a namesake of another generation; it is the latest earlier speaker whose full name ends with
        that surname (of the suffix's gender, when the text shows the speaker's), not a person of its own.  With
        no such speaker the text has not said which one it is, and the name stays as written."""
        if actor is None or actor.type != "PER":
            return None
        generation = GENERATION_SUFFIX.match(actor.name)
        if generation is None:
            return None
        gender = "Fem" if generation["generation"].endswith("ая") else "Masc"
        for offset, said in reversed(self.speakers):
            earlier = self.doc.actor(said.actor_id) if offset < mention.start and said.actor_id else None
            if earlier is None or earlier.type != "PER" or GENERATION_SUFFIX.match(earlier.name) \
                    or len(earlier.name.split()) < 2 or earlier.name.split()[-1] != generation["surname"]:
                continue
            profile = self.salience.profiles.get(earlier.id)
            if profile is not None and profile.gender_sure and profile.gender not in (None, gender):
                continue
            return earlier
        return None

    def _relation_holder_name(self, head: int) -> Mention | None:
        """(dvT) "Супруга полузащитника «Краснодара» Павла Мамаева Алана сообщила", "жена Павла Мамаева Алана
        обвинила": a relational subject (`RELATIONAL`) whose genitive owner's name is followed, closing the
        phrase, by the name of another person of the subject's gender names the relation's holder - however the
        parse hung that name (as a part of the owner's, in the owner's case); the speaker is that person, not
        the description "супруга Павла Мамаева"."""
        tokens = self.doc.tokens
        token = tokens[head]
        if not token.rel.startswith("nsubj") or token.pos != "NOUN" or _lemma(token) not in RELATIONAL \
                or token.feats.get("Number") == "Plur":
            return None
        first, last = self.subtree(head, no_pp=True)
        people = [m for m in self.mentions_in(tokens[first].start, tokens[last - 1].stop) if m.type == "PER"]
        if len(people) < 2:
            return None
        owner, holder = people[-2], people[-1]
        owner_first, owner_last = self.doc.token_span(owner.start, owner.stop)
        holder_first, holder_last = self.doc.token_span(holder.start, holder.stop)
        if holder.actor_id is None or holder.actor_id == owner.actor_id or holder_first != owner_last \
                or holder_last != last or owner_first <= head or tokens[owner_first].feats.get("Case") != "Gen":
            return None  # (the two names adjacent, the holder's closing the phrase, the owner's in the genitive)
        wanted = self._predicate_gender(head) or token.feats.get("Gender")
        profile = self.salience.profiles.get(holder.actor_id)
        holder_gender = profile.gender if profile is not None and profile.gender_sure else None
        if self._feminine_namesake(holder.actor_id, owner.actor_id):
            holder_gender = "Fem"  # (mM33) by the written names, not the genders the misread mentions skewed
        if wanted not in ("Masc", "Fem") or holder_gender != wanted:
            return None  # ("жена брата Ивана Петрова Сергея": the brother's name, not the wife's)
        return holder

    def _feminine_namesake(self, woman_id: str | None, man_id: str | None) -> bool:
        """(mM33) "Павел Мамаев" - "Алана Мамаева": the actor's written surname is the other's with the feminine
        ending, so she is a woman of his family whatever genders the salience profiles read."""
        woman = self.doc.actor(woman_id) if woman_id else None
        man = self.doc.actor(man_id) if man_id else None
        if woman is None or man is None or len(woman.name.split()) < 2 or len(man.name.split()) < 2:
            return False
        return _feminine_surname_of(woman.name.split()[-1], man.name.split()[-1])

    def _namesake_wife_of(self, actor_id: str, token: Token) -> str:
        """(mM33) "Она добавила", "сказала девушка" resolved to "Павел Мамаев" when the actor layer's misread
        "Мамаева" made his salience profile feminine: a feminine pronoun or noun is not the man whose surname
        the one woman of the text bears in its feminine form (`_feminine_namesake`) - it is that woman."""
        if token.feats.get("Gender") != "Fem" or token.pos not in ("PRON", "NOUN"):
            return actor_id
        women = [a.id for a in self.doc.actors if a.type == "PER" and self._feminine_namesake(a.id, actor_id)]
        return women[0] if len(women) == 1 else actor_id

    def _alias_of(self, mention: Mention) -> Mention:
        """"Карл-Хенрик Хелдин (Carl-Henrik Heldin)": a person name in brackets right
        after another is that person's spelling, not another person."""
        before = self.doc.text[:mention.start].rstrip()
        if not before.endswith("("):
            return mention
        previous = [m for m in self.mentions_in(0, mention.start) if m.type == "PER"
                    and not self.doc.text[m.stop:mention.start].strip(" (")]
        return previous[-1] if previous else mention

    def from_phrase(self, first: int, last: int, head: int, common: bool = False) -> SpeakerRef | None:
        ref = self._from_phrase(first, last, head, common)
        latin = self._latin_outlet_name(ref, head) if ref is not None else None
        if latin is not None:
            return SpeakerRef(None, latin, ref.text, ref.start, ref.stop)
        if ref is not None and ref.actor_id is None:
            # an authority named without the place it serves: the one place the text gives it
            # ("пресс-служба судов города" -> "… судов Санкт-Петербурга", "прокуроры" -> "прокуроры США")
            placed = self._placed_authority(ref.name, first, last, head)
            if placed is not None:
                return SpeakerRef(None, placed, ref.text, ref.start, ref.stop)
        return ref

    def _latin_outlet_name(self, ref: SpeakerRef, head: int) -> str | None:
        """"газета «Кориера делла Сера» (Corriere della Sera)": an outlet named in Cyrillic with its
        Latin name in brackets right after the closing quote is named in Latin (as many words); a
        name that ran into brackets of another kind ("(BK") is the quoted name alone."""
        if ref.start is None or ref.stop is None or re.search("[A-Za-z]", ref.name.split("(")[0]):
            return None
        begin = max(0, ref.start - 1)  # (the name's opening mark may precede the mention)
        found = LATIN_AFTER_QUOTE.search(self.doc.text[begin:ref.stop + 80])
        if found is None or found.start() > ref.stop - begin:
            return None
        actor = self.doc.actor(ref.actor_id) if ref.actor_id else None
        if _lemma(self.doc.tokens[head]) not in MEDIA_NOUNS and (actor is None or actor.type != "MEDIA") \
                and not self._after_media_noun(ref.start):
            return None
        latin = " ".join(found.group(2).split())
        quoted = " ".join(found.group(1).split()).lower().replace("ё", "е")
        cut = ref.name.split("(")[0]  # (a phrase run into the brackets: "Балтийский курьер» (BK")
        name = " ".join(re.sub("[«»\"„“]", "", cut).split()).lower().replace("ё", "е")
        if not (name == quoted or name.endswith(" " + quoted)):
            return None
        if len(latin.split()) == len(quoted.split()):
            return latin
        # an abbreviation in the brackets is no name of its own: the quoted name without it
        return " ".join(found.group(1).split()) if "(" in ref.name else None

    def _after_media_noun(self, start: int) -> bool:
        """The name at `start` follows an outlet noun ("газета «Балтийский курьер»")."""
        tokens = self.doc.tokens
        j = bisect_right(tokens, start, key=attrgetter("stop")) - 1  # the last token ending by `start`
        while j >= 0 and tokens[j].stop > start - 40 and tokens[j].text in "«»\"„“":
            j -= 1
        return j >= 0 and tokens[j].stop > start - 40 and _lemma(tokens[j]) in MEDIA_NOUNS

    def _placed_authority(self, name: str, first: int, last: int, head: int) -> str | None:
        tokens = self.doc.tokens
        words = name.split()
        token, place = tokens[head], tokens[last - 1]
        bare = last - first == 1 and _lemma(token) in BARE_AUTHORITIES
        if not words or (_lemma(place) not in PLACE_NOUNS and not bare) or name != self._phrase_text(first, last, head):
            return None
        place_lemma = _lemma(place)
        if last - first >= 2 and place_lemma in PLACE_NOUNS and place.feats.get("Case") == "Gen" \
                and words[-1] == place.text and not self.children.get(last - 1) \
                and any(_lemma(t) in AUTHORITY_OWNER_NOUNS for t in tokens[first:last - 1]):
            # "объединенная пресс-служба судов города": "города" names no city; the one city
            # the sentence names, else the one the text named before
            kind = PLACE_NOUNS[place_lemma]
            found = self._nearest_country(tokens[first].start) if kind == "country" \
                else self._one_place(tokens[first].start, kind)
            if found is not None:
                return " ".join(words[:-1] + [found])
            return None
        if bare and token.feats.get("Number") == "Plur":
            # "По версии прокуроров, …" in a story set in one foreign state: that state's prosecutors
            state = self._story_state(token.start)
            if state is not None:
                return f"{name} {state}"
        return None

    def _places(self, start: int, stop: int, kind: str) -> list[tuple[str, str]]:
        """(actor id or name, genitive) of the places of `kind` ("city"/"country") named in [start, stop)."""
        out = []
        for mention in self.doc.mentions:
            if not (start <= mention.start and mention.stop <= stop) or mention.type not in ("GPE", "LOC"):
                continue
            actor = self.doc.actor(mention.actor_id) if mention.actor_id else None
            name = actor.name if actor is not None else (mention.normal or mention.text)
            country = name.lower().replace("ё", "е") in COUNTRY_NATIONALITY
            if country != (kind == "country"):
                continue
            genitive = mention.text if self._written_in_genitive(mention) else self.genitive(name)
            out.append((mention.actor_id or name, genitive))
        return out

    def _written_in_genitive(self, mention: Mention) -> bool:
        """Every word of the mention is a genitive or an indeclinable abbreviation ("Польши", "США")."""
        first, last = self.doc.token_span(mention.start, mention.stop)
        return last > first and all(t.feats.get("Case") == "Gen" or t.pos == "PROPN" and t.text.isupper()
                                    for t in self.doc.tokens[first:last])

    def _one_place(self, before: int, kind: str) -> str | None:
        """The genitive of the one place of `kind` the sentence around `before` names, else of
        the one the text named before the sentence."""
        index = self.doc.sentence_at(before)
        if index is None:
            return None
        sentence = self.doc.sentences[index]
        for start, stop in ((sentence.start, sentence.stop), (0, sentence.start)):
            places = dict(self._places(start, stop, kind))
            if len(places) == 1:
                return next(iter(places.values()))
            if places:
                return None
        return None

    def _nearest_country(self, before: int) -> str | None:
        """(mC31, rv31_Q C7) "Единственной страной … являются Нидерланды. Правительство страны медлило":
        the genitive of the one country named in the sentence of `before`, else in the nearest sentence
        before it that names a country (by name or adjective: "Белорусский"); None when that sentence
        names two or more (the noun may stand for either)."""
        index = self.doc.sentence_at(before)
        if index is None:
            return None
        for k in range(index, max(-1, index - COUNTRY_LOOKBACK_SENTENCES - 1), -1):
            sentence = self.doc.sentences[k]
            # (cr31 H1) in the noun's own sentence only the words before it: "Правительство страны заявило, что США
            # …" names the country the statement is about, not the government's
            start, stop = sentence.start, before if k == index else sentence.stop
            places = dict(self._places(start, stop, "country"))
            adjectives = {m.actor_id for m in self.doc.mentions if m.type == "GEO_ADJ" and m.actor_id
                          and start <= m.start and m.stop <= stop}
            # (cr31 H1) any other place named there may be the country meant (the list of countries is short:
            # "в Молдавии"), so the look-back ends at it with no answer
            others = self._places(start, stop, "city")
            if places or adjectives or others:
                return self._country_genitive(start, stop) \
                    if len(places) == 1 and adjectives <= set(places) and not others else None
        return None

    def _country_genitive(self, start: int, stop: int) -> str | None:
        """The genitive of the country mention in [start, stop): as written when it is ("Польши",
        "США"), else its words declined ("Польша" -> "Польши"), else a genitive mention of the same
        country elsewhere in the text; None when the dictionary cannot decline it ("Нидерланды")."""
        mention = next(m for m in self.doc.mentions if m.type in ("GPE", "LOC") and start <= m.start
                       and m.stop <= stop and self._places(m.start, m.stop, "country"))
        same = [mention] + [m for m in self.doc.mentions if m.actor_id and m.actor_id == mention.actor_id
                            and m.type in ("GPE", "LOC")]
        for other in same:
            if self._written_in_genitive(other):
                return other.text
        first, last = self.doc.token_span(mention.start, mention.stop)
        declined = [self.token_genitive(t) for t in self.doc.tokens[first:last]]
        if not declined or None in declined:
            return None
        return " ".join(w[:1].upper() + w[1:] for w in declined)

    def _story_state(self, before: int) -> str | None:
        """The genitive of the state the story is about: named at least twice and more often than
        any other, not Russia, and no other state named in the sentence of `before`."""
        counts: dict[str, int] = {}
        genitives: dict[str, str] = {}
        for key, genitive in self._places(0, len(self.doc.text), "country"):
            counts[key] = counts.get(key, 0) + 1
            genitives.setdefault(key, genitive)
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if not ranked or ranked[0][1] < 2 or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
            return None
        state = ranked[0][0]
        actor = self.doc.actor(state) if state and ":" in state else None
        if (actor.name if actor is not None else state).lower() in HOME_STATE_NAMES:
            return None
        index = self.doc.sentence_at(before)
        if index is not None:
            sentence = self.doc.sentences[index]
            if any(key != state for key, _ in self._places(sentence.start, sentence.stop, "country")):
                return None
        return genitives[state]

    def _from_phrase(self, first: int, last: int, head: int, common: bool = False) -> SpeakerRef | None:
        doc = self.doc
        tokens = doc.tokens
        token = tokens[head]
        start, stop = tokens[first].start, tokens[last - 1].stop
        while stop < len(doc.text) and doc.text[stop] in "»”\"":
            stop += 1  # a name's closing mark belongs to its mention ("Медиахолдинг «Башинформ»")
        stop = self._word_mention_end(token, start, stop)
        lemma = (token.lemma or token.text.lower()).replace("ё", "е")
        cut = self._name_after_cut_title(start, stop, token)
        if cut is not None:
            return self.ref(cut)
        if lemma == "который":
            return self._relative_antecedent(head, common)
        if token.pos == "PRON" or lemma in THIRD_PERSON:
            return self.pronoun(head)
        if lemma in DEMONSTRATIVE_SUBJECTS and last - first == 1 and token.pos in ("DET", "PRON"):
            return self.demonstrative(head)
        if lemma == LATTER and last - first == 1 and token.pos == "ADJ":
            return self.demonstrative(head)  # "Последний полагает, что …": the latter of the persons just named
        if lemma == "мы" and last - first == 1:
            return self.own_outlet(head)
        office = self.office_of_post(head) if lemma in REGISTERED_OFFICE_HEADS else None
        if office is not None:
            return office
        if token.pos == "PRON" or lemma in {"кто", "который", "это", "что", "я", "мы", "ты", "вы", "все", "весь", "каждый",
                                           "многий", "многие", "некоторый", "другой", "остальной", "никто"}:
            return None
        if lemma in ANONYMOUS or self._unnamed(head):
            return None
        # (a name inside a relative clause or apposed clause of the phrase is not the phrase's:
        # "Руководитель пресс-службы, где работала Политковская, …")
        found = [m for m in self.mentions_in(start, stop) if not self._in_clause_of(m, head)]
        persons = [m for m in found if m.type == "PER" and (self._names_head(m, head) or lemma in HONORIFICS)]
        if not persons and lemma == "исполнять" and any(
                tokens[c].text.lower() == "обязанности" for c in self.children.get(head, [])):
            # "исполняющего обязанности директора Ивана Петрова": the acting one is the person named
            persons = [m for m in found if m.type == "PER"][-1:]
        if not persons and self._acting_post(head, lemma) is not None:
            persons = [m for m in found if m.type == "PER"][-1:]  # (mX30) "врио министра Любомира Мандзий"
        persons = self._without_capitalised_head(persons, head)
        if persons:
            own = self._alias_of(self._own_name(persons))
            return self._with_coordinated_names(own, head, start) or self.ref(own)
        carrier = self._carrier_owner(head, first, last)
        if carrier is not None:
            return SpeakerRef(carrier.actor_id, carrier.name, doc.text[start:stop], start, stop)
        if self._channel_authors(first, last, head) \
                or last - first == 1 and _channel_word(token) and token.feats.get("Number") != "Plur" \
                and all(channel_word_form(m.text) for m in found):
            # (before the mention layer's guess, which names a bare "Telegram-канал" after itself)
            channel = self._previous_channel_speaker(start) or self._sole_named_channel(start)
            if channel is not None:
                return SpeakerRef(channel.actor_id, channel.name, doc.text[start:stop], start, stop)
        if self._members_of_employer(head, lemma, found):
            # "Профсоюз пилотов компании Ryanair заявил": the union speaks as itself, not its members' employer
            phrase = self._phrase_text(first, last, head)
            return SpeakerRef(self._body_actor(phrase), phrase, doc.text[start:stop], start, stop)
        closing = self._closing_name(found, head, last) or self._holder_after_owner(found, head, last) \
            or self._closing_org_after_place(found, head, last)
        if closing is not None:
            return self.ref(closing)
        if last - first == 1 and lemma in ANAPHORIC_ORG | INTRODUCED_ORG | ORG_CLASS_NOUNS | COMPANY_DESCRIPTORS \
                and token.feats.get("Number") != "Plur" and all(m.type == "ROLE" for m in found):
            # (before the mention layer's guess: "X передал акции Y, говорится в отчете компании" - X)
            owner = self._content_subject_org(start, lemma, self._qualifiers(head))
            if owner is not None:
                return SpeakerRef(owner.actor_id, owner.name, doc.text[start:stop], start, stop)
        if last - first == 1 and (lemma in PRESS_OFFICE_NOUNS or lemma == "ведомство"):
            # (before the mention layer's guess: a bare office noun is the office that spoke last)
            office = self._previous_office_speaker(start, lemma)
            if office is not None:
                return SpeakerRef(office.actor_id, office.name, doc.text[start:stop], start, stop)
        if lemma in PRESS_OFFICE_NOUNS and self._bare_but_channel(first, last, head):
            office = self._earlier_office_mention(head, lemma)
            if office is not None:
                return SpeakerRef(office.actor_id, office.name, doc.text[start:stop], start, stop)
        dependents = {m.actor_id for m in found if m.type == "PER" and m.actor_id and (
            self._person_like(m) and self._depends_on(m, head) or m.start > token.start and not self._names_head(m, head))}
        # ("помощник Клинтон", "Муж Асии Биби": the role's holder is not the named owner)
        resolved = [m for m in found if m.type in ("ROLE", "PRON") and m.actor_id and self._names_head(m, head)
                    and m.actor_id not in self.dated_out
                    and not (m.type == "ROLE" and m.actor_id in dependents) and self.agrees_with_verb(m.actor_id, head)]
        if resolved:
            return self.ref(resolved[0])
        phrase = self._phrase_text(first, last, head)
        surface = doc.text[start:stop]
        if token.text.lower() == "сми" and all(m.type == "GEO_ADJ" for m in found):
            # "местные СМИ сообщили", "как пишут британские СМИ": the press at large (of a
            # country) is a group speaker of its own, never the outlet named last
            return SpeakerRef(None, phrase, surface, start, stop)
        if lemma in COMPANY_DESCRIPTORS and not found and last - first <= 2 and self._plural_noun(head):
            # "Авиакомпании считают": a group of carriers, never the one the story is about
            return SpeakerRef(None, self._plural_phrase(head, phrase, surface), surface, start, stop)
        if lemma in COMPANY_DESCRIPTORS and not found and last - first <= 2:
            # "Авиакомпания отметила", "Перевозчик объявил": one introduced with the noun,
            # else the one company the story is about
            company = self._salient_org(lemma, start, True, self._qualifiers(head)) or self._story_company(start)
            if company is not None:
                return SpeakerRef(company.actor_id, company.name, surface, start, stop)
        institution = self._staff_institution(head, lemma, found, (start, stop))
        if institution is not None:
            return institution
        if token.feats.get("Animacy") == "Anim" and token.pos == "NOUN" or self._capitalised_description(token, found) \
                or self._acting_post(head, lemma) is not None or self._substantive_post(token, found):
            # (a sentence's first "Врио" is parsed as a name)
            return self._role(first, last, head, lemma, phrase)
        if self._passive_substantive(token) and not found:
            # "— заявил задержанный": the one the text showed undergoing that very act
            # ("полиция задержала X", "X был задержан")
            patient = self._patient_of(lemma, head)
            if patient is not None:
                return self.ref(patient, (start, stop))
            # (nF38, rv37_Q C6) "«…», – сказал задержанный" with the act not told before, in a story of a criminal
            # case: the person the story is about, as a pronoun of the participle's gender would be
            undergoer = self._undergoer(head, lemma)
            if undergoer is not None:
                return SpeakerRef(undergoer.actor_id, undergoer.name, surface, start, stop)
        if (self._substantive(token) or self._substantive_owner(token)) and not found:
            # "— сказал нападавший", "Полицейские … потребовали", "по словам пострадавшей": an
            # adjective or participle standing for a person is a description of its own (no
            # antecedent is guessed)
            return SpeakerRef(None, phrase, surface, start, stop)
        geo = [m for m in found if m.type == "GEO_ADJ" and m.actor_id]
        if lemma in SIDE_NOUNS and geo:
            # "российская сторона", "украинские власти" -> the country.
            return self.ref(geo[0], (start, stop))
        if lemma in SIDE_NOUNS and token.feats.get("Number") != "Plur" or lemma in ("сторона", "власть"):
            country = self._country_adjective(head)
            if country is not None:
                return SpeakerRef(*country, surface, start, stop)
        exact = [m for m in found if m.start <= token.start and m.stop >= token.stop]
        if exact and self._named_class_owned(exact[0], head, [m for m in found if m is not exact[0]]):
            # "Сенат штата Нью-Йорк": NER named the body by its class noun alone; the place that
            # owns it is part of its name
            return SpeakerRef(self._body_actor(phrase), phrase, surface, start, stop)
        if exact and self._unknown_unit_of(exact[0], head, [m for m in found if m is not exact[0]]):
            return SpeakerRef(self._body_actor(phrase), phrase, surface, start, stop)
        if exact and channel_word_form(exact[0].text):
            # (mR34, rv34_Q C3) "По данным Telegram-канала Mash", "В Telegram-канале «Русский шаффл» отмечают": the
            # mention layer took an oblique form of the channel noun for a name; the name after it is the channel's
            # (right after it: "канал «Исповедь сотрудника ФБК»" is no channel of ФБК)
            named_after = [m for m in found if m.start >= exact[0].stop and m.type in ("ORG", "MEDIA")
                           and not doc.text[exact[0].stop:m.start].strip(" «\"„“")]
            if named_after and named_after[0].actor_id != exact[0].actor_id:
                return self.ref(named_after[0], (start, stop))
        if exact:
            return self.ref(exact[0])
        named = [m for m in found if m.type in ORG_TYPES + ("LOC",)]
        # ("канцелярия премьер-министра Британии", "в поздравлении президента России": a place
        # qualifying a person noun of the phrase is that person's, not the speaker)
        holders = [k for m in named if (k := self._person_between(m, head)) is not None]
        named = [m for m in named if self._person_between(m, head) is None]
        written = self._written_outlet_name(token, stop) if lemma in MEDIA_NOUNS and not named else None
        if written is not None:
            # "сетевое издание tut.by", "журнал ''Rolling Stone''": an outlet named by its web
            # address or by a name in doubled apostrophes (a form NER does not take for a name)
            return self._site_ref(written[0], doc.text[start:written[1]], start, written[1])
        if lemma in MEDIA_NOUNS and named and not all(self._genitive_place(m, head) for m in named):
            # ("агентство Reuters"; not "агентство новостей Ливана": a country in the genitive owns
            # the agency, it does not name it)
            names = list(dict.fromkeys(self.ref(m).name for m in named))
            verb = tokens[token.head] if token.head >= 0 else None
            plural = token.feats.get("Number") == "Plur" or token.rel.startswith("nsubj") and verb is not None \
                and verb.feats.get("Number") == "Plur"
            if plural:
                # (the parse hangs the second name on the first: "компании Pfizer и Moderna")
                root = self.doc.token_span(named[0].start, named[0].stop)[0]
                for c in self.children.get(root, []):
                    if c > root and tokens[c].rel == "conj" and tokens[c].pos == "PROPN":
                        own = [m for m in self.mentions_in(tokens[c].start, len(doc.text))
                               if m.start == tokens[c].start and m.type in ORG_TYPES][:1]
                        names.append(self.ref(own[0]).name if own else tokens[c].text)
                names = list(dict.fromkeys(names))
            if plural and len(names) > 1:
                # "компании Pfizer и Moderna объявили": the companies named together speak together
                return SpeakerRef(None, _joined(names), surface, start, stop)
            return self.ref(named[0], (start, stop))
        if lemma in ONE_WORD_MINISTRIES and token.text[:1].islower() and named \
                and all(m.type in ("GPE", "LOC") and m.start > token.start for m in named):
            # "в сообщении минэнерго Казахстана": the ministry speaks, not its country
            return SpeakerRef(None, phrase, surface, start, stop)
        if lemma in ANAPHORIC_ORG | INTRODUCED_ORG | ORG_CLASS_NOUNS and last - first <= 2 \
                and not self._owner_after(head):
            # "компания заявила", "в профсоюзе отметили": the most salient organisation,
            # preferring one introduced with (or named by) the same noun; a noun that
            # only refers back to its own introduction ("профсоюз") requires it.
            office_owner = self._institution_of_office(head, first, last) if lemma in PRESS_OFFICE_NOUNS else None
            office_lemma, office_head = lemma, head
            if office_owner is not None:
                # "пресс-служба ведомства", "пресс-служба правительства": an office speaks for the institution
                # its genitive noun names, and that noun says which kind it is (a press service fits any
                # organisation, a Telegram channel included; "ведомство" only an agency)
                head, token = office_owner, tokens[office_owner]
                lemma = (token.lemma or token.text.lower()).replace("ё", "е")
            single = last - first == 1 or office_owner is not None
            introduced_only = lemma not in ANAPHORIC_ORG
            plural = self._plural_noun(head)
            if plural and not named and not introduced_only:
                # "Компании считают", "в оповещении компаний": a group of its kind, never the
                # one company the text named - unless the text just named the group ("Пятый канал
                # и РЕН ТВ … по данным изданий")
                group = self._named_group_before(head, lemma)
                if group:
                    return SpeakerRef(None, _joined(list(dict.fromkeys(self.ref(m).name for m in group))),
                                      surface, start, stop)
                return SpeakerRef(None, self._plural_phrase(head, phrase, surface), surface, start, stop)
            qualifiers = self._qualifiers(head)
            # (a press office that spoke just before is the same one: "пресс-служба мэрии …" then "в пресс-службе
            # администрации")
            ref = self._previous_office_speaker(start, office_lemma) if office_owner is not None and not named else None
            # (mC39, cr39 F5) or one named with its owner just before, quote or not: "Пресс-служба МВД сообщила о
            # задержании. В пресс-службе ведомства пояснили …"
            ref = ref or (self._earlier_fitting_office(office_head, office_lemma, lemma)
                          if office_owner is not None and not named else None)
            by_office = ref is not None
            ref = ref or (self._described_antecedent(head, lemma) if single and not named and not plural else None)
            ref = ref or (self._previous_office_speaker(start, lemma) if single and not named else None)
            ref = ref or self._org_for_noun(start, lemma, qualifiers, named, plural)
            ref = self._org_of_state(found, start, lemma, ref) or ref
            if ref and office_owner is not None and not by_office and not self._office_noun_resolves(found, start, office_lemma,
                                                                                  office_head):
                # (mC39, cr39 F4, F6) where the office noun alone found no organisation, the office is read as
                # before: the owned-generic stage names it ("пресс-служба «Аэрофлота»", as the gold does) and
                # leaves it open when two organisations fit ("Минздрав и Минфин … в пресс-службе министерства")
                head, token, lemma, ref = office_head, tokens[office_head], office_lemma, None
            if ref:
                return SpeakerRef(ref.actor_id, ref.name, surface, start, stop)
        if token.pos == "NOUN" and lemma in ANAPHORIC_ORG:
            return SpeakerRef(None, phrase, surface, start, stop)
        managed = self._genitive_owners(head, [m for m in named if m.type in ("ORG", "MEDIA")]) \
            if lemma == MANAGEMENT_NOUN else []
        if managed:
            # "Руководство Ryanair": the management, not the company it manages, named so; (cr33 C1) it keeps the
            # company's actor, so its words stay with the company's other statements in the store and in search
            return SpeakerRef(self.ref(managed[0]).actor_id, phrase[:1].lower() + phrase[1:] if first == head else phrase,
                              surface, start, stop)
        if lemma in STAFF_BODY_NOUNS and token.feats.get("Number") != "Plur" \
                and self._genitive_owners(head, [m for m in named if m.type == "ORG"]):
            return SpeakerRef(None, phrase[:1].lower() + phrase[1:] if first == head else phrase, surface, start, stop)
        if named and self._owned_body(head, named):
            # "палата представителей конгресса США", "Парламент Грузии": NER named only the
            # country the body belongs to; the body, not its country, speaks
            return SpeakerRef(self._body_actor(phrase), phrase, surface, start, stop)
        if named:
            return self.ref(named[0])
        if holders and token.pos == "NOUN":
            holder = self.from_head(holders[0])
            if holder is not None:
                return SpeakerRef(holder.actor_id, holder.name, surface, start, stop)
        domain = DOMAIN.match(doc.text, token.start)
        if domain and domain.end() > token.stop:
            # "сообщает sedmitza.ru": a website is its own outlet.
            return self._site_ref(domain.group(0), domain.group(0), token.start, domain.end())
        if token.pos == "PROPN" or (token.text.isupper() and len(token.text) > 1) or (
                token.pos == "X" and token.text[:1].isupper()):
            return SpeakerRef(None, phrase, surface, start, stop)
        if common and token.pos == "NOUN":
            return SpeakerRef(None, phrase, surface, start, stop)
        if self._woman_by_trade(head):
            # (nF38, rv37_Q C6) "«…», – заявила личный окулист Навального": a woman named by her trade, whatever
            # animacy the tagger gave the noun - a role like any other (the woman the story calls so, else the phrase)
            role = self._role(first, last, head, lemma, phrase)
            if role is not None and role.actor_id is not None:
                return role
            owners = {m.actor_id for m in found if m.type == "PER" and m.actor_id and not self._names_head(m, head)}
            woman = self._woman_just_subject(head, frozenset(owners))
            return SpeakerRef(woman.actor_id, woman.name, surface, start, stop) if woman is not None \
                else role or SpeakerRef(None, phrase, surface, start, stop)
        people_end = self._people_subject_end(head, last)
        if people_end is not None:
            stop = tokens[people_end - 1].stop
            return SpeakerRef(None, self._phrase_text(first, people_end, head), doc.text[start:stop], start, stop)
        return None

    def _woman_by_trade(self, head: int) -> bool:
        """A masculine singular noun as the subject of a feminine singular verb ("заявила личный окулист")."""
        token = self.doc.tokens[head]
        if not token.rel.startswith("nsubj") or token.pos != "NOUN" or token.head < 0:
            return False
        verb = self.doc.tokens[token.head]
        return verb.feats.get("Gender") == "Fem" and token.feats.get("Gender") == "Masc" \
            and token.feats.get("Number") == "Sing" and verb.feats.get("Number") == "Sing"

    def _woman_just_subject(self, head: int, owners: frozenset[str]) -> SpeakerRef | None:
        """The most salient woman when she was the subject of a clause in this or the two sentences before and the
        text tied her to the person who owns the description ("Соратница … Навального Анастасия Васильева …
        Васильева заявила, что … – заявила личный окулист Навального"); not a woman with no such tie ("Пациентка
        Мария Иванова пожаловалась … – заявила личный окулист больницы" is someone else)."""
        here = self.doc.sentence_at(self.doc.tokens[head].start) or 0
        ref = self._antecedent(head, "Fem", persons_only=True)
        if ref is None or ref.actor_id is None or ref.actor_id in owners or not owners \
                or not self.salience.subject_since(ref.actor_id, here - 3, self.doc.tokens[head].start):
            return None
        return ref if self._named_together(ref.actor_id, owners, self.doc.tokens[head].start) else None

    def _named_together(self, actor_id: str, others: frozenset[str], before: int) -> bool:
        """A sentence before `before` names the actor and one of `others`."""
        def sentences_of(actor: str) -> set[int]:
            found = self.doc.actor(actor)
            offsets = [self.doc.mentions[i].start for i in getattr(found, "mentions", [])]
            return {self.doc.sentence_at(o) for o in offsets if o < before}
        own = sentences_of(actor_id)
        return any(own & sentences_of(other) for other in others)

    def _people_subject_end(self, head: int, last: int) -> int | None:
        """(nF38, rv37_Q C6) The end of a subject phrase that names people though no name or role word covers it,
        so it is a description of its own: a group with an animate conjunct ("Семья и близкие Политковской
        считают": the phrase runs through the conjuncts), or a share of people ("52% опрошенных респондентов")."""
        tokens = self.doc.tokens
        token = tokens[head]
        if not token.rel.startswith("nsubj") or token.head < 0:
            return None
        if token.text == "%":
            # ("52% опрошенных респондентов полагают": a share of the people in its genitive)
            return last if any(tokens[c].rel == "nmod" and (tokens[c].feats.get("Animacy") == "Anim"
                                                            or _person_participle_group(tokens[c]))
                               for c in self.children.get(head, [])) else None
        if token.pos != "NOUN":
            return None
        people = [c for c in self.children.get(head, []) if c > head and tokens[c].rel == "conj"
                  and tokens[c].pos == "NOUN" and tokens[c].feats.get("Animacy") == "Anim"]
        return max(last, self.subtree(people[-1], no_pp=True)[1]) if people else None

    def office_of_post(self, head: int) -> SpeakerRef | None:
        """The registry's office of the post in the animate genitive right after an office noun, if any."""
        tokens = self.doc.tokens
        post = next((k for k in self.children.get(head, []) if k > head and tokens[k].rel == "nmod"
                     and tokens[k].pos == "NOUN" and tokens[k].feats.get("Case") == "Gen"
                     and tokens[k].feats.get("Animacy") == "Anim"), None)
        return self.registered_office(head, post) if post is not None else None

    def registered_office(self, head: int, holder: int) -> SpeakerRef | None:
        """(dvP) "офис премьер-министра Соединенного Королевства Терезы Мэй объявил", "в офисе британского
        премьера сказали": an office noun over its post, which the registry knows as a body of its own, is
        that body (gold: the PM's office), not the post's holder.  The holder's name after the post is left
        out of the lookup; an office the registry does not know keeps speaking for its holder."""
        tokens = self.doc.tokens
        if _lemma(tokens[head]) not in REGISTERED_OFFICE_HEADS or holder <= head:
            return None
        first, last = self.subtree(holder, no_pp=True)
        start, stop = tokens[max(first, head + 1)].start, tokens[last - 1].stop
        names = [m for m in self.mentions_in(tokens[holder].stop, stop) if m.type == "PER"]
        post = self.doc.text[start:names[0].start if names else stop].strip(" ,")
        known = self.known_named(f"офис {post}") if post else None
        if known is None and names and names[0].actor_id:
            known = self._office_in_holders_country(holder, post, names[0].actor_id)
        if known is None:
            return None
        return SpeakerRef(known[0], known[1], self.doc.text[tokens[head].start:stop], tokens[head].start, stop)

    def _office_in_holders_country(self, holder: int, post: str, person: str) -> tuple[str, str] | None:
        """"офис премьер-министра страны Терезы Мэй", "в офисе премьера Англии Терезы Мэй": the post's place
        is a bare "страны" or a place the registry does not pair with the office; the named holder's
        registry country is the one meant (the post's own word as written, then that country's genitive)."""
        country = self.known_country(person)
        post_word = self.doc.tokens[holder].text
        if country is None or not post.lower().startswith(post_word.lower()):
            return None
        return self.known_named(f"офис {post_word} {self.genitive(country)}")

    def _person_between(self, mention: Mention, head: int) -> int | None:
        """The singular person noun a mention of the phrase qualifies on its way up to the
        head ("канцелярия премьер-министра | Британии" -> "премьер-министра"), if any."""
        tokens = self.doc.tokens
        node = self._mention_root(mention)
        found, seen = None, set()
        while 0 <= node != head and node not in seen:
            seen.add(node)
            node = tokens[node].head
            if node < 0:
                return None
            if node != head and tokens[node].pos == "NOUN" and tokens[node].feats.get("Animacy") == "Anim" \
                    and tokens[node].feats.get("Number") != "Plur" and _lemma(tokens[node]) not in HONORIFICS:
                # (one holder of a post; "палата представителей конгресса США" is named after its members)
                found = node
        return found if node == head else None

    def _staff_institution(self, head: int, lemma: str, found: list[Mention],
                           surface: tuple[int, int]) -> SpeakerRef | None:
        """(mF33) The one named institution a plural staff noun (`INSTITUTION_STAFF`) owns in the genitive."""
        if lemma not in INSTITUTION_STAFF or self.doc.tokens[head].feats.get("Number") != "Plur":
            return None
        institutions = [m for m in found if m.type in ("ORG", "MEDIA")]
        owners = self._genitive_owners(head, institutions)
        return self.ref(owners[0], surface) if len(owners) == 1 else None

    def _mention_root(self, mention: Mention) -> int:
        """The token of a mention whose head lies outside it (its syntactic root; the first token when the parse
        hangs every word inside)."""
        tokens = self.doc.tokens
        first, last = self.doc.token_span(mention.start, mention.stop)
        return next((k for k in range(first, last) if not first <= tokens[k].head < last), first)

    def _members_of_employer(self, head: int, lemma: str, found: list[Mention]) -> bool:
        """(mT34) "профсоюз пилотов компании Ryanair", "Профсоюзы бортпроводников Ryanair" (Ryanair introduced as
        an airline): a member body (`MEMBER_BODIES`) whose every named organisation is its members' employer in
        the genitive - apposed to a company noun, or a name the text introduced as a company hung on the members'
        noun - and none names the body itself ("профсоюз пилотов Vereinigung Cockpit", "Профсоюз Forsa")."""
        if lemma not in MEMBER_BODIES:
            return False
        # (NER may take the body's noun alone for a name: "Профсоюзы бортпроводников Ryanair")
        organisations = [m for m in found if m.type in ("ORG", "MEDIA")
                         and self.doc.token_span(m.start, m.stop) != (head, head + 1)]
        return bool(organisations) and all(self._employer_mention(m, head) and not self._named_body(m.actor_id)
                                           for m in organisations)

    def _employer_mention(self, mention: Mention, head: int) -> bool:
        """The mention names whom the members of the body headed by `head` work for: it hangs, through
        genitives alone, on a company noun after the head (not the head itself) or on the members' noun,
        when the text introduced it as a company."""
        tokens = self.doc.tokens
        root = self._mention_root(mention)
        owner = tokens[root].head
        if owner <= head or not self._genitive_chain_to(owner, head):
            return False  # (right after the head, or off its genitives: the body's own name, or another's)
        if tokens[owner].pos == "NOUN" and _lemma(tokens[owner]) in EMPLOYER_NOUNS:
            return tokens[root].rel in ("appos", "flat", "flat:name", "nmod")
        return self._members_noun(owner) and (self._introduced_as_company(mention.actor_id)
                                              or self._employs_elsewhere(mention.actor_id, head))

    def _members_noun(self, k: int) -> bool:
        """A plural animate common noun: the people a body's genitive counts ("пилотов", "бортпроводников")."""
        token = self.doc.tokens[k]
        return token.pos == "NOUN" and token.feats.get("Animacy") == "Anim" and token.feats.get("Number") == "Plur"

    def _employs_elsewhere(self, actor_id: str | None, head: int) -> bool:
        """Elsewhere the text names the organisation as the owner of people with no member body over them
        ("Бортпроводники Ryanair проведут забастовки" in the title): it is their employer, not a union."""
        tokens = self.doc.tokens
        for mention in self.doc.mentions:
            if mention.actor_id is None or mention.actor_id != actor_id:
                continue
            root = self._mention_root(mention)
            people = tokens[root].head
            if people < 0 or people >= self.doc.token_span(mention.start, mention.stop)[0] or not self._members_noun(people) \
                    or tokens[root].rel not in ("nmod", "appos") or _lemma(tokens[people]) in MEMBERSHIP_NOUNS:
                continue
            above = tokens[people].head
            if above != head and (above < 0 or _lemma(tokens[above]) not in MEMBER_BODIES):
                return True
        return False

    def _named_body(self, actor_id: str | None) -> bool:
        """The text names the organisation right after a member body's noun or its members' elsewhere ("Члены
        профсоюза Forsa" after "профсоюз ирландских пилотов компании Forsa", "членов Cockpit"): it is a union,
        whatever noun the writer put before it."""
        if actor_id is None:
            return False
        tokens = self.doc.tokens
        for mention in self.doc.mentions:
            if mention.actor_id != actor_id:
                continue
            k = self.doc.token_span(mention.start, mention.stop)[0] - 1
            while k >= 0 and tokens[k].text in OPENING_QUOTES:
                k -= 1
            if k >= 0 and _lemma(tokens[k]) in MEMBER_BODIES | MEMBERSHIP_NOUNS:
                return True
        return False

    def _genitive_chain_to(self, k: int, head: int) -> bool:
        """Token `k` reaches `head` through genitive noun modifiers without a preposition."""
        tokens = self.doc.tokens
        for _ in range(6):
            if k == head:
                return True
            if tokens[k].rel != "nmod" or tokens[k].feats.get("Case") != "Gen" \
                    or any(tokens[c].rel == "case" for c in self.children.get(k, [])):
                return False
            k = tokens[k].head
        return False

    def _introduced_as_company(self, actor_id: str | None) -> bool:
        """The text introduced the organisation with a company noun ("авиакомпания Ryanair"; the union noun over
        it, which the profile also counts, says nothing: "профсоюзы бортпроводников Ryanair")."""
        profile = self.salience.profiles.get(actor_id) if actor_id else None
        return profile is not None and bool(profile.heads & EMPLOYER_NOUNS)

    def _genitive_owners(self, head: int, mentions: list[Mention]) -> list[Mention]:
        """The mentions that hang on `head` through a genitive dependent without a preposition
        ("медики клиники Charite", "Руководство Ryanair"; not "эксперты из Ryanair")."""
        tokens = self.doc.tokens
        owners = []
        for mention in mentions:
            k = self.doc.token_span(mention.start, mention.stop)[0]
            for _ in range(10):
                if tokens[k].head == head or tokens[k].head < 0:
                    break
                k = tokens[k].head
            if tokens[k].head == head and tokens[k].rel == "nmod" and k > head \
                    and not any(tokens[c].rel == "case" for c in self.children.get(k, [])):
                owners.append(mention)
        return owners

    def _owned_body(self, head: int, named: list[Mention]) -> bool:
        """The head is an organisation's class noun (a body, an office: not a document - "в
        предложении Румынии" is Romania's) and every name of the phrase is a place in the
        genitive after it, reached through genitives alone ("палата | представителей |
        конгресса | США"): the place owns the body, it does not name it."""
        token = self.doc.tokens[head]
        # (a sentence's first "Парламент" is tagged a proper noun)
        if token.pos not in ("NOUN", "PROPN") or _lemma(token) not in ORG_CLASS_NOUNS:
            return False
        return all(self._genitive_place(m, head) and self._genitive_chain(m, head) for m in named)

    def _body_actor(self, name: str) -> str | None:
        """The actor of a body named with its owner ("Парламент Грузии"): the document's actor of
        that name (its other mention "в парламенте Грузии"), else the registry's (review rev23_A
        L5: one body, one actor for the store and the stories).  No id is made up for a body
        neither knows: an id with no actor behind it misleads the rules that read the actor
        (a later "уточняется в сообщении" lost its speaker so)."""
        key = alias_key(name)
        same = next((a for a in self.doc.actors if a.type in ORG_TYPES and alias_key(a.name) == key), None)
        return same.id if same is not None else self.known_actor(name)

    def _named_class_owned(self, mention: Mention, head: int, others: list[Mention]) -> bool:
        """The mention is the head's class noun alone ("Сенат", "Парламент") and the rest of the
        phrase's names are places owning it through genitives ("штата Нью-Йорк")."""
        if self.doc.token_span(mention.start, mention.stop) != (head, head + 1) \
                or _lemma(self.doc.tokens[head]) not in ORG_CLASS_NOUNS or not others:
            return False
        return all(m.type in ("GPE", "LOC") and self._genitive_chain(m, head) for m in others)

    def _unknown_unit_of(self, mention: Mention, head: int, others: list[Mention]) -> bool:
        """(mB28, review rv28_Q cause 13) "Департамент консульской службы МИД Украины": NER named a unit no
        registry knows and, right after it, the organisation it belongs to in the genitive - the unit with its
        owner is the speaker, not the unit's name cut before the owner."""
        if not (mention.actor_id or "").startswith(UNKNOWN_PREFIX) \
                or _lemma(self.doc.tokens[head]) not in ORG_CLASS_NOUNS:
            return False
        owners = [m for m in others if m.type in ("ORG", "MEDIA") and m.actor_id
                  and not self.doc.text[mention.stop:m.start].strip() and self._genitive_chain(m, head)]
        return bool(owners) and all(m.type != "PER" and (m.start >= owners[0].start or m.stop <= mention.stop)
                                    for m in others)

    def _genitive_chain(self, mention: Mention, head: int) -> bool:
        """The mention hangs on the head through nominal genitive dependents without a
        preposition ("посольства в Москве" has one; "правительства | Австралии" none); a place
        name apposed to a genitive noun counts as that noun ("штата | Нью-Йорк")."""
        tokens = self.doc.tokens
        node = self._mention_root(mention)
        if tokens[node].rel == "appos" and tokens[node].head > head and tokens[tokens[node].head].pos == "NOUN":
            node = tokens[node].head
        for _ in range(GENITIVE_PHRASE_TOKENS):
            if tokens[node].rel == "conj" and tokens[node].feats.get("Case") == "Gen" \
                    and not any(tokens[c].rel == "case" for c in self.children.get(node, [])):
                # (mC31) a genitive joined by "и" stands where the one it is joined to does: "Центр контроля
                # и | профилактики | заболеваний | США"
                node = tokens[node].head
                continue
            if tokens[node].rel != "nmod" or tokens[node].feats.get("Case") not in ("Gen", None) \
                    or any(tokens[c].rel == "case" for c in self.children.get(node, [])):
                return False
            node = tokens[node].head
            if node == head:
                return True
            if node < 0 or tokens[node].pos not in ("NOUN", "PROPN"):
                return False
        return False

    def _genitive_place(self, mention: Mention, head: int) -> bool:
        """A place in the genitive after the head ("агентство новостей Ливана"): an owner."""
        first, _ = self.doc.token_span(mention.start, mention.stop)
        return mention.type in ("GPE", "LOC") and first > head and self.doc.tokens[first].feats.get("Case") == "Gen"

    def _coordinated_subjects(self, head: int) -> SpeakerRef | None:
        """"Ryanair и профсоюз Forsa объявили", "Петер Ааби и Кристина Бенн утверждают":
        subjects coordinated before a plural verb are one group speaker, named by their
        names joined ("Ryanair и Forsa")."""
        tokens = self.doc.tokens
        token = tokens[head]
        verb = tokens[token.head] if token.head >= 0 else None
        if verb is None or not token.rel.startswith("nsubj") or verb.feats.get("Number") != "Plur" \
                or token.pos not in ("NOUN", "PROPN") or token.feats.get("Number") == "Plur":
            return None
        listed = self._listed_subject(head, token.head)
        if listed is not None:
            return listed
        conjuncts = [c for c in self.children.get(head, []) if c > head and tokens[c].rel == "conj"
                     and tokens[c].pos in ("NOUN", "PROPN") and tokens[c].head == head
                     and any(tokens[k].pos == "CCONJ" or tokens[k].text == "," for k in self.children.get(c, []))]
        if not conjuncts or any(tokens[c].feats.get("Number") == "Plur" for c in conjuncts) \
                or not any(tokens[k].pos == "CCONJ" for k in self.children.get(conjuncts[-1], [])):
            # ("Мария Захарова, МИД РФ: …": a comma alone adds an affiliation, not a speaker; a
            # list of names alone is `_listed_subject`'s)
            return None
        first, last = self.subtree(head, no_pp=True)
        own = self.from_phrase(first, last, head)
        refs = [own] + [self._apposed_person(c) or self.from_head(c) for c in conjuncts]
        # (an anonymous speaker: a group with one is no group speaker)
        if any(ref is None or ref.name == UNNAMED_SPEAKER for ref in refs):
            return None
        names = list(dict.fromkeys(ref.name for ref in refs))
        if len(names) < 2:
            return None
        stop = max(ref.stop for ref in refs if ref.stop is not None)
        start = tokens[first].start
        return SpeakerRef(None, _joined(names), self.doc.text[start:stop], start, stop)

    def _apposed_person(self, head: int) -> SpeakerRef | None:
        """(mE32) "…, продюсер телеканала «Дождь» Дарья Жук и корреспондент Русской службы «Би-би-си» Фарида
        Рустамова": a role conjunct in a group of speakers names its holder by the person's name apposed to it;
        the tagger may read that name as a genitive owner ("Рустамова" as "of Рустамов"), but a list of people
        saying something together is a list of people, so the apposed name is the conjunct's speaker."""
        tokens = self.doc.tokens
        if tokens[head].pos != "NOUN" or tokens[head].feats.get("Animacy") != "Anim":
            return None
        for c in self.children.get(head, []):
            if c > head and tokens[c].rel == "appos" and tokens[c].pos == "PROPN":
                end = self.subtree(c)[1]
                people = [m for m in self.mentions_in(tokens[c].start, tokens[end - 1].stop) if m.type == "PER"
                          and m.start == tokens[c].start]
                if people:
                    # (the name as written: the list is in the nominative, whatever case the tagger read)
                    person = max(people, key=attrgetter("stop"))
                    return SpeakerRef(None, person.text, person.text, person.start, person.stop)
        return None

    def _listed_subject(self, head: int, verb: int) -> SpeakerRef | None:
        """"Иван Петров, Анна Смирнова, Ольга Иванова заявили": person names separated by commas
        (the last perhaps by "и") running from the subject's name up to its verb are one group
        speaker, every name whole - read from the words, since the parser hangs a long list's
        commas on the wrong conjuncts (review rev23_A M2).  No punctuation nor another name may
        stand between the list and the verb ("Мария Захарова, МИД РФ заявили" is no list)."""
        tokens = self.doc.tokens
        if verb < head:
            return None
        near = self.mentions_in(tokens[max(0, head - NAME_TOKENS)].start, tokens[verb].start)
        first = next((m for m in near if m.type == "PER"
                      and self.doc.token_span(m.start, m.stop)[0] <= head < self.doc.token_span(m.start, m.stop)[1]),
                     None)
        if first is None:
            return None
        names, end = self._listed_names(self.doc.token_span(first.start, first.stop)[0])
        if len(names) < 2 or end > verb or any(tokens[k].pos == "PUNCT" or tokens[k].pos == "CCONJ"
                                               or self.mentions_in(tokens[k].start, tokens[k].stop)
                                               for k in range(end, verb)):
            return None
        written = list(dict.fromkeys(self.ref(m).name for m in names))
        if len(written) < 2:
            return None
        return SpeakerRef(None, _joined(written), self.doc.text[names[0].start:names[-1].stop],
                          names[0].start, names[-1].stop)

    def _listed_names(self, index: int, types: tuple[str, ...] = PERSON_TYPES) -> tuple[list[Mention], int]:
        """The names (of `types`) listed from token `index` on ("A, B, C", "A, B и C", "A и B"),
        and the token right after the list.  A separator not followed by a name is not the
        list's (the index after the list is then that separator's)."""
        names: list[Mention] = []
        while True:
            found = self._names_at(index, types)
            if not found:
                return names, index
            name = max(found, key=attrgetter("stop"))
            names.append(name)
            end = self.doc.token_span(name.start, name.stop)[1]
            after, closing = self._list_separator(end)
            if after is None or not self._names_at(after, types):
                return names, end
            if closing:  # ("… и C": the conjunction brings the last name)
                last = max(self._names_at(after, types), key=attrgetter("stop"))
                return names + [last], self.doc.token_span(last.start, last.stop)[1]
            index = after

    def _list_separator(self, index: int) -> tuple[int | None, bool]:
        """The token after a list separator at `index` (",", "и", ", и") and whether it was the
        closing conjunction; None when no separator is there."""
        tokens = self.doc.tokens
        while index < len(tokens) and tokens[index].text in CLOSING_QUOTES:
            index += 1  # ("«Коммерсант» и «Ведомости»": a name's quotes are no separator)
        if index >= len(tokens):
            return None, False
        if tokens[index].text == ",":
            if index + 1 < len(tokens) and tokens[index + 1].text.lower() == "и":
                return self._past_opening_quotes(index + 2), True
            return self._past_opening_quotes(index + 1), False
        if tokens[index].text.lower() == "и":
            return self._past_opening_quotes(index + 1), True
        return None, False

    def _past_opening_quotes(self, index: int) -> int:
        tokens = self.doc.tokens
        while index < len(tokens) and tokens[index].text in OPENING_QUOTES:
            index += 1
        return index

    def _with_coordinated_names(self, person: Mention, head: int, start: int) -> SpeakerRef | None:
        """"Пара ученых Петер Ааби и Кристина Стабелл Бенн утверждают": names coordinated with
        the one the subject gives, before a plural verb, speak together (the phrase stops
        before a conjunct, so they are taken from the name's own conjuncts)."""
        tokens = self.doc.tokens
        verb = tokens[head].head
        if not tokens[head].rel.startswith("nsubj") or verb < 0 or tokens[verb].feats.get("Number") != "Plur":
            return None
        others = self._name_conjuncts(person, head, verb if verb > head else len(tokens))
        if not others:
            return None
        names = list(dict.fromkeys(self.ref(m).name for m in [person] + others))
        if len(names) < 2:
            return None
        stop = others[-1].stop
        return SpeakerRef(None, _joined(names), self.doc.text[start:stop], start, stop)

    def _name_conjuncts(self, person: Mention, head: int, before: int) -> list[Mention]:
        """The names coordinated with `person` (apposed to the phrase of `head`) before token
        `before`; none when a conjunct is not a name ("Петер Ааби и его коллеги").  The parser
        says that the name has conjuncts; the list itself is read from the words
        (`_listed_names`), every name whole (review rev23_A M2)."""
        tokens = self.doc.tokens
        first, last = self.doc.token_span(person.start, person.stop)
        root = next((i for i in range(first, last) if not first <= tokens[i].head < last), first)
        if root == head:
            return []  # (names that head the subject themselves are `_coordinated_subjects`')
        conjuncts = [c for c in self.children.get(root, []) if c >= last and tokens[c].rel == "conj" and c <= before]
        if not conjuncts or not all(self._person_names_at(c) for c in conjuncts):
            return []
        names, end = self._listed_names(first)
        if end < len(tokens) and self._list_separator(end)[1]:
            return []  # (the list goes on with a conjunct that is no name)
        return [m for m in names[1:] if self.doc.token_span(m.start, m.stop)[0] <= before]

    def _person_names_at(self, index: int) -> list[Mention]:
        """The person names (as NER found them) starting at token `index`."""
        return self._names_at(index, PERSON_TYPES)

    def _names_at(self, index: int, types: tuple[str, ...]) -> list[Mention]:
        """The names of `types` (as NER found them) starting at token `index`."""
        if index >= len(self.doc.tokens):
            return []
        start = self.doc.tokens[index].start
        return [m for m in self.mentions[bisect_left(self._starts, start):bisect_right(self._starts, start)]
                if m.type in types]

    def _named_group_before(self, head: int, lemma: str) -> list[Mention]:
        """"Об этом сообщают Пятый канал и РЕН ТВ. По данным изданий, …": the organisations of
        the noun's kind the text listed together last, in this sentence or the one before -
        whom a plural noun of that kind refers back to (review rev23_A L4); none when no such
        list of two or more was given."""
        tokens = self.doc.tokens
        here = self.doc.sentence_at(tokens[head].start)
        if here is None:
            return []
        since = self.doc.sentences[max(0, here - 1)].start
        found: list[Mention] = []
        index = self.doc.token_span(since, since + 1)[0]
        while index < head:
            names, end = self._listed_names(index, ("ORG", "MEDIA"))
            if len(names) > 1 and end <= head:
                found = names
            index = max(end, index + 1)
        # (one member known as the noun's kind is enough: "Пятый канал" is tagged a plain organisation)
        return found if any(self._org_fits(lemma, m.actor_id) for m in found) else []

    def _nickname(self, head: int) -> SpeakerRef | None:
        """"пользователь с ником bunny", "блогер под псевдонимом ivanov_77": the nickname the
        phrase gives is who speaks (as written)."""
        tokens = self.doc.tokens
        for nick in self.children.get(head, []):
            if nick < head or _lemma(tokens[nick]) not in NICK_NOUNS:
                continue
            for k in range(nick + 1, min(nick + 3, len(tokens))):
                word = tokens[k].text
                if tokens[k].head in (nick, head) and NICK.fullmatch(word):
                    return SpeakerRef(None, word, self.doc.text[tokens[head].start:tokens[k].stop],
                                      tokens[head].start, tokens[k].stop)
        return None

    def _last_handle(self, before: int) -> SpeakerRef | None:
        """A bare "пользователь" right after a quote by a user's handle ("– иронизирует @igiss.
        При этом пользователь отметил"): that user."""
        said = [(offset, ref) for offset, ref in self.speakers if offset < before]
        if not said:
            return None
        offset, ref = said[-1]
        here, there = self.doc.sentence_at(before) or 0, self.doc.sentence_at(offset)
        if there is None or here - there > LAST_QUOTED_WINDOW or ref.actor_id is not None \
                or not _handle_like(ref.name):
            return None
        return ref

    def _site_ref(self, name: str, surface: str, start: int, stop: int) -> SpeakerRef:
        """(nm25) An outlet written as its web address: the registry's outlet of that site when it knows
        one ("пишет bbc.com" is Би-би-си), else the address itself ("sedmitza.ru")."""
        known = self.known_outlet(name) if DOMAIN.fullmatch(name) else None
        if known is not None:
            return SpeakerRef(known[0], known[1], surface, start, stop)
        return SpeakerRef(None, name, surface, start, stop)

    def _written_outlet_name(self, token: Token, stop: int) -> tuple[str, int] | None:
        """The name right after an outlet noun when written as a web address ("издание
        tut.by") or between doubled apostrophes ("журнал ''Rolling Stone''"): (name, its end)."""
        text = self.doc.text
        at = token.stop
        while at < len(text) and text[at] == " ":
            at += 1
        if at == token.stop or at >= stop:
            return None  # (the name must follow the noun, inside its phrase)
        domain = DOMAIN.match(text, at)
        if domain is not None:
            return domain.group(0), max(stop, domain.end())
        quoted = DOUBLED_APOSTROPHES.match(text, at)
        if quoted is not None:
            return " ".join(quoted.group(1).split()), max(stop, quoted.end())
        return None

    def _unnamed(self, head: int) -> bool:
        """"неназванный представитель Совета нацбезопасности", "неназванных европейских
        дипломатов": a person noun the text says it does not name is an anonymous source."""
        tokens = self.doc.tokens
        return tokens[head].pos == "NOUN" and any(
            tokens[c].rel == "amod" and _lemma(tokens[c]) in UNNAMED_ADJECTIVES for c in self.children.get(head, []))

    def _carrier_owner(self, head: int, first: int, last: int) -> SpeakerRef | None:
        """"сообщает telegram-канал главы региона", "в официальной группе клуба «ВКонтакте»":
        a channel or page - or a group in a social network - speaks for its genitive owner;
        the network is only the place."""
        tokens = self.doc.tokens
        noun = _lemma(tokens[head])
        in_network = any(t.text.lower().strip("«»\"") in SOCIAL_NETWORKS for t in tokens[first:last])
        if not (noun in CARRIER_NOUNS or noun.endswith("-канал") or noun in NETWORK_GROUP_NOUNS and in_network):
            return None
        owner = next((c for c in self.children.get(head, []) if c > head and tokens[c].rel == "nmod"
                      and (tokens[c].feats.get("Case") == "Gen" or tokens[c].text.lower() in ONE_WORD_MINISTRIES)
                      and tokens[c].pos in ("NOUN", "PROPN")
                      and tokens[c].text.lower() not in SOCIAL_NETWORKS
                      and not any(tokens[k].rel == "case" for k in self.children.get(c, []))), None)
        if owner is None:
            return None
        ref = self.from_head(owner, common=True)
        if ref is not None and ref.name.lower() in SOCIAL_NETWORKS:
            ref = self.from_phrase(owner, owner + 1, owner, common=True)  # (the owner alone: "клуба")
        return ref if ref is None or ref.name.lower() not in SOCIAL_NETWORKS else None

    def _word_mention_end(self, token: Token, start: int, stop: int) -> int:
        """"сообщает Аin.ua": the tokenizer splits a mixed-script web address into words the
        parse scatters; a name mention covering the head token and running on without a
        space past the phrase ends the phrase where the mention ends."""
        for mention in self.mentions_in(start, len(self.doc.text)):
            if mention.start > token.start:
                break
            if mention.type in ("ORG", "MEDIA", "PER") and mention.start <= token.start and mention.stop > stop \
                    and not re.search(r"\s", self.doc.text[stop:mention.stop]):
                return mention.stop
        return stop

    def _in_clause_of(self, mention: Mention, head: int) -> bool:
        """The mention hangs on the phrase's head through a clause (a relative or
        adverbial clause, a parenthetical) rather than through the phrase itself."""
        tokens = self.doc.tokens
        k, steps = self.doc.token_span(mention.start, mention.stop)[0], 0
        if k < head < self.doc.token_span(mention.start, mention.stop)[1]:
            return False  # (dn28: a name holding the head is the head's own, whatever the parse hung its first word on)
        while 0 <= k != head and steps < 12:
            if tokens[k].rel in CLAUSE_RELS:
                return True
            if k > head and tokens[k].rel.startswith("nsubj") and tokens[k].head == tokens[head].head \
                    and self._apposed_subject_at(head, k):
                return False  # (a second subject apposed to the head, see `_apposed_subject_end`)
            k, steps = tokens[k].head, steps + 1
        return False

    def _apposed_subject_at(self, head: int, second: int) -> bool:
        """Token `second` is the subject apposed to the head's phrase, by `_apposed_subject`'s
        guards (review rev23_A L8)."""
        apposed = self._apposed_subject(head, self.subtree(head, no_pp=True)[1])
        return apposed is not None and apposed[0] == second

    def _substantive(self, token: Token) -> bool:
        """A nominative adjective or active participle that is itself the subject
        ("нападавший", "пострадавшая", "полицейские")."""
        if not token.rel.startswith("nsubj") or token.feats.get("Case") != "Nom" \
                or (token.lemma or "").replace("ё", "е") in DEMONSTRATIVES:
            return False
        if token.pos == "ADJ":
            return token.feats.get("Variant") != "Short"
        return token.pos == "VERB" and token.feats.get("VerbForm") == "Part" and token.feats.get("Voice") != "Pass"

    def _substantive_post(self, token: Token, found: list[Mention]) -> bool:
        """"Уполномоченный CNE подтвердил": a post written as an adjective or participle, with the
        organisation it serves named after it, is a person's role like a post noun's (the parse
        makes the adjective the head and the name its apposition)."""
        return token.pos in ("ADJ", "VERB") and _lemma(token) in SUBSTANTIVE_POSTS \
            and token.feats.get("Case") == "Nom" and any(m.start > token.start for m in found)

    def _passive_substantive(self, token: Token) -> bool:
        """A nominative singular passive participle that is itself the subject ("задержанный")."""
        return token.rel.startswith("nsubj") and token.feats.get("Case") == "Nom" and token.pos == "VERB" \
            and token.feats.get("VerbForm") == "Part" and token.feats.get("Voice") == "Pass" \
            and token.feats.get("Number") == "Sing"

    def _undergoer(self, head: int, verb_lemma: str) -> SpeakerRef | None:
        """The person a singular passive participle of a criminal case standing as the subject goes on with
        ("Подозреваемый Андрей Шабанов признал вину … «…», – заявил задержанный"): only when the text set its story in
        such a case before (a word of that field), has not told the act itself ("Следователь задержал мужчину … –
        заявил задержанный" is that man, unnamed), and showed the person as the one the case is about (mK38, cr38
        F1: not the investigator or the victim who spoke last).  One scan of the tokens before."""
        tokens = self.doc.tokens
        gender = tokens[head].feats.get("Gender")
        if verb_lemma not in CASE_PARTICIPLE_VERBS or gender not in ("Masc", "Fem"):
            return None
        field_word, subjects = False, []
        for k in range(head):
            lemma = _lemma(tokens[k])
            if lemma == verb_lemma:
                return None
            field_word = field_word or lemma in CRIMINAL_CASE_WORDS
            subjects.extend(self._case_subject_tokens(k, lemma))
        if not field_word:
            return None
        shown = {(m.start, m.stop): m for k in subjects for m in self._persons_of_phrase(k)}
        for mention in sorted(shown.values(), key=attrgetter("start"), reverse=True):
            profile = self.salience.profiles.get(mention.actor_id)
            if profile is not None and profile.gender not in (None, gender):
                continue
            # (the one the case is about may have spoken before: "Белов подозревается … Белов заявил … – сказал
            # задержанный" is Белов; one named as another side of the case is no guess)
            if self._named_with_other_party_role(mention.actor_id, tokens[head].start):
                return None
            return self.ref(mention)
        return None

    def _case_subject_tokens(self, k: int, lemma: str) -> list[int]:
        """Heads of the phrases token `k` shows as the one a criminal case is about: the object of an active case
        verb, the subject of its passive or the noun its participle qualifies ("задержанный X"), the name of a
        "подозреваемый", the holder of "дело против X" / "дело в отношении X"."""
        tokens = self.doc.tokens
        token = tokens[k]
        children = self.children.get(k, [])
        # (the tagger lemmatises the role word "Подозреваемый" to its verb, and may tag it a noun)
        role_word = lemma in CASE_SUBJECT_NOUNS or lemma in CASE_SUBJECT_VERBS and token.feats.get("Voice") != "Act" \
            and (token.pos in ("NOUN", "ADJ") or token.feats.get("VerbForm") == "Part")  # (not "обвинявший X прокурор")
        adjacent = [k + 1] if role_word and k + 1 < len(tokens) else []  # ("Подозреваемый Андрей Смирнов")
        if lemma in CASE_SUBJECT_VERBS and token.pos in ("VERB", "AUX", "ADJ", "NOUN"):
            passive = token.feats.get("Voice") == "Pass" or lemma.endswith("ся") or role_word
            wanted = ("nsubj", "appos", "flat") if passive else ("obj",)
            found = [c for c in children if tokens[c].rel.split(":")[0] in wanted]
            if passive and token.rel in ("amod", "acl") and token.head >= 0:
                found.append(token.head)  # ("задержанного Ивана Петрова")
            return found + adjacent
        if lemma in CASE_SUBJECT_NOUNS:
            found = [c for c in children if tokens[c].rel in NAME_PART_RELS or tokens[c].rel == "appos"]
            return found + ([token.head] if token.rel in ("amod", "appos") and token.head >= 0 else []) + adjacent
        if lemma == "против" and token.head >= 0 and tokens[token.head].head >= 0 \
                and _lemma(tokens[tokens[token.head].head]) in CASE_AGAINST_NOUNS:
            return [token.head]
        if lemma == "отношение" and any(tokens[c].text.lower() == "в" for c in children):
            return [c for c in children if tokens[c].rel == "nmod"]
        return []

    def _persons_of_phrase(self, head: int) -> list[Mention]:
        """The named persons of the phrase headed by token `head` (no prepositional modifiers)."""
        first, last = self.subtree(head, no_pp=True)
        tokens = self.doc.tokens
        return [m for m in self.mentions_in(tokens[first].start, tokens[last - 1].stop)
                if m.type == "PER" and m.actor_id]

    def _named_with_other_party_role(self, actor_id: str, before: int) -> bool:
        """A mention of the person before offset `before` follows a role word of another side of a case
        ("Следователь Иван Смирнов", "Потерпевший Сергей Орлов")."""
        tokens = self.doc.tokens
        for mention in self.mentions:
            if mention.start >= before:
                break
            if mention.actor_id != actor_id:
                continue
            first, _ = self.doc.token_span(mention.start, mention.stop)
            if first > 0 and _lemma(tokens[first - 1]) in CASE_OTHER_PARTIES:
                return True
        return False

    def _patient_of(self, verb_lemma: str, before: int) -> Mention | None:
        """The latest person named as the object of an active `verb_lemma` ("задержала X")
        or the subject of its passive ("X задержан") within PRONOUN_WINDOW sentences before."""
        tokens = self.doc.tokens
        here = self.doc.sentence_at(tokens[before].start) or 0
        reach = self.doc.sentences[max(0, here - PRONOUN_WINDOW)].start
        for k in range(before - 1, -1, -1):
            if tokens[k].start < reach:
                break
            if _lemma(tokens[k]) != verb_lemma or tokens[k].pos not in ("VERB", "AUX"):
                continue
            passive = tokens[k].feats.get("Voice") == "Pass"
            for c in self.children.get(k, []):
                if tokens[c].rel not in (("nsubj:pass", "nsubj") if passive else ("obj",)):
                    continue
                first, last = self.subtree(c, no_pp=True)
                persons = [m for m in self.mentions_in(tokens[first].start, tokens[last - 1].stop)
                           if m.type == "PER" and m.actor_id]
                if persons:
                    return persons[0]
        return None

    def _substantive_owner(self, token: Token) -> bool:
        """A genitive participle owning a frame noun ("по словам пострадавшей", "по версии
        заведующего детсадом"): a person described by what they did or do."""
        return token.rel == "nmod" and token.feats.get("Case") == "Gen" and token.pos == "VERB" \
            and token.feats.get("VerbForm") == "Part"

    def _capitalised_description(self, token: Token, found: list[Mention]) -> bool:
        """"Монарх также призвал …", "Экс-депутат Думы обвинил …": a person noun (of a former
        holder too) opening a sentence, which the parse may tag as a name, is a description
        when no mention covers it."""
        if token.pos != "PROPN" or (token.lemma or "").replace("ё", "е").removeprefix("экс-") not in PERSON_NOUNS | RELATIONAL \
                or any(m.start <= token.start < m.stop for m in found):
            return False
        s = self.doc.sentence_at(token.start)
        opening = self.doc.text[self.doc.sentences[s].start:token.start] if s is not None else "x"
        return not any(ch.isalnum() for ch in opening)

    def _country_adjective(self, head: int) -> tuple[str | None, str] | None:
        """"русская сторона": (actor id of the country in this document or None, its name)."""
        for child in self.children.get(head, []):
            token = self.doc.tokens[child]
            name = COUNTRY_ADJ.get((token.lemma or token.text.lower()).replace("ё", "е")) if token.rel == "amod" else None
            if name:
                actor = next((a for a in self.doc.actors if a.name == name), None)
                return (actor.id if actor else None, name)
        return None

    def _relative_antecedent(self, index: int, common: bool) -> SpeakerRef | None:
        """"заявление пресс-службы X, в котором сказано": a relative pronoun stands
        for the noun its clause modifies."""
        tokens = self.doc.tokens
        verb = tokens[index].head
        if verb >= 0 and tokens[verb].rel == "root":
            noun = self._noun_before_comma(index)
            return self.from_head(noun, common) if noun is not None else None
        if verb < 0 or not tokens[verb].rel.startswith("acl") or tokens[verb].head < 0:
            return None
        return self.from_head(tokens[verb].head, common)

    def _noun_before_comma(self, index: int) -> int | None:
        """"посол Ричард Греннелл, который … заявил" parsed as a second root: the noun
        (a name's first word) right before the comma, agreeing with "который"."""
        tokens = self.doc.tokens
        noun = index - 2
        if noun < 0 or tokens[index - 1].text != "," or tokens[noun].pos not in ("NOUN", "PROPN"):
            return None
        if tokens[noun].rel == "flat:name" and 0 <= tokens[noun].head < noun:
            noun = tokens[noun].head
        which, word = tokens[index].feats, tokens[noun].feats
        if which.get("Number") != word.get("Number") or which.get("Number") == "Sing" and which.get("Gender") != word.get("Gender"):
            return None
        return noun

    def _closing_name(self, found: list[Mention], head: int, last: int) -> Mention | None:
        """"генеральный директор «Компании» Дмитрий Богачев": a full person name that
        closes the phrase, in the head noun's case, names the head however the parse
        attached it (an owner in the genitive - "помощник Хиллари Клинтон" - does not)."""
        tokens = self.doc.tokens
        head_case = tokens[head].feats.get("Case")
        if tokens[head].pos != "NOUN" or tokens[head].feats.get("Animacy") != "Anim" or head_case in (None, "Gen"):
            return None
        # an animate accusative has the genitive's form ("цитирует министра Ивана Петрова"); a
        # relational noun keeps the owner reading ("цитирует адвоката Ивана Петрова")
        cases = {head_case, "Gen"} if head_case == "Acc" and _lemma(tokens[head]) not in RELATIONAL else {head_case}
        for mention in found:
            first, stop = self.doc.token_span(mention.start, mention.stop)
            if mention.type != "PER" or stop < last or first <= head or not self._person_like(mention) \
                    or head_case == "Nom" and _inflected(mention):
                continue  # ("Адвокат Асии Биби": an inflected name the tagger read as nominative is an owner)
            if all(tokens[k].feats.get("Case") in cases for k in range(first, stop) if tokens[k].pos != "PUNCT"):
                return mention
        return None

    def _closing_org_after_place(self, found: list[Mention], head: int, last: int) -> Mention | None:
        """(dvL) "Крупнейший банк России Сбербанк сообщил", "лоукостер Европы ирландская Ryanair": an
        organisation's name closing a nominative subject phrase names the head noun; the place in the
        genitive before it only qualifies the noun (the largest bank of Russia), it does not speak."""
        tokens = self.doc.tokens
        token = tokens[head]
        if token.pos != "NOUN" or token.feats.get("Case") != "Nom" or not token.rel.startswith("nsubj"):
            return None
        orgs = [m for m in found if m.type in ("ORG", "MEDIA") and m.start > token.start]
        if not orgs:
            return None
        first, stop = self.doc.token_span(orgs[-1].start, orgs[-1].stop)
        if stop != last or any(tokens[k].feats.get("Case") not in (None, "Nom")
                               for k in range(first, stop) if tokens[k].pos == "PROPN"):
            return None
        places = [m for m in found if m.type in ("GPE", "LOC") and token.start < m.start and m.stop <= orgs[-1].start]
        if not places or any(tokens[self.doc.token_span(m.start, m.stop)[0]].feats.get("Case") != "Gen"
                             for m in places):
            return None
        return orgs[-1]

    def _holder_after_owner(self, found: list[Mention], head: int, last: int) -> Mention | None:
        """(dn28) "адвокат Биби Сайфул Малук заявил", "адвокат Захарченко Валерия Туникова рассказала": a person's
        name right after the owner's name closes the phrase of a nominative person noun - the holder, whatever case
        the tagger gave an unfamiliar or ambiguous first name ("Валерия" may be a genitive), when its last word is in
        the head's case and it names another person than the owner."""
        tokens = self.doc.tokens
        head_case = tokens[head].feats.get("Case")
        if tokens[head].pos != "NOUN" or tokens[head].feats.get("Animacy") != "Anim" or head_case in (None, "Gen"):
            return None
        persons = [m for m in found if m.type == "PER" and m.start > tokens[head].start]
        if len(persons) != 2:
            return None
        owner, holder = persons
        first, stop = self.doc.token_span(holder.start, holder.stop)
        owner_first, owner_stop = self.doc.token_span(owner.start, owner.stop)
        if owner_first != head + 1 or owner_stop != first or stop != last or stop - first < 2 \
                or tokens[owner_first].feats.get("Case") != "Gen" or tokens[stop - 1].feats.get("Case") != head_case \
                or holder.actor_id is None or holder.actor_id == owner.actor_id:
            return None
        return holder

    def _without_capitalised_head(self, persons: list[Mention], head: int) -> list[Mention]:
        """"Юморист Евгений Смирнов сообщил", "Экс-кандидат в президенты X Имя Фамилия": a
        role word opening a sentence that NER took for a one-word name is the head noun, not
        a person; the trusted name apposed after it is who it is."""
        at_head = [m for m in persons if self.doc.token_span(m.start, m.stop) == (head, head + 1)
                   and not self._person_like(m)
                   and (self._role_word(self.doc.tokens[head]) or self._line_initial(head))]
        # ("Митрополит Тверской и Кашинский Амвросий": an adjective of the title NER took for a name)
        at_head += [m for m in persons if self._title_adjective(m, head)]
        named_after = [m for m in persons if m.start > self.doc.tokens[head].start and m not in at_head
                       and (self._person_like(m) or at_head and not self._title_adjective(m, head))]
        return [m for m in persons if m not in at_head] if at_head and named_after else persons

    def _name_after_cut_title(self, start: int, stop: int, token: Token) -> Mention | None:
        """"участница «Кто? Где?» Анна Белова": a title with "?" or "!" inside its marks cut the
        sentence, so the phrase ends inside the title; a trusted person name right after the
        title's closing mark is who the description names."""
        surface = self.doc.text[start:stop]
        if token.feats.get("Animacy") != "Anim" or surface.count("«") <= surface.count("»"):
            return None
        close = self.doc.text.find("»", stop, stop + TITLE_REACH)
        if close < 0 or "\n" in self.doc.text[stop:close] or not re.search(r"[?!]", self.doc.text[stop - 1:close]):
            return None
        after = close + 1 + len(self.doc.text[close + 1:close + 3]) - len(self.doc.text[close + 1:close + 3].lstrip())
        return next((m for m in self.mentions_in(after, after + 80) if m.start == after and m.type == "PER"
                     and self._person_like(m)), None)

    def _title_adjective_of_name(self, mention: Mention) -> Mention | None:
        """"Митрополит Белгородский … Иоанн": an adjective of a title NER took for a name,
        with the title's own name after it (returned) - never an antecedent."""
        first, last = self.doc.token_span(mention.start, mention.stop)
        if last - first != 1 or mention.type != "PER":
            return None
        head = self.doc.tokens[first].head
        if head < 0 or self.doc.tokens[head].pos != "NOUN" or not self._title_adjective(mention, head):
            return None
        return next((m for m in self.mentions_in(mention.stop, mention.stop + 80) if m.type == "PER"
                     and m.start > mention.stop and self._names_head(m, head)
                     and not self._title_adjective(m, head)), None)

    def _title_adjective(self, mention: Mention, head: int) -> bool:
        """A one-word "name" that is an adjective modifying the role noun ("Белгородский")."""
        first, last = self.doc.token_span(mention.start, mention.stop)
        token = self.doc.tokens[first]
        return last - first == 1 and not self._person_like(mention) and token.pos == "ADJ" and token.rel == "amod" \
            and token.head == head

    def _line_initial(self, head: int) -> bool:
        """The word opens its line ("Стилист Иван Петров сообщил" under a headline with no
        stop): capitalised only by its place, so a one-word "name" there that a trusted
        name follows is a class noun the tagger and NER took for a name."""
        token = self.doc.tokens[head]
        before = self.doc.text[max(0, token.start - 8):token.start].rstrip(" \u00a0")
        return token.text[:1].isupper() and not before.endswith(
            tuple("abcdefghijklmnopqrstuvwxyzабвгдеёжзийклмнопрстуфхцчшщъыьэюя,«\"-–—"))

    @staticmethod
    def _role_word(token: Token) -> bool:
        """A common noun, or a person noun with a former-holder prefix the tagger calls a name."""
        word = _lemma(token)
        return token.pos == "NOUN" or word.removeprefix("экс-") in PERSON_NOUNS or word.startswith("экс-")

    def _depends_on(self, mention: Mention, head: int) -> bool:
        """"Помощник Хиллари Клинтон": the name follows the head noun directly as its nmod."""
        first, last = self.doc.token_span(mention.start, mention.stop)
        return first == head + 1 and any(self.doc.tokens[k].rel == "nmod" and self.doc.tokens[k].head == head
                                         for k in range(first, last))

    def _person_like(self, mention: Mention) -> bool:
        """A person mention we trust as a person (registry or first name + surname),
        not a one-word NER guess such as an organisation tagged PER."""
        actor = self.doc.actor(mention.actor_id) if mention.actor_id else None
        return actor is not None and (actor.known or len(actor.name.split()) >= 2)

    def _own_name(self, persons: list[Mention]) -> Mention:
        """Of several names apposed to one head, the last: "помощника президента Владимира
        Путина Юрия Ушакова" - an earlier name belongs to the head's complement (in the
        nominative the case tells them apart; in an oblique case only the order does)."""
        if len(persons) < 2:
            return persons[0]
        earlier, last = (self.doc.tokens[self.doc.token_span(m.start, m.stop)[0]] for m in (persons[0], persons[-1]))
        between = self.doc.tokens[self.doc.token_span(persons[0].stop, persons[-1].start)[0]:
                                  self.doc.token_span(persons[-1].start, persons[-1].stop)[0]]
        if last.rel == earlier.rel == "appos" and last.head == earlier.head and last.feats.get("Case") not in (None, "Nom") \
                and not any(t.rel in ("cc", "conj") or t.text == "," for t in between):
            return persons[-1]  # (not two people coordinated: "министра X и министра Y")
        return persons[0]

    def _names_head(self, mention: Mention, head: int) -> bool:
        """The mention names the phrase's head ("госсекретаря США Энтони Блинкена"),
        rather than depending on it ("муж Асии Биби", "помощник Клинтон")."""
        first, last = self.doc.token_span(mention.start, mention.stop)
        if first <= head < last:
            return True
        head_token, name_token = self.doc.tokens[head], self.doc.tokens[first]
        if first > head and head_token.pos == "NOUN" and name_token.feats.get("Case") == "Gen" \
                and head_token.feats.get("Case") not in (None, "Gen") and not _feminine_misread(mention):
            return False  # "Муж Асии Биби": a genitive name after a nominative noun is its owner
        if self.doc.tokens[head].feats.get("Case") == "Nom" and mention.normal and mention.text != mention.normal \
                and not _feminine_misread(mention) \
                and (mention.text.split()[-1] != mention.normal.split()[-1] or first > head and _inflected(mention)):
            # "Адвокат Асии Биби": the name is inflected, so it is not the nominative head (the
            # tagger may call an unfamiliar "Асии" nominative; its normal form "Асий" says otherwise)
            return False
        roots = [i for i in range(first, last) if not first <= self.doc.tokens[i].head < last]
        if not roots:
            return False
        root = self.doc.tokens[roots[0]]
        if root.rel in ("appos", "flat", "flat:name"):
            # (unless it is apposed to another person noun of the phrase: "представителя
            # премьера Терезы Мэй" names the premier, not the representative)
            named = self.doc.tokens[root.head] if root.head >= 0 else None
            return root.head == head or named is None or not (
                named.pos == "NOUN" and named.feats.get("Animacy") == "Anim" and root.head > head
                and named.rel == "nmod")  # ("диетолог, профессор Карен Мэдсен": an apposed noun is the head again)
        head_case = self.doc.tokens[head].feats.get("Case")
        return root.rel != "nmod" and root.feats.get("Case") == head_case

    def _described_antecedent(self, head: int, noun: str) -> SpeakerRef | None:
        """"Об этом сообщил представитель NHS … Как сообщило министерство здравоохранения … отмечает
        министерство": a bare institution noun takes up the nearest earlier phrase of its kind
        (`KIND_NOUNS`) within DESCRIBED_REACH sentences - not a more salient actor named before
        that phrase.  None when the nearest such phrase is bare too (the older rules resolve it)."""
        doc = self.doc
        kind = KIND_NOUNS.get(noun, frozenset({noun}))
        here = doc.sentence_at(doc.tokens[head].start)
        if here is None:
            return None
        reach = doc.sentences[max(0, here - DESCRIBED_REACH)].start
        for k in range(head - 1, -1, -1):
            token = doc.tokens[k]
            if token.start < reach:
                return None
            if token.pos == "NOUN" and _lemma(token) in kind and token.feats.get("Number") != "Plur" \
                    and not self._no_antecedent(token.start):
                if self._quantified(k) or self._cited_source(k):
                    continue
                said = self._speaker_at(token.start)
                if said is not None and not _own_words(said):
                    return said  # (rev24_A M2: "В администрации города заявили" was resolved to the city's once)
                if not self._antecedent_role(k):
                    continue
                return self._described_body(k)
        return None

    def _cited_source(self, head: int) -> bool:
        """(mB28, review rv28_Q cause 5) "со ссылкой на данные Международного энергетического агентства сообщило
        агентство": the phrase names a source the reporter cites, which a later bare "агентство" (the reporter)
        does not take up."""
        k = head
        for _ in range(CITED_SOURCE_DEPTH):
            token = self.doc.tokens[k]
            if token.rel not in ("nmod", "obl") or token.head < 0:
                return False
            k = token.head
            if _lemma(self.doc.tokens[k]) == "ссылка":
                return True
        return False

    def _speaker_at(self, offset: int) -> SpeakerRef | None:
        """The speaker already resolved for an earlier quote whose phrase covers `offset`."""
        return next((ref for _, ref in reversed(self.speakers)
                     if ref.start is not None and ref.stop is not None and ref.start <= offset < ref.stop), None)

    def _quantified(self, head: int) -> bool:
        """(rev24_A M1) "Ни одно министерство", "каждое министерство", "какое министерство", "это министерство": a
        determiner, pronoun or numeral before the noun - the phrase names no body of its own."""
        return any(self.doc.tokens[c].pos in ("DET", "PRON", "NUM") or self.doc.tokens[c].rel in QUANTIFIER_RELS
                   or _lemma(self.doc.tokens[c]) in DEMONSTRATIVES for c in self.children.get(head, []) if c < head)

    def _antecedent_role(self, head: int) -> bool:
        """(rev24_A M2) An earlier phrase speaks for the later bare noun only when it stands as a subject, an
        unmarked noun complement ("рейтинг журнала Forbes") or the body of an impersonal report ("сообщили в
        штабе") - not under another preposition ("санкции против министерства обороны Сирии") nor as another verb's
        object."""
        token = self.doc.tokens[head]
        cases = [self.doc.tokens[c].text.lower() for c in self.children.get(head, [])
                 if self.doc.tokens[c].rel == "case"]
        if not cases:
            return token.rel not in OBJECT_RELS
        return cases in (["в"], ["во"]) and self._impersonal_plural(token.head)

    def _impersonal_plural(self, verb: int) -> bool:
        """"Об этом сообщили в оперативном штабе": a plural verb with no subject speaks for the body named under
        "в" - the body acts there."""
        if verb < 0 or self.doc.tokens[verb].pos != "VERB" or self.doc.tokens[verb].feats.get("Number") != "Plur":
            return False
        return not any(self.doc.tokens[c].rel.startswith("nsubj") for c in self.children.get(verb, []))

    def _described_body(self, head: int) -> SpeakerRef | None:
        """The organisation an institution noun's phrase names ("Газета Die Welt"), else the body the
        phrase describes when it names no one but places ("министерство здравоохранения
        Британии"); None for a bare noun or a phrase naming persons or other things."""
        first, last = self.subtree(head, no_pp=True)
        if any(self.doc.tokens[k].pos == "ADP" for k in range(first, head)):
            return None  # (a preposition before the noun: the parse glued another phrase to it)
        # (a name may run past the phrase's prepositional tail: "«Помощь Церкви в нужде»")
        found = [m for m in self.mentions if self.doc.tokens[first].start <= m.start < self.doc.tokens[last - 1].stop]
        named = [m for m in found if m.type in ("ORG", "MEDIA") and m.actor_id]
        if named:
            return self.ref(named[0])
        if any(m.type not in ("GPE", "LOC", "GEO_ADJ") for m in found):
            return None
        # ("оперативный штаб столицы по борьбе с …": the name ends before its prepositional tail)
        last = next((k for k in range(head + 1, last) if self.doc.tokens[k].rel == "case"), last)
        if last - first == 1:
            return None
        start, stop = self.doc.tokens[first].start, self.doc.tokens[last - 1].stop
        phrase = self._phrase_text(first, last, head)
        return SpeakerRef(self._body_actor(phrase), phrase, self.doc.text[start:stop], start, stop)

    def _previous_unnamed_org(self, before: int, noun: str) -> SpeakerRef | None:
        """"сообщили в пресс-службе департамента внутренних дел города … говорится в сообщении
        департамента": a bare organisation noun is an earlier speaker NER left unnamed whose
        phrase that noun heads (among the last few speakers)."""
        for offset, ref in list(reversed(self.speakers))[:UNNAMED_ORG_REACH]:
            words = ref.name.lower().split()
            if offset < before and ref.actor_id is None and len(words) > 1 and words[0] == noun:
                return ref
        return None

    def _channel_authors(self, first: int, last: int, head: int) -> bool:
        """(rv36_Q C4) "– пишут авторы канала": the authors of a bare channel noun are that channel's voice (not one
        "автор канала", who may be the person the text named: "канале NEXTA Live журналиста Степана Путило")."""
        tokens = self.doc.tokens
        return last - first == 2 and head == first and _lemma(tokens[head]) in CHANNEL_AUTHOR_NOUNS \
            and tokens[head].feats.get("Number") == "Plur" \
            and _channel_word(tokens[head + 1]) and tokens[head + 1].feats.get("Case") == "Gen" \
            and tokens[head + 1].feats.get("Number") != "Plur"

    def _previous_channel_speaker(self, before: int) -> SpeakerRef | None:
        """"сообщает Telegram-канал Mash. …, отмечает паблик. …, – заключает Telegram-канал": a
        bare channel noun is the channel that spoke last, when the latest speaker (within
        CHANNEL_REACH sentences) was written with a channel noun and has a name of its own."""
        said = [(offset, ref) for offset, ref in self.speakers if offset < before]
        if not said:
            return None
        offset, ref = said[-1]
        here, there = self.doc.sentence_at(before), self.doc.sentence_at(offset)
        if here is None or there is None or here - there > CHANNEL_REACH:
            return None
        words = (ref.text or "").lower().replace("ё", "е").split()
        if not words or not _channel_noun(words[0]) or _channel_noun(ref.name.lower().replace("ё", "е")):
            return None
        return ref

    def _sole_named_channel(self, before: int) -> SpeakerRef | None:
        """(mA32, rv32_Q C1) "сообщает телеграм-канал Mash. … – сказала женщина. По данным телеграм-канала, …",
        "Видео опубликовано Telegram-каналом Mash. … При этом, отмечает канал, …": a bare channel noun is the one
        channel the text named before it with a channel noun, however far back and whoever spoke since; two
        channels named leave it bare, and so does (cr32 F4) another outlet or body quoted since ("…Позже Baza
        сообщила, что … По данным канала, …": the channel meant may be that one)."""
        named: dict[str, SpeakerRef] = {}
        for mention in self.mentions_in(0, before):
            if mention.type not in ("ORG", "MEDIA"):
                continue
            words = mention.text.split()
            if CHANNEL_WORD_FORM.fullmatch(words[0].lower()):
                # (the mention layer glued the noun to the name: "Telegram-каналом Mash" - the name is the rest)
                if len(words) > 1:
                    name = " ".join(words[1:])
                    named.setdefault(name.lower(), SpeakerRef(None, name, mention.text, mention.start, mention.stop))
            elif self._after_channel_noun(mention.start):
                ref = self.ref(mention)
                named.setdefault(ref.name.lower(), ref)
        if len(named) != 1:
            return None
        channel = next(iter(named.values()))
        if any(channel.start is not None and channel.start < offset < before and ref.name.lower() != channel.name.lower()
               and self._organisation_speaker(ref) for offset, ref in self.speakers):
            return None
        return channel

    def _organisation_speaker(self, ref: SpeakerRef) -> bool:
        """A speaker that is an organisation or an outlet (by its actor, else by the mention it was taken from)."""
        actor = self.doc.actor(ref.actor_id) if ref.actor_id else None
        if actor is not None:
            return actor.type in ("ORG", "MEDIA")
        return any(m.type in ("ORG", "MEDIA") for m in self.mentions_in(ref.start, ref.stop)) \
            if ref.start is not None and ref.stop is not None else False

    def _after_channel_noun(self, start: int) -> bool:
        """The name at `start` follows a channel noun ("телеграм-канал Mash", "Telegram-канала «Readovka»")."""
        tokens = self.doc.tokens
        j = bisect_right(tokens, start, key=attrgetter("stop")) - 1  # the last token ending by `start`
        while j >= 0 and tokens[j].text in "«\"„“":
            j -= 1
        return j >= 0 and _channel_noun(_lemma(tokens[j])) and tokens[j].feats.get("Number") != "Plur"

    def _previous_office_speaker(self, before: int, noun: str) -> SpeakerRef | None:
        """"сообщила пресс-служба компании X … В пресс-службе призвали", "добавили в полиции …
        сказали в ведомстве": a bare "пресс-служба" is the press service that spoke last, a
        bare "ведомство" the state body that spoke last (among the last few speakers) - not
        whatever organisation the text named since."""
        for offset, ref in list(reversed([(o, r) for o, r in self.speakers if o < before]))[:UNNAMED_ORG_REACH]:
            said = (ref.text or ref.name).lower().replace("ё", "е").split()[:1]
            named = ref.name.lower().replace("ё", "е").split()[:1]
            if noun in PRESS_OFFICE_NOUNS and any(w.startswith(noun[:-1]) for w in said + named) \
                    or noun == "ведомство" and ref.actor_id is None and set(named) & ORG_CLASSES["government"]:
                return ref
        return None

    def _bare_but_channel(self, first: int, last: int, head: int) -> bool:
        """(mA27) The phrase is its head alone, or with channel words only ("телеграм-канала пресс-службы"):
        it names no owner of its own."""
        return all(k == head or _channel_noun(_lemma(self.doc.tokens[k])) for k in range(first, last))

    def _earlier_office_mention(self, head: int, noun: str) -> SpeakerRef | None:
        """(mA27) "сообщила объединенная пресс-служба судов Санкт-Петербурга … говорится в сообщении
        телеграм-канала пресс-службы": a press office with no owner of its own is the one the text named
        with its owner shortly before (within OFFICE_MENTION_REACH sentences), whether or not a quote
        was taken from it; two different owners named leave it to the other rules."""
        tokens = self.doc.tokens
        here = self.doc.sentence_at(tokens[head].start) or 0
        # (the window's first token once, not a sentence lookup per token)
        reach = self.doc.sentences[max(0, here - OFFICE_MENTION_REACH)].token_start if self.doc.sentences else 0
        owned = [k for k in range(head - 1, reach - 1, -1) if _lemma(tokens[k]) == noun
                 and any(tokens[c].rel == "nmod" and tokens[c].feats.get("Case") == "Gen" and c > k
                         and not any(tokens[p].rel == "case" for p in self.children.get(c, []))
                         for c in self.children.get(k, []))]
        refs = [self._known_owner(k) or ref for k in owned if (ref := self.from_head(k, common=True)) is not None]
        if not refs or len({ref.name for ref in refs}) > 1:
            return None
        return refs[0]

    def _known_owner(self, office: int) -> SpeakerRef | None:
        """(mA27) "пресс-служба Минобороны": an office whose owner is an organisation the registry knows speaks
        as that organisation (the guide's "пресс-служба Кремля" -> Кремль); an owner it does not know keeps
        the office's own phrase ("объединенная пресс-служба судов Санкт-Петербурга")."""
        tokens = self.doc.tokens
        for c in self.children.get(office, []):
            if tokens[c].rel != "nmod" or c < office:
                continue
            for mention in self.mentions_in(tokens[c].start, tokens[c].stop):
                if mention.type in ORG_TYPES and mention.actor_id and not mention.actor_id.startswith("x:") \
                        and mention.start == tokens[c].start:
                    return self.ref(mention)
        return None

    def _previous_org_speaker(self, before: int, noun: str, qualifiers: frozenset[str]) -> SpeakerRef | None:
        for offset, ref in reversed(self.speakers):
            if offset < before and ref.actor_id:
                actor = self.doc.actor(ref.actor_id)
                if actor and actor.type in ORG_TYPES:
                    return ref if self._org_fits(noun, actor.id, qualifiers) else None
        return None

    def _org_fits(self, noun: str, actor_id: str | None, qualifiers: frozenset[str] = frozenset()) -> bool:
        """The organisation was introduced as the kind of thing `noun` names
        (`description_types`): "правительство" is no agency, "издание" no
        company; an outlet is an individual, not the press at large ("СМИ");
        "промоутерская компания" is one introduced as promoters."""
        actor = self.doc.actor(actor_id) if actor_id else None
        if actor is None:
            return False
        if actor.name.lower().replace("ё", "е") in ORG_CLASSES["press"]:
            return False
        if self._people_group(actor):
            return False  # ("украинские правоохранители" tagged an organisation are people, no company)
        profile = self.salience.profiles.get(actor.id)
        heads = profile.heads if profile is not None else frozenset()
        if not org_fits(noun, heads, actor.type == "MEDIA" or _press_name(actor.name) or self._publishes(actor)):
            return False
        words = self._words_around(actor)
        return all(_adjective_fits(adjective, words) for adjective in qualifiers)

    def _org_of_state(self, found: list[Mention], before: int, noun: str, ref: SpeakerRef | None) -> SpeakerRef | None:
        """(mV35, rv35_Q C1) "Суд арестовал принадлежащие «Газпрому» акции компании «Блэк Си Пайплайн Компани Б.В.».
        Об этом говорится в отчете российской компании": a description with a state's adjective is the one
        organisation the registry places in that state named in its sentence or the two before, when the
        antecedent found is not known to be of that state."""
        countries = [self.doc.actor(m.actor_id) for m in found if m.type == "GEO_ADJ" and m.actor_id]
        states = {country.name for country in countries if country is not None}
        if len(states) != 1 or ref is not None and ref.actor_id and self.known_country(ref.actor_id) in states:
            return None
        here = self.doc.sentence_at(before) or 0
        start = self.doc.sentences[max(0, here - STATE_ORG_VIEW)].start
        local = {m.actor_id for m in self.mentions_in(start, before) if m.type == "ORG" and m.actor_id
                 and self.known_country(m.actor_id) in states and self._org_fits(noun, m.actor_id)}
        if len(local) != 1:
            return None
        mention = next(m for m in reversed(self.mentions_in(start, before)) if m.actor_id in local)
        return self.ref(mention)

    def _people_group(self, actor: Actor) -> bool:
        """Every mention of the actor is headed by a plural animate common noun ("украинские
        правоохранители", "европейские депутаты"): a group of people, whatever NER typed it."""
        heads = []
        for index in actor.mentions:
            mention = self.doc.mentions[index]
            first, last = self.doc.token_span(mention.start, mention.stop)
            root = next((k for k in range(first, last) if not first <= self.doc.tokens[k].head < last), None)
            if root is None:
                return False
            heads.append(self.doc.tokens[root])
        return bool(heads) and all(t.pos == "NOUN" and t.text[:1].islower() and t.feats.get("Animacy") == "Anim"
                                   and t.feats.get("Number") == "Plur" for t in heads)

    def _qualifiers(self, head: int) -> frozenset[str]:
        """Relational adjectives that make a description a kind of its noun
        ("промоутерская компания", "краевое правительство"); qualitative ones
        ("влиятельное издание"), demonstratives and country adjectives do not
        ("эта компания", "российская компания" after "компания «X»": the text
        seldom repeats where an organisation is from)."""
        return frozenset(lemma for c in self.children.get(head, [])
                         if self.doc.tokens[c].rel == "amod" and self.doc.tokens[c].pos == "ADJ"
                         and (lemma := _lemma(self.doc.tokens[c])) not in COUNTRY_ADJ.keys() | DEMONSTRATIVES
                         and self.relational(lemma))

    def _words_around(self, actor: Actor, before: int = INTRO_WORDS) -> frozenset[str]:
        """Lemmas and lower-case forms of an actor's mentions, of the few words
        (`before`, within the paragraph) introducing each and of the noun phrase a
        mention is the apposition of ("Председатель правления организации «X»
        Андрей Петров")."""
        tokens = self.doc.tokens
        words: set[str] = set()
        for index in actor.mentions:
            mention = self.doc.mentions[index]
            first, last = self.doc.token_span(mention.start, mention.stop)
            # (within the paragraph, not the sentence: "группы «Экозащита!» X" is cut after "!")
            floor = self.doc.token_span(self.doc.text.rfind("\n", 0, mention.start) + 1, mention.start)[0]
            opening = max(floor, first - before)
            # (not across a comma closing an adverbial or a clause: "По мнению автора петиции,
            # губернатор X" does not introduce X as the author - but "Телеведущая, журналистка X"
            # does; an apposed name is taken up below)
            opening = max([opening] + [k + 1 for k in range(opening, first) if tokens[k].text in ",;:()" and any(
                tokens[j].pos in ("ADP", "SCONJ", "VERB", "AUX") for j in range(opening, k))])
            span = range(opening, last)
            root = next((k for k in range(first, last) if not first <= tokens[k].head < last), None)
            if root is not None and tokens[root].rel == "appos" and floor <= tokens[root].head < first \
                    and tokens[tokens[root].head].pos == "NOUN":
                phrase_first, _ = self.subtree(tokens[root].head, no_pp=True)
                span = range(max(floor, min(span.start, phrase_first)), last)
            for token in tokens[span.start:span.stop]:
                words |= {_lemma(token), token.text.lower().replace("ё", "е")}
        return frozenset(words)

    def may_describe(self, actor_id: str, head: int) -> bool:
        """The person noun headed by `head` can be another name of this actor: its field
        fits the actor's introduction and its verb agrees ("сказал депутат")."""
        return self._person_fits(_lemma(self.doc.tokens[head]), head)(actor_id) \
            and self.agrees_with_verb(actor_id, head)

    def _person_fits(self, noun: str, head: int) -> Callable[[str], bool]:
        """Whether a person can be the antecedent of the description headed by `head`
        ("оратор" is not a man introduced as "лидер ИГ"); a description with a
        complement of its own ("автор петиции") needs a person introduced as such."""
        full = self._complement(head)
        complement = full.words
        outlet = bool(full.actors) and all(self._is_outlet(a) for a in full.actors)
        government = self._government_head(head, noun)

        def fits(actor_id: str) -> bool:
            profile = self.salience.profiles.get(actor_id)
            actor = self.doc.actor(actor_id)
            if government and profile is not None and profile.heads & POSTS_AND_ROLES \
                    and not profile.heads & HEAD_OF_GOVERNMENT:
                # "глава правительства", "руководитель кабмина" is the premier: not one introduced
                # with another post or role ("королева", "официальный представитель МИД")
                return False
            # the class nouns: its roles and introducing noun; the words right before its
            # mentions for the noun and complement ("пресс-секретарь профсоюза пилотов «Небо» X")
            return profile is not None and actor is not None and person_fits(
                noun, profile.heads, complement, self._words_around(actor, ROLE_CONTEXT_TOKENS), outlet,
                full.quoted)
        return fits

    def _sole_premier(self, before: int) -> str | None:
        """The one person the text introduced as premier (or chancellor) before offset `before`."""
        found = {a.id for a in self.doc.actors if a.type == "PER"
                 and (profile := self.salience.profiles.get(a.id)) is not None
                 and profile.heads & PREMIER_POSTS and any(self.doc.mentions[i].start < before for i in a.mentions)}
        return found.pop() if len(found) == 1 else None

    def _government_head(self, head: int, noun: str) -> bool:
        """"глава правительства", "руководитель кабмина": a generic office noun of a government."""
        return noun in GENERIC_OFFICE and any(
            c > head and self.doc.tokens[c].rel == "nmod" and _lemma(self.doc.tokens[c]) in GOVERNMENT_NOUNS
            for c in self.children.get(head, []))

    def _phrase_text(self, first: int, last: int, head: int) -> str:
        words = []
        counted_from = self._nominative_count(first, head)
        # (mF33) the words a participle before the head governs keep their case: "Занимающиеся исследованиями"
        governed = {i for k in self._prenominal_participles(head) for i in range(*self.subtree(k)) if i != k}
        # (mF33) a group's second noun is named in the nominative too: "очевидцев и журналистов" -> "очевидцы и журналисты"
        conjunct = self._group_conjunct(head) if last > head + 2 else None
        second = range(self.subtree(conjunct)[0], conjunct + 1) if conjunct is not None and conjunct < last else range(0)
        for i in range(first, last):
            token = self.doc.tokens[i]
            text = token.text
            if counted_from is not None and counted_from < i <= head:
                words.append(text)   # (nm25) "Трое мужчин", "Несколько экономистов": the counted words stay genitive
                continue
            if i <= head and token.pos == "NUM" and _lemma(token) == "многий" and token.feats.get("Case") != "Nom":
                # (nm25) "многих экспертов" -> "многие эксперты", not "многих эксперты"
                words.append("Многие" if token.text[:1].isupper() else "многие")
                continue
            if i <= head and token.pos == "DET" and _adjectival_plural(token):
                words.append(participle_nominative(text, token.feats))  # (cr36 F9) "некоторых историков"
                continue
            if i > head and text == "," and words and not self._inner_conjunct(i, head, last):
                break  # an apposition or a clause after the head is no part of the name
            if i > head and token.pos == "PART" and text.lower() in DISCOURSE_PARTICLES:
                continue  # "Поклонники же отметили": the particle is no part of the name ("тот же" keeps it)
            previous = self.doc.tokens[i - 1].text if i > first else ""
            if words and token.start == self.doc.tokens[i - 1].stop and text not in UNGLUED \
                    and previous not in UNGLUED and (not text.isalpha() or not previous.isalpha()):
                # a word the tokenizer split at a colon or digits ("UA:Город", "yspex58") stays one
                words[-1] += text
                continue
            # ("заведующего": a noun the tagger gives a verb's lemma; not "властей" of "власть")
            participle = token.pos == "VERB" and token.feats.get("VerbForm") == "Part" or token.pos == "NOUN" \
                and (token.lemma or "").endswith(("ть", "ться", "ти")) \
                and token.text.lower().endswith(PARTICIPLE_OBLIQUE)
            named_case = (i <= head or i in second) and i not in governed
            if named_case and participle and token.feats.get("Case") not in (None, "Nom"):
                text = participle_nominative(token.text, token.feats)  # ("заведующего" -> "заведующий")
            elif named_case and token.pos in ("NOUN", "ADJ", "PROPN") and token.feats.get("Case") not in (None, "Nom") \
                    and not (len(token.text) > 1 and token.text.isupper()):
                # (an acronym does not decline: "в российском НИИ" -> "российский НИИ", not "Нии")
                # (rv21_Q H2: "главы" - a noun of common gender the tagger gave one gender - under the others)
                text = self.nominative(token) or next(
                    (found for gender in ("Masc", "Fem", "Neut") if gender != token.feats.get("Gender") and token.pos == "NOUN"
                     and (found := self.nominative(replace(token, feats={**token.feats, "Gender": gender})))),
                    token.text)
                if text == token.text and _adjectival_plural(token):
                    # (cr36 F9) "ссылаясь на уполномоченных компании": a substantivised participle tagged a noun
                    # that the dictionary has no noun for
                    text = participle_nominative(token.text, token.feats)
                if not token.text[:1].isupper():
                    text = text.lower()
                elif text[:1].islower():
                    text = text[:1].upper() + text[1:]
            words.append(text)
        phrase = " ".join(_straight_quotes_glued(words))
        for mark in " ,":
            phrase = phrase.replace(f" {mark}", mark) if mark == "," else phrase
        return phrase.replace("« ", "«").replace(" »", "»")

    def _nominative_count(self, first: int, head: int) -> int | None:
        """(nm25) The index of a numeral in the nominative counting the head ("Трое мужчин", "Несколько
        экономистов", "Пятеро участников"): a numeral that governs the genitive of what it counts, which
        stays so in the name.  None when there is none (or it is oblique: "трех депутатов")."""
        for child in self.children.get(head, []):
            token = self.doc.tokens[child]
            if first <= child < head and token.rel == "nummod:gov" and token.pos == "NUM" \
                    and token.feats.get("Case") in ("Nom", "Acc") and self.doc.tokens[head].feats.get("Case") == "Gen":
                return child
        return None

    def _inner_conjunct(self, comma: int, head: int, last: int) -> bool:
        """"пилоты ирландского, шведского и бельгийского подразделений": a comma between
        conjoined words of the head's dependent (not the head's own conjuncts or appositions)."""
        tokens = self.doc.tokens
        after = comma + 1
        return after < last and tokens[after].rel == "conj" and head < tokens[after].head < comma \
            and tokens[tokens[after].head].pos == tokens[after].pos == "ADJ"

    def phrase_text(self, first: int, last: int, head: int) -> str:
        """Tokens [first, last) as a name, words up to `head` in the nominative."""
        return self._phrase_text(first, last, head)

    def ref(self, mention: Mention, surface: tuple[int, int] | None = None) -> SpeakerRef:
        actor_id = self.renamed.get(mention.actor_id, mention.actor_id) if mention.actor_id else None
        actor = self.doc.actor(actor_id) if actor_id else None
        if actor is not None and actor.type == "PER" and len(actor.name.split()) == 1:
            # "Андрей" after "Андрей Варичев": the one full name that starts with it.
            fuller = [a for a in self.doc.actors if a.type == "PER" and len(a.name.split()) > 1
                      and a.name.split()[0] == actor.name]
            actor = fuller[0] if len(fuller) == 1 else \
                self._bracketed_real_name(actor) or self._real_name_before_brackets(actor) or actor
        elif actor is not None and actor.type in ("ORG", "MEDIA") and len(actor.name.split()) == 1:
            # "в МИДе" after "МИД России": the one fuller organisation name that starts with it.
            word = actor.name.lower()
            fuller = [a for a in self.doc.actors if a.type in ("ORG", "MEDIA") and len(a.name.split()) > 1
                      and a.name.split()[0].lower() == word]
            if len(fuller) > 1:
                # (nm25) "Приведенные Институтом расчеты" after "В Институте экономического анализа", before
                # "Института биологии развития": the bare class word takes up the nearest fuller name before it
                fuller = self._nearest_before(fuller, mention.start)
            actor = fuller[0] if len(fuller) == 1 else actor
            actor = self._named_by_class_noun(actor) or actor
        actor = self._namesake_woman(actor, mention) or self._generation_namesake(actor, mention) or actor
        name = actor.name if actor else (mention.normal or mention.text)
        if actor is not None and actor.id in self.latin_glosses and not actor.known:
            name = self.latin_glosses[actor.id]
        profile = self.salience.profiles.get(actor.id) if actor is not None and actor.type == "PER" else None
        if profile is not None and profile.gender_sure and profile.gender and not actor.known:
            # a name the text shows only in oblique cases: the nominative of the gender it shows
            name = self.name_nominative(name, profile.gender)
        start, stop = surface or (mention.start, mention.stop)
        if actor is not None and actor.type == "PER" and not actor.known:
            # "Дональт Туск": a known person's name with a slip in the first name is that person
            known = self.known_spelling(name)
            if known is not None:
                return SpeakerRef(known[0], known[1], self.doc.text[start:stop], start, stop)
        return SpeakerRef(actor.id if actor else mention.actor_id, name, self.doc.text[start:stop], start, stop)

    def _latin_glosses(self) -> dict[str, str]:
        """(mH33) "«Байонтек» (BioNTech)", "фирма «Спейс адвентчерс» (Space Adventures)": an organisation whose
        quoted Cyrillic name the text glosses once with its Latin name in brackets (as many words) goes by the
        Latin name wherever it speaks, as the outlets do ("«Кориера делла Сера» (Corriere della Sera)"); an
        abbreviation in the brackets ("(TLP)") is no such name.  Persons keep the Cyrillic name the text uses."""
        text, glosses = self.doc.text, {}
        for mention in self.mentions:
            if mention.type != "ORG" or not mention.actor_id or mention.actor_id in glosses \
                    or text[mention.start - 1:mention.start] not in OPENING_QUOTES:
                continue
            gloss = LATIN_GLOSS.match(text, mention.stop)
            if gloss is not None and len(gloss.group(1).split()) == len(mention.text.split()) \
                    and not gloss.group(1).isupper() and not re.search("[A-Za-z]", mention.text):
                glosses[mention.actor_id] = " ".join(gloss.group(1).split())
        return glosses

    def _bracketed_real_name(self, actor: Actor) -> Actor | None:
        """(mE32) "рэп-исполнителя Хаски (Дмитрия Кузнецова)": a one-word name (a stage name, a pen name) that the
        text glosses once with a person's full name in brackets is that person, who speaks under the full name."""
        text = self.doc.text
        for mention in self.mentions:
            # (the same name as written: the linker may give the first, oblique mention an actor of its own)
            if mention.actor_id != actor.id and mention.text != actor.name or not text.startswith("(", mention.stop + 1):
                continue
            glossed = [m for m in self.mentions_in(mention.stop + 2, len(text)) if m.start == mention.stop + 2][:1]
            if glossed and glossed[0].type == "PER" and glossed[0].actor_id and text.startswith(")", glossed[0].stop):
                real = self.doc.actor(glossed[0].actor_id)
                if real is not None and real.type == "PER" and len(real.name.split()) > 1:
                    return real
        return None

    def _real_name_before_brackets(self, actor: Actor) -> Actor | None:
        """(dv19b) "рэпер Алексей Узенюк (Элджей)", "певица Наталья Ионова (Глюкоза)", "Росина Буданс (Мирясова)":
        a one-word name (a stage name, a nickname, a former surname) that the text writes once in brackets right
        after a person's full name is that person, who speaks under the full name (the mirror of
        `_bracketed_real_name`; `_alias_of` finds the name before the brackets)."""
        text = self.doc.text
        for mention in self.mentions:
            if mention.actor_id != actor.id and mention.text != actor.name or not text.startswith(")", mention.stop):
                continue
            named = self._alias_of(mention)
            real = self.doc.actor(named.actor_id) if named is not mention and named.actor_id else None
            if real is not None and real.type == "PER" and len(real.name.split()) > 1 \
                    and real.name.split()[0].lower() not in CLERICAL_TITLES:
                return real
        return None

    def _nearest_before(self, actors: list[Actor], offset: int) -> list[Actor]:
        """(nm25) Of the actors, the one mentioned last before `offset`; none when none is, or when another
        is named in that mention's sentence too ("в Институте экономического анализа и в Институте биологии
        развития": either may be the bare "Институт" after them)."""
        ids = {a.id for a in actors}
        before = [m for m in self.doc.mentions if m.actor_id in ids and m.stop <= offset]
        if not before:
            return []
        latest = max(before, key=lambda m: m.start)
        sentence = self.doc.sentence_at(latest.start)
        if any(m.actor_id != latest.actor_id and self.doc.sentence_at(m.start) == sentence for m in before):
            return []
        return [a for a in actors if a.id == latest.actor_id]

    def _named_by_class_noun(self, actor: Actor) -> Actor | None:
        """"Лоукостер Ryanair объявил": NER took the class noun opening the sentence for an
        organisation's name; the organisation is the one named right after it."""
        if actor.name.lower().replace("ё", "е") not in COMPANY_DESCRIPTORS | ORG_CLASS_NOUNS:
            return None
        for mention in self.mentions:
            if mention.actor_id != actor.id:
                continue
            following = [m for m in self.mentions_in(mention.stop, mention.stop + 80)
                         if m.type in ("ORG", "MEDIA") and m.actor_id and m.actor_id != actor.id
                         and not self.doc.text[mention.stop:m.start].strip()]
            if following:
                return self.doc.actor(following[0].actor_id)
        return None

    # --- roles ---------------------------------------------------------------
    def _role(self, first: int, last: int, head: int, lemma: str, phrase: str) -> SpeakerRef | None:
        """A role phrase: an actor of this document holding it, else (for a
        definite description: "телеведущий", "российский лидер") the latest
        compatible person, else the registry's holder, else the phrase."""
        doc = self.doc
        start, stop = doc.tokens[first].start, doc.tokens[last - 1].stop
        surface = doc.text[start:stop]
        if lemma in ANONYMOUS:
            return None
        post = self._acting_post(head, lemma)
        if post is not None:
            # "врио губернатора", "врио главы региона": the acting holder is whoever the text
            # calls by the post itself (the genitive is the post, never another person)
            return self._role(first, last, post, _lemma(doc.tokens[post]), phrase)
        if any(_lemma(doc.tokens[c]) in SPEAKER_POSSESSIVES for c in self.children.get(head, []) if c < head):
            # "мой кузен сказал мне": a relative of whoever says "мой", never a person of the story
            return SpeakerRef(None, phrase, surface, start, stop)
        actor_id = self._not_possessor(self._role_holder(phrase, start), start, stop, head)
        if actor_id and self._possessor_actor(head) == actor_id and not self._holds_noun(actor_id, lemma):
            actor_id = None  # "Его адвокат" is never the one "его" stands for
        in_doc = actor_id and any(doc.mentions[i].start < start for i in getattr(doc.actor(actor_id), "mentions", []))
        if not in_doc:
            complement = self._complement(head)
            # a plural description ("врачи объявили") is a group, never one person the text introduced
            actor_id = None
            if doc.tokens[head].feats.get("Number") != "Plur" and not self._new_referent(head):
                # ("её дочь" is not the daughter the text introduced by that noun: see _possessed)
                actor_id = self._introduced_person(head, lemma, start) \
                    or (None if self._owned(head) else self._salient_holder(head, lemma, start)) \
                    or self._role_by_head(lemma, start, complement, self._former_phrase(head)) \
                    or self._spelt_out_holder(head, start) \
                    or self._apposed_holder(head, lemma, start) \
                    or self._generic_person(head, lemma, start)
            owned_by_pronoun = self._pronoun_possessor(head)
            if actor_id is None and owned_by_pronoun is not None:
                # "По мнению его педагога, … Педагог Антона Ершова Оксана Первушкина …": the
                # person the text names with this noun later (never the one "его" stands for)
                later = self._introduced_later(lemma, stop, owned_by_pronoun)
                if later is not None:
                    actor = doc.actor(later)
                    return SpeakerRef(later, actor.name if actor else phrase, surface, start, stop)
            if actor_id is None and (lemma in RELATIONAL or owned_by_pronoun is not None):
                possessed = self._possessed(head, lemma, surface, start, stop)
                if possessed is not None:
                    return possessed
            if actor_id is None and lemma in RESIDENT_NOUNS:
                actor_id = self._resident_compatriot(head)
            if actor_id is None and lemma in DEMONYMS and not self._has_genitive(head) \
                    and doc.tokens[head].feats.get("Number") != "Plur":
                ref = self._compatriot(head, lemma)
                if ref is not None:
                    return SpeakerRef(ref.actor_id, ref.name, surface, start, stop)
            if actor_id is None and lemma not in INDEFINITE | PARTICIPANT_ROLES and not self._has_genitive(head) \
                    and doc.tokens[head].feats.get("Number") != "Plur":
                # "прокурор заявил": the verb shows the referent's gender, which a
                # masculine role noun does not ("министр заявила" is a woman)
                gender = self._predicate_gender(head) or doc.tokens[head].feats.get("Gender")
                want = gender if gender in ("Masc", "Fem") and self._predicate_gender(head) else (
                    "Fem" if gender == "Fem" else "Any")
                person_fits = self._person_fits(lemma, head)
                # ("пресс-секретарь Даунинг-стрит" after "министр Борис Джонсон": a spokesperson is only
                # someone the text introduced as one, never the minister named last)
                fits = person_fits if lemma not in SPOKESPERSON_NOUNS else (
                    lambda actor_id: person_fits(actor_id) and self._introduced_before(actor_id, lemma, start))
                # ("председатель рассказал Малкову", "Соседка указала ей": a subject is never its own verb's object)
                fits = self._no_coargument(head, fits)
                fits = self._not_former(lemma, head, fits)
                fits = self._not_host_subject(head, fits)
                if lemma in GENERIC_PERSON_NOUNS:
                    fits = self._of_sex(GENERIC_PERSON_NOUNS[lemma], fits)
                spokesperson = lemma in SPOKESPERSON_NOUNS and any(
                    self._introduced_before(a.id, lemma, start) for a in doc.actors if a.type == "PER")
                ref = self._antecedent(head, want, persons_only=True, fits=fits, noun=lemma) \
                    if lemma not in SPOKESPERSON_NOUNS or spokesperson else None
                if ref is not None:
                    return SpeakerRef(ref.actor_id, ref.name, surface, start, stop)
            if actor_id is None and self._government_head(head, lemma):
                actor_id = self._sole_premier(start)
            if actor_id is None and FIELD_HYPERNYMS.get(lemma, lemma) in INDEFINITE:
                actor_id = self._sole_person_of_field(head, FIELD_HYPERNYMS.get(lemma, lemma), start)
            if actor_id is None and FIELD_HYPERNYMS.get(lemma, lemma) == "чиновник" and last - first == 1:
                official = self._last_unnamed_official(start)
                if official is not None:
                    return SpeakerRef(None, official.name, surface, start, stop)
            actor_id = actor_id or self._not_possessor(self._earlier_holder(phrase, start), start, stop, head)
            if actor_id and self._possessor_actor(head) == actor_id and not self._holds_noun(actor_id, lemma):
                actor_id = None
                possessed = self._possessed(head, lemma, surface, start, stop)
                if possessed is not None:
                    return possessed
            if actor_id is None and not self._spells_name(first, last) and not self._government_head(head, lemma):
                # (the head of government is someone the story named before, never the next person named)
                actor_id = self._named_after_description(head, lemma)
        if actor_id and actor_id in self._inflected_owner(head):
            actor_id = None  # ("Адвокат Асии Биби" is not Асия Биби, whatever the actor layer hung on her)
        if actor_id:
            actor = doc.actor(actor_id)
            return SpeakerRef(actor_id, actor.name if actor else phrase, surface, start, stop)
        described = self._earlier_description(head, lemma) if last - first == 1 else None
        if described is not None:
            return SpeakerRef(None, described, surface, start, stop)
        return SpeakerRef(None, phrase, surface, start, stop)

    def _earlier_description(self, head: int, noun: str) -> str | None:
        """(dn28) "На встрече выступил заместитель главы департамента здравоохранения города. Заместитель
        сообщил, что …": a bare post noun nobody holds by name takes up the description the text gave that
        noun shortly before (within DESCRIPTION_REACH sentences) - the noun with its genitive complement,
        naming no one - when every such earlier phrase of the noun reads the same.  The gold names an unnamed
        person by that description (gold/quotes/README.md), and the head word alone names no one."""
        tokens = self.doc.tokens
        if any(tokens[c].rel not in ("punct", "case", "cc") for c in self.children.get(head, [])):
            return None  # ("другой заместитель", "его заместитель": someone the earlier phrase may not be)
        number = tokens[head].feats.get("Number")
        here = self.doc.sentence_at(tokens[head].start) or 0
        reach = self.doc.sentences[max(0, here - DESCRIPTION_REACH)].token_start if self.doc.sentences else 0
        sex = GENERIC_PERSON_NOUNS.get(noun)
        if sex is not None:
            reach = self.doc.sentences[max(0, here - DESCRIBED_REACH + 1)].token_start if self.doc.sentences else 0
        names = set()
        for k in range(head - 1, reach - 1, -1):
            if not self._described_as(k, noun, number, sex) or not self._genitive_complement(k):
                continue  # (a bare mention again: the nearest described one speaks for both)
            ref = self.from_head(k, common=True)
            if ref is None or ref.actor_id is not None or len(ref.name.split()) < 2 \
                    or not ref.name.lower().startswith(_lemma(tokens[k])[:MIN_STEM]):
                return None  # (a named holder, or a phrase not headed by the noun: the other rules' business)
            if self._conjunct_left_out(k, ref):
                return None  # ("ополченцев ДНР и ЛНР" read as "ополченцы ДНР": not the description the text gave)
            names.add(ref.name[:1].lower() + ref.name[1:])
        return names.pop() if len(names) == 1 else None

    def _conjunct_left_out(self, head: int, ref: SpeakerRef) -> bool:
        """(dn28) A conjunct of the noun's complement lies past the phrase read from it."""
        tokens = self.doc.tokens
        return ref.stop is not None and any(
            tokens[g].rel == "conj" and tokens[g].start >= ref.stop
            for c in self.children.get(head, []) if c > head for g in self.children.get(c, []))

    def _described_as(self, k: int, noun: str, number: str | None, sex: str | None) -> bool:
        """(dn28) Token k can be the earlier description of a bare noun: the same noun in the same number; for a
        noun saying only sex and age ("Мужчина рассказал" after "муж Асии Биби"), any singular person noun of that
        gender."""
        token = self.doc.tokens[k]
        if token.pos != "NOUN" or token.feats.get("Number") != number:
            return False
        if sex is None:
            return _lemma(token) == noun
        return token.feats.get("Animacy") == "Anim" and token.feats.get("Gender") == sex \
            and _lemma(token) not in GENERIC_PERSON_NOUNS

    def _genitive_complement(self, head: int) -> bool:
        """(dn28) The noun takes a genitive noun after it with no preposition ("заместитель главы"; a genitive
        name the parse apposed to a noun in another case is its owner too: "муж Асии Биби")."""
        tokens = self.doc.tokens
        return any(c > head and tokens[c].feats.get("Case") == "Gen" and (tokens[c].rel == "nmod" or (
                       tokens[c].rel == "appos" and tokens[head].feats.get("Case") not in (None, "Gen")))
                   and not any(tokens[p].rel == "case" for p in self.children.get(c, []))
                   for c in self.children.get(head, []))

    def _sole_person_of_field(self, head: int, noun: str, before: int) -> str | None:
        """"Руководитель департамента транспорта Москвы Максим Ликсутов … слова чиновника",
        "Мэр Якутска Сардана Авксентьева … Чиновница уточнила": a bare noun that would
        introduce someone new ("чиновник", "эксперт", "журналист") refers back to the one
        person of its gender the text named before it, when the text introduced that person
        with a noun of the same field (a post for "чиновник"); never when two such persons
        were named, nor with any modifier or complement ("чиновник мэрии", "один эксперт")."""
        tokens = self.doc.tokens
        if tokens[head].feats.get("Number") == "Plur" \
                or any(tokens[c].rel not in ("punct", "case", "cc") for c in self.children.get(head, [])):
            return None
        gender = self._predicate_gender(head) or (
            "Fem" if tokens[head].feats.get("Gender") == "Fem" or _lemma(tokens[head]) in FIELD_HYPERNYMS else None)
        named = []
        for actor in self.doc.actors:
            if actor.type != "PER" or not any(self.doc.mentions[i].start < before for i in actor.mentions):
                continue
            profile = self.salience.profiles.get(actor.id)
            if profile is None:
                return None  # (a person whose gender is unknown might be the one meant: uniqueness unproven)
            if gender == "Fem" and profile.gender != "Fem" or gender != "Fem" and profile.gender == "Fem":
                continue  # (a woman is "чиновница" or takes a feminine verb; a bare masculine noun a man)
            named.append(actor.id)
        if len(named) != 1 or all(of_no_field(h) for h in self.salience.profiles[named[0]].heads):
            return None  # (a person named bare is of no known field)
        return named[0] if self._person_fits(noun, head)(named[0]) else None

    def _spells_name(self, first: int, last: int) -> bool:
        """The phrase has a person's name of its own: a PER mention, or an animate proper
        noun outside any other mention ("президент фонда … Вера Таривердиева" where NER
        found no person)."""
        mentions = self.mentions_in(self.doc.tokens[first].start, self.doc.tokens[last - 1].stop)
        if any(m.type == "PER" for m in mentions):
            return True
        return any(t.pos == "PROPN" and t.feats.get("Animacy") == "Anim"
                   and not any(m.start <= t.start < m.stop for m in mentions)
                   for t in self.doc.tokens[first:last])

    def _named_after_description(self, head: int, noun: str) -> str | None:
        """"…, отметил директор. … рассказал Иван Зайчиков. … рассказал директор компании":
        a person the text first describes ("директор") and names only afterwards.  The
        first person named after the sentence of the noun's first use (within a few
        sentences), when the text named them nowhere before, gives them no other role
        anywhere and names no other new person in that sentence; a complement must repeat
        the first use's words ("директор первого департамента" … "директор департамента"),
        the verb must agree."""
        doc = self.doc
        tokens = doc.tokens
        if noun in ANONYMOUS | INDEFINITE | PARTICIPANT_ROLES | SPOKESPERSON_NOUNS \
                or tokens[head].feats.get("Number") == "Plur" \
                or self._new_referent(head) or self._owned(head) or self._has_genitive(head) \
                or self._pronoun_possessor(head) is not None:
            return None
        intro = next((k for k, t in enumerate(tokens) if _lemma(t) == noun), head)
        complement = self._complement(head).words
        if complement and intro != head:
            _, intro_last = self.subtree(intro, no_pp=True)
            said = {t.text.lower().replace("ё", "е")[:STEM] for t in tokens[intro + 1:intro_last]}
            if not all(w[:STEM] in said for w in complement):
                return None  # "директор школы" is not the one first called "директор завода"
        intro_start = tokens[intro].start
        here = doc.sentence_at(intro_start) or 0
        first_new: Mention | None = None
        for mention in self.mentions_in(intro_start, len(doc.text)):
            sentence = doc.sentence_at(mention.start) or 0
            if sentence > here + NAMED_AFTER_WINDOW:
                break
            if first_new is not None and sentence != doc.sentence_at(first_new.start):
                break
            if mention.type != "PER" or not mention.actor_id or sentence == here:
                continue  # (a person named in the description's own sentence is another participant)
            if first_new is not None and mention.actor_id != first_new.actor_id:
                return None  # two persons named together: no guessing between them
            actor = doc.actor(mention.actor_id)
            if actor is None or any(doc.mentions[i].start < intro_start for i in actor.mentions):
                continue  # (a person the text named before the description is no new referent)
            first_new = first_new or mention
        if first_new is None or self._given_role(first_new.actor_id, noun) \
                and not self._post_spelt_out(head, first_new.actor_id):
            return None
        return first_new.actor_id if self.agrees_with_verb(first_new.actor_id, head) else None

    def _spelt_out_holder(self, head: int, before: int) -> str | None:
        """(mA32, rv32_Q C1) "министр здравоохранения Максим Степанов … Глава Минздрава также заявил": a head's noun
        with a complement is the one person named before `before` whom the text gave that post in other words
        (`_post_spelt_out`); two such persons leave it to the other rules.  (cr32 F9) Not one the verb's gender
        rules out, nor one introduced as a former holder when the phrase does not say "бывший"."""
        if _lemma(self.doc.tokens[head]) not in GENERIC_OFFICE:
            return None
        former_phrase = self._former_phrase(head)
        holders = {actor.id for actor in self.doc.actors if actor.type == "PER"
                   and any(self.doc.mentions[i].start < before for i in actor.mentions)
                   and self._post_spelt_out(head, actor.id) and self.agrees_with_verb(actor.id, head)
                   and (former_phrase or not any(marks_former(word) for word in self.post_words(actor.id)))}
        return holders.pop() if len(holders) == 1 else None

    def _post_spelt_out(self, head: int, actor_id: str) -> bool:
        """"…, считает глава МИД ФРГ. Министр иностранных дел Германии Хайко Маас …": the role the
        text gives the person is the description's post in other words - a head's noun ("глава",
        "руководитель") whose complement's every word is among the words introducing the person
        with a post, as written, as the ministry's spelt-out field ("МИД" - "иностранных дел") or
        as the country ("ФРГ" - "Германии", "немецкий")."""
        tokens = self.doc.tokens
        if _lemma(tokens[head]) not in GENERIC_OFFICE:
            return False
        around = self.post_words(actor_id)
        words = []
        for child in self.children.get(head, []):
            if child > head and tokens[child].rel in ("nmod", "appos") and tokens[child].feats.get("Case") == "Gen":
                first, last = self.subtree(child, no_pp=True)
                words += [_lemma(t) for t in tokens[first:last] if t.pos in ("NOUN", "PROPN", "ADJ")]
        if not words or not around & POSTS:
            return False
        return all(word in around or word in MINISTRY_FIELDS and set(MINISTRY_FIELDS[word]) <= around
                   or word in COUNTRY_NATIONALITY and nationality_words(COUNTRY_NATIONALITY[word]) & around
                   for word in words)

    def _given_role(self, actor_id: str, noun: str) -> bool:
        """The text gives the person another role where it names them: an animate noun
        among the few words before a mention, back to the last comma or stop
        ("главный редактор радиостанции «Говорит Москва» Сергей Доренко"), or apposed
        after it ("Таня Марш — профессор …")."""
        tokens = self.doc.tokens
        actor = self.doc.actor(actor_id)

        def other_role(token: Token) -> bool:
            return token.pos == "NOUN" and token.feats.get("Animacy") == "Anim" and _lemma(token) != noun

        for index in getattr(actor, "mentions", []):
            mention = self.doc.mentions[index]
            first, last = self.doc.token_span(mention.start, mention.stop)
            for k in range(first - 1, max(-1, first - 1 - ROLE_CONTEXT_TOKENS), -1):
                if tokens[k].text in ",;:.!?—–":
                    break
                if other_role(tokens[k]):
                    return True
            k = last
            if k < len(tokens) and tokens[k].text in ",—–-(":
                k += 1
            while k < len(tokens) and k < last + 4 and tokens[k].pos in ("ADJ", "DET", "NUM"):
                k += 1
            if last < k < len(tokens) and other_role(tokens[k]):
                return True
        return False

    def _last_unnamed_official(self, before: int) -> SpeakerRef | None:
        """"Представитель МИД Пакистана опроверг … «…», - сказал чиновник": a bare
        "чиновник" right after a quote by an unnamed official of an institution
        ("представитель/сотрудник" + the institution, no name) is that official - unless the
        text named a person after that quote's sentence (then "чиновник" may be that one)."""
        said = [(offset, ref) for offset, ref in self.speakers if offset < before]
        if not said:
            return None
        offset, ref = said[-1]
        here, there = self.doc.sentence_at(before) or 0, self.doc.sentence_at(offset)
        words = ref.name.lower().split()
        if there is None or here - there > LAST_QUOTED_WINDOW or ref.actor_id is not None or len(words) < 2 \
                or not words[0].startswith(OFFICIAL_STEMS):
            return None
        if any(m.type == "PER" and not self.quoted(m.start)
               for m in self.mentions_in(self.doc.sentences[there].stop, before)):
            return None
        return ref

    def _acting_post(self, head: int, lemma: str) -> int | None:
        """The post of an acting holder: the genitive person noun after "врио" or "и.о." """
        if any(_lemma(self.doc.tokens[c]) in NEW_REFERENT | {"новый"} for c in self.children.get(head, []) if c < head):
            return None  # (mX30) "Новый врио главы района заявил": who replaced the head the text named
        if lemma not in ACTING_HEADS:
            return self._abbreviated_acting_post(head)
        tokens = self.doc.tokens
        return next((c for c in self.children.get(head, []) if c > head and tokens[c].rel == "nmod"
                     and tokens[c].pos == "NOUN" and tokens[c].feats.get("Case") == "Gen"
                     and tokens[c].feats.get("Animacy") == "Anim"), None)

    def _abbreviated_acting_post(self, head: int) -> int | None:
        """(mX30) "сказала и.о. министра": the tokenizer splits "и.о." into "и . о .", which the parse
        hangs on "и" as the subject; the post is then the genitive person noun right after the abbreviation."""
        tokens = self.doc.tokens
        if [t.text.lower() for t in tokens[head:head + 4]] != ["и", ".", "о", "."] or head + 4 >= len(tokens):
            return None
        post = tokens[head + 4]
        return head + 4 if post.pos == "NOUN" and post.feats.get("Case") == "Gen" \
            and post.feats.get("Animacy") == "Anim" else None

    def _compatriot(self, head: int, demonym: str) -> SpeakerRef | None:
        """"— сказал немец", "призналась британка": a demonym refers to the most salient
        person of its gender introduced with that nationality (the adjective, a demonym or
        the country among the words around the name); failing that, to the most salient
        one whose words name no other nationality."""
        token = self.doc.tokens[head]
        gender = self._predicate_gender(head) or token.feats.get("Gender")
        ranked = self._rank(Agreement(frozenset(PERSON_TYPES), gender if gender in ("Masc", "Fem") else None),
                            token.start)
        mine = nationality_words(DEMONYMS[demonym])
        others = frozenset().union(*(nationality_words(a) for a in set(DEMONYMS.values()))) - mine

        def stated(actor_id: str) -> bool:
            actor = self.doc.actor(actor_id)
            return actor is not None and bool(self._words_around(actor, ROLE_CONTEXT_TOKENS) & mine)

        def unopposed(actor_id: str) -> bool:
            actor = self.doc.actor(actor_id)
            return actor is not None and not self._words_around(actor, ROLE_CONTEXT_TOKENS) & others

        best = next((c for c in ranked if stated(c.actor_id)), None) \
            or next((c for c in ranked if unopposed(c.actor_id)), None)
        return self._as_anaphor(best.actor_id, token) if best is not None else None

    def _resident_compatriot(self, head: int) -> str | None:
        """"28-летняя немка Мартина Биг … Жительница Германии рассказала": a resident or
        citizen of a country ("жительница Германии", "гражданин ФРГ") is the one person of
        that gender the text named before and introduced with that nationality (its
        adjective, a demonym or the country among the words right before the name); none
        when two were, or the noun has any other modifier ("одна жительница Германии")."""
        tokens = self.doc.tokens
        token = tokens[head]
        if token.feats.get("Number") == "Plur":
            return None
        countries = [c for c in self.children.get(head, [])
                     if c > head and tokens[c].rel in ("nmod", "appos") and tokens[c].feats.get("Case") == "Gen"]
        if len(countries) != 1 or any(c not in countries and tokens[c].rel not in ("punct", "case", "cc")
                                      for c in self.children.get(head, [])):
            return None
        first, last = self.subtree(countries[0], no_pp=True)
        adjective = COUNTRY_NATIONALITY.get(" ".join(_lemma(t) for t in tokens[first:last]))
        if adjective is None:
            return None
        gender = self._predicate_gender(head) or token.feats.get("Gender")
        mine = nationality_words(adjective)
        stated = []
        for actor in self.doc.actors:
            if actor.type != "PER" or not any(self.doc.mentions[i].start < token.start for i in actor.mentions):
                continue
            profile = self.salience.profiles.get(actor.id)
            if gender in ("Masc", "Fem") and profile is not None and profile.gender in ("Masc", "Fem") \
                    and profile.gender != gender:
                continue
            if self.post_words(actor.id) & mine:
                stated.append(actor.id)
        return stated[0] if len(stated) == 1 else None

    def agrees_with_verb(self, actor_id: str, head: int) -> bool:
        """"Прокурор заявил" cannot be a woman the text has shown as one."""
        verb_gender = self._predicate_gender(head)
        profile = self.salience.profiles.get(actor_id)
        return not (verb_gender in ("Masc", "Fem") and profile is not None and profile.type == "PER"
                    and profile.gender_sure and profile.gender in ("Masc", "Fem") and profile.gender != verb_gender)

    def _generic_person(self, head: int, noun: str, before: int) -> str | None:
        """"Певица Анна Белова вышла замуж. Девушка сообщила, что …": a bare noun that says
        only sex and age refers back to the one person of that gender named in this or the
        sentence before (none when two are, or the noun has any modifier)."""
        gender = GENERIC_PERSON_NOUNS.get(noun)
        if gender is None or any(self.doc.tokens[c].rel not in ("punct", "case") for c in self.children.get(head, [])):
            return None
        here = self.salience.sentence_of(before)
        near = [c for c in self._rank(Agreement(frozenset({"PER"}), gender), before)
                if c.last_sentence >= here - 1 and (actor := self.doc.actor(c.actor_id)) is not None
                and self.salience.profiles.get(actor.id) is not None
                and self.salience.profiles[actor.id].gender == gender]
        return near[0].actor_id if len(near) == 1 else None

    def _plural_noun(self, head: int) -> bool:
        """The noun is plural by its form, or by its verb when it is a bare subject: a verb agrees
        with its subject in number, and the tagger often reads "авиакомпании" as a genitive
        singular ("Авиакомпании считают"); one under a preposition is no subject ("в авиакомпании
        утверждают" is the company, the verb an impersonal plural), nor one coordinated with another
        (review rev23_A L6)."""
        token = self.doc.tokens[head]
        if token.feats.get("Number") == "Plur":
            return True
        if not token.rel.startswith("nsubj") or token.head < 0 \
                or any(self.doc.tokens[c].rel in ("case", "conj") for c in self.children.get(head, [])):
            return False  # (with a conjunct the verb agrees with the pair: "Министерства и ведомства заявили")
        return self.doc.tokens[token.head].feats.get("Number") == "Plur"

    def _plural_phrase(self, head: int, phrase: str, surface: str) -> str:
        """The name of a plural noun phrase: a bare subject the tagger read as singular
        ("Авиакомпании" as a genitive) is written in the nominative plural already."""
        return phrase if self.doc.tokens[head].feats.get("Number") == "Plur" else surface

    def _no_coargument(self, head: int, fits: Callable[[str], bool]) -> Callable[[str], bool]:
        """`fits`, narrowed to the persons who are no other argument of the head's verb."""
        others = self._coargument_persons(head)
        if not others:
            return fits

        def fits_and_no_coargument(actor_id: str) -> bool:
            return fits(actor_id) and actor_id not in others

        return fits_and_no_coargument

    def _not_host_subject(self, head: int, fits: Callable[[str], bool]) -> Callable[[str], bool]:
        """(mA30, rv30_Q cause 6) `fits`, narrowed to persons other than the subject of the verb
        the noun depends on as (part of) an object or oblique: "Собчак опубликовала видеозапись с
        девочкой, которая раскритиковала …" - the girl of Собчак's video is not Собчак (one
        person in both places takes a reflexive: "видеозапись с собой")."""
        hosts = self._host_subject_persons(head)
        if not hosts:
            return fits

        def fits_and_not_host(actor_id: str) -> bool:
            return fits(actor_id) and actor_id not in hosts

        return fits_and_not_host

    def _host_subject_persons(self, head: int) -> frozenset[str]:
        """The persons named in the subject of the verb that governs `head`, a noun modifier inside
        its object or oblique, through at most three links (the verb's own object - "процитировала
        поэта" - is left to the rules of cited persons)."""
        tokens = self.doc.tokens
        if not tokens[head].rel.startswith("nmod"):
            return frozenset()
        k = head
        for _ in range(3):
            if tokens[k].rel.split(":")[0] not in HOST_LINK_RELS or tokens[k].head < 0:
                return frozenset()
            k = tokens[k].head
            if tokens[k].pos == "VERB":
                break
        else:
            return frozenset()
        found: set[str] = set()
        for child in self.children.get(k, []):
            if tokens[child].rel.startswith("nsubj") and child != head:
                first, last = self.subtree(child, no_pp=True)
                found |= {m.actor_id for m in self.mentions_in(tokens[first].start, tokens[last - 1].stop)
                          if m.type == "PER" and m.actor_id}
        return self._with_spellings(frozenset(found))

    def _of_sex(self, sex: str, fits: Callable[[str], bool]) -> Callable[[str], bool]:
        """Only a person whose profile does not lean to the other sex: "мужчина", "девушка" state
        the sex, unlike a role noun ("министр заявила"), so "Мужчина рассказал" after "муж Асии
        Биби" is not Асия Биби even when her gender signals are too few to be sure."""

        def fits_and_of_sex(actor_id: str) -> bool:
            profile = self.salience.profiles.get(actor_id)
            return fits(actor_id) and (profile is None or profile.gender in (None, sex))
        return fits_and_of_sex

    def _coargument_persons(self, head: int) -> frozenset[str]:
        """The persons named as another argument of the verb whose subject the token is - its
        object, addressee or oblique ("председатель парламента рассказал Малкову", "Соседка
        указала ей"): a subject and a co-argument that is not reflexive never co-refer, so the
        description is none of them.  A personal pronoun there stands for the person it would
        resolve to, when that is sure (`_sure_pronoun_antecedent`)."""
        tokens = self.doc.tokens
        token = tokens[head]
        if not token.rel.startswith("nsubj") or token.head < 0:
            return frozenset()
        found: set[str] = set()
        for child in self.children.get(token.head, []):
            other = tokens[child]
            if child == head or other.rel.split(":")[0] not in COARGUMENT_RELS:
                continue
            if _personal_pronoun(other):
                sure = self._sure_pronoun_antecedent(child, head)
                found |= {sure} if sure else set()
                continue
            first, last = self.subtree(child, no_pp=True)
            found |= {m.actor_id for m in self.mentions_in(tokens[first].start, tokens[last - 1].stop)
                      if m.type == "PER" and m.actor_id}
        return self._with_spellings(frozenset(found))

    def _with_spellings(self, ids: frozenset[str]) -> frozenset[str]:
        """The persons `ids` with their other names written in brackets after one of theirs
        ("Асия Биби (Норин)", `_alias_of`), which the actor layer keeps as actors of their own."""
        if not ids:
            return ids
        more = set(ids)
        for mention in self.mentions:
            bracketed = "(" in self.doc.text[max(0, mention.start - 3):mention.start]  # (cheap test first)
            named = self._alias_of(mention) if bracketed and mention.type == "PER" and mention.actor_id else mention
            if named is not mention and named.actor_id and {named.actor_id, mention.actor_id} & ids:
                more |= {named.actor_id, mention.actor_id}
        return frozenset(more)

    def _sure_pronoun_antecedent(self, pronoun: int, subject: int) -> str | None:
        """The one person a 3rd-person pronoun can stand for: the only named person of its gender
        in reach, with no other noun for a person (or people) of that gender between that person's
        last mention and the pronoun (besides the subject itself).  "Соседка указала ей" after "Мария
        Иванова работала в поле" is Мария; "спрашивает у нее" after "одной из учениц" may be the
        pupil, and "сказал ему" with two men in reach is either - then no one is excluded (review
        rev23_A M1: the fallback to the salient person removed the description's own referent)."""
        tokens = self.doc.tokens
        gender = tokens[pronoun].feats.get("Gender")
        ranked = self._rank(Agreement(frozenset(PERSON_TYPES), gender), tokens[pronoun].start)
        if not ranked or not {c.actor_id for c in ranked} <= self._with_spellings(frozenset({ranked[0].actor_id})):
            return None  # (nobody, or two people: a person's bracketed other name is still that person)
        after = max(c.last_start for c in ranked)
        for k in range(self.doc.token_span(after, after + 1)[0], pronoun):
            other = tokens[k]
            if k != subject and other.pos == "NOUN" \
                    and other.feats.get("Animacy") == "Anim" and other.feats.get("Gender") == gender \
                    and not self.mentions_in(other.start, other.stop):
                # (an unnamed person of the pronoun's gender it may stand for; a plural noun too:
                # "одной из учениц … у нее" is one of them)
                return None
        return ranked[0].actor_id

    def _predicate_gender(self, head: int) -> str | None:
        """Gender of the past-tense verb whose subject the token is."""
        token = self.doc.tokens[head]
        if not token.rel.startswith("nsubj") or token.head < 0:
            return None
        verb = self.doc.tokens[token.head]
        if verb.feats.get("Tense") == "Past" and verb.feats.get("Number") == "Sing":
            return verb.feats.get("Gender")
        if verb.feats.get("Variant") == "Short" and verb.feats.get("Number") == "Sing":
            return verb.feats.get("Gender")  # (dvC) a short adjective or participle: "Британский премьер уверена"
        return None

    def _possessed(self, head: int, noun: str, surface: str, start: int, stop: int) -> SpeakerRef | None:
        """"его дочь", "адвокат женщины": a person defined by a relation to an earlier
        person is named after that person ("дочь Джорджа Мендонсы"), not taken for them."""
        tokens = self.doc.tokens
        word = tokens[head].text.lower()
        if tokens[head].feats.get("Case") == "Nom" and tokens[head].feats.get("Number") == "Sing" \
                and len(word.split("-")) == 1:
            noun = word  # ("супруга задержанного": the lemma "супруг" loses the gender the text shows)
        for child in self.children.get(head, []):
            token = tokens[child]
            named = [m for m in self.mentions_in(token.start, self.doc.tokens[self.subtree(child)[1] - 1].stop)
                     if m.type == "PER" and m.start == token.start]
            if child > head and token.feats.get("Case") == "Gen" and named:
                # "Муж Асии Биби": the owner is named right here, in the genitive already.
                return SpeakerRef(None, f"{noun} {named[0].text}", surface, start, stop)
            if token.rel in ("det", "nmod") and child < head and token.text.lower() in POSSESSIVE_PERSON:
                owner = self._antecedent(child, POSSESSIVE_PERSON[token.text.lower()], persons_only=True)
            elif token.rel == "nmod" and child > head and token.feats.get("Case") == "Gen" and _person_participle(token) \
                    and token.feats.get("Number") != "Plur" and not self.mentions_in(token.start, token.stop + 1):
                # "отец погибшего", "мать задержанного": the one the text said that of ("погиб Олег Смирнов")
                owner = self._participle_referent(child)
            elif token.rel == "nmod" and child > head and token.pos == "NOUN" and token.feats.get("Case") == "Gen" \
                    and token.feats.get("Animacy") == "Anim" and token.feats.get("Number") != "Plur" \
                    and not self.mentions_in(token.start, token.stop + 1):
                gender = token.feats.get("Gender")
                # ("Отец победителя чемпионата (UFC) Хабиба Нурмагомедова": the name in the genitive
                # that stands in the genitive's own phrase, wherever the parse hung it)
                # (mH33) "Как говорят знакомые артиста" after "артист Олег Попов скончался … сообщил директор
                # цирка Эдгард Запашный": the owner is one the text could call by that noun, not the latest person
                owner = self._genitive_name_after(child) or self._antecedent(
                    child, gender if gender in ("Masc", "Fem") else "Any", persons_only=True,
                    fits=self._person_fits(_lemma(token), child))
            else:
                continue
            if owner is not None and owner.actor_id:
                holder = self._introduced_relation_holder(head, owner.actor_id)
                if holder is not None:
                    return SpeakerRef(holder.actor_id, self.ref(holder).name, surface, start, stop)
                return SpeakerRef(None, f"{noun} {self._owner_genitive(owner.actor_id, owner.name)}", surface,
                                  start, stop)
        return None

    def _introduced_relation_holder(self, head: int, owner_id: str) -> Mention | None:
        """(mM33) "Супруга игрока «Краснодара» Павла Мамаева Алана рассказала … – заявила супруга футболиста": the
        text introduced the holder of this very relation by name (`_relation_holder_name`), so a later "супруга X"
        whose owner reads as that introduction's owner - or as the holder herself, whom no relation of hers can
        own (the actor layer's misread "Мамаева" skews the salience genders) - is that holder."""
        tokens = self.doc.tokens
        noun = _lemma(tokens[head])
        for k in range(head - 1, -1, -1):
            if _lemma(tokens[k]) != noun or not tokens[k].rel.startswith("nsubj"):
                continue
            holder = self._relation_holder_name(k) or self._family_holder_after_owner(k)
            if holder is None:
                continue
            owners = {m.actor_id for m in self.mentions_in(tokens[k].start, holder.start) if m.type == "PER"}
            if owner_id == holder.actor_id or owner_id in owners:
                return holder
        return None

    def _family_holder_after_owner(self, head: int) -> Mention | None:
        """(mM33) "Жена хоккеиста «Динамо» Олега Смирнова Анна рассказала" when the parse makes "Анна" a subject of
        its own: the relational subject's genitive phrase (genitive words, brackets and names only) ends in the
        owner's genitive name, and the next word opens the name of a woman of his family (`_feminine_namesake`) -
        the relation's holder, for a feminine noun only."""
        tokens = self.doc.tokens
        if tokens[head].feats.get("Gender") != "Fem" or tokens[head].feats.get("Case") != "Nom":
            return None
        end = self.doc.sentences[self.doc.sentence_at(tokens[head].start)].token_stop \
            if self.doc.sentence_at(tokens[head].start) is not None else len(tokens)
        owner: Mention | None = None
        k = head + 1
        while k < min(end, head + 1 + GENITIVE_PHRASE_TOKENS):
            mention = next((m for m in self.mentions_in(tokens[k].start, tokens[end - 1].stop)
                            if m.start == tokens[k].start and m.type == "PER" and m.actor_id), None)
            if mention is not None:
                if owner is not None:
                    return mention if self._feminine_namesake(mention.actor_id, owner.actor_id) else None
                if tokens[k].feats.get("Case") != "Gen":
                    return None
                owner = mention
                k = self.doc.token_span(mention.start, mention.stop)[1]
                continue
            if owner is not None or not (tokens[k].pos == "PUNCT" and tokens[k].text in "«»\"()"
                                         or tokens[k].feats.get("Case") == "Gen" or "Case" not in tokens[k].feats
                                         and tokens[k].pos in ("PROPN", "X")):
                return None
            k += 1
        return None

    def _genitive_name_after(self, noun: int) -> SpeakerRef | None:
        """The person named in the genitive phrase that an animate genitive noun opens
        ("победителя Абсолютного бойцовского чемпионата (UFC) Хабиба Нурмагомедова"): the first
        person mention after it all of whose words are genitive, reached over genitive words,
        brackets and case-less names only.  Not after a relation or a generic person noun ("мать
        девушки Владислава", "подруги Анны": the name is its owner's), nor past another person
        noun ("подруги певицы Анны Петровой")."""
        tokens = self.doc.tokens
        if _lemma(tokens[noun]) in RELATIONAL or _lemma(tokens[noun]) in GENERIC_PERSON_NOUNS:
            return None
        for k in range(noun + 1, min(len(tokens), noun + 1 + GENITIVE_PHRASE_TOKENS)):
            token = tokens[k]
            reach = tokens[min(len(tokens), k + GENITIVE_PHRASE_TOKENS) - 1].stop
            mention = next((m for m in self.mentions_in(token.start, reach) if m.type == "PER"
                            and m.start == token.start and m.actor_id), None)
            if mention is not None:
                first, last = self.doc.token_span(mention.start, mention.stop)
                words = [t for t in tokens[first:last] if t.pos != "PUNCT"]
                if not words or not all(t.feats.get("Case") == "Gen" for t in words):
                    return None
                # The name must agree with the noun it names: "дочери народного артиста Екатерины
                # Дуровой" names the daughter herself (an apposition of "дочери"), not the artist.
                gender = tokens[noun].feats.get("Gender")
                genders = {t.feats.get("Gender") for t in words} - {None}
                if gender in ("Masc", "Fem") and genders and gender not in genders:
                    return None
                return self.ref(mention)
            if token.pos == "PUNCT" and token.text in "()«»\"" \
                    or token.pos in ("NOUN", "ADJ", "PROPN", "DET") and token.feats.get("Case") == "Gen" \
                    and not (token.pos == "NOUN" and token.feats.get("Animacy") == "Anim") \
                    or token.pos in ("PROPN", "X") and "Case" not in token.feats:
                continue
            return None
        return None

    def _participle_referent(self, participle: int) -> SpeakerRef | None:
        """The named person an earlier clause of the same verb is about: "погиб Олег Смирнов",
        "задержали Ивана Петрова", "задержанный Иван Петров" for "погибшего", "задержанного"."""
        tokens = self.doc.tokens
        verb = _lemma(tokens[participle])
        for k in range(participle - 1, -1, -1):
            if tokens[k].pos not in ("VERB", "ADJ") or _lemma(tokens[k]) != verb:
                continue
            about = [c for c in self.children.get(k, []) if tokens[c].rel in ("nsubj", "nsubj:pass", "obj")]
            if tokens[k].rel in ("acl", "amod") and tokens[k].head >= 0:
                about.append(tokens[k].head)  # ("задержанный Иван Петров")
            for c in about:
                first, last = self.subtree(c)
                named = [m for m in self.mentions_in(tokens[first].start, tokens[last - 1].stop)
                         if m.type == "PER" and m.actor_id]
                if named:
                    return self.ref(named[0])
        return None

    def _owner_genitive(self, actor_id: str, name: str) -> str:
        """The owner's name in the genitive: as the text writes it in the genitive when it does
        ("адвокат Асии Биби": inflecting an unknown foreign name can fail), else inflected."""
        for mention in self.doc.mentions:
            if mention.actor_id == actor_id and mention.type == "PER":
                first, last = self.doc.token_span(mention.start, mention.stop)
                if last > first and all(t.feats.get("Case") == "Gen" for t in self.doc.tokens[first:last]) \
                        and len(mention.text.split()) == len(name.split()):
                    return mention.text
        return self.genitive(name)

    def _possessor_actor(self, head: int) -> str | None:
        """The actor a third-person possessive before a person noun refers to."""
        possessive = self._pronoun_possessor(head)
        if possessive is None:
            return None
        ref = self._antecedent(possessive, POSSESSIVE_PERSON[self.doc.tokens[possessive].text.lower()], persons_only=True)
        return ref.actor_id if ref is not None else None

    def _holds_noun(self, actor_id: str, noun: str) -> bool:
        """The actor was introduced with (or holds a role headed by) `noun`: "Пресс-секретарь
        президента Дмитрий Песков … Его пресс-секретарь" - "его" is the president's."""
        profile = self.salience.profiles.get(actor_id)
        return profile is not None and noun in profile.heads

    def _pronoun_possessor(self, head: int) -> int | None:
        """The third-person possessive before a person noun ("его педагог"), if any."""
        return next((c for c in self.children.get(head, []) if c < head and self.doc.tokens[c].rel in ("det", "nmod")
                     and self.doc.tokens[c].text.lower() in POSSESSIVE_PERSON), None)

    def _introduced_later(self, noun: str, after: int, possessive: int) -> str | None:
        """The first person introduced with `noun` after offset `after` (within the
        following few sentences) who is not the one the possessive refers to."""
        token = self.doc.tokens[possessive]
        owner = self._antecedent(possessive, POSSESSIVE_PERSON[token.text.lower()], persons_only=True)
        here = self.doc.sentence_at(after) or 0
        for mention in self.mentions_in(after, len(self.doc.text)):
            if (self.doc.sentence_at(mention.start) or 0) > here + LATER_INTRODUCTION_WINDOW:
                break
            if mention.type == "PER" and mention.actor_id and self._named_after_noun(mention, noun) \
                    and not (owner is not None and owner.actor_id == mention.actor_id):
                return mention.actor_id
        return None

    def _named_after_noun(self, mention: Mention, noun: str) -> bool:
        """The name follows `noun` within a few words, no punctuation between
        ("Педагог Антона Ершова Оксана Первушкина")."""
        first, _ = self.doc.token_span(mention.start, mention.stop)
        for k in range(first - 1, max(-1, first - 5), -1):
            token = self.doc.tokens[k]
            if token.pos == "PUNCT":
                return False
            if _lemma(token) == noun:
                # (in the noun's case: "Адвокат Петрова Олег Смирнов" names Смирнов, not Петров)
                return token.feats.get("Case") == self.doc.tokens[first].feats.get("Case")
        return False

    def _not_possessor(self, actor_id: str | None, start: int, stop: int, head: int) -> str | None:
        """"Помощник Хиллари Клинтон": the role's holder is not the person it depends on."""
        if actor_id and any(m.actor_id == actor_id and not self._names_head(m, head)
                            for m in self.mentions_in(start, stop)):
            return None
        return actor_id

    def _introduced_person(self, head: int, noun: str, before: int) -> str | None:
        """"Белорусский певец Руслан Алехно … эстонский певец Яак Йоала … белорусский
        певец признался": the latest person introduced with the same noun and the
        same adjectives."""
        if not any(self.doc.tokens[c].rel == "amod" for c in self.children.get(head, [])):
            return None  # a bare noun ("певец") is left to the role and salience rules
        want = _former_spelt_out({noun} | {_lemma(self.doc.tokens[c]) for c in self.children.get(head, [])
                                           if self.doc.tokens[c].rel == "amod"})
        i = bisect_left(self._starts, before) - 1
        while i >= 0:
            mention = self.mentions[i]
            i -= 1
            if mention.type != "PER" or not mention.actor_id or mention.stop > before:
                continue
            first, _ = self.doc.token_span(mention.start, mention.stop)
            s = self.doc.sentence_at(mention.start)
            floor = self.doc.sentences[s].token_start if s is not None else 0
            seen = _former_spelt_out({_lemma(self.doc.tokens[k]) for k in range(max(floor, first - 4), first)})
            if want <= seen:
                return mention.actor_id
        return None

    def _apposed_holder(self, head: int, noun: str, before: int) -> str | None:
        """"дочь погибшей Мария … Дочь актрисы утверждает", "чиновник мэрии Иван
        Петров … Чиновник добавил": a description repeating the noun a person was
        introduced with in apposition refers back to that person, also when the
        noun alone would introduce someone new ("чиновник") or a relative of someone
        ("дочь").  Not with a modifier of a new referent ("другой чиновник", "её
        дочь"), nor with a complement naming another owner than the introduction
        did ("дочь Петрова" is not "дочь Иванова Мария")."""
        tokens = self.doc.tokens
        if noun in ANONYMOUS or tokens[head].feats.get("Number") == "Plur":
            return None
        if self._new_referent(head) or self._owned(head):
            return None
        complement = self._complement(head)
        verb_gender = self._predicate_gender(head)
        gender = verb_gender if verb_gender in ("Masc", "Fem") else (
            "Fem" if tokens[head].feats.get("Gender") == "Fem" else None)
        candidates = self._rank(Agreement(frozenset(PERSON_TYPES), gender, head=noun, require_head=True), before)
        if not candidates and noun in COMPOUND_POST_HEADS:
            # "главред журнала" of one introduced as "главный редактор журнала «X» Анна Белова"
            # (the spelt-out head noun among the words introducing the person)
            spelt = COMPOUND_POST_HEADS[noun]
            candidates = [c for c in self._rank(Agreement(frozenset(PERSON_TYPES), gender), before)
                          if (actor := self.doc.actor(c.actor_id)) is not None
                          and spelt in self._words_around(actor, ROLE_CONTEXT_TOKENS)][:1]
        for candidate in candidates:
            actor = self.doc.actor(candidate.actor_id)
            if actor is None or candidate.actor_id in complement.actors or self._held_formerly(actor, noun, head):
                continue  # ("дочь актрисы": the daughter is not the actress)
            if complement.actors - self._introduced_with(candidate.actor_id):
                continue  # introduced as the daughter (representative) of someone else
            if complement.words and not complement.actors and not self._animate_complement(head) \
                    and not complement.words <= self._words_around(actor, ROLE_CONTEXT_TOKENS):
                continue  # "представитель профсоюза" is not one introduced as "представитель МИД"
            return candidate.actor_id
        return None

    def _new_referent(self, head: int) -> bool:
        """"другой чиновник", "еще один депутат": a modifier that makes the description someone new."""
        tokens = self.doc.tokens
        return any(tokens[c].rel in ("amod", "det", "nummod", "advmod") and _lemma(tokens[c]) in NEW_REFERENT
                   or tokens[c].rel == "nummod" and any(_lemma(tokens[g]) in NEW_REFERENT
                                                        for g in self.children.get(c, []))
                   for c in self.children.get(head, []) if c < head)

    def _inflected_owner(self, head: int) -> set[str | None]:
        """"Адвокат Асии Биби": a name after the noun in another form than its normal one (the
        tagger may still call it a nominative apposition) is the noun's owner - its actors."""
        tokens = self.doc.tokens
        return {m.actor_id for c in self.children.get(head, [])
                if c > head and tokens[c].rel in ("appos", "nmod", "flat", "flat:name")
                for m in self.mentions_in(tokens[c].start, len(self.doc.text))
                if m.start == tokens[c].start and m.type == "PER" and _inflected(m)}

    def _owned(self, head: int) -> bool:
        """"её дочь", "свой адвокат": a possessive pronoun relates the description to someone."""
        return any(self.doc.tokens[c].text.lower() in OWNER_PRONOUNS or _lemma(self.doc.tokens[c]) in OWNER_PRONOUNS
                   for c in self.children.get(head, []) if c < head)

    def _animate_complement(self, head: int) -> bool:
        """"дочь актрисы", "вдова погибшего": the complement is itself a person description."""
        tokens = self.doc.tokens
        return any(c > head and tokens[c].rel in ("nmod", "amod", "appos") and tokens[c].feats.get("Case") == "Gen"
                   and tokens[c].feats.get("Animacy") == "Anim" for c in self.children.get(head, []))

    def _owner_after(self, head: int) -> bool:
        """"пресс-служба ГИМ", "комитет Думы": the noun names its own owner after it,
        so it does not refer back to the last organisation."""
        return any(c > head and self.doc.tokens[c].rel in ("nmod", "appos", "flat:foreign")
                   and self.doc.tokens[c].pos in ("PROPN", "NOUN", "X")
                   and _lemma(self.doc.tokens[c]) not in ANAPHORIC_ORG  # ("пресс-служба ведомства" refers back)
                   and not self._prepositional(c)  # ("департамента в социальной сети" names a place)
                   for c in self.children.get(head, []))

    def _role_holder(self, phrase: str, start: int | None = None) -> str | None:
        """The actor holding a role phrase (starting at offset `start`), unless only a registry role
        that does not hold at the article's date ties it to this article."""
        actor_id = self.resolve_role(phrase, start)
        if actor_id is not None and start is not None:
            # (mQ34) "губернатор Камчатского края Владимир Солодов поделился … Губернатор высказал мнение":
            # the bare noun is the holder named last, not the one the headline called "Губернатор Бречалов"
            actor_id = self._nearest_holder_of_noun(phrase, start) or actor_id
        return None if actor_id in self.dated_out else actor_id

    def _nearest_holder_of_noun(self, noun: str, before: int) -> str | None:
        """Of the persons the text gave a role headed by the one-word `noun` ("губернатор",
        "губернатор Камчатского края"), the one mentioned last before `before`."""
        key = alias_key(noun)
        if " " in key:
            return None
        holders = {a.id for a in self.doc.actors if a.type == "PER"
                   and any(alias_key(role).split()[:1] == [key] for role in a.roles)}
        if len(holders) < 2:
            return None
        last = next((m for m in reversed(self.mentions) if m.start < before and m.actor_id in holders), None)
        return last.actor_id if last is not None else None

    def _earlier_holder(self, phrase: str, start: int) -> str | None:
        """The role's holder, unless the body names that person only after the description
        ("Особо отмечает журналист, что … Ранее X поспорил о журналисте Y": a description
        refers back; a title's may name ahead, and a registry holder needs no mention)."""
        actor_id = self._role_holder(phrase, start)
        actor = self.doc.actor(actor_id) if actor_id else None
        title = next((p for p in self.doc.parts if p.kind == "title"), None)
        if actor is None or not actor.mentions or title is not None and title.start <= start < title.stop:
            return actor_id
        return actor_id if any(self.doc.mentions[i].start < start for i in actor.mentions) else None

    def given_noun(self, actor_id: str, noun: str) -> bool:
        """(mD31) The text gave the actor `noun`: among its roles and introducing nouns, or among the
        few words before one of its mentions ("ее специальный советник, микробиолог Питер Пиот")."""
        return self._holds_noun(actor_id, noun) or self.introduced_as(actor_id, noun)

    def holds_noun(self, actor_id: str, noun: str) -> bool:
        """(mD31) `_holds_noun` for the description stage: the actor's roles and introducing nouns only."""
        return self._holds_noun(actor_id, noun)

    def _introduced_before(self, actor_id: str, noun: str, before: int) -> bool:
        """A mention of the actor before `before` has `noun` among the few words before it."""
        actor = self.doc.actor(actor_id)
        for index in getattr(actor, "mentions", []):
            mention = self.doc.mentions[index]
            if mention.start >= before:
                continue
            first, _ = self.doc.token_span(mention.start, mention.stop)
            if any(_lemma(t) == noun for t in self.doc.tokens[max(0, first - ROLE_CONTEXT_TOKENS):first]):
                return True
        return False

    def post_words(self, actor_id: str) -> frozenset[str]:
        """Lemmas of the few words right before each mention of a person, back to a stop or
        a comma in its own sentence ("Министр иностранных дел Германии Хайко Маас"): the post
        the text gives them."""
        tokens = self.doc.tokens
        words: set[str] = set()
        for index in getattr(self.doc.actor(actor_id), "mentions", []):
            mention = self.doc.mentions[index]
            first, _ = self.doc.token_span(mention.start, mention.stop)
            k = first - 1
            while k >= 0 and first - k <= ROLE_CONTEXT_TOKENS and tokens[k].text not in ".!?;:,—–\n" \
                    and tokens[k].text.strip():
                words.add(_lemma(tokens[k]))
                k -= 1
        return frozenset(words)

    def introduced_as(self, actor_id: str, noun: str) -> bool:
        """The actor's mentions are introduced with this noun ("бывший депутат Думы X")."""
        actor = self.doc.actor(actor_id)
        return actor is not None and noun in self._words_around(actor, ROLE_CONTEXT_TOKENS)

    def fits_description(self, actor_id: str, head: int) -> bool:
        """The actor was introduced with the words after the description's head
        ("эксперт «Твоей столицы»" fits a person introduced as "агентства «Твоя столица»");
        a bare description fits anyone."""
        _, last = self.subtree(head, no_pp=True)
        # (a conjoined person noun is another name for the same one: "журналист и писатель")
        words = {t.text.lower().replace("ё", "е") for t in self.doc.tokens[head + 1:last]
                 if t.pos in ("NOUN", "PROPN", "ADJ", "X") and not (t.rel == "conj" and t.head == head)}
        actor = self.doc.actor(actor_id)
        if not words:
            return True
        around = self._words_around(actor, ROLE_CONTEXT_TOKENS) if actor is not None else frozenset()
        stems = {w[:STEM] for w in around}
        return all(w[:STEM] in stems for w in words)

    def _complement(self, head: int) -> RoleComplement:
        """A role's genitive complement ("представитель | профсоюза", "представитель |
        ЕК"): its words as written, the actors named in it and whether one is a
        person; an institution noun that refers back ("представитель ведомства")
        asks for nothing."""
        words: set[str] = set()
        actors: set[str] = set()
        person = quoted = False
        for child in self.children.get(head, []):
            token = self.doc.tokens[child]
            if child > head and token.rel in ("nmod", "appos") and token.feats.get("Case") in ("Gen", None):
                if _lemma(token) in ANAPHORIC_ORG:
                    continue
                first, last = self.subtree(child, no_pp=True)
                words |= {t.text.lower().replace("ё", "е") for t in self.doc.tokens[first:last]
                          if t.pos in ("NOUN", "PROPN", "ADJ", "X")}
                named = self.mentions_in(self.doc.tokens[first].start, self.doc.tokens[last - 1].stop)
                actors |= {m.actor_id for m in named if m.actor_id}
                person = person or any(m.type == "PER" for m in named)
                quoted = quoted or any(t.text in OPENING_QUOTES for t in self.doc.tokens[first:last])
        return RoleComplement(frozenset(words), frozenset(actors), person, quoted)

    def _introduced_with(self, actor_id: str) -> set[str]:
        """Actors named right before a mention of `actor_id` in its sentence (the
        organisation of "официальный представитель Еврокомиссии Маргаритис Схинас")."""
        actor = self.doc.actor(actor_id)
        around: set[str] = set()
        for index in getattr(actor, "mentions", []):
            mention = self.doc.mentions[index]
            first, _ = self.doc.token_span(mention.start, mention.stop)
            window = self.doc.tokens[max(0, first - ROLE_CONTEXT_TOKENS)].start
            around |= {m.actor_id for m in self.mentions_in(window, mention.start) if m.actor_id}
        return around

    def _has_genitive(self, head: int) -> bool:
        """"представитель профсоюза", "адвокат женщины", "отец погибшего": a new person, not an anaphor."""
        for child in self.children.get(head, []):
            token = self.doc.tokens[child]
            if token.rel in ("nmod", "appos") and token.feats.get("Case") == "Gen" and child > head \
                    and (token.feats.get("Animacy") == "Anim" or _person_participle(token)):
                return True  # ("глава МИД" is no new person: МИД is not animate)
        return False

    def _role_by_head(self, head_lemma: str, before: int, complement: "RoleComplement | None" = None,
                      former: bool = False) -> str | None:
        """An actor introduced earlier with a role of the same head noun
        ("госсекретарь США Энтони Блинкен" ... "госсекретарь заявил").  A role
        with its own complement names the same post only when the earlier role
        has that complement too ("представитель профсоюза" after "представитель
        профсоюза пилотов X", not after "представитель МИД Мария Захарова")."""
        best = None
        for actor in self.doc.actors:
            if actor.type != "PER":
                continue
            # the role's head noun may follow adjectives ("официальный представитель Еврокомиссии")
            if complement is not None and actor.id in complement.actors:
                continue  # "адвокат Эльсаеда" is not Эльсаед
            roles = [r for r in actor.roles if r and head_lemma in [w.lower().replace("ё", "е") for w in r.split()[:3]]
                     and (former or not marks_former(r.split()[0]))]  # (mX30) "бывший канцлер" is not "канцлер"
            if roles and complement is not None and complement.words and not complement.person and not any(
                    complement.words <= {w.lower().replace("ё", "е") for w in r.split()} for r in roles) \
                    and not complement.actors & self._introduced_with(actor.id):
                continue  # the same noun, another post ("представитель МИД" is not "представитель Минобороны")
            if roles:
                first = min((self.doc.mentions[i].start for i in actor.mentions), default=None)
                if first is not None and first < before and (best is None or first > best[0]):
                    best = (first, actor.id)
        return best[1] if best else None

    def _former_phrase(self, head: int) -> bool:
        """A role phrase that itself marks a former holder ("бывший канцлер Германии заявила")."""
        return any(token_marks_former(self.doc.tokens[i]) for i in [head] + self.children.get(head, []) if i <= head)

    def _not_former(self, noun: str, head: int, fits: Callable[[str], bool]) -> Callable[[str], bool]:
        """`fits` without those introduced with the noun only as a former holder (`_held_formerly`)."""
        def fitting(actor_id: str) -> bool:
            actor = self.doc.actor(actor_id)
            return fits(actor_id) and not (actor is not None and self._held_formerly(actor, noun, head))
        return fitting

    def _held_formerly(self, actor: Actor, noun: str, head: int) -> bool:
        """(mX30) One introduced with the noun only as a former holder ("Тогдашний президент США Барак Обама")
        is not the one a later phrase without that mark names ("Президент США заявил")."""
        roles = [r for r in actor.roles if noun in [w.lower().replace("ё", "е") for w in r.split()[:3]]]
        return bool(roles) and all(marks_former(r.split()[0]) for r in roles) and not self._former_phrase(head)

    # --- pronouns ------------------------------------------------------------
    def pronoun(self, index: int) -> SpeakerRef | None:
        token = self.doc.tokens[index]
        lemma = (token.lemma or token.text.lower()).replace("ё", "е")
        if lemma == "мы":
            return self.own_outlet(index)
        if lemma in DEMONSTRATIVE_SUBJECTS:
            # ("Те, кто пришел, заявили": a demonstrative with a relative clause names its own group)
            relative = any(self.doc.tokens[c].rel in ("acl:relcl", "acl") for c in self.children.get(index, []))
            return None if relative else self.demonstrative(index)
        want = THIRD_PERSON.get(token.text.lower()) if token.text.lower() in ("его", "ее", "её", "их") else None
        want = want or ("Plur" if token.feats.get("Number") == "Plur" else THIRD_PERSON.get(lemma) or token.feats.get("Gender"))
        if want not in ("Masc", "Fem", "Plur"):
            return None
        return self._antecedent(index, want)

    def hearer_pronoun(self, index: int, speaker_id: str | None) -> SpeakerRef | None:
        """The one a singular third-person pronoun of the hearer stands for ("Он сказал ему, что …"):
        the most salient earlier person of its gender other than the speaker (one speaking to
        oneself says "себе"); a plural "им" is left unresolved (a group or the persons just named)."""
        token = self.doc.tokens[index]
        gender = token.feats.get("Gender")
        if token.feats.get("Number") == "Plur" or gender not in ("Masc", "Fem"):
            return None
        ranked = [c for c in self._rank(Agreement(frozenset(PERSON_TYPES), gender), token.start)
                  if c.actor_id != speaker_id]
        return self._as_anaphor(ranked[0].actor_id, token) if ranked else None

    def own_outlet(self, index: int) -> SpeakerRef | None:
        """"Мы рассказывали, что …", "Как мы писали ранее": outside anyone's quoted words,
        a "we" that reports is the outlet citing itself - its web address when the
        article has one, else the editorial office."""
        token = self.doc.tokens[index]
        verb = self.doc.tokens[token.head] if token.head >= 0 else None
        if verb is None or _lemma(verb) not in OUTLET_SELF_VERBS or verb.feats.get("Tense") != "Past" \
                or self.quoted(token.start):
            return None
        host = urlparse(self.doc.article.url or "").hostname or ""
        return SpeakerRef(None, host.removeprefix("www.") or OWN_OUTLET, token.text, token.start, token.stop)

    def demonstrative(self, index: int) -> SpeakerRef | None:
        """"Депутат встретился с губернатором. Тот заявил": a demonstrative subject is the
        latest agreeing person of the last sentences that is not the subject there (it
        picks out the other one); "Те ответили" after "спросили министров" is the latest
        plural person noun, named or not, that is not a subject."""
        doc = self.doc
        token = doc.tokens[index]
        here = doc.sentence_at(token.start)
        if here is None:
            return None
        want = "Plur" if token.feats.get("Number") == "Plur" else token.feats.get("Gender")
        if want not in ("Masc", "Fem", "Plur"):
            verb = doc.tokens[token.head] if token.head >= 0 else None
            want = "Plur" if verb is not None and verb.feats.get("Number") == "Plur" else (
                verb.feats.get("Gender") if verb is not None else None)
        if want not in ("Masc", "Fem", "Plur"):
            return None
        floor = doc.sentences[max(0, here - DEMONSTRATIVE_WINDOW)].start
        fallback: SpeakerRef | None = None
        askers = self._askers(index)
        for mention in reversed(self.mentions_in(floor, token.start)):
            if mention.type != "PER" or not mention.actor_id or self._no_antecedent(mention.start) \
                    or want == "Plur" or mention.actor_id in askers:
                continue
            profile = self.salience.profiles.get(mention.actor_id)
            if profile is None or profile.gender not in (None, want):
                continue
            ref = self._as_anaphor(mention.actor_id, token)
            first, _ = doc.token_span(mention.start, mention.stop)
            if askers and mention.start >= doc.sentences[here].start:
                return ref  # ("На вопрос X, вернется ли Y, тот ответил": Y, the one asked about)
            if not doc.tokens[first].rel.startswith("nsubj") and doc.tokens[first].feats.get("Case") != "Nom":
                return ref
            fallback = fallback or ref
        if want == "Plur":
            first_token, _ = doc.token_span(floor, floor + 1)
            for i in range(index - 1, first_token - 1, -1):
                noun = doc.tokens[i]
                if noun.pos == "NOUN" and noun.feats.get("Animacy") == "Anim" and noun.feats.get("Number") == "Plur" \
                        and not noun.rel.startswith("nsubj") and not self._no_antecedent(noun.start) \
                        and _lemma(noun) not in ANONYMOUS | INDEFINITE_GROUPS:
                    start, stop = self.subtree(i, no_pp=True)
                    return SpeakerRef(None, self._phrase_text(start, stop, i), token.text, token.start, token.stop)
        return fallback

    def _askers(self, index: int) -> set[str]:
        """Persons owning a question put earlier in the demonstrative's sentence ("На вопрос
        X …, тот ответил"): the one answering is not the one asking."""
        doc = self.doc
        here = doc.sentence_at(doc.tokens[index].start)
        first, _ = doc.token_span(doc.sentences[here].start, doc.sentences[here].start + 1) if here is not None \
            else (index, index)
        askers: set[str] = set()
        for k in range(first, index):
            if _lemma(doc.tokens[k]) not in QUESTION_NOUNS:
                continue
            for child in self.children.get(k, []):
                if doc.tokens[child].rel == "nmod" and doc.tokens[child].feats.get("Case") == "Gen":
                    c_first, c_last = self.subtree(child, no_pp=True)
                    askers |= {m.actor_id for m in self.mentions_in(doc.tokens[c_first].start,
                                                                    doc.tokens[c_last - 1].stop)
                               if m.type == "PER" and m.actor_id}
        return askers

    def introduced_org(self, head: int) -> SpeakerRef | None:
        """"В полиции рассказали": a common noun naming where an impersonal report comes
        from refers to the organisation the text introduced with (or named by) it."""
        token = self.doc.tokens[head]
        if token.pos != "NOUN" or token.feats.get("Animacy") != "Inan":
            return None
        if any(self.doc.tokens[c].feats.get("Case") == "Gen" and (self.doc.tokens[c].feats.get("Animacy") == "Anim"
                                                                  or self.mentions_in(self.doc.tokens[c].start,
                                                                                      self.doc.tokens[c].stop))
               for c in self.children.get(head, []) if c > head and self.doc.tokens[c].rel == "nmod"):
            return None  # (cr31 M5) "в офисе адвоката Ивана Петрова": the noun names its own owner
        first, last = self.subtree(head, no_pp=True)
        ref = self._salient_org(_lemma(token), token.start, require_head=True)
        if ref is None:
            return None
        start, stop = self.doc.tokens[first].start, self.doc.tokens[last - 1].stop
        return SpeakerRef(ref.actor_id, ref.name, self.doc.text[start:stop], start, stop)

    def zero_subject(self, verb: int) -> SpeakerRef | None:
        """The dropped subject of a finite past-tense verb ("Также заявлял, что …"),
        resolved like the pronoun its gender and number stand for.  Plural and
        neuter forms are left alone: "сообщили, что" is an indefinite "they",
        "сообщалось" impersonal."""
        token = self.doc.tokens[verb]
        gender = token.feats.get("Gender")
        if token.feats.get("VerbForm") != "Fin" or token.feats.get("Number") != "Sing" \
                or token.feats.get("Voice") == "Pass" or gender not in ("Masc", "Fem"):
            return None
        return self._named_earlier_in_sentence(self._antecedent(verb, gender), token)

    def _named_earlier_in_sentence(self, ref: SpeakerRef | None, verb: Token) -> SpeakerRef | None:
        """(mE28, rv28_R cause 7) "После Рудковская подтвердила, что …, но заметила, что …": the mention is the
        latest name of the resolved actor earlier in the verb's sentence, not the verb itself."""
        here = self.doc.sentence_at(verb.start)
        if ref is None or ref.actor_id is None or ref.start != verb.start or here is None:
            return ref
        floor = self.doc.sentences[here].start
        named = [m for m in self.doc.mentions if m.actor_id == ref.actor_id and floor <= m.start
                 and m.stop <= verb.start and self._nominative_at(m.stop)]
        latest = max(named, key=attrgetter("start"), default=None)
        return ref if latest is None else SpeakerRef(ref.actor_id, ref.name, latest.text, latest.start, latest.stop)

    def _nominative_at(self, stop: int) -> bool:
        """The word ending at offset `stop` may be a subject ("Мутко", not "к квартире Брилева")."""
        _, last = self.doc.token_span(stop - 1, stop)
        return last > 0 and self.doc.tokens[last - 1].feats.get("Case") in (None, "Nom")

    def reflexive_owner(self, verb: int) -> SpeakerRef | None:
        """"«…», – пишет на своей странице": a verb with no subject and no gender to show
        (present tense) whose place is "свой" refers back to the person the text is about,
        not to the latest organisation named (often one in that person's own title)."""
        token = self.doc.tokens[verb]
        if token.feats.get("VerbForm") != "Fin" or token.feats.get("Number") != "Sing" \
                or token.feats.get("Voice") == "Pass" or token.feats.get("Person") in ("1", "2"):
            return None
        person = self._antecedent(verb, "Any", persons_only=True)
        if person is None or person.actor_id is None:
            return person
        last = max((o.start for o in self.salience.occurrences
                    if o.actor_id == person.actor_id and o.start < token.start), default=-1)
        # (an organisation that was a subject after that person may own the page itself)
        if any(o.subject and last < o.start < token.start and self.salience.profiles.get(o.actor_id) is not None
               and self.salience.profiles[o.actor_id].type in ("ORG", "MEDIA") for o in self.salience.occurrences):
            return None
        return person

    def _antecedent(self, index: int, want: str, persons_only: bool = False,
                    fits: Callable[[str], bool] | None = None, noun: str | None = None) -> SpeakerRef | None:
        """The most salient earlier actor agreeing with `want` ("Masc", "Fem", "Any":
        a person; "Plur": a group or institution), see `nlp.salience`.  An unnamed
        referent (a described earlier speaker, "33-летний мужчина" as the subject)
        wins when it comes after the best named one - an earlier unnamed speaker only
        when described by the description's own head `noun` ("сказал подозреваемый" is
        not the "следователь" who spoke the sentence before)."""
        doc = self.doc
        token = doc.tokens[index]
        here = doc.sentence_at(token.start)
        if here is None:
            return None
        gender = want if want in ("Masc", "Fem") else None
        types = frozenset(PERSON_TYPES) if want != "Plur" else frozenset(ORG_TYPES)
        ranked = self._rank(Agreement(types, gender), token.start)
        if fits is not None:
            # a description: only actors introduced as what it names
            ranked = [c for c in ranked if fits(c.actor_id)]
        if gender and not persons_only:
            # "Российская компания … Накануне она заявила": an organisation whose class
            # noun has the pronoun's gender competes with the persons - only when it was
            # a subject after the latest agreeing person (a speaker pronoun is a person
            # by default).
            since = ranked[0].last_sentence if ranked else here - PRONOUN_WINDOW
            # (with no agreeing person in reach, an organisation whose class noun shows the
            # gender surely is the antecedent: "сообщила газета X. В четверг она информировала")
            orgs = [c for c in self._rank(Agreement(frozenset({"ORG", "MEDIA"}), gender), token.start)
                    if self.salience.profiles[c.actor_id].gender == gender
                    and (self.salience.subject_since(c.actor_id, since, token.start)
                         or not ranked and self.salience.profiles[c.actor_id].gender_sure)]
            spoke = self._unnamed_speaker_of(gender, here, token.start) if not ranked else None
            if spoke is not None:
                # "Представитель профсоюза рассказала, что … потому, что Ryanair продает … Она также не
                # исключила": with no named person in reach, the pronoun goes on with the unnamed woman
                # who just spoke, not with a company only a subordinate clause was about since (a
                # sentence about the company - "Компания X продала акции. Она заявила" - is the company's)
                orgs = [c for c in orgs if self._main_subject_since(c.actor_id, spoke, token.start)]
            ranked = sorted(ranked + orgs, key=lambda c: (-c.score, -c.last_start))
        best = ranked[0] if ranked else None
        floor = best.last_sentence - 1 if best else max(-1, here - PRONOUN_WINDOW)
        after = best.last_start if best else -1
        if (gender or want == "Plur") and self._anonymous_since(here, token.start, gender or want, after):
            named = self._named_anonymous(here, token.start)
            # "Источник сообщал, что … По его словам, …": the unnamed source again (mC28: unless
            # the "собеседник агентства" was the person named as the agency's source, then that person)
            return self._as_anaphor(named, token) if named is not None else None
        if best is not None and want in ("Masc", "Fem") and fits is None and token.pos == "PRON" \
                and self._oblique_in_sentence_before(best, here):
            # (dv36b) "На встрече юморист … ответил на интересующие Андрея вопросы. После разговора он отметил":
            # the person named only as an object of the sentence before is no subject "он" goes on with
            described = self._described_subject(doc.sentences[here - 1], want, bare=True, before=best.last_start)
            if described is not None:
                actor = next((a for a in doc.actors if a.name == described), None)
                return SpeakerRef(actor.id if actor else None, described, token.text, token.start, token.stop)
        named_person = best is not None and self.salience.profiles[best.actor_id].type == "PER"
        named_heads = self.salience.profiles[best.actor_id].heads if named_person else frozenset()
        for back in range(here, floor, -1):
            unnamed = self._unnamed_referent(back, here, token, want, after, noun, named_person, named_heads)
            if unnamed is not None:
                return unnamed
        if best is not None:
            return self._as_anaphor(best.actor_id, token)
        if fits is None and want in ("Masc", "Fem") and token.pos in ("PRON", "DET"):
            # (no named person agrees: an unnamed subject of this or the previous sentence,
            # "Водитель дал показания полиции. По его словам, …")
            for back in range(here, max(-1, here - 2), -1):
                described = self._described_subject(doc.sentences[back], want, bare=True, before=token.start)
                if described is not None:
                    actor = next((a for a in doc.actors if a.name == described), None)
                    return SpeakerRef(actor.id if actor else None, described, token.text, token.start, token.stop)
        if fits is None and want in ("Masc", "Fem") and token.pos in ("PRON", "DET"):
            # (a pronoun reaches a person further back than the usual window when no one of
            # its gender is nearer: "— заявил он" after a long stretch of narrative; (dvG) the
            # possessive of "По его мнению" too, after a quotation of many sentences - only a person
            # whose gender is sure, a possessive being no subject whose verb would show it)
            far = self._rank(Agreement(types, gender), token.start, FAR_WINDOW)
            if far and (token.pos == "PRON" or self.salience.profiles[far[0].actor_id].gender_sure):
                return self._as_anaphor(far[0].actor_id, token)
        if gender and not persons_only:
            # an organisation of unknown gender as the subject of a recent sentence
            subjects = [o for o in self.salience.occurrences
                        if o.subject and here - PRONOUN_WINDOW < o.sentence <= here and o.start < token.start
                        and self.salience.profiles.get(o.actor_id) is not None
                        and self.salience.profiles[o.actor_id].type in ("ORG", "MEDIA")
                        and self.salience.profiles[o.actor_id].gender is None and not self._no_antecedent(o.start)]
            if subjects:
                return self._as_anaphor(subjects[-1].actor_id, token)
        return None

    def _named_anonymous(self, here: int, before: int) -> str | None:
        """(mC28) The named person the latest anonymous subject ("собеседник агентства") of this or
        the previous sentence was resolved to as a speaker, before offset `before` (None when it
        stayed unnamed)."""
        tokens = self.doc.tokens
        first = self.doc.sentences[max(0, here - 1)].token_start
        latest = next((k for k in range(self.doc.sentences[here].token_stop - 1, first - 1, -1)
                       if tokens[k].start < before and tokens[k].rel.startswith("nsubj")
                       and _lemma(tokens[k]) in ANONYMOUS and not self._no_antecedent(tokens[k].start)), None)
        if latest is None:
            return None
        spoken = next((ref for _, ref in reversed(self.speakers) if ref.start is not None and ref.stop is not None
                       and ref.start <= tokens[latest].start < ref.stop), None)
        actor = self.doc.actor(spoken.actor_id) if spoken is not None and spoken.actor_id else None
        return actor.id if actor is not None and actor.type == "PER" else None

    def _unnamed_speaker_of(self, gender: str, here: int, before: int) -> int | None:
        """Where the latest unnamed person whose verb or noun shows `gender` spoke in this sentence
        or the two before, ahead of offset `before` (None when none did)."""
        floor = self.doc.sentences[max(0, here - 2)].start
        found = [surface for surface, ref in ((ref.start if ref.start is not None else offset, ref)
                                              for offset, ref in self.speakers)
                 if ref.actor_id is None and floor <= surface < before and self._described_gender(ref) == gender]
        return max(found) if found else None

    def _main_subject_since(self, actor_id: str, after: int, before: int) -> bool:
        """The actor is the subject of a sentence's main verb between offsets `after` and `before`."""
        tokens = self.doc.tokens
        for occurrence in self.salience.occurrences:
            if occurrence.actor_id != actor_id or not occurrence.subject or not after < occurrence.start < before:
                continue
            first, last = self.doc.token_span(occurrence.start, occurrence.start + 1)
            if last <= first:
                continue
            k, seen = first, {first}
            while tokens[k].rel in ("appos", "flat", "flat:name") and tokens[k].head >= 0 and tokens[k].head not in seen:
                k = tokens[k].head  # ("Компания «Ренова» продала": the name stands by its class noun)
                seen.add(k)  # (a head cycle of a faulty parse ends the walk)
            if tokens[k].rel == "root" or tokens[k].rel.startswith("nsubj") and tokens[k].head >= 0 \
                    and tokens[tokens[k].head].rel == "root":
                return True
        return False

    def _anonymous_since(self, here: int, before: int, gender: str, after: int) -> bool:
        """An unnamed source ("источник", "собеседник"; "собеседники издания" for "Plur") is
        the subject in this or the previous sentence, after offset `after` and before offset `before`."""
        tokens = self.doc.tokens
        first = self.doc.sentences[max(0, here - 1)].token_start
        return any(tokens[k].rel.startswith("nsubj") and _lemma(tokens[k]) in ANONYMOUS
                   and (tokens[k].feats.get("Number") == "Plur" if gender == "Plur" else
                        tokens[k].feats.get("Number") == "Sing" and tokens[k].feats.get("Gender") == gender)
                   and tokens[k].start < before and after < self._phrase_end(k)
                   and not self._no_antecedent(tokens[k].start)
                   for k in range(first, self.doc.sentences[here].token_stop))

    def _phrase_end(self, head: int) -> int:
        """Where the noun phrase headed by `head` ends, its prepositional modifiers included: a
        name inside it ("источники газеты Handelsblatt", "послы США в Германии и Дании") is part
        of the description, not a referent after it."""
        tokens = self.doc.tokens
        end, stack, seen = tokens[head].stop, [head], {head}
        while stack:
            for child in self.children.get(stack.pop(), []):
                if child not in seen and tokens[child].rel not in CLAUSE_RELS and tokens[child].pos != "PUNCT":
                    end = max(end, tokens[child].stop)
                    seen.add(child)
                    stack.append(child)
        return end

    def _salient_holder(self, head: int, noun: str, before: int) -> str | None:
        """"Спортсмен Петр Иванов … сам спортсмен признался": the most salient person
        introduced with (or holding a role headed by) the same noun.  Not for a noun
        with a complement ("глава государства" is not any "глава")."""
        if noun in INDEFINITE or any(self.doc.tokens[c].rel == "nmod" or c > head and self.doc.tokens[c].rel == "appos"
                                     and self.doc.tokens[c].feats.get("Case") == "Gen" for c in self.children.get(head, [])) \
                or self._inflected_owner(head):
            # ("адвокат Эльсаеда": a genitive the parse calls an apposition is a complement too)
            return None
        ranked = self._rank(Agreement(frozenset(PERSON_TYPES), head=noun, require_head=True), before)
        if not ranked and noun.startswith("экс-"):
            # "Бывший депутат X … экс-депутат сказал": "экс-" is "бывший" written as a prefix
            ranked = self._rank(Agreement(frozenset(PERSON_TYPES), head=noun.removeprefix("экс-"),
                                          require_head=True), before)
        return ranked[0].actor_id if ranked else None

    def _salient_org(self, noun: str, before: int, require_head: bool,
                     qualifiers: frozenset[str] = frozenset()) -> SpeakerRef | None:
        # an outlet is what "издание", "агентство", "газета" refer back to, not "ведомство";
        # "газета", "издание" mean an outlet whenever one is in reach
        types = frozenset({"ORG", "MEDIA"}) if noun in OUTLET_NOUNS else frozenset({"ORG"})
        # an organisation the text introduced with this very noun comes first ("в рейтинговом
        # агентстве Moody's …, пишет «Российская газета» … По оценке агентства"), before a more
        # salient one that only fits the noun's class
        ranked = [c for c in self._rank(Agreement(types, head=noun, require_head=True), before)
                  if self._org_fits(noun, c.actor_id, qualifiers) and not self._only_cited(noun, c.actor_id, before)]
        if noun in PRESS_NOUNS and not ranked:
            # "передает The Guardian … По информации издания": the outlet of the nearest frame
            framed = self._latest_framed_outlet(noun, before, qualifiers)
            if framed is not None:
                return framed
        if noun in PRESS_NOUNS and not ranked:
            # the outlet an article cites is usually named once, near the top
            said = [(offset, ref.actor_id, ref.start if ref.start is not None else offset)
                    for offset, ref in self.speakers if ref.actor_id]
            ranked = [c for c in self.salience.rank(Agreement(frozenset({"ORG", "MEDIA"}), head=noun,
                                                              require_head=require_head), before, said,
                                                    reported=self._reported, skip=self._no_antecedent,
                                                    window=OUTLET_WINDOW)
                      if self._is_outlet(c.actor_id)]
        ranked = ranked or self._rank(Agreement(types, head=noun, require_head=require_head), before)
        ranked = [c for c in ranked if self._org_fits(noun, c.actor_id, qualifiers) and not self._social(c.actor_id)
                  and not self._only_cited(noun, c.actor_id, before)]
        if not ranked:
            return None
        actor = self.doc.actor(ranked[0].actor_id)
        if actor is None:
            return None
        return self.ref(Mention(ranked[0].last_start, ranked[0].last_start, actor.name, actor.type, actor.name, actor.id))

    def org_fits(self, noun: str, actor_id: str | None) -> bool:
        """(mA29) The organisation can be called `noun` and is no social network (`_org_fits`)."""
        return self._org_fits(noun, actor_id) and not self._social(actor_id)

    def _earlier_fitting_office(self, head: int, office: str, owner_noun: str) -> SpeakerRef | None:
        """(mC39) The press office named with its owner shortly before (`_earlier_office_mention`), when that owner
        can be called by this office's owner noun ("пресс-служба МВД" for "пресс-служба ведомства")."""
        ref = self._earlier_office_mention(head, office)
        if ref is None:
            return None
        if ref.actor_id is not None:
            return ref if self._org_fits(owner_noun, ref.actor_id) else None
        owners = [m for m in self.mentions_in(ref.start, ref.stop) if m.type in ORG_TYPES and m.actor_id] \
            if ref.start is not None and ref.stop is not None else []
        return ref if owners and all(self._org_fits(owner_noun, m.actor_id) for m in owners) else None

    def _office_noun_resolves(self, found: list[Mention], start: int, office: str, head: int) -> bool:
        """(mC39) The organisation lookup by the press-office noun itself, as it ran before the owner noun was read
        ("пресс-служба ведомства" after a Telegram channel found the channel): whether it found one."""
        ref = self._org_for_noun(start, office, self._qualifiers(head))
        return (self._org_of_state(found, start, office, ref) or ref) is not None

    def _org_for_noun(self, start: int, noun: str, qualifiers: frozenset[str], named: bool = False,
                      plural: bool = False) -> SpeakerRef | None:
        """The organisation an institution noun with no owner of its own refers to: the most salient one it fits,
        else the last unnamed one, else the last organisation that spoke or was named and fits.  A noun that only
        refers back to its own introduction ("профсоюз") does not look past it when the phrase names something or
        is plural."""
        introduced_only = noun not in ANAPHORIC_ORG
        ref = None if introduced_only and (named or plural) else \
            self._salient_org(noun, start, introduced_only, qualifiers)
        if ref is None and not named:
            ref = self._previous_unnamed_org(start, noun)
        if ref is None and not introduced_only:
            ref = self._previous_org_speaker(start, noun, qualifiers) or (
                self.ref(m) if (m := self.latest(start, ("ORG", "MEDIA")))
                and self._org_fits(noun, m.actor_id, qualifiers) else None)  # an institution noun is no country
        return ref

    def _institution_of_office(self, office: int, first: int, last: int) -> int | None:
        """The one word after a press-office noun in its phrase, when it is that office's genitive institution
        noun with no words of its own ("пресс-служба ведомства"; not "пресс-служба министерства обороны")."""
        tokens = self.doc.tokens
        owner = office + 1
        if last - first != 2 or owner != last - 1 or tokens[owner].head != office or tokens[owner].pos != "NOUN" \
                or tokens[owner].feats.get("Case") != "Gen" or self.children.get(owner):
            return None
        lemma = (tokens[owner].lemma or tokens[owner].text.lower()).replace("ё", "е")
        return owner if lemma in ANAPHORIC_ORG and lemma not in PRESS_OFFICE_NOUNS else None

    def _content_subject_org(self, frame: int, noun: str, qualifiers: frozenset[str]) -> SpeakerRef | None:
        """"Министерство ищет пути …, рассказали в ведомстве", "«Газпром» передал акции …, говорится
        в отчете компании": in a frame after the content, in the same sentence, an institution
        noun of no owner of its own refers to the organisation that is the content's own subject
        when it fits the noun (the content is otherwise no antecedent)."""
        doc = self.doc
        start, stop = self.excluded
        if not start < stop <= frame or doc.sentence_at(start) != doc.sentence_at(frame):
            return None
        first, last = doc.token_span(start, stop)
        inside = range(first, last)
        roots = [k for k in inside if doc.tokens[k].head not in inside]
        if len(roots) != 1:
            return None
        subjects = [c for c in self.children.get(roots[0], []) if doc.tokens[c].rel.startswith("nsubj") and c in inside]
        if len(subjects) != 1:
            return None
        s_first, s_last = self.subtree(subjects[0], no_pp=True)
        orgs = [m for m in self.mentions_in(doc.tokens[s_first].start, doc.tokens[s_last - 1].stop)
                if m.type == "ORG" and m.actor_id and self._org_fits(noun, m.actor_id, qualifiers)
                and not self._social(m.actor_id) and (noun in ANAPHORIC_ORG or self._org_introduced_as(m.actor_id, noun))]
        if len({m.actor_id for m in orgs}) > 1:
            # ("Чистая прибыль «Газпрома» по МСФО …, говорится в сообщении компании": the bare
            # genitive owner of the subject, not an organisation under a preposition)
            orgs = [m for m in orgs if not self._under_preposition(m)]
        if len({m.actor_id for m in orgs}) != 1:
            return None
        return self.ref(orgs[0])

    def _under_preposition(self, mention: Mention) -> bool:
        """The mention's head word has a preposition of its own ("по МСФО", "в «Газпроме»")."""
        first, last = self.doc.token_span(mention.start, mention.stop)
        heads = [k for k in range(first, last) if not first <= self.doc.tokens[k].head < last]
        return any(self.doc.tokens[c].rel == "case" for k in heads for c in self.children.get(k, []))

    def _org_introduced_as(self, actor_id: str, noun: str) -> bool:
        """The organisation was introduced with (or is named by) `noun` ("банк «Заря»")."""
        profile = self.salience.profiles.get(actor_id)
        actor = self.doc.actor(actor_id)
        return profile is not None and noun in profile.heads \
            or actor is not None and noun in actor.name.lower().replace("ё", "е").split()

    def _only_cited(self, noun: str, actor_id: str | None, before: int) -> bool:
        """(mB28, review rv28_Q cause 5) An organisation named before `before` only as a source the reporter
        cites ("со ссылкой на данные Международного энергетического агентства") is not the outlet a bare
        reporter noun ("пишет агентство") refers to."""
        if noun not in PRESS_NOUNS and noun != "агентство":
            return False
        heads = [self.doc.token_span(m.start, m.stop)[1] - 1 for m in self.mentions
                 if m.actor_id == actor_id and m.start < before]
        return bool(heads) and all(k >= 0 and self._cited_source(k) for k in heads)

    def _latest_framed_outlet(self, noun: str, before: int, qualifiers: frozenset[str]) -> SpeakerRef | None:
        """The outlet that spoke last before `before` and fits `noun`."""
        for offset, ref in reversed(self.speakers):
            if offset < before and ref.actor_id and self._is_outlet(ref.actor_id) \
                    and self._org_fits(noun, ref.actor_id, qualifiers) and not self._social(ref.actor_id):
                actor = self.doc.actor(ref.actor_id)
                if actor is not None:
                    return self.ref(Mention(offset, offset, actor.name, actor.type, actor.name, actor.id))
        return None

    def described_company(self, noun: str, before: int) -> str | None:
        """(mD31) The company a trade descriptor ("авиакомпания", "лоукостер") names before `before`, as for the
        descriptor standing alone: one introduced with the noun, else the one company of the story."""
        if noun not in COMPANY_DESCRIPTORS:
            return None
        company = self._salient_org(noun, before, True) or self._story_company(before)
        return company.actor_id if company is not None else None

    def _story_company(self, before: int) -> SpeakerRef | None:
        """The one company of the story: the organisation of no other field named before
        `before` at least twice as often as any other such organisation."""
        counts: dict[str, int] = {}
        for mention in self.mentions:
            if mention.start >= before:
                break
            if mention.type == "ORG" and mention.actor_id and not self._social(mention.actor_id) \
                    and self._org_fits("компания", mention.actor_id):
                counts[mention.actor_id] = counts.get(mention.actor_id, 0) + 1
        ranked = sorted(counts.items(), key=lambda item: -item[1])
        if not ranked or len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
            return None
        actor = self.doc.actor(ranked[0][0])
        if actor is None:
            return None
        return self.ref(Mention(before, before, actor.name, actor.type, actor.name, actor.id))

    def _social(self, actor_id: str) -> bool:
        actor = self.doc.actor(actor_id)
        return actor is not None and actor.name.lower() in SOCIAL_NETWORKS

    def is_outlet(self, actor_id: str) -> bool:
        """(dvE, mq26) `_is_outlet` for the attribution rules (an ownerless note, "собеседник издания")."""
        return self._is_outlet(actor_id)

    def _is_outlet(self, actor_id: str) -> bool:
        """A MEDIA actor, or an organisation the text introduced as one ("газета Boston Herald") or
        that publishes in the reporter's present (`_publishes`)."""
        profile = self.salience.profiles.get(actor_id)
        actor = self.doc.actor(actor_id)
        return profile is not None and (profile.type == "MEDIA" or bool(profile.heads & PRESS_NOUNS)) \
            or actor is not None and (_press_name(actor.name) or self._publishes(actor))

    def _publishes(self, actor: Actor) -> bool:
        """(dvT) "…, пишет «Тамбовская жизнь». … Издание поясняет", "Как пишет «URA.RU», … По информации
        издания": an organisation unknown to the registry, introduced as no other kind of organisation, that is
        the subject of "пишет"/"передает" (`PUBLISHING_PRESENT_VERBS`) is an outlet: the reporter's present of a
        publication."""
        if not actor.id.startswith(UNKNOWN_PREFIX) or actor.type != "ORG":
            return False
        profile = self.salience.profiles.get(actor.id)
        if profile is not None and any(head in nouns for nouns in ORG_CLASSES.values() for head in profile.heads):
            return False  # (introduced as something else: "компания X", "партия X", "министерство")
        for index in actor.mentions:
            mention = self.doc.mentions[index]
            first, last = self.doc.token_span(mention.start, mention.stop)
            # (a name the parse splits, "«URA.RU»", has several heads: its subject one counts)
            verbs = [self.doc.tokens[k].head for k in range(first, last)
                     if self.doc.tokens[k].rel.startswith("nsubj") and not first <= self.doc.tokens[k].head < last]
            if any(0 <= verb < len(self.doc.tokens) and _lemma(self.doc.tokens[verb]) in PUBLISHING_PRESENT_VERBS
                   and self.doc.tokens[verb].feats.get("Tense") == "Pres" for verb in verbs):
                return True
        return False

    def _unnamed_referent(self, back: int, here: int, token: Token, want: str, after: int,
                          noun: str | None = None, named_person: bool = False,
                          named_heads: frozenset[str] = frozenset()) -> SpeakerRef | None:
        """A described earlier speaker or an unnamed subject in sentence `back`,
        mentioned after offset `after` (the best named antecedent's latest mention);
        with a description's head `noun`, only one described by it.  A described speaker
        whose head noun the best named person was introduced with (`named_heads`: "ее советник
        Пиот заявил … — сказал советник главы Еврокомиссии. Он подчеркнул") is that person
        again, not someone else."""
        doc = self.doc
        sentence = doc.sentences[back]
        if back < here and self._no_antecedent(sentence.start + 1) and self._no_antecedent(sentence.stop - 2):
            return None  # (a sentence of the quoted words themselves, or of another quote)
        limit = token.start if back == here else sentence.stop
        for offset, ref in reversed(self.speakers):
            surface = ref.start if ref.start is not None else offset
            # ("жена Жозе Сарамаго"; a one-word description - "по словам певицы … Она заявила" - only
            # when no named person agrees at all: a bare "эксперт" often is the named expert)
            # (a gender only the verb shows - "Представитель ведомства заявила" - when no named person
            # is the best antecedent: that one may be the same woman)
            # (the speaker's words may start sentences before the frame that describes it:
            # "«… . …», — сказал представитель МИД Франции. Он добавил …" - its surface counts)
            if (sentence.start <= offset < limit or sentence.start <= surface < limit) and surface > after \
                    and ref.actor_id is None and want in ("Masc", "Fem") \
                    and (len(ref.name.split()) > 1 or after < 0) and self._described_gender(ref) == want \
                    and (not named_person or self._described_gender(ref, by_verb=False) == want) \
                    and (noun is None or self._described_by(ref, noun)):
                if named_heads and self._description_head(ref) in named_heads and not self._another(ref):
                    continue  # (the named person under its description: the caller takes the named one)
                return SpeakerRef(None, ref.name, token.text, token.start, token.stop)
        if want == "Plur" and here - back <= GROUP_WINDOW:
            group = self._group_subject(sentence, limit, after)
            if group is None and token.pos in ("PRON", "DET") and token.text.lower() in ("они", "их"):
                # a plural pronoun is no single organisation when a group came after it
                group = self._coordinated_group(sentence, limit, after) or self._plural_persons(sentence, limit, after)
            if group is not None:
                return SpeakerRef(None, group, token.text, token.start, token.stop)
        if back < here and want in ("Masc", "Fem") and sentence.start > after:
            described = self._described_subject(sentence, want)
            if described is not None:
                actor = next((a for a in doc.actors if a.name == described), None)
                if noun is not None and not self._subject_fits(actor, described, noun):
                    return None  # (rv23_Q H1) "Его помощник X подал иск … парламентарий заявил": not the staffer
                if noun is not None and marks_former(described.split()[0]) \
                        and not self._former_phrase(doc.token_span(token.start, token.stop)[0]):
                    return None  # (mX30) "Тогдашний президент США Барак Обама … Президент США заявил"
                return SpeakerRef(actor.id if actor else None, described, token.text, token.start, token.stop)
        return None

    def _subject_fits(self, actor: Actor | None, described: str, noun: str) -> bool:
        """The subject found for a description headed by `noun` may be called so: only a post
        («парламентарий») can contradict how a person was introduced (as someone's staff, or in
        another post); a broader noun («хоккеист» for a defender, «девушка») never does (rev23_C M1)."""
        if noun not in POSTS:
            return True
        profile = self.salience.profiles.get(actor.id) if actor is not None else None
        heads = profile.heads if profile is not None else frozenset(described.lower().replace("ё", "е").split())
        return noun in heads or person_fits(noun, heads)

    def _rank(self, want: Agreement, before: int, window: int = PRONOUN_WINDOW) -> list[Antecedent]:
        said = [(offset, ref.actor_id, ref.start if ref.start is not None else offset)
                for offset, ref in self.speakers if ref.actor_id]
        if self.excluded[0] < self.excluded[1] <= before <= self.excluded[1] + FRAME_AFTER_CONTENT:
            # "«…seven sentences…», — отметил он": the frame's antecedent is sought from where
            # the quoted words began, so a long quote does not push the speaker out of reach
            before = self.excluded[0]
        return self.salience.rank(want, before, said, reported=self._reported, skip=self._no_antecedent,
                                  window=window, overrule=self._possessive_at(before))

    def _possessive_at(self, offset: int) -> bool:
        """(mQ34) A possessive "его"/"её" starts at `offset` ("По его словам"): no subject of a verb
        of its own, it goes on with whom the quotes just before were resolved to (see `Salience.rank`)."""
        index, _ = self.doc.token_span(offset, offset + 1)
        token = self.doc.tokens[index] if index < len(self.doc.tokens) else None
        return token is not None and token.start == offset and token.text.lower() in ("его", "её", "ее") \
            and token.rel in ("det", "nmod", "nmod:poss")

    def _reported(self, offset: int) -> bool:
        return any(start <= offset < stop for start, stop in self.contents)

    def _no_antecedent(self, offset: int) -> bool:
        return self.excluded[0] <= offset < self.excluded[1] or self.quoted(offset) \
            or self.addressed[0] <= offset < self.addressed[1] \
            or any(start <= offset < stop for start, stop in self.datelines) or offset in self.title_adjectives

    def _as_anaphor(self, actor_id: str, token: Token) -> SpeakerRef:
        actor_id = self._namesake_wife_of(actor_id, token)
        actor = self.doc.actor(actor_id)
        ref = self.ref(Mention(token.start, token.stop, token.text, actor.type if actor else "PER",
                               actor.name if actor else "", actor_id))
        return SpeakerRef(ref.actor_id, ref.name, token.text, token.start, token.stop)

    def _another(self, ref: SpeakerRef) -> bool:
        """The described speaker is said to be someone else than one already met: "другой
        советник", "ещё один депутат", "второй министр", "бывший министр"."""
        if ref.start is not None and ref.stop is not None:
            first, last = self.doc.token_span(ref.start, ref.stop)
            words = [t.text.lower().replace("ё", "е") for t in self.doc.tokens[first:last]]
            lemmas = [_lemma(t) for t in self.doc.tokens[first:last]]
        else:
            words = lemmas = ref.name.lower().replace("ё", "е").split()
        return any(w in ANOTHER_WORDS for w in lemmas) or any(
            a == "еще" and b in ("один", "одна", "одного", "одной") for a, b in zip(words, words[1:]))

    def _description_head(self, ref: SpeakerRef) -> str | None:
        """The lemma of the head noun of a described speaker's surface ("советник главы
        Еврокомиссии": "советник"), else of its name's first word."""
        if ref.start is not None and ref.stop is not None:
            first, last = self.doc.token_span(ref.start, ref.stop)
            tokens = self.doc.tokens
            heads = [k for k in range(first, last) if tokens[k].pos == "NOUN" and not first <= tokens[k].head < last]
            nouns = heads or [k for k in range(first, last) if tokens[k].pos == "NOUN"]
            if nouns:
                return _lemma(tokens[nouns[0]])
        words = ref.name.lower().replace("ё", "е").split()
        return words[0] if words else None

    def _described_by(self, ref: SpeakerRef, noun: str) -> bool:
        """The described speaker `ref` can be called `noun`: named with it, or with nouns of
        no other field ("командир" after "пилот"; not "подозреваемый" after "следователь")."""
        words = set(ref.name.lower().replace("ё", "е").split())
        if ref.start is not None and ref.stop is not None:
            first, last = self.doc.token_span(ref.start, ref.stop)
            words |= {_lemma(t) for t in self.doc.tokens[first:last]}
        return noun in words or person_fits(noun, frozenset(words))

    def _described_subject(self, sentence, want: str, bare: bool = False, before: int | None = None) -> str | None:
        """"33-летний мужчина вышел во двор … Хотя он сообщил": an unnamed person who is
        the subject of the main clause of an earlier sentence (no named person in it);
        with `bare`, a bare noun too ("Охранник склада задержал вора. По его словам" - used
        only when no named person agrees), before offset `before`."""
        tokens = self.doc.tokens
        for i in range(sentence.token_start, sentence.token_stop):
            token = tokens[i]
            if before is not None and token.start >= before or self._no_antecedent(token.start):
                continue
            if token.rel == "nsubj" and token.pos == "NOUN" and token.feats.get("Animacy") == "Anim" \
                    and token.feats.get("Number") == "Sing" \
                    and (self._predicate_gender(i) or token.feats.get("Gender")) == want \
                    and token.head >= 0 and tokens[token.head].rel == "root" \
                    and (token.lemma or "") not in ANONYMOUS and not self.mentions_in(token.start, token.stop + 1):
                known = self._role_by_head(_lemma(token), token.start)
                if known is not None:  # "Обратился певец …" after "певец Сергей Лазарев"
                    actor = self.doc.actor(known)
                    return actor.name if actor else None
                if not bare and not any(tokens[c].rel == "amod" for c in self.children.get(i, [])):
                    return None  # a bare noun is a definite description, left to the rules above
                holder = self._described_holder(i)
                if holder is not None:  # (mC28) "Глава МИД Гайко Маас … Немецкий политик отверг … — говорит он"
                    return holder
                first, last = self.subtree(i, no_pp=True)
                named = self._named_by_apposition(i, first, last)
                if named is not None and not any(token_marks_former(tokens[k]) for k in range(first, i + 1)):
                    # (mB40) "Шведский защитник Никлас Лидстрём принял решение …": the named one (not a former
                    # holder - "Тогдашний президент США Барак Обама" - whose phrase the caller checks)
                    return named
                nearest = i
                while nearest > first and tokens[nearest - 1].pos in ("ADJ", "DET"):
                    nearest -= 1
                first = nearest  # (the noun and its adjectives: "Около 9.00 воспитатель" is no name)
                return self._phrase_text(first, last, i)
        return None

    def _named_by_apposition(self, head: int, first: int, last: int) -> str | None:
        """(mB40) The one person a name apposed to the subject noun at `head` names, within its phrase's tokens
        [first, last) ("Начинающая певица Оксана Яковлева", "Главный редактор RT Маргарита Симоньян"), as the
        actor's name; not an owner in the genitive ("дочь актрисы Натальи Стриженовой"), nor two coordinated names."""
        tokens = self.doc.tokens
        persons = {m.actor_id for m in self.mentions_in(tokens[first].start, tokens[last - 1].stop)
                   if m.type == "PER" and m.actor_id and self._names_head(m, head)}
        actor = self.doc.actor(next(iter(persons))) if len(persons) == 1 else None
        return actor.name if actor is not None and actor.type == "PER" else None

    def _described_holder(self, head: int) -> str | None:
        """(mC28) The named person a described subject ("Немецкий политик") stands for, as the
        description rules resolve it when it is a speaker: a pronoun after it goes on to that
        person, not to the description's words.  Not a noun that may name anyone ("33-летний
        мужчина", "местный житель"): such a subject is someone new."""
        tokens = self.doc.tokens
        if _lemma(tokens[head]) in INDEFINITE or _lemma(tokens[head]) in GENERIC_PERSON_NOUNS \
                or any(re.match(r"\d", tokens[c].text) or tokens[c].rel == "appos" and tokens[c].pos == "PROPN"
                       for c in self.children.get(head, [])):
            return None  # (nor a subject with a name apposed: "Исполнительный руководитель Ryanair Майкл О'лири")
        ref = self.from_head(head)
        actor = self.doc.actor(ref.actor_id) if ref is not None and ref.actor_id else None
        if actor is None or actor.type != "PER" or not self._nationality_agrees(head, actor.id):
            return None
        return actor.name

    def _nationality_agrees(self, head: int, actor_id: str) -> bool:
        """(cr28 M5) A subject described by a nationality ("российский политик") stands for a
        named person only if that nationality is written next to one of the person's mentions
        ("Глава МИД Германии Гайко Маас" is no "российский политик")."""
        tokens = self.doc.tokens
        adjective = next((_lemma(tokens[c]) for c in self.children.get(head, [])
                          if tokens[c].rel == "amod" and _lemma(tokens[c]) in COUNTRY_ADJ), None)
        if adjective is None:
            return True
        words, other = nationality_words(adjective), False
        for mention in self.doc.mentions:
            if mention.actor_id != actor_id:
                continue
            first, last = self.doc.token_span(mention.start, mention.stop)
            near = {_lemma(t) for t in tokens[max(0, first - NATIONALITY_REACH):last]}
            if near & words:
                return True
            other = other or bool(near & COUNTRY_WORDS)
        # (cr28b M2) no nationality written near the person says nothing against it ("Президент Владимир
        # Путин … российский лидер"); only another country's does
        return not other

    def _group_subject(self, sentence, limit: int, after: int) -> str | None:
        """"Организаторы акции подали заявку … Они подчеркнули": the latest unnamed
        group (a plural animate noun as a subject) before offset `limit` and after
        offset `after` (the best named antecedent), as its nominative phrase."""
        tokens = self.doc.tokens
        for i in range(sentence.token_stop - 1, sentence.token_start - 1, -1):
            token = tokens[i]
            if token.start >= limit or self._no_antecedent(token.start):
                continue
            if token.rel.startswith("nsubj") and token.pos == "NOUN" and token.feats.get("Number") == "Plur" \
                    and token.feats.get("Animacy") == "Anim" and _lemma(token) not in ANONYMOUS | INDEFINITE_GROUPS \
                    and not self.mentions_in(token.start, token.stop + 1) \
                    and not any(tokens[c].text.lower() == "их" for c in self.children.get(i, [])):
                # ("их лидеры … они": a group named after another group leaves "они" to that one)
                first, last = self.subtree(i, no_pp=True)
                last = self._affiliation_end(i, last)
                if tokens[last - 1].stop > after:  # ("депутаты Госдумы": the group, not the organisation in it)
                    return self._phrase_text(first, last, i)
                if self._oblique_after_group(sentence, last, after):
                    return self._phrase_text(first, last, i)
        return None

    def _oblique_in_sentence_before(self, best: Antecedent, here: int) -> bool:
        """(dv36b) The best named antecedent's latest mention is in the sentence before sentence `here`, as an
        object, an oblique or a noun's complement ("ответил на вопросы Андрея"), and it is no subject there."""
        if best.last_sentence != here - 1:
            return False
        tokens = self.doc.tokens
        named, _ = self.doc.token_span(best.last_start, best.last_start + 1)
        if named >= len(tokens) or tokens[named].start != best.last_start:
            return False
        return tokens[self._name_head(named)].rel in ("nmod", "iobj") and not self.salience.subject_since(
            best.actor_id, here - 2, self.doc.sentences[here].start)

    def _oblique_after_group(self, sentence, group_end: int, after: int) -> bool:
        """(dv36b) "Международные лидеры осудили теракт и выразили поддержку Австрии. Они подчеркнули …":
        the best named antecedent's latest mention (at offset `after`) comes later in the group's own
        sentence, outside the group's phrase (token `group_end` on), as an object or an oblique - no subject
        a plural pronoun could go on with, so the group stays its antecedent."""
        tokens = self.doc.tokens
        named, _ = self.doc.token_span(after, after + 1)
        if not group_end <= named < sentence.token_stop or tokens[named].start != after:
            return False
        return tokens[self._name_head(named)].rel in OBLIQUE_RELS

    def _name_head(self, index: int) -> int:
        """The token a name's word stands for in the clause: "Компания «Ренова»" - the name stands by its class
        noun, "Владимиру Путину" - the surname hangs on the first name."""
        tokens = self.doc.tokens
        seen = {index}
        while tokens[index].rel in NAME_PART_RELS and tokens[index].head >= 0 and tokens[index].head not in seen:
            index = tokens[index].head  # (the parser can leave a cycle of name parts on odd text: stop there)
            seen.add(index)
        return index

    def _affiliation_end(self, head: int, last: int) -> int:
        """"Эпидемиологи из Университета Техаса …": a group's "из"-phrase right after it that
        names an organisation or a place is where the group comes from - part of its name
        (other prepositional phrases - "в четверг", "на форуме" - are not)."""
        tokens = self.doc.tokens
        for child in self.children.get(head, []):
            prep = next((c for c in self.children.get(child, []) if c < child and tokens[c].text.lower() == "из"), None)
            if child < last or tokens[child].rel != "nmod" or prep is None:
                continue
            end = self.subtree(child, PHRASE_STOP_RELS)[1]
            if prep != last:
                continue  # (the "из"-phrase must follow the group's words right away)
            begin, stop = tokens[child].start, tokens[end - 1].stop
            if any(m.type in AFFILIATION_TYPES and begin <= m.start and m.stop <= stop for m in self.doc.mentions):
                return end
        return last

    def _coordinated_group(self, sentence, limit: int, after: int) -> str | None:
        """"Проект критикуют Германия, Франция и страны Бенилюкса. Они утверждают": subjects
        coordinated with "и" before a plural verb, before offset `limit` and ending after offset
        `after` (the best named antecedent, often one of them), are the group "они" stands for."""
        tokens = self.doc.tokens
        for i in range(sentence.token_stop - 1, sentence.token_start - 1, -1):
            token = tokens[i]
            verb = tokens[token.head] if token.head >= 0 else None
            if token.start >= limit or self._no_antecedent(token.start) or verb is None \
                    or token.pos not in ("NOUN", "PROPN") or verb.feats.get("Number") != "Plur":
                continue
            conjuncts = [c for c in self.children.get(i, []) if c > i and tokens[c].rel == "conj"
                         and tokens[c].pos in ("NOUN", "PROPN")]
            if not token.rel.startswith("nsubj") and not (
                    token.rel == "obj" and i > token.head and any(tokens[c].feats.get("Case") == "Nom" for c in conjuncts)
                    and not any(tokens[c].rel.startswith("nsubj") for c in self.children.get(token.head, []))):
                # ("Проект критикуют США, Польша и страны Балтии": a subject after the verb the
                # parser took for its object - nominative conjuncts, and the verb has no subject)
                continue
            if not conjuncts or not any(tokens[k].pos == "CCONJ" and _lemma(tokens[k]) == "и"
                                        for k in self.children.get(conjuncts[-1], [])):
                continue
            first, _ = self.subtree(i, no_pp=True)
            _, last = self.subtree(conjuncts[-1], no_pp=True)
            if tokens[last - 1].stop <= after or tokens[last - 1].stop > limit:
                continue
            return " ".join(self.doc.text[tokens[first].start:tokens[last - 1].stop].split())
        return None

    def _plural_persons(self, sentence, limit: int, after: int) -> str | None:
        """"Фото возмутило поклонников, они заявили", "Реформа не устроила фермеров. По их
        мнению": the latest plural animate noun of any case before offset `limit`, after offset
        `after` (the best named antecedent, an organisation), is who "они"/"их" are - as its
        nominative phrase.  Not a quantifier ("многие"), a source noun ("источники") or a named
        person's noun."""
        tokens = self.doc.tokens
        for i in range(min(sentence.token_stop, len(tokens)) - 1, sentence.token_start - 1, -1):
            token = tokens[i]
            if token.start >= limit or self._no_antecedent(token.start) or self._reported(token.start):
                continue  # (not the people an earlier quote's words are about)
            if token.pos == "NOUN" and token.feats.get("Number") == "Plur" and token.feats.get("Animacy") == "Anim" \
                    and _lemma(token) not in ANONYMOUS | INDEFINITE_GROUPS \
                    and not self.mentions_in(token.start, token.stop + 1) \
                    and not any(tokens[c].text.lower() == "их" for c in self.children.get(i, [])) \
                    and (token.start > after or self._phrase_end(i) > after):
                # (a group whose own phrase holds the named antecedent: "послы США в Германии и Дании")
                owner = tokens[token.head] if token.head >= 0 and token.rel == "nmod" else None
                if owner is not None and owner.pos == "NOUN" and owner.feats.get("Animacy") == "Inan" \
                        and not self._by_frame(token.head) and _lemma(owner) not in GROUP_STANCE_NOUNS:
                    if not owner.rel.startswith("nsubj"):
                        continue  # ("новый вид рыб": a kind of animals, no speakers)
                    i = token.head  # ("группа ученых обнаружила": the group)
                first, last = self.subtree(i, no_pp=True)
                partitive = partitive_object(tokens, self.children, i)
                if partitive is not None and self.subtree(partitive)[1] >= last:
                    last = self.subtree(partitive)[0]  # (nm26) "принесла соседкам воды": "соседки", not "соседки воды"
                return self._named_members(first, last, i, limit) or self._phrase_text(first, last, i)
        return None

    def _named_members(self, first: int, last: int, head: int, limit: int) -> str | None:
        """"пара ученых Петер Ааби и Кристина Стабелл Бенн": a group named by the coordinated
        names apposed to it is named by them ("они" are the two)."""
        persons = [m for m in self.mentions_in(self.doc.tokens[first].start, self.doc.tokens[last - 1].stop)
                   if m.type == "PER" and self._names_head(m, head)]
        if not persons:
            return None
        before = bisect_left(self.doc.tokens, limit, key=attrgetter("start"))  # (the first token from `limit` on)
        others = self._name_conjuncts(persons[0], head, before)
        names = list(dict.fromkeys(self.ref(m).name for m in persons[:1] + others))
        return _joined(names) if others and len(names) > 1 else None

    def _by_frame(self, noun: int) -> bool:
        """"по словам послов", "по мнению экспертов": the noun is a "по"-frame whose genitive
        is who spoke."""
        return any(self.doc.tokens[c].rel == "case" and _lemma(self.doc.tokens[c]) == "по"
                   for c in self.children.get(noun, []))

    def _described_gender(self, ref: SpeakerRef, by_verb: bool = True) -> str | None:
        """Gender of a speaker named by a person noun ("его дочь" -> Fem), with `by_verb` the
        gender its past-tense verb shows ("Представитель профсоюза рассказала" -> Fem), else None."""
        if ref.start is None or ref.stop is None:
            return None
        first, last = self.doc.token_span(ref.start, ref.stop)
        for k in range(first, last):
            token = self.doc.tokens[k]
            # (any case: "со ссылкой на представителя IKEA" is a man as well)
            if token.pos == "NOUN" and token.feats.get("Animacy") == "Anim" \
                    and token.feats.get("Number") == "Sing":
                # a masculine role noun names a woman when its verb says so
                # ("Представитель профсоюза рассказала": "она" afterwards is her)
                return (self._predicate_gender(k) if by_verb else None) or token.feats.get("Gender")
        return None

    def latest(self, before: int, types: tuple[str, ...]) -> Mention | None:
        i = bisect_left(self._starts, before) - 1
        while i >= 0:
            mention = self.mentions[i]
            if mention.type in types and mention.stop <= before \
                    and not self.addressed[0] <= mention.start < self.addressed[1] \
                    and mention.text.lower() not in SOCIAL_NETWORKS:
                return mention
            i -= 1
        return None

    def remember(self, offset: int, speaker: SpeakerRef | None, stop: int | None = None) -> None:
        """A quote at [offset, stop) said by `speaker`: later anaphors see the
        speaker as salient and the content as reported (less salient)."""
        if speaker is not None:
            self.speakers.append((offset, speaker))
        if stop is not None:
            self.contents.append((offset, stop))


# (dvV) A surname marked for its generation ("Нурмагомедов-старший", "Уильямс-младшая"), as the actor layer names it.
GENERATION_SUFFIX = re.compile(r"^(?P<surname>[А-ЯЁ][а-яё]+)-(?P<generation>старший|младший|старшая|младшая)$")
# Particles that attach to the subject phrase without being part of it.
# (dvF) Focus particles that may open a speaker's phrase: "даже российские эксперты".
FOCUS_PARTICLES = frozenset({"даже", "и", "лишь", "только", "тоже", "также", "именно", "уже", "еще", "ещё"})
DISCOURSE_PARTICLES = frozenset({"же", "ведь", "-то", "то", "ли", "бы", "лишь", "даже", "уж"})
# Marks a name's words are never glued across ("«Город»", "Санкт-Петербург" keeps its parts).
UNGLUED = frozenset({"«", "»", "\"", "-", "–", "—"})
# Oblique forms that show a participle ("заведующего", "пострадавшей", "задержанных").
PARTICIPLE_OBLIQUE = ("щего", "щему", "щей", "щих", "щим", "шего", "шему", "шей", "ших", "шим", "нного", "нному",
                      "нной", "нных", "нным")
# Oblique endings of participles and adjectives by number/gender, longest first, and the
# nominative ending each gives after a hushing or velar consonant ("-ий") or else ("-ый").
_OBLIQUE_ENDINGS = {
    "Sing-Masc": ("ого", "его", "ому", "ему", "ым", "им", "ом", "ем"),
    "Sing-Fem": ("ою", "ею", "ой", "ей", "ую", "юю"),
    "Plur": ("ыми", "ими", "ых", "их", "ым", "им"),
}


def _personal_pronoun(token: Token) -> bool:
    """"ей", "ему", "у нее": a 3rd-person singular personal pronoun of a gender (not "себя")."""
    return token.pos == "PRON" and token.feats.get("Person") == "3" and token.feats.get("Number") == "Sing" \
        and token.feats.get("Gender") in ("Masc", "Fem") and _lemma(token) != "себя"


def _own_words(ref: SpeakerRef) -> bool:
    """The speaker was named by its own phrase only (every word of its name stands, declined, in its text): no
    resolution a later mention could take up."""
    stems = {w[:MIN_STEM] for w in (ref.text or "").lower().replace("ё", "е").split()}
    return ref.actor_id is None and all(w[:MIN_STEM] in stems for w in ref.name.lower().replace("ё", "е").split())


def _straight_quotes_glued(words: list[str]) -> list[str]:
    """(rev24_A L2) "пресс-служба "Газпрома"": a straight quotation mark opens onto the word after it and closes
    onto the word before it; a mark left without its pair (the phrase ends inside the name) is dropped."""
    marks = [i for i, w in enumerate(words) if w == '"']
    paired = marks[:len(marks) - len(marks) % 2]
    glued: list[str] = []
    pending = ""
    for i, word in enumerate(words):
        if word != '"':
            glued.append(pending + word)
            pending = ""
        elif i in paired and paired.index(i) % 2 == 0:
            pending = word
        elif i in paired and glued:
            glued[-1] += word
    return glued


def _joined(names: list[str]) -> str:
    """"A и B", "A, B и C"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " и " + names[-1]


def _press_name(name: str) -> bool:
    """"Defence News", "The Sunday Times": an outlet's name by its words."""
    return any(word in PRESS_NAME_WORDS for word in re.findall(r"[a-z]+", name.lower()))


def _handle_like(name: str) -> bool:
    """"@igiss", "romikrom888", "xxl_rushan": a user's handle, not an outlet's Latin name."""
    return bool(NICK.fullmatch(name)) and (name.startswith("@") or bool(HANDLE.fullmatch(name))
                                           or bool(re.search(r"[\d_]", name)))


def _feminine_misread(mention: Mention) -> bool:
    """"профессор … Анча Баранова" normalised "Анча Баранов": a woman's nominative surname
    (-ова/-ева/-ина/-ына) read as a man's genitive.  A man's genitive inflects the first name
    too ("Ивана Петрова" - "Иван Петров"), so a first name left as written that ends in
    -а/-я with only the surname's feminine -а dropped is the nominative of a woman's name."""
    written, normal = mention.text.split(), (mention.normal or "").split()
    if len(written) != 2 or len(normal) != 2:
        return False
    (first_w, last_w), (first_n, last_n) = written, normal
    # (mC27) or normalised as written, now that the name's apposition shows its nominative (nlp/mentions.py)
    return first_w == first_n and first_w.lower().endswith(("а", "я")) and last_w in (last_n + "а", last_n) \
        and last_w.lower().endswith(("ова", "ева", "ёва", "ина", "ына"))


def _inflected(mention: Mention) -> bool:
    """A word of the mention is another form of its normal form's word ("Асии" / "Асий"):
    same beginning, other ending."""
    written, normal = mention.text.lower().replace("ё", "е").split(), mention.normal.lower().replace("ё", "е").split()
    return len(written) == len(normal) and any(
        w != n and w[:3] == n[:3] and len(w) > 3 and w.isalpha() for w, n in zip(written, normal))


def _former_spelt_out(lemmas: set[str]) -> set[str]:
    """"экс-депутат" is "бывший депутат" written as a prefix: both forms, so either one
    refers back to a person introduced with the other."""
    return lemmas | {w for lem in lemmas if lem.startswith("экс-") and len(lem) > 4
                     for w in (lem.removeprefix("экс-"), "бывший")}


def _adjectival_plural(token: Token) -> bool:
    """An oblique plural with an adjective's ending ("уполномоченных", "некоторых"); not a capitalised word, which
    may be an indeclinable surname ("Черных", "Седых")."""
    return token.feats.get("Number") == "Plur" and token.feats.get("Case") not in (None, "Nom") \
        and token.text.lower().endswith(("ых", "их", "ыми", "ими")) and len(token.text) > 5 \
        and (token.pos == "DET" or not token.text[:1].isupper())


def participle_nominative(word: str, feats: dict[str, str]) -> str:
    """The nominative of a participle in an oblique case ("заведующего" -> "заведующий",
    "пострадавшей" -> "пострадавшая", "задержанных" -> "задержанные"); the word as it is
    when its ending is not one of these."""
    plural = feats.get("Number") == "Plur"
    key = "Plur" if plural else ("Sing-Fem" if feats.get("Gender") == "Fem" else "Sing-Masc")
    low = word.lower()
    for ending in _OBLIQUE_ENDINGS[key]:
        if low.endswith(ending) and len(low) > len(ending) + 2:
            stem = word[:-len(ending)]
            soft = stem[-1:].lower() in "щшжчкгх"
            if plural:
                return stem + ("ие" if soft or ending.startswith("и") else "ые")
            if key == "Sing-Fem":
                return stem + ("яя" if ending in ("юю",) else "ая")
            return stem + ("ий" if soft or ending in ("его", "ему", "им", "ем") and not stem.endswith("нн") else "ый")
    return word


# (cr28 M5) Words before a person's mention that may state the nationality ("Глава МИД Германии Гайко Маас").
NATIONALITY_REACH = 6
# Lemmas that state some country: its adjective or its name.
COUNTRY_WORDS = frozenset(COUNTRY_ADJ) | frozenset(name.lower() for name in COUNTRY_ADJ.values())


def nationality_words(adjective: str) -> frozenset[str]:
    """Lemmas that state a nationality: the adjective, its demonyms and its country."""
    country = COUNTRY_ADJ.get(adjective, "").lower() or DEMONYM_COUNTRIES.get(adjective, "")
    return frozenset({adjective, country} - {""}) | {noun for noun, adj in DEMONYMS.items() if adj == adjective}


def _datelines(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of agency datelines ("INTERFAX.RU - …"): the sentence splitter
    makes each its own sentence; the agency there is the wire, never an antecedent."""
    spans = []
    for sentence in doc.sentences:
        head = doc.text[sentence.start:sentence.stop + DATELINE_LOOKAHEAD]
        match = DATELINE.match(head)
        if match is not None and sentence.start + match.end() >= sentence.stop:
            spans.append((sentence.start, sentence.stop))
    return spans


def _person_participle_group(token: Token) -> bool:
    """An active plural participle standing for people ("из стоящих в очереди", "из пострадавших")."""
    return token.pos == "VERB" and token.feats.get("VerbForm") == "Part" and token.feats.get("Voice") == "Act" \
        and token.feats.get("Number") == "Plur"


def _person_participle(token: Token) -> bool:
    """"погибшего", "задержанного", "пострадавшей": a participle or adjective heading its own
    phrase (an nmod, not a modifier of a noun) stands for a person."""
    return token.rel == "nmod" and (token.pos == "VERB" and token.feats.get("VerbForm") == "Part"
                                    or token.pos == "ADJ" and token.feats.get("Variant") != "Short")


def _lemma(token: Token) -> str:
    return (token.lemma or token.text.lower()).replace("ё", "е")


def _adjective_fits(adjective: str, words: frozenset[str]) -> bool:
    """A relational adjective of a description fits an actor introduced with it, or
    whose name holds its noun stem ("надзорная служба" - Роскомнадзор)."""
    if adjective in words:
        return True
    stem = adjective[:-2] if adjective.endswith(ADJECTIVE_ENDINGS) else adjective
    for suffix in ADJECTIVE_SUFFIXES:
        if stem.endswith(suffix):
            stem = stem[:-len(suffix)]
            break
    return len(stem) >= MIN_STEM and any(stem in word for word in words)
