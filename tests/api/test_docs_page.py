"""The Swagger UI page works offline: every asset it names is served by the app itself."""
from __future__ import annotations

import re


def test_docs_page_uses_only_local_assets(client):
    page = client.get("/api/v1/docs")
    assert page.status_code == 200
    urls = re.findall(r"""(?:src|href)=["']([^"']+)["']|url:\s*'([^']+)'""", page.text)
    urls = [a or b for a, b in urls]
    assert "/api/v1/openapi.json" in urls
    assets = [u for u in urls if u.endswith((".js", ".css", ".png"))]
    assert len(assets) >= 3
    for url in assets:
        assert url.startswith("/api/v1/docs/assets/"), url  # no CDN
        response = client.get(url)
        assert response.status_code == 200 and len(response.content) > 500, url


def test_docs_page_not_in_schema(openapi):
    assert "/api/v1/docs" not in openapi["paths"]
