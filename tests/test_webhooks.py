"""`unwrap` and `verify_signature`: what they accept, what they refuse and why, and where the secret comes from.

Events are signed here by the documented scheme in plain `hmac` (tests/_webhook_receiver.py), never by the SDK.
"""

from __future__ import annotations

import json
import logging
import pickle
import re
import time
import warnings
from pathlib import Path
from typing import Any

import httpx
import pytest
from magic_hour import AsyncClient, Client, ValidationError, webhooks
from magic_hour_api.webhooks import EVENT_TYPES, EVENTS

from ._webhook_receiver import SIGNATURE, TIMESTAMP, documented_sign

SECRET = "whsec_unit_7c2b"
ROOT = Path(__file__).resolve().parents[1]


def _body(event_type: str = "video.completed", **payload: Any) -> bytes:
    info = next(e for e in EVENTS if e.type == event_type)
    event = info.example()
    event["payload"].update(payload)
    return json.dumps(event, separators=(",", ":")).encode()


def test_every_event_type_of_the_document_unwraps_to_its_class() -> None:
    assert len(EVENT_TYPES) == len(EVENTS) >= 1
    for info in EVENTS:
        body = _body(info.type)
        event = webhooks.unwrap(body, documented_sign(SECRET, body), secret=SECRET, strict=True)
        assert type(event) is info.event_class and event.type == info.type
        assert event.payload.id == json.loads(body)["payload"]["id"]


def test_tampered_stale_future_and_unsigned_deliveries_are_refused_each_with_its_reason() -> None:
    body = _body()
    headers = documented_sign(SECRET, body)
    webhooks.verify_signature(body, headers, secret=SECRET)  # the untouched delivery passes

    with pytest.raises(webhooks.WebhookSignatureError, match="does not match the body"):
        webhooks.unwrap(body.replace(b"complete", b"c0mplete"), headers, secret=SECRET)
    with pytest.raises(webhooks.WebhookSignatureError):
        webhooks.unwrap(body, headers, secret="whsec_someone_else")
    forged = dict(headers, **{TIMESTAMP: str(int(headers[TIMESTAMP]) + 1)})
    with pytest.raises(webhooks.WebhookSignatureError):  # the timestamp is signed too
        webhooks.unwrap(body, forged, secret=SECRET)

    stale = documented_sign(SECRET, body, int(time.time()) - 301)
    with pytest.raises(webhooks.WebhookTimestampError, match="old") as old:
        webhooks.unwrap(body, stale, secret=SECRET)
    assert old.value.skew is not None and old.value.skew < -300
    future = documented_sign(SECRET, body, int(time.time()) + 301)
    with pytest.raises(webhooks.WebhookTimestampError, match="in the future") as ahead:
        webhooks.unwrap(body, future, secret=SECRET)
    assert ahead.value.skew is not None and ahead.value.skew > 300
    webhooks.unwrap(body, stale, secret=SECRET, tolerance=600)  # a wider window takes it
    with pytest.raises(webhooks.WebhookTimestampError, match="not Unix seconds"):
        webhooks.unwrap(body, dict(headers, **{TIMESTAMP: "1e9"}), secret=SECRET)

    for missing in (SIGNATURE, TIMESTAMP):
        with pytest.raises(webhooks.WebhookHeaderMissingError) as info:
            webhooks.unwrap(body, {k: v for k, v in headers.items() if k != missing}, secret=SECRET)
        assert info.value.header == missing
    with pytest.raises(webhooks.WebhookHeaderMissingError):
        webhooks.unwrap(body, {}, secret=SECRET)
    for error in (webhooks.WebhookSignatureError, webhooks.WebhookTimestampError, webhooks.WebhookHeaderMissingError):
        assert issubclass(error, webhooks.WebhookVerificationError)


def test_headers_are_read_from_whatever_a_framework_hands_over() -> None:
    body = _body()
    signed = documented_sign(SECRET, body)
    title = {k.title(): v for k, v in signed.items()}
    meta = {"HTTP_" + k.upper().replace("-", "_"): v for k, v in signed.items()}  # Django request.META, WSGI environ
    meta["CONTENT_TYPE"] = "application/json"
    asgi = [(k.encode(), v.encode()) for k, v in signed.items()]  # an ASGI scope's raw pairs
    forms: list[Any] = [signed, title, httpx.Headers(title), meta, asgi]
    for headers in forms:
        assert webhooks.unwrap(body, headers, secret=SECRET).type == "video.completed"
    twice = httpx.Headers([*signed.items(), (SIGNATURE, "0" * 64)])
    with pytest.raises(webhooks.WebhookHeaderMissingError, match="different values"):  # which one to trust?
        webhooks.unwrap(body, twice, secret=SECRET)


