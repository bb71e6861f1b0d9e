"""What a create costs, what it makes and which fields it ignores, read from the document's own words.

Writes three extensions on each create's request body (CONTRIBUTING lists them), which the sandbox reads without
knowing any operation:

- `x-pricing`: `per` (output | frame | character | second | run), `each` (credits per unit), `terms` that change
  the price of a unit by a body field's value (`set`, `times`, `plus`; `default`, the value the prose says the API
  uses when the field is left out; optionally only `if` another field is among values), `text` (the fields whose
  characters count), `plans` (values only some plans may use) and `round` (`up`: whole credits, rounded up).
- `x-output-shape`: which fields say the output's aspect ratio, resolution (with each value's size), width and
  height, longest side, scale of the input, frame rate (its own, at most the input's, or a share of the input's)
  and audio, the short side a plan may have (`plan_max_short_side`: "free users are limited to 576px") and the
  resolution each plan gets by default (`default_by_plan`: "Defaults to `720p` on paid tiers and `480p` on free").
- `x-project-type` on the create: the project GET's `type` for it, as that field's description lists them.
- `x-selected-by` on a field the document calls "required if `<sibling>` is `<value>`": with another value the
  field is unused (the SDK neither uploads nor sends it, the sandbox ignores it).

Prose too irregular for a rule is corrected in spec/overlay.yaml (its pricing section, at its end), as an
`x-pricing` on the request body that this module merges with what it infers, with `x-source` naming the prose.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

_JSON = "application/json"
PLANS = ("free", "creator", "pro", "business")

#: "Each GIF costs 50 credits", "Each character costs 0.1 credits".
_EACH = re.compile(r"\beach ([\w ]{1,30}?) costs (\d+(?:\.\d+)?) credits?\b", re.IGNORECASE)
#: "Credits depend on `resolution` (from 50 credits at 640px upward)".
_FROM = re.compile(r"\bfrom (\d+(?:\.\d+)?) credits? at `?([\w.-]+)`?", re.IGNORECASE)
#: A model table's line: "- `nano-banana-pro` - from 150 credits/image".
_MODEL_PRICE = re.compile(r"^\s*[-*]\s*`([^`]+)`\s*-\s*from (\d+(?:\.\d+)?) credits?/\w+", re.MULTILINE)
#: The line under it: "  - Available for tiers: creator, pro, business".
_MODEL_TIERS = re.compile(r"^\s*[-*]\s*Available for tiers:\s*([\w ,]+)$", re.MULTILINE | re.IGNORECASE)
#: "* `pro` - Premium fidelity ... Costs 2 credits per frame of video."
_PER_FRAME = re.compile(r"^\s*[-*]\s*`([^`]+)`[^\n]*?Costs (\d+(?:\.\d+)?) credits? per frame", re.M | re.I)
#: "`"balanced"` and `"creative"` use the creative pipeline (2x credit multiplier)", written with a times sign.
_MULTIPLIER = re.compile(r"\((\d+(?:\.\d+)?)\s*[\u00d7x] credit multiplier\)", re.IGNORECASE)
#: "* **`veo3.1`**: Toggle-able: audio adds extra credits when enabled".
_AUDIO_EXTRA = re.compile(r"^\s*[-*]\s*\*\*`([^`]+)`\*\*:[^\n]*adds extra credits", re.MULTILINE | re.IGNORECASE)
#: "Note: `standard` and `pro` are only available for users on Creator, Pro, and Business tiers."
_TIER_NOTE = re.compile(r"((?:`[^`]+`(?:,? (?:and|or) |, )?)+) (?:is|are) only available for users on ([\w ,]+) tiers")
#: "Required if `video_source` is `file`", "(required if `audio_source` is `youtube`)".
_REQUIRED_IF = re.compile(r"required if `(\w+)` is `([\w-]+)`", re.IGNORECASE)
#: "- `1k` — up to 1024px".
_UP_TO = re.compile(r"`([\w.-]+)`\s*[\u2014\u2013-]+\s*up to (\d+)\s*px", re.IGNORECASE)
#: The credits of a video follow its frames: "adjusted upon completion based on the actual FPS".
_FRAME_PRICED = re.compile(r"based on the actual FPS|charged for the frames", re.IGNORECASE)
_RATIO = re.compile(r"^\d+:\d+$")
#: "Defaults to `"balanced"`."
_DEFAULTS_TO = re.compile(r"Defaults to `\"?([\w.-]+)\"?`")


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _number(text: str) -> int | float:
    value = float(text)
    return int(value) if value.is_integer() else value


def _props(schema: dict[str, Any], where: str = "") -> Iterator[tuple[str, dict[str, Any], dict[str, Any]]]:
    """(dotted name, schema, the object holding it) of every property, objects inside objects included."""
    for name, prop in _dict(schema.get("properties")).items():
        if not isinstance(prop, dict):
            continue
        dotted = f"{where}.{name}" if where else str(name)
        yield dotted, prop, schema
        if prop.get("type") == "object" or "properties" in prop:
            yield from _props(prop, dotted)


def _values(prop: dict[str, Any]) -> list[Any]:
    return list(prop.get("enum") or prop.get("x-known-values") or [])


def key(value: Any) -> str:
    """A body value as the key the extensions use: `true`, `4` (also for 4.0), `1k`."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# ----- prices ----------------------------------------------------------------------------------------------


