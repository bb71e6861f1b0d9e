"""``client.v1.character_replace``: written from openapi.yaml by scripts/generate; do not edit."""

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
    from magic_hour_api.models.character_replace_create_video_response_200 import (
        CharacterReplaceCreateVideoResponse200,
    )


_CREATE = Operation(
    "POST",
    "/v1/character-replace",
    "magic_hour_api.api.video_projects.character_replace_create_video",
    "magic_hour_api.models.character_replace_create_video_body:CharacterReplaceCreateVideoBody",
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


class V1CharacterReplaceCreateBodyAssets(TypedDict):
    """Source video and reference character image for the job."""

    video_file_path: str
    """Source video containing the subject to replace or animate."""
    image_file_path: str
    """Reference character image used as the replacement or animation target."""


class V1CharacterReplaceCreateBodyStylePointsItem(TypedDict):
    """V1CharacterReplaceCreateBodyStylePointsItem"""

    position_x: int
    """Horizontal pixel coordinate in the source video frame at `time_seconds`, measured from the left edge."""
    position_y: int
    """Vertical pixel coordinate in the source video frame at `time_seconds`, measured from the top edge."""
    time_seconds: float
    """Timestamp on the source video timeline in seconds."""


class V1CharacterReplaceCreateBodyStyle(TypedDict):
    """Optional style controls for replace vs animate mode and subject selection."""

    mode: NotRequired[Literal["replace", "animate"]]
    """Processing mode."""
    selection_mode: NotRequired[Literal["auto", "point"]]
    """How to locate the subject in the source video."""
    points: NotRequired[list[V1CharacterReplaceCreateBodyStylePointsItem]]
    """On-frame markers for manual subject selection."""


class V1CharacterReplaceGenerateBodyAssets(TypedDict):
    """Source video and reference character image for the job."""

    video_file_path: str | os.PathLike[str]
    """Source video containing the subject to replace or animate."""
    image_file_path: str | os.PathLike[str]
    """Reference character image used as the replacement or animation target."""


class CharacterReplaceWithRawResponse:
    """``client.v1.character_replace`` with raw responses"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        end_seconds: float,
        assets: V1CharacterReplaceCreateBodyAssets,
        name: str | Unset = UNSET,
        start_seconds: float | Unset = UNSET,
        model: Literal["wan-animate", "kling-3.0"] | Unset = UNSET,
        resolution: Literal["480p", "720p", "1080p"] | Unset = UNSET,
        style: V1CharacterReplaceCreateBodyStyle | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[CharacterReplaceCreateVideoResponse200]:
        """Character Replace: send one request. Charges credits.

        `POST /v1/character-replace`
        """
        body = fields(
            extra_body,
            {
                "end_seconds": end_seconds,
                "assets": assets,
                "name": name,
                "start_seconds": start_seconds,
                "model": model,
                "resolution": resolution,
                "style": style,
            },
        )
        return cast(
            "RawResponse[CharacterReplaceCreateVideoResponse200]",
            self._engine.request(_CREATE, body=body, max_retries=max_retries, raw=True),
        )


class CharacterReplace:
    """``client.v1.character_replace``"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        end_seconds: float,
        assets: V1CharacterReplaceCreateBodyAssets,
        name: str | Unset = UNSET,
        start_seconds: float | Unset = UNSET,
        model: Literal["wan-animate", "kling-3.0"] | Unset = UNSET,
        resolution: Literal["480p", "720p", "1080p"] | Unset = UNSET,
        style: V1CharacterReplaceCreateBodyStyle | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> CharacterReplaceCreateVideoResponse200:
        """Character Replace: send one request. Charges credits.

        `POST /v1/character-replace`
        """
        body = fields(
            extra_body,
            {
                "end_seconds": end_seconds,
                "assets": assets,
                "name": name,
                "start_seconds": start_seconds,
                "model": model,
                "resolution": resolution,
                "style": style,
            },
        )
        return cast(
            "CharacterReplaceCreateVideoResponse200", self._engine.request(_CREATE, body=body, max_retries=max_retries)
        )

    def generate(
        self,
        *,
        end_seconds: float,
        assets: V1CharacterReplaceGenerateBodyAssets,
        name: str | Unset = UNSET,
        start_seconds: float | Unset = UNSET,
        model: Literal["wan-animate", "kling-3.0"] | Unset = UNSET,
        resolution: Literal["480p", "720p", "1080p"] | Unset = UNSET,
        style: V1CharacterReplaceCreateBodyStyle | Unset = UNSET,
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
        """Character Replace: upload local files, create, wait for the result and download it.

        `POST /v1/character-replace`
        """
        body = fields(
            extra_body,
            {
                "end_seconds": end_seconds,
                "assets": assets,
                "name": name,
                "start_seconds": start_seconds,
                "model": model,
                "resolution": resolution,
                "style": style,
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
    def with_raw_response(self) -> CharacterReplaceWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return CharacterReplaceWithRawResponse(self._engine)


class AsyncCharacterReplaceWithRawResponse:
    """``client.v1.character_replace`` with raw responses (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        end_seconds: float,
        assets: V1CharacterReplaceCreateBodyAssets,
        name: str | Unset = UNSET,
        start_seconds: float | Unset = UNSET,
        model: Literal["wan-animate", "kling-3.0"] | Unset = UNSET,
        resolution: Literal["480p", "720p", "1080p"] | Unset = UNSET,
        style: V1CharacterReplaceCreateBodyStyle | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[CharacterReplaceCreateVideoResponse200]:
        """Character Replace: send one request. Charges credits.

        `POST /v1/character-replace`
        """
        body = fields(
            extra_body,
            {
                "end_seconds": end_seconds,
                "assets": assets,
                "name": name,
                "start_seconds": start_seconds,
                "model": model,
                "resolution": resolution,
                "style": style,
            },
        )
        return cast(
            "RawResponse[CharacterReplaceCreateVideoResponse200]",
            await self._engine.request(_CREATE, body=body, max_retries=max_retries, raw=True),
        )


class AsyncCharacterReplace:
    """``client.v1.character_replace`` (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        end_seconds: float,
        assets: V1CharacterReplaceCreateBodyAssets,
        name: str | Unset = UNSET,
        start_seconds: float | Unset = UNSET,
        model: Literal["wan-animate", "kling-3.0"] | Unset = UNSET,
        resolution: Literal["480p", "720p", "1080p"] | Unset = UNSET,
        style: V1CharacterReplaceCreateBodyStyle | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> CharacterReplaceCreateVideoResponse200:
        """Character Replace: send one request. Charges credits.

        `POST /v1/character-replace`
        """
        body = fields(
            extra_body,
            {
                "end_seconds": end_seconds,
                "assets": assets,
                "name": name,
                "start_seconds": start_seconds,
                "model": model,
                "resolution": resolution,
                "style": style,
            },
        )
        return cast(
            "CharacterReplaceCreateVideoResponse200",
            await self._engine.request(_CREATE, body=body, max_retries=max_retries),
        )

    async def generate(
        self,
        *,
        end_seconds: float,
        assets: V1CharacterReplaceGenerateBodyAssets,
        name: str | Unset = UNSET,
        start_seconds: float | Unset = UNSET,
        model: Literal["wan-animate", "kling-3.0"] | Unset = UNSET,
        resolution: Literal["480p", "720p", "1080p"] | Unset = UNSET,
        style: V1CharacterReplaceCreateBodyStyle | Unset = UNSET,
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
        """Character Replace: upload local files, create, wait for the result and download it.

        `POST /v1/character-replace`
        """
        body = fields(
            extra_body,
            {
                "end_seconds": end_seconds,
                "assets": assets,
                "name": name,
                "start_seconds": start_seconds,
                "model": model,
                "resolution": resolution,
                "style": style,
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
    def with_raw_response(self) -> AsyncCharacterReplaceWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return AsyncCharacterReplaceWithRawResponse(self._engine)
