"""``client.v1.image_to_video``: written from openapi.yaml by scripts/generate; do not edit."""

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
    from magic_hour_api.models.image_to_video_create_video_response_200 import (
        ImageToVideoCreateVideoResponse200,
    )


_CREATE = Operation(
    "POST",
    "/v1/image-to-video",
    "magic_hour_api.api.video_projects.image_to_video_create_video",
    "magic_hour_api.models.image_to_video_create_video_body:ImageToVideoCreateVideoBody",
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


class V1ImageToVideoCreateBodyAssets(TypedDict):
    """Provide the assets for image-to-video."""

    image_file_path: str
    """The path of the image file."""
    end_image_file_path: NotRequired[str]
    """The image to use as the last frame of the video."""


class V1ImageToVideoCreateBodyStyle(TypedDict):
    """Attributed used to dictate the style of the output"""

    prompt: NotRequired[str]
    """The prompt used for the video."""


class V1ImageToVideoGenerateBodyAssets(TypedDict):
    """Provide the assets for image-to-video."""

    image_file_path: str | os.PathLike[str]
    """The path of the image file."""
    end_image_file_path: NotRequired[str | os.PathLike[str]]
    """The image to use as the last frame of the video."""


class ImageToVideoWithRawResponse:
    """``client.v1.image_to_video`` with raw responses"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        end_seconds: float,
        assets: V1ImageToVideoCreateBodyAssets,
        name: str | Unset = UNSET,
        model: Literal[
            "default",
            "kling-3.0",
            "ltx-2.5",
            "seedance-2.0-mini",
            "wan-3.0",
            "seedance-2.5",
            "gemini-omni-1.1",
            "minimax-h3",
            "wan-2.2",
            "seedance-1.5",
            "seedance-2.0",
            "veo3.1-lite",
            "sora-2",
            "veo3.1",
            "kling-2.6",
            "ltx-2.3",
            "ltx-2",
            "kling-2.5",
            "kling-1.6",
            "seedance",
            "kling-2.5-audio",
            "veo3.1-audio",
        ]
        | Unset = UNSET,
        resolution: Literal["360p", "480p", "720p", "1080p", "4k"] | Unset = UNSET,
        audio: bool | Unset = UNSET,
        style: V1ImageToVideoCreateBodyStyle | Unset = UNSET,
        width: int | None | Unset = UNSET,
        height: int | None | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[ImageToVideoCreateVideoResponse200]:
        """Image-to-Video: send one request. Charges credits.

        `POST /v1/image-to-video`
        """
        body = fields(
            extra_body,
            {
                "end_seconds": end_seconds,
                "assets": assets,
                "name": name,
                "model": model,
                "resolution": resolution,
                "audio": audio,
                "style": style,
                "width": width,
                "height": height,
            },
        )
        return cast(
            "RawResponse[ImageToVideoCreateVideoResponse200]",
            self._engine.request(_CREATE, body=body, max_retries=max_retries, raw=True),
        )


class ImageToVideo:
    """``client.v1.image_to_video``"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        end_seconds: float,
        assets: V1ImageToVideoCreateBodyAssets,
        name: str | Unset = UNSET,
        model: Literal[
            "default",
            "kling-3.0",
            "ltx-2.5",
            "seedance-2.0-mini",
            "wan-3.0",
            "seedance-2.5",
            "gemini-omni-1.1",
            "minimax-h3",
            "wan-2.2",
            "seedance-1.5",
            "seedance-2.0",
            "veo3.1-lite",
            "sora-2",
            "veo3.1",
            "kling-2.6",
            "ltx-2.3",
            "ltx-2",
            "kling-2.5",
            "kling-1.6",
            "seedance",
            "kling-2.5-audio",
            "veo3.1-audio",
        ]
        | Unset = UNSET,
        resolution: Literal["360p", "480p", "720p", "1080p", "4k"] | Unset = UNSET,
        audio: bool | Unset = UNSET,
        style: V1ImageToVideoCreateBodyStyle | Unset = UNSET,
        width: int | None | Unset = UNSET,
        height: int | None | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> ImageToVideoCreateVideoResponse200:
        """Image-to-Video: send one request. Charges credits.

        `POST /v1/image-to-video`
        """
        body = fields(
            extra_body,
            {
                "end_seconds": end_seconds,
                "assets": assets,
                "name": name,
                "model": model,
                "resolution": resolution,
                "audio": audio,
                "style": style,
                "width": width,
                "height": height,
            },
        )
        return cast(
            "ImageToVideoCreateVideoResponse200", self._engine.request(_CREATE, body=body, max_retries=max_retries)
        )

    def generate(
        self,
        *,
        end_seconds: float,
        assets: V1ImageToVideoGenerateBodyAssets,
        name: str | Unset = UNSET,
        model: Literal[
            "default",
            "kling-3.0",
            "ltx-2.5",
            "seedance-2.0-mini",
            "wan-3.0",
            "seedance-2.5",
            "gemini-omni-1.1",
            "minimax-h3",
            "wan-2.2",
            "seedance-1.5",
            "seedance-2.0",
            "veo3.1-lite",
            "sora-2",
            "veo3.1",
            "kling-2.6",
            "ltx-2.3",
            "ltx-2",
            "kling-2.5",
            "kling-1.6",
            "seedance",
            "kling-2.5-audio",
            "veo3.1-audio",
        ]
        | Unset = UNSET,
        resolution: Literal["360p", "480p", "720p", "1080p", "4k"] | Unset = UNSET,
        audio: bool | Unset = UNSET,
        style: V1ImageToVideoCreateBodyStyle | Unset = UNSET,
        width: int | None | Unset = UNSET,
        height: int | None | Unset = UNSET,
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
        """Image-to-Video: upload local files, create, wait for the result and download it.

        `POST /v1/image-to-video`
        """
        body = fields(
            extra_body,
            {
                "end_seconds": end_seconds,
                "assets": assets,
                "name": name,
                "model": model,
                "resolution": resolution,
                "audio": audio,
                "style": style,
                "width": width,
                "height": height,
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
    def with_raw_response(self) -> ImageToVideoWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return ImageToVideoWithRawResponse(self._engine)


class AsyncImageToVideoWithRawResponse:
    """``client.v1.image_to_video`` with raw responses (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        end_seconds: float,
        assets: V1ImageToVideoCreateBodyAssets,
        name: str | Unset = UNSET,
        model: Literal[
            "default",
            "kling-3.0",
            "ltx-2.5",
            "seedance-2.0-mini",
            "wan-3.0",
            "seedance-2.5",
            "gemini-omni-1.1",
            "minimax-h3",
            "wan-2.2",
            "seedance-1.5",
            "seedance-2.0",
            "veo3.1-lite",
            "sora-2",
            "veo3.1",
            "kling-2.6",
            "ltx-2.3",
            "ltx-2",
            "kling-2.5",
            "kling-1.6",
            "seedance",
            "kling-2.5-audio",
            "veo3.1-audio",
        ]
        | Unset = UNSET,
        resolution: Literal["360p", "480p", "720p", "1080p", "4k"] | Unset = UNSET,
        audio: bool | Unset = UNSET,
        style: V1ImageToVideoCreateBodyStyle | Unset = UNSET,
        width: int | None | Unset = UNSET,
        height: int | None | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[ImageToVideoCreateVideoResponse200]:
        """Image-to-Video: send one request. Charges credits.

        `POST /v1/image-to-video`
        """
        body = fields(
            extra_body,
            {
                "end_seconds": end_seconds,
                "assets": assets,
                "name": name,
                "model": model,
                "resolution": resolution,
                "audio": audio,
                "style": style,
                "width": width,
                "height": height,
            },
        )
        return cast(
            "RawResponse[ImageToVideoCreateVideoResponse200]",
            await self._engine.request(_CREATE, body=body, max_retries=max_retries, raw=True),
        )


class AsyncImageToVideo:
    """``client.v1.image_to_video`` (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        end_seconds: float,
        assets: V1ImageToVideoCreateBodyAssets,
        name: str | Unset = UNSET,
        model: Literal[
            "default",
            "kling-3.0",
            "ltx-2.5",
            "seedance-2.0-mini",
            "wan-3.0",
            "seedance-2.5",
            "gemini-omni-1.1",
            "minimax-h3",
            "wan-2.2",
            "seedance-1.5",
            "seedance-2.0",
            "veo3.1-lite",
            "sora-2",
            "veo3.1",
            "kling-2.6",
            "ltx-2.3",
            "ltx-2",
            "kling-2.5",
            "kling-1.6",
            "seedance",
            "kling-2.5-audio",
            "veo3.1-audio",
        ]
        | Unset = UNSET,
        resolution: Literal["360p", "480p", "720p", "1080p", "4k"] | Unset = UNSET,
        audio: bool | Unset = UNSET,
        style: V1ImageToVideoCreateBodyStyle | Unset = UNSET,
        width: int | None | Unset = UNSET,
        height: int | None | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> ImageToVideoCreateVideoResponse200:
        """Image-to-Video: send one request. Charges credits.

        `POST /v1/image-to-video`
        """
        body = fields(
            extra_body,
            {
                "end_seconds": end_seconds,
                "assets": assets,
                "name": name,
                "model": model,
                "resolution": resolution,
                "audio": audio,
                "style": style,
                "width": width,
                "height": height,
            },
        )
        return cast(
            "ImageToVideoCreateVideoResponse200",
            await self._engine.request(_CREATE, body=body, max_retries=max_retries),
        )

    async def generate(
        self,
        *,
        end_seconds: float,
        assets: V1ImageToVideoGenerateBodyAssets,
        name: str | Unset = UNSET,
        model: Literal[
            "default",
            "kling-3.0",
            "ltx-2.5",
            "seedance-2.0-mini",
            "wan-3.0",
            "seedance-2.5",
            "gemini-omni-1.1",
            "minimax-h3",
            "wan-2.2",
            "seedance-1.5",
            "seedance-2.0",
            "veo3.1-lite",
            "sora-2",
            "veo3.1",
            "kling-2.6",
            "ltx-2.3",
            "ltx-2",
            "kling-2.5",
            "kling-1.6",
            "seedance",
            "kling-2.5-audio",
            "veo3.1-audio",
        ]
        | Unset = UNSET,
        resolution: Literal["360p", "480p", "720p", "1080p", "4k"] | Unset = UNSET,
        audio: bool | Unset = UNSET,
        style: V1ImageToVideoCreateBodyStyle | Unset = UNSET,
        width: int | None | Unset = UNSET,
        height: int | None | Unset = UNSET,
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
        """Image-to-Video: upload local files, create, wait for the result and download it.

        `POST /v1/image-to-video`
        """
        body = fields(
            extra_body,
            {
                "end_seconds": end_seconds,
                "assets": assets,
                "name": name,
                "model": model,
                "resolution": resolution,
                "audio": audio,
                "style": style,
                "width": width,
                "height": height,
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
    def with_raw_response(self) -> AsyncImageToVideoWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return AsyncImageToVideoWithRawResponse(self._engine)
