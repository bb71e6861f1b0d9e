"""openapi.yaml is Magic Hour's document with our corrections: every operation, every fact the SDK needs,
answers that follow the document to the letter parse, and the generated code is reproducible byte for byte."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from magic_hour import Client, _spec, _validation
from magic_hour.sandbox.examples import body_for
from openapi_spec_validator import validate

from ._repo_copy import copy_repo
from ._scripted_server import Answer, Received, scripted_server

ROOT = Path(__file__).resolve().parents[1]
UPSTREAM = json.loads((ROOT / "spec" / "magic-hour.openapi.json").read_text(encoding="utf-8"))
SPEC = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
TALKING_PHOTO = ("POST", "/v1/ai-talking-photo")


def _ops(doc: dict[str, Any]) -> set[tuple[str, str]]:
    return {(m.upper(), p) for p, item in doc["paths"].items() for m in item if m in ("get", "post", "delete")}


def test_openapi_yaml_is_valid_and_carries_every_operation_of_magic_hours_document() -> None:
    validate(SPEC)
    assert _ops(UPSTREAM) and _ops(SPEC) == _ops(UPSTREAM)


def test_the_corrections_the_document_needs_are_all_there() -> None:
    files = [
        (p, f.label)
        for m, p, op in _spec.operations()
        for f in _validation.file_fields(_spec.body_schema(op) or {}, _example_everything(_spec.body_schema(op)))
    ]
    # Every field the stored document names like a file or says takes an upload-URLs path is one (and no other).
    assert {(p, label.replace("[0]", "[]")) for p, label in files} == set(_document_files(UPSTREAM))
    assert ("/v1/face-swap", "assets.face_mappings[0].new_face") in files
    assert ("/v1/ai-image-editor", "assets.image_file_paths[0]") in files
    assert not any(label.endswith("original_face") for _, label in files)
    followed = [op for _, _, op in _spec.operations() if "links" in op["responses"].get("200", {})]
    creates = [op for method, _, op in _upstream_operations() if method == "post" and _returns_an_id(op)]
    assert len(followed) == len(creates)  # every request that makes something with an id is followed
    rules = sum(len((_spec.body_schema(op) or {}).get("x-rules", [])) for _, _, op in _spec.operations())
    assert rules >= 16
    for _, _, op in _spec.operations():
        for status in ("429", "500", "503"):
            assert "Retry-After" in op["responses"][status]["headers"]


def _upstream_operations() -> list[tuple[str, str, dict[str, Any]]]:
    return [(m, p, op) for p, item in UPSTREAM["paths"].items() for m, op in item.items() if m in ("get", "post")]


def _returns_an_id(op: dict[str, Any]) -> bool:
    ok = op.get("responses", {}).get("200", {}).get("content", {}).get("application/json", {}).get("schema", {})
    return "id" in ok.get("properties", {})


def _document_files(doc: dict[str, Any]) -> list[tuple[str, str]]:
    """(path, field) for each request field the document names `..._file_path(s)` or says takes an uploaded path."""
    out: list[tuple[str, str]] = []

    def walk(schema: Any, where: str, path: str) -> None:
        for name, prop in (schema.get("properties") or {}).items() if isinstance(schema, dict) else ():
            leaf = prop.get("items", prop) if prop.get("type") == "array" else prop
            said = "upload urls api" in f"{prop.get('description', '')} {leaf.get('description', '')}".lower()
            if leaf.get("type") == "string" and (name.endswith(("_file_path", "_file_paths")) or said):
                out.append((path, f"{where}{name}" + ("[]" if leaf is not prop else "")))
            walk(leaf, f"{where}{name}{'[]' if leaf is not prop else ''}.", path)

    for _, path, op in _upstream_operations():
        if not path.startswith("/v1/files/"):
            walk(op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema"), "", path)
    return out


def _example_everything(schema: Any) -> Any:
    """A value for every field of a schema (one item per array), to find every file field."""
    schema = _spec.follow_ref(schema or {})
    if schema.get("type") == "array":
        return [_example_everything(schema.get("items", {}))]
    kept = {name: entry["schema"] for name, entry in (schema.get("x-sdk-deprecated") or {}).items()}
    if schema.get("properties") or kept:
        return {name: _example_everything(prop) for name, prop in {**kept, **schema.get("properties", {})}.items()}
    return "x"


@pytest.mark.parametrize(
    "body",
    [
        {"style": {"generation_mode": "realistic"}, "end_seconds": 180},
        {"style": {"generation_mode": "prompted", "prompt": "smile"}, "end_seconds": 45},
        {"max_resolution": 720, "end_seconds": 60},
        {"style": {"generation_mode": "stable"}, "end_seconds": 170},
    ],
)
def test_every_talking_photo_request_the_api_accepts_is_accepted(body: dict[str, Any]) -> None:
    request = {"assets": {"image_file_path": "api-assets/a/i.png", "audio_file_path": "api-assets/a/a.mp3"}}
    assert _validation.problems(*TALKING_PHOTO, {**request, "start_seconds": 0, **body}) == []


def _to_the_letter(schema: Any) -> Any:
    """An answer as a server following Magic Hour's document to the letter writes it: only the defined fields."""
    if not isinstance(schema, dict):
        return None
    if schema.get("properties"):
        return {name: _to_the_letter(prop) for name, prop in schema["properties"].items()}
    if "example" in schema:
        return schema["example"]
    if "enum" in schema:
        return schema["enum"][0]
    if schema.get("format") == "date-time":
        return "2026-01-01T00:00:00Z"
    return {"string": "x", "integer": 1, "number": 1.0, "boolean": True, "array": []}.get(schema.get("type", ""))


