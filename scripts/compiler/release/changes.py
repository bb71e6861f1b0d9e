"""The change report: what a new version of Magic Hour's document changes for code that calls the SDK.

Both versions are compared as the SDK sees them (corrections applied, facts inferred: `spec_pipeline.build`),
so every line can say what it means in SDK terms (`client.v1.<module>`, its CLI command, its doc page) and
whether code written against the old version keeps working:

- breaking: an operation, a request field, a query parameter or a request enum value removed; a request type
  or range narrowed (a smaller maximum/maxLength, a larger minimum, a new or changed `pattern`, `nullable`
  dropped); a request field or query parameter newly required; a request default changed (code that leaves it
  out behaves differently); a response field removed, its type changed, no longer always present or newly
  `nullable` (code reading it breaks);
- additive: everything else (new operations, fields and values; looser requests; answers' open enums).

Query parameters are compared like body fields, as `query <name>`.

A removed request field or enum value comes with the `x-sdk-deprecated` correction that keeps it accepted
for a deprecation window (see CONTRIBUTING), ready to paste into spec/overlay.yaml.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from compiler.correct import spec_pipeline

_JSON = "application/json"
#: Keywords that bound a value: (keyword, True when a larger value is looser).
_BOUNDS = (
    ("maximum", True),
    ("maxLength", True),
    ("maxItems", True),
    ("minimum", False),
    ("minLength", False),
    ("minItems", False),
)
#: Types a request field may change to without refusing a value it accepted before.
_WIDER = {("integer", "number")}
_KEPT_IN_PROPOSAL = ("type", "enum", "nullable", "items", "properties", "minimum", "maximum", "format")


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _escaped(found: re.Match[str]) -> str:
    return f"\\x{ord(found.group()):02x}"


@dataclass(frozen=True)
class Change:
    """One change of the document, judged for code that calls the SDK."""

    kind: str  # "operation removed", "field added", "enum value removed", ...
    breaking: bool
    operation: str  # "POST /v1/face-swap"
    where: str = ""  # "request style.version", "response downloads[].url"
    detail: str = ""  # "+= 'v3'", "type integer -> string"
    sdk: str = ""  # what it means for a caller
    value: Any = None  # the enum value added or removed

    def line(self) -> str:
        """One line, whatever the document's names hold (control characters are shown escaped)."""
        place = f"{self.operation}: {self.where}" if self.where else self.operation
        verdict = "breaking" if self.breaking else "additive"
        means = f"{verdict}: {self.sdk}" if self.sdk else verdict
        return _CONTROL.sub(_escaped, f"{self.kind}: {place}{' ' + self.detail if self.detail else ''} ({means})")


@dataclass
class Report:
    """Everything `scripts/update-spec` says about one step from the stored document to a new one."""

    changes: list[Change] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # things a maintainer must look at before committing
    pending: list[str] = field(default_factory=list)  # reviews an earlier update asked for, still not recorded
    needed: list[str] = field(default_factory=list)  # corrections to add to spec/overlay.yaml
    removed: list[tuple[Change, _Field]] = field(default_factory=list)  # request names a deprecation could keep
    since: str = ""  # the SDK version the removals arrive in, for the proposed corrections
    required_new: list[str] = field(default_factory=list)  # required names the document newly never defines
    required_fixed: list[str] = field(default_factory=list)  # ... that it defines now (the vendor fixed them)

    @property
    def breaking(self) -> bool:
        return any(c.breaking for c in self.changes)

    def text(self) -> str:
        """The report as printed: one section per kind of finding, empty sections left out."""
        out = ["Changes in Magic Hour's document, for code that calls the SDK:"]
        breaking = [c.line() for c in self.changes if c.breaking]
        additive = [c.line() for c in self.changes if not c.breaking]
        out += [f"  {line}" for line in breaking + additive] or ["  none in operations, fields or enums"]
        sections = (
            ("Look at these before committing:", self.warnings),
            (
                "Still to review from an earlier update (their prose did not change in this one; once reviewed, "
                "record each sha256 in spec/overlay.yaml):",
                self.pending,
            ),
            ("Corrections newly needed (add them to spec/overlay.yaml, then run scripts/generate):", self.needed),
            (
                "Required fields the document newly names but never defines (dropped from `required`, so answers "
                "without them parse):",
                self.required_new,
            ),
            ("Required fields the vendor fixed (nothing to do):", self.required_fixed),
        )
        for title, lines in sections:
            if lines:
                out += ["", title, *(f"  {line}" for line in lines)]
        if self.removed:
            out += [
                "",
                "To keep code that passes a removed name working for a deprecation window, add to spec/overlay.yaml "
                "(set replacement, and send: as-is | drop | {map: ...}, to what the API now does with it):",
            ]
            proposals = [_proposal(change, was, self.since) for change, was in self.removed]
            out += [f"  {line}" for proposal in proposals for line in proposal.splitlines()]
        return "\n".join(out) + "\n"


