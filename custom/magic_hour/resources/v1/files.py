"""``client.v1.files``: upload URLs, and uploading local files to Magic Hour storage."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from magic_hour_api.api.files import create_upload_urls
from magic_hour_api.models.create_upload_urls_request import CreateUploadUrlsRequest
from magic_hour_api.models.create_upload_urls_response import CreateUploadUrlsResponse

from ... import _transfer, _validation
from ..._errors import APIResponseValidationError, ValidationError
from ..._files import FileInput, LocalFile, inspect
from ..._requests import Call, _policy
from ..._types import ProgressCallback
from ..._workflow import to_plain

if TYPE_CHECKING:
    from ..._client import AsyncClient, Client

_CALL = Call("POST /v1/files/upload-urls", idempotent=True)  # hands out URLs; charges nothing


def _request(items: Any) -> CreateUploadUrlsRequest:
    """The generated request model for `items`, checked against the spec first.

    `type_` (the official SDK's spelling) is accepted as well as `type`.
    """
    if not isinstance(items, Sequence) or isinstance(items, str | bytes):
        raise ValidationError("items must be a list like [{'type': 'image', 'extension': 'png'}].")
    plain = []
    for item in items:
        entry = to_plain(item)
        if isinstance(entry, Mapping) and "type_" in entry:
            entry = {("type" if k == "type_" else k): v for k, v in entry.items()}
        plain.append(entry)
    body = {"items": plain}
    _validation.check(body, "CreateUploadUrlsRequest", what="upload URLs request")
    return CreateUploadUrlsRequest.from_dict(body)


def _check_urls(response: CreateUploadUrlsResponse, wanted: int) -> None:
    if len(response.items) != wanted:
        raise APIResponseValidationError(
            f"The API returned {len(response.items)} upload URLs for {wanted} files; try again."
        )


class UploadUrls:
    """``client.v1.files.upload_urls``"""

    def __init__(self, client: Client) -> None:
        self._client = client

    def create(self, *, items: Sequence[Mapping[str, Any]], max_retries: int | None = None) -> CreateUploadUrlsResponse:
        """Presigned upload URLs and `file_path`s, one per item, in the items' order."""
        body = _request(items)
        api = self._client._api
        result: CreateUploadUrlsResponse = self._client._requester.call(
            _CALL, lambda: create_upload_urls.sync_detailed(client=api, body=body), max_retries=max_retries
        )
        return result


class Files:
    """``client.v1.files``"""

    def __init__(self, client: Client) -> None:
        self._client = client
        self.upload_urls = UploadUrls(client)

    def upload_file(
        self, file: FileInput, *, on_progress: ProgressCallback | None = None, max_retries: int | None = None
    ) -> str:
        """Upload a local file (path, pathlib.Path or binary file object); returns its ``api-assets/...`` path."""
        local = inspect(file, field="file", asset_type=None)
        return self.upload_many([local], on_progress=on_progress, max_retries=max_retries)[0]

    def upload_many(
        self, files: Sequence[LocalFile], *, on_progress: ProgressCallback | None, max_retries: int | None
    ) -> list[str]:
        """Upload checked files with one upload-URLs request; returns their file paths in order."""
        urls = self.upload_urls.create(
            items=[{"type": f.asset_type, "extension": f.extension} for f in files], max_retries=max_retries
        )
        _check_urls(urls, len(files))
        policy = _policy(self._client._settings.retry, max_retries)
        for local, slot in zip(files, urls.items, strict=True):
            _transfer.upload(self._client._http, slot.upload_url, local, policy, on_progress)
        return [slot.file_path for slot in urls.items]


class AsyncUploadUrls:
    """``client.v1.files.upload_urls`` (async)"""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self, *, items: Sequence[Mapping[str, Any]], max_retries: int | None = None
    ) -> CreateUploadUrlsResponse:
        """Presigned upload URLs and `file_path`s, one per item, in the items' order."""
        body = _request(items)
        api = self._client._api
        result: CreateUploadUrlsResponse = await self._client._requester.call(
            _CALL, lambda: create_upload_urls.asyncio_detailed(client=api, body=body), max_retries=max_retries
        )
        return result


class AsyncFiles:
    """``client.v1.files`` (async)"""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client
        self.upload_urls = AsyncUploadUrls(client)

    async def upload_file(
        self, file: FileInput, *, on_progress: ProgressCallback | None = None, max_retries: int | None = None
    ) -> str:
        """Upload a local file (path, pathlib.Path or binary file object); returns its ``api-assets/...`` path."""
        local = inspect(file, field="file", asset_type=None)
        return (await self.upload_many([local], on_progress=on_progress, max_retries=max_retries))[0]

    async def upload_many(
        self, files: Sequence[LocalFile], *, on_progress: ProgressCallback | None, max_retries: int | None
    ) -> list[str]:
        """Upload checked files concurrently after one upload-URLs request; returns their file paths in order."""
        urls = await self.upload_urls.create(
            items=[{"type": f.asset_type, "extension": f.extension} for f in files], max_retries=max_retries
        )
        _check_urls(urls, len(files))
        policy = _policy(self._client._settings.retry, max_retries)
        await asyncio.gather(
            *(
                _transfer.aupload(self._client._http, slot.upload_url, local, policy, on_progress)
                for local, slot in zip(files, urls.items, strict=True)
            )
        )
        return [slot.file_path for slot in urls.items]
