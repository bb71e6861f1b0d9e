"""``client.v1.face_swap_photo``: written from openapi.yaml by scripts/generate; do not edit."""

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
    from magic_hour_api.models.face_swap_photo_create_image_response_200 import (
        FaceSwapPhotoCreateImageResponse200,
    )


_CREATE = Operation(
    "POST",
    "/v1/face-swap-photo",
    "magic_hour_api.api.image_projects.face_swap_photo_create_image",
    "magic_hour_api.models.face_swap_photo_create_image_body:FaceSwapPhotoCreateImageBody",
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


class V1FaceSwapPhotoCreateBodyAssetsFaceMappingsItem(TypedDict):
    """V1FaceSwapPhotoCreateBodyAssetsFaceMappingsItem"""

    original_face: str
    """The face detected from the image in `target_file_path`."""
    new_face: str
    """The face image that will be used to replace the face in the `original_face`."""


class V1FaceSwapPhotoCreateBodyAssets(TypedDict):
    """Provide the assets for face swap photo"""

    face_swap_mode: NotRequired[Literal["all-faces", "individual-faces"]]
    """Choose how to swap faces: - all-faces (recommended) — swap all detected faces using one source image (`source_file_path` required) - individual-faces — specify exact mappings using `face_mappings`"""
    source_file_path: NotRequired[str]
    """This is the image from which the face is extracted."""
    face_mappings: NotRequired[list[V1FaceSwapPhotoCreateBodyAssetsFaceMappingsItem]]
    """This is the array of face mappings used for multiple face swap."""
    target_file_path: str
    """This is the image where the face from the source image will be placed."""


class V1FaceSwapPhotoGenerateBodyAssetsFaceMappingsItem(TypedDict):
    """V1FaceSwapPhotoGenerateBodyAssetsFaceMappingsItem"""

    original_face: str
    """The face detected from the image in `target_file_path`."""
    new_face: str | os.PathLike[str]
    """The face image that will be used to replace the face in the `original_face`."""


class V1FaceSwapPhotoGenerateBodyAssets(TypedDict):
    """Provide the assets for face swap photo"""

    face_swap_mode: NotRequired[Literal["all-faces", "individual-faces"]]
    """Choose how to swap faces: - all-faces (recommended) — swap all detected faces using one source image (`source_file_path` required) - individual-faces — specify exact mappings using `face_mappings`"""
    source_file_path: NotRequired[str | os.PathLike[str]]
    """This is the image from which the face is extracted."""
    face_mappings: NotRequired[list[V1FaceSwapPhotoGenerateBodyAssetsFaceMappingsItem]]
    """This is the array of face mappings used for multiple face swap."""
    target_file_path: str | os.PathLike[str]
    """This is the image where the face from the source image will be placed."""


class FaceSwapPhotoWithRawResponse:
    """``client.v1.face_swap_photo`` with raw responses"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        assets: V1FaceSwapPhotoCreateBodyAssets,
        name: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[FaceSwapPhotoCreateImageResponse200]:
        """Face Swap Photo: send one request. Charges credits.

        `POST /v1/face-swap-photo`
        """
        body = fields(extra_body, {"assets": assets, "name": name})
        return cast(
            "RawResponse[FaceSwapPhotoCreateImageResponse200]",
            self._engine.request(_CREATE, body=body, max_retries=max_retries, raw=True),
        )


class FaceSwapPhoto:
    """``client.v1.face_swap_photo``"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        assets: V1FaceSwapPhotoCreateBodyAssets,
        name: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> FaceSwapPhotoCreateImageResponse200:
        """Face Swap Photo: send one request. Charges credits.

        `POST /v1/face-swap-photo`
        """
        body = fields(extra_body, {"assets": assets, "name": name})
        return cast(
            "FaceSwapPhotoCreateImageResponse200", self._engine.request(_CREATE, body=body, max_retries=max_retries)
        )

    def generate(
        self,
        *,
        assets: V1FaceSwapPhotoGenerateBodyAssets,
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
        """Face Swap Photo: upload local files, create, wait for the result and download it.

        `POST /v1/face-swap-photo`
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
    def with_raw_response(self) -> FaceSwapPhotoWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return FaceSwapPhotoWithRawResponse(self._engine)


class AsyncFaceSwapPhotoWithRawResponse:
    """``client.v1.face_swap_photo`` with raw responses (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        assets: V1FaceSwapPhotoCreateBodyAssets,
        name: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[FaceSwapPhotoCreateImageResponse200]:
        """Face Swap Photo: send one request. Charges credits.

        `POST /v1/face-swap-photo`
        """
        body = fields(extra_body, {"assets": assets, "name": name})
        return cast(
            "RawResponse[FaceSwapPhotoCreateImageResponse200]",
            await self._engine.request(_CREATE, body=body, max_retries=max_retries, raw=True),
        )


class AsyncFaceSwapPhoto:
    """``client.v1.face_swap_photo`` (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        assets: V1FaceSwapPhotoCreateBodyAssets,
        name: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> FaceSwapPhotoCreateImageResponse200:
        """Face Swap Photo: send one request. Charges credits.

        `POST /v1/face-swap-photo`
        """
        body = fields(extra_body, {"assets": assets, "name": name})
        return cast(
            "FaceSwapPhotoCreateImageResponse200",
            await self._engine.request(_CREATE, body=body, max_retries=max_retries),
        )

    async def generate(
        self,
        *,
        assets: V1FaceSwapPhotoGenerateBodyAssets,
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
        """Face Swap Photo: upload local files, create, wait for the result and download it.

        `POST /v1/face-swap-photo`
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
    def with_raw_response(self) -> AsyncFaceSwapPhotoWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return AsyncFaceSwapPhotoWithRawResponse(self._engine)
