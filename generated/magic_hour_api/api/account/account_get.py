from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_get_response_200 import AccountGetResponse200
from ...types import Response

if TYPE_CHECKING:
    from ...models.account_get_response_401 import AccountGetResponse401
    from ...models.account_get_response_429 import AccountGetResponse429
    from ...models.account_get_response_500 import AccountGetResponse500
    from ...models.account_get_response_503 import AccountGetResponse503


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/account",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AccountGetResponse200
    | AccountGetResponse401
    | AccountGetResponse429
    | AccountGetResponse500
    | AccountGetResponse503
    | None
):
    if response.status_code >= 400:
        from ...models.account_get_response_401 import AccountGetResponse401
        from ...models.account_get_response_429 import AccountGetResponse429
        from ...models.account_get_response_500 import AccountGetResponse500
        from ...models.account_get_response_503 import AccountGetResponse503

    if response.status_code == 200:
        response_200 = AccountGetResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = AccountGetResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = AccountGetResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = AccountGetResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = AccountGetResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AccountGetResponse200
    | AccountGetResponse401
    | AccountGetResponse429
    | AccountGetResponse500
    | AccountGetResponse503
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
) -> Response[
    AccountGetResponse200
    | AccountGetResponse401
    | AccountGetResponse429
    | AccountGetResponse500
    | AccountGetResponse503
]:
    """Get account details

     Get the current credit balance and subscription details of the account that owns the API key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountGetResponse200 | AccountGetResponse401 | AccountGetResponse429 | AccountGetResponse500 | AccountGetResponse503]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> (
    AccountGetResponse200
    | AccountGetResponse401
    | AccountGetResponse429
    | AccountGetResponse500
    | AccountGetResponse503
    | None
):
    """Get account details

     Get the current credit balance and subscription details of the account that owns the API key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountGetResponse200 | AccountGetResponse401 | AccountGetResponse429 | AccountGetResponse500 | AccountGetResponse503
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[
    AccountGetResponse200
    | AccountGetResponse401
    | AccountGetResponse429
    | AccountGetResponse500
    | AccountGetResponse503
]:
    """Get account details

     Get the current credit balance and subscription details of the account that owns the API key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountGetResponse200 | AccountGetResponse401 | AccountGetResponse429 | AccountGetResponse500 | AccountGetResponse503]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> (
    AccountGetResponse200
    | AccountGetResponse401
    | AccountGetResponse429
    | AccountGetResponse500
    | AccountGetResponse503
    | None
):
    """Get account details

     Get the current credit balance and subscription details of the account that owns the API key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountGetResponse200 | AccountGetResponse401 | AccountGetResponse429 | AccountGetResponse500 | AccountGetResponse503
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
