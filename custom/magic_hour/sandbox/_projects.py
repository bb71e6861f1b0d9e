"""Projects of every kind, as the spec describes them: what one costs, renders and answers.

An operation is known only through the spec: its body's file fields (`x-asset-type`), its clip (`x-clip`),
its output count and format (`x-output-count`, `x-output-format`), and the project it creates (the GET its
200 response links to, whose `x-sdk-project` says the media, the statuses and where outputs are listed).
"""

from __future__ import annotations

import copy
import functools
import hashlib
import json
import os
import secrets
import shutil
import threading
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import attrs

from .. import _pricing, _spec, _validation
from . import _shape
from ._render import Measured, RenderError, detect_faces, measure, render_audio, render_images, render_video
from ._storage import Storage

#: Seconds of video when an operation states no clip.
_DEFAULT_SECONDS = 2.0


@attrs.frozen
class Operation:
    """A create operation and the project kind it starts."""

    method: str
    path: str
    module: str
    get_path: str  # the GET that follows the project (/v1/video-projects/{id})
    rules: _spec.ProjectRules
    media: str  # video | image | audio | faces

    @property
    def schema(self) -> dict[str, Any]:
        return _body_schema(self.method, self.path)

    @property
    def project_type(self) -> str:
        """The project GET's `type`: as the document lists it (`x-project-type`), else the module's name."""
        listed = _spec.operation(self.method, self.path).get("x-project-type")
        return str(listed) if listed else self.module.upper()


@functools.cache
def _body_schema(method: str, path: str) -> dict[str, Any]:
    """An operation's request body schema, resolved once: a create reads it several times."""
    return _spec.body_schema(_spec.operation(method, path)) or {}


def create_operations() -> list[Operation]:
    """Every create operation of the shipped spec whose result is followed."""
    by_id = {op.get("operationId"): (m, p, op) for m, p, op in _spec.operations()}
    out = []
    for method, path, op in _spec.operations():
        link = op.get("responses", {}).get("200", {}).get("links", {}).get("result")
        if not link or link.get("operationId") not in by_id:
            continue
        get_method, get_path, get_op = by_id[link["operationId"]]
        media = str((get_op.get("x-sdk-project") or {}).get("media", "file"))
        out.append(
            Operation(method, path, _spec.sdk_module(op), get_path, _spec.project_rules(get_method, get_path), media)
        )
    return out


@attrs.define
class Project:
    id: str
    operation: Operation
    owner: str
    created: float
    body: dict[str, Any]
    credits: int
    inputs: dict[str, list[str]]  # asset type -> storage keys or URLs, in body order
    rendered: threading.Event = attrs.field(factory=threading.Event)
    made: Measured | None = None  # the first output as measured, which the final price counts
    plan: str = "business"  # the account's plan when it was created (limits its size)
    outputs: list[str] = attrs.field(factory=list)  # storage keys
    width: int = -1
    height: int = -1
    fps: float | None = None  # of a video output, as measured
    error: dict[str, str] | None = None
    canceled: bool = False
    enabled: bool = True


