"""``client.v1.auto_subtitle_generator``: written from openapi.yaml by scripts/generate; do not edit."""

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
    from magic_hour_api.models.auto_subtitle_generator_create_video_response_200 import (
        AutoSubtitleGeneratorCreateVideoResponse200,
    )


_CREATE = Operation(
    "POST",
    "/v1/auto-subtitle-generator",
    "magic_hour_api.api.video_projects.auto_subtitle_generator_create_video",
    "magic_hour_api.models.auto_subtitle_generator_create_video_body:AutoSubtitleGeneratorCreateVideoBody",
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


class V1AutoSubtitleGeneratorCreateBodyAssets(TypedDict):
    """Provide the assets for auto subtitle generator"""

    video_file_path: str
    """This is the video used to add subtitles."""


class V1AutoSubtitleGeneratorCreateBodyStyleCustomConfig(TypedDict):
    """Custom subtitle configuration."""

    font: NotRequired[str]
    """Font name from Google Fonts."""
    font_size: NotRequired[float]
    """Font size in pixels."""
    font_style: NotRequired[str]
    """Font style (e.g., normal, italic, bold)"""
    text_color: NotRequired[str]
    """Primary text color in hex format"""
    highlighted_text_color: NotRequired[str]
    """Color used to highlight the current spoken text"""
    stroke_color: NotRequired[str]
    """Stroke (outline) color of the text"""
    stroke_width: NotRequired[float]
    """Width of the text stroke in pixels."""
    vertical_position: NotRequired[str]
    """Vertical alignment of the text (e.g., top, center, bottom)"""
    horizontal_position: NotRequired[str]
    """Horizontal alignment of the text (e.g., left, center, right)"""


class V1AutoSubtitleGeneratorCreateBodyStyle(TypedDict):
    """Style of the subtitle."""

    template: NotRequired[Literal["karaoke", "cinematic", "minimalist", "highlight"]]
    """Preset subtitle templates."""
    custom_config: NotRequired[V1AutoSubtitleGeneratorCreateBodyStyleCustomConfig]
    """Custom subtitle configuration."""


class V1AutoSubtitleGeneratorGenerateBodyAssets(TypedDict):
    """Provide the assets for auto subtitle generator"""

    video_file_path: str | os.PathLike[str]
    """This is the video used to add subtitles."""


class AutoSubtitleGeneratorWithRawResponse:
    """``client.v1.auto_subtitle_generator`` with raw responses"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        start_seconds: float,
        end_seconds: float,
        assets: V1AutoSubtitleGeneratorCreateBodyAssets,
        style: V1AutoSubtitleGeneratorCreateBodyStyle,
        name: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[AutoSubtitleGeneratorCreateVideoResponse200]:
        """Auto Subtitle Generator: send one request. Charges credits.

        `POST /v1/auto-subtitle-generator`
        """
        body = fields(
            extra_body,
            {
                "start_seconds": start_seconds,
                "end_seconds": end_seconds,
                "assets": assets,
                "style": style,
                "name": name,
            },
        )
        return cast(
            "RawResponse[AutoSubtitleGeneratorCreateVideoResponse200]",
            self._engine.request(_CREATE, body=body, max_retries=max_retries, raw=True),
        )


class AutoSubtitleGenerator:
    """``client.v1.auto_subtitle_generator``"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        start_seconds: float,
        end_seconds: float,
        assets: V1AutoSubtitleGeneratorCreateBodyAssets,
        style: V1AutoSubtitleGeneratorCreateBodyStyle,
        name: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> AutoSubtitleGeneratorCreateVideoResponse200:
        """Auto Subtitle Generator: send one request. Charges credits.

        `POST /v1/auto-subtitle-generator`
        """
        body = fields(
            extra_body,
            {
                "start_seconds": start_seconds,
                "end_seconds": end_seconds,
                "assets": assets,
                "style": style,
                "name": name,
            },
        )
        return cast(
            "AutoSubtitleGeneratorCreateVideoResponse200",
            self._engine.request(_CREATE, body=body, max_retries=max_retries),
        )

    def generate(
        self,
        *,
        start_seconds: float,
        end_seconds: float,
        assets: V1AutoSubtitleGeneratorGenerateBodyAssets,
        style: V1AutoSubtitleGeneratorCreateBodyStyle,
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
    ) -> VideoProjectsResult:
        """Auto Subtitle Generator: upload local files, create, wait for the result and download it.

        `POST /v1/auto-subtitle-generator`
        """
        body = fields(
            extra_body,
            {
                "start_seconds": start_seconds,
                "end_seconds": end_seconds,
                "assets": assets,
                "style": style,
                "name": name,
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
    def with_raw_response(self) -> AutoSubtitleGeneratorWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return AutoSubtitleGeneratorWithRawResponse(self._engine)


class AsyncAutoSubtitleGeneratorWithRawResponse:
    """``client.v1.auto_subtitle_generator`` with raw responses (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        start_seconds: float,
        end_seconds: float,
        assets: V1AutoSubtitleGeneratorCreateBodyAssets,
        style: V1AutoSubtitleGeneratorCreateBodyStyle,
        name: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[AutoSubtitleGeneratorCreateVideoResponse200]:
        """Auto Subtitle Generator: send one request. Charges credits.

        `POST /v1/auto-subtitle-generator`
        """
        body = fields(
            extra_body,
            {
                "start_seconds": start_seconds,
                "end_seconds": end_seconds,
                "assets": assets,
                "style": style,
                "name": name,
            },
        )
        return cast(
            "RawResponse[AutoSubtitleGeneratorCreateVideoResponse200]",
            await self._engine.request(_CREATE, body=body, max_retries=max_retries, raw=True),
        )


class AsyncAutoSubtitleGenerator:
    """``client.v1.auto_subtitle_generator`` (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        start_seconds: float,
        end_seconds: float,
        assets: V1AutoSubtitleGeneratorCreateBodyAssets,
        style: V1AutoSubtitleGeneratorCreateBodyStyle,
        name: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> AutoSubtitleGeneratorCreateVideoResponse200:
        """Auto Subtitle Generator: send one request. Charges credits.

        `POST /v1/auto-subtitle-generator`
        """
        body = fields(
            extra_body,
            {
                "start_seconds": start_seconds,
                "end_seconds": end_seconds,
                "assets": assets,
                "style": style,
                "name": name,
            },
        )
        return cast(
            "AutoSubtitleGeneratorCreateVideoResponse200",
            await self._engine.request(_CREATE, body=body, max_retries=max_retries),
        )

    async def generate(
        self,
        *,
        start_seconds: float,
        end_seconds: float,
        assets: V1AutoSubtitleGeneratorGenerateBodyAssets,
        style: V1AutoSubtitleGeneratorCreateBodyStyle,
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
    ) -> VideoProjectsResult:
        """Auto Subtitle Generator: upload local files, create, wait for the result and download it.

        `POST /v1/auto-subtitle-generator`
        """
        body = fields(
            extra_body,
            {
                "start_seconds": start_seconds,
                "end_seconds": end_seconds,
                "assets": assets,
                "style": style,
                "name": name,
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
    def with_raw_response(self) -> AsyncAutoSubtitleGeneratorWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return AsyncAutoSubtitleGeneratorWithRawResponse(self._engine)
