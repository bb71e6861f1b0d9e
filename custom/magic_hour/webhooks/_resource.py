"""`client.webhooks` and the module-level functions: unwrap, verify_signature, and an event's files."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Protocol, overload

from magic_hour_api.webhooks import BY_TYPE, EventInfo, UnknownWebhookEvent, WebhookEvent

from .. import _spec
from .._errors import ValidationError
from .._types import ProgressCallback
from .._webhook_secret import SECRET_ENV, Secret, secret_from
from ._parse import parse
from ._verify import DEFAULT_TOLERANCE, raw_body, verify

if TYPE_CHECKING:
    from .._client import AsyncClient, Client

Headers = Mapping[str, str] | Any  # any mapping a framework hands over, or (name, value) pairs

#: The last secret string checked, and its Secret: a server verifies every delivery with the same one.
_last: tuple[str, Secret] | None = None


def _secret(explicit: str | None, client_secret: Secret | None) -> Secret:
    """`secret_from()`, without checking the same secret string again on every delivery."""
    global _last
    if explicit is None and client_secret is not None:
        return client_secret
    given = explicit if explicit is not None else os.environ.get(SECRET_ENV)
    last = _last
    if last is not None and type(given) is str and last[0] == given:
        return last[1]
    secret = secret_from(explicit, client_secret)
    if type(given) is str:
        _last = (given, secret)
    return secret


class DownloadedProject(Protocol):
    """What `webhooks.download()` returns: the `check_result` result of the event's project kind (a
    `VideoProjectsResult`, `ImageProjectsResult` …), typed by what every kind has."""

    @property
    def id(self) -> str: ...
    @property
    def status(self) -> str: ...
    @property
    def credits_charged(self) -> int: ...
    @property
    def downloaded_paths(self) -> list[str]: ...
    def to_dict(self) -> dict[str, Any]: ...


def verify_signature(
    payload: bytes | str,
    headers: Headers,
    *,
    secret: str | None = None,
    tolerance: float = DEFAULT_TOLERANCE,
    _client_secret: Secret | None = None,
) -> None:
    """Check that `payload` (the raw body) was signed by Magic Hour within `tolerance` seconds of now; raises a
    WebhookVerificationError subclass that says why not. The secret: `secret`, else MAGIC_HOUR_WEBHOOK_SECRET."""
    body, from_str = raw_body(payload)
    verify(body, headers, _secret(secret, _client_secret), tolerance=tolerance, from_str=from_str)


@overload
def unwrap(
    payload: bytes | str,
    headers: Headers,
    *,
    secret: str | None = None,
    tolerance: float = DEFAULT_TOLERANCE,
    strict: Literal[True],
    _client_secret: Secret | None = None,
) -> WebhookEvent: ...
@overload
def unwrap(
    payload: bytes | str,
    headers: Headers,
    *,
    secret: str | None = None,
    tolerance: float = DEFAULT_TOLERANCE,
    strict: bool = False,
    _client_secret: Secret | None = None,
) -> WebhookEvent | UnknownWebhookEvent: ...
def unwrap(
    payload: bytes | str,
    headers: Headers,
    *,
    secret: str | None = None,
    tolerance: float = DEFAULT_TOLERANCE,
    strict: bool = False,
    _client_secret: Secret | None = None,
) -> WebhookEvent | UnknownWebhookEvent:
    """The verified, typed event in a delivery (`VideoCompletedEvent` …; an `UnknownWebhookEvent` for a type this
    SDK does not know, unless `strict`). Raises a WebhookVerificationError subclass for anything not verified."""
    body, from_str = (payload, False) if type(payload) is bytes else raw_body(payload)
    verify(body, headers, _secret(secret, _client_secret), tolerance, from_str)
    return parse(body, strict)


def _follow(event: object) -> tuple[EventInfo, str]:
    """The event's catalog entry and project id, once it is known to announce a finished, successful project."""
    info = BY_TYPE.get(str(getattr(event, "type", ""))) if not isinstance(event, UnknownWebhookEvent) else None
    payload = getattr(event, "payload", None)
    if info is None or info.project_get is None or info.project_module is None or payload is None:
        raise ValidationError(
            f"{type(event).__name__} does not name a project this SDK can follow; pass an event from unwrap()."
        )
    rules = _spec.project_rules("GET", info.project_get)
    if str(payload.status) not in rules.success:
        raise ValidationError(
            f"A {info.type!r} event announces a project that is {payload.status!r}, which has no outputs to "
            f"download; download on the event that announces {', '.join(sorted(rules.success))}."
        )
    return info, str(payload.id)


