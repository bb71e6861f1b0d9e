"""``client.v1.ai_meme_generator``: written from openapi.yaml by scripts/generate; do not edit."""

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
from .image_projects import ImageProjectsResult

if TYPE_CHECKING:
    from magic_hour_api.models.ai_meme_generator_create_image_response_200 import (
        AiMemeGeneratorCreateImageResponse200,
    )


_CREATE = Operation(
    "POST",
    "/v1/ai-meme-generator",
    "magic_hour_api.api.image_projects.ai_meme_generator_create_image",
    "magic_hour_api.models.ai_meme_generator_create_image_body:AiMemeGeneratorCreateImageBody",
    follow=Operation(
        "GET", "/v1/image-projects/{id}", "magic_hour_api.api.image_projects.image_projects_get_details", None
    ),
)


class V1AiMemeGeneratorCreateBodyStyle(TypedDict):
    """V1AiMemeGeneratorCreateBodyStyle"""

    topic: str
    """The topic of the meme."""
    template: Literal[
        "Random",
        "Drake Hotline Bling",
        "Galaxy Brain",
        "Two Buttons",
        "Gru's Plan",
        "Tuxedo Winnie The Pooh",
        "Is This a Pigeon",
        "Panik Kalm Panik",
        "Disappointed Guy",
        "Waiting Skeleton",
        "Bike Fall",
        "Change My Mind",
        "Side Eyeing Chloe",
        "Woman Yelling at a Cat",
        "Success Kid",
        "One Does Not Simply",
        "Bad Luck Brian",
        "Futurama Fry",
        "Ancient Aliens",
        "Disaster Girl",
        "Hide the Pain Harold",
        "Distracted Boyfriend",
        "Left Exit 12 Off Ramp",
        "Running Away Balloon",
        "Batman Slapping Robin",
        "UNO Draw 25",
        "Mocking SpongeBob",
        "Boardroom Meeting Suggestion",
        "X, X Everywhere",
        "Buff Doge vs Cheems",
        "Bernie Once Again Asking",
        "Roll Safe Think About It",
        "Blank Nut Button",
        "Epic Handshake",
        "Sad Pablo Escobar",
        "Inhaling Seagull",
        "Surprised Pikachu",
        "Always Has Been",
        "Scroll of Truth",
        "Marked Safe From",
        "Y'all Got Any More of That",
        "Monkey Puppet",
        "Oprah You Get A",
        "They're the Same Picture",
        "I Bet He's Thinking About Other Women",
        "Evil Kermit",
        "This Is Fine",
        "This Is Where I'd Put My Trophy",
        "Anakin Padme Four Panel",
        "Who Killed Hannibal",
        "Clown Applying Makeup",
        "Trade Offer",
        "Laughing Leo",
        "Sleeping Shaq",
        "Megamind Peeking",
        "Grandma Finds the Internet",
        "Doge",
        "American Chopper Argument",
        "First World Problems",
        "Grumpy Cat",
        "SpongeBob Ight Imma Head Out",
        "But That's None of My Business",
        "Creepy Condescending Wonka",
        "Captain Picard Facepalm",
        "Hard to Swallow Pills",
        "Bell Curve",
        "Absolute Cinema",
        "You Guys Are Getting Paid",
        "Types of Headaches",
        "Mother Ignoring Kid Drowning in a Pool",
        "Flex Tape",
        "Spiderman Pointing at Spiderman",
        "Charlie Conspiracy",
        "Pawn Stars Best I Can Do",
        "0 Days Without",
        "Squidward Window",
        "Where Monkey",
        "Soldier Protecting Sleeping Child",
        "They Don't Know",
        "Spiderman Triple",
        "Two Guys on a Bus",
        "Imagination SpongeBob",
        "All My Homies Hate",
        "You Know I'm Something of a Scientist Myself",
        "Anime Girl Hiding from Terminator",
        "A Train Hitting a School Bus",
        "AJ Styles and Undertaker",
        "Three-Headed Dragon",
        "Grant Gustin Over Grave",
        "Whisper and Goosebumps",
        "Scooby Doo Mask Reveal",
        "Domino Effect",
        "Two Paths",
        "I'm the Captain Now",
        "Say the Line Bart",
        "Star Wars Yoda",
        "Grim Reaper Knocking Door",
        "Yo Dawg Heard You",
        "Gus Fring We Are Not the Same",
        "C'mon Do Something",
        "Leonardo DiCaprio Cheers",
    ]
    """To use our templates, pass in one of the enum values."""
    searchWeb: NotRequired[bool]
    """Whether to search the web for meme content."""


