"""The sandbox delivers webhooks as Magic Hour does: signed events when a project starts, completes or fails.

Which status sends which event, and the headers, come from the webhook document (`magic_hour_api.webhooks`);
the payload is the project as its GET answers it at that moment. A canceled project sends nothing, as the real
API. A delivery that is not answered 2XX (or whose connection fails) is retried with exponential backoff on the
sandbox's clock: Magic Hour retries for 24 hours; the sandbox compresses that into `attempts` tries, `backoff`
seconds apart and doubling (0.5 s .. 32 s by default), then marks the event failed. Each attempt has `timeout`
real seconds as a whole, from connecting to the answer's last byte, so a handler that trickles its reply fails
that attempt instead of holding up every later delivery. Faults lose, hold, repeat or reorder events so a
handler's idempotency can be tested.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import socket
import threading
import time
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Literal

import attrs
import httpx
from magic_hour_api.webhooks import EVENTS, EventInfo

from .._webhook_secret import Secret
from ..webhooks import sign_headers

if TYPE_CHECKING:
    from ._app import SandboxApp
    from ._projects import Project

WebhookFaultKind = Literal["drop", "delay", "duplicate", "out_of_order"]
#: Seconds an idle sender waits before looking at the clock again (a ManualClock moves without telling anyone).
_TICK = 0.01


@attrs.frozen
class WebhookFault:
    """A fault on the next `times` events of `event_type` (any type when None):

    - ``drop``: the event is lost for good (never sent, never retried), as a handler must survive;
    - ``delay``: its first attempt waits `seconds` on the sandbox's clock;
    - ``duplicate``: once delivered, it is delivered once more (freshly signed, the same body);
    - ``out_of_order``: it is held until the project's next event was delivered, then sent.
    """

    kind: WebhookFaultKind
    event_type: str | None = None
    seconds: float = 0.0
    times: int = 1

    def __attrs_post_init__(self) -> None:
        known = {e.type for e in EVENTS}
        if self.event_type is not None and self.event_type not in known:
            raise ValueError(f"unknown event type {self.event_type!r}; the document defines {', '.join(known)}")
        if self.kind not in ("drop", "delay", "duplicate", "out_of_order"):
            raise ValueError(f"unknown webhook fault {self.kind!r}; use drop, delay, duplicate or out_of_order")


@attrs.define
class WebhookDelivery:
    """One attempt to deliver one event, as a test reads it from `Sandbox.webhook_deliveries`."""

    event_type: str
    project_id: str
    attempt: int  # 1 for the first try of an event, then 2, 3 … for its retries (a duplicate starts again at 1)
    at: float  # the sandbox clock when it was sent
    status: int | None  # the handler's HTTP status; None: not answered (connection failed) or not sent (fault)
    outcome: Literal["delivered", "retrying", "failed", "dropped"]
    body: bytes = attrs.field(repr=False)
    headers: dict[str, str] = attrs.field(repr=False)
    error: str | None = None
    fault: str | None = None


@attrs.define
class _Pending:
    event: EventInfo
    project_id: str
    body: bytes
    due: float
    attempt: int = 1
    fault: str | None = None
    held: bool = False  # out_of_order: waits for the project's next delivery


@attrs.define
class _Watched:
    project: Project
    sent: set[str] = attrs.field(factory=set)  # statuses whose events were queued


class WebhookSender:
    """Watches the sandbox's projects and delivers their events to one URL, in a background thread."""

    def __init__(
        self,
        app: SandboxApp,
        url: str,
        secret: Secret,
        *,
        attempts: int = 8,
        backoff: float = 0.5,
        timeout: float = 5.0,
    ) -> None:
        if attempts < 1 or backoff <= 0 or not timeout > 0:
            raise ValueError("webhook attempts must be >= 1, backoff > 0 and timeout > 0")
        check_url(url)
        self.app, self.url, self._secret = app, url, secret
        self.attempts, self.backoff, self.timeout = attempts, backoff, timeout
        self.log: list[WebhookDelivery] = []
        self._changed = threading.Condition()
        self._wake = threading.Event()
        self._ticks = 0  # loop turns, so that flush() can tell that everything due was attempted
        self._watched: dict[str, _Watched] = {}
        self._finished: set[str] = set()  # projects followed to their end: a late watch() must not restart them
        self._queue: list[_Pending] = []
        self._faults: list[list[Any]] = []  # [fault, uses left]
        self._lock = threading.Lock()
        self._by_status: dict[tuple[str, str], list[EventInfo]] = {}
        for info in EVENTS:
            if info.project_get is not None and info.status is not None:
                self._by_status.setdefault((info.project_get, info.status), []).append(info)
        self._thread = threading.Thread(target=self._run, name="sandbox-webhooks", daemon=True)

    # ----- what the sandbox and tests call ----------------------------------------------------------------

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._wake.set()
        if self._thread.is_alive():
            self._thread.join(timeout=self.timeout + 5)

    def watch(self, project: Project) -> None:
        """Follow a project from now on (called when it is created, and when its render ends)."""
        with self._lock:
            if project.id not in self._finished:
                self._watched.setdefault(project.id, _Watched(project))
        self._wake.set()

    def inject(self, faults: Iterable[WebhookFault]) -> None:
        with self._lock:
            self._faults.extend([f, f.times] for f in faults)

    def deliveries(self) -> list[WebhookDelivery]:
        with self._changed:
            return list(self.log)

    def wait(self, done: Callable[[list[WebhookDelivery]], bool], timeout: float) -> list[WebhookDelivery]:
        """Block until `done(deliveries so far)` holds (True) or `timeout` real seconds pass; returns the log."""
        with self._changed:
            self._changed.wait_for(lambda: done(list(self.log)), timeout=timeout)
            return list(self.log)

    def flush(self, timeout: float = 10.0) -> list[WebhookDelivery]:
        """Wait until the sender looked at the clock twice more, so every event due by now was attempted."""
        deadline = time.monotonic() + timeout
        with self._changed:
            target = self._ticks + 2
            while self._ticks < target and self._thread.is_alive() and time.monotonic() < deadline:
                self._wake.set()  # an idle loop turns once per wake-up
                self._changed.wait(0.05)
            return list(self.log)

    def idle(self) -> bool:
        """True when nothing is watched or waiting to be delivered."""
        with self._lock:
            return not self._queue and not self._watched

    # ----- the loop ---------------------------------------------------------------------------------------

    def _run(self) -> None:
        while not self.app.stopping.is_set():
            if self.idle():
                self._wake.wait()
            else:
                self._wake.wait(_TICK)
            self._wake.clear()
            if self.app.stopping.is_set():
                return
            self._observe()
            for pending in self._due():
                self._attempt(pending)
            with self._changed:
                self._ticks += 1
                self._changed.notify_all()

    def _observe(self) -> None:
        """Queue the events of every status change since the last look (a skipped `started` is queued first)."""
        with self._lock:
            watched = list(self._watched.values())
        for entry in watched:
            project = entry.project
            status = self.app.status(project)
            rules = project.operation.rules
            get_path = project.operation.get_path
            if self._by_status.get((get_path, status)) and status not in entry.sent:
                if rules.is_final(status):  # a clock jump past rendering still sends `started` first
                    for (path, earlier), _ in self._by_status.items():
                        if path == get_path and not rules.is_final(earlier) and earlier not in entry.sent:
                            self._queue_events(entry, earlier)
                self._queue_events(entry, status)
            if project.canceled or (rules.is_final(status) and project.rendered.is_set()):
                with self._lock:
                    self._watched.pop(project.id, None)
                    self._finished.add(project.id)

    def _queue_events(self, entry: _Watched, status: str) -> None:
        entry.sent.add(status)
        project = entry.project
        payload = self.app.project_json(project, status)
        now = self.app.clock()
        for info in self._by_status.get((project.operation.get_path, status), []):
            body = json.dumps({"type": info.type, "payload": payload}, separators=(",", ":")).encode()
            pending = _Pending(info, project.id, body, now)
            fault = self._draw(info.type)
            if fault is not None:
                pending.fault = fault.kind
                if fault.kind == "delay":
                    pending.due = now + fault.seconds
                elif fault.kind == "out_of_order":
                    pending.held = True
            with self._lock:
                self._queue.append(pending)

    def _draw(self, event_type: str) -> WebhookFault | None:
        with self._lock:
            for slot in self._faults:
                fault, left = slot
                if left > 0 and fault.event_type in (None, event_type):
                    slot[1] -= 1
                    return fault  # type: ignore[no-any-return]
        return None

    def _due(self) -> list[_Pending]:
        now = self.app.clock()
        with self._lock:
            live = {p.project_id for p in self._queue if not p.held} | set(self._watched)
            for p in self._queue:  # a held event whose project has nothing more to send goes anyway
                if p.held and p.project_id not in live:
                    p.held = False
            due = sorted((p for p in self._queue if not p.held and p.due <= now), key=lambda p: p.due)
            for p in due:
                self._queue.remove(p)
            return due

    def _attempt(self, pending: _Pending) -> None:
        headers = {"Content-Type": "application/json", "User-Agent": "magic-hour-sandbox-webhooks"}
        headers.update(sign_headers(pending.body, self._secret))
        record = WebhookDelivery(
            pending.event.type, pending.project_id, pending.attempt, self.app.clock(), None, "dropped",
            pending.body, headers, fault=pending.fault,
        )  # fmt: skip
        if pending.fault == "drop":
            self._record(record)
            return
        record.status, record.error = _post(self.url, pending.body, headers, self.timeout)
        ok = record.status is not None and 200 <= record.status < 300
        if ok:
            record.outcome = "delivered"
            self._release_held(pending.project_id)
            if pending.fault == "duplicate":
                with self._lock:
                    self._queue.append(_Pending(pending.event, pending.project_id, pending.body, self.app.clock()))
        elif pending.attempt < self.attempts:
            record.outcome = "retrying"
            pending.due = self.app.clock() + self.backoff * 2 ** (pending.attempt - 1)
            pending.attempt += 1
            with self._lock:
                self._queue.append(pending)
        else:
            record.outcome = "failed"
        self._record(record)

    def _release_held(self, project_id: str) -> None:
        with self._lock:
            for p in self._queue:
                if p.held and p.project_id == project_id:
                    p.held = False

    def _record(self, record: WebhookDelivery) -> None:
        with self._changed:
            self.log.append(record)
            self._changed.notify_all()


