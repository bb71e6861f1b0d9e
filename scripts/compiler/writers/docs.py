"""Module docs from the model of the API: one Markdown file per SDK module, in the module document's format.

Everything outside the CUSTOM DOCS markers is derived from openapi.yaml as the model reads it (compiler/model:
operations, their request and answer fields, query parameters, links and the module tree), the `generate`
sections too (the workflow is written once, so its section can be); the text between the markers is
hand-written and carried over byte for byte. A file with damaged markers stops the run: nothing is lost. Every
snippet runs against the sandbox in tests/test_examples.py, so the examples are built to be valid requests
(`sandbox.examples`).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from magic_hour.sandbox.examples import body_for

from compiler.model import emit, names
from compiler.model.api import Api, Field, ModelError, Module, Operation
from compiler.writers import surface

START = "<!-- CUSTOM DOCS START -->"
END = "<!-- CUSTOM DOCS END -->"
#: The order a path's operations are documented in.
_METHODS = ("GET", "PUT", "POST", "PATCH", "DELETE")
#: The placeholders snippets use for files; tests/test_examples.py maps them to real samples and uploads.
LOCAL_FILES = {"image": "/path/to/1234.png", "audio": "/path/to/1234.mp3", "video": "/path/to/1234.mp4"}
UPLOADED_FILES = {
    "image": "api-assets/id/1234.png",
    "audio": "api-assets/id/1234.mp3",
    "video": "api-assets/id/1234.mp4",
}
PROJECT_ID = "cuid-example"
_HEAD = "from magic_hour import Client\n\nclient = Client()  # the token comes from MAGIC_HOUR_API_TOKEN\n"


class DocsError(Exception):
    """A docs file cannot be regenerated without losing hand-written text."""


def _one_line(text: str | None) -> str:
    return emit.markdown(text)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _code(value: Any) -> str:
    """A document value as an inline code span inside a table cell."""
    return "`" + emit.markdown(value if isinstance(value, str) else _json(value)).replace("`", "'") + "`"


def custom_section(path: Path) -> str:
    """The hand-written block of an existing file, markers included; empty markers for a new file."""
    if not path.exists():
        return f"{START}\n\n{END}"
    text = path.read_text(encoding="utf-8")
    starts, ends = text.count(START), text.count(END)
    if starts != 1 or ends != 1 or text.index(START) > text.index(END):
        raise DocsError(
            f"{path}: the CUSTOM DOCS markers are damaged (need exactly one {START} followed by one {END}); "
            "fix them by hand so the hand-written section is kept"
        )
    return text[text.index(START) : text.index(END) + len(END)]


# ----- tables ----------------------------------------------------------------------------------------------


def _article(word: str) -> str:
    return f"{'An' if word[:1].lower() in 'aeiou' else 'A'} {word}"


def _listed(field: Field) -> tuple[Any, ...]:
    """The values a field takes as the document lists them: the corrections append the kept ones last."""
    return field.values + field.kept_values


def _describe(field: Field, *, generate: bool) -> str:
    """A field's description; an array of files says the asset type of its items (and their description)."""
    item = field.items if field.kind == "array" else None
    text = _one_line(field.description or (item.description if item is not None else ""))
    if field.deprecated:
        text = f"Deprecated. {text}"
    if _listed(field):
        text += " One of: " + ", ".join(_code(v) for v in _listed(field)) + "."
    where = "a local path (uploaded for you), " if generate else ""
    if field.is_file:
        kind = _article(" or ".join(field.file_kinds))
        text = f"{kind} file: {where}an `api-assets/...` path from an upload, or a URL. {text}"
    elif item is not None and item.is_file:
        each = f"each {where}an `api-assets/...` path from an upload, or a URL"
        text = f"A list of {' or '.join(item.file_kinds)} files: {each}. {text}"
    return text.strip()


def _rows(field: Field, parents: tuple[str, ...], *, generate: bool) -> list[str]:
    """Table rows of an object's fields, then of the fields nested in each (`└─ face_mappings[].new_face`)."""
    rows = []
    for child in sorted(field.fields, key=lambda f: (not f.required, f.name)):
        is_array = child.kind == "array"
        target = child.items if is_array else child
        # The top level is plain, its fields `└─ name`; deeper ones name their path from there, so that a field
        # of an array's items is not mistaken for a field beside the array.
        label = _code(child.name) if not parents else _code(f"└─ {''.join(p + '.' for p in parents[1:])}{child.name}")
        shown = _code(_json(child.example)) if child.example is not None else ""
        described = _describe(child, generate=generate)
        rows.append(f"| {label} | {'✓' if child.required else '✗'} | {described} | {shown} |")
        if target is not None and target.fields:
            rows += _rows(target, (*parents, f"{child.name}[]" if is_array else child.name), generate=generate)
    return rows + _deprecated_rows(field, len(parents))


