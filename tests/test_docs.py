"""The user docs in docs/*.md stay true: commands and options exist, search filters parse and
behave as written, event types and CAMEO codes come from the data files, field lists match the
dataclasses, and the example values shown for the seed page are what the pipeline produces."""
from __future__ import annotations

import dataclasses
import json
import re
import shlex
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from khronika.cli import main
from khronika.errors import QueryError
from khronika.events.export import GDELT_COLUMNS
from khronika.events.lexicon import load_cameo, load_lexicon
from khronika.extract.article import Article, RelatedItem
from khronika.nlp.doc import Actor, Doc, Event, EventActor, Mention, Quote, SpeakerRef, TimeExpr
from khronika.plain import plain
from khronika.store.query import FILTERS, parse_query

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
PAGES = sorted(DOCS.glob("*.md"))
SEED = ROOT / "examples" / "pages" / "000_seed.txt"
SECOND_OUTLET = ROOT / "examples" / "pages" / "017_txt_second_outlet.txt"
SEED_CRAWLED_AT = "2024-04-19T12:00:00+03:00"


def read(name: str) -> str:
    return (DOCS / name).read_text(encoding="utf-8")


def code_lines(text: str) -> list[str]:
    """Lines inside ``` fences."""
    lines, inside = [], False
    for line in text.splitlines():
        if line.startswith("```"):
            inside = not inside
        elif inside:
            lines.append(line.strip())
    return lines


def prose(text: str) -> str:
    """The text outside ``` fences."""
    return re.sub(r"^```.*?^```", "", text, flags=re.S | re.M)


def inline_spans(text: str) -> list[str]:
    return re.findall(r"`([^`\n]+)`", prose(text))


