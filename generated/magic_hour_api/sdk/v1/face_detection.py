"""``client.v1.face_detection``: written from openapi.yaml by scripts/generate; do not edit."""

from __future__ import annotations

import functools
import os
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypedDict, cast

import attrs
from magic_hour_api.models.face_detection_get_details_response_200 import (
    FaceDetectionGetDetailsResponse200,
)

from ...types import UNSET, Unset
from .._engine import (
    AsyncEngine,
    Engine,
    Operation,
    ProgressCallback,
    RawResponse,
    WaitOptions,
    extend_project,
    fields,
)

if TYPE_CHECKING:
    from magic_hour_api.models.face_detection_detect_faces_response_200 import (
        FaceDetectionDetectFacesResponse200,
    )
    from magic_hour_api.models.face_detection_get_details_response_200 import (
        FaceDetectionGetDetailsResponse200,
    )


_CREATE = Operation(
    "POST",
    "/v1/face-detection",
    "magic_hour_api.api.files.face_detection_detect_faces",
    "magic_hour_api.models.face_detection_detect_faces_body:FaceDetectionDetectFacesBody",
    follow=Operation("GET", "/v1/face-detection/{id}", "magic_hour_api.api.files.face_detection_get_details", None),
    upload=Operation(
        "POST",
        "/v1/files/upload-urls",
        "magic_hour_api.api.files.video_assets_generate_presigned_url",
        "magic_hour_api.models.video_assets_generate_presigned_url_body:VideoAssetsGeneratePresignedUrlBody",
    ),
)
_GET = Operation("GET", "/v1/face-detection/{id}", "magic_hour_api.api.files.face_detection_get_details", None)


class V1FaceDetectionCreateBodyAssets(TypedDict):
    """Provide the assets for face detection"""

    target_file_path: str
    """This is the image or video where the face will be detected."""


class V1FaceDetectionGenerateBodyAssets(TypedDict):
    """Provide the assets for face detection"""

    target_file_path: str | os.PathLike[str]
    """This is the image or video where the face will be detected."""


@attrs.define
class FaceDetectionResult(FaceDetectionGetDetailsResponse200):
    """A face detection item as generate() or check_result() left it, and the files saved."""

    downloaded_paths: list[str] = attrs.field(factory=list)

    @classmethod
    def extend(
        cls, project: FaceDetectionGetDetailsResponse200, paths: Sequence[str | os.PathLike[str]]
    ) -> FaceDetectionResult:
        """This result for `project` and the `paths` saved from it, as `str` (as the official SDK has them)."""
        return extend_project(cls, project, [os.fspath(p) for p in paths])

    def to_dict(self) -> dict[str, Any]:
        return {**super().to_dict(), "downloaded_paths": list(self.downloaded_paths)}


