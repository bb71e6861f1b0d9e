from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.image_background_remover_create_image_body import (
    ImageBackgroundRemoverCreateImageBody,
)
from ...models.image_background_remover_create_image_response_200 import (
    ImageBackgroundRemoverCreateImageResponse200,
)
from ...types import Response

if TYPE_CHECKING:
    from ...models.image_background_remover_create_image_response_400 import (
        ImageBackgroundRemoverCreateImageResponse400,
    )
    from ...models.image_background_remover_create_image_response_401 import (
        ImageBackgroundRemoverCreateImageResponse401,
    )
    from ...models.image_background_remover_create_image_response_402 import (
        ImageBackgroundRemoverCreateImageResponse402,
    )
    from ...models.image_background_remover_create_image_response_404 import (
        ImageBackgroundRemoverCreateImageResponse404,
    )
    from ...models.image_background_remover_create_image_response_422 import (
        ImageBackgroundRemoverCreateImageResponse422,
    )
    from ...models.image_background_remover_create_image_response_429 import (
        ImageBackgroundRemoverCreateImageResponse429,
    )
    from ...models.image_background_remover_create_image_response_500 import (
        ImageBackgroundRemoverCreateImageResponse500,
    )
    from ...models.image_background_remover_create_image_response_503 import (
        ImageBackgroundRemoverCreateImageResponse503,
    )


