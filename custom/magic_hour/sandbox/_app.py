"""The sandbox's behaviour: the API's routes, its accounts, projects and storage, and the request log."""

from __future__ import annotations

import functools
import hashlib
import json
import math
import os
import re
import secrets
import shutil
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import attrs

from .. import _spec
from .._media import sniff
from ._faults import FaultPlan
from ._http import FileBody, Reply, Request, _Handler
from ._render import FPS, Rendered, RenderError, render
from ._storage import CHUNK, HEAD_BYTES, Storage

try:
    from jsonschema import Draft202012Validator  # type: ignore[import-untyped]
    from referencing import Registry
    from referencing.jsonschema import DRAFT202012
except ImportError as exc:  # pragma: no cover - depends on the installed extras
    raise ImportError(
        "The Magic Hour sandbox validates requests with jsonschema, which is not installed. "
        "Install the extra: pip install 'magic-hour-sdk[sandbox]'"
    ) from exc


def token_id(token: str) -> str:
    """A short fingerprint of a token, so logs and counters never hold the token itself."""
    return hashlib.sha256(token.encode()).hexdigest()[:12]


def _bearer(req: Request) -> str:
    """The bearer token of a request, or "" when it has none."""
    scheme, _, token = req.headers.get("authorization", "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" else ""


def _iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


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


@attrs.define
class Project:
    id: str
    name: str | None
    owner: str
    created: float
    start_seconds: float
    end_seconds: float
    credits: int
    frames: int
    image: str
    audio: str
    rendered: threading.Event = attrs.field(factory=threading.Event)
    output_key: str | None = None
    width: int = -1
    height: int = -1
    error: dict[str, str] | None = None
    canceled: bool = False
    enabled: bool = True


@attrs.define
class _CachedRender:
    done: threading.Event = attrs.field(factory=threading.Event)
    result: Rendered | None = None
    error: RenderError | None = None


class SandboxApp:
    """All state of one sandbox; the HTTP server calls `on_request` from its worker threads."""

    def __init__(
        self,
        *,
        storage_dir: Path,
        render_seconds: float,
        balance: int,
        tokens: frozenset[str] | None,
        seed: int,
        url_ttl_seconds: float,
        clock: Callable[[], float],
    ) -> None:
        self.clock = clock  # drives the project lifecycle; storage URLs expire on real time
        self.storage = Storage(storage_dir)
        self.render_seconds = render_seconds
        self.balance = balance
        self.tokens = tokens
        self.url_ttl_seconds = url_ttl_seconds
        self.faults = FaultPlan(seed)
        self.base_url = ""
        self.log: list[LoggedRequest] = []
        self.created: dict[str, int] = {}
        self.projects: dict[str, Project] = {}
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self._renders = ThreadPoolExecutor(max_workers=2, thread_name_prefix="sandbox-render")
        self._render_cache: dict[str, _CachedRender] = {}  # by digest of the inputs: identical jobs render once
        self._validators = self._build_validators()
        self._operations = self._build_routes()

    # ----- routing -------------------------------------------------------------------------------------

    def _build_validators(self) -> dict[str, Draft202012Validator]:
        doc = _spec.document()
        registry: Registry[Any] = Registry().with_resource("urn:spec", DRAFT202012.create_resource(doc))
        out = {}
        for item in doc["paths"].values():
            for op in item.values():
                body = op.get("requestBody") if isinstance(op, dict) else None
                if body:
                    ref = body["content"]["application/json"]["schema"]["$ref"]
                    out[op["operationId"]] = Draft202012Validator({"$ref": f"urn:spec{ref}"}, registry=registry)
        return out

    def _build_routes(self) -> list[tuple[re.Pattern[str], dict[str, tuple[str, Callable[..., Reply]]]]]:
        handlers: dict[str, tuple[str, Callable[..., Reply]]] = {
            "createTalkingPhoto": ("create", self._create),
            "createUploadUrls": ("upload_urls", self._upload_urls),
            "getVideoProject": ("get", self._get),
            "deleteVideoProject": ("delete", self._delete),
        }
        routes = []
        for template, item in _spec.document()["paths"].items():
            pattern = re.compile("^" + re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", template) + "$")
            methods = {
                method.upper(): handlers[op["operationId"]]
                for method, op in item.items()
                if isinstance(op, dict) and op.get("operationId") in handlers
            }
            routes.append((pattern, methods))
        return routes

    def _resolve(self, req: Request) -> tuple[str | None, Callable[[], Reply]]:
        if req.path.startswith("/storage/"):
            key = req.path[len("/storage/") :]
            if req.method == "PUT":
                return "storage_put", lambda: self._storage_put(req, key)
            if req.method in ("GET", "HEAD"):
                return "storage_get", lambda: self._storage_get(req, key)
            return None, lambda: Reply.error(405, "Storage URLs accept PUT and GET.", {"Allow": "GET, HEAD, PUT"})
        for pattern, methods in self._operations:
            match = pattern.match(req.path)
            if not match:
                continue
            if req.method not in methods:
                allow = ", ".join(sorted(methods))
                return None, functools.partial(Reply.error, 405, f"Method not allowed; use {allow}.", {"Allow": allow})
            route, handler = methods[req.method]
            operation = functools.partial(handler, req, **match.groupdict())
            return route, functools.partial(self._authorized, req, operation)
        return None, lambda: Reply.error(404, "Not Found")

    def on_request(self, req: Request, handler: _Handler) -> None:
        route, respond = self._resolve(req)
        token = _bearer(req)
        entry = LoggedRequest(
            req.method, req.path, route, "authorization" in req.headers, token_id(token) if token else None
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
        if fault is not None and fault.kind == "status":
            headers = {}
            if fault.retry_after is not None:
                headers["Retry-After"] = f"{fault.retry_after:g}"
            reply = Reply.error(fault.status, _FAULT_MESSAGES.get(fault.status, "Injected fault"), headers)
        else:
            try:
                reply = respond()
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

    def _json_body(self, req: Request, operation_id: str) -> dict[str, Any] | Reply:
        if "json" not in req.headers.get("content-type", ""):
            return Reply.error(400, "Invalid request: the body must be JSON (Content-Type: application/json).")
        raw = req.read_body()
        if raw is None:
            return Reply.error(400, "Invalid request: the body is larger than 1 MiB.")
        try:
            body = json.loads(raw)
        except ValueError:
            return Reply.error(400, "Invalid request: the body is not valid JSON.")
        req.json = body
        errors = sorted(self._validators[operation_id].iter_errors(body), key=lambda e: list(e.absolute_path))
        if errors:
            first = errors[0]
            where = ".".join(str(p) for p in first.absolute_path) or "body"
            return Reply.error(400, f"Invalid request: {where}: {first.message}")
        assert isinstance(body, dict)
        return body

    def _upload_urls(self, req: Request) -> Reply:
        body = self._json_body(req, "createUploadUrls")
        if isinstance(body, Reply):
            return body
        allowed = _spec.extensions_by_asset_type()
        items = []
        for n, item in enumerate(body["items"]):
            kind, ext = item["type"], item["extension"]
            if ext not in allowed[kind]:
                return Reply.error(
                    422,
                    f"items.{n}: '{ext}' is an invalid {kind} extension. "
                    f"Possible extensions are '{', '.join(allowed[kind])}'",
                )
            key = f"api-assets/{secrets.token_hex(8)}/{kind}.{ext}"
            query, expires = self.storage.sign("PUT", key, self.url_ttl_seconds)
            items.append(
                {
                    "upload_url": f"{self.base_url}/storage/{key}?{query}",
                    "expires_at": _iso(expires),
                    "file_path": key,
                }
            )
        return Reply.json(200, {"items": items})

    def _asset_problem(self, field: str, value: str, want: str) -> str | None:
        """Why `value` cannot be used as the `want` asset of `field`, or None when it can."""
        scheme = urlsplit(value).scheme
        if scheme in ("http", "https"):
            key = self._own_storage_key(value)
            if key is None:
                return None  # fetched at render time
            value = key
        elif scheme:
            return f"{field} must be an http(s) URL or a file_path from the upload URLs API, not a {scheme}: URL."
        if not value.startswith("api-assets/") or not self.storage.exists(value):
            return (
                f"{field} {value!r} is not an uploaded file. Upload it first: POST /v1/files/upload-urls, "
                "then PUT the file to the upload_url, and pass the returned file_path."
            )
        found = sniff(self.storage.head(value))
        if found != want:
            what = (
                f"an {found} file"
                if found in ("image", "audio")
                else (f"a {found} file" if found else "unrecognised data")
            )
            return f"{field} must be {'an' if want[0] in 'aeiou' else 'a'} {want} file, but {value!r} holds {what}."
        return None

    def _own_storage_key(self, url: str) -> str | None:
        parts = urlsplit(url)
        base = urlsplit(self.base_url)
        if parts.netloc == base.netloc and parts.path.startswith("/storage/"):
            return parts.path[len("/storage/") :]
        return None

    def _create(self, req: Request) -> Reply:
        body = self._json_body(req, "createTalkingPhoto")
        if isinstance(body, Reply):
            return body
        start, end = float(body["start_seconds"]), float(body["end_seconds"])
        if not (math.isfinite(start) and math.isfinite(end)):
            return Reply.error(422, "start_seconds and end_seconds must be finite numbers.")
        if end <= start:
            return Reply.error(422, f"end_seconds ({end:g}) must be greater than start_seconds ({start:g}).")
        limit = _spec.max_clip_seconds()
        if end - start > limit:
            return Reply.error(
                422, f"The clip is {end - start:g} seconds long; the maximum duration allowed is {limit:g} seconds."
            )
        assets = body["assets"]
        for field, kind in _spec.asset_fields().items():
            problem = self._asset_problem(field, assets[field], kind)
            if problem:
                return Reply.error(422, problem)
        frames = math.ceil((end - start) * FPS)
        owner = token_id(_bearer(req))
        with self._lock:
            if frames > self.balance:
                return Reply.error(
                    402,
                    f"Payment required: this render costs {frames} credits and the account has {self.balance}. "
                    "Add credits or shorten the clip.",
                )
            self.balance -= frames
            project = Project(
                id=f"cm{secrets.token_hex(10)}",
                name=body.get("name"),
                owner=owner,
                created=self.clock(),
                start_seconds=start,
                end_seconds=end,
                credits=frames,
                frames=frames,
                image=assets["image_file_path"],
                audio=assets["audio_file_path"],
            )
            self.projects[project.id] = project
            self.created[owner] = self.created.get(owner, 0) + 1
        self._renders.submit(self._render, project)
        return Reply.json(200, {"id": project.id, "credits_charged": frames, "estimated_frame_cost": frames})

    def _fail(self, project: Project, code: str, message: str) -> None:
        with self._lock:
            project.error = {"message": message, "code": code}
            self.balance += project.credits  # a failed render is refunded
            project.credits = 0

    def _render(self, project: Project) -> None:
        try:
            keys = [self._own_storage_key(v) or v for v in (project.image, project.audio)]
            for value in keys:
                if not self.storage.exists(value):
                    self._fail(project, "asset_download_failed", f"Could not download {value}: the sandbox is offline.")
                    return
            image, audio = (self.storage.path(k) for k in keys)
            result = self._rendered(image, audio, project.start_seconds, project.end_seconds)
            key = f"outputs/{project.id}/output.mp4"
            out = self.storage.path(key)
            out.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(result.path, out)  # the cached render never changes: share it rather than copy it
            except OSError:
                shutil.copyfile(result.path, out)
            with self._lock:
                project.output_key, project.width, project.height = key, result.width, result.height
        except RenderError as exc:
            self._fail(project, exc.code, exc.message)
        except Exception as exc:
            self._fail(project, "internal_error", f"Rendering failed unexpectedly ({type(exc).__name__}).")
        finally:
            project.rendered.set()

    def _rendered(self, image: Path, audio: Path, start: float, end: float) -> Rendered:
        """The render of these inputs, made once however many projects ask for it at the same time."""
        digest = hashlib.sha256()
        for path in (image, audio):
            digest.update(path.read_bytes())
        digest.update(f"{start}:{end}".encode())
        with self._lock:
            entry = self._render_cache.get(digest.hexdigest())
            owner = entry is None
            if entry is None:
                entry = self._render_cache[digest.hexdigest()] = _CachedRender()
        if owner:
            try:
                cache = self.storage.root / "render-cache"
                cache.mkdir(parents=True, exist_ok=True)
                entry.result = render(image, audio, start, end, cache / f"{digest.hexdigest()}.mp4")
            except RenderError as exc:
                entry.error = exc
            finally:
                entry.done.set()
        entry.done.wait()
        if entry.error is not None:
            raise entry.error
        assert entry.result is not None
        return entry.result

    def add_finished_project(self, video: Path, owner: str = "seeded") -> Project:
        """A completed project whose output is `video` (moved into storage); for benchmarks and tests."""
        project = Project(
            id=f"cm{secrets.token_hex(10)}",
            name="seeded",
            owner=owner,
            created=self.clock() - self.render_seconds,
            start_seconds=0.0,
            end_seconds=1.0,
            credits=0,
            frames=0,
            image="",
            audio="",
        )
        key = f"outputs/{project.id}/output.mp4"
        self.storage.path(key).parent.mkdir(parents=True, exist_ok=True)
        shutil.move(video, self.storage.path(key))
        project.output_key = key
        project.rendered.set()
        with self._lock:
            self.projects[project.id] = project
        return project

    def status(self, project: Project) -> str:
        """Where the project is on the sandbox's clock: about a quarter queued, then rendering, then done."""
        if project.canceled:
            return "canceled"
        elapsed = self.clock() - project.created
        if elapsed < self.render_seconds * 0.25:
            return "queued"
        if elapsed < self.render_seconds or not project.rendered.is_set():
            return "rendering"
        return "error" if project.error is not None else "complete"

    def project_json(self, project: Project) -> dict[str, Any]:
        status = self.status(project)
        downloads = []
        if status == "complete" and project.enabled and project.output_key:
            query, expires = self.storage.sign("GET", project.output_key, self.url_ttl_seconds)
            downloads.append(
                {"url": f"{self.base_url}/storage/{project.output_key}?{query}", "expires_at": _iso(expires)}
            )
        out: dict[str, Any] = {
            "id": project.id,
            "name": project.name,
            "status": status,
            "type": "TALKING_PHOTO",
            "created_at": _iso(project.created),
            "width": project.width,
            "height": project.height,
            "enabled": project.enabled,
            "start_seconds": project.start_seconds,
            "end_seconds": project.end_seconds,
            "total_frame_cost": project.frames,
            "credits_charged": project.credits,
            "fps": FPS,
            "error": project.error,
            "downloads": downloads,
            "download": downloads[0] if downloads else None,
        }
        # Fields a newer spec adds are filled from its examples, so regenerated clients see them.
        for name, prop in _spec.schema("VideoProject").get("properties", {}).items():
            out.setdefault(name, prop.get("example"))
        return out

    def _get(self, req: Request, id: str) -> Reply:
        project = self.projects.get(id)
        if project is None:
            return Reply.error(404, "Not Found")
        return Reply.json(200, self.project_json(project))

    def _delete(self, req: Request, id: str) -> Reply:
        project = self.projects.get(id)
        if project is None:
            return Reply.error(404, "Not Found")
        project.rendered.wait(timeout=60)
        with self._lock:
            project.enabled = False
            if project.output_key:
                self.storage.path(project.output_key).unlink(missing_ok=True)
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
        match = re.fullmatch(r"bytes=(\d*)-(\d*)", wanted.strip())
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


_FAULT_MESSAGES = {
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
}
