from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.image_projects_get_details_response_200 import (
    ImageProjectsGetDetailsResponse200,
)
from ...types import Response

if TYPE_CHECKING:
    from ...models.image_projects_get_details_response_400 import (
        ImageProjectsGetDetailsResponse400,
    )
    from ...models.image_projects_get_details_response_401 import (
        ImageProjectsGetDetailsResponse401,
    )
    from ...models.image_projects_get_details_response_402 import (
        ImageProjectsGetDetailsResponse402,
    )
    from ...models.image_projects_get_details_response_404 import (
        ImageProjectsGetDetailsResponse404,
    )
    from ...models.image_projects_get_details_response_429 import (
        ImageProjectsGetDetailsResponse429,
    )
    from ...models.image_projects_get_details_response_500 import (
        ImageProjectsGetDetailsResponse500,
    )
    from ...models.image_projects_get_details_response_503 import (
        ImageProjectsGetDetailsResponse503,
    )


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/image-projects/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ImageProjectsGetDetailsResponse200
    | ImageProjectsGetDetailsResponse400
    | ImageProjectsGetDetailsResponse401
    | ImageProjectsGetDetailsResponse402
    | ImageProjectsGetDetailsResponse404
    | ImageProjectsGetDetailsResponse429
    | ImageProjectsGetDetailsResponse500
    | ImageProjectsGetDetailsResponse503
    | None
):
    if response.status_code >= 400:
        from ...models.image_projects_get_details_response_400 import (
            ImageProjectsGetDetailsResponse400,
        )
        from ...models.image_projects_get_details_response_401 import (
            ImageProjectsGetDetailsResponse401,
        )
        from ...models.image_projects_get_details_response_402 import (
            ImageProjectsGetDetailsResponse402,
        )
        from ...models.image_projects_get_details_response_404 import (
            ImageProjectsGetDetailsResponse404,
        )
        from ...models.image_projects_get_details_response_429 import (
            ImageProjectsGetDetailsResponse429,
        )
        from ...models.image_projects_get_details_response_500 import (
            ImageProjectsGetDetailsResponse500,
        )
        from ...models.image_projects_get_details_response_503 import (
            ImageProjectsGetDetailsResponse503,
        )

    if response.status_code == 200:
        response_200 = ImageProjectsGetDetailsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ImageProjectsGetDetailsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ImageProjectsGetDetailsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = ImageProjectsGetDetailsResponse402.from_dict(response.json())

        return response_402

    if response.status_code == 404:
        response_404 = ImageProjectsGetDetailsResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ImageProjectsGetDetailsResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ImageProjectsGetDetailsResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ImageProjectsGetDetailsResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ImageProjectsGetDetailsResponse200
    | ImageProjectsGetDetailsResponse400
    | ImageProjectsGetDetailsResponse401
    | ImageProjectsGetDetailsResponse402
    | ImageProjectsGetDetailsResponse404
    | ImageProjectsGetDetailsResponse429
    | ImageProjectsGetDetailsResponse500
    | ImageProjectsGetDetailsResponse503
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
    ImageProjectsGetDetailsResponse200
    | ImageProjectsGetDetailsResponse400
    | ImageProjectsGetDetailsResponse401
    | ImageProjectsGetDetailsResponse402
    | ImageProjectsGetDetailsResponse404
    | ImageProjectsGetDetailsResponse429
    | ImageProjectsGetDetailsResponse500
    | ImageProjectsGetDetailsResponse503
]:
    """Get image details

     Check the progress of a image project. The `downloads` field is populated after a successful render.

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
        Response[ImageProjectsGetDetailsResponse200 | ImageProjectsGetDetailsResponse400 | ImageProjectsGetDetailsResponse401 | ImageProjectsGetDetailsResponse402 | ImageProjectsGetDetailsResponse404 | ImageProjectsGetDetailsResponse429 | ImageProjectsGetDetailsResponse500 | ImageProjectsGetDetailsResponse503]
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
    ImageProjectsGetDetailsResponse200
    | ImageProjectsGetDetailsResponse400
    | ImageProjectsGetDetailsResponse401
    | ImageProjectsGetDetailsResponse402
    | ImageProjectsGetDetailsResponse404
    | ImageProjectsGetDetailsResponse429
    | ImageProjectsGetDetailsResponse500
    | ImageProjectsGetDetailsResponse503
    | None
):
    """Get image details

     Check the progress of a image project. The `downloads` field is populated after a successful render.

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
        ImageProjectsGetDetailsResponse200 | ImageProjectsGetDetailsResponse400 | ImageProjectsGetDetailsResponse401 | ImageProjectsGetDetailsResponse402 | ImageProjectsGetDetailsResponse404 | ImageProjectsGetDetailsResponse429 | ImageProjectsGetDetailsResponse500 | ImageProjectsGetDetailsResponse503
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
    ImageProjectsGetDetailsResponse200
    | ImageProjectsGetDetailsResponse400
    | ImageProjectsGetDetailsResponse401
    | ImageProjectsGetDetailsResponse402
    | ImageProjectsGetDetailsResponse404
    | ImageProjectsGetDetailsResponse429
    | ImageProjectsGetDetailsResponse500
    | ImageProjectsGetDetailsResponse503
]:
    """Get image details

     Check the progress of a image project. The `downloads` field is populated after a successful render.

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
        Response[ImageProjectsGetDetailsResponse200 | ImageProjectsGetDetailsResponse400 | ImageProjectsGetDetailsResponse401 | ImageProjectsGetDetailsResponse402 | ImageProjectsGetDetailsResponse404 | ImageProjectsGetDetailsResponse429 | ImageProjectsGetDetailsResponse500 | ImageProjectsGetDetailsResponse503]
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
    ImageProjectsGetDetailsResponse200
    | ImageProjectsGetDetailsResponse400
    | ImageProjectsGetDetailsResponse401
    | ImageProjectsGetDetailsResponse402
    | ImageProjectsGetDetailsResponse404
    | ImageProjectsGetDetailsResponse429
    | ImageProjectsGetDetailsResponse500
    | ImageProjectsGetDetailsResponse503
    | None
):
    """Get image details

     Check the progress of a image project. The `downloads` field is populated after a successful render.

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
        ImageProjectsGetDetailsResponse200 | ImageProjectsGetDetailsResponse400 | ImageProjectsGetDetailsResponse401 | ImageProjectsGetDetailsResponse402 | ImageProjectsGetDetailsResponse404 | ImageProjectsGetDetailsResponse429 | ImageProjectsGetDetailsResponse500 | ImageProjectsGetDetailsResponse503
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
