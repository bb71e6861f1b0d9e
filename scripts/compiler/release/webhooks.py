"""`scripts/update-spec --webhooks PATH`: a new webhook document checked against the stored one's model, stored
as received, and what changed in its events listed (release/changes.py turns the list into a change report).
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from compiler.correct.webhooks import DOCUMENT, OVERLAY, ROOT, WebhooksError, load
from compiler.model import api as model
from compiler.model.api import Api
from compiler.model.events import Events, build_events


def changes(old: Events, new: Events) -> list[str]:
    """Events and payload fields added or removed between two versions of the webhook document."""
    before, after = old.payload_fields(), new.payload_fields()
    lines = [f"event added:       {t}" for t in after if t not in before]
    lines += [f"event removed:     {t} (breaking: its class goes)" for t in before if t not in after]
    for t in (t for t in after if t in before):
        lines += [f"field added:       {t}: payload.{f}" for f in sorted(after[t] - before[t])]
        lines += [f"field removed:     {t}: payload.{f}" for f in sorted(before[t] - after[t])]
    return lines


def update(path: Path, api: Api, root: Path = ROOT) -> tuple[int, list[str]]:
    """update-spec's hook: check a new webhook document, store it as received; (exit code, report lines)."""
    target = root / "spec" / DOCUMENT
    try:
        new, notes = load(root, path)
        old = build_events(load(root)[0] if target.exists() else {}, api)
        built = build_events(new, api)
        if built.refusals:
            raise WebhooksError("; ".join(built.refusals))
    except (OSError, WebhooksError) as exc:
        return 1, [f"update-spec: the webhook document {path.name} cannot be used: {exc}; nothing was changed."]
    if notes.vanished:
        return 1, [f"update-spec: spec/{OVERLAY} no longer applies to {path.name}; nothing was changed:"] + [
            f"  {line}" for line in notes.vanished
        ]
    target.write_bytes(path.read_bytes())
    report = ["Changes in Magic Hour's webhook document:"]
    report += [f"  {line}" for line in changes(old, built)] or ["  none in events or payload fields"]
    needed = [p for p in built.problems if "has no generated model" not in p]
    if needed:
        report += [f"Webhook corrections newly needed (spec/{OVERLAY}):"] + [f"  {p}" for p in needed]
    return 0, report


def read_api(root: Path = ROOT) -> Api:
    """The model of openapi.yaml as stored (update-spec matches a new webhook document against it)."""
    text = (root / "openapi.yaml").read_text(encoding="utf-8")
    return model.build(yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)))


def update_main(path: Path, root: Path = ROOT) -> int:
    """`scripts/update-spec --webhooks PATH`: check and store the webhook document and print what changed."""
    code, report = update(path, read_api(root), root)
    print("\n".join(report), file=sys.stderr if code else sys.stdout)
    return code
