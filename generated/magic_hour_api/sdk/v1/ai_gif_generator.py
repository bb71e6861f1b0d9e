"""``client.v1.ai_gif_generator``: written from openapi.yaml by scripts/generate; do not edit."""

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
from .image_projects import ImageProjectsResult

if TYPE_CHECKING:
    from magic_hour_api.models.ai_gif_generator_create_image_response_200 import (
        AiGifGeneratorCreateImageResponse200,
    )


_CREATE = Operation(
    "POST",
    "/v1/ai-gif-generator",
    "magic_hour_api.api.image_projects.ai_gif_generator_create_image",
    "magic_hour_api.models.ai_gif_generator_create_image_body:AiGifGeneratorCreateImageBody",
    follow=Operation(
        "GET", "/v1/image-projects/{id}", "magic_hour_api.api.image_projects.image_projects_get_details", None
    ),
)


class V1AiGifGeneratorCreateBodyStyle(TypedDict):
    """V1AiGifGeneratorCreateBodyStyle"""

    prompt: str
    """The prompt used for the GIF."""


class AiGifGeneratorWithRawResponse:
    """``client.v1.ai_gif_generator`` with raw responses"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        style: V1AiGifGeneratorCreateBodyStyle,
        name: str | Unset = UNSET,
        output_format: Literal["gif", "mp4", "webm"] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[AiGifGeneratorCreateImageResponse200]:
        """AI GIF Generator: send one request. Charges credits.

        `POST /v1/ai-gif-generator`
        """
        body = fields(extra_body, {"style": style, "name": name, "output_format": output_format})
        return cast(
            "RawResponse[AiGifGeneratorCreateImageResponse200]",
            self._engine.request(_CREATE, body=body, max_retries=max_retries, raw=True),
        )


class AiGifGenerator:
    """``client.v1.ai_gif_generator``"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        style: V1AiGifGeneratorCreateBodyStyle,
        name: str | Unset = UNSET,
        output_format: Literal["gif", "mp4", "webm"] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> AiGifGeneratorCreateImageResponse200:
        """AI GIF Generator: send one request. Charges credits.

        `POST /v1/ai-gif-generator`
        """
        body = fields(extra_body, {"style": style, "name": name, "output_format": output_format})
        return cast(
            "AiGifGeneratorCreateImageResponse200", self._engine.request(_CREATE, body=body, max_retries=max_retries)
        )

    def generate(
        self,
        *,
        style: V1AiGifGeneratorCreateBodyStyle,
        name: str | Unset = UNSET,
        output_format: Literal["gif", "mp4", "webm"] | Unset = UNSET,
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
        """AI GIF Generator: upload local files, create, wait for the result and download it.

        `POST /v1/ai-gif-generator`
        """
        body = fields(extra_body, {"style": style, "name": name, "output_format": output_format})
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
    def with_raw_response(self) -> AiGifGeneratorWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return AiGifGeneratorWithRawResponse(self._engine)


class AsyncAiGifGeneratorWithRawResponse:
    """``client.v1.ai_gif_generator`` with raw responses (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        style: V1AiGifGeneratorCreateBodyStyle,
        name: str | Unset = UNSET,
        output_format: Literal["gif", "mp4", "webm"] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[AiGifGeneratorCreateImageResponse200]:
        """AI GIF Generator: send one request. Charges credits.

        `POST /v1/ai-gif-generator`
        """
        body = fields(extra_body, {"style": style, "name": name, "output_format": output_format})
        return cast(
            "RawResponse[AiGifGeneratorCreateImageResponse200]",
            await self._engine.request(_CREATE, body=body, max_retries=max_retries, raw=True),
        )


class AsyncAiGifGenerator:
    """``client.v1.ai_gif_generator`` (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        style: V1AiGifGeneratorCreateBodyStyle,
        name: str | Unset = UNSET,
        output_format: Literal["gif", "mp4", "webm"] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> AiGifGeneratorCreateImageResponse200:
        """AI GIF Generator: send one request. Charges credits.

        `POST /v1/ai-gif-generator`
        """
        body = fields(extra_body, {"style": style, "name": name, "output_format": output_format})
        return cast(
            "AiGifGeneratorCreateImageResponse200",
            await self._engine.request(_CREATE, body=body, max_retries=max_retries),
        )

    async def generate(
        self,
        *,
        style: V1AiGifGeneratorCreateBodyStyle,
        name: str | Unset = UNSET,
        output_format: Literal["gif", "mp4", "webm"] | Unset = UNSET,
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
        """AI GIF Generator: upload local files, create, wait for the result and download it.

        `POST /v1/ai-gif-generator`
        """
        body = fields(extra_body, {"style": style, "name": name, "output_format": output_format})
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
    def with_raw_response(self) -> AsyncAiGifGeneratorWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return AsyncAiGifGeneratorWithRawResponse(self._engine)
