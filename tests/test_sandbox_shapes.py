"""Outputs are shaped as asked, measured in the files the sandbox serves: every shape statement of the stored
document (openapi.yaml's `x-output-shape`: aspect ratios, resolutions, width/height, longest side, scale, frame
rate rules, audio) is a case, and the project GET reports the numbers the file has."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import httpx
import pytest
from magic_hour import _spec
from magic_hour.sandbox import ManualClock, Sandbox
from magic_hour.sandbox._render import Measured, loudest, measure, render_images, render_video

from ._doc_cases import AUTH as _AUTH
from ._doc_cases import case_id, create, creates, project, upload_all, valid_body

#: The inputs: a 96 x 64 picture and a 24 fps video of that size, so that "as the input" is not a default.
INPUT_SIZE = (96, 64)
INPUT_FPS = 24.0


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory, media: dict[str, Path]) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("shaped-inputs")
    image = render_images(folder, "input", count=1, fmt="png", size=INPUT_SIZE)[0]
    video = render_video(folder / "input.mp4", seconds=3.0, image=image, audio=media["audio"], size=INPUT_SIZE, fps=24)
    return {"image": image, "audio": media["audio"], "video": video.path}


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(render_seconds=0, clock=ManualClock()) as running:
        yield running


@pytest.fixture(scope="module")
def uploaded(sandbox: Sandbox, inputs: dict[str, Path]) -> dict[str, str]:
    return upload_all(sandbox, inputs)


def _rules(schema: Mapping[str, Any]) -> dict[str, Any]:
    found = schema.get("x-output-shape")
    return found if isinstance(found, dict) else {}


def _made(sandbox: Sandbox, path: str, body: Mapping[str, Any]) -> tuple[Measured, dict[str, Any]]:
    """The first output as measured, and the project's GET, once made."""
    r = create(sandbox, path, body)
    assert r.status_code == 200, r.text
    answer = project(sandbox, r.json()["id"])
    assert answer["status"] == "complete", answer
    url = answer["downloads"][0]["url"]
    local = sandbox.app.storage.path(url.split("/storage/", 1)[1].split("?", 1)[0])
    made = measure(local)
    assert made.size is not None
    if "width" in answer:  # video projects report their size; image projects have no such fields
        assert (answer["width"], answer["height"]) == made.size  # the GET reports what the file is
    if made.fps is not None and answer.get("fps") is not None:
        assert abs(float(answer["fps"]) - made.fps) < 0.01
    return made, answer


def _resolution_cases() -> Iterator[Any]:
    for method, path, schema in creates():
        rule = _rules(schema).get("resolution")
        for value, size in (rule or {}).get("sizes", {}).items():
            yield pytest.param(method, path, rule["field"], value, size, id=case_id(method, path, value))


@pytest.mark.parametrize(("method", "path", "field", "value", "size"), list(_resolution_cases()))
def test_a_resolution_gives_its_size(
    sandbox: Sandbox, uploaded: dict[str, str], method: str, path: str, field: str, value: str, size: dict[str, int]
) -> None:
    body = valid_body(method, path, uploaded, {field: value})
    if body is None:
        pytest.skip(f"no request the document allows uses {field}={value}")
    made, _ = _made(sandbox, path, body)
    assert made.size is not None
    if "long" in size:
        assert max(made.size) == size["long"]
    else:
        assert abs(min(made.size) - size["short"]) <= 1  # an odd side is made even for H.264


def _ratio_cases() -> Iterator[Any]:
    for method, path, schema in creates():
        field = _rules(schema).get("aspect_ratio")
        prop: Any = schema
        for part in str(field).split(".") if field else ():
            prop = _spec.follow_ref(_spec.follow_ref(prop).get("properties", {}).get(part, {}))
        for value in prop.get("enum", ()) if field else ():
            if re.fullmatch(r"\d+:\d+", str(value)):
                yield pytest.param(method, path, field, value, id=case_id(method, path, value))


