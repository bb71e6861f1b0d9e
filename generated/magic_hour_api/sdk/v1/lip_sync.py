"""``client.v1.lip_sync``: written from openapi.yaml by scripts/generate; do not edit."""

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
    from magic_hour_api.models.lip_sync_create_video_response_200 import (
        LipSyncCreateVideoResponse200,
    )


_CREATE = Operation(
    "POST",
    "/v1/lip-sync",
    "magic_hour_api.api.video_projects.lip_sync_create_video",
    "magic_hour_api.models.lip_sync_create_video_body:LipSyncCreateVideoBody",
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


class V1LipSyncCreateBodyAssets(TypedDict):
    """Provide the assets for lip-sync."""

    audio_file_path: str
    """The path of the audio file."""
    video_source: Literal["file", "youtube"]
    """Choose your video source."""
    video_file_path: NotRequired[str]
    """Your video file."""
    youtube_url: NotRequired[str]
    """YouTube URL (required if `video_source` is `youtube`)."""


class V1LipSyncCreateBodyStyle(TypedDict):
    """Attributes used to dictate the style of the output"""

    generation_mode: NotRequired[Literal["lite", "standard", "pro"]]
    """A specific version of our lip sync system, optimized for different needs."""


class V1LipSyncGenerateBodyAssets(TypedDict):
    """Provide the assets for lip-sync."""

    audio_file_path: str | os.PathLike[str]
    """The path of the audio file."""
    video_source: Literal["file", "youtube"]
    """Choose your video source."""
    video_file_path: NotRequired[str | os.PathLike[str]]
    """Your video file."""
    youtube_url: NotRequired[str]
    """YouTube URL (required if `video_source` is `youtube`)."""


class LipSyncWithRawResponse:
    """``client.v1.lip_sync`` with raw responses"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        start_seconds: float,
        end_seconds: float,
        assets: V1LipSyncCreateBodyAssets,
        name: str | Unset = UNSET,
        max_fps_limit: float | Unset = UNSET,
        style: V1LipSyncCreateBodyStyle | Unset = UNSET,
        width: int | None | Unset = UNSET,
        height: int | None | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[LipSyncCreateVideoResponse200]:
        """Lip Sync: send one request. Charges credits.

        `POST /v1/lip-sync`
        """
        body = fields(
            extra_body,
            {
                "start_seconds": start_seconds,
                "end_seconds": end_seconds,
                "assets": assets,
                "name": name,
                "max_fps_limit": max_fps_limit,
                "style": style,
                "width": width,
                "height": height,
            },
        )
        return cast(
            "RawResponse[LipSyncCreateVideoResponse200]",
            self._engine.request(_CREATE, body=body, max_retries=max_retries, raw=True),
        )


class LipSync:
    """``client.v1.lip_sync``"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        start_seconds: float,
        end_seconds: float,
        assets: V1LipSyncCreateBodyAssets,
        name: str | Unset = UNSET,
        max_fps_limit: float | Unset = UNSET,
        style: V1LipSyncCreateBodyStyle | Unset = UNSET,
        width: int | None | Unset = UNSET,
        height: int | None | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> LipSyncCreateVideoResponse200:
        """Lip Sync: send one request. Charges credits.

        `POST /v1/lip-sync`
        """
        body = fields(
            extra_body,
            {
                "start_seconds": start_seconds,
                "end_seconds": end_seconds,
                "assets": assets,
                "name": name,
                "max_fps_limit": max_fps_limit,
                "style": style,
                "width": width,
                "height": height,
            },
        )
        return cast("LipSyncCreateVideoResponse200", self._engine.request(_CREATE, body=body, max_retries=max_retries))

    def generate(
        self,
        *,
        start_seconds: float,
        end_seconds: float,
        assets: V1LipSyncGenerateBodyAssets,
        name: str | Unset = UNSET,
        max_fps_limit: float | Unset = UNSET,
        style: V1LipSyncCreateBodyStyle | Unset = UNSET,
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
        """Lip Sync: upload local files, create, wait for the result and download it.

        `POST /v1/lip-sync`
        """
        body = fields(
            extra_body,
            {
                "start_seconds": start_seconds,
                "end_seconds": end_seconds,
                "assets": assets,
                "name": name,
                "max_fps_limit": max_fps_limit,
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
    def with_raw_response(self) -> LipSyncWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return LipSyncWithRawResponse(self._engine)


class AsyncLipSyncWithRawResponse:
    """``client.v1.lip_sync`` with raw responses (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        start_seconds: float,
        end_seconds: float,
        assets: V1LipSyncCreateBodyAssets,
        name: str | Unset = UNSET,
        max_fps_limit: float | Unset = UNSET,
        style: V1LipSyncCreateBodyStyle | Unset = UNSET,
        width: int | None | Unset = UNSET,
        height: int | None | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[LipSyncCreateVideoResponse200]:
        """Lip Sync: send one request. Charges credits.

        `POST /v1/lip-sync`
        """
        body = fields(
            extra_body,
            {
                "start_seconds": start_seconds,
                "end_seconds": end_seconds,
                "assets": assets,
                "name": name,
                "max_fps_limit": max_fps_limit,
                "style": style,
                "width": width,
                "height": height,
            },
        )
        return cast(
            "RawResponse[LipSyncCreateVideoResponse200]",
            await self._engine.request(_CREATE, body=body, max_retries=max_retries, raw=True),
        )


class AsyncLipSync:
    """``client.v1.lip_sync`` (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        start_seconds: float,
        end_seconds: float,
        assets: V1LipSyncCreateBodyAssets,
        name: str | Unset = UNSET,
        max_fps_limit: float | Unset = UNSET,
        style: V1LipSyncCreateBodyStyle | Unset = UNSET,
        width: int | None | Unset = UNSET,
        height: int | None | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> LipSyncCreateVideoResponse200:
        """Lip Sync: send one request. Charges credits.

        `POST /v1/lip-sync`
        """
        body = fields(
            extra_body,
            {
                "start_seconds": start_seconds,
                "end_seconds": end_seconds,
                "assets": assets,
                "name": name,
                "max_fps_limit": max_fps_limit,
                "style": style,
                "width": width,
                "height": height,
            },
        )
        return cast(
            "LipSyncCreateVideoResponse200", await self._engine.request(_CREATE, body=body, max_retries=max_retries)
        )

    async def generate(
        self,
        *,
        start_seconds: float,
        end_seconds: float,
        assets: V1LipSyncGenerateBodyAssets,
        name: str | Unset = UNSET,
        max_fps_limit: float | Unset = UNSET,
        style: V1LipSyncCreateBodyStyle | Unset = UNSET,
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
        """Lip Sync: upload local files, create, wait for the result and download it.

        `POST /v1/lip-sync`
        """
        body = fields(
            extra_body,
            {
                "start_seconds": start_seconds,
                "end_seconds": end_seconds,
                "assets": assets,
                "name": name,
                "max_fps_limit": max_fps_limit,
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
    def with_raw_response(self) -> AsyncLipSyncWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return AsyncLipSyncWithRawResponse(self._engine)
