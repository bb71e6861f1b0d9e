"""Python SDK for Magic Hour's AI Talking Photo API.

from magic_hour import Client

client = Client()  # token from MAGIC_HOUR_API_TOKEN
res = client.v1.ai_talking_photo.generate(
    assets={"image_file_path": "face.png", "audio_file_path": "speech.mp3"},
    start_seconds=0.0, end_seconds=15.0,
)
print(res.downloaded_paths)
"""

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
    ProjectFailedError,
    RateLimitError,
    UnprocessableEntityError,
    ValidationError,
    WaitInterruptedError,
    WaitTimeoutError,
)
from ._retry import RetryPolicy
from ._spec import SpecContractError
from ._types import GenerateResult, ProgressCallback, ProgressEvent

__version__ = "0.1.0"

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
    "DownloadError",
    "GenerateResult",
    "InternalServerError",
    "MagicHourError",
    "NotFoundError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "ProgressCallback",
    "ProgressEvent",
    "ProjectFailedError",
    "RateLimitError",
    "RetryPolicy",
    "SpecContractError",
    "UnprocessableEntityError",
    "ValidationError",
    "WaitInterruptedError",
    "WaitTimeoutError",
    "__version__",
]
