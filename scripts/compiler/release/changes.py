"""The change report: what a new version of Magic Hour's document changes for code that calls the SDK.

Both versions are compared as the SDK sees them (corrections applied, facts inferred: `spec_pipeline.build`),
each read into the model of the API (`compiler.model.api`: operations, their request, query and answer fields,
references followed), so every line can say what it means in SDK terms (`client.v1.<module>`, its CLI command,
its doc page) and whether code written against the old version keeps working:

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
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from compiler.correct import spec_pipeline
from compiler.model import api as model
from compiler.model.api import BOUNDS, NO_DEFAULT, Field, Operation

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
    removed: list[tuple[Change, Field]] = field(default_factory=list)  # request names a deprecation could keep
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


# ----- the fields of an operation, as the SDK sees them ------------------------------------------------------


def _fields(op: Operation) -> dict[str, Field]:
    """Every field a caller sends or reads, by its place (`request style.version`, `query page`, `response id`),
    in the document's order, so the report's lines come in that order."""
    out = {f"request {f.where}": f for f in _inside(op.request)}
    out.update({f"query {f.where}": f for param in op.query for f in param.walk()})
    out.update({f"response {f.where}": f for f in _inside(op.response)})
    return out


def _inside(body: Field | None) -> list[Field]:
    """The fields of a request or answer body, the body itself left out (it has no name to report)."""
    return [f for f in body.walk() if f.where] if body is not None else []


def _is_request(where: str) -> bool:
    """Whether a field is something the caller sends (body field or query parameter), not something it reads."""
    return where.startswith(("request ", "query "))


def _operations(doc: dict[str, Any]) -> dict[str, Operation]:
    """The document's operations by `METHOD /path`, read into the model (references followed)."""
    return {op.label: op for op in model.build(doc).operations}


# ----- what a change means in SDK terms --------------------------------------------------------------------


def _call(op: Operation) -> str:
    if not op.verb:
        return f"`client.v1.{op.module}`"
    calls = f"`client.v1.{op.module}.{op.verb}`"
    return calls[:-1] + "`/`generate`" if op.verb == "create" else calls


def _field_sdk(op: Operation, where: str) -> str:
    name = where.split(" ", 1)[1]
    if where.startswith("response"):
        return f"`{name}` of what {_call(op)} returns"
    top, _, rest = name.partition(".")
    if where.startswith("query") and not rest:
        return f"the `{top}=` query parameter of {_call(op)}"
    if not rest and "[]" not in top:
        return f"the `{top}=` parameter of {_call(op)}"
    return f"the `{name}` key of {_call(op)}'s `{top.removesuffix('[]')}`"


def _module_gone(op: Operation, after: dict[str, Operation], docs_dir: Path | None) -> tuple[str, str | None]:
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


def _narrowed(was: Field, now: Field) -> list[str]:
    """How the values a request field accepts shrank (empty when they did not)."""
    out = []
    old, new = dict(was.bounds), dict(now.bounds)
    for key, larger_is_looser in BOUNDS:
        if key in new and (key not in old or (new[key] != old[key] and (new[key] < old[key]) == larger_is_looser)):
            out.append(f"{key} {old.get(key, 'none')} -> {new[key]}")
    if now.values and not was.values:
        out.append(f"now one of {list(now.values)!r}")
    return out


def _widened(was: Field, now: Field) -> list[str]:
    """How the values a request field accepts grew (empty when they did not)."""
    out = []
    old, new = dict(was.bounds), dict(now.bounds)
    for key, larger_is_looser in BOUNDS:
        if key in old and (key not in new or (new[key] != old[key] and (new[key] > old[key]) == larger_is_looser)):
            out.append(f"{key} {old[key]} -> {new.get(key, 'none')}")
    if was.values and not now.values:
        out.append("no longer limited to a list of values")
    return out


def _field_changes(key: str, op: Operation, was: Field, now: Field, where: str) -> Iterator[Change]:
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
        if was.default != now.default and NO_DEFAULT not in (was.default, now.default):
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


def _kept_schema(schema: Mapping[str, Any]) -> dict[str, Any]:
    return {k: schema[k] for k in _KEPT_IN_PROPOSAL if k in schema}


def _proposal(change: Change, was: Field, since: str) -> str:
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
    text = yaml.dump([action], Dumper=_Plain, sort_keys=False, allow_unicode=True, width=10_000)
    return text.rstrip()


