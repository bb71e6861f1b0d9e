from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.face_swap_create_video_body import FaceSwapCreateVideoBody
from ...models.face_swap_create_video_response_200 import FaceSwapCreateVideoResponse200
from ...types import Response

if TYPE_CHECKING:
    from ...models.face_swap_create_video_response_400 import (
        FaceSwapCreateVideoResponse400,
    )
    from ...models.face_swap_create_video_response_401 import (
        FaceSwapCreateVideoResponse401,
    )
    from ...models.face_swap_create_video_response_402 import (
        FaceSwapCreateVideoResponse402,
    )
    from ...models.face_swap_create_video_response_404 import (
        FaceSwapCreateVideoResponse404,
    )
    from ...models.face_swap_create_video_response_422 import (
        FaceSwapCreateVideoResponse422,
    )
    from ...models.face_swap_create_video_response_429 import (
        FaceSwapCreateVideoResponse429,
    )
    from ...models.face_swap_create_video_response_500 import (
        FaceSwapCreateVideoResponse500,
    )
    from ...models.face_swap_create_video_response_503 import (
        FaceSwapCreateVideoResponse503,
    )


def _get_kwargs(
    *,
    body: FaceSwapCreateVideoBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/face-swap",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    FaceSwapCreateVideoResponse200
    | FaceSwapCreateVideoResponse400
    | FaceSwapCreateVideoResponse401
    | FaceSwapCreateVideoResponse402
    | FaceSwapCreateVideoResponse404
    | FaceSwapCreateVideoResponse422
    | FaceSwapCreateVideoResponse429
    | FaceSwapCreateVideoResponse500
    | FaceSwapCreateVideoResponse503
    | None
):
    if response.status_code >= 400:
        from ...models.face_swap_create_video_response_400 import (
            FaceSwapCreateVideoResponse400,
        )
        from ...models.face_swap_create_video_response_401 import (
            FaceSwapCreateVideoResponse401,
        )
        from ...models.face_swap_create_video_response_402 import (
            FaceSwapCreateVideoResponse402,
        )
        from ...models.face_swap_create_video_response_404 import (
            FaceSwapCreateVideoResponse404,
        )
        from ...models.face_swap_create_video_response_422 import (
            FaceSwapCreateVideoResponse422,
        )
        from ...models.face_swap_create_video_response_429 import (
            FaceSwapCreateVideoResponse429,
        )
        from ...models.face_swap_create_video_response_500 import (
            FaceSwapCreateVideoResponse500,
        )
        from ...models.face_swap_create_video_response_503 import (
            FaceSwapCreateVideoResponse503,
        )

    if response.status_code == 200:
        response_200 = FaceSwapCreateVideoResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = FaceSwapCreateVideoResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = FaceSwapCreateVideoResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = FaceSwapCreateVideoResponse402.from_dict(response.json())

        return response_402

    if response.status_code == 404:
        response_404 = FaceSwapCreateVideoResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = FaceSwapCreateVideoResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = FaceSwapCreateVideoResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = FaceSwapCreateVideoResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = FaceSwapCreateVideoResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    FaceSwapCreateVideoResponse200
    | FaceSwapCreateVideoResponse400
    | FaceSwapCreateVideoResponse401
    | FaceSwapCreateVideoResponse402
    | FaceSwapCreateVideoResponse404
    | FaceSwapCreateVideoResponse422
    | FaceSwapCreateVideoResponse429
    | FaceSwapCreateVideoResponse500
    | FaceSwapCreateVideoResponse503
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
    body: FaceSwapCreateVideoBody,
) -> Response[
    FaceSwapCreateVideoResponse200
    | FaceSwapCreateVideoResponse400
    | FaceSwapCreateVideoResponse401
    | FaceSwapCreateVideoResponse402
    | FaceSwapCreateVideoResponse404
    | FaceSwapCreateVideoResponse422
    | FaceSwapCreateVideoResponse429
    | FaceSwapCreateVideoResponse500
    | FaceSwapCreateVideoResponse503
]:
    """Face Swap Video

     **What this API does**

    Create the same Face Swap you can make in the browser, but programmatically, so you can automate it,
    run it at scale, or connect it to your own app or workflow.

    **Good for**
    - Automation and batch processing
    - Adding face swap into apps, pipelines, or tools

    **How it works (3 steps)**
    1) Upload your inputs (video, image, or audio) with [Generate Upload
    URLs](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls) and copy the
    `file_path`.
    2) Send a request to create a face swap job with the basic fields.
    3) Check the job status until it's `complete`, then download the result from `downloads`.

    **Key options**
    - Inputs: usually a file, sometimes a YouTube link, depending on project type
    - Resolution: free users are limited to 576px; higher plans unlock HD and larger sizes
    - Extra fields: e.g. `face_swap_mode`, `start_seconds`/`end_seconds`, or a text prompt

    **Cost**
    Credits are only charged for the frames that actually render. You'll see an estimate when the job is
    queued, and the final total after it's done.

    For detailed examples, see the [product page](https://magichour.ai/products/face-swap).

    Args:
        body (FaceSwapCreateVideoBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FaceSwapCreateVideoResponse200 | FaceSwapCreateVideoResponse400 | FaceSwapCreateVideoResponse401 | FaceSwapCreateVideoResponse402 | FaceSwapCreateVideoResponse404 | FaceSwapCreateVideoResponse422 | FaceSwapCreateVideoResponse429 | FaceSwapCreateVideoResponse500 | FaceSwapCreateVideoResponse503]
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
    body: FaceSwapCreateVideoBody,
) -> (
    FaceSwapCreateVideoResponse200
    | FaceSwapCreateVideoResponse400
    | FaceSwapCreateVideoResponse401
    | FaceSwapCreateVideoResponse402
    | FaceSwapCreateVideoResponse404
    | FaceSwapCreateVideoResponse422
    | FaceSwapCreateVideoResponse429
    | FaceSwapCreateVideoResponse500
    | FaceSwapCreateVideoResponse503
    | None
):
    """Face Swap Video

     **What this API does**

    Create the same Face Swap you can make in the browser, but programmatically, so you can automate it,
    run it at scale, or connect it to your own app or workflow.

    **Good for**
    - Automation and batch processing
    - Adding face swap into apps, pipelines, or tools

    **How it works (3 steps)**
    1) Upload your inputs (video, image, or audio) with [Generate Upload
    URLs](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls) and copy the
    `file_path`.
    2) Send a request to create a face swap job with the basic fields.
    3) Check the job status until it's `complete`, then download the result from `downloads`.

    **Key options**
    - Inputs: usually a file, sometimes a YouTube link, depending on project type
    - Resolution: free users are limited to 576px; higher plans unlock HD and larger sizes
    - Extra fields: e.g. `face_swap_mode`, `start_seconds`/`end_seconds`, or a text prompt

    **Cost**
    Credits are only charged for the frames that actually render. You'll see an estimate when the job is
    queued, and the final total after it's done.

    For detailed examples, see the [product page](https://magichour.ai/products/face-swap).

    Args:
        body (FaceSwapCreateVideoBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FaceSwapCreateVideoResponse200 | FaceSwapCreateVideoResponse400 | FaceSwapCreateVideoResponse401 | FaceSwapCreateVideoResponse402 | FaceSwapCreateVideoResponse404 | FaceSwapCreateVideoResponse422 | FaceSwapCreateVideoResponse429 | FaceSwapCreateVideoResponse500 | FaceSwapCreateVideoResponse503
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: FaceSwapCreateVideoBody,
) -> Response[
    FaceSwapCreateVideoResponse200
    | FaceSwapCreateVideoResponse400
    | FaceSwapCreateVideoResponse401
    | FaceSwapCreateVideoResponse402
    | FaceSwapCreateVideoResponse404
    | FaceSwapCreateVideoResponse422
    | FaceSwapCreateVideoResponse429
    | FaceSwapCreateVideoResponse500
    | FaceSwapCreateVideoResponse503
]:
    """Face Swap Video

     **What this API does**

    Create the same Face Swap you can make in the browser, but programmatically, so you can automate it,
    run it at scale, or connect it to your own app or workflow.

    **Good for**
    - Automation and batch processing
    - Adding face swap into apps, pipelines, or tools

    **How it works (3 steps)**
    1) Upload your inputs (video, image, or audio) with [Generate Upload
    URLs](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls) and copy the
    `file_path`.
    2) Send a request to create a face swap job with the basic fields.
    3) Check the job status until it's `complete`, then download the result from `downloads`.

    **Key options**
    - Inputs: usually a file, sometimes a YouTube link, depending on project type
    - Resolution: free users are limited to 576px; higher plans unlock HD and larger sizes
    - Extra fields: e.g. `face_swap_mode`, `start_seconds`/`end_seconds`, or a text prompt

    **Cost**
    Credits are only charged for the frames that actually render. You'll see an estimate when the job is
    queued, and the final total after it's done.

    For detailed examples, see the [product page](https://magichour.ai/products/face-swap).

    Args:
        body (FaceSwapCreateVideoBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FaceSwapCreateVideoResponse200 | FaceSwapCreateVideoResponse400 | FaceSwapCreateVideoResponse401 | FaceSwapCreateVideoResponse402 | FaceSwapCreateVideoResponse404 | FaceSwapCreateVideoResponse422 | FaceSwapCreateVideoResponse429 | FaceSwapCreateVideoResponse500 | FaceSwapCreateVideoResponse503]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: FaceSwapCreateVideoBody,
) -> (
    FaceSwapCreateVideoResponse200
    | FaceSwapCreateVideoResponse400
    | FaceSwapCreateVideoResponse401
    | FaceSwapCreateVideoResponse402
    | FaceSwapCreateVideoResponse404
    | FaceSwapCreateVideoResponse422
    | FaceSwapCreateVideoResponse429
    | FaceSwapCreateVideoResponse500
    | FaceSwapCreateVideoResponse503
    | None
):
    """Face Swap Video

     **What this API does**

    Create the same Face Swap you can make in the browser, but programmatically, so you can automate it,
    run it at scale, or connect it to your own app or workflow.

    **Good for**
    - Automation and batch processing
    - Adding face swap into apps, pipelines, or tools

    **How it works (3 steps)**
    1) Upload your inputs (video, image, or audio) with [Generate Upload
    URLs](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls) and copy the
    `file_path`.
    2) Send a request to create a face swap job with the basic fields.
    3) Check the job status until it's `complete`, then download the result from `downloads`.

    **Key options**
    - Inputs: usually a file, sometimes a YouTube link, depending on project type
    - Resolution: free users are limited to 576px; higher plans unlock HD and larger sizes
    - Extra fields: e.g. `face_swap_mode`, `start_seconds`/`end_seconds`, or a text prompt

    **Cost**
    Credits are only charged for the frames that actually render. You'll see an estimate when the job is
    queued, and the final total after it's done.

    For detailed examples, see the [product page](https://magichour.ai/products/face-swap).

    Args:
        body (FaceSwapCreateVideoBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FaceSwapCreateVideoResponse200 | FaceSwapCreateVideoResponse400 | FaceSwapCreateVideoResponse401 | FaceSwapCreateVideoResponse402 | FaceSwapCreateVideoResponse404 | FaceSwapCreateVideoResponse422 | FaceSwapCreateVideoResponse429 | FaceSwapCreateVideoResponse500 | FaceSwapCreateVideoResponse503
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
