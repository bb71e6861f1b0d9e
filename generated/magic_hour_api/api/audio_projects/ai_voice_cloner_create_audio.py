from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ai_voice_cloner_create_audio_body import AiVoiceClonerCreateAudioBody
from ...models.ai_voice_cloner_create_audio_response_200 import (
    AiVoiceClonerCreateAudioResponse200,
)
from ...types import Response

if TYPE_CHECKING:
    from ...models.ai_voice_cloner_create_audio_response_400 import (
        AiVoiceClonerCreateAudioResponse400,
    )
    from ...models.ai_voice_cloner_create_audio_response_401 import (
        AiVoiceClonerCreateAudioResponse401,
    )
    from ...models.ai_voice_cloner_create_audio_response_402 import (
        AiVoiceClonerCreateAudioResponse402,
    )
    from ...models.ai_voice_cloner_create_audio_response_404 import (
        AiVoiceClonerCreateAudioResponse404,
    )
    from ...models.ai_voice_cloner_create_audio_response_422 import (
        AiVoiceClonerCreateAudioResponse422,
    )
    from ...models.ai_voice_cloner_create_audio_response_429 import (
        AiVoiceClonerCreateAudioResponse429,
    )
    from ...models.ai_voice_cloner_create_audio_response_500 import (
        AiVoiceClonerCreateAudioResponse500,
    )
    from ...models.ai_voice_cloner_create_audio_response_503 import (
        AiVoiceClonerCreateAudioResponse503,
    )


