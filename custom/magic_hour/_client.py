"""`Client` and `AsyncClient`: settings, one connection pool, and `v1`, the surface generated from the spec."""

from __future__ import annotations

import contextlib
import functools
from collections.abc import AsyncGenerator, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

import attrs
import httpx
import magic_hour_api

from ._auth import ApiScope, OriginBearerAuth
from ._config import (
    WaitSettings,
    check_positive,
    check_retries,
    resolve_base_url,
    resolve_poll_interval,
    resolve_token,
)
from ._engine import AsyncEngine, SyncEngine
from ._errors import ValidationError
from ._http_clients import (
    api_timeout,
    close_at_loop_end,
    default_async_http,
    default_sync_http,
    owned_by_sdk,
    remake,
    take_timeout,
)
from ._limits import bound_response, stamp
from ._logging import configure_from_env
from ._missing import AsyncSpecV1, SpecV1
from ._requests import AsyncRequester, Requester, remember_request
from ._retry import RetryPolicy
from ._version import __version__
from ._webhook_secret import Secret
from ._webhook_secret import checked as _checked_secret

if TYPE_CHECKING:
    import asyncio  # imported where a loop runs: `import magic_hour` and `Client()` leave asyncio to async users

    from .webhooks import AsyncWebhooks, Webhooks

if TYPE_CHECKING:
    from .batch import BatchSummary
    from .batch._run import Jobs

#: Retries of transient failures when the caller sets none (create only where it cannot charge twice).
_DEFAULT_RETRIES = 2


@attrs.frozen
class Settings:
    """What a client was configured with; the token is kept out of the repr."""

    token: str = attrs.field(repr=False)
    base_url: str
    timeout: float
    retry: RetryPolicy
    wait: WaitSettings
    default_headers: Mapping[str, str] = attrs.field(factory=dict)
    webhook_secret: Secret | None = attrs.field(default=None, repr=False)  # verifies client.webhooks deliveries


def _settings(
    token: str | None,
    base_url: str | None,
    timeout: float,
    max_retries: int,
    poll_interval: float | None,
    wait_timeout: float | None,
    allow_insecure_http: bool,
    retry: RetryPolicy | None,
    default_headers: Mapping[str, str] | None = None,
    webhook_secret: str | None = None,
) -> Settings:
    interval = check_positive("poll_interval", resolve_poll_interval(poll_interval))
    if retry is not None and not isinstance(retry, RetryPolicy):
        raise ValidationError(f"retry must be a magic_hour.RetryPolicy, not {type(retry).__name__}.")
    if retry is not None and max_retries != _DEFAULT_RETRIES:
        raise ValidationError(
            "Pass either max_retries or retry=RetryPolicy(max_retries=...), not both: the policy carries its own count."
        )
    headers = dict(default_headers or {})
    if any(not isinstance(k, str) or not isinstance(v, str) for k, v in headers.items()):
        raise ValidationError("default_headers must map header names to string values.")
    if any(k.lower() == "authorization" for k in headers):
        raise ValidationError("default_headers must not set Authorization: pass the token as token=... instead.")
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
        default_headers=headers,
        webhook_secret=None if webhook_secret is None else _checked_secret(webhook_secret, "webhook_secret="),
    )


def _user_agent() -> str:
    return f"magic-hour-sdk-python/{__version__} httpx/{httpx.__version__}"


_timeout = api_timeout
_async_http = default_async_http


def _add_headers(request: httpx.Request, scope: ApiScope, headers: Mapping[str, str]) -> None:
    """The SDK's User-Agent and the caller's default headers, on API requests only (never on storage URLs).

    Runs for every request httpx sends, redirects included: one that left the API's origin or its `/v1/` path
    loses the token here even when the caller's client follows redirects and httpx kept the header.
    """
    if request.url in scope:
        for name, value in headers.items():
            request.headers[name] = value
        # API answers are small JSON; asking for them uncompressed saves decoding (_limits bounds it if it comes).
        request.headers["Accept-Encoding"] = "identity"
        stamp(request)
    else:
        request.headers.pop("Authorization", None)


