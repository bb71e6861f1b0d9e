"""``client.v1.video_projects``: fetch, delete, and wait for a project and download its outputs."""

from __future__ import annotations

import asyncio
import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from magic_hour_api.api.video_projects import delete_video_project, get_video_project
from magic_hour_api.models.video_project import VideoProject

from ... import _transfer
from ..._config import NOT_GIVEN, NotGiven, WaitSettings, wait_settings
from ..._errors import WaitInterruptedError, WaitTimeoutError
from ..._requests import Call, _policy
from ..._types import GenerateResult, ProgressCallback, ProgressEvent
from ..._workflow import check_project_id, directory_arg, is_final, outputs_to_save

if TYPE_CHECKING:
    from ..._client import AsyncClient, Client

log = logging.getLogger("magic_hour")


def _get(project_id: str) -> Call:
    return Call(f"GET /v1/video-projects/{project_id}", idempotent=True)


def _delete(project_id: str) -> Call:
    return Call(f"DELETE /v1/video-projects/{project_id}", idempotent=True)


class _Wait:
    """The bookkeeping of one wait: when to poll next, when to give up, and what to report."""

    def __init__(self, project_id: str, settings: WaitSettings, progress: ProgressCallback | None) -> None:
        self.project_id = project_id
        self.settings = settings
        self.progress = progress
        self.started = time.monotonic()
        self.interval = settings.poll_interval
        self.last_status: str | None = None

    def seen(self, project: VideoProject) -> None:
        status = str(project.status)
        if status != self.last_status:
            log.debug("project %s is %s", self.project_id, status)
        self.last_status = status
        if self.progress:
            elapsed = time.monotonic() - self.started
            self.progress(
                ProgressEvent("status", self.project_id, status=status, project_id=self.project_id, elapsed=elapsed)
            )

    def next_delay(self) -> float:
        """Seconds to sleep before the next poll; raises WaitTimeoutError once the timeout is spent."""
        delay = self.interval
        self.interval = self.settings.next_interval(self.interval)
        if self.settings.timeout is not None:
            left = self.settings.timeout - (time.monotonic() - self.started)
            if left <= 0:
                raise WaitTimeoutError(self.project_id, self.settings.timeout, self.last_status)
            delay = min(delay, left)
        return delay


class VideoProjects:
    """``client.v1.video_projects``"""

    def __init__(self, client: Client) -> None:
        self._client = client

    def get(self, *, id: str, max_retries: int | None = None) -> VideoProject:
        """The project's current state: status, credits, error and (once complete) downloads."""
        project_id = check_project_id(id)
        api = self._client._api
        result: VideoProject = self._client._requester.call(
            _get(project_id), lambda: get_video_project.sync_detailed(project_id, client=api), max_retries=max_retries
        )
        return result

    def delete(self, *, id: str, max_retries: int | None = None) -> None:
        """Permanently delete the project's rendered video."""
        project_id = check_project_id(id)
        api = self._client._api
        self._client._requester.call(
            _delete(project_id),
            lambda: delete_video_project.sync_detailed(project_id, client=api),
            max_retries=max_retries,
        )

    def check_result(
        self,
        *,
        id: str,
        wait_for_completion: bool = True,
        download_outputs: bool = True,
        download_directory: Any = None,
        poll_interval: float | None = None,
        timeout: float | NotGiven | None = NOT_GIVEN,
        on_progress: ProgressCallback | None = None,
        max_retries: int | None = None,
    ) -> GenerateResult:
        """Fetch the project, optionally wait until it ends, and download its outputs if it completed.

        Resumes a wait that timed out or was interrupted: nothing is created or charged again.
        Raises ProjectFailedError if it ended in ``error`` or ``canceled``.
        """
        return self._follow(
            check_project_id(id),
            wait_for_completion=wait_for_completion,
            directory=_transfer.check_directory(directory_arg(download_directory)) if download_outputs else None,
            poll_interval=poll_interval,
            timeout=timeout,
            on_progress=on_progress,
            max_retries=max_retries,
            just_created=False,
        )

    def _follow(
        self,
        project_id: str,
        *,
        wait_for_completion: bool,
        directory: Path | None,
        poll_interval: float | None,
        timeout: float | NotGiven | None,
        on_progress: ProgressCallback | None,
        max_retries: int | None,
        just_created: bool,
    ) -> GenerateResult:
        """check_result's work, with the directory already checked (None: no download).

        A project `just_created` is not polled before the first interval has passed.
        """
        settings = wait_settings(self._client._settings.wait, poll_interval=poll_interval, timeout=timeout)
        wait = _Wait(project_id, settings, on_progress)
        try:
            if just_created and wait_for_completion:
                time.sleep(wait.next_delay())  # a project is never done the moment it is created
            project = self.get(id=project_id, max_retries=max_retries)
            wait.seen(project)
            while wait_for_completion and not is_final(project):
                time.sleep(wait.next_delay())
                project = self.get(id=project_id, max_retries=max_retries)
                wait.seen(project)
        except KeyboardInterrupt:
            raise WaitInterruptedError(project_id) from None
        policy = _policy(self._client._settings.retry, max_retries)
        paths: list[Path] = []
        for url, folder, fallback in outputs_to_save(project, directory):
            paths.append(
                _transfer.download(
                    self._client._http,
                    url,
                    folder,
                    fallback=fallback,
                    policy=policy,
                    progress=on_progress,
                    project_id=project_id,
                )
            )
        return GenerateResult(project=project, downloaded_paths=tuple(paths))


