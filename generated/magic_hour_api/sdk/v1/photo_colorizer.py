"""``client.v1.photo_colorizer``: written from openapi.yaml by scripts/generate; do not edit."""

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
    from magic_hour_api.models.photo_colorizer_create_image_response_200 import (
        PhotoColorizerCreateImageResponse200,
    )


_CREATE = Operation(
    "POST",
    "/v1/photo-colorizer",
    "magic_hour_api.api.image_projects.photo_colorizer_create_image",
    "magic_hour_api.models.photo_colorizer_create_image_body:PhotoColorizerCreateImageBody",
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


class V1PhotoColorizerCreateBodyAssets(TypedDict):
    """Provide the assets for photo colorization"""

    image_file_path: str
    """The image used to generate the colorized image."""


class V1PhotoColorizerGenerateBodyAssets(TypedDict):
    """Provide the assets for photo colorization"""

    image_file_path: str | os.PathLike[str]
    """The image used to generate the colorized image."""


class PhotoColorizerWithRawResponse:
    """``client.v1.photo_colorizer`` with raw responses"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        assets: V1PhotoColorizerCreateBodyAssets,
        name: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[PhotoColorizerCreateImageResponse200]:
        """Photo Colorizer: send one request. Charges credits.

        `POST /v1/photo-colorizer`
        """
        body = fields(extra_body, {"assets": assets, "name": name})
        return cast(
            "RawResponse[PhotoColorizerCreateImageResponse200]",
            self._engine.request(_CREATE, body=body, max_retries=max_retries, raw=True),
        )


class PhotoColorizer:
    """``client.v1.photo_colorizer``"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        assets: V1PhotoColorizerCreateBodyAssets,
        name: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> PhotoColorizerCreateImageResponse200:
        """Photo Colorizer: send one request. Charges credits.

        `POST /v1/photo-colorizer`
        """
        body = fields(extra_body, {"assets": assets, "name": name})
        return cast(
            "PhotoColorizerCreateImageResponse200", self._engine.request(_CREATE, body=body, max_retries=max_retries)
        )

    def generate(
        self,
        *,
        assets: V1PhotoColorizerGenerateBodyAssets,
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
        """Photo Colorizer: upload local files, create, wait for the result and download it.

        `POST /v1/photo-colorizer`
        """
        body = fields(extra_body, {"assets": assets, "name": name})
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
    def with_raw_response(self) -> PhotoColorizerWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return PhotoColorizerWithRawResponse(self._engine)


class AsyncPhotoColorizerWithRawResponse:
    """``client.v1.photo_colorizer`` with raw responses (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        assets: V1PhotoColorizerCreateBodyAssets,
        name: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[PhotoColorizerCreateImageResponse200]:
        """Photo Colorizer: send one request. Charges credits.

        `POST /v1/photo-colorizer`
        """
        body = fields(extra_body, {"assets": assets, "name": name})
        return cast(
            "RawResponse[PhotoColorizerCreateImageResponse200]",
            await self._engine.request(_CREATE, body=body, max_retries=max_retries, raw=True),
        )


class AsyncPhotoColorizer:
    """``client.v1.photo_colorizer`` (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        assets: V1PhotoColorizerCreateBodyAssets,
        name: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> PhotoColorizerCreateImageResponse200:
        """Photo Colorizer: send one request. Charges credits.

        `POST /v1/photo-colorizer`
        """
        body = fields(extra_body, {"assets": assets, "name": name})
        return cast(
            "PhotoColorizerCreateImageResponse200",
            await self._engine.request(_CREATE, body=body, max_retries=max_retries),
        )

    async def generate(
        self,
        *,
        assets: V1PhotoColorizerGenerateBodyAssets,
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
        """Photo Colorizer: upload local files, create, wait for the result and download it.

        `POST /v1/photo-colorizer`
        """
        body = fields(extra_body, {"assets": assets, "name": name})
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
    def with_raw_response(self) -> AsyncPhotoColorizerWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return AsyncPhotoColorizerWithRawResponse(self._engine)
