"""HTML pages: metadata, related blocks, and the main text.

The cascade, in order:
1. metadata from JSON-LD, OpenGraph/meta tags and `<time datetime>`;
2. related blocks: containers whose heading is a furniture header
   ("Читайте также", "Популярное" …), read item by item, then removed;
3. noise removal: scripts, navigation, comments, cookie/share/tag blocks;
4. main text by our own scoring: the container with the most paragraph
   text after link density, its blocks in order (`extractor="khronika"`);
5. fallback: trafilatura on the original HTML when our text is too short
   (`extractor="trafilatura"`);
6. no article text at all: the page's description, when it reads as a summary
   (`extractor="description"`, `summary`).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser, LexborNode

from khronika.extract import furniture as fx
from khronika.extract import summary as summary_text
from khronika.extract.text import normalise_space

# Below this many characters of body text our extractor is not trusted.
MIN_BODY_CHARS = 250
# The warning of a page whose text is its furniture alone (no article block, no prose): `extract`
# keeps such a page as found, the store skips it (`scale.work.enrich_doc`).
FURNITURE_ONLY = "body: only page furniture found (no article text on the page?)"
# A block whose text is mostly link text is navigation, not prose.
MAX_LINK_DENSITY = 0.5
BLOCK_TAGS = ("p", "h2", "h3", "h4", "blockquote", "li", "figcaption", "pre", "dd")
NOISE_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "button", "select",
              "nav", "header", "footer", "input", "textarea", "object", "embed", "canvas", "video", "audio")
NOISE_NAME = re.compile(
    r"(?:^|[\s_-])(?:comment|comments|cookie|cookies|consent|gdpr|share|sharing|social|subscribe|"
    r"subscription|tags?|tag-list|keywords|breadcrumbs?|banner|advert|ads|promo|popup|modal|newsletter|"
    r"rubric|menu|navbar|sidebar|widget|footer|header|related|read-also|readalso|see-also|more-news|"
    r"recommend\w*|popular|partners?|teaser|login|search|paywall|donate|counter|rating|print)"
    r"(?:$|[\s_-])",
    re.I,
)
LEAD_NAME = re.compile(r"(?:^|[\s_-])(?:lead|lede|announce|anons|standfirst|subtitle|intro|summary|subheading)(?:$|[\s_-])", re.I)
AUTHOR_NAME = re.compile(r"(?:^|[\s_-])(?:author|byline|avtor)(?:$|[\s_-])", re.I)
DATE_NAME = re.compile(r"(?:^|[\s_-])(?:date|time|published|pubdate|datetime|meta)(?:$|[\s_-])", re.I)
ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "blogposting", "analysisnewsarticle",
                 "webpage", "liveblogposting", "opinionnewsarticle"}


@dataclass
class HtmlMetadata:
    title: str | None = None
    published: str | None = None        # as written in metadata
    published_source: str | None = None  # json-ld, meta, time
    description: str | None = None
    descriptions: list[str] = field(default_factory=list)  # the best first (`_descriptions`)
    article_page: bool = True  # the page says it is an article, not a site's or a section's page
    url: str | None = None
    site: str | None = None
    authors: list[str] = field(default_factory=list)


@dataclass
class HtmlParts:
    metadata: HtmlMetadata
    title: str
    visible_date: str
    lead: str
    paragraphs: list[str]
    credits: list[str]
    authors: list[str]
    related: list[fx.Headline]
    extractor: str
    warnings: list[str] = field(default_factory=list)


def _classes(node: LexborNode) -> str:
    attrs = node.attributes
    return f"{attrs.get('class') or ''} {attrs.get('id') or ''}"


def _text(node: LexborNode, separator: str = " ") -> str:
    return normalise_space(node.text(separator=separator, strip=False) or "")


def _inline_text(node: LexborNode) -> str:
    # Inside a paragraph, inline tags (<a>, <b>) must not add spaces before punctuation.
    return _text(node, separator="")


# ---- 1. metadata -------------------------------------------------------------

def _json_ld_objects(tree: LexborHTMLParser) -> list[dict]:
    """Every JSON-LD object of the page, in document order (an array's items, a `@graph`'s, in
    the order written: the page's own article usually comes first, review rev23_B L4)."""
    found: list[dict] = []
    for script in tree.css('script[type="application/ld+json"]'):
        raw = script.text() or ""
        try:
            data = json.loads(raw)
        except json.JSONDecodeError:
            try:
                data = json.loads(re.sub(r",\s*([}\]])", r"\1", raw.strip().rstrip(";")))
            except json.JSONDecodeError:
                continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                found.append(item)
                if "@graph" in item:
                    stack.append(item["@graph"])
    return found


def _ld_type(item: dict) -> set[str]:
    kind = item.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).lower() for k in kinds if k}