def _attach(http: httpx.Client | httpx.AsyncClient, settings: Settings) -> ApiScope:
    """Point `http` at the API: the base URL the generated client's relative paths need, and origin-bound auth."""
    scope = ApiScope(settings.base_url)
    http.base_url = httpx.URL(settings.base_url)
    http.auth = OriginBearerAuth(settings.token, scope)
    return scope


def _api_headers(settings: Settings) -> dict[str, str]:
    return {"User-Agent": _user_agent(), **settings.default_headers}


_UNCHANGED: Any = object()


class Client:
    """The synchronous Magic Hour client.

    token: the API key; defaults to the MAGIC_HOUR_API_TOKEN environment variable.
    base_url: defaults to MAGIC_HOUR_BASE_URL, then https://api.magichour.ai.
    timeout: seconds an API request may take, from sending it to the last byte of its answer (each read waits
    at most as long; connecting at most 10 s); uploads and downloads are bounded per read.
    max_retries: retries of transient failures (create is retried only where it cannot charge twice).
    poll_interval / wait_timeout: defaults for waiting on a project (poll_interval: MAGIC_HOUR_POLL_INTERVAL, then 1 s).
    http_client: your own httpx.Client (its TLS and proxy settings are kept; auth and base URL are set).
    retry: a full RetryPolicy (backoff delays as well as the count), instead of max_retries.
    webhook_secret: verifies `client.webhooks.unwrap(...)`; defaults to MAGIC_HOUR_WEBHOOK_SECRET when used.
    """

    def __init__(
        self,
        token: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float = 60.0,
        max_retries: int = _DEFAULT_RETRIES,
        poll_interval: float | None = None,
        wait_timeout: float | None = 600.0,
        http_client: httpx.Client | None = None,
        allow_insecure_http: bool = False,
        retry: RetryPolicy | None = None,
        default_headers: Mapping[str, str] | None = None,
        webhook_secret: str | None = None,
    ) -> None:
        configure_from_env()
        self._settings = _settings(
            token,
            base_url,
            timeout,
            max_retries,
            poll_interval,
            wait_timeout,
            allow_insecure_http,
            retry,
            default_headers,
            webhook_secret,
        )
        self._owns_http = http_client is None
        self._http = http_client or default_sync_http(_timeout(self._settings.timeout))
        _wire(self, self._http)
        self._api = magic_hour_api.Client(base_url=self._settings.base_url).set_httpx_client(self._http)
        self._requester = Requester(self._settings.retry)
        self.v1 = SpecV1(SyncEngine(self))

    def with_options(
        self,
        *,
        timeout: float = _UNCHANGED,
        max_retries: int = _UNCHANGED,
        poll_interval: float = _UNCHANGED,
        wait_timeout: float | None = _UNCHANGED,
        default_headers: Mapping[str, str] = _UNCHANGED,
    ) -> Self:
        """A copy of this client (of its own class) with other settings; it shares the connection pool unless
        `timeout` or `default_headers` change (then it has its own, closed with it)."""
        copy = type(self).__new__(type(self))
        _copy_settings(self, copy, timeout, max_retries, poll_interval, wait_timeout, default_headers)
        if copy._settings.timeout == self._settings.timeout and default_headers is _UNCHANGED:
            copy._http, copy._owns_http = self._http, False
        else:
            copy._http, copy._owns_http = default_sync_http(_timeout(copy._settings.timeout)), True
            _wire(copy, copy._http)
        copy._api = magic_hour_api.Client(base_url=copy._settings.base_url).set_httpx_client(copy._http)
        copy._requester = Requester(copy._settings.retry)
        copy.v1 = SpecV1(SyncEngine(copy))
        return copy

    def batch(self, jobs: Jobs | None, **options: Any) -> BatchSummary:
        """Run many generations from a JSONL file or (module, params) pairs, journaled and resumable.

        See `magic_hour.batch.batch_async` for the options (journal, output, concurrency, max_credits, ...);
        returns a `magic_hour.batch.BatchSummary`.
        """
        from .batch import batch_sync

        return batch_sync(self, jobs, **options)

    @property
    def base_url(self) -> str:
        return self._settings.base_url

    @functools.cached_property
    def webhooks(self) -> Webhooks:
        """Verify and parse webhook deliveries (with `webhook_secret`), and download what they announce."""
        from .webhooks import Webhooks  # the event classes load on first use, not with the SDK

        return Webhooks(self)

    def close(self) -> None:
        """Close the connection pool (only if this client created it)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
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
        max_retries: int = _DEFAULT_RETRIES,
        poll_interval: float | None = None,
        wait_timeout: float | None = 600.0,
        http_client: httpx.AsyncClient | None = None,
        allow_insecure_http: bool = False,
        retry: RetryPolicy | None = None,
        default_headers: Mapping[str, str] | None = None,
        webhook_secret: str | None = None,
    ) -> None:
        configure_from_env()
        self._settings = _settings(
            token,
            base_url,
            timeout,
            max_retries,
            poll_interval,
            wait_timeout,
            allow_insecure_http,
            retry,
            default_headers,
            webhook_secret,
        )
        # A DefaultAioHttpClient passed in was made for this client (as openai-python's is): it is closed with it.
        self._owns_http = http_client is None or owned_by_sdk(http_client)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._closer: AsyncGenerator[None, None] | None = None
        if http_client is not None and self._owns_http:
            take_timeout(http_client, _timeout(self._settings.timeout))
        self._use_http(http_client or _async_http(_timeout(self._settings.timeout)))
        self._requester = AsyncRequester(self._settings.retry)
        self.v1 = AsyncSpecV1(AsyncEngine(self))

    def _use_http(self, http: httpx.AsyncClient) -> None:
        self._http = http
        _wire(self, http)
        self._api = magic_hour_api.Client(base_url=self._settings.base_url).set_async_httpx_client(http)

    async def _bind_to_running_loop(self) -> None:
        """A pool this client owns serves one event loop, and is closed when that loop shuts down (the end of
        asyncio.run()), so no socket outlives it; used from another loop, the client starts a fresh pool."""
        import asyncio

        loop = asyncio.get_running_loop()
        if loop is self._loop:
            return
        if self._loop is not None and self._owns_http:
            self._use_http(remake(self._http, _timeout(self._settings.timeout)))
        self._loop = loop
        if self._owns_http:
            self._closer = close_at_loop_end(self._http)
            await anext(self._closer)

    def with_options(
        self,
        *,
        timeout: float = _UNCHANGED,
        max_retries: int = _UNCHANGED,
        poll_interval: float = _UNCHANGED,
        wait_timeout: float | None = _UNCHANGED,
        default_headers: Mapping[str, str] = _UNCHANGED,
    ) -> Self:
        """A copy of this client (of its own class) with other settings; it shares the connection pool unless
        `timeout` or `default_headers` change (then it has its own, closed with it)."""
        copy = type(self).__new__(type(self))
        _copy_settings(self, copy, timeout, max_retries, poll_interval, wait_timeout, default_headers)
        copy._loop, copy._closer = None, None
        if copy._settings.timeout == self._settings.timeout and default_headers is _UNCHANGED:
            copy._http, copy._owns_http = self._http, False
            copy._api = magic_hour_api.Client(base_url=copy._settings.base_url).set_async_httpx_client(copy._http)
        else:  # a pool of its own, of the same kind when the SDK made this one (DefaultAioHttpClient stays aiohttp)
            copy._owns_http = True
            seconds = _timeout(copy._settings.timeout)
            fresh = remake(self._http, seconds, keep_own_timeout=timeout is _UNCHANGED) if self._owns_http else None
            copy._use_http(fresh or _async_http(seconds))
        copy._requester = AsyncRequester(copy._settings.retry)
        copy.v1 = AsyncSpecV1(AsyncEngine(copy))
        return copy

    async def batch(self, jobs: Jobs | None, **options: Any) -> BatchSummary:
        """Run many generations from a JSONL file or (module, params) pairs, journaled and resumable.

        See `magic_hour.batch.batch_async` for the options; returns a `magic_hour.batch.BatchSummary`.
        """
        from .batch import batch_async

        return await batch_async(self, jobs, **options)

    @property
    def base_url(self) -> str:
        return self._settings.base_url

    @functools.cached_property
    def webhooks(self) -> AsyncWebhooks:
        """Verify and parse webhook deliveries (with `webhook_secret`), and download what they announce."""
        from .webhooks import AsyncWebhooks

        return AsyncWebhooks(self)

    async def close(self) -> None:
        """Close the connection pool (only if this client created it, or it is a DefaultAioHttpClient).

        Safe on any loop: the pool is closed on the loop its connections belong to (one that asyncio.run()
        shut down closed it already, `close_at_loop_end`).
        """
        import asyncio

        if not self._owns_http:
            return
        loop, running = self._loop, asyncio.get_running_loop()
        if loop is None or loop is running:
            await self._http.aclose()
        elif loop.is_running():  # serving another thread: closed there
            await asyncio.wrap_future(asyncio.run_coroutine_threadsafe(self._http.aclose(), loop))
        elif not loop.is_closed():  # idle (loop.run_until_complete() returned): run it once more, off this one
            await asyncio.to_thread(loop.run_until_complete, self._http.aclose())
        else:
            with contextlib.suppress(RuntimeError):  # closed without asyncio.run()'s shutdown: nothing can reach it
                await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    def __repr__(self) -> str:
        return f"AsyncClient(base_url={self._settings.base_url!r})"


def _copy_settings(
    source: Client | AsyncClient,
    copy: Client | AsyncClient,
    timeout: Any,
    max_retries: Any,
    poll_interval: Any,
    wait_timeout: Any,
    default_headers: Any,
) -> None:
    old = source._settings
    retry = old.retry if max_retries is _UNCHANGED else attrs.evolve(old.retry, max_retries=check_retries(max_retries))
    wait = old.wait
    if poll_interval is not _UNCHANGED:
        interval = check_positive("poll_interval", poll_interval)
        wait = attrs.evolve(wait, poll_interval=interval, max_poll_interval=max(interval, 5.0))
    if wait_timeout is not _UNCHANGED:
        wait = attrs.evolve(
            wait, timeout=None if wait_timeout is None else check_positive("wait_timeout", wait_timeout)
        )
    copy._settings = attrs.evolve(
        old,
        timeout=old.timeout if timeout is _UNCHANGED else check_positive("timeout", timeout),
        retry=retry,
        wait=wait,
        default_headers=old.default_headers if default_headers is _UNCHANGED else dict(default_headers),
    )


def _wire(client: Client | AsyncClient, http: httpx.Client | httpx.AsyncClient) -> None:
    """Auth, base URL, the API headers and the response cap on `http`."""
    scope = _attach(http, client._settings)
    headers = _api_headers(client._settings)

    def on_request(request: httpx.Request) -> None:
        _add_headers(request, scope, headers)

    def on_response(response: httpx.Response) -> None:
        remember_request(response)
        bound_response(response, scope)

    if isinstance(http, httpx.AsyncClient):  # an async client awaits its hooks

        async def on_request_async(request: httpx.Request) -> None:
            on_request(request)

        async def on_response_async(response: httpx.Response) -> None:
            on_response(response)

        http.event_hooks["request"].append(on_request_async)
        http.event_hooks["response"].append(on_response_async)
    else:
        http.event_hooks["request"].append(on_request)
        http.event_hooks["response"].append(on_response)
