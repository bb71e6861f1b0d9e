from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audio_to_video_create_video_body import AudioToVideoCreateVideoBody
from ...models.audio_to_video_create_video_response_200 import (
    AudioToVideoCreateVideoResponse200,
)
from ...types import Response

if TYPE_CHECKING:
    from ...models.audio_to_video_create_video_response_400 import (
        AudioToVideoCreateVideoResponse400,
    )
    from ...models.audio_to_video_create_video_response_401 import (
        AudioToVideoCreateVideoResponse401,
    )
    from ...models.audio_to_video_create_video_response_402 import (
        AudioToVideoCreateVideoResponse402,
    )
    from ...models.audio_to_video_create_video_response_404 import (
        AudioToVideoCreateVideoResponse404,
    )
    from ...models.audio_to_video_create_video_response_422 import (
        AudioToVideoCreateVideoResponse422,
    )
    from ...models.audio_to_video_create_video_response_429 import (
        AudioToVideoCreateVideoResponse429,
    )
    from ...models.audio_to_video_create_video_response_500 import (
        AudioToVideoCreateVideoResponse500,
    )
    from ...models.audio_to_video_create_video_response_503 import (
        AudioToVideoCreateVideoResponse503,
    )


def _get_kwargs(
    *,
    body: AudioToVideoCreateVideoBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/audio-to-video",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AudioToVideoCreateVideoResponse200
    | AudioToVideoCreateVideoResponse400
    | AudioToVideoCreateVideoResponse401
    | AudioToVideoCreateVideoResponse402
    | AudioToVideoCreateVideoResponse404
    | AudioToVideoCreateVideoResponse422
    | AudioToVideoCreateVideoResponse429
    | AudioToVideoCreateVideoResponse500
    | AudioToVideoCreateVideoResponse503
    | None
):
    if response.status_code >= 400:
        from ...models.audio_to_video_create_video_response_400 import (
            AudioToVideoCreateVideoResponse400,
        )
        from ...models.audio_to_video_create_video_response_401 import (
            AudioToVideoCreateVideoResponse401,
        )
        from ...models.audio_to_video_create_video_response_402 import (
            AudioToVideoCreateVideoResponse402,
        )
        from ...models.audio_to_video_create_video_response_404 import (
            AudioToVideoCreateVideoResponse404,
        )
        from ...models.audio_to_video_create_video_response_422 import (
            AudioToVideoCreateVideoResponse422,
        )
        from ...models.audio_to_video_create_video_response_429 import (
            AudioToVideoCreateVideoResponse429,
        )
        from ...models.audio_to_video_create_video_response_500 import (
            AudioToVideoCreateVideoResponse500,
        )
        from ...models.audio_to_video_create_video_response_503 import (
            AudioToVideoCreateVideoResponse503,
        )

    if response.status_code == 200:
        response_200 = AudioToVideoCreateVideoResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = AudioToVideoCreateVideoResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = AudioToVideoCreateVideoResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = AudioToVideoCreateVideoResponse402.from_dict(response.json())

        return response_402

    if response.status_code == 404:
        response_404 = AudioToVideoCreateVideoResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = AudioToVideoCreateVideoResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = AudioToVideoCreateVideoResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = AudioToVideoCreateVideoResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = AudioToVideoCreateVideoResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AudioToVideoCreateVideoResponse200
    | AudioToVideoCreateVideoResponse400
    | AudioToVideoCreateVideoResponse401
    | AudioToVideoCreateVideoResponse402
    | AudioToVideoCreateVideoResponse404
    | AudioToVideoCreateVideoResponse422
    | AudioToVideoCreateVideoResponse429
    | AudioToVideoCreateVideoResponse500
    | AudioToVideoCreateVideoResponse503
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
    body: AudioToVideoCreateVideoBody,
) -> Response[
    AudioToVideoCreateVideoResponse200
    | AudioToVideoCreateVideoResponse400
    | AudioToVideoCreateVideoResponse401
    | AudioToVideoCreateVideoResponse402
    | AudioToVideoCreateVideoResponse404
    | AudioToVideoCreateVideoResponse422
    | AudioToVideoCreateVideoResponse429
    | AudioToVideoCreateVideoResponse500
    | AudioToVideoCreateVideoResponse503
]:
    """Audio-to-Video

     **What this API does**

    Create the same Audio To Video you can make in the browser, but programmatically, so you can
    automate it, run it at scale, or connect it to your own app or workflow.

    **Good for**
    - Automation and batch processing
    - Adding audio to video into apps, pipelines, or tools

    **How it works (3 steps)**
    1) Upload your inputs (video, image, or audio) with [Generate Upload
    URLs](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls) and copy the
    `file_path`.
    2) Send a request to create a audio to video job with the basic fields.
    3) Check the job status until it's `complete`, then download the result from `downloads`.

    **Key options**
    - Inputs: usually a file, sometimes a YouTube link, depending on project type
    - Resolution: free users are limited to 576px; higher plans unlock HD and larger sizes
    - Extra fields: e.g. `face_swap_mode`, `start_seconds`/`end_seconds`, or a text prompt

    **Cost**
    Credits are only charged for the frames that actually render. You'll see an estimate when the job is
    queued, and the final total after it's done.

    For detailed examples, see the [product page](https://magichour.ai/products/audio-to-video).

    Args:
        body (AudioToVideoCreateVideoBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AudioToVideoCreateVideoResponse200 | AudioToVideoCreateVideoResponse400 | AudioToVideoCreateVideoResponse401 | AudioToVideoCreateVideoResponse402 | AudioToVideoCreateVideoResponse404 | AudioToVideoCreateVideoResponse422 | AudioToVideoCreateVideoResponse429 | AudioToVideoCreateVideoResponse500 | AudioToVideoCreateVideoResponse503]
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
    body: AudioToVideoCreateVideoBody,
) -> (
    AudioToVideoCreateVideoResponse200
    | AudioToVideoCreateVideoResponse400
    | AudioToVideoCreateVideoResponse401
    | AudioToVideoCreateVideoResponse402
    | AudioToVideoCreateVideoResponse404
    | AudioToVideoCreateVideoResponse422
    | AudioToVideoCreateVideoResponse429
    | AudioToVideoCreateVideoResponse500
    | AudioToVideoCreateVideoResponse503
    | None
):
    """Audio-to-Video

     **What this API does**

    Create the same Audio To Video you can make in the browser, but programmatically, so you can
    automate it, run it at scale, or connect it to your own app or workflow.

    **Good for**
    - Automation and batch processing
    - Adding audio to video into apps, pipelines, or tools

    **How it works (3 steps)**
    1) Upload your inputs (video, image, or audio) with [Generate Upload
    URLs](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls) and copy the
    `file_path`.
    2) Send a request to create a audio to video job with the basic fields.
    3) Check the job status until it's `complete`, then download the result from `downloads`.

    **Key options**
    - Inputs: usually a file, sometimes a YouTube link, depending on project type
    - Resolution: free users are limited to 576px; higher plans unlock HD and larger sizes
    - Extra fields: e.g. `face_swap_mode`, `start_seconds`/`end_seconds`, or a text prompt

    **Cost**
    Credits are only charged for the frames that actually render. You'll see an estimate when the job is
    queued, and the final total after it's done.

    For detailed examples, see the [product page](https://magichour.ai/products/audio-to-video).

    Args:
        body (AudioToVideoCreateVideoBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AudioToVideoCreateVideoResponse200 | AudioToVideoCreateVideoResponse400 | AudioToVideoCreateVideoResponse401 | AudioToVideoCreateVideoResponse402 | AudioToVideoCreateVideoResponse404 | AudioToVideoCreateVideoResponse422 | AudioToVideoCreateVideoResponse429 | AudioToVideoCreateVideoResponse500 | AudioToVideoCreateVideoResponse503
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AudioToVideoCreateVideoBody,
) -> Response[
    AudioToVideoCreateVideoResponse200
    | AudioToVideoCreateVideoResponse400
    | AudioToVideoCreateVideoResponse401
    | AudioToVideoCreateVideoResponse402
    | AudioToVideoCreateVideoResponse404
    | AudioToVideoCreateVideoResponse422
    | AudioToVideoCreateVideoResponse429
    | AudioToVideoCreateVideoResponse500
    | AudioToVideoCreateVideoResponse503
]:
    """Audio-to-Video

     **What this API does**

    Create the same Audio To Video you can make in the browser, but programmatically, so you can
    automate it, run it at scale, or connect it to your own app or workflow.

    **Good for**
    - Automation and batch processing
    - Adding audio to video into apps, pipelines, or tools

    **How it works (3 steps)**
    1) Upload your inputs (video, image, or audio) with [Generate Upload
    URLs](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls) and copy the
    `file_path`.
    2) Send a request to create a audio to video job with the basic fields.
    3) Check the job status until it's `complete`, then download the result from `downloads`.

    **Key options**
    - Inputs: usually a file, sometimes a YouTube link, depending on project type
    - Resolution: free users are limited to 576px; higher plans unlock HD and larger sizes
    - Extra fields: e.g. `face_swap_mode`, `start_seconds`/`end_seconds`, or a text prompt

    **Cost**
    Credits are only charged for the frames that actually render. You'll see an estimate when the job is
    queued, and the final total after it's done.

    For detailed examples, see the [product page](https://magichour.ai/products/audio-to-video).

    Args:
        body (AudioToVideoCreateVideoBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AudioToVideoCreateVideoResponse200 | AudioToVideoCreateVideoResponse400 | AudioToVideoCreateVideoResponse401 | AudioToVideoCreateVideoResponse402 | AudioToVideoCreateVideoResponse404 | AudioToVideoCreateVideoResponse422 | AudioToVideoCreateVideoResponse429 | AudioToVideoCreateVideoResponse500 | AudioToVideoCreateVideoResponse503]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AudioToVideoCreateVideoBody,
) -> (
    AudioToVideoCreateVideoResponse200
    | AudioToVideoCreateVideoResponse400
    | AudioToVideoCreateVideoResponse401
    | AudioToVideoCreateVideoResponse402
    | AudioToVideoCreateVideoResponse404
    | AudioToVideoCreateVideoResponse422
    | AudioToVideoCreateVideoResponse429
    | AudioToVideoCreateVideoResponse500
    | AudioToVideoCreateVideoResponse503
    | None
):
    """Audio-to-Video

     **What this API does**

    Create the same Audio To Video you can make in the browser, but programmatically, so you can
    automate it, run it at scale, or connect it to your own app or workflow.

    **Good for**
    - Automation and batch processing
    - Adding audio to video into apps, pipelines, or tools

    **How it works (3 steps)**
    1) Upload your inputs (video, image, or audio) with [Generate Upload
    URLs](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls) and copy the
    `file_path`.
    2) Send a request to create a audio to video job with the basic fields.
    3) Check the job status until it's `complete`, then download the result from `downloads`.

    **Key options**
    - Inputs: usually a file, sometimes a YouTube link, depending on project type
    - Resolution: free users are limited to 576px; higher plans unlock HD and larger sizes
    - Extra fields: e.g. `face_swap_mode`, `start_seconds`/`end_seconds`, or a text prompt

    **Cost**
    Credits are only charged for the frames that actually render. You'll see an estimate when the job is
    queued, and the final total after it's done.

    For detailed examples, see the [product page](https://magichour.ai/products/audio-to-video).

    Args:
        body (AudioToVideoCreateVideoBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AudioToVideoCreateVideoResponse200 | AudioToVideoCreateVideoResponse400 | AudioToVideoCreateVideoResponse401 | AudioToVideoCreateVideoResponse402 | AudioToVideoCreateVideoResponse404 | AudioToVideoCreateVideoResponse422 | AudioToVideoCreateVideoResponse429 | AudioToVideoCreateVideoResponse500 | AudioToVideoCreateVideoResponse503
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
