from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response

if TYPE_CHECKING:
    from ...models.image_projects_delete_response_400 import (
        ImageProjectsDeleteResponse400,
    )
    from ...models.image_projects_delete_response_401 import (
        ImageProjectsDeleteResponse401,
    )
    from ...models.image_projects_delete_response_402 import (
        ImageProjectsDeleteResponse402,
    )
    from ...models.image_projects_delete_response_404 import (
        ImageProjectsDeleteResponse404,
    )
    from ...models.image_projects_delete_response_429 import (
        ImageProjectsDeleteResponse429,
    )
    from ...models.image_projects_delete_response_500 import (
        ImageProjectsDeleteResponse500,
    )
    from ...models.image_projects_delete_response_503 import (
        ImageProjectsDeleteResponse503,
    )


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/image-projects/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | ImageProjectsDeleteResponse400
    | ImageProjectsDeleteResponse401
    | ImageProjectsDeleteResponse402
    | ImageProjectsDeleteResponse404
    | ImageProjectsDeleteResponse429
    | ImageProjectsDeleteResponse500
    | ImageProjectsDeleteResponse503
    | None
):
    if response.status_code >= 400:
        from ...models.image_projects_delete_response_400 import (
            ImageProjectsDeleteResponse400,
        )
        from ...models.image_projects_delete_response_401 import (
            ImageProjectsDeleteResponse401,
        )
        from ...models.image_projects_delete_response_402 import (
            ImageProjectsDeleteResponse402,
        )
        from ...models.image_projects_delete_response_404 import (
            ImageProjectsDeleteResponse404,
        )
        from ...models.image_projects_delete_response_429 import (
            ImageProjectsDeleteResponse429,
        )
        from ...models.image_projects_delete_response_500 import (
            ImageProjectsDeleteResponse500,
        )
        from ...models.image_projects_delete_response_503 import (
            ImageProjectsDeleteResponse503,
        )

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = ImageProjectsDeleteResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ImageProjectsDeleteResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = ImageProjectsDeleteResponse402.from_dict(response.json())

        return response_402

    if response.status_code == 404:
        response_404 = ImageProjectsDeleteResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ImageProjectsDeleteResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ImageProjectsDeleteResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ImageProjectsDeleteResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Any
    | ImageProjectsDeleteResponse400
    | ImageProjectsDeleteResponse401
    | ImageProjectsDeleteResponse402
    | ImageProjectsDeleteResponse404
    | ImageProjectsDeleteResponse429
    | ImageProjectsDeleteResponse500
    | ImageProjectsDeleteResponse503
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
    | ImageProjectsDeleteResponse400
    | ImageProjectsDeleteResponse401
    | ImageProjectsDeleteResponse402
    | ImageProjectsDeleteResponse404
    | ImageProjectsDeleteResponse429
    | ImageProjectsDeleteResponse500
    | ImageProjectsDeleteResponse503
]:
    """Delete image

     Permanently delete the rendered image(s). This action is not reversible, please be sure before
    deleting.

    Args:
        id (str):  Example: cuid-example.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ImageProjectsDeleteResponse400 | ImageProjectsDeleteResponse401 | ImageProjectsDeleteResponse402 | ImageProjectsDeleteResponse404 | ImageProjectsDeleteResponse429 | ImageProjectsDeleteResponse500 | ImageProjectsDeleteResponse503]
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
    | ImageProjectsDeleteResponse400
    | ImageProjectsDeleteResponse401
    | ImageProjectsDeleteResponse402
    | ImageProjectsDeleteResponse404
    | ImageProjectsDeleteResponse429
    | ImageProjectsDeleteResponse500
    | ImageProjectsDeleteResponse503
    | None
):
    """Delete image

     Permanently delete the rendered image(s). This action is not reversible, please be sure before
    deleting.

    Args:
        id (str):  Example: cuid-example.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ImageProjectsDeleteResponse400 | ImageProjectsDeleteResponse401 | ImageProjectsDeleteResponse402 | ImageProjectsDeleteResponse404 | ImageProjectsDeleteResponse429 | ImageProjectsDeleteResponse500 | ImageProjectsDeleteResponse503
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
    | ImageProjectsDeleteResponse400
    | ImageProjectsDeleteResponse401
    | ImageProjectsDeleteResponse402
    | ImageProjectsDeleteResponse404
    | ImageProjectsDeleteResponse429
    | ImageProjectsDeleteResponse500
    | ImageProjectsDeleteResponse503
]:
    """Delete image

     Permanently delete the rendered image(s). This action is not reversible, please be sure before
    deleting.

    Args:
        id (str):  Example: cuid-example.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ImageProjectsDeleteResponse400 | ImageProjectsDeleteResponse401 | ImageProjectsDeleteResponse402 | ImageProjectsDeleteResponse404 | ImageProjectsDeleteResponse429 | ImageProjectsDeleteResponse500 | ImageProjectsDeleteResponse503]
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
    | ImageProjectsDeleteResponse400
    | ImageProjectsDeleteResponse401
    | ImageProjectsDeleteResponse402
    | ImageProjectsDeleteResponse404
    | ImageProjectsDeleteResponse429
    | ImageProjectsDeleteResponse500
    | ImageProjectsDeleteResponse503
    | None
):
    """Delete image

     Permanently delete the rendered image(s). This action is not reversible, please be sure before
    deleting.

    Args:
        id (str):  Example: cuid-example.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ImageProjectsDeleteResponse400 | ImageProjectsDeleteResponse401 | ImageProjectsDeleteResponse402 | ImageProjectsDeleteResponse404 | ImageProjectsDeleteResponse429 | ImageProjectsDeleteResponse500 | ImageProjectsDeleteResponse503
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
