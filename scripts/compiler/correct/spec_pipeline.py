"""openapi.yaml from Magic Hour's document: our overlay applied, then the inference rules, written byte-stable.

upstream (spec/magic-hour.openapi.json, as received)
  -> spec/overlay.yaml (OpenAPI Overlay 1.0: facts the document does not state in its structure)
  -> inference (facts it states in names, tags and paths; see `infer`)
  -> openapi.yaml

Every step is a pure function of its inputs, so `scripts/generate --check` can rebuild and compare.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from compiler.correct import kept_values, pricing, provenance
from compiler.read.document import SpecError, dump, load, operations
from compiler.read.document import schemas as _schemas

ROOT = Path(__file__).resolve().parents[3]
UPSTREAM = ROOT / "spec" / "magic-hour.openapi.json"
OVERLAY = ROOT / "spec" / "overlay.yaml"
_JSON = "application/json"
_METHODS = ("get", "put", "post", "patch", "delete")
_FILE_NAME = re.compile(r"(?:.*_)?(image|video|audio)_file_paths?")
_LOOKS_LIKE_FILE = re.compile(r"_file_paths?$")
_PROJECT_TAG = re.compile(r"^(video|image|audio) projects$", re.IGNORECASE)


@dataclass
class Notes:
    """What the pipeline did and what it could not do, for the change report."""

    vanished: list[str] = field(default_factory=list)  # overlay actions whose target matched nothing
    needed: list[str] = field(default_factory=list)  # corrections a human must add to the overlay
    dropped_required: list[str] = field(default_factory=list)
    recursive: list[str] = field(default_factory=list)  # references that refer back into themselves
    review: list[str] = field(default_factory=list)  # corrections that may be stale or name unknown enum values
    redundant: list[str] = field(default_factory=list)  # corrections whose effect the document now has itself
    inferred_files: int = 0
    overlay_files: int = 0


# ----- the overlay -----------------------------------------------------------------------------------------


def _merge(target: Any, update: Any) -> Any:
    """Overlay 1.0's update: objects merge recursively, arrays gain the items they lack, anything else is replaced.

    Arrays gain only what they lack (Overlay 1.0 appends): a `required` entry or an enum value the document has
    since added itself must not appear twice, which would make openapi.yaml invalid."""
    if isinstance(target, dict) and isinstance(update, dict):
        for key, value in update.items():
            target[key] = _merge(target[key], value) if key in target else copy.deepcopy(value)
        return target
    if isinstance(target, list) and isinstance(update, list):
        return target + [copy.deepcopy(item) for item in update if item not in target]
    return copy.deepcopy(update)


#: Keys of a correction that are ours alone (provenance, our own descriptions), never expected in the document.
_OURS = ("x-source",)


def _contains(target: Any, update: Any) -> bool:
    """Whether `target` already has everything `update` would add: the correction changes nothing there."""
    if isinstance(update, dict):
        return isinstance(target, dict) and all(
            key in target and _contains(target[key], value) for key, value in update.items() if key not in _OURS
        )
    if isinstance(update, list):
        return isinstance(target, list) and all(item in target for item in update)
    return bool(target == update)


def apply_overlay(doc: dict[str, Any], overlay: dict[str, Any], notes: Notes) -> dict[str, Any]:
    """A copy of `doc` with the overlay's actions applied; a target that matches nothing is noted, not skipped."""
    import jsonpath_rfc9535 as jsonpath

    out = copy.deepcopy(doc)

    def upstream_nodes(target: str) -> list[Any]:
        """What the action's target matches in the document as received: if that already has the update's
        effect, the correction is redundant (it retires itself: reported, and applying it changes nothing)."""
        return list(jsonpath.finditer(target, doc))

    if str(overlay.get("overlay", "")).split(".")[0] != "1":
        raise SpecError("spec/overlay.yaml must be an OpenAPI Overlay 1.x document (overlay: 1.0.0).")
    for n, action in enumerate(overlay.get("actions", [])):
        target = action.get("target", "")
        nodes = list(jsonpath.finditer(target, out))
        if not nodes:
            what = action.get("description", "").split(".")[0]
            notes.vanished.append(f"action {n + 1} ({what}): target {target} matches nothing")
            continue
        for node in nodes:
            if action.get("remove"):
                parent = node.parent.value if node.parent else None
                if isinstance(parent, dict):
                    parent.pop(node.location[-1], None)
                elif isinstance(parent, list):
                    parent.remove(node.value)
            elif "update" in action:
                if not isinstance(node.value, dict):
                    raise SpecError(f"overlay action {n + 1}: {target} is not an object, so it cannot be updated.")
                _merge(node.value, action["update"])
        received = upstream_nodes(target) if "update" in action else []
        if received and all(_contains(node.value, action["update"]) for node in received):
            what = action.get("description", "").split(".")[0]
            notes.redundant.append(f"action {n + 1} ({what}): now in the document: remove it from spec/overlay.yaml")
    return out


