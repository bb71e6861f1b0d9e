from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ai_clothes_changer_create_image_body import (
    AiClothesChangerCreateImageBody,
)
from ...models.ai_clothes_changer_create_image_response_200 import (
    AiClothesChangerCreateImageResponse200,
)
from ...types import Response

if TYPE_CHECKING:
    from ...models.ai_clothes_changer_create_image_response_400 import (
        AiClothesChangerCreateImageResponse400,
    )
    from ...models.ai_clothes_changer_create_image_response_401 import (
        AiClothesChangerCreateImageResponse401,
    )
    from ...models.ai_clothes_changer_create_image_response_402 import (
        AiClothesChangerCreateImageResponse402,
    )
    from ...models.ai_clothes_changer_create_image_response_404 import (
        AiClothesChangerCreateImageResponse404,
    )
    from ...models.ai_clothes_changer_create_image_response_422 import (
        AiClothesChangerCreateImageResponse422,
    )
    from ...models.ai_clothes_changer_create_image_response_429 import (
        AiClothesChangerCreateImageResponse429,
    )
    from ...models.ai_clothes_changer_create_image_response_500 import (
        AiClothesChangerCreateImageResponse500,
    )
    from ...models.ai_clothes_changer_create_image_response_503 import (
        AiClothesChangerCreateImageResponse503,
    )


