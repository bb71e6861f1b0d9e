from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.face_detection_detect_faces_body import FaceDetectionDetectFacesBody
from ...models.face_detection_detect_faces_response_200 import (
    FaceDetectionDetectFacesResponse200,
)
from ...types import Response

if TYPE_CHECKING:
    from ...models.face_detection_detect_faces_response_400 import (
        FaceDetectionDetectFacesResponse400,
    )
    from ...models.face_detection_detect_faces_response_401 import (
        FaceDetectionDetectFacesResponse401,
    )
    from ...models.face_detection_detect_faces_response_402 import (
        FaceDetectionDetectFacesResponse402,
    )
    from ...models.face_detection_detect_faces_response_404 import (
        FaceDetectionDetectFacesResponse404,
    )
    from ...models.face_detection_detect_faces_response_422 import (
        FaceDetectionDetectFacesResponse422,
    )
    from ...models.face_detection_detect_faces_response_429 import (
        FaceDetectionDetectFacesResponse429,
    )
    from ...models.face_detection_detect_faces_response_500 import (
        FaceDetectionDetectFacesResponse500,
    )
    from ...models.face_detection_detect_faces_response_503 import (
        FaceDetectionDetectFacesResponse503,
    )


def _get_kwargs(
    *,
    body: FaceDetectionDetectFacesBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/face-detection",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    FaceDetectionDetectFacesResponse200
    | FaceDetectionDetectFacesResponse400
    | FaceDetectionDetectFacesResponse401
    | FaceDetectionDetectFacesResponse402
    | FaceDetectionDetectFacesResponse404
    | FaceDetectionDetectFacesResponse422
    | FaceDetectionDetectFacesResponse429
    | FaceDetectionDetectFacesResponse500
    | FaceDetectionDetectFacesResponse503
    | None
):
    if response.status_code >= 400:
        from ...models.face_detection_detect_faces_response_400 import (
            FaceDetectionDetectFacesResponse400,
        )
        from ...models.face_detection_detect_faces_response_401 import (
            FaceDetectionDetectFacesResponse401,
        )
        from ...models.face_detection_detect_faces_response_402 import (
            FaceDetectionDetectFacesResponse402,
        )
        from ...models.face_detection_detect_faces_response_404 import (
            FaceDetectionDetectFacesResponse404,
        )
        from ...models.face_detection_detect_faces_response_422 import (
            FaceDetectionDetectFacesResponse422,
        )
        from ...models.face_detection_detect_faces_response_429 import (
            FaceDetectionDetectFacesResponse429,
        )
        from ...models.face_detection_detect_faces_response_500 import (
            FaceDetectionDetectFacesResponse500,
        )
        from ...models.face_detection_detect_faces_response_503 import (
            FaceDetectionDetectFacesResponse503,
        )

    if response.status_code == 200:
        response_200 = FaceDetectionDetectFacesResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = FaceDetectionDetectFacesResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = FaceDetectionDetectFacesResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = FaceDetectionDetectFacesResponse402.from_dict(response.json())

        return response_402

    if response.status_code == 404:
        response_404 = FaceDetectionDetectFacesResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = FaceDetectionDetectFacesResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = FaceDetectionDetectFacesResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = FaceDetectionDetectFacesResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = FaceDetectionDetectFacesResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    FaceDetectionDetectFacesResponse200
    | FaceDetectionDetectFacesResponse400
    | FaceDetectionDetectFacesResponse401
    | FaceDetectionDetectFacesResponse402
    | FaceDetectionDetectFacesResponse404
    | FaceDetectionDetectFacesResponse422
    | FaceDetectionDetectFacesResponse429
    | FaceDetectionDetectFacesResponse500
    | FaceDetectionDetectFacesResponse503
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
    body: FaceDetectionDetectFacesBody,
) -> Response[
    FaceDetectionDetectFacesResponse200
    | FaceDetectionDetectFacesResponse400
    | FaceDetectionDetectFacesResponse401
    | FaceDetectionDetectFacesResponse402
    | FaceDetectionDetectFacesResponse404
    | FaceDetectionDetectFacesResponse422
    | FaceDetectionDetectFacesResponse429
    | FaceDetectionDetectFacesResponse500
    | FaceDetectionDetectFacesResponse503
]:
    """Face Detection

     Detect faces in an image or video.

    Use this API to get the list of faces detected in the image or video to use in the [face swap
    photo](https://docs.magichour.ai/api-reference/image-projects/face-swap-photo) or [face swap
    video](https://docs.magichour.ai/api-reference/video-projects/face-swap-video) API calls for multi-
    face swaps.

    Note: Face detection is free to use for the near future. Pricing may change in the future.

    Args:
        body (FaceDetectionDetectFacesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FaceDetectionDetectFacesResponse200 | FaceDetectionDetectFacesResponse400 | FaceDetectionDetectFacesResponse401 | FaceDetectionDetectFacesResponse402 | FaceDetectionDetectFacesResponse404 | FaceDetectionDetectFacesResponse422 | FaceDetectionDetectFacesResponse429 | FaceDetectionDetectFacesResponse500 | FaceDetectionDetectFacesResponse503]
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
    body: FaceDetectionDetectFacesBody,
) -> (
    FaceDetectionDetectFacesResponse200
    | FaceDetectionDetectFacesResponse400
    | FaceDetectionDetectFacesResponse401
    | FaceDetectionDetectFacesResponse402
    | FaceDetectionDetectFacesResponse404
    | FaceDetectionDetectFacesResponse422
    | FaceDetectionDetectFacesResponse429
    | FaceDetectionDetectFacesResponse500
    | FaceDetectionDetectFacesResponse503
    | None
):
    """Face Detection

     Detect faces in an image or video.

    Use this API to get the list of faces detected in the image or video to use in the [face swap
    photo](https://docs.magichour.ai/api-reference/image-projects/face-swap-photo) or [face swap
    video](https://docs.magichour.ai/api-reference/video-projects/face-swap-video) API calls for multi-
    face swaps.

    Note: Face detection is free to use for the near future. Pricing may change in the future.

    Args:
        body (FaceDetectionDetectFacesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FaceDetectionDetectFacesResponse200 | FaceDetectionDetectFacesResponse400 | FaceDetectionDetectFacesResponse401 | FaceDetectionDetectFacesResponse402 | FaceDetectionDetectFacesResponse404 | FaceDetectionDetectFacesResponse422 | FaceDetectionDetectFacesResponse429 | FaceDetectionDetectFacesResponse500 | FaceDetectionDetectFacesResponse503
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: FaceDetectionDetectFacesBody,
) -> Response[
    FaceDetectionDetectFacesResponse200
    | FaceDetectionDetectFacesResponse400
    | FaceDetectionDetectFacesResponse401
    | FaceDetectionDetectFacesResponse402
    | FaceDetectionDetectFacesResponse404
    | FaceDetectionDetectFacesResponse422
    | FaceDetectionDetectFacesResponse429
    | FaceDetectionDetectFacesResponse500
    | FaceDetectionDetectFacesResponse503
]:
    """Face Detection

     Detect faces in an image or video.

    Use this API to get the list of faces detected in the image or video to use in the [face swap
    photo](https://docs.magichour.ai/api-reference/image-projects/face-swap-photo) or [face swap
    video](https://docs.magichour.ai/api-reference/video-projects/face-swap-video) API calls for multi-
    face swaps.

    Note: Face detection is free to use for the near future. Pricing may change in the future.

    Args:
        body (FaceDetectionDetectFacesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FaceDetectionDetectFacesResponse200 | FaceDetectionDetectFacesResponse400 | FaceDetectionDetectFacesResponse401 | FaceDetectionDetectFacesResponse402 | FaceDetectionDetectFacesResponse404 | FaceDetectionDetectFacesResponse422 | FaceDetectionDetectFacesResponse429 | FaceDetectionDetectFacesResponse500 | FaceDetectionDetectFacesResponse503]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: FaceDetectionDetectFacesBody,
) -> (
    FaceDetectionDetectFacesResponse200
    | FaceDetectionDetectFacesResponse400
    | FaceDetectionDetectFacesResponse401
    | FaceDetectionDetectFacesResponse402
    | FaceDetectionDetectFacesResponse404
    | FaceDetectionDetectFacesResponse422
    | FaceDetectionDetectFacesResponse429
    | FaceDetectionDetectFacesResponse500
    | FaceDetectionDetectFacesResponse503
    | None
):
    """Face Detection

     Detect faces in an image or video.

    Use this API to get the list of faces detected in the image or video to use in the [face swap
    photo](https://docs.magichour.ai/api-reference/image-projects/face-swap-photo) or [face swap
    video](https://docs.magichour.ai/api-reference/video-projects/face-swap-video) API calls for multi-
    face swaps.

    Note: Face detection is free to use for the near future. Pricing may change in the future.

    Args:
        body (FaceDetectionDetectFacesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FaceDetectionDetectFacesResponse200 | FaceDetectionDetectFacesResponse400 | FaceDetectionDetectFacesResponse401 | FaceDetectionDetectFacesResponse402 | FaceDetectionDetectFacesResponse404 | FaceDetectionDetectFacesResponse422 | FaceDetectionDetectFacesResponse429 | FaceDetectionDetectFacesResponse500 | FaceDetectionDetectFacesResponse503
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
