"""The SDK's exceptions: one base class, then API status errors, network errors and workflow outcomes.

Catch `MagicHourError` for everything, `APIStatusError` for any error answer from the API, or a
specific class. Messages say what happened and what to do; none of them ever contains the token.
"""

from __future__ import annotations

from typing import Any, overload

import httpx


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
        return _rebuild, (type(self), self.args, state)


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


def _rebuild(cls: type[MagicHourError], args: tuple[Any, ...], state: dict[str, Any]) -> MagicHourError:
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

    def __init__(self, message: str, *, response: httpx.Response, body_message: str | None) -> None:
        super().__init__(message)
        self.response = response
        self.request = request_of(response)
        self.status_code = response.status_code
        self.message = body_message or message


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


def status_error(response: httpx.Response, body_message: str | None, *, what: str) -> APIStatusError:
    """The exception for an error answer to `what` (e.g. 'POST /v1/ai-talking-photo')."""
    status = response.status_code
    cls = _STATUS_CLASSES.get(status, InternalServerError if status >= 500 else APIStatusError)
    advice = _ADVICE.get(status, "Try again later; if it persists, contact Magic Hour support.")
    detail = f": {body_message.strip().rstrip('.')}" if body_message else ""
    return cls(f"{what} failed with HTTP {status}{detail}. {advice}", response=response, body_message=body_message)


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
