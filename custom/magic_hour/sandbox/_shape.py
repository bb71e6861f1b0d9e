"""What a project's output looks like and what it costs, from the spec's `x-output-shape` and `x-pricing`.

Both are read generically (CONTRIBUTING lists their vocabulary): a field of the body and what its values mean,
never an operation's name. The renderer makes what `output_shape` says; `price` charges for it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from typing import Any

import attrs

from .. import _spec
from ._render import DEFAULT_SIZE, FPS, Measured

_RATIO = re.compile(r"^(\d+(?:\.\d+)?):(\d+(?:\.\d+)?)$")


def value(schema: Mapping[str, Any], body: Mapping[str, Any], dotted: str) -> Any:
    """The body's value at a dotted field, else the field's default in the schema (what the API then uses)."""
    node: Any = body
    prop: Any = schema
    for part in dotted.split("."):
        prop = _spec.resolve(_spec.resolve(prop).get("properties", {}).get(part, {}))
        node = node.get(part) if isinstance(node, Mapping) else None
    return node if node is not None else prop.get("default")


def key(found: Any) -> str:
    """A body value as the extensions write it: `true`, `4` (also for 4.0), `1k`."""
    if isinstance(found, bool):
        return "true" if found else "false"
    if isinstance(found, float) and found.is_integer():
        return str(int(found))
    return str(found)


def _number(found: Any) -> float | None:
    return float(found) if isinstance(found, int | float) and not isinstance(found, bool) and found > 0 else None


def _even(side: float) -> int:
    return max(2, 2 * round(side / 2))


@attrs.frozen
class Shape:
    """What the output is to be: (width, height), frames a second (video), and whether it has sound."""

    size: tuple[int, int]
    fps: float
    audio: bool


def _resize(size: tuple[float, float], *, long: float | None = None, short: float | None = None) -> tuple[int, int]:
    width, height = size
    factor = long / max(width, height) if long else (short / min(width, height) if short else 1.0)
    return round(width * factor), round(height * factor)


def output_shape(
    schema: Mapping[str, Any], body: Mapping[str, Any], source: Measured | None, plan: str | None = None
) -> Shape:
    """The output's shape: the input's own (or the sandbox's small default), then what the body's fields ask,
    then the plan's limit on the longest side (`plan_max_side`)."""
    rules = schema.get("x-output-shape")
    rules = rules if isinstance(rules, Mapping) else {}
    base: tuple[float, float] = source.size if source is not None and source.size else DEFAULT_SIZE
    size: tuple[float, float] = base
    ratio = _RATIO.match(str(value(schema, body, rules["aspect_ratio"]))) if "aspect_ratio" in rules else None
    if ratio:  # the asked ratio at the size's area-keeping long side
        w, h = float(ratio[1]), float(ratio[2])
        long = max(size)
        size = (long, long * h / w) if w >= h else (long * w / h, long)
    resolution = rules.get("resolution")
    if isinstance(resolution, Mapping):
        sized = resolution.get("sizes", {}).get(key(value(schema, body, str(resolution.get("field")))))
        if isinstance(sized, Mapping):
            size = _resize(size, long=sized.get("long"), short=sized.get("short"))
    width = _number(value(schema, body, rules["width"])) if "width" in rules else None
    height = _number(value(schema, body, rules["height"])) if "height" in rules else None
    if width and height:
        size = (width, height)
    scale = _number(value(schema, body, rules["scale"])) if "scale" in rules else None
    if scale:
        size = (size[0] * scale, size[1] * scale)
    longest = _number(value(schema, body, rules["max_side"])) if "max_side" in rules else None
    if longest and max(size) > longest:
        size = _resize(size, long=longest)
    limit = _number((rules.get("plan_max_side") or {}).get(plan or ""))
    if limit and max(size) > limit:
        size = _resize(size, long=limit)
    audio_field = rules.get("audio")
    return Shape(
        (max(1, round(size[0])), max(1, round(size[1]))),
        _fps(schema, body, rules.get("fps"), source.fps if source is not None else None),
        bool(value(schema, body, str(audio_field))) if audio_field else False,
    )


def _fps(schema: Mapping[str, Any], body: Mapping[str, Any], rule: Any, own: float | None) -> float:
    """Frames a second: the field's (`fps`), at most the input's (`at_most_input`) or a share of it (`of_input`);
    without a rule, the input's own, else the sandbox's."""
    base = own or FPS
    if not isinstance(rule, Mapping):
        return base
    found = value(schema, body, str(rule.get("field")))
    shares = rule.get("of_input")
    if isinstance(shares, Mapping):
        share = _number(shares.get(key(found)))
        return base * share if share else base
    asked = _number(found)
    if asked is None:
        return base
    return min(asked, own) if rule.get("at_most_input") and own else asked


# ----- prices ----------------------------------------------------------------------------------------------


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
