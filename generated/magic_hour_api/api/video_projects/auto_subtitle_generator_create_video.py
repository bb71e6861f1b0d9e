from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auto_subtitle_generator_create_video_body import (
    AutoSubtitleGeneratorCreateVideoBody,
)
from ...models.auto_subtitle_generator_create_video_response_200 import (
    AutoSubtitleGeneratorCreateVideoResponse200,
)
from ...types import Response

if TYPE_CHECKING:
    from ...models.auto_subtitle_generator_create_video_response_400 import (
        AutoSubtitleGeneratorCreateVideoResponse400,
    )
    from ...models.auto_subtitle_generator_create_video_response_401 import (
        AutoSubtitleGeneratorCreateVideoResponse401,
    )
    from ...models.auto_subtitle_generator_create_video_response_402 import (
        AutoSubtitleGeneratorCreateVideoResponse402,
    )
    from ...models.auto_subtitle_generator_create_video_response_404 import (
        AutoSubtitleGeneratorCreateVideoResponse404,
    )
    from ...models.auto_subtitle_generator_create_video_response_422 import (
        AutoSubtitleGeneratorCreateVideoResponse422,
    )
    from ...models.auto_subtitle_generator_create_video_response_429 import (
        AutoSubtitleGeneratorCreateVideoResponse429,
    )
    from ...models.auto_subtitle_generator_create_video_response_500 import (
        AutoSubtitleGeneratorCreateVideoResponse500,
    )
    from ...models.auto_subtitle_generator_create_video_response_503 import (
        AutoSubtitleGeneratorCreateVideoResponse503,
    )