def test_the_raw_bytes_are_verified_and_a_str_or_parsed_body_says_what_to_pass() -> None:
    body = _body()
    headers = documented_sign(SECRET, body)
    assert webhooks.unwrap(body.decode(), headers, secret=SECRET).type == "video.completed"  # same bytes as str
    reserialised = json.dumps(json.loads(body), indent=2)
    with pytest.raises(webhooks.WebhookSignatureError, match="raw request bytes"):
        webhooks.unwrap(reserialised, headers, secret=SECRET)
    with pytest.raises(ValidationError, match="raw request body"):
        webhooks.unwrap(json.loads(body), headers, secret=SECRET)  # type: ignore[arg-type]


def test_unknown_event_types_parse_as_generic_events_unless_strict_and_bad_bodies_are_refused() -> None:
    body = json.dumps({"type": "video.queued", "payload": {"id": "cm1"}, "extra": 1}).encode()
    headers = documented_sign(SECRET, body)
    event = webhooks.unwrap(body, headers, secret=SECRET)
    assert isinstance(event, webhooks.UnknownWebhookEvent)
    assert (event.type, event.payload, event.additional_properties) == ("video.queued", {"id": "cm1"}, {"extra": 1})
    with pytest.raises(webhooks.WebhookUnknownEventError, match=r"video\.queued") as info:
        webhooks.unwrap(body, headers, secret=SECRET, strict=True)
    assert info.value.event_type == "video.queued"

    for bad, reason in [
        (b"not json", "not JSON"),
        (b"[1, 2]", "not an event object"),
        (b'{"type": "video.completed", "payload": NaN}', "not JSON"),
        (b'{"type": "video.completed", "payload": {"id": "\xff"}}', "not JSON"),
    ]:
        with pytest.raises(webhooks.WebhookPayloadError, match=reason):
            webhooks.unwrap(bad, documented_sign(SECRET, bad), secret=SECRET)


def test_whitespace_around_the_body_is_json_and_data_after_it_is_not() -> None:
    body = _body()
    for padded in (b" " + body, body + b"\n", b"\r\n" + body + b" \t"):
        assert webhooks.unwrap(padded, documented_sign(SECRET, padded), secret=SECRET).type == "video.completed"
    for bad in (body + b"{}", body + b" x", body[:-1]):
        with pytest.raises(webhooks.WebhookPayloadError, match="not JSON"):
            webhooks.unwrap(bad, documented_sign(SECRET, bad), secret=SECRET)


def test_a_dict_holding_one_header_in_two_spellings_is_ambiguous_unless_they_agree() -> None:
    body = _body()
    signed = documented_sign(SECRET, body)
    both = dict(signed, **{SIGNATURE.title(): signed[SIGNATURE]})
    assert webhooks.unwrap(body, both, secret=SECRET).type == "video.completed"
    both[SIGNATURE.title()] = "0" * 64
    with pytest.raises(webhooks.WebhookHeaderMissingError, match="different values") as info:
        webhooks.unwrap(body, both, secret=SECRET)
    assert info.value.header == SIGNATURE
    as_bytes = {k: v.encode() for k, v in signed.items()}  # values as bytes in a plain dict
    assert webhooks.unwrap(body, as_bytes, secret=SECRET).type == "video.completed"


def test_a_signature_in_capitals_passes_and_one_that_is_not_ascii_is_refused() -> None:
    body = _body()
    signed = documented_sign(SECRET, body)
    assert webhooks.unwrap(body, dict(signed, **{SIGNATURE: signed[SIGNATURE].upper()}), secret=SECRET)
    for odd in (signed[SIGNATURE][:-1] + "\u00e9", "\u0660" * 64):
        with pytest.raises(webhooks.WebhookSignatureError, match="does not match"):
            webhooks.unwrap(body, dict(signed, **{SIGNATURE: odd}), secret=SECRET)


