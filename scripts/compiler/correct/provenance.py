"""Whether the corrections in spec/overlay.yaml still match the document they were copied from.

A correction that restates prose (a rule "required if ...", a clip limit, deprecated values) records where
the prose was: `x-source` on the overlay action, a list of `{pointer: <RFC 6901 pointer into Magic Hour's
document>, sha256: <of the text there>}`. When the text changes, the correction may be stale: the report
says which one, and the new fingerprint to record once it has been reviewed. A correction may also name
enum values (in `x-rules`, `x-clip` conditions, `x-deprecated-values`) that the document does not have.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from typing import Any


def fingerprint(text: str) -> str:
    """The sha256 that `x-source` records for a piece of prose."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def resolve_pointer(doc: Any, pointer: str) -> Any:
    """The value at an RFC 6901 pointer, or None when the document has nothing there."""
    node = doc
    for raw in pointer.split("/")[1:] if pointer else []:
        part = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return None
    return node


def _label(n: int, action: dict[str, Any]) -> str:
    first = re.split(r"[.;:(](?:\s|$)|\s\(", " ".join(str(action.get("description", "")).split()))[0]
    return f"correction {n + 1} ({first})"


def stale_sources(upstream: dict[str, Any], overlay: dict[str, Any]) -> list[str]:
    """One line per correction whose source prose changed or went, with what to do."""
    out = []
    for n, action in enumerate(overlay.get("actions", [])):
        sources = action.get("x-source") or []
        for source in sources if isinstance(sources, list) else [sources]:
            pointer = str(source.get("pointer", ""))
            text = resolve_pointer(upstream, pointer)
            if not isinstance(text, str):
                gone = "which the document no longer has: review it"
                out.append(f"{_label(n, action)} was copied from {pointer}, {gone}")
            elif fingerprint(text) != source.get("sha256"):
                out.append(
                    f"{_label(n, action)} was copied from prose that changed ({pointer}): review it against the new "
                    f"text, then set that x-source's sha256 to {fingerprint(text)}"
                )
    return out


def _named_values(condition: Any, schema: Any, where: str) -> Iterator[tuple[str, Any, list[Any]]]:
    """(field, value, the document's values) for each const/enum a condition names on an enum field."""
    if not isinstance(condition, dict) or not isinstance(schema, dict):
        return
    known = schema.get("enum") or schema.get("x-known-values")
    if isinstance(known, list):
        named = [condition["const"]] if "const" in condition else list(condition.get("enum") or [])
        for value in named:
            if value not in known:
                yield where, value, known
    props = schema.get("properties")
    for name, sub in (condition.get("properties") or {}).items():
        found = props.get(name) if isinstance(props, dict) else None
        yield from _named_values(sub, found, f"{where}.{name}" if where else name)


def unknown_values(doc: dict[str, Any], overlay: dict[str, Any]) -> list[str]:
    """One line per enum value a correction names that the document (corrections applied) does not list."""
    import jsonpath_rfc9535 as jsonpath

    out = []
    for n, action in enumerate(overlay.get("actions", [])):
        update = action.get("update")
        if not isinstance(update, dict):
            continue
        for node in jsonpath.finditer(str(action.get("target", "")), doc):
            schema = node.value
            conditions = [r.get(k) for r in update.get("x-rules") or [] for k in ("if", "then")]
            conditions += [limit.get("when") for limit in (update.get("x-clip") or {}).get("limits") or []]
            found = [hit for c in conditions for hit in _named_values(c, schema, "")]
            replaced = update.get("x-deprecated-values") or {}
            known = schema.get("enum") if isinstance(schema, dict) else None
            if isinstance(replaced, dict) and isinstance(known, list):
                found += [("", value, known) for value in replaced.values() if value not in known]
            for where, value, values in dict.fromkeys((w, v, tuple(k)) for w, v, k in found):
                field = f" {where}" if where else ""
                out.append(
                    f"{_label(n, action)} names {value!r} for{field or ' its field'}, which the document does not "
                    f"list (it lists {', '.join(map(repr, values))}): correct it"
                )
    return out
