"""``client.v1.ai_qr_code_generator``: written from openapi.yaml by scripts/generate; do not edit."""

from __future__ import annotations

import functools
import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict, cast

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
    from magic_hour_api.models.ai_qr_code_generator_create_image_response_200 import (
        AiQrCodeGeneratorCreateImageResponse200,
    )


_CREATE = Operation(
    "POST",
    "/v1/ai-qr-code-generator",
    "magic_hour_api.api.image_projects.ai_qr_code_generator_create_image",
    "magic_hour_api.models.ai_qr_code_generator_create_image_body:AiQrCodeGeneratorCreateImageBody",
    follow=Operation(
        "GET", "/v1/image-projects/{id}", "magic_hour_api.api.image_projects.image_projects_get_details", None
    ),
)


class V1AiQrCodeGeneratorCreateBodyStyle(TypedDict):
    """V1AiQrCodeGeneratorCreateBodyStyle"""

    art_style: str
    """To use our templates, pass in one of Watercolor, Cyberpunk City, Ink Landscape, Interior Painting, Japanese Street, Mech, Minecraft, Picasso Painting, Game Map, Spaceship, Chinese Painting, Winter Village, or pass any custom art style."""


class AiQrCodeGeneratorWithRawResponse:
    """``client.v1.ai_qr_code_generator`` with raw responses"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        content: str,
        style: V1AiQrCodeGeneratorCreateBodyStyle,
        name: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[AiQrCodeGeneratorCreateImageResponse200]:
        """AI QR Code Generator: send one request. Charges credits.

        `POST /v1/ai-qr-code-generator`
        """
        body = fields(extra_body, {"content": content, "style": style, "name": name})
        return cast(
            "RawResponse[AiQrCodeGeneratorCreateImageResponse200]",
            self._engine.request(_CREATE, body=body, max_retries=max_retries, raw=True),
        )


class AiQrCodeGenerator:
    """``client.v1.ai_qr_code_generator``"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        content: str,
        style: V1AiQrCodeGeneratorCreateBodyStyle,
        name: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> AiQrCodeGeneratorCreateImageResponse200:
        """AI QR Code Generator: send one request. Charges credits.

        `POST /v1/ai-qr-code-generator`
        """
        body = fields(extra_body, {"content": content, "style": style, "name": name})
        return cast(
            "AiQrCodeGeneratorCreateImageResponse200", self._engine.request(_CREATE, body=body, max_retries=max_retries)
        )

    def generate(
        self,
        *,
        content: str,
        style: V1AiQrCodeGeneratorCreateBodyStyle,
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
    ) -> ImageProjectsResult:
        """AI QR Code Generator: upload local files, create, wait for the result and download it.

        `POST /v1/ai-qr-code-generator`
        """
        body = fields(extra_body, {"content": content, "style": style, "name": name})
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
    def with_raw_response(self) -> AiQrCodeGeneratorWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return AiQrCodeGeneratorWithRawResponse(self._engine)


class AsyncAiQrCodeGeneratorWithRawResponse:
    """``client.v1.ai_qr_code_generator`` with raw responses (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        content: str,
        style: V1AiQrCodeGeneratorCreateBodyStyle,
        name: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[AiQrCodeGeneratorCreateImageResponse200]:
        """AI QR Code Generator: send one request. Charges credits.

        `POST /v1/ai-qr-code-generator`
        """
        body = fields(extra_body, {"content": content, "style": style, "name": name})
        return cast(
            "RawResponse[AiQrCodeGeneratorCreateImageResponse200]",
            await self._engine.request(_CREATE, body=body, max_retries=max_retries, raw=True),
        )


class AsyncAiQrCodeGenerator:
    """``client.v1.ai_qr_code_generator`` (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        content: str,
        style: V1AiQrCodeGeneratorCreateBodyStyle,
        name: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> AiQrCodeGeneratorCreateImageResponse200:
        """AI QR Code Generator: send one request. Charges credits.

        `POST /v1/ai-qr-code-generator`
        """
        body = fields(extra_body, {"content": content, "style": style, "name": name})
        return cast(
            "AiQrCodeGeneratorCreateImageResponse200",
            await self._engine.request(_CREATE, body=body, max_retries=max_retries),
        )

    async def generate(
        self,
        *,
        content: str,
        style: V1AiQrCodeGeneratorCreateBodyStyle,
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
    ) -> ImageProjectsResult:
        """AI QR Code Generator: upload local files, create, wait for the result and download it.

        `POST /v1/ai-qr-code-generator`
        """
        body = fields(extra_body, {"content": content, "style": style, "name": name})
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
    def with_raw_response(self) -> AsyncAiQrCodeGeneratorWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return AsyncAiQrCodeGeneratorWithRawResponse(self._engine)
