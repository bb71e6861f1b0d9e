"""Module docs from the spec: one Markdown file per tag, in the house format of the module document.

Everything outside the CUSTOM DOCS markers is derived from openapi.yaml; the text between them is
hand-written and carried over byte for byte. A file with damaged markers stops the run: nothing is lost.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

START = "<!-- CUSTOM DOCS START -->"
END = "<!-- CUSTOM DOCS END -->"
_METHODS = ("get", "put", "post", "delete", "patch")


class DocsError(Exception):
    """A docs file cannot be regenerated without losing hand-written text."""


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _resolve(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    return schema


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split()).replace("|", "\\|")


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


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


def _rows(spec: dict[str, Any], schema: dict[str, Any], depth: int, example: Any) -> list[str]:
    schema = _resolve(spec, schema)
    props: dict[str, Any] = schema.get("properties", {})
    required = set(schema.get("required", []))
    order = sorted(props, key=lambda name: (name not in required, name))
    rows = []
    for name in order:
        prop = props[name]
        resolved = _resolve(spec, prop)
        sample = prop.get("example", resolved.get("example"))
        if sample is None and isinstance(example, dict):
            sample = example.get(name)
        label = f"`{'└─ ' * min(depth, 1)}{name}`" if depth else f"`{name}`"
        description = _one_line(prop.get("description") or resolved.get("description"))
        if prop.get("deprecated"):
            description = f"Deprecated. {description}"
        shown = f"`{_json(sample)}`" if sample is not None else ""
        rows.append(f"| {label} | {'✓' if name in required else '✗'} | {description} | {shown} |")
        if resolved.get("type") == "object" and resolved.get("properties"):
            rows += _rows(spec, resolved, depth + 1, sample if isinstance(sample, dict) else None)
        elif resolved.get("type") == "array" and _resolve(spec, resolved.get("items", {})).get("properties"):
            first = sample[0] if isinstance(sample, list) and sample else None
            rows += _rows(spec, resolved["items"], depth + 1, first)
    return rows


def _python(value: Any) -> str:
    """A Python literal in the official SDK's style (double-quoted strings)."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_python(k)}: {_python(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_python(v) for v in value) + "]"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    return repr(value)


def _snippet(spec: dict[str, Any], op: dict[str, Any], tag: str, path_params: list[dict[str, Any]]) -> str:
    args = [f"{p['name']}={_python(p.get('example', p['schema'].get('example')))}" for p in path_params]
    body = op.get("requestBody")
    if body:
        schema = _resolve(spec, body["content"]["application/json"]["schema"])
        example = schema.get("example", {})
        args += [f"{key}={_python(value)}" for key, value in sorted(example.items())]
    method = op.get("x-sdk-method")
    if method:
        call = "\n".join(["res = client." + method + "(", *[f"    {a}," for a in args], ")"])
        head = 'from magic_hour import Client\nfrom os import getenv\n\nclient = Client(token=getenv("API_TOKEN"))\n'
        return f"```python\n{head}{call}\n```"
    module = _snake(op["operationId"])
    call = "\n".join([f"res = {module}.sync(", "    client=client,", *[f"    {a}," for a in args], ")"])
    head = (
        f"# No hand-written wrapper yet: call the generated client directly.\n"
        "from magic_hour_api import AuthenticatedClient\n"
        f"from magic_hour_api.api.{tag} import {module}\n"
        "from os import getenv\n\n"
        'client = AuthenticatedClient(base_url="https://api.magichour.ai", token=getenv("API_TOKEN"))\n'
    )
    return f"```python\n{head}{call}\n```"


def _operation(spec: dict[str, Any], path: str, method: str, op: dict[str, Any], tag: str, shared: list[Any]) -> str:
    sdk = op.get("x-sdk-method", "")
    anchor = sdk.split(".", 2)[-1].replace(".", "-") if sdk else _snake(op["operationId"])
    params = [p for p in [*shared, *op.get("parameters", [])] if p.get("in") == "path"]
    out = [f'### {op.get("summary", op["operationId"])} <a name="{anchor}"></a>', ""]
    if op.get("description"):
        out += [op["description"].strip(), ""]
    out += [f"**API Endpoint**: `{method.upper()} {path}`", "", "#### Parameters", ""]
    out += ["| Parameter | Required | Description | Example |", "|-----------|:--------:|-------------|--------|"]
    for p in params:
        example = p.get("example", p["schema"].get("example"))
        out.append(f"| `{p['name']}` | ✓ | {_one_line(p.get('description'))} | `{_json(example)}` |")
    body = op.get("requestBody")
    if body:
        schema = body["content"]["application/json"]["schema"]
        out += _rows(spec, schema, 0, _resolve(spec, schema).get("example"))
    out += ["", "#### Example Snippet", "", _snippet(spec, op, tag, params), "", "#### Response", ""]
    ok = next((op["responses"][c] for c in ("200", "201") if c in op["responses"]), None)
    schema = ok["content"]["application/json"]["schema"] if ok and "content" in ok else None
    if schema is None:
        out += ["No content: the call returns `None` when it succeeds.", ""]
    else:
        name = schema["$ref"].rsplit("/", 1)[1]
        out += ["##### Type", f"[{name}](/generated/magic_hour_api/models/{_snake(name)}.py)", ""]
        example = _resolve(spec, schema).get("example")
        if example is not None:
            out += ["##### Example", f"`{_json(example)}`", ""]
    return "\n".join(out)


def render_module(spec: dict[str, Any], tag: str, custom: str) -> str:
    sections = []
    for path, item in spec["paths"].items():
        shared = item.get("parameters", [])
        for method in _METHODS:
            op = item.get(method)
            if op and tag in op.get("tags", []):
                sections.append(_operation(spec, path, method, op, tag, shared))
    head = f"# v1.{tag}\n\n## Module Functions\n\n{custom}\n"
    return head + "\n".join(sections).rstrip() + "\n"


def render_all(spec: dict[str, Any], docs_dir: Path) -> dict[str, bytes]:
    """File name -> contents for every module, keeping each existing file's hand-written section."""
    tags = [t["name"] for t in spec.get("tags", [])]
    for item in spec["paths"].values():
        for method in _METHODS:
            for tag in (item.get(method) or {}).get("tags", []):
                if tag not in tags:
                    tags.append(tag)
    return {
        f"{tag}.md": render_module(spec, tag, custom_section(docs_dir / f"{tag}.md")).encode("utf-8") for tag in tags
    }
