"""Magic Hour's real documents from 2026-06-05 on, stored as the first one and an RFC 6902 patch per step.

`base.json.gz` is the first document; `steps/NNN-date-commit.json` turns the previous document into the next
(the vendor's docs repository names each version by date and commit); `older/` holds documents from before
the first, as patches against it, to step back to. `steps.json` lists the steps in order with the sha256 of
each document rebuilt (canonical JSON), so a damaged patch is caught, not replayed. `overlay.yaml` holds the
corrections as they stood for the first document: the history is replayed with them, since the live
spec/overlay.yaml moves on with the stored document (and names operations the first steps do not have yet).
"""

from __future__ import annotations

import copy
import gzip
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def canonical(doc: Any) -> bytes:
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def digest(doc: Any) -> str:
    return hashlib.sha256(canonical(doc)).hexdigest()


def _parts(pointer: str) -> list[str]:
    return [p.replace("~1", "/").replace("~0", "~") for p in pointer.split("/")[1:]]


def _escape(part: str | int) -> str:
    return str(part).replace("~", "~0").replace("/", "~1")


def apply_patch(doc: Any, patch: list[dict[str, Any]]) -> Any:
    """`doc` with an RFC 6902 patch applied (the add, remove and replace operations `diff` writes)."""
    out = copy.deepcopy(doc)
    for op in patch:
        *parents, last = _parts(op["path"])
        node = out
        for part in parents:
            node = node[int(part)] if isinstance(node, list) else node[part]
        key: Any = int(last) if isinstance(node, list) and last != "-" else last
        if op["op"] == "remove":
            del node[key]
        elif op["op"] == "add" and isinstance(node, list):
            node.insert(len(node) if key == "-" else key, copy.deepcopy(op["value"]))
        elif op["op"] in ("add", "replace"):
            node[key] = copy.deepcopy(op["value"])
        else:
            raise ValueError(f"unsupported patch operation {op['op']!r}")
    return out


def diff(old: Any, new: Any, path: str = "") -> list[dict[str, Any]]:
    """An RFC 6902 patch turning `old` into `new`: objects key by key, lists of equal length item by item."""
    if isinstance(old, dict) and isinstance(new, dict):
        out = [{"op": "remove", "path": f"{path}/{_escape(k)}"} for k in old if k not in new]
        for key, value in new.items():
            where = f"{path}/{_escape(key)}"
            out += diff(old[key], value, where) if key in old else [{"op": "add", "path": where, "value": value}]
        return out
    if isinstance(old, list) and isinstance(new, list) and len(old) == len(new):
        return [op for n, (a, b) in enumerate(zip(old, new, strict=True)) for op in diff(a, b, f"{path}/{n}")]
    return [] if old == new and type(old) is type(new) else [{"op": "replace", "path": path, "value": new}]


def write_patch(path: Path, patch: list[dict[str, Any]]) -> None:
    """One operation a line: small, and a reviewer's diff shows which parts of the document moved."""
    lines = ",\n".join(json.dumps(op, ensure_ascii=False, separators=(",", ":")) for op in patch)
    path.write_text(f"[\n{lines}\n]\n", encoding="utf-8")


def base() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(gzip.decompress((HERE / "base.json.gz").read_bytes()))
    return data


def steps() -> list[dict[str, str]]:
    listed: list[dict[str, str]] = json.loads((HERE / "steps.json").read_text(encoding="utf-8"))
    return listed


def documents() -> Iterator[tuple[str, dict[str, Any]]]:
    """(name, document) for every step after the first, in order, each checked against its recorded sha256."""
    doc = base()
    for step in steps():
        doc = apply_patch(doc, json.loads((HERE / "steps" / f"{step['name']}.json").read_text(encoding="utf-8")))
        if digest(doc) != step["sha256"]:
            raise ValueError(f"tests/history: step {step['name']} does not rebuild its document (sha256 differs)")
        yield step["name"], doc


def older(name: str) -> dict[str, Any]:
    """A document from before the first, rebuilt from its patch against the first."""
    patch = json.loads((HERE / "older" / f"{name}.json").read_text(encoding="utf-8"))
    return apply_patch(base(), patch)
