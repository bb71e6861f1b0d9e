"""The sandbox charges what Magic Hour's document says, over HTTP: every price statement the stored document
makes (openapi.yaml's `x-pricing`, inferred by compiler/correct/pricing.py) is a case, so the next document's new
model or price is tested without an edit here."""

from __future__ import annotations

import math
import subprocess
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import httpx
import pytest
from magic_hour import _spec
from magic_hour.sandbox import ManualClock, Sandbox

from ._doc_cases import case_id, create, creates, project, upload_all, valid_body

ROOT = Path(__file__).resolve().parents[1]


def _pricing(schema: Mapping[str, Any]) -> dict[str, Any]:
    found = schema.get("x-pricing")
    return found if isinstance(found, dict) else {}


def _neutral(pricing: Mapping[str, Any], but: str) -> dict[str, Any]:
    """Values that leave the price alone for every `times` term but `but`'s (a factor of 1), where there is one."""
    out = {}
    for term in pricing.get("terms", ()):
        ones = [v for v, f in term.get("times", {}).items() if f == 1]
        if term["field"] != but and ones:
            out[term["field"]] = _typed(term["field"], ones[0])
    return out


def _typed(field: str, value: str) -> Any:
    """An x-pricing key as the body's value: `4` is a number where the field is one, `true` a boolean."""
    return {"true": True, "false": False}.get(value, float(value) if value.replace(".", "").isdigit() else value)


def _outputs(schema: Mapping[str, Any], body: Mapping[str, Any]) -> int:
    for name, prop in schema.get("properties", {}).items():
        prop = _spec.follow_ref(prop)
        if prop.get("x-output-count"):
            return int(body.get(name, prop.get("default", 1)))
    return 1


def _set_cases() -> Iterator[Any]:
    """Every value with its own price per unit (a model's "from N credits/image", a mode's credits per frame,
    a resolution's price): (method, path, field, value, price)."""
    for method, path, schema in creates():
        for term in _pricing(schema).get("terms", ()):
            for value, price in term.get("set", {}).items():
                yield pytest.param(method, path, term["field"], value, price, id=case_id(method, path, value))


def _times_cases() -> Iterator[Any]:
    for method, path, schema in creates():
        for term in _pricing(schema).get("terms", ()):
            table = term.get("times", {})
            ones = [v for v, f in table.items() if f == 1]
            for value, factor in table.items():
                if ones and factor != 1:
                    yield pytest.param(
                        method, path, term["field"], ones[0], value, factor, id=case_id(method, path, value)
                    )


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    """One sandbox for the module's cases (each compares the balance before and after its own request)."""
    with Sandbox(render_seconds=0, clock=ManualClock()) as running:
        yield running


@pytest.fixture(scope="module")
def uploaded(sandbox: Sandbox, media: dict[str, Path]) -> dict[str, str]:
    return upload_all(sandbox, media)


def _charged(sandbox: Sandbox, path: str, body: Mapping[str, Any]) -> int:
    r = create(sandbox, path, body)
    assert r.status_code == 200, r.text
    return int(r.json()["credits_charged"])


def _units_at_create(schema: Mapping[str, Any], body: Mapping[str, Any]) -> float:
    """What the estimate counts: outputs, or frames of the clip at the frame rate asked (30 unless asked)."""
    pricing = _pricing(schema)
    if pricing["per"] != "frame":
        return _outputs(schema, body)
    clip = schema.get("x-clip") or {}
    seconds = float(body.get(clip.get("end", ""), 2.0)) - float(body.get(clip.get("start") or "", 0.0))
    return round(seconds * 30)


@pytest.mark.parametrize(("method", "path", "field", "value", "price"), list(_set_cases()))
def test_a_value_with_its_own_price_is_charged_that_price(
    sandbox: Sandbox, uploaded: dict[str, str], method: str, path: str, field: str, value: str, price: float
) -> None:
    schema = _spec.body_schema(_spec.operation(method, path)) or {}
    pricing = _pricing(schema)
    body = valid_body(method, path, uploaded, {field: _typed(field, value), **_neutral(pricing, field)})
    if body is None:
        pytest.skip(f"no request the document allows uses {field}={value}")
    before = sandbox.balance
    charged = _charged(sandbox, path, body)
    others = [t for t in pricing.get("terms", ()) if "plus" in t and t["field"] != field]
    extra = sum(t["plus"].get(str(body.get(t["field"])).lower(), 0) for t in others)
    assert charged == math.ceil(round((price + extra) * _units_at_create(schema, body), 6))
    assert sandbox.balance == before - charged


