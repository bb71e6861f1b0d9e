"""Take a new version of Magic Hour's OpenAPI document: store it, re-apply our corrections, regenerate, report.

    scripts/update-spec path/to/openapi.json   (JSON or YAML)
    scripts/update-spec --webhooks path/to/webhooks.json [path/to/openapi.json]

The report lists operations added and removed, request and response fields added, removed or changed,
enum values added and removed, and every correction that no longer applies or is newly needed, each with
what to do. An overlay action whose target vanished stops the update before anything is written.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import generate
import spec_pipeline
import webhooks_writer

_JSON = "application/json"


def _fields(schema: Any, where: str, required: bool) -> Iterator[tuple[str, str, bool, tuple[Any, ...]]]:
    """(dotted field, type, required, enum values) for every field of a schema."""
    if not isinstance(schema, dict):
        return
    kind = str(schema.get("type", "object" if "properties" in schema else "any"))
    values = tuple(schema.get("enum") or ())
    if where:
        yield where, kind, required, values
    needed = set(schema.get("required", []))
    for name, prop in schema.get("properties", {}).items():
        yield from _fields(prop, f"{where}.{name}" if where else name, name in needed)
    if isinstance(schema.get("items"), dict):
        yield from _fields(schema["items"], f"{where}[]", False)


def _shape(doc: dict[str, Any]) -> dict[str, dict[str, tuple[str, bool, tuple[Any, ...]]]]:
    """Operation ("POST /v1/x") -> its request and response fields ("request assets.x", "response id")."""
    out: dict[str, dict[str, tuple[str, bool, tuple[Any, ...]]]] = {}
    for method, path, op in spec_pipeline.operations(doc):
        fields: dict[str, tuple[str, bool, tuple[Any, ...]]] = {}
        body = op.get("requestBody", {}).get("content", {}).get(_JSON, {}).get("schema")
        for name, kind, required, values in _fields(body, "", True):
            fields[f"request {name}"] = (kind, required, values)
        ok = op.get("responses", {}).get("200", {}).get("content", {}).get(_JSON, {}).get("schema")
        for name, kind, required, values in _fields(ok, "", True):
            fields[f"response {name}"] = (kind, required, values)
        out[f"{method.upper()} {path}"] = fields
    return out


def changes(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """What changed between two versions of Magic Hour's document, one line each."""
    before, after = _shape(old), _shape(new)
    lines = [f"operation added:   {op}" for op in after if op not in before]
    lines += [f"operation removed: {op}" for op in before if op not in after]
    for op in (op for op in after if op in before):
        was, now = before[op], after[op]
        lines += [f"field added:       {op}: {f} ({now[f][0]})" for f in now if f not in was]
        lines += [f"field removed:     {op}: {f}" for f in was if f not in now]
        for f in (f for f in now if f in was):
            (k0, r0, v0), (k1, r1, v1) = was[f], now[f]
            if k0 != k1:
                lines.append(f"field changed:     {op}: {f} type {k0} -> {k1}")
            if r0 != r1:
                lines.append(f"field changed:     {op}: {f} {'now required' if r1 else 'no longer required'}")
            lines += [f"enum value added:  {op}: {f} += {v!r}" for v in v1 if v not in v0]
            lines += [f"enum value removed:{op}: {f} -= {v!r}" for v in v0 if v not in v1]
    return lines


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
    # ----- webhooks (scripts/lib/webhooks_writer.py): checked and stored first, regenerated below -----
    if args.webhooks is not None:
        code = webhooks_writer.update_main(args.webhooks)
        if code or args.path is None:
            return code or generate.main([])
    elif args.path is None:
        parser.error("give the API document's PATH, --webhooks PATH, or both")
    # ----- end webhooks -----
    root = generate.ROOT
    try:
        new = spec_pipeline.load(args.path)
        old = spec_pipeline.load(_stored(root))
        _, notes = spec_pipeline.build(new, spec_pipeline.load(root / "spec" / "overlay.yaml"))
    except (OSError, spec_pipeline.SpecError) as exc:
        print(f"update-spec: {exc}; nothing was changed.", file=sys.stderr)
        return 1
    if notes.vanished:
        print(
            "update-spec: these corrections in spec/overlay.yaml no longer apply; nothing was changed:", file=sys.stderr
        )
        for line in notes.vanished:
            print(f"  {line}", file=sys.stderr)
        print("Edit or remove them (the API changed under them), then run scripts/update-spec again.", file=sys.stderr)
        return 1
    report = changes(old, new)
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
    print("\nChanges in Magic Hour's document:")
    print("\n".join(f"  {line}" for line in report) or "  none in operations, fields or enums")
    if notes.needed:
        print("\nCorrections newly needed (add them to spec/overlay.yaml, then run scripts/generate):")
        print("\n".join(f"  {line}" for line in notes.needed))
    if notes.dropped_required:
        print("\nRequired fields the document never defines (dropped from `required` so answers without them parse):")
        print("\n".join(f"  {line}" for line in notes.dropped_required))
    return code


if __name__ == "__main__":
    raise SystemExit(main())