# ----- the shape of a document, as the SDK sees it -----------------------------------------------------------


@dataclass(frozen=True)
class _Field:
    kind: str
    required: bool
    values: tuple[Any, ...]
    default: Any
    bounds: tuple[tuple[str, Any], ...]
    schema: dict[str, Any]
    pattern: str | None = None
    nullable: bool = False


@dataclass(frozen=True)
class _Op:
    module: str
    method: str
    fields: dict[str, _Field]
    body: dict[str, Any]  # the request body's schema, where the corrections keep deprecated fields


_NO_DEFAULT = "<none>"


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _walk(schema: Any, where: str, required: bool, depth: int = 0) -> Iterator[tuple[str, _Field]]:
    """Every field below a schema; the document is data, so odd shapes are skipped, never trusted."""
    if not isinstance(schema, dict) or depth > 64:
        return
    kind = str(schema.get("type", "object" if "properties" in schema else "any"))
    listed = schema.get("enum") or schema.get("x-known-values") or ()
    kept = schema.get("x-sdk-kept-values")  # deprecated values the corrections list again (sent as they are)
    values = tuple(v for v in listed if not isinstance(kept, list) or v not in kept) if isinstance(listed, list) else ()
    bounds = tuple((key, schema[key]) for key, _ in _BOUNDS if _number(schema.get(key)))
    pattern = schema.get("pattern") if isinstance(schema.get("pattern"), str) else None
    if where:
        default = schema.get("default", _NO_DEFAULT)
        yield where, _Field(kind, required, values, default, bounds, schema, pattern, schema.get("nullable") is True)
    names = schema.get("required")
    needed = {n for n in names if isinstance(n, str)} if isinstance(names, list) else set()
    props = schema.get("properties")
    for name, prop in props.items() if isinstance(props, dict) else ():
        yield from _walk(prop, f"{where}.{name}" if where else str(name), name in needed, depth + 1)
    if isinstance(schema.get("items"), dict):
        yield from _walk(schema["items"], f"{where}[]", False, depth + 1)


def _content(node: Any) -> Any:
    return node.get("content", {}).get(_JSON, {}).get("schema") if isinstance(node, dict) else None


def _query(op: dict[str, Any]) -> Iterator[tuple[str, _Field]]:
    """The operation's query parameters, as fields `query <name>` (required when the parameter is)."""
    params = op.get("parameters")
    for param in params if isinstance(params, list) else ():
        if isinstance(param, dict) and param.get("in") == "query" and isinstance(param.get("name"), str):
            name, schema = param["name"], param.get("schema")
            required = [name] if param.get("required") is True else []
            wrapper: dict[str, Any] = {
                "properties": {name: schema if isinstance(schema, dict) else {}},
                "required": required,
            }
            yield from ((f"query {where}", found) for where, found in _walk(wrapper, "", True))


def _is_request(where: str) -> bool:
    """Whether a field is something the caller sends (body field or query parameter), not something it reads."""
    return where.startswith(("request ", "query "))


def _shape(doc: dict[str, Any]) -> dict[str, _Op]:
    out: dict[str, _Op] = {}
    for method, path, op in spec_pipeline.operations(doc):
        fields = {f"request {k}": v for k, v in _walk(_content(op.get("requestBody")), "", True)}
        fields.update(_query(op))
        fields.update({f"response {k}": v for k, v in _walk(_content(op.get("responses", {}).get("200")), "", True)})
        body = _content(op.get("requestBody"))
        module, verb = str(op.get("x-sdk-module", "")), str(op.get("x-sdk-method", ""))
        out[f"{method.upper()} {path}"] = _Op(module, verb, fields, body if isinstance(body, dict) else {})
    return out


