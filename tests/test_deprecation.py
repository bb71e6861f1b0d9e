"""Names Magic Hour's document dropped stay accepted for a deprecation window (`x-sdk-deprecated` in the
corrections): code written for the official SDK 0.90, which still takes `width`/`height` and `orientation`,
runs here too, with a DeprecationWarning naming the replacement, and the body goes out as the correction says."""

from __future__ import annotations

import inspect
import warnings
from pathlib import Path
from typing import Any

import pytest
from magic_hour import AsyncClient, Client, _deprecation, _spec
from magic_hour.sandbox import Sandbox
from magic_hour.sandbox.examples import example_body

#: The official SDK's deprecated parameters (present in Magic Hour's documents until 2026-01-24).
KEPT = {
    "face_swap": {"width": 512, "height": 512},
    "lip_sync": {"width": 512, "height": 512},
    "image_to_video": {"width": 512, "height": 512},
    "video_to_video": {"width": 512, "height": 512},
    "text_to_video": {"orientation": "landscape"},
    "ai_image_generator": {"orientation": "portrait"},
}


def _create_op(module: str) -> tuple[str, str]:
    return next(
        (m, p)
        for m, p, op in _spec.operations()
        if op.get("x-sdk-module") == module and op.get("x-sdk-method") == "create"
    )


def _uploaded(client: Client, media: dict[str, Path]) -> dict[str, str]:
    return {kind: client.v1.files.upload_file(path) for kind, path in media.items()}


@pytest.mark.parametrize("method", ["create", "generate"])
@pytest.mark.parametrize("module", sorted(KEPT))
def test_the_official_sdks_deprecated_parameters_warn_and_are_sent(
    module: str, method: str, sandbox: Sandbox, client: Client, media: dict[str, Path], tmp_path: Path
) -> None:
    call = getattr(getattr(client.v1, module), method)
    assert set(KEPT[module]) <= set(inspect.signature(call).parameters)  # a TypeError before
    files: dict[str, Any] = _uploaded(client, media) if method == "create" else media
    body = example_body(*_create_op(module), files)
    extra = {"download_directory": tmp_path} if method == "generate" else {}
    with pytest.warns(DeprecationWarning) as caught:
        result = call(**body, **KEPT[module], **extra)
    assert result.id
    messages = [str(w.message) for w in caught if issubclass(w.category, DeprecationWarning)]
    for name in KEPT[module]:
        assert any(f"`{name}`" in m and "since 2026-01-24" in m for m in messages), messages
    if "orientation" in KEPT[module]:
        assert any("use aspect_ratio instead" in m for m in messages), messages
    assert all(w.filename == __file__ for w in caught), [w.filename for w in caught]  # points at the caller
    sent = [r.json for r in sandbox.requests if r.route == "create"]
    assert len(sent) == 1 and all(sent[0][k] == v for k, v in KEPT[module].items()), sent


def test_a_deprecated_parameter_is_still_checked_against_its_schema(client: Client, media: dict[str, Path]) -> None:
    body = example_body(*_create_op("text_to_video"), {})
    from magic_hour import ValidationError

    with pytest.raises(ValidationError, match="orientation"), warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        client.v1.text_to_video.create(**body, orientation="diagonal")  # type: ignore[arg-type]


async def test_the_async_client_warns_and_sends_them_too(sandbox: Sandbox, aclient: AsyncClient) -> None:
    body = example_body(*_create_op("ai_image_generator"), {})
    with pytest.warns(DeprecationWarning, match="orientation"):
        await aclient.v1.ai_image_generator.create(**body, orientation="square")
    assert [r.json["orientation"] for r in sandbox.requests if r.route == "create"] == ["square"]


#: A schema in the corrections' vocabulary with every way of sending a deprecated name.
SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {"mode": {"type": "string", "enum": ["fast", "best"], "x-sdk-deprecated-values": {}}},
    "x-sdk-deprecated": {
        "legacy": {"schema": {"type": "integer"}, "since": "0.3.0", "replacement": None, "send": "drop"},
        "shape": {
            "schema": {"type": "string"},
            "since": "0.3.0",
            "replacement": "aspect",
            "send": {"map": {"to": "aspect", "values": {"wide": "16:9"}}},
        },
    },
}
SCHEMA["properties"]["mode"]["x-sdk-deprecated-values"] = {
    "turbo": {"since": "0.4.0", "replacement": "'fast'", "send": {"map": "fast"}},
    "old": {"since": "0.4.0", "replacement": None, "send": "drop"},
    "keep": {"since": "0.4.0", "replacement": None, "send": "as-is"},
}


@pytest.mark.parametrize(
    ("body", "sent", "said"),
    [
        ({"legacy": 3, "mode": "fast"}, {"mode": "fast"}, "It is not sent."),
        ({"shape": "wide"}, {"aspect": "16:9"}, "It is sent as aspect='16:9'."),
        ({"mode": "turbo"}, {"mode": "fast"}, "use 'fast' instead. 'fast' is sent instead."),
        ({"mode": "old"}, {}, "mode is not sent."),
        ({"mode": "keep"}, {"mode": "keep"}, "It is still sent as given."),
        ({"mode": "best"}, {"mode": "best"}, None),
    ],
)
def test_send_says_what_goes_over_the_wire(body: dict[str, Any], sent: dict[str, Any], said: str | None) -> None:
    given = dict(body)
    out, notes = _deprecation.apply(SCHEMA, body)
    assert out == sent
    assert (len(notes) == 1 and notes[0].endswith(said)) if said else notes == [], notes
    assert body == given  # the caller's dict is not modified


def test_the_validator_accepts_deprecated_names_and_nothing_else() -> None:
    from magic_hour._validation import _compile, json_schema

    check = _compile(json_schema(SCHEMA))
    check({"legacy": 3, "mode": "turbo"})
    import fastjsonschema

    with pytest.raises(fastjsonschema.JsonSchemaValueException):
        check({"mode": "slow"})
    with pytest.raises(fastjsonschema.JsonSchemaValueException):
        check({"legacy": "three"})


def test_a_value_listed_again_to_be_sent_as_is_still_warns() -> None:
    """A value kept `send: as-is` is back in the enum (compiler/correct/kept_values.py) so generated models take it;
    `x-sdk-kept-values` says it is not the document's own, so using it still warns (and it is sent as given)."""
    schema = {
        "type": "object",
        "properties": {
            "mode": {
                "type": "string",
                "enum": ["fast", "keep"],
                "x-sdk-kept-values": ["keep"],
                "x-sdk-deprecated-values": {"keep": {"since": "0.4.0", "replacement": "'fast'", "send": "as-is"}},
            }
        },
    }
    out, notes = _deprecation.apply(schema, {"mode": "keep"})
    assert out == {"mode": "keep"} and len(notes) == 1 and notes[0].endswith("It is still sent as given."), notes
    assert _deprecation.apply(schema, {"mode": "fast"}) == ({"mode": "fast"}, [])