class _Plain(yaml.SafeDumper):
    """Writes a schema that two references share in full at each place, never as a YAML anchor and alias."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


# ----- the report -------------------------------------------------------------------------------------------


def _required_delta(
    old: spec_pipeline.Notes, new: spec_pipeline.Notes, after: dict[str, Operation]
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
        fixed.append(f"{line} ({'now defined' if f'{side} {name}' in _fields(op) else 'no longer required'})")
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
    """The change report from the stored document to a new one, both as `spec_pipeline.build` made them, each
    read into the model (`model.ModelError` when one cannot be: a reference to nothing, say)."""
    before, after = _operations(old), _operations(new)
    out = _from_notes(old_notes, new_notes, since)
    _added_and_removed(before, after, docs_dir, out)
    for key in (k for k in after if k in before):
        _compare(before[key], after[key], out)
    out.warnings += _listed_again(after.values())
    out.required_new, out.required_fixed = _required_delta(old_notes, new_notes, after)
    out.changes += _extension_changes(before.values(), after.values())
    return out


def _from_notes(old: spec_pipeline.Notes, new: spec_pipeline.Notes, since: str) -> Report:
    """What the corrections say: reviews, needed and redundant corrections, each news only in the step it appears."""
    # A fingerprint already stale in the stored document is not news of this step: said apart, not as a change.
    fresh = [line for line in new.review if line not in old.review]
    pending = [line for line in new.review if line in old.review]
    out = Report(warnings=fresh, pending=pending, needed=list(new.needed), since=since)
    # A correction already redundant in the stored document is not news of this step either.
    redundant = [f"correction now in the document: {line}" for line in new.redundant]
    out.warnings += [line for line, note in zip(redundant, new.redundant, strict=True) if note not in old.redundant]
    out.pending += [line for line, note in zip(redundant, new.redundant, strict=True) if note in old.redundant]
    return out


def _added_and_removed(
    before: dict[str, Operation], after: dict[str, Operation], docs_dir: Path | None, out: Report
) -> None:
    """Operations new in the document, then the ones it dropped (with the doc sections that go with them)."""
    for key, op in after.items():
        if key not in before:
            extra = ", with a CLI command and a doc page" if op.verb == "create" else ""
            out.changes.append(Change("operation added", False, key, sdk=f"{_call(op)} is new{extra}"))
    for key, op in before.items():
        if key not in after:
            sdk, warning = _module_gone(op, after, docs_dir)
            out.changes.append(Change("operation removed", True, key, sdk=sdk))
            out.warnings += [warning] if warning else []


def _compare(old: Operation, op: Operation, out: Report) -> None:
    """The changes of one operation's fields: added, removed (or kept by a correction), then changed."""
    key, was, now = op.label, _fields(old), _fields(op)
    for where in (w for w in now if w not in was):
        required = _is_request(where) and now[where].required and _parent_present(where, was)
        sdk = _field_sdk(op, where) + (": calls without it now fail before anything is sent" if required else "")
        out.changes.append(Change("field added", required, key, where, f"({now[where].kind})", sdk))
    for where in (w for w in was if w not in now):
        if not _parent_present(where, now):
            continue  # its object went too: one line says so
        if where.startswith("request ") and _kept(op, where):
            kept = f"{_field_sdk(old, where)} is still accepted, with a DeprecationWarning"
            out.changes.append(Change("field deprecated", False, key, where, "", kept))
            continue
        what = "code passing it fails" if _is_request(where) else "code reading it fails"
        change = Change("field removed", True, key, where, "", f"{_field_sdk(old, where)}: {what}")
        out.changes.append(change)
        if where.startswith("request "):  # a body field: a correction can keep it (proposed below)
            out.removed.append((change, was[where]))
    for where in (w for w in now if w in was):
        _changed(key, op, was[where], now[where], where, out)


def _changed(key: str, op: Operation, was: Field, now: Field, where: str, out: Report) -> None:
    """The changes of one field; a request enum value the corrections keep is deprecated, not removed."""
    kept_values = now.schema.get("x-sdk-deprecated-values")
    for change in _field_changes(key, op, was, now, where):
        plain = change.kind == "enum value removed" and isinstance(change.value, str | int | float | bool)
        if plain and isinstance(kept_values, Mapping) and change.value in kept_values:
            kept = f"{change.value!r} is still accepted, with a DeprecationWarning"
            out.changes.append(Change("enum value deprecated", False, key, where, change.detail, kept))
            continue
        out.changes.append(change)
        if plain and where.startswith("request "):
            out.removed.append((change, was))


def _listed_again(operations: Iterable[Operation]) -> list[str]:
    """Deprecations the document made moot: it lists the field or value again, so the correction can go."""
    out = []
    for op in operations:
        for node in op.request.walk() if op.request is not None else ():
            back = [f"{op.label}: {node.where or 'the request body'} lists {name} again" for name in _back(node)]
            out += [f"{line}; remove its x-sdk-deprecated entry from spec/overlay.yaml" for line in back]
    return out


def _back(node: Field) -> list[str]:
    """The deprecated fields and enum values of a request object or field that its document lists again."""
    fields, values = node.schema.get("x-sdk-deprecated"), node.schema.get("x-sdk-deprecated-values")
    back = [str(n) for n in fields if node.field(str(n)) is not None] if isinstance(fields, Mapping) else []
    if isinstance(values, Mapping) and isinstance(node.schema.get("enum"), list):
        back += [repr(v) for v in values if v in node.values]  # kept values are left out of `values`
    return back


def _kept(op: Operation, where: str) -> bool:
    """Whether the corrections keep a removed request field accepted (`x-sdk-deprecated` on its object)."""
    parent, _, leaf = where.split(" ", 1)[1].rpartition(".")
    holder = next((f for f in op.request.walk() if f.where == parent), None) if op.request is not None else None
    kept = holder.schema.get("x-sdk-deprecated") if holder is not None else None
    return isinstance(kept, Mapping) and leaf in kept


def _parent_present(where: str, fields: dict[str, Field]) -> bool:
    """Whether the object holding a field exists in `fields` (top-level fields always have one)."""
    side, _, name = where.partition(" ")
    parent = name.rsplit(".", 1)[0] if "." in name else ""
    parent = parent if not name.endswith("[]") else name[:-2]
    return not parent or f"{side} {parent}" in fields


def _extensions(operations: Iterable[Operation]) -> dict[str, list[str]]:
    """The upload operation's extensions by kind of file (`x-extensions` in its request, from its description)."""
    for op in operations:
        if op.role == "upload-urls" and op.request is not None:
            for node in op.request.walk():
                found = node.schema.get("x-extensions")
                if isinstance(found, Mapping):
                    return {str(k): [str(e) for e in v] for k, v in found.items()}
    return {}


def _extension_changes(old: Iterable[Operation], new: Iterable[Operation]) -> list[Change]:
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