def _deprecated_rows(field: Field, depth: int) -> list[str]:
    """Rows of the fields the document dropped and the corrections keep accepted, after the object's own."""
    rows = []
    for kept in field.kept:
        if field.field(kept.name) is not None:
            continue
        instead = f" Use `{_one_line(kept.replacement)}` instead." if kept.replacement else ""
        since = f" since {_one_line(kept.since)}" if kept.since else ""
        label = f"`{'└─ ' * min(depth, 1)}{_one_line(kept.name)}`"
        rows.append(f"| {label} | ✗ | Deprecated{since}: still accepted, with a DeprecationWarning.{instead} | |")
    return rows


_TABLE = ["| Parameter | Required | Description | Example |", "|-----------|:--------:|-------------|--------|"]
_GENERATE_ROWS = [
    "| `wait_for_completion` | ✗ | Wait until the project ends (default `True`). | `True` |",
    "| `download_outputs` | ✗ | Save the outputs once it completes (default `True`). | `True` |",
    '| `download_directory` | ✗ | Where outputs are saved (default: the current directory). | `"outputs"` |',
    '| `output_name` | ✗ | File name stem for the outputs (default: the project id). | `"my-video"` |',
    "| `wait_timeout` | ✗ | Seconds to wait before raising WaitTimeoutError (default: the client's). | `600` |",
    "| `on_progress` | ✗ | Called with a ProgressEvent for uploads, creation, status and downloads. | |",
]


# ----- snippets --------------------------------------------------------------------------------------------


