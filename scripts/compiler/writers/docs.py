"""Module docs from the spec: one Markdown file per SDK module, in the house format of the module document.

Everything outside the CUSTOM DOCS markers is derived from openapi.yaml (the `generate` sections too: the
workflow is written once, so its section can be); the text between them is hand-written and carried over
byte for byte. A file with damaged markers stops the run: nothing is lost. Every snippet runs against the
sandbox in tests/test_examples.py, so the examples are built to be valid requests (`sandbox.examples`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from magic_hour.sandbox.examples import body_for

from compiler.model import emit
from compiler.writers import surface

START = "<!-- CUSTOM DOCS START -->"
END = "<!-- CUSTOM DOCS END -->"
_METHODS = ("get", "put", "post", "patch", "delete")
_JSON = "application/json"
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


def _resolve(spec: dict[str, Any], schema: Any) -> Any:
    while isinstance(schema, dict) and "$ref" in schema:
        node: Any = spec
        for part in schema["$ref"].lstrip("#/").split("/"):
            node = node[part]
        schema = node
    return schema


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


def _describe(prop: Mapping[str, Any], item: Mapping[str, Any] | None, *, generate: bool) -> str:
    """A field's description; `item` is the schema of an array's items (whose asset type a file list shows)."""
    text = _one_line(prop.get("description") or (item or {}).get("description"))
    if prop.get("deprecated"):
        text = f"Deprecated. {text}"
    values = prop.get("enum") or prop.get("x-known-values")
    if values:
        text += " One of: " + ", ".join(_code(v) for v in values) + "."
    where = "a local path (uploaded for you), " if generate else ""
    if "x-asset-type" in prop:
        kinds = prop["x-asset-type"]
        kind = _article(" or ".join(kinds) if isinstance(kinds, list) else kinds)
        text = f"{kind} file: {where}an `api-assets/...` path from an upload, or a URL. {text}"
    elif item is not None and "x-asset-type" in item:
        kinds = item["x-asset-type"]
        each = f"each {where}an `api-assets/...` path from an upload, or a URL"
        text = f"A list of {' or '.join(kinds) if isinstance(kinds, list) else kinds} files: {each}. {text}"
    return text.strip()


def _rows(spec: dict[str, Any], schema: Any, parents: tuple[str, ...], *, generate: bool) -> list[str]:
    """Table rows of an object's fields, then of the fields nested in each (`└─ face_mappings[].new_face`)."""
    schema = _resolve(spec, schema)
    props: dict[str, Any] = schema.get("properties", {})
    required = set(schema.get("required", []))
    rows = []
    for name in sorted(props, key=lambda n: (n not in required, n)):
        prop = _resolve(spec, props[name])
        is_array = prop.get("type") == "array"
        target = _resolve(spec, prop.get("items", {})) if is_array else prop
        # The top level is plain, its fields `└─ name`; deeper ones name their path from there, so that a field
        # of an array's items is not mistaken for a field beside the array.
        label = _code(name) if not parents else _code(f"└─ {''.join(p + '.' for p in parents[1:])}{name}")
        example = prop.get("example")
        shown = _code(_json(example)) if example is not None else ""
        described = _describe(prop, target if is_array else None, generate=generate)
        rows.append(f"| {label} | {'✓' if name in required else '✗'} | {described} | {shown} |")
        if target.get("properties"):
            rows += _rows(spec, target, (*parents, f"{name}[]" if is_array else name), generate=generate)
    return rows + _deprecated_rows(schema, props, len(parents))


def _deprecated_rows(schema: Mapping[str, Any], props: Mapping[str, Any], depth: int) -> list[str]:
    """Fields the document dropped that the corrections keep accepted (`x-sdk-deprecated`), last."""
    kept = schema.get("x-sdk-deprecated")
    rows = []
    for name, entry in kept.items() if isinstance(kept, Mapping) else ():
        if name in props or not isinstance(entry, Mapping):
            continue
        instead = f" Use `{_one_line(str(entry['replacement']))}` instead." if entry.get("replacement") else ""
        since = f" since {_one_line(str(entry['since']))}" if entry.get("since") else ""
        label = f"`{'└─ ' * min(depth, 1)}{_one_line(str(name))}`"
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


def _ok_schema(spec: dict[str, Any], op: dict[str, Any]) -> dict[str, Any] | None:
    ok = _resolve(spec, op.get("responses", {}).get("200"))
    schema = (ok or {}).get("content", {}).get(_JSON, {}).get("schema")
    return _resolve(spec, schema) if schema is not None else None


def _example_of(spec: dict[str, Any], schema: Any) -> Any:
    schema = _resolve(spec, schema)
    if "example" in schema:
        return schema["example"]
    if schema.get("properties"):
        return {name: _example_of(spec, prop) for name, prop in schema["properties"].items()}
    return None


