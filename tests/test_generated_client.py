"""The generated client, used directly: the right requests go out, documented answers come back as models."""

from __future__ import annotations

import json
from typing import Any

import pytest
from magic_hour import _spec
from magic_hour_api import AuthenticatedClient
from magic_hour_api.api.ai_talking_photo import create_talking_photo
from magic_hour_api.api.files import create_upload_urls
from magic_hour_api.api.video_projects import delete_video_project, get_video_project
from magic_hour_api.models import (
    AssetType,
    CreateTalkingPhotoRequest,
    CreateTalkingPhotoResponse,
    CreateUploadUrlsRequest,
    CreateUploadUrlsResponse,
    ErrorResponse,
    GenerationMode,
    VideoProject,
    VideoProjectStatus,
)

from ._scripted_server import Answer, Received, ScriptedServer, scripted_server

TOKEN = "generated-client-token"


def example(schema: str) -> dict[str, Any]:
    return dict(_spec.schema(schema)["example"])


def serve(status: int, body: Any) -> Any:
    payload = b"" if body is None else json.dumps(body).encode()

    def answer(req: Received, base: str) -> Answer:
        return status, ({"Content-Type": "application/json"} if payload else {}), payload

    return scripted_server(answer)


def client(server: ScriptedServer) -> AuthenticatedClient:
    return AuthenticatedClient(base_url=server.base_url, token=TOKEN)


def test_create_talking_photo_sends_snake_case_json_and_parses_the_response() -> None:
    request = CreateTalkingPhotoRequest.from_dict(
        {**example("CreateTalkingPhotoRequest"), "style": {"generation_mode": "pro", "intensity": 1.5}}
    )
    with serve(200, example("CreateTalkingPhotoResponse")) as server, client(server) as api:
        response = create_talking_photo.sync_detailed(client=api, body=request)
    sent = server.received[0]
    assert (sent.method, sent.path) == ("POST", "/v1/ai-talking-photo")
    assert sent.headers["authorization"] == f"Bearer {TOKEN}" and sent.headers["content-type"] == "application/json"
    assert json.loads(sent.body) == {
        "assets": {"audio_file_path": "api-assets/id/1234.mp3", "image_file_path": "api-assets/id/1234.png"},
        "start_seconds": 0.0,
        "end_seconds": 15.0,
        "name": "Talking Photo image",
        "style": {"generation_mode": "pro", "intensity": 1.5},
    }
    assert isinstance(response.parsed, CreateTalkingPhotoResponse)
    assert (response.parsed.id, response.parsed.credits_charged, response.parsed.estimated_frame_cost) == (
        "cuid-example",
        450,
        450,
    )
    assert request.style and request.style.generation_mode is GenerationMode.PRO


def test_create_upload_urls_round_trip() -> None:
    with serve(200, example("CreateUploadUrlsResponse")) as server, client(server) as api:
        body = CreateUploadUrlsRequest.from_dict(example("CreateUploadUrlsRequest"))
        response = create_upload_urls.sync_detailed(client=api, body=body)
    sent = server.received[0]
    assert (sent.method, sent.path) == ("POST", "/v1/files/upload-urls")
    assert json.loads(sent.body) == {
        "items": [{"type": "video", "extension": "mp4"}, {"type": "audio", "extension": "mp3"}]
    }
    assert body.items[0].type_ is AssetType.VIDEO
    assert isinstance(response.parsed, CreateUploadUrlsResponse)
    assert [i.file_path for i in response.parsed.items] == ["api-assets/id/video.mp4", "api-assets/id/audio.mp3"]
    assert response.parsed.items[0].expires_at.year == 2024


def test_get_video_project_parses_every_field() -> None:
    with serve(200, example("VideoProject")) as server, client(server) as api:
        response = get_video_project.sync_detailed("cuid/with space", client=api)
    assert server.received[0].method == "GET"
    assert server.received[0].path == "/v1/video-projects/cuid%2Fwith%20space"
    project = response.parsed
    assert isinstance(project, VideoProject)
    assert project.status is VideoProjectStatus.COMPLETE and project.error is None
    assert project.downloads[0].url.endswith("output.mp4") and project.download is not None
    assert (project.width, project.height, project.fps, project.total_frame_cost) == (512, 960, 30, 450)


def test_delete_video_project_is_204_with_no_body() -> None:
    with serve(204, None) as server, client(server) as api:
        response = delete_video_project.sync_detailed("cuid-example", client=api)
    assert (server.received[0].method, server.received[0].path) == ("DELETE", "/v1/video-projects/cuid-example")
    assert response.status_code == 204


@pytest.mark.parametrize("status", [400, 401, 402, 404, 422, 429, 500])
def test_documented_error_responses_parse_into_error_response(status: int) -> None:
    with serve(status, {"message": f"problem {status}"}) as server, client(server) as api:
        response = get_video_project.sync_detailed("x", client=api)
    assert isinstance(response.parsed, ErrorResponse) and response.parsed.message == f"problem {status}"


async def test_the_async_functions_send_the_same_request() -> None:
    with serve(200, example("VideoProject")) as server:
        async with client(server) as api:
            response = await get_video_project.asyncio_detailed("abc", client=api)
    assert server.received[0].path == "/v1/video-projects/abc" and isinstance(response.parsed, VideoProject)
