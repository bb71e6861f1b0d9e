from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ai_voice_generator_create_audio_body import (
    AiVoiceGeneratorCreateAudioBody,
)
from ...models.ai_voice_generator_create_audio_response_200 import (
    AiVoiceGeneratorCreateAudioResponse200,
)
from ...types import Response

if TYPE_CHECKING:
    from ...models.ai_voice_generator_create_audio_response_400 import (
        AiVoiceGeneratorCreateAudioResponse400,
    )
    from ...models.ai_voice_generator_create_audio_response_401 import (
        AiVoiceGeneratorCreateAudioResponse401,
    )
    from ...models.ai_voice_generator_create_audio_response_402 import (
        AiVoiceGeneratorCreateAudioResponse402,
    )
    from ...models.ai_voice_generator_create_audio_response_404 import (
        AiVoiceGeneratorCreateAudioResponse404,
    )
    from ...models.ai_voice_generator_create_audio_response_422 import (
        AiVoiceGeneratorCreateAudioResponse422,
    )
    from ...models.ai_voice_generator_create_audio_response_429 import (
        AiVoiceGeneratorCreateAudioResponse429,
    )
    from ...models.ai_voice_generator_create_audio_response_500 import (
        AiVoiceGeneratorCreateAudioResponse500,
    )
    from ...models.ai_voice_generator_create_audio_response_503 import (
        AiVoiceGeneratorCreateAudioResponse503,
    )