def _signed(event: dict[str, Any]) -> tuple[bytes, dict[str, str]]:
    body = json.dumps(event, separators=(",", ":")).encode()
    return body, documented_sign(SECRET, body)


def test_a_signed_event_whose_payload_drifted_is_delivered_typed_where_it_parses_with_a_warning() -> None:
    """Refusing an authentic event for its shape makes Magic Hour retry it for 24 hours and drop it."""
    event = json.loads(_body("video.completed"))
    event["payload"].update(status="archived", width="512", region="eu")  # unknown status, retyped, new
    body, headers = _signed(event)
    with pytest.warns(webhooks.WebhookDriftWarning, match="typed all the same") as warned:
        typed = webhooks.unwrap(body, headers, secret=SECRET, strict=True)
    assert type(typed) is webhooks.VideoCompletedEvent and typed.payload.status == "archived"
    assert typed.raw_payload == event["payload"] and typed.raw_payload["region"] == "eu"
    assert set(typed.drift) == {
        "payload.status is 'archived', a value the document does not list",
        "payload.width is a string, not integer",
        "payload.region is new",
    }
    assert "payload.region is new" in str(warned[0].message)

    del event["payload"]["name"]  # the defect's case: the typed payload cannot be built without `name`
    body, headers = _signed(event)
    with pytest.warns(webhooks.WebhookDriftWarning, match="UnknownWebhookEvent with the payload as sent"):
        raw = webhooks.unwrap(body, headers, secret=SECRET)
    assert type(raw) is webhooks.UnknownWebhookEvent and raw.type == "video.completed"
    assert raw.payload == raw.raw_payload == event["payload"] and "payload.name is missing" in raw.drift
    with pytest.raises(webhooks.WebhookPayloadError, match=r"cannot be typed.*payload\.name is missing"):
        webhooks.unwrap(body, headers, secret=SECRET, strict=True)  # strict promises a typed event

    for payload in ([1, 2], None):
        body, headers = _signed({"type": "audio.completed", "payload": payload})
        with pytest.warns(webhooks.WebhookDriftWarning):
            odd = webhooks.unwrap(body, headers, secret=SECRET)
        assert isinstance(odd, webhooks.UnknownWebhookEvent) and odd.payload == payload and odd.drift


def test_an_event_as_documented_is_typed_without_a_warning_and_parsed_only_when_read() -> None:
    body = _body("image.completed")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        event = webhooks.unwrap(body, documented_sign(SECRET, body), secret=SECRET, strict=True)
        again = webhooks.unwrap(body, documented_sign(SECRET, body), secret=SECRET, strict=True)  # a layout seen
    assert type(event) is webhooks.ImageCompletedEvent and event.drift == () and event == again
    assert event._payload is None  # not typed yet
    assert event.payload.id == json.loads(body)["payload"]["id"] and event.payload is event.payload
    assert event.to_dict() == json.loads(body)


def test_the_payload_under_object_as_the_documents_signing_example_sends_it_is_accepted() -> None:
    """The document's "Securing your endpoint" example puts the payload under `object`, its schema under
    `payload`: both are Magic Hour's."""
    doc = json.loads((ROOT / "spec" / "magic-hour-webhooks.openapi.json").read_text(encoding="utf-8"))
    match = re.search(r"\d+\.(\{.*\})\n", doc["info"]["description"])
    assert match, "the document's signing example moved"
    example = match.group(1).encode()
    assert b'"object":' in example
    with pytest.warns(webhooks.WebhookDriftWarning):  # it also lacks fields its schema requires
        event = webhooks.unwrap(example, documented_sign(SECRET, example), secret=SECRET)
    assert event.type == "video.started" and event.raw_payload["id"] == json.loads(example)["object"]["id"]
    assert "object" not in event.additional_properties

    documented = json.loads(_body("video.started"))
    body, headers = _signed({"type": "video.started", "object": documented["payload"]})
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        typed = webhooks.unwrap(body, headers, secret=SECRET, strict=True)
    assert type(typed) is webhooks.VideoStartedEvent and typed.payload.id == documented["payload"]["id"]


