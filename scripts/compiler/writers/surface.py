"""The typed SDK surface, `magic_hour_api.sdk`, written from the model of the API on every generation.

openapi-python-client writes the low-level client (one function per endpoint, attrs models). This adds what
users call: `client.v1.<module>.create/generate/get/delete/check_result`, with TypedDict parameters and
Literal enums so that type checkers flag a misspelled key or a wrong value, and one result class per
project kind. Every method is a few lines that hand a plain body to the engine the hand-written layer
provides (`sdk/_engine.py` declares it as a Protocol), so the arrow of knowledge points one way:
generated code knows the spec, hand-written code knows the workflow.

Its templates cannot see vendor extensions (`x-sdk-module`, links, `x-asset-type`), which decide the surface,
so this reads the model (`compiler/model/`): the operations with their SDK modules and verbs, their fields, and
the names openapi-python-client's own parser gave to endpoint modules and models (`model/names.py`).
"""

from __future__ import annotations

import builtins
import keyword
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from compiler.model import api as model
from compiler.model import emit
from compiler.writers import pyformat

PACKAGE = "magic_hour_api"
_STATIC = Path(__file__).resolve().parent / "surface_static" / "_engine.py"
_JSON = "application/json"
_RAW_VERBS = ("create", "get", "list", "update", "delete")  # the verbs `.with_raw_response` repeats
_BUILTINS = frozenset(name for name in dir(builtins) if not name.startswith("_"))


class SurfaceError(Exception):
    """The spec cannot be turned into a complete, correct surface; the message names each operation and why."""


Operation = model.Operation
Module = model.Module
_pascal = emit.pascal


# ----- types from JSON Schema ------------------------------------------------------------------------------


_first_sentence = emit.sentence
_literal = emit.literal


class TypeWriter:
    """TypedDicts and Literal types for one module's request bodies, named like the official SDK's params."""

    def __init__(self) -> None:
        self.classes: list[str] = []
        self.names: set[str] = set()
        self._made: dict[tuple[int, str, bool], str] = {}
        self._writing: dict[int, str] = {}  # schemas whose class is being written: a recursive one refers back

    def type_of(self, schema: Mapping[str, Any], hint: str, *, local_files: bool) -> str:
        nullable = bool(schema.get("nullable"))
        text = self._bare(schema, hint, local_files=local_files)
        return f"{text} | None" if nullable and text != "Any" else text

    def _bare(self, schema: dict[str, Any], hint: str, *, local_files: bool) -> str:
        if "enum" in schema:
            try:
                values = [_literal(v) for v in schema["enum"] if v is not None]
            except TypeError:  # an enum of objects or arrays: no Literal can say it
                return "Any"
            return "Literal[" + ", ".join(dict.fromkeys(values)) + "]" if values else "None"
        kind = schema.get("type")
        if kind == "string":
            if local_files and "x-asset-type" in schema:
                return "str | os.PathLike[str]"
            return "str"
        if kind == "integer":
            return "int"
        if kind == "number":
            return "float"
        if kind == "boolean":
            return "bool"
        if kind == "array":
            items = schema.get("items", {})
            return f"list[{self.type_of(items if isinstance(items, dict) else {}, hint + 'Item', local_files=local_files)}]"
        if kind == "object" or "properties" in schema:
            if not isinstance(schema.get("properties"), dict) or not schema["properties"]:
                return "dict[str, Any]"
            return self.typed_dict(schema, hint, local_files=local_files)
        return "Any"

    def _name(self, hint: str) -> str:
        name, n = hint, 1
        while name in self.names:
            n += 1
            name = f"{hint}{n}"
        self.names.add(name)
        return name

    def typed_dict(self, schema: dict[str, Any], hint: str, *, local_files: bool) -> str:
        if id(schema) in self._writing:
            return self._writing[id(schema)]
        key = (id(schema), hint, local_files)
        if key in self._made:
            return self._made[key]
        name = self._made[key] = self._name(hint)
        self._writing[id(schema)] = name
        try:
            required = set(schema.get("required", []))
            doc = emit.docstring(_first_sentence(schema.get("description")) or name)
            entries = []
            for field_name, prop in schema["properties"].items():
                text = self.type_of(prop, name + _pascal(field_name), local_files=local_files)
                about = _first_sentence(prop.get("description"))
                entries.append((field_name, text, field_name in required, about))
        finally:
            del self._writing[id(schema)]
        if all(emit.identifier(k, ()) == k for k, _, _, _ in entries):
            lines = [f"class {name}(TypedDict):", f"    {doc}", ""]
            for field_name, text, needed, about in entries:
                lines.append(f"    {field_name}: {text if needed else f'NotRequired[{text}]'}")
                if about:
                    lines.append(f"    {emit.docstring(about)}")
        else:  # keys that are keywords or not identifiers: the functional form, types as forward references
            pairs = ", ".join(
                f"{emit.string(k)}: {emit.string(t) if needed else f'NotRequired[{emit.string(t)}]'}"
                for k, t, needed, _ in entries
            )
            lines = [f"{name} = TypedDict({emit.string(name)}, {{{pairs}}})", f"{doc}"]
        self.classes.append("\n".join(lines) + "\n")
        return name


