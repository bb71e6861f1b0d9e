"""`Client` and `AsyncClient`: settings, one connection pool, and the `v1` resources."""

from __future__ import annotations

import urllib.request
from types import TracebackType

import attrs
import httpx
import magic_hour_api

from ._async_transport import AsyncH11Transport
from ._auth import ApiScope, OriginBearerAuth
from ._config import WaitSettings, check_positive, check_retries, resolve_base_url, resolve_token
from ._errors import ValidationError
from ._limits import async_response_cap, response_cap
from ._requests import AsyncRequester, Requester
from ._retry import RetryPolicy
from .resources.v1 import V1, AsyncV1


@attrs.frozen
class Settings:
    """What a client was configured with; the token is kept out of the repr."""

    token: str = attrs.field(repr=False)
    base_url: str
    timeout: float
    retry: RetryPolicy
    wait: WaitSettings


def _settings(
    token: str | None,
    base_url: str | None,
    timeout: float,
    max_retries: int,
    poll_interval: float,
    wait_timeout: float | None,
    allow_insecure_http: bool,
    retry: RetryPolicy | None,
) -> Settings:
    interval = check_positive("poll_interval", poll_interval)
    if retry is not None and not isinstance(retry, RetryPolicy):
        raise ValidationError(f"retry must be a magic_hour.RetryPolicy, not {type(retry).__name__}.")
    return Settings(
        token=resolve_token(token),
        base_url=resolve_base_url(base_url, allow_insecure_http=allow_insecure_http),
        timeout=check_positive("timeout", timeout),
        retry=retry or RetryPolicy(max_retries=check_retries(max_retries)),
        wait=WaitSettings(
            poll_interval=interval,
            max_poll_interval=max(interval, 5.0),
            timeout=None if wait_timeout is None else check_positive("wait_timeout", wait_timeout),
        ),
    )


def _timeout(seconds: float) -> httpx.Timeout:
    # No limit on waiting for a free connection: that is back-pressure from our own pool, not a failure.
    return httpx.Timeout(seconds, connect=min(seconds, 10.0), pool=None)


#: Requests the async client keeps on the wire at once. Measured with 50 concurrent generate() calls
#: (scripts/bench): past this, more connections buy no speed on loopback, only more open sockets.
_ASYNC_CONNECTIONS = 8


def _async_http(timeout: httpx.Timeout) -> httpx.AsyncClient:
    """The async client's pool: the lean transport, unless the environment configures a proxy.

    httpx applies HTTP(S)_PROXY / ALL_PROXY / NO_PROXY only to its own transports, so with a proxy the
    client keeps httpx's (with the same connection limit) rather than bypass the proxy.
    """
    if urllib.request.getproxies():
        limits = httpx.Limits(max_connections=_ASYNC_CONNECTIONS, max_keepalive_connections=_ASYNC_CONNECTIONS)
        return httpx.AsyncClient(timeout=timeout, limits=limits)
    return httpx.AsyncClient(timeout=timeout, transport=AsyncH11Transport(max_connections=_ASYNC_CONNECTIONS))


def _attach(http: httpx.Client | httpx.AsyncClient, settings: Settings) -> ApiScope:
    """Point `http` at the API: the base URL the generated client's relative paths need, and origin-bound auth."""
    scope = ApiScope(settings.base_url)
    http.base_url = httpx.URL(settings.base_url)
    http.auth = OriginBearerAuth(settings.token, scope)
    return scope


class Client:
    """The synchronous Magic Hour client.

    token: the API key; defaults to the MAGIC_HOUR_API_TOKEN environment variable.
    base_url: defaults to MAGIC_HOUR_BASE_URL, then https://api.magichour.ai.
    timeout: seconds for each HTTP request. max_retries: retries of transient failures (create is retried
    only where it cannot charge twice). poll_interval / wait_timeout: defaults for waiting on a project.
    http_client: your own httpx.Client (its TLS and proxy settings are kept; auth and base URL are set).
    retry: a full RetryPolicy (backoff delays as well as the count), instead of max_retries.
    """

    def __init__(
        self,
        token: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float = 60.0,
        max_retries: int = 2,
        poll_interval: float = 1.0,
        wait_timeout: float | None = 600.0,
        http_client: httpx.Client | None = None,
        allow_insecure_http: bool = False,
        retry: RetryPolicy | None = None,
    ) -> None:
        self._settings = _settings(
            token, base_url, timeout, max_retries, poll_interval, wait_timeout, allow_insecure_http, retry
        )
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client(timeout=_timeout(self._settings.timeout))
        self._http.event_hooks["response"].append(response_cap(_attach(self._http, self._settings)))
        self._api = magic_hour_api.Client(base_url=self._settings.base_url).set_httpx_client(self._http)
        self._requester = Requester(self._settings.retry)
        self.v1 = V1(self)

    @property
    def base_url(self) -> str:
        return self._settings.base_url

    def close(self) -> None:
        """Close the connection pool (only if this client created it)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Client(base_url={self._settings.base_url!r})"


class AsyncClient:
    """The asynchronous Magic Hour client: the same names as `Client`, awaitable."""

    def __init__(
        self,
        token: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float = 60.0,
        max_retries: int = 2,
        poll_interval: float = 1.0,
        wait_timeout: float | None = 600.0,
        http_client: httpx.AsyncClient | None = None,
        allow_insecure_http: bool = False,
        retry: RetryPolicy | None = None,
    ) -> None:
        self._settings = _settings(
            token, base_url, timeout, max_retries, poll_interval, wait_timeout, allow_insecure_http, retry
        )
        self._owns_http = http_client is None
        self._http = http_client or _async_http(_timeout(self._settings.timeout))
        self._http.event_hooks["response"].append(async_response_cap(_attach(self._http, self._settings)))
        self._api = magic_hour_api.Client(base_url=self._settings.base_url).set_async_httpx_client(self._http)
        self._requester = AsyncRequester(self._settings.retry)
        self.v1 = AsyncV1(self)

    @property
    def base_url(self) -> str:
        return self._settings.base_url

    async def close(self) -> None:
        """Close the connection pool (only if this client created it)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    def __repr__(self) -> str:
        return f"AsyncClient(base_url={self._settings.base_url!r})"
