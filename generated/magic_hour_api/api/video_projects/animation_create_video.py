from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.animation_create_video_body import AnimationCreateVideoBody
from ...models.animation_create_video_response_200 import (
    AnimationCreateVideoResponse200,
)
from ...types import Response

if TYPE_CHECKING:
    from ...models.animation_create_video_response_400 import (
        AnimationCreateVideoResponse400,
    )
    from ...models.animation_create_video_response_401 import (
        AnimationCreateVideoResponse401,
    )
    from ...models.animation_create_video_response_402 import (
        AnimationCreateVideoResponse402,
    )
    from ...models.animation_create_video_response_404 import (
        AnimationCreateVideoResponse404,
    )
    from ...models.animation_create_video_response_422 import (
        AnimationCreateVideoResponse422,
    )
    from ...models.animation_create_video_response_429 import (
        AnimationCreateVideoResponse429,
    )
    from ...models.animation_create_video_response_500 import (
        AnimationCreateVideoResponse500,
    )
    from ...models.animation_create_video_response_503 import (
        AnimationCreateVideoResponse503,
    )


def _get_kwargs(
    *,
    body: AnimationCreateVideoBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/animation",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AnimationCreateVideoResponse200
    | AnimationCreateVideoResponse400
    | AnimationCreateVideoResponse401
    | AnimationCreateVideoResponse402
    | AnimationCreateVideoResponse404
    | AnimationCreateVideoResponse422
    | AnimationCreateVideoResponse429
    | AnimationCreateVideoResponse500
    | AnimationCreateVideoResponse503
    | None
):
    if response.status_code >= 400:
        from ...models.animation_create_video_response_400 import (
            AnimationCreateVideoResponse400,
        )
        from ...models.animation_create_video_response_401 import (
            AnimationCreateVideoResponse401,
        )
        from ...models.animation_create_video_response_402 import (
            AnimationCreateVideoResponse402,
        )
        from ...models.animation_create_video_response_404 import (
            AnimationCreateVideoResponse404,
        )
        from ...models.animation_create_video_response_422 import (
            AnimationCreateVideoResponse422,
        )
        from ...models.animation_create_video_response_429 import (
            AnimationCreateVideoResponse429,
        )
        from ...models.animation_create_video_response_500 import (
            AnimationCreateVideoResponse500,
        )
        from ...models.animation_create_video_response_503 import (
            AnimationCreateVideoResponse503,
        )

    if response.status_code == 200:
        response_200 = AnimationCreateVideoResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = AnimationCreateVideoResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = AnimationCreateVideoResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = AnimationCreateVideoResponse402.from_dict(response.json())

        return response_402

    if response.status_code == 404:
        response_404 = AnimationCreateVideoResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = AnimationCreateVideoResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = AnimationCreateVideoResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = AnimationCreateVideoResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = AnimationCreateVideoResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AnimationCreateVideoResponse200
    | AnimationCreateVideoResponse400
    | AnimationCreateVideoResponse401
    | AnimationCreateVideoResponse402
    | AnimationCreateVideoResponse404
    | AnimationCreateVideoResponse422
    | AnimationCreateVideoResponse429
    | AnimationCreateVideoResponse500
    | AnimationCreateVideoResponse503
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
    body: AnimationCreateVideoBody,
) -> Response[
    AnimationCreateVideoResponse200
    | AnimationCreateVideoResponse400
    | AnimationCreateVideoResponse401
    | AnimationCreateVideoResponse402
    | AnimationCreateVideoResponse404
    | AnimationCreateVideoResponse422
    | AnimationCreateVideoResponse429
    | AnimationCreateVideoResponse500
    | AnimationCreateVideoResponse503
]:
    """Animation

     Create a Animation video. The estimated frame cost is calculated based on the `fps` and
    `end_seconds` input.

    Args:
        body (AnimationCreateVideoBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnimationCreateVideoResponse200 | AnimationCreateVideoResponse400 | AnimationCreateVideoResponse401 | AnimationCreateVideoResponse402 | AnimationCreateVideoResponse404 | AnimationCreateVideoResponse422 | AnimationCreateVideoResponse429 | AnimationCreateVideoResponse500 | AnimationCreateVideoResponse503]
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
    body: AnimationCreateVideoBody,
) -> (
    AnimationCreateVideoResponse200
    | AnimationCreateVideoResponse400
    | AnimationCreateVideoResponse401
    | AnimationCreateVideoResponse402
    | AnimationCreateVideoResponse404
    | AnimationCreateVideoResponse422
    | AnimationCreateVideoResponse429
    | AnimationCreateVideoResponse500
    | AnimationCreateVideoResponse503
    | None
):
    """Animation

     Create a Animation video. The estimated frame cost is calculated based on the `fps` and
    `end_seconds` input.

    Args:
        body (AnimationCreateVideoBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnimationCreateVideoResponse200 | AnimationCreateVideoResponse400 | AnimationCreateVideoResponse401 | AnimationCreateVideoResponse402 | AnimationCreateVideoResponse404 | AnimationCreateVideoResponse422 | AnimationCreateVideoResponse429 | AnimationCreateVideoResponse500 | AnimationCreateVideoResponse503
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AnimationCreateVideoBody,
) -> Response[
    AnimationCreateVideoResponse200
    | AnimationCreateVideoResponse400
    | AnimationCreateVideoResponse401
    | AnimationCreateVideoResponse402
    | AnimationCreateVideoResponse404
    | AnimationCreateVideoResponse422
    | AnimationCreateVideoResponse429
    | AnimationCreateVideoResponse500
    | AnimationCreateVideoResponse503
]:
    """Animation

     Create a Animation video. The estimated frame cost is calculated based on the `fps` and
    `end_seconds` input.

    Args:
        body (AnimationCreateVideoBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnimationCreateVideoResponse200 | AnimationCreateVideoResponse400 | AnimationCreateVideoResponse401 | AnimationCreateVideoResponse402 | AnimationCreateVideoResponse404 | AnimationCreateVideoResponse422 | AnimationCreateVideoResponse429 | AnimationCreateVideoResponse500 | AnimationCreateVideoResponse503]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AnimationCreateVideoBody,
) -> (
    AnimationCreateVideoResponse200
    | AnimationCreateVideoResponse400
    | AnimationCreateVideoResponse401
    | AnimationCreateVideoResponse402
    | AnimationCreateVideoResponse404
    | AnimationCreateVideoResponse422
    | AnimationCreateVideoResponse429
    | AnimationCreateVideoResponse500
    | AnimationCreateVideoResponse503
    | None
):
    """Animation

     Create a Animation video. The estimated frame cost is calculated based on the `fps` and
    `end_seconds` input.

    Args:
        body (AnimationCreateVideoBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnimationCreateVideoResponse200 | AnimationCreateVideoResponse400 | AnimationCreateVideoResponse401 | AnimationCreateVideoResponse402 | AnimationCreateVideoResponse404 | AnimationCreateVideoResponse422 | AnimationCreateVideoResponse429 | AnimationCreateVideoResponse500 | AnimationCreateVideoResponse503
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