def _ld_names(value: object) -> list[str]:
    values = value if isinstance(value, list) else [value]
    names = []
    for item in values:
        if isinstance(item, dict) and item.get("name"):
            names.append(normalise_space(str(item["name"])))
        elif isinstance(item, str) and item.strip():
            names.append(normalise_space(item))
    return names


def read_metadata(tree: LexborHTMLParser) -> HtmlMetadata:
    meta = HtmlMetadata()
    props: dict[str, str] = {}
    for node in tree.css("meta"):
        key = (node.attributes.get("property") or node.attributes.get("name")
               or node.attributes.get("itemprop") or "").lower()
        value = node.attributes.get("content")
        if key and value and key not in props:
            props[key] = value
    page = _page_names(tree, props)
    ld_all = _json_ld_objects(tree)
    ld_items = sorted((i for i in ld_all if _ld_type(i) & ARTICLE_TYPES),
                      key=lambda item: not _is_the_page(item, page))  # the page's own article first
    for item in ld_items:
        if item.get("datePublished") and not meta.published:
            meta.published, meta.published_source = str(item["datePublished"]), "json-ld"
        if item.get("headline") and not meta.title:
            meta.title = normalise_space(str(item["headline"]))
        if item.get("author") and not meta.authors:
            meta.authors = [n for n in _ld_names(item["author"]) if not _looks_like_outlet(n)]
    for key in ("article:published_time", "datepublished", "pubdate", "publishdate", "date",
                "mediator_published_time", "og:article:published_time", "dc.date.issued", "sailthru.date"):
        if not meta.published and props.get(key):
            meta.published, meta.published_source = props[key], "meta"
    meta.title = meta.title or normalise_space(props.get("og:title") or props.get("twitter:title") or "") or None
    meta.descriptions = _descriptions(ld_items, props, page)
    meta.description = next(iter(meta.descriptions), None)
    meta.article_page = _is_article_page(ld_all, props.get("og:type"))
    meta.url = props.get("og:url")
    meta.site = props.get("og:site_name")
    if not meta.published:
        stamp = tree.css_first("time[datetime]") or tree.css_first('[itemprop="datePublished"][datetime]')
        if stamp:
            meta.published, meta.published_source = stamp.attributes.get("datetime"), "time"
    return meta


@dataclass(frozen=True)
class PageNames:
    """What names a page: its URLs (`og:url`, canonical) and its headlines (`<h1>`, `<title>`,
    `og:title`), lower-cased."""

    urls: frozenset[str]
    titles: frozenset[str]


def _page_names(tree: LexborHTMLParser, props: dict[str, str]) -> PageNames:
    urls = frozenset(u for u in (props.get("og:url"), _canonical(tree)) if u)
    titles = (_node_text(tree, "h1"), _node_text(tree, "title"), props.get("og:title") or "")
    return PageNames(urls, frozenset(_bare_title(t) for t in titles if t))


def _is_the_page(item: dict, page: PageNames) -> bool:
    """Whether a JSON-LD article is the page's own (a list of several names others too, review
    rev23_B L4): its URL is the page's, or the page's headline starts with its headline."""
    main = item.get("mainEntityOfPage")
    own = {item.get("url"), item.get("@id"), main.get("@id") if isinstance(main, dict) else main}
    headline = _bare_title(str(item.get("headline") or ""))
    return bool({u for u in own if isinstance(u, str)} & page.urls) \
        or bool(headline) and any(t.startswith(headline) for t in page.titles)


