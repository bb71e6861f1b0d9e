from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ai_meme_generator_create_image_body import AiMemeGeneratorCreateImageBody
from ...models.ai_meme_generator_create_image_response_200 import (
    AiMemeGeneratorCreateImageResponse200,
)
from ...types import Response

if TYPE_CHECKING:
    from ...models.ai_meme_generator_create_image_response_400 import (
        AiMemeGeneratorCreateImageResponse400,
    )
    from ...models.ai_meme_generator_create_image_response_401 import (
        AiMemeGeneratorCreateImageResponse401,
    )
    from ...models.ai_meme_generator_create_image_response_402 import (
        AiMemeGeneratorCreateImageResponse402,
    )
    from ...models.ai_meme_generator_create_image_response_404 import (
        AiMemeGeneratorCreateImageResponse404,
    )
    from ...models.ai_meme_generator_create_image_response_422 import (
        AiMemeGeneratorCreateImageResponse422,
    )
    from ...models.ai_meme_generator_create_image_response_429 import (
        AiMemeGeneratorCreateImageResponse429,
    )
    from ...models.ai_meme_generator_create_image_response_500 import (
        AiMemeGeneratorCreateImageResponse500,
    )
    from ...models.ai_meme_generator_create_image_response_503 import (
        AiMemeGeneratorCreateImageResponse503,
    )


