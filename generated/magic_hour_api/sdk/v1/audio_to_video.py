"""``client.v1.audio_to_video``: written from openapi.yaml by scripts/generate; do not edit."""

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
    from magic_hour_api.models.audio_to_video_create_video_response_200 import (
        AudioToVideoCreateVideoResponse200,
    )


_CREATE = Operation(
    "POST",
    "/v1/audio-to-video",
    "magic_hour_api.api.video_projects.audio_to_video_create_video",
    "magic_hour_api.models.audio_to_video_create_video_body:AudioToVideoCreateVideoBody",
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


class V1AudioToVideoCreateBodyAssets(TypedDict):
    """Provide the audio file and an optional reference image."""

    audio_file_path: str
    """The path of the audio file."""
    image_file_path: NotRequired[str]
    """Reference image for the initial frame of the video."""


class V1AudioToVideoCreateBodyStyle(TypedDict):
    """Attributes used to dictate the style of the output"""

    prompt: NotRequired[str]
    """Prompt to guide the visual style of the video."""


class V1AudioToVideoGenerateBodyAssets(TypedDict):
    """Provide the audio file and an optional reference image."""

    audio_file_path: str | os.PathLike[str]
    """The path of the audio file."""
    image_file_path: NotRequired[str | os.PathLike[str]]
    """Reference image for the initial frame of the video."""


class AudioToVideoWithRawResponse:
    """``client.v1.audio_to_video`` with raw responses"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        end_seconds: float,
        assets: V1AudioToVideoCreateBodyAssets,
        name: str | Unset = UNSET,
        start_seconds: float | Unset = UNSET,
        resolution: Literal["480p", "720p", "1080p"] | Unset = UNSET,
        style: V1AudioToVideoCreateBodyStyle | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[AudioToVideoCreateVideoResponse200]:
        """Audio-to-Video: send one request. Charges credits.

        `POST /v1/audio-to-video`
        """
        body = fields(
            extra_body,
            {
                "end_seconds": end_seconds,
                "assets": assets,
                "name": name,
                "start_seconds": start_seconds,
                "resolution": resolution,
                "style": style,
            },
        )
        return cast(
            "RawResponse[AudioToVideoCreateVideoResponse200]",
            self._engine.request(_CREATE, body=body, max_retries=max_retries, raw=True),
        )


class AudioToVideo:
    """``client.v1.audio_to_video``"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        end_seconds: float,
        assets: V1AudioToVideoCreateBodyAssets,
        name: str | Unset = UNSET,
        start_seconds: float | Unset = UNSET,
        resolution: Literal["480p", "720p", "1080p"] | Unset = UNSET,
        style: V1AudioToVideoCreateBodyStyle | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> AudioToVideoCreateVideoResponse200:
        """Audio-to-Video: send one request. Charges credits.

        `POST /v1/audio-to-video`
        """
        body = fields(
            extra_body,
            {
                "end_seconds": end_seconds,
                "assets": assets,
                "name": name,
                "start_seconds": start_seconds,
                "resolution": resolution,
                "style": style,
            },
        )
        return cast(
            "AudioToVideoCreateVideoResponse200", self._engine.request(_CREATE, body=body, max_retries=max_retries)
        )

    def generate(
        self,
        *,
        end_seconds: float,
        assets: V1AudioToVideoGenerateBodyAssets,
        name: str | Unset = UNSET,
        start_seconds: float | Unset = UNSET,
        resolution: Literal["480p", "720p", "1080p"] | Unset = UNSET,
        style: V1AudioToVideoCreateBodyStyle | Unset = UNSET,
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
        """Audio-to-Video: upload local files, create, wait for the result and download it.

        `POST /v1/audio-to-video`
        """
        body = fields(
            extra_body,
            {
                "end_seconds": end_seconds,
                "assets": assets,
                "name": name,
                "start_seconds": start_seconds,
                "resolution": resolution,
                "style": style,
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
    def with_raw_response(self) -> AudioToVideoWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return AudioToVideoWithRawResponse(self._engine)


class AsyncAudioToVideoWithRawResponse:
    """``client.v1.audio_to_video`` with raw responses (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        end_seconds: float,
        assets: V1AudioToVideoCreateBodyAssets,
        name: str | Unset = UNSET,
        start_seconds: float | Unset = UNSET,
        resolution: Literal["480p", "720p", "1080p"] | Unset = UNSET,
        style: V1AudioToVideoCreateBodyStyle | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[AudioToVideoCreateVideoResponse200]:
        """Audio-to-Video: send one request. Charges credits.

        `POST /v1/audio-to-video`
        """
        body = fields(
            extra_body,
            {
                "end_seconds": end_seconds,
                "assets": assets,
                "name": name,
                "start_seconds": start_seconds,
                "resolution": resolution,
                "style": style,
            },
        )
        return cast(
            "RawResponse[AudioToVideoCreateVideoResponse200]",
            await self._engine.request(_CREATE, body=body, max_retries=max_retries, raw=True),
        )


class AsyncAudioToVideo:
    """``client.v1.audio_to_video`` (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        end_seconds: float,
        assets: V1AudioToVideoCreateBodyAssets,
        name: str | Unset = UNSET,
        start_seconds: float | Unset = UNSET,
        resolution: Literal["480p", "720p", "1080p"] | Unset = UNSET,
        style: V1AudioToVideoCreateBodyStyle | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> AudioToVideoCreateVideoResponse200:
        """Audio-to-Video: send one request. Charges credits.

        `POST /v1/audio-to-video`
        """
        body = fields(
            extra_body,
            {
                "end_seconds": end_seconds,
                "assets": assets,
                "name": name,
                "start_seconds": start_seconds,
                "resolution": resolution,
                "style": style,
            },
        )
        return cast(
            "AudioToVideoCreateVideoResponse200",
            await self._engine.request(_CREATE, body=body, max_retries=max_retries),
        )

    async def generate(
        self,
        *,
        end_seconds: float,
        assets: V1AudioToVideoGenerateBodyAssets,
        name: str | Unset = UNSET,
        start_seconds: float | Unset = UNSET,
        resolution: Literal["480p", "720p", "1080p"] | Unset = UNSET,
        style: V1AudioToVideoCreateBodyStyle | Unset = UNSET,
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
        """Audio-to-Video: upload local files, create, wait for the result and download it.

        `POST /v1/audio-to-video`
        """
        body = fields(
            extra_body,
            {
                "end_seconds": end_seconds,
                "assets": assets,
                "name": name,
                "start_seconds": start_seconds,
                "resolution": resolution,
                "style": style,
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
    def with_raw_response(self) -> AsyncAudioToVideoWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return AsyncAudioToVideoWithRawResponse(self._engine)