# ----- inference -------------------------------------------------------------------------------------------


def _body(op: dict[str, Any]) -> dict[str, Any] | None:
    schema = op.get("requestBody", {}).get("content", {}).get(_JSON, {}).get("schema")
    return schema if isinstance(schema, dict) else None


def _ok(op: dict[str, Any]) -> dict[str, Any]:
    schema = op.get("responses", {}).get("200", {}).get("content", {}).get(_JSON, {}).get("schema")
    return schema if isinstance(schema, dict) else {}


def _module(path: str) -> str:
    """`/v1/face-swap` -> face_swap, `/v1/video-projects/{id}` -> video_projects,
    `/v1/files/upload-urls` -> files.upload_urls; any other character of a path part becomes `_`."""
    parts = [p for p in path.split("/")[2:] if p and not p.startswith("{")]
    names = [re.sub(r"[^0-9A-Za-z_]+", "_", p).strip("_").lower() for p in parts]
    return ".".join(f"n{n}" if n[:1].isdigit() else n for n in names if n)


def _method(method: str, path: str, op: dict[str, Any]) -> str | None:
    """The SDK method of an operation, by one rule (CONTRIBUTING, "Which method an operation gets"):

    POST on a collection -> create; GET, PATCH or PUT, DELETE on an item (a path ending in `{param}`) -> get,
    update, delete; GET on a collection -> list when its answer is a page (`_pagination`) or an array, else get
    (a singleton such as the account). Any other shape has no method, and the update is refused naming it."""
    item = path.rstrip("/").endswith("}")
    if method == "get" and not item:
        return "list" if _pagination(op) or _ok(op).get("type") == "array" else "get"
    return {
        ("post", False): "create",
        ("get", True): "get",
        ("patch", True): "update",
        ("put", True): "update",
        ("delete", True): "delete",
    }.get((method, item))


def _pagination(op: dict[str, Any]) -> dict[str, str] | None:
    """How a GET pages, when its answer is one array beside a `next_<param>` field that a query parameter
    `<param>` takes back: `{items, next, param}` (`items`, `next_cursor`, `cursor`)."""
    props = _ok(op).get("properties") or {}
    arrays = [name for name, prop in props.items() if isinstance(prop, dict) and prop.get("type") == "array"]
    query = {p.get("name") for p in op.get("parameters") or [] if isinstance(p, dict) and p.get("in") == "query"}
    for name in props:
        if name.startswith("next_") and name[5:] in query and len(arrays) == 1:
            return {"items": arrays[0], "next": name, "param": name[5:]}
    return None


