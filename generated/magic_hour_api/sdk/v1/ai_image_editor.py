"""``client.v1.ai_image_editor``: written from openapi.yaml by scripts/generate; do not edit."""

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
    from magic_hour_api.models.ai_image_editor_create_image_response_200 import (
        AiImageEditorCreateImageResponse200,
    )


_CREATE = Operation(
    "POST",
    "/v1/ai-image-editor",
    "magic_hour_api.api.image_projects.ai_image_editor_create_image",
    "magic_hour_api.models.ai_image_editor_create_image_body:AiImageEditorCreateImageBody",
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


class V1AiImageEditorCreateBodyStyle(TypedDict):
    """V1AiImageEditorCreateBodyStyle"""

    prompt: str
    """The prompt used to edit the image."""


class V1AiImageEditorCreateBodyAssets(TypedDict):
    """Provide the assets for image edit"""

    image_file_paths: NotRequired[list[str]]
    """The image(s) used in the edit, maximum of 10 images."""


class V1AiImageEditorGenerateBodyAssets(TypedDict):
    """Provide the assets for image edit"""

    image_file_paths: NotRequired[list[str | os.PathLike[str]]]
    """The image(s) used in the edit, maximum of 10 images."""


class AiImageEditorWithRawResponse:
    """``client.v1.ai_image_editor`` with raw responses"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        style: V1AiImageEditorCreateBodyStyle,
        assets: V1AiImageEditorCreateBodyAssets,
        name: str | Unset = UNSET,
        image_count: Literal[1, 4, 9, 16] | Unset = UNSET,
        model: Literal[
            "default",
            "qwen-image-2.1",
            "qwen-edit",
            "flux-2-klein",
            "nano-banana-2-lite",
            "nano-banana-2",
            "nano-banana-2.1",
            "krea-2",
            "gpt-image-2.5-flare",
            "gpt-image-2",
            "seedream-v5-pro",
            "seedream-v4.5",
            "seedream-v4",
            "nano-banana",
            "nano-banana-pro",
        ]
        | Unset = UNSET,
        aspect_ratio: Literal["auto", "16:9", "9:16", "4:3", "3:2", "1:1", "4:5", "2:3"] | Unset = UNSET,
        resolution: Literal["auto", "640px", "1k", "2k", "4k"] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[AiImageEditorCreateImageResponse200]:
        """AI Image Editor: send one request. Charges credits.

        `POST /v1/ai-image-editor`
        """
        body = fields(
            extra_body,
            {
                "style": style,
                "assets": assets,
                "name": name,
                "image_count": image_count,
                "model": model,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
            },
        )
        return cast(
            "RawResponse[AiImageEditorCreateImageResponse200]",
            self._engine.request(_CREATE, body=body, max_retries=max_retries, raw=True),
        )


class AiImageEditor:
    """``client.v1.ai_image_editor``"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        style: V1AiImageEditorCreateBodyStyle,
        assets: V1AiImageEditorCreateBodyAssets,
        name: str | Unset = UNSET,
        image_count: Literal[1, 4, 9, 16] | Unset = UNSET,
        model: Literal[
            "default",
            "qwen-image-2.1",
            "qwen-edit",
            "flux-2-klein",
            "nano-banana-2-lite",
            "nano-banana-2",
            "nano-banana-2.1",
            "krea-2",
            "gpt-image-2.5-flare",
            "gpt-image-2",
            "seedream-v5-pro",
            "seedream-v4.5",
            "seedream-v4",
            "nano-banana",
            "nano-banana-pro",
        ]
        | Unset = UNSET,
        aspect_ratio: Literal["auto", "16:9", "9:16", "4:3", "3:2", "1:1", "4:5", "2:3"] | Unset = UNSET,
        resolution: Literal["auto", "640px", "1k", "2k", "4k"] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> AiImageEditorCreateImageResponse200:
        """AI Image Editor: send one request. Charges credits.

        `POST /v1/ai-image-editor`
        """
        body = fields(
            extra_body,
            {
                "style": style,
                "assets": assets,
                "name": name,
                "image_count": image_count,
                "model": model,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
            },
        )
        return cast(
            "AiImageEditorCreateImageResponse200", self._engine.request(_CREATE, body=body, max_retries=max_retries)
        )

    def generate(
        self,
        *,
        style: V1AiImageEditorCreateBodyStyle,
        assets: V1AiImageEditorGenerateBodyAssets,
        name: str | Unset = UNSET,
        image_count: Literal[1, 4, 9, 16] | Unset = UNSET,
        model: Literal[
            "default",
            "qwen-image-2.1",
            "qwen-edit",
            "flux-2-klein",
            "nano-banana-2-lite",
            "nano-banana-2",
            "nano-banana-2.1",
            "krea-2",
            "gpt-image-2.5-flare",
            "gpt-image-2",
            "seedream-v5-pro",
            "seedream-v4.5",
            "seedream-v4",
            "nano-banana",
            "nano-banana-pro",
        ]
        | Unset = UNSET,
        aspect_ratio: Literal["auto", "16:9", "9:16", "4:3", "3:2", "1:1", "4:5", "2:3"] | Unset = UNSET,
        resolution: Literal["auto", "640px", "1k", "2k", "4k"] | Unset = UNSET,
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
        """AI Image Editor: upload local files, create, wait for the result and download it.

        `POST /v1/ai-image-editor`
        """
        body = fields(
            extra_body,
            {
                "style": style,
                "assets": assets,
                "name": name,
                "image_count": image_count,
                "model": model,
                "aspect_ratio": aspect_ratio,
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
        return ImageProjectsResult.extend(project, paths)

    @functools.cached_property
    def with_raw_response(self) -> AiImageEditorWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return AiImageEditorWithRawResponse(self._engine)


class AsyncAiImageEditorWithRawResponse:
    """``client.v1.ai_image_editor`` with raw responses (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        style: V1AiImageEditorCreateBodyStyle,
        assets: V1AiImageEditorCreateBodyAssets,
        name: str | Unset = UNSET,
        image_count: Literal[1, 4, 9, 16] | Unset = UNSET,
        model: Literal[
            "default",
            "qwen-image-2.1",
            "qwen-edit",
            "flux-2-klein",
            "nano-banana-2-lite",
            "nano-banana-2",
            "nano-banana-2.1",
            "krea-2",
            "gpt-image-2.5-flare",
            "gpt-image-2",
            "seedream-v5-pro",
            "seedream-v4.5",
            "seedream-v4",
            "nano-banana",
            "nano-banana-pro",
        ]
        | Unset = UNSET,
        aspect_ratio: Literal["auto", "16:9", "9:16", "4:3", "3:2", "1:1", "4:5", "2:3"] | Unset = UNSET,
        resolution: Literal["auto", "640px", "1k", "2k", "4k"] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[AiImageEditorCreateImageResponse200]:
        """AI Image Editor: send one request. Charges credits.

        `POST /v1/ai-image-editor`
        """
        body = fields(
            extra_body,
            {
                "style": style,
                "assets": assets,
                "name": name,
                "image_count": image_count,
                "model": model,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
            },
        )
        return cast(
            "RawResponse[AiImageEditorCreateImageResponse200]",
            await self._engine.request(_CREATE, body=body, max_retries=max_retries, raw=True),
        )


class AsyncAiImageEditor:
    """``client.v1.ai_image_editor`` (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        style: V1AiImageEditorCreateBodyStyle,
        assets: V1AiImageEditorCreateBodyAssets,
        name: str | Unset = UNSET,
        image_count: Literal[1, 4, 9, 16] | Unset = UNSET,
        model: Literal[
            "default",
            "qwen-image-2.1",
            "qwen-edit",
            "flux-2-klein",
            "nano-banana-2-lite",
            "nano-banana-2",
            "nano-banana-2.1",
            "krea-2",
            "gpt-image-2.5-flare",
            "gpt-image-2",
            "seedream-v5-pro",
            "seedream-v4.5",
            "seedream-v4",
            "nano-banana",
            "nano-banana-pro",
        ]
        | Unset = UNSET,
        aspect_ratio: Literal["auto", "16:9", "9:16", "4:3", "3:2", "1:1", "4:5", "2:3"] | Unset = UNSET,
        resolution: Literal["auto", "640px", "1k", "2k", "4k"] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> AiImageEditorCreateImageResponse200:
        """AI Image Editor: send one request. Charges credits.

        `POST /v1/ai-image-editor`
        """
        body = fields(
            extra_body,
            {
                "style": style,
                "assets": assets,
                "name": name,
                "image_count": image_count,
                "model": model,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
            },
        )
        return cast(
            "AiImageEditorCreateImageResponse200",
            await self._engine.request(_CREATE, body=body, max_retries=max_retries),
        )

    async def generate(
        self,
        *,
        style: V1AiImageEditorCreateBodyStyle,
        assets: V1AiImageEditorGenerateBodyAssets,
        name: str | Unset = UNSET,
        image_count: Literal[1, 4, 9, 16] | Unset = UNSET,
        model: Literal[
            "default",
            "qwen-image-2.1",
            "qwen-edit",
            "flux-2-klein",
            "nano-banana-2-lite",
            "nano-banana-2",
            "nano-banana-2.1",
            "krea-2",
            "gpt-image-2.5-flare",
            "gpt-image-2",
            "seedream-v5-pro",
            "seedream-v4.5",
            "seedream-v4",
            "nano-banana",
            "nano-banana-pro",
        ]
        | Unset = UNSET,
        aspect_ratio: Literal["auto", "16:9", "9:16", "4:3", "3:2", "1:1", "4:5", "2:3"] | Unset = UNSET,
        resolution: Literal["auto", "640px", "1k", "2k", "4k"] | Unset = UNSET,
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
        """AI Image Editor: upload local files, create, wait for the result and download it.

        `POST /v1/ai-image-editor`
        """
        body = fields(
            extra_body,
            {
                "style": style,
                "assets": assets,
                "name": name,
                "image_count": image_count,
                "model": model,
                "aspect_ratio": aspect_ratio,
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
        return ImageProjectsResult.extend(project, paths)

    @functools.cached_property
    def with_raw_response(self) -> AsyncAiImageEditorWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return AsyncAiImageEditorWithRawResponse(self._engine)
