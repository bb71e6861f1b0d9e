"""What a process pays before and on its first call: validators come compiled from the generator, and the
rules they hold decide exactly as fastjsonschema compiled at run time would (the figures are in scripts/bench)."""

from __future__ import annotations

import copy
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import fastjsonschema
import pytest
from magic_hour import _spec, _validation
from magic_hour.sandbox.examples import example_body
from magic_hour_api import _validators

_FILES = {kind: f"api-assets/sample.{kind}" for kind in ("image", "video", "audio")}


def _with_body() -> Iterator[tuple[str, str, dict[str, Any]]]:
    for method, path, op in _spec.operations():
        schema = _spec.body_schema(op)
        if schema is not None:
            yield method, path, schema


def test_every_operation_with_a_body_has_generated_validators() -> None:
    assert set(_validators.MODULES) == {f"{method} {path}" for method, path, _ in _with_body()}
    for method, path, schema in _with_body():
        module = _validators.load(f"{method} {path}")
        assert module is not None
        assert len(module.RULES) == len(schema.get("x-rules", ()))
        limits = schema.get("x-clip", {}).get("limits", ()) if isinstance(schema.get("x-clip"), dict) else ()
        assert len(module.CLIP_WHEN) == len(limits)


def _variants(body: dict[str, Any], schema: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The example body, then with each enum field (top level and one below) set to each of its values, or
    left out: the conditions of x-rules and x-clip are about such fields."""
    yield body
    props = schema.get("properties", {})
    for name, prop in props.items():
        prop = _spec.follow_ref(prop)
        nested = {key: _spec.follow_ref(sub) for key, sub in prop.get("properties", {}).items()}
        for value in prop.get("enum", ()):
            yield {**body, name: value}
        for key, sub in nested.items():
            for value in sub.get("enum", ()):
                changed = copy.deepcopy(body)
                if isinstance(changed.get(name), dict):
                    changed[name][key] = value
                    yield changed
        if name in body:
            yield {k: v for k, v in body.items() if k != name}


def _compiled_now(schema: Any) -> Any:
    check = fastjsonschema.compile(_validation.json_schema(schema), use_default=False, use_formats=False)

    def matches(body: Any) -> bool:
        try:
            check(body)
        except fastjsonschema.JsonSchemaValueException:
            return False
        return True

    return matches


def test_generated_rules_and_clip_conditions_decide_as_fastjsonschema_does() -> None:
    checked = 0
    for method, path, schema in _with_body():
        module = _validators.load(f"{method} {path}")
        assert module is not None
        bodies = list(_variants(example_body(method, path, _FILES), schema))
        for (sentence, met), rule in zip(module.RULES, schema.get("x-rules", ()), strict=True):
            assert sentence == rule.get("description", "a rule of this request is not met")
            expected = _compiled_now({key: rule[key] for key in ("if", "then", "else") if key in rule})
            for body in bodies:
                assert met(body) is expected(body), (method, path, sentence, body)
                checked += 1
        clip = schema.get("x-clip")
        for when, limit in zip(module.CLIP_WHEN, clip.get("limits", ()) if clip else (), strict=True):
            if limit.get("when") is None:
                assert when is None
                continue
            expected = _compiled_now(limit["when"])
            for body in bodies:
                assert when(body) is expected(body), (method, path, limit, body)
                checked += 1
    assert checked > 100  # the spec has dozens of rules; each was tried on many bodies


@pytest.mark.parametrize("method_path", sorted(_validators.MODULES)[:6])
def test_generated_body_validators_refuse_what_a_run_time_compile_refuses(method_path: str) -> None:
    method, path = method_path.split(" ", 1)
    schema = _spec.body_schema(_spec.operation(method, path)) or {}
    body = example_body(method, path, _FILES)
    broken = [body, {**body, "name": 5}, {}, {**body, "unknown-field-xyz": 1}, []]
    expected = _compiled_now(schema)
    for candidate in broken:
        assert (_validation.schema_problems(method, path, candidate) == []) is expected(candidate), candidate


def test_import_and_client_leave_asyncio_unloaded() -> None:
    """Sync users do not pay for asyncio (about 7% of `import magic_hour` + `Client()`)."""
    code = (
        "import sys\nimport magic_hour\nmagic_hour.Client('mhk_test')\n"
        "print(sorted(m for m in sys.modules if m == 'asyncio' or m.startswith('asyncio.')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", out.stdout