def _canonical(tree: LexborHTMLParser) -> str | None:
    node = tree.css_first('link[rel="canonical"]')
    return node.attributes.get("href") if node else None


def _node_text(tree: LexborHTMLParser, selector: str) -> str:
    node = tree.css_first(selector)
    return _text(node) if node else ""


def _bare_title(text: str) -> str:
    return normalise_space(text).lower()


# JSON-LD types of a page of the site rather than of one article: the page as such, a site, and
# the pages that are never an article (a section's, a list's, a search's, a profile).
PAGE_TYPES = {"webpage", "website"}
NOT_ARTICLE_TYPES = {"collectionpage", "itemlist", "searchresultspage", "profilepage", "aboutpage", "contactpage"}


def _descriptions(ld_items: list[dict], props: dict[str, str], page: PageNames) -> list[str]:
    """The page's descriptions, the best first (review rev23_B M2): its own article's JSON-LD
    description (the only article, or the one named as the page: never another story's),
    `og:description`, `<meta name="description">`, then a `WebPage`'s (often the site's
    blurb).  The text is the first that reads as a summary (`_summary_paragraph`)."""
    articles = [i for i in ld_items if _ld_type(i) & (ARTICLE_TYPES - PAGE_TYPES)]
    pages = [i for i in ld_items if not _ld_type(i) & (ARTICLE_TYPES - PAGE_TYPES)]
    own = articles if len(articles) == 1 else [i for i in articles if _is_the_page(i, page)][:1]
    found = [str(i["description"]) for i in own if i.get("description")]
    found += [props[k] for k in ("og:description", "description") if props.get(k)]
    found += [str(i["description"]) for i in pages[:1] if i.get("description")]
    return list(dict.fromkeys(text for text in map(normalise_space, found) if text))


def _is_article_page(ld_all: list[dict], og_type: str | None) -> bool:
    """Whether the page says it is an article (its description may then stand for its text,
    review rev23_B M2): not when OpenGraph calls it a website (a home or section page), nor
    when its JSON-LD names no article but a section, list or search page, or the site alone
    (a `WebSite` with no `WebPage`: the site's home; an article's page often names its site
    too, beside the article or the page)."""
    declared = (og_type or "").strip().lower()
    if declared == "website":
        return False
    kinds = set().union(*(_ld_type(i) for i in ld_all))
    if kinds & (ARTICLE_TYPES - PAGE_TYPES) or declared == "article":
        return True
    return not kinds & NOT_ARTICLE_TYPES and not ("website" in kinds and "webpage" not in kinds)


def _looks_like_outlet(name: str) -> bool:
    return bool(re.search(r"(?i)\.(?:ru|com|ua|by|kz)$|редакция|риа|тасс|интерфакс", name))


# ---- 2. related blocks -------------------------------------------------------

_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6", "div", "span", "p", "strong", "b", "header", "caption", "dt")


def _related_containers(tree: LexborHTMLParser) -> list[LexborNode]:
    containers: list[LexborNode] = []
    seen: set[int] = set()
    for node in tree.body.traverse() if tree.body else []:
        if node.tag not in _HEADING_TAGS:
            continue
        # Own text only: cheap, and a header is a leaf-level label anyway.
        label = normalise_space(node.text(deep=False) or "")
        if not label or len(label) > 60 or not fx.RELATED_HEADERS.match(label):
            continue
        container = node.parent
        for _ in range(3):  # climb to the smallest ancestor that holds the links
            if container is None or container.css_first("a"):
                break
            container = container.parent
        if container is None or container.mem_id in seen or container.tag in ("body", "html"):
            continue
        if container.css_first("a") is None or container.css_first("h1") is not None:
            # No headlines to read (the climb found no link), or the article itself (its <h1>):
            # a header line inside the body is no reason to drop the body.
            continue
        seen.add(container.mem_id)
        containers.append(container)
    return containers


