from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ai_image_upscaler_create_image_body import AiImageUpscalerCreateImageBody
from ...models.ai_image_upscaler_create_image_response_200 import (
    AiImageUpscalerCreateImageResponse200,
)
from ...types import Response

if TYPE_CHECKING:
    from ...models.ai_image_upscaler_create_image_response_400 import (
        AiImageUpscalerCreateImageResponse400,
    )
    from ...models.ai_image_upscaler_create_image_response_401 import (
        AiImageUpscalerCreateImageResponse401,
    )
    from ...models.ai_image_upscaler_create_image_response_402 import (
        AiImageUpscalerCreateImageResponse402,
    )
    from ...models.ai_image_upscaler_create_image_response_404 import (
        AiImageUpscalerCreateImageResponse404,
    )
    from ...models.ai_image_upscaler_create_image_response_422 import (
        AiImageUpscalerCreateImageResponse422,
    )
    from ...models.ai_image_upscaler_create_image_response_429 import (
        AiImageUpscalerCreateImageResponse429,
    )
    from ...models.ai_image_upscaler_create_image_response_500 import (
        AiImageUpscalerCreateImageResponse500,
    )
    from ...models.ai_image_upscaler_create_image_response_503 import (
        AiImageUpscalerCreateImageResponse503,
    )


