"""Sending API requests through the generated endpoint functions, with retries and typed errors.

`Requester` and `AsyncRequester` differ only in how they call and sleep; what to retry and which error to
raise is decided once, in the shared functions below.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from typing import Any, NamedTuple

import attrs
import httpx
from magic_hour_api.types import Response

from ._config import check_retries
from ._errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    MagicHourError,
    redacted,
    request_of,
    status_error,
)
from ._retry import RetryPolicy, never_sent

log = logging.getLogger("magic_hour")

#: The API request whose answer arrived last in this thread or task: the generated client's `Response` does not
#: keep it, and errors should say what was sent (minus the token).
_last_request: ContextVar[httpx.Request | None] = ContextVar("magic_hour_last_request", default=None)


def remember_request(response: httpx.Response) -> None:
    """Note the request this answer belongs to (called from the client's response hook)."""
    _last_request.set(response.request)


class Call(NamedTuple):
    """What is being sent: a label for messages, and whether sending it twice is harmless. (A NamedTuple, as are
    the engine's other small internal records: made at import, an attrs class costs about 0.3 ms of the SDK's
    import, a NamedTuple a sixth of that.)"""

    what: str  # e.g. "POST /v1/ai-talking-photo"
    idempotent: bool
    storage: bool = False  # an upload or download URL, not the API: base_url has nothing to do with it


def body_message(response: httpx.Response) -> str | None:
    """The API's `message` from an error body, if the body is the documented JSON."""
    try:
        data = json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        return None
    message = data.get("message") if isinstance(data, dict) else None
    return message[:500] if isinstance(message, str) else None


def connection_error(call: Call, error: httpx.TransportError) -> APIConnectionError:
    """The SDK error for a transport failure of `call`, saying whether a project may have been created."""
    maybe_created = not call.idempotent and not never_sent(error)
    kind = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
    reason = "timed out" if kind is APITimeoutError else f"failed ({type(error).__name__})"
    if maybe_created:
        advice = (
            "The request may have reached the server, so a project may have been created and charged; it was "
            "not retried automatically. Check your Magic Hour projects before creating it again."
        )
    elif call.storage:
        advice = "Check the network, then try again."
    else:
        advice = "Check the network and base_url, then try again."
    return kind(f"{call.what} {reason}. {advice}", request=request_of(error), maybe_created=maybe_created)


def _with_maybe_created(error: MagicHourError, call: Call) -> MagicHourError:
    """Say so on a 5xx answer to a create: the server may have acted before it failed."""
    if not call.idempotent and getattr(error, "status_code", 0) >= 500:
        error.args = (
            f"{error.args[0]} The server may have created (and charged for) a project anyway; it was not "
            "retried automatically. Check your Magic Hour projects before creating it again.",
        )
        if isinstance(error, APIError):
            error.maybe_created = True
    return error


#: What one attempt ended with: a response (generated or plain httpx), or the exception it raised.
Outcome = Response[Any] | httpx.Response | Exception
_CAUGHT = (httpx.TransportError, ValueError, KeyError, TypeError)


def decide(call: Call, policy: RetryPolicy, attempt: int, outcome: Outcome, *, raw: bool = False) -> tuple[bool, Any]:
    """(True, parsed body) when done, (False, seconds to wait) to retry; raises the SDK error otherwise.

    With `raw`, a success gives the whole response (status, headers, parsed body) instead of the body.
    """
    if isinstance(outcome, httpx.TransportError):
        delay = policy.delay_after_error(outcome, attempt, idempotent=call.idempotent)
        if delay is None:
            raise connection_error(call, outcome) from outcome
        log.info("%s failed (%s); retry %d in %.2fs", call.what, type(outcome).__name__, attempt + 1, delay)
        return False, delay
    if isinstance(outcome, Exception):
        error = APIResponseValidationError(
            f"{call.what} returned a body that does not match the API reference ({type(outcome).__name__}: "
            f"{str(outcome)[:200]}). If this persists, the SDK may need regenerating for a newer API."
        )
        error.request = redacted(_last_request.get())
        raise error from outcome
    if outcome.status_code < 300:
        if log.isEnabledFor(logging.DEBUG):
            log.debug("%s: HTTP %d", call.what, outcome.status_code)
        return True, outcome if raw else getattr(outcome, "parsed", None)
    answer = httpx.Response(
        outcome.status_code, headers=outcome.headers, content=outcome.content, request=redacted(_last_request.get())
    )
    delay = policy.delay_after_status(answer, attempt, idempotent=call.idempotent)
    if delay is None:
        raise _with_maybe_created(status_error(answer, body_message(answer), what=call.what), call)
    log.info("%s got HTTP %d; retry %d in %.2fs", call.what, outcome.status_code, attempt + 1, delay)
    return False, delay


def _policy(base: RetryPolicy, max_retries: int | None) -> RetryPolicy:
    return base if max_retries is None else attrs.evolve(base, max_retries=check_retries(max_retries))


class Requester:
    """Calls generated `sync_detailed` functions under the retry policy."""

    def __init__(self, policy: RetryPolicy) -> None:
        self.policy = policy

    def call(
        self,
        call: Call,
        send: Callable[[], Response[Any] | httpx.Response],
        *,
        max_retries: int | None = None,
        raw: bool = False,
    ) -> Any:
        policy = _policy(self.policy, max_retries)
        attempt = 0
        while True:
            _last_request.set(None)
            try:
                outcome: Outcome = send()
            except _CAUGHT as exc:
                outcome = exc
            done, value = decide(call, policy, attempt, outcome, raw=raw)
            if done:
                return value
            time.sleep(value)
            attempt += 1


class AsyncRequester:
    """Awaits generated `asyncio_detailed` functions under the same retry policy."""

    def __init__(self, policy: RetryPolicy) -> None:
        self.policy = policy

    async def call(
        self,
        call: Call,
        send: Callable[[], Awaitable[Response[Any] | httpx.Response]],
        *,
        max_retries: int | None = None,
        raw: bool = False,
    ) -> Any:
        import asyncio

        policy = _policy(self.policy, max_retries)
        attempt = 0
        while True:
            _last_request.set(None)
            try:
                outcome: Outcome = await send()
            except _CAUGHT as exc:
                outcome = exc
            done, value = decide(call, policy, attempt, outcome, raw=raw)
            if done:
                return value
            await asyncio.sleep(value)
            attempt += 1
