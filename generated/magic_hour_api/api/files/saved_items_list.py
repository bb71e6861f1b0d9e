from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.saved_items_list_response_200 import SavedItemsListResponse200
from ...models.saved_items_list_type import (
    SavedItemsListType,
)
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.saved_items_list_response_400 import SavedItemsListResponse400
    from ...models.saved_items_list_response_401 import SavedItemsListResponse401
    from ...models.saved_items_list_response_429 import SavedItemsListResponse429
    from ...models.saved_items_list_response_500 import SavedItemsListResponse500
    from ...models.saved_items_list_response_503 import SavedItemsListResponse503


def _get_kwargs(
    *,
    type_: SavedItemsListType | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/saved-items",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    SavedItemsListResponse200
    | SavedItemsListResponse400
    | SavedItemsListResponse401
    | SavedItemsListResponse429
    | SavedItemsListResponse500
    | SavedItemsListResponse503
    | None
):
    if response.status_code >= 400:
        from ...models.saved_items_list_response_400 import SavedItemsListResponse400
        from ...models.saved_items_list_response_401 import SavedItemsListResponse401
        from ...models.saved_items_list_response_429 import SavedItemsListResponse429
        from ...models.saved_items_list_response_500 import SavedItemsListResponse500
        from ...models.saved_items_list_response_503 import SavedItemsListResponse503

    if response.status_code == 200:
        response_200 = SavedItemsListResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = SavedItemsListResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = SavedItemsListResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = SavedItemsListResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = SavedItemsListResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = SavedItemsListResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    SavedItemsListResponse200
    | SavedItemsListResponse400
    | SavedItemsListResponse401
    | SavedItemsListResponse429
    | SavedItemsListResponse500
    | SavedItemsListResponse503
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
    type_: SavedItemsListType | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
) -> Response[
    SavedItemsListResponse200
    | SavedItemsListResponse400
    | SavedItemsListResponse401
    | SavedItemsListResponse429
    | SavedItemsListResponse500
    | SavedItemsListResponse503
]:
    """List saved items

     Returns active saved items owned by the authenticated account, newest first. Each item includes
    every saved asset with a durable file_path for reuse in compatible generation APIs and a temporary
    signed URL for previewing or downloading. Filter by type to find characters, references, voices,
    moodboards, or brand kits. To fetch the next page, pass the response's next_cursor as cursor.

    Args:
        type_ (SavedItemsListType | Unset):  Example: character.
        limit (int | Unset):  Default: 20. Example: 20.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SavedItemsListResponse200 | SavedItemsListResponse400 | SavedItemsListResponse401 | SavedItemsListResponse429 | SavedItemsListResponse500 | SavedItemsListResponse503]
    """

    kwargs = _get_kwargs(
        type_=type_,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    type_: SavedItemsListType | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
) -> (
    SavedItemsListResponse200
    | SavedItemsListResponse400
    | SavedItemsListResponse401
    | SavedItemsListResponse429
    | SavedItemsListResponse500
    | SavedItemsListResponse503
    | None
):
    """List saved items

     Returns active saved items owned by the authenticated account, newest first. Each item includes
    every saved asset with a durable file_path for reuse in compatible generation APIs and a temporary
    signed URL for previewing or downloading. Filter by type to find characters, references, voices,
    moodboards, or brand kits. To fetch the next page, pass the response's next_cursor as cursor.

    Args:
        type_ (SavedItemsListType | Unset):  Example: character.
        limit (int | Unset):  Default: 20. Example: 20.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SavedItemsListResponse200 | SavedItemsListResponse400 | SavedItemsListResponse401 | SavedItemsListResponse429 | SavedItemsListResponse500 | SavedItemsListResponse503
    """

    return sync_detailed(
        client=client,
        type_=type_,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    type_: SavedItemsListType | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
) -> Response[
    SavedItemsListResponse200
    | SavedItemsListResponse400
    | SavedItemsListResponse401
    | SavedItemsListResponse429
    | SavedItemsListResponse500
    | SavedItemsListResponse503
]:
    """List saved items

     Returns active saved items owned by the authenticated account, newest first. Each item includes
    every saved asset with a durable file_path for reuse in compatible generation APIs and a temporary
    signed URL for previewing or downloading. Filter by type to find characters, references, voices,
    moodboards, or brand kits. To fetch the next page, pass the response's next_cursor as cursor.

    Args:
        type_ (SavedItemsListType | Unset):  Example: character.
        limit (int | Unset):  Default: 20. Example: 20.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SavedItemsListResponse200 | SavedItemsListResponse400 | SavedItemsListResponse401 | SavedItemsListResponse429 | SavedItemsListResponse500 | SavedItemsListResponse503]
    """

    kwargs = _get_kwargs(
        type_=type_,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    type_: SavedItemsListType | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
) -> (
    SavedItemsListResponse200
    | SavedItemsListResponse400
    | SavedItemsListResponse401
    | SavedItemsListResponse429
    | SavedItemsListResponse500
    | SavedItemsListResponse503
    | None
):
    """List saved items

     Returns active saved items owned by the authenticated account, newest first. Each item includes
    every saved asset with a durable file_path for reuse in compatible generation APIs and a temporary
    signed URL for previewing or downloading. Filter by type to find characters, references, voices,
    moodboards, or brand kits. To fetch the next page, pass the response's next_cursor as cursor.

    Args:
        type_ (SavedItemsListType | Unset):  Example: character.
        limit (int | Unset):  Default: 20. Example: 20.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SavedItemsListResponse200 | SavedItemsListResponse400 | SavedItemsListResponse401 | SavedItemsListResponse429 | SavedItemsListResponse500 | SavedItemsListResponse503
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
