from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_talking_photo_request import CreateTalkingPhotoRequest
from ...models.create_talking_photo_response import CreateTalkingPhotoResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateTalkingPhotoRequest,
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
) -> CreateTalkingPhotoResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CreateTalkingPhotoResponse.from_dict(response.json())

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
) -> Response[CreateTalkingPhotoResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTalkingPhotoRequest,
) -> Response[CreateTalkingPhotoResponse | ErrorResponse]:
    """AI Talking Photo

     Create a talking photo from an image and audio or text input.

    Args:
        body (CreateTalkingPhotoRequest): Provide the assets for creating a talking photo Example:
            {'assets': {'audio_file_path': 'api-assets/id/1234.mp3', 'image_file_path': 'api-
            assets/id/1234.png'}, 'end_seconds': 15.0, 'name': 'Talking Photo image', 'start_seconds':
            0.0}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTalkingPhotoResponse | ErrorResponse]
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
    body: CreateTalkingPhotoRequest,
) -> CreateTalkingPhotoResponse | ErrorResponse | None:
    """AI Talking Photo

     Create a talking photo from an image and audio or text input.

    Args:
        body (CreateTalkingPhotoRequest): Provide the assets for creating a talking photo Example:
            {'assets': {'audio_file_path': 'api-assets/id/1234.mp3', 'image_file_path': 'api-
            assets/id/1234.png'}, 'end_seconds': 15.0, 'name': 'Talking Photo image', 'start_seconds':
            0.0}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTalkingPhotoResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTalkingPhotoRequest,
) -> Response[CreateTalkingPhotoResponse | ErrorResponse]:
    """AI Talking Photo

     Create a talking photo from an image and audio or text input.

    Args:
        body (CreateTalkingPhotoRequest): Provide the assets for creating a talking photo Example:
            {'assets': {'audio_file_path': 'api-assets/id/1234.mp3', 'image_file_path': 'api-
            assets/id/1234.png'}, 'end_seconds': 15.0, 'name': 'Talking Photo image', 'start_seconds':
            0.0}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTalkingPhotoResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTalkingPhotoRequest,
) -> CreateTalkingPhotoResponse | ErrorResponse | None:
    """AI Talking Photo

     Create a talking photo from an image and audio or text input.

    Args:
        body (CreateTalkingPhotoRequest): Provide the assets for creating a talking photo Example:
            {'assets': {'audio_file_path': 'api-assets/id/1234.mp3', 'image_file_path': 'api-
            assets/id/1234.png'}, 'end_seconds': 15.0, 'name': 'Talking Photo image', 'start_seconds':
            0.0}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTalkingPhotoResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
