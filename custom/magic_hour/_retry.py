"""When to retry, and how long to wait first: one policy for API calls, uploads and downloads.

The decisions are pure functions so the sync and async clients share them and differ only in how they sleep.
"""

from __future__ import annotations

import email.utils
import random
import time

import attrs
import httpx

#: Failures that happen before the request reaches the server: always safe to retry.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
#: Statuses worth another try for requests that cannot charge twice.
_RETRYABLE_STATUS = frozenset({408, 429, 500, 502, 503, 504})


@attrs.frozen
class RetryPolicy:
    """Exponential backoff with jitter, capped, honouring ``Retry-After``.

    max_retries: retries after the first attempt (0 turns retrying off).
    initial_delay, max_delay: the backoff's first and largest wait, in seconds.
    max_retry_after: the longest ``Retry-After`` the SDK will honour before giving up instead.
    """

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0

    def backoff(self, attempt: int) -> float:
        """The wait before retry number `attempt` + 1: full jitter between half and all of the exponential step."""
        step = min(self.max_delay, self.initial_delay * 2.0**attempt)
        return step * (0.5 + random.random() / 2)

    def delay_after_status(self, response: httpx.Response, attempt: int, *, idempotent: bool) -> float | None:
        """Seconds to wait before retrying after an error status, or None to give up.

        A request that is not idempotent (create: it charges credits and has no idempotency key) is retried
        only on 429, where the server certainly did not act on it.
        """
        status = response.status_code
        if attempt >= self.max_retries or status not in _RETRYABLE_STATUS:
            return None
        if not idempotent and status != 429:
            return None
        after = retry_after(response)
        if after is None:
            return self.backoff(attempt)
        return after if after <= self.max_retry_after else None

    def delay_after_error(self, error: Exception, attempt: int, *, idempotent: bool) -> float | None:
        """Seconds to wait before retrying after a transport error, or None to give up."""
        if attempt >= self.max_retries or not isinstance(error, httpx.TransportError):
            return None
        if not idempotent and not never_sent(error):
            return None
        return self.backoff(attempt)


def never_sent(error: Exception) -> bool:
    """True when the request certainly never reached the server.

    httpx-aiohttp reports a server that hung up mid-request as a ConnectTimeout; its cause says what really
    happened, so an aiohttp error other than "could not connect" counts as possibly sent (a create is then
    not retried: it may have charged).
    """
    if not isinstance(error, _NOT_SENT):
        return False
    cause: BaseException | None = error.__cause__ or error.__context__
    while cause is not None:
        names = {klass.__name__ for klass in type(cause).__mro__}
        if type(cause).__module__.startswith("aiohttp") and "ClientConnectorError" not in names:
            return False
        cause = cause.__cause__ or cause.__context__
    return True


def retry_after(response: httpx.Response) -> float | None:
    """The ``Retry-After`` header in seconds (a number or an HTTP date), or None."""
    raw = response.headers.get("retry-after")
    if raw is None:
        return None
    try:
        return max(0.0, float(raw))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())
