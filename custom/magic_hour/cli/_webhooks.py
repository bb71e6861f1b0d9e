"""`magic-hour webhooks listen` and `magic-hour webhooks trigger`: test a webhook handler without a project.

`listen` receives POSTs on any path, verifies each (`magic_hour.webhooks.unwrap`), prints it (control characters
escaped) and answers 2XX only to verified ones, whatever their shape (optionally forwarding the original bytes and
signature to your handler and answering with its status, so Magic Hour's and the sandbox's retries reach it).
`trigger` sends one correctly signed sample event, built from the webhook document's examples. The event list comes
from the generated catalog.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
import warnings
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
from magic_hour_api.webhooks import BY_TYPE, EVENT_TYPES, SIGNATURE_HEADER, TIMESTAMP_HEADER

from .._errors import ValidationError
from .._webhook_secret import Secret, secret_from
from ..webhooks import (
    SECRET_ENV,
    UnknownWebhookEvent,
    WebhookDriftWarning,
    WebhookPayloadError,
    WebhookVerificationError,
    sign_headers,
    unwrap,
)

EXIT_OK, EXIT_REFUSED, EXIT_USAGE, EXIT_NETWORK = 0, 1, 2, 3
#: Largest body `listen` reads; Magic Hour's events are a few kilobytes.
_MAX_BODY = 1 << 20


def add(sub: Any, fmt: type[argparse.HelpFormatter]) -> None:
    """The `webhooks` command and its two actions."""
    hooks = sub.add_parser(
        "webhooks", help="receive, verify and send test webhook events", formatter_class=fmt,
        description=f"Test webhook handlers. The secret: --secret or ${SECRET_ENV}.",
    )  # fmt: skip
    actions = hooks.add_subparsers(dest="action", required=True, metavar="ACTION")
    listen = actions.add_parser(
        "listen", formatter_class=fmt, help="receive and verify events, print them (answers 2XX only if verified)",
        epilog="example:\n  magic-hour sandbox --webhook-url http://127.0.0.1:4242/ --webhook-secret whsec_x &\n"
        "  magic-hour webhooks listen --port 4242 --secret whsec_x --forward-to http://127.0.0.1:8000/hooks",
    )  # fmt: skip
    listen.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    listen.add_argument("--port", type=int, default=4242, help="port; 0 picks a free one (default 4242)")
    listen.add_argument("--secret", help=f"the webhook secret (default: ${SECRET_ENV})")
    listen.add_argument("--tolerance", type=float, default=300, help="seconds a timestamp may be off (default 300)")
    listen.add_argument("--forward-to", metavar="URL", help="pass verified events on to this URL, answer its status")
    listen.add_argument("--json", action="store_true", help="one JSON object per delivery on stdout")
    listen.set_defaults(run=_listen)
    trigger = actions.add_parser(
        "trigger", formatter_class=fmt, help="send one signed sample event to a URL",
        epilog=f"events: {', '.join(EVENT_TYPES)}\nexample:\n"
        f"  magic-hour webhooks trigger {EVENT_TYPES[0]} --to http://127.0.0.1:8000/hooks --secret whsec_x",
    )  # fmt: skip
    trigger.add_argument("event", choices=EVENT_TYPES, metavar="EVENT", help="the event type to send")
    trigger.add_argument("--to", required=True, metavar="URL", help="the handler's URL")
    trigger.add_argument("--secret", help=f"the webhook secret (default: ${SECRET_ENV})")
    trigger.add_argument("--project-id", help="the payload's project id (default: the document's example)")
    trigger.add_argument("--json", action="store_true", help="print one JSON object on stdout")
    trigger.set_defaults(run=_trigger)


def run(args: argparse.Namespace) -> int:
    try:
        return int(args.run(args))
    except ValidationError as exc:
        print(f"magic-hour webhooks: {exc}", file=sys.stderr)
        return EXIT_USAGE


def _url(value: str, flag: str) -> str:
    parsed = httpx.URL(value)
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ValidationError(f"{flag} must be an http(s) URL, not {value!r}.")
    return value


# ----- trigger ---------------------------------------------------------------------------------------------


def _trigger(args: argparse.Namespace) -> int:
    secret = secret_from(args.secret)
    url = _url(args.to, "--to")
    event = BY_TYPE[args.event].example()
    if args.project_id is not None and isinstance(event.get("payload"), dict):
        event["payload"]["id"] = args.project_id
    body = json.dumps(event, separators=(",", ":")).encode()
    headers = {"Content-Type": "application/json", **sign_headers(body, secret)}
    try:
        answer = httpx.post(url, content=body, headers=headers, timeout=30, trust_env=False)
    except httpx.HTTPError as exc:
        return _say(args, EXIT_NETWORK, f"could not reach {url}: {type(exc).__name__}: {exc}", event=args.event)
    ok = 200 <= answer.status_code < 300
    text = answer.text[:500]
    if args.json:
        print(json.dumps({"event": args.event, "status": answer.status_code, "accepted": ok, "response": text}))
    else:
        verdict = "accepted" if ok else "refused"
        print(f"{args.event} -> {url}: {answer.status_code} ({verdict}) {text}".rstrip())
    return EXIT_OK if ok else EXIT_REFUSED


def _say(args: argparse.Namespace, code: int, message: str, **details: Any) -> int:
    if getattr(args, "json", False):
        print(json.dumps({"error": {"message": message, "exit_code": code, **details}}))
    else:
        print(f"magic-hour webhooks: {message}", file=sys.stderr)
    return code


# ----- listen ----------------------------------------------------------------------------------------------


def _summary(event: Any) -> dict[str, Any]:
    payload = event.raw_payload
    project = payload.get("id") if isinstance(payload, dict) else None
    status = payload.get("status") if isinstance(payload, dict) else None
    known = not isinstance(event, UnknownWebhookEvent)
    return {"type": event.type, "project_id": project, "status": status, "known": known, "drift": list(event.drift)}


def _shown(value: object) -> str:
    """`value` as text a terminal only displays: anyone who reaches the port chooses paths and signed events'
    fields, and control characters in them would clear the screen or retitle the window."""
    text = str(value)
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text)


class _Listener:
    """What `listen` does with one delivery: verify, print, forward, and decide the answer."""

    def __init__(self, args: argparse.Namespace, secret: Secret) -> None:
        self.args, self.secret = args, secret
        self.forward = _url(args.forward_to, "--forward-to") if args.forward_to else None
        self._print = threading.Lock()
        self._http = httpx.Client(timeout=30, trust_env=False)

    def handle(self, path: str, headers: Any, body: bytes) -> tuple[int, dict[str, Any]]:
        try:
            event = unwrap(body, headers, tolerance=self.args.tolerance, _client_secret=self.secret)
        except WebhookPayloadError as exc:  # signed, so Magic Hour's: a 4XX would only have it retried for a day
            self.show({"verified": True, "path": path, "error": f"{type(exc).__name__}: {exc}"})
            return 200, {"received": True}
        except WebhookVerificationError as exc:
            self.show({"verified": False, "path": path, "error": f"{type(exc).__name__}: {exc}"})
            return 400, {"error": str(exc)}
        line: dict[str, Any] = {"verified": True, "path": path, **_summary(event)}
        status = 200
        if self.forward is not None:
            status, line["forwarded"] = self._forward(headers, body)
        if self.args.json:
            line["event"] = json.loads(body)
        self.show(line)
        return status, {"received": True}

    def _forward(self, headers: Any, body: bytes) -> tuple[int, Any]:
        keep = {name: headers.get(name) for name in (SIGNATURE_HEADER, TIMESTAMP_HEADER, "content-type")}
        try:
            answer = self._http.post(str(self.forward), content=body, headers={k: v for k, v in keep.items() if v})
        except httpx.HTTPError as exc:
            return 502, f"{type(exc).__name__}: {exc}"
        return (answer.status_code if answer.status_code < 600 else 502), answer.status_code

    def show(self, line: dict[str, Any]) -> None:
        with self._print:
            if self.args.json:  # JSON escapes control characters itself
                print(json.dumps(line), flush=True)
            elif line["verified"] and "error" in line:
                print(f"verified, not an event {_shown(line['path'])}: {_shown(line['error'])}", flush=True)
            elif line["verified"]:
                where = f" -> forwarded: {_shown(line['forwarded'])}" if "forwarded" in line else ""
                kind = "" if line.get("known") else " (not typed)"
                fields = " ".join(_shown(line[k]) for k in ("type", "project_id", "status"))
                print(f"{fields}{kind} verified{where}", flush=True)
                if line.get("drift"):
                    drift = _shown("; ".join(line["drift"]))
                    print(f"  differs from the webhook document: {drift}", file=sys.stderr, flush=True)
            else:
                print(f"refused {_shown(line['path'])}: {_shown(line['error'])}", file=sys.stderr, flush=True)

    def close(self) -> None:
        self._http.close()


def _handler(listener: _Listener) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: Any) -> None:
            pass

        def _answer(self, status: int, body: dict[str, Any], extra: dict[str, str] | None = None) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            for name, value in {"Content-Type": "application/json", **(extra or {})}.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_POST(self) -> None:
            try:
                length = int(self.headers.get("content-length") or 0)
            except ValueError:
                length = -1
            if not 0 <= length <= _MAX_BODY:
                self.close_connection = True
                self._answer(413 if length > 0 else 411, {"error": "a body of 1 MiB at most, with Content-Length"})
                return
            status, answer = listener.handle(self.path, self.headers, self.rfile.read(length))
            self._answer(status, answer)

        def _not_post(self) -> None:
            self._answer(405, {"error": "webhooks are POSTed"}, {"Allow": "POST"})

        do_GET = do_PUT = do_DELETE = do_PATCH = _not_post

    return Handler


def _listen(args: argparse.Namespace) -> int:
    secret = secret_from(args.secret)
    warnings.filterwarnings("ignore", category=WebhookDriftWarning)  # each delivery's line says how it drifted
    listener = _Listener(args, secret)
    try:
        server = ThreadingHTTPServer((args.host, args.port), _handler(listener))
    except OSError as exc:
        return _say(args, EXIT_USAGE, f"cannot listen on {args.host}:{args.port} ({exc.strerror}); try another --port")
    server.daemon_threads = True
    host, port = server.server_address[:2]
    host = host.decode() if isinstance(host, bytes) else str(host)
    signal.signal(signal.SIGTERM, _stop)
    print(f"Listening for Magic Hour webhooks on http://{host}:{port}/ (Ctrl-C to stop)", file=sys.stderr, flush=True)
    try:
        server.serve_forever(poll_interval=0.1)
    except KeyboardInterrupt:
        print("Stopped listening.", file=sys.stderr)
    finally:
        server.server_close()
        listener.close()
    return EXIT_OK


def _stop(signum: int, frame: object) -> None:
    raise KeyboardInterrupt
