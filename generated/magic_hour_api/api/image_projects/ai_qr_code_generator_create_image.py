from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ai_qr_code_generator_create_image_body import (
    AiQrCodeGeneratorCreateImageBody,
)
from ...models.ai_qr_code_generator_create_image_response_200 import (
    AiQrCodeGeneratorCreateImageResponse200,
)
from ...types import Response

if TYPE_CHECKING:
    from ...models.ai_qr_code_generator_create_image_response_400 import (
        AiQrCodeGeneratorCreateImageResponse400,
    )
    from ...models.ai_qr_code_generator_create_image_response_401 import (
        AiQrCodeGeneratorCreateImageResponse401,
    )
    from ...models.ai_qr_code_generator_create_image_response_402 import (
        AiQrCodeGeneratorCreateImageResponse402,
    )
    from ...models.ai_qr_code_generator_create_image_response_404 import (
        AiQrCodeGeneratorCreateImageResponse404,
    )
    from ...models.ai_qr_code_generator_create_image_response_422 import (
        AiQrCodeGeneratorCreateImageResponse422,
    )
    from ...models.ai_qr_code_generator_create_image_response_429 import (
        AiQrCodeGeneratorCreateImageResponse429,
    )
    from ...models.ai_qr_code_generator_create_image_response_500 import (
        AiQrCodeGeneratorCreateImageResponse500,
    )
    from ...models.ai_qr_code_generator_create_image_response_503 import (
        AiQrCodeGeneratorCreateImageResponse503,
    )


