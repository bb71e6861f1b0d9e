from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ai_face_editor_edit_image_body import AiFaceEditorEditImageBody
from ...models.ai_face_editor_edit_image_response_200 import (
    AiFaceEditorEditImageResponse200,
)
from ...types import Response

if TYPE_CHECKING:
    from ...models.ai_face_editor_edit_image_response_400 import (
        AiFaceEditorEditImageResponse400,
    )
    from ...models.ai_face_editor_edit_image_response_401 import (
        AiFaceEditorEditImageResponse401,
    )
    from ...models.ai_face_editor_edit_image_response_402 import (
        AiFaceEditorEditImageResponse402,
    )
    from ...models.ai_face_editor_edit_image_response_404 import (
        AiFaceEditorEditImageResponse404,
    )
    from ...models.ai_face_editor_edit_image_response_422 import (
        AiFaceEditorEditImageResponse422,
    )
    from ...models.ai_face_editor_edit_image_response_429 import (
        AiFaceEditorEditImageResponse429,
    )
    from ...models.ai_face_editor_edit_image_response_500 import (
        AiFaceEditorEditImageResponse500,
    )
    from ...models.ai_face_editor_edit_image_response_503 import (
        AiFaceEditorEditImageResponse503,
    )


def _get_kwargs(
    *,
    body: AiFaceEditorEditImageBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/ai-face-editor",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AiFaceEditorEditImageResponse200
    | AiFaceEditorEditImageResponse400
    | AiFaceEditorEditImageResponse401
    | AiFaceEditorEditImageResponse402
    | AiFaceEditorEditImageResponse404
    | AiFaceEditorEditImageResponse422
    | AiFaceEditorEditImageResponse429
    | AiFaceEditorEditImageResponse500
    | AiFaceEditorEditImageResponse503
    | None
):
    if response.status_code >= 400:
        from ...models.ai_face_editor_edit_image_response_400 import (
            AiFaceEditorEditImageResponse400,
        )
        from ...models.ai_face_editor_edit_image_response_401 import (
            AiFaceEditorEditImageResponse401,
        )
        from ...models.ai_face_editor_edit_image_response_402 import (
            AiFaceEditorEditImageResponse402,
        )
        from ...models.ai_face_editor_edit_image_response_404 import (
            AiFaceEditorEditImageResponse404,
        )
        from ...models.ai_face_editor_edit_image_response_422 import (
            AiFaceEditorEditImageResponse422,
        )
        from ...models.ai_face_editor_edit_image_response_429 import (
            AiFaceEditorEditImageResponse429,
        )
        from ...models.ai_face_editor_edit_image_response_500 import (
            AiFaceEditorEditImageResponse500,
        )
        from ...models.ai_face_editor_edit_image_response_503 import (
            AiFaceEditorEditImageResponse503,
        )

    if response.status_code == 200:
        response_200 = AiFaceEditorEditImageResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = AiFaceEditorEditImageResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = AiFaceEditorEditImageResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = AiFaceEditorEditImageResponse402.from_dict(response.json())

        return response_402

    if response.status_code == 404:
        response_404 = AiFaceEditorEditImageResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = AiFaceEditorEditImageResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = AiFaceEditorEditImageResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = AiFaceEditorEditImageResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = AiFaceEditorEditImageResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AiFaceEditorEditImageResponse200
    | AiFaceEditorEditImageResponse400
    | AiFaceEditorEditImageResponse401
    | AiFaceEditorEditImageResponse402
    | AiFaceEditorEditImageResponse404
    | AiFaceEditorEditImageResponse422
    | AiFaceEditorEditImageResponse429
    | AiFaceEditorEditImageResponse500
    | AiFaceEditorEditImageResponse503
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
    body: AiFaceEditorEditImageBody,
) -> Response[
    AiFaceEditorEditImageResponse200
    | AiFaceEditorEditImageResponse400
    | AiFaceEditorEditImageResponse401
    | AiFaceEditorEditImageResponse402
    | AiFaceEditorEditImageResponse404
    | AiFaceEditorEditImageResponse422
    | AiFaceEditorEditImageResponse429
    | AiFaceEditorEditImageResponse500
    | AiFaceEditorEditImageResponse503
]:
    """AI Face Editor

     Edit facial features of an image using AI. Each edit costs 1 frame. The height/width of the output
    image depends on your subscription. Please refer to our [pricing](https://magichour.ai/pricing) page
    for more details

    Args:
        body (AiFaceEditorEditImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AiFaceEditorEditImageResponse200 | AiFaceEditorEditImageResponse400 | AiFaceEditorEditImageResponse401 | AiFaceEditorEditImageResponse402 | AiFaceEditorEditImageResponse404 | AiFaceEditorEditImageResponse422 | AiFaceEditorEditImageResponse429 | AiFaceEditorEditImageResponse500 | AiFaceEditorEditImageResponse503]
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
    body: AiFaceEditorEditImageBody,
) -> (
    AiFaceEditorEditImageResponse200
    | AiFaceEditorEditImageResponse400
    | AiFaceEditorEditImageResponse401
    | AiFaceEditorEditImageResponse402
    | AiFaceEditorEditImageResponse404
    | AiFaceEditorEditImageResponse422
    | AiFaceEditorEditImageResponse429
    | AiFaceEditorEditImageResponse500
    | AiFaceEditorEditImageResponse503
    | None
):
    """AI Face Editor

     Edit facial features of an image using AI. Each edit costs 1 frame. The height/width of the output
    image depends on your subscription. Please refer to our [pricing](https://magichour.ai/pricing) page
    for more details

    Args:
        body (AiFaceEditorEditImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AiFaceEditorEditImageResponse200 | AiFaceEditorEditImageResponse400 | AiFaceEditorEditImageResponse401 | AiFaceEditorEditImageResponse402 | AiFaceEditorEditImageResponse404 | AiFaceEditorEditImageResponse422 | AiFaceEditorEditImageResponse429 | AiFaceEditorEditImageResponse500 | AiFaceEditorEditImageResponse503
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AiFaceEditorEditImageBody,
) -> Response[
    AiFaceEditorEditImageResponse200
    | AiFaceEditorEditImageResponse400
    | AiFaceEditorEditImageResponse401
    | AiFaceEditorEditImageResponse402
    | AiFaceEditorEditImageResponse404
    | AiFaceEditorEditImageResponse422
    | AiFaceEditorEditImageResponse429
    | AiFaceEditorEditImageResponse500
    | AiFaceEditorEditImageResponse503
]:
    """AI Face Editor

     Edit facial features of an image using AI. Each edit costs 1 frame. The height/width of the output
    image depends on your subscription. Please refer to our [pricing](https://magichour.ai/pricing) page
    for more details

    Args:
        body (AiFaceEditorEditImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AiFaceEditorEditImageResponse200 | AiFaceEditorEditImageResponse400 | AiFaceEditorEditImageResponse401 | AiFaceEditorEditImageResponse402 | AiFaceEditorEditImageResponse404 | AiFaceEditorEditImageResponse422 | AiFaceEditorEditImageResponse429 | AiFaceEditorEditImageResponse500 | AiFaceEditorEditImageResponse503]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AiFaceEditorEditImageBody,
) -> (
    AiFaceEditorEditImageResponse200
    | AiFaceEditorEditImageResponse400
    | AiFaceEditorEditImageResponse401
    | AiFaceEditorEditImageResponse402
    | AiFaceEditorEditImageResponse404
    | AiFaceEditorEditImageResponse422
    | AiFaceEditorEditImageResponse429
    | AiFaceEditorEditImageResponse500
    | AiFaceEditorEditImageResponse503
    | None
):
    """AI Face Editor

     Edit facial features of an image using AI. Each edit costs 1 frame. The height/width of the output
    image depends on your subscription. Please refer to our [pricing](https://magichour.ai/pricing) page
    for more details

    Args:
        body (AiFaceEditorEditImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AiFaceEditorEditImageResponse200 | AiFaceEditorEditImageResponse400 | AiFaceEditorEditImageResponse401 | AiFaceEditorEditImageResponse402 | AiFaceEditorEditImageResponse404 | AiFaceEditorEditImageResponse422 | AiFaceEditorEditImageResponse429 | AiFaceEditorEditImageResponse500 | AiFaceEditorEditImageResponse503
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
