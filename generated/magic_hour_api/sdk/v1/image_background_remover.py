"""``client.v1.image_background_remover``: written from openapi.yaml by scripts/generate; do not edit."""

from __future__ import annotations

import functools
import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, NotRequired, TypedDict, cast

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
    from magic_hour_api.models.image_background_remover_create_image_response_200 import (
        ImageBackgroundRemoverCreateImageResponse200,
    )


_CREATE = Operation(
    "POST",
    "/v1/image-background-remover",
    "magic_hour_api.api.image_projects.image_background_remover_create_image",
    "magic_hour_api.models.image_background_remover_create_image_body:ImageBackgroundRemoverCreateImageBody",
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


class V1ImageBackgroundRemoverCreateBodyAssets(TypedDict):
    """Provide the assets for background removal"""

    image_file_path: str
    """The image to remove the background."""
    background_image_file_path: NotRequired[str]
    """The image used as the new background for the image_file_path."""


class V1ImageBackgroundRemoverGenerateBodyAssets(TypedDict):
    """Provide the assets for background removal"""

    image_file_path: str | os.PathLike[str]
    """The image to remove the background."""
    background_image_file_path: NotRequired[str | os.PathLike[str]]
    """The image used as the new background for the image_file_path."""


class ImageBackgroundRemoverWithRawResponse:
    """``client.v1.image_background_remover`` with raw responses"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        assets: V1ImageBackgroundRemoverCreateBodyAssets,
        name: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[ImageBackgroundRemoverCreateImageResponse200]:
        """Image Background Remover: send one request. Charges credits.

        `POST /v1/image-background-remover`
        """
        body = fields(extra_body, {"assets": assets, "name": name})
        return cast(
            "RawResponse[ImageBackgroundRemoverCreateImageResponse200]",
            self._engine.request(_CREATE, body=body, max_retries=max_retries, raw=True),
        )


class ImageBackgroundRemover:
    """``client.v1.image_background_remover``"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        assets: V1ImageBackgroundRemoverCreateBodyAssets,
        name: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> ImageBackgroundRemoverCreateImageResponse200:
        """Image Background Remover: send one request. Charges credits.

        `POST /v1/image-background-remover`
        """
        body = fields(extra_body, {"assets": assets, "name": name})
        return cast(
            "ImageBackgroundRemoverCreateImageResponse200",
            self._engine.request(_CREATE, body=body, max_retries=max_retries),
        )

    def generate(
        self,
        *,
        assets: V1ImageBackgroundRemoverGenerateBodyAssets,
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
        """Image Background Remover: upload local files, create, wait for the result and download it.

        `POST /v1/image-background-remover`
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
    def with_raw_response(self) -> ImageBackgroundRemoverWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return ImageBackgroundRemoverWithRawResponse(self._engine)


class AsyncImageBackgroundRemoverWithRawResponse:
    """``client.v1.image_background_remover`` with raw responses (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        assets: V1ImageBackgroundRemoverCreateBodyAssets,
        name: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[ImageBackgroundRemoverCreateImageResponse200]:
        """Image Background Remover: send one request. Charges credits.

        `POST /v1/image-background-remover`
        """
        body = fields(extra_body, {"assets": assets, "name": name})
        return cast(
            "RawResponse[ImageBackgroundRemoverCreateImageResponse200]",
            await self._engine.request(_CREATE, body=body, max_retries=max_retries, raw=True),
        )


class AsyncImageBackgroundRemover:
    """``client.v1.image_background_remover`` (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        assets: V1ImageBackgroundRemoverCreateBodyAssets,
        name: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> ImageBackgroundRemoverCreateImageResponse200:
        """Image Background Remover: send one request. Charges credits.

        `POST /v1/image-background-remover`
        """
        body = fields(extra_body, {"assets": assets, "name": name})
        return cast(
            "ImageBackgroundRemoverCreateImageResponse200",
            await self._engine.request(_CREATE, body=body, max_retries=max_retries),
        )

    async def generate(
        self,
        *,
        assets: V1ImageBackgroundRemoverGenerateBodyAssets,
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
        """Image Background Remover: upload local files, create, wait for the result and download it.

        `POST /v1/image-background-remover`
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
    def with_raw_response(self) -> AsyncImageBackgroundRemoverWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return AsyncImageBackgroundRemoverWithRawResponse(self._engine)
