"""A local server that speaks the Magic Hour API, for trying the SDK and testing code offline.

    from magic_hour import Client
    from magic_hour.sandbox import Sandbox

    with Sandbox(render_seconds=0) as sandbox, sandbox.client() as client:
        ...  # a Client with the sandbox's token and URL, polling as fast as the sandbox renders

Needs the ``sandbox`` extra; from a checkout of the SDK's repository: ``pip install '.[sandbox]'``.
"""

from __future__ import annotations

import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._app import PLANS, LoggedRequest, SandboxApp, check_plan, token_id
from ._faults import ROUTES, Fault, RateLimit
from ._http import SandboxHTTPServer
from ._webhooks import WebhookDelivery, WebhookFault, WebhookSender, check_url, secret_for

if TYPE_CHECKING:
    from .._client import AsyncClient, Client

__all__ = [
    "DEFAULT_TOKEN",
    "PLANS",
    "ROUTES",
    "Fault",
    "LoggedRequest",
    "ManualClock",
    "Sandbox",
    "WebhookDelivery",
    "WebhookFault",
]

#: The token printed by ``python -m magic_hour.sandbox``; any non-empty token works unless `tokens` is given.
DEFAULT_TOKEN = "sandbox-token"


class ManualClock:
    """A clock that moves only when told to, so a test steps a project from queued to complete instantly."""

    def __init__(self) -> None:
        self._now = time.time()
        self._lock = threading.Lock()

    def __call__(self) -> float:
        with self._lock:
            return self._now

    def advance(self, seconds: float) -> None:
        with self._lock:
            self._now += seconds


