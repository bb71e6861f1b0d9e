from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_upload_urls_request import CreateUploadUrlsRequest
from ...models.create_upload_urls_response import CreateUploadUrlsResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateUploadUrlsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/files/upload-urls",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateUploadUrlsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CreateUploadUrlsResponse.from_dict(response.json())

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
) -> Response[CreateUploadUrlsResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateUploadUrlsRequest,
) -> Response[CreateUploadUrlsResponse | ErrorResponse]:
    """Generate asset upload urls

     Generates a list of pre-signed upload URLs for the assets required. This API is only necessary if
    you want
    to upload to Magic Hour's storage.

    The response array will match the order of items in the request body.

    Once you receive an upload URL, send a `PUT` request with the file as the body to upload it
    directly.

    Args:
        body (CreateUploadUrlsRequest):  Example: {'items': [{'type': 'video', 'extension':
            'mp4'}, {'type': 'audio', 'extension': 'mp3'}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateUploadUrlsResponse | ErrorResponse]
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
    client: AuthenticatedClient | Client,
    body: CreateUploadUrlsRequest,
) -> CreateUploadUrlsResponse | ErrorResponse | None:
    """Generate asset upload urls

     Generates a list of pre-signed upload URLs for the assets required. This API is only necessary if
    you want
    to upload to Magic Hour's storage.

    The response array will match the order of items in the request body.

    Once you receive an upload URL, send a `PUT` request with the file as the body to upload it
    directly.

    Args:
        body (CreateUploadUrlsRequest):  Example: {'items': [{'type': 'video', 'extension':
            'mp4'}, {'type': 'audio', 'extension': 'mp3'}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateUploadUrlsResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateUploadUrlsRequest,
) -> Response[CreateUploadUrlsResponse | ErrorResponse]:
    """Generate asset upload urls

     Generates a list of pre-signed upload URLs for the assets required. This API is only necessary if
    you want
    to upload to Magic Hour's storage.

    The response array will match the order of items in the request body.

    Once you receive an upload URL, send a `PUT` request with the file as the body to upload it
    directly.

    Args:
        body (CreateUploadUrlsRequest):  Example: {'items': [{'type': 'video', 'extension':
            'mp4'}, {'type': 'audio', 'extension': 'mp3'}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateUploadUrlsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateUploadUrlsRequest,
) -> CreateUploadUrlsResponse | ErrorResponse | None:
    """Generate asset upload urls

     Generates a list of pre-signed upload URLs for the assets required. This API is only necessary if
    you want
    to upload to Magic Hour's storage.

    The response array will match the order of items in the request body.

    Once you receive an upload URL, send a `PUT` request with the file as the body to upload it
    directly.

    Args:
        body (CreateUploadUrlsRequest):  Example: {'items': [{'type': 'video', 'extension':
            'mp4'}, {'type': 'audio', 'extension': 'mp3'}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateUploadUrlsResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
