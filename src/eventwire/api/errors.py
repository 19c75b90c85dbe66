"""The API's errors: every failure is answered with JSON ``{"error": {"code", "message"}}``
and a 4xx status, or a 5xx one when the server, not the request, is at fault.

API codes (E4xx; the last two digits are the HTTP status where one fits)::

    E400  the body is not valid JSON                                        400
    E404  no such article, or no such path                                  404
    E405  the method is not allowed on this path                            405
    E408  the body did not arrive within the time limit (a slow client)     408
    E413  the body is larger than the size limit                            413
    E415  the body is not JSON, plain text or HTML                          415
    E421  the Host header names another server (a DNS-rebinding guard)      421
    E422  a parameter or a field is missing, of the wrong type or out of range  422
    E460  a query took longer than the time limit (it was cancelled)        503
    E461  the analyser stayed busy with earlier requests past the time limit  503
    E499  an unexpected failure (a bug; the server log has the traceback)   500

A text that cannot be analysed keeps the code it has everywhere else, with 422: E002
empty, E003 binary, E004 not UTF-8, E008 no main text in the HTML, E022 its analysis
took longer than the time limit. A store that cannot be read keeps its E2xx code, with 503.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException
from starlette.responses import Response

from eventwire.errors import EventwireError, InputError, StoreError

log = logging.getLogger(__name__)
# One validation error message is cut to this many characters.
_MESSAGE_CHARS = 300


class ApiError(EventwireError):
    """A request the API refuses, with the HTTP status it is answered with."""

    code = "E499"

    def __init__(self, message: str, *, code: str, status: int) -> None:
        """An error with a stable ``code`` answered with HTTP ``status``."""
        super().__init__(message, code=code)
        self.status = status


def error_body(code: str, message: str) -> dict[str, dict[str, str]]:
    """The JSON every error is answered with."""
    return {"error": {"code": code, "message": message}}


def error_response(
    code: str, message: str, status: int, headers: Mapping[str, str] | None = None
) -> JSONResponse:
    """An error as a JSON response."""
    return JSONResponse(error_body(code, message), status_code=status, headers=headers)


def install_handlers(app: FastAPI) -> None:
    """Answer every error ``app`` raises as JSON with a code."""
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(InputError, _input_error)
    app.add_exception_handler(StoreError, _store_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(Exception, _unexpected)


def _api_error(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return error_response(exc.code, exc.args[0], exc.status)


def _input_error(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, InputError)
    return error_response(exc.code, exc.args[0], 422)


def _store_error(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StoreError)
    log.error("store error: %s", exc)
    return error_response(exc.code, exc.args[0], 503)


def _validation_error(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    errors = list(exc.errors())
    if any(error.get("type") == "json_invalid" for error in errors):
        return error_response("E400", "the body is not valid JSON", 400)
    return error_response("E422", _described(errors), 422)


def _described(errors: list[dict[str, Any]]) -> str:
    """``query.limit: Input should be less than or equal to 500; ...``, without the
    values sent (they may be long, or not printable)."""
    parts = []
    for error in errors:
        where = ".".join(str(part) for part in error.get("loc", ()) if part != "body")
        message = f"{where or 'body'}: {error.get('msg', 'is not valid')}"
        parts.append(message[:_MESSAGE_CHARS])
    return "; ".join(parts) or "the request is not valid"


def _http_error(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if exc.status_code == 404:
        return error_response("E404", "no such path; see /docs for the API", 404)
    if exc.status_code == 405:
        message = "this method is not allowed on this path"
        return error_response("E405", message, 405, exc.headers)
    return error_response(f"E{exc.status_code}", str(exc.detail), exc.status_code, exc.headers)


def _unexpected(_request: Request, exc: Exception) -> Response:
    log.error("unexpected error", exc_info=exc)
    return error_response("E499", f"unexpected error ({type(exc).__name__})", 500)