# ----- code -----------------------------------------------------------------------------------------------


def _model_import(ref: str) -> tuple[str, str]:
    module, name = ref.split(":")
    return module, name


def _op_literal(op: Operation) -> str:
    body = emit.string(op.body_model) if op.body_model else "None"
    follow = f", follow={_op_literal(op.follow)}" if op.follow else ""
    upload = f", upload={_op_literal(op.upload)}" if op.upload else ""
    query = ""
    if op.query_names:
        pairs = ", ".join(f"({emit.string(k)}, {emit.string(v)})" for k, v in op.query_names.items())
        query = f", query=({pairs},)"
    paging = ""
    if op.pagination:
        page = op.pagination
        paging = f", paging=({', '.join(emit.string(part) for part in (page.items, page.next, page.param))})"
    return (
        f"Operation({emit.string(op.method)}, {emit.string(op.path)}, {emit.string(op.endpoint)}, {body}"
        f"{follow}{upload}{query}{paging})"
    )


def _result_class(op: Operation) -> str:
    return _pascal(op.module) + "Result"


def _response_name(op: Operation) -> str:
    return _model_import(op.response_model)[1] if op.response_model else "None"


def parameter_names(schema: Mapping[str, Any]) -> dict[str, str]:
    """API name -> keyword of `create()`/`generate()` for a body's top-level fields (the model's naming)."""
    return model.read_field(schema).parameters