class FaceDetectionWithRawResponse:
    """``client.v1.face_detection`` with raw responses"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        assets: V1FaceDetectionCreateBodyAssets,
        confidence_score: float | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[FaceDetectionDetectFacesResponse200]:
        """Face Detection: send one request. Charges credits.

        `POST /v1/face-detection`
        """
        body = fields(extra_body, {"assets": assets, "confidence_score": confidence_score})
        return cast(
            "RawResponse[FaceDetectionDetectFacesResponse200]",
            self._engine.request(_CREATE, body=body, max_retries=max_retries, raw=True),
        )

    def get(self, *, id: str, max_retries: int | None = None) -> RawResponse[FaceDetectionGetDetailsResponse200]:
        """Get face detection details: the current state.

        `GET /v1/face-detection/{id}`
        """
        return cast(
            "RawResponse[FaceDetectionGetDetailsResponse200]",
            self._engine.request(_GET, path={"id": id}, max_retries=max_retries, raw=True),
        )


class FaceDetection:
    """``client.v1.face_detection``"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        assets: V1FaceDetectionCreateBodyAssets,
        confidence_score: float | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> FaceDetectionDetectFacesResponse200:
        """Face Detection: send one request. Charges credits.

        `POST /v1/face-detection`
        """
        body = fields(extra_body, {"assets": assets, "confidence_score": confidence_score})
        return cast(
            "FaceDetectionDetectFacesResponse200", self._engine.request(_CREATE, body=body, max_retries=max_retries)
        )

    def generate(
        self,
        *,
        assets: V1FaceDetectionGenerateBodyAssets,
        confidence_score: float | Unset = UNSET,
        wait_for_completion: bool = True,
        download_outputs: bool = True,
        download_directory: str | os.PathLike[str] | None = None,
        output_name: str | None = None,
        poll_interval: float | None = None,
        wait_timeout: float | None | Unset = UNSET,
        on_progress: ProgressCallback | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> FaceDetectionResult:
        """Face Detection: upload local files, create, wait for the result and download it.

        `POST /v1/face-detection`
        """
        body = fields(extra_body, {"assets": assets, "confidence_score": confidence_score})
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
        return FaceDetectionResult.extend(project, paths)

    def get(self, *, id: str, max_retries: int | None = None) -> FaceDetectionGetDetailsResponse200:
        """Get face detection details: the current state.

        `GET /v1/face-detection/{id}`
        """
        return cast(
            "FaceDetectionGetDetailsResponse200", self._engine.request(_GET, path={"id": id}, max_retries=max_retries)
        )

    def check_result(
        self,
        *,
        id: str,
        wait_for_completion: bool = True,
        download_outputs: bool = True,
        download_directory: str | os.PathLike[str] | None = None,
        output_name: str | None = None,
        poll_interval: float | None = None,
        wait_timeout: float | None | Unset = UNSET,
        on_progress: ProgressCallback | None = None,
        max_retries: int | None = None,
    ) -> FaceDetectionResult:
        """Get face detection details: fetch, optionally wait until it ends, and download its outputs. Resumes a wait without creating or charging anything again.

        `GET /v1/face-detection/{id}`
        """
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
        project, paths = self._engine.check_result(_GET, {"id": id}, options)
        return FaceDetectionResult.extend(project, paths)

    @functools.cached_property
    def with_raw_response(self) -> FaceDetectionWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return FaceDetectionWithRawResponse(self._engine)


class AsyncFaceDetectionWithRawResponse:
    """``client.v1.face_detection`` with raw responses (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        assets: V1FaceDetectionCreateBodyAssets,
        confidence_score: float | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[FaceDetectionDetectFacesResponse200]:
        """Face Detection: send one request. Charges credits.

        `POST /v1/face-detection`
        """
        body = fields(extra_body, {"assets": assets, "confidence_score": confidence_score})
        return cast(
            "RawResponse[FaceDetectionDetectFacesResponse200]",
            await self._engine.request(_CREATE, body=body, max_retries=max_retries, raw=True),
        )

    async def get(self, *, id: str, max_retries: int | None = None) -> RawResponse[FaceDetectionGetDetailsResponse200]:
        """Get face detection details: the current state.

        `GET /v1/face-detection/{id}`
        """
        return cast(
            "RawResponse[FaceDetectionGetDetailsResponse200]",
            await self._engine.request(_GET, path={"id": id}, max_retries=max_retries, raw=True),
        )


class AsyncFaceDetection:
    """``client.v1.face_detection`` (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        assets: V1FaceDetectionCreateBodyAssets,
        confidence_score: float | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> FaceDetectionDetectFacesResponse200:
        """Face Detection: send one request. Charges credits.

        `POST /v1/face-detection`
        """
        body = fields(extra_body, {"assets": assets, "confidence_score": confidence_score})
        return cast(
            "FaceDetectionDetectFacesResponse200",
            await self._engine.request(_CREATE, body=body, max_retries=max_retries),
        )

    async def generate(
        self,
        *,
        assets: V1FaceDetectionGenerateBodyAssets,
        confidence_score: float | Unset = UNSET,
        wait_for_completion: bool = True,
        download_outputs: bool = True,
        download_directory: str | os.PathLike[str] | None = None,
        output_name: str | None = None,
        poll_interval: float | None = None,
        wait_timeout: float | None | Unset = UNSET,
        on_progress: ProgressCallback | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> FaceDetectionResult:
        """Face Detection: upload local files, create, wait for the result and download it.

        `POST /v1/face-detection`
        """
        body = fields(extra_body, {"assets": assets, "confidence_score": confidence_score})
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
        return FaceDetectionResult.extend(project, paths)

    async def get(self, *, id: str, max_retries: int | None = None) -> FaceDetectionGetDetailsResponse200:
        """Get face detection details: the current state.

        `GET /v1/face-detection/{id}`
        """
        return cast(
            "FaceDetectionGetDetailsResponse200",
            await self._engine.request(_GET, path={"id": id}, max_retries=max_retries),
        )

    async def check_result(
        self,
        *,
        id: str,
        wait_for_completion: bool = True,
        download_outputs: bool = True,
        download_directory: str | os.PathLike[str] | None = None,
        output_name: str | None = None,
        poll_interval: float | None = None,
        wait_timeout: float | None | Unset = UNSET,
        on_progress: ProgressCallback | None = None,
        max_retries: int | None = None,
    ) -> FaceDetectionResult:
        """Get face detection details: fetch, optionally wait until it ends, and download its outputs. Resumes a wait without creating or charging anything again.

        `GET /v1/face-detection/{id}`
        """
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
        project, paths = await self._engine.check_result(_GET, {"id": id}, options)
        return FaceDetectionResult.extend(project, paths)

    @functools.cached_property
    def with_raw_response(self) -> AsyncFaceDetectionWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return AsyncFaceDetectionWithRawResponse(self._engine)
