"""Enum values the document dropped but the API still takes: listed again in openapi.yaml, marked as kept.

A correction `x-sdk-deprecated-values: {<value>: {send: as-is, ...}}` says the value goes over the wire as it
is. Everything generated from openapi.yaml (the typed surface's Literal, the generated model's enum check, the
request checks, the sandbox) must then accept it, so the value goes back into the field's `enum`, and
`x-sdk-kept-values` names it: the change report and the SDK's DeprecationWarning still treat it as dropped.
Values sent some other way (`drop`, `{map: ...}`) are replaced before any of that sees them.
"""

from __future__ import annotations

from typing import Any

from compiler.read import document


def _as_is(entry: Any) -> bool:
    return not isinstance(entry, dict) or entry.get("send", "as-is") in ("as-is", None)


def list_again(doc: dict[str, Any]) -> None:
    """Put each request enum value kept `send: as-is` back into its field's enum (in place)."""
    for _, _, op in document.operations(doc):
        body = op.get("requestBody")
        schema = body.get("content", {}).get("application/json", {}).get("schema") if isinstance(body, dict) else None
        for _, node in document.schemas(schema):
            values, enum = node.get("x-sdk-deprecated-values"), node.get("enum")
            if not isinstance(values, dict) or not isinstance(enum, list):
                continue
            kept = [v for v, entry in values.items() if _as_is(entry) and v not in enum]
            if kept:
                enum.extend(kept)
                node["x-sdk-kept-values"] = kept