def _python(value: Any, indent: int = 4) -> str:
    """A Python literal in the official SDK's style (double-quoted strings)."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_python(k)}: {_python(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_python(v) for v in value) + "]"
    if isinstance(value, str):
        return emit.string(value)
    return repr(value)


def _call(target: str, args: list[str], result: str = "res") -> str:
    if not args:
        return f"{result} = {target}()"
    return "\n".join([f"{result} = {target}(", *[f"    {a}," for a in args], ")"])


def _snippet(call: str, after: str = "") -> str:
    return f"```python\n{_HEAD}{call}\n{after}```"


# ----- sections --------------------------------------------------------------------------------------------


def _example_of(field: Field) -> Any:
    """The document's example of a value, or one made of its fields' (an explicit `null` shows none)."""
    if field.has_example:
        return field.example
    if field.fields:
        return {child.name: _example_of(child) for child in field.fields}
    return None


def _response(op: Operation, types: Mapping[str, str]) -> list[str]:
    if op.response is None:
        return ["#### Response", "", "No content: the call returns `None` when it succeeds.", ""]
    out = ["#### Response", "", "##### Type", f"`{types.get(op.label) or 'dict'}`", ""]
    example = _example_of(op.response)
    if example is not None:
        out += ["##### Example", f"`{_json(example)}`", ""]
    return out


def _example_body(request: Field | None, files: Mapping[str, str]) -> dict[str, Any]:
    """A valid request for the snippet, whose objects show their files even where none is required.

    `body_for` gives the required fields only, so an object whose files are all optional (the image editor's
    `assets`) would be shown as `{}`: a request that edits nothing. Such an object gets its files.
    """
    if request is None:
        return body_for({}, files)
    body = body_for(request.schema, files)
    for name, value in body.items():
        field = request.field(name)
        if value != {} or field is None:
            continue
        for sub in field.fields:
            item = sub.items if sub.kind == "array" else None
            if sub.deprecated:
                continue
            if sub.is_file:
                value[sub.name] = files[sub.file_kinds[0]]
            elif item is not None and item.is_file:
                value[sub.name] = [files[item.file_kinds[0]]]
    return body


def _arguments(op: Operation, body: Mapping[str, Any]) -> list[str]:
    """`keyword=value` for each field of an example body, by the names `create()` and `generate()` take."""
    python = surface.parameter_names(op.request.schema) if op.request is not None and op.request.schema else {}
    return [f"{python.get(key, key)}={_python(value)}" for key, value in body.items()]


def _title(op: Operation) -> str:
    return _one_line(op.summary or op.operation_id)


def _create(op: Operation, types: Mapping[str, str]) -> str:
    body = _example_body(op.request, UPLOADED_FILES)
    out = [f'### {_title(op)} <a name="create"></a>', ""]
    if op.description:
        out += [emit.markdown_block(op.description), ""]
    out += [f"**API Endpoint**: `POST {op.path}`", "", "#### Parameters", "", *_TABLE]
    out += _rows(op.request, (), generate=False) if op.request is not None else []
    args = _arguments(op, body)
    shown = "print(res.id)\n" if op.response is not None and op.response.field("id") else "print(res)\n"
    out += ["", "#### Example Snippet", "", _snippet(_call(f"client.v1.{op.module}.create", args), shown), ""]
    return "\n".join(out + _response(op, types))


def _generate(op: Operation, follow: Operation) -> str:
    body = _example_body(op.request, LOCAL_FILES)
    out = [
        f'### {_title(op)}: generate <a name="generate"></a>',
        "",
        "The whole workflow in one call:",
        "",
        "1. checks every field and file first, so a mistake costs neither bytes nor credits;",
        "2. uploads every local file the request names (one upload-URLs request);",
        f"3. creates the project (`POST {op.path}`; this charges credits);",
        f"4. waits for it (`client.v1.{follow.module}.check_result` resumes a wait by id, charging nothing again);",
        "5. downloads its outputs, named after the project.",
        "",
        "#### Parameters",
        "",
        "The parameters of `create` below (file fields may be local paths), and:",
        "",
        *_TABLE,
        *_GENERATE_ROWS,
        "",
        "#### Example Snippet",
        "",
    ]
    args = [*_arguments(op, body), 'download_directory="outputs"']
    after = "print(res.status, res.downloaded_paths)\n"
    out += [_snippet(_call(f"client.v1.{op.module}.generate", args), after), ""]
    result = _result_name(follow.module)
    out += ["#### Response", "", "##### Type", f"`{result}`: the project's fields and `downloaded_paths`.", ""]
    return "\n".join(out)


def _query_rows(op: Operation) -> list[str]:
    """A row per query parameter: the parameter's own description, its schema's example or first value."""
    params = {param.get("name"): param for param in op.query_params}
    rows = []
    for field in op.query:
        param = params.get(field.name, {})
        example = field.example if field.has_example else next(iter(_listed(field)), None)
        shown = f"`{emit.markdown(_python(example))}`" if example is not None else ""
        mark = "✓" if field.required else "✗"
        described = emit.markdown(param.get("description") or "")
        rows.append(f"| `{emit.markdown(field.name)}` | {mark} | {described} | {shown} |")
    return rows


def _list_snippet(op: Operation, args: list[str]) -> list[str]:
    """A list walked item by item, filtered by its first query parameter that takes listed values."""
    first = next((field for field in op.query if _listed(field)), None)
    pick = [f"{first.name}={_python(_listed(first)[0])}"] if first is not None else []
    walk = f"for item in client.v1.{op.module}.list({', '.join(args + pick)}):  # every page, one by one"
    return [
        "",
        "#### Example Snippet",
        "",
        _snippet(walk, "    print(item.to_dict())\n"),
        "",
        "`.iter_pages()`, `.has_next_page()` and `.get_next_page()` walk the pages themselves; the first",
        "page's `items` and `next_cursor` are the API's answer, as the official SDK has them.",
        "",
    ]


def _item(op: Operation, types: Mapping[str, str]) -> str:
    out = [f'### {_title(op)} <a name="{op.verb}"></a>', ""]
    if op.description:
        out += [emit.markdown_block(op.description), ""]
    out += [f"**API Endpoint**: `{op.method} {op.path}`", "", "#### Parameters", "", *_TABLE]
    params = op.path_params
    out += [f'| `{p}` | ✓ | The id create returned. | `"{PROJECT_ID}"` |' for p in params]
    out += _query_rows(op)
    args = [f'{p}="{PROJECT_ID}"' for p in params]
    if op.verb == "list":
        return "\n".join(out + _list_snippet(op, args) + _response(op, types))
    call = _call(f"client.v1.{op.module}.{op.verb}", args)
    after = ("print(res.status)\n" if params else "print(res.to_dict())\n") if op.verb == "get" else ""
    out += ["", "#### Example Snippet", "", _snippet(call, after), ""]
    return "\n".join(out + _response(op, types))


def _check_result(module: str, result: str) -> str:
    args = [f'id="{PROJECT_ID}"', 'download_directory="outputs"']
    out = [
        '### Check result <a name="check-result"></a>',
        "",
        "Fetches the project, waits until it ends (unless `wait_for_completion=False`) and downloads its outputs.",
        "It resumes a `generate` whose wait timed out or was interrupted: nothing is created or charged again.",
        "",
        "#### Parameters",
        "",
        *_TABLE,
        f'| `id` | ✓ | The id create returned (or WaitTimeoutError.project_id). | `"{PROJECT_ID}"` |',
        *_GENERATE_ROWS,
        "",
        "#### Example Snippet",
        "",
        _snippet(_call(f"client.v1.{module}.check_result", args), "print(res.status, res.downloaded_paths)\n"),
        "",
        "#### Response",
        "",
        "##### Type",
        f"`{result}`: the project's fields and `downloaded_paths`.",
        "",
    ]
    return "\n".join(out)


def _upload_file() -> str:
    call = _call("client.v1.files.upload_file", [f'"{LOCAL_FILES["image"]}"'], "file_path")
    many = _call(
        "client.v1.files.upload_files", [f'["{LOCAL_FILES["image"]}", "{LOCAL_FILES["audio"]}"]'], "file_paths"
    )
    return "\n".join(
        [
            '### Upload file <a name="upload-file"></a>',
            "",
            "Uploads a local file to Magic Hour storage and returns the `api-assets/...` path to pass in `assets`",
            "(generate() does this for you). The file is checked first: it exists, is not empty, has an extension",
            "the API accepts and content that matches it.",
            "",
            "#### Example Snippet",
            "",
            _snippet(call, "print(file_path)\n"),
            "",
            '### Upload files <a name="upload-files"></a>',
            "",
            "Uploads several local files and returns their `api-assets/...` paths in the same order. Every file is",
            "checked before the first byte is sent, and one upload-URLs request serves them all (on `AsyncClient`",
            "the uploads run concurrently). `on_progress` receives the bytes uploaded of each file.",
            "",
            "#### Parameters",
            "",
            *_TABLE,
            '| `files` | ✓ | Local paths (or path objects), uploaded in this order. | `["face.png", "voice.mp3"]` |',
            "| `on_progress` | ✗ | Called with a ProgressEvent as each file's bytes go out. | |",
            "| `max_retries` | ✗ | Retries of each upload on transient failures (default: the client's). | `3` |",
            "",
            "#### Example Snippet",
            "",
            _snippet(many, "print(file_paths)\n"),
            "",
        ]
    )


def _result_name(module: str) -> str:
    """The Result class the surface gives a project module's `check_result` (`VideoProjectsResult`)."""
    return emit.pascal(module) + "Result"