def _get_kwargs(
    *,
    body: ImageBackgroundRemoverCreateImageBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/image-background-remover",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ImageBackgroundRemoverCreateImageResponse200
    | ImageBackgroundRemoverCreateImageResponse400
    | ImageBackgroundRemoverCreateImageResponse401
    | ImageBackgroundRemoverCreateImageResponse402
    | ImageBackgroundRemoverCreateImageResponse404
    | ImageBackgroundRemoverCreateImageResponse422
    | ImageBackgroundRemoverCreateImageResponse429
    | ImageBackgroundRemoverCreateImageResponse500
    | ImageBackgroundRemoverCreateImageResponse503
    | None
):
    if response.status_code >= 400:
        from ...models.image_background_remover_create_image_response_400 import (
            ImageBackgroundRemoverCreateImageResponse400,
        )
        from ...models.image_background_remover_create_image_response_401 import (
            ImageBackgroundRemoverCreateImageResponse401,
        )
        from ...models.image_background_remover_create_image_response_402 import (
            ImageBackgroundRemoverCreateImageResponse402,
        )
        from ...models.image_background_remover_create_image_response_404 import (
            ImageBackgroundRemoverCreateImageResponse404,
        )
        from ...models.image_background_remover_create_image_response_422 import (
            ImageBackgroundRemoverCreateImageResponse422,
        )
        from ...models.image_background_remover_create_image_response_429 import (
            ImageBackgroundRemoverCreateImageResponse429,
        )
        from ...models.image_background_remover_create_image_response_500 import (
            ImageBackgroundRemoverCreateImageResponse500,
        )
        from ...models.image_background_remover_create_image_response_503 import (
            ImageBackgroundRemoverCreateImageResponse503,
        )

    if response.status_code == 200:
        response_200 = ImageBackgroundRemoverCreateImageResponse200.from_dict(
            response.json()
        )

        return response_200

    if response.status_code == 400:
        response_400 = ImageBackgroundRemoverCreateImageResponse400.from_dict(
            response.json()
        )

        return response_400

    if response.status_code == 401:
        response_401 = ImageBackgroundRemoverCreateImageResponse401.from_dict(
            response.json()
        )

        return response_401

    if response.status_code == 402:
        response_402 = ImageBackgroundRemoverCreateImageResponse402.from_dict(
            response.json()
        )

        return response_402

    if response.status_code == 404:
        response_404 = ImageBackgroundRemoverCreateImageResponse404.from_dict(
            response.json()
        )

        return response_404

    if response.status_code == 422:
        response_422 = ImageBackgroundRemoverCreateImageResponse422.from_dict(
            response.json()
        )

        return response_422

    if response.status_code == 429:
        response_429 = ImageBackgroundRemoverCreateImageResponse429.from_dict(
            response.json()
        )

        return response_429

    if response.status_code == 500:
        response_500 = ImageBackgroundRemoverCreateImageResponse500.from_dict(
            response.json()
        )

        return response_500

    if response.status_code == 503:
        response_503 = ImageBackgroundRemoverCreateImageResponse503.from_dict(
            response.json()
        )

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ImageBackgroundRemoverCreateImageResponse200
    | ImageBackgroundRemoverCreateImageResponse400
    | ImageBackgroundRemoverCreateImageResponse401
    | ImageBackgroundRemoverCreateImageResponse402
    | ImageBackgroundRemoverCreateImageResponse404
    | ImageBackgroundRemoverCreateImageResponse422
    | ImageBackgroundRemoverCreateImageResponse429
    | ImageBackgroundRemoverCreateImageResponse500
    | ImageBackgroundRemoverCreateImageResponse503
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
    body: ImageBackgroundRemoverCreateImageBody,
) -> Response[
    ImageBackgroundRemoverCreateImageResponse200
    | ImageBackgroundRemoverCreateImageResponse400
    | ImageBackgroundRemoverCreateImageResponse401
    | ImageBackgroundRemoverCreateImageResponse402
    | ImageBackgroundRemoverCreateImageResponse404
    | ImageBackgroundRemoverCreateImageResponse422
    | ImageBackgroundRemoverCreateImageResponse429
    | ImageBackgroundRemoverCreateImageResponse500
    | ImageBackgroundRemoverCreateImageResponse503
]:
    """Image Background Remover

     Remove background from image. Each image costs 5 credits.

    Args:
        body (ImageBackgroundRemoverCreateImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImageBackgroundRemoverCreateImageResponse200 | ImageBackgroundRemoverCreateImageResponse400 | ImageBackgroundRemoverCreateImageResponse401 | ImageBackgroundRemoverCreateImageResponse402 | ImageBackgroundRemoverCreateImageResponse404 | ImageBackgroundRemoverCreateImageResponse422 | ImageBackgroundRemoverCreateImageResponse429 | ImageBackgroundRemoverCreateImageResponse500 | ImageBackgroundRemoverCreateImageResponse503]
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
    body: ImageBackgroundRemoverCreateImageBody,
) -> (
    ImageBackgroundRemoverCreateImageResponse200
    | ImageBackgroundRemoverCreateImageResponse400
    | ImageBackgroundRemoverCreateImageResponse401
    | ImageBackgroundRemoverCreateImageResponse402
    | ImageBackgroundRemoverCreateImageResponse404
    | ImageBackgroundRemoverCreateImageResponse422
    | ImageBackgroundRemoverCreateImageResponse429
    | ImageBackgroundRemoverCreateImageResponse500
    | ImageBackgroundRemoverCreateImageResponse503
    | None
):
    """Image Background Remover

     Remove background from image. Each image costs 5 credits.

    Args:
        body (ImageBackgroundRemoverCreateImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImageBackgroundRemoverCreateImageResponse200 | ImageBackgroundRemoverCreateImageResponse400 | ImageBackgroundRemoverCreateImageResponse401 | ImageBackgroundRemoverCreateImageResponse402 | ImageBackgroundRemoverCreateImageResponse404 | ImageBackgroundRemoverCreateImageResponse422 | ImageBackgroundRemoverCreateImageResponse429 | ImageBackgroundRemoverCreateImageResponse500 | ImageBackgroundRemoverCreateImageResponse503
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ImageBackgroundRemoverCreateImageBody,
) -> Response[
    ImageBackgroundRemoverCreateImageResponse200
    | ImageBackgroundRemoverCreateImageResponse400
    | ImageBackgroundRemoverCreateImageResponse401
    | ImageBackgroundRemoverCreateImageResponse402
    | ImageBackgroundRemoverCreateImageResponse404
    | ImageBackgroundRemoverCreateImageResponse422
    | ImageBackgroundRemoverCreateImageResponse429
    | ImageBackgroundRemoverCreateImageResponse500
    | ImageBackgroundRemoverCreateImageResponse503
]:
    """Image Background Remover

     Remove background from image. Each image costs 5 credits.

    Args:
        body (ImageBackgroundRemoverCreateImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImageBackgroundRemoverCreateImageResponse200 | ImageBackgroundRemoverCreateImageResponse400 | ImageBackgroundRemoverCreateImageResponse401 | ImageBackgroundRemoverCreateImageResponse402 | ImageBackgroundRemoverCreateImageResponse404 | ImageBackgroundRemoverCreateImageResponse422 | ImageBackgroundRemoverCreateImageResponse429 | ImageBackgroundRemoverCreateImageResponse500 | ImageBackgroundRemoverCreateImageResponse503]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ImageBackgroundRemoverCreateImageBody,
) -> (
    ImageBackgroundRemoverCreateImageResponse200
    | ImageBackgroundRemoverCreateImageResponse400
    | ImageBackgroundRemoverCreateImageResponse401
    | ImageBackgroundRemoverCreateImageResponse402
    | ImageBackgroundRemoverCreateImageResponse404
    | ImageBackgroundRemoverCreateImageResponse422
    | ImageBackgroundRemoverCreateImageResponse429
    | ImageBackgroundRemoverCreateImageResponse500
    | ImageBackgroundRemoverCreateImageResponse503
    | None
):
    """Image Background Remover

     Remove background from image. Each image costs 5 credits.

    Args:
        body (ImageBackgroundRemoverCreateImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImageBackgroundRemoverCreateImageResponse200 | ImageBackgroundRemoverCreateImageResponse400 | ImageBackgroundRemoverCreateImageResponse401 | ImageBackgroundRemoverCreateImageResponse402 | ImageBackgroundRemoverCreateImageResponse404 | ImageBackgroundRemoverCreateImageResponse422 | ImageBackgroundRemoverCreateImageResponse429 | ImageBackgroundRemoverCreateImageResponse500 | ImageBackgroundRemoverCreateImageResponse503
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
