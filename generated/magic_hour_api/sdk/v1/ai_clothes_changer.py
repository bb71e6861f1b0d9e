"""``client.v1.ai_clothes_changer``: written from openapi.yaml by scripts/generate; do not edit."""

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
    from magic_hour_api.models.ai_clothes_changer_create_image_response_200 import (
        AiClothesChangerCreateImageResponse200,
    )


_CREATE = Operation(
    "POST",
    "/v1/ai-clothes-changer",
    "magic_hour_api.api.image_projects.ai_clothes_changer_create_image",
    "magic_hour_api.models.ai_clothes_changer_create_image_body:AiClothesChangerCreateImageBody",
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


class V1AiClothesChangerCreateBodyAssets(TypedDict):
    """Provide the assets for clothes changer"""

    person_file_path: str
    """The image with the person."""
    garment_file_path: str
    """The image of the outfit."""
    garment_type: NotRequired[Literal["entire_outfit", "upper_body", "lower_body", "dresses"]]
    """Type of clothing item to swap."""


class V1AiClothesChangerGenerateBodyAssets(TypedDict):
    """Provide the assets for clothes changer"""

    person_file_path: str | os.PathLike[str]
    """The image with the person."""
    garment_file_path: str | os.PathLike[str]
    """The image of the outfit."""
    garment_type: NotRequired[Literal["entire_outfit", "upper_body", "lower_body", "dresses"]]
    """Type of clothing item to swap."""


class AiClothesChangerWithRawResponse:
    """``client.v1.ai_clothes_changer`` with raw responses"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        assets: V1AiClothesChangerCreateBodyAssets,
        name: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[AiClothesChangerCreateImageResponse200]:
        """AI Clothes Changer: send one request. Charges credits.

        `POST /v1/ai-clothes-changer`
        """
        body = fields(extra_body, {"assets": assets, "name": name})
        return cast(
            "RawResponse[AiClothesChangerCreateImageResponse200]",
            self._engine.request(_CREATE, body=body, max_retries=max_retries, raw=True),
        )


class AiClothesChanger:
    """``client.v1.ai_clothes_changer``"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        assets: V1AiClothesChangerCreateBodyAssets,
        name: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> AiClothesChangerCreateImageResponse200:
        """AI Clothes Changer: send one request. Charges credits.

        `POST /v1/ai-clothes-changer`
        """
        body = fields(extra_body, {"assets": assets, "name": name})
        return cast(
            "AiClothesChangerCreateImageResponse200", self._engine.request(_CREATE, body=body, max_retries=max_retries)
        )

    def generate(
        self,
        *,
        assets: V1AiClothesChangerGenerateBodyAssets,
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
        """AI Clothes Changer: upload local files, create, wait for the result and download it.

        `POST /v1/ai-clothes-changer`
        """
        body = fields(extra_body, {"assets": assets, "name": name})
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
    def with_raw_response(self) -> AiClothesChangerWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return AiClothesChangerWithRawResponse(self._engine)


class AsyncAiClothesChangerWithRawResponse:
    """``client.v1.ai_clothes_changer`` with raw responses (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        assets: V1AiClothesChangerCreateBodyAssets,
        name: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[AiClothesChangerCreateImageResponse200]:
        """AI Clothes Changer: send one request. Charges credits.

        `POST /v1/ai-clothes-changer`
        """
        body = fields(extra_body, {"assets": assets, "name": name})
        return cast(
            "RawResponse[AiClothesChangerCreateImageResponse200]",
            await self._engine.request(_CREATE, body=body, max_retries=max_retries, raw=True),
        )


class AsyncAiClothesChanger:
    """``client.v1.ai_clothes_changer`` (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        assets: V1AiClothesChangerCreateBodyAssets,
        name: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> AiClothesChangerCreateImageResponse200:
        """AI Clothes Changer: send one request. Charges credits.

        `POST /v1/ai-clothes-changer`
        """
        body = fields(extra_body, {"assets": assets, "name": name})
        return cast(
            "AiClothesChangerCreateImageResponse200",
            await self._engine.request(_CREATE, body=body, max_retries=max_retries),
        )

    async def generate(
        self,
        *,
        assets: V1AiClothesChangerGenerateBodyAssets,
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
        """AI Clothes Changer: upload local files, create, wait for the result and download it.

        `POST /v1/ai-clothes-changer`
        """
        body = fields(extra_body, {"assets": assets, "name": name})
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
    def with_raw_response(self) -> AsyncAiClothesChangerWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return AsyncAiClothesChangerWithRawResponse(self._engine)
