from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.face_swap_photo_create_image_body import FaceSwapPhotoCreateImageBody
from ...models.face_swap_photo_create_image_response_200 import (
    FaceSwapPhotoCreateImageResponse200,
)
from ...types import Response

if TYPE_CHECKING:
    from ...models.face_swap_photo_create_image_response_400 import (
        FaceSwapPhotoCreateImageResponse400,
    )
    from ...models.face_swap_photo_create_image_response_401 import (
        FaceSwapPhotoCreateImageResponse401,
    )
    from ...models.face_swap_photo_create_image_response_402 import (
        FaceSwapPhotoCreateImageResponse402,
    )
    from ...models.face_swap_photo_create_image_response_404 import (
        FaceSwapPhotoCreateImageResponse404,
    )
    from ...models.face_swap_photo_create_image_response_422 import (
        FaceSwapPhotoCreateImageResponse422,
    )
    from ...models.face_swap_photo_create_image_response_429 import (
        FaceSwapPhotoCreateImageResponse429,
    )
    from ...models.face_swap_photo_create_image_response_500 import (
        FaceSwapPhotoCreateImageResponse500,
    )
    from ...models.face_swap_photo_create_image_response_503 import (
        FaceSwapPhotoCreateImageResponse503,
    )


def _get_kwargs(
    *,
    body: FaceSwapPhotoCreateImageBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/face-swap-photo",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    FaceSwapPhotoCreateImageResponse200
    | FaceSwapPhotoCreateImageResponse400
    | FaceSwapPhotoCreateImageResponse401
    | FaceSwapPhotoCreateImageResponse402
    | FaceSwapPhotoCreateImageResponse404
    | FaceSwapPhotoCreateImageResponse422
    | FaceSwapPhotoCreateImageResponse429
    | FaceSwapPhotoCreateImageResponse500
    | FaceSwapPhotoCreateImageResponse503
    | None
):
    if response.status_code >= 400:
        from ...models.face_swap_photo_create_image_response_400 import (
            FaceSwapPhotoCreateImageResponse400,
        )
        from ...models.face_swap_photo_create_image_response_401 import (
            FaceSwapPhotoCreateImageResponse401,
        )
        from ...models.face_swap_photo_create_image_response_402 import (
            FaceSwapPhotoCreateImageResponse402,
        )
        from ...models.face_swap_photo_create_image_response_404 import (
            FaceSwapPhotoCreateImageResponse404,
        )
        from ...models.face_swap_photo_create_image_response_422 import (
            FaceSwapPhotoCreateImageResponse422,
        )
        from ...models.face_swap_photo_create_image_response_429 import (
            FaceSwapPhotoCreateImageResponse429,
        )
        from ...models.face_swap_photo_create_image_response_500 import (
            FaceSwapPhotoCreateImageResponse500,
        )
        from ...models.face_swap_photo_create_image_response_503 import (
            FaceSwapPhotoCreateImageResponse503,
        )

    if response.status_code == 200:
        response_200 = FaceSwapPhotoCreateImageResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = FaceSwapPhotoCreateImageResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = FaceSwapPhotoCreateImageResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = FaceSwapPhotoCreateImageResponse402.from_dict(response.json())

        return response_402

    if response.status_code == 404:
        response_404 = FaceSwapPhotoCreateImageResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = FaceSwapPhotoCreateImageResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = FaceSwapPhotoCreateImageResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = FaceSwapPhotoCreateImageResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = FaceSwapPhotoCreateImageResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    FaceSwapPhotoCreateImageResponse200
    | FaceSwapPhotoCreateImageResponse400
    | FaceSwapPhotoCreateImageResponse401
    | FaceSwapPhotoCreateImageResponse402
    | FaceSwapPhotoCreateImageResponse404
    | FaceSwapPhotoCreateImageResponse422
    | FaceSwapPhotoCreateImageResponse429
    | FaceSwapPhotoCreateImageResponse500
    | FaceSwapPhotoCreateImageResponse503
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
    body: FaceSwapPhotoCreateImageBody,
) -> Response[
    FaceSwapPhotoCreateImageResponse200
    | FaceSwapPhotoCreateImageResponse400
    | FaceSwapPhotoCreateImageResponse401
    | FaceSwapPhotoCreateImageResponse402
    | FaceSwapPhotoCreateImageResponse404
    | FaceSwapPhotoCreateImageResponse422
    | FaceSwapPhotoCreateImageResponse429
    | FaceSwapPhotoCreateImageResponse500
    | FaceSwapPhotoCreateImageResponse503
]:
    """Face Swap Photo

     Create a face swap photo. Each photo costs 10 credits. The height/width of the output image depends
    on your subscription. Please refer to our [pricing](https://magichour.ai/pricing) page for more
    details

    Args:
        body (FaceSwapPhotoCreateImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FaceSwapPhotoCreateImageResponse200 | FaceSwapPhotoCreateImageResponse400 | FaceSwapPhotoCreateImageResponse401 | FaceSwapPhotoCreateImageResponse402 | FaceSwapPhotoCreateImageResponse404 | FaceSwapPhotoCreateImageResponse422 | FaceSwapPhotoCreateImageResponse429 | FaceSwapPhotoCreateImageResponse500 | FaceSwapPhotoCreateImageResponse503]
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
    body: FaceSwapPhotoCreateImageBody,
) -> (
    FaceSwapPhotoCreateImageResponse200
    | FaceSwapPhotoCreateImageResponse400
    | FaceSwapPhotoCreateImageResponse401
    | FaceSwapPhotoCreateImageResponse402
    | FaceSwapPhotoCreateImageResponse404
    | FaceSwapPhotoCreateImageResponse422
    | FaceSwapPhotoCreateImageResponse429
    | FaceSwapPhotoCreateImageResponse500
    | FaceSwapPhotoCreateImageResponse503
    | None
):
    """Face Swap Photo

     Create a face swap photo. Each photo costs 10 credits. The height/width of the output image depends
    on your subscription. Please refer to our [pricing](https://magichour.ai/pricing) page for more
    details

    Args:
        body (FaceSwapPhotoCreateImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FaceSwapPhotoCreateImageResponse200 | FaceSwapPhotoCreateImageResponse400 | FaceSwapPhotoCreateImageResponse401 | FaceSwapPhotoCreateImageResponse402 | FaceSwapPhotoCreateImageResponse404 | FaceSwapPhotoCreateImageResponse422 | FaceSwapPhotoCreateImageResponse429 | FaceSwapPhotoCreateImageResponse500 | FaceSwapPhotoCreateImageResponse503
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: FaceSwapPhotoCreateImageBody,
) -> Response[
    FaceSwapPhotoCreateImageResponse200
    | FaceSwapPhotoCreateImageResponse400
    | FaceSwapPhotoCreateImageResponse401
    | FaceSwapPhotoCreateImageResponse402
    | FaceSwapPhotoCreateImageResponse404
    | FaceSwapPhotoCreateImageResponse422
    | FaceSwapPhotoCreateImageResponse429
    | FaceSwapPhotoCreateImageResponse500
    | FaceSwapPhotoCreateImageResponse503
]:
    """Face Swap Photo

     Create a face swap photo. Each photo costs 10 credits. The height/width of the output image depends
    on your subscription. Please refer to our [pricing](https://magichour.ai/pricing) page for more
    details

    Args:
        body (FaceSwapPhotoCreateImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FaceSwapPhotoCreateImageResponse200 | FaceSwapPhotoCreateImageResponse400 | FaceSwapPhotoCreateImageResponse401 | FaceSwapPhotoCreateImageResponse402 | FaceSwapPhotoCreateImageResponse404 | FaceSwapPhotoCreateImageResponse422 | FaceSwapPhotoCreateImageResponse429 | FaceSwapPhotoCreateImageResponse500 | FaceSwapPhotoCreateImageResponse503]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: FaceSwapPhotoCreateImageBody,
) -> (
    FaceSwapPhotoCreateImageResponse200
    | FaceSwapPhotoCreateImageResponse400
    | FaceSwapPhotoCreateImageResponse401
    | FaceSwapPhotoCreateImageResponse402
    | FaceSwapPhotoCreateImageResponse404
    | FaceSwapPhotoCreateImageResponse422
    | FaceSwapPhotoCreateImageResponse429
    | FaceSwapPhotoCreateImageResponse500
    | FaceSwapPhotoCreateImageResponse503
    | None
):
    """Face Swap Photo

     Create a face swap photo. Each photo costs 10 credits. The height/width of the output image depends
    on your subscription. Please refer to our [pricing](https://magichour.ai/pricing) page for more
    details

    Args:
        body (FaceSwapPhotoCreateImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FaceSwapPhotoCreateImageResponse200 | FaceSwapPhotoCreateImageResponse400 | FaceSwapPhotoCreateImageResponse401 | FaceSwapPhotoCreateImageResponse402 | FaceSwapPhotoCreateImageResponse404 | FaceSwapPhotoCreateImageResponse422 | FaceSwapPhotoCreateImageResponse429 | FaceSwapPhotoCreateImageResponse500 | FaceSwapPhotoCreateImageResponse503
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
