"""``client.v1.animation``: written from openapi.yaml by scripts/generate; do not edit."""

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
    from magic_hour_api.models.animation_create_video_response_200 import (
        AnimationCreateVideoResponse200,
    )


_CREATE = Operation(
    "POST",
    "/v1/animation",
    "magic_hour_api.api.video_projects.animation_create_video",
    "magic_hour_api.models.animation_create_video_body:AnimationCreateVideoBody",
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


class V1AnimationCreateBodyStyle(TypedDict):
    """Defines the style of the output video"""

    art_style: Literal[
        "Custom",
        "Painterly Illustration",
        "Vibrant Matte Illustration",
        "Traditional Watercolor",
        "Cyberpunk",
        "Ink and Watercolor Portrait",
        "Intricate Abstract Lines Portrait",
        "3D Render",
        "Old School Comic",
        "Bold Colored Illustration",
        "Synthwave",
        "Minimal Cold Futurism",
        "Futuristic Anime",
        "Cinematic Miyazaki",
        "Studio Ghibli Film Still",
        "Soft Delicate Matte Portrait",
        "Cinematic Landscape",
        "Landscape Painting",
        "Photograph",
        "Jackson Pollock",
        "Cubist",
        "Abstract Minimalist",
        "Impressionism",
        "Van Gogh",
        "Woodcut",
        "Oil Painting",
        "Vintage Japanese Anime",
        "Pixar",
        "Cosmic",
        "Pixel Art",
        "Fantasy",
        "Arcane",
        "Sin City",
        "Double Exposure",
        "Painted Cityscape",
        "90s Streets",
        "Overgrown",
        "Postapocalyptic",
        "Spooky",
        "Miniatures",
        "Low Poly",
        "Art Deco",
        "Inkpunk",
        "Dark Graphic Illustration",
        "Dark Watercolor",
        "Faded Illustration",
        "Directed by AI",
    ]
    """The art style used to create the output video"""
    art_style_custom: NotRequired[str]
    """Describe custom art style."""
    camera_effect: Literal[
        "Simple Zoom Out",
        "Simple Zoom In",
        "Bounce Out",
        "Spin Bounce",
        "Rolling Bounces",
        "Rise and Climb",
        "Dramatic Zoom In",
        "Dramatic Zoom Out",
        "Sway Out",
        "Boost Zoom In",
        "Boost Zoom Out",
        "Heartbeat",
        "Bounce in Place",
        "Earthquake Bounce",
        "Slice Bounce",
        "Bounce In And Out",
        "Jump",
        "Road Trip",
        "Traverse",
        "Rubber Band",
        "Rodeo",
        "Accelerate",
        "Speed of Light",
        "Drift Spin",
        "Vertigo",
        "Cog in the Machine",
        "Quadrant",
        "Tron",
        "Pusher",
        "Roll In",
        "Hesitate In",
        "Zoom In - Audio Sync",
        "Pulse - Audio Sync",
        "Aggressive Zoom In - Audio Sync",
        "Roll In - Audio Sync",
        "Zoom Out - Audio Sync",
        "Aggressive Zoom Out - Audio Sync",
        "Sway Out - Audio Sync",
        "Bounce and Spin - Audio Sync",
        "Zoom In and Spin - Audio Sync",
        "Vertigo - Audio Sync",
        "Bounce Out - Audio Sync",
        "Earthquake Bounce - Audio Sync",
        "Pusher - Audio Sync",
        "Evolve - Audio Sync",
        "Devolve - Audio Sync",
        "Slideshow",
        "Pan Left",
        "Pan Right",
        "Tilt Up",
        "Tilt Down",
        "Directed by AI",
    ]
    """The camera effect used to create the output video"""
    prompt_type: Literal["custom", "use_lyrics", "ai_choose"]
    """`custom` - Use your own prompt for the video."""
    prompt: NotRequired[str]
    """The prompt used for the video."""
    transition_speed: int
    """Change determines how quickly the video's content changes across frames."""


class V1AnimationCreateBodyAssets(TypedDict):
    """Provide the assets for animation."""

    audio_source: Literal["none", "file", "youtube"]
    """Optionally add an audio source if you'd like to incorporate audio into your video"""
    audio_file_path: NotRequired[str]
    """The path of the input audio."""
    youtube_url: NotRequired[str]
    """Using a youtube video as the input source."""
    image_file_path: NotRequired[str]
    """An initial image to use a the first frame of the video."""


class V1AnimationGenerateBodyAssets(TypedDict):
    """Provide the assets for animation."""

    audio_source: Literal["none", "file", "youtube"]
    """Optionally add an audio source if you'd like to incorporate audio into your video"""
    audio_file_path: NotRequired[str | os.PathLike[str]]
    """The path of the input audio."""
    youtube_url: NotRequired[str]
    """Using a youtube video as the input source."""
    image_file_path: NotRequired[str | os.PathLike[str]]
    """An initial image to use a the first frame of the video."""


class AnimationWithRawResponse:
    """``client.v1.animation`` with raw responses"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        fps: float,
        end_seconds: float,
        height: int,
        width: int,
        style: V1AnimationCreateBodyStyle,
        assets: V1AnimationCreateBodyAssets,
        name: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[AnimationCreateVideoResponse200]:
        """Animation: send one request. Charges credits.

        `POST /v1/animation`
        """
        body = fields(
            extra_body,
            {
                "fps": fps,
                "end_seconds": end_seconds,
                "height": height,
                "width": width,
                "style": style,
                "assets": assets,
                "name": name,
            },
        )
        return cast(
            "RawResponse[AnimationCreateVideoResponse200]",
            self._engine.request(_CREATE, body=body, max_retries=max_retries, raw=True),
        )


class Animation:
    """``client.v1.animation``"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        fps: float,
        end_seconds: float,
        height: int,
        width: int,
        style: V1AnimationCreateBodyStyle,
        assets: V1AnimationCreateBodyAssets,
        name: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> AnimationCreateVideoResponse200:
        """Animation: send one request. Charges credits.

        `POST /v1/animation`
        """
        body = fields(
            extra_body,
            {
                "fps": fps,
                "end_seconds": end_seconds,
                "height": height,
                "width": width,
                "style": style,
                "assets": assets,
                "name": name,
            },
        )
        return cast(
            "AnimationCreateVideoResponse200", self._engine.request(_CREATE, body=body, max_retries=max_retries)
        )

    def generate(
        self,
        *,
        fps: float,
        end_seconds: float,
        height: int,
        width: int,
        style: V1AnimationCreateBodyStyle,
        assets: V1AnimationGenerateBodyAssets,
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
        """Animation: upload local files, create, wait for the result and download it.

        `POST /v1/animation`
        """
        body = fields(
            extra_body,
            {
                "fps": fps,
                "end_seconds": end_seconds,
                "height": height,
                "width": width,
                "style": style,
                "assets": assets,
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
    def with_raw_response(self) -> AnimationWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return AnimationWithRawResponse(self._engine)


class AsyncAnimationWithRawResponse:
    """``client.v1.animation`` with raw responses (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        fps: float,
        end_seconds: float,
        height: int,
        width: int,
        style: V1AnimationCreateBodyStyle,
        assets: V1AnimationCreateBodyAssets,
        name: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[AnimationCreateVideoResponse200]:
        """Animation: send one request. Charges credits.

        `POST /v1/animation`
        """
        body = fields(
            extra_body,
            {
                "fps": fps,
                "end_seconds": end_seconds,
                "height": height,
                "width": width,
                "style": style,
                "assets": assets,
                "name": name,
            },
        )
        return cast(
            "RawResponse[AnimationCreateVideoResponse200]",
            await self._engine.request(_CREATE, body=body, max_retries=max_retries, raw=True),
        )


class AsyncAnimation:
    """``client.v1.animation`` (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        fps: float,
        end_seconds: float,
        height: int,
        width: int,
        style: V1AnimationCreateBodyStyle,
        assets: V1AnimationCreateBodyAssets,
        name: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> AnimationCreateVideoResponse200:
        """Animation: send one request. Charges credits.

        `POST /v1/animation`
        """
        body = fields(
            extra_body,
            {
                "fps": fps,
                "end_seconds": end_seconds,
                "height": height,
                "width": width,
                "style": style,
                "assets": assets,
                "name": name,
            },
        )
        return cast(
            "AnimationCreateVideoResponse200", await self._engine.request(_CREATE, body=body, max_retries=max_retries)
        )

    async def generate(
        self,
        *,
        fps: float,
        end_seconds: float,
        height: int,
        width: int,
        style: V1AnimationCreateBodyStyle,
        assets: V1AnimationGenerateBodyAssets,
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
        """Animation: upload local files, create, wait for the result and download it.

        `POST /v1/animation`
        """
        body = fields(
            extra_body,
            {
                "fps": fps,
                "end_seconds": end_seconds,
                "height": height,
                "width": width,
                "style": style,
                "assets": assets,
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
    def with_raw_response(self) -> AsyncAnimationWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return AsyncAnimationWithRawResponse(self._engine)
