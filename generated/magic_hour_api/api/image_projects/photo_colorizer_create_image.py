from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.photo_colorizer_create_image_body import PhotoColorizerCreateImageBody
from ...models.photo_colorizer_create_image_response_200 import (
    PhotoColorizerCreateImageResponse200,
)
from ...types import Response

if TYPE_CHECKING:
    from ...models.photo_colorizer_create_image_response_400 import (
        PhotoColorizerCreateImageResponse400,
    )
    from ...models.photo_colorizer_create_image_response_401 import (
        PhotoColorizerCreateImageResponse401,
    )
    from ...models.photo_colorizer_create_image_response_402 import (
        PhotoColorizerCreateImageResponse402,
    )
    from ...models.photo_colorizer_create_image_response_404 import (
        PhotoColorizerCreateImageResponse404,
    )
    from ...models.photo_colorizer_create_image_response_422 import (
        PhotoColorizerCreateImageResponse422,
    )
    from ...models.photo_colorizer_create_image_response_429 import (
        PhotoColorizerCreateImageResponse429,
    )
    from ...models.photo_colorizer_create_image_response_500 import (
        PhotoColorizerCreateImageResponse500,
    )
    from ...models.photo_colorizer_create_image_response_503 import (
        PhotoColorizerCreateImageResponse503,
    )


