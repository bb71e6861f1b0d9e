from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.video_to_video_create_video_body import VideoToVideoCreateVideoBody
from ...models.video_to_video_create_video_response_200 import (
    VideoToVideoCreateVideoResponse200,
)
from ...types import Response

if TYPE_CHECKING:
    from ...models.video_to_video_create_video_response_400 import (
        VideoToVideoCreateVideoResponse400,
    )
    from ...models.video_to_video_create_video_response_401 import (
        VideoToVideoCreateVideoResponse401,
    )
    from ...models.video_to_video_create_video_response_402 import (
        VideoToVideoCreateVideoResponse402,
    )
    from ...models.video_to_video_create_video_response_404 import (
        VideoToVideoCreateVideoResponse404,
    )
    from ...models.video_to_video_create_video_response_422 import (
        VideoToVideoCreateVideoResponse422,
    )
    from ...models.video_to_video_create_video_response_429 import (
        VideoToVideoCreateVideoResponse429,
    )
    from ...models.video_to_video_create_video_response_500 import (
        VideoToVideoCreateVideoResponse500,
    )
    from ...models.video_to_video_create_video_response_503 import (
        VideoToVideoCreateVideoResponse503,
    )


def _get_kwargs(
    *,
    body: VideoToVideoCreateVideoBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/video-to-video",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    VideoToVideoCreateVideoResponse200
    | VideoToVideoCreateVideoResponse400
    | VideoToVideoCreateVideoResponse401
    | VideoToVideoCreateVideoResponse402
    | VideoToVideoCreateVideoResponse404
    | VideoToVideoCreateVideoResponse422
    | VideoToVideoCreateVideoResponse429
    | VideoToVideoCreateVideoResponse500
    | VideoToVideoCreateVideoResponse503
    | None
):
    if response.status_code >= 400:
        from ...models.video_to_video_create_video_response_400 import (
            VideoToVideoCreateVideoResponse400,
        )
        from ...models.video_to_video_create_video_response_401 import (
            VideoToVideoCreateVideoResponse401,
        )
        from ...models.video_to_video_create_video_response_402 import (
            VideoToVideoCreateVideoResponse402,
        )
        from ...models.video_to_video_create_video_response_404 import (
            VideoToVideoCreateVideoResponse404,
        )
        from ...models.video_to_video_create_video_response_422 import (
            VideoToVideoCreateVideoResponse422,
        )
        from ...models.video_to_video_create_video_response_429 import (
            VideoToVideoCreateVideoResponse429,
        )
        from ...models.video_to_video_create_video_response_500 import (
            VideoToVideoCreateVideoResponse500,
        )
        from ...models.video_to_video_create_video_response_503 import (
            VideoToVideoCreateVideoResponse503,
        )

    if response.status_code == 200:
        response_200 = VideoToVideoCreateVideoResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = VideoToVideoCreateVideoResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = VideoToVideoCreateVideoResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = VideoToVideoCreateVideoResponse402.from_dict(response.json())

        return response_402

    if response.status_code == 404:
        response_404 = VideoToVideoCreateVideoResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = VideoToVideoCreateVideoResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = VideoToVideoCreateVideoResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = VideoToVideoCreateVideoResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = VideoToVideoCreateVideoResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    VideoToVideoCreateVideoResponse200
    | VideoToVideoCreateVideoResponse400
    | VideoToVideoCreateVideoResponse401
    | VideoToVideoCreateVideoResponse402
    | VideoToVideoCreateVideoResponse404
    | VideoToVideoCreateVideoResponse422
    | VideoToVideoCreateVideoResponse429
    | VideoToVideoCreateVideoResponse500
    | VideoToVideoCreateVideoResponse503
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
    body: VideoToVideoCreateVideoBody,
) -> Response[
    VideoToVideoCreateVideoResponse200
    | VideoToVideoCreateVideoResponse400
    | VideoToVideoCreateVideoResponse401
    | VideoToVideoCreateVideoResponse402
    | VideoToVideoCreateVideoResponse404
    | VideoToVideoCreateVideoResponse422
    | VideoToVideoCreateVideoResponse429
    | VideoToVideoCreateVideoResponse500
    | VideoToVideoCreateVideoResponse503
]:
    """Video-to-Video

     **What this API does**

    Create the same Video To Video you can make in the browser, but programmatically, so you can
    automate it, run it at scale, or connect it to your own app or workflow.

    **Good for**
    - Automation and batch processing
    - Adding video to video into apps, pipelines, or tools

    **How it works (3 steps)**
    1) Upload your inputs (video, image, or audio) with [Generate Upload
    URLs](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls) and copy the
    `file_path`.
    2) Send a request to create a video to video job with the basic fields.
    3) Check the job status until it's `complete`, then download the result from `downloads`.

    **Key options**
    - Inputs: usually a file, sometimes a YouTube link, depending on project type
    - Resolution: free users are limited to 576px; higher plans unlock HD and larger sizes
    - Extra fields: e.g. `face_swap_mode`, `start_seconds`/`end_seconds`, or a text prompt

    **Cost**
    Credits are only charged for the frames that actually render. You'll see an estimate when the job is
    queued, and the final total after it's done.

    For detailed examples, see the [product page](https://magichour.ai/products/video-to-video).

    Args:
        body (VideoToVideoCreateVideoBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VideoToVideoCreateVideoResponse200 | VideoToVideoCreateVideoResponse400 | VideoToVideoCreateVideoResponse401 | VideoToVideoCreateVideoResponse402 | VideoToVideoCreateVideoResponse404 | VideoToVideoCreateVideoResponse422 | VideoToVideoCreateVideoResponse429 | VideoToVideoCreateVideoResponse500 | VideoToVideoCreateVideoResponse503]
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
    body: VideoToVideoCreateVideoBody,
) -> (
    VideoToVideoCreateVideoResponse200
    | VideoToVideoCreateVideoResponse400
    | VideoToVideoCreateVideoResponse401
    | VideoToVideoCreateVideoResponse402
    | VideoToVideoCreateVideoResponse404
    | VideoToVideoCreateVideoResponse422
    | VideoToVideoCreateVideoResponse429
    | VideoToVideoCreateVideoResponse500
    | VideoToVideoCreateVideoResponse503
    | None
):
    """Video-to-Video

     **What this API does**

    Create the same Video To Video you can make in the browser, but programmatically, so you can
    automate it, run it at scale, or connect it to your own app or workflow.

    **Good for**
    - Automation and batch processing
    - Adding video to video into apps, pipelines, or tools

    **How it works (3 steps)**
    1) Upload your inputs (video, image, or audio) with [Generate Upload
    URLs](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls) and copy the
    `file_path`.
    2) Send a request to create a video to video job with the basic fields.
    3) Check the job status until it's `complete`, then download the result from `downloads`.

    **Key options**
    - Inputs: usually a file, sometimes a YouTube link, depending on project type
    - Resolution: free users are limited to 576px; higher plans unlock HD and larger sizes
    - Extra fields: e.g. `face_swap_mode`, `start_seconds`/`end_seconds`, or a text prompt

    **Cost**
    Credits are only charged for the frames that actually render. You'll see an estimate when the job is
    queued, and the final total after it's done.

    For detailed examples, see the [product page](https://magichour.ai/products/video-to-video).

    Args:
        body (VideoToVideoCreateVideoBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VideoToVideoCreateVideoResponse200 | VideoToVideoCreateVideoResponse400 | VideoToVideoCreateVideoResponse401 | VideoToVideoCreateVideoResponse402 | VideoToVideoCreateVideoResponse404 | VideoToVideoCreateVideoResponse422 | VideoToVideoCreateVideoResponse429 | VideoToVideoCreateVideoResponse500 | VideoToVideoCreateVideoResponse503
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: VideoToVideoCreateVideoBody,
) -> Response[
    VideoToVideoCreateVideoResponse200
    | VideoToVideoCreateVideoResponse400
    | VideoToVideoCreateVideoResponse401
    | VideoToVideoCreateVideoResponse402
    | VideoToVideoCreateVideoResponse404
    | VideoToVideoCreateVideoResponse422
    | VideoToVideoCreateVideoResponse429
    | VideoToVideoCreateVideoResponse500
    | VideoToVideoCreateVideoResponse503
]:
    """Video-to-Video

     **What this API does**

    Create the same Video To Video you can make in the browser, but programmatically, so you can
    automate it, run it at scale, or connect it to your own app or workflow.

    **Good for**
    - Automation and batch processing
    - Adding video to video into apps, pipelines, or tools

    **How it works (3 steps)**
    1) Upload your inputs (video, image, or audio) with [Generate Upload
    URLs](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls) and copy the
    `file_path`.
    2) Send a request to create a video to video job with the basic fields.
    3) Check the job status until it's `complete`, then download the result from `downloads`.

    **Key options**
    - Inputs: usually a file, sometimes a YouTube link, depending on project type
    - Resolution: free users are limited to 576px; higher plans unlock HD and larger sizes
    - Extra fields: e.g. `face_swap_mode`, `start_seconds`/`end_seconds`, or a text prompt

    **Cost**
    Credits are only charged for the frames that actually render. You'll see an estimate when the job is
    queued, and the final total after it's done.

    For detailed examples, see the [product page](https://magichour.ai/products/video-to-video).

    Args:
        body (VideoToVideoCreateVideoBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VideoToVideoCreateVideoResponse200 | VideoToVideoCreateVideoResponse400 | VideoToVideoCreateVideoResponse401 | VideoToVideoCreateVideoResponse402 | VideoToVideoCreateVideoResponse404 | VideoToVideoCreateVideoResponse422 | VideoToVideoCreateVideoResponse429 | VideoToVideoCreateVideoResponse500 | VideoToVideoCreateVideoResponse503]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: VideoToVideoCreateVideoBody,
) -> (
    VideoToVideoCreateVideoResponse200
    | VideoToVideoCreateVideoResponse400
    | VideoToVideoCreateVideoResponse401
    | VideoToVideoCreateVideoResponse402
    | VideoToVideoCreateVideoResponse404
    | VideoToVideoCreateVideoResponse422
    | VideoToVideoCreateVideoResponse429
    | VideoToVideoCreateVideoResponse500
    | VideoToVideoCreateVideoResponse503
    | None
):
    """Video-to-Video

     **What this API does**

    Create the same Video To Video you can make in the browser, but programmatically, so you can
    automate it, run it at scale, or connect it to your own app or workflow.

    **Good for**
    - Automation and batch processing
    - Adding video to video into apps, pipelines, or tools

    **How it works (3 steps)**
    1) Upload your inputs (video, image, or audio) with [Generate Upload
    URLs](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls) and copy the
    `file_path`.
    2) Send a request to create a video to video job with the basic fields.
    3) Check the job status until it's `complete`, then download the result from `downloads`.

    **Key options**
    - Inputs: usually a file, sometimes a YouTube link, depending on project type
    - Resolution: free users are limited to 576px; higher plans unlock HD and larger sizes
    - Extra fields: e.g. `face_swap_mode`, `start_seconds`/`end_seconds`, or a text prompt

    **Cost**
    Credits are only charged for the frames that actually render. You'll see an estimate when the job is
    queued, and the final total after it's done.

    For detailed examples, see the [product page](https://magichour.ai/products/video-to-video).

    Args:
        body (VideoToVideoCreateVideoBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VideoToVideoCreateVideoResponse200 | VideoToVideoCreateVideoResponse400 | VideoToVideoCreateVideoResponse401 | VideoToVideoCreateVideoResponse402 | VideoToVideoCreateVideoResponse404 | VideoToVideoCreateVideoResponse422 | VideoToVideoCreateVideoResponse429 | VideoToVideoCreateVideoResponse500 | VideoToVideoCreateVideoResponse503
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