def _entry_of(link: LexborNode, container: LexborNode) -> LexborNode:
    """The largest ancestor of a link that holds no other link: one sidebar item."""
    entry = link
    while entry.parent is not None and entry.parent.mem_id != container.mem_id:
        if len(entry.parent.css("a")) > 1:
            break
        entry = entry.parent
    return entry


def _item_time(entry: LexborNode) -> str | None:
    for selector in ("time", '[class*="time"]', '[class*="date"]'):
        stamp = entry.css_first(selector)
        if stamp is not None and _text(stamp):
            return _text(stamp)
    found = fx.ITEM_TIME.search(_text(entry))
    return found.group(0).strip() if found else None


def read_related(container: LexborNode) -> list[fx.Headline]:
    items: list[fx.Headline] = []
    for link in container.css("a"):
        entry = _entry_of(link, container)
        time_text = _item_time(entry)
        titled = link.css_first('[class*="title"]')
        title = _inline_text(titled) if titled else _inline_text(link)
        if time_text and title.endswith(time_text):
            title = title[: -len(time_text)].strip()
        if len(title) < 12 or len(title.split()) < 3 or fx.RELATED_HEADERS.match(title):
            continue
        items.append(fx.Headline(title, time_text or None))
    return items


def _aside_links(root: LexborNode) -> list[fx.Headline]:
    # An <aside> inside the article ("Есть обновление → <a>…</a>") points to other news.
    items: list[fx.Headline] = []
    for aside in root.css("aside"):
        items.extend(read_related(aside))
    return items


# ---- 3-4. noise removal and main text ----------------------------------------

def _remove_noise(root: LexborNode) -> None:
    for tag in NOISE_TAGS + ("aside",):
        for node in root.css(tag):
            node.decompose()
    for node in root.css("form"):  # ASP.NET pages wrap the whole page in one <form>
        if not _holds_article(node):
            node.decompose()
    for node in list(root.css("[class], [id]")):
        if node.tag in ("body", "html", "main", "article"):
            continue
        if NOISE_NAME.search(_classes(node)) and not _holds_article(node):
            node.decompose()


def _holds_article(node: LexborNode) -> bool:
    # Never drop a wrapper that contains the article itself.
    return node.css_first("article") is not None or len(node.css("p")) > 8


def _link_density(node: LexborNode) -> float:
    text = len(_text(node)) or 1
    return sum(len(_text(a)) for a in node.css("a")) / text


CONTAINER_TAGS = {"article", "main", "div", "section", "td", "body"}


def _main_container(root: LexborNode) -> LexborNode | None:
    """The tightest container holding nearly all of the best paragraph text.

    Each prose paragraph adds its length to every ancestor once (bottom-up),
    so scoring is linear in the page rather than quadratic.
    """
    scores: dict[int, float] = {}
    nodes: dict[int, LexborNode] = {}
    for p in root.css("p"):
        length = len(_text(p))
        if length < 40 or _link_density(p) >= MAX_LINK_DENSITY:
            continue
        node = p.parent
        while node is not None and node.tag != "html":
            if node.tag in CONTAINER_TAGS:
                scores[node.mem_id] = scores.get(node.mem_id, 0.0) + length
                nodes[node.mem_id] = node
            node = node.parent
    if not scores:
        return None
    top = max(scores.values())
    # Within 10% of the best score, the smallest container wins: it carries less furniture.
    close = [nodes[key] for key, score in scores.items() if score >= 0.9 * top]
    return min(close, key=lambda node: len(_text(node)))


def _blocks(container: LexborNode) -> list[tuple[str, LexborNode]]:
    blocks = []
    for node in container.traverse():
        if node.tag not in BLOCK_TAGS:
            continue
        parent = node.parent
        nested = False
        while parent is not None and parent.mem_id != container.mem_id:
            if parent.tag in BLOCK_TAGS and parent.tag != "li":
                nested = True
                break
            parent = parent.parent
        if not nested:
            blocks.append((node.tag, node))
    return blocks