class ModuleWriter:
    """One file of `magic_hour_api/sdk/v1/`: a top-level module, its sub-modules, sync and async."""

    def __init__(self, top: Module) -> None:
        self.top = top
        self.types = TypeWriter()
        self.model_imports: dict[str, set[str]] = {}  # for annotations only
        self.runtime_imports: dict[str, set[str]] = {}
        self.ops: list[tuple[str, Operation]] = []
        self.renamed: dict[str, str] = {}  # "METHOD path field" -> its parameter name, where they differ

    def _need(self, ref: str | None, *, runtime: bool = False) -> None:
        if ref:
            module, name = _model_import(ref)
            (self.runtime_imports if runtime else self.model_imports).setdefault(module, set()).add(name)

    def _op_const(self, op: Operation) -> str:
        name = (
            f"_{op.verb.upper()}" if op.module == self.top.name else f"_{_pascal(op.module).upper()}_{op.verb.upper()}"
        )
        if (name, op) not in self.ops:
            self.ops.append((name, op))
        return name

    def _params(self, op: Operation, *, local_files: bool) -> tuple[list[str], str]:
        """(signature parts, the body as a dict display from API names to parameters) for the top-level fields.

        A field whose name is a keyword or a name the method itself uses becomes a parameter with a `_` after
        it (`self_`), as the official SDK spells `type_`: the same document always gives the same names."""
        body = op.request
        if body is None:
            return [], "{}"
        base = f"V1{_pascal(op.module)}"
        sig_required, sig_optional, pairs = [], [], []
        names = body.parameters
        for item in body.signature:
            python = names[item.name]
            if isinstance(item, model.KeptField):  # deprecated: accepted (it warns), never required
                hint = f"{base}CreateBody{_pascal(item.name)}"
                text = self.types.type_of(item.schema, hint, local_files=False)
            else:
                files = local_files and item.has_files
                hint = f"{base}{'Generate' if files else 'Create'}Body{_pascal(item.name)}"
                text = self.types.type_of(item.schema, hint, local_files=files)
            if isinstance(item, model.Field) and item.required:
                sig_required.append(f"{python}: {text}")
            else:
                sig_optional.append(f"{python}: {text} | Unset = UNSET")
            pairs.append(f"{emit.string(item.name)}: {python}")
        self.renamed.update((f"{op.label} {wire}", py) for wire, py in names.items() if wire != py)
        return sig_required + sig_optional, "{" + ", ".join(pairs) + "}"

    def _doc(self, op: Operation, extra: str) -> str:
        summary = _first_sentence(op.spec.get("summary")) or op.module
        return emit.docstring(f"{summary}: {extra}\n\n        `{op.method} {op.path}`\n        ")

    @staticmethod
    def _path_params(op: Operation) -> tuple[str, str]:
        """(signature parts, the path parameters as a dict display) for an operation on one item."""
        names = emit.Names()
        taken = [(p, names.take(p)) for p in op.path_params]
        sig = "".join(f"{python}: str, " for _, python in taken)
        return sig, "{" + ", ".join(f"{emit.string(wire)}: {python}" for wire, python in taken) + "}"

    def _query_params(self, op: Operation) -> tuple[str, str]:
        """(signature parts, the query as a dict display from API names to parameters).

        A parameter named like a keyword or a builtin gets the official SDK's `_` spelling (`type_`); a builtin's
        own name is taken as well (`type=`), since both are what users write."""
        params = op.query_params
        if not params:
            return "", ""
        names = emit.Names(emit.GENERATED_NAMES | _BUILTINS)
        sig, pairs = [], []
        base = f"V1{_pascal(op.module)}{_pascal(op.verb)}Query"
        for param in params:
            wire = str(param.get("name", ""))
            python = names.take(wire)
            schema = param.get("schema") if isinstance(param.get("schema"), dict) else {}
            text = self.types.type_of(schema, f"{base}{_pascal(wire)}", local_files=False)
            if param.get("required"):
                sig.append(f"{python}: {text}")
            else:
                sig.append(f"{python}: {text} | Unset = UNSET")
            value = python
            if python == f"{wire}_" and wire in _BUILTINS and wire.isidentifier() and not keyword.iskeyword(wire):
                sig.append(f"{wire}: {text} | Unset = UNSET")
                value = f"either({python}, {wire})"
            pairs.append(f"{emit.string(wire)}: {value}")
        return "".join(part + ", " for part in sig), ", query={" + ", ".join(pairs) + "}"

    def _methods(self, module: Module, *, is_async: bool, raw: bool = False) -> list[str]:
        aw = "await " if is_async else ""
        df = "async def" if is_async else "def"
        out: list[str] = []
        wrap = (lambda t: f"RawResponse[{t}]") if raw else (lambda t: t)
        flag = ", raw=True" if raw else ""
        create = module.ops.get("create")
        if create is not None:
            const = self._op_const(create)
            sig, body = self._params(create, local_files=False)
            self._need(create.response_model)
            charges = " Charges credits." if create.follow else ""
            out.append(
                f"    {df} create(self, *, {''.join(s + ', ' for s in sig)}extra_body: Mapping[str, Any] | None = None,"
                f" max_retries: int | None = None) -> {wrap(_response_name(create))}:\n"
                f"        {self._doc(create, 'send one request.' + charges)}\n"
                f"        body = fields(extra_body, {body})\n"
                f'        return cast("{wrap(_response_name(create))}", {aw}self._engine.request({const}, body=body, max_retries=max_retries{flag}))\n'
            )
            if create.follow is not None and not raw:
                sig, body = self._params(create, local_files=True)
                result = _result_class(create.follow)
                out.append(
                    f"    {df} generate(self, *, {''.join(s + ', ' for s in sig)}"
                    "wait_for_completion: bool = True, download_outputs: bool = True, "
                    "download_directory: str | os.PathLike[str] | None = None, output_name: str | None = None, "
                    "poll_interval: float | None = None, wait_timeout: float | None | Unset = UNSET, "
                    "on_progress: ProgressCallback | None = None, extra_body: Mapping[str, Any] | None = None, "
                    f"max_retries: int | None = None) -> {result}:\n"
                    f"        {self._doc(create, 'upload local files, create, wait for the result and download it.')}\n"
                    f"        body = fields(extra_body, {body})\n"
                    "        options = WaitOptions(wait_for_completion, download_outputs, download_directory, output_name,"
                    " poll_interval, wait_timeout, on_progress, max_retries)\n"
                    f"        project, paths = {aw}self._engine.generate({const}, body, options)\n"
                    f"        return {result}.extend(project, paths)\n"
                )
        get = module.ops.get("get")
        if get is not None:
            const = self._op_const(get)
            self._need(get.response_model)
            params, path = self._path_params(get)
            qsig, query = self._query_params(get)
            out.append(
                f"    {df} get(self, *, {params}{qsig}max_retries: int | None = None) -> {wrap(_response_name(get))}:\n"
                f"        {self._doc(get, 'the current state.')}\n"
                f'        return cast("{wrap(_response_name(get))}", {aw}self._engine.request({const}, path={path}{query}, max_retries=max_retries{flag}))\n'
            )
            if get.is_project and not raw:
                result = _result_class(get)
                out.append(
                    f"    {df} check_result(self, *, {params}wait_for_completion: bool = True, "
                    "download_outputs: bool = True, download_directory: str | os.PathLike[str] | None = None, "
                    "output_name: str | None = None, poll_interval: float | None = None, "
                    "wait_timeout: float | None | Unset = UNSET, on_progress: ProgressCallback | None = None, "
                    f"max_retries: int | None = None) -> {result}:\n"
                    f"        {self._doc(get, 'fetch, optionally wait until it ends, and download its outputs. Resumes a wait without creating or charging anything again.')}\n"
                    "        options = WaitOptions(wait_for_completion, download_outputs, download_directory, output_name,"
                    " poll_interval, wait_timeout, on_progress, max_retries)\n"
                    f"        project, paths = {aw}self._engine.check_result({const}, {path}, options)\n"
                    f"        return {result}.extend(project, paths)\n"
                )
        listing = module.ops.get("list")
        if listing is not None and raw:
            const = self._op_const(listing)
            self._need(listing.response_model)
            params, path = self._path_params(listing)
            qsig, query = self._query_params(listing)
            out.append(
                f"    {df} list(self, *, {params}{qsig}max_retries: int | None = None) -> {wrap(_response_name(listing))}:\n"
                f"        {self._doc(listing, 'one page, as the API answered it.')}\n"
                f'        return cast("{wrap(_response_name(listing))}", {aw}self._engine.request({const}, path={path}{query}, max_retries=max_retries{flag}))\n'
            )
        if listing is not None and not raw:
            const = self._op_const(listing)
            params, path = self._path_params(listing)
            qsig, query = self._query_params(listing)
            self._need(listing.item_model)
            item = _model_import(listing.item_model)[1] if listing.item_model else "Any"
            page = f"{'AsyncPager' if is_async else 'SyncPage'}[{item}]"
            walk = "async for item in" if is_async else "for item in"
            out.append(
                f"    def list(self, *, {params}{qsig}max_retries: int | None = None) -> {page}:\n"
                f"        {self._doc(listing, f'the first page; `{walk} ...` walks every page.')}\n"
                f"        return self._engine.paginate({const}, path={path}{query or ', query={}'}, max_retries=max_retries)\n"
            )
        update = module.ops.get("update")
        if update is not None:
            const = self._op_const(update)
            self._need(update.response_model)
            params, path = self._path_params(update)
            sig, body = self._params(update, local_files=False)
            out.append(
                f"    {df} update(self, *, {params}{''.join(s + ', ' for s in sig)}extra_body: Mapping[str, Any] | None = None,"
                f" max_retries: int | None = None) -> {wrap(_response_name(update))}:\n"
                f"        {self._doc(update, 'change it.')}\n"
                f"        body = fields(extra_body, {body})\n"
                f'        return cast("{wrap(_response_name(update))}", {aw}self._engine.request({const}, path={path}, body=body, max_retries=max_retries{flag}))\n'
            )
        delete = module.ops.get("delete")
        if delete is not None:
            const = self._op_const(delete)
            params, path = self._path_params(delete)
            opener, closer = ('return cast("RawResponse[None]", ', ")") if raw else ("", "")
            out.append(
                f"    {df} delete(self, *, {params}max_retries: int | None = None) -> {wrap('None')}:\n"
                f"        {self._doc(delete, 'delete it for good.')}\n"
                f"        {opener}{aw}self._engine.request({const}, path={path}, max_retries=max_retries{flag}){closer}\n"
            )
        for op in module.ops.values():
            for alias in op.aliases:
                # The official SDK's name for the same call (`account.list()` for the singleton's get).
                usable = alias.isidentifier() and alias not in module.ops
                if usable and alias != op.verb and f"def {op.verb}(" in "".join(out):
                    out.append(f"    {alias} = {op.verb}\n")
        if raw:
            return out
        if any(verb in module.ops for verb in _RAW_VERBS):
            cls = ("Async" if is_async else "") + module.class_name + "WithRawResponse"
            out.append(
                "    @functools.cached_property\n"
                f"    def with_raw_response(self) -> {cls}:\n"
                '        """The same calls, each returning the HTTP status and headers beside the parsed body."""\n'
                f"        return {cls}(self._engine)\n"
            )
        upload = module.upload_op
        if upload is not None:
            const = self._op_const(upload)
            out.append(
                f"    {df} upload_file(self, file: str | os.PathLike[str], *, "
                "on_progress: ProgressCallback | None = None, max_retries: int | None = None) -> str:\n"
                '        """Upload a local file to Magic Hour storage; returns the `file_path` to pass in `assets`."""\n'
                f"        return ({aw}self._engine.upload_files({const}, [file], on_progress=on_progress, "
                "max_retries=max_retries))[0]\n"
            )
            out.append(
                f"    {df} upload_files(self, files: Sequence[str | os.PathLike[str]], *, "
                "on_progress: ProgressCallback | None = None, max_retries: int | None = None) -> list[str]:\n"
                '        """Upload local files (all checked first, one upload-URLs request); their `file_path`s in order."""\n'
                f"        return {aw}self._engine.upload_files({const}, files, on_progress=on_progress, "
                "max_retries=max_retries)\n"
            )
        for child in module.children.values():
            cls = ("Async" if is_async else "") + child.class_name
            out.append(
                "    @functools.cached_property\n"
                f"    def {child.leaf}(self) -> {cls}:\n"
                f'        """``client.v1.{child.name}``"""\n'
                f"        return {cls}(self._engine)\n"
            )
        return out

    def _class(self, module: Module, *, is_async: bool, raw: bool = False) -> str:
        name = ("Async" if is_async else "") + module.class_name + ("WithRawResponse" if raw else "")
        engine = "AsyncEngine" if is_async else "Engine"
        methods = self._methods(module, is_async=is_async, raw=raw)
        what = " with raw responses" if raw else ""
        return (
            f"class {name}:\n"
            f'    """``client.v1.{module.name}``{what}{" (async)" if is_async else ""}"""\n\n'
            f"    def __init__(self, engine: {engine}) -> None:\n"
            "        self._engine = engine\n\n" + "\n".join(methods)
        )

    def _result(self, op: Operation) -> str:
        _, model = _model_import(op.response_model or ":")
        self._need(op.response_model, runtime=True)
        name = _result_class(op)
        return (
            "@attrs.define\n"
            f"class {name}({model}):\n"
            f'    """A {op.module.replace("_", " ")} item as generate() or check_result() left it, and the files saved."""\n\n'
            "    downloaded_paths: list[str] = attrs.field(factory=list)\n\n"
            "    @classmethod\n"
            f"    def extend(cls, project: {model}, paths: Sequence[str | os.PathLike[str]]) -> {name}:\n"
            '        """This result for `project` and the `paths` saved from it, as `str` (as the official SDK has them)."""\n'
            "        return extend_project(cls, project, [os.fspath(p) for p in paths])\n\n"
            "    def to_dict(self) -> dict[str, Any]:\n"
            '        return {**super().to_dict(), "downloaded_paths": list(self.downloaded_paths)}\n'
        )

    def render(self, result_home: dict[str, str]) -> str:
        classes = []
        results = [self._result(op) for m in self.top.walk() for op in m.ops.values() if op.is_project]
        for module in reversed(list(self.top.walk())):
            for is_async in (False, True):
                if any(verb in module.ops for verb in _RAW_VERBS):
                    classes.append(self._class(module, is_async=is_async, raw=True))
                classes.append(self._class(module, is_async=is_async))
        result_imports = sorted(
            {
                (result_home[_result_class(op.follow)], _result_class(op.follow))
                for m in self.top.walk()
                for op in m.ops.values()
                if op.follow is not None and result_home[_result_class(op.follow)] != self.top.name
            }
        )
        head = [
            f'"""``client.v1.{self.top.name}``: written from openapi.yaml by scripts/generate; do not edit."""',
            "",
            "from __future__ import annotations",
            "",
            "import functools",
            "import os",
            "from collections.abc import Mapping, Sequence",
            "from pathlib import Path",
            "from typing import TYPE_CHECKING, Any, Literal, NotRequired, TypedDict, cast",
            "",
            "import attrs",
            "",
            "from ...types import UNSET, Unset",
            "from .._engine import (AsyncEngine, AsyncPager, Engine, Operation, ProgressCallback, RawResponse, SyncPage, WaitOptions, either, extend_project, fields)",
        ]
        head += [f"from .{module} import {name}" for module, name in result_imports]
        head += [f"from {m} import {', '.join(sorted(n))}" for m, n in sorted(self.runtime_imports.items())]
        annotations = {m: n for m, n in self.model_imports.items()}
        if annotations:
            head += ["", "if TYPE_CHECKING:"]
            head += [f"    from {m} import {', '.join(sorted(n))}" for m, n in sorted(annotations.items())]
        consts = [f"{name} = {_op_literal(op)}" for name, op in self.ops]
        parts = ["\n".join(head), "\n".join(consts), *self.types.classes, *results, *classes]
        return "\n\n\n".join(parts) + "\n"


