"""``client.v1.ai_voice_cloner``: written from openapi.yaml by scripts/generate; do not edit."""

from __future__ import annotations

import functools
import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict, cast

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
from .audio_projects import AudioProjectsResult

if TYPE_CHECKING:
    from magic_hour_api.models.ai_voice_cloner_create_audio_response_200 import (
        AiVoiceClonerCreateAudioResponse200,
    )


_CREATE = Operation(
    "POST",
    "/v1/ai-voice-cloner",
    "magic_hour_api.api.audio_projects.ai_voice_cloner_create_audio",
    "magic_hour_api.models.ai_voice_cloner_create_audio_body:AiVoiceClonerCreateAudioBody",
    follow=Operation(
        "GET", "/v1/audio-projects/{id}", "magic_hour_api.api.audio_projects.audio_projects_get_details", None
    ),
    upload=Operation(
        "POST",
        "/v1/files/upload-urls",
        "magic_hour_api.api.files.video_assets_generate_presigned_url",
        "magic_hour_api.models.video_assets_generate_presigned_url_body:VideoAssetsGeneratePresignedUrlBody",
    ),
)


class V1AiVoiceClonerCreateBodyAssets(TypedDict):
    """Provide the assets for voice cloning."""

    audio_file_path: str
    """The audio used to clone the voice."""


class V1AiVoiceClonerCreateBodyStyle(TypedDict):
    """V1AiVoiceClonerCreateBodyStyle"""

    prompt: str
    """Text used to generate speech from the cloned voice."""


class V1AiVoiceClonerGenerateBodyAssets(TypedDict):
    """Provide the assets for voice cloning."""

    audio_file_path: str | os.PathLike[str]
    """The audio used to clone the voice."""


class AiVoiceClonerWithRawResponse:
    """``client.v1.ai_voice_cloner`` with raw responses"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        assets: V1AiVoiceClonerCreateBodyAssets,
        style: V1AiVoiceClonerCreateBodyStyle,
        name: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[AiVoiceClonerCreateAudioResponse200]:
        """AI Voice Cloner: send one request. Charges credits.

        `POST /v1/ai-voice-cloner`
        """
        body = fields(extra_body, {"assets": assets, "style": style, "name": name})
        return cast(
            "RawResponse[AiVoiceClonerCreateAudioResponse200]",
            self._engine.request(_CREATE, body=body, max_retries=max_retries, raw=True),
        )


class AiVoiceCloner:
    """``client.v1.ai_voice_cloner``"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        assets: V1AiVoiceClonerCreateBodyAssets,
        style: V1AiVoiceClonerCreateBodyStyle,
        name: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> AiVoiceClonerCreateAudioResponse200:
        """AI Voice Cloner: send one request. Charges credits.

        `POST /v1/ai-voice-cloner`
        """
        body = fields(extra_body, {"assets": assets, "style": style, "name": name})
        return cast(
            "AiVoiceClonerCreateAudioResponse200", self._engine.request(_CREATE, body=body, max_retries=max_retries)
        )

    def generate(
        self,
        *,
        assets: V1AiVoiceClonerGenerateBodyAssets,
        style: V1AiVoiceClonerCreateBodyStyle,
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
    ) -> AudioProjectsResult:
        """AI Voice Cloner: upload local files, create, wait for the result and download it.

        `POST /v1/ai-voice-cloner`
        """
        body = fields(extra_body, {"assets": assets, "style": style, "name": name})
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
        return AudioProjectsResult.extend(project, paths)

    @functools.cached_property
    def with_raw_response(self) -> AiVoiceClonerWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return AiVoiceClonerWithRawResponse(self._engine)


class AsyncAiVoiceClonerWithRawResponse:
    """``client.v1.ai_voice_cloner`` with raw responses (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        assets: V1AiVoiceClonerCreateBodyAssets,
        style: V1AiVoiceClonerCreateBodyStyle,
        name: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[AiVoiceClonerCreateAudioResponse200]:
        """AI Voice Cloner: send one request. Charges credits.

        `POST /v1/ai-voice-cloner`
        """
        body = fields(extra_body, {"assets": assets, "style": style, "name": name})
        return cast(
            "RawResponse[AiVoiceClonerCreateAudioResponse200]",
            await self._engine.request(_CREATE, body=body, max_retries=max_retries, raw=True),
        )


class AsyncAiVoiceCloner:
    """``client.v1.ai_voice_cloner`` (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        assets: V1AiVoiceClonerCreateBodyAssets,
        style: V1AiVoiceClonerCreateBodyStyle,
        name: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> AiVoiceClonerCreateAudioResponse200:
        """AI Voice Cloner: send one request. Charges credits.

        `POST /v1/ai-voice-cloner`
        """
        body = fields(extra_body, {"assets": assets, "style": style, "name": name})
        return cast(
            "AiVoiceClonerCreateAudioResponse200",
            await self._engine.request(_CREATE, body=body, max_retries=max_retries),
        )

    async def generate(
        self,
        *,
        assets: V1AiVoiceClonerGenerateBodyAssets,
        style: V1AiVoiceClonerCreateBodyStyle,
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
    ) -> AudioProjectsResult:
        """AI Voice Cloner: upload local files, create, wait for the result and download it.

        `POST /v1/ai-voice-cloner`
        """
        body = fields(extra_body, {"assets": assets, "style": style, "name": name})
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
        return AudioProjectsResult.extend(project, paths)

    @functools.cached_property
    def with_raw_response(self) -> AsyncAiVoiceClonerWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return AsyncAiVoiceClonerWithRawResponse(self._engine)