@pytest.mark.parametrize(("method", "path", "field", "value"), list(_ratio_cases()))
def test_an_aspect_ratio_gives_that_ratio(
    sandbox: Sandbox, uploaded: dict[str, str], method: str, path: str, field: str, value: str
) -> None:
    body = valid_body(method, path, uploaded, {field: value})
    if body is None:
        pytest.skip(f"no request the document allows uses {field}={value}")
    made, _ = _made(sandbox, path, body)
    assert made.size is not None
    w, h = (int(n) for n in value.split(":"))
    assert abs(made.size[0] / made.size[1] - w / h) < 0.03


def _ops_with(key: str) -> Iterator[Any]:
    for method, path, schema in creates():
        if key in _rules(schema):
            yield pytest.param(method, path, _rules(schema), id=case_id(method, path))


def _example(schema: Mapping[str, Any], dotted: str) -> Any:
    prop: Any = schema
    for part in dotted.split("."):
        prop = _spec.follow_ref(_spec.follow_ref(prop).get("properties", {}).get(part, {}))
    return prop.get("example")


@pytest.mark.parametrize(("method", "path", "rules"), list(_ops_with("width")))
def test_width_and_height_give_that_size(
    sandbox: Sandbox, uploaded: dict[str, str], method: str, path: str, rules: dict[str, Any]
) -> None:
    schema = _spec.body_schema(_spec.operation(method, path)) or {}
    asked = (_example(schema, rules["width"]), _example(schema, rules["height"]))
    body = valid_body(method, path, uploaded, {rules["width"]: asked[0], rules["height"]: asked[1]})
    assert body is not None
    made, _ = _made(sandbox, path, body)
    assert made.size == asked


@pytest.mark.parametrize(("method", "path", "rules"), list(_ops_with("max_side")))
def test_the_longest_side_is_capped(
    sandbox: Sandbox, uploaded: dict[str, str], method: str, path: str, rules: dict[str, Any]
) -> None:
    cap = 48  # below the input's 96 px
    body = valid_body(method, path, uploaded, {rules["max_side"]: cap})
    assert body is not None
    made, _ = _made(sandbox, path, body)
    assert made.size is not None and max(made.size) == cap
    assert abs(made.size[0] / made.size[1] - INPUT_SIZE[0] / INPUT_SIZE[1]) < 0.05  # the input's shape kept


@pytest.mark.parametrize(("method", "path", "rules"), list(_ops_with("scale")))
def test_a_scale_multiplies_the_inputs_size(
    sandbox: Sandbox, uploaded: dict[str, str], method: str, path: str, rules: dict[str, Any]
) -> None:
    schema = _spec.body_schema(_spec.operation(method, path)) or {}
    priced = [t for t in (schema.get("x-pricing") or {}).get("terms", ()) if t["field"] == rules["scale"]]
    for factor in [float(v) for t in priced for v in t.get("times", {})] or [_example(schema, rules["scale"])]:
        body = valid_body(method, path, uploaded, {rules["scale"]: factor})
        assert body is not None
        made, _ = _made(sandbox, path, body)
        assert made.size == (INPUT_SIZE[0] * factor, INPUT_SIZE[1] * factor)


def _unshaped_image_cases() -> Iterator[Any]:
    """Image operations taking an image whose document asks for no shape: the output keeps the input's size."""
    from magic_hour.sandbox._projects import create_operations

    for op in create_operations():
        files = _spec_file_types(op.schema)
        if op.media == "image" and "image" in files and not _rules(op.schema):
            yield pytest.param(op.method, op.path, id=case_id(op.method, op.path))


def _spec_file_types(schema: Any) -> set[str]:
    schema = _spec.follow_ref(schema)
    found = set(_spec.asset_types(schema)) if "x-asset-type" in schema else set()
    for prop in schema.get("properties", {}).values():
        found |= _spec_file_types(prop)
    if isinstance(schema.get("items"), dict):
        found |= _spec_file_types(schema["items"])
    return found


