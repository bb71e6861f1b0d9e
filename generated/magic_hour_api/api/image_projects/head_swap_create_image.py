from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.head_swap_create_image_body import HeadSwapCreateImageBody
from ...models.head_swap_create_image_response_200 import HeadSwapCreateImageResponse200
from ...types import Response

if TYPE_CHECKING:
    from ...models.head_swap_create_image_response_400 import (
        HeadSwapCreateImageResponse400,
    )
    from ...models.head_swap_create_image_response_401 import (
        HeadSwapCreateImageResponse401,
    )
    from ...models.head_swap_create_image_response_402 import (
        HeadSwapCreateImageResponse402,
    )
    from ...models.head_swap_create_image_response_404 import (
        HeadSwapCreateImageResponse404,
    )
    from ...models.head_swap_create_image_response_422 import (
        HeadSwapCreateImageResponse422,
    )
    from ...models.head_swap_create_image_response_429 import (
        HeadSwapCreateImageResponse429,
    )
    from ...models.head_swap_create_image_response_500 import (
        HeadSwapCreateImageResponse500,
    )
    from ...models.head_swap_create_image_response_503 import (
        HeadSwapCreateImageResponse503,
    )


def _get_kwargs(
    *,
    body: HeadSwapCreateImageBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/head-swap",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    HeadSwapCreateImageResponse200
    | HeadSwapCreateImageResponse400
    | HeadSwapCreateImageResponse401
    | HeadSwapCreateImageResponse402
    | HeadSwapCreateImageResponse404
    | HeadSwapCreateImageResponse422
    | HeadSwapCreateImageResponse429
    | HeadSwapCreateImageResponse500
    | HeadSwapCreateImageResponse503
    | None
):
    if response.status_code >= 400:
        from ...models.head_swap_create_image_response_400 import (
            HeadSwapCreateImageResponse400,
        )
        from ...models.head_swap_create_image_response_401 import (
            HeadSwapCreateImageResponse401,
        )
        from ...models.head_swap_create_image_response_402 import (
            HeadSwapCreateImageResponse402,
        )
        from ...models.head_swap_create_image_response_404 import (
            HeadSwapCreateImageResponse404,
        )
        from ...models.head_swap_create_image_response_422 import (
            HeadSwapCreateImageResponse422,
        )
        from ...models.head_swap_create_image_response_429 import (
            HeadSwapCreateImageResponse429,
        )
        from ...models.head_swap_create_image_response_500 import (
            HeadSwapCreateImageResponse500,
        )
        from ...models.head_swap_create_image_response_503 import (
            HeadSwapCreateImageResponse503,
        )

    if response.status_code == 200:
        response_200 = HeadSwapCreateImageResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = HeadSwapCreateImageResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = HeadSwapCreateImageResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = HeadSwapCreateImageResponse402.from_dict(response.json())

        return response_402

    if response.status_code == 404:
        response_404 = HeadSwapCreateImageResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = HeadSwapCreateImageResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = HeadSwapCreateImageResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = HeadSwapCreateImageResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = HeadSwapCreateImageResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    HeadSwapCreateImageResponse200
    | HeadSwapCreateImageResponse400
    | HeadSwapCreateImageResponse401
    | HeadSwapCreateImageResponse402
    | HeadSwapCreateImageResponse404
    | HeadSwapCreateImageResponse422
    | HeadSwapCreateImageResponse429
    | HeadSwapCreateImageResponse500
    | HeadSwapCreateImageResponse503
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
    body: HeadSwapCreateImageBody,
) -> Response[
    HeadSwapCreateImageResponse200
    | HeadSwapCreateImageResponse400
    | HeadSwapCreateImageResponse401
    | HeadSwapCreateImageResponse402
    | HeadSwapCreateImageResponse404
    | HeadSwapCreateImageResponse422
    | HeadSwapCreateImageResponse429
    | HeadSwapCreateImageResponse500
    | HeadSwapCreateImageResponse503
]:
    """Head Swap

     Swap a head onto a body image. Each image costs 10 credits. Output resolution depends on your
    subscription; you may set `max_resolution` lower than your plan maximum if desired.

    Args:
        body (HeadSwapCreateImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HeadSwapCreateImageResponse200 | HeadSwapCreateImageResponse400 | HeadSwapCreateImageResponse401 | HeadSwapCreateImageResponse402 | HeadSwapCreateImageResponse404 | HeadSwapCreateImageResponse422 | HeadSwapCreateImageResponse429 | HeadSwapCreateImageResponse500 | HeadSwapCreateImageResponse503]
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
    body: HeadSwapCreateImageBody,
) -> (
    HeadSwapCreateImageResponse200
    | HeadSwapCreateImageResponse400
    | HeadSwapCreateImageResponse401
    | HeadSwapCreateImageResponse402
    | HeadSwapCreateImageResponse404
    | HeadSwapCreateImageResponse422
    | HeadSwapCreateImageResponse429
    | HeadSwapCreateImageResponse500
    | HeadSwapCreateImageResponse503
    | None
):
    """Head Swap

     Swap a head onto a body image. Each image costs 10 credits. Output resolution depends on your
    subscription; you may set `max_resolution` lower than your plan maximum if desired.

    Args:
        body (HeadSwapCreateImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HeadSwapCreateImageResponse200 | HeadSwapCreateImageResponse400 | HeadSwapCreateImageResponse401 | HeadSwapCreateImageResponse402 | HeadSwapCreateImageResponse404 | HeadSwapCreateImageResponse422 | HeadSwapCreateImageResponse429 | HeadSwapCreateImageResponse500 | HeadSwapCreateImageResponse503
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: HeadSwapCreateImageBody,
) -> Response[
    HeadSwapCreateImageResponse200
    | HeadSwapCreateImageResponse400
    | HeadSwapCreateImageResponse401
    | HeadSwapCreateImageResponse402
    | HeadSwapCreateImageResponse404
    | HeadSwapCreateImageResponse422
    | HeadSwapCreateImageResponse429
    | HeadSwapCreateImageResponse500
    | HeadSwapCreateImageResponse503
]:
    """Head Swap

     Swap a head onto a body image. Each image costs 10 credits. Output resolution depends on your
    subscription; you may set `max_resolution` lower than your plan maximum if desired.

    Args:
        body (HeadSwapCreateImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HeadSwapCreateImageResponse200 | HeadSwapCreateImageResponse400 | HeadSwapCreateImageResponse401 | HeadSwapCreateImageResponse402 | HeadSwapCreateImageResponse404 | HeadSwapCreateImageResponse422 | HeadSwapCreateImageResponse429 | HeadSwapCreateImageResponse500 | HeadSwapCreateImageResponse503]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: HeadSwapCreateImageBody,
) -> (
    HeadSwapCreateImageResponse200
    | HeadSwapCreateImageResponse400
    | HeadSwapCreateImageResponse401
    | HeadSwapCreateImageResponse402
    | HeadSwapCreateImageResponse404
    | HeadSwapCreateImageResponse422
    | HeadSwapCreateImageResponse429
    | HeadSwapCreateImageResponse500
    | HeadSwapCreateImageResponse503
    | None
):
    """Head Swap

     Swap a head onto a body image. Each image costs 10 credits. Output resolution depends on your
    subscription; you may set `max_resolution` lower than your plan maximum if desired.

    Args:
        body (HeadSwapCreateImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HeadSwapCreateImageResponse200 | HeadSwapCreateImageResponse400 | HeadSwapCreateImageResponse401 | HeadSwapCreateImageResponse402 | HeadSwapCreateImageResponse404 | HeadSwapCreateImageResponse422 | HeadSwapCreateImageResponse429 | HeadSwapCreateImageResponse500 | HeadSwapCreateImageResponse503
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
