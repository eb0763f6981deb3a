"""Ingest over HTTP: pages (or URLs to fetch) through the full pipeline into the store.

Token-protected: no token → 401, a wrong one → 403.  The token comes from
`khronika serve --token` or `KHRONIKA_TOKEN`; without one the endpoint is
closed to everyone (403).  The token is checked from the headers before a
byte of the body is read, and the body is read up to `MAX_BODY_BYTES`
(413 beyond it), so a closed or guarded server never buffers a stranger's upload.

URLs are read as the CLI reads them (`ingest.feeds.read_url`: a feed gives its
entries' pages), through a transport that refuses loopback, private and
link-local addresses and the IPv6 addresses that carry one (NAT64, 6to4, IPv4-mapped;
redirects included: every hop is checked, and the
connection goes to the address that was checked) unless the operator allows
them (`KHRONIKA_FETCH_PRIVATE=1`), and that stops reading a page at
`MAX_FETCH_BYTES` (decompressed).
"""
from __future__ import annotations

import hmac
import io
import ipaddress
import os
import socket
import zlib
from dataclasses import replace
from datetime import datetime
from typing import Any, Callable, Iterator

import httpx
from fastapi import APIRouter, Depends, Request
from fastapi.routing import APIRoute
from starlette.concurrency import run_in_threadpool

from khronika.api import schemas
from khronika.api.deps import StoreWorker, worker_of
from khronika.api.errors import ApiError, ErrorBody
from khronika.errors import InputError
from khronika.extract.encoding import looks_binary
from khronika.ingest.rawpage import RawPage
from khronika.ingest.urls import web_url

FETCH_TIMEOUT = 20.0
MAX_FETCH_BYTES = 10 * 1024 * 1024  # one fetched page (or feed), after decompression
MAX_BODY_BYTES = 50 * 1024 * 1024   # one request body
MAX_FETCHED_PAGES = 500             # pages fetched for one request (feeds expand to their entries)
MAX_UPLOADED_PAGES = 500            # pages stored from `pages` (a dump counts its records, one page each)
ENV_FETCH_PRIVATE = "KHRONIKA_FETCH_PRIVATE"


def require_token(request: Request) -> None:
    """From the headers alone: runs before the body is read."""
    given = None
    auth = request.headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        given = auth[7:].strip()
    given = given or request.headers.get("x-khronika-token")
    if not given:
        raise ApiError(401, "ingest needs a token (Authorization: Bearer …)", headers={"WWW-Authenticate": "Bearer"})
    expected = request.app.state.token
    if not expected:
        raise ApiError(403, "ingest is disabled on this server (start it with --token or KHRONIKA_TOKEN)")
    if not hmac.compare_digest(given.encode(), expected.encode()):
        raise ApiError(403, "wrong token")


def _too_large() -> ApiError:
    return ApiError(413, f"request body over {MAX_BODY_BYTES // 2**20} MB (send fewer pages per request)")


class GuardedRoute(APIRoute):
    """FastAPI reads and parses a declared body before any dependency runs; this route checks
    the token and reads the body with a cap first, then hands the bytes to the usual handler."""

    def get_route_handler(self) -> Callable[[Request], Any]:
        handler = super().get_route_handler()

        async def guarded(request: Request) -> Any:
            require_token(request)
            declared = request.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > MAX_BODY_BYTES:
                raise _too_large()
            chunks: list[bytes] = []
            size = 0
            async for chunk in request.stream():
                size += len(chunk)
                if size > MAX_BODY_BYTES:
                    raise _too_large()
                chunks.append(chunk)
            body = b"".join(chunks)
            replayed = False

            async def replay() -> dict[str, Any]:
                nonlocal replayed
                if replayed:
                    return await request.receive()  # a disconnect, if the client goes away
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}

            return await handler(Request(request.scope, replay))

        return guarded


router = APIRouter(tags=["ingest"], route_class=GuardedRoute)


# -- fetching URLs -------------------------------------------------------------------------------

class FetchRefused(httpx.TransportError):
    """An address the server does not fetch from (loopback, private, link-local, …)."""


class PageTooLarge(httpx.TransportError):
    """A page over the size cap: reading stopped at the cap."""


