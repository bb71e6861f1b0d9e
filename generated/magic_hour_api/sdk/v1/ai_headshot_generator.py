"""``client.v1.ai_headshot_generator``: written from openapi.yaml by scripts/generate; do not edit."""

from __future__ import annotations

import functools
import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, NotRequired, TypedDict, cast

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
    from magic_hour_api.models.ai_headshot_generator_create_image_response_200 import (
        AiHeadshotGeneratorCreateImageResponse200,
    )


_CREATE = Operation(
    "POST",
    "/v1/ai-headshot-generator",
    "magic_hour_api.api.image_projects.ai_headshot_generator_create_image",
    "magic_hour_api.models.ai_headshot_generator_create_image_body:AiHeadshotGeneratorCreateImageBody",
    follow=Operation(
        "GET", "/v1/image-projects/{id}", "magic_hour_api.api.image_projects.image_projects_get_details", None
    ),
    upload=Operation(
        "POST",
        "/v1/files/upload-urls",
        "magic_hour_api.api.files.video_assets_generate_presigned_url",
        "magic_hour_api.models.video_assets_generate_presigned_url_body:VideoAssetsGeneratePresignedUrlBody",
    ),
)


class V1AiHeadshotGeneratorCreateBodyAssets(TypedDict):
    """Provide the assets for headshot photo"""

    image_file_path: str
    """The image used to generate the headshot."""


class V1AiHeadshotGeneratorCreateBodyStyle(TypedDict):
    """V1AiHeadshotGeneratorCreateBodyStyle"""

    prompt: NotRequired[str]
    """Prompt used to guide the style of your headshot."""


class V1AiHeadshotGeneratorGenerateBodyAssets(TypedDict):
    """Provide the assets for headshot photo"""

    image_file_path: str | os.PathLike[str]
    """The image used to generate the headshot."""


class AiHeadshotGeneratorWithRawResponse:
    """``client.v1.ai_headshot_generator`` with raw responses"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        assets: V1AiHeadshotGeneratorCreateBodyAssets,
        name: str | Unset = UNSET,
        style: V1AiHeadshotGeneratorCreateBodyStyle | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[AiHeadshotGeneratorCreateImageResponse200]:
        """AI Headshot Generator: send one request. Charges credits.

        `POST /v1/ai-headshot-generator`
        """
        body = fields(extra_body, {"assets": assets, "name": name, "style": style})
        return cast(
            "RawResponse[AiHeadshotGeneratorCreateImageResponse200]",
            self._engine.request(_CREATE, body=body, max_retries=max_retries, raw=True),
        )


class AiHeadshotGenerator:
    """``client.v1.ai_headshot_generator``"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        assets: V1AiHeadshotGeneratorCreateBodyAssets,
        name: str | Unset = UNSET,
        style: V1AiHeadshotGeneratorCreateBodyStyle | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> AiHeadshotGeneratorCreateImageResponse200:
        """AI Headshot Generator: send one request. Charges credits.

        `POST /v1/ai-headshot-generator`
        """
        body = fields(extra_body, {"assets": assets, "name": name, "style": style})
        return cast(
            "AiHeadshotGeneratorCreateImageResponse200",
            self._engine.request(_CREATE, body=body, max_retries=max_retries),
        )

    def generate(
        self,
        *,
        assets: V1AiHeadshotGeneratorGenerateBodyAssets,
        name: str | Unset = UNSET,
        style: V1AiHeadshotGeneratorCreateBodyStyle | Unset = UNSET,
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
        """AI Headshot Generator: upload local files, create, wait for the result and download it.

        `POST /v1/ai-headshot-generator`
        """
        body = fields(extra_body, {"assets": assets, "name": name, "style": style})
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
    def with_raw_response(self) -> AiHeadshotGeneratorWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return AiHeadshotGeneratorWithRawResponse(self._engine)


class AsyncAiHeadshotGeneratorWithRawResponse:
    """``client.v1.ai_headshot_generator`` with raw responses (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        assets: V1AiHeadshotGeneratorCreateBodyAssets,
        name: str | Unset = UNSET,
        style: V1AiHeadshotGeneratorCreateBodyStyle | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[AiHeadshotGeneratorCreateImageResponse200]:
        """AI Headshot Generator: send one request. Charges credits.

        `POST /v1/ai-headshot-generator`
        """
        body = fields(extra_body, {"assets": assets, "name": name, "style": style})
        return cast(
            "RawResponse[AiHeadshotGeneratorCreateImageResponse200]",
            await self._engine.request(_CREATE, body=body, max_retries=max_retries, raw=True),
        )


class AsyncAiHeadshotGenerator:
    """``client.v1.ai_headshot_generator`` (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        assets: V1AiHeadshotGeneratorCreateBodyAssets,
        name: str | Unset = UNSET,
        style: V1AiHeadshotGeneratorCreateBodyStyle | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> AiHeadshotGeneratorCreateImageResponse200:
        """AI Headshot Generator: send one request. Charges credits.

        `POST /v1/ai-headshot-generator`
        """
        body = fields(extra_body, {"assets": assets, "name": name, "style": style})
        return cast(
            "AiHeadshotGeneratorCreateImageResponse200",
            await self._engine.request(_CREATE, body=body, max_retries=max_retries),
        )

    async def generate(
        self,
        *,
        assets: V1AiHeadshotGeneratorGenerateBodyAssets,
        name: str | Unset = UNSET,
        style: V1AiHeadshotGeneratorCreateBodyStyle | Unset = UNSET,
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
        """AI Headshot Generator: upload local files, create, wait for the result and download it.

        `POST /v1/ai-headshot-generator`
        """
        body = fields(extra_body, {"assets": assets, "name": name, "style": style})
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
    def with_raw_response(self) -> AsyncAiHeadshotGeneratorWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return AsyncAiHeadshotGeneratorWithRawResponse(self._engine)
