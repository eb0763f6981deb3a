"""The JSON API (FastAPI): `create_app(store)`; only this package and `web/` know HTTP."""
from khronika.api.app import create_app

__all__ = ["create_app"]