def _get_kwargs(
    *,
    body: AutoSubtitleGeneratorCreateVideoBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/auto-subtitle-generator",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AutoSubtitleGeneratorCreateVideoResponse200
    | AutoSubtitleGeneratorCreateVideoResponse400
    | AutoSubtitleGeneratorCreateVideoResponse401
    | AutoSubtitleGeneratorCreateVideoResponse402
    | AutoSubtitleGeneratorCreateVideoResponse404
    | AutoSubtitleGeneratorCreateVideoResponse422
    | AutoSubtitleGeneratorCreateVideoResponse429
    | AutoSubtitleGeneratorCreateVideoResponse500
    | AutoSubtitleGeneratorCreateVideoResponse503
    | None
):
    if response.status_code >= 400:
        from ...models.auto_subtitle_generator_create_video_response_400 import (
            AutoSubtitleGeneratorCreateVideoResponse400,
        )
        from ...models.auto_subtitle_generator_create_video_response_401 import (
            AutoSubtitleGeneratorCreateVideoResponse401,
        )
        from ...models.auto_subtitle_generator_create_video_response_402 import (
            AutoSubtitleGeneratorCreateVideoResponse402,
        )
        from ...models.auto_subtitle_generator_create_video_response_404 import (
            AutoSubtitleGeneratorCreateVideoResponse404,
        )
        from ...models.auto_subtitle_generator_create_video_response_422 import (
            AutoSubtitleGeneratorCreateVideoResponse422,
        )
        from ...models.auto_subtitle_generator_create_video_response_429 import (
            AutoSubtitleGeneratorCreateVideoResponse429,
        )
        from ...models.auto_subtitle_generator_create_video_response_500 import (
            AutoSubtitleGeneratorCreateVideoResponse500,
        )
        from ...models.auto_subtitle_generator_create_video_response_503 import (
            AutoSubtitleGeneratorCreateVideoResponse503,
        )

    if response.status_code == 200:
        response_200 = AutoSubtitleGeneratorCreateVideoResponse200.from_dict(
            response.json()
        )

        return response_200

    if response.status_code == 400:
        response_400 = AutoSubtitleGeneratorCreateVideoResponse400.from_dict(
            response.json()
        )

        return response_400

    if response.status_code == 401:
        response_401 = AutoSubtitleGeneratorCreateVideoResponse401.from_dict(
            response.json()
        )

        return response_401

    if response.status_code == 402:
        response_402 = AutoSubtitleGeneratorCreateVideoResponse402.from_dict(
            response.json()
        )

        return response_402

    if response.status_code == 404:
        response_404 = AutoSubtitleGeneratorCreateVideoResponse404.from_dict(
            response.json()
        )

        return response_404

    if response.status_code == 422:
        response_422 = AutoSubtitleGeneratorCreateVideoResponse422.from_dict(
            response.json()
        )

        return response_422

    if response.status_code == 429:
        response_429 = AutoSubtitleGeneratorCreateVideoResponse429.from_dict(
            response.json()
        )

        return response_429

    if response.status_code == 500:
        response_500 = AutoSubtitleGeneratorCreateVideoResponse500.from_dict(
            response.json()
        )

        return response_500

    if response.status_code == 503:
        response_503 = AutoSubtitleGeneratorCreateVideoResponse503.from_dict(
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
    AutoSubtitleGeneratorCreateVideoResponse200
    | AutoSubtitleGeneratorCreateVideoResponse400
    | AutoSubtitleGeneratorCreateVideoResponse401
    | AutoSubtitleGeneratorCreateVideoResponse402
    | AutoSubtitleGeneratorCreateVideoResponse404
    | AutoSubtitleGeneratorCreateVideoResponse422
    | AutoSubtitleGeneratorCreateVideoResponse429
    | AutoSubtitleGeneratorCreateVideoResponse500
    | AutoSubtitleGeneratorCreateVideoResponse503
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
    body: AutoSubtitleGeneratorCreateVideoBody,
) -> Response[
    AutoSubtitleGeneratorCreateVideoResponse200
    | AutoSubtitleGeneratorCreateVideoResponse400
    | AutoSubtitleGeneratorCreateVideoResponse401
    | AutoSubtitleGeneratorCreateVideoResponse402
    | AutoSubtitleGeneratorCreateVideoResponse404
    | AutoSubtitleGeneratorCreateVideoResponse422
    | AutoSubtitleGeneratorCreateVideoResponse429
    | AutoSubtitleGeneratorCreateVideoResponse500
    | AutoSubtitleGeneratorCreateVideoResponse503
]:
    """Auto Subtitle Generator

     Automatically generate subtitles for your video in multiple languages.

    Args:
        body (AutoSubtitleGeneratorCreateVideoBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutoSubtitleGeneratorCreateVideoResponse200 | AutoSubtitleGeneratorCreateVideoResponse400 | AutoSubtitleGeneratorCreateVideoResponse401 | AutoSubtitleGeneratorCreateVideoResponse402 | AutoSubtitleGeneratorCreateVideoResponse404 | AutoSubtitleGeneratorCreateVideoResponse422 | AutoSubtitleGeneratorCreateVideoResponse429 | AutoSubtitleGeneratorCreateVideoResponse500 | AutoSubtitleGeneratorCreateVideoResponse503]
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
    body: AutoSubtitleGeneratorCreateVideoBody,
) -> (
    AutoSubtitleGeneratorCreateVideoResponse200
    | AutoSubtitleGeneratorCreateVideoResponse400
    | AutoSubtitleGeneratorCreateVideoResponse401
    | AutoSubtitleGeneratorCreateVideoResponse402
    | AutoSubtitleGeneratorCreateVideoResponse404
    | AutoSubtitleGeneratorCreateVideoResponse422
    | AutoSubtitleGeneratorCreateVideoResponse429
    | AutoSubtitleGeneratorCreateVideoResponse500
    | AutoSubtitleGeneratorCreateVideoResponse503
    | None
):
    """Auto Subtitle Generator

     Automatically generate subtitles for your video in multiple languages.

    Args:
        body (AutoSubtitleGeneratorCreateVideoBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutoSubtitleGeneratorCreateVideoResponse200 | AutoSubtitleGeneratorCreateVideoResponse400 | AutoSubtitleGeneratorCreateVideoResponse401 | AutoSubtitleGeneratorCreateVideoResponse402 | AutoSubtitleGeneratorCreateVideoResponse404 | AutoSubtitleGeneratorCreateVideoResponse422 | AutoSubtitleGeneratorCreateVideoResponse429 | AutoSubtitleGeneratorCreateVideoResponse500 | AutoSubtitleGeneratorCreateVideoResponse503
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AutoSubtitleGeneratorCreateVideoBody,
) -> Response[
    AutoSubtitleGeneratorCreateVideoResponse200
    | AutoSubtitleGeneratorCreateVideoResponse400
    | AutoSubtitleGeneratorCreateVideoResponse401
    | AutoSubtitleGeneratorCreateVideoResponse402
    | AutoSubtitleGeneratorCreateVideoResponse404
    | AutoSubtitleGeneratorCreateVideoResponse422
    | AutoSubtitleGeneratorCreateVideoResponse429
    | AutoSubtitleGeneratorCreateVideoResponse500
    | AutoSubtitleGeneratorCreateVideoResponse503
]:
    """Auto Subtitle Generator

     Automatically generate subtitles for your video in multiple languages.

    Args:
        body (AutoSubtitleGeneratorCreateVideoBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutoSubtitleGeneratorCreateVideoResponse200 | AutoSubtitleGeneratorCreateVideoResponse400 | AutoSubtitleGeneratorCreateVideoResponse401 | AutoSubtitleGeneratorCreateVideoResponse402 | AutoSubtitleGeneratorCreateVideoResponse404 | AutoSubtitleGeneratorCreateVideoResponse422 | AutoSubtitleGeneratorCreateVideoResponse429 | AutoSubtitleGeneratorCreateVideoResponse500 | AutoSubtitleGeneratorCreateVideoResponse503]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AutoSubtitleGeneratorCreateVideoBody,
) -> (
    AutoSubtitleGeneratorCreateVideoResponse200
    | AutoSubtitleGeneratorCreateVideoResponse400
    | AutoSubtitleGeneratorCreateVideoResponse401
    | AutoSubtitleGeneratorCreateVideoResponse402
    | AutoSubtitleGeneratorCreateVideoResponse404
    | AutoSubtitleGeneratorCreateVideoResponse422
    | AutoSubtitleGeneratorCreateVideoResponse429
    | AutoSubtitleGeneratorCreateVideoResponse500
    | AutoSubtitleGeneratorCreateVideoResponse503
    | None
):
    """Auto Subtitle Generator

     Automatically generate subtitles for your video in multiple languages.

    Args:
        body (AutoSubtitleGeneratorCreateVideoBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutoSubtitleGeneratorCreateVideoResponse200 | AutoSubtitleGeneratorCreateVideoResponse400 | AutoSubtitleGeneratorCreateVideoResponse401 | AutoSubtitleGeneratorCreateVideoResponse402 | AutoSubtitleGeneratorCreateVideoResponse404 | AutoSubtitleGeneratorCreateVideoResponse422 | AutoSubtitleGeneratorCreateVideoResponse429 | AutoSubtitleGeneratorCreateVideoResponse500 | AutoSubtitleGeneratorCreateVideoResponse503
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
