"""``client.v1.text_to_video``: written from openapi.yaml by scripts/generate; do not edit."""

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
from .video_projects import VideoProjectsResult

if TYPE_CHECKING:
    from magic_hour_api.models.text_to_video_create_video_response_200 import (
        TextToVideoCreateVideoResponse200,
    )


_CREATE = Operation(
    "POST",
    "/v1/text-to-video",
    "magic_hour_api.api.video_projects.text_to_video_create_video",
    "magic_hour_api.models.text_to_video_create_video_body:TextToVideoCreateVideoBody",
    follow=Operation(
        "GET", "/v1/video-projects/{id}", "magic_hour_api.api.video_projects.video_projects_get_details", None
    ),
)


class V1TextToVideoCreateBodyStyle(TypedDict):
    """V1TextToVideoCreateBodyStyle"""

    prompt: str
    """The prompt used for the video."""


class V1TextToVideoCreateBodyReferencesItem(TypedDict):
    """V1TextToVideoCreateBodyReferencesItem"""

    name: str
    file_path: str


class TextToVideoWithRawResponse:
    """``client.v1.text_to_video`` with raw responses"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        end_seconds: float,
        style: V1TextToVideoCreateBodyStyle,
        name: str | Unset = UNSET,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Unset = UNSET,
        resolution: Literal["360p", "480p", "720p", "1080p", "4k"] | Unset = UNSET,
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
        audio: bool | Unset = UNSET,
        references: list[V1TextToVideoCreateBodyReferencesItem] | Unset = UNSET,
        orientation: Literal["portrait", "landscape", "square"] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[TextToVideoCreateVideoResponse200]:
        """Text-to-Video: send one request. Charges credits.

        `POST /v1/text-to-video`
        """
        body = fields(
            extra_body,
            {
                "end_seconds": end_seconds,
                "style": style,
                "name": name,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "model": model,
                "audio": audio,
                "references": references,
                "orientation": orientation,
            },
        )
        return cast(
            "RawResponse[TextToVideoCreateVideoResponse200]",
            self._engine.request(_CREATE, body=body, max_retries=max_retries, raw=True),
        )


class TextToVideo:
    """``client.v1.text_to_video``"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        end_seconds: float,
        style: V1TextToVideoCreateBodyStyle,
        name: str | Unset = UNSET,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Unset = UNSET,
        resolution: Literal["360p", "480p", "720p", "1080p", "4k"] | Unset = UNSET,
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
        audio: bool | Unset = UNSET,
        references: list[V1TextToVideoCreateBodyReferencesItem] | Unset = UNSET,
        orientation: Literal["portrait", "landscape", "square"] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> TextToVideoCreateVideoResponse200:
        """Text-to-Video: send one request. Charges credits.

        `POST /v1/text-to-video`
        """
        body = fields(
            extra_body,
            {
                "end_seconds": end_seconds,
                "style": style,
                "name": name,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "model": model,
                "audio": audio,
                "references": references,
                "orientation": orientation,
            },
        )
        return cast(
            "TextToVideoCreateVideoResponse200", self._engine.request(_CREATE, body=body, max_retries=max_retries)
        )

    def generate(
        self,
        *,
        end_seconds: float,
        style: V1TextToVideoCreateBodyStyle,
        name: str | Unset = UNSET,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Unset = UNSET,
        resolution: Literal["360p", "480p", "720p", "1080p", "4k"] | Unset = UNSET,
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
        audio: bool | Unset = UNSET,
        references: list[V1TextToVideoCreateBodyReferencesItem] | Unset = UNSET,
        orientation: Literal["portrait", "landscape", "square"] | Unset = UNSET,
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
        """Text-to-Video: upload local files, create, wait for the result and download it.

        `POST /v1/text-to-video`
        """
        body = fields(
            extra_body,
            {
                "end_seconds": end_seconds,
                "style": style,
                "name": name,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "model": model,
                "audio": audio,
                "references": references,
                "orientation": orientation,
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
    def with_raw_response(self) -> TextToVideoWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return TextToVideoWithRawResponse(self._engine)


class AsyncTextToVideoWithRawResponse:
    """``client.v1.text_to_video`` with raw responses (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        end_seconds: float,
        style: V1TextToVideoCreateBodyStyle,
        name: str | Unset = UNSET,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Unset = UNSET,
        resolution: Literal["360p", "480p", "720p", "1080p", "4k"] | Unset = UNSET,
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
        audio: bool | Unset = UNSET,
        references: list[V1TextToVideoCreateBodyReferencesItem] | Unset = UNSET,
        orientation: Literal["portrait", "landscape", "square"] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[TextToVideoCreateVideoResponse200]:
        """Text-to-Video: send one request. Charges credits.

        `POST /v1/text-to-video`
        """
        body = fields(
            extra_body,
            {
                "end_seconds": end_seconds,
                "style": style,
                "name": name,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "model": model,
                "audio": audio,
                "references": references,
                "orientation": orientation,
            },
        )
        return cast(
            "RawResponse[TextToVideoCreateVideoResponse200]",
            await self._engine.request(_CREATE, body=body, max_retries=max_retries, raw=True),
        )


class AsyncTextToVideo:
    """``client.v1.text_to_video`` (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        end_seconds: float,
        style: V1TextToVideoCreateBodyStyle,
        name: str | Unset = UNSET,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Unset = UNSET,
        resolution: Literal["360p", "480p", "720p", "1080p", "4k"] | Unset = UNSET,
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
        audio: bool | Unset = UNSET,
        references: list[V1TextToVideoCreateBodyReferencesItem] | Unset = UNSET,
        orientation: Literal["portrait", "landscape", "square"] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> TextToVideoCreateVideoResponse200:
        """Text-to-Video: send one request. Charges credits.

        `POST /v1/text-to-video`
        """
        body = fields(
            extra_body,
            {
                "end_seconds": end_seconds,
                "style": style,
                "name": name,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "model": model,
                "audio": audio,
                "references": references,
                "orientation": orientation,
            },
        )
        return cast(
            "TextToVideoCreateVideoResponse200", await self._engine.request(_CREATE, body=body, max_retries=max_retries)
        )

    async def generate(
        self,
        *,
        end_seconds: float,
        style: V1TextToVideoCreateBodyStyle,
        name: str | Unset = UNSET,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Unset = UNSET,
        resolution: Literal["360p", "480p", "720p", "1080p", "4k"] | Unset = UNSET,
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
        audio: bool | Unset = UNSET,
        references: list[V1TextToVideoCreateBodyReferencesItem] | Unset = UNSET,
        orientation: Literal["portrait", "landscape", "square"] | Unset = UNSET,
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
        """Text-to-Video: upload local files, create, wait for the result and download it.

        `POST /v1/text-to-video`
        """
        body = fields(
            extra_body,
            {
                "end_seconds": end_seconds,
                "style": style,
                "name": name,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "model": model,
                "audio": audio,
                "references": references,
                "orientation": orientation,
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
    def with_raw_response(self) -> AsyncTextToVideoWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return AsyncTextToVideoWithRawResponse(self._engine)