# ----- what a change means in SDK terms --------------------------------------------------------------------


def _call(op: _Op) -> str:
    if not op.method:
        return f"`client.v1.{op.module}`"
    calls = f"`client.v1.{op.module}.{op.method}`"
    return calls[:-1] + "`/`generate`" if op.method == "create" else calls


def _field_sdk(op: _Op, where: str) -> str:
    name = where.split(" ", 1)[1]
    if where.startswith("response"):
        return f"`{name}` of what {_call(op)} returns"
    top, _, rest = name.partition(".")
    if where.startswith("query") and not rest:
        return f"the `{top}=` query parameter of {_call(op)}"
    if not rest and "[]" not in top:
        return f"the `{top}=` parameter of {_call(op)}"
    return f"the `{name}` key of {_call(op)}'s `{top.removesuffix('[]')}`"


def _module_gone(op: _Op, after: dict[str, _Op], docs_dir: Path | None) -> tuple[str, str | None]:
    """What goes with an operation's removal, and a warning when a hand-written doc section goes with it."""
    if any(o.module == op.module for o in after.values()):
        return f"{_call(op)} goes", None
    command = op.module.replace("_", "-").replace(".", " ")
    page = f"docs/v1/{op.module.split('.')[0]}.md"
    sdk = f"`client.v1.{op.module}`, its CLI command `magic-hour {command}` and its doc page {page} go"
    warning = None
    top = op.module.split(".")[0]
    if docs_dir is not None and top.isidentifier():  # a name from the document never leaves docs/v1/
        custom = _custom_text(docs_dir / f"{top}.md")
        if custom:
            lines = len(custom.splitlines())
            warning = (
                f"{page} goes with its hand-written CUSTOM DOCS section ({lines} lines): keep what is still true "
                "(git show HEAD:" + page + " has it) before committing"
            )
    return sdk, warning


def _custom_text(page: Path) -> str:
    """The hand-written text between a doc page's CUSTOM DOCS markers, empty when there is none."""
    from compiler.writers import docs

    if not page.exists():
        return ""
    try:
        block = docs.custom_section(page)
    except docs.DocsError:
        return "(damaged markers)"
    return block.removeprefix(docs.START).removesuffix(docs.END).strip()


def _narrowed(was: _Field, now: _Field) -> list[str]:
    """How the values a request field accepts shrank (empty when they did not)."""
    out = []
    old, new = dict(was.bounds), dict(now.bounds)
    for key, larger_is_looser in _BOUNDS:
        if key in new and (key not in old or (new[key] != old[key] and (new[key] < old[key]) == larger_is_looser)):
            out.append(f"{key} {old.get(key, 'none')} -> {new[key]}")
    if now.values and not was.values:
        out.append(f"now one of {list(now.values)!r}")
    return out


def _widened(was: _Field, now: _Field) -> list[str]:
    """How the values a request field accepts grew (empty when they did not)."""
    out = []
    old, new = dict(was.bounds), dict(now.bounds)
    for key, larger_is_looser in _BOUNDS:
        if key in old and (key not in new or (new[key] != old[key] and (new[key] > old[key]) == larger_is_looser)):
            out.append(f"{key} {old[key]} -> {new.get(key, 'none')}")
    if was.values and not now.values:
        out.append("no longer limited to a list of values")
    return out


