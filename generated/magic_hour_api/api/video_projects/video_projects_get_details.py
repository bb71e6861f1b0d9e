from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.video_projects_get_details_response_200 import (
    VideoProjectsGetDetailsResponse200,
)
from ...types import Response

if TYPE_CHECKING:
    from ...models.video_projects_get_details_response_400 import (
        VideoProjectsGetDetailsResponse400,
    )
    from ...models.video_projects_get_details_response_401 import (
        VideoProjectsGetDetailsResponse401,
    )
    from ...models.video_projects_get_details_response_402 import (
        VideoProjectsGetDetailsResponse402,
    )
    from ...models.video_projects_get_details_response_404 import (
        VideoProjectsGetDetailsResponse404,
    )
    from ...models.video_projects_get_details_response_429 import (
        VideoProjectsGetDetailsResponse429,
    )
    from ...models.video_projects_get_details_response_500 import (
        VideoProjectsGetDetailsResponse500,
    )
    from ...models.video_projects_get_details_response_503 import (
        VideoProjectsGetDetailsResponse503,
    )


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/video-projects/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    VideoProjectsGetDetailsResponse200
    | VideoProjectsGetDetailsResponse400
    | VideoProjectsGetDetailsResponse401
    | VideoProjectsGetDetailsResponse402
    | VideoProjectsGetDetailsResponse404
    | VideoProjectsGetDetailsResponse429
    | VideoProjectsGetDetailsResponse500
    | VideoProjectsGetDetailsResponse503
    | None
):
    if response.status_code >= 400:
        from ...models.video_projects_get_details_response_400 import (
            VideoProjectsGetDetailsResponse400,
        )
        from ...models.video_projects_get_details_response_401 import (
            VideoProjectsGetDetailsResponse401,
        )
        from ...models.video_projects_get_details_response_402 import (
            VideoProjectsGetDetailsResponse402,
        )
        from ...models.video_projects_get_details_response_404 import (
            VideoProjectsGetDetailsResponse404,
        )
        from ...models.video_projects_get_details_response_429 import (
            VideoProjectsGetDetailsResponse429,
        )
        from ...models.video_projects_get_details_response_500 import (
            VideoProjectsGetDetailsResponse500,
        )
        from ...models.video_projects_get_details_response_503 import (
            VideoProjectsGetDetailsResponse503,
        )

    if response.status_code == 200:
        response_200 = VideoProjectsGetDetailsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = VideoProjectsGetDetailsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = VideoProjectsGetDetailsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = VideoProjectsGetDetailsResponse402.from_dict(response.json())

        return response_402

    if response.status_code == 404:
        response_404 = VideoProjectsGetDetailsResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = VideoProjectsGetDetailsResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = VideoProjectsGetDetailsResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = VideoProjectsGetDetailsResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    VideoProjectsGetDetailsResponse200
    | VideoProjectsGetDetailsResponse400
    | VideoProjectsGetDetailsResponse401
    | VideoProjectsGetDetailsResponse402
    | VideoProjectsGetDetailsResponse404
    | VideoProjectsGetDetailsResponse429
    | VideoProjectsGetDetailsResponse500
    | VideoProjectsGetDetailsResponse503
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
    VideoProjectsGetDetailsResponse200
    | VideoProjectsGetDetailsResponse400
    | VideoProjectsGetDetailsResponse401
    | VideoProjectsGetDetailsResponse402
    | VideoProjectsGetDetailsResponse404
    | VideoProjectsGetDetailsResponse429
    | VideoProjectsGetDetailsResponse500
    | VideoProjectsGetDetailsResponse503
]:
    """Get video details

     Check the progress of a video project. The `downloads` field is populated after a successful render.

    **Statuses**
    - `queued` — waiting to start
    - `rendering` — in progress
    - `complete` — ready; see `downloads`
    - `error` — a failure occurred (see `error`)
    - `canceled` — user canceled
    - `draft` — not used

    Args:
        id (str):  Example: cuid-example.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VideoProjectsGetDetailsResponse200 | VideoProjectsGetDetailsResponse400 | VideoProjectsGetDetailsResponse401 | VideoProjectsGetDetailsResponse402 | VideoProjectsGetDetailsResponse404 | VideoProjectsGetDetailsResponse429 | VideoProjectsGetDetailsResponse500 | VideoProjectsGetDetailsResponse503]
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
    VideoProjectsGetDetailsResponse200
    | VideoProjectsGetDetailsResponse400
    | VideoProjectsGetDetailsResponse401
    | VideoProjectsGetDetailsResponse402
    | VideoProjectsGetDetailsResponse404
    | VideoProjectsGetDetailsResponse429
    | VideoProjectsGetDetailsResponse500
    | VideoProjectsGetDetailsResponse503
    | None
):
    """Get video details

     Check the progress of a video project. The `downloads` field is populated after a successful render.

    **Statuses**
    - `queued` — waiting to start
    - `rendering` — in progress
    - `complete` — ready; see `downloads`
    - `error` — a failure occurred (see `error`)
    - `canceled` — user canceled
    - `draft` — not used

    Args:
        id (str):  Example: cuid-example.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VideoProjectsGetDetailsResponse200 | VideoProjectsGetDetailsResponse400 | VideoProjectsGetDetailsResponse401 | VideoProjectsGetDetailsResponse402 | VideoProjectsGetDetailsResponse404 | VideoProjectsGetDetailsResponse429 | VideoProjectsGetDetailsResponse500 | VideoProjectsGetDetailsResponse503
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
    VideoProjectsGetDetailsResponse200
    | VideoProjectsGetDetailsResponse400
    | VideoProjectsGetDetailsResponse401
    | VideoProjectsGetDetailsResponse402
    | VideoProjectsGetDetailsResponse404
    | VideoProjectsGetDetailsResponse429
    | VideoProjectsGetDetailsResponse500
    | VideoProjectsGetDetailsResponse503
]:
    """Get video details

     Check the progress of a video project. The `downloads` field is populated after a successful render.

    **Statuses**
    - `queued` — waiting to start
    - `rendering` — in progress
    - `complete` — ready; see `downloads`
    - `error` — a failure occurred (see `error`)
    - `canceled` — user canceled
    - `draft` — not used

    Args:
        id (str):  Example: cuid-example.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VideoProjectsGetDetailsResponse200 | VideoProjectsGetDetailsResponse400 | VideoProjectsGetDetailsResponse401 | VideoProjectsGetDetailsResponse402 | VideoProjectsGetDetailsResponse404 | VideoProjectsGetDetailsResponse429 | VideoProjectsGetDetailsResponse500 | VideoProjectsGetDetailsResponse503]
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
    VideoProjectsGetDetailsResponse200
    | VideoProjectsGetDetailsResponse400
    | VideoProjectsGetDetailsResponse401
    | VideoProjectsGetDetailsResponse402
    | VideoProjectsGetDetailsResponse404
    | VideoProjectsGetDetailsResponse429
    | VideoProjectsGetDetailsResponse500
    | VideoProjectsGetDetailsResponse503
    | None
):
    """Get video details

     Check the progress of a video project. The `downloads` field is populated after a successful render.

    **Statuses**
    - `queued` — waiting to start
    - `rendering` — in progress
    - `complete` — ready; see `downloads`
    - `error` — a failure occurred (see `error`)
    - `canceled` — user canceled
    - `draft` — not used

    Args:
        id (str):  Example: cuid-example.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VideoProjectsGetDetailsResponse200 | VideoProjectsGetDetailsResponse400 | VideoProjectsGetDetailsResponse401 | VideoProjectsGetDetailsResponse402 | VideoProjectsGetDetailsResponse404 | VideoProjectsGetDetailsResponse429 | VideoProjectsGetDetailsResponse500 | VideoProjectsGetDetailsResponse503
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