def _get_kwargs(
    *,
    body: AiVoiceClonerCreateAudioBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/ai-voice-cloner",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AiVoiceClonerCreateAudioResponse200
    | AiVoiceClonerCreateAudioResponse400
    | AiVoiceClonerCreateAudioResponse401
    | AiVoiceClonerCreateAudioResponse402
    | AiVoiceClonerCreateAudioResponse404
    | AiVoiceClonerCreateAudioResponse422
    | AiVoiceClonerCreateAudioResponse429
    | AiVoiceClonerCreateAudioResponse500
    | AiVoiceClonerCreateAudioResponse503
    | None
):
    if response.status_code >= 400:
        from ...models.ai_voice_cloner_create_audio_response_400 import (
            AiVoiceClonerCreateAudioResponse400,
        )
        from ...models.ai_voice_cloner_create_audio_response_401 import (
            AiVoiceClonerCreateAudioResponse401,
        )
        from ...models.ai_voice_cloner_create_audio_response_402 import (
            AiVoiceClonerCreateAudioResponse402,
        )
        from ...models.ai_voice_cloner_create_audio_response_404 import (
            AiVoiceClonerCreateAudioResponse404,
        )
        from ...models.ai_voice_cloner_create_audio_response_422 import (
            AiVoiceClonerCreateAudioResponse422,
        )
        from ...models.ai_voice_cloner_create_audio_response_429 import (
            AiVoiceClonerCreateAudioResponse429,
        )
        from ...models.ai_voice_cloner_create_audio_response_500 import (
            AiVoiceClonerCreateAudioResponse500,
        )
        from ...models.ai_voice_cloner_create_audio_response_503 import (
            AiVoiceClonerCreateAudioResponse503,
        )

    if response.status_code == 200:
        response_200 = AiVoiceClonerCreateAudioResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = AiVoiceClonerCreateAudioResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = AiVoiceClonerCreateAudioResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = AiVoiceClonerCreateAudioResponse402.from_dict(response.json())

        return response_402

    if response.status_code == 404:
        response_404 = AiVoiceClonerCreateAudioResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = AiVoiceClonerCreateAudioResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = AiVoiceClonerCreateAudioResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = AiVoiceClonerCreateAudioResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = AiVoiceClonerCreateAudioResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AiVoiceClonerCreateAudioResponse200
    | AiVoiceClonerCreateAudioResponse400
    | AiVoiceClonerCreateAudioResponse401
    | AiVoiceClonerCreateAudioResponse402
    | AiVoiceClonerCreateAudioResponse404
    | AiVoiceClonerCreateAudioResponse422
    | AiVoiceClonerCreateAudioResponse429
    | AiVoiceClonerCreateAudioResponse500
    | AiVoiceClonerCreateAudioResponse503
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AiVoiceClonerCreateAudioBody,
) -> Response[
    AiVoiceClonerCreateAudioResponse200
    | AiVoiceClonerCreateAudioResponse400
    | AiVoiceClonerCreateAudioResponse401
    | AiVoiceClonerCreateAudioResponse402
    | AiVoiceClonerCreateAudioResponse404
    | AiVoiceClonerCreateAudioResponse422
    | AiVoiceClonerCreateAudioResponse429
    | AiVoiceClonerCreateAudioResponse500
    | AiVoiceClonerCreateAudioResponse503
]:
    """AI Voice Cloner

     Clone a voice from an audio sample and generate speech.
    * Each character costs 0.1 credits.
    * The cost is rounded up to the nearest whole number

    Args:
        body (AiVoiceClonerCreateAudioBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AiVoiceClonerCreateAudioResponse200 | AiVoiceClonerCreateAudioResponse400 | AiVoiceClonerCreateAudioResponse401 | AiVoiceClonerCreateAudioResponse402 | AiVoiceClonerCreateAudioResponse404 | AiVoiceClonerCreateAudioResponse422 | AiVoiceClonerCreateAudioResponse429 | AiVoiceClonerCreateAudioResponse500 | AiVoiceClonerCreateAudioResponse503]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: AiVoiceClonerCreateAudioBody,
) -> (
    AiVoiceClonerCreateAudioResponse200
    | AiVoiceClonerCreateAudioResponse400
    | AiVoiceClonerCreateAudioResponse401
    | AiVoiceClonerCreateAudioResponse402
    | AiVoiceClonerCreateAudioResponse404
    | AiVoiceClonerCreateAudioResponse422
    | AiVoiceClonerCreateAudioResponse429
    | AiVoiceClonerCreateAudioResponse500
    | AiVoiceClonerCreateAudioResponse503
    | None
):
    """AI Voice Cloner

     Clone a voice from an audio sample and generate speech.
    * Each character costs 0.1 credits.
    * The cost is rounded up to the nearest whole number

    Args:
        body (AiVoiceClonerCreateAudioBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AiVoiceClonerCreateAudioResponse200 | AiVoiceClonerCreateAudioResponse400 | AiVoiceClonerCreateAudioResponse401 | AiVoiceClonerCreateAudioResponse402 | AiVoiceClonerCreateAudioResponse404 | AiVoiceClonerCreateAudioResponse422 | AiVoiceClonerCreateAudioResponse429 | AiVoiceClonerCreateAudioResponse500 | AiVoiceClonerCreateAudioResponse503
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AiVoiceClonerCreateAudioBody,
) -> Response[
    AiVoiceClonerCreateAudioResponse200
    | AiVoiceClonerCreateAudioResponse400
    | AiVoiceClonerCreateAudioResponse401
    | AiVoiceClonerCreateAudioResponse402
    | AiVoiceClonerCreateAudioResponse404
    | AiVoiceClonerCreateAudioResponse422
    | AiVoiceClonerCreateAudioResponse429
    | AiVoiceClonerCreateAudioResponse500
    | AiVoiceClonerCreateAudioResponse503
]:
    """AI Voice Cloner

     Clone a voice from an audio sample and generate speech.
    * Each character costs 0.1 credits.
    * The cost is rounded up to the nearest whole number

    Args:
        body (AiVoiceClonerCreateAudioBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AiVoiceClonerCreateAudioResponse200 | AiVoiceClonerCreateAudioResponse400 | AiVoiceClonerCreateAudioResponse401 | AiVoiceClonerCreateAudioResponse402 | AiVoiceClonerCreateAudioResponse404 | AiVoiceClonerCreateAudioResponse422 | AiVoiceClonerCreateAudioResponse429 | AiVoiceClonerCreateAudioResponse500 | AiVoiceClonerCreateAudioResponse503]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AiVoiceClonerCreateAudioBody,
) -> (
    AiVoiceClonerCreateAudioResponse200
    | AiVoiceClonerCreateAudioResponse400
    | AiVoiceClonerCreateAudioResponse401
    | AiVoiceClonerCreateAudioResponse402
    | AiVoiceClonerCreateAudioResponse404
    | AiVoiceClonerCreateAudioResponse422
    | AiVoiceClonerCreateAudioResponse429
    | AiVoiceClonerCreateAudioResponse500
    | AiVoiceClonerCreateAudioResponse503
    | None
):
    """AI Voice Cloner

     Clone a voice from an audio sample and generate speech.
    * Each character costs 0.1 credits.
    * The cost is rounded up to the nearest whole number

    Args:
        body (AiVoiceClonerCreateAudioBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AiVoiceClonerCreateAudioResponse200 | AiVoiceClonerCreateAudioResponse400 | AiVoiceClonerCreateAudioResponse401 | AiVoiceClonerCreateAudioResponse402 | AiVoiceClonerCreateAudioResponse404 | AiVoiceClonerCreateAudioResponse422 | AiVoiceClonerCreateAudioResponse429 | AiVoiceClonerCreateAudioResponse500 | AiVoiceClonerCreateAudioResponse503
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
