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
        [sys.executable, str(repo / "scripts" / "compiler"), "update-spec", str(path)],
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


# ----- the update-spec defects: versions, swaps, fingerprints, deprecations -----------------------------------
# Each case takes a cut-down document (lip sync, video projects, uploads: seconds to generate) through the real
# scripts/update-spec in a copy of the repository.

_KEPT_PATHS = ("/v1/lip-sync", "/v1/video-projects/{id}", "/v1/files/upload-urls")


def _small(doc: dict[str, Any]) -> dict[str, Any]:
    out = copy.deepcopy(doc)
    out["paths"] = {p: item for p, item in doc["paths"].items() if p in _KEPT_PATHS}
    return out


def _lip_body(doc: dict[str, Any]) -> dict[str, Any]:
    schema: dict[str, Any] = doc["paths"]["/v1/lip-sync"]["post"]["requestBody"]["content"]["application/json"]
    return schema["schema"]  # type: ignore[no-any-return]


def _small_base() -> dict[str, Any]:
    """The cut-down document as the copy first takes it: `name` may be null (so that dropping it can be seen)."""
    doc = _small(_upstream())
    _lip_body(doc)["properties"]["name"]["nullable"] = True
    return doc


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the repository that has taken the cut-down document (its overlay cut down to match)."""
    import jsonpath_rfc9535 as jsonpath
    import yaml

    repo = copy_repo(tmp_path_factory.mktemp("small") / "repo")
    doc = _small_base()
    overlay = yaml.safe_load((repo / "spec" / "overlay.yaml").read_text(encoding="utf-8"))
    overlay["actions"] = [a for a in overlay["actions"] if list(jsonpath.finditer(a["target"], doc))]
    (repo / "spec" / "overlay.yaml").write_text(yaml.safe_dump(overlay, sort_keys=False), encoding="utf-8")
    result = _update(repo, doc)
    assert result.returncode == 0, result.stderr
    return repo


def _copy(small: Path, tmp_path: Path) -> Path:
    import shutil

    repo = tmp_path / "repo"
    shutil.copytree(small, repo, ignore=shutil.ignore_patterns("__pycache__"))
    return repo


def _version(repo: Path) -> str:
    text = (repo / "custom" / VERSION_FILE).read_text(encoding="utf-8")
    return text.split('__version__ = "', 1)[1].split('"', 1)[0]


def _entries(repo: Path) -> list[str]:
    """The CHANGELOG's entries, newest first."""
    text = (repo / "CHANGELOG.md").read_text(encoding="utf-8")
    return ["## " + part for part in text.split("\n## ")[1:]]


def _bump(version: str, *, breaking: bool) -> str:
    major, minor, patch = (int(p) for p in version.split("."))
    assert major == 0  # the rules below are those of 0.x (CONTRIBUTING, "Versioning")
    return f"0.{minor + 1}.0" if breaking else f"0.{minor}.{patch + 1}"


def test_breaking_changes_are_versioned_as_breaking_not_as_prose(small: Path, tmp_path: Path) -> None:
    """A new pattern, a dropped nullable, a new required query parameter: code written for the old version fails,
    so each is breaking (a patch bump and "only prose changed" before)."""
    repo = _copy(small, tmp_path)
    before = _version(repo)
    doc = _small_base()
    props = _lip_body(doc)["properties"]
    props["name"]["pattern"] = "^[a-z]+$"
    del props["name"]["nullable"]
    get = doc["paths"]["/v1/video-projects/{id}"]["get"]
    get["parameters"].append({"name": "fields", "in": "query", "required": True, "schema": {"type": "string"}})
    result = _update(repo, doc)
    assert result.returncode == 0, result.stderr
    assert f"version {before} -> {_bump(before, breaking=True)} (breaking changes)" in result.stdout
    entry = _entries(repo)[0]
    assert entry.startswith(f"## {_bump(before, breaking=True)}\n") and "only in its prose" not in entry
    breaking = entry.split("Breaking for code written for", 1)[1].split("\n\n", 2)[1]
    for line in (
        "pattern added: POST /v1/lip-sync: request name pattern '^[a-z]+$' (breaking",
        "nullable dropped: POST /v1/lip-sync: request name (breaking: calls passing None",
        "field added: GET /v1/video-projects/{id}: query fields (string) (breaking: the `fields=` query parameter",
    ):
        assert line in breaking, breaking


