"""``client.v1.account``: written from openapi.yaml by scripts/generate; do not edit."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, cast

from .._engine import (
    AsyncEngine,
    Engine,
    Operation,
    RawResponse,
)

if TYPE_CHECKING:
    from magic_hour_api.models.account_get_response_200 import AccountGetResponse200


_GET = Operation("GET", "/v1/account", "magic_hour_api.api.account.account_get", None)


class AccountWithRawResponse:
    """``client.v1.account`` with raw responses"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def get(self, *, max_retries: int | None = None) -> RawResponse[AccountGetResponse200]:
        """Get account details: the current state.

        `GET /v1/account`
        """
        return cast(
            "RawResponse[AccountGetResponse200]", self._engine.request(_GET, path={}, max_retries=max_retries, raw=True)
        )


class Account:
    """``client.v1.account``"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def get(self, *, max_retries: int | None = None) -> AccountGetResponse200:
        """Get account details: the current state.

        `GET /v1/account`
        """
        return cast("AccountGetResponse200", self._engine.request(_GET, path={}, max_retries=max_retries))

    @functools.cached_property
    def with_raw_response(self) -> AccountWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return AccountWithRawResponse(self._engine)


class AsyncAccountWithRawResponse:
    """``client.v1.account`` with raw responses (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def get(self, *, max_retries: int | None = None) -> RawResponse[AccountGetResponse200]:
        """Get account details: the current state.

        `GET /v1/account`
        """
        return cast(
            "RawResponse[AccountGetResponse200]",
            await self._engine.request(_GET, path={}, max_retries=max_retries, raw=True),
        )


class AsyncAccount:
    """``client.v1.account`` (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def get(self, *, max_retries: int | None = None) -> AccountGetResponse200:
        """Get account details: the current state.

        `GET /v1/account`
        """
        return cast("AccountGetResponse200", await self._engine.request(_GET, path={}, max_retries=max_retries))

    @functools.cached_property
    def with_raw_response(self) -> AsyncAccountWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return AsyncAccountWithRawResponse(self._engine)