def _text_fields(body: dict[str, Any]) -> list[str]:
    """Free text a per-character price counts: strings that are no file, choice or label ("for identification")."""
    out = []
    for dotted, prop, _ in _props(body):
        described = str(prop.get("description", "")).lower()
        if prop.get("type") != "string" or "x-asset-type" in prop or _values(prop) or "identification" in described:
            continue
        if "url" in dotted.lower() or prop.get("format") in ("uri", "date-time"):
            continue
        out.append(dotted)
    return out


def _pricing(op: dict[str, Any], body: dict[str, Any], media: str, credits_text: str) -> dict[str, Any] | None:
    description = str(op.get("description", ""))
    pricing: dict[str, Any] = {}
    terms: list[dict[str, Any]] = []
    plans: list[dict[str, Any]] = []
    if found := _EACH.search(description):
        unit = found.group(1).lower()
        per = "character" if unit.startswith("character") else "output"
        pricing.update(per=per, each=_number(found.group(2)))
    elif found := _FROM.search(description):
        pricing.update(per="output", each=_number(found.group(1)))
    elif media == "video" and _FRAME_PRICED.search(credits_text + description):
        pricing.update(per="frame", each=1)
    for dotted, prop, _ in _props(body):
        text = str(prop.get("description", ""))
        prices = {m: _number(n) for m, n in _MODEL_PRICE.findall(text)}
        if prices:
            terms.append({"field": dotted, "set": prices})
            pricing.setdefault("per", "output")
            pricing.setdefault("each", min(prices.values()))
            tiers = _model_tiers(text)
            if tiers:
                plans.append({"field": dotted, "values": tiers})
        frames = {m: _number(n) for m, n in _PER_FRAME.findall(text)}
        if frames:
            terms.append({"field": dotted, "set": frames})
        times = _multipliers(text, _values(prop))
        if times:
            terms.append({"field": dotted, "times": times})
        if prop.get("type") == "boolean":
            models = _AUDIO_EXTRA.findall(text)
            model_field = next((d for d, p, _ in _props(body) if set(models) <= set(map(str, _values(p)))), None)
            if models and model_field:
                terms.append({"field": dotted, "plus": {"true": None}, "if": {"field": model_field, "in": models}})
        for names, tiers in _TIER_NOTE.findall(text):
            allowed = [t.strip().lower() for t in re.split(r",|\band\b|\bor\b", tiers) if t.strip()]
            plans.append({"field": dotted, "values": {v: allowed for v in re.findall(r"`([^`]+)`", names)}})
    props = {dotted: prop for dotted, prop, _ in _props(body)}
    for term in terms:
        said = _DEFAULTS_TO.search(str(props.get(term["field"], {}).get("description", "")))
        if said and "default" not in props.get(term["field"], {}):
            term["default"] = said.group(1)  # what the API uses when the field is left out
    if "per" not in pricing:
        return None
    pricing["round"] = "up"
    if pricing["per"] == "character":
        pricing["text"] = _text_fields(body)
    if terms:
        pricing["terms"] = terms
    if plans:
        pricing["plans"] = plans
    return pricing


def _model_tiers(text: str) -> dict[str, list[str]]:
    """Each model's "Available for tiers" line, for the models not open to every plan."""
    out = {}
    starts = list(_MODEL_PRICE.finditer(text))
    for n, found in enumerate(starts):
        end = starts[n + 1].start() if n + 1 < len(starts) else len(text)
        tiers = _MODEL_TIERS.search(text, found.end(), end)
        if tiers:
            allowed = [t.strip().lower() for t in tiers.group(1).split(",") if t.strip()]
            if set(PLANS) - set(allowed):
                out[found.group(1)] = allowed
    return out


def _multipliers(text: str, values: list[Any]) -> dict[str, int | float]:
    """`value` -> N for each sentence naming values and "(N x credit multiplier)" (a times sign in the prose)."""
    out: dict[str, int | float] = {}
    for sentence in re.split(r"(?<=[.)])\s+", text):
        factor = _MULTIPLIER.search(sentence)
        if not factor:
            continue
        for name in re.findall(r'`"?([^`"]+)"?`', sentence):
            if name in map(str, values):
                out[name] = _number(factor.group(1))
    return out


