"""What a project's output looks like, from the spec's `x-output-shape`: read generically (CONTRIBUTING lists
the vocabulary), a field of the body and what its values mean, never an operation's name."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import attrs

from .._pricing import key, value
from ._render import DEFAULT_SIZE, FPS, Measured

_RATIO = re.compile(r"^(\d+(?:\.\d+)?):(\d+(?:\.\d+)?)$")


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
    then the plan's limit on the short side (`plan_max_short_side`)."""
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
        chosen = value(schema, body, str(resolution.get("field")))
        if chosen is None:  # left out: the plan's default, where the document gives one per tier
            chosen = (resolution.get("default_by_plan") or {}).get(plan or "")
        sized = resolution.get("sizes", {}).get(key(chosen))
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
    limit = _number((rules.get("plan_max_short_side") or {}).get(plan or ""))
    if limit and min(size) > limit:  # "free users are limited to 576px; higher plans unlock HD": 576p at most
        size = _resize(size, short=limit)
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
