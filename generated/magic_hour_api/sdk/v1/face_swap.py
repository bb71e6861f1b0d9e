"""``client.v1.face_swap``: written from openapi.yaml by scripts/generate; do not edit."""

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
    from magic_hour_api.models.face_swap_create_video_response_200 import (
        FaceSwapCreateVideoResponse200,
    )


_CREATE = Operation(
    "POST",
    "/v1/face-swap",
    "magic_hour_api.api.video_projects.face_swap_create_video",
    "magic_hour_api.models.face_swap_create_video_body:FaceSwapCreateVideoBody",
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


class V1FaceSwapCreateBodyAssetsFaceMappingsItem(TypedDict):
    """V1FaceSwapCreateBodyAssetsFaceMappingsItem"""

    original_face: str
    """The face detected from the image in `target_file_path`."""
    new_face: str
    """The face image that will be used to replace the face in the `original_face`."""


class V1FaceSwapCreateBodyAssets(TypedDict):
    """Provide the assets for face swap."""

    face_swap_mode: NotRequired[Literal["all-faces", "individual-faces"]]
    """Choose how to swap faces: - all-faces (recommended) — swap all detected faces using one source image (`source_file_path` required) - individual-faces — specify exact mappings using `face_mappings`"""
    image_file_path: NotRequired[str]
    """The path of the input image with the face to be swapped."""
    face_mappings: NotRequired[list[V1FaceSwapCreateBodyAssetsFaceMappingsItem]]
    """This is the array of face mappings used for multiple face swap."""
    video_source: Literal["file", "youtube"]
    """Choose your video source."""
    video_file_path: NotRequired[str]
    """Your video file."""
    youtube_url: NotRequired[str]
    """YouTube URL (required if `video_source` is `youtube`)."""


class V1FaceSwapCreateBodyStyle(TypedDict):
    """Style of the face swap video."""

    version: NotRequired[Literal["v1", "v2", "default"]]
    """`v1` - May preserve skin detail and texture better, but weaker identity preservation."""


class V1FaceSwapGenerateBodyAssetsFaceMappingsItem(TypedDict):
    """V1FaceSwapGenerateBodyAssetsFaceMappingsItem"""

    original_face: str
    """The face detected from the image in `target_file_path`."""
    new_face: str | os.PathLike[str]
    """The face image that will be used to replace the face in the `original_face`."""


class V1FaceSwapGenerateBodyAssets(TypedDict):
    """Provide the assets for face swap."""

    face_swap_mode: NotRequired[Literal["all-faces", "individual-faces"]]
    """Choose how to swap faces: - all-faces (recommended) — swap all detected faces using one source image (`source_file_path` required) - individual-faces — specify exact mappings using `face_mappings`"""
    image_file_path: NotRequired[str | os.PathLike[str]]
    """The path of the input image with the face to be swapped."""
    face_mappings: NotRequired[list[V1FaceSwapGenerateBodyAssetsFaceMappingsItem]]
    """This is the array of face mappings used for multiple face swap."""
    video_source: Literal["file", "youtube"]
    """Choose your video source."""
    video_file_path: NotRequired[str | os.PathLike[str]]
    """Your video file."""
    youtube_url: NotRequired[str]
    """YouTube URL (required if `video_source` is `youtube`)."""


class FaceSwapWithRawResponse:
    """``client.v1.face_swap`` with raw responses"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        start_seconds: float,
        end_seconds: float,
        assets: V1FaceSwapCreateBodyAssets,
        name: str | Unset = UNSET,
        style: V1FaceSwapCreateBodyStyle | Unset = UNSET,
        width: int | None | Unset = UNSET,
        height: int | None | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[FaceSwapCreateVideoResponse200]:
        """Face Swap Video: send one request. Charges credits.

        `POST /v1/face-swap`
        """
        body = fields(
            extra_body,
            {
                "start_seconds": start_seconds,
                "end_seconds": end_seconds,
                "assets": assets,
                "name": name,
                "style": style,
                "width": width,
                "height": height,
            },
        )
        return cast(
            "RawResponse[FaceSwapCreateVideoResponse200]",
            self._engine.request(_CREATE, body=body, max_retries=max_retries, raw=True),
        )


class FaceSwap:
    """``client.v1.face_swap``"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        start_seconds: float,
        end_seconds: float,
        assets: V1FaceSwapCreateBodyAssets,
        name: str | Unset = UNSET,
        style: V1FaceSwapCreateBodyStyle | Unset = UNSET,
        width: int | None | Unset = UNSET,
        height: int | None | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> FaceSwapCreateVideoResponse200:
        """Face Swap Video: send one request. Charges credits.

        `POST /v1/face-swap`
        """
        body = fields(
            extra_body,
            {
                "start_seconds": start_seconds,
                "end_seconds": end_seconds,
                "assets": assets,
                "name": name,
                "style": style,
                "width": width,
                "height": height,
            },
        )
        return cast("FaceSwapCreateVideoResponse200", self._engine.request(_CREATE, body=body, max_retries=max_retries))

    def generate(
        self,
        *,
        start_seconds: float,
        end_seconds: float,
        assets: V1FaceSwapGenerateBodyAssets,
        name: str | Unset = UNSET,
        style: V1FaceSwapCreateBodyStyle | Unset = UNSET,
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
        """Face Swap Video: upload local files, create, wait for the result and download it.

        `POST /v1/face-swap`
        """
        body = fields(
            extra_body,
            {
                "start_seconds": start_seconds,
                "end_seconds": end_seconds,
                "assets": assets,
                "name": name,
                "style": style,
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
    def with_raw_response(self) -> FaceSwapWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return FaceSwapWithRawResponse(self._engine)


class AsyncFaceSwapWithRawResponse:
    """``client.v1.face_swap`` with raw responses (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        start_seconds: float,
        end_seconds: float,
        assets: V1FaceSwapCreateBodyAssets,
        name: str | Unset = UNSET,
        style: V1FaceSwapCreateBodyStyle | Unset = UNSET,
        width: int | None | Unset = UNSET,
        height: int | None | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[FaceSwapCreateVideoResponse200]:
        """Face Swap Video: send one request. Charges credits.

        `POST /v1/face-swap`
        """
        body = fields(
            extra_body,
            {
                "start_seconds": start_seconds,
                "end_seconds": end_seconds,
                "assets": assets,
                "name": name,
                "style": style,
                "width": width,
                "height": height,
            },
        )
        return cast(
            "RawResponse[FaceSwapCreateVideoResponse200]",
            await self._engine.request(_CREATE, body=body, max_retries=max_retries, raw=True),
        )


class AsyncFaceSwap:
    """``client.v1.face_swap`` (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        start_seconds: float,
        end_seconds: float,
        assets: V1FaceSwapCreateBodyAssets,
        name: str | Unset = UNSET,
        style: V1FaceSwapCreateBodyStyle | Unset = UNSET,
        width: int | None | Unset = UNSET,
        height: int | None | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> FaceSwapCreateVideoResponse200:
        """Face Swap Video: send one request. Charges credits.

        `POST /v1/face-swap`
        """
        body = fields(
            extra_body,
            {
                "start_seconds": start_seconds,
                "end_seconds": end_seconds,
                "assets": assets,
                "name": name,
                "style": style,
                "width": width,
                "height": height,
            },
        )
        return cast(
            "FaceSwapCreateVideoResponse200", await self._engine.request(_CREATE, body=body, max_retries=max_retries)
        )

    async def generate(
        self,
        *,
        start_seconds: float,
        end_seconds: float,
        assets: V1FaceSwapGenerateBodyAssets,
        name: str | Unset = UNSET,
        style: V1FaceSwapCreateBodyStyle | Unset = UNSET,
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
        """Face Swap Video: upload local files, create, wait for the result and download it.

        `POST /v1/face-swap`
        """
        body = fields(
            extra_body,
            {
                "start_seconds": start_seconds,
                "end_seconds": end_seconds,
                "assets": assets,
                "name": name,
                "style": style,
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
    def with_raw_response(self) -> AsyncFaceSwapWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return AsyncFaceSwapWithRawResponse(self._engine)
