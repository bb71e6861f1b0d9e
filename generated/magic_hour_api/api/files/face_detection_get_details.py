from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.face_detection_get_details_response_200 import (
    FaceDetectionGetDetailsResponse200,
)
from ...types import Response

if TYPE_CHECKING:
    from ...models.face_detection_get_details_response_400 import (
        FaceDetectionGetDetailsResponse400,
    )
    from ...models.face_detection_get_details_response_401 import (
        FaceDetectionGetDetailsResponse401,
    )
    from ...models.face_detection_get_details_response_402 import (
        FaceDetectionGetDetailsResponse402,
    )
    from ...models.face_detection_get_details_response_404 import (
        FaceDetectionGetDetailsResponse404,
    )
    from ...models.face_detection_get_details_response_422 import (
        FaceDetectionGetDetailsResponse422,
    )
    from ...models.face_detection_get_details_response_429 import (
        FaceDetectionGetDetailsResponse429,
    )
    from ...models.face_detection_get_details_response_500 import (
        FaceDetectionGetDetailsResponse500,
    )
    from ...models.face_detection_get_details_response_503 import (
        FaceDetectionGetDetailsResponse503,
    )


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/face-detection/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    FaceDetectionGetDetailsResponse200
    | FaceDetectionGetDetailsResponse400
    | FaceDetectionGetDetailsResponse401
    | FaceDetectionGetDetailsResponse402
    | FaceDetectionGetDetailsResponse404
    | FaceDetectionGetDetailsResponse422
    | FaceDetectionGetDetailsResponse429
    | FaceDetectionGetDetailsResponse500
    | FaceDetectionGetDetailsResponse503
    | None
):
    if response.status_code >= 400:
        from ...models.face_detection_get_details_response_400 import (
            FaceDetectionGetDetailsResponse400,
        )
        from ...models.face_detection_get_details_response_401 import (
            FaceDetectionGetDetailsResponse401,
        )
        from ...models.face_detection_get_details_response_402 import (
            FaceDetectionGetDetailsResponse402,
        )
        from ...models.face_detection_get_details_response_404 import (
            FaceDetectionGetDetailsResponse404,
        )
        from ...models.face_detection_get_details_response_422 import (
            FaceDetectionGetDetailsResponse422,
        )
        from ...models.face_detection_get_details_response_429 import (
            FaceDetectionGetDetailsResponse429,
        )
        from ...models.face_detection_get_details_response_500 import (
            FaceDetectionGetDetailsResponse500,
        )
        from ...models.face_detection_get_details_response_503 import (
            FaceDetectionGetDetailsResponse503,
        )

    if response.status_code == 200:
        response_200 = FaceDetectionGetDetailsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = FaceDetectionGetDetailsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = FaceDetectionGetDetailsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = FaceDetectionGetDetailsResponse402.from_dict(response.json())

        return response_402

    if response.status_code == 404:
        response_404 = FaceDetectionGetDetailsResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = FaceDetectionGetDetailsResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = FaceDetectionGetDetailsResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = FaceDetectionGetDetailsResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = FaceDetectionGetDetailsResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    FaceDetectionGetDetailsResponse200
    | FaceDetectionGetDetailsResponse400
    | FaceDetectionGetDetailsResponse401
    | FaceDetectionGetDetailsResponse402
    | FaceDetectionGetDetailsResponse404
    | FaceDetectionGetDetailsResponse422
    | FaceDetectionGetDetailsResponse429
    | FaceDetectionGetDetailsResponse500
    | FaceDetectionGetDetailsResponse503
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    FaceDetectionGetDetailsResponse200
    | FaceDetectionGetDetailsResponse400
    | FaceDetectionGetDetailsResponse401
    | FaceDetectionGetDetailsResponse402
    | FaceDetectionGetDetailsResponse404
    | FaceDetectionGetDetailsResponse422
    | FaceDetectionGetDetailsResponse429
    | FaceDetectionGetDetailsResponse500
    | FaceDetectionGetDetailsResponse503
]:
    """Get face detection details

     Get the details of a face detection task.

    Use this API to get the list of faces detected in the image or video to use in the [face swap
    photo](https://docs.magichour.ai/api-reference/image-projects/face-swap-photo) or [face swap
    video](https://docs.magichour.ai/api-reference/video-projects/face-swap-video) API calls for multi-
    face swaps.

    Args:
        id (str):  Example: uuid-example.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FaceDetectionGetDetailsResponse200 | FaceDetectionGetDetailsResponse400 | FaceDetectionGetDetailsResponse401 | FaceDetectionGetDetailsResponse402 | FaceDetectionGetDetailsResponse404 | FaceDetectionGetDetailsResponse422 | FaceDetectionGetDetailsResponse429 | FaceDetectionGetDetailsResponse500 | FaceDetectionGetDetailsResponse503]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
) -> (
    FaceDetectionGetDetailsResponse200
    | FaceDetectionGetDetailsResponse400
    | FaceDetectionGetDetailsResponse401
    | FaceDetectionGetDetailsResponse402
    | FaceDetectionGetDetailsResponse404
    | FaceDetectionGetDetailsResponse422
    | FaceDetectionGetDetailsResponse429
    | FaceDetectionGetDetailsResponse500
    | FaceDetectionGetDetailsResponse503
    | None
):
    """Get face detection details

     Get the details of a face detection task.

    Use this API to get the list of faces detected in the image or video to use in the [face swap
    photo](https://docs.magichour.ai/api-reference/image-projects/face-swap-photo) or [face swap
    video](https://docs.magichour.ai/api-reference/video-projects/face-swap-video) API calls for multi-
    face swaps.

    Args:
        id (str):  Example: uuid-example.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FaceDetectionGetDetailsResponse200 | FaceDetectionGetDetailsResponse400 | FaceDetectionGetDetailsResponse401 | FaceDetectionGetDetailsResponse402 | FaceDetectionGetDetailsResponse404 | FaceDetectionGetDetailsResponse422 | FaceDetectionGetDetailsResponse429 | FaceDetectionGetDetailsResponse500 | FaceDetectionGetDetailsResponse503
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    FaceDetectionGetDetailsResponse200
    | FaceDetectionGetDetailsResponse400
    | FaceDetectionGetDetailsResponse401
    | FaceDetectionGetDetailsResponse402
    | FaceDetectionGetDetailsResponse404
    | FaceDetectionGetDetailsResponse422
    | FaceDetectionGetDetailsResponse429
    | FaceDetectionGetDetailsResponse500
    | FaceDetectionGetDetailsResponse503
]:
    """Get face detection details

     Get the details of a face detection task.

    Use this API to get the list of faces detected in the image or video to use in the [face swap
    photo](https://docs.magichour.ai/api-reference/image-projects/face-swap-photo) or [face swap
    video](https://docs.magichour.ai/api-reference/video-projects/face-swap-video) API calls for multi-
    face swaps.

    Args:
        id (str):  Example: uuid-example.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FaceDetectionGetDetailsResponse200 | FaceDetectionGetDetailsResponse400 | FaceDetectionGetDetailsResponse401 | FaceDetectionGetDetailsResponse402 | FaceDetectionGetDetailsResponse404 | FaceDetectionGetDetailsResponse422 | FaceDetectionGetDetailsResponse429 | FaceDetectionGetDetailsResponse500 | FaceDetectionGetDetailsResponse503]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
) -> (
    FaceDetectionGetDetailsResponse200
    | FaceDetectionGetDetailsResponse400
    | FaceDetectionGetDetailsResponse401
    | FaceDetectionGetDetailsResponse402
    | FaceDetectionGetDetailsResponse404
    | FaceDetectionGetDetailsResponse422
    | FaceDetectionGetDetailsResponse429
    | FaceDetectionGetDetailsResponse500
    | FaceDetectionGetDetailsResponse503
    | None
):
    """Get face detection details

     Get the details of a face detection task.

    Use this API to get the list of faces detected in the image or video to use in the [face swap
    photo](https://docs.magichour.ai/api-reference/image-projects/face-swap-photo) or [face swap
    video](https://docs.magichour.ai/api-reference/video-projects/face-swap-video) API calls for multi-
    face swaps.

    Args:
        id (str):  Example: uuid-example.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FaceDetectionGetDetailsResponse200 | FaceDetectionGetDetailsResponse400 | FaceDetectionGetDetailsResponse401 | FaceDetectionGetDetailsResponse402 | FaceDetectionGetDetailsResponse404 | FaceDetectionGetDetailsResponse422 | FaceDetectionGetDetailsResponse429 | FaceDetectionGetDetailsResponse500 | FaceDetectionGetDetailsResponse503
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
