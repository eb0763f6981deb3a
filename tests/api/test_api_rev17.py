"""The fetch guard after review rev17_B: under the local-use NAT64 prefix a translator ignores
the "u" octet and the suffix, so every layout is judged whatever those bits hold; site-local
IPv6 addresses (fec0::/10) are not fetched from."""
from __future__ import annotations

import ipaddress

import pytest

from khronika.api.v1.ingest import _refusal

LOOPBACK = "a loopback address (127.0.0.1 inside the IPv6 address)"


@pytest.mark.parametrize("address, refusal", [
    ("64:ff9b:1:a9fe:a9:fe00:808:808", "a link-local address (169.254.169.254 inside the IPv6 address)"),  # /48, u set
    ("64:ff9b:1:1234:7f:0:100:808", LOOPBACK),                 # /64 layout with suffix bits set
    ("64:ff9b:1:7f00:ff00:100::", LOOPBACK),                   # /48 layout with the u octet set
    ("fec0::1", "a site-local address"),
    ("fec0::7f00:1", "a site-local address"),
    ("64:ff9b:1::808:808", None),                              # public in every layout
    ("2001:4860:4860::8888", None),
])
def test_refusal(address, refusal):
    assert _refusal(ipaddress.ip_address(address)) == refusal
