"""The sandbox's behaviour: the API's routes, its accounts, projects and storage, and the request log."""

from __future__ import annotations

import functools
import hashlib
import json
import re
import secrets
import shutil
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import attrs

from .. import _spec, _validation
from .._media import holds, sniff
from ._faults import FaultPlan, RateLimit
from ._http import FileBody, Reply, Request, _Handler
from ._projects import (
    Operation,
    Project,
    Renderer,
    Shape,
    cost,
    create_operations,
    input_files,
    iso_time,
    new_id,
    plan_problem,
    project_json,
    project_shape,
)
from ._render import RenderError
from ._resources import ListedItems, example, sample_file, with_state
from ._storage import CHUNK, HEAD_BYTES, Storage


def token_id(token: str) -> str:
    """A short fingerprint of a token, so logs and counters never hold the token itself."""
    return hashlib.sha256(token.encode()).hexdigest()[:12]


def _bearer(req: Request) -> str:
    """The bearer token of a request, or "" when it has none."""
    scheme, _, token = req.headers.get("authorization", "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" else ""


@functools.cache
def _create_answer(method: str, path: str) -> tuple[Shape, tuple[str, ...]]:
    """A create's 200 answer (`Shape`) and its integer fields that say what it costs (estimated_frame_cost …)."""
    ok = _spec.response_schema(_spec.operation(method, path))
    costs = tuple(
        name
        for name, prop in ok.get("properties", {}).items()
        if name not in ("id", "credits_charged") and prop.get("type") == "integer"
    )
    return Shape.of(ok), costs


@attrs.define
class LoggedRequest:
    """One request as the sandbox saw it."""

    method: str
    path: str
    route: str | None
    authorization: bool  # whether an Authorization header was present at all
    token_id: str | None
    status: int | None = None  # None: the connection was dropped before an answer
    fault: str | None = None
    json: Any = None  # the JSON body of an API request, as received
    module: str | None = None  # the SDK module of the operation (`face_swap`), for API requests


#: The routes a rate limit counts: the API's own, not the storage URLs.
_LIMITED = frozenset({"upload_urls", "create", "get", "delete"})


class SandboxApp:
    """All state of one sandbox; the HTTP server calls `on_request` from its worker threads.

    Every route comes from the spec: the upload-URLs operation, each create whose answer links to a project
    GET, those GETs and the DELETEs beside them. A new operation in the spec is served without a change here.
    """

    def __init__(
        self,
        *,
        storage_dir: Path,
        render_seconds: float,
        balance: int,
        plan: str = "business",
        tokens: frozenset[str] | None,
        seed: int,
        url_ttl_seconds: float,
        clock: Callable[[], float],
    ) -> None:
        self.clock = clock  # drives the project lifecycle; storage URLs expire on real time
        self.storage = Storage(storage_dir)
        self.render_seconds = render_seconds
        self.balance = balance
        self.plan = check_plan(plan)
        self.tokens = tokens
        self.url_ttl_seconds = url_ttl_seconds
        self.faults = FaultPlan(seed)
        self.rate_limit: RateLimit | None = None
        self.base_url = ""
        self.log: list[LoggedRequest] = []
        self.created: dict[str, int] = {}
        self.uploaded_by: dict[str, str] = {}  # api-assets key -> the fingerprint of the token that asked for it
        self.projects: dict[str, Project] = {}
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self._renders = ThreadPoolExecutor(max_workers=2, thread_name_prefix="sandbox-render")
        self._renderer = Renderer(self.storage)
        self._creates = {(op.method, op.path): op for op in create_operations()}
        self._routes = self._build_routes()
        self.on_project: Callable[[Project], None] | None = None  # told of a project's creation and render end

    # ----- routing -------------------------------------------------------------------------------------

    def _build_routes(self) -> list[_Route]:
        routes = []
        for template, item in _spec.document()["paths"].items():
            pattern = re.compile("^" + re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", template) + "$")
            # What every path the pattern matches starts with (the template up to its first parameter, if that
            # part is plain text to the regex): checked first, it spares a regex per route on every request.
            prefix = template.split("{", 1)[0]
            prefix = prefix if re.fullmatch(r"[A-Za-z0-9/_-]*", prefix) else ""
            methods: dict[str, tuple[str, str, Callable[..., Reply]]] = {}
            for method, op in item.items():
                if not isinstance(op, dict):
                    continue
                key = (method.upper(), template)
                module = _spec.sdk_module(op)
                if op.get("x-sdk-role") == "upload-urls":
                    methods[key[0]] = ("upload_urls", module, functools.partial(self._upload_urls, key))
                elif key in self._creates:
                    methods[key[0]] = ("create", module, functools.partial(self._create, self._creates[key]))
                elif key[0] == "GET" and "x-sdk-project" in op:
                    methods[key[0]] = ("get", module, functools.partial(self._get, template))
                elif key[0] == "GET" and op.get("x-sdk-method") == "list" and "x-sdk-pagination" in op:
                    listed = ListedItems(template, self._listed_file)
                    methods[key[0]] = ("list", module, functools.partial(self._list, listed))
                elif key[0] == "GET" and op.get("x-sdk-method") == "get" and "{" not in template:
                    methods[key[0]] = ("singleton", module, functools.partial(self._singleton, template))
                elif key[0] == "DELETE":
                    methods[key[0]] = ("delete", module, functools.partial(self._delete, template))
            routes.append((prefix, pattern, methods))
        return routes

    def _route(self, req: Request) -> tuple[str | None, str | None, Callable[[], Reply]]:
        if req.path.startswith("/storage/"):
            key = req.path[len("/storage/") :]
            if req.method == "PUT":
                return "storage_put", None, lambda: self._storage_put(req, key)
            if req.method in ("GET", "HEAD"):
                return "storage_get", None, lambda: self._storage_get(req, key)
            return None, None, lambda: Reply.error(405, "Storage URLs accept PUT and GET.", {"Allow": "GET, HEAD, PUT"})
        for prefix, pattern, methods in self._routes:
            match = pattern.match(req.path) if req.path.startswith(prefix) else None
            if not match:
                continue
            if req.method not in methods:
                allow = ", ".join(sorted(methods))
                return (
                    None,
                    None,
                    functools.partial(Reply.error, 405, f"Method not allowed; use {allow}.", {"Allow": allow}),
                )
            route, module, handler = methods[req.method]
            operation = functools.partial(handler, req, **match.groupdict())
            return route, module, functools.partial(self._authorized, req, operation)
        return None, None, lambda: Reply.error(404, "Not Found")

    def on_request(self, req: Request, handler: _Handler) -> None:
        route, module, respond = self._route(req)
        token = _bearer(req)
        req.owner = token_id(token)  # hashed once per request; "" has a fingerprint too, shared by all without one
        entry = LoggedRequest(
            req.method, req.path, route, "authorization" in req.headers, req.owner if token else None, module=module
        )
        with self._lock:
            self.log.append(entry)
        fault = self.faults.draw(route) if route else None
        entry.fault = fault.kind if fault else None
        if fault is not None and fault.kind == "drop_before":
            handler.drop()
            return
        if fault is not None and fault.kind == "latency":
            self.stopping.wait(fault.seconds)
        wait = None
        if self.rate_limit is not None and route in _LIMITED and fault is None:
            wait = self.rate_limit.admit(req.owner)
        if wait is not None:
            entry.fault = "rate_limit"
            reply = Reply.error(429, _FAULT_MESSAGES[429], {"Retry-After": f"{max(wait, 0.001):.3f}"})
        elif fault is not None and fault.kind == "status":
            headers = {}
            if fault.retry_after is not None:
                headers["Retry-After"] = f"{fault.retry_after:g}"
            reply = Reply.error(fault.status, _FAULT_MESSAGES.get(fault.status, "Injected fault"), headers)
        else:
            try:
                reply = respond()
            except (ConnectionError, TimeoutError):
                raise  # the client went away mid-request: nothing to answer (the server drops it quietly)
            except Exception as exc:  # a bug in the sandbox answers like the real API would: 500
                reply = Reply.error(500, f"Internal Server Error: {type(exc).__name__}")
        req.discard_body()
        entry.status, entry.json = reply.status, req.json
        if fault is not None and fault.kind == "drop_after":
            handler.drop()
            return
        handler.send_reply(reply, fault)

    # ----- API operations --------------------------------------------------------------------------------

    def _authorized(self, req: Request, then: Callable[[], Reply]) -> Reply:
        token = _bearer(req)
        if not token or (self.tokens is not None and token not in self.tokens):
            req.handler.close_connection = not req.body_read and (req.content_length or 0) > 0
            return Reply.error(401, "Unauthorized")
        return then()

    def _json_body(self, req: Request, key: tuple[str, str]) -> dict[str, Any] | Reply:
        if not _is_json(req.headers.get("content-type", "")):
            # 400, not 415: the spec documents 400 for a malformed request, and the sandbox answers as documented.
            return Reply.error(400, "Invalid request: the body must be JSON (Content-Type: application/json).")
        raw = req.read_body()
        if raw is None:
            return Reply.error(400, "Invalid request: the body is larger than 1 MiB.")
        try:
            body = json.loads(raw)
        except (ValueError, RecursionError):
            return Reply.error(400, "Invalid request: the body is not valid JSON (or is nested too deeply).")
        req.json = body
        if not isinstance(body, dict):
            return Reply.error(400, "Invalid request: the body must be a JSON object.")
        try:
            problems = _validation.schema_problems(*key, body)
            rules = [] if problems else _validation.rule_problems(*key, body)
        except RecursionError:
            return Reply.error(400, "Invalid request: the body is nested too deeply.")
        if problems:
            return Reply.error(400, "Invalid request: " + "; ".join(problems))
        if rules:
            return Reply.error(422, "; ".join(rules))
        return body

    def _upload_urls(self, key: tuple[str, str], req: Request) -> Reply:
        body = self._json_body(req, key)
        if isinstance(body, Reply):
            return body
        allowed = _spec.extensions_by_asset_type()
        items = []
        for n, item in enumerate(body["items"]):
            kind, ext = item["type"], item["extension"]
            if ext not in allowed.get(kind, ()):
                return Reply.error(
                    422,
                    f"items.{n}: '{ext}' is an invalid {kind} extension. "
                    f"Possible extensions are '{', '.join(allowed.get(kind, ()))}'",
                )
            store = f"api-assets/{secrets.token_hex(8)}/{kind}.{ext}"
            with self._lock:
                self.uploaded_by[store] = req.owner  # an upload path is the account's own, as on the real API
            query, expires = self.storage.sign("PUT", store, self.url_ttl_seconds)
            items.append(
                {
                    "upload_url": f"{self.base_url}/storage/{store}?{query}",
                    "expires_at": iso_time(expires),
                    "file_path": store,
                }
            )
        return Reply.json(200, {"items": items})

    def _asset_problem(self, field: str, value: str, wanted: tuple[str, ...], owner: str) -> str | None:
        """Why `value` cannot be used by `owner` as an asset of `field` (of one of the `wanted` types), or None.

        A bare `api-assets/...` path is looked up in the caller's own account, so another token's upload is
        as unknown as a path never uploaded (a signed storage URL, like any URL, is fetched as given).
        """
        scheme = urlsplit(value).scheme
        by_url = scheme in ("http", "https")
        if by_url:
            key = self._own_storage_key(value)
            if key is None:
                return None  # fetched at render time
            value = key
        elif scheme:
            return f"{field} must be an http(s) URL or a file_path from the upload URLs API, not a {scheme}: URL."
        with self._lock:
            uploader = self.uploaded_by.get(value)
        known = uploader is not None and (by_url or uploader == owner)
        if not value.startswith(_spec.storage_prefixes()) or not known or not self.storage.exists(value):
            return (
                f"{field} {value!r} is not an uploaded file. Upload it first: POST /v1/files/upload-urls, "
                "then PUT the file to the upload_url, and pass the returned file_path."
            )
        found = sniff(self.storage.head(value))
        if not any(holds(found, want) for want in wanted):
            what = f"{'an' if (found or 'x')[0] in 'aeiou' else 'a'} {found} file" if found else "unrecognised data"
            want = _spec.asset_type_words(wanted)
            return f"{field} must be {'an' if want[0] in 'aeiou' else 'a'} {want} file, but {value!r} holds {what}."
        return None

    def _own_storage_key(self, url: str) -> str | None:
        parts = urlsplit(url)
        base = urlsplit(self.base_url)
        if parts.netloc == base.netloc and parts.path.startswith("/storage/"):
            return parts.path[len("/storage/") :]
        return None

    def _create(self, operation: Operation, req: Request) -> Reply:
        body = self._json_body(req, (operation.method, operation.path))
        if isinstance(body, Reply):
            return body
        # A file another field's value leaves unused (`x-selected-by`) is ignored, as the API ignores it.
        files = [found for found in _validation.file_fields(operation.schema, body) if found.selected]
        for found in files:
            problem = self._asset_problem(found.label, str(found.value), found.asset_types, req.owner)
            if problem:
                return Reply.error(422, problem)
        owner = req.owner
        with self._lock:
            refused = plan_problem(operation, body, self.plan)
            if refused:
                return Reply.error(402, refused)
            credits = cost(operation, body)
            if credits > self.balance:
                return Reply.error(
                    402,
                    f"Payment required: this request costs {credits} credits and the account has {self.balance}",
                    code="insufficient_credits",
                )
            self.balance -= credits
            project = Project(
                id=new_id(),
                operation=operation,
                owner=owner,
                created=self.clock(),
                body=body,
                credits=credits,
                inputs=input_files(files),
                plan=self.plan,
            )
            self.projects[project.id] = project
            self.created[owner] = self.created.get(owner, 0) + 1
        self._renders.submit(self._render, project)
        if self.on_project is not None:  # webhooks (_webhooks.py) follow it from here
            self.on_project(project)
        answer, costs = _create_answer(operation.method, operation.path)
        known = {"id": project.id, "credits_charged": credits, **dict.fromkeys(costs, credits)}
        return Reply.json(200, answer.fill(known))

    def _fail(self, project: Project, code: str, message: str) -> None:
        with self._lock:
            project.error = {"message": message, "code": code}
            self.balance += project.credits  # a failed render is refunded
            project.credits = 0

    def _stored_path(self, value: str) -> Path | None:
        key = self._own_storage_key(value) or value
        return self.storage.path(key) if self.storage.exists(key) else None

    def _settle(self, project: Project) -> None:
        """The final figure for what was made (its measured length and frame rate), replacing the estimate."""
        final = cost(project.operation, project.body, project.made)
        with self._lock:
            if project.error is None:
                self.balance += project.credits - final
                project.credits = final

    def _render(self, project: Project) -> None:
        try:
            self._renderer.render(project, self._stored_path)
            self._settle(project)
        except RenderError as exc:
            self._fail(project, exc.code, exc.message)
        except Exception as exc:
            self._fail(project, "internal_error", f"Rendering failed unexpectedly ({type(exc).__name__}).")
        finally:
            project.rendered.set()
            if self.on_project is not None:
                self.on_project(project)

    def add_finished_project(self, video: Path, owner: str | None = None) -> Project:
        """A completed video project whose output is `video` (moved into storage); for benchmarks and tests."""
        operation = next(op for op in self._creates.values() if op.media == "video")
        project = Project(
            id=new_id(), operation=operation, owner=owner or _ANYONE, created=self.clock() - self.render_seconds,
            body={}, credits=0, inputs={},
        )  # fmt: skip
        key = f"outputs/{project.id}/output-0.mp4"
        self.storage.path(key).parent.mkdir(parents=True, exist_ok=True)
        shutil.move(video, self.storage.path(key))
        project.outputs = [key]
        project.rendered.set()
        with self._lock:
            self.projects[project.id] = project
        return project

    def status(self, project: Project) -> str:
        """Where the project is on the sandbox's clock: about a quarter queued, then rendering, then done."""
        rules = project.operation.rules
        if project.canceled:
            return "canceled"
        elapsed = self.clock() - project.created
        if elapsed < self.render_seconds * 0.25:
            return "queued"
        if elapsed < self.render_seconds or not project.rendered.is_set():
            return "rendering"
        failure = sorted(rules.failure)
        return (failure[0] if "error" not in rules.failure else "error") if project.error else sorted(rules.success)[0]

    def project_json(self, project: Project, status: str | None = None) -> dict[str, Any]:
        shape = project_shape(project.operation.get_path, project.operation.rules)

        def sign(key: str) -> tuple[str, float]:
            query, expires = self.storage.sign("GET", key, self.url_ttl_seconds)
            return f"{self.base_url}/storage/{key}?{query}", expires

        return project_json(project, self.status(project) if status is None else status, sign, shape)

    def _visible(self, req: Request, template: str, id: str) -> Project | None:
        """The project `id` if it is of this kind and belongs to the caller's token (the API scopes by account)."""
        project = self.projects.get(id)
        if project is None or project.operation.get_path != template:
            return None
        if project.owner not in (req.owner, _ANYONE):
            return None
        return project

    def _get(self, template: str, req: Request, id: str) -> Reply:
        project = self._visible(req, template, id)
        if project is None:
            return Reply.error(404, "Not Found")
        return Reply.json(200, self.project_json(project))

    def _singleton(self, template: str, req: Request) -> Reply:
        """A singleton (the account) as the document exemplifies it, with the sandbox's own state in the fields
        tied to it (`x-sdk-state`: the balance, the plan)."""
        schema = _spec.response_schema(_spec.operation("GET", template))
        state = {"balance": self.balance, "plan": getattr(self, "plan", None)}
        return Reply.json(200, with_state(schema, example(schema), state))

    def _list(self, listed: ListedItems, req: Request) -> Reply:
        def sign(key: str) -> tuple[str, float]:
            query, expires = self.storage.sign("GET", key, self.url_ttl_seconds)
            return f"{self.base_url}/storage/{key}?{query}", expires

        with self._lock:
            listed.items(req.owner)
        status, answer = listed.page(req.owner, req.query, sign)
        return Reply.json(status, answer) if status == 200 else Reply.error(status, str(answer["message"]))

    def _listed_file(self, owner: str, kind: str, prefix: str) -> str | None:
        """A storage key under `prefix` (the listing's durable folder) holding a real `kind` file of `owner`'s."""
        made = sample_file(kind, self.storage.root)
        if made is None or not self.storage.valid_key(f"{prefix}x/x{made.suffix}"):
            return None
        key = f"{prefix}{new_id()}/{kind}{made.suffix}"
        target = self.storage.path(key)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(made, target)
        self.uploaded_by[key] = owner
        return key

    def _delete(self, template: str, req: Request, id: str) -> Reply:
        project = self._visible(req, template, id)
        if project is None:
            return Reply.error(404, "Not Found")
        project.rendered.wait(timeout=60)
        with self._lock:
            project.enabled = False
            for key in project.outputs:
                self.storage.path(key).unlink(missing_ok=True)
        return Reply(204)

    # ----- storage ------------------------------------------------------------------------------------

    def _storage_put(self, req: Request, key: str) -> Reply:
        if not self.storage.valid_key(key) or not key.startswith("api-assets/"):
            return Reply.error(403, "Uploads are only allowed to URLs from the upload URLs API.")
        refusal = self.storage.check("PUT", key, req.query.get("expires"), req.query.get("signature"))
        if refusal:
            req.handler.close_connection = True
            return Reply.error(403, refusal)
        length = req.content_length
        if length is None:
            req.handler.close_connection = True
            return Reply.error(411, "Content-Length is required for uploads.")
        path = self.storage.path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        part = path.with_name(path.name + f".{secrets.token_hex(4)}.part")
        read = req.stream_body()
        remaining = length
        head, stored = b"", False
        try:
            with part.open("wb") as f:
                while remaining > 0:
                    chunk = read(min(remaining, CHUNK))
                    if not chunk:
                        break
                    if len(head) < HEAD_BYTES:
                        head += chunk[: HEAD_BYTES - len(head)]
                    f.write(chunk)
                    remaining -= len(chunk)
            if remaining:
                req.handler.close_connection = True
                return Reply.error(400, f"The upload ended {remaining} bytes early; nothing was stored.")
            self.storage.stored(key, part, head)
            stored = True
        finally:
            if not stored:
                part.unlink(missing_ok=True)
        return Reply(200, headers={"ETag": f'"{secrets.token_hex(8)}"'})

    def _storage_get(self, req: Request, key: str) -> Reply:
        if not self.storage.valid_key(key):
            return Reply.error(404, "Not Found")
        refusal = self.storage.check("GET", key, req.query.get("expires"), req.query.get("signature"))
        if refusal:
            return Reply.error(403, refusal)
        if not self.storage.exists(key):
            return Reply.error(404, "Not Found")
        path = self.storage.path(key)
        size = path.stat().st_size
        headers = {
            "Content-Type": "video/mp4" if key.endswith(".mp4") else "application/octet-stream",
            "Accept-Ranges": "bytes",
        }
        wanted = req.headers.get("range")
        if not wanted:
            return Reply(200, FileBody(path, 0, size), headers)
        # ASCII digits, at most 18 of them: `\d` takes any script's digits, and int() refuses 4300 and more.
        match = re.fullmatch(r"bytes=([0-9]{0,18})-([0-9]{0,18})", wanted.strip())
        if not match or match[1] == match[2] == "":
            return Reply.error(416, "Invalid Range header.", {"Content-Range": f"bytes */{size}"})
        if match[1] == "":
            start, end = max(0, size - int(match[2])), size - 1
        else:
            start = int(match[1])
            end = min(int(match[2]), size - 1) if match[2] else size - 1
        if start >= size or start > end:
            return Reply.error(416, "Range not satisfiable.", {"Content-Range": f"bytes */{size}"})
        headers["Content-Range"] = f"bytes {start}-{end}/{size}"
        return Reply(206, FileBody(path, start, end - start + 1), headers)


#: The plans the sandbox knows, cheapest first; a value the document keeps for some plans is refused to others.
PLANS = ("free", "creator", "pro", "business")


def check_plan(plan: str) -> str:
    if plan not in PLANS:
        raise ValueError(f"Unknown plan {plan!r}; use one of {', '.join(PLANS)}.")
    return plan


def _is_json(content_type: str) -> bool:
    """Whether a Content-Type names JSON: `application/json` or `application/<x>+json`, parameters aside."""
    media = content_type.split(";", 1)[0].strip().lower()
    kind, _, sub = media.partition("/")
    return kind == "application" and (sub == "json" or sub.endswith("+json"))


#: A path template's literal prefix ("" when none can be used), its pattern, and route, module and handler by method.
_Route = tuple[str, re.Pattern[str], dict[str, tuple[str, str, Callable[..., Reply]]]]

#: The owner of a seeded project that every token may see (benchmarks and tests seed them).
_ANYONE = "*"

_FAULT_MESSAGES = {
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
}
