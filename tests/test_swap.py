"""The swap of an update is a transaction: a process killed (SIGKILL) at any step of it leaves a journal, and the
next run of scripts/update-spec or scripts/generate finishes it or undoes it, leaving a whole tree and no strays.

The kills are real: a child process is sent SIGKILL by the commit itself just before the step named by
MAGIC_HOUR_TEST_KILL_AT_STEP (scripts/compiler/release/swap.py), so every step can be hit, not only those a timer finds.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from .test_update_spec import VERSION_FILE, _copy, _entries, _lip_body, _small_base, _update, _version, small

ROOT = Path(__file__).resolve().parents[1]
LIB = ROOT / "scripts"
__all__ = ["small"]  # the module-scoped fixture: a copy of the repository that took a cut-down document

#: Runs in a child: one commit of three files (one new, one changed, one removed) and a folder, in `root`.
_COMMIT = """
import json, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from compiler.release import swap
root = Path(sys.argv[2])
files = {root / "a.txt": b"A2", root / "sub" / "b.txt": b"B1", root / "gone.txt": None}
trees = {root / "pkg": {"__init__.py": b"v = 2\\n", "new.py": b"x = 1\\n"}}
print(json.dumps([str(p) for p in swap.commit(root, files, trees)]))
"""

_RECOVER = """
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from compiler.release import swap
print(swap.recover(Path(sys.argv[2])) or "")
"""

_OLD = {"a.txt": b"A1", "gone.txt": b"G", "pkg/__init__.py": b"v = 1\n", "pkg/old.py": b"y = 0\n", "sub/keep": b"k"}
_NEW = {"a.txt": b"A2", "sub/b.txt": b"B1", "pkg/__init__.py": b"v = 2\n", "pkg/new.py": b"x = 1\n", "sub/keep": b"k"}


def _files(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def _child(program: str, root: Path, kill_at: int | str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "MAGIC_HOUR_TEST_KILL_AT_STEP"}
    if kill_at is not None:
        env["MAGIC_HOUR_TEST_KILL_AT_STEP"] = str(kill_at)
    return subprocess.run(
        [sys.executable, "-c", program, str(LIB), str(root)],
        env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip


def _fresh(root: Path) -> Path:
    for name, data in _OLD.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)
    return root


def test_a_kill_at_every_step_of_a_commit_is_finished_or_undone(tmp_path: Path) -> None:
    outcomes = []
    for step in range(1, 60):
        root = _fresh(tmp_path / f"kill-{step}")
        killed = _child(_COMMIT, root, kill_at=step)
        if killed.returncode == 0:  # past the last step: the commit finished by itself
            assert _files(root) == _NEW
            break
        assert killed.returncode == -signal.SIGKILL, killed.stderr
        assert (root / ".update-spec-journal.json").exists()
        recovered = _child(_RECOVER, root)
        assert recovered.returncode == 0, recovered.stderr
        after = _files(root)
        assert after in (_OLD, _NEW), (step, sorted(after))  # whole: no .new/.old, no journal, nothing half done
        outcomes.append("new" if after == _NEW else "old")
        again = _child(_RECOVER, root)  # nothing left to do
        assert again.stdout.strip() == "" and _files(root) == after
    else:
        pytest.fail("the commit never finished")
    # Before the journal says "swapping" everything is undone; from then on, everything is finished.
    assert outcomes == sorted(outcomes, key=lambda o: o == "new") and "old" in outcomes and "new" in outcomes
    assert len(outcomes) >= 10, outcomes


def test_a_journal_naming_a_path_outside_the_repository_is_refused(tmp_path: Path) -> None:
    root = _fresh(tmp_path / "repo")
    outside = tmp_path / "victim"
    outside.write_text("keep me", encoding="utf-8")
    journal = {"state": "swapping", "targets": [{"path": "../victim", "new": False}]}
    (root / ".update-spec-journal.json").write_text(json.dumps(journal), encoding="utf-8")
    result = _child(_RECOVER, root)
    assert result.returncode != 0 and "not a path inside the repository" in result.stderr
    assert outside.read_text(encoding="utf-8") == "keep me" and _files(root) == {
        **_OLD,
        ".update-spec-journal.json": json.dumps(journal).encode(),
    }


# ----- the real scripts/update-spec, killed half way -----------------------------------------------------------


def _run(repo: Path, script: str, *args: str, kill_at: int | None = None, tmpdir: Path | None = None) -> Any:
    env = {k: v for k, v in os.environ.items() if k != "MAGIC_HOUR_TEST_KILL_AT_STEP"}
    if kill_at is not None:
        env["MAGIC_HOUR_TEST_KILL_AT_STEP"] = str(kill_at)
    if tmpdir is not None:
        env["TMPDIR"] = str(tmpdir)
    return subprocess.run(
        [sys.executable, str(repo / "scripts" / "compiler"), script, *args],
        cwd=repo, env=env, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip


def _strays(repo: Path) -> list[str]:
    names = [p.relative_to(repo).as_posix() for p in repo.rglob(".*") if p.name.endswith((".new", ".old"))]
    return names + [n for n in (".update-spec-journal.json", ".update-spec-staging") if (repo / n).exists()]


def _new_document(tmp_path: Path) -> Path:
    doc = _small_base()
    _lip_body(doc)["properties"]["quality"] = {"type": "string", "description": "New."}
    path = tmp_path / "new.json"
    path.write_text(json.dumps(doc, indent=2), encoding="utf-8")
    return path


#: The swap of this update: spec document, openapi.yaml, CHANGELOG.md, _version.py, generated/, docs/ are
#: staged (steps 1-6), the journal says "swapping" (7), then each target moves aside and its new version in:
#: step 15 is `_version.py`'s new version moving in, after the old one moved aside.
_VERSION_MOVED_AWAY = 15


def test_an_update_killed_with_version_py_moved_away_is_finished_by_the_next_run(small: Path, tmp_path: Path) -> None:
    repo = _copy(small, tmp_path)
    before = _version(repo)
    document = _new_document(tmp_path)
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    killed = _run(repo, "update-spec", str(document), kill_at=_VERSION_MOVED_AWAY, tmpdir=scratch)
    assert killed.returncode == -signal.SIGKILL, killed.stdout + killed.stderr
    assert not (repo / "custom" / VERSION_FILE).exists()  # the half-swapped tree the journal is there for
    assert list(scratch.iterdir()) == []  # the run's temporary folders were in the repository, for the next run
    check = _run(repo, "generate", "--check")
    assert check.returncode == 1 and "an update was interrupted" in check.stderr
    recovered = _run(repo, "generate")
    assert recovered.returncode == 0, recovered.stderr
    assert "finished the update an interrupted run had begun" in recovered.stderr
    assert _strays(repo) == []
    assert _version(repo) != before and "request quality" in _entries(repo)[0]
    assert (repo / "spec" / "magic-hour.openapi.json").read_bytes() == document.read_bytes()
    assert _run(repo, "generate", "--check").returncode == 0
    imported = subprocess.run(
        [sys.executable, "-c", "import magic_hour, magic_hour_api; print(magic_hour.__version__)"],
        env={**os.environ, "PYTHONPATH": f"{repo / 'custom'}{os.pathsep}{repo / 'generated'}"},
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert imported.returncode == 0 and imported.stdout.strip() == _version(repo), imported.stderr


def test_an_update_killed_while_staging_is_undone_and_can_be_taken_again(small: Path, tmp_path: Path) -> None:
    repo = _copy(small, tmp_path)
    before = _version(repo)
    digest = {p: hashlib.sha256(d).hexdigest() for p, d in _files(repo).items()}
    document = _new_document(tmp_path)
    killed = _run(repo, "update-spec", str(document), kill_at=4)
    assert killed.returncode == -signal.SIGKILL, killed.stdout + killed.stderr
    assert _strays(repo)  # files written beside their targets, the journal, the staging folder
    again = _update(repo, document)
    assert again.returncode == 0, again.stderr
    assert "removed what an interrupted run had staged" in again.stderr
    assert _strays(repo) == [] and _version(repo) != before
    assert [e for e in _entries(repo) if "request quality" in e] == [_entries(repo)[0]]  # one entry, one bump
    changed = {p for p, d in _files(repo).items() if digest.get(p) != hashlib.sha256(d).hexdigest()}
    kept_out = ("spec/", "openapi.yaml", "generated/", "docs/", "CHANGELOG.md", "custom/" + VERSION_FILE)
    assert changed and all(p.startswith(kept_out) for p in changed), changed


def test_a_webhook_update_killed_half_way_is_undone_by_the_next_run(small: Path, tmp_path: Path) -> None:
    """The webhook document is written in place before generation: a kill once left it new with its code, its
    version and its entry old (and taking it again then found nothing to version). Now the next run puts it back."""
    repo = _copy(small, tmp_path)
    parts = ("spec", "generated", "docs", "custom", "CHANGELOG.md", "openapi.yaml")
    before = {p: d for p, d in _files(repo).items() if p.startswith(parts)}
    doc = json.loads((repo / "spec" / "magic-hour-webhooks.openapi.json").read_text(encoding="utf-8"))
    del doc["paths"]["/audio.errored"]
    path = tmp_path / "webhooks.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    killed = _run(repo, "update-spec", "--webhooks", str(path), kill_at=4)  # in the swap of generated/
    assert killed.returncode == -signal.SIGKILL, killed.stdout + killed.stderr
    journal = json.loads((repo / ".update-spec-journal.json").read_text(encoding="utf-8"))
    assert journal["state"] == "swapping" and (repo / "spec" / ".magic-hour-webhooks.openapi.json.old").exists()
    assert _run(repo, "generate", "--check").returncode == 1
    recovered = _run(repo, "generate")
    assert recovered.returncode == 0, recovered.stderr
    assert "magic-hour-webhooks.openapi.json back as it was" in recovered.stderr
    assert {p: d for p, d in _files(repo).items() if p.startswith(parts)} == before and _strays(repo) == []
    again = _run(repo, "update-spec", "--webhooks", str(path))  # taken again: versioned this time
    assert again.returncode == 0, again.stderr
    assert "(breaking webhook changes)" in again.stdout and _strays(repo) == []


def test_ctrl_c_during_the_swap_puts_everything_back_and_after_it_the_next_run_finishes(tmp_path: Path) -> None:
    """A KeyboardInterrupt (a real SIGINT) is undone by the commit itself while targets are being swapped, so
    more steps end as they began than with a kill (which the next run rolls forward); after the last swap, the
    next run finishes."""
    undone_by_kill = undone_by_ctrl_c = 0
    for step in range(1, 60):
        root = _fresh(tmp_path / f"int-{step}")
        interrupted = _child(_COMMIT, root, kill_at=f"{step}:INT")
        if interrupted.returncode == 0:
            assert _files(root) == _NEW
            break
        assert "KeyboardInterrupt" in interrupted.stderr, interrupted.stderr
        if _files(root) == _OLD:  # put back by the commit: no journal, no strays left
            undone_by_ctrl_c += 1
        else:
            assert _child(_RECOVER, root).returncode == 0 and _files(root) == _NEW, step
        killed_root = _fresh(tmp_path / f"kill-{step}")
        _child(_COMMIT, killed_root, kill_at=step)
        _child(_RECOVER, killed_root)
        undone_by_kill += _files(killed_root) == _OLD
    else:
        pytest.fail("the commit never finished")
    assert undone_by_ctrl_c > undone_by_kill > 0
