"""Webhook benchmarks for scripts/bench: how fast `unwrap` verifies, and how soon an event beats polling.

1. `unwrap` of one signed event (the document's `*.completed` example) in a loop on one core, against the bare
   work it cannot avoid (HMAC-SHA256 of the bytes, compare_digest and json.loads), in interleaved rounds.
2. From the moment a sandbox project completes (its status flips to complete on the sandbox's clock) to its
   verified completion event at a local handler, against `generate()` noticing the same completion by polling
   at its default interval (1 s, growing to 5 s).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import statistics
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from magic_hour import Client, _spec, _validation, webhooks
from magic_hour.sandbox import Sandbox
from magic_hour.sandbox._projects import create_operations
from magic_hour.sandbox.examples import example_body
from magic_hour_api.webhooks import EVENTS, EventInfo

sys.path.insert(0, str(Path(__file__).resolve().parent))
SECRET = "whsec_bench"
Row = tuple[str, str, str, str, str]


def _completion(project_get: str | None = None) -> EventInfo:
    """The event announcing a successful project (of the kind `project_get`, or the first such event)."""
    return next(
        e
        for e in EVENTS
        if e.project_get
        and e.project_get == (project_get or e.project_get)
        and e.status in _spec.project_rules("GET", e.project_get).success
    )


#: The other headers a delivery arrives with, as a web framework hands them over: a handler's `headers` holds
#: them all, and `unwrap` finds the two it needs among them.
_OTHER_HEADERS = {
    "host": "hooks.example.com",
    "user-agent": "webhook-sender/1.0",
    "content-type": "application/json",
    "content-length": "560",
    "accept": "*/*",
    "accept-encoding": "gzip, deflate",
    "x-forwarded-for": "203.0.113.7",
    "x-forwarded-proto": "https",
    "x-request-id": "5f0c2d6e-8a51-4f8e-9a63-2b7d0e1c4a90",
    "traceparent": "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
}


def _completed_event() -> tuple[bytes, dict[str, str], str]:
    info = _completion()
    body = json.dumps(info.example(), separators=(",", ":")).encode()
    return body, {**_OTHER_HEADERS, **webhooks.sign_headers(body, SECRET)}, info.type


def _fileless_create() -> tuple[Any, dict[str, Any]]:
    """A create that needs no uploaded file (so the benchmark measures the webhook path only), and its body."""
    placeholder = {kind: "https://files.example.invalid/x" for kind in ("image", "video", "audio")}
    for op in sorted(create_operations(), key=lambda o: len(o.schema.get("required", []))):
        body = example_body(op.method, op.path, placeholder)
        if not list(_validation.file_fields(op.schema, body)):
            return op, body
    raise SystemExit("bench_webhooks: every create in the spec needs a file")


def unwrap_rate(seconds: float, rounds: int = 7) -> tuple[float, float, float]:
    """(unwrap calls per CPU second, bare hmac + compare_digest + json.loads per CPU second, median ratio of the
    two), single thread, in interleaved rounds so that a shared machine's slow spells fall on both."""
    body, headers, _ = _completed_event()
    key, stamp = SECRET.encode(), headers["magic-hour-event-timestamp"]
    given = headers["magic-hour-event-signature"]

    def rate(work: Any) -> float:
        n, start = 0, time.process_time()
        while (spent := time.process_time() - start) < seconds / rounds / 2:
            for _ in range(200):
                work()
            n += 200
        return n / spent

    def bare() -> None:
        hmac.compare_digest(hmac.new(key, stamp.encode() + b"." + body, hashlib.sha256).hexdigest(), given)
        json.loads(body)

    def ours() -> None:
        webhooks.unwrap(body, headers, secret=SECRET)

    pairs = [(rate(ours), rate(bare)) for _ in range(rounds)]
    return (
        statistics.median(o for o, _ in pairs),
        statistics.median(b for _, b in pairs),
        statistics.median(b / o for o, b in pairs),
    )


def _ok(passed: bool, target: str) -> str:
    return f"{target} {'✓' if passed else '✗'}"


def _handler(arrived: dict[str, float], lock: threading.Condition, done_type: str) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: Any) -> None:
            pass

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("content-length") or 0))
            event = webhooks.unwrap(body, self.headers, secret=SECRET)
            now = time.time()
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()
            if event.type == done_type:
                with lock:
                    arrived.setdefault(str(event.payload.id), now)
                    lock.notify_all()

    return Handler


def latency(renders: list[float]) -> tuple[list[float], list[float]]:
    """Seconds from completion to (verified event at a handler, generate() returning), per project; the render
    times vary so that completions fall anywhere between two polls, as real ones do."""
    op, body = _fileless_create()
    body_type = _completion(op.get_path).type
    arrived: dict[str, float] = {}
    lock = threading.Condition()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(arrived, lock, body_type))
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/hook"
    pushed, polled = [], []
    with Sandbox(render_seconds=renders[0], webhook_url=url, webhook_secret=SECRET) as sandbox, Client(
        sandbox.token, base_url=sandbox.base_url
    ) as client:  # fmt: skip
        module = getattr(client.v1, op.module)
        for render in renders:  # one at a time, so that each measures the path, not a queue
            sandbox.set_render_seconds(render)
            project_id = str(module.create(**body).id)
            with lock:
                lock.wait_for(lambda pid=project_id: pid in arrived, timeout=render + 30)  # type: ignore[misc]
            pushed.append(arrived[project_id] - (sandbox.app.projects[project_id].created + render))
        for render in renders:
            sandbox.set_render_seconds(render)
            result = module.generate(**body, download_outputs=False)  # at the default poll interval
            polled.append(time.time() - (sandbox.app.projects[result.id].created + render))
    server.shutdown()
    server.server_close()
    return pushed, polled


def rows(quick: bool) -> list[Row]:
    """The benchmark table's webhook rows."""
    ours, bare, ratio = unwrap_rate(0.6 if quick else 6.0, rounds=3 if quick else 9)
    renders = [1.3 + 0.45 * n for n in range(2 if quick else 8)]
    pushed, polled = latency(renders)
    push, poll = statistics.median(pushed), statistics.median(polled)
    return [
        (
            "webhooks: unwrap of a signed completion event, one core",
            f"{ours:,.0f} events/s ({1e6 / ours:.0f} us each)",
            f"{bare:,.0f}/s (bare hmac + compare_digest + json.loads)",
            f"time {ratio:.2f}x (median of {3 if quick else 9} rounds)",
            _ok(ratio <= 1.5, "<= 1.5x"),
        ),
        (
            f"webhooks: project complete -> verified event at a local handler ({len(renders)} projects, "
            f"{renders[0]:g}-{renders[-1]:g} s renders)",
            f"median {push * 1000:.0f} ms, max {max(pushed) * 1000:.0f} ms",
            f"generate() polling (1 s, growing): median {poll * 1000:.0f} ms",
            f"{push / poll:.2f}x",
            "report",
        ),
    ]


if __name__ == "__main__":
    for row in rows(quick="--quick" in sys.argv):
        print(f"| {' | '.join(row)} |")
