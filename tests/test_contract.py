"""openapi.yaml is a valid contract, and generated/ is exactly what it produces."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from openapi_spec_validator import validate

ROOT = Path(__file__).resolve().parents[1]


def test_openapi_yaml_is_a_valid_openapi_document() -> None:
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text())
    validate(spec)
    assert spec["servers"][0]["url"] == "https://api.magichour.ai"
    assert spec["components"]["securitySchemes"]["bearerAuth"] == {
        "type": "http",
        "scheme": "bearer",
        "description": spec["components"]["securitySchemes"]["bearerAuth"]["description"],
    }


def test_every_operation_documents_the_error_responses_and_uses_named_schemas() -> None:
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text())
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method == "parameters":
                continue
            assert {"400", "401", "402", "404", "422", "429", "500"} <= set(op["responses"]), (method, path)
            body = op.get("requestBody")
            if body:
                assert "$ref" in body["content"]["application/json"]["schema"]
            for status, response in op["responses"].items():
                content = response.get("content") or spec["components"]["responses"].get(
                    response.get("$ref", "").rsplit("/", 1)[-1], {}
                ).get("content")
                if content:
                    assert "$ref" in content["application/json"]["schema"], (method, path, status)


def test_the_talking_photo_contract_matches_the_module_document() -> None:
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text())
    body = spec["components"]["schemas"]["CreateTalkingPhotoRequest"]
    assert set(body["required"]) == {"assets", "start_seconds", "end_seconds"}
    assert set(body["properties"]) == {"assets", "start_seconds", "end_seconds", "name", "style"}
    assert spec["components"]["schemas"]["GenerationMode"]["enum"] == ["pro", "standard", "expressive", "stable"]
    assert "60 seconds" in body["properties"]["end_seconds"]["description"]
    response = spec["components"]["schemas"]["CreateTalkingPhotoResponse"]
    assert set(response["required"]) == {"id", "credits_charged", "estimated_frame_cost"}
    project = spec["components"]["schemas"]["VideoProject"]
    assert project["properties"]["download"]["deprecated"] and project["properties"]["total_frame_cost"]["deprecated"]


def _copy_project(tmp_path: Path) -> Path:
    copy = tmp_path / "project"
    copy.mkdir()
    for name in ("openapi.yaml", "openapi-python-client.yaml", "scripts", "generated", "docs"):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, copy / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif source.exists():
            shutil.copy2(source, copy / name)
    return copy


def _generate(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(project / "scripts/lib/generate.py"), *args], capture_output=True, text=True, check=False
    )


def test_generated_code_matches_the_spec_and_regenerating_changes_nothing(tmp_path: Path) -> None:
    assert _generate(ROOT, "--check").returncode == 0
    project = _copy_project(tmp_path)
    before = {p: p.read_bytes() for p in (project / "generated").rglob("*") if p.is_file()}
    first = _generate(project)
    second = _generate(project)
    assert first.returncode == second.returncode == 0, first.stderr + second.stderr
    after = {p: p.read_bytes() for p in (project / "generated").rglob("*") if p.is_file()}
    assert after == before


def test_a_hand_edit_in_generated_fails_the_check_naming_the_file(tmp_path: Path) -> None:
    project = _copy_project(tmp_path)
    target = project / "generated/magic_hour_api/models/video_project.py"
    target.write_text(target.read_text().replace("class VideoProject", "class VideoProjekt", 1))
    result = _generate(project, "--check")
    assert result.returncode != 0
    assert "generated/magic_hour_api/models/video_project.py" in result.stderr


@pytest.mark.parametrize(
    "broken", ["openapi: 3.1.0\ninfo: [not, a, mapping\n", "openapi: 3.1.0\ninfo: {title: x}\npaths: {}\n"]
)
def test_a_broken_spec_gets_the_validators_message_and_leaves_generated_untouched(broken: str, tmp_path: Path) -> None:
    project = _copy_project(tmp_path)
    (project / "openapi.yaml").write_text(broken)
    before = {p: p.read_bytes() for p in (project / "generated").rglob("*") if p.is_file()}
    result = _generate(project)
    assert result.returncode != 0 and "nothing was written" in result.stderr
    assert {p: p.read_bytes() for p in (project / "generated").rglob("*") if p.is_file()} == before