def _find_lead(root: LexborNode) -> LexborNode | None:
    for node in root.css("[class], [id]"):
        if node.tag in ("p", "div", "h2", "span") and LEAD_NAME.search(_classes(node)):
            if len(_text(node)) >= 40:
                return node
    return None


def _visible_date(root: LexborNode, h1: LexborNode | None) -> str:
    for node in root.css("time"):
        if not node.attributes.get("datetime"):  # <time datetime> only displays the metadata
            return _text(node)
    for node in root.css("[class]"):
        if node.css_first("time[datetime]") is not None:
            continue
        if node.tag in ("span", "div", "p", "small") and DATE_NAME.search(_classes(node)):
            text = _text(node)
            if 6 <= len(text) <= 80:
                return text
    return ""


# More elements than this sharing one author class are read as a byline only when they sit
# together in one small container (co-authors); see `_visible_authors`.
MAX_BYLINE_REPEATS = 3
# A teaser item (headline link, author, time) is small; a container larger than this is
# the article or a page column, not one item.
TEASER_ITEM_MAX_CHARS = 600
# A link with at least this many words of its own text is a headline, not a name.
HEADLINE_MIN_WORDS = 3


def _hrefs(node: LexborNode) -> set[str]:
    links = [node] if node.tag == "a" else []
    return {a.attributes.get("href") or "" for a in links + node.css("a")} - {""}


class _AuthorLayout:
    """What the teaser test reads of a page's containers, each computed once per container
    (a page of many teasers asks the same ancestors for every author): the headline links a
    container holds, its text length, whether it holds the <h1>, and which containers hold
    each author element."""

    def __init__(self, authors: list[LexborNode]) -> None:
        self.author_ids = {node.mem_id for node in authors}
        self.held: dict[int, int] = {}  # container → how many author names it holds (credits and labels aside)
        for node in authors:
            text = _text(node)
            if fx.is_credit(text) or text.endswith(":"):
                continue
            for container in _ancestor_ids(node):
                self.held[container] = self.held.get(container, 0) + 1
        self._links: dict[int, frozenset[tuple[str, str]]] = {}
        self._lengths: dict[int, int] = {}
        self._h1: dict[int, bool] = {}

    def headline_links(self, container: LexborNode, own_hrefs: set[str], enough: int = 2) -> int:
        """How many links in a container read as headlines of other articles (three words or
        more besides any author name inside, not inside an author element, not a link to the
        author's own page), counted by address or text up to `enough`."""
        keys = self._links.get(container.mem_id)
        if keys is None:
            keys = self._links[container.mem_id] = self._headlines(container)
        own = sum(1 for href in own_hrefs if ("href", href) in keys)  # a few hrefs, not every link of a page
        return min(len(keys) - own, enough)

    def _headlines(self, container: LexborNode) -> frozenset[tuple[str, str]]:
        """The container's headline links, one key each: ("href", address), else ("text", text)."""
        out: set[tuple[str, str]] = set()
        for link in container.css("a"):
            node = link
            while node is not None and node.mem_id != container.mem_id and node.mem_id not in self.author_ids:
                node = node.parent
            if node is not None and node.mem_id in self.author_ids:
                continue
            text = _text(link)
            for inner in link.traverse():  # a teaser link may wrap its author's name
                if inner.mem_id in self.author_ids and inner.mem_id != link.mem_id:
                    text = text.replace(_text(inner), " ")
            if len(text.split()) >= HEADLINE_MIN_WORDS:
                href = link.attributes.get("href") or ""
                out.add(("href", href) if href else ("text", text))
        return frozenset(out)

    def length(self, node: LexborNode) -> int:
        if node.mem_id not in self._lengths:
            self._lengths[node.mem_id] = len(_text(node))
        return self._lengths[node.mem_id]

    def holds_h1(self, node: LexborNode) -> bool:
        if node.mem_id not in self._h1:
            self._h1[node.mem_id] = node.css_first("h1") is not None
        return self._h1[node.mem_id]

    def author_outside(self, container: LexborNode, item: LexborNode) -> bool:
        """`container` holds an author element that is not inside `item` (which it holds)."""
        return self.held.get(container.mem_id, 0) > self.held.get(item.mem_id, 0)