def _infer_files(method: str, path: str, schema: dict[str, Any], notes: Notes) -> None:
    for where, node in _schemas(schema):
        kept = node.get("x-sdk-deprecated") if isinstance(node.get("x-sdk-deprecated"), dict) else {}
        deprecated = {
            n: e["schema"] for n, e in kept.items() if isinstance(e, dict) and isinstance(e.get("schema"), dict)
        }
        for name, prop in [*node.get("properties", {}).items(), *deprecated.items()]:
            target = prop.get("items", prop) if prop.get("type") == "array" else prop
            if "x-asset-type" in target:
                notes.overlay_files += 1
                continue
            match = _FILE_NAME.fullmatch(name)
            if match and target.get("type") == "string":
                target["x-asset-type"] = match.group(1)
                notes.inferred_files += 1
            elif target.get("type") == "string" and (
                _LOOKS_LIKE_FILE.search(name) or "upload urls api" in str(prop.get("description", "")).lower()
            ):
                place = f"{where}.{name}" if where else name
                notes.needed.append(
                    f"{method.upper()} {path}: {place} looks like a file but its asset type cannot be inferred; "
                    "add an action to spec/overlay.yaml setting x-asset-type (image, video or audio) on it"
                )


def _infer_deprecated(label: str, where: str, schema: dict[str, Any], notes: Notes) -> None:
    """A request field the document marks `deprecated: true` goes through the same deprecation window as the
    ones our corrections keep (`x-sdk-deprecated`, custom/magic_hour/_deprecation.py): still accepted and sent
    as given, with a DeprecationWarning; out of the typed parameters' documented fields. A correction for the
    same name keeps what it says beyond that (its replacement, `send`) and is noted as now in the document."""
    props = schema.get("properties")
    if not isinstance(props, dict):
        return
    kept = schema.get("x-sdk-deprecated") if isinstance(schema.get("x-sdk-deprecated"), dict) else {}
    for name in [n for n, prop in props.items() if isinstance(prop, dict) and prop.get("deprecated") is True]:
        prop = {k: v for k, v in props.pop(name).items() if k != "deprecated"}
        entry: dict[str, Any] = {"schema": prop, "send": "as-is", "x-marked-by": "document"}
        ours = kept.get(name)
        if isinstance(ours, dict):
            notes.redundant.append(
                f"{label}: the document marks {f'{where}.' if where else ''}{name} deprecated itself; its "
                "x-sdk-deprecated entry in spec/overlay.yaml is needed only for what it adds (replacement, send)"
            )
            entry.update({k: v for k, v in ours.items() if k != "schema"})
        kept[name] = entry
        if isinstance(schema.get("required"), list) and name in schema["required"]:
            schema["required"] = [n for n in schema["required"] if n != name] or None
            if schema["required"] is None:
                del schema["required"]
    if kept:
        schema["x-sdk-deprecated"] = kept


#: A row of a per-model table in a field's description: "* **`kling-3.0`**: any integer from 3 to 15".
_TABLE_ROW = re.compile(r"^\s*[*-]\s+\*\*`([^`]+)`\*\*\s*:\s*(.+?)\s*$", re.MULTILINE)
_INTEGER_RANGE = re.compile(r"any integer from (\d+) to (\d+)", re.IGNORECASE)
_NOT_SUPPORTED = re.compile(r"^not supported\b", re.IGNORECASE)