def _response(spec: dict[str, Any], op: dict[str, Any], type_name: str | None) -> list[str]:
    schema = _ok_schema(spec, op)
    if schema is None:
        return ["#### Response", "", "No content: the call returns `None` when it succeeds.", ""]
    out = ["#### Response", "", "##### Type", f"`{type_name or 'dict'}`", ""]
    example = _example_of(spec, schema)
    if example is not None:
        out += ["##### Example", f"`{_json(example)}`", ""]
    return out


def _body(spec: dict[str, Any], op: dict[str, Any]) -> dict[str, Any] | None:
    schema = op.get("requestBody", {}).get("content", {}).get(_JSON, {}).get("schema")
    return _resolve(spec, schema) if schema is not None else None


def _example_body(spec: dict[str, Any], schema: dict[str, Any], files: Mapping[str, str]) -> dict[str, Any]:
    """A valid request for the snippet, whose objects show their files even where none is required.

    `body_for` gives the required fields only, so an object whose files are all optional (the image editor's
    `assets`) would be shown as `{}`: a request that edits nothing. Such an object gets its files.
    """
    body = body_for(schema, files)
    props = schema.get("properties", {})
    for name, value in body.items():
        if value != {} or name not in props:
            continue
        for field, sub in (_resolve(spec, props[name]).get("properties") or {}).items():
            sub = _resolve(spec, sub)
            item = _resolve(spec, sub.get("items", {})) if sub.get("type") == "array" else None
            if sub.get("deprecated"):
                continue
            if "x-asset-type" in sub:
                value[field] = files[sub["x-asset-type"]]
            elif item is not None and "x-asset-type" in item:
                value[field] = [files[item["x-asset-type"]]]
    return body


def _create(spec: dict[str, Any], module: str, path: str, op: dict[str, Any], names: Mapping[str, str]) -> str:
    schema = _body(spec, op) or {}
    body = _example_body(spec, schema, UPLOADED_FILES)
    out = [f'### {_one_line(op.get("summary") or op["operationId"])} <a name="create"></a>', ""]
    if op.get("description"):
        out += [emit.markdown_block(op["description"]), ""]
    out += [
        f"**API Endpoint**: `POST {path}`",
        "",
        "#### Parameters",
        "",
        *_TABLE,
        *_rows(spec, schema, (), generate=False),
    ]
    python = surface.parameter_names(schema) if schema else {}
    args = [f"{python.get(key, key)}={_python(value)}" for key, value in body.items()]
    shown = "print(res.id)\n" if "id" in (_ok_schema(spec, op) or {}).get("properties", {}) else "print(res)\n"
    out += ["", "#### Example Snippet", "", _snippet(_call(f"client.v1.{module}.create", args), shown), ""]
    return "\n".join(out + _response(spec, op, names.get(f"POST {path}")))