def _field_changes(key: str, op: _Op, was: _Field, now: _Field, where: str) -> Iterator[Change]:
    request = _is_request(where)
    sdk = _field_sdk(op, where)
    if was.kind != now.kind:
        wider = request and (was.kind, now.kind) in _WIDER
        means = sdk if wider else (f"values {sdk} took may be refused" if request else f"code reading {sdk} may break")
        yield Change("type changed", not wider, key, where, f"{was.kind} -> {now.kind}", means)
    if was.required != now.required:
        if now.required:
            what = "calls without it fail before anything is sent" if request else "now always present"
            yield Change("field newly required", request, key, where, "", f"{sdk}: {what}")
        else:
            what = "may be left out" if request else "may be missing: code reading it gets UNSET"
            yield Change("field no longer required", not request, key, where, "", f"{sdk} {what}")
    if request:
        for text in _narrowed(was, now):
            yield Change("range narrowed", True, key, where, text, f"values {sdk} took may now be refused")
        for text in _widened(was, now):
            yield Change("range widened", False, key, where, text, sdk)
        if now.pattern is not None and now.pattern != was.pattern:
            detail = f"pattern {was.pattern!r} -> {now.pattern!r}" if was.pattern else f"pattern {now.pattern!r}"
            yield Change("pattern added" if was.pattern is None else "pattern changed", True, key, where, detail,
                         f"values {sdk} took may not match it and be refused")  # fmt: skip
        elif was.pattern is not None and now.pattern is None:
            yield Change("pattern removed", False, key, where, f"pattern {was.pattern!r}", sdk)
        if was.nullable and not now.nullable:
            yield Change("nullable dropped", True, key, where, "", f"calls passing None to {sdk} are refused")
        elif now.nullable and not was.nullable:
            yield Change("nullable added", False, key, where, "", f"{sdk} also takes None")
        if was.default != now.default and _NO_DEFAULT not in (was.default, now.default):
            yield Change(
                "default changed",
                True,
                key,
                where,
                f"{was.default!r} -> {now.default!r}",
                f"calls that leave out {sdk} now get {now.default!r}",
            )
    if not request and now.nullable and not was.nullable:
        yield Change("nullable added", True, key, where, "", f"code reading {sdk} may get None")
    for value in (v for v in now.values if v not in was.values):
        yield Change("enum value added", False, key, where, f"+= {value!r}", sdk if request else "an open enum", value)
    for value in (v for v in was.values if v not in now.values):
        if request and was.values and now.values:
            refused = f"calls passing {value!r} to {sdk} are refused"
            yield Change("enum value removed", True, key, where, f"-= {value!r}", refused, value)
        elif not request:
            yield Change("enum value no longer listed", False, key, where, f"-= {value!r}", "answers are open enums")


# ----- proposals --------------------------------------------------------------------------------------------


def _target(path: str, method: str, name: str) -> str:
    """The overlay target (RFC 9535 JSONPath) of a request field's schema, `style.mode` or `items[].type`."""
    target = f"$.paths['{path}'].{method.lower()}.requestBody.content['application/json'].schema"
    for part in name.split(".") if name else []:
        target += f".properties.{part.removesuffix('[]')}" + (".items" if part.endswith("[]") else "")
    return target


def _kept_schema(schema: dict[str, Any]) -> dict[str, Any]:
    return {k: schema[k] for k in _KEPT_IN_PROPOSAL if k in schema}


def _proposal(change: Change, was: _Field, since: str) -> str:
    """The overlay action that keeps a removed request field or enum value accepted, as YAML."""
    method, path = change.operation.split(" ", 1)
    name = change.where.split(" ", 1)[1]
    entry: dict[str, Any] = {"since": since, "replacement": None, "send": "as-is"}
    if change.kind == "field removed":
        parent, _, leaf = name.rpartition(".")
        update: dict[str, Any] = {"x-sdk-deprecated": {leaf: {"schema": _kept_schema(was.schema), **entry}}}
        target, what = _target(path, method, parent), f"{name} was removed from {change.operation}"
    else:
        update = {"x-sdk-deprecated-values": {change.value: entry}}
        target, what = (
            _target(path, method, name),
            f"The value {change.value} was removed from {change.operation} {name}",
        )
    action = {"description": f"{what}; still accepted, with a DeprecationWarning.", "target": target, "update": update}
    text = yaml.safe_dump([action], sort_keys=False, allow_unicode=True, width=10_000)
    return text.rstrip()


# ----- the report -------------------------------------------------------------------------------------------


