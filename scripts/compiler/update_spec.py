"""Take a new version of Magic Hour's OpenAPI document: store it, re-apply our corrections, regenerate, report.

    scripts/update-spec path/to/openapi.json   (JSON or YAML)
    scripts/update-spec --webhooks path/to/webhooks.json [path/to/openapi.json]

The report (scripts/compiler/release/changes.py) judges every change of operations, fields, enum values and upload
extensions as additive or breaking for code that calls the SDK, proposes the correction that keeps a removed
name accepted, and lists corrections newly needed or to review. The version and CHANGELOG.md follow from it
(scripts/compiler/release/versions.py). An overlay action whose target vanished stops the update before anything is
written, naming the change that took it away.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Any

from compiler import generate
from compiler.correct import spec_pipeline, webhooks
from compiler.model import events
from compiler.model.api import ModelError
from compiler.release import changes, swap
from compiler.release import versions as release
from compiler.release import webhooks as webhook_release


def change_report(
    old: dict[str, Any], new: dict[str, Any], overlay: dict[str, Any], *, since: str = ""
) -> changes.Report:
    """The change report of a step from `old` to `new` (both as received), judged as the SDK sees them."""
    old_built, old_notes = spec_pipeline.build(old, overlay)
    new_built, new_notes = spec_pipeline.build(new, overlay)
    return changes.report(old_built, new_built, old_notes, new_notes, docs_dir=generate.DOCS, since=since)


def explained(vanished: list[str], old: dict[str, Any], new: dict[str, Any], overlay: dict[str, Any]) -> list[str]:
    """The corrections that no longer apply, each with the change that took its target when the report can name
    it: a new document the model cannot read (a reference to nothing) is refused by generate with its reason, so
    here the corrections are listed anyway, for the maintainer to fix them first."""
    try:
        found = change_report(old, new, overlay)
    except ModelError as exc:
        return [*vanished, f"(the changes that took their targets cannot be named: {exc})"]
    return changes.explain_vanished(vanished, found)


def _stored(root: Path) -> Path:
    found = sorted((root / "spec").glob("magic-hour.openapi.*"))
    if not found:
        sys.exit("update-spec: spec/ holds no magic-hour.openapi.json or .yaml to compare with.")
    return found[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/update-spec", description=__doc__.split("\n\n")[0])
    parser.add_argument("path", type=Path, nargs="?", help="the new Magic Hour OpenAPI document (JSON or YAML)")
    parser.add_argument("--webhooks", type=Path, metavar="PATH", help="a new version of Magic Hour's webhook document")
    args = parser.parse_args(argv)
    # ----- webhooks (scripts/compiler/writers/webhooks.py): checked and stored first, regenerated below -----
    if args.webhooks is None and args.path is None:
        parser.error("give the API document's PATH, --webhooks PATH, or both")
    root = generate.ROOT
    generate.hold(*(root / "spec" / f"magic-hour.openapi.{kind}" for kind in ("json", "yaml")), *_RELEASE_FILES)
    stored = root / "spec" / webhooks.DOCUMENT
    before = stored.read_bytes() if stored.exists() else None
    old_events = _webhooks(root) if args.webhooks is not None and before is not None else _NO_EVENTS
    # Until everything is written, an exit (or Ctrl-C) puts the webhook document back as it was; a kill leaves
    # its copy set aside, which the next run puts back (swap.recover).
    aside = swap.set_aside(stored) if args.webhooks is not None and before is not None else None
    code = 1
    try:
        if args.webhooks is not None and webhook_release.update_main(args.webhooks):
            return 1
        done = _guarded(args.path) if args.path is not None else generate.main([])
        if done == 0 and args.webhooks is not None:
            _version_webhooks(before, stored.read_bytes(), old_events, _webhooks(root), aside)
        code = done
        return code
    finally:
        if code and args.webhooks is not None:
            if before is None:
                stored.unlink(missing_ok=True)
            else:
                stored.write_bytes(before)
            if aside is not None:
                aside.unlink(missing_ok=True)
    # ----- end webhooks -----


_RELEASE_FILES = (generate.ROOT / "CHANGELOG.md", generate.ROOT / "custom" / "magic_hour" / "_version.py")


def webhook_report(old: events.Events, new: events.Events) -> changes.Report:
    """The webhook document's changes as a change report: an event or a payload field removed breaks handlers."""
    out = changes.Report()
    for line in webhook_release.changes(old, new):
        kind, _, rest = line.partition(":")
        event, _, where = rest.split(" (breaking", 1)[0].strip().partition(": ")
        gone = kind.endswith("removed")
        means = ("code handling it" if not where else f"code reading {where} of it") + (" breaks" if gone else "")
        out.changes.append(changes.Change(f"webhook {kind}", gone, f"event {event}", where, "", means))
    return out


_NO_EVENTS = events.Events((), "", "", (), ())


def _webhooks(root: Path) -> events.Events:
    """The stored webhook document's events, corrections applied (none when it cannot be read: all are new)."""
    try:
        doc = webhooks.load(root)[0]
    except webhooks.WebhooksError:
        return _NO_EVENTS
    return events.build_events(doc, webhook_release.read_api(root))