def _module(v1: Any, dotted: str) -> Any:
    node = v1
    for part in dotted.split("."):
        node = getattr(node, part)
    return node


class _Verifier:
    """What `client.webhooks` of either client does alike: verifying is CPU work and stays synchronous."""

    def __init__(self, client: Client | AsyncClient) -> None:
        self._client = client

    @property
    def _secret(self) -> Secret | None:
        return self._client._settings.webhook_secret

    def verify_signature(
        self, payload: bytes | str, headers: Headers, *, secret: str | None = None, tolerance: float = DEFAULT_TOLERANCE
    ) -> None:
        """See `magic_hour.webhooks.verify_signature`; the secret defaults to the client's."""
        verify_signature(payload, headers, secret=secret, tolerance=tolerance, _client_secret=self._secret)

    @overload
    def unwrap(
        self,
        payload: bytes | str,
        headers: Headers,
        *,
        secret: str | None = None,
        tolerance: float = DEFAULT_TOLERANCE,
        strict: Literal[True],
    ) -> WebhookEvent: ...
    @overload
    def unwrap(
        self,
        payload: bytes | str,
        headers: Headers,
        *,
        secret: str | None = None,
        tolerance: float = DEFAULT_TOLERANCE,
        strict: bool = False,
    ) -> WebhookEvent | UnknownWebhookEvent: ...
    def unwrap(
        self,
        payload: bytes | str,
        headers: Headers,
        *,
        secret: str | None = None,
        tolerance: float = DEFAULT_TOLERANCE,
        strict: bool = False,
    ) -> WebhookEvent | UnknownWebhookEvent:
        """See `magic_hour.webhooks.unwrap`; the secret defaults to the client's."""
        return unwrap(payload, headers, secret=secret, tolerance=tolerance, strict=strict, _client_secret=self._secret)

    def _resource(self, event: WebhookEvent) -> tuple[Any, str]:
        """The `check_result` owner of the event's project kind, and the project's id."""
        info, project_id = _follow(event)
        return _module(self._client.v1, str(info.project_module)), project_id

    def __repr__(self) -> str:
        return f"{type(self).__name__}(secret={'set' if self._secret else 'unset'})"


class Webhooks(_Verifier):
    """`client.webhooks`: verify and parse deliveries with the client's `webhook_secret`, and fetch their files."""

    def download(
        self,
        event: WebhookEvent,
        *,
        download_directory: str | os.PathLike[str] | None = None,
        output_name: str | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> DownloadedProject:
        """Save the outputs of the project a completion event announces: the `check_result` of its kind (one GET for
        fresh URLs, no wait, nothing created or charged); returns its result, with `downloaded_paths`."""
        resource, project_id = self._resource(event)
        result: DownloadedProject = resource.check_result(
            id=project_id, download_directory=download_directory, output_name=output_name, on_progress=on_progress
        )
        return result


class AsyncWebhooks(_Verifier):
    """`AsyncClient.webhooks`: the same verifying; `download` is awaited."""

    async def download(
        self,
        event: WebhookEvent,
        *,
        download_directory: str | os.PathLike[str] | None = None,
        output_name: str | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> DownloadedProject:
        """See `Webhooks.download`."""
        resource, project_id = self._resource(event)
        result: DownloadedProject = await resource.check_result(
            id=project_id, download_directory=download_directory, output_name=output_name, on_progress=on_progress
        )
        return result