def _post(url: str, body: bytes, headers: dict[str, str], timeout: float) -> tuple[int | None, str | None]:
    """POST `body` and read the whole answer within `timeout` seconds in all: (status, None), or (None, why not).
    A watchdog shuts the socket at the deadline, which ends a read however slowly the bytes arrive."""
    parsed = httpx.URL(url)
    kind = http.client.HTTPSConnection if parsed.scheme == "https" else http.client.HTTPConnection
    conn = kind(parsed.host, parsed.port, timeout=timeout)
    late = threading.Event()

    def cut() -> None:
        late.set()
        sock = conn.sock
        if sock is not None:
            with contextlib.suppress(OSError):  # already closed
                sock.shutdown(socket.SHUT_RDWR)

    watchdog = threading.Timer(timeout, cut)
    watchdog.daemon = True
    watchdog.start()
    try:
        conn.request("POST", parsed.raw_path.decode("ascii"), body=body, headers=headers)
        answer = conn.getresponse()
        answer.read()
        status: int | None = answer.status
    except (OSError, http.client.HTTPException) as exc:
        if not late.is_set():
            return None, f"{type(exc).__name__}: {exc}"
    finally:
        watchdog.cancel()
        conn.close()
    if late.is_set():  # the cut socket can read as the answer's end: an answer cut short is no answer
        return None, f"no complete answer within {timeout:g} s (the whole delivery, not each read)"
    return status, None


def check_url(url: str) -> str:
    """`url` if it is an http(s) URL the sender can POST to."""
    parsed = httpx.URL(url) if isinstance(url, str) else None
    if parsed is None or parsed.scheme not in ("http", "https") or not parsed.host:
        raise ValueError(f"webhook_url must be an http(s) URL such as http://127.0.0.1:4242/hooks, not {url!r}")
    return url


def secret_for(value: str | None) -> Secret:
    """The sandbox's webhook secret: the one given, else MAGIC_HOUR_WEBHOOK_SECRET, else a fresh random one."""
    import os
    import secrets

    from .._webhook_secret import SECRET_ENV, checked

    if value is not None:
        return checked(value, "webhook_secret=")
    env = os.environ.get(SECRET_ENV)
    return checked(env, SECRET_ENV) if env else Secret(f"whsec_sandbox_{secrets.token_hex(16)}")


__all__ = ["WebhookDelivery", "WebhookFault", "WebhookSender", "check_url", "secret_for"]
