"""``client.v1.ai_video_translator``: written from openapi.yaml by scripts/generate; do not edit."""

from __future__ import annotations

import functools
import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypedDict, cast

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
    from magic_hour_api.models.ai_video_translator_create_video_response_200 import (
        AiVideoTranslatorCreateVideoResponse200,
    )


_CREATE = Operation(
    "POST",
    "/v1/ai-video-translator",
    "magic_hour_api.api.video_projects.ai_video_translator_create_video",
    "magic_hour_api.models.ai_video_translator_create_video_body:AiVideoTranslatorCreateVideoBody",
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


class V1AiVideoTranslatorCreateBodyAssets(TypedDict):
    """Source video for the translation job."""

    video_file_path: str
    """Source video containing the speech to translate."""


class V1AiVideoTranslatorGenerateBodyAssets(TypedDict):
    """Source video for the translation job."""

    video_file_path: str | os.PathLike[str]
    """Source video containing the speech to translate."""


class AiVideoTranslatorWithRawResponse:
    """``client.v1.ai_video_translator`` with raw responses"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        end_seconds: float,
        target_language: Literal[
            "English",
            "Chinese (Simplified)",
            "Hindi",
            "Spanish",
            "Arabic",
            "French",
            "Afrikaans",
            "Bengali",
            "Bulgarian",
            "Catalan",
            "Croatian",
            "Czech",
            "Danish",
            "Dutch",
            "Estonian",
            "Finnish",
            "German",
            "Greek",
            "Gujarati",
            "Hebrew",
            "Hungarian",
            "Indonesian",
            "Italian",
            "Japanese",
            "Kannada",
            "Kazakh",
            "Korean",
            "Latvian",
            "Lithuanian",
            "Malay",
            "Malayalam",
            "Marathi",
            "Norwegian",
            "Persian",
            "Polish",
            "Portuguese",
            "Punjabi",
            "Romanian",
            "Russian",
            "Serbian",
            "Slovak",
            "Slovenian",
            "Swahili",
            "Swedish",
            "Tamil",
            "Telugu",
            "Thai",
            "Chinese (Traditional)",
            "Turkish",
            "Ukrainian",
            "Urdu",
            "Vietnamese",
            "Welsh",
        ],
        assets: V1AiVideoTranslatorCreateBodyAssets,
        name: str | Unset = UNSET,
        start_seconds: float | Unset = UNSET,
        resolution: Literal["480p", "720p", "1080p"] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[AiVideoTranslatorCreateVideoResponse200]:
        """AI Video Translator: send one request. Charges credits.

        `POST /v1/ai-video-translator`
        """
        body = fields(
            extra_body,
            {
                "end_seconds": end_seconds,
                "target_language": target_language,
                "assets": assets,
                "name": name,
                "start_seconds": start_seconds,
                "resolution": resolution,
            },
        )
        return cast(
            "RawResponse[AiVideoTranslatorCreateVideoResponse200]",
            self._engine.request(_CREATE, body=body, max_retries=max_retries, raw=True),
        )


class AiVideoTranslator:
    """``client.v1.ai_video_translator``"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        end_seconds: float,
        target_language: Literal[
            "English",
            "Chinese (Simplified)",
            "Hindi",
            "Spanish",
            "Arabic",
            "French",
            "Afrikaans",
            "Bengali",
            "Bulgarian",
            "Catalan",
            "Croatian",
            "Czech",
            "Danish",
            "Dutch",
            "Estonian",
            "Finnish",
            "German",
            "Greek",
            "Gujarati",
            "Hebrew",
            "Hungarian",
            "Indonesian",
            "Italian",
            "Japanese",
            "Kannada",
            "Kazakh",
            "Korean",
            "Latvian",
            "Lithuanian",
            "Malay",
            "Malayalam",
            "Marathi",
            "Norwegian",
            "Persian",
            "Polish",
            "Portuguese",
            "Punjabi",
            "Romanian",
            "Russian",
            "Serbian",
            "Slovak",
            "Slovenian",
            "Swahili",
            "Swedish",
            "Tamil",
            "Telugu",
            "Thai",
            "Chinese (Traditional)",
            "Turkish",
            "Ukrainian",
            "Urdu",
            "Vietnamese",
            "Welsh",
        ],
        assets: V1AiVideoTranslatorCreateBodyAssets,
        name: str | Unset = UNSET,
        start_seconds: float | Unset = UNSET,
        resolution: Literal["480p", "720p", "1080p"] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> AiVideoTranslatorCreateVideoResponse200:
        """AI Video Translator: send one request. Charges credits.

        `POST /v1/ai-video-translator`
        """
        body = fields(
            extra_body,
            {
                "end_seconds": end_seconds,
                "target_language": target_language,
                "assets": assets,
                "name": name,
                "start_seconds": start_seconds,
                "resolution": resolution,
            },
        )
        return cast(
            "AiVideoTranslatorCreateVideoResponse200", self._engine.request(_CREATE, body=body, max_retries=max_retries)
        )

    def generate(
        self,
        *,
        end_seconds: float,
        target_language: Literal[
            "English",
            "Chinese (Simplified)",
            "Hindi",
            "Spanish",
            "Arabic",
            "French",
            "Afrikaans",
            "Bengali",
            "Bulgarian",
            "Catalan",
            "Croatian",
            "Czech",
            "Danish",
            "Dutch",
            "Estonian",
            "Finnish",
            "German",
            "Greek",
            "Gujarati",
            "Hebrew",
            "Hungarian",
            "Indonesian",
            "Italian",
            "Japanese",
            "Kannada",
            "Kazakh",
            "Korean",
            "Latvian",
            "Lithuanian",
            "Malay",
            "Malayalam",
            "Marathi",
            "Norwegian",
            "Persian",
            "Polish",
            "Portuguese",
            "Punjabi",
            "Romanian",
            "Russian",
            "Serbian",
            "Slovak",
            "Slovenian",
            "Swahili",
            "Swedish",
            "Tamil",
            "Telugu",
            "Thai",
            "Chinese (Traditional)",
            "Turkish",
            "Ukrainian",
            "Urdu",
            "Vietnamese",
            "Welsh",
        ],
        assets: V1AiVideoTranslatorGenerateBodyAssets,
        name: str | Unset = UNSET,
        start_seconds: float | Unset = UNSET,
        resolution: Literal["480p", "720p", "1080p"] | Unset = UNSET,
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
        """AI Video Translator: upload local files, create, wait for the result and download it.

        `POST /v1/ai-video-translator`
        """
        body = fields(
            extra_body,
            {
                "end_seconds": end_seconds,
                "target_language": target_language,
                "assets": assets,
                "name": name,
                "start_seconds": start_seconds,
                "resolution": resolution,
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
    def with_raw_response(self) -> AiVideoTranslatorWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return AiVideoTranslatorWithRawResponse(self._engine)


class AsyncAiVideoTranslatorWithRawResponse:
    """``client.v1.ai_video_translator`` with raw responses (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        end_seconds: float,
        target_language: Literal[
            "English",
            "Chinese (Simplified)",
            "Hindi",
            "Spanish",
            "Arabic",
            "French",
            "Afrikaans",
            "Bengali",
            "Bulgarian",
            "Catalan",
            "Croatian",
            "Czech",
            "Danish",
            "Dutch",
            "Estonian",
            "Finnish",
            "German",
            "Greek",
            "Gujarati",
            "Hebrew",
            "Hungarian",
            "Indonesian",
            "Italian",
            "Japanese",
            "Kannada",
            "Kazakh",
            "Korean",
            "Latvian",
            "Lithuanian",
            "Malay",
            "Malayalam",
            "Marathi",
            "Norwegian",
            "Persian",
            "Polish",
            "Portuguese",
            "Punjabi",
            "Romanian",
            "Russian",
            "Serbian",
            "Slovak",
            "Slovenian",
            "Swahili",
            "Swedish",
            "Tamil",
            "Telugu",
            "Thai",
            "Chinese (Traditional)",
            "Turkish",
            "Ukrainian",
            "Urdu",
            "Vietnamese",
            "Welsh",
        ],
        assets: V1AiVideoTranslatorCreateBodyAssets,
        name: str | Unset = UNSET,
        start_seconds: float | Unset = UNSET,
        resolution: Literal["480p", "720p", "1080p"] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[AiVideoTranslatorCreateVideoResponse200]:
        """AI Video Translator: send one request. Charges credits.

        `POST /v1/ai-video-translator`
        """
        body = fields(
            extra_body,
            {
                "end_seconds": end_seconds,
                "target_language": target_language,
                "assets": assets,
                "name": name,
                "start_seconds": start_seconds,
                "resolution": resolution,
            },
        )
        return cast(
            "RawResponse[AiVideoTranslatorCreateVideoResponse200]",
            await self._engine.request(_CREATE, body=body, max_retries=max_retries, raw=True),
        )


class AsyncAiVideoTranslator:
    """``client.v1.ai_video_translator`` (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        end_seconds: float,
        target_language: Literal[
            "English",
            "Chinese (Simplified)",
            "Hindi",
            "Spanish",
            "Arabic",
            "French",
            "Afrikaans",
            "Bengali",
            "Bulgarian",
            "Catalan",
            "Croatian",
            "Czech",
            "Danish",
            "Dutch",
            "Estonian",
            "Finnish",
            "German",
            "Greek",
            "Gujarati",
            "Hebrew",
            "Hungarian",
            "Indonesian",
            "Italian",
            "Japanese",
            "Kannada",
            "Kazakh",
            "Korean",
            "Latvian",
            "Lithuanian",
            "Malay",
            "Malayalam",
            "Marathi",
            "Norwegian",
            "Persian",
            "Polish",
            "Portuguese",
            "Punjabi",
            "Romanian",
            "Russian",
            "Serbian",
            "Slovak",
            "Slovenian",
            "Swahili",
            "Swedish",
            "Tamil",
            "Telugu",
            "Thai",
            "Chinese (Traditional)",
            "Turkish",
            "Ukrainian",
            "Urdu",
            "Vietnamese",
            "Welsh",
        ],
        assets: V1AiVideoTranslatorCreateBodyAssets,
        name: str | Unset = UNSET,
        start_seconds: float | Unset = UNSET,
        resolution: Literal["480p", "720p", "1080p"] | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> AiVideoTranslatorCreateVideoResponse200:
        """AI Video Translator: send one request. Charges credits.

        `POST /v1/ai-video-translator`
        """
        body = fields(
            extra_body,
            {
                "end_seconds": end_seconds,
                "target_language": target_language,
                "assets": assets,
                "name": name,
                "start_seconds": start_seconds,
                "resolution": resolution,
            },
        )
        return cast(
            "AiVideoTranslatorCreateVideoResponse200",
            await self._engine.request(_CREATE, body=body, max_retries=max_retries),
        )

    async def generate(
        self,
        *,
        end_seconds: float,
        target_language: Literal[
            "English",
            "Chinese (Simplified)",
            "Hindi",
            "Spanish",
            "Arabic",
            "French",
            "Afrikaans",
            "Bengali",
            "Bulgarian",
            "Catalan",
            "Croatian",
            "Czech",
            "Danish",
            "Dutch",
            "Estonian",
            "Finnish",
            "German",
            "Greek",
            "Gujarati",
            "Hebrew",
            "Hungarian",
            "Indonesian",
            "Italian",
            "Japanese",
            "Kannada",
            "Kazakh",
            "Korean",
            "Latvian",
            "Lithuanian",
            "Malay",
            "Malayalam",
            "Marathi",
            "Norwegian",
            "Persian",
            "Polish",
            "Portuguese",
            "Punjabi",
            "Romanian",
            "Russian",
            "Serbian",
            "Slovak",
            "Slovenian",
            "Swahili",
            "Swedish",
            "Tamil",
            "Telugu",
            "Thai",
            "Chinese (Traditional)",
            "Turkish",
            "Ukrainian",
            "Urdu",
            "Vietnamese",
            "Welsh",
        ],
        assets: V1AiVideoTranslatorGenerateBodyAssets,
        name: str | Unset = UNSET,
        start_seconds: float | Unset = UNSET,
        resolution: Literal["480p", "720p", "1080p"] | Unset = UNSET,
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
        """AI Video Translator: upload local files, create, wait for the result and download it.

        `POST /v1/ai-video-translator`
        """
        body = fields(
            extra_body,
            {
                "end_seconds": end_seconds,
                "target_language": target_language,
                "assets": assets,
                "name": name,
                "start_seconds": start_seconds,
                "resolution": resolution,
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
    def with_raw_response(self) -> AsyncAiVideoTranslatorWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return AsyncAiVideoTranslatorWithRawResponse(self._engine)