# ----- shapes ----------------------------------------------------------------------------------------------


def _sizes(prop: dict[str, Any]) -> dict[str, dict[str, int]]:
    """Each resolution value's size: the prose's "`1k` — up to 1024px", `720p` (the short side), `640px` (the
    long side); `4k` among `…p` values is 2160p."""
    values = [str(v) for v in _values(prop)]
    stated = {name: int(px) for name, px in _UP_TO.findall(str(prop.get("description", "")))}
    video = any(re.fullmatch(r"\d+p", v) for v in values)
    out: dict[str, dict[str, int]] = {}
    for value in values:
        if value in stated:
            out[value] = {"long": stated[value]}
        elif m := re.fullmatch(r"(\d+)p", value):
            out[value] = {"short": int(m[1])}
        elif m := re.fullmatch(r"(\d+)px", value):
            out[value] = {"long": int(m[1])}
        elif (m := re.fullmatch(r"(\d+)k", value)) and video:
            out[value] = {"short": int(m[1]) * 540}
        elif m := re.fullmatch(r"(\d+)k", value):
            out[value] = {"long": int(m[1]) * 1024}
    return out


#: "Resolution: free users are limited to 576px".
_PLAN_LIMIT = re.compile(r"\b(free|creator|pro|business) (?:users|tier|plan)s? (?:are|is) limited to (\d+)\s*px", re.I)


#: "Defaults to `720p` on paid tiers and `480p` on free tiers", "Defaults to `480p` for free tier and `720p` for paid".
_TIER_DEFAULT = re.compile(r"`([\w.-]+)`\s+(?:on|for)\s+(free|paid)\b", re.IGNORECASE)


def _tier_defaults(text: str, values: list[str]) -> dict[str, str]:
    """The value each plan gets when the field is left out, where the prose says it differs by tier."""
    said = text[text.find("Defaults to") :] if "Defaults to" in text else ""
    found = {tier.lower(): value for value, tier in _TIER_DEFAULT.findall(said.split(".")[0]) if value in values}
    if "free" not in found or "paid" not in found:
        return {}
    return {plan: found["free" if plan == "free" else "paid"] for plan in PLANS}


def _shape(body: dict[str, Any], description: str = "") -> dict[str, Any]:
    shape: dict[str, Any] = {}
    limits = {plan.lower(): int(px) for plan, px in _PLAN_LIMIT.findall(description)}
    if limits:
        shape["plan_max_short_side"] = limits
    for dotted, prop, _ in _props(body):
        name, kind = dotted.rsplit(".", 1)[-1], prop.get("type")
        values = [str(v) for v in _values(prop)]
        if prop.get("deprecated"):
            continue
        if name == "aspect_ratio" and any(_RATIO.match(v) for v in values):
            shape["aspect_ratio"] = dotted
        elif name == "resolution" and _sizes(prop):
            shape["resolution"] = {"field": dotted, "sizes": _sizes(prop)}
            by_plan = _tier_defaults(str(prop.get("description", "")), values)
            if by_plan:
                shape["resolution"]["default_by_plan"] = by_plan
        elif name in ("width", "height") and kind in ("integer", "number"):
            shape[name] = dotted
        elif name == "max_resolution" and kind in ("integer", "number"):
            shape["max_side"] = dotted
        elif name == "scale_factor" and kind in ("integer", "number"):
            shape["scale"] = dotted
        elif name == "fps" and kind in ("integer", "number"):
            shape["fps"] = {"field": dotted}
        elif name == "max_fps_limit" and kind in ("integer", "number"):
            shape["fps"] = {"field": dotted, "at_most_input": True}
        elif name == "fps_resolution" and values:
            text = str(prop.get("description", ""))
            shares = {}
            for value in values:
                line = re.search(rf"`{re.escape(value)}`[^\n]*", text)
                said = line.group(0).lower() if line else ""
                shares[value] = 0.5 if "half" in said else 1 if "same" in said else None
            if all(v is not None for v in shares.values()):
                shape["fps"] = {"field": dotted, "of_input": shares}
        elif name == "audio" and kind == "boolean":
            shape["audio"] = dotted
    return shape


# ----- unused fields ---------------------------------------------------------------------------------------


def _selected_by(body: dict[str, Any]) -> None:
    for _, prop, holder in _props(body):
        if "x-selected-by" in prop:
            continue
        found = _REQUIRED_IF.findall(str(prop.get("description", "")))
        siblings = _dict(holder.get("properties"))
        for field, value in found[:1]:
            sibling = _dict(siblings.get(field))
            if value in map(str, _values(sibling)):
                prop["x-selected-by"] = {"field": field, "values": [value]}


