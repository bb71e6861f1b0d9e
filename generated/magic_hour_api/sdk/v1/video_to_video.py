"""``client.v1.video_to_video``: written from openapi.yaml by scripts/generate; do not edit."""

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
    from magic_hour_api.models.video_to_video_create_video_response_200 import (
        VideoToVideoCreateVideoResponse200,
    )


_CREATE = Operation(
    "POST",
    "/v1/video-to-video",
    "magic_hour_api.api.video_projects.video_to_video_create_video",
    "magic_hour_api.models.video_to_video_create_video_body:VideoToVideoCreateVideoBody",
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


class V1VideoToVideoCreateBodyStyle(TypedDict):
    """V1VideoToVideoCreateBodyStyle"""

    art_style: Literal[
        "Minecraft",
        "Watercolor",
        "Pixel",
        "Retro Sci-Fi",
        "Lego",
        "Origami",
        "Ghost",
        "Sub-Zero",
        "Studio Ghibli",
        "Comic",
        "Impressionism",
        "Master Chief",
        "Solid Snake",
        "Street Fighter",
        "Hologram",
        "GTA",
        "Clay",
        "Mystique",
        "Dragonball Z",
        "Mario",
        "Samurai",
        "Spartan",
        "Boba Fett",
        "3D Render",
        "Airbender",
        "Android",
        "Anime Warrior",
        "Armored Knight",
        "Assassin's Creed",
        "Avatar",
        "Black Spiderman",
        "Bold Anime",
        "Celestial Skin",
        "Chinese Swordsmen",
        "Cyberpunk",
        "Cypher",
        "Dark Fantasy",
        "Future Bot",
        "Futuristic Fantasy",
        "Ghibli Anime",
        "Gundam",
        "Illustration",
        "Ink",
        "Ink Poster",
        "Jinx",
        "Knight",
        "Link",
        "Marble",
        "Mech",
        "Naruto",
        "Neon Dream",
        "No Art Style",
        "Oil Painting",
        "On Fire",
        "Painterly Anime",
        "Pixar",
        "Power Armor",
        "Power Ranger",
        "Radiant Anime",
        "Realistic Anime",
        "Realistic Pixar",
        "Retro Anime",
        "Samurai Bot",
        "Sharp Anime",
        "Soft Anime",
        "Starfield",
        "The Void",
        "Tomb Raider",
        "Underwater",
        "Van Gogh",
        "Viking",
        "Western Anime",
        "Wu Kong",
        "Wuxia Anime",
        "Zelda",
    ]
    version: NotRequired[Literal["v1", "v2", "default"]]
    """`v1` - more detail, closer prompt adherence, and frame-by-frame previews."""
    prompt_type: NotRequired[Literal["default", "custom", "append_default"]]
    """`default` - Use the default recommended prompt for the art style."""
    prompt: NotRequired[str | None]
    """The prompt used for the video."""
    model: NotRequired[
        Literal[
            "Dreamshaper",
            "Absolute Reality",
            "Flat 2D Anime",
            "Soft Anime",
            "Kaywaii",
            "Western Anime",
            "3D Anime",
            "default",
        ]
    ]
    """`Dreamshaper` - a good all-around model that works for both animations as well as realism."""


class V1VideoToVideoCreateBodyAssets(TypedDict):
    """Provide the assets for video-to-video."""

    video_source: Literal["file", "youtube"]
    """Choose your video source."""
    video_file_path: NotRequired[str]
    """Your video file."""
    youtube_url: NotRequired[str]
    """YouTube URL (required if `video_source` is `youtube`)."""


class V1VideoToVideoGenerateBodyAssets(TypedDict):
    """Provide the assets for video-to-video."""

    video_source: Literal["file", "youtube"]
    """Choose your video source."""
    video_file_path: NotRequired[str | os.PathLike[str]]
    """Your video file."""
    youtube_url: NotRequired[str]
    """YouTube URL (required if `video_source` is `youtube`)."""


class VideoToVideoWithRawResponse:
    """``client.v1.video_to_video`` with raw responses"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        start_seconds: float,
        end_seconds: float,
        style: V1VideoToVideoCreateBodyStyle,
        assets: V1VideoToVideoCreateBodyAssets,
        name: str | Unset = UNSET,
        fps_resolution: Literal["FULL", "HALF"] | Unset = UNSET,
        width: int | None | Unset = UNSET,
        height: int | None | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[VideoToVideoCreateVideoResponse200]:
        """Video-to-Video: send one request. Charges credits.

        `POST /v1/video-to-video`
        """
        body = fields(
            extra_body,
            {
                "start_seconds": start_seconds,
                "end_seconds": end_seconds,
                "style": style,
                "assets": assets,
                "name": name,
                "fps_resolution": fps_resolution,
                "width": width,
                "height": height,
            },
        )
        return cast(
            "RawResponse[VideoToVideoCreateVideoResponse200]",
            self._engine.request(_CREATE, body=body, max_retries=max_retries, raw=True),
        )


class VideoToVideo:
    """``client.v1.video_to_video``"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        start_seconds: float,
        end_seconds: float,
        style: V1VideoToVideoCreateBodyStyle,
        assets: V1VideoToVideoCreateBodyAssets,
        name: str | Unset = UNSET,
        fps_resolution: Literal["FULL", "HALF"] | Unset = UNSET,
        width: int | None | Unset = UNSET,
        height: int | None | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> VideoToVideoCreateVideoResponse200:
        """Video-to-Video: send one request. Charges credits.

        `POST /v1/video-to-video`
        """
        body = fields(
            extra_body,
            {
                "start_seconds": start_seconds,
                "end_seconds": end_seconds,
                "style": style,
                "assets": assets,
                "name": name,
                "fps_resolution": fps_resolution,
                "width": width,
                "height": height,
            },
        )
        return cast(
            "VideoToVideoCreateVideoResponse200", self._engine.request(_CREATE, body=body, max_retries=max_retries)
        )

    def generate(
        self,
        *,
        start_seconds: float,
        end_seconds: float,
        style: V1VideoToVideoCreateBodyStyle,
        assets: V1VideoToVideoGenerateBodyAssets,
        name: str | Unset = UNSET,
        fps_resolution: Literal["FULL", "HALF"] | Unset = UNSET,
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
        """Video-to-Video: upload local files, create, wait for the result and download it.

        `POST /v1/video-to-video`
        """
        body = fields(
            extra_body,
            {
                "start_seconds": start_seconds,
                "end_seconds": end_seconds,
                "style": style,
                "assets": assets,
                "name": name,
                "fps_resolution": fps_resolution,
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
    def with_raw_response(self) -> VideoToVideoWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return VideoToVideoWithRawResponse(self._engine)


class AsyncVideoToVideoWithRawResponse:
    """``client.v1.video_to_video`` with raw responses (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        start_seconds: float,
        end_seconds: float,
        style: V1VideoToVideoCreateBodyStyle,
        assets: V1VideoToVideoCreateBodyAssets,
        name: str | Unset = UNSET,
        fps_resolution: Literal["FULL", "HALF"] | Unset = UNSET,
        width: int | None | Unset = UNSET,
        height: int | None | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[VideoToVideoCreateVideoResponse200]:
        """Video-to-Video: send one request. Charges credits.

        `POST /v1/video-to-video`
        """
        body = fields(
            extra_body,
            {
                "start_seconds": start_seconds,
                "end_seconds": end_seconds,
                "style": style,
                "assets": assets,
                "name": name,
                "fps_resolution": fps_resolution,
                "width": width,
                "height": height,
            },
        )
        return cast(
            "RawResponse[VideoToVideoCreateVideoResponse200]",
            await self._engine.request(_CREATE, body=body, max_retries=max_retries, raw=True),
        )


class AsyncVideoToVideo:
    """``client.v1.video_to_video`` (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        start_seconds: float,
        end_seconds: float,
        style: V1VideoToVideoCreateBodyStyle,
        assets: V1VideoToVideoCreateBodyAssets,
        name: str | Unset = UNSET,
        fps_resolution: Literal["FULL", "HALF"] | Unset = UNSET,
        width: int | None | Unset = UNSET,
        height: int | None | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> VideoToVideoCreateVideoResponse200:
        """Video-to-Video: send one request. Charges credits.

        `POST /v1/video-to-video`
        """
        body = fields(
            extra_body,
            {
                "start_seconds": start_seconds,
                "end_seconds": end_seconds,
                "style": style,
                "assets": assets,
                "name": name,
                "fps_resolution": fps_resolution,
                "width": width,
                "height": height,
            },
        )
        return cast(
            "VideoToVideoCreateVideoResponse200",
            await self._engine.request(_CREATE, body=body, max_retries=max_retries),
        )

    async def generate(
        self,
        *,
        start_seconds: float,
        end_seconds: float,
        style: V1VideoToVideoCreateBodyStyle,
        assets: V1VideoToVideoGenerateBodyAssets,
        name: str | Unset = UNSET,
        fps_resolution: Literal["FULL", "HALF"] | Unset = UNSET,
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
        """Video-to-Video: upload local files, create, wait for the result and download it.

        `POST /v1/video-to-video`
        """
        body = fields(
            extra_body,
            {
                "start_seconds": start_seconds,
                "end_seconds": end_seconds,
                "style": style,
                "assets": assets,
                "name": name,
                "fps_resolution": fps_resolution,
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
    def with_raw_response(self) -> AsyncVideoToVideoWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return AsyncVideoToVideoWithRawResponse(self._engine)
