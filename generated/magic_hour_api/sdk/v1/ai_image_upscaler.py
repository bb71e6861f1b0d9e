"""``client.v1.ai_image_upscaler``: written from openapi.yaml by scripts/generate; do not edit."""

from __future__ import annotations

import functools
import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, NotRequired, TypedDict, cast

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
    from magic_hour_api.models.ai_image_upscaler_create_image_response_200 import (
        AiImageUpscalerCreateImageResponse200,
    )


_CREATE = Operation(
    "POST",
    "/v1/ai-image-upscaler",
    "magic_hour_api.api.image_projects.ai_image_upscaler_create_image",
    "magic_hour_api.models.ai_image_upscaler_create_image_body:AiImageUpscalerCreateImageBody",
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


class V1AiImageUpscalerCreateBodyAssets(TypedDict):
    """Provide the assets for upscaling"""

    image_file_path: str
    """The image to upscale."""


class V1AiImageUpscalerCreateBodyStyle(TypedDict):
    """Style settings for the upscale."""

    mode: NotRequired[Literal["pro", "preserve", "balanced", "creative"]]
    """The upscaling mode."""
    prompt: NotRequired[str]
    """A prompt to guide the final image."""


class V1AiImageUpscalerGenerateBodyAssets(TypedDict):
    """Provide the assets for upscaling"""

    image_file_path: str | os.PathLike[str]
    """The image to upscale."""


class AiImageUpscalerWithRawResponse:
    """``client.v1.ai_image_upscaler`` with raw responses"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        scale_factor: float,
        assets: V1AiImageUpscalerCreateBodyAssets,
        name: str | Unset = UNSET,
        style: V1AiImageUpscalerCreateBodyStyle | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[AiImageUpscalerCreateImageResponse200]:
        """AI Image Upscaler: send one request. Charges credits.

        `POST /v1/ai-image-upscaler`
        """
        body = fields(extra_body, {"scale_factor": scale_factor, "assets": assets, "name": name, "style": style})
        return cast(
            "RawResponse[AiImageUpscalerCreateImageResponse200]",
            self._engine.request(_CREATE, body=body, max_retries=max_retries, raw=True),
        )


class AiImageUpscaler:
    """``client.v1.ai_image_upscaler``"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        scale_factor: float,
        assets: V1AiImageUpscalerCreateBodyAssets,
        name: str | Unset = UNSET,
        style: V1AiImageUpscalerCreateBodyStyle | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> AiImageUpscalerCreateImageResponse200:
        """AI Image Upscaler: send one request. Charges credits.

        `POST /v1/ai-image-upscaler`
        """
        body = fields(extra_body, {"scale_factor": scale_factor, "assets": assets, "name": name, "style": style})
        return cast(
            "AiImageUpscalerCreateImageResponse200", self._engine.request(_CREATE, body=body, max_retries=max_retries)
        )

    def generate(
        self,
        *,
        scale_factor: float,
        assets: V1AiImageUpscalerGenerateBodyAssets,
        name: str | Unset = UNSET,
        style: V1AiImageUpscalerCreateBodyStyle | Unset = UNSET,
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
        """AI Image Upscaler: upload local files, create, wait for the result and download it.

        `POST /v1/ai-image-upscaler`
        """
        body = fields(extra_body, {"scale_factor": scale_factor, "assets": assets, "name": name, "style": style})
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
    def with_raw_response(self) -> AiImageUpscalerWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return AiImageUpscalerWithRawResponse(self._engine)


class AsyncAiImageUpscalerWithRawResponse:
    """``client.v1.ai_image_upscaler`` with raw responses (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        scale_factor: float,
        assets: V1AiImageUpscalerCreateBodyAssets,
        name: str | Unset = UNSET,
        style: V1AiImageUpscalerCreateBodyStyle | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[AiImageUpscalerCreateImageResponse200]:
        """AI Image Upscaler: send one request. Charges credits.

        `POST /v1/ai-image-upscaler`
        """
        body = fields(extra_body, {"scale_factor": scale_factor, "assets": assets, "name": name, "style": style})
        return cast(
            "RawResponse[AiImageUpscalerCreateImageResponse200]",
            await self._engine.request(_CREATE, body=body, max_retries=max_retries, raw=True),
        )


class AsyncAiImageUpscaler:
    """``client.v1.ai_image_upscaler`` (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        scale_factor: float,
        assets: V1AiImageUpscalerCreateBodyAssets,
        name: str | Unset = UNSET,
        style: V1AiImageUpscalerCreateBodyStyle | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> AiImageUpscalerCreateImageResponse200:
        """AI Image Upscaler: send one request. Charges credits.

        `POST /v1/ai-image-upscaler`
        """
        body = fields(extra_body, {"scale_factor": scale_factor, "assets": assets, "name": name, "style": style})
        return cast(
            "AiImageUpscalerCreateImageResponse200",
            await self._engine.request(_CREATE, body=body, max_retries=max_retries),
        )

    async def generate(
        self,
        *,
        scale_factor: float,
        assets: V1AiImageUpscalerGenerateBodyAssets,
        name: str | Unset = UNSET,
        style: V1AiImageUpscalerCreateBodyStyle | Unset = UNSET,
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
        """AI Image Upscaler: upload local files, create, wait for the result and download it.

        `POST /v1/ai-image-upscaler`
        """
        body = fields(extra_body, {"scale_factor": scale_factor, "assets": assets, "name": name, "style": style})
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
    def with_raw_response(self) -> AsyncAiImageUpscalerWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return AsyncAiImageUpscalerWithRawResponse(self._engine)
