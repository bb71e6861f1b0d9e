"""Names of the official `magic-hour` SDK this one lacks: errors that say why and what to use instead.

Code written for the official SDK may reach a module of an API newer than the OpenAPI document this SDK was
built from. A bare AttributeError reads like a typo; this one says whether the official SDK has the module (the
spec's `info.x-official-sdk` lists its modules) and that a newer document brings it. The same code may import a
name the official package exports and this one does not (`from magic_hour import ApiError`): `OFFICIAL_ONLY` says
what to use instead, as README's "Coming from the official SDK" does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NoReturn

from magic_hour_api.sdk import V1, AsyncV1

from . import _spec
from ._errors import MagicHourError


class ModuleNotInSpecError(AttributeError, MagicHourError):
    """`client.v1.<name>` is no module of this SDK's spec (an AttributeError, so `hasattr` keeps working)."""


class NotInThisSDKError(ImportError, MagicHourError):
    """`from magic_hour import <name>` for a name only the official SDK exports; the message says what to use.

    An ImportError, not an AttributeError: Python's `from ... import` replaces an AttributeError with its own
    "cannot import name", which would hide the advice.
    """


#: Each name the official `magic-hour` package (0.90) exports from `magic_hour` and this SDK does not, with what
#: to use instead. README's "Coming from the official SDK" lists the same differences; a test keeps them in step.
OFFICIAL_ONLY: dict[str, str] = {
    "ApiError": (
        "API errors are magic_hour.APIStatusError subclasses here (BadRequestError, NotFoundError, RateLimitError, "
        "...), each with status_code and the response; catch APIStatusError, or MagicHourError for every error "
        "of this SDK"
    ),
    "BinaryResponse": (
        "outputs are saved to files by generate() and check_result() (their downloaded_paths); an answer's raw "
        "bytes are the content of client.v1.<module>.with_raw_response.<call>(...)"
    ),
    "Environment": (
        "pass base_url= instead of environment= (Client(base_url='https://api.magichour.ai') is the default; "
        "MAGIC_HOUR_BASE_URL sets it too)"
    ),
}


def official_only(module: str, name: str) -> NotInThisSDKError | None:
    """The error for `from magic_hour import <name>` when only the official SDK has `name` (None otherwise)."""
    advice = OFFICIAL_ONLY.get(name)
    if advice is None:
        return None
    return NotInThisSDKError(
        f"{name} is a name of the official magic-hour SDK, not of this one: {advice}.", name=module
    )


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
    import difflib  # for a misspelled name only: not with the SDK

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
