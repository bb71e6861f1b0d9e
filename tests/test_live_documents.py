"""Magic Hour's live documents taken as received, in order, through scripts/update-spec in a copy of the
repository: each report says what is new, what breaks and which corrections the document made redundant,
custom/ is untouched (but for the version), the tree is what scripts/generate makes, and the new operations
work end to end against the sandbox: a singleton, a paged list, a new generator, new keywords, the CLI.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from . import live
from .test_update_spec import ROOT, _repo, _update

pytestmark = pytest.mark.timeout(600)

AFTER = r"""
import json, sys
from pathlib import Path
from magic_hour import Client, InsufficientCreditsError, PaymentRequiredError
from magic_hour.cli import main
from magic_hour.sandbox import Sandbox

video, face, out = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
with Sandbox(render_seconds=0, balance=500) as sandbox, sandbox.client() as client:
    account = client.v1.account.get()
    assert account.credits == 500, account  # the sandbox's own balance
    first = client.v1.saved_items.list(limit=2)
    assert len(first.items) == 2 and first.next_cursor, first
    every = list(client.v1.saved_items.list(limit=2))
    assert len(every) > 2 and len({item.id for item in every}) == len(every)
    voices = list(client.v1.saved_items.list(type_="voice"))
    assert voices and {item.type for item in voices} == {"voice"}
    image = next(a.file_path for item in every for a in item.assets if a.media_kind == "IMAGE")
    res = client.v1.ai_headshot_generator.generate(assets={"image_file_path": image}, download_directory=out)
    assert res.status == "complete" and res.downloaded_paths, res  # a saved item's path, not uploaded again
    res = client.v1.ai_video_translator.generate(
        assets={"video_file_path": video}, target_language="Spanish", start_seconds=0.0, end_seconds=2.0,
        download_directory=out)
    assert res.status == "complete" and res.downloaded_paths, res
    res = client.v1.character_replace.generate(
        assets={"video_file_path": video, "image_file_path": face}, model="wan-animate", start_seconds=0.0,
        end_seconds=3.0, download_directory=out)
    assert res.status == "complete", res
    created = client.v1.text_to_video.create(
        end_seconds=5, style={"prompt": "@fox in the snow"}, model="kling-3.0",
        references=[{"name": "fox", "file_path": image}])
    assert created.id
    spent = 500 - client.v1.account.get().credits
    try:
        client.v1.ai_image_generator.generate(image_count=4, style={"prompt": "x"}, model="nano-banana-pro")
        while True:
            client.v1.ai_image_generator.create(image_count=4, style={"prompt": "x"})
    except InsufficientCreditsError as exc:
        assert isinstance(exc, PaymentRequiredError) and exc.code == "insufficient_credits", exc
    assert main(["account", "--json", "--token", sandbox.token, "--base-url", sandbox.base_url]) == 0
    assert main(["saved-items", "list", "--type", "voice", "--json", "--token", sandbox.token,
                 "--base-url", sandbox.base_url]) == 0
print("spent", spent)
"""


@pytest.fixture(scope="module")
def taken(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """A copy of the repository at the 2026-08-18 document, then each live document taken: (repo, reports)."""
    tmp = tmp_path_factory.mktemp("live")
    repo = _repo(tmp)
    docs = live.documents()
    (repo / "spec" / "magic-hour.openapi.json").write_text(json.dumps(docs[0][1], indent=2) + "\n", encoding="utf-8")
    shutil.copy2(live.OVERLAY, repo / "spec" / "overlay.yaml")
    (repo / "custom" / "magic_hour" / "_version.py").write_text('__version__ = "0.2.0"\n', encoding="utf-8")
    (repo / "CHANGELOG.md").unlink(missing_ok=True)
    before = {p: p.read_bytes() for p in (repo / "custom").rglob("*.py") if p.name != "_version.py"}
    reports = []
    for name, doc in docs[1:]:
        result = _update(repo, doc)
        assert result.returncode == 0, f"{name}: {result.stderr[-3000:]}"
        reports.append(result.stdout)
        changed = [p for p, data in before.items() if p.read_bytes() != data]
        assert changed == [], f"{name} changed custom/: {changed}"
    return repo, reports


def test_each_live_document_is_taken_with_its_report(taken: tuple[Path, list[str]]) -> None:
    repo, (first, second) = taken
    assert "version 0.2.0 -> 0.3.0 (breaking changes)" in first  # a voice the document no longer lists
    for line in (
        "operation added: GET /v1/account (additive: `client.v1.account.get` is new)",
        "operation added: GET /v1/saved-items (additive: `client.v1.saved_items.list` is new)",
        "operation added: POST /v1/ai-video-translator (additive: `client.v1.ai_video_translator.create`/`generate`",
        "field added: POST /v1/text-to-video: request references (array)",
        "enum value removed: POST /v1/ai-voice-generator: request style.voice_name -= 'Bob Dylan' (breaking",
        # The document now marks these deprecated itself: the corrections keeping them are noted as redundant.
        "correction now in the document: POST /v1/face-swap: the document marks width deprecated itself",
    ):
        assert line in first, line
    assert "version 0.3.0 -> 0.3.1 (no breaking changes)" in second
    assert "field added: POST /v1/character-replace: request model (string)" in second
    log = (repo / "CHANGELOG.md").read_text(encoding="utf-8")
    assert log.index("## 0.3.1") < log.index("## 0.3.0")
    check = subprocess.run(
        [sys.executable, str(repo / "scripts" / "compiler"), "generate", "--check"],
        cwd=repo, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert check.returncode == 0, check.stderr


def test_the_new_operations_work_end_to_end(
    taken: tuple[Path, list[str]], media: dict[str, Path], tmp_path: Path
) -> None:
    """With the corrections of today (the account's balance tied to the sandbox's, the reviewed prose) put in
    after the updates, as their reports ask, and the tree generated again."""
    repo, _ = taken
    shutil.copy2(ROOT / "spec" / "overlay.yaml", repo / "spec" / "overlay.yaml")
    generated = subprocess.run(
        [sys.executable, str(repo / "scripts" / "compiler"), "generate"],
        cwd=repo, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert generated.returncode == 0, generated.stderr
    env = {**os.environ, "PYTHONPATH": f"{repo / 'custom'}{os.pathsep}{repo / 'generated'}"}
    run = subprocess.run(
        [sys.executable, "-c", AFTER, str(media["video"]), str(media["image"]), str(tmp_path / "out")],
        env=env, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-4000:]
    assert '"type": "voice"' in run.stdout
