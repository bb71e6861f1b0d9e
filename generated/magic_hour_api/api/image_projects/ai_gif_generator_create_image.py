from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ai_gif_generator_create_image_body import AiGifGeneratorCreateImageBody
from ...models.ai_gif_generator_create_image_response_200 import (
    AiGifGeneratorCreateImageResponse200,
)
from ...types import Response

if TYPE_CHECKING:
    from ...models.ai_gif_generator_create_image_response_400 import (
        AiGifGeneratorCreateImageResponse400,
    )
    from ...models.ai_gif_generator_create_image_response_401 import (
        AiGifGeneratorCreateImageResponse401,
    )
    from ...models.ai_gif_generator_create_image_response_402 import (
        AiGifGeneratorCreateImageResponse402,
    )
    from ...models.ai_gif_generator_create_image_response_404 import (
        AiGifGeneratorCreateImageResponse404,
    )
    from ...models.ai_gif_generator_create_image_response_422 import (
        AiGifGeneratorCreateImageResponse422,
    )
    from ...models.ai_gif_generator_create_image_response_429 import (
        AiGifGeneratorCreateImageResponse429,
    )
    from ...models.ai_gif_generator_create_image_response_500 import (
        AiGifGeneratorCreateImageResponse500,
    )
    from ...models.ai_gif_generator_create_image_response_503 import (
        AiGifGeneratorCreateImageResponse503,
    )


