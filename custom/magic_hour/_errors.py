"""The SDK's exceptions: one base class, then API status errors, network errors and workflow outcomes.

Catch `MagicHourError` for everything, `APIStatusError` for any error answer from the API, or a
specific class. Messages say what happened and what to do; none of them ever contains the token.
"""

from __future__ import annotations

import json
from typing import Any, overload

import httpx
from magic_hour_api.sdk import error_codes


class MagicHourError(Exception):
    """Base class of every error this SDK raises."""

    #: The project this error concerns, once one exists (resume it with check_result).
    project_id: str | None = None
    #: The request that failed, when there was one, without its Authorization header.
    request: httpx.Request | None = None

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle without the token: requests and responses travel redacted (e.g. out of a process pool)."""
        state = dict(self.__dict__)
        for key, value in state.items():
            if isinstance(value, httpx.Request):
                state[key] = redacted(value)
            elif isinstance(value, httpx.Response):
                state[key] = _redacted_response(value)
        made_from = getattr(type(self), "_made_from", None)  # a documented code's class: made, not importable
        return _rebuild, (made_from or type(self), self.args, state)


@overload
def redacted(request: httpx.Request) -> httpx.Request: ...
@overload
def redacted(request: None) -> None: ...
def redacted(request: httpx.Request | None) -> httpx.Request | None:
    """A copy of `request` without its Authorization header (and without its body, which may be large)."""
    if request is None:
        return None
    headers = [(k, v) for k, v in request.headers.raw if k.lower() != b"authorization"]
    return httpx.Request(request.method, request.url, headers=headers)


def request_of(source: httpx.Response | httpx.HTTPError) -> httpx.Request | None:
    """The request behind a response or an httpx error, without the token; None when it has none."""
    try:
        return redacted(source.request)
    except RuntimeError:  # httpx raises this for a response or error built without a request
        return None


def _redacted_response(response: httpx.Response) -> httpx.Response:
    return httpx.Response(
        response.status_code, headers=response.headers, content=response.content, request=request_of(response)
    )


def _rebuild(
    cls: type[MagicHourError] | tuple[type[APIStatusError], type[error_codes.ErrorCode]],
    args: tuple[Any, ...],
    state: dict[str, Any],
) -> MagicHourError:
    if isinstance(cls, tuple):
        cls = _coded_class(*cls)
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


class ValidationError(MagicHourError, ValueError):
    """An argument is wrong; nothing was sent to the API and nothing was charged."""


class APIError(MagicHourError):
    """Something went wrong talking to the API."""

    #: True when a create request may have reached the server: a project may exist and be charged.
    maybe_created: bool = False


class APIConnectionError(APIError):
    """The API could not be reached, or the connection broke before an answer came."""

    def __init__(self, message: str, *, request: httpx.Request | None = None, maybe_created: bool = False) -> None:
        super().__init__(message)
        self.request = redacted(request)
        self.maybe_created = maybe_created


class APITimeoutError(APIConnectionError):
    """The API did not answer in time."""


class APIResponseValidationError(APIError):
    """The API answered with a body this SDK cannot read (malformed, too large or not as documented)."""

    def __init__(self, message: str, *, response: httpx.Response | None = None) -> None:
        super().__init__(message)
        self.response = response


class APIStatusError(APIError):
    """The API answered with an error status; `status_code`, `message` and `response` say which."""

    #: The API's machine-readable error code (`insufficient_credits`), when its answer has one.
    code: str | None = None
    #: The request id the API answered with (`x-request-id`), to quote to Magic Hour's support.
    request_id: str | None = None

    def __init__(
        self, message: str, *, response: httpx.Response, body_message: str | None, code: str | None = None
    ) -> None:
        super().__init__(message)
        self.response = response
        self.request = request_of(response)
        self.status_code = response.status_code
        self.message = body_message or message
        self.code = code
        self.request_id = response.headers.get("x-request-id")


class BadRequestError(APIStatusError):
    """400: the request was malformed."""


class AuthenticationError(APIStatusError):
    """401: the token is missing or not valid."""


class PaymentRequiredError(APIStatusError):
    """402: the account has too few credits."""


class PermissionDeniedError(APIStatusError):
    """403: the token may not do this, or a storage URL expired."""


class NotFoundError(APIStatusError):
    """404: no such resource."""


class UnprocessableEntityError(APIStatusError):
    """422: the request was well formed but cannot be carried out (e.g. the clip is too long)."""


class RateLimitError(APIStatusError):
    """429: too many requests; retried automatically within `max_retries`."""


class InternalServerError(APIStatusError):
    """5xx: the API failed; retried automatically where that cannot charge twice."""


_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: PaymentRequiredError,
    403: PermissionDeniedError,
    404: NotFoundError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}

_ADVICE: dict[int, str] = {
    400: "Check the arguments against the API reference.",
    401: "Check the API token (MAGIC_HOUR_API_TOKEN or Client(token=...)).",
    402: "Add credits to the account, or ask for less.",
    403: "Request a new upload or download URL and try again.",
    404: "Check the id; a deleted project cannot be fetched.",
    422: "Fix the request as the message says.",
    429: "Wait a little and try again, or raise max_retries.",
}


def _body_code(response: httpx.Response) -> str | None:
    """The `code` of an error body (`{code, message}`; the older `{message}` has none)."""
    try:
        data = json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        return None
    code = data.get("code") if isinstance(data, dict) else None
    return code[:100] if isinstance(code, str) and code else None


_CODED: dict[tuple[type[APIStatusError], type[error_codes.ErrorCode]], type[APIStatusError]] = {}


def _coded_class(status_class: type[APIStatusError], coded: type[error_codes.ErrorCode]) -> type[APIStatusError]:
    """The class raised for a documented code with a class of its own: both the code's class (catch it by name)
    and its status's (`except PaymentRequiredError` still catches it). Made once per pair."""
    key = (status_class, coded)
    if key not in _CODED:
        namespace = {"__module__": "magic_hour", "__doc__": coded.__doc__, "_made_from": key}
        _CODED[key] = type(coded.__name__, (coded, status_class), namespace)
    return _CODED[key]


