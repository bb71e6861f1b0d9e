"""``client.v1.head_swap``: written from openapi.yaml by scripts/generate; do not edit."""

from __future__ import annotations

import functools
import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict, cast

from ...types import UNSET, Unset
from .._engine import (
    AsyncEngine,
    Engine,
    Operation,
    ProgressCallback,
    RawResponse,
    WaitOptions,
    fields,
)
from .image_projects import ImageProjectsResult

if TYPE_CHECKING:
    from magic_hour_api.models.head_swap_create_image_response_200 import (
        HeadSwapCreateImageResponse200,
    )


_CREATE = Operation(
    "POST",
    "/v1/head-swap",
    "magic_hour_api.api.image_projects.head_swap_create_image",
    "magic_hour_api.models.head_swap_create_image_body:HeadSwapCreateImageBody",
    follow=Operation(
        "GET", "/v1/image-projects/{id}", "magic_hour_api.api.image_projects.image_projects_get_details", None
    ),
    upload=Operation(
        "POST",
        "/v1/files/upload-urls",
        "magic_hour_api.api.files.video_assets_generate_presigned_url",
        "magic_hour_api.models.video_assets_generate_presigned_url_body:VideoAssetsGeneratePresignedUrlBody",
    ),
)


class V1HeadSwapCreateBodyAssets(TypedDict):
    """Provide the body and head images for head swap"""

    body_file_path: str
    """Image that receives the swapped head."""
    head_file_path: str
    """Image of the head to place on the body."""


class V1HeadSwapGenerateBodyAssets(TypedDict):
    """Provide the body and head images for head swap"""

    body_file_path: str | os.PathLike[str]
    """Image that receives the swapped head."""
    head_file_path: str | os.PathLike[str]
    """Image of the head to place on the body."""


class HeadSwapWithRawResponse:
    """``client.v1.head_swap`` with raw responses"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        assets: V1HeadSwapCreateBodyAssets,
        name: str | Unset = UNSET,
        max_resolution: int | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[HeadSwapCreateImageResponse200]:
        """Head Swap: send one request. Charges credits.

        `POST /v1/head-swap`
        """
        body = fields(extra_body, {"assets": assets, "name": name, "max_resolution": max_resolution})
        return cast(
            "RawResponse[HeadSwapCreateImageResponse200]",
            self._engine.request(_CREATE, body=body, max_retries=max_retries, raw=True),
        )


class HeadSwap:
    """``client.v1.head_swap``"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        assets: V1HeadSwapCreateBodyAssets,
        name: str | Unset = UNSET,
        max_resolution: int | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> HeadSwapCreateImageResponse200:
        """Head Swap: send one request. Charges credits.

        `POST /v1/head-swap`
        """
        body = fields(extra_body, {"assets": assets, "name": name, "max_resolution": max_resolution})
        return cast("HeadSwapCreateImageResponse200", self._engine.request(_CREATE, body=body, max_retries=max_retries))

    def generate(
        self,
        *,
        assets: V1HeadSwapGenerateBodyAssets,
        name: str | Unset = UNSET,
        max_resolution: int | Unset = UNSET,
        wait_for_completion: bool = True,
        download_outputs: bool = True,
        download_directory: str | os.PathLike[str] | None = None,
        output_name: str | None = None,
        poll_interval: float | None = None,
        wait_timeout: float | None | Unset = UNSET,
        on_progress: ProgressCallback | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> ImageProjectsResult:
        """Head Swap: upload local files, create, wait for the result and download it.

        `POST /v1/head-swap`
        """
        body = fields(extra_body, {"assets": assets, "name": name, "max_resolution": max_resolution})
        options = WaitOptions(
            wait_for_completion,
            download_outputs,
            download_directory,
            output_name,
            poll_interval,
            wait_timeout,
            on_progress,
            max_retries,
        )
        project, paths = self._engine.generate(_CREATE, body, options)
        return ImageProjectsResult.extend(project, paths)

    @functools.cached_property
    def with_raw_response(self) -> HeadSwapWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return HeadSwapWithRawResponse(self._engine)


class AsyncHeadSwapWithRawResponse:
    """``client.v1.head_swap`` with raw responses (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        assets: V1HeadSwapCreateBodyAssets,
        name: str | Unset = UNSET,
        max_resolution: int | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[HeadSwapCreateImageResponse200]:
        """Head Swap: send one request. Charges credits.

        `POST /v1/head-swap`
        """
        body = fields(extra_body, {"assets": assets, "name": name, "max_resolution": max_resolution})
        return cast(
            "RawResponse[HeadSwapCreateImageResponse200]",
            await self._engine.request(_CREATE, body=body, max_retries=max_retries, raw=True),
        )


class AsyncHeadSwap:
    """``client.v1.head_swap`` (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        assets: V1HeadSwapCreateBodyAssets,
        name: str | Unset = UNSET,
        max_resolution: int | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> HeadSwapCreateImageResponse200:
        """Head Swap: send one request. Charges credits.

        `POST /v1/head-swap`
        """
        body = fields(extra_body, {"assets": assets, "name": name, "max_resolution": max_resolution})
        return cast(
            "HeadSwapCreateImageResponse200", await self._engine.request(_CREATE, body=body, max_retries=max_retries)
        )

    async def generate(
        self,
        *,
        assets: V1HeadSwapGenerateBodyAssets,
        name: str | Unset = UNSET,
        max_resolution: int | Unset = UNSET,
        wait_for_completion: bool = True,
        download_outputs: bool = True,
        download_directory: str | os.PathLike[str] | None = None,
        output_name: str | None = None,
        poll_interval: float | None = None,
        wait_timeout: float | None | Unset = UNSET,
        on_progress: ProgressCallback | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> ImageProjectsResult:
        """Head Swap: upload local files, create, wait for the result and download it.

        `POST /v1/head-swap`
        """
        body = fields(extra_body, {"assets": assets, "name": name, "max_resolution": max_resolution})
        options = WaitOptions(
            wait_for_completion,
            download_outputs,
            download_directory,
            output_name,
            poll_interval,
            wait_timeout,
            on_progress,
            max_retries,
        )
        project, paths = await self._engine.generate(_CREATE, body, options)
        return ImageProjectsResult.extend(project, paths)

    @functools.cached_property
    def with_raw_response(self) -> AsyncHeadSwapWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return AsyncHeadSwapWithRawResponse(self._engine)
