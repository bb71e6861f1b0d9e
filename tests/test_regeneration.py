"""Proof that a spec change flows through: regenerate a copy of the project after realistic API changes and
check that the SDK picks them up with no edit in custom/, and that a removed dependency fails loudly."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
_COPIED = (
    "openapi.yaml",
    "openapi-python-client.yaml",
    "pyproject.toml",
    "scripts",
    "generated",
    "docs",
    "custom",
    "tests",
)


def copy_project(dest: Path) -> Path:
    dest.mkdir()
    for name in _COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, dest / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(source, dest / name)
    return dest


def digest(folder: Path) -> str:
    h = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        h.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


def edit_spec(project: Path, change: Any) -> None:
    spec = yaml.safe_load((project / "openapi.yaml").read_text())
    change(spec)
    (project / "openapi.yaml").write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True))


def run(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(project / "generated"), str(project / "custom")]))
    return subprocess.run(args, cwd=project, env=env, capture_output=True, text=True, check=False, timeout=300)


def regenerate(project: Path) -> None:
    result = run(project, sys.executable, "scripts/lib/generate.py")
    assert result.returncode == 0, result.stdout + result.stderr


def api_change(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    schemas["CreateTalkingPhotoRequest"]["properties"]["resolution"] = {
        "type": "string",
        "enum": ["480p", "720p", "1080p"],
        "description": "The output video's resolution.",
    }
    schemas["VideoProject"]["properties"]["preview_url"] = {
        "type": "string",
        "description": "A still frame of the video.",
        "example": "https://videos.magichour.ai/id/preview.jpg",
    }
    schemas["GenerationMode"]["enum"].append("ultra")
    schemas["CreateTalkingPhotoRequest"]["properties"]["end_seconds"]["description"] = (
        "When the clip ends, in seconds (60 s at most)."
    )
    spec["tags"].append({"name": "account", "description": "Your account."})
    spec["paths"]["/v1/account"] = {
        "get": {
            "operationId": "getAccount",
            "tags": ["account"],
            "summary": "Get account",
            "description": "The credits left in your account.",
            "responses": {
                "200": {
                    "description": "Success",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorResponse"}}},
                },
                **{
                    code: {"$ref": f"#/components/responses/{name}"}
                    for code, name in [
                        ("400", "BadRequest"),
                        ("401", "Unauthorized"),
                        ("402", "PaymentRequired"),
                        ("404", "NotFound"),
                        ("422", "UnprocessableEntity"),
                        ("429", "TooManyRequests"),
                        ("500", "InternalServerError"),
                    ]
                },
            },
        }
    }


USE_THE_NEW_API = """
import sys
from magic_hour import Client, ValidationError
from magic_hour.sandbox import Sandbox
from magic_hour.sandbox.samples import make_portrait_png, make_speech_wav

face, voice = make_portrait_png("face.png", size=32), make_speech_wav("voice.wav", seconds=1.5, rate=8000)
with Sandbox(render_seconds=0) as sb, Client("t", base_url=sb.base_url, poll_interval=0.02) as client:
    assets = {"image_file_path": face, "audio_file_path": voice}
    res = client.v1.ai_talking_photo.generate(
        assets=assets, start_seconds=0, end_seconds=1, resolution="720p",
        style={"generation_mode": "ultra"}, download_outputs=False,
    )
    create = [r for r in sb.requests if r.route == "create"][0]
    assert create.json["resolution"] == "720p", create.json
    assert create.json["style"]["generation_mode"] == "ultra"
    assert res.preview_url == "https://videos.magichour.ai/id/preview.jpg", res
    created = client.v1.ai_talking_photo.create(
        assets={"image_file_path": create.json["assets"]["image_file_path"],
                "audio_file_path": create.json["assets"]["audio_file_path"]},
        start_seconds=0, end_seconds=1, resolution="1080p",
    )
    assert [r.json for r in sb.requests if r.route == "create"][-1]["resolution"] == "1080p"
    sb.clear_log()
    try:
        client.v1.ai_talking_photo.generate(assets=assets, start_seconds=0, end_seconds=1, resolution="8k")
    except ValidationError as exc:
        assert "resolution" in str(exc) and "720p" in str(exc), exc
    else:
        sys.exit("resolution='8k' was not refused")
    assert sb.requests == [], "a request was sent for an invalid resolution"
print("new API works")
"""


@pytest.fixture(scope="module")
def changed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    project = copy_project(tmp_path_factory.mktemp("regen") / "project")
    custom_before = digest(project / "custom")
    edit_spec(project, api_change)
    regenerate(project)
    return project, custom_before


def test_the_new_field_enum_value_and_response_field_work_through_the_sdk(changed: tuple[Path, str]) -> None:
    project, _ = changed
    (project / "use_new_api.py").write_text(USE_THE_NEW_API)
    result = run(project, sys.executable, "use_new_api.py")
    assert result.returncode == 0 and "new API works" in result.stdout, result.stdout + result.stderr


def test_the_added_operation_is_in_the_generated_client_and_the_docs(changed: tuple[Path, str]) -> None:
    project, _ = changed
    assert (project / "generated/magic_hour_api/api/account/get_account.py").exists()
    doc = (project / "docs/v1/account.md").read_text()
    assert "**API Endpoint**: `GET /v1/account`" in doc
    assert "<!-- CUSTOM DOCS START -->\n\n<!-- CUSTOM DOCS END -->" in doc  # a new module: an empty pair


def test_docs_follow_the_spec_and_keep_the_hand_written_section(changed: tuple[Path, str]) -> None:
    project, _ = changed

    def custom(path: Path) -> str:
        text = path.read_text()
        return text[text.index("<!-- CUSTOM DOCS START -->") : text.index("<!-- CUSTOM DOCS END -->")]

    new, old = project / "docs/v1/ai_talking_photo.md", ROOT / "docs/v1/ai_talking_photo.md"
    assert "When the clip ends, in seconds (60 s at most)." in new.read_text()
    assert "`resolution`" in new.read_text()
    assert custom(new) == custom(old)


def test_custom_is_untouched_and_its_tests_pass_on_the_regenerated_client(changed: tuple[Path, str]) -> None:
    project, custom_before = changed
    assert digest(project / "custom") == custom_before == digest(ROOT / "custom")
    result = run(
        project,
        sys.executable,
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        "tests/test_workflow.py",
        "tests/test_spec_dependencies.py",
        "tests/test_bad_input.py",
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]


def test_a_removed_field_custom_depends_on_fails_the_suite_naming_it(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")

    def remove_end_seconds(spec: dict[str, Any]) -> None:
        body = spec["components"]["schemas"]["CreateTalkingPhotoRequest"]
        del body["properties"]["end_seconds"]
        body["required"].remove("end_seconds")

    edit_spec(project, remove_end_seconds)
    regenerate(project)
    result = run(
        project, sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_spec_dependencies.py"
    )
    assert result.returncode != 0
    assert "field CreateTalkingPhotoRequest.end_seconds is missing" in result.stdout


def test_damaged_markers_stop_generation_and_lose_nothing(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    doc = project / "docs/v1/files.md"
    damaged = doc.read_text().replace("<!-- CUSTOM DOCS END -->", "")
    doc.write_text(damaged)
    result = run(project, sys.executable, "scripts/lib/generate.py")
    assert result.returncode != 0 and "docs/v1/files.md" in result.stderr and "markers" in result.stderr
    assert doc.read_text() == damaged