def _table_rule(field: str, prop: dict[str, Any], selector: str, model: str, text: str) -> dict[str, Any] | None:
    """The rule one row of a per-model table states about `field`, or None where the row says nothing we can check:
    integers from X to Y, a list of numbers, the field's enum values it names, or "Not supported"."""
    when = {"required": [selector], "properties": {selector: {"const": model}}}
    if _NOT_SUPPORTED.match(text):
        if prop.get("type") == "boolean":
            return {
                "description": f"{field} is not supported with {selector} '{model}'",
                "if": {"required": [selector, field], "properties": {**when["properties"], field: {"const": True}}},
                "then": False,
            }
        return None
    if prop.get("type") in ("integer", "number"):
        found = _INTEGER_RANGE.search(text)
        if found:
            low, high = int(found[1]), int(found[2])
            return {
                "description": f"{field} must be an integer from {low} to {high} with {selector} '{model}'",
                "if": when,
                "then": {"properties": {field: {"minimum": low, "maximum": high, "multipleOf": 1}}},
            }
        numbers = re.fullmatch(r"\d+(?:\s*,\s*\d+)*\.?", text)
        if numbers:
            values = [int(n) for n in re.findall(r"\d+", text)]
            return {
                "description": f"{field} must be one of {', '.join(map(str, values))} with {selector} '{model}'",
                "if": when,
                "then": {"properties": {field: {"enum": values}}},
            }
        return None
    enum = prop.get("enum")
    if isinstance(enum, list) and text.lower().startswith("supports"):
        named = [v for v in enum if isinstance(v, str) and re.search(rf"(?<![\w.:]){re.escape(v)}(?![\w:])", text)]
        if named:
            return {
                "description": f"{field} must be one of {', '.join(named)} with {selector} '{model}'",
                "if": when,
                "then": {"properties": {field: {"enum": named}}},
            }
    return None


def _infer_model_tables(body: dict[str, Any]) -> None:
    """Per-model limits the document gives as a table in a field's description (durations, resolutions, aspect
    ratios, audio): each row becomes an `x-rules` entry, so a new model or a changed limit moves the checks with
    the document. The selector is the body's enum field whose values the rows name."""
    props = body.get("properties")
    if not isinstance(props, dict):
        return
    rules: list[dict[str, Any]] = []
    for name, prop in props.items():
        if not isinstance(prop, dict) or not isinstance(prop.get("description"), str):
            continue
        rows = _TABLE_ROW.findall(prop["description"])
        if len(rows) < 2:
            continue
        names = {model for model, _ in rows}
        selector = next(
            (
                key
                for key, other in props.items()
                if key != name and isinstance(other, dict) and len(names & set(other.get("enum") or ())) >= 2
            ),
            None,
        )
        if selector is None:
            continue
        known = set(props[selector].get("enum") or ())
        rules += [
            rule for model, text in rows if model in known and (rule := _table_rule(name, prop, selector, model, text))
        ]
    if rules:
        have = body.setdefault("x-rules", [])
        have += [rule for rule in rules if rule not in have]


def _infer_outputs(schema: dict[str, Any]) -> None:
    for name, prop in schema.get("properties", {}).items():
        if name.endswith("_count") and prop.get("type") in ("integer", "number"):
            prop.setdefault("x-output-count", True)
        if name.endswith("output_format") and "enum" in prop:
            prop.setdefault("x-output-format", True)


def _project_rules(path: str, op: dict[str, Any]) -> dict[str, Any] | None:
    """x-sdk-project for a GET whose answer has a status and downloads (the *-projects operations).

    `media` (what the outputs are: video, image or audio) comes from the path, `/v1/video-projects/{id}`.
    """
    props = _ok(op).get("properties", {})
    status = props.get("status", {})
    statuses = status.get("enum", status.get("x-known-values", []))
    downloads = props.get("downloads", {})
    if "complete" not in statuses or "url" not in downloads.get("items", {}).get("properties", {}):
        return None
    media = re.match(r"/v1/(video|image|audio)-projects/", path)
    rules: dict[str, Any] = {
        "media": media.group(1) if media else "file",
        "success": ["complete"],
        "failure": [s for s in ("error", "canceled") if s in statuses],
        "outputs": {"array": "downloads", "url": "url"},
    }
    if props.get("enabled", {}).get("type") == "boolean":
        rules["deleted"] = {"field": "enabled", "value": False}
    return rules


def _open_enums(schema: Any) -> None:
    """Enums in answers are open: a server that adds a status must not break a poll (docs still list them)."""
    for _, node in _schemas(schema):
        for prop in [node, *node.get("properties", {}).values()]:
            if "enum" in prop:
                prop["x-known-values"] = prop.pop("enum")


