"""Files and folders replaced all or nothing, even when the process is killed half way (SIGKILL, power loss).

`commit()` first records its plan in a journal at the repository root (`.update-spec-journal.json`), then
writes each target's new version beside it (`.<name>.new`), marks the journal "swapping", and swaps:
target -> `.<name>.old`, `.<name>.new` -> target, then removes the `.old` copies and the journal. A run cut
short leaves the journal behind; `recover()`, the first thing scripts/update-spec and scripts/generate do,
reads it and finishes the swap when it had begun (every new version was complete before it began) or undoes
it when it had not, then removes the strays. Two runs in one repository at once are refused (`hold()`).
"""

from __future__ import annotations

import atexit
import contextlib
import fcntl
import json
import os
import shutil
import signal
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

JOURNAL = ".update-spec-journal.json"
#: Where a run's temporary folders go while it holds the repository: a killed run's are removed by the next.
STAGING = ".update-spec-staging"
#: Test hook: kill the process (SIGKILL) just before the Nth step of a commit's file operations; `N:INT` sends
#: SIGINT instead (Ctrl-C: a KeyboardInterrupt the commit must undo while it can).
_KILL_AT = "MAGIC_HOUR_TEST_KILL_AT_STEP"


class SwapError(Exception):
    """The repository cannot be taken now (another run holds it, or a journal is damaged); says what to do."""


_held: dict[Path, int] = {}


def hold(root: Path, strays: Iterable[Path] = (), restore: Iterable[Path] = ()) -> str | None:
    """Take the repository for this process (released when it exits, killed or not), then `recover()` it.

    Temporary folders of the run go below the repository from here on, so a killed run leaves none elsewhere.
    Returns what the recovery did, if anything.
    """
    root = root.resolve()
    if root in _held:
        return None
    fd = os.open(root, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        raise SwapError(
            "another scripts/update-spec or scripts/generate is writing this repository; wait for it to finish"
        ) from None
    _held[root] = fd
    said = recover(root, strays, restore)
    staging = root / STAGING
    staging.mkdir(exist_ok=True)
    tempfile.tempdir = str(staging)
    atexit.register(_tidy, staging)
    return said


def _tidy(staging: Path) -> None:
    with contextlib.suppress(OSError):
        staging.rmdir()  # only when empty: a temporary folder still in use is left to its owner


def _sibling(target: Path, suffix: str) -> Path:
    return target.with_name(f".{target.name}.{suffix}")


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    elif path.exists() or path.is_symlink():
        path.unlink()


def _sync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_journal(root: Path, state: str, entries: list[tuple[Path, bool]]) -> None:
    """Replace the journal atomically: the state and, per target, whether a new version replaces it."""
    data = {"state": state, "targets": [{"path": t.relative_to(root).as_posix(), "new": n} for t, n in entries]}
    tmp = root / f"{JOURNAL}.tmp"
    with tmp.open("w", encoding="utf-8") as out:
        json.dump(data, out)
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, root / JOURNAL)
    _sync_dir(root)


class _Steps:
    """Counts the commit's file operations; the test hook signals the process before the one it names."""

    def __init__(self) -> None:
        raw, _, how = os.environ.get(_KILL_AT, "").partition(":")
        self.kill_at = int(raw) if raw.isdigit() else None
        self.signal = signal.SIGINT if how == "INT" else signal.SIGKILL
        self.done = 0

    def __call__(self) -> None:
        self.done += 1
        if self.done == self.kill_at:
            os.kill(os.getpid(), self.signal)


def commit(root: Path, files: dict[Path, bytes | None], trees: dict[Path, dict[str, bytes]]) -> list[Path]:
    """Make each file hold its bytes (None: remove it) and each folder hold exactly its files, all or nothing.

    An error or Ctrl-C puts every target back as it was before returning; a kill leaves the journal for
    `recover()`. Returns the targets that changed.
    """
    step = _Steps()
    root = root.resolve()
    targets = [t.resolve() for t in [*files, *trees]]
    _write_journal(root, "staging", [(t, True) for t in targets])
    staged: list[tuple[Path, bool]] = []
    try:
        for target, data in ((t.resolve(), d) for t, d in files.items()):
            _remove(_sibling(target, "old"))
            if data is None:
                if target.exists():
                    staged.append((target, False))
            elif not target.is_file() or target.read_bytes() != data:
                step()
                _sibling(target, "new").write_bytes(data)
                staged.append((target, True))
        for target, want in ((t.resolve(), w) for t, w in trees.items()):
            _remove(_sibling(target, "old"))
            if tree(target) != want:
                new = _sibling(target, "new")
                _remove(new)
                step()
                for name, data in want.items():
                    (new / name).parent.mkdir(parents=True, exist_ok=True)
                    (new / name).write_bytes(data)
                staged.append((target, True))
        step()
        os.sync()  # every new version on disk before the journal says to roll forward (power loss too)
        _write_journal(root, "swapping", staged)
    except BaseException:
        _finish(root, targets)
        raise
    try:
        for target, replaced in staged:
            _swap_one(target, replaced, step)
    except BaseException:
        _put_back(staged)
        _finish(root, [t for t, _ in staged])
        raise
    for target, _ in staged:
        step()
        _remove(_sibling(target, "old"))
    step()
    os.sync()  # the renames on disk before the journal that could redo them goes
    (root / JOURNAL).unlink()
    return [target for target, _ in staged]