def _v1_init(tree: dict[str, Module]) -> str:
    lines = [
        '"""``client.v1``: every module of version 1 of the API, each imported on first use."""',
        "",
        "from __future__ import annotations",
        "",
        "import functools",
        "from typing import TYPE_CHECKING",
        "",
        "from .._engine import AsyncEngine, Engine",
        "",
        "if TYPE_CHECKING:",
    ]
    for name, module in tree.items():
        lines.append(f"    from .{name} import Async{module.class_name}, {module.class_name}")
    for prefix, engine in (("", "Engine"), ("Async", "AsyncEngine")):
        lines += ["", "", f"class {prefix}V1:", f'    """``client.v1``{" (async)" if prefix else ""}"""', ""]
        lines += [f"    def __init__(self, engine: {engine}) -> None:", "        self._engine = engine"]
        for name, module in tree.items():
            cls = prefix + module.class_name
            lines += [
                "",
                "    @functools.cached_property",
                f"    def {name}(self) -> {cls}:",
                f"        from .{name} import {cls}",
                "",
                f"        return {cls}(self._engine)",
            ]
    return "\n".join(lines) + "\n"


def _sdk_init(tree: dict[str, Module], result_home: dict[str, str]) -> str:
    results = sorted(result_home.items())
    lines = [
        '"""The typed SDK surface written from openapi.yaml: `V1` and `AsyncV1` over an engine, and their types.',
        "",
        "Result classes and request parameter types load on first access (PEP 562), like the models.",
        '"""',
        "",
        "from typing import TYPE_CHECKING, Any",
        "",
        "from ._engine import (AsyncEngine, AsyncPage, AsyncPager, Engine, Operation, ProgressCallback, ProgressEvent, "
        "RawResponse, SyncPage, WaitOptions)",
        "from .v1 import V1, AsyncV1",
        "",
        "if TYPE_CHECKING:",
    ]
    lines += [f"    from .v1.{home} import {name}" for name, home in results]
    lines += ["", "_LAZY = {"]
    lines += [f'    "{name}": "{home}",' for name, home in results]
    lines += ["}", "", "", "def __getattr__(name: str) -> Any:", "    home = _LAZY.get(name)", "    if home is None:"]
    lines += ['        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")']
    lines += ["    import importlib", "", '    return getattr(importlib.import_module(f".v1.{home}", __name__), name)']
    names = ["AsyncEngine", "AsyncV1", "Engine", "Operation", "ProgressCallback", "ProgressEvent", "RawResponse", "V1"]
    names += ["AsyncPage", "AsyncPager", "SyncPage", "WaitOptions"]
    names += [name for name, _ in results]
    lines += ["", "", "__all__ = ["] + [f'    "{n}",' for n in sorted(names)] + ["]"]
    return "\n".join(lines) + "\n"


