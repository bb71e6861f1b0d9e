"""``client.v1.saved_items``: written from openapi.yaml by scripts/generate; do not edit."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Literal, cast

from ...types import UNSET, Unset
from .._engine import (
    AsyncEngine,
    AsyncPager,
    Engine,
    Operation,
    RawResponse,
    SyncPage,
    either,
)

if TYPE_CHECKING:
    from magic_hour_api.models.saved_items_list_response_200 import (
        SavedItemsListResponse200,
    )
    from magic_hour_api.models.saved_items_list_response_200_items_item import (
        SavedItemsListResponse200ItemsItem,
    )


_LIST = Operation(
    "GET",
    "/v1/saved-items",
    "magic_hour_api.api.files.saved_items_list",
    None,
    query=(
        ("type", "type_"),
        ("limit", "limit"),
        ("cursor", "cursor"),
    ),
    paging=("items", "next_cursor", "cursor"),
)


class SavedItemsWithRawResponse:
    """``client.v1.saved_items`` with raw responses"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def list(
        self,
        *,
        type_: Literal["character", "reference", "voice", "moodboard", "brand_kit"] | Unset = UNSET,
        type: Literal["character", "reference", "voice", "moodboard", "brand_kit"] | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        max_retries: int | None = None,
    ) -> RawResponse[SavedItemsListResponse200]:
        """List saved items: one page, as the API answered it.

        `GET /v1/saved-items`
        """
        return cast(
            "RawResponse[SavedItemsListResponse200]",
            self._engine.request(
                _LIST,
                path={},
                query={"type": either(type_, type), "limit": limit, "cursor": cursor},
                max_retries=max_retries,
                raw=True,
            ),
        )


class SavedItems:
    """``client.v1.saved_items``"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def list(
        self,
        *,
        type_: Literal["character", "reference", "voice", "moodboard", "brand_kit"] | Unset = UNSET,
        type: Literal["character", "reference", "voice", "moodboard", "brand_kit"] | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        max_retries: int | None = None,
    ) -> SyncPage[SavedItemsListResponse200ItemsItem]:
        """List saved items: the first page; `for item in ...` walks every page.

        `GET /v1/saved-items`
        """
        return self._engine.paginate(
            _LIST,
            path={},
            query={"type": either(type_, type), "limit": limit, "cursor": cursor},
            max_retries=max_retries,
        )

    @functools.cached_property
    def with_raw_response(self) -> SavedItemsWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return SavedItemsWithRawResponse(self._engine)


class AsyncSavedItemsWithRawResponse:
    """``client.v1.saved_items`` with raw responses (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def list(
        self,
        *,
        type_: Literal["character", "reference", "voice", "moodboard", "brand_kit"] | Unset = UNSET,
        type: Literal["character", "reference", "voice", "moodboard", "brand_kit"] | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        max_retries: int | None = None,
    ) -> RawResponse[SavedItemsListResponse200]:
        """List saved items: one page, as the API answered it.

        `GET /v1/saved-items`
        """
        return cast(
            "RawResponse[SavedItemsListResponse200]",
            await self._engine.request(
                _LIST,
                path={},
                query={"type": either(type_, type), "limit": limit, "cursor": cursor},
                max_retries=max_retries,
                raw=True,
            ),
        )


class AsyncSavedItems:
    """``client.v1.saved_items`` (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    def list(
        self,
        *,
        type_: Literal["character", "reference", "voice", "moodboard", "brand_kit"] | Unset = UNSET,
        type: Literal["character", "reference", "voice", "moodboard", "brand_kit"] | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        max_retries: int | None = None,
    ) -> AsyncPager[SavedItemsListResponse200ItemsItem]:
        """List saved items: the first page; `async for item in ...` walks every page.

        `GET /v1/saved-items`
        """
        return self._engine.paginate(
            _LIST,
            path={},
            query={"type": either(type_, type), "limit": limit, "cursor": cursor},
            max_retries=max_retries,
        )

    @functools.cached_property
    def with_raw_response(self) -> AsyncSavedItemsWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return AsyncSavedItemsWithRawResponse(self._engine)
