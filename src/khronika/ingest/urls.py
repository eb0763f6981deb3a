"""Page URLs: which ones are kept as an article's link, and the canonical form that names a page.

`web_url`: a page URL is kept only when it is a web address.  A `javascript:` or `data:` URL
(from `og:url`, a JSONL `url`, an API page) is no link to an article, and rendered as one it
runs script in the reader's browser (review rv19_U H1).  A URL without a scheme (`lenta.ru/…`,
`/news/1`) names no other scheme, so it is kept as it was.

`canonical_url`: what identifies "the same page" (the store's page key).  Trivial variants of
one address are one page (rv19_U M3): the scheme (http and https), the host's case, a leading
`www.` (of a host with more dots: `www.ru` keeps its name), a default port, a trailing slash, a
`#fragment` and tracking parameters (`utm_*`, `fbclid`, `yclid`, …).  Everything that may select
content stays: the path (its case too), every other query parameter (`?id=123`, in a fixed
order), a `#!` or `#/` route.  The stored `url` shown to users stays the address as given; only
the key is canonical.
"""
from __future__ import annotations

import re
from urllib.parse import quote, urlsplit

WEB_SCHEMES = ("http", "https")

# A scheme as browsers read one: they drop ASCII whitespace and control characters first
# ("java\tscript:" runs as "javascript:").
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*):")
_IGNORED = re.compile(r"[\x00-\x20\x7f]+")

# Query parameters that only say where a reader came from (analytics, ad clicks, mailings).
TRACKING_PARAMS = frozenset({
    "fbclid", "gclid", "gclsrc", "dclid", "msclkid", "yclid", "ysclid", "_openstat", "igshid",
    "mc_cid", "mc_eid", "_ga", "_gl", "twclid", "ttclid", "wbraid", "gbraid", "rb_clickid",
})
TRACKING_PREFIXES = ("utm_",)

_ESCAPE = re.compile(r"%[0-9a-fA-F]{2}")
# Characters left as they are in a path or query (everything printable in ASCII but space
# and the quote-like marks): only non-ASCII text and spaces are percent-encoded, so an IRI
# ("/wiki/Путин") and its encoded form ("/wiki/%D0%9F…") are one key.
_SAFE = "/:@!$&'()*+,;=-._~%?[]"


def url_scheme(url: str) -> str | None:
    """The scheme of a URL as a browser reads it (lower case), None when it names none."""
    found = _SCHEME.match(_IGNORED.sub("", url))
    return found.group(1).lower() if found else None


def web_url(url: str | None) -> str | None:
    """`url` when it may be an article's link (http(s), or no scheme at all), else None."""
    if not url or not url.strip():
        return None
    if "\x00" in url:  # a NUL (valid in JSON) is in no address, and no store's text holds it
        return None
    scheme = url_scheme(url)
    if scheme is not None and scheme not in WEB_SCHEMES and not _host_port(url, scheme):
        return None
    return url


def _host_port(url: str, scheme: str) -> bool:
    """"lenta.ru:8080/news" reads as scheme "lenta.ru": a host with a port, not a scheme."""
    rest = _IGNORED.sub("", url)[len(scheme) + 1:]
    return "." in scheme and bool(re.match(r"\d+(?:/|$)", rest))


def _tracking(name: str) -> bool:
    name = name.lower()
    return name in TRACKING_PARAMS or name.startswith(TRACKING_PREFIXES)


def _encoded(part: str) -> str:
    return _ESCAPE.sub(lambda m: m.group(0).upper(), quote(part, safe=_SAFE))


def without_www(host: str) -> str:
    """The host without its leading "www." labels: "www.lenta.ru" is "lenta.ru"; "www.ru" is the site's own name
    (rev19_B 7); every "www." of "www.www.lenta.ru" goes, so a key folded twice stays the same (rev19_D 2)."""
    while host.count(".") > 1 and host.startswith("www."):
        host = host[4:]
    return host


def canonical_url(url: str) -> str:
    """The canonical form of a web address (see the module docstring); any other string as it is."""
    stripped = url.strip()
    scheme = url_scheme(stripped)
    if scheme not in WEB_SCHEMES:
        return url
    try:
        parts = urlsplit(stripped)
        host = (parts.hostname or "").rstrip(".")
        port = parts.port
    except ValueError:  # a bad port or bracketed host: not an address we can fold
        return url
    if not host:
        return url
    host = without_www(host)
    try:
        host = host.encode("idna").decode("ascii")  # "кремль.рф" is "xn--e1ajeds9e.xn--p1ai"
    except UnicodeError:
        pass
    if port is not None and port not in (80, 443):
        host = f"{host}:{port}"
    path = _encoded(parts.path)
    if len(path) > 1:
        path = path.rstrip("/") or "/"
    if path == "/":
        path = ""
    params = [p for p in parts.query.split("&") if p and not _tracking(p.split("=", 1)[0])]
    # A stable order (repeated names keep theirs): `?b=2&a=1` is `?a=1&b=2`.
    params.sort(key=lambda p: p.split("=", 1)[0])
    query = "?" + _encoded("&".join(params)) if params else ""
    # A "#!" or "#/" fragment is a route of a script-built page (it selects content: `#/news/1`
    # and `#/news/2` are two pages, rev19_B 8); others are places in it.
    fragment = "#" + parts.fragment if parts.fragment.startswith(("!", "/")) else ""
    return f"https://{host}{path}{query}{fragment}"