@pytest.mark.parametrize(("method", "path", "field", "one", "value", "factor"), list(_times_cases()))
def test_a_multiplier_multiplies_the_price(
    sandbox: Sandbox, uploaded: dict[str, str], method: str, path: str, field: str, one: str, value: str, factor: float
) -> None:
    pricing = _pricing(_spec.body_schema(_spec.operation(method, path)) or {})
    bodies = [
        valid_body(method, path, uploaded, {field: _typed(field, v), **_neutral(pricing, field)}) for v in (one, value)
    ]
    if None in bodies:
        pytest.skip(f"no request the document allows uses {field}={value}")
    base, scaled = (_charged(sandbox, path, body) for body in bodies if body is not None)
    assert scaled == base * factor


def _each_cases() -> Iterator[Any]:
    """Operations priced per output or per character with no term: the description's "Each X costs N credits"."""
    for method, path, schema in creates():
        pricing = _pricing(schema)
        if pricing and not pricing.get("terms") and pricing["per"] in ("output", "character", "run"):
            yield pytest.param(method, path, pricing, id=case_id(method, path))


@pytest.mark.parametrize(("method", "path", "pricing"), list(_each_cases()))
def test_a_flat_price_is_charged_per_output_or_character(
    sandbox: Sandbox, uploaded: dict[str, str], method: str, path: str, pricing: dict[str, Any]
) -> None:
    schema = _spec.body_schema(_spec.operation(method, path)) or {}
    body = valid_body(method, path, uploaded, {})
    assert body is not None
    if pricing["per"] == "character":
        for dotted in pricing["text"]:
            node = body
            for part in dotted.split(".")[:-1]:
                node = node.setdefault(part, {})
            node[dotted.split(".")[-1]] = "x" * 95  # 95 characters at 0.1 credit: 9.5, rounded up
        body["name"] = "a name of no consequence " * 10  # a label, not text to speak: it costs nothing
        count = 95 * len(pricing["text"])
    else:
        count = _outputs(schema, body) if pricing["per"] == "output" else 1
    assert _charged(sandbox, path, body) == math.ceil(round(pricing["each"] * count, 6))


def _plan_cases() -> Iterator[Any]:
    for method, path, schema in creates():
        for rule in _pricing(schema).get("plans", ()):
            for value, plans in rule["values"].items():
                yield pytest.param(method, path, rule["field"], value, plans, id=case_id(method, path, value))


@pytest.mark.parametrize(("method", "path", "field", "value", "plans"), list(_plan_cases()))
def test_a_value_kept_for_some_plans_is_refused_to_the_others_before_any_credit_is_spent(
    sandbox: Sandbox, uploaded: dict[str, str], method: str, path: str, field: str, value: str, plans: list[str]
) -> None:
    refused = next(plan for plan in ("free", "creator", "pro", "business") if plan not in plans)
    body = valid_body(method, path, uploaded, {field: _typed(field, value)})
    if body is None:
        pytest.skip(f"no request the document allows uses {field}={value}")
    sandbox.set_plan(refused)
    try:
        before, made = sandbox.balance, sandbox.projects_created()
        r = create(sandbox, path, body)
        assert r.status_code == 402, r.text
        assert f"needs the {plans[0]}" in r.json()["message"] and f"on the {refused} plan" in r.json()["message"]
        assert (sandbox.balance, sandbox.projects_created()) == (before, made)
        sandbox.set_plan(plans[0])
        assert create(sandbox, path, body).status_code == 200
    finally:
        sandbox.set_plan("business")


def _frame_cases() -> Iterator[Any]:
    for method, path, schema in creates():
        if _pricing(schema).get("per") == "frame":
            yield pytest.param(method, path, id=case_id(method, path))


@pytest.mark.parametrize(("method", "path"), list(_frame_cases()))
def test_a_video_is_charged_for_the_frames_it_has_once_made(
    sandbox: Sandbox, uploaded: dict[str, str], method: str, path: str
) -> None:
    schema = _spec.body_schema(_spec.operation(method, path)) or {}
    body = valid_body(method, path, uploaded, {})
    assert body is not None
    before = sandbox.balance
    r = create(sandbox, path, body)
    assert r.status_code == 200, r.text
    done = project(sandbox, r.json()["id"])
    frames = round(float(done["fps"]) * _measured_seconds(sandbox, done))
    per_frame = _pricing(schema)["each"]
    for term in _pricing(schema).get("terms", ()):
        given = body
        for part in term["field"].split("."):
            given = given.get(part, {}) if isinstance(given, dict) else {}
        per_frame = term.get("set", {}).get(str(given), per_frame) if "set" in term else per_frame
    assert done["credits_charged"] == math.ceil(per_frame * frames)
    assert sandbox.balance == before - done["credits_charged"]