def _params_module(tree: dict[str, Module], typed: dict[str, list[str]]) -> str:
    lines = [
        '"""Every request parameter type (TypedDict), for annotating your own variables; written from openapi.yaml."""',
        "",
    ]
    for module, names in sorted(typed.items()):
        if names:
            lines.append(f"from .v1.{module} import {', '.join(sorted(names))}")
    everything = sorted(n for names in typed.values() for n in names)
    lines += ["", "__all__ = ["] + [f'    "{n}",' for n in everything] + ["]"]
    return "\n".join(lines) + "\n"


def _error_codes_module(codes: list[model.ErrorCode]) -> str:
    """`sdk/error_codes.py`: a class per documented error code where a status has several (catch it by name), and
    the advice the document gives for every code. The engine raises a class that is both the code's class and
    its status's (`PaymentRequiredError`), so either `except` catches it."""
    lines = [
        '"""The error codes of Magic Hour\'s document: written from openapi.yaml by scripts/generate; do not edit."""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import ClassVar",
        "",
        "",
        "class ErrorCode(Exception):",
        '    """An error the API names by its `code`; raised together with the SDK\'s class for its HTTP status."""',
        "",
        "    code: ClassVar[str]",
        "    status: ClassVar[int]",
        "    #: What the document says to do.",
        "    advice: ClassVar[str]",
        "    #: The API's own words.",
        "    message: str",
        "    #: The request id the API answered with, to quote to Magic Hour's support.",
        "    request_id: str | None",
    ]
    named = [c for c in codes if c.class_name]
    for code in named:
        doc = f"{code.status} `{code.code}`" + (f": {code.advice}" if code.advice else "")
        lines += [
            "",
            "",
            f"class {code.class_name}(ErrorCode):",
            f"    {emit.docstring(doc)}",
            "",
            f"    code = {emit.string(code.code)}",
            f"    status = {code.status}",
            f"    advice = {emit.string(code.advice)}",
        ]
    lines += [
        "",
        "",
        "#: (status, code) -> the class raised for it, where the code has its own.",
        "BY_CODE: dict[tuple[int, str], type[ErrorCode]] = {",
    ]
    lines += [f"    ({c.status}, {emit.string(c.code)}): {c.class_name}," for c in named]
    lines += [
        "}",
        "",
        "#: (status, code) -> what the document says to do, for every documented code.",
        "ADVICE: dict[tuple[int, str], str] = {",
    ]
    lines += [f"    ({c.status}, {emit.string(c.code)}): {emit.string(c.advice)}," for c in codes if c.advice]
    by_status: dict[int, list[str]] = {}
    for c in codes:
        by_status.setdefault(c.status, []).append(c.code)
    lines += ["}", "", "#: status -> the codes the document lists for it.", "CODES: dict[int, tuple[str, ...]] = {"]
    lines += [
        f"    {status}: ({''.join(emit.string(c) + ', ' for c in found)}),"
        for status, found in sorted(by_status.items())
    ]
    lines += ["}", "", "__all__ = ["]
    lines += [f'    "{n}",' for n in sorted(["ErrorCode", *(c.class_name for c in named)])] + ["]"]
    return "\n".join(lines) + "\n"


def _format(files: dict[str, str]) -> dict[str, bytes]:
    try:
        return {f"sdk/{name}": data for name, data in pyformat.format_python(files).items()}
    except pyformat.FormatError as exc:
        raise SurfaceError(str(exc)) from None


def render(api: model.Api) -> dict[str, bytes]:
    """The files of `magic_hour_api/sdk/` (paths relative to the package), from the model (names attached)."""
    try:
        tree = api.tree()
    except model.ModelError as exc:
        raise SurfaceError(str(exc)) from None
    result_home = {
        _result_class(op): top.name
        for top in tree.values()
        for m in top.walk()
        for op in m.ops.values()
        if op.is_project
    }
    files: dict[str, str] = {"_engine.py": _STATIC.read_text(encoding="utf-8")}
    typed: dict[str, list[str]] = {}
    for name, top in tree.items():
        writer = ModuleWriter(top)
        files[f"v1/{name}.py"] = writer.render(result_home)
        typed[name] = sorted(writer.types.names)
    files["v1/__init__.py"] = _v1_init(tree)
    files["__init__.py"] = _sdk_init(tree, result_home)
    files["params.py"] = _params_module(tree, typed)
    files["error_codes.py"] = _error_codes_module(api.error_codes)
    return _format(files)