def _get_kwargs(
    *,
    body: AiGifGeneratorCreateImageBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/ai-gif-generator",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AiGifGeneratorCreateImageResponse200
    | AiGifGeneratorCreateImageResponse400
    | AiGifGeneratorCreateImageResponse401
    | AiGifGeneratorCreateImageResponse402
    | AiGifGeneratorCreateImageResponse404
    | AiGifGeneratorCreateImageResponse422
    | AiGifGeneratorCreateImageResponse429
    | AiGifGeneratorCreateImageResponse500
    | AiGifGeneratorCreateImageResponse503
    | None
):
    if response.status_code >= 400:
        from ...models.ai_gif_generator_create_image_response_400 import (
            AiGifGeneratorCreateImageResponse400,
        )
        from ...models.ai_gif_generator_create_image_response_401 import (
            AiGifGeneratorCreateImageResponse401,
        )
        from ...models.ai_gif_generator_create_image_response_402 import (
            AiGifGeneratorCreateImageResponse402,
        )
        from ...models.ai_gif_generator_create_image_response_404 import (
            AiGifGeneratorCreateImageResponse404,
        )
        from ...models.ai_gif_generator_create_image_response_422 import (
            AiGifGeneratorCreateImageResponse422,
        )
        from ...models.ai_gif_generator_create_image_response_429 import (
            AiGifGeneratorCreateImageResponse429,
        )
        from ...models.ai_gif_generator_create_image_response_500 import (
            AiGifGeneratorCreateImageResponse500,
        )
        from ...models.ai_gif_generator_create_image_response_503 import (
            AiGifGeneratorCreateImageResponse503,
        )

    if response.status_code == 200:
        response_200 = AiGifGeneratorCreateImageResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = AiGifGeneratorCreateImageResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = AiGifGeneratorCreateImageResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = AiGifGeneratorCreateImageResponse402.from_dict(response.json())

        return response_402

    if response.status_code == 404:
        response_404 = AiGifGeneratorCreateImageResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = AiGifGeneratorCreateImageResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = AiGifGeneratorCreateImageResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = AiGifGeneratorCreateImageResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = AiGifGeneratorCreateImageResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AiGifGeneratorCreateImageResponse200
    | AiGifGeneratorCreateImageResponse400
    | AiGifGeneratorCreateImageResponse401
    | AiGifGeneratorCreateImageResponse402
    | AiGifGeneratorCreateImageResponse404
    | AiGifGeneratorCreateImageResponse422
    | AiGifGeneratorCreateImageResponse429
    | AiGifGeneratorCreateImageResponse500
    | AiGifGeneratorCreateImageResponse503
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
    body: AiGifGeneratorCreateImageBody,
) -> Response[
    AiGifGeneratorCreateImageResponse200
    | AiGifGeneratorCreateImageResponse400
    | AiGifGeneratorCreateImageResponse401
    | AiGifGeneratorCreateImageResponse402
    | AiGifGeneratorCreateImageResponse404
    | AiGifGeneratorCreateImageResponse422
    | AiGifGeneratorCreateImageResponse429
    | AiGifGeneratorCreateImageResponse500
    | AiGifGeneratorCreateImageResponse503
]:
    """AI GIF Generator

     Create an AI GIF. Each GIF costs 50 credits.

    Args:
        body (AiGifGeneratorCreateImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AiGifGeneratorCreateImageResponse200 | AiGifGeneratorCreateImageResponse400 | AiGifGeneratorCreateImageResponse401 | AiGifGeneratorCreateImageResponse402 | AiGifGeneratorCreateImageResponse404 | AiGifGeneratorCreateImageResponse422 | AiGifGeneratorCreateImageResponse429 | AiGifGeneratorCreateImageResponse500 | AiGifGeneratorCreateImageResponse503]
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
    body: AiGifGeneratorCreateImageBody,
) -> (
    AiGifGeneratorCreateImageResponse200
    | AiGifGeneratorCreateImageResponse400
    | AiGifGeneratorCreateImageResponse401
    | AiGifGeneratorCreateImageResponse402
    | AiGifGeneratorCreateImageResponse404
    | AiGifGeneratorCreateImageResponse422
    | AiGifGeneratorCreateImageResponse429
    | AiGifGeneratorCreateImageResponse500
    | AiGifGeneratorCreateImageResponse503
    | None
):
    """AI GIF Generator

     Create an AI GIF. Each GIF costs 50 credits.

    Args:
        body (AiGifGeneratorCreateImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AiGifGeneratorCreateImageResponse200 | AiGifGeneratorCreateImageResponse400 | AiGifGeneratorCreateImageResponse401 | AiGifGeneratorCreateImageResponse402 | AiGifGeneratorCreateImageResponse404 | AiGifGeneratorCreateImageResponse422 | AiGifGeneratorCreateImageResponse429 | AiGifGeneratorCreateImageResponse500 | AiGifGeneratorCreateImageResponse503
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AiGifGeneratorCreateImageBody,
) -> Response[
    AiGifGeneratorCreateImageResponse200
    | AiGifGeneratorCreateImageResponse400
    | AiGifGeneratorCreateImageResponse401
    | AiGifGeneratorCreateImageResponse402
    | AiGifGeneratorCreateImageResponse404
    | AiGifGeneratorCreateImageResponse422
    | AiGifGeneratorCreateImageResponse429
    | AiGifGeneratorCreateImageResponse500
    | AiGifGeneratorCreateImageResponse503
]:
    """AI GIF Generator

     Create an AI GIF. Each GIF costs 50 credits.

    Args:
        body (AiGifGeneratorCreateImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AiGifGeneratorCreateImageResponse200 | AiGifGeneratorCreateImageResponse400 | AiGifGeneratorCreateImageResponse401 | AiGifGeneratorCreateImageResponse402 | AiGifGeneratorCreateImageResponse404 | AiGifGeneratorCreateImageResponse422 | AiGifGeneratorCreateImageResponse429 | AiGifGeneratorCreateImageResponse500 | AiGifGeneratorCreateImageResponse503]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AiGifGeneratorCreateImageBody,
) -> (
    AiGifGeneratorCreateImageResponse200
    | AiGifGeneratorCreateImageResponse400
    | AiGifGeneratorCreateImageResponse401
    | AiGifGeneratorCreateImageResponse402
    | AiGifGeneratorCreateImageResponse404
    | AiGifGeneratorCreateImageResponse422
    | AiGifGeneratorCreateImageResponse429
    | AiGifGeneratorCreateImageResponse500
    | AiGifGeneratorCreateImageResponse503
    | None
):
    """AI GIF Generator

     Create an AI GIF. Each GIF costs 50 credits.

    Args:
        body (AiGifGeneratorCreateImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AiGifGeneratorCreateImageResponse200 | AiGifGeneratorCreateImageResponse400 | AiGifGeneratorCreateImageResponse401 | AiGifGeneratorCreateImageResponse402 | AiGifGeneratorCreateImageResponse404 | AiGifGeneratorCreateImageResponse422 | AiGifGeneratorCreateImageResponse429 | AiGifGeneratorCreateImageResponse500 | AiGifGeneratorCreateImageResponse503
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