def _get_kwargs(
    *,
    body: AiMemeGeneratorCreateImageBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/ai-meme-generator",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AiMemeGeneratorCreateImageResponse200
    | AiMemeGeneratorCreateImageResponse400
    | AiMemeGeneratorCreateImageResponse401
    | AiMemeGeneratorCreateImageResponse402
    | AiMemeGeneratorCreateImageResponse404
    | AiMemeGeneratorCreateImageResponse422
    | AiMemeGeneratorCreateImageResponse429
    | AiMemeGeneratorCreateImageResponse500
    | AiMemeGeneratorCreateImageResponse503
    | None
):
    if response.status_code >= 400:
        from ...models.ai_meme_generator_create_image_response_400 import (
            AiMemeGeneratorCreateImageResponse400,
        )
        from ...models.ai_meme_generator_create_image_response_401 import (
            AiMemeGeneratorCreateImageResponse401,
        )
        from ...models.ai_meme_generator_create_image_response_402 import (
            AiMemeGeneratorCreateImageResponse402,
        )
        from ...models.ai_meme_generator_create_image_response_404 import (
            AiMemeGeneratorCreateImageResponse404,
        )
        from ...models.ai_meme_generator_create_image_response_422 import (
            AiMemeGeneratorCreateImageResponse422,
        )
        from ...models.ai_meme_generator_create_image_response_429 import (
            AiMemeGeneratorCreateImageResponse429,
        )
        from ...models.ai_meme_generator_create_image_response_500 import (
            AiMemeGeneratorCreateImageResponse500,
        )
        from ...models.ai_meme_generator_create_image_response_503 import (
            AiMemeGeneratorCreateImageResponse503,
        )

    if response.status_code == 200:
        response_200 = AiMemeGeneratorCreateImageResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = AiMemeGeneratorCreateImageResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = AiMemeGeneratorCreateImageResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = AiMemeGeneratorCreateImageResponse402.from_dict(response.json())

        return response_402

    if response.status_code == 404:
        response_404 = AiMemeGeneratorCreateImageResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = AiMemeGeneratorCreateImageResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = AiMemeGeneratorCreateImageResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = AiMemeGeneratorCreateImageResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = AiMemeGeneratorCreateImageResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AiMemeGeneratorCreateImageResponse200
    | AiMemeGeneratorCreateImageResponse400
    | AiMemeGeneratorCreateImageResponse401
    | AiMemeGeneratorCreateImageResponse402
    | AiMemeGeneratorCreateImageResponse404
    | AiMemeGeneratorCreateImageResponse422
    | AiMemeGeneratorCreateImageResponse429
    | AiMemeGeneratorCreateImageResponse500
    | AiMemeGeneratorCreateImageResponse503
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
    body: AiMemeGeneratorCreateImageBody,
) -> Response[
    AiMemeGeneratorCreateImageResponse200
    | AiMemeGeneratorCreateImageResponse400
    | AiMemeGeneratorCreateImageResponse401
    | AiMemeGeneratorCreateImageResponse402
    | AiMemeGeneratorCreateImageResponse404
    | AiMemeGeneratorCreateImageResponse422
    | AiMemeGeneratorCreateImageResponse429
    | AiMemeGeneratorCreateImageResponse500
    | AiMemeGeneratorCreateImageResponse503
]:
    """AI Meme Generator

     Create an AI generated meme. Each meme costs 10 credits.

    Args:
        body (AiMemeGeneratorCreateImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AiMemeGeneratorCreateImageResponse200 | AiMemeGeneratorCreateImageResponse400 | AiMemeGeneratorCreateImageResponse401 | AiMemeGeneratorCreateImageResponse402 | AiMemeGeneratorCreateImageResponse404 | AiMemeGeneratorCreateImageResponse422 | AiMemeGeneratorCreateImageResponse429 | AiMemeGeneratorCreateImageResponse500 | AiMemeGeneratorCreateImageResponse503]
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
    body: AiMemeGeneratorCreateImageBody,
) -> (
    AiMemeGeneratorCreateImageResponse200
    | AiMemeGeneratorCreateImageResponse400
    | AiMemeGeneratorCreateImageResponse401
    | AiMemeGeneratorCreateImageResponse402
    | AiMemeGeneratorCreateImageResponse404
    | AiMemeGeneratorCreateImageResponse422
    | AiMemeGeneratorCreateImageResponse429
    | AiMemeGeneratorCreateImageResponse500
    | AiMemeGeneratorCreateImageResponse503
    | None
):
    """AI Meme Generator

     Create an AI generated meme. Each meme costs 10 credits.

    Args:
        body (AiMemeGeneratorCreateImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AiMemeGeneratorCreateImageResponse200 | AiMemeGeneratorCreateImageResponse400 | AiMemeGeneratorCreateImageResponse401 | AiMemeGeneratorCreateImageResponse402 | AiMemeGeneratorCreateImageResponse404 | AiMemeGeneratorCreateImageResponse422 | AiMemeGeneratorCreateImageResponse429 | AiMemeGeneratorCreateImageResponse500 | AiMemeGeneratorCreateImageResponse503
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AiMemeGeneratorCreateImageBody,
) -> Response[
    AiMemeGeneratorCreateImageResponse200
    | AiMemeGeneratorCreateImageResponse400
    | AiMemeGeneratorCreateImageResponse401
    | AiMemeGeneratorCreateImageResponse402
    | AiMemeGeneratorCreateImageResponse404
    | AiMemeGeneratorCreateImageResponse422
    | AiMemeGeneratorCreateImageResponse429
    | AiMemeGeneratorCreateImageResponse500
    | AiMemeGeneratorCreateImageResponse503
]:
    """AI Meme Generator

     Create an AI generated meme. Each meme costs 10 credits.

    Args:
        body (AiMemeGeneratorCreateImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AiMemeGeneratorCreateImageResponse200 | AiMemeGeneratorCreateImageResponse400 | AiMemeGeneratorCreateImageResponse401 | AiMemeGeneratorCreateImageResponse402 | AiMemeGeneratorCreateImageResponse404 | AiMemeGeneratorCreateImageResponse422 | AiMemeGeneratorCreateImageResponse429 | AiMemeGeneratorCreateImageResponse500 | AiMemeGeneratorCreateImageResponse503]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AiMemeGeneratorCreateImageBody,
) -> (
    AiMemeGeneratorCreateImageResponse200
    | AiMemeGeneratorCreateImageResponse400
    | AiMemeGeneratorCreateImageResponse401
    | AiMemeGeneratorCreateImageResponse402
    | AiMemeGeneratorCreateImageResponse404
    | AiMemeGeneratorCreateImageResponse422
    | AiMemeGeneratorCreateImageResponse429
    | AiMemeGeneratorCreateImageResponse500
    | AiMemeGeneratorCreateImageResponse503
    | None
):
    """AI Meme Generator

     Create an AI generated meme. Each meme costs 10 credits.

    Args:
        body (AiMemeGeneratorCreateImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AiMemeGeneratorCreateImageResponse200 | AiMemeGeneratorCreateImageResponse400 | AiMemeGeneratorCreateImageResponse401 | AiMemeGeneratorCreateImageResponse402 | AiMemeGeneratorCreateImageResponse404 | AiMemeGeneratorCreateImageResponse422 | AiMemeGeneratorCreateImageResponse429 | AiMemeGeneratorCreateImageResponse500 | AiMemeGeneratorCreateImageResponse503
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
