"""The model of the API: openapi.yaml's document read once into typed objects, which every writer reads.

The correct stage writes the vocabulary (`x-sdk-module`, `x-sdk-method`, `x-sdk-pagination`, `x-sdk-project`,
`x-asset-type`, `x-sdk-deprecated`, ...) into the document; `build` reads it into an `Api`: its operations
(method, path, SDK module and verb, request fields as a tree, query parameters, answer, pagination, the project
a create is followed with, the upload a create with files needs, error codes) and its modules. Every schema in
the model has its references followed (one shared object per reference, so a writer can tell two uses of one
schema apart from two schemas). Writers ask the model, never the JSON tree; text from the document stays plain
text here and becomes code only through `emit`.

Problems are collected as values (`Api.problems`), not raised one at a time: the writers refuse a model with
problems (`Api.tree`), while the change report reads any document, odd ones included.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from keyword import iskeyword
from typing import Any

from compiler.model import emit

_JSON = "application/json"
_METHODS = ("get", "put", "post", "patch", "delete", "head", "options", "trace")
VERBS = ("create", "get", "list", "update", "delete")
#: "- `insufficient_credits`: Purchase credits before retrying." in a `code` field's description.
_CODE_LINE = re.compile(r"^\s*[-*]\s+`([^`]+)`\s*:\s*(.+?)\s*$", re.MULTILINE)
_DOTTED = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*")
#: Schema keywords that bound a value, and whether raising them widens what is accepted.
BOUNDS = (
    ("maximum", True),
    ("maxLength", True),
    ("maxItems", True),
    ("minimum", False),
    ("minLength", False),
    ("minItems", False),
)
NO_DEFAULT = "<none>"
#: No schema the document can describe needs more: a chain of references that multiplies beyond this is refused.
MAX_NODES = 2_000_000


class ModelError(Exception):
    """The document cannot be read into the model; the message names what and where."""


@dataclass(frozen=True)
class ErrorCode:
    """An error the document names by its machine-readable `code`, under one HTTP status."""

    status: int
    code: str
    advice: str  # what the document says to do ("Purchase credits before retrying.")
    class_name: str  # the exception class users catch, when the status has more than one code; else ""


@dataclass(frozen=True)
class Rule:
    """A rule the prose states across fields ("`x` is required when `y` is `z`"), as JSON Schema if/then."""

    description: str  # the sentence a user is shown when it is not met ("" when the document gives none)
    # Each a JSON Schema (`false`: never met, as a combination the API refuses has it), None where absent.
    condition: Mapping[str, Any] | bool | None  # `if`: without one, JSON Schema ignores the rest
    requirement: Mapping[str, Any] | bool | None  # `then`
    otherwise: Mapping[str, Any] | bool | None  # `else`


@dataclass(frozen=True)
class ClipLimit:
    """How long a clip may be, in seconds, when `when` (a JSON Schema over the body) holds (always when None)."""

    min_seconds: float | None
    max_seconds: float | None
    when: Mapping[str, Any] | None


@dataclass(frozen=True)
class Clip:
    """The part of a media file a create uses: its start and end fields, the files they cut, the limits."""

    start: str
    end: str
    sources: tuple[str, ...]  # dotted places of the file fields ("assets.video_file_path")
    limits: tuple[ClipLimit, ...]


@dataclass(frozen=True)
class KeptField:
    """A field the document dropped or marks deprecated that the SDK keeps accepting for a while (it warns)."""

    name: str
    schema: Mapping[str, Any]
    since: str  # the date or version it was deprecated ("" when unknown)
    replacement: str | None  # the field to use instead
    send: str | None  # "as-is": still sent to the API; None: dropped before sending
    marked_by: str  # "document" (deprecated: true there) or "overlay" (our correction)


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _part(rule: Mapping[str, Any], key: str) -> Mapping[str, Any] | bool | None:
    value = rule.get(key)
    return value if isinstance(value, Mapping | bool) else None


def _texts(value: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


def _seconds(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


@dataclass(frozen=True, eq=False)
class Field:
    """One field of a request or an answer (or a query parameter), with the fields inside it."""

    where: str  # its dotted place: "assets.face_mappings[].new_face" ("" for a body itself)
    name: str  # the API's name of it ("new_face"; "" for a body, "[]" for an array's items)
    kind: str  # the JSON type: string, integer, number, boolean, array, object, or "any"
    required: bool
    nullable: bool
    values: tuple[Any, ...]  # the values it takes (enum, or x-known-values when open), kept ones left out
    kept_values: tuple[Any, ...]  # values the corrections accept again, deprecated (x-sdk-kept-values)
    default: Any  # NO_DEFAULT when it has none
    bounds: tuple[tuple[str, Any], ...]  # (keyword, number) of BOUNDS it states
    pattern: str | None
    deprecated: bool  # `deprecated: true` in the document
    file_kinds: tuple[str, ...]  # x-asset-type: the media a file field takes ("image", "video", "audio")
    description: str
    example: Any  # None when it has none
    schema: Mapping[str, Any]  # the schema itself, references followed (shared with every other use of it)
    fields: tuple[Field, ...] = ()  # an object's fields, in the document's order
    items: Field | None = None  # an array's items

    @property
    def is_file(self) -> bool:
        return bool(self.file_kinds)

    @property
    def has_files(self) -> bool:
        """Whether it or anything inside it is a file (a create with files needs the upload first)."""
        return any(f.is_file for f in self.walk())

    def walk(self) -> Iterator[Field]:
        """It and every field inside it, depth first."""
        yield self
        for child in self.fields:
            yield from child.walk()
        if self.items is not None:
            yield from self.items.walk()

    def field(self, name: str) -> Field | None:
        return next((f for f in self.fields if f.name == name), None)

    @cached_property
    def signature(self) -> tuple[Field | KeptField, ...]:
        """The fields a create takes as keywords, in signature order: required, optional, then the kept
        deprecated ones that can be keywords."""
        own = [f for f in self.fields if f.required] + [f for f in self.fields if not f.required]
        names = {f.name for f in self.fields}
        usable = [k for k in self.kept if k.name not in names and k.name.isidentifier() and not iskeyword(k.name)]
        return (*own, *usable)

    @cached_property
    def parameters(self) -> dict[str, str]:
        """API name -> the keyword a create takes it as, for a body's top-level fields, in signature order.

        The one place these names are given out (the surface, the docs' snippets): a field whose name is a
        keyword or a name the method itself uses gets a `_` after it (`self_`), as the official SDK spells
        `type_`, so the same document always gives the same names."""
        names = emit.Names()
        return {f.name: names.take(f.name) for f in self.signature}

    @cached_property
    def kept(self) -> tuple[KeptField, ...]:
        """The deprecated fields beside this object's own (`x-sdk-deprecated`), in the document's order."""
        out = []
        for name, entry in _mapping(self.schema.get("x-sdk-deprecated")).items():
            if isinstance(entry, Mapping):
                replacement = entry.get("replacement")
                out.append(
                    KeptField(
                        name=str(name),
                        schema=_mapping(entry.get("schema")),
                        since=str(entry.get("since") or ""),
                        replacement=replacement if isinstance(replacement, str) else None,
                        send=entry.get("send") if isinstance(entry.get("send"), str) else None,
                        marked_by=str(entry.get("x-marked-by") or "overlay"),
                    )
                )
        return tuple(out)

    @cached_property
    def rules(self) -> tuple[Rule, ...]:
        """The prose rules over this object's fields (`x-rules`)."""
        rules = self.schema.get("x-rules")
        return tuple(
            Rule(str(r.get("description") or ""), _part(r, "if"), _part(r, "then"), _part(r, "else"))
            for r in (rules if isinstance(rules, list) else ())
            if isinstance(r, Mapping)
        )

    @cached_property
    def clip(self) -> Clip | None:
        """The clip a create's body cuts from its media (`x-clip`), when it has one."""
        clip = self.schema.get("x-clip")
        if not isinstance(clip, Mapping) or not isinstance(clip.get("start"), str):
            return None
        limits = tuple(
            ClipLimit(
                _seconds(limit.get("min_seconds")),
                _seconds(limit.get("max_seconds")),
                limit["when"] if isinstance(limit.get("when"), Mapping) else None,
            )
            if isinstance(limit, Mapping)
            else ClipLimit(None, None, None)  # kept in its place: the runtime finds a limit by its position
            for limit in (clip.get("limits") if isinstance(clip.get("limits"), list) else ())
        )
        return Clip(str(clip["start"]), str(clip.get("end") or ""), _texts(clip.get("sources")), limits)

    @property
    def enum(self) -> tuple[Any, ...]:
        """The closed `enum` as the document lists it (kept values in, open x-known-values out): a value outside
        it fails a generated model."""
        listed = self.schema.get("enum")
        return tuple(listed) if isinstance(listed, list) else ()

    @property
    def types(self) -> tuple[str, ...]:
        """Every JSON type its schema states: OpenAPI 3.1 allows a list (["string", "null"]) where `kind` is one."""
        stated = self.schema.get("type")
        return tuple(t for t in (stated if isinstance(stated, list) else [stated]) if isinstance(t, str))

    @property
    def format(self) -> str | None:
        """The `format` it states ("date-time"), which a generated model parses."""
        stated = self.schema.get("format")
        return stated if isinstance(stated, str) else None

    @property
    def has_example(self) -> bool:
        """Whether the document gives an example, `null` included (`example` is None for both)."""
        return "example" in self.schema


@dataclass(frozen=True)
class Pagination:
    """How a list pages: the answer's array field, its next-cursor field, and the query parameter taking it."""

    items: str
    next: str
    param: str


@dataclass(eq=False)
class Operation:
    """One operation of the API as every writer sees it."""

    method: str  # "POST"
    path: str  # "/v1/face-swap"
    module: str  # "face_swap" or "files.upload_urls" ("" when none can be inferred: see Api.problems)
    verb: str  # create | get | list | update | delete ("" when none)
    spec: Mapping[str, Any]  # the operation itself, references followed
    request: Field | None  # the JSON body, when it takes one
    query: tuple[Field, ...]  # query parameters, each a field named as the API names it
    response: Field | None  # the 200 answer's body
    role: str | None = None  # x-sdk-role ("upload-urls")
    follow: Operation | None = None  # the GET a created project is followed with (links.result)
    upload: Operation | None = None  # the upload-URLs operation, for creates that take files
    # Names openapi-python-client gives the generated code (`names.attach`):
    endpoint: str = ""  # python module of the generated endpoint function
    body_model: str | None = None  # "module:Class" of the generated body model
    response_model: str | None = None  # "module:Class" of the generated 200 model
    query_names: dict[str, str] = field(default_factory=dict)  # API name -> the endpoint function's keyword
    item_model: str | None = None  # "module:Class" of one item of a page (list operations)

    @property
    def label(self) -> str:
        return f"{self.method} {self.path}"

    @property
    def operation_id(self) -> str:
        return str(self.spec.get("operationId") or "")

    @property
    def summary(self) -> str:
        return str(self.spec.get("summary") or "")

    @property
    def description(self) -> str:
        return str(self.spec.get("description") or "")

    @property
    def query_params(self) -> list[Mapping[str, Any]]:
        """The query parameters as the document states them (name, required, description, schema)."""
        params = self.spec.get("parameters") or []
        return [p for p in params if isinstance(p, Mapping) and p.get("in") == "query"]

    @property
    def pagination(self) -> Pagination | None:
        value = self.spec.get("x-sdk-pagination")
        if isinstance(value, Mapping) and all(isinstance(value.get(k), str) for k in ("items", "next", "param")):
            return Pagination(value["items"], value["next"], value["param"])
        return None

    @property
    def path_params(self) -> list[str]:
        return re.findall(r"\{([^{}/]+)\}", self.path)

    @property
    def project(self) -> Mapping[str, Any] | None:
        """x-sdk-project of a project GET: its statuses, outputs and media."""
        value = self.spec.get("x-sdk-project")
        return value if isinstance(value, Mapping) else None

    @property
    def is_project(self) -> bool:
        return self.verb == "get" and self.project is not None

    @property
    def aliases(self) -> list[str]:
        return [a for a in self.spec.get("x-sdk-aliases") or [] if isinstance(a, str)]


@dataclass
class Module:
    """A dotted SDK module (``files``, ``files.upload_urls``) and its operations."""

    name: str
    ops: dict[str, Operation] = field(default_factory=dict)  # by verb
    children: dict[str, Module] = field(default_factory=dict)

    @property
    def leaf(self) -> str:
        return self.name.rsplit(".", 1)[-1]

    @property
    def class_name(self) -> str:
        return emit.pascal(self.name.replace(".", "_"))

    @property
    def upload_op(self) -> Operation | None:
        for child in self.children.values():
            op = child.ops.get("create")
            if op is not None and op.role == "upload-urls":
                return op
        return None

    def walk(self) -> Iterator[Module]:
        yield self
        for child in self.children.values():
            yield from child.walk()


@dataclass
class Api:
    """The whole API: what every writer reads."""

    document: dict[str, Any]  # openapi.yaml's document as written (shipped whole as openapi.json)
    info: Mapping[str, Any]  # `info`, references followed (x-official-sdk, x-sdk-storage-prefixes, ...)
    operations: list[Operation]
    problems: list[str]  # why an operation cannot be written (no module or verb, a broken link)
    error_codes: list[ErrorCode]

    def tree(self) -> dict[str, Module]:
        """The SDK's top-level modules (``face_swap``, ``files`` …), each with its operations and sub-modules;
        ModelError names every operation that cannot have a method, and any two that would collide."""
        if self.problems:
            raise ModelError("; ".join(self.problems))
        tree: dict[str, Module] = {}
        for op in self.operations:
            parts = op.module.split(".")
            node = tree.setdefault(parts[0], Module(parts[0]))
            for n in range(1, len(parts)):
                node = node.children.setdefault(parts[n], Module(".".join(parts[: n + 1])))
            if op.verb in node.ops:
                other = node.ops[op.verb]
                raise ModelError(
                    f"{other.label} and {op.label} would both be client.v1.{op.module}.{op.verb}(); give one of "
                    "them its own x-sdk-module in spec/overlay.yaml"
                )
            node.ops[op.verb] = op
        classes: dict[str, str] = {}
        for top in tree.values():
            for module in top.walk():
                if classes.setdefault(module.class_name, module.name) != module.name:
                    raise ModelError(
                        f"client.v1.{module.name} and client.v1.{classes[module.class_name]} would share the class "
                        f"name {module.class_name}; give one of them another x-sdk-module in spec/overlay.yaml"
                    )
        return dict(sorted(tree.items()))


# ----- references -------------------------------------------------------------------------------------------


def _follow(doc: Mapping[str, Any], ref: str) -> Any:
    node: Any = doc
    for part in ref.lstrip("#/").split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        node = node.get(part) if isinstance(node, Mapping) else None
    return node


class _Dereferencer:
    """Follows every local `$ref` of a document, once per reference: two uses of one schema are one object."""

    def __init__(self, doc: Mapping[str, Any]) -> None:
        self.doc = doc
        self.count = 0
        self.done: dict[str, Any] = {}
        self.following: set[str] = set()

    def __call__(self, value: Any, depth: int = 0) -> Any:
        self.count += 1
        if self.count > MAX_NODES or depth > 200:
            raise ModelError("the document's references expand beyond what a model can hold")
        if isinstance(value, dict):
            ref = value.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/"):
                siblings = {k: v for k, v in value.items() if k != "$ref"}
                if not siblings and ref in self.done:
                    return self.done[ref]
                if ref in self.following:
                    raise ModelError(f"the reference {ref} refers back into itself")
                target = _follow(self.doc, ref)
                if target is None:
                    raise ModelError(f"the reference {ref} points at nothing in the document")
                self.following.add(ref)
                try:
                    merged = {**target, **siblings} if isinstance(target, dict) else siblings
                    out = self(merged, depth + 1)
                finally:
                    self.following.discard(ref)
                if not siblings:
                    self.done[ref] = out
                return out
            return {k: self(v, depth + 1) for k, v in value.items()}
        if isinstance(value, list):
            return [self(v, depth + 1) for v in value]
        return value


def dereferenced(doc: Mapping[str, Any], node: Any) -> Any:
    """`node` with every local `$ref` replaced by what it names (the correct stage has cut recursive ones)."""
    return _Dereferencer(doc)(node)


# ----- fields -----------------------------------------------------------------------------------------------


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _field(schema: Any, where: str, name: str, required: bool, depth: int = 0) -> Field:
    """The field a schema describes, and every field below it; odd shapes are read as "any", never trusted."""
    if not isinstance(schema, Mapping) or depth > 64:
        schema = {}
    kind = str(schema.get("type", "object" if "properties" in schema else "any"))
    listed = schema.get("enum") or schema.get("x-known-values") or ()
    kept = schema.get("x-sdk-kept-values")
    kept_values = tuple(kept) if isinstance(kept, list) else ()
    values = tuple(v for v in listed if v not in kept_values) if isinstance(listed, list) else ()
    names = schema.get("required")
    needed = {n for n in names if isinstance(n, str)} if isinstance(names, list) else set()
    props = schema.get("properties")
    children = tuple(
        _field(prop, f"{where}.{key}" if where else str(key), str(key), key in needed, depth + 1)
        for key, prop in (props.items() if isinstance(props, Mapping) else ())
    )
    items = schema.get("items")
    kinds = schema.get("x-asset-type")
    file_kinds = tuple(k for k in (kinds if isinstance(kinds, list) else [kinds]) if isinstance(k, str))
    pattern = schema.get("pattern")
    return Field(
        where=where,
        name=name,
        kind=kind,
        required=required,
        nullable=schema.get("nullable") is True,
        values=values,
        kept_values=kept_values,
        default=schema.get("default", NO_DEFAULT),
        bounds=tuple((key, schema[key]) for key, _ in BOUNDS if _number(schema.get(key))),
        pattern=pattern if isinstance(pattern, str) else None,
        deprecated=schema.get("deprecated") is True,
        file_kinds=file_kinds,
        description=str(schema.get("description") or ""),
        example=schema.get("example"),
        schema=schema,
        fields=children,
        items=_field(items, f"{where}[]", "[]", False, depth + 1) if isinstance(items, Mapping) else None,
    )


def _content(node: Any) -> Any:
    return node.get("content", {}).get(_JSON, {}).get("schema") if isinstance(node, Mapping) else None


def _query(op: Mapping[str, Any]) -> tuple[Field, ...]:
    params = op.get("parameters")
    return tuple(
        _field(p.get("schema"), p["name"], p["name"], p.get("required") is True)
        for p in (params if isinstance(params, list) else ())
        if isinstance(p, Mapping) and p.get("in") == "query" and isinstance(p.get("name"), str)
    )


# ----- the API ----------------------------------------------------------------------------------------------


def _problem(label: str, module: Any, verb: Any) -> str | None:
    if (
        not isinstance(module, str)
        or not _DOTTED.fullmatch(module)
        or any(emit.identifier(part) != part for part in module.split("."))
    ):
        return f"{label}: its SDK module {module!r} is not a dotted Python name"
    if verb not in VERBS:
        return (
            f"{label}: no SDK method can be inferred (the surface has {', '.join(VERBS)}: POST on a "
            "collection, GET, PATCH or PUT and DELETE on an item, GET on a collection); set x-sdk-method "
            "in spec/overlay.yaml or leave the operation out with a remove action"
        )
    return None


def build(doc: dict[str, Any]) -> Api:
    """The model of a document (openapi.yaml's, or any earlier one the change report compares)."""
    follow = _Dereferencer(doc)
    operations: list[Operation] = []
    problems: list[str] = []
    for path, item in (doc.get("paths") or {}).items():
        if not isinstance(item, Mapping):
            continue
        for method, raw in item.items():
            if method not in _METHODS or not isinstance(raw, Mapping):
                continue
            op = follow(raw)
            label = f"{method.upper()} {path}"
            module, verb = op.get("x-sdk-module"), op.get("x-sdk-method")
            problem = _problem(label, module, verb)
            if problem:
                problems.append(problem)
            body = _content(op.get("requestBody"))
            ok = _content((op.get("responses") or {}).get("200"))
            operations.append(
                Operation(
                    method=method.upper(),
                    path=str(path),
                    module=module if isinstance(module, str) and not problem else "",
                    verb=verb if isinstance(verb, str) and not problem else "",
                    spec=op,
                    request=_field(body, "", "", True) if isinstance(body, Mapping) else None,
                    query=_query(op),
                    response=_field(ok, "", "", True) if isinstance(ok, Mapping) else None,
                    role=op.get("x-sdk-role") if isinstance(op.get("x-sdk-role"), str) else None,
                )
            )
    _link(operations, problems)
    info = follow(doc.get("info") or {})
    return Api(doc, info, operations, problems, error_codes(doc))


def _link(operations: list[Operation], problems: list[str]) -> None:
    """Each create's project GET (its answer's `links.result`) and, when it takes files, the upload operation."""
    by_id = {op.operation_id: op for op in operations if op.verb}
    upload = next((op for op in operations if op.role == "upload-urls" and op.verb), None)
    for op in operations:
        if not op.verb:
            continue
        ok = (op.spec.get("responses") or {}).get("200")
        link = (ok.get("links") or {}).get("result") if isinstance(ok, Mapping) else None
        if not isinstance(link, Mapping):
            continue
        target = by_id.get(str(link.get("operationId")))
        if target is None:
            problems.append(f"{op.label}: links.result names {link.get('operationId')!r}, which does not exist")
            continue
        op.follow = target
        op.upload = upload if op.request is not None and op.request.has_files else None


# ----- error codes ------------------------------------------------------------------------------------------


def _operations(doc: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        op
        for item in (doc.get("paths") or {}).values()
        if isinstance(item, dict)
        for method, op in item.items()
        if method in _METHODS[:5] and isinstance(op, dict)
    ]


def _code_schema(response: Any) -> dict[str, Any] | None:
    schema = (response.get("content") or {}).get(_JSON, {}).get("schema") if isinstance(response, dict) else None
    code = (schema.get("properties") or {}).get("code") if isinstance(schema, dict) else None
    return code if isinstance(code, dict) else None


def error_codes(doc: dict[str, Any]) -> list[ErrorCode]:
    """Every documented error code, by status then code.

    A status whose answers carry several codes (402: insufficient credits, a subscription or a plan upgrade
    needed) gets a class per code, named from the code (`InsufficientCreditsError`); a status with one code is
    caught by its status class, and the code is on the exception as `code`."""
    found: dict[tuple[int, str], str] = {}
    for op in _operations(doc):
        for status, response in (op.get("responses") or {}).items():
            if not str(status).isdigit() or int(status) < 400:
                continue
            schema = _code_schema(response)
            if schema is None:
                continue
            values = schema.get("enum") or schema.get("x-known-values") or []
            advice = dict(_CODE_LINE.findall(str(schema.get("description") or "")))
            for value in values:
                if isinstance(value, str) and value:
                    key = (int(status), value)
                    if advice.get(value) or key not in found:
                        found[key] = advice.get(value, "")
    per_status: dict[int, int] = {}
    for status, _ in found:
        per_status[status] = per_status.get(status, 0) + 1
    out, names = [], {}
    for (status, code), advice in sorted(found.items()):
        name = ""
        if per_status[status] > 1:
            base = emit.pascal(emit.identifier(code))
            name = base if base.endswith("Error") else f"{base}Error"
            if names.setdefault(name, code) != code:
                raise ModelError(f"the error codes {names[name]!r} and {code!r} would share the class name {name}")
        out.append(ErrorCode(status, code, advice, name))
    return out


def read_field(schema: Any, where: str = "", name: str = "", required: bool = True) -> Field:
    """The field tree of one schema (references followed), read as the API's bodies are: a create's body for
    its keywords, a webhook event's payload."""
    return _field(schema, where, name, required)