def _version_webhooks(
    before: bytes | None, after: bytes, old: events.Events, new: events.Events, aside: Path | None
) -> None:
    """Bump the version and write the CHANGELOG entry of a new webhook document, like the API document's; the
    copy set aside goes in the same commit, so the document, its code and its version stay together."""
    done: dict[Path, bytes | None] = {aside: None} if aside is not None else {}
    report = webhook_report(old, new)
    plan = release.planned(generate.ROOT, report, after, what="Magic Hour's webhook document")
    if before == after or plan is None:
        generate.commit(done, {})
        return
    generate.commit({**plan[2], **done}, {})
    kind = "breaking" if report.breaking else "no breaking"
    print(f"update-spec: version {plan[0]} -> {plan[1]} ({kind} webhook changes); CHANGELOG.md has the entry")


def _guarded(path: Path) -> int:
    try:
        return _update(path)
    except KeyboardInterrupt:
        print("update-spec: interrupted; nothing was changed.", file=sys.stderr)
        return 130
    except (RecursionError, MemoryError) as exc:
        what = "nests too deeply" if isinstance(exc, RecursionError) else "is too large"
        print(f"update-spec: the document {what} to be built; nothing was changed.", file=sys.stderr)
        return 1


def _update(path: Path) -> int:
    """Build everything from the new document in a staging area; replace the tree only when all of it worked."""
    root = generate.ROOT
    overlay_path = root / "spec" / "overlay.yaml"
    try:
        new = spec_pipeline.load(path)
        stored = _stored(root)
        old = spec_pipeline.load(stored)
        overlay = spec_pipeline.load(overlay_path)
        received = path.read_bytes()
        _, notes = spec_pipeline.build(new, overlay)
    except (OSError, spec_pipeline.SpecError) as exc:
        print(f"update-spec: {exc}; nothing was changed.", file=sys.stderr)
        return 1
    if notes.vanished:
        print(
            "update-spec: these corrections in spec/overlay.yaml no longer apply; nothing was changed:", file=sys.stderr
        )
        for line in explained(notes.vanished, old, new, overlay):
            print(f"  {line}", file=sys.stderr)
        print("Edit or remove them (the API changed under them), then run scripts/update-spec again.", file=sys.stderr)
        return 1
    kind = "json" if received.lstrip().startswith(b"{") else "yaml"
    target = root / "spec" / f"magic-hour.openapi.{kind}"
    if stored.read_bytes() == received and stored == target:
        print("update-spec: this is the document already stored; nothing changed.")
        return generate.main([])
    with tempfile.TemporaryDirectory(prefix="magic-hour-update-") as tmp:
        staged = Path(tmp) / target.name
        staged.write_bytes(received)
        try:
            built = generate.build(staged, overlay_path)
        except generate.GenerateError as exc:
            print(f"update-spec: {exc}; nothing was changed.", file=sys.stderr)
            return 1
    report = change_report(old, new, overlay)
    files: dict[Path, bytes | None] = {target: received, generate.SPEC: built.text.encode("utf-8")}
    if stored != target:
        files[stored] = None
    version_file = root / "custom" / "magic_hour" / "_version.py"
    report.since = release.next_version(release.current(version_file), report)
    plan = release.planned(root, report, received)  # the version and CHANGELOG.md swap in with the rest
    files.update(plan[2] if plan else {})
    generate.commit(files, {generate.GENERATED: built.client, generate.DOCS: built.docs})
    print(f"update-spec: took {path.name}; wrote spec/, openapi.yaml, generated/ and docs/v1/.")
    if plan:
        kind = "breaking" if report.breaking else "no breaking"
        print(f"update-spec: version {plan[0]} -> {plan[1]} ({kind} changes); CHANGELOG.md has the entry")
    print("\n" + report.text(), end="")
    if built.notes.recursive:
        print("\nRecursive schemas (each nested value is typed as an object):")
        print("\n".join(f"  {line}" for line in built.notes.recursive))
    return 0


def record_release(argv: list[str] | None = None) -> int:
    """Write the entry of a document taken before versioning existed: the stored one against an earlier one."""
    import gzip

    parser = argparse.ArgumentParser(prog="scripts/compiler release", description=record_release.__doc__)
    parser.add_argument("previous", type=Path, help="the document the stored one replaced (.json, .yaml or .json.gz)")
    args = parser.parse_args(argv)
    root = generate.ROOT
    generate.hold()  # one run at a time; an interrupted one finished or undone first
    raw = args.previous.read_bytes()
    with tempfile.TemporaryDirectory() as tmp:
        unpacked = Path(tmp) / args.previous.name.removesuffix(".gz")
        unpacked.write_bytes(gzip.decompress(raw) if args.previous.suffix == ".gz" else raw)
        previous = spec_pipeline.load(unpacked)
    stored_path = _stored(root)
    overlay = spec_pipeline.load(root / "spec" / "overlay.yaml")
    report = change_report(previous, spec_pipeline.load(stored_path), overlay)
    version_file = root / "custom" / "magic_hour" / "_version.py"
    report.since = release.next_version(release.current(version_file), report)
    plan = release.planned(root, report, stored_path.read_bytes())
    if plan:
        generate.commit(dict[Path, bytes | None](plan[2]), {})  # the version and its entry together, or neither
    print(f"release: version {plan[0]} -> {plan[1]}; CHANGELOG.md has the entry" if plan else "release: nothing new")
    return 0
