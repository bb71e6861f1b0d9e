"""`magic-hour webhooks listen` and `trigger` against each other, and against the sandbox (the real command)."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from magic_hour.cli import main
from magic_hour.sandbox import Sandbox
from magic_hour.sandbox._projects import create_operations
from magic_hour.sandbox.examples import example_body
from magic_hour_api.webhooks import BY_TYPE, EVENT_TYPES

from ._webhook_receiver import documented_sign, receiver
from .conftest import TOKEN

COMMAND = str(Path(sys.executable).parent / "magic-hour")
SECRET = "whsec_cli_51aa"


@contextmanager
def _running(*args: str) -> Iterator[tuple[subprocess.Popen[str], str]]:
    """Start a long-running command; yields it and the URL its first line announces."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAGIC_HOUR_")}
    proc = subprocess.Popen(
        [COMMAND, *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1
    )
    try:
        stream = proc.stderr if args[0] == "webhooks" else proc.stdout
        assert stream is not None
        line = stream.readline()
        match = re.search(r"http://[\d.]+:\d+", line)
        assert match, line + (proc.stderr.read() if proc.stderr else "")
        yield proc, match.group(0)
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=20)


def _trigger(capsys: pytest.CaptureFixture[str], event: str, url: str, secret: str = SECRET) -> tuple[int, dict]:
    """`magic-hour webhooks trigger ... --json`, run in-process (the command's startup is the slow part)."""
    code = main(["webhooks", "trigger", event, "--to", url, "--secret", secret, "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_listen_verifies_what_trigger_sends_for_every_event_and_refuses_a_wrong_secret(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with _running("webhooks", "listen", "--port", "0", "--secret", SECRET, "--json") as (proc, url):
        real = subprocess.run(  # once as the installed command
            [COMMAND, "webhooks", "trigger", EVENT_TYPES[0], "--to", f"{url}/any/path", "--secret", SECRET],
            capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
        sent = [_trigger(capsys, event, f"{url}/any/path") for event in EVENT_TYPES[1:]]
        wrong = _trigger(capsys, EVENT_TYPES[0], url, secret="whsec_not_it")
        plain = httpx.get(url)
        assert proc.stdout is not None
        lines = [json.loads(proc.stdout.readline()) for _ in range(len(EVENT_TYPES))]
    assert real.returncode == 0 and "200 (accepted)" in real.stdout, real.stderr
    assert [code for code, _ in sent] == [0] * len(sent) and all(out["status"] == 200 for _, out in sent)
    assert [line["type"] for line in lines] == list(EVENT_TYPES)
    assert all(line["verified"] and line["path"] == "/any/path" and line["known"] for line in lines)
    assert all(line["event"]["type"] == line["type"] for line in lines)
    assert wrong[0] == 1 and wrong[1]["status"] == 400
    assert plain.status_code == 405


def _post_raw(url: str, path: bytes, body: bytes, headers: dict[str, str]) -> int:
    """A POST written byte for byte (an HTTP client would percent-encode the path); returns the status."""
    host, port = url.removeprefix("http://").split(":")
    lines = [b"POST " + path + b" HTTP/1.1", b"Host: " + host.encode(), b"Connection: close"]
    lines += [f"{k}: {v}".encode() for k, v in {**headers, "Content-Length": str(len(body))}.items()]
    with socket.create_connection((host, int(port)), timeout=30) as sock:
        sock.sendall(b"\r\n".join(lines) + b"\r\n\r\n" + body)
        answer = sock.makefile("rb").readline()
    return int(answer.split()[1])


def test_listen_answers_2xx_to_a_signed_event_that_drifted_and_prints_what_it_is_sent_escaped() -> None:
    """A 4XX would make Magic Hour retry the authentic event for 24 hours and drop it; and whoever reaches the
    port chooses the path and a signed event's fields, which must not reach the terminal as control sequences."""
    hostile = "\x1b]0;pwned\x07\x1b[2J"
    event = BY_TYPE[EVENT_TYPES[0]].example()
    del event["payload"]["name"]  # drifted: the typed payload cannot be built
    event["payload"]["id"] = hostile
    body = json.dumps(event).encode()
    with _running("webhooks", "listen", "--port", "0", "--secret", SECRET) as (proc, url):
        drifted = _post_raw(url, b"/hooks", body, documented_sign(SECRET, body))
        unsigned = _post_raw(url, b"/x" + hostile.encode(), b"{}", {})
        not_json = _post_raw(url, b"/hooks", b"\x1b[2J", documented_sign(SECRET, b"\x1b[2J"))
        assert proc.stdout is not None and proc.stderr is not None
        printed, unreadable = proc.stdout.readline(), proc.stdout.readline()
        warned, refused = proc.stderr.readline(), proc.stderr.readline()
    assert drifted == 200 and unsigned == 400 and not_json == 200  # signed: Magic Hour's, whatever it holds
    assert unreadable.startswith("verified, not an event /hooks: WebhookPayloadError")
    assert f"{EVENT_TYPES[0]} \\x1b]0;pwned\\x07\\x1b[2J" in printed and "(not typed) verified" in printed
    assert "payload.name is missing" in warned
    assert refused.startswith("refused /x\\x1b]0;pwned\\x07") and "WebhookHeaderMissingError" in refused
    for line in (printed, unreadable, warned, refused):
        assert not any(c in line for c in "\x1b\x07"), repr(line)


def test_trigger_exits_3_when_nothing_listens_and_2_without_a_secret(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out = _trigger(capsys, EVENT_TYPES[0], "http://127.0.0.1:9/hook")
    assert code == 3 and "could not reach" in out["error"]["message"]
    monkeypatch.delenv("MAGIC_HOUR_WEBHOOK_SECRET", raising=False)
    assert main(["webhooks", "trigger", EVENT_TYPES[0], "--to", "http://127.0.0.1:9/"]) == 2
    assert "MAGIC_HOUR_WEBHOOK_SECRET" in capsys.readouterr().err


def _create_image(base_url: str) -> str:
    op = min((op for op in create_operations() if op.media == "image"), key=lambda op: len(op.schema["required"]))
    body = example_body(op.method, op.path, {"image": "https://assets.example.invalid/x.png"})
    answer = httpx.post(f"{base_url}{op.path}", json=body, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=10)
    assert answer.status_code == 200, answer.text
    return str(answer.json()["id"])


def test_the_sandbox_delivers_through_listen_to_a_handler_and_retries_what_the_handler_refuses() -> None:
    answers = iter([500])  # the handler refuses the first delivery; listen passes its status back to the sandbox
    with receiver(SECRET, answer=lambda hit: next(answers, 200)) as hook, _running(
        "webhooks", "listen", "--port", "0", "--secret", SECRET, "--forward-to", hook.url
    ) as (proc, url), Sandbox(
        render_seconds=0, webhook_url=url, webhook_secret=SECRET, webhook_backoff=0.05
    ) as sandbox:  # fmt: skip
        project_id = _create_image(sandbox.base_url)
        log = sandbox.webhooks.wait(lambda log: sum(d.outcome == "delivered" for d in log) >= 2, timeout=30)
        hits = hook.wait(lambda h: len(h) >= 3)
        assert proc.stdout is not None
        printed = [proc.stdout.readline() for _ in range(3)]
    assert all(h.verified for h in hits) and {h.event["payload"]["id"] for h in hits} == {project_id}
    assert [d.status for d in log][:1] == [500] and [d.outcome for d in log].count("delivered") == 2
    assert "forwarded: 500" in printed[0] and all("verified" in line for line in printed)


def test_magic_hour_sandbox_takes_webhook_flags() -> None:
    with receiver(SECRET) as hook, _running(
        "sandbox", "--port", "0", "--render-seconds", "0", "--webhook-url", hook.url, "--webhook-secret", SECRET
    ) as (_, url):  # fmt: skip
        project_id = _create_image(url)
        hits = hook.wait(lambda h: len(h) >= 2)
    assert len(hits) == 2 and all(h.verified and h.event["payload"]["id"] == project_id for h in hits)
