"""`client.v1.<module>` for a module this SDK's spec lacks: an error that says why and what to do.

Code written for the official `magic-hour` SDK may reach a module of an API newer than the OpenAPI document
this SDK was built from. A bare AttributeError reads like a typo; this one says whether the official SDK has
the module (the spec's `info.x-official-sdk` lists its modules) and that a newer document brings it.
"""

from __future__ import annotations

import difflib
from typing import TYPE_CHECKING, Any, NoReturn

from magic_hour_api.sdk import V1, AsyncV1

from . import _spec
from ._errors import MagicHourError


class ModuleNotInSpecError(AttributeError, MagicHourError):
    """`client.v1.<name>` is no module of this SDK's spec (an AttributeError, so `hasattr` keeps working)."""


def _official() -> tuple[str, str, tuple[str, ...]]:
    """(package, version, v1 modules) of the official SDK, as the spec records them (empty when it does not)."""
    info = _spec.document().get("info", {}).get("x-official-sdk") or {}
    return str(info.get("package", "magic-hour")), str(info.get("version", "")), tuple(info.get("v1", ()))


def _ours(obj: object) -> list[str]:
    return sorted(name for name in dir(type(obj)) if not name.startswith("_"))


def missing_module(obj: object, name: str) -> NoReturn:
    """Raise the error for `client.v1.<name>`, which the spec this SDK was built from does not have."""
    package, version, official = _official()
    ours = _ours(obj)
    if name in official:
        raise ModuleNotInSpecError(
            f"client.v1.{name} is a module of the official {package} SDK {version}, but the OpenAPI document "
            f"this SDK was built from has no {name} operations (that SDK follows a newer API). Take a newer "
            "document with scripts/update-spec path/to/magic-hour-openapi.json (it regenerates the SDK), or use a "
            "release built from one.",
            name=name,
            obj=obj,
        )
    close = difflib.get_close_matches(name, ours, n=3)
    hint = f" Did you mean {', '.join(close)}?" if close else f" Its modules: {', '.join(ours)}."
    raise ModuleNotInSpecError(f"client.v1 has no module {name!r}.{hint}", name=name, obj=obj)


def _getattr(self: object, name: str) -> Any:
    if name.startswith("_"):
        raise AttributeError(name)
    missing_module(self, name)


class SpecV1(V1):
    """`client.v1`: the generated modules, and a helpful error for any other name."""

    # Set at run time only: a `__getattr__` type checkers could see would let every misspelled module pass.
    if not TYPE_CHECKING:
        __getattr__ = _getattr


class AsyncSpecV1(AsyncV1):
    """`client.v1` of an AsyncClient: the generated modules, and a helpful error for any other name."""

    if not TYPE_CHECKING:
        __getattr__ = _getattr
