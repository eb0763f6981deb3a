"""One JSON error shape for every failure: `{"error": {"code", "message"}}`.

Domain errors (`khronika.errors`) and HTTP errors (404 from routing, 422
from validation) all leave through `error_response`, so a client parses
one body whatever went wrong.
"""
from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from khronika.api.schemas import ErrorBody
from khronika.errors import InputError, QueryError, StoreError

_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
          405: "method_not_allowed", 409: "conflict", 413: "too_large", 422: "invalid_request",
          500: "internal_error", 503: "unavailable"}


class ApiError(Exception):
    def __init__(self, status: int, message: str, code: str | None = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code or _CODES.get(status, "error")
        self.message = message
        self.headers = headers


def not_found(what: str) -> ApiError:
    return ApiError(404, f"{what} not found")


def error_response(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status, headers=headers)


# Declared on every API route so the OpenAPI schema documents the error body.
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "Bad query or cursor"},
    404: {"model": ErrorBody, "description": "Not found"},
    422: {"model": ErrorBody, "description": "Invalid parameters"},
}


def install(app: FastAPI, *, html_handler: Any = None) -> None:
    """Register the handlers. `html_handler(request, status, message)` renders errors of web pages."""

    def respond(request: Request, status: int, code: str, message: str,
                headers: dict[str, str] | None = None):
        if html_handler is not None and not request.url.path.startswith("/api/"):
            return html_handler(request, status, message)
        return error_response(status, code, message, headers)

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError):
        return respond(request, exc.status, exc.code, exc.message, exc.headers)

    @app.exception_handler(QueryError)
    async def _query_error(request: Request, exc: QueryError):
        return respond(request, 400, "bad_query", str(exc))

    @app.exception_handler(InputError)
    async def _input_error(request: Request, exc: InputError):
        return respond(request, 400, "bad_input", str(exc))

    @app.exception_handler(StoreError)
    async def _store_error(request: Request, exc: StoreError):
        return respond(request, 503, "store_error", str(exc))

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else "error"
        if exc.status_code == 404 and message == "Not Found":
            message = f"no such path: {request.url.path}"
        return respond(request, exc.status_code, _CODES.get(exc.status_code, "error"), message,
                       getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError):
        parts = []
        for err in exc.errors()[:5]:
            where = ".".join(str(p) for p in err.get("loc", ()) if p not in ("query", "body", "path"))
            parts.append(f"{where}: {err.get('msg')}" if where else str(err.get("msg")))
        return respond(request, 422, "invalid_request", "; ".join(parts) or "invalid request")

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception):
        return respond(request, 500, "internal_error", f"{type(exc).__name__}: {exc}")
