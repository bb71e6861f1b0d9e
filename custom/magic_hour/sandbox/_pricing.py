"""What a project costs, from the spec's `x-pricing` (CONTRIBUTING lists the vocabulary): a unit price changed
by body fields' values, times the units the project has; never an operation's or model's name."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

from ._shape import key, value


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