def _required_delta(
    old: spec_pipeline.Notes, new: spec_pipeline.Notes, after: dict[str, _Op]
) -> tuple[list[str], list[str]]:
    """(required names newly undefined, ones the vendor fixed): the rest were reported when they appeared."""
    was, now = set(old.dropped_required), set(new.dropped_required)
    appeared = [line for line in new.dropped_required if line not in was]
    fixed = []
    for line in (line for line in old.dropped_required if line not in now):
        head, _, name = line.partition(": ")
        method, path = head.split(" ")[:2]
        op = after.get(f"{method} {path}")
        if op is None:
            continue  # its operation went, which the report says
        side = "request" if head.endswith(" request") else "response"
        fixed.append(f"{line} ({'now defined' if f'{side} {name}' in op.fields else 'no longer required'})")
    return appeared, fixed


def report(
    old: dict[str, Any],
    new: dict[str, Any],
    old_notes: spec_pipeline.Notes,
    new_notes: spec_pipeline.Notes,
    *,
    docs_dir: Path | None = None,
    since: str = "",
) -> Report:
    """The change report from the stored document to a new one, both as `spec_pipeline.build` made them."""
    before, after = _shape(old), _shape(new)
    # A fingerprint already stale in the stored document is not news of this step: said apart, not as a change.
    fresh = [line for line in new_notes.review if line not in old_notes.review]
    pending = [line for line in new_notes.review if line in old_notes.review]
    out = Report(warnings=fresh, pending=pending, needed=list(new_notes.needed), since=since)
    # A correction already redundant in the stored document is not news of this step either.
    redundant = [f"correction now in the document: {line}" for line in new_notes.redundant]
    out.warnings += [
        line for line, note in zip(redundant, new_notes.redundant, strict=True) if note not in old_notes.redundant
    ]
    out.pending += [
        line for line, note in zip(redundant, new_notes.redundant, strict=True) if note in old_notes.redundant
    ]
    for key, op in after.items():
        if key not in before:
            extra = ", with a CLI command and a doc page" if op.method == "create" else ""
            out.changes.append(Change("operation added", False, key, sdk=f"{_call(op)} is new{extra}"))
    for key, op in before.items():
        if key not in after:
            sdk, warning = _module_gone(op, after, docs_dir)
            out.changes.append(Change("operation removed", True, key, sdk=sdk))
            out.warnings += [warning] if warning else []
    for key in (k for k in after if k in before):
        was, now = before[key].fields, after[key].fields
        op = after[key]
        for where in (w for w in now if w not in was):
            request = _is_request(where)
            required = request and now[where].required and _parent_present(where, was)
            sdk = _field_sdk(op, where) + (": calls without it now fail before anything is sent" if required else "")
            out.changes.append(Change("field added", required, key, where, f"({now[where].kind})", sdk))
        for where in (w for w in was if w not in now):
            if not _parent_present(where, now):
                continue  # its object went too: one line says so
            request = _is_request(where)
            if where.startswith("request ") and _kept(op, where):
                kept = f"{_field_sdk(before[key], where)} is still accepted, with a DeprecationWarning"
                out.changes.append(Change("field deprecated", False, key, where, "", kept))
                continue
            what = "code passing it fails" if request else "code reading it fails"
            change = Change("field removed", True, key, where, "", f"{_field_sdk(before[key], where)}: {what}")
            out.changes.append(change)
            if where.startswith("request "):  # a body field: a correction can keep it (proposed below)
                out.removed.append((change, was[where]))
        for where in (w for w in now if w in was):
            kept_values = now[where].schema.get("x-sdk-deprecated-values")
            for change in _field_changes(key, op, was[where], now[where], where):
                plain = change.kind == "enum value removed" and isinstance(change.value, str | int | float | bool)
                if plain and isinstance(kept_values, dict) and change.value in kept_values:
                    kept = f"{change.value!r} is still accepted, with a DeprecationWarning"
                    out.changes.append(Change("enum value deprecated", False, key, where, change.detail, kept))
                    continue
                out.changes.append(change)
                if plain and where.startswith("request "):
                    out.removed.append((change, was[where]))
    out.warnings += _listed_again(new)
    out.required_new, out.required_fixed = _required_delta(old_notes, new_notes, after)
    out.changes += _extension_changes(old, new)
    return out


