from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ai_talking_photo_create_talking_photo_body import (
    AiTalkingPhotoCreateTalkingPhotoBody,
)
from ...models.ai_talking_photo_create_talking_photo_response_200 import (
    AiTalkingPhotoCreateTalkingPhotoResponse200,
)
from ...types import Response

if TYPE_CHECKING:
    from ...models.ai_talking_photo_create_talking_photo_response_400 import (
        AiTalkingPhotoCreateTalkingPhotoResponse400,
    )
    from ...models.ai_talking_photo_create_talking_photo_response_401 import (
        AiTalkingPhotoCreateTalkingPhotoResponse401,
    )
    from ...models.ai_talking_photo_create_talking_photo_response_402 import (
        AiTalkingPhotoCreateTalkingPhotoResponse402,
    )
    from ...models.ai_talking_photo_create_talking_photo_response_404 import (
        AiTalkingPhotoCreateTalkingPhotoResponse404,
    )
    from ...models.ai_talking_photo_create_talking_photo_response_422 import (
        AiTalkingPhotoCreateTalkingPhotoResponse422,
    )
    from ...models.ai_talking_photo_create_talking_photo_response_429 import (
        AiTalkingPhotoCreateTalkingPhotoResponse429,
    )
    from ...models.ai_talking_photo_create_talking_photo_response_500 import (
        AiTalkingPhotoCreateTalkingPhotoResponse500,
    )
    from ...models.ai_talking_photo_create_talking_photo_response_503 import (
        AiTalkingPhotoCreateTalkingPhotoResponse503,
    )