@pytest.mark.parametrize(("method", "path"), list(_unshaped_image_cases()))
def test_an_image_edit_keeps_the_inputs_size(
    sandbox: Sandbox, uploaded: dict[str, str], method: str, path: str
) -> None:
    body = valid_body(method, path, uploaded, {})
    assert body is not None
    made, _ = _made(sandbox, path, body)
    assert made.size == INPUT_SIZE


def _fps_cases() -> Iterator[Any]:
    """(asked, expected) frame rates per fps rule, against the 24 fps input."""
    for method, path, schema in creates():
        rule = _rules(schema).get("fps")
        if not rule:
            continue
        if "of_input" in rule:
            pairs = [(value, INPUT_FPS * share) for value, share in rule["of_input"].items()]
        elif rule.get("at_most_input"):
            pairs = [(30, INPUT_FPS), (12, 12.0)]
        else:
            pairs = [(12, 12.0), (24, 24.0)]
        for asked, expected in pairs:
            yield pytest.param(method, path, rule["field"], asked, expected, id=case_id(method, path, asked))


@pytest.mark.parametrize(("method", "path", "field", "asked", "expected"), list(_fps_cases()))
def test_the_frame_rate_follows_the_rule_and_the_input(
    sandbox: Sandbox, uploaded: dict[str, str], method: str, path: str, field: str, asked: Any, expected: float
) -> None:
    body = valid_body(method, path, uploaded, {field: asked})
    assert body is not None
    made, _answer = _made(sandbox, path, body)
    assert made.fps == pytest.approx(expected)
    clip = (_spec.body_schema(_spec.operation(method, path)) or {}).get("x-clip") or {}
    seconds = float(body.get(clip.get("end", ""), 0)) - float(body.get(clip.get("start") or "", 0))
    if seconds and made.seconds:
        assert made.seconds == pytest.approx(seconds, abs=0.1)


def _video_input_cases() -> Iterator[Any]:
    from magic_hour.sandbox._projects import create_operations

    for op in create_operations():
        if op.media == "video" and "video" in _spec_file_types(op.schema) and "fps" not in _rules(op.schema):
            yield pytest.param(op.method, op.path, id=case_id(op.method, op.path))


@pytest.mark.parametrize(("method", "path"), list(_video_input_cases()))
def test_a_video_keeps_its_inputs_frame_rate(
    sandbox: Sandbox, uploaded: dict[str, str], method: str, path: str
) -> None:
    body = valid_body(method, path, uploaded, {})
    assert body is not None
    made, _ = _made(sandbox, path, body)
    assert made.fps == pytest.approx(INPUT_FPS)


@pytest.mark.parametrize(("method", "path", "rules"), list(_ops_with("audio")))
def test_audio_asked_for_is_audible_and_otherwise_silent(
    sandbox: Sandbox, uploaded: dict[str, str], method: str, path: str, rules: dict[str, Any]
) -> None:
    for wanted in (True, False):
        body = valid_body(method, path, uploaded, {rules["audio"]: wanted})
        if body is None:
            pytest.skip(f"no request the document allows uses {rules['audio']}={wanted}")
        r = create(sandbox, path, body)
        answer = project(sandbox, r.json()["id"])
        data = httpx.get(answer["downloads"][0]["url"]).content
        local = sandbox.storage_dir / f"audio-{wanted}.mp4"
        local.write_bytes(data)
        loud = loudest(local)
        assert loud is not None and ((loud > -30) if wanted else (loud < -80)), (wanted, loud)


def _plan_limit_cases() -> Iterator[Any]:
    """Each plan's limit on the short side ("free users are limited to 576px"), on a request for more."""
    for method, path, schema in creates():
        rules = _rules(schema)
        sizes = (rules.get("resolution") or {}).get("sizes", {})
        for plan, limit in (rules.get("plan_max_short_side") or {}).items():
            bigger = [v for v, s in sizes.items() if s.get("short", s.get("long", 0)) > limit]
            if bigger:
                yield pytest.param(method, path, rules["resolution"]["field"], bigger[0], plan, limit,
                                   id=case_id(method, path, plan, bigger[0]))  # fmt: skip