def _get_kwargs(
    *,
    body: AiVoiceGeneratorCreateAudioBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/ai-voice-generator",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AiVoiceGeneratorCreateAudioResponse200
    | AiVoiceGeneratorCreateAudioResponse400
    | AiVoiceGeneratorCreateAudioResponse401
    | AiVoiceGeneratorCreateAudioResponse402
    | AiVoiceGeneratorCreateAudioResponse404
    | AiVoiceGeneratorCreateAudioResponse422
    | AiVoiceGeneratorCreateAudioResponse429
    | AiVoiceGeneratorCreateAudioResponse500
    | AiVoiceGeneratorCreateAudioResponse503
    | None
):
    if response.status_code >= 400:
        from ...models.ai_voice_generator_create_audio_response_400 import (
            AiVoiceGeneratorCreateAudioResponse400,
        )
        from ...models.ai_voice_generator_create_audio_response_401 import (
            AiVoiceGeneratorCreateAudioResponse401,
        )
        from ...models.ai_voice_generator_create_audio_response_402 import (
            AiVoiceGeneratorCreateAudioResponse402,
        )
        from ...models.ai_voice_generator_create_audio_response_404 import (
            AiVoiceGeneratorCreateAudioResponse404,
        )
        from ...models.ai_voice_generator_create_audio_response_422 import (
            AiVoiceGeneratorCreateAudioResponse422,
        )
        from ...models.ai_voice_generator_create_audio_response_429 import (
            AiVoiceGeneratorCreateAudioResponse429,
        )
        from ...models.ai_voice_generator_create_audio_response_500 import (
            AiVoiceGeneratorCreateAudioResponse500,
        )
        from ...models.ai_voice_generator_create_audio_response_503 import (
            AiVoiceGeneratorCreateAudioResponse503,
        )

    if response.status_code == 200:
        response_200 = AiVoiceGeneratorCreateAudioResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = AiVoiceGeneratorCreateAudioResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = AiVoiceGeneratorCreateAudioResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = AiVoiceGeneratorCreateAudioResponse402.from_dict(response.json())

        return response_402

    if response.status_code == 404:
        response_404 = AiVoiceGeneratorCreateAudioResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = AiVoiceGeneratorCreateAudioResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = AiVoiceGeneratorCreateAudioResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = AiVoiceGeneratorCreateAudioResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = AiVoiceGeneratorCreateAudioResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AiVoiceGeneratorCreateAudioResponse200
    | AiVoiceGeneratorCreateAudioResponse400
    | AiVoiceGeneratorCreateAudioResponse401
    | AiVoiceGeneratorCreateAudioResponse402
    | AiVoiceGeneratorCreateAudioResponse404
    | AiVoiceGeneratorCreateAudioResponse422
    | AiVoiceGeneratorCreateAudioResponse429
    | AiVoiceGeneratorCreateAudioResponse500
    | AiVoiceGeneratorCreateAudioResponse503
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
    body: AiVoiceGeneratorCreateAudioBody,
) -> Response[
    AiVoiceGeneratorCreateAudioResponse200
    | AiVoiceGeneratorCreateAudioResponse400
    | AiVoiceGeneratorCreateAudioResponse401
    | AiVoiceGeneratorCreateAudioResponse402
    | AiVoiceGeneratorCreateAudioResponse404
    | AiVoiceGeneratorCreateAudioResponse422
    | AiVoiceGeneratorCreateAudioResponse429
    | AiVoiceGeneratorCreateAudioResponse500
    | AiVoiceGeneratorCreateAudioResponse503
]:
    """AI Voice Generator

     Generate speech from text. Each character costs 0.1 credits. The cost is rounded up to the nearest
    whole number.

    Args:
        body (AiVoiceGeneratorCreateAudioBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AiVoiceGeneratorCreateAudioResponse200 | AiVoiceGeneratorCreateAudioResponse400 | AiVoiceGeneratorCreateAudioResponse401 | AiVoiceGeneratorCreateAudioResponse402 | AiVoiceGeneratorCreateAudioResponse404 | AiVoiceGeneratorCreateAudioResponse422 | AiVoiceGeneratorCreateAudioResponse429 | AiVoiceGeneratorCreateAudioResponse500 | AiVoiceGeneratorCreateAudioResponse503]
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
    body: AiVoiceGeneratorCreateAudioBody,
) -> (
    AiVoiceGeneratorCreateAudioResponse200
    | AiVoiceGeneratorCreateAudioResponse400
    | AiVoiceGeneratorCreateAudioResponse401
    | AiVoiceGeneratorCreateAudioResponse402
    | AiVoiceGeneratorCreateAudioResponse404
    | AiVoiceGeneratorCreateAudioResponse422
    | AiVoiceGeneratorCreateAudioResponse429
    | AiVoiceGeneratorCreateAudioResponse500
    | AiVoiceGeneratorCreateAudioResponse503
    | None
):
    """AI Voice Generator

     Generate speech from text. Each character costs 0.1 credits. The cost is rounded up to the nearest
    whole number.

    Args:
        body (AiVoiceGeneratorCreateAudioBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AiVoiceGeneratorCreateAudioResponse200 | AiVoiceGeneratorCreateAudioResponse400 | AiVoiceGeneratorCreateAudioResponse401 | AiVoiceGeneratorCreateAudioResponse402 | AiVoiceGeneratorCreateAudioResponse404 | AiVoiceGeneratorCreateAudioResponse422 | AiVoiceGeneratorCreateAudioResponse429 | AiVoiceGeneratorCreateAudioResponse500 | AiVoiceGeneratorCreateAudioResponse503
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AiVoiceGeneratorCreateAudioBody,
) -> Response[
    AiVoiceGeneratorCreateAudioResponse200
    | AiVoiceGeneratorCreateAudioResponse400
    | AiVoiceGeneratorCreateAudioResponse401
    | AiVoiceGeneratorCreateAudioResponse402
    | AiVoiceGeneratorCreateAudioResponse404
    | AiVoiceGeneratorCreateAudioResponse422
    | AiVoiceGeneratorCreateAudioResponse429
    | AiVoiceGeneratorCreateAudioResponse500
    | AiVoiceGeneratorCreateAudioResponse503
]:
    """AI Voice Generator

     Generate speech from text. Each character costs 0.1 credits. The cost is rounded up to the nearest
    whole number.

    Args:
        body (AiVoiceGeneratorCreateAudioBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AiVoiceGeneratorCreateAudioResponse200 | AiVoiceGeneratorCreateAudioResponse400 | AiVoiceGeneratorCreateAudioResponse401 | AiVoiceGeneratorCreateAudioResponse402 | AiVoiceGeneratorCreateAudioResponse404 | AiVoiceGeneratorCreateAudioResponse422 | AiVoiceGeneratorCreateAudioResponse429 | AiVoiceGeneratorCreateAudioResponse500 | AiVoiceGeneratorCreateAudioResponse503]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AiVoiceGeneratorCreateAudioBody,
) -> (
    AiVoiceGeneratorCreateAudioResponse200
    | AiVoiceGeneratorCreateAudioResponse400
    | AiVoiceGeneratorCreateAudioResponse401
    | AiVoiceGeneratorCreateAudioResponse402
    | AiVoiceGeneratorCreateAudioResponse404
    | AiVoiceGeneratorCreateAudioResponse422
    | AiVoiceGeneratorCreateAudioResponse429
    | AiVoiceGeneratorCreateAudioResponse500
    | AiVoiceGeneratorCreateAudioResponse503
    | None
):
    """AI Voice Generator

     Generate speech from text. Each character costs 0.1 credits. The cost is rounded up to the nearest
    whole number.

    Args:
        body (AiVoiceGeneratorCreateAudioBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AiVoiceGeneratorCreateAudioResponse200 | AiVoiceGeneratorCreateAudioResponse400 | AiVoiceGeneratorCreateAudioResponse401 | AiVoiceGeneratorCreateAudioResponse402 | AiVoiceGeneratorCreateAudioResponse404 | AiVoiceGeneratorCreateAudioResponse422 | AiVoiceGeneratorCreateAudioResponse429 | AiVoiceGeneratorCreateAudioResponse500 | AiVoiceGeneratorCreateAudioResponse503
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