def _drop_undefined_required(schema: Any, what: str, notes: Notes) -> None:
    for where, node in _schemas(schema):
        required = node.get("required")
        if not isinstance(required, list) or "properties" not in node:
            continue
        missing = [name for name in required if name not in node["properties"]]
        if missing:
            node["required"] = [name for name in required if name in node["properties"]]
            if not node["required"]:
                del node["required"]
            for name in missing:
                notes.dropped_required.append(f"{what}: {where + '.' if where else ''}{name}")


#: A line of the upload operation's description listing one asset type's extensions: "- image: png, jpg, jpeg".
_EXTENSION_LINE = re.compile(r"^\s*[-*]\s*`?(image|video|audio)`?\s*:\s*(\w+(?:\s*,\s*\w+)*)\s*$", re.M)
_CLIP_LIKE = re.compile(r"(?:^|_)(?:seconds|duration)$")


def _infer_storage_prefixes(doc: dict[str, Any]) -> None:
    """The first folders of the durable paths the API takes as they are (`api-assets/` from an upload,
    `saved-items/` from a saved item): read from the examples of the file fields requests take, and of the
    `file_path` of what a GET hands out. A request field given such a path takes it without another upload
    (`info.x-sdk-storage-prefixes`). A folder that only one request example shows is taken for a slip of the
    document (face swap photo's `image/id/1234.png` beside forty `api-assets/...`), not a place to trust; the
    upload-URLs answer's own item example is not read either (it contradicts the array example beside it)."""
    seen: dict[str, int] = {}
    found: set[str] = set()

    def prefix(example: Any) -> str | None:
        if isinstance(example, str) and re.fullmatch(r"[a-z0-9][a-z0-9_-]*/[^\s/]+/\S+", example):
            return example.split("/", 1)[0] + "/"
        return None

    def add(example: Any) -> None:
        if (folder := prefix(example)) is not None:
            seen[folder] = seen.get(folder, 0) + 1
            if seen[folder] >= 2:
                found.add(folder)

    for method, _, op in operations(doc):
        body = _body(op)
        for _, node in _schemas(body) if body is not None else ():
            for prop in (node.get("properties") or {}).values():
                target = prop.get("items", prop) if isinstance(prop, dict) and prop.get("type") == "array" else prop
                if isinstance(target, dict) and "x-asset-type" in target:
                    add(target.get("example"))
        if method == "get":
            for _, node in _schemas(_ok(op)):
                folder = prefix(((node.get("properties") or {}).get("file_path") or {}).get("example"))
                found.update([folder] if folder else [])
    if found and isinstance(doc.get("info"), dict):
        doc["info"]["x-sdk-storage-prefixes"] = sorted(found)


