"""``client.v1.files``: written from openapi.yaml by scripts/generate; do not edit."""

from __future__ import annotations

import functools
import os
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypedDict, cast

from .._engine import (
    AsyncEngine,
    Engine,
    Operation,
    ProgressCallback,
    RawResponse,
    fields,
)

if TYPE_CHECKING:
    from magic_hour_api.models.video_assets_generate_presigned_url_response_200 import (
        VideoAssetsGeneratePresignedUrlResponse200,
    )


_FILESUPLOADURLS_CREATE = Operation(
    "POST",
    "/v1/files/upload-urls",
    "magic_hour_api.api.files.video_assets_generate_presigned_url",
    "magic_hour_api.models.video_assets_generate_presigned_url_body:VideoAssetsGeneratePresignedUrlBody",
)


class V1FilesUploadUrlsCreateBodyItemsItem(TypedDict):
    """V1FilesUploadUrlsCreateBodyItemsItem"""

    type: Literal["video", "audio", "image"]
    """The type of asset to upload."""
    extension: str
    """The extension of the file to upload."""


class FilesUploadUrlsWithRawResponse:
    """``client.v1.files.upload_urls`` with raw responses"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        items: list[V1FilesUploadUrlsCreateBodyItemsItem],
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[VideoAssetsGeneratePresignedUrlResponse200]:
        """Generate asset upload urls: send one request.

        `POST /v1/files/upload-urls`
        """
        body = fields(extra_body, {"items": items})
        return cast(
            "RawResponse[VideoAssetsGeneratePresignedUrlResponse200]",
            self._engine.request(_FILESUPLOADURLS_CREATE, body=body, max_retries=max_retries, raw=True),
        )


class FilesUploadUrls:
    """``client.v1.files.upload_urls``"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        items: list[V1FilesUploadUrlsCreateBodyItemsItem],
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> VideoAssetsGeneratePresignedUrlResponse200:
        """Generate asset upload urls: send one request.

        `POST /v1/files/upload-urls`
        """
        body = fields(extra_body, {"items": items})
        return cast(
            "VideoAssetsGeneratePresignedUrlResponse200",
            self._engine.request(_FILESUPLOADURLS_CREATE, body=body, max_retries=max_retries),
        )

    @functools.cached_property
    def with_raw_response(self) -> FilesUploadUrlsWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return FilesUploadUrlsWithRawResponse(self._engine)


class AsyncFilesUploadUrlsWithRawResponse:
    """``client.v1.files.upload_urls`` with raw responses (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        items: list[V1FilesUploadUrlsCreateBodyItemsItem],
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[VideoAssetsGeneratePresignedUrlResponse200]:
        """Generate asset upload urls: send one request.

        `POST /v1/files/upload-urls`
        """
        body = fields(extra_body, {"items": items})
        return cast(
            "RawResponse[VideoAssetsGeneratePresignedUrlResponse200]",
            await self._engine.request(_FILESUPLOADURLS_CREATE, body=body, max_retries=max_retries, raw=True),
        )


class AsyncFilesUploadUrls:
    """``client.v1.files.upload_urls`` (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        items: list[V1FilesUploadUrlsCreateBodyItemsItem],
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> VideoAssetsGeneratePresignedUrlResponse200:
        """Generate asset upload urls: send one request.

        `POST /v1/files/upload-urls`
        """
        body = fields(extra_body, {"items": items})
        return cast(
            "VideoAssetsGeneratePresignedUrlResponse200",
            await self._engine.request(_FILESUPLOADURLS_CREATE, body=body, max_retries=max_retries),
        )

    @functools.cached_property
    def with_raw_response(self) -> AsyncFilesUploadUrlsWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return AsyncFilesUploadUrlsWithRawResponse(self._engine)


class Files:
    """``client.v1.files``"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def upload_file(
        self,
        file: str | os.PathLike[str],
        *,
        on_progress: ProgressCallback | None = None,
        max_retries: int | None = None,
    ) -> str:
        """Upload a local file to Magic Hour storage; returns the `file_path` to pass in `assets`."""
        return (
            self._engine.upload_files(_FILESUPLOADURLS_CREATE, [file], on_progress=on_progress, max_retries=max_retries)
        )[0]

    def upload_files(
        self,
        files: Sequence[str | os.PathLike[str]],
        *,
        on_progress: ProgressCallback | None = None,
        max_retries: int | None = None,
    ) -> list[str]:
        """Upload local files (all checked first, one upload-URLs request); their `file_path`s in order."""
        return self._engine.upload_files(
            _FILESUPLOADURLS_CREATE, files, on_progress=on_progress, max_retries=max_retries
        )

    @functools.cached_property
    def upload_urls(self) -> FilesUploadUrls:
        """``client.v1.files.upload_urls``"""
        return FilesUploadUrls(self._engine)


class AsyncFiles:
    """``client.v1.files`` (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def upload_file(
        self,
        file: str | os.PathLike[str],
        *,
        on_progress: ProgressCallback | None = None,
        max_retries: int | None = None,
    ) -> str:
        """Upload a local file to Magic Hour storage; returns the `file_path` to pass in `assets`."""
        return (
            await self._engine.upload_files(
                _FILESUPLOADURLS_CREATE, [file], on_progress=on_progress, max_retries=max_retries
            )
        )[0]

    async def upload_files(
        self,
        files: Sequence[str | os.PathLike[str]],
        *,
        on_progress: ProgressCallback | None = None,
        max_retries: int | None = None,
    ) -> list[str]:
        """Upload local files (all checked first, one upload-URLs request); their `file_path`s in order."""
        return await self._engine.upload_files(
            _FILESUPLOADURLS_CREATE, files, on_progress=on_progress, max_retries=max_retries
        )

    @functools.cached_property
    def upload_urls(self) -> AsyncFilesUploadUrls:
        """``client.v1.files.upload_urls``"""
        return AsyncFilesUploadUrls(self._engine)
