"""``client.v1.ai_face_editor``: written from openapi.yaml by scripts/generate; do not edit."""

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
    from magic_hour_api.models.ai_face_editor_edit_image_response_200 import (
        AiFaceEditorEditImageResponse200,
    )


_CREATE = Operation(
    "POST",
    "/v1/ai-face-editor",
    "magic_hour_api.api.image_projects.ai_face_editor_edit_image",
    "magic_hour_api.models.ai_face_editor_edit_image_body:AiFaceEditorEditImageBody",
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


class V1AiFaceEditorCreateBodyAssets(TypedDict):
    """Provide the assets for face editor"""

    image_file_path: str
    """This is the image whose face will be edited."""


class V1AiFaceEditorCreateBodyStyle(TypedDict):
    """Face editing parameters"""

    enhance_face: NotRequired[bool]
    """Enhance face features"""
    eyebrow_direction: NotRequired[float]
    """Eyebrow direction (-100 to 100), in increments of 5"""
    eye_gaze_horizontal: NotRequired[float]
    """Horizontal eye gaze (-100 to 100), in increments of 5"""
    eye_gaze_vertical: NotRequired[float]
    """Vertical eye gaze (-100 to 100), in increments of 5"""
    eye_open_ratio: NotRequired[float]
    """Eye open ratio (-100 to 100), in increments of 5"""
    lip_open_ratio: NotRequired[float]
    """Lip open ratio (-100 to 100), in increments of 5"""
    head_roll: NotRequired[float]
    """Head roll (-100 to 100), in increments of 5"""
    mouth_grim: NotRequired[float]
    """Mouth grim (-100 to 100), in increments of 5"""
    mouth_pout: NotRequired[float]
    """Mouth pout (-100 to 100), in increments of 5"""
    mouth_purse: NotRequired[float]
    """Mouth purse (-100 to 100), in increments of 5"""
    mouth_smile: NotRequired[float]
    """Mouth smile (-100 to 100), in increments of 5"""
    mouth_position_horizontal: NotRequired[float]
    """Horizontal mouth position (-100 to 100), in increments of 5"""
    mouth_position_vertical: NotRequired[float]
    """Vertical mouth position (-100 to 100), in increments of 5"""
    head_pitch: NotRequired[float]
    """Head pitch (-100 to 100), in increments of 5"""
    head_yaw: NotRequired[float]
    """Head yaw (-100 to 100), in increments of 5"""


class V1AiFaceEditorGenerateBodyAssets(TypedDict):
    """Provide the assets for face editor"""

    image_file_path: str | os.PathLike[str]
    """This is the image whose face will be edited."""


class AiFaceEditorWithRawResponse:
    """``client.v1.ai_face_editor`` with raw responses"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        assets: V1AiFaceEditorCreateBodyAssets,
        style: V1AiFaceEditorCreateBodyStyle,
        name: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[AiFaceEditorEditImageResponse200]:
        """AI Face Editor: send one request. Charges credits.

        `POST /v1/ai-face-editor`
        """
        body = fields(extra_body, {"assets": assets, "style": style, "name": name})
        return cast(
            "RawResponse[AiFaceEditorEditImageResponse200]",
            self._engine.request(_CREATE, body=body, max_retries=max_retries, raw=True),
        )


class AiFaceEditor:
    """``client.v1.ai_face_editor``"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        assets: V1AiFaceEditorCreateBodyAssets,
        style: V1AiFaceEditorCreateBodyStyle,
        name: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> AiFaceEditorEditImageResponse200:
        """AI Face Editor: send one request. Charges credits.

        `POST /v1/ai-face-editor`
        """
        body = fields(extra_body, {"assets": assets, "style": style, "name": name})
        return cast(
            "AiFaceEditorEditImageResponse200", self._engine.request(_CREATE, body=body, max_retries=max_retries)
        )

    def generate(
        self,
        *,
        assets: V1AiFaceEditorGenerateBodyAssets,
        style: V1AiFaceEditorCreateBodyStyle,
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
        """AI Face Editor: upload local files, create, wait for the result and download it.

        `POST /v1/ai-face-editor`
        """
        body = fields(extra_body, {"assets": assets, "style": style, "name": name})
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
    def with_raw_response(self) -> AiFaceEditorWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return AiFaceEditorWithRawResponse(self._engine)


class AsyncAiFaceEditorWithRawResponse:
    """``client.v1.ai_face_editor`` with raw responses (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        assets: V1AiFaceEditorCreateBodyAssets,
        style: V1AiFaceEditorCreateBodyStyle,
        name: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[AiFaceEditorEditImageResponse200]:
        """AI Face Editor: send one request. Charges credits.

        `POST /v1/ai-face-editor`
        """
        body = fields(extra_body, {"assets": assets, "style": style, "name": name})
        return cast(
            "RawResponse[AiFaceEditorEditImageResponse200]",
            await self._engine.request(_CREATE, body=body, max_retries=max_retries, raw=True),
        )


class AsyncAiFaceEditor:
    """``client.v1.ai_face_editor`` (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        assets: V1AiFaceEditorCreateBodyAssets,
        style: V1AiFaceEditorCreateBodyStyle,
        name: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> AiFaceEditorEditImageResponse200:
        """AI Face Editor: send one request. Charges credits.

        `POST /v1/ai-face-editor`
        """
        body = fields(extra_body, {"assets": assets, "style": style, "name": name})
        return cast(
            "AiFaceEditorEditImageResponse200", await self._engine.request(_CREATE, body=body, max_retries=max_retries)
        )

    async def generate(
        self,
        *,
        assets: V1AiFaceEditorGenerateBodyAssets,
        style: V1AiFaceEditorCreateBodyStyle,
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
        """AI Face Editor: upload local files, create, wait for the result and download it.

        `POST /v1/ai-face-editor`
        """
        body = fields(extra_body, {"assets": assets, "style": style, "name": name})
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
    def with_raw_response(self) -> AsyncAiFaceEditorWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return AsyncAiFaceEditorWithRawResponse(self._engine)