class Sandbox:
    """The sandbox server, running in a background thread of this process.

    render_seconds: how long a project takes from queued to complete (about a quarter of it queued).
    balance: the account's credits; a create that costs more gets 402. Prices are the document's (`x-pricing`):
    an estimate at create, the final figure once the output is made, a refund when it fails.
    plan: free, creator, pro or business; a model or mode the document keeps for other plans gets 402.
    tokens: the only bearer tokens accepted; by default any non-empty token.
    seed: makes faults with a probability below 1 repeat exactly.
    clock: what "now" is for project lifecycles; a `ManualClock` lets tests step through it without waiting.
    webhook_url / webhook_secret: POST signed events there as Magic Hour does (the secret defaults to
    MAGIC_HOUR_WEBHOOK_SECRET, else a random one, `webhook_secret`); `webhook_attempts` tries per event, the
    retries `webhook_backoff` seconds of the sandbox's clock apart and doubling, each attempt `webhook_timeout`
    real seconds at most from connecting to the answer's last byte (see `_webhooks.py`).
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        render_seconds: float = 2.0,
        balance: int = 1_000_000,
        plan: str = "business",
        tokens: Iterable[str] | None = None,
        seed: int = 0,
        url_ttl_seconds: float = 3600.0,
        storage_dir: str | Path | None = None,
        clock: Callable[[], float] | None = None,
        webhook_url: str | None = None,
        webhook_secret: str | None = None,
        webhook_attempts: int = 8,
        webhook_backoff: float = 0.5,
        webhook_timeout: float = 5.0,
    ) -> None:
        secret = secret_for(webhook_secret) if webhook_url is not None and check_url(webhook_url) else None
        self._owned_dir = None if storage_dir is not None else tempfile.mkdtemp(prefix="magic-hour-sandbox-")
        self.storage_dir = Path(storage_dir if storage_dir is not None else self._owned_dir or "")
        self._address = (host, port)
        self.app = SandboxApp(
            storage_dir=self.storage_dir,
            render_seconds=render_seconds,
            balance=balance,
            plan=plan,
            tokens=frozenset(tokens) if tokens is not None else None,
            seed=seed,
            url_ttl_seconds=url_ttl_seconds,
            clock=clock or time.time,
        )
        self.token = next(iter(tokens)) if tokens else DEFAULT_TOKEN
        self._server: SandboxHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._webhooks: WebhookSender | None = None
        if webhook_url is not None and secret is not None:  # webhooks: the sender follows every project created
            sender = WebhookSender(
                self.app,
                webhook_url,
                secret,
                attempts=webhook_attempts,
                backoff=webhook_backoff,
                timeout=webhook_timeout,
            )
            self.app.on_project, self._webhooks = sender.watch, sender

    # ----- lifecycle ------------------------------------------------------------------------------------

    def start(self) -> Sandbox:
        """Bind (port 0 picks a free one) and serve in a daemon thread."""
        self._server = SandboxHTTPServer(self._address, self.app.on_request)
        host, port = self._server.server_address[:2]
        host = host.decode() if isinstance(host, bytes) else str(host)
        shown = f"[{host}]" if ":" in host else host
        self.app.base_url = f"http://{shown}:{port}"
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name="magic-hour-sandbox", daemon=True
        )
        self._thread.start()
        if self._webhooks is not None:
            self._webhooks.start()
        return self

    def stop(self) -> None:
        """Stop serving and remove the storage this sandbox created."""
        self.app.stopping.set()
        if self._webhooks is not None:
            self._webhooks.stop()
        if self._server is not None:
            self._server.shutdown()
            self._server.close_connections()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=10)
        self.app._renders.shutdown(wait=True, cancel_futures=True)
        if self._owned_dir:
            shutil.rmtree(self._owned_dir, ignore_errors=True)

    def __enter__(self) -> Sandbox:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def serve_forever(self) -> None:
        """Serve in the calling thread until interrupted (for the command line)."""
        if self._server is None:
            self.start()
        assert self._thread is not None
        try:
            while self._thread.is_alive():
                self._thread.join(timeout=0.5)
        finally:
            self.stop()

    @property
    def base_url(self) -> str:
        if not self.app.base_url:
            raise RuntimeError("The sandbox is not running; call start() or use it as a context manager.")
        return self.app.base_url

    # ----- clients ------------------------------------------------------------------------------------

    def poll_interval(self) -> float:
        """The poll interval that suits this sandbox: a twentieth of its render time, between 10 ms and 1 s.

        A client's default (1 s) is right for the real API, whose renders take minutes, but would make every
        `generate()` against a sandbox that renders instantly take a second.
        """
        return min(1.0, max(0.01, self.app.render_seconds / 20))

    def client(self, **options: Any) -> Client:
        """A `Client` for this sandbox: its token and URL, and `poll_interval()`; `options` go to Client."""
        from .._client import Client

        options.setdefault("poll_interval", self.poll_interval())
        return Client(options.pop("token", self.token), base_url=self.base_url, **options)

    def async_client(self, **options: Any) -> AsyncClient:
        """An `AsyncClient` for this sandbox, set up as `client()` sets up a Client."""
        from .._client import AsyncClient

        options.setdefault("poll_interval", self.poll_interval())
        return AsyncClient(options.pop("token", self.token), base_url=self.base_url, **options)

    # ----- what tests read --------------------------------------------------------------------------------

    @property
    def requests(self) -> list[LoggedRequest]:
        """Every request so far, oldest first (a copy)."""
        with self.app._lock:
            return list(self.app.log)

    def clear_log(self) -> None:
        with self.app._lock:
            self.app.log.clear()

    def projects_created(self, token: str | None = None) -> int:
        """How many projects were created with `token`, or by everyone when it is None."""
        with self.app._lock:
            if token is None:
                return sum(self.app.created.values())
            return self.app.created.get(token_id(token), 0)

    def creates_by(self, field: str) -> dict[str, int]:
        """How many projects were created per value of a body field (dotted: `style.prompt`), e.g. a job key.

        Counts every create the server acted on, answered or not (a dropped answer still made a project).
        """
        counts: dict[str, int] = {}
        with self.app._lock:
            bodies = [project.body for project in self.app.projects.values()]
        for body in bodies:
            value: object = body
            for part in field.split("."):
                value = value.get(part) if isinstance(value, dict) else None
            if value is not None:
                counts[str(value)] = counts.get(str(value), 0) + 1
        return counts

    @property
    def balance(self) -> int:
        return self.app.balance

    @property
    def plan(self) -> str:
        """The account's plan (free, creator, pro, business), which decides what it may use."""
        return self.app.plan

    def set_plan(self, plan: str) -> None:
        self.app.plan = check_plan(plan)

    def project(self, project_id: str) -> dict[str, object]:
        """The project as its GET (/v1/video-projects/{id}, /v1/image-projects/{id} …) would return it."""
        return self.app.project_json(self.app.projects[project_id])

    def wait_rendered(self, project_id: str, timeout: float = 30.0) -> bool:
        """Block until the project's render finished (or failed); True if it did within `timeout`."""
        return self.app.projects[project_id].rendered.wait(timeout)

    @property
    def webhooks(self) -> WebhookSender:
        """The webhook sender: `deliveries()`, `wait(done, timeout)`, `inject(faults)`; needs `webhook_url`."""
        if self._webhooks is None:
            raise RuntimeError("This sandbox sends no webhooks; pass Sandbox(webhook_url=..., webhook_secret=...).")
        return self._webhooks

    @property
    def webhook_secret(self) -> str:
        """The secret the sandbox signs its webhooks with (give it to the handler under test)."""
        return self.webhooks._secret.reveal().decode()

    # ----- what tests change ------------------------------------------------------------------------------

    def inject(self, *faults: Fault) -> None:
        """Arm faults; each hits the next requests on its route as it says."""
        for fault in faults:
            self.app.faults.add(fault)

    def clear_faults(self) -> None:
        self.app.faults.clear()
        self.app.rate_limit = None

    def rate_limit(self, per_second: float, burst: float | None = None) -> None:
        """Limit each token to `per_second` API requests (bursts of `burst`); the rest get 429 + Retry-After."""
        self.app.rate_limit = RateLimit(per_second, burst)

    def cancel(self, project_id: str) -> None:
        """Cancel a project, as a user can in the web app."""
        with self.app._lock:
            self.app.projects[project_id].canceled = True

    def add_finished_project(self, video: str | Path, token: str | None = None) -> str:
        """Register a completed video project whose output is `video` (moved into storage); returns its id.

        Lets a benchmark or test download an output of any size without rendering it. It belongs to `token`,
        or, when that is None, every token may read it.
        """
        return self.app.add_finished_project(Path(video), token_id(token) if token else None).id

    def set_render_seconds(self, seconds: float) -> None:
        self.app.render_seconds = seconds

    def __repr__(self) -> str:
        where = self.app.base_url or "not running"
        return f"Sandbox({where}, render_seconds={self.app.render_seconds:g})"