# ----- project types ---------------------------------------------------------------------------------------

_POSSIBLE = re.compile(r"Possible values are ([A-Z0-9_, ]+)")


def _project_type(module: str, described: str) -> str | None:
    """The project GET's `type` for a create, from the values its description lists ("Possible values are
    AI_IMAGE, ..."): the listed name made of the module's words (`ai_image_generator` -> AI_IMAGE), those ending
    on its last word first (`ai_image_upscaler` -> IMAGE_UPSCALER), then the longest."""
    listed = _POSSIBLE.search(described)
    words = module.upper().split("_")
    if not listed or not module:
        return None
    names = [n.strip() for n in listed.group(1).split(",") if n.strip()]
    fits = [n for n in names if set(n.split("_")) <= set(words)]
    if not fits:
        return None
    return max(fits, key=lambda n: (n.split("_")[-1] == words[-1], len(n.split("_")), n == module.upper()))


# ----- the whole document ----------------------------------------------------------------------------------


def _creates(doc: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any], dict[str, Any], str, dict[str, Any]]]:
    """(method, path, operation, body, media, the project GET's answer properties) of every followed create."""
    by_id = {}
    for path, item in _dict(doc.get("paths")).items():
        for op in _dict(item).values():
            if isinstance(op, dict) and op.get("operationId"):
                by_id[op["operationId"]] = (path, op)
    for path, item in _dict(doc.get("paths")).items():
        for method, op in _dict(item).items():
            if method != "post" or not isinstance(op, dict):
                continue
            link = _dict(_dict(_dict(op.get("responses")).get("200")).get("links")).get("result")
            body = _dict(_dict(_dict(op.get("requestBody")).get("content")).get(_JSON)).get("schema")
            target = by_id.get(_dict(link).get("operationId"))
            if not isinstance(body, dict) or target is None:
                continue
            media = str(_dict(target[1].get("x-sdk-project")).get("media", ""))
            ok = _dict(_dict(_dict(_dict(target[1].get("responses")).get("200")).get("content")).get(_JSON))
            yield method, path, op, body, media, _dict(_dict(ok.get("schema")).get("properties"))


def _correct(pricing: dict[str, Any] | None, fix: dict[str, Any]) -> dict[str, Any]:
    """A correction's `x-pricing`: its keys replace the inferred ones; a term (or plan) on a field the inference
    found is merged into it (so a correction may give only the amount the prose leaves open), others are added."""
    out = dict(pricing or {})
    for name, value in _dict(fix.get("x-pricing")).items():
        if name not in ("terms", "plans"):
            out[name] = value
    for name in ("terms", "plans"):
        fixed = {t.get("field"): t for t in _dict(fix.get("x-pricing")).get(name, []) if isinstance(t, dict)}
        merged = [{**t, **fixed.pop(t.get("field"), {})} for t in out.get(name, [])] + list(fixed.values())
        if merged:
            out[name] = merged
    return out


def infer(doc: dict[str, Any], notes: Any = None) -> None:
    """Add x-pricing, x-output-shape, x-project-type and x-selected-by to every followed create (see above).

    An `x-pricing` the overlay already put on a body is a correction: its keys win, its terms and plans are merged
    into the inferred ones on the same field. What stays unknown (a price the document never states, an amount it
    leaves open) is no error: `python scripts/compiler/correct/pricing.py` lists it."""
    for _method, _path, op, body, media, answer in _creates(doc):
        credits_text = str(_dict(answer.get("credits_charged")).get("description", ""))
        kind = _project_type(str(op.get("x-sdk-module", "")), str(_dict(answer.get("type")).get("description", "")))
        if kind:
            op.setdefault("x-project-type", kind)
        _selected_by(body)
        shape = _shape(body, str(op.get("description", "")))
        if shape:
            body.setdefault("x-output-shape", shape)
        pricing = _pricing(op, body, media, credits_text)
        fix = body.pop("x-pricing", None)
        if isinstance(fix, dict):
            pricing = _correct(pricing, {"x-pricing": fix})
        if pricing:
            body["x-pricing"] = pricing


def unknown(doc: dict[str, Any]) -> list[str]:
    """What the sandbox cannot charge as the API does: creates with no price, amounts the prose leaves open."""
    out = []
    for method, path, _, body, _, _ in _creates(doc):
        pricing = body.get("x-pricing")
        if not isinstance(pricing, dict):
            out.append(f"{method.upper()} {path}: no price stated; the sandbox charges nothing for it")
            continue
        for term in pricing.get("terms", []):
            if None in _dict(term.get("plus")).values():
                out.append(
                    f"{method.upper()} {path}: {term['field']} adds credits, the document says, but not how many"
                )
    return out
