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


@pytest.mark.parametrize("prefix", ["a", "c0a8", "ffff", "7f00", "a9fe", "1"])
def test_a_public_site_behind_any_local_use_96_prefix_is_fetched(prefix):
    """rev17_C 3: the /48 and /56 layouts read a /96 prefix's own bits as an address (8.8.8.8
    behind 64:ff9b:1:a::/96 was refused as 10.0.0.0); an address of the /96 form is read as one."""
    assert _refusal(ipaddress.ip_address(f"64:ff9b:1:{prefix}::808:808")) is None


def test_no_public_address_is_refused_for_a_local_use_96_prefix():
    refused = [h for h in range(0, 65536, 7) if _refusal(ipaddress.ip_address(f"64:ff9b:1:{h:x}::808:808"))]
    assert refused == []
