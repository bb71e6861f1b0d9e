"""A new version of Magic Hour's document, taken with scripts/update-spec, in a copy of the repository.

The design test: a new operation shaped like the existing ones gets its typed SDK call, its generate()
workflow, its sandbox route, its CLI command and its doc page, with no edit in custom/.
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from ._repo_copy import copy_repo

ROOT = Path(__file__).resolve().parents[1]
NEW_PATH = "/v1/ai-cartoonizer"


def _repo(tmp: Path) -> Path:
    return copy_repo(tmp / "repo")


def _update(repo: Path, document: dict[str, Any] | Path) -> subprocess.CompletedProcess[str]:
    path = document if isinstance(document, Path) else repo.parent / "new-openapi.json"
    if not isinstance(document, Path):
        path.write_text(json.dumps(document, indent=2), encoding="utf-8")
    return subprocess.run(
        [sys.executable, str(repo / "scripts" / "lib" / "update_spec.py"), str(path)],
        cwd=repo,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def _digest(folder: Path, *, leave_out: tuple[str, ...] = ()) -> str:
    h = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        if path.relative_to(folder).as_posix() not in leave_out:
            h.update(path.relative_to(folder).as_posix().encode() + path.read_bytes())
    return h.hexdigest()


#: The one file of custom/ an update writes: the package version, bumped from the change report.
VERSION_FILE = "magic_hour/_version.py"


def _upstream() -> dict[str, Any]:
    return json.loads((ROOT / "spec" / "magic-hour.openapi.json").read_text(encoding="utf-8"))


def _with_new_operation(doc: dict[str, Any]) -> dict[str, Any]:
    """The document with an operation it does not have, shaped like photo colorizer: an image in, images out."""
    doc = copy.deepcopy(doc)
    op = copy.deepcopy(doc["paths"]["/v1/photo-colorizer"]["post"])
    op["operationId"] = "aiCartoonizer.createImage"
    op["summary"] = "AI Cartoonizer"
    op["description"] = "Turn a photo into a cartoon."
    doc["paths"][NEW_PATH] = {"post": op}
    return doc


def test_the_stored_document_changes_nothing(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    before = {name: _digest(repo / name) for name in ("generated", "docs", "spec")}
    result = _update(repo, repo / "spec" / "magic-hour.openapi.json")
    assert result.returncode == 0, result.stderr
    assert "nothing changed" in result.stdout
    assert {name: _digest(repo / name) for name in ("generated", "docs", "spec")} == before
    assert (repo / "openapi.yaml").read_bytes() == (ROOT / "openapi.yaml").read_bytes()


def test_a_vanished_correction_stops_the_update_with_nothing_changed(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    doc = _upstream()
    del doc["paths"]["/v1/head-swap"]  # the overlay names its body and head fields
    before = {name: _digest(repo / name) for name in ("generated", "docs", "spec")}
    result = _update(repo, doc)
    assert result.returncode == 1
    assert "head-swap" in result.stderr and "no longer apply" in result.stderr
    assert {name: _digest(repo / name) for name in ("generated", "docs", "spec")} == before


def test_an_edited_document_is_reported_and_applied(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    doc = _upstream()
    style = doc["paths"]["/v1/face-swap"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    style["properties"]["style"]["properties"]["version"]["enum"].append("v3")
    del doc["paths"]["/v1/lip-sync"]["post"]["requestBody"]["content"]["application/json"]["schema"]["properties"][
        "max_fps_limit"
    ]
    assets = doc["paths"]["/v1/body-swap"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assets["properties"]["assets"]["properties"]["pose_file_path"] = {"type": "string", "description": "A pose."}
    result = _update(repo, doc)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "enum value added: POST /v1/face-swap: request style.version += 'v3' (additive" in out
    assert (
        "field removed: POST /v1/lip-sync: request max_fps_limit (breaking: the `max_fps_limit=` parameter of "
        "`client.v1.lip_sync.create`/`generate`: code passing it fails)"
    ) in out
    assert "field added: POST /v1/body-swap: request assets.pose_file_path (string) (additive" in out
    assert "assets.pose_file_path looks like a file but its asset type cannot be inferred" in out
    # The correction that keeps max_fps_limit accepted, ready to paste; the version moves as semver says.
    assert "x-sdk-deprecated:\n        max_fps_limit:\n          schema:" in out
    assert "(breaking changes); CHANGELOG.md has the entry" in out
    assert "request max_fps_limit (breaking" in (repo / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "- v3" in (repo / "openapi.yaml").read_text(encoding="utf-8")
    assert "max_fps_limit" not in (repo / "generated/magic_hour_api/sdk/v1/lip_sync.py").read_text(encoding="utf-8")


NEW_OPERATION_PROGRAM = """
import sys
from pathlib import Path
from magic_hour import Client
from magic_hour.cli import main
from magic_hour.sandbox import Sandbox
from magic_hour_api.sdk import ImageProjectsResult

