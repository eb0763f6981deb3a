"""The fetch guard judges an IPv6 address that carries an IPv4 one by the IPv4 address it
reaches (seventeenth session, r1; rev_B 9 of the sixteenth): NAT64 (64:ff9b::/96 and the
local-use 64:ff9b:1::/48 in each RFC 6052 layout), 6to4 (2002::/16), IPv4-mapped,
-compatible and -translated forms of loopback, private and link-local addresses are refused;
the same forms of a public address are fetched from."""
from __future__ import annotations

import ipaddress

import httpx
import pytest

from khronika.api.v1 import ingest

LOOPBACK = "a loopback address (127.0.0.1 inside the IPv6 address)"
METADATA = "a link-local address (169.254.169.254 inside the IPv6 address)"

ADDRESSES = [
    # address → refusal (None: a public address, fetched from)
    # NAT64, well-known prefix: the last 32 bits
    ("64:ff9b::7f00:1", LOOPBACK),
    ("64:ff9b::127.0.0.1", LOOPBACK),
    ("64:ff9b::a9fe:a9fe", METADATA),
    ("64:ff9b::a01:203", "a private address (10.1.2.3 inside the IPv6 address)"),
    ("64:ff9b::c0a8:1", "a private address (192.168.0.1 inside the IPv6 address)"),
    ("64:ff9b::6440:1", "not a public address (100.64.0.1 inside the IPv6 address)"),
    ("64:ff9b::808:808", None),
    # NAT64, local-use prefix (RFC 8215): a /96 inside it, or the /48, /56, /64 layouts
    ("64:ff9b:1::7f00:1", LOOPBACK),
    ("64:ff9b:1:abcd:0:1:a9fe:a9fe", METADATA),
    ("64:ff9b:1:7f00:0:100::", LOOPBACK),             # /48: 7f00 | u | 0001
    ("64:ff9b:1:127f:0:1::", LOOPBACK),               # /56: subnet 12, 7f | u | 000001
    ("64:ff9b:1:1234:7f:0:100:0", LOOPBACK),          # /64: subnet 1234 | u | 7f000001
    ("64:ff9b:1::808:808", None),
    ("64:ff9b:1:808:8:800::", None),                  # 8.8.8.8 in the /48 layout
    ("64:ff9b:1:1234:8:808:800:0", None),             # 8.8.8.8 in the /64 layout
    # 6to4: bits 16–47
    ("2002:7f00:1::1", LOOPBACK),
    ("2002:a9fe:a9fe::1", METADATA),
    ("2002:c0a8:101::1", "a private address (192.168.1.1 inside the IPv6 address)"),
    ("2002:808:808::1", None),
    # IPv4-mapped (as before), -translated (::ffff:0:0:0/96) and -compatible (::/96)
    ("::ffff:127.0.0.1", LOOPBACK),
    ("::ffff:0:127.0.0.1", LOOPBACK),
    ("::127.0.0.1", LOOPBACK),
    ("::10.0.0.1", "a private address (10.0.0.1 inside the IPv6 address)"),
    ("::ffff:8.8.8.8", None),
    # IPv6's own loopback and unspecified addresses are not IPv4-compatible ones
    ("::1", "a loopback address"),
    ("::", "the unspecified address"),
    # plain addresses, as before
    ("2001:4860:4860::8888", None),
    ("fd00::1", "a private address"),
    ("8.8.8.8", None),
    ("127.0.0.1", "a loopback address"),
]


@pytest.mark.parametrize("address, refusal", ADDRESSES, ids=[a[0] for a in ADDRESSES])
def test_embedded_ipv4_addresses_are_judged_by_what_they_reach(address: str, refusal: str | None) -> None:
    assert ingest._refusal(ipaddress.ip_address(address)) == refusal


def test_a_name_resolving_to_a_nat64_loopback_is_refused_before_connecting(monkeypatch) -> None:
    """On an IPv6-only host behind NAT64 the resolver answers a name with 64:ff9b::/96 addresses."""
    monkeypatch.setattr(ingest.socket, "getaddrinfo", lambda host, *a, **k: [(10, 1, 6, "", ("64:ff9b::7f00:1", 80, 0, 0))])
    seen: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(200, text="secret")

    transport = ingest.GuardedTransport(inner=httpx.MockTransport(answer))
    with httpx.Client(transport=transport) as client:
        with pytest.raises(ingest.FetchRefused) as raised:
            client.get("http://internal.example/")
    assert str(raised.value) == f"refused: internal.example is {LOOPBACK} (64:ff9b::7f00:1)"
    assert seen == []


def test_a_nat64_literal_url_is_refused_before_connecting() -> None:
    seen: list[str] = []
    transport = ingest.GuardedTransport(inner=httpx.MockTransport(lambda r: seen.append(str(r.url)) or httpx.Response(200)))
    with httpx.Client(transport=transport) as client:
        with pytest.raises(ingest.FetchRefused) as raised:
            client.get("http://[64:ff9b::a9fe:a9fe]/latest/meta-data/")
    assert str(raised.value) == f"refused: 64:ff9b::a9fe:a9fe is {METADATA}"
    assert seen == []