@functools.lru_cache(maxsize=4096)
def iso_time(ts: float) -> str:
    """The time as the API writes it; kept, as every poll writes its project's creation and URLs' expiry again."""
    return datetime.fromtimestamp(ts, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _at(body: Mapping[str, Any], dotted: str | None) -> Any:
    node: Any = body
    for part in (dotted or "").split("."):
        if not part or not isinstance(node, Mapping):
            return None
        node = node.get(part)
    return node


def clip(operation: Operation, body: Mapping[str, Any]) -> tuple[float, float]:
    """(start, seconds) of the output, from `x-clip`; operations without one make a short default."""
    spec = operation.schema.get("x-clip")
    if not isinstance(spec, Mapping):
        return 0.0, _DEFAULT_SECONDS
    start = body.get(spec["start"], 0.0) if spec.get("start") else 0.0
    start = float(start) if isinstance(start, int | float) else 0.0
    end = body.get(str(spec.get("end")))
    return start, (float(end) - start if isinstance(end, int | float) else _DEFAULT_SECONDS)


def _marked(schema: Mapping[str, Any], body: Mapping[str, Any], key: str) -> Any:
    """The value of the body field whose schema carries `key` (x-output-count, x-output-format): as given,
    else the field's default, which is what the API uses (the GIF generator's output_format is `gif`)."""
    marked = [(name, prop) for name, prop in schema.get("properties", {}).items()]
    marked = [(name, prop) for name, prop in marked if prop.get(key)]
    given = [body[name] for name, _ in marked if name in body]
    return given[0] if given else next((prop["default"] for _, prop in marked if "default" in prop), None)


def _text(schema: Any, value: Any) -> list[str]:
    """The free text of a body (prompts, topics, content): strings that are neither files nor enum values."""
    schema = schema
    if isinstance(value, Mapping):
        props = schema.get("properties", {})
        return [t for k, v in value.items() for t in _text(props.get(k, {}), v)]
    if isinstance(value, list):
        return [t for v in value for t in _text(schema.get("items", {}), v)]
    if isinstance(value, str) and "x-asset-type" not in schema and "enum" not in schema and "://" not in value:
        return [value]
    return []


def outputs_count(operation: Operation, body: Mapping[str, Any]) -> int:
    """The outputs a body asks for, as the price counts them (`_pricing.outputs`), at most 16 made."""
    return min(_pricing.outputs(operation.schema, body), 16)


def _priced(operation: Operation) -> Mapping[str, Any]:
    pricing = operation.schema.get("x-pricing")
    return pricing if isinstance(pricing, Mapping) else {}


def cost(operation: Operation, body: Mapping[str, Any], made: Measured | None = None) -> int:
    """Credits a project costs, by the spec's `x-pricing`: the estimate at create (frames from the clip and the
    frame rate asked for), or, given what was `made`, the final figure (its measured length and frame rate)."""
    pricing = _priced(operation)
    if not pricing:
        return 0
    seconds = clip(operation, body)[1]
    fps = _shape.output_shape(operation.schema, body, None).fps
    if made is not None and made.seconds is not None:
        seconds, fps = made.seconds, made.fps or fps
    count = _pricing.units(
        pricing,
        outputs=outputs_count(operation, body),
        frames=round(seconds * fps),
        characters=_pricing.text_length(pricing, body),
        seconds=seconds,
    )
    return _pricing.total(pricing, operation.schema, body, count)


def plan_problem(operation: Operation, body: Mapping[str, Any], plan: str) -> str | None:
    """Why `plan` may not make this request (a value the document keeps for some plans), or None."""
    return _pricing.plan_problem(_priced(operation), operation.schema, body, plan)


def _trimmed(operation: Operation) -> frozenset[str]:
    """Asset types the clip trims (`x-clip.sources`): a clip may not end past those; other inputs (animation's
    audio, whose end_seconds is the output's length) are used as far as they go."""
    spec = operation.schema.get("x-clip")
    kinds: set[str] = set()
    for source in spec.get("sources", ()) if isinstance(spec, Mapping) else ():
        node: Any = operation.schema
        for part in str(source).split("."):
            node = node.get("properties", {}).get(part, {})
        kinds.update(_spec.asset_types(node))
    return frozenset(kinds)


@attrs.define
class _Cached:
    done: threading.Event = attrs.field(factory=threading.Event)
    files: list[Path] = attrs.field(factory=list)
    made: Measured | None = None
    error: RenderError | None = None


class Renderer:
    """Renders projects into storage; identical requests on identical inputs render once and share files."""

    def __init__(self, storage: Storage) -> None:
        self.storage = storage
        self._lock = threading.Lock()
        self._cache: dict[str, _Cached] = {}

    def render(self, project: Project, locate: Callable[[str], Path | None]) -> None:
        """Make the project's outputs; a RenderError says what the API would (refunded by the caller)."""
        inputs: dict[str, list[Path]] = {}
        for kind, values in project.inputs.items():
            for value in values:
                path = locate(value)
                if path is None:
                    raise RenderError("asset_download_failed", f"Could not download {value}: the sandbox is offline.")
                inputs.setdefault(kind, []).append(path)
        digest = hashlib.sha256(
            json.dumps([project.operation.path, project.plan, _without_files(project)], sort_keys=True).encode()
        )
        for paths in inputs.values():
            for path in paths:
                digest.update(path.read_bytes())
        key = digest.hexdigest()
        with self._lock:
            entry = self._cache.get(key)
            owner = entry is None
            if entry is None:
                entry = self._cache[key] = _Cached()
        if owner:
            try:
                folder = self.storage.root / "render-cache" / key
                folder.mkdir(parents=True, exist_ok=True)
                entry.files = _make(project, inputs, folder)
                entry.made = measure(entry.files[0]) if entry.files else None
            except RenderError as exc:
                entry.error = exc
            finally:
                entry.done.set()
        entry.done.wait()
        if entry.error is not None:
            raise entry.error
        project.outputs = self._store(project, entry.files)
        made = entry.made
        if made is not None and made.size is not None and project.operation.media in ("image", "video"):
            project.width, project.height = made.size
            project.fps = made.fps if project.operation.media == "video" else None
        project.made = made

    def _store(self, project: Project, files: list[Path]) -> list[str]:
        keys = []
        for n, path in enumerate(files):
            # Detected faces are assets, as the API's `api-assets/...` paths say: face swap takes them back.
            faces = project.operation.media == "faces"
            key = f"api-assets/{project.id}/{path.name}" if faces else f"outputs/{project.id}/output-{n}{path.suffix}"
            target = self.storage.path(key)
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(path, target)  # renders never change: share them rather than copy
            except OSError:
                shutil.copyfile(path, target)
            keys.append(key)
        return keys


def _without_files(project: Project) -> Any:
    """The body as a render sees it: the files count by their bytes (hashed beside it), not their keys."""
    body: Any = dict(project.body)
    body.pop("name", None)
    for found in _validation.file_fields(project.operation.schema, body):
        body = _validation.replace(body, found.where, found.asset_type)
    return body


def _make(project: Project, inputs: dict[str, list[Path]], folder: Path) -> list[Path]:
    operation, body = project.operation, project.body
    first = {kind: paths[0] for kind, paths in inputs.items() if paths}
    text = " ".join(_text(operation.schema, body)) or None
    visual = first.get("video") or first.get("image")
    source = measure(visual) if visual is not None and operation.media in ("video", "image") else None
    if source is not None and "video" not in first:
        source = attrs.evolve(source, fps=None)  # a still image has no frame rate of its own (ffmpeg says 25)
    shape = _shape.output_shape(operation.schema, body, source, project.plan)
    if operation.media == "video":
        start, seconds = clip(operation, body)
        if seconds <= 0:
            raise RenderError("invalid_duration", "The clip must be longer than 0 seconds.")
        done = render_video(
            folder / "output.mp4",
            seconds=seconds,
            start=start,
            image=first.get("image"),
            video=first.get("video"),
            audio=first.get("audio"),
            trimmed=_trimmed(operation),
            size=shape.size,
            fps=shape.fps,
            tone=shape.audio,
        )
        return [done.path]
    if operation.media == "image":
        fmt = _marked(operation.schema, body, "x-output-format")
        return render_images(
            folder,
            "output",
            count=outputs_count(operation, body),
            fmt=str(fmt) if fmt else "png",
            source=first.get("image"),
            text=text,
            size=shape.size,
        )
    if operation.media == "audio":
        source_audio = first.get("audio")
        length = measure(source_audio).seconds if source_audio is not None else None
        return [render_audio(folder / "output.wav", text=text, seconds=length)]
    if operation.media == "faces":
        target = next(iter(first.values()), None)
        if target is None:
            raise RenderError("no_input", "Face detection needs an input image or video.")
        return [face.crop for face in detect_faces(target, folder / "faces")]
    raise RenderError("unsupported", f"The sandbox cannot make {operation.media!r} outputs.")


def input_files(found: Iterable[_validation.FileField]) -> dict[str, list[str]]:
    """Asset type -> the values of the body's file fields (`file_fields` of it), in order."""
    out: dict[str, list[str]] = {}
    for field in found:
        out.setdefault(field.asset_type, []).append(str(field.value))
    return out


def _default(schema: Any) -> Any:
    """A value of the schema's type: its example, else something of the right shape."""
    schema = schema
    if schema.get("nullable"):
        return None
    if "example" in schema:
        return schema["example"]
    known = schema.get("enum") or schema.get("x-known-values")
    if known:
        return known[0]
    kind = schema.get("type")
    return {"string": "", "integer": 0, "number": 0.0, "boolean": False, "array": [], "object": {}}.get(str(kind))


def _pointed(answer: Any, pointer: str) -> Any:
    """The value at a JSON pointer (`/downloads/0`) in an answer, or None where there is none."""
    node = answer
    for part in pointer.strip("/").split("/"):
        if isinstance(node, Mapping):
            node = node.get(part)
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return None
    return copy.deepcopy(node)


@attrs.frozen
class Shape:
    """A response schema's properties in order, each with its default, worked out once rather than per answer."""

    fields: tuple[tuple[str, Any], ...]
    names: frozenset[str]
    #: Deprecated fields the real API still sends, copies of another (`x-same-as: /credits_charged`).
    same_as: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, schema: Mapping[str, Any]) -> Shape:
        props = schema.get("properties", {})
        fields = tuple((name, _default(prop)) for name, prop in props.items())
        same = tuple(
            (name, str(prop["x-same-as"])) for name, prop in props.items() if isinstance(prop.get("x-same-as"), str)
        )
        return cls(fields, frozenset(name for name, _ in fields), same)

    def fill(self, known: Mapping[str, Any]) -> dict[str, Any]:
        """An answer with every property: the values known, the rest their defaults (a list or object a copy)."""
        answer = {
            name: known[name] if name in known else copy.deepcopy(value) if isinstance(value, list | dict) else value
            for name, value in self.fields
        }
        for name, pointer in self.same_as:
            if name not in known:
                answer[name] = _pointed(answer, pointer)
        return answer