def set_aside(target: Path) -> Path:
    """Keep `target`'s current bytes as its `.old` sibling, durably, before a run rewrites it in place; the run's
    last commit removes that copy (as a file target set to None), so a run killed before then is undone."""
    old = _sibling(target, "old")
    with old.open("wb") as out:
        out.write(target.read_bytes())
        out.flush()
        os.fsync(out.fileno())
    _sync_dir(old.parent)
    return old


def pending(root: Path, restore: Iterable[Path] = ()) -> bool:
    """Whether a killed run left something for `recover()`: a journal, or a file set aside."""
    return (root / JOURNAL).exists() or any(_sibling(t, "old").is_file() for t in restore)


def _swap_one(target: Path, replaced: bool, step: Callable[[], None]) -> None:
    """One target to its new version (or away): each call may be repeated after a kill at any point of it."""
    new, old = _sibling(target, "new"), _sibling(target, "old")
    if replaced and not new.exists():
        return  # already moved in
    if target.exists() or target.is_symlink():
        if old.exists() or old.is_symlink():
            step()
            _remove(old)
        step()
        target.rename(old)
    if replaced:
        target.parent.mkdir(parents=True, exist_ok=True)
        step()
        new.rename(target)


def _put_back(staged: list[tuple[Path, bool]]) -> None:
    """Undo a swap interrupted by an error (not a kill): every target as it was, a new one gone again."""
    for target, replaced in reversed(staged):
        new, old = _sibling(target, "new"), _sibling(target, "old")
        if replaced and not new.exists():  # its new version had moved in
            _remove(target)
        if old.exists() or old.is_symlink():
            _remove(target)
            old.rename(target)


def _finish(root: Path, targets: Iterable[Path]) -> None:
    """Remove what was written beside the targets, and the journal (before the swap, the targets are whole)."""
    for target in targets:
        _remove(_sibling(target, "new"))
        _remove(_sibling(target, "old"))
    (root / JOURNAL).unlink(missing_ok=True)


def tree(root: Path) -> dict[str, bytes]:
    if not root.exists():
        return {}
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def _journal_targets(root: Path, entries: object) -> list[tuple[Path, bool]]:
    """The journal's targets, each checked to be a path inside the repository (the file is data, not orders)."""
    out = []
    for entry in entries if isinstance(entries, list) else []:
        raw = entry.get("path") if isinstance(entry, dict) else None
        if not isinstance(raw, str) or not raw or raw.startswith("/") or ".." in Path(raw).parts:
            raise SwapError(f"{JOURNAL} names {raw!r}, not a path inside the repository; check it and remove it")
        target = (root / raw).resolve()
        if root not in target.parents:
            raise SwapError(f"{JOURNAL} names {raw!r}, outside the repository; check it and remove it")
        out.append((target, entry.get("new") is not False))
    return out


def recover(root: Path, strays: Iterable[Path] = (), restore: Iterable[Path] = ()) -> str | None:
    """Finish or undo a commit a killed run left half done, and remove its strays; says what it did, if anything.

    `strays` are targets whose `.new`/`.old` siblings to remove when no journal names them (left by a run
    from before the journal): a missing target whose `.old` is there gets it back. `restore` are files a run
    writes in place before its commits, keeping the previous version as `.old` until its last commit removes
    it (`set_aside`): one still there means the run never finished, and the file goes back to it.
    """
    root = root.resolve()
    journal = root / JOURNAL
    (root / f"{JOURNAL}.tmp").unlink(missing_ok=True)
    staging = root / STAGING
    said: list[str] = []
    if journal.exists():
        try:
            data = json.loads(journal.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            what = f"{JOURNAL} cannot be read ({exc}); check the tree with git status, then remove it"
            raise SwapError(what) from None
        state = data.get("state") if isinstance(data, dict) else None
        entries = _journal_targets(root, data.get("targets") if isinstance(data, dict) else None)
        if state == "swapping":
            for target, replaced in entries:
                _swap_one(target, replaced, lambda: None)
            said.append("finished the update an interrupted run had begun to swap in")
        elif state == "staging":
            said.append("removed what an interrupted run had staged (nothing had been swapped in)")
        else:
            raise SwapError(f"{JOURNAL} has an unknown state {state!r}; check the tree with git status, then remove it")
        _finish(root, [t for t, _ in entries])
    for target in (t.resolve() for t in restore):
        old = _sibling(target, "old")
        if old.is_file():
            os.replace(old, target)
            said.append(f"put {target.relative_to(root).as_posix()} back as it was before an interrupted update")
    for target in (t.resolve() for t in strays):
        old = _sibling(target, "old")
        if not target.exists() and old.exists():
            old.rename(target)
            said.append(f"put back {target.relative_to(root).as_posix()}, which an interrupted run had moved aside")
        if _sibling(target, "new").exists() or old.exists():
            said.append(f"removed what an interrupted run had left beside {target.relative_to(root).as_posix()}")
        _remove(_sibling(target, "new"))
        _remove(old)
    if staging.exists() and any(staging.iterdir()):
        said.append("removed the temporary folders of an interrupted run")
    if staging.exists():
        shutil.rmtree(staging)
    return "; ".join(said) or None