# IPv6 ranges that carry an IPv4 address, and where: NAT64's well-known prefix (RFC 6052) and
# its local-use prefix (RFC 8215), 6to4 (RFC 3056: bits 16–47), IPv4-mapped, -compatible and
# -translated forms (the last 32 bits).  A connection to one of them reaches that IPv4 address.
_NAT64_WELL_KNOWN = ipaddress.IPv6Network("64:ff9b::/96")
_NAT64_LOCAL = ipaddress.IPv6Network("64:ff9b:1::/48")
_IPV4_COMPATIBLE = ipaddress.IPv6Network("::/96")
_IPV4_TRANSLATED = ipaddress.IPv6Network("::ffff:0:0:0/96")
_THIS_NETWORK = ipaddress.IPv4Network("0.0.0.0/8")
# RFC 6052 layouts of an IPv4 address under a prefix of 48, 56 or 64 bits: (bit offset, bits)
# of its two parts (bits 64–71 are the "u" octet), and where the suffix starts.
_NAT64_LAYOUTS = {48: (((48, 16), (72, 16)), 88), 56: (((56, 8), (72, 24)), 96), 64: (((72, 32),), 104)}


def _bits(value: int, offset: int, count: int) -> int:
    """`count` bits of a 128-bit address from bit `offset` (0 is the highest)."""
    return (value >> (128 - offset - count)) & ((1 << count) - 1)


