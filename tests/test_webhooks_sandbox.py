"""The sandbox delivers webhooks like Magic Hour: a handler written from the docs accepts every event it sends.

Events, statuses and headers come from the webhook document; the receiver verifies with plain `hmac`
(tests/_webhook_receiver.py). Retries and faults run on a ManualClock, so nothing here sleeps.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from magic_hour import AsyncClient, Client, ValidationError, webhooks
from magic_hour.sandbox import ManualClock, Sandbox, WebhookFault
from magic_hour.sandbox._projects import Operation, create_operations
from magic_hour.sandbox.examples import example_body
from magic_hour_api.webhooks import EVENTS

from ._webhook_receiver import Receiver, receiver
from .conftest import TOKEN

SECRET = "whsec_test_0d1f2e"
_AUTH = {"Authorization": f"Bearer {TOKEN}"}


def _events_for(status_kind: str) -> dict[str, str]:
    """get_path -> event type, for the events announcing success ("complete") or failure, from the catalog."""
    from magic_hour import _spec

    out = {}
    for info in EVENTS:
        if info.project_get and info.status:
            rules = _spec.project_rules("GET", info.project_get)
            group = rules.success if status_kind == "success" else rules.failure
            if info.status in group:
                out[info.project_get] = info.type
    return out


def _started() -> dict[str, str]:
    from magic_hour import _spec

    return {
        e.project_get: e.type
        for e in EVENTS
        if e.project_get and e.status and not _spec.project_rules("GET", e.project_get).is_final(e.status)
    }


def _operation(media: str, *, with_files: bool) -> Operation:
    """The simplest create of a media kind (fewest required fields), with or without file fields."""
    from magic_hour import _validation

    def files(op: Operation) -> int:
        return len(list(_validation.file_fields(op.schema, example_body(op.method, op.path, _URLS))))

    ops = [op for op in create_operations() if op.media == media and (files(op) > 0) == with_files]
    return min(ops, key=lambda op: (files(op), len(op.schema.get("required", [])), op.path))


_URLS = {kind: f"https://assets.example.invalid/missing.{ext}" for kind, ext in [("image", "png"), ("audio", "mp3"),
         ("video", "mp4")]}  # fmt: skip


def _create(sandbox: Sandbox, media: str, files: dict[str, Any], *, fail: bool = False) -> str:
    """Create a project over plain HTTP; `fail` points its files at URLs the offline sandbox cannot fetch."""
    op = _operation(media, with_files=fail) if fail else _operation_any(media)
    body = example_body(op.method, op.path, _URLS if fail else files)
    answer = httpx.post(f"{sandbox.base_url}{op.path}", json=body, headers=_AUTH, timeout=10)
    assert answer.status_code == 200, answer.text
    return str(answer.json()["id"])


def _operation_any(media: str) -> Operation:
    try:
        return _operation(media, with_files=False)
    except ValueError:
        return _operation(media, with_files=True)


def _upload_all(sandbox: Sandbox, media: dict[str, Path]) -> dict[str, str]:
    with Client(TOKEN, base_url=sandbox.base_url) as client:
        return {kind: client.v1.files.upload_file(path) for kind, path in media.items()}


def _delivered(types: set[tuple[str, str]]) -> Any:
    return lambda log: types <= {(d.project_id, d.event_type) for d in log if d.outcome == "delivered"}


# ----- every event verifies ----------------------------------------------------------------------------------


def test_every_event_the_sandbox_sends_verifies_with_the_documented_scheme(media: dict[str, Path]) -> None:
    with receiver(SECRET) as hook, Sandbox(render_seconds=0, webhook_url=hook.url, webhook_secret=SECRET) as sandbox:
        files = _upload_all(sandbox, media)
        expected: set[tuple[str, str]] = set()
        kinds = sorted({e.project_get for e in EVENTS if e.project_get})
        by_path = {op.get_path: op.media for op in create_operations()}
        for get_path in kinds:
            ok = _create(sandbox, by_path[get_path], files)
            bad = _create(sandbox, by_path[get_path], files, fail=True)
            expected |= {(ok, _started()[get_path]), (ok, _events_for("success")[get_path])}
            expected |= {(bad, _started()[get_path]), (bad, _events_for("failure")[get_path])}
        log = sandbox.webhooks.wait(_delivered(expected), timeout=60)
        hits = hook.wait(lambda h: len(h) >= len(expected))

    assert {(d.project_id, d.event_type) for d in log if d.outcome == "delivered"} == expected
    assert all(h.verified for h in hits), [h.headers for h in hits if not h.verified]
    assert len(hits) == len(expected)  # nothing but these: every event once, no retries needed
    for hit in hits:
        event = webhooks.unwrap(hit.body, hit.headers, secret=SECRET, strict=True)
        assert event.type == hit.event["type"]
        info = next(e for e in EVENTS if e.type == event.type)
        assert isinstance(event, info.event_class)
        assert event.payload.status == info.status  # the payload is the project as it was when the event fired
        assert hit.path == "/hooks/magic-hour"
    for project_id in {p for p, _ in expected}:  # started before the outcome, for every project
        order = [h.event["type"] for h in hits if h.event["payload"]["id"] == project_id]
        assert order[0] in _started().values() and len(order) == 2


def test_a_completed_event_downloads_its_outputs_with_one_get_and_no_wait(tmp_path: Path) -> None:
    with receiver(SECRET) as hook, Sandbox(render_seconds=0, webhook_url=hook.url, webhook_secret=SECRET) as sandbox:
        op = _operation_any("image")
        answer = httpx.post(f"{sandbox.base_url}{op.path}", json=example_body(op.method, op.path, {}), headers=_AUTH)
        project_id = answer.json()["id"]
        done = _events_for("success")[op.get_path]
        hits = hook.wait(lambda h: any(x.event["type"] == done for x in h))
        hit = next(x for x in hits if x.event["type"] == done)
        started = next(x for x in hits if x.event["type"] != done)
        with Client(TOKEN, base_url=sandbox.base_url, webhook_secret=SECRET) as client:
            event = client.webhooks.unwrap(hit.body, hit.headers)
            sandbox.clear_log()
            result = client.webhooks.download(event, download_directory=tmp_path)  # type: ignore[arg-type]
            gets = [r for r in sandbox.requests if r.route == "get"]
            early = client.webhooks.unwrap(started.body, started.headers)
            with pytest.raises(ValidationError) as info:
                client.webhooks.download(early, download_directory=tmp_path)  # type: ignore[arg-type]
    assert result.id == project_id and result.downloaded_paths
    assert all(Path(p).parent == tmp_path and Path(p).stat().st_size > 0 for p in result.downloaded_paths)
    assert len(gets) == 1  # fresh URLs, no polling
    assert "no outputs" in str(info.value)


# ----- canceled, retries, bounds -----------------------------------------------------------------------------


def test_a_canceled_project_sends_nothing_as_the_real_api() -> None:
    clock = ManualClock()
    with (
        receiver(SECRET) as hook,
        Sandbox(render_seconds=4, clock=clock, webhook_url=hook.url, webhook_secret=SECRET) as sandbox,
    ):
        project_id = _create(sandbox, "image", {})
        sandbox.cancel(project_id)  # while queued
        clock.advance(10)
        log = sandbox.webhooks.flush()
        assert sandbox.project(project_id)["status"] == "canceled"
        assert sandbox.webhooks.idle()  # it stopped following the project
    assert log == [] and hook.hits == []


def test_failed_deliveries_are_retried_with_doubling_backoff_on_the_sandbox_clock_and_then_given_up() -> None:
    clock = ManualClock()
    with receiver(SECRET, answer=lambda hit: 500) as hook, Sandbox(
        render_seconds=0, clock=clock, webhook_url=hook.url, webhook_secret=SECRET, webhook_attempts=4,
        webhook_backoff=1.0,
    ) as sandbox:  # fmt: skip
        project_id = _create(sandbox, "image", {})
        sandbox.wait_rendered(project_id)
        first = sandbox.webhooks.wait(lambda log: len(log) >= 2, timeout=20)  # started and completed, once each
        assert [d.attempt for d in first] == [1, 1]
        for gap in (1.0, 2.0, 4.0):  # the retries of both events fall due together, `gap` after the last try
            clock.advance(gap - 0.05)
            assert len(sandbox.webhooks.flush()) == len(first)  # not before its time
            clock.advance(0.1)
            seen = len(first)
            first = sandbox.webhooks.wait(lambda log, n=seen: len(log) >= n + 2, timeout=20)
        clock.advance(3600)
        log = sandbox.webhooks.flush()
    per_event: dict[str, list[Any]] = {}
    for d in log:
        per_event.setdefault(d.event_type, []).append(d)
    assert len(per_event) == 2
    for tries in per_event.values():
        assert [d.attempt for d in tries] == [1, 2, 3, 4]  # bounded: 4 attempts, nothing after the last
        gaps = [b.at - a.at for a, b in itertools.pairwise(tries)]
        assert all(want <= gap < want + 0.2 for gap, want in zip(gaps, (1.0, 2.0, 4.0), strict=True)), gaps
        assert [d.outcome for d in tries] == ["retrying"] * 3 + ["failed"]
        assert all(d.status == 500 for d in tries)
    assert len(hook.hits) == 8 and all(h.verified for h in hook.hits)


def test_a_handler_that_recovers_gets_the_event_on_a_retry_and_connection_failures_count_as_failures() -> None:
    clock = ManualClock()
    answers = iter([503, 200, 200])
    with receiver(SECRET, answer=lambda hit: next(answers)) as hook, Sandbox(
        render_seconds=0, clock=clock, webhook_url=hook.url, webhook_secret=SECRET, webhook_backoff=1.0
    ) as sandbox:  # fmt: skip
        project_id = _create(sandbox, "image", {})
        sandbox.wait_rendered(project_id)
        sandbox.webhooks.wait(lambda log: len(log) >= 2, timeout=20)
        clock.advance(1.5)
        log = sandbox.webhooks.wait(lambda log: sum(d.outcome == "delivered" for d in log) >= 2, timeout=20)
    assert [(d.attempt, d.status, d.outcome) for d in log] == [(1, 503, "retrying"), (1, 200, "delivered"),
                                                                (2, 200, "delivered")]  # fmt: skip
    assert log[0].event_type == log[2].event_type and log[0].body == log[2].body  # the same event, re-signed
    assert log[0].headers != log[2].headers or log[0].at != log[2].at

    with Sandbox(  # a port nobody listens on: every connection fails
        render_seconds=0, clock=clock, webhook_url="http://127.0.0.1:9/hook", webhook_secret=SECRET,
        webhook_attempts=2, webhook_backoff=1.0,
    ) as sandbox:  # fmt: skip
        project_id = _create(sandbox, "image", {})
        sandbox.wait_rendered(project_id)
        sandbox.webhooks.wait(lambda log: len(log) >= 2, timeout=20)
        clock.advance(1.5)
        log = sandbox.webhooks.wait(lambda log: len(log) >= 4, timeout=20)
    assert all(d.status is None and d.error for d in log)
    assert sorted(d.outcome for d in log) == ["failed", "failed", "retrying", "retrying"]


@contextmanager
def _trickling_first(stop: threading.Event) -> Iterator[tuple[str, list[str]]]:
    """A handler that answers its first delivery one header line per 50 ms, forever (each read of the sender
    gets bytes well within any per-read timeout), and every later one at once with 200; yields its URL and the
    event types it answered."""
    answered: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: Any) -> None:
            pass

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("content-length") or 0))
            if not answered:
                answered.append("(trickled)")
                self.wfile.write(b"HTTP/1.1 200 OK\r\n")
                try:
                    while not stop.wait(0.05):  # the handler's pace, not the test's: the test waits on the log
                        self.wfile.write(b"X-Still-Coming: 1\r\n")
                except OSError:  # the sender gave up on it
                    pass
                self.close_connection = True
                return
            answered.append(json.loads(body)["type"])
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/hook", answered
    finally:
        stop.set()
        server.shutdown()
        server.server_close()


def test_a_handler_that_trickles_its_reply_fails_that_attempt_and_holds_up_no_later_delivery() -> None:
    """The sender is one thread: a reply that never ends, a byte now and then, must not stop every later event."""
    clock, stop = ManualClock(), threading.Event()
    with _trickling_first(stop) as (url, answered), Sandbox(
        render_seconds=0, clock=clock, webhook_url=url, webhook_secret=SECRET, webhook_timeout=0.5
    ) as sandbox:  # fmt: skip
        project_id = _create(sandbox, "image", {})
        sandbox.wait_rendered(project_id)
        log = sandbox.webhooks.wait(lambda log: any(d.outcome == "delivered" for d in log), timeout=30)
        stop.set()
    assert [d.outcome for d in log][:2] == ["retrying", "delivered"], log
    assert log[0].status is None and "within 0.5 s" in str(log[0].error)
    assert answered[:2] == ["(trickled)", log[1].event_type]


# ----- faults ------------------------------------------------------------------------------------------------


def _one_project(sandbox: Sandbox, hook: Receiver, count: int) -> list[Any]:
    project_id = _create(sandbox, "image", {})
    sandbox.wait_rendered(project_id)
    return hook.wait(lambda h: len(h) >= count)


def test_faults_lose_repeat_hold_and_reorder_events() -> None:
    op = _operation_any("image")
    started, done = _started()[op.get_path], _events_for("success")[op.get_path]
    clock = ManualClock()
    with (
        receiver(SECRET) as hook,
        Sandbox(render_seconds=0, clock=clock, webhook_url=hook.url, webhook_secret=SECRET) as sandbox,
    ):
        sandbox.webhooks.inject([WebhookFault("duplicate", done), WebhookFault("drop", started)])
        hits = _one_project(sandbox, hook, 2)
        log = sandbox.webhooks.flush()
        assert [h.event["type"] for h in hits] == [done, done]  # the started event is lost, completed comes twice
        assert hits[0].body == hits[1].body and all(h.verified for h in hits)
        assert [d.outcome for d in log if d.event_type == started] == ["dropped"]

        sandbox.webhooks.inject([WebhookFault("out_of_order", started)])
        hook.hits.clear()
        hits = _one_project(sandbox, hook, 2)
        assert [h.event["type"] for h in hits] == [done, started]

        sandbox.webhooks.inject([WebhookFault("delay", done, seconds=30)])
        hook.hits.clear()
        project_id = _create(sandbox, "image", {})
        sandbox.wait_rendered(project_id)
        hook.wait(lambda h: len(h) >= 1)
        sandbox.webhooks.flush()
        assert [h.event["type"] for h in hook.hits] == [started]  # completed is held on the sandbox clock
        clock.advance(31)
        hits = hook.wait(lambda h: len(h) >= 2)
        assert [h.event["type"] for h in hits] == [started, done]


def test_a_fault_names_only_events_the_document_defines_and_the_url_must_be_http() -> None:
    with pytest.raises(ValueError, match="unknown event type"):
        WebhookFault("drop", "video.canceled")
    with pytest.raises(ValueError, match="http"):
        Sandbox(webhook_url="ftp://127.0.0.1/hook")


async def test_async_client_downloads_what_a_completion_announces(tmp_path: Path) -> None:
    with receiver(SECRET) as hook, Sandbox(render_seconds=0, webhook_url=hook.url, webhook_secret=SECRET) as sandbox:
        op = _operation_any("image")
        done = _events_for("success")[op.get_path]
        async with AsyncClient(TOKEN, base_url=sandbox.base_url, webhook_secret=SECRET) as client:
            created = await getattr(client.v1, op.module).create(**example_body(op.method, op.path, {}))
            hits = await asyncio.to_thread(hook.wait, lambda h: any(x.event["type"] == done for x in h))
            hit = next(x for x in hits if x.event["type"] == done)
            event = client.webhooks.unwrap(hit.body, hit.headers, strict=True)
            result = await client.webhooks.download(event, download_directory=tmp_path)
    assert result.id == created.id and result.downloaded_paths
    assert all(Path(p).stat().st_size > 0 for p in result.downloaded_paths)
