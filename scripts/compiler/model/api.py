"""The model of the API that writers read: typed facts built once from openapi.yaml's document.

The spec pipeline writes the vocabulary (`x-sdk-module`, `x-sdk-method`, `x-sdk-pagination`, `x-sdk-project`,
...) into the document; this reads it, with the error codes of every operation, into small frozen objects, so
that a writer asks the model, not the JSON tree. Text from the document stays plain text here: the writers make
code of it only through `emit`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from compiler.model import emit

_JSON = "application/json"
_METHODS = ("get", "put", "post", "patch", "delete")
#: "- `insufficient_credits`: Purchase credits before retrying." in a `code` field's description.
_CODE_LINE = re.compile(r"^\s*[-*]\s+`([^`]+)`\s*:\s*(.+?)\s*$", re.MULTILINE)


class ModelError(Exception):
    """The document cannot be read into the model; the message names what and where."""


@dataclass(frozen=True)
class ErrorCode:
    """An error the document names by its machine-readable `code`, under one HTTP status."""

    status: int
    code: str
    advice: str  # what the document says to do ("Purchase credits before retrying.")
    class_name: str  # the exception class users catch, when the status has more than one code; else ""


def _operations(doc: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        op
        for item in (doc.get("paths") or {}).values()
        if isinstance(item, dict)
        for method, op in item.items()
        if method in _METHODS and isinstance(op, dict)
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