@pytest.mark.parametrize(("method", "path", "field", "value", "plan", "limit"), list(_plan_limit_cases()))
def test_a_plan_limits_the_resolution(
    sandbox: Sandbox, uploaded: dict[str, str], method: str, path: str, field: str, value: str, plan: str, limit: int
) -> None:
    body = valid_body(method, path, uploaded, {field: value})
    if body is None:
        pytest.skip(f"no request the document allows uses {field}={value}")
    sandbox.set_plan(plan)
    try:
        made, _ = _made(sandbox, path, body)
    finally:
        sandbox.set_plan("business")
    assert made.size is not None and min(made.size) <= limit


def _plan_default_cases() -> Iterator[Any]:
    """Each plan's default resolution ("Defaults to `720p` on paid tiers and `480p` on free tiers")."""
    for method, path, schema in creates():
        resolution = _rules(schema).get("resolution") or {}
        for plan, chosen in (resolution.get("default_by_plan") or {}).items():
            if plan in ("free", "business"):
                size = resolution["sizes"][chosen]
                yield pytest.param(method, path, resolution["field"], plan, size, id=case_id(method, path, plan))


@pytest.mark.parametrize(("method", "path", "field", "plan", "size"), list(_plan_default_cases()))
def test_a_resolution_left_out_is_the_plans_default(
    sandbox: Sandbox, uploaded: dict[str, str], method: str, path: str, field: str, plan: str, size: dict[str, int]
) -> None:
    body = valid_body(method, path, uploaded, {})
    assert body is not None
    body.pop(field, None)
    sandbox.set_plan(plan)
    try:
        made, _ = _made(sandbox, path, body)
    finally:
        sandbox.set_plan("business")
    assert made.size is not None
    assert (min(made.size) == size["short"]) if "short" in size else (max(made.size) == size["long"])


# ----- names and limits as the document lists them ----------------------------------------------------------


def test_each_project_reports_a_type_its_get_lists(sandbox: Sandbox, uploaded: dict[str, str]) -> None:
    """The project GET's `type` is one of the values its description lists ("Possible values are ...")."""
    from magic_hour.sandbox._projects import create_operations

    checked = 0
    for op in create_operations():
        get = _spec.response_schema(_spec.operation("GET", op.get_path))
        described = str(_spec.follow_ref(get.get("properties", {}).get("type", {})).get("description", ""))
        listed = re.search(r"Possible values are ([A-Z0-9_, ]+)", described)
        if not listed:
            continue
        body = valid_body(op.method, op.path, uploaded, {})
        assert body is not None
        r = create(sandbox, op.path, body)
        answer = httpx.get(f"{sandbox.base_url}{op.get_path.replace('{id}', r.json()['id'])}", headers=_AUTH).json()
        assert answer["type"] in [v.strip() for v in listed[1].split(",")], (op.path, answer["type"])
        checked += 1
    assert checked


def _durations() -> Iterator[Any]:
    """Each model's durations as its end_seconds description lists them ("* **`veo3.1-lite`**: 4, 6, 8, ...")."""
    for method, path, schema in creates():
        end = _spec.follow_ref(schema.get("properties", {}).get("end_seconds", {}))
        for model, values in re.findall(r"\*\*`([^`]+)`\*\*: ([\d., ]+)", str(end.get("description", ""))):
            seconds = [float(v) for v in re.findall(r"\d+(?:\.\d+)?", values)]
            yield pytest.param(method, path, model, seconds, id=case_id(method, path, model))


@pytest.mark.parametrize(("method", "path", "model", "seconds"), list(_durations()))
def test_every_duration_a_model_lists_is_accepted(method: str, path: str, model: str, seconds: list[float]) -> None:
    from magic_hour import _validation

    for end in seconds:
        body = valid_body(method, path, {"image": "https://example.com/a.png"}, {"model": model, "end_seconds": end})
        refused = [p for p in _validation.rule_problems(method, path, body or {}) if "end_seconds" in p]
        assert body is not None and not refused, (model, end, refused)