def _ancestor_ids(node: LexborNode) -> set[int]:
    ids: set[int] = set()
    parent = node.parent
    while parent is not None:
        ids.add(parent.mem_id)
        parent = parent.parent
    return ids


def _in_teaser_item(node: LexborNode, layout: _AuthorLayout) -> bool:
    """An author inside a teaser item of a list of other articles: the nearest ancestor
    holding a headline link holds exactly one and is small (the item), and the nearest one
    above it holding more headline links (the list) is not the article (no <h1>) and holds
    other articles' authors too.  Without them it is the article's text or page around a
    byline that sits beside one link (a tag, a rubric, "Подписывайтесь на наш канал")."""
    own = _hrefs(node)
    ancestor, item = node.parent, None
    while ancestor is not None and ancestor.tag not in ("body", "html"):
        if layout.holds_h1(ancestor):
            return False
        if item is None and layout.length(ancestor) > TEASER_ITEM_MAX_CHARS:
            return False
        headlines = layout.headline_links(ancestor, own)
        if item is None and headlines:
            if headlines > 1:
                return False
            item = ancestor
        elif item is not None and headlines > 1:
            # A list of teasers: other articles' authors in it, or mostly link text (a sidebar where one
            # teaser shows its author); not the article's text or page around a byline beside one link.
            return layout.author_outside(ancestor, item) or _link_density(ancestor) >= MAX_LINK_DENSITY
        ancestor = ancestor.parent
    return False


def _common_ancestor(nodes: list[LexborNode]) -> LexborNode | None:
    chain: list[LexborNode] = []
    node = nodes[0].parent
    while node is not None:
        chain.append(node)
        node = node.parent
    for candidate in chain:
        ids = {candidate.mem_id}
        if all(_has_ancestor(other, ids) for other in nodes[1:]):
            return candidate
    return None


def _has_ancestor(node: LexborNode, ids: set[int]) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.mem_id in ids:
            return True
        parent = parent.parent
    return False


def _visible_authors(root: LexborNode) -> list[str]:
    """Bylines by class name (author, byline …) or rel="author".  Authors of teaser items
    (each with a headline link of its own) are other articles' authors and skipped.  Of a
    class repeated more than MAX_BYLINE_REPEATS times, the rest is a byline only when one
    container without headline links holds them all (co-authors side by side)."""
    nodes = [node for node in root.css("[class], a[rel='author']")
             if (node.attributes.get("rel") == "author" or AUTHOR_NAME.search(_classes(node)))
             and "comment" not in _classes(node).lower()]
    layout = _AuthorLayout(nodes)
    nodes = [node for node in nodes if not _in_teaser_item(node, layout)]
    groups: dict[str, list[LexborNode]] = {}
    for node in nodes:
        key = _classes(node).strip()
        if key:
            groups.setdefault(key, []).append(node)
    skipped: set[int] = set()
    for group in groups.values():
        if len(group) > MAX_BYLINE_REPEATS:
            container = _common_ancestor(group)
            if container is None or layout.headline_links(container, set().union(*map(_hrefs, group)), 1):
                skipped.update(node.mem_id for node in group)  # a list of other articles
    names: list[str] = []
    for node in nodes:
        if node.mem_id in skipped:
            continue
        text = _text(node)
        if fx.is_credit(text) or text.endswith(":"):  # "Фото: Алексей Меринов" (a photographer), "Автор:" (a label)
            continue
        byline = fx.byline_names(text)
        names.extend(byline or ([text] if 3 <= len(text) <= 60 and len(text.split()) <= 4 else []))
    return list(dict.fromkeys(n for n in names if n and not _URLISH.search(n)))


_URLISH = re.compile(r"://|^www\.|\.(?:com|ru|org|net)/", re.I)


