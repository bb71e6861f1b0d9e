"""generate()'s create: sent once as the checked JSON body, the project followed by the id of its answer."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from magic_hour import APIResponseValidationError, AsyncClient, Client, InternalServerError, _spec
from magic_hour.sandbox._resources import example

from ._scripted_server import Answer, Received, scripted_server

TOKEN = "mhk_create_test"
BODY = {"image_count": 1, "style": {"prompt": "a lighthouse"}, "extra_body": {"seed_hint": 7}}


_PROJECT = ("GET", "/v1/image-projects/{id}")  # the project the image generator's create links to


def _project(project_id: str, base: str) -> dict[str, Any]:
    """A finished project as the document shapes its answer (its examples), with one output at `base`."""
    rules = _spec.project_rules(*_PROJECT)
    schema = _spec.response_schema(_spec.operation(*_PROJECT))
    project = dict(example(schema))
    item = example((schema["properties"][rules.outputs].get("items")) or {}) or {}
    project.update({"id": project_id, "status": sorted(rules.success)[0]})
    project[rules.outputs] = [{**item, rules.output_url: f"{base}/storage/out.png"}]
    if rules.deleted_field is not None:
        project[rules.deleted_field] = not rules.deleted_value
    return project


def _api(created: bytes, status: int = 200) -> Callable[[Received, str], Answer]:
    def answer(req: Received, base: str) -> Answer:
        if req.method == "POST":
            return status, {"Content-Type": "application/json"}, created
        if req.path.startswith(_PROJECT[1].split("{")[0]):
            project = _project(req.path.rsplit("/", 1)[1], base)
            return 200, {"Content-Type": "application/json"}, json.dumps(project).encode()
        return 200, {}, b"\x89PNG\r\n\x1a\n-bytes"

    return answer


def test_the_create_sends_the_body_as_given_and_follows_the_id_it_answers(tmp_path: Path) -> None:
    with scripted_server(_api(b'{"id": "cm_made", "credits_charged": 5}')) as server:
        with Client(TOKEN, base_url=server.base_url, poll_interval=0.01) as client:
            result = client.v1.ai_image_generator.generate(**BODY, download_directory=tmp_path)  # type: ignore[arg-type]
    creates = [r for r in server.received if r.method == "POST"]
    assert len(creates) == 1 and creates[0].path == "/v1/ai-image-generator"
    assert json.loads(creates[0].body) == {"image_count": 1, "style": {"prompt": "a lighthouse"}, "seed_hint": 7}
    assert creates[0].headers["content-type"] == "application/json"
    assert creates[0].headers["authorization"] == f"Bearer {TOKEN}"
    assert result.id == "cm_made" and [Path(p).read_bytes() for p in result.downloaded_paths] == [
        b"\x89PNG\r\n\x1a\n-bytes"
    ]
    assert next(r.path for r in server.received if r.method == "GET") == "/v1/image-projects/cm_made"


@pytest.mark.parametrize("created", [b'{"credits_charged": 5}', b'{"id": 5}', b'{"id": ""}', b"[]", b"{not json"])
def test_a_create_answered_without_a_project_id_says_a_project_may_exist(created: bytes, tmp_path: Path) -> None:
    with scripted_server(_api(created)) as server, Client(TOKEN, base_url=server.base_url) as client:
        with pytest.raises(APIResponseValidationError, match="may have been created") as caught:
            client.v1.ai_image_generator.generate(**BODY, download_directory=tmp_path)  # type: ignore[arg-type]
    assert [r.method for r in server.received] == ["POST"]  # never sent again, nothing followed
    assert caught.value.request is not None and TOKEN not in str(caught.value.request.headers)


def test_a_create_that_fails_with_a_5xx_is_never_sent_twice(tmp_path: Path) -> None:
    with scripted_server(_api(b'{"message": "boom"}', status=500)) as server:
        with Client(TOKEN, base_url=server.base_url, max_retries=3) as client, pytest.raises(InternalServerError):
            client.v1.ai_image_generator.generate(**BODY, download_directory=tmp_path)  # type: ignore[arg-type]
    assert [r.method for r in server.received] == ["POST"]


async def test_the_async_create_sends_the_body_once_and_follows_its_id(tmp_path: Path) -> None:
    with scripted_server(_api(b'{"id": "cm_async"}')) as server:
        async with AsyncClient(TOKEN, base_url=server.base_url, poll_interval=0.01) as client:
            result = await client.v1.ai_image_generator.generate(**BODY, download_directory=tmp_path)  # type: ignore[arg-type]
    assert result.id == "cm_async" and [r.method for r in server.received].count("POST") == 1
    with (
        scripted_server(_api(b'{"id": null}')) as server,
        pytest.raises(APIResponseValidationError, match="no project"),
    ):
        async with AsyncClient(TOKEN, base_url=server.base_url) as client:
            await client.v1.ai_image_generator.generate(**BODY, download_directory=tmp_path)  # type: ignore[arg-type]
    assert [r.method for r in server.received] == ["POST"]
