from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.body_swap_create_image_body import BodySwapCreateImageBody
from ...models.body_swap_create_image_response_200 import BodySwapCreateImageResponse200
from ...types import Response

if TYPE_CHECKING:
    from ...models.body_swap_create_image_response_400 import (
        BodySwapCreateImageResponse400,
    )
    from ...models.body_swap_create_image_response_401 import (
        BodySwapCreateImageResponse401,
    )
    from ...models.body_swap_create_image_response_402 import (
        BodySwapCreateImageResponse402,
    )
    from ...models.body_swap_create_image_response_404 import (
        BodySwapCreateImageResponse404,
    )
    from ...models.body_swap_create_image_response_422 import (
        BodySwapCreateImageResponse422,
    )
    from ...models.body_swap_create_image_response_429 import (
        BodySwapCreateImageResponse429,
    )
    from ...models.body_swap_create_image_response_500 import (
        BodySwapCreateImageResponse500,
    )
    from ...models.body_swap_create_image_response_503 import (
        BodySwapCreateImageResponse503,
    )


def _get_kwargs(
    *,
    body: BodySwapCreateImageBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/body-swap",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BodySwapCreateImageResponse200
    | BodySwapCreateImageResponse400
    | BodySwapCreateImageResponse401
    | BodySwapCreateImageResponse402
    | BodySwapCreateImageResponse404
    | BodySwapCreateImageResponse422
    | BodySwapCreateImageResponse429
    | BodySwapCreateImageResponse500
    | BodySwapCreateImageResponse503
    | None
):
    if response.status_code >= 400:
        from ...models.body_swap_create_image_response_400 import (
            BodySwapCreateImageResponse400,
        )
        from ...models.body_swap_create_image_response_401 import (
            BodySwapCreateImageResponse401,
        )
        from ...models.body_swap_create_image_response_402 import (
            BodySwapCreateImageResponse402,
        )
        from ...models.body_swap_create_image_response_404 import (
            BodySwapCreateImageResponse404,
        )
        from ...models.body_swap_create_image_response_422 import (
            BodySwapCreateImageResponse422,
        )
        from ...models.body_swap_create_image_response_429 import (
            BodySwapCreateImageResponse429,
        )
        from ...models.body_swap_create_image_response_500 import (
            BodySwapCreateImageResponse500,
        )
        from ...models.body_swap_create_image_response_503 import (
            BodySwapCreateImageResponse503,
        )

    if response.status_code == 200:
        response_200 = BodySwapCreateImageResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = BodySwapCreateImageResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = BodySwapCreateImageResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = BodySwapCreateImageResponse402.from_dict(response.json())

        return response_402

    if response.status_code == 404:
        response_404 = BodySwapCreateImageResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = BodySwapCreateImageResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = BodySwapCreateImageResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = BodySwapCreateImageResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = BodySwapCreateImageResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    BodySwapCreateImageResponse200
    | BodySwapCreateImageResponse400
    | BodySwapCreateImageResponse401
    | BodySwapCreateImageResponse402
    | BodySwapCreateImageResponse404
    | BodySwapCreateImageResponse422
    | BodySwapCreateImageResponse429
    | BodySwapCreateImageResponse500
    | BodySwapCreateImageResponse503
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
    body: BodySwapCreateImageBody,
) -> Response[
    BodySwapCreateImageResponse200
    | BodySwapCreateImageResponse400
    | BodySwapCreateImageResponse401
    | BodySwapCreateImageResponse402
    | BodySwapCreateImageResponse404
    | BodySwapCreateImageResponse422
    | BodySwapCreateImageResponse429
    | BodySwapCreateImageResponse500
    | BodySwapCreateImageResponse503
]:
    """Body Swap

     Swap a person into a scene image using Nano Banana 2 Lite (640px/1k) or Nano Banana 2 (2k/4k).
    Credits depend on `resolution` (from 50 credits at 640px upward).

    Args:
        body (BodySwapCreateImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BodySwapCreateImageResponse200 | BodySwapCreateImageResponse400 | BodySwapCreateImageResponse401 | BodySwapCreateImageResponse402 | BodySwapCreateImageResponse404 | BodySwapCreateImageResponse422 | BodySwapCreateImageResponse429 | BodySwapCreateImageResponse500 | BodySwapCreateImageResponse503]
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
    body: BodySwapCreateImageBody,
) -> (
    BodySwapCreateImageResponse200
    | BodySwapCreateImageResponse400
    | BodySwapCreateImageResponse401
    | BodySwapCreateImageResponse402
    | BodySwapCreateImageResponse404
    | BodySwapCreateImageResponse422
    | BodySwapCreateImageResponse429
    | BodySwapCreateImageResponse500
    | BodySwapCreateImageResponse503
    | None
):
    """Body Swap

     Swap a person into a scene image using Nano Banana 2 Lite (640px/1k) or Nano Banana 2 (2k/4k).
    Credits depend on `resolution` (from 50 credits at 640px upward).

    Args:
        body (BodySwapCreateImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BodySwapCreateImageResponse200 | BodySwapCreateImageResponse400 | BodySwapCreateImageResponse401 | BodySwapCreateImageResponse402 | BodySwapCreateImageResponse404 | BodySwapCreateImageResponse422 | BodySwapCreateImageResponse429 | BodySwapCreateImageResponse500 | BodySwapCreateImageResponse503
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BodySwapCreateImageBody,
) -> Response[
    BodySwapCreateImageResponse200
    | BodySwapCreateImageResponse400
    | BodySwapCreateImageResponse401
    | BodySwapCreateImageResponse402
    | BodySwapCreateImageResponse404
    | BodySwapCreateImageResponse422
    | BodySwapCreateImageResponse429
    | BodySwapCreateImageResponse500
    | BodySwapCreateImageResponse503
]:
    """Body Swap

     Swap a person into a scene image using Nano Banana 2 Lite (640px/1k) or Nano Banana 2 (2k/4k).
    Credits depend on `resolution` (from 50 credits at 640px upward).

    Args:
        body (BodySwapCreateImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BodySwapCreateImageResponse200 | BodySwapCreateImageResponse400 | BodySwapCreateImageResponse401 | BodySwapCreateImageResponse402 | BodySwapCreateImageResponse404 | BodySwapCreateImageResponse422 | BodySwapCreateImageResponse429 | BodySwapCreateImageResponse500 | BodySwapCreateImageResponse503]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BodySwapCreateImageBody,
) -> (
    BodySwapCreateImageResponse200
    | BodySwapCreateImageResponse400
    | BodySwapCreateImageResponse401
    | BodySwapCreateImageResponse402
    | BodySwapCreateImageResponse404
    | BodySwapCreateImageResponse422
    | BodySwapCreateImageResponse429
    | BodySwapCreateImageResponse500
    | BodySwapCreateImageResponse503
    | None
):
    """Body Swap

     Swap a person into a scene image using Nano Banana 2 Lite (640px/1k) or Nano Banana 2 (2k/4k).
    Credits depend on `resolution` (from 50 credits at 640px upward).

    Args:
        body (BodySwapCreateImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BodySwapCreateImageResponse200 | BodySwapCreateImageResponse400 | BodySwapCreateImageResponse401 | BodySwapCreateImageResponse402 | BodySwapCreateImageResponse404 | BodySwapCreateImageResponse422 | BodySwapCreateImageResponse429 | BodySwapCreateImageResponse500 | BodySwapCreateImageResponse503
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