def test_a_document_that_comes_back_gets_its_own_version(small: Path, tmp_path: Path) -> None:
    """A -> B -> A byte for byte: the third step is a change of the API too (it once got no bump, no entry)."""
    repo = _copy(small, tmp_path)
    a = json.dumps(_small_base(), indent=2).encode()
    start = _version(repo)
    b_doc = _small_base()
    _lip_body(b_doc)["properties"]["quality"] = {"type": "string", "description": "New."}
    assert _update(repo, b_doc).returncode == 0
    assert _version(repo) == _bump(start, breaking=False)
    (tmp_path / "a.json").write_bytes(a)
    back = _update(repo, tmp_path / "a.json")
    assert back.returncode == 0, back.stderr
    third = _bump(_bump(start, breaking=False), breaking=True)  # quality= goes: breaking for code written for B
    assert _version(repo) == third
    entries = _entries(repo)
    assert entries[0].startswith(f"## {third}\n") and "request quality (breaking" in entries[0]
    assert f"document sha256 {hashlib.sha256(a).hexdigest()}" in entries[0]
    again = _update(repo, tmp_path / "a.json")  # the same document as stored: nothing more
    assert again.returncode == 0 and "nothing changed" in again.stdout
    assert _version(repo) == third and len(_entries(repo)) == len(entries)