def _get_kwargs(
    *,
    body: AiTalkingPhotoCreateTalkingPhotoBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/ai-talking-photo",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AiTalkingPhotoCreateTalkingPhotoResponse200
    | AiTalkingPhotoCreateTalkingPhotoResponse400
    | AiTalkingPhotoCreateTalkingPhotoResponse401
    | AiTalkingPhotoCreateTalkingPhotoResponse402
    | AiTalkingPhotoCreateTalkingPhotoResponse404
    | AiTalkingPhotoCreateTalkingPhotoResponse422
    | AiTalkingPhotoCreateTalkingPhotoResponse429
    | AiTalkingPhotoCreateTalkingPhotoResponse500
    | AiTalkingPhotoCreateTalkingPhotoResponse503
    | None
):
    if response.status_code >= 400:
        from ...models.ai_talking_photo_create_talking_photo_response_400 import (
            AiTalkingPhotoCreateTalkingPhotoResponse400,
        )
        from ...models.ai_talking_photo_create_talking_photo_response_401 import (
            AiTalkingPhotoCreateTalkingPhotoResponse401,
        )
        from ...models.ai_talking_photo_create_talking_photo_response_402 import (
            AiTalkingPhotoCreateTalkingPhotoResponse402,
        )
        from ...models.ai_talking_photo_create_talking_photo_response_404 import (
            AiTalkingPhotoCreateTalkingPhotoResponse404,
        )
        from ...models.ai_talking_photo_create_talking_photo_response_422 import (
            AiTalkingPhotoCreateTalkingPhotoResponse422,
        )
        from ...models.ai_talking_photo_create_talking_photo_response_429 import (
            AiTalkingPhotoCreateTalkingPhotoResponse429,
        )
        from ...models.ai_talking_photo_create_talking_photo_response_500 import (
            AiTalkingPhotoCreateTalkingPhotoResponse500,
        )
        from ...models.ai_talking_photo_create_talking_photo_response_503 import (
            AiTalkingPhotoCreateTalkingPhotoResponse503,
        )

    if response.status_code == 200:
        response_200 = AiTalkingPhotoCreateTalkingPhotoResponse200.from_dict(
            response.json()
        )

        return response_200

    if response.status_code == 400:
        response_400 = AiTalkingPhotoCreateTalkingPhotoResponse400.from_dict(
            response.json()
        )

        return response_400

    if response.status_code == 401:
        response_401 = AiTalkingPhotoCreateTalkingPhotoResponse401.from_dict(
            response.json()
        )

        return response_401

    if response.status_code == 402:
        response_402 = AiTalkingPhotoCreateTalkingPhotoResponse402.from_dict(
            response.json()
        )

        return response_402

    if response.status_code == 404:
        response_404 = AiTalkingPhotoCreateTalkingPhotoResponse404.from_dict(
            response.json()
        )

        return response_404

    if response.status_code == 422:
        response_422 = AiTalkingPhotoCreateTalkingPhotoResponse422.from_dict(
            response.json()
        )

        return response_422

    if response.status_code == 429:
        response_429 = AiTalkingPhotoCreateTalkingPhotoResponse429.from_dict(
            response.json()
        )

        return response_429

    if response.status_code == 500:
        response_500 = AiTalkingPhotoCreateTalkingPhotoResponse500.from_dict(
            response.json()
        )

        return response_500

    if response.status_code == 503:
        response_503 = AiTalkingPhotoCreateTalkingPhotoResponse503.from_dict(
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
    AiTalkingPhotoCreateTalkingPhotoResponse200
    | AiTalkingPhotoCreateTalkingPhotoResponse400
    | AiTalkingPhotoCreateTalkingPhotoResponse401
    | AiTalkingPhotoCreateTalkingPhotoResponse402
    | AiTalkingPhotoCreateTalkingPhotoResponse404
    | AiTalkingPhotoCreateTalkingPhotoResponse422
    | AiTalkingPhotoCreateTalkingPhotoResponse429
    | AiTalkingPhotoCreateTalkingPhotoResponse500
    | AiTalkingPhotoCreateTalkingPhotoResponse503
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
    body: AiTalkingPhotoCreateTalkingPhotoBody,
) -> Response[
    AiTalkingPhotoCreateTalkingPhotoResponse200
    | AiTalkingPhotoCreateTalkingPhotoResponse400
    | AiTalkingPhotoCreateTalkingPhotoResponse401
    | AiTalkingPhotoCreateTalkingPhotoResponse402
    | AiTalkingPhotoCreateTalkingPhotoResponse404
    | AiTalkingPhotoCreateTalkingPhotoResponse422
    | AiTalkingPhotoCreateTalkingPhotoResponse429
    | AiTalkingPhotoCreateTalkingPhotoResponse500
    | AiTalkingPhotoCreateTalkingPhotoResponse503
]:
    """AI Talking Photo

     Create a talking photo video from an image and an audio file.

    Args:
        body (AiTalkingPhotoCreateTalkingPhotoBody): Provide the assets for creating a talking
            photo

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AiTalkingPhotoCreateTalkingPhotoResponse200 | AiTalkingPhotoCreateTalkingPhotoResponse400 | AiTalkingPhotoCreateTalkingPhotoResponse401 | AiTalkingPhotoCreateTalkingPhotoResponse402 | AiTalkingPhotoCreateTalkingPhotoResponse404 | AiTalkingPhotoCreateTalkingPhotoResponse422 | AiTalkingPhotoCreateTalkingPhotoResponse429 | AiTalkingPhotoCreateTalkingPhotoResponse500 | AiTalkingPhotoCreateTalkingPhotoResponse503]
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
    body: AiTalkingPhotoCreateTalkingPhotoBody,
) -> (
    AiTalkingPhotoCreateTalkingPhotoResponse200
    | AiTalkingPhotoCreateTalkingPhotoResponse400
    | AiTalkingPhotoCreateTalkingPhotoResponse401
    | AiTalkingPhotoCreateTalkingPhotoResponse402
    | AiTalkingPhotoCreateTalkingPhotoResponse404
    | AiTalkingPhotoCreateTalkingPhotoResponse422
    | AiTalkingPhotoCreateTalkingPhotoResponse429
    | AiTalkingPhotoCreateTalkingPhotoResponse500
    | AiTalkingPhotoCreateTalkingPhotoResponse503
    | None
):
    """AI Talking Photo

     Create a talking photo video from an image and an audio file.

    Args:
        body (AiTalkingPhotoCreateTalkingPhotoBody): Provide the assets for creating a talking
            photo

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AiTalkingPhotoCreateTalkingPhotoResponse200 | AiTalkingPhotoCreateTalkingPhotoResponse400 | AiTalkingPhotoCreateTalkingPhotoResponse401 | AiTalkingPhotoCreateTalkingPhotoResponse402 | AiTalkingPhotoCreateTalkingPhotoResponse404 | AiTalkingPhotoCreateTalkingPhotoResponse422 | AiTalkingPhotoCreateTalkingPhotoResponse429 | AiTalkingPhotoCreateTalkingPhotoResponse500 | AiTalkingPhotoCreateTalkingPhotoResponse503
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AiTalkingPhotoCreateTalkingPhotoBody,
) -> Response[
    AiTalkingPhotoCreateTalkingPhotoResponse200
    | AiTalkingPhotoCreateTalkingPhotoResponse400
    | AiTalkingPhotoCreateTalkingPhotoResponse401
    | AiTalkingPhotoCreateTalkingPhotoResponse402
    | AiTalkingPhotoCreateTalkingPhotoResponse404
    | AiTalkingPhotoCreateTalkingPhotoResponse422
    | AiTalkingPhotoCreateTalkingPhotoResponse429
    | AiTalkingPhotoCreateTalkingPhotoResponse500
    | AiTalkingPhotoCreateTalkingPhotoResponse503
]:
    """AI Talking Photo

     Create a talking photo video from an image and an audio file.

    Args:
        body (AiTalkingPhotoCreateTalkingPhotoBody): Provide the assets for creating a talking
            photo

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AiTalkingPhotoCreateTalkingPhotoResponse200 | AiTalkingPhotoCreateTalkingPhotoResponse400 | AiTalkingPhotoCreateTalkingPhotoResponse401 | AiTalkingPhotoCreateTalkingPhotoResponse402 | AiTalkingPhotoCreateTalkingPhotoResponse404 | AiTalkingPhotoCreateTalkingPhotoResponse422 | AiTalkingPhotoCreateTalkingPhotoResponse429 | AiTalkingPhotoCreateTalkingPhotoResponse500 | AiTalkingPhotoCreateTalkingPhotoResponse503]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AiTalkingPhotoCreateTalkingPhotoBody,
) -> (
    AiTalkingPhotoCreateTalkingPhotoResponse200
    | AiTalkingPhotoCreateTalkingPhotoResponse400
    | AiTalkingPhotoCreateTalkingPhotoResponse401
    | AiTalkingPhotoCreateTalkingPhotoResponse402
    | AiTalkingPhotoCreateTalkingPhotoResponse404
    | AiTalkingPhotoCreateTalkingPhotoResponse422
    | AiTalkingPhotoCreateTalkingPhotoResponse429
    | AiTalkingPhotoCreateTalkingPhotoResponse500
    | AiTalkingPhotoCreateTalkingPhotoResponse503
    | None
):
    """AI Talking Photo

     Create a talking photo video from an image and an audio file.

    Args:
        body (AiTalkingPhotoCreateTalkingPhotoBody): Provide the assets for creating a talking
            photo

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AiTalkingPhotoCreateTalkingPhotoResponse200 | AiTalkingPhotoCreateTalkingPhotoResponse400 | AiTalkingPhotoCreateTalkingPhotoResponse401 | AiTalkingPhotoCreateTalkingPhotoResponse402 | AiTalkingPhotoCreateTalkingPhotoResponse404 | AiTalkingPhotoCreateTalkingPhotoResponse422 | AiTalkingPhotoCreateTalkingPhotoResponse429 | AiTalkingPhotoCreateTalkingPhotoResponse500 | AiTalkingPhotoCreateTalkingPhotoResponse503
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
