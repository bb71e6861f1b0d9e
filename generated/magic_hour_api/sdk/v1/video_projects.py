"""``client.v1.video_projects``: written from openapi.yaml by scripts/generate; do not edit."""

from __future__ import annotations

import functools
import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

import attrs
from magic_hour_api.models.video_projects_get_details_response_200 import (
    VideoProjectsGetDetailsResponse200,
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
    from magic_hour_api.models.video_projects_get_details_response_200 import (
        VideoProjectsGetDetailsResponse200,
    )


_GET = Operation("GET", "/v1/video-projects/{id}", "magic_hour_api.api.video_projects.video_projects_get_details", None)
_DELETE = Operation(
    "DELETE", "/v1/video-projects/{id}", "magic_hour_api.api.video_projects.video_projects_delete", None
)


@attrs.define
class VideoProjectsResult(VideoProjectsGetDetailsResponse200):
    """A video projects item as generate() or check_result() left it, and the files saved."""

    downloaded_paths: list[str] = attrs.field(factory=list)

    @classmethod
    def extend(
        cls, project: VideoProjectsGetDetailsResponse200, paths: Sequence[str | os.PathLike[str]]
    ) -> VideoProjectsResult:
        """This result for `project` and the `paths` saved from it, as `str` (as the official SDK has them)."""
        return extend_project(cls, project, [os.fspath(p) for p in paths])

    def to_dict(self) -> dict[str, Any]:
        return {**super().to_dict(), "downloaded_paths": list(self.downloaded_paths)}


class VideoProjectsWithRawResponse:
    """``client.v1.video_projects`` with raw responses"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def get(self, *, id: str, max_retries: int | None = None) -> RawResponse[VideoProjectsGetDetailsResponse200]:
        """Get video details: the current state.

        `GET /v1/video-projects/{id}`
        """
        return cast(
            "RawResponse[VideoProjectsGetDetailsResponse200]",
            self._engine.request(_GET, path={"id": id}, max_retries=max_retries, raw=True),
        )

    def delete(self, *, id: str, max_retries: int | None = None) -> RawResponse[None]:
        """Delete video: delete it for good.

        `DELETE /v1/video-projects/{id}`
        """
        return cast(
            "RawResponse[None]", self._engine.request(_DELETE, path={"id": id}, max_retries=max_retries, raw=True)
        )


class VideoProjects:
    """``client.v1.video_projects``"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def get(self, *, id: str, max_retries: int | None = None) -> VideoProjectsGetDetailsResponse200:
        """Get video details: the current state.

        `GET /v1/video-projects/{id}`
        """
        return cast(
            "VideoProjectsGetDetailsResponse200", self._engine.request(_GET, path={"id": id}, max_retries=max_retries)
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
    ) -> VideoProjectsResult:
        """Get video details: fetch, optionally wait until it ends, and download its outputs. Resumes a wait without creating or charging anything again.

        `GET /v1/video-projects/{id}`
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
        return VideoProjectsResult.extend(project, paths)

    def delete(self, *, id: str, max_retries: int | None = None) -> None:
        """Delete video: delete it for good.

        `DELETE /v1/video-projects/{id}`
        """
        self._engine.request(_DELETE, path={"id": id}, max_retries=max_retries)

    @functools.cached_property
    def with_raw_response(self) -> VideoProjectsWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return VideoProjectsWithRawResponse(self._engine)


class AsyncVideoProjectsWithRawResponse:
    """``client.v1.video_projects`` with raw responses (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def get(self, *, id: str, max_retries: int | None = None) -> RawResponse[VideoProjectsGetDetailsResponse200]:
        """Get video details: the current state.

        `GET /v1/video-projects/{id}`
        """
        return cast(
            "RawResponse[VideoProjectsGetDetailsResponse200]",
            await self._engine.request(_GET, path={"id": id}, max_retries=max_retries, raw=True),
        )

    async def delete(self, *, id: str, max_retries: int | None = None) -> RawResponse[None]:
        """Delete video: delete it for good.

        `DELETE /v1/video-projects/{id}`
        """
        return cast(
            "RawResponse[None]", await self._engine.request(_DELETE, path={"id": id}, max_retries=max_retries, raw=True)
        )


class AsyncVideoProjects:
    """``client.v1.video_projects`` (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def get(self, *, id: str, max_retries: int | None = None) -> VideoProjectsGetDetailsResponse200:
        """Get video details: the current state.

        `GET /v1/video-projects/{id}`
        """
        return cast(
            "VideoProjectsGetDetailsResponse200",
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
    ) -> VideoProjectsResult:
        """Get video details: fetch, optionally wait until it ends, and download its outputs. Resumes a wait without creating or charging anything again.

        `GET /v1/video-projects/{id}`
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
        return VideoProjectsResult.extend(project, paths)

    async def delete(self, *, id: str, max_retries: int | None = None) -> None:
        """Delete video: delete it for good.

        `DELETE /v1/video-projects/{id}`
        """
        await self._engine.request(_DELETE, path={"id": id}, max_retries=max_retries)

    @functools.cached_property
    def with_raw_response(self) -> AsyncVideoProjectsWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return AsyncVideoProjectsWithRawResponse(self._engine)
