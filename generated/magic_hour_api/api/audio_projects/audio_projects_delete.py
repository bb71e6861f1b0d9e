from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response

if TYPE_CHECKING:
    from ...models.audio_projects_delete_response_400 import (
        AudioProjectsDeleteResponse400,
    )
    from ...models.audio_projects_delete_response_401 import (
        AudioProjectsDeleteResponse401,
    )
    from ...models.audio_projects_delete_response_402 import (
        AudioProjectsDeleteResponse402,
    )
    from ...models.audio_projects_delete_response_404 import (
        AudioProjectsDeleteResponse404,
    )
    from ...models.audio_projects_delete_response_429 import (
        AudioProjectsDeleteResponse429,
    )
    from ...models.audio_projects_delete_response_500 import (
        AudioProjectsDeleteResponse500,
    )
    from ...models.audio_projects_delete_response_503 import (
        AudioProjectsDeleteResponse503,
    )


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/audio-projects/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | AudioProjectsDeleteResponse400
    | AudioProjectsDeleteResponse401
    | AudioProjectsDeleteResponse402
    | AudioProjectsDeleteResponse404
    | AudioProjectsDeleteResponse429
    | AudioProjectsDeleteResponse500
    | AudioProjectsDeleteResponse503
    | None
):
    if response.status_code >= 400:
        from ...models.audio_projects_delete_response_400 import (
            AudioProjectsDeleteResponse400,
        )
        from ...models.audio_projects_delete_response_401 import (
            AudioProjectsDeleteResponse401,
        )
        from ...models.audio_projects_delete_response_402 import (
            AudioProjectsDeleteResponse402,
        )
        from ...models.audio_projects_delete_response_404 import (
            AudioProjectsDeleteResponse404,
        )
        from ...models.audio_projects_delete_response_429 import (
            AudioProjectsDeleteResponse429,
        )
        from ...models.audio_projects_delete_response_500 import (
            AudioProjectsDeleteResponse500,
        )
        from ...models.audio_projects_delete_response_503 import (
            AudioProjectsDeleteResponse503,
        )

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = AudioProjectsDeleteResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = AudioProjectsDeleteResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = AudioProjectsDeleteResponse402.from_dict(response.json())

        return response_402

    if response.status_code == 404:
        response_404 = AudioProjectsDeleteResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = AudioProjectsDeleteResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = AudioProjectsDeleteResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = AudioProjectsDeleteResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Any
    | AudioProjectsDeleteResponse400
    | AudioProjectsDeleteResponse401
    | AudioProjectsDeleteResponse402
    | AudioProjectsDeleteResponse404
    | AudioProjectsDeleteResponse429
    | AudioProjectsDeleteResponse500
    | AudioProjectsDeleteResponse503
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
    Any
    | AudioProjectsDeleteResponse400
    | AudioProjectsDeleteResponse401
    | AudioProjectsDeleteResponse402
    | AudioProjectsDeleteResponse404
    | AudioProjectsDeleteResponse429
    | AudioProjectsDeleteResponse500
    | AudioProjectsDeleteResponse503
]:
    """Delete audio

     Permanently delete the rendered audio file(s). This action is not reversible, please be sure before
    deleting.

    Args:
        id (str):  Example: cuid-example.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AudioProjectsDeleteResponse400 | AudioProjectsDeleteResponse401 | AudioProjectsDeleteResponse402 | AudioProjectsDeleteResponse404 | AudioProjectsDeleteResponse429 | AudioProjectsDeleteResponse500 | AudioProjectsDeleteResponse503]
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
    Any
    | AudioProjectsDeleteResponse400
    | AudioProjectsDeleteResponse401
    | AudioProjectsDeleteResponse402
    | AudioProjectsDeleteResponse404
    | AudioProjectsDeleteResponse429
    | AudioProjectsDeleteResponse500
    | AudioProjectsDeleteResponse503
    | None
):
    """Delete audio

     Permanently delete the rendered audio file(s). This action is not reversible, please be sure before
    deleting.

    Args:
        id (str):  Example: cuid-example.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AudioProjectsDeleteResponse400 | AudioProjectsDeleteResponse401 | AudioProjectsDeleteResponse402 | AudioProjectsDeleteResponse404 | AudioProjectsDeleteResponse429 | AudioProjectsDeleteResponse500 | AudioProjectsDeleteResponse503
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
    Any
    | AudioProjectsDeleteResponse400
    | AudioProjectsDeleteResponse401
    | AudioProjectsDeleteResponse402
    | AudioProjectsDeleteResponse404
    | AudioProjectsDeleteResponse429
    | AudioProjectsDeleteResponse500
    | AudioProjectsDeleteResponse503
]:
    """Delete audio

     Permanently delete the rendered audio file(s). This action is not reversible, please be sure before
    deleting.

    Args:
        id (str):  Example: cuid-example.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AudioProjectsDeleteResponse400 | AudioProjectsDeleteResponse401 | AudioProjectsDeleteResponse402 | AudioProjectsDeleteResponse404 | AudioProjectsDeleteResponse429 | AudioProjectsDeleteResponse500 | AudioProjectsDeleteResponse503]
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
    Any
    | AudioProjectsDeleteResponse400
    | AudioProjectsDeleteResponse401
    | AudioProjectsDeleteResponse402
    | AudioProjectsDeleteResponse404
    | AudioProjectsDeleteResponse429
    | AudioProjectsDeleteResponse500
    | AudioProjectsDeleteResponse503
    | None
):
    """Delete audio

     Permanently delete the rendered audio file(s). This action is not reversible, please be sure before
    deleting.

    Args:
        id (str):  Example: cuid-example.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AudioProjectsDeleteResponse400 | AudioProjectsDeleteResponse401 | AudioProjectsDeleteResponse402 | AudioProjectsDeleteResponse404 | AudioProjectsDeleteResponse429 | AudioProjectsDeleteResponse500 | AudioProjectsDeleteResponse503
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