def _get_kwargs(
    *,
    body: PhotoColorizerCreateImageBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/photo-colorizer",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    PhotoColorizerCreateImageResponse200
    | PhotoColorizerCreateImageResponse400
    | PhotoColorizerCreateImageResponse401
    | PhotoColorizerCreateImageResponse402
    | PhotoColorizerCreateImageResponse404
    | PhotoColorizerCreateImageResponse422
    | PhotoColorizerCreateImageResponse429
    | PhotoColorizerCreateImageResponse500
    | PhotoColorizerCreateImageResponse503
    | None
):
    if response.status_code >= 400:
        from ...models.photo_colorizer_create_image_response_400 import (
            PhotoColorizerCreateImageResponse400,
        )
        from ...models.photo_colorizer_create_image_response_401 import (
            PhotoColorizerCreateImageResponse401,
        )
        from ...models.photo_colorizer_create_image_response_402 import (
            PhotoColorizerCreateImageResponse402,
        )
        from ...models.photo_colorizer_create_image_response_404 import (
            PhotoColorizerCreateImageResponse404,
        )
        from ...models.photo_colorizer_create_image_response_422 import (
            PhotoColorizerCreateImageResponse422,
        )
        from ...models.photo_colorizer_create_image_response_429 import (
            PhotoColorizerCreateImageResponse429,
        )
        from ...models.photo_colorizer_create_image_response_500 import (
            PhotoColorizerCreateImageResponse500,
        )
        from ...models.photo_colorizer_create_image_response_503 import (
            PhotoColorizerCreateImageResponse503,
        )

    if response.status_code == 200:
        response_200 = PhotoColorizerCreateImageResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = PhotoColorizerCreateImageResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = PhotoColorizerCreateImageResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = PhotoColorizerCreateImageResponse402.from_dict(response.json())

        return response_402

    if response.status_code == 404:
        response_404 = PhotoColorizerCreateImageResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = PhotoColorizerCreateImageResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = PhotoColorizerCreateImageResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = PhotoColorizerCreateImageResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = PhotoColorizerCreateImageResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    PhotoColorizerCreateImageResponse200
    | PhotoColorizerCreateImageResponse400
    | PhotoColorizerCreateImageResponse401
    | PhotoColorizerCreateImageResponse402
    | PhotoColorizerCreateImageResponse404
    | PhotoColorizerCreateImageResponse422
    | PhotoColorizerCreateImageResponse429
    | PhotoColorizerCreateImageResponse500
    | PhotoColorizerCreateImageResponse503
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
    body: PhotoColorizerCreateImageBody,
) -> Response[
    PhotoColorizerCreateImageResponse200
    | PhotoColorizerCreateImageResponse400
    | PhotoColorizerCreateImageResponse401
    | PhotoColorizerCreateImageResponse402
    | PhotoColorizerCreateImageResponse404
    | PhotoColorizerCreateImageResponse422
    | PhotoColorizerCreateImageResponse429
    | PhotoColorizerCreateImageResponse500
    | PhotoColorizerCreateImageResponse503
]:
    """Photo Colorizer

     Colorize image. Each image costs 10 credits.

    Args:
        body (PhotoColorizerCreateImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PhotoColorizerCreateImageResponse200 | PhotoColorizerCreateImageResponse400 | PhotoColorizerCreateImageResponse401 | PhotoColorizerCreateImageResponse402 | PhotoColorizerCreateImageResponse404 | PhotoColorizerCreateImageResponse422 | PhotoColorizerCreateImageResponse429 | PhotoColorizerCreateImageResponse500 | PhotoColorizerCreateImageResponse503]
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
    body: PhotoColorizerCreateImageBody,
) -> (
    PhotoColorizerCreateImageResponse200
    | PhotoColorizerCreateImageResponse400
    | PhotoColorizerCreateImageResponse401
    | PhotoColorizerCreateImageResponse402
    | PhotoColorizerCreateImageResponse404
    | PhotoColorizerCreateImageResponse422
    | PhotoColorizerCreateImageResponse429
    | PhotoColorizerCreateImageResponse500
    | PhotoColorizerCreateImageResponse503
    | None
):
    """Photo Colorizer

     Colorize image. Each image costs 10 credits.

    Args:
        body (PhotoColorizerCreateImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PhotoColorizerCreateImageResponse200 | PhotoColorizerCreateImageResponse400 | PhotoColorizerCreateImageResponse401 | PhotoColorizerCreateImageResponse402 | PhotoColorizerCreateImageResponse404 | PhotoColorizerCreateImageResponse422 | PhotoColorizerCreateImageResponse429 | PhotoColorizerCreateImageResponse500 | PhotoColorizerCreateImageResponse503
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PhotoColorizerCreateImageBody,
) -> Response[
    PhotoColorizerCreateImageResponse200
    | PhotoColorizerCreateImageResponse400
    | PhotoColorizerCreateImageResponse401
    | PhotoColorizerCreateImageResponse402
    | PhotoColorizerCreateImageResponse404
    | PhotoColorizerCreateImageResponse422
    | PhotoColorizerCreateImageResponse429
    | PhotoColorizerCreateImageResponse500
    | PhotoColorizerCreateImageResponse503
]:
    """Photo Colorizer

     Colorize image. Each image costs 10 credits.

    Args:
        body (PhotoColorizerCreateImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PhotoColorizerCreateImageResponse200 | PhotoColorizerCreateImageResponse400 | PhotoColorizerCreateImageResponse401 | PhotoColorizerCreateImageResponse402 | PhotoColorizerCreateImageResponse404 | PhotoColorizerCreateImageResponse422 | PhotoColorizerCreateImageResponse429 | PhotoColorizerCreateImageResponse500 | PhotoColorizerCreateImageResponse503]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PhotoColorizerCreateImageBody,
) -> (
    PhotoColorizerCreateImageResponse200
    | PhotoColorizerCreateImageResponse400
    | PhotoColorizerCreateImageResponse401
    | PhotoColorizerCreateImageResponse402
    | PhotoColorizerCreateImageResponse404
    | PhotoColorizerCreateImageResponse422
    | PhotoColorizerCreateImageResponse429
    | PhotoColorizerCreateImageResponse500
    | PhotoColorizerCreateImageResponse503
    | None
):
    """Photo Colorizer

     Colorize image. Each image costs 10 credits.

    Args:
        body (PhotoColorizerCreateImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PhotoColorizerCreateImageResponse200 | PhotoColorizerCreateImageResponse400 | PhotoColorizerCreateImageResponse401 | PhotoColorizerCreateImageResponse402 | PhotoColorizerCreateImageResponse404 | PhotoColorizerCreateImageResponse422 | PhotoColorizerCreateImageResponse429 | PhotoColorizerCreateImageResponse500 | PhotoColorizerCreateImageResponse503
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