class AiMemeGeneratorWithRawResponse:
    """``client.v1.ai_meme_generator`` with raw responses"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        style: V1AiMemeGeneratorCreateBodyStyle,
        name: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[AiMemeGeneratorCreateImageResponse200]:
        """AI Meme Generator: send one request. Charges credits.

        `POST /v1/ai-meme-generator`
        """
        body = fields(extra_body, {"style": style, "name": name})
        return cast(
            "RawResponse[AiMemeGeneratorCreateImageResponse200]",
            self._engine.request(_CREATE, body=body, max_retries=max_retries, raw=True),
        )


class AiMemeGenerator:
    """``client.v1.ai_meme_generator``"""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        style: V1AiMemeGeneratorCreateBodyStyle,
        name: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> AiMemeGeneratorCreateImageResponse200:
        """AI Meme Generator: send one request. Charges credits.

        `POST /v1/ai-meme-generator`
        """
        body = fields(extra_body, {"style": style, "name": name})
        return cast(
            "AiMemeGeneratorCreateImageResponse200", self._engine.request(_CREATE, body=body, max_retries=max_retries)
        )

    def generate(
        self,
        *,
        style: V1AiMemeGeneratorCreateBodyStyle,
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
    ) -> ImageProjectsResult:
        """AI Meme Generator: upload local files, create, wait for the result and download it.

        `POST /v1/ai-meme-generator`
        """
        body = fields(extra_body, {"style": style, "name": name})
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
        return ImageProjectsResult.extend(project, paths)

    @functools.cached_property
    def with_raw_response(self) -> AiMemeGeneratorWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return AiMemeGeneratorWithRawResponse(self._engine)


class AsyncAiMemeGeneratorWithRawResponse:
    """``client.v1.ai_meme_generator`` with raw responses (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        style: V1AiMemeGeneratorCreateBodyStyle,
        name: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[AiMemeGeneratorCreateImageResponse200]:
        """AI Meme Generator: send one request. Charges credits.

        `POST /v1/ai-meme-generator`
        """
        body = fields(extra_body, {"style": style, "name": name})
        return cast(
            "RawResponse[AiMemeGeneratorCreateImageResponse200]",
            await self._engine.request(_CREATE, body=body, max_retries=max_retries, raw=True),
        )


class AsyncAiMemeGenerator:
    """``client.v1.ai_meme_generator`` (async)"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        style: V1AiMemeGeneratorCreateBodyStyle,
        name: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> AiMemeGeneratorCreateImageResponse200:
        """AI Meme Generator: send one request. Charges credits.

        `POST /v1/ai-meme-generator`
        """
        body = fields(extra_body, {"style": style, "name": name})
        return cast(
            "AiMemeGeneratorCreateImageResponse200",
            await self._engine.request(_CREATE, body=body, max_retries=max_retries),
        )

    async def generate(
        self,
        *,
        style: V1AiMemeGeneratorCreateBodyStyle,
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
    ) -> ImageProjectsResult:
        """AI Meme Generator: upload local files, create, wait for the result and download it.

        `POST /v1/ai-meme-generator`
        """
        body = fields(extra_body, {"style": style, "name": name})
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
        return ImageProjectsResult.extend(project, paths)

    @functools.cached_property
    def with_raw_response(self) -> AsyncAiMemeGeneratorWithRawResponse:
        """The same calls, each returning the HTTP status and headers beside the parsed body."""
        return AsyncAiMemeGeneratorWithRawResponse(self._engine)
