"""``client.v1.ai_image_generator``: written from openapi.yaml by scripts/generate; do not edit."""

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
    from magic_hour_api.models.ai_image_generator_create_image_response_200 import (
        AiImageGeneratorCreateImageResponse200,
    )


_CREATE = Operation(
    "POST",
    "/v1/ai-image-generator",
    "magic_hour_api.api.image_projects.ai_image_generator_create_image",
    "magic_hour_api.models.ai_image_generator_create_image_body:AiImageGeneratorCreateImageBody",
    follow=Operation(
        "GET", "/v1/image-projects/{id}", "magic_hour_api.api.image_projects.image_projects_get_details", None
    ),
)


class V1AiImageGeneratorCreateBodyStyle(TypedDict):
    """The art style to use for image generation."""

    prompt: str
    """The prompt used for the image(s)."""
    tool: NotRequired[
        Literal[
            "ai-anime-generator",
            "ai-art-generator",
            "ai-background-generator",
            "ai-character-generator",
            "ai-face-generator",
            "ai-fashion-generator",
            "ai-icon-generator",
            "ai-illustration-generator",
            "ai-interior-design-generator",
            "ai-landscape-generator",
            "ai-logo-generator",
            "ai-manga-generator",
            "ai-outfit-generator",
            "ai-pattern-generator",
            "ai-photo-generator",
            "ai-sketch-generator",
            "ai-tattoo-generator",
            "album-cover-generator",
            "animated-characters-generator",
            "architecture-generator",
            "book-cover-generator",
            "comic-book-generator",
            "dark-fantasy-ai",
            "disney-ai-generator",
            "dnd-ai-art-generator",
            "emoji-generator",
            "fantasy-map-generator",
            "graffiti-generator",
            "movie-poster-generator",
            "optical-illusion-generator",
            "pokemon-generator",
            "south-park-character-generator",
            "superhero-generator",
            "thumbnail-maker",
            "general",
        ]
    ]
    """The art style to use for image generation."""


