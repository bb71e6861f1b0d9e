"""Test cases read from the stored document (openapi.yaml): creates, their prices and shapes, and valid bodies.

Nothing here names an operation, model or field: a model or price the next document adds becomes a case.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import httpx
from magic_hour import _spec, _validation
from magic_hour.sandbox import Sandbox
from magic_hour.sandbox.examples import example_body, meet_rules

from .conftest import TOKEN

AUTH = {"Authorization": f"Bearer {TOKEN}"}
_EXTENSIONS = {"image": "png", "audio": "wav", "video": "mp4"}


def creates() -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(method, path, request body schema) of every create the sandbox serves."""
    from magic_hour.sandbox._projects import create_operations

    for op in create_operations():
        yield op.method, op.path, op.schema


def case_id(method: str, path: str, *parts: object) -> str:
    return " ".join([path.rsplit("/", 1)[-1], *map(str, parts)])


def upload_all(sandbox: Sandbox, media: Mapping[str, Path]) -> dict[str, str]:
    """Every sample uploaded through the API: asset type -> file_path."""
    kinds = list(media)
    items = [{"type": kind, "extension": _EXTENSIONS[kind]} for kind in kinds]
    r = httpx.post(f"{sandbox.base_url}/v1/files/upload-urls", json={"items": items}, headers=AUTH)
    assert r.status_code == 200, r.text
    out = {}
    for kind, slot in zip(kinds, r.json()["items"], strict=True):
        assert httpx.put(slot["upload_url"], content=media[kind].read_bytes()).status_code == 200
        out[kind] = slot["file_path"]
    return out


def set_at(body: dict[str, Any], dotted: str, value: Any) -> None:
    node = body
    parts = dotted.split(".")
    for part in parts[:-1]:
        node = node.setdefault(part, {})
    node[parts[-1]] = value


def _enum_fields(schema: Any, where: str = "") -> Iterator[tuple[str, list[Any]]]:
    schema = _spec.follow_ref(schema)
    for name, prop in schema.get("properties", {}).items():
        prop = _spec.follow_ref(prop)
        dotted = f"{where}.{name}" if where else name
        if prop.get("enum") and not prop.get("deprecated"):
            yield dotted, list(prop["enum"])
        elif "properties" in prop:
            yield from _enum_fields(prop, dotted)


def _apply_then(body: dict[str, Any], then: Any, fixed: Mapping[str, Any], where: str = "") -> bool:
    """Make `body` meet a rule's `then` where it names a value (const or enum); False if that would change a
    field the case fixes."""
    changed = False
    for name, sub in (then.get("properties", {}) if isinstance(then, Mapping) else {}).items():
        dotted = f"{where}.{name}" if where else name
        wanted = sub.get("const", (sub.get("enum") or [None])[0]) if isinstance(sub, Mapping) else None
        if wanted is not None:
            if dotted in fixed:
                return False
            set_at(body, dotted, wanted)
            changed = True
        elif isinstance(sub, Mapping):
            changed = _apply_then(body, sub, fixed, dotted) or changed
    return changed


def valid_body(method: str, path: str, files: Mapping[str, Any], fixed: Mapping[str, Any]) -> dict[str, Any] | None:
    """A body the spec's checks accept with the `fixed` fields' values, found by trying each value of the other
    choices (a model that supports the resolution) and meeting the rules that then apply; None if none does."""
    schema = _spec.body_schema(_spec.operation(method, path)) or {}
    base = example_body(method, path, files)
    for dotted, value in fixed.items():
        set_at(base, dotted, value)
    meet_rules(schema, base, files)
    candidates = [base]
    for dotted, values in _enum_fields(schema):
        if dotted not in fixed:
            for value in values:
                candidate = copy.deepcopy(base)
                set_at(candidate, dotted, value)
                candidates.append(candidate)
    for candidate in candidates:
        for _ in range(6):
            if not _validation.problems(method, path, candidate):
                return candidate
            broken = set(_validation.rule_problems(method, path, candidate))
            failing = [rule for rule in schema.get("x-rules", ()) if rule.get("description") in broken]
            if not any(_apply_then(candidate, rule.get("then", {}), fixed) for rule in failing):
                break
    return None


def create(sandbox: Sandbox, path: str, body: Mapping[str, Any]) -> httpx.Response:
    return httpx.post(f"{sandbox.base_url}{path}", json=dict(body), headers=AUTH, timeout=30)


def project(sandbox: Sandbox, project_id: str) -> dict[str, Any]:
    """The project's GET once its render finished."""
    assert sandbox.wait_rendered(project_id, timeout=60)
    return sandbox.project(project_id)
