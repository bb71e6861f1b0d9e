"""The names openapi-python-client gives the generated code, asked once and kept on the model's operations.

openapi-python-client writes the endpoint modules and attrs models; the typed surface, the docs and the webhook
events refer to them by its names (`magic_hour_api.api.face_swap.face_swap_create_image`,
`models.face_swap_create_image_response:FaceSwapCreateImageResponse`), so the model asks its parser, the one
authority on them, rather than guess.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from compiler.model.api import Api, ModelError, Operation

PACKAGE = "magic_hour_api"


_PARSED: dict[tuple[str, str, str], Any] = {}


def _parsed(spec_path: Path, config_path: Path) -> Any:
    """openapi-python-client's view of the spec, parsed once per text (a generation asks three times)."""
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser.openapi import GeneratorData

    text = spec_path.read_text(encoding="utf-8")
    key = (str(spec_path), str(config_path), text)
    if key not in _PARSED:
        import yaml

        config = Config.from_sources(
            ConfigFile.load_from_path(config_path), MetaType.NONE, spec_path, "utf-8", False, None
        )
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        _PARSED.clear()
        _PARSED[key] = GeneratorData.from_dict(yaml.load(text, Loader=loader), config=config)
    return _PARSED[key]


def attach(api: Api, spec_path: Path, config_path: Path) -> None:
    """Ask openapi-python-client's parser what it calls each endpoint module and model."""
    from openapi_python_client.parser.openapi import GeneratorData

    data = _parsed(spec_path, config_path)
    if not isinstance(data, GeneratorData):
        raise ModelError(f"openapi-python-client could not parse the spec: {data}")
    ops = [op for op in api.operations if op.verb]
    by_key = {(op.method.lower(), op.path): op for op in ops}
    for tag, collection in data.endpoint_collections_by_tag.items():
        for endpoint in collection.endpoints:
            op = by_key.get((endpoint.method, _plain(endpoint.path)))
            if op is None:
                continue
            op.endpoint = f"{PACKAGE}.api.{tag}.{endpoint.name}"
            if endpoint.bodies:
                info = endpoint.bodies[0].prop.class_info  # type: ignore[attr-defined]
                op.body_model = f"{PACKAGE}.models.{info.module_name}:{info.name}"
            op.query_names = {_plain(p.name): str(p.python_name) for p in endpoint.query_parameters}
            for response in endpoint.responses.patterns:
                info = getattr(response.prop, "class_info", None)
                if str(response.status_code.pattern) == "200" and info is not None:
                    op.response_model = f"{PACKAGE}.models.{info.module_name}:{info.name}"
                    op.item_model = _item_model(response.prop, op.pagination.items if op.pagination else None)
    # openapi-python-client leaves out, with only a warning, an endpoint it cannot parse: refuse instead.
    skipped = {_plain(getattr(e, "header", "")): _plain(getattr(e, "detail", "")) for e in data.errors}
    missing = [op for op in ops if not op.endpoint]
    if missing:
        why = "; ".join(f"{op.label}" for op in missing)
        detail = "; ".join(f"{head}: {text}" for head, text in skipped.items() if head or text)
        raise ModelError(
            f"openapi-python-client could not write these operations, so they would have no SDK method: {why}"
            + (f" ({detail})" if detail else "")
        )


def _item_model(prop: Any, items: str | None) -> str | None:
    """ "module:Class" of the elements of the page field `items` of a response model, when they are models."""
    fields = [*getattr(prop, "required_properties", []), *getattr(prop, "optional_properties", [])]
    for inner in (getattr(f, "inner_property", None) for f in fields if items and _plain(f.name) == items):
        info = getattr(inner, "class_info", None)
        if info is not None:
            return f"{PACKAGE}.models.{info.module_name}:{info.name}"
    return None


def _plain(text: Any) -> str:
    getter = getattr(text, "get_untrusted_value", None)
    return str(getter() if getter else text)


def response_names(api: Api) -> dict[str, str]:
    """ "METHOD path" -> the class each call returns (the generated model of its 200 answer)."""
    return {op.label: op.response_model.split(":")[1] for op in api.operations if op.response_model}


__all__ = ["Operation", "attach", "response_names"]
