from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ai_image_generator_create_image_body import (
    AiImageGeneratorCreateImageBody,
)
from ...models.ai_image_generator_create_image_response_200 import (
    AiImageGeneratorCreateImageResponse200,
)
from ...types import Response

if TYPE_CHECKING:
    from ...models.ai_image_generator_create_image_response_400 import (
        AiImageGeneratorCreateImageResponse400,
    )
    from ...models.ai_image_generator_create_image_response_401 import (
        AiImageGeneratorCreateImageResponse401,
    )
    from ...models.ai_image_generator_create_image_response_402 import (
        AiImageGeneratorCreateImageResponse402,
    )
    from ...models.ai_image_generator_create_image_response_404 import (
        AiImageGeneratorCreateImageResponse404,
    )
    from ...models.ai_image_generator_create_image_response_422 import (
        AiImageGeneratorCreateImageResponse422,
    )
    from ...models.ai_image_generator_create_image_response_429 import (
        AiImageGeneratorCreateImageResponse429,
    )
    from ...models.ai_image_generator_create_image_response_500 import (
        AiImageGeneratorCreateImageResponse500,
    )
    from ...models.ai_image_generator_create_image_response_503 import (
        AiImageGeneratorCreateImageResponse503,
    )


def _get_kwargs(
    *,
    body: AiImageGeneratorCreateImageBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/ai-image-generator",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AiImageGeneratorCreateImageResponse200
    | AiImageGeneratorCreateImageResponse400
    | AiImageGeneratorCreateImageResponse401
    | AiImageGeneratorCreateImageResponse402
    | AiImageGeneratorCreateImageResponse404
    | AiImageGeneratorCreateImageResponse422
    | AiImageGeneratorCreateImageResponse429
    | AiImageGeneratorCreateImageResponse500
    | AiImageGeneratorCreateImageResponse503
    | None
):
    if response.status_code >= 400:
        from ...models.ai_image_generator_create_image_response_400 import (
            AiImageGeneratorCreateImageResponse400,
        )
        from ...models.ai_image_generator_create_image_response_401 import (
            AiImageGeneratorCreateImageResponse401,
        )
        from ...models.ai_image_generator_create_image_response_402 import (
            AiImageGeneratorCreateImageResponse402,
        )
        from ...models.ai_image_generator_create_image_response_404 import (
            AiImageGeneratorCreateImageResponse404,
        )
        from ...models.ai_image_generator_create_image_response_422 import (
            AiImageGeneratorCreateImageResponse422,
        )
        from ...models.ai_image_generator_create_image_response_429 import (
            AiImageGeneratorCreateImageResponse429,
        )
        from ...models.ai_image_generator_create_image_response_500 import (
            AiImageGeneratorCreateImageResponse500,
        )
        from ...models.ai_image_generator_create_image_response_503 import (
            AiImageGeneratorCreateImageResponse503,
        )

    if response.status_code == 200:
        response_200 = AiImageGeneratorCreateImageResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = AiImageGeneratorCreateImageResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = AiImageGeneratorCreateImageResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = AiImageGeneratorCreateImageResponse402.from_dict(response.json())

        return response_402

    if response.status_code == 404:
        response_404 = AiImageGeneratorCreateImageResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = AiImageGeneratorCreateImageResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = AiImageGeneratorCreateImageResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = AiImageGeneratorCreateImageResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = AiImageGeneratorCreateImageResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AiImageGeneratorCreateImageResponse200
    | AiImageGeneratorCreateImageResponse400
    | AiImageGeneratorCreateImageResponse401
    | AiImageGeneratorCreateImageResponse402
    | AiImageGeneratorCreateImageResponse404
    | AiImageGeneratorCreateImageResponse422
    | AiImageGeneratorCreateImageResponse429
    | AiImageGeneratorCreateImageResponse500
    | AiImageGeneratorCreateImageResponse503
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
    body: AiImageGeneratorCreateImageBody,
) -> Response[
    AiImageGeneratorCreateImageResponse200
    | AiImageGeneratorCreateImageResponse400
    | AiImageGeneratorCreateImageResponse401
    | AiImageGeneratorCreateImageResponse402
    | AiImageGeneratorCreateImageResponse404
    | AiImageGeneratorCreateImageResponse422
    | AiImageGeneratorCreateImageResponse429
    | AiImageGeneratorCreateImageResponse500
    | AiImageGeneratorCreateImageResponse503
]:
    """AI Image Generator

     Create an AI image with advanced model selection and quality controls.

    Args:
        body (AiImageGeneratorCreateImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AiImageGeneratorCreateImageResponse200 | AiImageGeneratorCreateImageResponse400 | AiImageGeneratorCreateImageResponse401 | AiImageGeneratorCreateImageResponse402 | AiImageGeneratorCreateImageResponse404 | AiImageGeneratorCreateImageResponse422 | AiImageGeneratorCreateImageResponse429 | AiImageGeneratorCreateImageResponse500 | AiImageGeneratorCreateImageResponse503]
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
    body: AiImageGeneratorCreateImageBody,
) -> (
    AiImageGeneratorCreateImageResponse200
    | AiImageGeneratorCreateImageResponse400
    | AiImageGeneratorCreateImageResponse401
    | AiImageGeneratorCreateImageResponse402
    | AiImageGeneratorCreateImageResponse404
    | AiImageGeneratorCreateImageResponse422
    | AiImageGeneratorCreateImageResponse429
    | AiImageGeneratorCreateImageResponse500
    | AiImageGeneratorCreateImageResponse503
    | None
):
    """AI Image Generator

     Create an AI image with advanced model selection and quality controls.

    Args:
        body (AiImageGeneratorCreateImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AiImageGeneratorCreateImageResponse200 | AiImageGeneratorCreateImageResponse400 | AiImageGeneratorCreateImageResponse401 | AiImageGeneratorCreateImageResponse402 | AiImageGeneratorCreateImageResponse404 | AiImageGeneratorCreateImageResponse422 | AiImageGeneratorCreateImageResponse429 | AiImageGeneratorCreateImageResponse500 | AiImageGeneratorCreateImageResponse503
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AiImageGeneratorCreateImageBody,
) -> Response[
    AiImageGeneratorCreateImageResponse200
    | AiImageGeneratorCreateImageResponse400
    | AiImageGeneratorCreateImageResponse401
    | AiImageGeneratorCreateImageResponse402
    | AiImageGeneratorCreateImageResponse404
    | AiImageGeneratorCreateImageResponse422
    | AiImageGeneratorCreateImageResponse429
    | AiImageGeneratorCreateImageResponse500
    | AiImageGeneratorCreateImageResponse503
]:
    """AI Image Generator

     Create an AI image with advanced model selection and quality controls.

    Args:
        body (AiImageGeneratorCreateImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AiImageGeneratorCreateImageResponse200 | AiImageGeneratorCreateImageResponse400 | AiImageGeneratorCreateImageResponse401 | AiImageGeneratorCreateImageResponse402 | AiImageGeneratorCreateImageResponse404 | AiImageGeneratorCreateImageResponse422 | AiImageGeneratorCreateImageResponse429 | AiImageGeneratorCreateImageResponse500 | AiImageGeneratorCreateImageResponse503]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AiImageGeneratorCreateImageBody,
) -> (
    AiImageGeneratorCreateImageResponse200
    | AiImageGeneratorCreateImageResponse400
    | AiImageGeneratorCreateImageResponse401
    | AiImageGeneratorCreateImageResponse402
    | AiImageGeneratorCreateImageResponse404
    | AiImageGeneratorCreateImageResponse422
    | AiImageGeneratorCreateImageResponse429
    | AiImageGeneratorCreateImageResponse500
    | AiImageGeneratorCreateImageResponse503
    | None
):
    """AI Image Generator

     Create an AI image with advanced model selection and quality controls.

    Args:
        body (AiImageGeneratorCreateImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AiImageGeneratorCreateImageResponse200 | AiImageGeneratorCreateImageResponse400 | AiImageGeneratorCreateImageResponse401 | AiImageGeneratorCreateImageResponse402 | AiImageGeneratorCreateImageResponse404 | AiImageGeneratorCreateImageResponse422 | AiImageGeneratorCreateImageResponse429 | AiImageGeneratorCreateImageResponse500 | AiImageGeneratorCreateImageResponse503
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