def _ops_of(top: Module | None) -> set[Operation]:
    """Every operation of a top-level module and of its sub-modules (`files.upload_urls`)."""
    return {op for module in top.walk() for op in module.ops.values()} if top is not None else set()


def _in_document_order(api: Api, top: Module | None) -> list[Operation]:
    """The operations of one top-level module, path by path as the document has them, GET first within a path."""
    mine = _ops_of(top)
    paths: dict[str, int] = {}
    for op in api.operations:
        paths.setdefault(op.path, len(paths))
    ops = [op for op in api.operations if op in mine and op.method in _METHODS]
    return sorted(ops, key=lambda op: (paths[op.path], _METHODS.index(op.method)))


def _sections(op: Operation, types: Mapping[str, str]) -> list[str]:
    """The sections one operation adds to its module's page."""
    out = [_upload_file()] if op.role == "upload-urls" else []
    if op.verb == "create":
        if op.follow is not None:
            out.append(_generate(op, op.follow))
        out.append(_create(op, types))
    elif op.verb in ("get", "delete", "list"):
        out.append(_item(op, types))
        if op.is_project:
            out.append(_check_result(op.module, _result_name(op.module)))
    return out


def render_module(api: Api, top: str, custom: str) -> str:
    """The page of the top-level module `top`, around its hand-written section `custom`."""
    types = names.response_names(api)
    ops = _in_document_order(api, api.tree().get(top))
    sections = [section for op in ops for section in _sections(op, types)]
    head = f"# v1.{top}\n\n## Module Functions\n\n{custom}\n"
    return head + "\n".join(sections).rstrip() + "\n"


def _calls(ops: list[Operation]) -> list[str]:
    """The methods a module's page documents, by name."""
    return sorted(
        {op.verb for op in ops}
        | ({"generate"} if any(op.follow is not None for op in ops) else set())
        | ({"check_result"} if any(op.project is not None for op in ops) else set())
        | ({"upload_file", "upload_files"} if any(op.role == "upload-urls" for op in ops) else set())
    )


def _index(api: Api, tree: Mapping[str, Module]) -> str:
    lines = [
        "# The v1 modules",
        "",
        "Generated from openapi.yaml; each page has the calls, parameters and examples.",
        "",
    ]
    lines += ["| Module | Calls | What it does |", "|--------|-------|--------------|"]
    for top, module in tree.items():
        mine = _ops_of(module)
        ops = [op for op in api.operations if op in mine]  # the first create in the document gives the summary
        summary = next((_one_line(op.summary) for op in ops if op.verb == "create"), "")
        lines.append(f"| [`v1.{top}`]({top}.md) | {', '.join(_calls(ops))} | {summary} |")
    return "\n".join(lines) + "\n"


def render_all(api: Api, docs_dir: Path) -> dict[str, bytes]:
    """File name -> contents for every module and the index, keeping each file's hand-written section."""
    try:
        tree = api.tree()
    except ModelError as exc:
        raise DocsError(str(exc)) from None
    out = {f"{top}.md": render_module(api, top, custom_section(docs_dir / f"{top}.md")).encode("utf-8") for top in tree}
    out["README.md"] = _index(api, tree).encode("utf-8")
    return out