class AsyncVideoProjects:
    """``client.v1.video_projects`` (async)"""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def get(self, *, id: str, max_retries: int | None = None) -> VideoProject:
        """The project's current state: status, credits, error and (once complete) downloads."""
        project_id = check_project_id(id)
        api = self._client._api
        result: VideoProject = await self._client._requester.call(
            _get(project_id),
            lambda: get_video_project.asyncio_detailed(project_id, client=api),
            max_retries=max_retries,
        )
        return result

    async def delete(self, *, id: str, max_retries: int | None = None) -> None:
        """Permanently delete the project's rendered video."""
        project_id = check_project_id(id)
        api = self._client._api
        await self._client._requester.call(
            _delete(project_id),
            lambda: delete_video_project.asyncio_detailed(project_id, client=api),
            max_retries=max_retries,
        )

    async def check_result(
        self,
        *,
        id: str,
        wait_for_completion: bool = True,
        download_outputs: bool = True,
        download_directory: Any = None,
        poll_interval: float | None = None,
        timeout: float | NotGiven | None = NOT_GIVEN,
        on_progress: ProgressCallback | None = None,
        max_retries: int | None = None,
    ) -> GenerateResult:
        """Fetch the project, optionally wait (without blocking the event loop), and download its outputs."""
        return await self._follow(
            check_project_id(id),
            wait_for_completion=wait_for_completion,
            directory=_transfer.check_directory(directory_arg(download_directory)) if download_outputs else None,
            poll_interval=poll_interval,
            timeout=timeout,
            on_progress=on_progress,
            max_retries=max_retries,
            just_created=False,
        )

    async def _follow(
        self,
        project_id: str,
        *,
        wait_for_completion: bool,
        directory: Path | None,
        poll_interval: float | None,
        timeout: float | NotGiven | None,
        on_progress: ProgressCallback | None,
        max_retries: int | None,
        just_created: bool,
    ) -> GenerateResult:
        """check_result's work, with the directory already checked (None: no download).

        A project `just_created` is not polled before the first interval has passed.
        """
        settings = wait_settings(self._client._settings.wait, poll_interval=poll_interval, timeout=timeout)
        wait = _Wait(project_id, settings, on_progress)
        try:
            if just_created and wait_for_completion:
                await asyncio.sleep(wait.next_delay())  # a project is never done the moment it is created
            project = await self.get(id=project_id, max_retries=max_retries)
            wait.seen(project)
            while wait_for_completion and not is_final(project):
                await asyncio.sleep(wait.next_delay())
                project = await self.get(id=project_id, max_retries=max_retries)
                wait.seen(project)
        except KeyboardInterrupt:
            raise WaitInterruptedError(project_id) from None
        policy = _policy(self._client._settings.retry, max_retries)
        paths: list[Path] = []
        for url, folder, fallback in outputs_to_save(project, directory):
            paths.append(
                await _transfer.adownload(
                    self._client._http,
                    url,
                    folder,
                    fallback=fallback,
                    policy=policy,
                    progress=on_progress,
                    project_id=project_id,
                )
            )
        return GenerateResult(project=project, downloaded_paths=tuple(paths))
