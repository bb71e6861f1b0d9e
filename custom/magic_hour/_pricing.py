"""What a project costs, from the spec's `x-pricing` (CONTRIBUTING lists the vocabulary): a unit price changed
by body fields' values, times the units the project has; never an operation's or model's name.

One module for everyone who prices: the sandbox (what it charges), and before a create, batch's credit cap and
the MCP server's (`estimate`)."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

from . import _spec


def value(schema: Mapping[str, Any], body: Mapping[str, Any], dotted: str) -> Any:
    """The body's value at a dotted field, else the field's default in the schema (what the API then uses)."""
    node: Any = body
    prop: Any = schema
    for part in dotted.split("."):
        prop = (prop.get("properties", {}) if isinstance(prop, Mapping) else {}).get(part, {})
        node = node.get(part) if isinstance(node, Mapping) else None
    return node if node is not None else (prop.get("default") if isinstance(prop, Mapping) else None)


def key(found: Any) -> str:
    """A body value as the extensions write it: `true`, `4` (also for 4.0), `1k`."""
    if isinstance(found, bool):
        return "true" if found else "false"
    if isinstance(found, float) and found.is_integer():
        return str(int(found))
    return str(found)


def _term_applies(schema: Mapping[str, Any], body: Mapping[str, Any], term: Mapping[str, Any]) -> bool:
    condition = term.get("if")
    if not isinstance(condition, Mapping):
        return True
    return key(value(schema, body, str(condition.get("field")))) in map(str, condition.get("in", ()))


def unit_price(pricing: Mapping[str, Any], schema: Mapping[str, Any], body: Mapping[str, Any]) -> float:
    """Credits a unit (an output, a frame, a character) costs for this body: `each`, changed by each term."""
    price = float(pricing.get("each", 0))
    for term in pricing.get("terms", ()):
        if not isinstance(term, Mapping) or not _term_applies(schema, body, term):
            continue
        given = value(schema, body, str(term.get("field")))
        found = key(term.get("default") if given is None else given)
        for op in ("set", "times", "plus"):
            table = term.get(op)
            if isinstance(table, Mapping) and found in table and isinstance(table[found], int | float):
                amount = float(table[found])
                price = amount if op == "set" else price * amount if op == "times" else price + amount
    return price


def units(pricing: Mapping[str, Any], *, outputs: int, frames: int, characters: int, seconds: float) -> float:
    """How many units the price counts: outputs, frames, characters of text, seconds, or one run."""
    per = pricing.get("per")
    counts = {"output": outputs, "frame": frames, "character": characters, "second": seconds, "run": 1}
    return float(counts.get(str(per), outputs))


def total(pricing: Mapping[str, Any], schema: Mapping[str, Any], body: Mapping[str, Any], count: float) -> int:
    """Whole credits for `count` units, rounded up as the document says (`round: up`)."""
    amount = unit_price(pricing, schema, body) * count
    return math.ceil(round(amount, 6)) if pricing.get("round", "up") == "up" else round(amount)


def text_length(pricing: Mapping[str, Any], body: Mapping[str, Any]) -> int:
    """Characters of the fields a per-character price counts (`text`)."""
    count = 0
    for dotted in pricing.get("text", ()):
        node: Any = body
        for part in str(dotted).split("."):
            node = node.get(part) if isinstance(node, Mapping) else None
        count += len(node) if isinstance(node, str) else 0
    return count


def plan_problem(
    pricing: Mapping[str, Any], schema: Mapping[str, Any], body: Mapping[str, Any], plan: str
) -> str | None:
    """Why this account's plan may not make this request (`plans`: values only some plans may use), or None."""
    for rule in pricing.get("plans", ()):
        if not isinstance(rule, Mapping):
            continue
        field = str(rule.get("field"))
        found = value(schema, body, field)
        allowed: Sequence[str] = rule.get("values", {}).get(key(found), ()) if found is not None else ()
        if allowed and plan not in allowed:
            plans = ", ".join(allowed[:-1]) + (" or " if len(allowed) > 1 else "") + allowed[-1]
            return (
                f"{field} {key(found)!r} needs the {plans} plan; this account is on the {plan} plan. "
                f"Choose another {field.rsplit('.', 1)[-1]} or upgrade the plan."
            )
    return None


def outputs(schema: Mapping[str, Any], body: Mapping[str, Any]) -> int:
    """The outputs a body asks for: its `x-output-count` field as given, else that field's default, else 1."""
    for name, prop in (schema.get("properties") or {}).items():
        if isinstance(prop, Mapping) and prop.get("x-output-count"):
            count = body.get(name, prop.get("default"))
            if isinstance(count, int | float) and not isinstance(count, bool):
                return max(1, math.ceil(count))
    return 1


def _frames(schema: Mapping[str, Any], body: Mapping[str, Any]) -> int | None:
    """The frames a clip makes when the body alone says so: its length (`x-clip`) times a frame rate a field sets
    (or caps: `at_most_input`). None where the rate is the input's, which only the file can tell."""
    clip = schema.get("x-clip")
    rule = (schema.get("x-output-shape") or {}).get("fps")
    if not isinstance(clip, Mapping) or not isinstance(rule, Mapping) or "of_input" in rule or not rule.get("field"):
        return None

    def number(found: Any) -> float | None:
        return float(found) if isinstance(found, int | float) and not isinstance(found, bool) else None

    end = number(body.get(str(clip.get("end"))))
    start = number(body.get(str(clip["start"]))) if clip.get("start") else 0.0
    fps = number(value(schema, body, str(rule["field"])))
    if end is None or start is None or fps is None:
        return None
    return math.ceil((end - start) * fps)


def estimate(method: str, path: str, body: Mapping[str, Any]) -> int | None:
    """Credits the create `method path` with `body` costs, as far as the document lets one know before it is
    sent (`estimate_for`)."""
    return estimate_for(_spec.body_schema(_spec.operation(method, path)) or {}, body)


def estimate_for(schema: Mapping[str, Any], body: Mapping[str, Any]) -> int | None:
    """Credits a request body of `schema` costs: outputs, characters of text and runs exactly; frames where the
    body sets the frame rate. None where the document states no price, or the price follows what only the
    input file or the render can tell (the frames of an input video)."""
    pricing = schema.get("x-pricing")
    if not isinstance(pricing, Mapping) or not isinstance(pricing.get("each"), int | float):
        return None
    per = pricing.get("per", "output")
    if per == "frame":
        frames = _frames(schema, body)
        if frames is None:
            return None
        count: float = frames
    elif per == "second":
        return None
    else:
        count = units(pricing, outputs=outputs(schema, body), frames=0, characters=text_length(pricing, body),
                      seconds=0.0)  # fmt: skip
    return total(pricing, schema, body, count)


def described(schema: Mapping[str, Any]) -> str | None:
    """The price of a request body of `schema` in words, for a tool's or a command's description
    (`5 credits an output, changed by model`); None where the document states none."""
    pricing = schema.get("x-pricing")
    if not isinstance(pricing, Mapping) or not isinstance(pricing.get("each"), int | float):
        return None
    each = pricing["each"]
    unit = {"output": "an output", "frame": "a frame", "character": "a character of text", "second": "a second",
            "run": "a run"}.get(str(pricing.get("per", "output")), "a unit")  # fmt: skip
    fields = sorted({str(t.get("field")) for t in pricing.get("terms", ()) if isinstance(t, Mapping)})
    by = f", changed by {', '.join(fields)}" if fields else ""
    return f"{each:g} credit{'' if each == 1 else 's'} {unit}{by}"