def _get_kwargs(
    *,
    body: AiClothesChangerCreateImageBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/ai-clothes-changer",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AiClothesChangerCreateImageResponse200
    | AiClothesChangerCreateImageResponse400
    | AiClothesChangerCreateImageResponse401
    | AiClothesChangerCreateImageResponse402
    | AiClothesChangerCreateImageResponse404
    | AiClothesChangerCreateImageResponse422
    | AiClothesChangerCreateImageResponse429
    | AiClothesChangerCreateImageResponse500
    | AiClothesChangerCreateImageResponse503
    | None
):
    if response.status_code >= 400:
        from ...models.ai_clothes_changer_create_image_response_400 import (
            AiClothesChangerCreateImageResponse400,
        )
        from ...models.ai_clothes_changer_create_image_response_401 import (
            AiClothesChangerCreateImageResponse401,
        )
        from ...models.ai_clothes_changer_create_image_response_402 import (
            AiClothesChangerCreateImageResponse402,
        )
        from ...models.ai_clothes_changer_create_image_response_404 import (
            AiClothesChangerCreateImageResponse404,
        )
        from ...models.ai_clothes_changer_create_image_response_422 import (
            AiClothesChangerCreateImageResponse422,
        )
        from ...models.ai_clothes_changer_create_image_response_429 import (
            AiClothesChangerCreateImageResponse429,
        )
        from ...models.ai_clothes_changer_create_image_response_500 import (
            AiClothesChangerCreateImageResponse500,
        )
        from ...models.ai_clothes_changer_create_image_response_503 import (
            AiClothesChangerCreateImageResponse503,
        )

    if response.status_code == 200:
        response_200 = AiClothesChangerCreateImageResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = AiClothesChangerCreateImageResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = AiClothesChangerCreateImageResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = AiClothesChangerCreateImageResponse402.from_dict(response.json())

        return response_402

    if response.status_code == 404:
        response_404 = AiClothesChangerCreateImageResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = AiClothesChangerCreateImageResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = AiClothesChangerCreateImageResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = AiClothesChangerCreateImageResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = AiClothesChangerCreateImageResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AiClothesChangerCreateImageResponse200
    | AiClothesChangerCreateImageResponse400
    | AiClothesChangerCreateImageResponse401
    | AiClothesChangerCreateImageResponse402
    | AiClothesChangerCreateImageResponse404
    | AiClothesChangerCreateImageResponse422
    | AiClothesChangerCreateImageResponse429
    | AiClothesChangerCreateImageResponse500
    | AiClothesChangerCreateImageResponse503
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
    body: AiClothesChangerCreateImageBody,
) -> Response[
    AiClothesChangerCreateImageResponse200
    | AiClothesChangerCreateImageResponse400
    | AiClothesChangerCreateImageResponse401
    | AiClothesChangerCreateImageResponse402
    | AiClothesChangerCreateImageResponse404
    | AiClothesChangerCreateImageResponse422
    | AiClothesChangerCreateImageResponse429
    | AiClothesChangerCreateImageResponse500
    | AiClothesChangerCreateImageResponse503
]:
    """AI Clothes Changer

     Change outfits in photos in seconds with just a photo reference. Each photo costs 25 credits.

    Args:
        body (AiClothesChangerCreateImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AiClothesChangerCreateImageResponse200 | AiClothesChangerCreateImageResponse400 | AiClothesChangerCreateImageResponse401 | AiClothesChangerCreateImageResponse402 | AiClothesChangerCreateImageResponse404 | AiClothesChangerCreateImageResponse422 | AiClothesChangerCreateImageResponse429 | AiClothesChangerCreateImageResponse500 | AiClothesChangerCreateImageResponse503]
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
    body: AiClothesChangerCreateImageBody,
) -> (
    AiClothesChangerCreateImageResponse200
    | AiClothesChangerCreateImageResponse400
    | AiClothesChangerCreateImageResponse401
    | AiClothesChangerCreateImageResponse402
    | AiClothesChangerCreateImageResponse404
    | AiClothesChangerCreateImageResponse422
    | AiClothesChangerCreateImageResponse429
    | AiClothesChangerCreateImageResponse500
    | AiClothesChangerCreateImageResponse503
    | None
):
    """AI Clothes Changer

     Change outfits in photos in seconds with just a photo reference. Each photo costs 25 credits.

    Args:
        body (AiClothesChangerCreateImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AiClothesChangerCreateImageResponse200 | AiClothesChangerCreateImageResponse400 | AiClothesChangerCreateImageResponse401 | AiClothesChangerCreateImageResponse402 | AiClothesChangerCreateImageResponse404 | AiClothesChangerCreateImageResponse422 | AiClothesChangerCreateImageResponse429 | AiClothesChangerCreateImageResponse500 | AiClothesChangerCreateImageResponse503
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AiClothesChangerCreateImageBody,
) -> Response[
    AiClothesChangerCreateImageResponse200
    | AiClothesChangerCreateImageResponse400
    | AiClothesChangerCreateImageResponse401
    | AiClothesChangerCreateImageResponse402
    | AiClothesChangerCreateImageResponse404
    | AiClothesChangerCreateImageResponse422
    | AiClothesChangerCreateImageResponse429
    | AiClothesChangerCreateImageResponse500
    | AiClothesChangerCreateImageResponse503
]:
    """AI Clothes Changer

     Change outfits in photos in seconds with just a photo reference. Each photo costs 25 credits.

    Args:
        body (AiClothesChangerCreateImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AiClothesChangerCreateImageResponse200 | AiClothesChangerCreateImageResponse400 | AiClothesChangerCreateImageResponse401 | AiClothesChangerCreateImageResponse402 | AiClothesChangerCreateImageResponse404 | AiClothesChangerCreateImageResponse422 | AiClothesChangerCreateImageResponse429 | AiClothesChangerCreateImageResponse500 | AiClothesChangerCreateImageResponse503]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AiClothesChangerCreateImageBody,
) -> (
    AiClothesChangerCreateImageResponse200
    | AiClothesChangerCreateImageResponse400
    | AiClothesChangerCreateImageResponse401
    | AiClothesChangerCreateImageResponse402
    | AiClothesChangerCreateImageResponse404
    | AiClothesChangerCreateImageResponse422
    | AiClothesChangerCreateImageResponse429
    | AiClothesChangerCreateImageResponse500
    | AiClothesChangerCreateImageResponse503
    | None
):
    """AI Clothes Changer

     Change outfits in photos in seconds with just a photo reference. Each photo costs 25 credits.

    Args:
        body (AiClothesChangerCreateImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AiClothesChangerCreateImageResponse200 | AiClothesChangerCreateImageResponse400 | AiClothesChangerCreateImageResponse401 | AiClothesChangerCreateImageResponse402 | AiClothesChangerCreateImageResponse404 | AiClothesChangerCreateImageResponse422 | AiClothesChangerCreateImageResponse429 | AiClothesChangerCreateImageResponse500 | AiClothesChangerCreateImageResponse503
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