def _infer_extensions(doc: dict[str, Any], notes: Notes) -> None:
    """x-extensions from the upload operation's description ("- image: png, jpg, ..."), the overlay's added to it.

    The overlay's `x-extensions` then holds only what the prose does not list (face swap's gif videos).
    """
    for method, path, op in operations(doc):
        if op.get("x-sdk-role") != "upload-urls":
            continue
        listed: dict[str, list[str]] = {}
        for kind, names in _EXTENSION_LINE.findall(str(op.get("description", ""))):
            listed.setdefault(kind, []).extend(n.strip().lower() for n in names.split(","))
        node = next((n for _, n in _schemas(_body(op)) if isinstance(n.get("x-extensions"), dict)), None)
        if not listed:
            notes.needed.append(
                f"{method.upper()} {path}: its description no longer lists the file extensions per asset type "
                "(- image: png, jpg, ...), so the SDK keeps only spec/overlay.yaml's x-extensions; check them"
            )
            return
        if node is None:
            items = (_body(op) or {}).get("properties", {}).get("items", {}).get("items")
            node = items if isinstance(items, dict) else None
        if node is None:
            return
        extra = node.get("x-extensions") or {}
        node["x-extensions"] = {
            kind: list(dict.fromkeys([*listed.get(kind, []), *map(str, extra.get(kind, []))]))
            for kind in dict.fromkeys([*listed, *extra])
        }
        return


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _infer_clip(method: str, path: str, body: dict[str, Any], notes: Notes) -> None:
    """x-clip for a create shaped like the others: `end_seconds` (and `start_seconds` trimming its video or audio)."""
    if "x-clip" in body:
        return
    props = body.get("properties")
    timed = [str(name) for name in props if _CLIP_LIKE.search(str(name))] if isinstance(props, dict) else []
    if not isinstance(props, dict) or not timed:
        return
    end, start = _dict(props.get("end_seconds")), props.get("start_seconds")
    assets = _dict(_dict(props.get("assets")).get("properties"))
    sources = [f"assets.{n}" for n, p in assets.items() if _dict(p).get("x-asset-type") in ("video", "audio")]
    numbers = ("number", "integer")
    numeric = end.get("type") in numbers and (start is None or _dict(start).get("type") in numbers)
    if not numeric or set(timed) - {"start_seconds", "end_seconds"} or (start is not None and not sources):
        notes.needed.append(
            f"{method.upper()} {path}: its clip ({', '.join(timed)}) cannot be inferred (how long the output is, which "
            "input it trims); add x-clip to its request body in spec/overlay.yaml"
        )
        return
    body["x-clip"] = (
        {"start": "start_seconds", "end": "end_seconds", "sources": sources}
        if start is not None
        else {"start": None, "end": "end_seconds"}
    )


def infer(doc: dict[str, Any], notes: Notes) -> dict[str, Any]:
    """Add the vocabulary the SDK reads wherever the document's names, tags and paths say it (see CONTRIBUTING)."""
    ops = list(operations(doc))
    by_key = {(m, p): op for m, p, op in ops}
    for method, path, op in ops:
        op.setdefault("x-sdk-module", _module(path))
        verb = _method(method, path, op)
        if verb:
            op.setdefault("x-sdk-method", verb)
        paging = _pagination(op) if method == "get" else None
        if paging and op.get("x-sdk-method") == "list":
            op.setdefault("x-sdk-pagination", paging)
        if method == "get" and "x-sdk-project" not in op:
            rules = _project_rules(path, op)
            if rules:
                op["x-sdk-project"] = rules
    for method, path, op in ops:
        body = _body(op)
        if body is not None:
            for where, node in _schemas(body):
                _infer_deprecated(f"{method.upper()} {path}", where, node, notes)
            _infer_files(method, path, body, notes)
            _infer_model_tables(body)
            _drop_undefined_required(body, f"{method.upper()} {path} request", notes)
        ok = op.get("responses", {}).get("200")
        if method != "post" or op.get("x-sdk-role") or not isinstance(ok, dict) or "links" in ok:
            continue
        target = by_key.get(("get", f"{path}/{{id}}"))
        tag = next((t for t in op.get("tags", []) if _PROJECT_TAG.match(t)), None)
        if target is None and tag:
            target = by_key.get(("get", f"/v1/{tag.split()[0].lower()}-projects/{{id}}"))
        if target is not None and "id" in _ok(op).get("properties", {}):
            ok["links"] = {
                "result": {
                    "operationId": target["operationId"],
                    "parameters": {"id": "$response.body#/id"},
                    "description": "Follow the project this request created until it ends.",
                }
            }
            if body is not None:
                _infer_outputs(body)
                _infer_clip(method, path, body, notes)
        elif "id" in _ok(op).get("properties", {}):
            notes.needed.append(
                f"POST {path} returns an id but no project kind to follow could be inferred (no GET {path}/{{id}} "
                "and no 'Video|Image|Audio Projects' tag); add a links.result to its 200 response in spec/overlay.yaml"
            )
    for method, path, op in ops:
        for status, response in op.get("responses", {}).items():
            schema = response.get("content", {}).get(_JSON, {}).get("schema") if isinstance(response, dict) else None
            if isinstance(schema, dict):
                _drop_undefined_required(schema, f"{method.upper()} {path} {status} response", notes)
                _open_enums(schema)
                for _, node in _schemas(schema):
                    # A field the document marks deprecated may stop coming: an answer without it still parses.
                    props = node.get("properties") or {}
                    if isinstance(node.get("required"), list):
                        kept = [n for n in node["required"] if not (props.get(n) or {}).get("deprecated")]
                        if kept != node["required"]:
                            node["required"] = kept
                            if not kept:
                                del node["required"]
                if str(status)[:1] in ("4", "5") and isinstance(schema.get("required"), list):
                    # An error answer must never fail to parse: the API has sent `{message}` and now sends
                    # `{code, message}`; the SDK reads what is there (custom/magic_hour/_errors.py).
                    del schema["required"]
    _infer_extensions(doc, notes)
    _infer_storage_prefixes(doc)
    pricing.infer(doc, notes)  # x-pricing, x-output-shape, x-selected-by (scripts/compiler/correct/pricing.py)
    for method, path, op in ops:
        target_id = (op.get("responses", {}).get("200", {}).get("links", {}).get("result") or {}).get("operationId")
        if target_id and not any(o.get("operationId") == target_id and "x-sdk-project" in o for _, _, o in ops):
            notes.needed.append(
                f"{method.upper()} {path} is followed with {target_id}, whose statuses and outputs cannot be "
                "inferred; add x-sdk-project to it in spec/overlay.yaml"
            )
    return doc