def _listed_again(doc: dict[str, Any]) -> list[str]:
    """Deprecations the document made moot: it lists the field or value again, so the correction can go."""
    out = []
    for method, path, op in spec_pipeline.operations(doc):
        for where, node in spec_pipeline._schemas(_content(op.get("requestBody"))):
            fields, values = node.get("x-sdk-deprecated"), node.get("x-sdk-deprecated-values")
            props, enum = node.get("properties"), node.get("enum")
            back = (
                [str(n) for n in fields if isinstance(props, dict) and n in props] if isinstance(fields, dict) else []
            )
            kept = node.get("x-sdk-kept-values") or []
            if isinstance(values, dict) and isinstance(enum, list):
                back += [repr(v) for v in values if v in enum and v not in kept]
            out += [
                f"{method.upper()} {path}: {where or 'the request body'} lists {name} again; remove its "
                "x-sdk-deprecated entry from spec/overlay.yaml"
                for name in back
            ]
    return out


def _kept(op: _Op, where: str) -> bool:
    """Whether the corrections keep a removed request field accepted (`x-sdk-deprecated` on its object)."""
    node: Any = op.body
    *parents, leaf = where.split(" ", 1)[1].split(".")
    for part in parents:
        node = (node.get("properties") or {}).get(part.removesuffix("[]"), {})
        node = node.get("items", {}) if part.endswith("[]") else node
    kept = node.get("x-sdk-deprecated") if isinstance(node, dict) else None
    return isinstance(kept, dict) and leaf in kept


def _parent_present(where: str, fields: dict[str, _Field]) -> bool:
    """Whether the object holding a field exists in `fields` (top-level fields always have one)."""
    side, _, name = where.partition(" ")
    parent = name.rsplit(".", 1)[0] if "." in name else ""
    parent = parent if not name.endswith("[]") else name[:-2]
    return not parent or f"{side} {parent}" in fields


def _extensions(doc: dict[str, Any]) -> dict[str, list[str]]:
    for _, _, op in spec_pipeline.operations(doc):
        if op.get("x-sdk-role") == "upload-urls":
            for _, node in spec_pipeline._schemas(_content(op.get("requestBody"))):
                if isinstance(node.get("x-extensions"), dict):
                    return {str(k): [str(e) for e in v] for k, v in node["x-extensions"].items()}
    return {}


def _extension_changes(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Upload extensions the SDK now accepts or refuses (read from the upload operation's description)."""
    was, now = _extensions(old), _extensions(new)
    out = []
    for kind in sorted(set(was) | set(now)):
        added = [e for e in now.get(kind, []) if e not in was.get(kind, [])]
        removed = [e for e in was.get(kind, []) if e not in now.get(kind, [])]
        where = f"{kind} files"
        if added:
            names = ", ".join("." + e for e in added)
            out.append(Change("upload extensions added", False, "upload", where, names, "generate() uploads them"))
        if removed:
            names = ", ".join("." + e for e in removed)
            refused = "generate() refuses them before uploading"
            out.append(Change("upload extensions removed", True, "upload", where, names, refused))
    return out


def explain_vanished(vanished: list[str], found: Report) -> list[str]:
    """Each correction that no longer applies, with the change of the document that took its target away."""
    out = []
    for line in vanished:
        target = line.rsplit(": target ", 1)[-1].removesuffix(" matches nothing")
        cause = next((c for c in found.changes if c.breaking and _takes_away(c, target)), None)
        out.append(f"{line}, because: {cause.line()}" if cause else line)
    return out


def _takes_away(change: Change, target: str) -> bool:
    """Whether `change` removed what an overlay target names (its path, and its field if the change has one)."""
    if change.kind not in ("operation removed", "field removed") or " " not in change.operation:
        return False
    method, path = change.operation.split(" ", 1)
    if f"['{path}'].{method.lower()}" not in target and not target.endswith(f"['{path}']"):
        return False
    if not change.where:
        return True
    name = change.where.split(" ", 1)[1]
    return f"properties.{name.replace('[]', '.items').replace('.', '.properties.')}".replace(
        "properties.items", "items"
    ) in target or target.endswith(f".properties.{name.split('.')[-1]}")