def test_headers_of_the_wrong_shape_get_the_sdks_error_naming_the_accepted_shapes() -> None:
    body = _body()
    signed = documented_sign(SECRET, body)
    for wrong in ["a string", b"bytes", [(TIMESTAMP, signed[TIMESTAMP], "x")], [(SIGNATURE,)], ["ab", "cd"], 42]:
        with pytest.raises(ValidationError, match=r"a mapping of header names to values .* \(name, value\) pairs"):
            webhooks.unwrap(body, wrong, secret=SECRET)
    assert webhooks.unwrap(body, list(signed.items()), secret=SECRET).type == "video.completed"


def test_a_refused_forgery_leaves_the_valid_signature_in_no_frame_of_the_traceback() -> None:
    """Error trackers record every frame's locals: the signature the forger's body needed must not be one."""
    forged = _body(id="cm_forged")
    needed = documented_sign(SECRET, forged)[SIGNATURE]
    headers = dict(documented_sign(SECRET, _body()), **{TIMESTAMP: documented_sign(SECRET, forged)[TIMESTAMP]})
    with pytest.raises(webhooks.WebhookSignatureError) as info:
        webhooks.unwrap(forged, headers, secret=SECRET)
    tb = info.value.__traceback__.tb_next  # past this test's own frame, which holds `needed`
    seen = []
    while tb is not None:
        seen += [repr(value) for value in tb.tb_frame.f_locals.values()]
        tb = tb.tb_next
    assert seen and not [text for text in seen if needed in text or needed.encode() in text.encode()]


def test_the_secret_comes_from_the_argument_then_the_client_then_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    body = _body()
    env_secret, client_secret = "whsec_from_env_1", "whsec_from_client_2"
    monkeypatch.setenv(webhooks.SECRET_ENV, env_secret)
    with Client("t", base_url="http://127.0.0.1:9", webhook_secret=client_secret) as client:
        assert client.webhooks.unwrap(body, documented_sign(client_secret, body)).type == "video.completed"
        assert client.webhooks.unwrap(body, documented_sign(SECRET, body), secret=SECRET).type == "video.completed"
        with pytest.raises(webhooks.WebhookSignatureError):
            client.webhooks.unwrap(body, documented_sign(env_secret, body))  # the client's wins over the env
        copy = client.with_options(timeout=5)
        assert copy.webhooks.unwrap(body, documented_sign(client_secret, body)).type == "video.completed"
    with Client("t", base_url="http://127.0.0.1:9") as client:
        client.webhooks.verify_signature(body, documented_sign(env_secret, body))
    webhooks.verify_signature(body, documented_sign(env_secret, body))  # no client at all
    monkeypatch.delenv(webhooks.SECRET_ENV)
    with pytest.raises(ValidationError, match=webhooks.SECRET_ENV):
        webhooks.unwrap(body, documented_sign(env_secret, body))
    with pytest.raises(ValidationError, match="empty"):
        Client("t", base_url="http://127.0.0.1:9", webhook_secret=" ")


async def test_async_client_unwraps_with_its_secret() -> None:
    body = _body("audio.errored")
    async with AsyncClient("t", base_url="http://127.0.0.1:9", webhook_secret=SECRET) as client:
        event = client.webhooks.unwrap(body, documented_sign(SECRET, body), strict=True)
        assert event.type == "audio.errored"
        with pytest.raises(ValidationError, match="no outputs"):
            await client.webhooks.download(event)


def test_the_secret_never_shows_in_reprs_errors_logs_or_pickles(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    secret = "whsec_do_not_leak_93f1"
    body = _body()
    good = documented_sign(secret, body)
    expected = good[SIGNATURE]
    client = Client("t", base_url="http://127.0.0.1:9", webhook_secret=secret)
    seen = [repr(client), repr(client._settings), repr(client.webhooks), str(client._settings)]
    errors: list[BaseException] = []
    for headers in [dict(good, **{SIGNATURE: "0" * 64}), {}, documented_sign(secret, body, 1)]:
        try:
            client.webhooks.unwrap(body + b" ", headers)
        except webhooks.WebhookVerificationError as exc:
            errors.append(exc)
    assert len(errors) == 3
    seen += [str(e) for e in errors] + [repr(e) for e in errors] + [caplog.text]
    for error in errors:
        seen.append(repr(pickle.loads(pickle.dumps(error)).__dict__))
    for text in seen:
        assert secret not in text and expected not in text
    with pytest.raises(TypeError, match="not pickled"):
        pickle.dumps(client._settings.webhook_secret)
    client.close()