def test_a_removed_value_kept_as_is_is_taken_and_sent_against_the_sandbox(
    small: Path, tmp_path: Path, media: dict[str, Path]
) -> None:
    """The proposal's `send: as-is` for a removed enum value: once `TypeError: Unexpected value` after the uploads;
    now the typed surface lists it, the request checks and the generated model take it, and it goes as given."""
    import yaml

    repo = _copy(small, tmp_path)
    doc = _small_base()
    mode = _lip_body(doc)["properties"]["style"]["properties"]["generation_mode"]
    mode["enum"].remove("pro")
    result = _update(repo, doc)
    assert result.returncode == 0, result.stderr
    proposal = result.stdout.split("add to spec/overlay.yaml", 1)[1].split(":\n", 1)[1]
    action = yaml.safe_load("\n".join(line[2:] for line in proposal.splitlines()))[0]
    assert action["update"] == {"x-sdk-deprecated-values": {"pro": {"since": _version(repo), "replacement": None,
                                                                      "send": "as-is"}}}  # fmt: skip
    overlay_path = repo / "spec" / "overlay.yaml"
    overlay = yaml.safe_load(overlay_path.read_text(encoding="utf-8"))
    overlay["actions"].append(action)  # as the report says: paste it
    overlay_path.write_text(yaml.safe_dump(overlay, sort_keys=False), encoding="utf-8")
    generate = subprocess.run(
        [sys.executable, str(repo / "scripts" / "compiler"), "generate"], cwd=repo, capture_output=True, text=True,
        timeout=300, check=False,
    )  # fmt: skip
    assert generate.returncode == 0, generate.stderr
    surface = (repo / "generated" / "magic_hour_api" / "sdk" / "v1" / "lip_sync.py").read_text(encoding="utf-8")
    assert "'pro'" in surface or '"pro"' in surface
    env = {**os.environ, "PYTHONPATH": f"{repo / 'custom'}{os.pathsep}{repo / 'generated'}"}
    run = subprocess.run(
        [sys.executable, "-W", "error::DeprecationWarning:__main__", "-c", KEPT_VALUE_PROGRAM, str(media["video"]),
         str(media["audio"]), str(tmp_path / "out")],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert run.returncode == 0 and "sent as given" in run.stdout, run.stdout + run.stderr


KEPT_VALUE_PROGRAM = """
import sys, warnings
from pathlib import Path
from magic_hour import Client
from magic_hour.sandbox import Sandbox

video, audio, out = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
with Sandbox(render_seconds=0) as sandbox, Client("t", base_url=sandbox.base_url, poll_interval=0.02) as client:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        client.v1.lip_sync.generate(
            assets={"video_source": "file", "video_file_path": video, "audio_file_path": audio},
            start_seconds=0.0, end_seconds=1.0, style={"generation_mode": "pro"}, download_directory=out,
        )
    said = [str(w.message) for w in caught if issubclass(w.category, DeprecationWarning)]
    assert any("'pro'" in m and "still sent as given" in m for m in said), said
    sent = [r.json for r in sandbox.requests if r.route == "create"]
    assert len(sent) == 1 and sent[0]["style"]["generation_mode"] == "pro", sent
print("sent as given")
"""


def test_every_correction_copied_from_prose_matches_the_stored_document() -> None:
    """Three fingerprints were left as they were when the prose changed, so every run asked to review them: a
    review is done when its sha256 is recorded, and the stored document and the overlay must agree."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from compiler.correct import provenance, spec_pipeline

    upstream = spec_pipeline.load(ROOT / "spec" / "magic-hour.openapi.json")
    assert provenance.stale_sources(upstream, spec_pipeline.load(ROOT / "spec" / "overlay.yaml")) == []


def test_a_fingerprint_stale_before_the_update_is_not_news_of_it(small: Path, tmp_path: Path) -> None:
    """A correction whose prose did not change in this step is not asked for review as if it had."""
    import yaml

    repo = _copy(small, tmp_path)
    overlay_path = repo / "spec" / "overlay.yaml"
    overlay = yaml.safe_load(overlay_path.read_text(encoding="utf-8"))
    sourced = next(a for a in overlay["actions"] if a.get("x-source"))
    sourced["x-source"][0]["sha256"] = "0" * 64  # recorded for some older text, never reviewed since
    overlay_path.write_text(yaml.safe_dump(overlay, sort_keys=False), encoding="utf-8")
    doc = _small_base()
    _lip_body(doc)["properties"]["name"]["description"] = "Only this prose changed."
    result = _update(repo, doc)
    assert result.returncode == 0, result.stderr
    assert "Look at these before committing" not in result.stdout, result.stdout
    pending = result.stdout.split("Still to review from an earlier update", 1)[1]
    assert sourced["x-source"][0]["pointer"] in pending


def _update_webhooks(repo: Path, document: dict[str, Any]) -> subprocess.CompletedProcess[str]:
    path = repo.parent / "webhooks.json"
    path.write_text(json.dumps(document, indent=2), encoding="utf-8")
    return subprocess.run(
        [sys.executable, str(repo / "scripts" / "compiler"), "update-spec", "--webhooks", str(path)],
        cwd=repo, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip


def test_a_webhook_document_change_is_versioned(small: Path, tmp_path: Path) -> None:
    """Removing an event was called breaking but bumped nothing and wrote no entry; now it versions like the API."""
    repo = _copy(small, tmp_path)
    before = _version(repo)
    doc = json.loads((repo / "spec" / "magic-hour-webhooks.openapi.json").read_text(encoding="utf-8"))
    del doc["paths"]["/audio.errored"]
    result = _update_webhooks(repo, doc)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"version {before} -> {_bump(before, breaking=True)} (breaking webhook changes)" in result.stdout
    entry = _entries(repo)[0]
    stored = (repo / "spec" / "magic-hour-webhooks.openapi.json").read_bytes()
    assert f"document sha256 {hashlib.sha256(stored).hexdigest()}" in entry
    assert "webhook event removed: event audio.errored (breaking: code handling it breaks)" in entry
    again = _update_webhooks(repo, doc)  # the same document: nothing more
    assert again.returncode == 0, again.stderr
    assert _version(repo) == _bump(before, breaking=True) and _entries(repo)[0] == entry
