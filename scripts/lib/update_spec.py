"""Take a new version of Magic Hour's OpenAPI document: store it, re-apply our corrections, regenerate, report.

    scripts/update-spec path/to/openapi.json   (JSON or YAML)

The report lists operations added and removed, request and response fields added, removed or changed,
enum values added and removed, and every correction that no longer applies or is newly needed, each with
what to do. An overlay action whose target vanished stops the update before anything is written.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import generate
import spec_pipeline

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
    parser.add_argument("path", type=Path, help="the new Magic Hour OpenAPI document (JSON or YAML)")
    args = parser.parse_args(argv)
    try:
        return _update(args.path)
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
    overlay = root / "spec" / "overlay.yaml"
    try:
        new = spec_pipeline.load(path)
        stored = _stored(root)
        old = spec_pipeline.load(stored)
        received = path.read_bytes()
    except (OSError, spec_pipeline.SpecError) as exc:
        print(f"update-spec: {exc}; nothing was changed.", file=sys.stderr)
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
            built = generate.build(staged, overlay)
        except generate.GenerateError as exc:
            print(f"update-spec: {exc}; nothing was changed.", file=sys.stderr)
            return 1
    report = changes(old, new)
    files: dict[Path, bytes | None] = {target: received, generate.SPEC: built.text.encode("utf-8")}
    if stored != target:
        files[stored] = None
    generate.commit(files, {generate.GENERATED: built.client, generate.DOCS: built.docs})
    notes = built.notes
    print(f"update-spec: took {path.name}; wrote spec/, openapi.yaml, generated/ and docs/v1/.")
    print("\nChanges in Magic Hour's document:")
    print("\n".join(f"  {line}" for line in report) or "  none in operations, fields or enums")
    if notes.needed:
        print("\nCorrections newly needed (add them to spec/overlay.yaml, then run scripts/generate):")
        print("\n".join(f"  {line}" for line in notes.needed))
    if notes.dropped_required:
        print("\nRequired fields the document never defines (dropped from `required` so answers without them parse):")
        print("\n".join(f"  {line}" for line in notes.dropped_required))
    if notes.recursive:
        print("\nRecursive schemas (each nested value is typed as an object):")
        print("\n".join(f"  {line}" for line in notes.recursive))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
