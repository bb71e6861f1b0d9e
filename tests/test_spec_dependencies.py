"""The engine relies on a few facts of the spec beyond its vocabulary; a spec that drops one fails here, by name."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from magic_hour import _spec


def test_the_shipped_spec_has_everything_the_engine_uses() -> None:
    assert _spec.contract_problems() == []


def _upload(doc: dict[str, Any]) -> dict[str, Any]:
    return next(op for _, _, op in _spec.operations(doc) if op.get("x-sdk-role") == "upload-urls")


def _followed_get(doc: dict[str, Any]) -> dict[str, Any]:
    return next(op for _, _, op in _spec.operations(doc) if "x-sdk-project" in op)


def _drop_upload_response_field(doc: dict[str, Any]) -> None:
    schema = _spec.response_schema(_upload(doc), doc=doc)
    items = _spec.follow_ref(_spec.follow_ref(schema["properties"]["items"], doc)["items"], doc)
    del items["properties"]["file_path"]


def _drop_status(doc: dict[str, Any]) -> None:
    del _spec.response_schema(_followed_get(doc), doc=doc)["properties"]["status"]


def _drop_extensions(doc: dict[str, Any]) -> None:
    def strip(node: Any) -> None:
        if isinstance(node, dict):
            node.pop("x-extensions", None)
            for child in node.values():
                strip(child)
        elif isinstance(node, list):
            for child in node:
                strip(child)

    strip(_upload(doc))


def _drop_project_rules(doc: dict[str, Any]) -> None:
    del _followed_get(doc)["x-sdk-project"]


@pytest.mark.parametrize(
    ("damage", "named"),
    [
        (_drop_upload_response_field, "items[].file_path"),
        (_drop_status, "response field status is missing"),
        (_drop_extensions, "x-extensions"),
        (_drop_project_rules, "x-sdk-project is missing"),
    ],
)
def test_a_spec_that_drops_what_the_engine_uses_is_named(damage: Any, named: str) -> None:
    doc = copy.deepcopy(_spec.document())
    damage(doc)
    problems = _spec.contract_problems(doc)
    assert any(named in p for p in problems), problems
