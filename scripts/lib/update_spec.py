"""Take a new version of Magic Hour's OpenAPI document: store it, re-apply our corrections, regenerate, report.

    scripts/update-spec path/to/openapi.json   (JSON or YAML)

The report (scripts/lib/changes.py) judges every change of operations, fields, enum values and upload
extensions as additive or breaking for code that calls the SDK, proposes the correction that keeps a removed
name accepted, and lists corrections newly needed or to review. The version and CHANGELOG.md follow from it
(scripts/lib/release.py). An overlay action whose target vanished stops the update before anything is
written, naming the change that took it away.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import changes
import generate
import release
import spec_pipeline


def change_report(
    old: dict[str, Any], new: dict[str, Any], overlay: dict[str, Any], *, since: str = ""
) -> changes.Report:
    """The change report of a step from `old` to `new` (both as received), judged as the SDK sees them."""
    old_built, old_notes = spec_pipeline.build(old, overlay)
    new_built, new_notes = spec_pipeline.build(new, overlay)
    return changes.report(old_built, new_built, old_notes, new_notes, docs_dir=generate.DOCS, since=since)


def _stored(root: Path) -> Path:
    found = sorted((root / "spec").glob("magic-hour.openapi.*"))
    if not found:
        sys.exit("update-spec: spec/ holds no magic-hour.openapi.json or .yaml to compare with.")
    return found[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/update-spec", description=__doc__.split("\n\n")[0])
    parser.add_argument("path", type=Path, help="the new Magic Hour OpenAPI document (JSON or YAML)")
    args = parser.parse_args(argv)
    root = generate.ROOT
    try:
        new = spec_pipeline.load(args.path)
        old = spec_pipeline.load(_stored(root))
        overlay = spec_pipeline.load(root / "spec" / "overlay.yaml")
        _, notes = spec_pipeline.build(new, overlay)
    except (OSError, spec_pipeline.SpecError) as exc:
        print(f"update-spec: {exc}; nothing was changed.", file=sys.stderr)
        return 1
    if notes.vanished:
        print(
            "update-spec: these corrections in spec/overlay.yaml no longer apply; nothing was changed:", file=sys.stderr
        )
        for line in changes.explain_vanished(notes.vanished, change_report(old, new, overlay)):
            print(f"  {line}", file=sys.stderr)
        print("Edit or remove them (the API changed under them), then run scripts/update-spec again.", file=sys.stderr)
        return 1
    report = change_report(old, new, overlay)
    received = args.path.read_bytes()
    target = (
        root / "spec" / ("magic-hour.openapi.json" if received.lstrip().startswith(b"{") else "magic-hour.openapi.yaml")
    )
    stored = _stored(root)
    if stored.read_bytes() == received and stored == target:
        print("update-spec: this is the document already stored; nothing changed.")
        generate.main([])
        return 0
    if stored != target:
        stored.unlink()
    target.write_bytes(received)
    code = generate.main([])
    if code == 0:
        _release(root, report, received)
    print("\n" + report.text(), end="")
    return code


def _release(root: Path, report: changes.Report, received: bytes) -> None:
    """Bump the version and write the CHANGELOG entry (nothing when this document already has one)."""
    version_file = root / "custom" / "magic_hour" / "_version.py"
    report.since = release.next_version(release.current(version_file), report)
    done = release.record(root, report, received)
    if done:
        kind = "breaking" if report.breaking else "no breaking"
        print(f"update-spec: version {done[0]} -> {done[1]} ({kind} changes); CHANGELOG.md has the entry")


if __name__ == "__main__":
    raise SystemExit(main())