def _get_kwargs(
    *,
    body: AiImageUpscalerCreateImageBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/ai-image-upscaler",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AiImageUpscalerCreateImageResponse200
    | AiImageUpscalerCreateImageResponse400
    | AiImageUpscalerCreateImageResponse401
    | AiImageUpscalerCreateImageResponse402
    | AiImageUpscalerCreateImageResponse404
    | AiImageUpscalerCreateImageResponse422
    | AiImageUpscalerCreateImageResponse429
    | AiImageUpscalerCreateImageResponse500
    | AiImageUpscalerCreateImageResponse503
    | None
):
    if response.status_code >= 400:
        from ...models.ai_image_upscaler_create_image_response_400 import (
            AiImageUpscalerCreateImageResponse400,
        )
        from ...models.ai_image_upscaler_create_image_response_401 import (
            AiImageUpscalerCreateImageResponse401,
        )
        from ...models.ai_image_upscaler_create_image_response_402 import (
            AiImageUpscalerCreateImageResponse402,
        )
        from ...models.ai_image_upscaler_create_image_response_404 import (
            AiImageUpscalerCreateImageResponse404,
        )
        from ...models.ai_image_upscaler_create_image_response_422 import (
            AiImageUpscalerCreateImageResponse422,
        )
        from ...models.ai_image_upscaler_create_image_response_429 import (
            AiImageUpscalerCreateImageResponse429,
        )
        from ...models.ai_image_upscaler_create_image_response_500 import (
            AiImageUpscalerCreateImageResponse500,
        )
        from ...models.ai_image_upscaler_create_image_response_503 import (
            AiImageUpscalerCreateImageResponse503,
        )

    if response.status_code == 200:
        response_200 = AiImageUpscalerCreateImageResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = AiImageUpscalerCreateImageResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = AiImageUpscalerCreateImageResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = AiImageUpscalerCreateImageResponse402.from_dict(response.json())

        return response_402

    if response.status_code == 404:
        response_404 = AiImageUpscalerCreateImageResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = AiImageUpscalerCreateImageResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = AiImageUpscalerCreateImageResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = AiImageUpscalerCreateImageResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = AiImageUpscalerCreateImageResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AiImageUpscalerCreateImageResponse200
    | AiImageUpscalerCreateImageResponse400
    | AiImageUpscalerCreateImageResponse401
    | AiImageUpscalerCreateImageResponse402
    | AiImageUpscalerCreateImageResponse404
    | AiImageUpscalerCreateImageResponse422
    | AiImageUpscalerCreateImageResponse429
    | AiImageUpscalerCreateImageResponse500
    | AiImageUpscalerCreateImageResponse503
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
    body: AiImageUpscalerCreateImageBody,
) -> Response[
    AiImageUpscalerCreateImageResponse200
    | AiImageUpscalerCreateImageResponse400
    | AiImageUpscalerCreateImageResponse401
    | AiImageUpscalerCreateImageResponse402
    | AiImageUpscalerCreateImageResponse404
    | AiImageUpscalerCreateImageResponse422
    | AiImageUpscalerCreateImageResponse429
    | AiImageUpscalerCreateImageResponse500
    | AiImageUpscalerCreateImageResponse503
]:
    """AI Image Upscaler

     Upscale your image using AI. Each 2x upscale costs 50 credits for balanced/creative modes, and 25
    credits for preserve. 4x upscale costs 200 and 100 credits respectively.

    Args:
        body (AiImageUpscalerCreateImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AiImageUpscalerCreateImageResponse200 | AiImageUpscalerCreateImageResponse400 | AiImageUpscalerCreateImageResponse401 | AiImageUpscalerCreateImageResponse402 | AiImageUpscalerCreateImageResponse404 | AiImageUpscalerCreateImageResponse422 | AiImageUpscalerCreateImageResponse429 | AiImageUpscalerCreateImageResponse500 | AiImageUpscalerCreateImageResponse503]
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
    body: AiImageUpscalerCreateImageBody,
) -> (
    AiImageUpscalerCreateImageResponse200
    | AiImageUpscalerCreateImageResponse400
    | AiImageUpscalerCreateImageResponse401
    | AiImageUpscalerCreateImageResponse402
    | AiImageUpscalerCreateImageResponse404
    | AiImageUpscalerCreateImageResponse422
    | AiImageUpscalerCreateImageResponse429
    | AiImageUpscalerCreateImageResponse500
    | AiImageUpscalerCreateImageResponse503
    | None
):
    """AI Image Upscaler

     Upscale your image using AI. Each 2x upscale costs 50 credits for balanced/creative modes, and 25
    credits for preserve. 4x upscale costs 200 and 100 credits respectively.

    Args:
        body (AiImageUpscalerCreateImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AiImageUpscalerCreateImageResponse200 | AiImageUpscalerCreateImageResponse400 | AiImageUpscalerCreateImageResponse401 | AiImageUpscalerCreateImageResponse402 | AiImageUpscalerCreateImageResponse404 | AiImageUpscalerCreateImageResponse422 | AiImageUpscalerCreateImageResponse429 | AiImageUpscalerCreateImageResponse500 | AiImageUpscalerCreateImageResponse503
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AiImageUpscalerCreateImageBody,
) -> Response[
    AiImageUpscalerCreateImageResponse200
    | AiImageUpscalerCreateImageResponse400
    | AiImageUpscalerCreateImageResponse401
    | AiImageUpscalerCreateImageResponse402
    | AiImageUpscalerCreateImageResponse404
    | AiImageUpscalerCreateImageResponse422
    | AiImageUpscalerCreateImageResponse429
    | AiImageUpscalerCreateImageResponse500
    | AiImageUpscalerCreateImageResponse503
]:
    """AI Image Upscaler

     Upscale your image using AI. Each 2x upscale costs 50 credits for balanced/creative modes, and 25
    credits for preserve. 4x upscale costs 200 and 100 credits respectively.

    Args:
        body (AiImageUpscalerCreateImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AiImageUpscalerCreateImageResponse200 | AiImageUpscalerCreateImageResponse400 | AiImageUpscalerCreateImageResponse401 | AiImageUpscalerCreateImageResponse402 | AiImageUpscalerCreateImageResponse404 | AiImageUpscalerCreateImageResponse422 | AiImageUpscalerCreateImageResponse429 | AiImageUpscalerCreateImageResponse500 | AiImageUpscalerCreateImageResponse503]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AiImageUpscalerCreateImageBody,
) -> (
    AiImageUpscalerCreateImageResponse200
    | AiImageUpscalerCreateImageResponse400
    | AiImageUpscalerCreateImageResponse401
    | AiImageUpscalerCreateImageResponse402
    | AiImageUpscalerCreateImageResponse404
    | AiImageUpscalerCreateImageResponse422
    | AiImageUpscalerCreateImageResponse429
    | AiImageUpscalerCreateImageResponse500
    | AiImageUpscalerCreateImageResponse503
    | None
):
    """AI Image Upscaler

     Upscale your image using AI. Each 2x upscale costs 50 credits for balanced/creative modes, and 25
    credits for preserve. 4x upscale costs 200 and 100 credits respectively.

    Args:
        body (AiImageUpscalerCreateImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AiImageUpscalerCreateImageResponse200 | AiImageUpscalerCreateImageResponse400 | AiImageUpscalerCreateImageResponse401 | AiImageUpscalerCreateImageResponse402 | AiImageUpscalerCreateImageResponse404 | AiImageUpscalerCreateImageResponse422 | AiImageUpscalerCreateImageResponse429 | AiImageUpscalerCreateImageResponse500 | AiImageUpscalerCreateImageResponse503
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