face, out = Path(sys.argv[1]), Path(sys.argv[2])
with Sandbox(render_seconds=0) as sandbox, Client("t", base_url=sandbox.base_url, poll_interval=0.02) as client:
    res = client.v1.ai_cartoonizer.generate(assets={"image_file_path": face}, download_directory=out / "sdk")
    assert isinstance(res, ImageProjectsResult) and res.status == "complete", res
    assert Path(res.downloaded_paths[0]).read_bytes()[:8] == b"\\x89PNG\\r\\n\\x1a\\n", res.downloaded_paths
    assert [r.module for r in sandbox.requests if r.route == "create"] == ["ai_cartoonizer"]
    code = main(["ai-cartoonizer", "--image", str(face), "-o", str(out / "cli"),
                 "--token", "t", "--base-url", sandbox.base_url])
    assert code == 0 and len(list((out / "cli").iterdir())) == 1
print("new operation works")
"""

TYPED_PROGRAM = """
from magic_hour import Client

client = Client()
client.v1.ai_cartoonizer.generate(assets={"image_file_pth": "face.png"})
"""


def test_a_new_operation_works_end_to_end_with_no_edit_in_custom(tmp_path: Path, media: dict[str, Path]) -> None:
    repo = _repo(tmp_path)
    custom_before = _digest(repo / "custom", leave_out=(VERSION_FILE,))
    result = _update(repo, _with_new_operation(_upstream()))
    assert result.returncode == 0, result.stderr
    assert f"operation added: POST {NEW_PATH} (additive: `client.v1.ai_cartoonizer.create`/`generate` is new" in (
        result.stdout
    )
    assert "(no breaking changes); CHANGELOG.md has the entry" in result.stdout
    assert "newly needed" not in result.stdout  # shaped like the others: nothing to correct by hand
    assert _digest(repo / "custom", leave_out=(VERSION_FILE,)) == custom_before
    assert "client.v1.ai_cartoonizer.generate(" in (repo / "docs/v1/ai_cartoonizer.md").read_text(encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": f"{repo / 'custom'}{os.pathsep}{repo / 'generated'}"}
    run = subprocess.run(
        [sys.executable, "-c", NEW_OPERATION_PROGRAM, str(media["image"]), str(tmp_path / "out")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0 and "new operation works" in run.stdout, run.stderr
    (tmp_path / "typed.py").write_text(TYPED_PROGRAM, encoding="utf-8")
    mypy = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", str(tmp_path / ".mypy"),
         str(tmp_path / "typed.py")],
        env={**env, "MYPYPATH": env["PYTHONPATH"]},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )  # fmt: skip
    assert 'Extra key "image_file_pth"' in mypy.stdout, mypy.stdout


@pytest.fixture(autouse=True)
def _no_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MAGIC_HOUR_API_TOKEN", raising=False)
