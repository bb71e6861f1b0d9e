"""The API's response models and the result of each project kind (`VideoProjectsResult`, …), loaded on first use."""

from typing import Any


def __getattr__(name: str) -> Any:
    import magic_hour_api.models
    import magic_hour_api.sdk

    for home in (magic_hour_api.sdk, magic_hour_api.models):
        try:
            return getattr(home, name)
        except AttributeError:
            continue
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
