"""Python SDK for Magic Hour's API: video, image and audio generation, with a local sandbox and a CLI.

from magic_hour import Client

client = Client()  # token from MAGIC_HOUR_API_TOKEN
res = client.v1.face_swap.generate(
    assets={"video_source": "file", "video_file_path": "clip.mp4", "image_file_path": "face.png"},
    start_seconds=0.0, end_seconds=5.0,
)
print(res.downloaded_paths)

`client.v1` is generated from the API's OpenAPI document (`magic_hour_api.sdk`); the workflow behind it
(uploads, retries, waiting, downloads) is this package's engine.
"""

import sys
from typing import TYPE_CHECKING, Any

# The document's error codes that have a class of their own (`InsufficientCreditsError`), generated.
from magic_hour_api.sdk import error_codes as _error_codes
from magic_hour_api.sdk.error_codes import *  # noqa: F403

from . import _clash  # noqa: F401  (refuses to load beside the official magic-hour distribution)
from ._client import AsyncClient, Client
from ._config import NOT_GIVEN
from ._errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    DownloadError,
    InternalServerError,
    MagicHourError,
    NotFoundError,
    PaymentRequiredError,
    PermissionDeniedError,
    ProjectDeletedError,
    ProjectFailedError,
    RateLimitError,
    UnprocessableEntityError,
    ValidationError,
    WaitInterruptedError,
    WaitTimeoutError,
)
from ._missing import ModuleNotInSpecError, NotInThisSDKError, official_only
from ._retry import RetryPolicy
from ._spec import SpecContractError
from ._types import ProgressCallback, ProgressEvent
from ._version import __version__

if TYPE_CHECKING:
    from . import webhooks as webhooks
    from ._http_clients import DefaultAioHttpClient
    from ._notebook import NotebookProgress, enable_notebook_display, notebook_progress, show
    from .webhooks import WebhookVerificationError
else:  # at run time only: a `__getattr__` type checkers could see would let every misspelled name pass
    _NOTEBOOK = frozenset({"NotebookProgress", "enable_notebook_display", "notebook_progress", "show"})

    def __getattr__(name: str) -> Any:
        # DefaultAioHttpClient brings aiohttp (about 100 ms to import): loaded when first named, not with the SDK.
        if name == "DefaultAioHttpClient":
            from . import _http_clients

            return _http_clients.DefaultAioHttpClient
        if name == "WebhookVerificationError":  # magic_hour.webhooks (the event classes) loads on first use too
            from .webhooks import WebhookVerificationError

            return WebhookVerificationError
        if name in _NOTEBOOK:  # loaded when a notebook asks, never with the SDK
            from . import _notebook

            return getattr(_notebook, name)
        if name == "webhooks":
            import importlib

            return importlib.import_module(".webhooks", __name__)
        missing = official_only(__name__, name)  # e.g. `from magic_hour import ApiError`: say what to use instead
        if missing is not None:
            raise missing
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncClient",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "DefaultAioHttpClient",
    "DownloadError",
    "InternalServerError",
    "MagicHourError",
    "ModuleNotInSpecError",
    "NotFoundError",
    "NotInThisSDKError",
    "NotebookProgress",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "ProgressCallback",
    "ProgressEvent",
    "ProjectDeletedError",
    "ProjectFailedError",
    "RateLimitError",
    "RetryPolicy",
    "SpecContractError",
    "UnprocessableEntityError",
    "ValidationError",
    "WaitInterruptedError",
    "WaitTimeoutError",
    "WebhookVerificationError",
    "__version__",
    "enable_notebook_display",
    "notebook_progress",
    "show",
]
__all__ += _error_codes.__all__

if "IPython" in sys.modules:  # a notebook or an IPython shell is running: results display themselves
    from ._notebook import enable_notebook_display as _enable_notebook_display

    _enable_notebook_display()