def _upstream_ok(method: str, path: str) -> Any:
    op = UPSTREAM["paths"][path][method.lower()]
    schema = op["responses"].get("200", {}).get("content", {}).get("application/json", {}).get("schema")
    return _to_the_letter(schema) if schema else None


def _calls(client: Client) -> list[tuple[str, str, Any]]:
    """(method, path, a call of the typed surface) for every operation."""
    out = []
    for method, path, op in _spec.operations():
        module: Any = client.v1
        for part in op["x-sdk-module"].split("."):
            module = getattr(module, part)
        verb = op["x-sdk-method"]
        kwargs = {"id": "p1"} if "{id}" in path else {}
        out.append((method, path, (getattr(module.with_raw_response, verb), kwargs)))
    return out


def test_answers_that_follow_the_document_to_the_letter_parse_for_every_operation() -> None:
    def answer(req: Received, base: str) -> Answer:
        method, path = req.method, req.path.partition("?")[0]
        template = next(p for m, p, _ in _spec.operations() if m == method and _matches(p, path))
        body = _upstream_ok(method, template)
        if body is None:
            return 204, {}, b""
        return 200, {"Content-Type": "application/json"}, json.dumps(body).encode()

    with scripted_server(answer) as server, Client("t", base_url=server.base_url, max_retries=0) as client:
        for method, path, (call, kwargs) in _calls(client):
            if method == "POST":
                schema = _spec.body_schema(_spec.operation(method, path)) or {}
                kwargs = body_for(
                    schema, {kind: f"https://example.com/input.{kind}" for kind in ("image", "audio", "video")}
                )
            raw = call(**kwargs)
            assert raw.status_code in (200, 204), (method, path)
            if raw.status_code == 200:
                assert raw.parsed is not None, (method, path)


def _matches(template: str, path: str) -> bool:
    parts, wanted = template.split("/"), path.split("/")
    return len(parts) == len(wanted) and all(a == b or a.startswith("{") for a, b in zip(parts, wanted, strict=True))


def test_a_status_the_document_does_not_list_does_not_break_a_poll() -> None:
    project = {**_upstream_ok("GET", "/v1/video-projects/{id}"), "status": "brand-new-status"}

    def answer(req: Received, base: str) -> Answer:
        return 200, {"Content-Type": "application/json"}, json.dumps(project).encode()

    with scripted_server(answer) as server, Client("t", base_url=server.base_url) as client:
        assert client.v1.video_projects.get(id="p1").status == "brand-new-status"


def _generate(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(project / "scripts" / "compiler"), "generate", *args],
        capture_output=True,
        text=True,
        check=False,
    )


def _copy(tmp_path: Path) -> Path:
    return copy_repo(tmp_path / "project")


def _files(folder: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts}


def test_generated_code_matches_the_spec_and_regenerating_changes_nothing(tmp_path: Path) -> None:
    assert _generate(ROOT, "--check").returncode == 0
    project = _copy(tmp_path)
    before = _files(project)
    result = _generate(project)
    assert result.returncode == 0, result.stderr
    assert _files(project) == before


def test_a_hand_edit_fails_the_check_naming_the_file(tmp_path: Path) -> None:
    project = _copy(tmp_path)
    target = project / "generated/magic_hour_api/sdk/v1/face_swap.py"
    target.write_text(target.read_text().replace("class FaceSwap:", "class FaceSwop:", 1))
    (project / "openapi.yaml").write_text("# edited by hand\n" + (project / "openapi.yaml").read_text())
    result = _generate(project, "--check")
    assert result.returncode != 0
    assert "generated/magic_hour_api/sdk/v1/face_swap.py" in result.stderr and "openapi.yaml" in result.stderr


@pytest.mark.parametrize("broken", ["overlay: 1.0.0\nactions: [not, closed\n", "overlay: 2.0.0\nactions: []\n"])
def test_a_broken_overlay_leaves_everything_untouched(broken: str, tmp_path: Path) -> None:
    project = _copy(tmp_path)
    (project / "spec/overlay.yaml").write_text(broken)
    before = _files(project / "generated")
    result = _generate(project)
    assert result.returncode != 0 and "nothing was written" in result.stderr
    assert _files(project / "generated") == before


def test_damaged_markers_stop_generation_and_lose_nothing(tmp_path: Path) -> None:
    project = _copy(tmp_path)
    doc = project / "docs/v1/files.md"
    damaged = doc.read_text().replace("<!-- CUSTOM DOCS END -->", "")
    doc.write_text(damaged)
    result = _generate(project)
    assert result.returncode != 0 and "docs/v1/files.md" in result.stderr and "markers" in result.stderr
    assert doc.read_text() == damaged