# What a <br> becomes in the text: a line break inside a block (a line of its own in the body,
# one space elsewhere; `normalise_space` folds it like any space).
LINE_BREAK = "\u2028"
# Line breaks written into the page's text as characters break a line as a <br> does: Unicode's
# LINE and PARAGRAPH SEPARATOR and NEL (a form feed is white space HTML folds like a space).
_TEXT_LINE_BREAKS = re.compile("[\u2028\u2029\x85]")


def _mark_line_breaks(root: LexborNode) -> None:
    # Without this "<b>Подзаголовок</b><br>Текст" reads "ПодзаголовокТекст".
    for node in root.css("br"):
        node.replace_with(LINE_BREAK)


def parse_html(html: str) -> HtmlParts:
    tree = LexborHTMLParser(html)
    metadata = read_metadata(tree)
    if tree.body is not None:
        _mark_line_breaks(tree.body)
    related: list[fx.Headline] = []
    for container in _related_containers(tree):
        related.extend(read_related(container))
        container.decompose()
    body = tree.body or tree.root
    related.extend(_aside_links(body))
    h1 = body.css_first("h1")
    title = _choose_title(metadata, h1, tree)
    visible_date = _visible_date(body, h1)
    authors = _visible_authors(body) or metadata.authors
    credits = [t for t in (_text(n) for n in body.css("figcaption, [class*='credit'], [class*='copyright'], [class*='photo-source']")) if t]
    credits = list(dict.fromkeys(c for c in (_credit_part(c) for c in credits) if c))
    lead_node = _find_lead(body)
    lead = _inline_text(lead_node) if lead_node else ""
    if fx.is_junk(lead):  # "Версия для печати, полная: …" in a block named like a lead
        lead = ""
    if lead_node:
        lead_node.decompose()
    for node in body.css("figure, figcaption, h1"):
        node.decompose()
    for node in body.css("time"):
        node.decompose()
    _remove_noise(body)
    container = _main_container(body)
    paragraphs, extra = [], []
    if container is not None:
        paragraphs, extra = _paragraphs(container, title)
    extractor = "khronika"
    warnings: list[str] = []
    if sum(len(p) for p in paragraphs) < MIN_BODY_CHARS:
        lines = [line for line in _trafilatura_paragraphs(html) if line != title]
        fallback, fallback_extra = _sorted_lines(lines, title)
        if not fallback and lines and not paragraphs:
            # Nothing but furniture on the page: kept as found, and said so in the record.
            fallback = lines
            warnings.append(FURNITURE_ONLY)
        if sum(len(p) for p in fallback) > sum(len(p) for p in paragraphs):
            paragraphs, extra, extractor = fallback, fallback_extra, "trafilatura"
    if not lead and (not paragraphs or FURNITURE_ONLY in warnings) and metadata.article_page:
        summary = _summary_paragraph(metadata.descriptions, title)
        if summary is not None:  # the page's own summary, not its furniture, is its text (rev22_B L4)
            paragraphs, extractor = [summary], summary_text.EXTRACTOR
            warnings = [w for w in warnings if w != FURNITURE_ONLY] + [summary_text.SUMMARY_IS_TEXT]
    for line in extra:
        if fx.is_credit(line) and line not in credits:
            credits.append(line)
        elif names := fx.byline_names(line):
            authors.extend(n for n in names if n not in authors)
        elif inline := fx.INLINE_RELATED.match(line):
            related.append(fx.Headline(inline["title"], None))
    return HtmlParts(metadata, title, visible_date, lead, paragraphs, credits, authors, related, extractor, warnings)


def _credit_part(caption: str) -> str | None:
    # "Путин на встрече. Фото: пресс-служба Кремля" -> the credit part only.
    match = re.search(r"(?:^|[.!?»]\s+|\s[—–|/]\s)((?:фото|видео|источник|иллюстрация|кадр|скриншот|коллаж)\s*[:©—–-].*)$",
                      caption, re.I)
    if match:
        return match.group(1).strip()
    return caption if fx.is_credit(caption) else None