@attrs.frozen
class ProjectShape:
    """What a project GET answers, from its response schema: worked out once per kind of project, not per poll."""

    answer: Shape
    output: Shape  # one item of the outputs array
    output_fields: tuple[tuple[str, str], ...]  # (name, "url" | "expires" | "key") of the output fields set


@functools.cache
def project_shape(get_path: str, rules: _spec.ProjectRules) -> ProjectShape:
    """The shape of the answers of the project GET at `get_path`, which follows projects with these `rules`."""
    get_schema = _spec.response_schema(_spec.operation("GET", get_path))
    item_schema: Mapping[str, Any] = {}
    fields = []
    if rules.outputs:
        props = get_schema.get("properties", {})
        item_schema = props.get(rules.outputs, {}).get("items", {})
        for name, prop in item_schema.get("properties", {}).items():
            if name == rules.output_url:
                fields.append((name, "url"))
            elif prop.get("format") == "date-time":
                fields.append((name, "expires"))
            elif prop.get("type") == "string":
                fields.append((name, "key"))
    return ProjectShape(Shape.of(get_schema), Shape.of(item_schema), tuple(fields))


def project_json(
    project: Project, status: str, sign: Callable[[str], tuple[str, float]], shape: ProjectShape
) -> dict[str, Any]:
    """GET's answer for the project, shaped by the GET's response schema (`project_shape`)."""
    rules = project.operation.rules
    props = shape.answer.names
    known: dict[str, Any] = {
        "id": project.id,
        "status": status,
        "credits_charged": project.credits,
        "created_at": iso_time(project.created),
        "error": project.error,
        "width": project.width,
        "height": project.height,
        "type": project.operation.project_type,
        "fps": project.fps if project.fps is not None else _estimated_fps(project),
    }
    known.update({k: v for k, v in project.body.items() if k in props and k not in known})
    if rules.deleted_field:
        known[rules.deleted_field] = project.enabled if rules.deleted_value is False else not project.enabled
    if rules.outputs:
        items = []
        done = status in rules.success and project.enabled
        for key in project.outputs if done else []:
            url, expires = sign(key)
            item = shape.output.fill({})
            for name, role in shape.output_fields:
                item[name] = url if role == "url" else iso_time(expires) if role == "expires" else key
            items.append(item)
        known[rules.outputs] = items
    return shape.answer.fill(known)


def _estimated_fps(project: Project) -> float | None:
    """A video's frame rate before it is made: what the request asks (the API's estimate, adjusted at the end)."""
    if project.operation.media != "video":
        return None
    return _shape.output_shape(project.operation.schema, project.body, None).fps


def new_id() -> str:
    return f"cm{secrets.token_hex(10)}"