class AiImageGeneratorWithRawResponse:
    """``client.v1.ai_image_generator`` with raw responses"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        image_count: int,
        style: V1AiImageGeneratorCreateBodyStyle,
        name: str | Unset = UNSET,
        model: Literal[
            "default",
            "z-image-turbo",
            "qwen-image-2.1",
            "flux-2-klein",
            "nano-banana-2-lite",
            "nano-banana-2",
            "nano-banana-2.1",
            "krea-2",
            "gpt-image-2.5-flare",
            "gpt-image-2",
            "seedream-v5-pro",
            "seedream-v4",
            "nano-banana",
            "nano-banana-pro",
            "flux-schnell",
            "seedream",
        ]
        | Unset = UNSET,
        aspect_ratio: Literal["1:1", "16:9", "9:16"] | Unset = UNSET,
        resolution: Literal["auto", "640px", "1k", "2k", "4k"] | Unset = UNSET,
        orientation: Literal["square", "landscape", "portrait"] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[AiImageGeneratorCreateImageResponse200]:
        """AI Image Generator: send one request. Charges credits.

        `POST /v1/ai-image-generator`
        """
        body = fields(
            extra_body,
            {
                "image_count": image_count,
                "style": style,
                "name": name,
                "model": model,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "orientation": orientation,
            },
        )
        return cast(
            "RawResponse[AiImageGeneratorCreateImageResponse200]",
            self._engine.request(_CREATE, body=body, max_retries=max_retries, raw=True),
        )


class AiImageGenerator:
    """``client.v1.ai_image_generator``"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        image_count: int,
        style: V1AiImageGeneratorCreateBodyStyle,
        name: str | Unset = UNSET,
        model: Literal[
            "default",
            "z-image-turbo",
            "qwen-image-2.1",
            "flux-2-klein",
            "nano-banana-2-lite",
            "nano-banana-2",
            "nano-banana-2.1",
            "krea-2",
            "gpt-image-2.5-flare",
            "gpt-image-2",
            "seedream-v5-pro",
            "seedream-v4",
            "nano-banana",
            "nano-banana-pro",
            "flux-schnell",
            "seedream",
        ]
        | Unset = UNSET,
        aspect_ratio: Literal["1:1", "16:9", "9:16"] | Unset = UNSET,
        resolution: Literal["auto", "640px", "1k", "2k", "4k"] | Unset = UNSET,
        orientation: Literal["square", "landscape", "portrait"] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> AiImageGeneratorCreateImageResponse200:
        """AI Image Generator: send one request. Charges credits.

        `POST /v1/ai-image-generator`
        """
        body = fields(
            extra_body,
            {
                "image_count": image_count,
                "style": style,
                "name": name,
                "model": model,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "orientation": orientation,
            },
        )
        return cast(
            "AiImageGeneratorCreateImageResponse200", self._engine.request(_CREATE, body=body, max_retries=max_retries)
        )

    def generate(
        self,
        *,
        image_count: int,
        style: V1AiImageGeneratorCreateBodyStyle,
        name: str | Unset = UNSET,
        model: Literal[
            "default",
            "z-image-turbo",
            "qwen-image-2.1",
            "flux-2-klein",
            "nano-banana-2-lite",
            "nano-banana-2",
            "nano-banana-2.1",
            "krea-2",
            "gpt-image-2.5-flare",
            "gpt-image-2",
            "seedream-v5-pro",
            "seedream-v4",
            "nano-banana",
            "nano-banana-pro",
            "flux-schnell",
            "seedream",
        ]
        | Unset = UNSET,
        aspect_ratio: Literal["1:1", "16:9", "9:16"] | Unset = UNSET,
        resolution: Literal["auto", "640px", "1k", "2k", "4k"] | Unset = UNSET,
        orientation: Literal["square", "landscape", "portrait"] | Unset = UNSET,
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
        """AI Image Generator: upload local files, create, wait for the result and download it.

        `POST /v1/ai-image-generator`
        """
        body = fields(
            extra_body,
            {
                "image_count": image_count,
                "style": style,
                "name": name,
                "model": model,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
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
        return ImageProjectsResult.extend(project, paths)

    @functools.cached_property
    def with_raw_response(self) -> AiImageGeneratorWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return AiImageGeneratorWithRawResponse(self._engine)


class AsyncAiImageGeneratorWithRawResponse:
    """``client.v1.ai_image_generator`` with raw responses (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        image_count: int,
        style: V1AiImageGeneratorCreateBodyStyle,
        name: str | Unset = UNSET,
        model: Literal[
            "default",
            "z-image-turbo",
            "qwen-image-2.1",
            "flux-2-klein",
            "nano-banana-2-lite",
            "nano-banana-2",
            "nano-banana-2.1",
            "krea-2",
            "gpt-image-2.5-flare",
            "gpt-image-2",
            "seedream-v5-pro",
            "seedream-v4",
            "nano-banana",
            "nano-banana-pro",
            "flux-schnell",
            "seedream",
        ]
        | Unset = UNSET,
        aspect_ratio: Literal["1:1", "16:9", "9:16"] | Unset = UNSET,
        resolution: Literal["auto", "640px", "1k", "2k", "4k"] | Unset = UNSET,
        orientation: Literal["square", "landscape", "portrait"] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[AiImageGeneratorCreateImageResponse200]:
        """AI Image Generator: send one request. Charges credits.

        `POST /v1/ai-image-generator`
        """
        body = fields(
            extra_body,
            {
                "image_count": image_count,
                "style": style,
                "name": name,
                "model": model,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "orientation": orientation,
            },
        )
        return cast(
            "RawResponse[AiImageGeneratorCreateImageResponse200]",
            await self._engine.request(_CREATE, body=body, max_retries=max_retries, raw=True),
        )


class AsyncAiImageGenerator:
    """``client.v1.ai_image_generator`` (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        image_count: int,
        style: V1AiImageGeneratorCreateBodyStyle,
        name: str | Unset = UNSET,
        model: Literal[
            "default",
            "z-image-turbo",
            "qwen-image-2.1",
            "flux-2-klein",
            "nano-banana-2-lite",
            "nano-banana-2",
            "nano-banana-2.1",
            "krea-2",
            "gpt-image-2.5-flare",
            "gpt-image-2",
            "seedream-v5-pro",
            "seedream-v4",
            "nano-banana",
            "nano-banana-pro",
            "flux-schnell",
            "seedream",
        ]
        | Unset = UNSET,
        aspect_ratio: Literal["1:1", "16:9", "9:16"] | Unset = UNSET,
        resolution: Literal["auto", "640px", "1k", "2k", "4k"] | Unset = UNSET,
        orientation: Literal["square", "landscape", "portrait"] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> AiImageGeneratorCreateImageResponse200:
        """AI Image Generator: send one request. Charges credits.

        `POST /v1/ai-image-generator`
        """
        body = fields(
            extra_body,
            {
                "image_count": image_count,
                "style": style,
                "name": name,
                "model": model,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "orientation": orientation,
            },
        )
        return cast(
            "AiImageGeneratorCreateImageResponse200",
            await self._engine.request(_CREATE, body=body, max_retries=max_retries),
        )

    async def generate(
        self,
        *,
        image_count: int,
        style: V1AiImageGeneratorCreateBodyStyle,
        name: str | Unset = UNSET,
        model: Literal[
            "default",
            "z-image-turbo",
            "qwen-image-2.1",
            "flux-2-klein",
            "nano-banana-2-lite",
            "nano-banana-2",
            "nano-banana-2.1",
            "krea-2",
            "gpt-image-2.5-flare",
            "gpt-image-2",
            "seedream-v5-pro",
            "seedream-v4",
            "nano-banana",
            "nano-banana-pro",
            "flux-schnell",
            "seedream",
        ]
        | Unset = UNSET,
        aspect_ratio: Literal["1:1", "16:9", "9:16"] | Unset = UNSET,
        resolution: Literal["auto", "640px", "1k", "2k", "4k"] | Unset = UNSET,
        orientation: Literal["square", "landscape", "portrait"] | Unset = UNSET,
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
        """AI Image Generator: upload local files, create, wait for the result and download it.

        `POST /v1/ai-image-generator`
        """
        body = fields(
            extra_body,
            {
                "image_count": image_count,
                "style": style,
                "name": name,
                "model": model,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
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
        return ImageProjectsResult.extend(project, paths)

    @functools.cached_property
    def with_raw_response(self) -> AsyncAiImageGeneratorWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return AsyncAiImageGeneratorWithRawResponse(self._engine)
