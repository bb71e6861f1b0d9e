from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.video_project import VideoProject
from ...types import Response


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
) -> ErrorResponse | VideoProject | None:
    if response.status_code == 200:
        response_200 = VideoProject.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = ErrorResponse.from_dict(response.json())

        return response_402

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | VideoProject]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | VideoProject]:
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
        Response[ErrorResponse | VideoProject]
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
    client: AuthenticatedClient | Client,
) -> ErrorResponse | VideoProject | None:
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
        ErrorResponse | VideoProject
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | VideoProject]:
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
        Response[ErrorResponse | VideoProject]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | VideoProject | None:
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
        ErrorResponse | VideoProject
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