def _generate(spec: dict[str, Any], module: str, path: str, op: dict[str, Any], follow: tuple[str, str]) -> str:
    schema = _body(spec, op) or {}
    body = _example_body(spec, schema, LOCAL_FILES)
    kind, result = follow
    out = [
        f'### {_one_line(op.get("summary") or op["operationId"])}: generate <a name="generate"></a>',
        "",
        "The whole workflow in one call:",
        "",
        "1. checks every field and file first, so a mistake costs neither bytes nor credits;",
        "2. uploads every local file the request names (one upload-URLs request);",
        f"3. creates the project (`POST {path}`; this charges credits);",
        f"4. waits for it (`client.v1.{kind}.check_result` resumes a wait by id, charging nothing again);",
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
    python = surface.parameter_names(schema) if schema else {}
    args = [f"{python.get(key, key)}={_python(value)}" for key, value in body.items()]
    args.append('download_directory="outputs"')
    after = "print(res.status, res.downloaded_paths)\n"
    out += [_snippet(_call(f"client.v1.{module}.generate", args), after), ""]
    out += ["#### Response", "", "##### Type", f"`{result}`: the project's fields and `downloaded_paths`.", ""]
    return "\n".join(out)


def _item(
    spec: dict[str, Any], module: str, verb: str, method: str, path: str, op: dict[str, Any], names: Mapping[str, str]
) -> str:
    out = [f'### {_one_line(op.get("summary") or op["operationId"])} <a name="{verb}"></a>', ""]
    if op.get("description"):
        out += [emit.markdown_block(op["description"]), ""]
    out += [f"**API Endpoint**: `{method} {path}`", "", "#### Parameters", "", *_TABLE]
    params = re.findall(r"\{(\w+)\}", path)
    out += [f'| `{p}` | ✓ | The id create returned. | `"{PROJECT_ID}"` |' for p in params]
    query = [q for q in op.get("parameters") or [] if isinstance(q, dict) and q.get("in") == "query"]
    for q in query:
        schema = _resolve(spec, q.get("schema") or {})
        example = schema.get("example", (schema.get("enum") or [None])[0])
        shown = f"`{emit.markdown(_python(example))}`" if example is not None else ""
        name = emit.markdown(str(q.get("name", "")))
        mark = "✓" if q.get("required") else "✗"
        out.append(f"| `{name}` | {mark} | {emit.markdown(q.get('description') or '')} | {shown} |")
    args = [f'{p}="{PROJECT_ID}"' for p in params]
    if verb == "list":
        first = next((q for q in query if (_resolve(spec, q.get("schema") or {}).get("enum"))), None)
        pick = [f"{first['name']}={_python(_resolve(spec, first['schema'])['enum'][0])}"] if first else []
        walk = f"for item in client.v1.{module}.list({', '.join(args + pick)}):  # every page, one by one"
        out += ["", "#### Example Snippet", "", _snippet(walk, "    print(item.to_dict())\n"), ""]
        out += [
            "`.iter_pages()`, `.has_next_page()` and `.get_next_page()` walk the pages themselves; the first",
            "page's `items` and `next_cursor` are the API's answer, as the official SDK has them.",
            "",
        ]
        return "\n".join(out + _response(spec, op, names.get(f"{method} {path}")))
    call = _call(f"client.v1.{module}.{verb}", args)
    after = ("print(res.status)\n" if params else "print(res.to_dict())\n") if verb == "get" else ""
    out += ["", "#### Example Snippet", "", _snippet(call, after), ""]
    return "\n".join(out + _response(spec, op, names.get(f"{method} {path}")))


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
    return "".join(part.title() for part in module.split("_")) + "Result"


def render_module(spec: dict[str, Any], top: str, custom: str, names: Mapping[str, str]) -> str:
    by_id = {op.get("operationId"): (m.upper(), p, op) for p, item in spec["paths"].items() for m, op in item.items()}
    sections = []
    for path, item in spec["paths"].items():
        for method in _METHODS:
            op = item.get(method)
            if not op or op.get("x-sdk-module", "").split(".")[0] != top:
                continue
            module, verb = op["x-sdk-module"], op.get("x-sdk-method")
            if op.get("x-sdk-role") == "upload-urls":
                sections.append(_upload_file())
            if verb == "create":
                link = (_resolve(spec, op["responses"].get("200", {})).get("links") or {}).get("result")
                if link and link.get("operationId") in by_id:
                    follow = by_id[link["operationId"]][2]["x-sdk-module"]
                    sections.append(_generate(spec, module, path, op, (follow, _result_name(follow))))
                sections.append(_create(spec, module, path, op, names))
            elif verb in ("get", "delete", "list"):
                sections.append(_item(spec, module, verb, method.upper(), path, op, names))
                if verb == "get" and "x-sdk-project" in op:
                    sections.append(_check_result(module, _result_name(module)))
    head = f"# v1.{top}\n\n## Module Functions\n\n{custom}\n"
    return head + "\n".join(sections).rstrip() + "\n"


def _index(tops: list[str], spec: dict[str, Any]) -> str:
    lines = [
        "# The v1 modules",
        "",
        "Generated from openapi.yaml; each page has the calls, parameters and examples.",
        "",
    ]
    lines += ["| Module | Calls | What it does |", "|--------|-------|--------------|"]
    for top in tops:
        ops = [op for item in spec["paths"].values() for op in item.values() if isinstance(op, dict)]
        mine = [op for op in ops if op.get("x-sdk-module", "").split(".")[0] == top]
        calls = sorted(
            {op.get("x-sdk-method", "") for op in mine}
            | ({"generate"} if any("links" in op["responses"].get("200", {}) for op in mine) else set())
            | ({"check_result"} if any("x-sdk-project" in op for op in mine) else set())
            | ({"upload_file", "upload_files"} if any(op.get("x-sdk-role") == "upload-urls" for op in mine) else set())
        )
        summary = next((_one_line(op.get("summary")) for op in mine if op.get("x-sdk-method") == "create"), "")
        lines.append(f"| [`v1.{top}`]({top}.md) | {', '.join(c for c in calls if c)} | {summary} |")
    return "\n".join(lines) + "\n"


def render_all(spec: dict[str, Any], docs_dir: Path, names: Mapping[str, str] | None = None) -> dict[str, bytes]:
    """File name -> contents for every module and the index, keeping each file's hand-written section.

    `names` maps "METHOD path" to the type the call returns (from the generated client).
    """
    tops = sorted(
        {
            op["x-sdk-module"].split(".")[0]
            for item in spec["paths"].values()
            for op in item.values()
            if isinstance(op, dict) and op.get("x-sdk-module")
        }
    )
    out = {
        f"{top}.md": render_module(spec, top, custom_section(docs_dir / f"{top}.md"), names or {}).encode("utf-8")
        for top in tops
    }
    out["README.md"] = _index(tops, spec).encode("utf-8")
    return out