def status_error(response: httpx.Response, body_message: str | None, *, what: str) -> APIStatusError:
    """The exception for an error answer to `what` (e.g. 'POST /v1/ai-talking-photo').

    Its class is the status's, or the documented code's where it has one (`InsufficientCreditsError`); an
    unknown code falls back to the status's class. The advice is the document's for the code, else ours."""
    status = response.status_code
    cls = _STATUS_CLASSES.get(status, InternalServerError if status >= 500 else APIStatusError)
    code = _body_code(response)
    coded = error_codes.BY_CODE.get((status, code)) if code else None
    if coded is not None:
        cls = _coded_class(cls, coded)
    advice = (error_codes.ADVICE.get((status, code)) if code else None) or _ADVICE.get(
        status, "Try again later; if it persists, contact Magic Hour support."
    )
    detail = f": {body_message.strip().rstrip('.')}" if body_message else ""
    said = f" ({code})" if code else ""
    return cls(
        f"{what} failed with HTTP {status}{said}{detail}. {advice}",
        response=response,
        body_message=body_message,
        code=code,
    )


class ProjectFailedError(MagicHourError):
    """The project ended in `error` or `canceled`; `project` holds it (id, error, credits)."""

    def __init__(self, project: Any) -> None:
        self.project = project
        self.project_id = project.id
        self.status = str(project.status)
        error: Any = getattr(project, "error", None)  # not every project kind reports one
        self.error_code: str | None = getattr(error, "code", None)
        self.error_message: str | None = getattr(error, "message", None)
        if self.status == "canceled":
            text = f"Project {project.id} was canceled before it completed; nothing was downloaded."
        else:
            reason = f": {self.error_message.rstrip('.')}" if self.error_message else ""
            credits = getattr(project, "credits_charged", None)
            charged = f" Credits charged after the refund: {credits}." if isinstance(credits, int) else ""
            text = (
                f"Project {project.id} failed ({self.error_code or self.status}){reason}.{charged} "
                "Fix the input and create a new project."
            )
        super().__init__(text)


class WaitTimeoutError(MagicHourError):
    """The project did not finish within the wait's timeout; it is still rendering on the server."""

    project_id: str

    def __init__(self, project_id: str, timeout: float, last_status: str | None, *, module: str) -> None:
        self.project_id = project_id
        self.timeout = timeout
        self.last_status = last_status
        super().__init__(
            f"Project {project_id} was still {last_status or 'unknown'} after {timeout:g} s and keeps rendering; "
            f"resume with client.v1.{module}.check_result(id={project_id!r}); nothing is charged again."
        )


class WaitInterruptedError(MagicHourError, KeyboardInterrupt):
    """The wait was interrupted (Ctrl-C); the project keeps rendering and can be resumed by its id."""

    project_id: str

    def __init__(self, project_id: str, *, module: str) -> None:
        self.project_id = project_id
        super().__init__(
            f"Stopped waiting for project {project_id}. It keeps rendering; resume with "
            f"client.v1.{module}.check_result(id={project_id!r})."
        )


class ProjectDeletedError(MagicHourError):
    """The project was deleted (`enabled: false` or the like): there is nothing to wait for or download."""

    def __init__(self, project_id: str, *, module: str) -> None:
        self.project_id = project_id
        super().__init__(
            f"Project {project_id} was deleted, so it has no outputs to download. Create a new project if you "
            f"still need them (client.v1.{module}.get(id={project_id!r}) shows what is left of it)."
        )


class DownloadError(MagicHourError):
    """A finished project's output could not be saved; the project itself is fine and can be fetched again."""

    def __init__(self, message: str, *, project_id: str | None = None) -> None:
        super().__init__(message)
        self.project_id = project_id
