"""``client.v1.ai_talking_photo``: create a talking photo, or run the whole generate workflow."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from magic_hour_api.api.ai_talking_photo import create_talking_photo
from magic_hour_api.models.create_talking_photo_request import CreateTalkingPhotoRequest
from magic_hour_api.models.create_talking_photo_response import CreateTalkingPhotoResponse

from ..._config import NOT_GIVEN, NotGiven
from ..._errors import MagicHourError
from ..._requests import Call
from ..._types import GenerateResult, ProgressCallback
from ..._workflow import create_body, plan_generate, with_project_id

if TYPE_CHECKING:
    from ..._client import AsyncClient, Client
    from .files import AsyncFiles, Files
    from .video_projects import AsyncVideoProjects, VideoProjects

# Create charges credits and the API has no idempotency key: it is retried only when the server
# certainly did not act on it (429, or a connection that never reached it).
_CREATE = Call("POST /v1/ai-talking-photo", idempotent=False)


class AiTalkingPhoto:
    """``client.v1.ai_talking_photo``"""

    def __init__(self, client: Client, files: Files, video_projects: VideoProjects) -> None:
        self._client = client
        self._files = files
        self._video_projects = video_projects

    def create(
        self,
        *,
        assets: Any,
        start_seconds: float,
        end_seconds: float,
        name: str | NotGiven = NOT_GIVEN,
        style: Any = NOT_GIVEN,
        max_retries: int | None = None,
        **fields: Any,
    ) -> CreateTalkingPhotoResponse:
        """Start rendering a talking photo from already uploaded assets (or URLs); charges credits.

        Extra keyword arguments are sent as further request fields if the API (openapi.yaml) defines them.
        """
        body = create_body(
            assets=assets, start_seconds=start_seconds, end_seconds=end_seconds, name=name, style=style, extra=fields
        )
        return self._send_create(body, max_retries)

    def _send_create(self, body: dict[str, Any], max_retries: int | None) -> CreateTalkingPhotoResponse:
        request = CreateTalkingPhotoRequest.from_dict(body)
        api = self._client._api
        result: CreateTalkingPhotoResponse = self._client._requester.call(
            _CREATE, lambda: create_talking_photo.sync_detailed(client=api, body=request), max_retries=max_retries
        )
        return result

    def generate(
        self,
        *,
        assets: Any,
        start_seconds: float,
        end_seconds: float,
        name: str | NotGiven = NOT_GIVEN,
        style: Any = NOT_GIVEN,
        wait_for_completion: bool = True,
        download_outputs: bool = True,
        download_directory: Any = None,
        poll_interval: float | None = None,
        timeout: float | NotGiven | None = NOT_GIVEN,
        on_progress: ProgressCallback | None = None,
        max_retries: int | None = None,
        **fields: Any,
    ) -> GenerateResult:
        """Upload local assets, create the talking photo, wait for it and download the video.

        Everything is checked before the first request, so a mistake costs neither bytes nor credits.
        Raises ProjectFailedError if the render fails, WaitTimeoutError (with the project id) on timeout.
        """
        plan = plan_generate(
            self._client._settings.wait,
            assets=assets,
            start_seconds=start_seconds,
            end_seconds=end_seconds,
            name=name,
            style=style,
            extra=fields,
            download_directory=download_directory,
            will_download=download_outputs and wait_for_completion,
            poll_interval=poll_interval,
            timeout=timeout,
            max_retries=max_retries,
        )
        body = plan.body
        if plan.uploads:
            files = list(plan.uploads.values())
            body = plan.body_with(self._files.upload_many(files, on_progress=on_progress, max_retries=max_retries))
        created = self._send_create(body, max_retries)
        try:
            return self._video_projects._follow(
                created.id,
                wait_for_completion=wait_for_completion,
                directory=plan.directory,
                poll_interval=poll_interval,
                timeout=timeout,
                on_progress=on_progress,
                max_retries=max_retries,
                just_created=True,
            )
        except MagicHourError as error:
            raise with_project_id(error, created.id) from error.__cause__


class AsyncAiTalkingPhoto:
    """``client.v1.ai_talking_photo`` (async)"""

    def __init__(self, client: AsyncClient, files: AsyncFiles, video_projects: AsyncVideoProjects) -> None:
        self._client = client
        self._files = files
        self._video_projects = video_projects

    async def create(
        self,
        *,
        assets: Any,
        start_seconds: float,
        end_seconds: float,
        name: str | NotGiven = NOT_GIVEN,
        style: Any = NOT_GIVEN,
        max_retries: int | None = None,
        **fields: Any,
    ) -> CreateTalkingPhotoResponse:
        """Start rendering a talking photo from already uploaded assets (or URLs); charges credits."""
        body = create_body(
            assets=assets, start_seconds=start_seconds, end_seconds=end_seconds, name=name, style=style, extra=fields
        )
        return await self._send_create(body, max_retries)

    async def _send_create(self, body: dict[str, Any], max_retries: int | None) -> CreateTalkingPhotoResponse:
        request = CreateTalkingPhotoRequest.from_dict(body)
        api = self._client._api
        result: CreateTalkingPhotoResponse = await self._client._requester.call(
            _CREATE, lambda: create_talking_photo.asyncio_detailed(client=api, body=request), max_retries=max_retries
        )
        return result

    async def generate(
        self,
        *,
        assets: Any,
        start_seconds: float,
        end_seconds: float,
        name: str | NotGiven = NOT_GIVEN,
        style: Any = NOT_GIVEN,
        wait_for_completion: bool = True,
        download_outputs: bool = True,
        download_directory: Any = None,
        poll_interval: float | None = None,
        timeout: float | NotGiven | None = NOT_GIVEN,
        on_progress: ProgressCallback | None = None,
        max_retries: int | None = None,
        **fields: Any,
    ) -> GenerateResult:
        """Upload local assets (concurrently), create, wait without blocking the loop, and download."""
        plan = plan_generate(
            self._client._settings.wait,
            assets=assets,
            start_seconds=start_seconds,
            end_seconds=end_seconds,
            name=name,
            style=style,
            extra=fields,
            download_directory=download_directory,
            will_download=download_outputs and wait_for_completion,
            poll_interval=poll_interval,
            timeout=timeout,
            max_retries=max_retries,
        )
        body = plan.body
        if plan.uploads:
            files = list(plan.uploads.values())
            body = plan.body_with(
                await self._files.upload_many(files, on_progress=on_progress, max_retries=max_retries)
            )
        created = await self._send_create(body, max_retries)
        try:
            return await self._video_projects._follow(
                created.id,
                wait_for_completion=wait_for_completion,
                directory=plan.directory,
                poll_interval=poll_interval,
                timeout=timeout,
                on_progress=on_progress,
                max_retries=max_retries,
                just_created=True,
            )
        except MagicHourError as error:
            raise with_project_id(error, created.id) from error.__cause__