def _break_cycles(doc: dict[str, Any], notes: Notes) -> None:
    """Replace each reference that leads back into a schema being described by an open object.

    Recursive schemas are valid OpenAPI, but every writer walks schemas through their references; with the
    back references cut, every walk ends. The nested value stays accepted (typed as an object) and noted."""
    cache: dict[str, Any] = {}

    def target(ref: str) -> Any:
        if ref not in cache:
            node: Any = doc
            for part in ref.lstrip("#/").split("/"):
                part = part.replace("~1", "/").replace("~0", "~")
                node = node.get(part) if isinstance(node, dict) else None
            cache[ref] = node
        return cache[ref]

    done: set[str] = set()

    def walk(node: Any, stack: tuple[str, ...]) -> None:
        if isinstance(node, list):
            for item in node:
                walk(item, stack)
            return
        if not isinstance(node, dict):
            return
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/"):
            if ref in stack:
                notes.recursive.append(f"{ref} refers back to itself; the nested value is typed as an object")
                description = node.get("description")
                node.clear()
                node.update({"type": "object", "x-recursive": ref})
                if description:
                    node["description"] = description
                return
            if ref not in done:
                walk(target(ref), (*stack, ref))
                done.add(ref)
            return
        for value in node.values():
            walk(value, stack)

    try:
        for name in list(doc.get("components", {}).get("schemas", {}) or {}):
            ref = f"#/components/schemas/{name}"
            if ref not in done:
                walk(target(ref), (ref,))
                done.add(ref)
        walk(doc.get("paths", {}), ())
    except RecursionError:
        raise SpecError("the document's schema references nest too deeply to follow") from None


def build(upstream: dict[str, Any], overlay: dict[str, Any]) -> tuple[dict[str, Any], Notes]:
    """openapi.yaml's document from Magic Hour's and our overlay, with what happened on the way."""
    notes = Notes()
    doc = apply_overlay(upstream, overlay, notes)
    notes.review = provenance.stale_sources(upstream, overlay) + provenance.unknown_values(doc, overlay)
    _break_cycles(doc, notes)
    doc = infer(doc, notes)
    kept_values.list_again(doc)  # enum values kept `send: as-is` must pass everything generated
    return doc, notes


def build_text(upstream_path: Path = UPSTREAM, overlay_path: Path = OVERLAY) -> tuple[str, dict[str, Any], Notes]:
    doc, notes = build(load(upstream_path), load(overlay_path))
    return dump(doc), doc, notes
