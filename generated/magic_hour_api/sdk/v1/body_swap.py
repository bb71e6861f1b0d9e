"""``client.v1.body_swap``: written from openapi.yaml by scripts/generate; do not edit."""

from __future__ import annotations

import functools
import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypedDict, cast

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
    from magic_hour_api.models.body_swap_create_image_response_200 import (
        BodySwapCreateImageResponse200,
    )


_CREATE = Operation(
    "POST",
    "/v1/body-swap",
    "magic_hour_api.api.image_projects.body_swap_create_image",
    "magic_hour_api.models.body_swap_create_image_body:BodySwapCreateImageBody",
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


class V1BodySwapCreateBodyAssets(TypedDict):
    """Person image and scene image for body swap"""

    person_file_path: str
    """Image of the person to place into the scene."""
    scene_file_path: str
    """Original scene image (background)."""


class V1BodySwapGenerateBodyAssets(TypedDict):
    """Person image and scene image for body swap"""

    person_file_path: str | os.PathLike[str]
    """Image of the person to place into the scene."""
    scene_file_path: str | os.PathLike[str]
    """Original scene image (background)."""


class BodySwapWithRawResponse:
    """``client.v1.body_swap`` with raw responses"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        resolution: Literal["640px", "1k", "2k", "4k"],
        assets: V1BodySwapCreateBodyAssets,
        name: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[BodySwapCreateImageResponse200]:
        """Body Swap: send one request. Charges credits.

        `POST /v1/body-swap`
        """
        body = fields(extra_body, {"resolution": resolution, "assets": assets, "name": name})
        return cast(
            "RawResponse[BodySwapCreateImageResponse200]",
            self._engine.request(_CREATE, body=body, max_retries=max_retries, raw=True),
        )


class BodySwap:
    """``client.v1.body_swap``"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        resolution: Literal["640px", "1k", "2k", "4k"],
        assets: V1BodySwapCreateBodyAssets,
        name: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> BodySwapCreateImageResponse200:
        """Body Swap: send one request. Charges credits.

        `POST /v1/body-swap`
        """
        body = fields(extra_body, {"resolution": resolution, "assets": assets, "name": name})
        return cast("BodySwapCreateImageResponse200", self._engine.request(_CREATE, body=body, max_retries=max_retries))

    def generate(
        self,
        *,
        resolution: Literal["640px", "1k", "2k", "4k"],
        assets: V1BodySwapGenerateBodyAssets,
        name: str | Unset = UNSET,
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
        """Body Swap: upload local files, create, wait for the result and download it.

        `POST /v1/body-swap`
        """
        body = fields(extra_body, {"resolution": resolution, "assets": assets, "name": name})
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
    def with_raw_response(self) -> BodySwapWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return BodySwapWithRawResponse(self._engine)


class AsyncBodySwapWithRawResponse:
    """``client.v1.body_swap`` with raw responses (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        resolution: Literal["640px", "1k", "2k", "4k"],
        assets: V1BodySwapCreateBodyAssets,
        name: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[BodySwapCreateImageResponse200]:
        """Body Swap: send one request. Charges credits.

        `POST /v1/body-swap`
        """
        body = fields(extra_body, {"resolution": resolution, "assets": assets, "name": name})
        return cast(
            "RawResponse[BodySwapCreateImageResponse200]",
            await self._engine.request(_CREATE, body=body, max_retries=max_retries, raw=True),
        )


class AsyncBodySwap:
    """``client.v1.body_swap`` (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        resolution: Literal["640px", "1k", "2k", "4k"],
        assets: V1BodySwapCreateBodyAssets,
        name: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> BodySwapCreateImageResponse200:
        """Body Swap: send one request. Charges credits.

        `POST /v1/body-swap`
        """
        body = fields(extra_body, {"resolution": resolution, "assets": assets, "name": name})
        return cast(
            "BodySwapCreateImageResponse200", await self._engine.request(_CREATE, body=body, max_retries=max_retries)
        )

    async def generate(
        self,
        *,
        resolution: Literal["640px", "1k", "2k", "4k"],
        assets: V1BodySwapGenerateBodyAssets,
        name: str | Unset = UNSET,
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
        """Body Swap: upload local files, create, wait for the result and download it.

        `POST /v1/body-swap`
        """
        body = fields(extra_body, {"resolution": resolution, "assets": assets, "name": name})
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
    def with_raw_response(self) -> AsyncBodySwapWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return AsyncBodySwapWithRawResponse(self._engine)