def _embedded_ipv4(address: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    """The IPv4 addresses a connection to `address` may reach (none for a plain IPv6 address).
    Under the local-use NAT64 prefix the operator picks the layout: every layout is a candidate
    (the "u" octet and the suffix are ignored, as translators do), and all must pass."""
    value = int(address)
    if address.ipv4_mapped or address.sixtofour:
        return [address.ipv4_mapped or address.sixtofour]  # type: ignore[list-item]
    if address in _NAT64_WELL_KNOWN or address in _IPV4_TRANSLATED \
            or address in _IPV4_COMPATIBLE and value > 1:  # (:: and ::1 are IPv6's own)
        return [ipaddress.IPv4Address(value & 0xFFFFFFFF)]
    if address not in _NAT64_LOCAL:
        return []
    found = [ipaddress.IPv4Address(value & 0xFFFFFFFF)]  # a /96 prefix inside the /48
    if not _bits(value, 64, 32):
        # Bits 64–95 zero: the /96 form.  Any other layout's address would end in zero octets here
        # (x.y.0.0), whose /96 reading 0.0.0.0 is refused anyway; reading the /96 prefix's own
        # bits as an address refused public sites behind a quarter of the /96 prefixes (review
        # rev17_C 3).
        return found
    for parts, _suffix in _NAT64_LAYOUTS.values():
        # Every layout, whatever the "u" octet and the suffix hold: a translator ignores those
        # bits, so an address with them set still reaches the IPv4 address (review rev17_B 4).
        embedded = 0
        for offset, count in parts:
            embedded = embedded << count | _bits(value, offset, count)
        found.append(ipaddress.IPv4Address(embedded))
    # A layout that reads 0.0.0.0/8 ("this network", never a destination) is not the one in use
    # when another layout fits: a /48 layout's zero suffix read as a /96 layout's address.
    return [a for a in found if a not in _THIS_NETWORK] or found


def _refusal(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """Why the server must not connect to `address`, or None for a public one.  An IPv6 address
    that carries an IPv4 one (mapped, NAT64, 6to4, …) is judged by the IPv4 address it reaches."""
    if isinstance(address, ipaddress.IPv6Address):
        embedded = _embedded_ipv4(address)
        if embedded:
            reasons = [(inner, _refusal(inner)) for inner in embedded]
            inner, reason = next(((i, r) for i, r in reasons if r is not None), (None, None))
            if reason is None:
                return None
            return f"{reason} ({inner} inside the IPv6 address)"
    for test, what in (("is_loopback", "a loopback address"), ("is_link_local", "a link-local address"),
                       ("is_unspecified", "the unspecified address"), ("is_multicast", "a multicast address"),
                       ("is_private", "a private address"), ("is_site_local", "a site-local address")):
        if getattr(address, test, False):  # (`is_site_local` is IPv6's: fec0::/10, deprecated, never global)
            return what
    return None if address.is_global else "not a public address"


def _public_address(host: str, port: int) -> str:
    """The address to connect to for `host`; FetchRefused when any address it resolves to is internal."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise httpx.ConnectError(f"cannot resolve {host} ({error})") from error
    addresses = [ipaddress.ip_address(info[4][0].split("%")[0]) for info in infos]
    for address in addresses:
        reason = _refusal(address)
        if reason is not None:
            raise FetchRefused(f"refused: {host} is {reason} ({address})" if str(address) != host
                               else f"refused: {host} is {reason}")
    return str(addresses[0])


class _CappedStream(httpx.SyncByteStream):
    """A response body, decompressed here (gzip/deflate) so the cap counts what is kept."""

    def __init__(self, inner: httpx.SyncByteStream, limit: int, decoder: Any = None) -> None:
        self._inner, self._limit, self._decoder = inner, limit, decoder

    def __iter__(self) -> Iterator[bytes]:
        kept = 0
        for chunk in self._inner:
            if self._decoder is not None:
                try:
                    # At most one byte past the cap per step, however well the chunk compresses.
                    chunk = self._decoder.decompress(chunk, self._limit - kept + 1)
                except zlib.error as error:
                    raise httpx.DecodingError(f"undecodable compressed page ({error})") from error
            kept += len(chunk)
            if kept > self._limit:
                raise PageTooLarge(f"page too large (over {self._limit // 2**20} MB)")
            yield chunk
        if self._decoder is not None:
            rest = self._decoder.flush()
            if kept + len(rest) > self._limit:
                raise PageTooLarge(f"page too large (over {self._limit // 2**20} MB)")
            yield rest

    def close(self) -> None:
        self._inner.close()


class GuardedTransport(httpx.BaseTransport):
    """Each request (each redirect hop too) to a public address only, connected to the address
    checked (no second DNS answer); each body capped at `max_bytes` after decompression."""

    def __init__(self, *, allow_private: bool = False, max_bytes: int = MAX_FETCH_BYTES,
                 inner: httpx.BaseTransport | None = None) -> None:
        self._inner = inner or httpx.HTTPTransport()
        self.allow_private = allow_private
        self.max_bytes = max_bytes

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        sent = request
        if not self.allow_private:
            host = request.url.host
            port = request.url.port or (443 if request.url.scheme == "https" else 80)
            address = _public_address(host, port)
            if address != host:
                # The Host header stays the name; TLS checks the certificate against the name too.
                sent = httpx.Request(request.method, request.url.copy_with(host=address), headers=request.headers,
                                     stream=request.stream, extensions={**request.extensions, "sni_hostname": host})
        response = self._inner.handle_request(sent)
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            response.close()
            raise PageTooLarge(f"page too large ({int(declared) // 2**20} MB, over {self.max_bytes // 2**20} MB)")
        encoding = response.headers.get("content-encoding", "").strip().lower()
        if encoding in ("", "identity"):
            decoder = None
        elif encoding in ("gzip", "x-gzip", "deflate"):
            decoder = zlib.decompressobj(zlib.MAX_WBITS | 32)  # a gzip or zlib header, either
        else:
            response.close()
            raise httpx.DecodingError(f"unsupported content encoding {encoding!r}")
        headers = [(k, v) for k, v in response.headers.multi_items()
                   if decoder is None or k.lower() not in ("content-encoding", "content-length")]
        assert isinstance(response.stream, httpx.SyncByteStream)
        return httpx.Response(response.status_code, headers=headers, extensions=response.extensions,
                              stream=_CappedStream(response.stream, self.max_bytes, decoder))

    def close(self) -> None:
        self._inner.close()


def fetch_private_allowed() -> bool:
    return os.environ.get(ENV_FETCH_PRIVATE, "").strip().lower() in ("1", "true", "yes")


def fetch_pages(urls: list[str], *, allow_private: bool = False,
                max_pages: int = MAX_FETCHED_PAGES) -> list[RawPage | InputError]:
    """Each URL read as the CLI reads it (a feed gives one page per entry), or the reason it
    could not be (kept for the run log)."""
    from khronika.ingest.feeds import USER_AGENT, read_url

    pages: list[RawPage | InputError] = []
    fetched = 0
    transport = GuardedTransport(allow_private=allow_private)
    headers = {"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"}
    with httpx.Client(transport=transport, timeout=FETCH_TIMEOUT, follow_redirects=True, headers=headers) as client:
        for url in urls:
            if not url.startswith(("http://", "https://")):
                pages.append(InputError(url, "not an http(s) URL"))
                continue
            if fetched >= max_pages:
                pages.append(InputError(url, f"not fetched: one request reads at most {max_pages} pages",
                                        skipped=True))
                continue
            entries = read_url(url, client)
            for item in entries:
                if fetched >= max_pages and isinstance(item, RawPage):
                    entries.close()
                    pages.append(InputError(url, f"not read further: one request reads at most {max_pages} pages",
                                            skipped=True))
                    break
                pages.append(item)
                fetched += isinstance(item, RawPage)
    return pages


def uploaded_pages(page: schemas.IngestPage, crawled_at: datetime | None, where: str) -> list[RawPage | InputError]:
    """One uploaded page as the CLI reads the same bytes from a file or stdin (`read_stream`):
    a JSONL/JSON/CSV/TSV dump, a WARC or a feed gives its records, one page each; an archive is
    skipped as one.  A page is kept as sent (its name decides HTML or text, as before), with
    its `url`; a dump's records keep only web URLs of their own (`ingest.urls.web_url`) (a `url` for a whole dump
    names no one record: 422)."""
    from khronika.ingest.files import read_stream

    data = page.content.encode("utf-8")
    found = list(read_stream(io.BytesIO(data), page.name, crawled_at))
    single = len(found) == 1 and isinstance(found[0], RawPage) and not found[0].locator \
        and _same_bytes(found[0].data, data)
    if single or not found:
        # The bytes, not the text: extraction then checks them as it checks a file's (binary data
        # is skipped, not stored as an article: review rv21_N M2) and decodes them as UTF-8.
        # A text with a few NULs (valid in a JSON string; scraped text carries them) is text: it
        # goes as the text, and extraction removes its NULs with the warning it gives a JSONL
        # record's (review rev21_B M3).
        text_with_nuls = "\x00" in page.content and not looks_binary(data, nul_allowed=True)
        content: bytes | str = page.content if text_with_nuls else data
        return [RawPage(source=page.name, data=content, kind=_kind(page.name),  # type: ignore[arg-type]
                        crawled_at=crawled_at, url=page.url)]
    if page.url is not None:
        raise ApiError(422, f"{where}: holds {len(found)} records (a dump), so one `url` cannot be theirs: "
                            "leave `url` out (each record carries its own)", "invalid_request")
    return [replace(raw, url=web_url(raw.url)) if isinstance(raw, RawPage) and raw.url else raw for raw in found]


def _same_bytes(value: bytes | str, data: bytes) -> bool:
    return (value.encode("utf-8") if isinstance(value, str) else value) == data


def _kind(name: str) -> str:
    lowered = name.lower().split("?")[0]
    return "html" if lowered.endswith((".html", ".htm", ".xhtml", "/")) or lowered.startswith("http") else "text"


@router.post(
    "/ingest", response_model=schemas.IngestResult,
    summary="Add pages (or URLs to fetch) to the store",
    responses={401: {"model": ErrorBody, "description": "No token"},
               403: {"model": ErrorBody, "description": "Wrong token"},
               413: {"model": ErrorBody, "description": "Body over the size cap, or over 500 pages once dumps "
                                                        "are read (a dump counts each record)"}},
)
async def ingest(body: schemas.IngestRequest, request: Request,
                 worker: StoreWorker = Depends(worker_of)) -> dict[str, Any]:
    if not body.pages and not body.urls:
        raise ApiError(400, "nothing to ingest: give `pages` or `urls`")
    crawled = _crawl_time(body.crawled_at, "crawled_at")
    raws: list[RawPage | InputError] = []
    for number, page in enumerate(body.pages):
        where = f"pages[{number}] ({page.name})"
        when = _crawl_time(page.crawled_at, f"{where}: crawled_at") or crawled
        if page.url is not None and not page.url.strip():
            page = page.model_copy(update={"url": None})  # an empty `url` is none
        if page.url is not None and not web_url(page.url):
            raise ApiError(422, f"{where}: url {page.url[:80]!r} is not an http(s) URL (a web address: "
                                "http, https or no scheme)", "invalid_request")
        raws.extend(await run_in_threadpool(uploaded_pages, page, when, where))
        stored = sum(isinstance(raw, RawPage) for raw in raws)
        if stored > MAX_UPLOADED_PAGES:
            # The cap on `pages` counts pages, and one dump holds any number of records: count
            # them after reading, as `fetch_pages` counts a feed's entries.
            raise ApiError(413, f"pages: {stored} pages read by {where} (a dump counts each record), and one "
                                f"request stores at most {MAX_UPLOADED_PAGES}: send fewer per request", "too_large")
    # Fetch failures go through the ingester too, so the run log lists every input.
    allow_private = getattr(request.app.state, "fetch_private", None)
    allow_private = fetch_private_allowed() if allow_private is None else allow_private
    fetched = await run_in_threadpool(fetch_pages, body.urls, allow_private=allow_private) if body.urls else []
    # The pipeline runs on the store's ingest thread: the event loop goes on answering meanwhile.
    result = await worker.write(request.app.state.ingester, fetched + raws)
    worker.cache.clear()  # cached counts and search pages predate these articles
    return result


def _crawl_time(value: str | None, where: str) -> datetime | None:
    """A client's crawl time; a bad one is the client's mistake: 422 `invalid_request` naming the
    field, as every other bad field of the body (a bad `url`, a missing `content`) is."""
    from khronika.extract.dates import parse_crawl_time

    try:
        return parse_crawl_time(value) if value else None
    except ValueError as error:
        raise ApiError(422, f"{where}: {error}", "invalid_request") from error