def _get_kwargs(
    *,
    body: AiQrCodeGeneratorCreateImageBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/ai-qr-code-generator",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AiQrCodeGeneratorCreateImageResponse200
    | AiQrCodeGeneratorCreateImageResponse400
    | AiQrCodeGeneratorCreateImageResponse401
    | AiQrCodeGeneratorCreateImageResponse402
    | AiQrCodeGeneratorCreateImageResponse404
    | AiQrCodeGeneratorCreateImageResponse422
    | AiQrCodeGeneratorCreateImageResponse429
    | AiQrCodeGeneratorCreateImageResponse500
    | AiQrCodeGeneratorCreateImageResponse503
    | None
):
    if response.status_code >= 400:
        from ...models.ai_qr_code_generator_create_image_response_400 import (
            AiQrCodeGeneratorCreateImageResponse400,
        )
        from ...models.ai_qr_code_generator_create_image_response_401 import (
            AiQrCodeGeneratorCreateImageResponse401,
        )
        from ...models.ai_qr_code_generator_create_image_response_402 import (
            AiQrCodeGeneratorCreateImageResponse402,
        )
        from ...models.ai_qr_code_generator_create_image_response_404 import (
            AiQrCodeGeneratorCreateImageResponse404,
        )
        from ...models.ai_qr_code_generator_create_image_response_422 import (
            AiQrCodeGeneratorCreateImageResponse422,
        )
        from ...models.ai_qr_code_generator_create_image_response_429 import (
            AiQrCodeGeneratorCreateImageResponse429,
        )
        from ...models.ai_qr_code_generator_create_image_response_500 import (
            AiQrCodeGeneratorCreateImageResponse500,
        )
        from ...models.ai_qr_code_generator_create_image_response_503 import (
            AiQrCodeGeneratorCreateImageResponse503,
        )

    if response.status_code == 200:
        response_200 = AiQrCodeGeneratorCreateImageResponse200.from_dict(
            response.json()
        )

        return response_200

    if response.status_code == 400:
        response_400 = AiQrCodeGeneratorCreateImageResponse400.from_dict(
            response.json()
        )

        return response_400

    if response.status_code == 401:
        response_401 = AiQrCodeGeneratorCreateImageResponse401.from_dict(
            response.json()
        )

        return response_401

    if response.status_code == 402:
        response_402 = AiQrCodeGeneratorCreateImageResponse402.from_dict(
            response.json()
        )

        return response_402

    if response.status_code == 404:
        response_404 = AiQrCodeGeneratorCreateImageResponse404.from_dict(
            response.json()
        )

        return response_404

    if response.status_code == 422:
        response_422 = AiQrCodeGeneratorCreateImageResponse422.from_dict(
            response.json()
        )

        return response_422

    if response.status_code == 429:
        response_429 = AiQrCodeGeneratorCreateImageResponse429.from_dict(
            response.json()
        )

        return response_429

    if response.status_code == 500:
        response_500 = AiQrCodeGeneratorCreateImageResponse500.from_dict(
            response.json()
        )

        return response_500

    if response.status_code == 503:
        response_503 = AiQrCodeGeneratorCreateImageResponse503.from_dict(
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
    AiQrCodeGeneratorCreateImageResponse200
    | AiQrCodeGeneratorCreateImageResponse400
    | AiQrCodeGeneratorCreateImageResponse401
    | AiQrCodeGeneratorCreateImageResponse402
    | AiQrCodeGeneratorCreateImageResponse404
    | AiQrCodeGeneratorCreateImageResponse422
    | AiQrCodeGeneratorCreateImageResponse429
    | AiQrCodeGeneratorCreateImageResponse500
    | AiQrCodeGeneratorCreateImageResponse503
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
    body: AiQrCodeGeneratorCreateImageBody,
) -> Response[
    AiQrCodeGeneratorCreateImageResponse200
    | AiQrCodeGeneratorCreateImageResponse400
    | AiQrCodeGeneratorCreateImageResponse401
    | AiQrCodeGeneratorCreateImageResponse402
    | AiQrCodeGeneratorCreateImageResponse404
    | AiQrCodeGeneratorCreateImageResponse422
    | AiQrCodeGeneratorCreateImageResponse429
    | AiQrCodeGeneratorCreateImageResponse500
    | AiQrCodeGeneratorCreateImageResponse503
]:
    """AI QR Code Generator

     Create an AI QR code. Each QR code costs 0 credits.

    Args:
        body (AiQrCodeGeneratorCreateImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AiQrCodeGeneratorCreateImageResponse200 | AiQrCodeGeneratorCreateImageResponse400 | AiQrCodeGeneratorCreateImageResponse401 | AiQrCodeGeneratorCreateImageResponse402 | AiQrCodeGeneratorCreateImageResponse404 | AiQrCodeGeneratorCreateImageResponse422 | AiQrCodeGeneratorCreateImageResponse429 | AiQrCodeGeneratorCreateImageResponse500 | AiQrCodeGeneratorCreateImageResponse503]
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
    body: AiQrCodeGeneratorCreateImageBody,
) -> (
    AiQrCodeGeneratorCreateImageResponse200
    | AiQrCodeGeneratorCreateImageResponse400
    | AiQrCodeGeneratorCreateImageResponse401
    | AiQrCodeGeneratorCreateImageResponse402
    | AiQrCodeGeneratorCreateImageResponse404
    | AiQrCodeGeneratorCreateImageResponse422
    | AiQrCodeGeneratorCreateImageResponse429
    | AiQrCodeGeneratorCreateImageResponse500
    | AiQrCodeGeneratorCreateImageResponse503
    | None
):
    """AI QR Code Generator

     Create an AI QR code. Each QR code costs 0 credits.

    Args:
        body (AiQrCodeGeneratorCreateImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AiQrCodeGeneratorCreateImageResponse200 | AiQrCodeGeneratorCreateImageResponse400 | AiQrCodeGeneratorCreateImageResponse401 | AiQrCodeGeneratorCreateImageResponse402 | AiQrCodeGeneratorCreateImageResponse404 | AiQrCodeGeneratorCreateImageResponse422 | AiQrCodeGeneratorCreateImageResponse429 | AiQrCodeGeneratorCreateImageResponse500 | AiQrCodeGeneratorCreateImageResponse503
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AiQrCodeGeneratorCreateImageBody,
) -> Response[
    AiQrCodeGeneratorCreateImageResponse200
    | AiQrCodeGeneratorCreateImageResponse400
    | AiQrCodeGeneratorCreateImageResponse401
    | AiQrCodeGeneratorCreateImageResponse402
    | AiQrCodeGeneratorCreateImageResponse404
    | AiQrCodeGeneratorCreateImageResponse422
    | AiQrCodeGeneratorCreateImageResponse429
    | AiQrCodeGeneratorCreateImageResponse500
    | AiQrCodeGeneratorCreateImageResponse503
]:
    """AI QR Code Generator

     Create an AI QR code. Each QR code costs 0 credits.

    Args:
        body (AiQrCodeGeneratorCreateImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AiQrCodeGeneratorCreateImageResponse200 | AiQrCodeGeneratorCreateImageResponse400 | AiQrCodeGeneratorCreateImageResponse401 | AiQrCodeGeneratorCreateImageResponse402 | AiQrCodeGeneratorCreateImageResponse404 | AiQrCodeGeneratorCreateImageResponse422 | AiQrCodeGeneratorCreateImageResponse429 | AiQrCodeGeneratorCreateImageResponse500 | AiQrCodeGeneratorCreateImageResponse503]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AiQrCodeGeneratorCreateImageBody,
) -> (
    AiQrCodeGeneratorCreateImageResponse200
    | AiQrCodeGeneratorCreateImageResponse400
    | AiQrCodeGeneratorCreateImageResponse401
    | AiQrCodeGeneratorCreateImageResponse402
    | AiQrCodeGeneratorCreateImageResponse404
    | AiQrCodeGeneratorCreateImageResponse422
    | AiQrCodeGeneratorCreateImageResponse429
    | AiQrCodeGeneratorCreateImageResponse500
    | AiQrCodeGeneratorCreateImageResponse503
    | None
):
    """AI QR Code Generator

     Create an AI QR code. Each QR code costs 0 credits.

    Args:
        body (AiQrCodeGeneratorCreateImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AiQrCodeGeneratorCreateImageResponse200 | AiQrCodeGeneratorCreateImageResponse400 | AiQrCodeGeneratorCreateImageResponse401 | AiQrCodeGeneratorCreateImageResponse402 | AiQrCodeGeneratorCreateImageResponse404 | AiQrCodeGeneratorCreateImageResponse422 | AiQrCodeGeneratorCreateImageResponse429 | AiQrCodeGeneratorCreateImageResponse500 | AiQrCodeGeneratorCreateImageResponse503
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