def _paragraphs(container: LexborNode, title: str) -> tuple[list[str], list[str]]:
    paragraphs: list[str] = []
    furniture: list[str] = []
    held: list[str] = []
    for tag, node in _blocks(container):
        if tag == "li" and _link_density(node) >= MAX_LINK_DENSITY:
            continue
        for line in _block_lines(node):
            if not _sort_line(tag, line, title, paragraphs, furniture, held):
                return paragraphs, furniture
    return paragraphs, furniture


_LINE_GOES_ON = re.compile(r"(?:[^.!?…:;»\"”)]|\.\.\.)$")


def _block_lines(node: LexborNode) -> list[str]:
    """A block's text split at its <br> line breaks.  A break inside a sentence (the line
    before ends without punctuation or with a comma, the next starts in lower case: a wrapped
    line) joins the two lines with a space instead."""
    lines: list[str] = []
    for part in _TEXT_LINE_BREAKS.split(node.text(separator="", strip=False) or ""):
        line = normalise_space(part)
        if not line:
            continue
        if lines and line[0].islower() and _LINE_GOES_ON.search(lines[-1]):
            lines[-1] = f"{lines[-1]} {line}"
        else:
            lines.append(line)
    return lines


def _sort_line(tag: str, text: str, title: str, paragraphs: list[str], furniture: list[str],
               held: list[str]) -> bool:
    """One line of a body block: a paragraph, furniture kept apart (credits, bylines, inline
    related headlines), or dropped (junk, headers, a line that only repeats the date).
    A date-only line after body text is held: it is a subheading of a chronicle or live blog
    ("27 января 2022 года") when another paragraph follows, and is dropped when a block header
    or the end of the body comes first (`held` carries it to the next line).
    False when the line ends the article: a comments header after the body."""
    if not text or text == title:
        return True
    if fx.is_credit(text) or fx.byline_names(text) or fx.INLINE_RELATED.match(text):
        furniture.append(text)
        return True
    if fx.END_HEADERS.match(text):
        held.clear()
        return not paragraphs or bool(fx.SECTION_END_HEADERS.match(text))
    if fx.RELATED_HEADERS.match(text):
        held.clear()
        return True
    if fx.is_junk(text) or tag == "figcaption":
        return True
    if fx.is_dateline(text):
        if paragraphs:  # before the first paragraph it is the page's own date
            held.append(text)
        return True
    paragraphs.extend(held)
    held.clear()
    paragraphs.append(text)
    return True


def _summary_paragraph(descriptions: list[str], title: str) -> str | None:
    """The page's first description (the best first, `_descriptions`) that reads as a summary
    and that the body's furniture rules keep as text (a subscribe line in the description is
    furniture too), as its one paragraph; a description rejected, the next is tried."""
    for description in descriptions:
        text = summary_text.description_text(description)
        if not text or not summary_text.reads_as_summary(text, title):
            continue
        kept, _ = _sorted_lines([text], title)
        if kept == [text]:
            return summary_text.as_cut(text)
    return None


def _sorted_lines(lines: list[str], title: str) -> tuple[list[str], list[str]]:
    """Lines from the fallback extractor sorted by the same furniture rules as our own blocks."""
    paragraphs: list[str] = []
    furniture: list[str] = []
    held: list[str] = []
    for line in lines:
        if not _sort_line("p", line, title, paragraphs, furniture, held):
            break
    return paragraphs, furniture


def _choose_title(metadata: HtmlMetadata, h1: LexborNode | None, tree: LexborHTMLParser) -> str:
    heading = _text(h1) if h1 else ""
    if heading and (not metadata.title or _similar(heading, metadata.title)):
        return heading
    if metadata.title:
        return metadata.title
    if heading:
        return heading
    title = tree.css_first("title")
    text = _text(title) if title else ""
    return re.split(r"\s+[—|–-]\s+[^—|–-]+$", text)[0] if text else ""


def _similar(a: str, b: str) -> bool:
    wa, wb = set(a.lower().split()), set(b.lower().split())
    return len(wa & wb) >= 0.6 * min(len(wa), len(wb))


def _trafilatura_paragraphs(html: str) -> list[str]:
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    return [normalise_space(line) for line in (text or "").split("\n") if normalise_space(line)]
