"""``client.v1.image_projects``: written from openapi.yaml by scripts/generate; do not edit."""

from __future__ import annotations

import functools
import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

import attrs
from magic_hour_api.models.image_projects_get_details_response_200 import (
    ImageProjectsGetDetailsResponse200,
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
)

if TYPE_CHECKING:
    from magic_hour_api.models.image_projects_get_details_response_200 import (
        ImageProjectsGetDetailsResponse200,
    )


_GET = Operation("GET", "/v1/image-projects/{id}", "magic_hour_api.api.image_projects.image_projects_get_details", None)
_DELETE = Operation(
    "DELETE", "/v1/image-projects/{id}", "magic_hour_api.api.image_projects.image_projects_delete", None
)


@attrs.define
class ImageProjectsResult(ImageProjectsGetDetailsResponse200):
    """A image projects item as generate() or check_result() left it, and the files saved."""

    downloaded_paths: list[str] = attrs.field(factory=list)

    @classmethod
    def extend(
        cls, project: ImageProjectsGetDetailsResponse200, paths: Sequence[str | os.PathLike[str]]
    ) -> ImageProjectsResult:
        """This result for `project` and the `paths` saved from it, as `str` (as the official SDK has them)."""
        return extend_project(cls, project, [os.fspath(p) for p in paths])

    def to_dict(self) -> dict[str, Any]:
        return {**super().to_dict(), "downloaded_paths": list(self.downloaded_paths)}


class ImageProjectsWithRawResponse:
    """``client.v1.image_projects`` with raw responses"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def get(self, *, id: str, max_retries: int | None = None) -> RawResponse[ImageProjectsGetDetailsResponse200]:
        """Get image details: the current state.

        `GET /v1/image-projects/{id}`
        """
        return cast(
            "RawResponse[ImageProjectsGetDetailsResponse200]",
            self._engine.request(_GET, path={"id": id}, max_retries=max_retries, raw=True),
        )

    def delete(self, *, id: str, max_retries: int | None = None) -> RawResponse[None]:
        """Delete image: delete it for good.

        `DELETE /v1/image-projects/{id}`
        """
        return cast(
            "RawResponse[None]", self._engine.request(_DELETE, path={"id": id}, max_retries=max_retries, raw=True)
        )


class ImageProjects:
    """``client.v1.image_projects``"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def get(self, *, id: str, max_retries: int | None = None) -> ImageProjectsGetDetailsResponse200:
        """Get image details: the current state.

        `GET /v1/image-projects/{id}`
        """
        return cast(
            "ImageProjectsGetDetailsResponse200", self._engine.request(_GET, path={"id": id}, max_retries=max_retries)
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
    ) -> ImageProjectsResult:
        """Get image details: fetch, optionally wait until it ends, and download its outputs. Resumes a wait without creating or charging anything again.

        `GET /v1/image-projects/{id}`
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
        return ImageProjectsResult.extend(project, paths)

    def delete(self, *, id: str, max_retries: int | None = None) -> None:
        """Delete image: delete it for good.

        `DELETE /v1/image-projects/{id}`
        """
        self._engine.request(_DELETE, path={"id": id}, max_retries=max_retries)

    @functools.cached_property
    def with_raw_response(self) -> ImageProjectsWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return ImageProjectsWithRawResponse(self._engine)


class AsyncImageProjectsWithRawResponse:
    """``client.v1.image_projects`` with raw responses (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def get(self, *, id: str, max_retries: int | None = None) -> RawResponse[ImageProjectsGetDetailsResponse200]:
        """Get image details: the current state.

        `GET /v1/image-projects/{id}`
        """
        return cast(
            "RawResponse[ImageProjectsGetDetailsResponse200]",
            await self._engine.request(_GET, path={"id": id}, max_retries=max_retries, raw=True),
        )

    async def delete(self, *, id: str, max_retries: int | None = None) -> RawResponse[None]:
        """Delete image: delete it for good.

        `DELETE /v1/image-projects/{id}`
        """
        return cast(
            "RawResponse[None]", await self._engine.request(_DELETE, path={"id": id}, max_retries=max_retries, raw=True)
        )


class AsyncImageProjects:
    """``client.v1.image_projects`` (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def get(self, *, id: str, max_retries: int | None = None) -> ImageProjectsGetDetailsResponse200:
        """Get image details: the current state.

        `GET /v1/image-projects/{id}`
        """
        return cast(
            "ImageProjectsGetDetailsResponse200",
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
    ) -> ImageProjectsResult:
        """Get image details: fetch, optionally wait until it ends, and download its outputs. Resumes a wait without creating or charging anything again.

        `GET /v1/image-projects/{id}`
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
        return ImageProjectsResult.extend(project, paths)

    async def delete(self, *, id: str, max_retries: int | None = None) -> None:
        """Delete image: delete it for good.

        `DELETE /v1/image-projects/{id}`
        """
        await self._engine.request(_DELETE, path={"id": id}, max_retries=max_retries)

    @functools.cached_property
    def with_raw_response(self) -> AsyncImageProjectsWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return AsyncImageProjectsWithRawResponse(self._engine)
