from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audio_projects_get_details_response_200 import (
    AudioProjectsGetDetailsResponse200,
)
from ...types import Response

if TYPE_CHECKING:
    from ...models.audio_projects_get_details_response_400 import (
        AudioProjectsGetDetailsResponse400,
    )
    from ...models.audio_projects_get_details_response_401 import (
        AudioProjectsGetDetailsResponse401,
    )
    from ...models.audio_projects_get_details_response_402 import (
        AudioProjectsGetDetailsResponse402,
    )
    from ...models.audio_projects_get_details_response_404 import (
        AudioProjectsGetDetailsResponse404,
    )
    from ...models.audio_projects_get_details_response_429 import (
        AudioProjectsGetDetailsResponse429,
    )
    from ...models.audio_projects_get_details_response_500 import (
        AudioProjectsGetDetailsResponse500,
    )
    from ...models.audio_projects_get_details_response_503 import (
        AudioProjectsGetDetailsResponse503,
    )


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/audio-projects/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AudioProjectsGetDetailsResponse200
    | AudioProjectsGetDetailsResponse400
    | AudioProjectsGetDetailsResponse401
    | AudioProjectsGetDetailsResponse402
    | AudioProjectsGetDetailsResponse404
    | AudioProjectsGetDetailsResponse429
    | AudioProjectsGetDetailsResponse500
    | AudioProjectsGetDetailsResponse503
    | None
):
    if response.status_code >= 400:
        from ...models.audio_projects_get_details_response_400 import (
            AudioProjectsGetDetailsResponse400,
        )
        from ...models.audio_projects_get_details_response_401 import (
            AudioProjectsGetDetailsResponse401,
        )
        from ...models.audio_projects_get_details_response_402 import (
            AudioProjectsGetDetailsResponse402,
        )
        from ...models.audio_projects_get_details_response_404 import (
            AudioProjectsGetDetailsResponse404,
        )
        from ...models.audio_projects_get_details_response_429 import (
            AudioProjectsGetDetailsResponse429,
        )
        from ...models.audio_projects_get_details_response_500 import (
            AudioProjectsGetDetailsResponse500,
        )
        from ...models.audio_projects_get_details_response_503 import (
            AudioProjectsGetDetailsResponse503,
        )

    if response.status_code == 200:
        response_200 = AudioProjectsGetDetailsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = AudioProjectsGetDetailsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = AudioProjectsGetDetailsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = AudioProjectsGetDetailsResponse402.from_dict(response.json())

        return response_402

    if response.status_code == 404:
        response_404 = AudioProjectsGetDetailsResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = AudioProjectsGetDetailsResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = AudioProjectsGetDetailsResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = AudioProjectsGetDetailsResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AudioProjectsGetDetailsResponse200
    | AudioProjectsGetDetailsResponse400
    | AudioProjectsGetDetailsResponse401
    | AudioProjectsGetDetailsResponse402
    | AudioProjectsGetDetailsResponse404
    | AudioProjectsGetDetailsResponse429
    | AudioProjectsGetDetailsResponse500
    | AudioProjectsGetDetailsResponse503
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
    AudioProjectsGetDetailsResponse200
    | AudioProjectsGetDetailsResponse400
    | AudioProjectsGetDetailsResponse401
    | AudioProjectsGetDetailsResponse402
    | AudioProjectsGetDetailsResponse404
    | AudioProjectsGetDetailsResponse429
    | AudioProjectsGetDetailsResponse500
    | AudioProjectsGetDetailsResponse503
]:
    """Get audio details

     Check the progress of a audio project. The `downloads` field is populated after a successful render.

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
        Response[AudioProjectsGetDetailsResponse200 | AudioProjectsGetDetailsResponse400 | AudioProjectsGetDetailsResponse401 | AudioProjectsGetDetailsResponse402 | AudioProjectsGetDetailsResponse404 | AudioProjectsGetDetailsResponse429 | AudioProjectsGetDetailsResponse500 | AudioProjectsGetDetailsResponse503]
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
    AudioProjectsGetDetailsResponse200
    | AudioProjectsGetDetailsResponse400
    | AudioProjectsGetDetailsResponse401
    | AudioProjectsGetDetailsResponse402
    | AudioProjectsGetDetailsResponse404
    | AudioProjectsGetDetailsResponse429
    | AudioProjectsGetDetailsResponse500
    | AudioProjectsGetDetailsResponse503
    | None
):
    """Get audio details

     Check the progress of a audio project. The `downloads` field is populated after a successful render.

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
        AudioProjectsGetDetailsResponse200 | AudioProjectsGetDetailsResponse400 | AudioProjectsGetDetailsResponse401 | AudioProjectsGetDetailsResponse402 | AudioProjectsGetDetailsResponse404 | AudioProjectsGetDetailsResponse429 | AudioProjectsGetDetailsResponse500 | AudioProjectsGetDetailsResponse503
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
    AudioProjectsGetDetailsResponse200
    | AudioProjectsGetDetailsResponse400
    | AudioProjectsGetDetailsResponse401
    | AudioProjectsGetDetailsResponse402
    | AudioProjectsGetDetailsResponse404
    | AudioProjectsGetDetailsResponse429
    | AudioProjectsGetDetailsResponse500
    | AudioProjectsGetDetailsResponse503
]:
    """Get audio details

     Check the progress of a audio project. The `downloads` field is populated after a successful render.

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
        Response[AudioProjectsGetDetailsResponse200 | AudioProjectsGetDetailsResponse400 | AudioProjectsGetDetailsResponse401 | AudioProjectsGetDetailsResponse402 | AudioProjectsGetDetailsResponse404 | AudioProjectsGetDetailsResponse429 | AudioProjectsGetDetailsResponse500 | AudioProjectsGetDetailsResponse503]
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
    AudioProjectsGetDetailsResponse200
    | AudioProjectsGetDetailsResponse400
    | AudioProjectsGetDetailsResponse401
    | AudioProjectsGetDetailsResponse402
    | AudioProjectsGetDetailsResponse404
    | AudioProjectsGetDetailsResponse429
    | AudioProjectsGetDetailsResponse500
    | AudioProjectsGetDetailsResponse503
    | None
):
    """Get audio details

     Check the progress of a audio project. The `downloads` field is populated after a successful render.

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
        AudioProjectsGetDetailsResponse200 | AudioProjectsGetDetailsResponse400 | AudioProjectsGetDetailsResponse401 | AudioProjectsGetDetailsResponse402 | AudioProjectsGetDetailsResponse404 | AudioProjectsGetDetailsResponse429 | AudioProjectsGetDetailsResponse500 | AudioProjectsGetDetailsResponse503
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