def tables_under(text: str, heading: str) -> list[list[str]]:
    """The rows (cells, header and rule dropped) of the first table after `#… heading`."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if re.fullmatch(r"#+ " + re.escape(heading), line))
    rows = []
    for line in lines[start + 1:]:
        if line.startswith("#"):
            break
        if line.startswith("|"):
            rows.append([c.strip() for c in line.strip().strip("|").split(" | ")])
        elif rows:
            break
    assert len(rows) > 2, f"no table under {heading!r}"
    return rows[2:]


def table_with_header(text: str, header: str) -> list[list[str]]:
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(header))
    rows = []
    for line in lines[start + 2:]:
        if not line.startswith("|"):
            break
        rows.append([c.strip() for c in line.strip().strip("|").split(" | ")])
    return rows


# -- (a) commands and options ----------------------------------------------------------------

def documented_commands() -> list[tuple[str, list[str]]]:
    """(page, argv) for every `khronika …` command line in code blocks and inline code.
    Output lines ("khronika ingest: new: …") are not commands: their second word ends with ':'."""
    found = []
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        for line in code_lines(text) + inline_spans(text):
            if not line.startswith("khronika "):
                continue
            argv = shlex.split(line)[1:]
            if argv and not argv[0].endswith(":"):
                found.append((page.name, argv))
    return found


def resolve(argv: list[str]) -> tuple[click.Command, list[str]]:
    command: click.Command = main
    rest = list(argv)
    while isinstance(command, click.Group) and rest and not rest[0].startswith("-"):
        name = rest.pop(0)
        assert name in command.commands, f"`khronika … {name}` is no command"
        command = command.commands[name]
    return command, rest


def options_of(command: click.Command) -> dict[str, click.Parameter]:
    return {opt: p for p in command.params for opt in (*p.opts, *p.secondary_opts) if opt.startswith("-")}


def all_options() -> set[str]:
    names: set[str] = set()

    def walk(command: click.Command) -> None:
        names.update(options_of(command))
        for sub in getattr(command, "commands", {}).values():
            walk(sub)

    walk(main)
    return names


COMMANDS = documented_commands()


def test_docs_show_commands():
    used = {argv[0] for _, argv in COMMANDS}
    assert {"extract", "ingest", "actors", "stories", "search", "show", "quotes", "events", "serve",
            "runs", "reprocess"} <= used


@pytest.mark.parametrize("page,argv", COMMANDS, ids=[f"{p}:{' '.join(a)[:60]}" for p, a in COMMANDS])
def test_documented_command_exists(page, argv):
    command, rest = resolve(argv)
    options = options_of(command)
    for i, token in enumerate(rest):
        token = token.strip("[]")
        if not token.startswith("-") or token == "-":
            continue
        name = token.split("=", 1)[0]
        assert name in options, f"{page}: `khronika {' '.join(argv)}`: no option {name}"
        param = options[name]
        if isinstance(param.type, click.Choice) and i + 1 < len(rest) and not rest[i + 1].startswith("-"):
            for value in rest[i + 1].strip("[]").split("|"):
                assert value in param.type.choices, f"{page}: {name} {value} is not one of {param.type.choices}"


def test_options_named_in_prose_exist():
    known = all_options()
    for page in PAGES:
        for span in inline_spans(page.read_text(encoding="utf-8")):
            word = span.split()[0]
            if word.startswith("--") and "…" not in word:
                assert word.split("=", 1)[0] in known, f"{page.name}: `{span}` is no option of any command"


# -- (b) the search language -------------------------------------------------------------------

SEARCH = read("search.md")
FILTER_ROWS = tables_under(SEARCH, "Filters")
FILTER_EXAMPLES = [(row[0], example) for row in FILTER_ROWS for example in re.findall(r"`([^`]+)`", row[2])]
QUERY_FIELD = {"actor": "actors", "speaker": "speakers", "event": "events", "source": "sources",
               "from": "date_from", "to": "date_to", "story": "stories"}


def test_filter_table_names_exactly_the_parser_filters():
    assert [row[0].strip("`").rstrip(":") for row in FILTER_ROWS] == list(FILTERS)


@pytest.mark.parametrize("key,example", FILTER_EXAMPLES)
def test_filter_examples_parse(key, example):
    name = key.strip("`").rstrip(":")
    query = parse_query(example)
    assert getattr(query, QUERY_FIELD[name]), f"{example} did not fill {QUERY_FIELD[name]}"


def search_queries() -> list[str]:
    """Every query the page shows: inline spans that use a filter, and `khronika search` lines."""
    queries = []
    for span in inline_spans(SEARCH):
        if span.startswith("khronika search "):
            queries.append(shlex.split(span)[2])
        elif re.fullmatch(r"\w+:", span):
            continue  # a filter's name, not a query
        elif re.search(r"\b(" + "|".join(FILTERS) + r"):", span, flags=re.I) and not span.startswith("q="):
            queries.append(span)
    for line in code_lines(SEARCH):
        if line.startswith("khronika search "):
            queries.append(shlex.split(line)[2])
    return queries


ERROR_EXAMPLES = [  # query shown as an error → the message the page quotes
    ("from:вчера", "from:вчера is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)"),
    ("actor:", "empty value for actor:"),
]


# Queries the page shows as errors whose message it describes rather than quotes.
DESCRIBED_ERRORS = [("event:FOO", "neither a PLOVER type")]


@pytest.mark.parametrize("query", search_queries())
def test_search_examples_parse(query):
    if query in dict(ERROR_EXAMPLES) or query in dict(DESCRIBED_ERRORS):
        return
    parse_query(query)


@pytest.mark.parametrize("query,words", DESCRIBED_ERRORS)
def test_search_errors_as_described(query, words):
    with pytest.raises(QueryError) as raised:
        parse_query(query)
    assert words in str(raised.value) and query in " ".join(SEARCH.split())


@pytest.mark.parametrize("query,message", ERROR_EXAMPLES)
def test_search_errors_as_documented(query, message):
    with pytest.raises(QueryError) as raised:
        parse_query(query)
    assert str(raised.value) == message
    if query != "actor:":
        assert message in " ".join(SEARCH.split())


PARSE_CASES = [  # what the page says about the grammar → the parsed Query
    ('"гарантии безопасности"', "text", "гарантии безопасности"),
    ("Actor:Путин", "actors", ["Путин"]),
    ("actor:Путин actor:Макрон", "actors", ["Путин", "Макрон"]),
    ("source:lenta source:ria.example", "sources", ["lenta", "ria.example"]),
    ("event:consult", "events", ["CONSULT"]),
    ("to:2012", "date_to", "2012-12-31"),
    ("from:2024-01", "date_from", "2024-01-01"),
    ("from:2023 from:2024", "date_from", "2024-01-01"),
    ("https://lenta.example.ru 10:30", "text", "https://lenta.example.ru 10:30"),
    ('speaker:"Дмитрий Песков"', "speakers", ["Дмитрий Песков"]),
]


@pytest.mark.parametrize("query,field,expected", PARSE_CASES)
def test_grammar_as_documented(query, field, expected):
    assert getattr(parse_query(query), field) == expected


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory):
    """The tutorial's first two pages (the Putin–Macron call, told twice) in a SQLite store."""
    db = str(tmp_path_factory.mktemp("docs") / "demo.db")
    runner = CliRunner()
    result = runner.invoke(main, ["ingest", str(SEED), "--db", db, "--crawled-at", SEED_CRAWLED_AT, "-q"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(main, ["ingest", str(SECOND_OUTLET), "--db", db, "-q"])
    assert result.exit_code == 0, result.output
    from khronika.store import open_store

    store = open_store(db, create=False)
    yield store
    store.close()


def titles(store, query: str) -> set[str]:
    return {hit.article.title for hit in store.search_page(query, limit=20).hits}


SEED_TITLE = "Путин рассказал Макрону, что США и НАТО игнорируют «озабоченности» России по безопасности"
SECOND_TITLE = "Макрон и Путин обсудили по телефону гарантии безопасности в Европе"
BEHAVIOUR = [  # a claim of search.md → the demo articles it finds
    ("Путину", {SEED_TITLE, SECOND_TITLE}),
    ("Макрон", {SEED_TITLE, SECOND_TITLE}),
    ('"гарантии безопасности"', {SEED_TITLE, SECOND_TITLE}),
    ("actor:Путину", {SEED_TITLE, SECOND_TITLE}),
    ("actor:per:vladimir-putin", {SEED_TITLE, SECOND_TITLE}),
    ("Actor:Путин", {SEED_TITLE, SECOND_TITLE}),
    ('speaker:"Дмитрий Песков"', {SEED_TITLE}),
    ("event:CONSULT", {SEED_TITLE, SECOND_TITLE}),
    ("event:04", {SEED_TITLE, SECOND_TITLE}),
    ("event:ASSAULT", set()),  # the seed's strike is in a sidebar headline, not the article
    ("source:unknown", {SEED_TITLE, SECOND_TITLE}),
    ("story:1", {SEED_TITLE, SECOND_TITLE}),
    ("from:2022-01-28 to:2022-01", {SEED_TITLE, SECOND_TITLE}),
    ("to:2021", set()),
]


@pytest.mark.parametrize("query,expected", BEHAVIOUR)
def test_search_behaves_as_documented(demo_store, query, expected):
    assert titles(demo_store, query) == expected


def test_filter_only_search_is_newest_first_with_score_zero(demo_store):
    hits = demo_store.search_page("story:1", limit=20).hits
    assert [h.score for h in hits] == [0.0, 0.0]
    assert [h.article.title for h in hits] == [SECOND_TITLE, SEED_TITLE]


# -- (c) event types, modes and CAMEO codes ----------------------------------------------------

RECORDS = read("records.md")
EVENT_ROWS = table_with_header(RECORDS, "| type | mode | CAMEO code | CAMEO root |")


def test_event_table_lists_exactly_what_the_lexicon_can_emit():
    emitted = {(e.type, e.mode) for entries in load_lexicon().entries.values() for e in entries}
    documented = [(row[0], None if row[1] == "-" else row[1]) for row in EVENT_ROWS]
    assert len(documented) == len(set(documented))
    assert set(documented) == emitted


@pytest.mark.parametrize("row", EVENT_ROWS, ids=[f"{r[0]}-{r[1]}" for r in EVENT_ROWS])
def test_event_table_cameo_codes(row):
    type_, mode, code, root = row[:4]
    found = load_cameo().lookup(type_, None if mode == "-" else mode)
    assert (found.code, found.root) == (code, root)


def test_gdelt_columns_as_documented():
    block = RECORDS.split("All 61 columns are written, in this order:")[1].split("```")[1]
    assert block.split() == GDELT_COLUMNS


# -- (d) field lists and (e) seed examples -----------------------------------------------------

RECORD_CLASSES = {"Article": Article, "RelatedItem": RelatedItem, "Doc": Doc, "Actor": Actor, "Mention": Mention,
                  "TimeExpr": TimeExpr, "Quote": Quote, "SpeakerRef": SpeakerRef, "Event": Event,
                  "EventActor": EventActor}


def field_rows(name: str) -> list[list[str]]:
    return tables_under(RECORDS, name)


@pytest.mark.parametrize("name", list(RECORD_CLASSES))
def test_documented_fields_are_the_dataclass_fields(name):
    documented = [row[0].strip("`") for row in field_rows(name)]
    assert documented == [f.name for f in dataclasses.fields(RECORD_CLASSES[name])]


@pytest.fixture(scope="module")
def pipeline():
    from khronika.nlp.pipeline import Pipeline

    return Pipeline.build()


@pytest.fixture(scope="module")
def seed_doc(pipeline) -> Doc:
    import os

    from khronika.extract import extract_file

    # As the page runs it: from the repository root, so `source` is the relative path.
    here = os.getcwd()
    os.chdir(ROOT)
    try:
        return pipeline(extract_file(str(SEED.relative_to(ROOT)), crawled_at=SEED_CRAWLED_AT))
    finally:
        os.chdir(here)


def example_objects(doc: Doc) -> dict[str, object]:
    """The records whose values records.md shows (the page says which)."""
    trigger = json.loads(next(row[3] for row in field_rows("Event") if row[0] == "`trigger`").strip("`"))
    event = next(e for e in doc.events if e.trigger == trigger)
    return {"Article": doc.article, "RelatedItem": doc.article.related[0], "Doc": doc, "Actor": doc.actors[0],
            "Mention": doc.mentions[0], "TimeExpr": doc.times[0], "Quote": doc.quotes[0],
            "SpeakerRef": doc.quotes[0].speaker, "Event": event, "EventActor": event.source_actors[0]}


def checked_examples(name: str) -> list[tuple[str, str]]:
    """(field, example cell) for cells that are one JSON value in backticks, or a count ("7 paragraphs")."""
    rows = []
    for row in field_rows(name):
        cell = row[3] if len(row) > 3 else ""
        if re.fullmatch(r"`[^`]+`", cell) or re.fullmatch(r"\d+( [a-z]+)?", cell):
            rows.append((row[0].strip("`"), cell))
    return rows


MUST_CHECK = {"Article": {"title", "published"}, "Quote": {"speaker", "cue", "kind"},
              "Event": {"type", "source_actors", "target_actors"}}


@pytest.mark.parametrize("name", list(RECORD_CLASSES))
def test_seed_examples_are_what_the_pipeline_produces(seed_doc, name):
    record = example_objects(seed_doc)[name]
    checked = checked_examples(name)
    assert MUST_CHECK.get(name, set()) <= {f for f, _ in checked}
    for field, cell in checked:
        actual = plain(getattr(record, field))
        if cell.startswith("`"):
            assert actual == json.loads(cell.strip("`")), f"{name}.{field}"
        else:
            assert len(actual) == int(cell.split()[0]), f"{name}.{field}: {cell}"


FLAG_CLAIMS = [  # sentence quoted in records.md → (layer, attribute, value) of its one record
    ("Сергей Лавров и Энтони Блинкен намерены провести переговоры в Женеве", "events", "hypothetical", True),
    ("Переговоры Сергея Лаврова и Энтони Блинкена в Женеве не состоялись", "events", "negated", True),
    ("Сергей Лавров не согласился с Энтони Блинкеном", "events", "negated", False),
    ("Сергей Лавров не согласился с Энтони Блинкеном", "events", "type", "REJECT"),
    ("Дмитрий Песков не заявлял, что Россия выйдет из переговоров", "quotes", "negated", True),
]


@pytest.mark.parametrize("sentence,layer,attribute,value", FLAG_CLAIMS)
def test_flag_examples_as_documented(pipeline, sentence, layer, attribute, value):
    assert sentence in RECORDS
    article = Article(id="t", source="test", title="Новости", published="2022-01-28T16:49:00+03:00",
                      language="ru", lead="", paragraphs=[sentence + "."])
    records = getattr(pipeline(article), layer)
    assert len(records) == 1
    assert getattr(records[0], attribute) == value


# -- the API's endpoint table ------------------------------------------------------------------

def test_api_endpoint_table_is_the_app(empty_store_client):
    rows = table_with_header(read("api.md"), "| method and path | what |")
    documented = {row[0].strip("`") for row in rows}
    schema = empty_store_client.get("/api/v1/openapi.json").json()
    served = {f"{method.upper()} {path}" for path, ops in schema["paths"].items() for method in ops}
    assert documented == served


@pytest.mark.parametrize("path,status", [("/api/v1/openapi.json", 200), ("/api/v1/docs", 200),
                                         ("/openapi.json", 404), ("/docs", 404)])
def test_api_docs_where_documented(empty_store_client, path, status):
    assert empty_store_client.get(path).status_code == status


# -- links between the pages ---------------------------------------------------------------------

def slug(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


LINKS = [(page.name, target) for page in PAGES
         for target in re.findall(r"\]\(([^)\s]+)\)", prose(page.read_text(encoding="utf-8")))
         if not target.startswith("http")]


@pytest.mark.parametrize("page,target", LINKS)
def test_links_resolve(page, target):
    path, _, anchor = target.partition("#")
    file = (DOCS / path).resolve() if path else DOCS / page
    assert file.exists(), f"{page}: {target}"
    if anchor and file.suffix == ".md":
        headings = re.findall(r"^#+ (.+)$", prose(file.read_text(encoding="utf-8")), flags=re.M)
        assert anchor in {slug(h) for h in headings}, f"{page}: no heading for #{anchor} in {file.name}"
