"""``client.v1.ai_video_editor``: written from openapi.yaml by scripts/generate; do not edit."""

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
    from magic_hour_api.models.ai_video_editor_create_video_response_200 import (
        AiVideoEditorCreateVideoResponse200,
    )


_CREATE = Operation(
    "POST",
    "/v1/ai-video-editor",
    "magic_hour_api.api.video_projects.ai_video_editor_create_video",
    "magic_hour_api.models.ai_video_editor_create_video_body:AiVideoEditorCreateVideoBody",
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


class V1AiVideoEditorCreateBodyStyle(TypedDict):
    """V1AiVideoEditorCreateBodyStyle"""

    prompt: str
    """The prompt used to edit the video."""


class V1AiVideoEditorCreateBodyAssets(TypedDict):
    """Provide the assets for video editing."""

    video_file_path: str
    """The video to edit."""


class V1AiVideoEditorGenerateBodyAssets(TypedDict):
    """Provide the assets for video editing."""

    video_file_path: str | os.PathLike[str]
    """The video to edit."""


class AiVideoEditorWithRawResponse:
    """``client.v1.ai_video_editor`` with raw responses"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        end_seconds: float,
        style: V1AiVideoEditorCreateBodyStyle,
        assets: V1AiVideoEditorCreateBodyAssets,
        name: str | Unset = UNSET,
        start_seconds: float | Unset = UNSET,
        model: Literal["gemini-omni-1.1", "gemini-omni", "ltx-2.5", "ltx-2.3"] | Unset = UNSET,
        resolution: Literal["480p", "720p", "1080p"] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[AiVideoEditorCreateVideoResponse200]:
        """AI Video Editor: send one request. Charges credits.

        `POST /v1/ai-video-editor`
        """
        body = fields(
            extra_body,
            {
                "end_seconds": end_seconds,
                "style": style,
                "assets": assets,
                "name": name,
                "start_seconds": start_seconds,
                "model": model,
                "resolution": resolution,
            },
        )
        return cast(
            "RawResponse[AiVideoEditorCreateVideoResponse200]",
            self._engine.request(_CREATE, body=body, max_retries=max_retries, raw=True),
        )


class AiVideoEditor:
    """``client.v1.ai_video_editor``"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        end_seconds: float,
        style: V1AiVideoEditorCreateBodyStyle,
        assets: V1AiVideoEditorCreateBodyAssets,
        name: str | Unset = UNSET,
        start_seconds: float | Unset = UNSET,
        model: Literal["gemini-omni-1.1", "gemini-omni", "ltx-2.5", "ltx-2.3"] | Unset = UNSET,
        resolution: Literal["480p", "720p", "1080p"] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> AiVideoEditorCreateVideoResponse200:
        """AI Video Editor: send one request. Charges credits.

        `POST /v1/ai-video-editor`
        """
        body = fields(
            extra_body,
            {
                "end_seconds": end_seconds,
                "style": style,
                "assets": assets,
                "name": name,
                "start_seconds": start_seconds,
                "model": model,
                "resolution": resolution,
            },
        )
        return cast(
            "AiVideoEditorCreateVideoResponse200", self._engine.request(_CREATE, body=body, max_retries=max_retries)
        )

    def generate(
        self,
        *,
        end_seconds: float,
        style: V1AiVideoEditorCreateBodyStyle,
        assets: V1AiVideoEditorGenerateBodyAssets,
        name: str | Unset = UNSET,
        start_seconds: float | Unset = UNSET,
        model: Literal["gemini-omni-1.1", "gemini-omni", "ltx-2.5", "ltx-2.3"] | Unset = UNSET,
        resolution: Literal["480p", "720p", "1080p"] | Unset = UNSET,
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
        """AI Video Editor: upload local files, create, wait for the result and download it.

        `POST /v1/ai-video-editor`
        """
        body = fields(
            extra_body,
            {
                "end_seconds": end_seconds,
                "style": style,
                "assets": assets,
                "name": name,
                "start_seconds": start_seconds,
                "model": model,
                "resolution": resolution,
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
    def with_raw_response(self) -> AiVideoEditorWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return AiVideoEditorWithRawResponse(self._engine)


class AsyncAiVideoEditorWithRawResponse:
    """``client.v1.ai_video_editor`` with raw responses (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        end_seconds: float,
        style: V1AiVideoEditorCreateBodyStyle,
        assets: V1AiVideoEditorCreateBodyAssets,
        name: str | Unset = UNSET,
        start_seconds: float | Unset = UNSET,
        model: Literal["gemini-omni-1.1", "gemini-omni", "ltx-2.5", "ltx-2.3"] | Unset = UNSET,
        resolution: Literal["480p", "720p", "1080p"] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[AiVideoEditorCreateVideoResponse200]:
        """AI Video Editor: send one request. Charges credits.

        `POST /v1/ai-video-editor`
        """
        body = fields(
            extra_body,
            {
                "end_seconds": end_seconds,
                "style": style,
                "assets": assets,
                "name": name,
                "start_seconds": start_seconds,
                "model": model,
                "resolution": resolution,
            },
        )
        return cast(
            "RawResponse[AiVideoEditorCreateVideoResponse200]",
            await self._engine.request(_CREATE, body=body, max_retries=max_retries, raw=True),
        )


class AsyncAiVideoEditor:
    """``client.v1.ai_video_editor`` (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        end_seconds: float,
        style: V1AiVideoEditorCreateBodyStyle,
        assets: V1AiVideoEditorCreateBodyAssets,
        name: str | Unset = UNSET,
        start_seconds: float | Unset = UNSET,
        model: Literal["gemini-omni-1.1", "gemini-omni", "ltx-2.5", "ltx-2.3"] | Unset = UNSET,
        resolution: Literal["480p", "720p", "1080p"] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> AiVideoEditorCreateVideoResponse200:
        """AI Video Editor: send one request. Charges credits.

        `POST /v1/ai-video-editor`
        """
        body = fields(
            extra_body,
            {
                "end_seconds": end_seconds,
                "style": style,
                "assets": assets,
                "name": name,
                "start_seconds": start_seconds,
                "model": model,
                "resolution": resolution,
            },
        )
        return cast(
            "AiVideoEditorCreateVideoResponse200",
            await self._engine.request(_CREATE, body=body, max_retries=max_retries),
        )

    async def generate(
        self,
        *,
        end_seconds: float,
        style: V1AiVideoEditorCreateBodyStyle,
        assets: V1AiVideoEditorGenerateBodyAssets,
        name: str | Unset = UNSET,
        start_seconds: float | Unset = UNSET,
        model: Literal["gemini-omni-1.1", "gemini-omni", "ltx-2.5", "ltx-2.3"] | Unset = UNSET,
        resolution: Literal["480p", "720p", "1080p"] | Unset = UNSET,
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
        """AI Video Editor: upload local files, create, wait for the result and download it.

        `POST /v1/ai-video-editor`
        """
        body = fields(
            extra_body,
            {
                "end_seconds": end_seconds,
                "style": style,
                "assets": assets,
                "name": name,
                "start_seconds": start_seconds,
                "model": model,
                "resolution": resolution,
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
    def with_raw_response(self) -> AsyncAiVideoEditorWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return AsyncAiVideoEditorWithRawResponse(self._engine)
