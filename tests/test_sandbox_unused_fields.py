"""A field the document says another field's value leaves unused (`x-selected-by`, inferred from "required if
`video_source` is `file`") is ignored by the sandbox and, when it names a local file, not uploaded by the SDK.
Every such field of the stored document is a case."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from magic_hour import Client, _spec, _validation
from magic_hour.sandbox import ManualClock, Sandbox

from ._doc_cases import case_id, create, creates, set_at, upload_all, valid_body
from .conftest import TOKEN


def _selected_fields(schema: Any, where: str = "") -> Iterator[tuple[str, dict[str, Any], dict[str, Any]]]:
    """(dotted field, its x-selected-by, its schema) for every field another one selects."""
    schema = _spec.follow_ref(schema)
    for name, prop in schema.get("properties", {}).items():
        prop = _spec.follow_ref(prop)
        dotted = f"{where}.{name}" if where else name
        if isinstance(prop.get("x-selected-by"), dict):
            yield dotted, prop["x-selected-by"], prop
        yield from _selected_fields(prop, dotted)


def _cases(files_only: bool = False) -> Iterator[Any]:
    """(method, path, field, selector, a value of the selector that leaves the field unused) for each text or
    file field another field selects."""
    for method, path, schema in creates():
        for dotted, rule, prop in _selected_fields(schema):
            if prop.get("type") != "string" or (files_only and "x-asset-type" not in prop):
                continue
            parent = dotted.rsplit(".", 1)[0] + "." if "." in dotted else ""
            selector: Any = schema
            for part in (parent + rule["field"]).split("."):
                selector = _spec.follow_ref(_spec.follow_ref(selector).get("properties", {}).get(part, {}))
            other = next((v for v in selector.get("enum", ()) if v not in rule["values"]), None)
            if other is not None:
                yield pytest.param(
                    method, path, dotted, parent + rule["field"], other, id=case_id(method, path, dotted)
                )


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(render_seconds=0, clock=ManualClock()) as running:
        yield running


@pytest.fixture(scope="module")
def uploaded(sandbox: Sandbox, media: dict[str, Path]) -> dict[str, str]:
    return upload_all(sandbox, media)


@pytest.mark.parametrize(("method", "path", "field", "selector", "other"), list(_cases()))
def test_the_sandbox_ignores_a_field_another_leaves_unused(
    sandbox: Sandbox, uploaded: dict[str, str], method: str, path: str, field: str, selector: str, other: str
) -> None:
    body = valid_body(method, path, uploaded, {selector: other})
    if body is None:
        pytest.skip(f"no request the document allows uses {selector}={other}")
    set_at(body, field, "string")  # what the document's own curl samples leave there
    r = create(sandbox, path, body)
    assert r.status_code == 200, r.text
    inputs = sandbox.app.projects[r.json()["id"]].inputs
    assert "string" not in [value for values in inputs.values() for value in values]


@pytest.mark.parametrize(("method", "path", "field", "selector", "other"), list(_cases(files_only=True)))
def test_the_sdk_does_not_upload_a_local_file_another_field_leaves_unused(
    sandbox: Sandbox, media: dict[str, Path], method: str, path: str, field: str, selector: str, other: str
) -> None:
    local = {kind: str(p) for kind, p in media.items()}
    body = valid_body(method, path, local, {selector: other})
    if body is None:
        pytest.skip(f"no request the document allows uses {selector}={other}")
    schema = _spec.body_schema(_spec.operation(method, path)) or {}
    wanted = [found for found in _validation.file_fields(schema, body) if found.selected]
    sandbox.clear_log()
    module = _spec.sdk_module(_spec.operation(method, path))
    with Client(TOKEN, base_url=sandbox.base_url, poll_interval=0.01, timeout=10) as client:
        result = getattr(client.v1, module).generate(**body, wait_for_completion=False, download_outputs=False)
    assert result.id
    asked = [entry.json for entry in sandbox.requests if entry.route == "upload_urls"]
    assert sum(len(items["items"]) for items in asked) == len(wanted)
    sent = next(entry.json for entry in sandbox.requests if entry.route == "create")
    node: Any = sent
    for part in field.split("."):
        node = node.get(part) if isinstance(node, dict) else None
    assert node is None  # neither uploaded nor sent
