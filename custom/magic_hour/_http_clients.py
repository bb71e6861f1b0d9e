"""The async client's HTTP pools: httpx's own by default, or aiohttp's through the `aiohttp` extra.

Both are httpx.AsyncClient objects, so the SDK's auth, base URL, response cap and streaming work the same on
either; `DefaultAioHttpClient` only swaps the transport (httpx-aiohttp), which costs less CPU per request when
many workflows run at once (docs/benchmarks.md).
"""

from __future__ import annotations

from typing import Any

import httpx

#: Requests the async client keeps on the wire at once. Measured with 50 concurrent generate() calls
#: (scripts/bench): past this, more connections buy no speed on loopback, only more open sockets.
ASYNC_CONNECTIONS = 8
DEFAULT_TIMEOUT = 60.0


def api_timeout(seconds: float) -> httpx.Timeout:
    # No limit on waiting for a free connection: that is back-pressure from our own pool, not a failure.
    return httpx.Timeout(seconds, connect=min(seconds, 10.0), pool=None)


def _limits() -> httpx.Limits:
    return httpx.Limits(max_connections=ASYNC_CONNECTIONS, max_keepalive_connections=ASYNC_CONNECTIONS)


def default_async_http(timeout: httpx.Timeout) -> httpx.AsyncClient:
    """httpx's own transport: proxies, HTTP/2 (httpx's http2 extra), certificates and mounts as httpx documents."""
    return httpx.AsyncClient(timeout=timeout, limits=_limits())


def _aiohttp_base() -> type[httpx.AsyncClient]:
    try:
        from httpx_aiohttp import HttpxAiohttpClient
    except ImportError:
        return httpx.AsyncClient
    base: type[httpx.AsyncClient] = HttpxAiohttpClient
    return base


class DefaultAioHttpClient(_aiohttp_base()):  # type: ignore[misc]
    """An httpx.AsyncClient on aiohttp's transport with the SDK's defaults (timeouts, connection limit).

    Pass it to AsyncClient(http_client=DefaultAioHttpClient()). Needs the `aiohttp` extra:
    pip install 'magic-hour-sdk[aiohttp]'.
    """

    def __init__(self, **kwargs: Any) -> None:
        try:
            import httpx_aiohttp  # noqa: F401
        except ImportError:
            raise RuntimeError(
                "DefaultAioHttpClient needs httpx-aiohttp, which is not installed. Install the extra: "
                "pip install 'magic-hour-sdk[aiohttp]' (or use AsyncClient() on httpx's own transport)."
            ) from None
        kwargs.setdefault("timeout", api_timeout(DEFAULT_TIMEOUT))
        kwargs.setdefault("limits", _limits())
        super().__init__(**kwargs)
