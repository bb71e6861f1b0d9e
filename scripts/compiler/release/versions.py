"""The package version and CHANGELOG.md, from the change report of an update (semantic versioning).

From 1.0 on: a breaking change bumps the major version, an additive one the minor, a document that changed
only in prose the patch. While the version is 0.x, everything moves one place down (breaking -> minor,
additive or prose -> patch), as semantic versioning allows before 1.0. Each entry names the sha256 of the
document it came from, so taking the same document again writes nothing; a document that returns after
another (A -> B -> A) is a new step and gets its own version, or one version would name two APIs.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from compiler.release import changes

_VERSION = re.compile(r'^__version__ = "(\d+)\.(\d+)\.(\d+)"$', re.M)
_MARKER = re.compile(r"<!-- document sha256 ([0-9a-f]{64}) -->")
_HEAD = (
    "# Changelog\n\nNewest first. An entry that names its document (its sha256) is written by `scripts/update-spec`"
    " from its change\nreport; the SDK's own changes between documents are written by hand.\n"
)


def current(version_file: Path) -> str:
    found = _VERSION.search(version_file.read_text(encoding="utf-8"))
    if found is None:
        raise ValueError(f'{version_file.name} holds no __version__ = "X.Y.Z" line')
    return ".".join(found.groups())


def next_version(version: str, report: changes.Report) -> str:
    """The version after an update with this report (the document changed: at least a patch)."""
    major, minor, patch = (int(part) for part in version.split("."))
    additive = bool(report.changes)
    if major == 0:
        return f"0.{minor + 1}.0" if report.breaking else f"0.{minor}.{patch + 1}"
    if report.breaking:
        return f"{major + 1}.0.0"
    return f"{major}.{minor + 1}.0" if additive else f"{major}.{minor}.{patch + 1}"


def marker(document: bytes) -> str:
    return f"<!-- document sha256 {hashlib.sha256(document).hexdigest()} -->"


def _markdown(line: str) -> str:
    """A report line as Markdown text: no HTML (a name holding `<!--` must not hide the rest, or fake a marker)."""
    return line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def entry(
    version: str, previous: str, report: changes.Report, document: bytes, what: str = "Magic Hour's document"
) -> str:
    """The CHANGELOG.md section of one update: breaking changes first, each with what it means for callers."""
    breaking = [_markdown(c.line()) for c in report.changes if c.breaking]
    additive = [_markdown(c.line()) for c in report.changes if not c.breaking]
    lines = [f"## {version}", "", marker(document), ""]
    if breaking:
        lines += [f"Breaking for code written for {previous}:", "", *(f"- {line}" for line in breaking), ""]
    if additive:
        lines += ["Added or loosened:", "", *(f"- {line}" for line in additive), ""]
    if not report.changes:
        lines += [f"{what} changed only in its prose (descriptions, examples); docs regenerated.", ""]
    return "\n".join(lines)


def latest(changelog: str) -> str | None:
    """The sha256 of the document the newest entry came from (None before any entry)."""
    found = _MARKER.search(changelog)
    return found.group(1) if found else None


def planned(
    root: Path, report: changes.Report, document: bytes, what: str = "Magic Hour's document"
) -> tuple[str, str, dict[Path, bytes]] | None:
    """(old version, new version, the new CHANGELOG.md and _version.py) for a document; None when the newest
    entry is already this document's (an older entry of it does not count: the API went back, a new step)."""
    version_file = root / "custom" / "magic_hour" / "_version.py"
    log = root / "CHANGELOG.md"
    text = log.read_text(encoding="utf-8") if log.exists() else _HEAD
    if latest(text) == hashlib.sha256(document).hexdigest():
        return None
    old = current(version_file)
    new = next_version(old, report)
    body = text.removeprefix(_HEAD).lstrip("\n")
    changelog = f"{_HEAD}\n{entry(new, old, report, document, what)}\n{body}".rstrip("\n") + "\n"
    source = version_file.read_text(encoding="utf-8")
    files = {log: changelog.encode("utf-8"), version_file: _VERSION.sub(f'__version__ = "{new}"', source).encode()}
    return old, new, files


def record(root: Path, report: changes.Report, document: bytes) -> tuple[str, str] | None:
    """Bump custom/magic_hour/_version.py and prepend the CHANGELOG.md entry; None when the newest is this one's.

    Returns (old version, new version).
    """
    plan = planned(root, report, document)
    if plan is None:
        return None
    for path, data in plan[2].items():
        path.write_bytes(data)
    return plan[0], plan[1]
