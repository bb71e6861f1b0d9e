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


#: Everything in the spec the custom layer uses by name: (schema, property or ``x-`` extension).
#: `contract_problems()` checks them all at once, so a regenerated spec that drops one fails the
#: suite with the missing names instead of failing obscurely at run time.
DEPENDENCIES: tuple[tuple[str, str], ...] = (
    ("CreateTalkingPhotoRequest", "assets"),
    ("CreateTalkingPhotoRequest", "start_seconds"),
    ("CreateTalkingPhotoRequest", "end_seconds"),
    ("CreateTalkingPhotoRequest", "name"),
    ("CreateTalkingPhotoRequest", "style"),
    ("CreateTalkingPhotoRequest", "x-max-clip-seconds"),
    ("TalkingPhotoAssets", "image_file_path"),
    ("TalkingPhotoAssets", "audio_file_path"),
    ("TalkingPhotoStyle", "generation_mode"),
    ("CreateTalkingPhotoResponse", "id"),
    ("AssetType", "x-extensions"),
    ("UploadUrlRequestItem", "type"),
    ("UploadUrlRequestItem", "extension"),
    ("CreateUploadUrlsRequest", "items"),
    ("UploadUrl", "upload_url"),
    ("UploadUrl", "file_path"),
    ("VideoProject", "id"),
    ("VideoProject", "status"),
    ("VideoProject", "credits_charged"),
    ("VideoProject", "error"),
    ("VideoProject", "downloads"),
    ("VideoDownload", "url"),
    ("VideoProjectError", "code"),
    ("VideoProjectError", "message"),
)
OPERATIONS = ("createTalkingPhoto", "createUploadUrls", "getVideoProject", "deleteVideoProject")


def contract_problems() -> list[str]:
    """What the custom layer needs from the spec and does not find there (empty when all is well)."""
    problems = []
    schemas = document().get("components", {}).get("schemas", {})
    for schema_name, key in DEPENDENCIES:
        found = schemas.get(schema_name)
        if found is None:
            problems.append(f"schema {schema_name} is missing")
        elif key.startswith("x-") and key not in found:
            problems.append(f"{schema_name} lost its {key!r} extension")
        elif not key.startswith("x-") and key not in found.get("properties", {}):
            problems.append(f"field {schema_name}.{key} is missing")
    ops = {
        op.get("operationId") for item in document()["paths"].values() for op in item.values() if isinstance(op, dict)
    }
    problems += [f"operation {op} is missing" for op in OPERATIONS if op not in ops]
    return problems
