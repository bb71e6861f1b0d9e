"""The OpenAPI document the generated client was built from, read at run time.

Enums, limits and the allowed extensions live in the spec; reading them here (instead of re-typing them)
means a regenerated spec moves the SDK's validation and the sandbox's rules with it.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any, cast

_PACKAGE = "magic_hour_api"

#: Where the custom layer expects each spec fact; named in the error when a regenerated spec lost one.
_SCHEMAS = "#/components/schemas"


class SpecContractError(RuntimeError):
    """The spec no longer has something the custom layer depends on (raised at import or first use)."""


@cache
def document() -> dict[str, Any]:
    """The whole OpenAPI document shipped inside the generated package."""
    text = resources.files(_PACKAGE).joinpath("openapi.json").read_text(encoding="utf-8")
    return cast(dict[str, Any], json.loads(text))


def schema(name: str) -> dict[str, Any]:
    """The component schema `name`; a missing one is a contract break, named as such."""
    try:
        return cast(dict[str, Any], document()["components"]["schemas"][name])
    except KeyError:
        raise SpecContractError(
            f"openapi.yaml has no schema {_SCHEMAS}/{name}, which the magic_hour custom layer uses. "
            "Restore it or update custom/ to match the new API."
        ) from None


def extension(schema_name: str, key: str) -> Any:
    """A vendor extension (`x-...`) of a component schema, required to be present."""
    value = schema(schema_name).get(key)
    if value is None:
        raise SpecContractError(
            f"openapi.yaml lost {key!r} on {_SCHEMAS}/{schema_name}, which the magic_hour custom layer uses."
        )
    return value


def property_schema(schema_name: str, prop: str) -> dict[str, Any]:
    """The schema of one property; missing means custom/ and the spec disagree."""
    props = schema(schema_name).get("properties", {})
    if prop not in props:
        raise SpecContractError(
            f"openapi.yaml has no field {prop!r} in {_SCHEMAS}/{schema_name}, which the magic_hour custom "
            "layer uses. Restore it or update custom/ to match the new API."
        )
    return cast(dict[str, Any], props[prop])


def extensions_by_asset_type() -> dict[str, tuple[str, ...]]:
    """File extensions the API accepts for each asset type (`video`, `audio`, `image`)."""
    table = extension("AssetType", "x-extensions")
    return {kind: tuple(exts) for kind, exts in table.items()}


def max_clip_seconds() -> float:
    """The longest audio clip (end - start) one talking photo may use."""
    return float(extension("CreateTalkingPhotoRequest", "x-max-clip-seconds"))


def deprecated_generation_modes() -> dict[str, str]:
    """Deprecated `generation_mode` values and the value the API treats each as."""
    return dict(schema("GenerationMode").get("x-deprecated-values", {}))


def asset_fields() -> dict[str, str]:
    """Each asset field of a talking photo and the asset type it must hold (`image_file_path` -> `image`)."""
    props = schema("TalkingPhotoAssets").get("properties", {})
    return {name: str(p["x-asset-type"]) for name, p in props.items() if "x-asset-type" in p}


def operation(operation_id: str) -> tuple[str, str, dict[str, Any]]:
    """(method, path template, operation object) for an operationId."""
    for path, item in document()["paths"].items():
        for method, op in item.items():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                return method.upper(), path, op
    raise SpecContractError(f"openapi.yaml has no operation {operation_id!r}, which the magic_hour custom layer uses.")