def _measured_seconds(sandbox: Sandbox, answer: Mapping[str, Any]) -> float:
    from magic_hour.sandbox._render import measure

    key = answer["downloads"][0]["url"].split("/storage/", 1)[1].split("?", 1)[0]
    seconds = measure(sandbox.app.storage.path(key)).seconds
    assert seconds is not None
    return seconds


def test_the_estimate_follows_the_frame_rate_asked(sandbox: Sandbox, uploaded: dict[str, str]) -> None:
    """An fps field (the document: "calculated based on the `fps` and `end_seconds`") scales the estimate."""
    for method, path, schema in creates():
        rule = (schema.get("x-output-shape") or {}).get("fps", {})
        if _pricing(schema).get("per") != "frame" or set(rule) != {"field"}:
            continue
        low, high = (valid_body(method, path, uploaded, {rule["field"]: fps}) for fps in (12, 24))
        assert low is not None and high is not None
        assert _charged(sandbox, path, high) == 2 * _charged(sandbox, path, low)


def test_the_inference_prices_every_model_the_document_prices() -> None:
    """The pipeline on the stored document and on the history's first (an older model table, the frozen
    corrections): every model a table prices is priced."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from compiler.correct import spec_pipeline

    from .history import corpus, replay

    stored = (spec_pipeline.load(spec_pipeline.UPSTREAM), spec_pipeline.load(spec_pipeline.OVERLAY))
    for upstream, overlay in [stored, (corpus.base(), spec_pipeline.load(replay.OVERLAY))]:
        doc, _ = spec_pipeline.build(upstream, overlay)
        priced = 0
        for item in doc["paths"].values():
            post = item.get("post", {})
            schema = post.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema", {})
            for name, prop in schema.get("properties", {}).items():
                described = str(prop.get("description", ""))
                for model in (v for v in prop.get("enum", ()) if f"`{v}` - from " in described):
                    prices = {t["field"]: t.get("set", {}) for t in schema["x-pricing"].get("terms", ())}
                    assert model in prices.get(name, {}), f"{model} has a price in the document but not in x-pricing"
                    priced += 1
        assert priced, "no model table found: the rule may no longer match the document's tables"


def test_the_command_line_sets_the_plan(media: dict[str, Path]) -> None:
    """`python -m magic_hour.sandbox --plan free` refuses a value the document keeps for paid plans."""
    method, path, field, value, _ = next(
        case.values
        for case in _plan_cases()
        if "free" not in case.values[4]  # type: ignore[attr-defined]
    )
    proc = subprocess.Popen(
        [sys.executable, "-m", "magic_hour.sandbox", "--port", "0", "--render-seconds", "0", "--plan", "free"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        base_url = proc.stdout.readline().rsplit(" ", 1)[1].strip()
        body = valid_body(
            method, path, {kind: "https://example.com/input" for kind in media}, {field: _typed(field, value)}
        )
        assert body is not None
        r = httpx.post(f"{base_url}{path}", json=body, headers={"Authorization": "Bearer any-token"})
        assert r.status_code == 402 and "on the free plan" in r.json()["message"], r.text
    finally:
        proc.terminate()
        proc.communicate(timeout=10)


def _plus_cases() -> Iterator[Any]:
    """Each option that adds credits a unit (audio on some models): (method, path, term)."""
    for method, path, schema in creates():
        for term in _pricing(schema).get("terms", ()):
            if "plus" in term:
                yield pytest.param(method, path, term, id=case_id(method, path, term["field"]))


@pytest.mark.parametrize(("method", "path", "term"), list(_plus_cases()))
def test_an_option_that_adds_credits_adds_them_only_where_the_document_says(
    sandbox: Sandbox, uploaded: dict[str, str], method: str, path: str, term: dict[str, Any]
) -> None:
    schema = _spec.body_schema(_spec.operation(method, path)) or {}
    condition = term.get("if", {})
    on, amount = next(iter(term["plus"].items()))
    paid = list(condition.get("in", [None]))
    free: list[Any] = []
    checked = 0
    if condition:
        prop: Any = schema
        for part in condition["field"].split("."):
            prop = _spec.follow_ref(_spec.follow_ref(prop).get("properties", {}).get(part, {}))
        free = [v for v in prop.get("enum", ()) if v not in condition["in"] and v != "default"]
    for models, extra in ((paid, amount), (free, 0)):
        for model in models:
            fixed = {condition["field"]: model} if condition else {}
            bodies = [valid_body(method, path, uploaded, {**fixed, term["field"]: _typed(term["field"], v)})
                      for v in (on, "false")]  # fmt: skip
            if None in bodies:
                continue  # the model does not take the option (the document: "Not supported")
            with_it, without = (_charged(sandbox, path, body) for body in bodies if body is not None)
            assert with_it - without == extra * _units_at_create(schema, bodies[0]), (model, with_it, without)
            checked += 1
    assert checked, "no request the document allows takes the option"
