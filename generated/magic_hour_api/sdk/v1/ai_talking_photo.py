"""``client.v1.ai_talking_photo``: written from openapi.yaml by scripts/generate; do not edit."""

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
from .video_projects import VideoProjectsResult

if TYPE_CHECKING:
    from magic_hour_api.models.ai_talking_photo_create_talking_photo_response_200 import (
        AiTalkingPhotoCreateTalkingPhotoResponse200,
    )


_CREATE = Operation(
    "POST",
    "/v1/ai-talking-photo",
    "magic_hour_api.api.video_projects.ai_talking_photo_create_talking_photo",
    "magic_hour_api.models.ai_talking_photo_create_talking_photo_body:AiTalkingPhotoCreateTalkingPhotoBody",
    follow=Operation(
        "GET", "/v1/video-projects/{id}", "magic_hour_api.api.video_projects.video_projects_get_details", None
    ),
    upload=Operation(
        "POST",
        "/v1/files/upload-urls",
        "magic_hour_api.api.files.video_assets_generate_presigned_url",
        "magic_hour_api.models.video_assets_generate_presigned_url_body:VideoAssetsGeneratePresignedUrlBody",
    ),
)


class V1AiTalkingPhotoCreateBodyAssets(TypedDict):
    """Provide the assets for creating a talking photo"""

    image_file_path: str
    """The source image to animate."""
    audio_file_path: str
    """The audio file to sync with the image."""


class V1AiTalkingPhotoCreateBodyStyle(TypedDict):
    """Attributes used to dictate the style of the output"""

    generation_mode: NotRequired[Literal["realistic", "prompted", "pro", "standard", "stable", "expressive"]]
    """Controls overall motion style."""
    prompt: NotRequired[str]
    """A text prompt to guide the generation."""


class V1AiTalkingPhotoGenerateBodyAssets(TypedDict):
    """Provide the assets for creating a talking photo"""

    image_file_path: str | os.PathLike[str]
    """The source image to animate."""
    audio_file_path: str | os.PathLike[str]
    """The audio file to sync with the image."""


class AiTalkingPhotoWithRawResponse:
    """``client.v1.ai_talking_photo`` with raw responses"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        start_seconds: float,
        end_seconds: float,
        assets: V1AiTalkingPhotoCreateBodyAssets,
        name: str | Unset = UNSET,
        style: V1AiTalkingPhotoCreateBodyStyle | Unset = UNSET,
        max_resolution: int | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[AiTalkingPhotoCreateTalkingPhotoResponse200]:
        """AI Talking Photo: send one request. Charges credits.

        `POST /v1/ai-talking-photo`
        """
        body = fields(
            extra_body,
            {
                "start_seconds": start_seconds,
                "end_seconds": end_seconds,
                "assets": assets,
                "name": name,
                "style": style,
                "max_resolution": max_resolution,
            },
        )
        return cast(
            "RawResponse[AiTalkingPhotoCreateTalkingPhotoResponse200]",
            self._engine.request(_CREATE, body=body, max_retries=max_retries, raw=True),
        )


class AiTalkingPhoto:
    """``client.v1.ai_talking_photo``"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        start_seconds: float,
        end_seconds: float,
        assets: V1AiTalkingPhotoCreateBodyAssets,
        name: str | Unset = UNSET,
        style: V1AiTalkingPhotoCreateBodyStyle | Unset = UNSET,
        max_resolution: int | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> AiTalkingPhotoCreateTalkingPhotoResponse200:
        """AI Talking Photo: send one request. Charges credits.

        `POST /v1/ai-talking-photo`
        """
        body = fields(
            extra_body,
            {
                "start_seconds": start_seconds,
                "end_seconds": end_seconds,
                "assets": assets,
                "name": name,
                "style": style,
                "max_resolution": max_resolution,
            },
        )
        return cast(
            "AiTalkingPhotoCreateTalkingPhotoResponse200",
            self._engine.request(_CREATE, body=body, max_retries=max_retries),
        )

    def generate(
        self,
        *,
        start_seconds: float,
        end_seconds: float,
        assets: V1AiTalkingPhotoGenerateBodyAssets,
        name: str | Unset = UNSET,
        style: V1AiTalkingPhotoCreateBodyStyle | Unset = UNSET,
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
    ) -> VideoProjectsResult:
        """AI Talking Photo: upload local files, create, wait for the result and download it.

        `POST /v1/ai-talking-photo`
        """
        body = fields(
            extra_body,
            {
                "start_seconds": start_seconds,
                "end_seconds": end_seconds,
                "assets": assets,
                "name": name,
                "style": style,
                "max_resolution": max_resolution,
            },
        )
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
        return VideoProjectsResult.extend(project, paths)

    @functools.cached_property
    def with_raw_response(self) -> AiTalkingPhotoWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return AiTalkingPhotoWithRawResponse(self._engine)


class AsyncAiTalkingPhotoWithRawResponse:
    """``client.v1.ai_talking_photo`` with raw responses (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        start_seconds: float,
        end_seconds: float,
        assets: V1AiTalkingPhotoCreateBodyAssets,
        name: str | Unset = UNSET,
        style: V1AiTalkingPhotoCreateBodyStyle | Unset = UNSET,
        max_resolution: int | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[AiTalkingPhotoCreateTalkingPhotoResponse200]:
        """AI Talking Photo: send one request. Charges credits.

        `POST /v1/ai-talking-photo`
        """
        body = fields(
            extra_body,
            {
                "start_seconds": start_seconds,
                "end_seconds": end_seconds,
                "assets": assets,
                "name": name,
                "style": style,
                "max_resolution": max_resolution,
            },
        )
        return cast(
            "RawResponse[AiTalkingPhotoCreateTalkingPhotoResponse200]",
            await self._engine.request(_CREATE, body=body, max_retries=max_retries, raw=True),
        )


class AsyncAiTalkingPhoto:
    """``client.v1.ai_talking_photo`` (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        start_seconds: float,
        end_seconds: float,
        assets: V1AiTalkingPhotoCreateBodyAssets,
        name: str | Unset = UNSET,
        style: V1AiTalkingPhotoCreateBodyStyle | Unset = UNSET,
        max_resolution: int | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> AiTalkingPhotoCreateTalkingPhotoResponse200:
        """AI Talking Photo: send one request. Charges credits.

        `POST /v1/ai-talking-photo`
        """
        body = fields(
            extra_body,
            {
                "start_seconds": start_seconds,
                "end_seconds": end_seconds,
                "assets": assets,
                "name": name,
                "style": style,
                "max_resolution": max_resolution,
            },
        )
        return cast(
            "AiTalkingPhotoCreateTalkingPhotoResponse200",
            await self._engine.request(_CREATE, body=body, max_retries=max_retries),
        )

    async def generate(
        self,
        *,
        start_seconds: float,
        end_seconds: float,
        assets: V1AiTalkingPhotoGenerateBodyAssets,
        name: str | Unset = UNSET,
        style: V1AiTalkingPhotoCreateBodyStyle | Unset = UNSET,
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
    ) -> VideoProjectsResult:
        """AI Talking Photo: upload local files, create, wait for the result and download it.

        `POST /v1/ai-talking-photo`
        """
        body = fields(
            extra_body,
            {
                "start_seconds": start_seconds,
                "end_seconds": end_seconds,
                "assets": assets,
                "name": name,
                "style": style,
                "max_resolution": max_resolution,
            },
        )
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
        return VideoProjectsResult.extend(project, paths)

    @functools.cached_property
    def with_raw_response(self) -> AsyncAiTalkingPhotoWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return AsyncAiTalkingPhotoWithRawResponse(self._engine)
